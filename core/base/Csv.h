#pragma once
// CSV as spreadsheets read it: RFC 4180 quoting, UTF-8 with BOM, CRLF, and formula-safe cells.

#include "base/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace gd::csv {

// One cell: quoted when needed; a leading = + - or @ gets a ' so that a spreadsheet never runs it.
QString cell(const QString &value);
QString row(const QStringList &cells);
// A whole file: BOM, header, rows, CRLF line ends.
QByteArray document(const QStringList &header, const QList<QStringList> &rows);

// A file read back: its header and rows, each row with the line it starts on (1 = the header).
struct Table {
    QStringList header;
    QList<QStringList> rows;
    QList<int> lines;
    QChar separator = u',';
    QString encoding;  // "UTF-8", "UTF-8 with BOM", "UTF-16"
    // Cells that begin with = and were not written formula-safe ('=…): a spreadsheet saved its formula there,
    // not what the formula shows.
    bool isFormula(qsizetype row, qsizetype column) const { return formulas.contains((qint64(row) << 32) | column); }
    QSet<qint64> formulas;  // row << 32 | column
};

class Reader {
    Q_DECLARE_TR_FUNCTIONS(gd::csv::Reader)
public:
    // UTF-8 (with or without BOM) or UTF-16 with BOM; comma, semicolon or tab (found in the header);
    // RFC 4180 quotes; CRLF or LF. A cell written formula-safe ('=…) has its ' removed again.
    // `fileName` only names the file in messages.
    static Result<Table> read(const QByteArray &bytes, const QString &fileName);
};

}  // namespace gd::csv
