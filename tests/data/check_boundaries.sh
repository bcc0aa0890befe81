#!/bin/sh
# The layer rules of ARCHITECTURE.md: core never includes Widgets or PrintSupport, the CLI links no Widgets,
# and neither the UI nor the programs run SQL.
set -eu
src=$1
cli=$2
status=0
if grep -rnE '#include *[<"](QtWidgets|QtPrintSupport|QWidget|QDialog|QMessageBox|QMainWindow|QPrinter|QPrintDialog|QApplication)[>/"]' "$src/core"; then
  echo "core/ includes a Widgets or PrintSupport header"; status=1
fi
if grep -rnE 'QSqlQuery|QSqlDatabase' "$src/ui" "$src/app"; then
  echo "SQL outside core/"; status=1
fi
# The book's statements (Book::exec, scalar and their kept forms) are core's alone: no SQL text is handed to
# them from ui/ or app/.
if grep -rnE '(exec|scalar|execKept|scalarKept|execBound|insertRows|write)\((QStringLiteral|QLatin1String|u"|")' "$src/ui" "$src/app"; then
  echo "a statement run on the book outside core/"; status=1
fi
if readelf -d "$cli" | grep -E 'Qt6(Widgets|PrintSupport)'; then
  echo "gramdesk-cli links Qt Widgets"; status=1
fi
[ $status -eq 0 ] && echo "layer boundaries hold"
exit $status
