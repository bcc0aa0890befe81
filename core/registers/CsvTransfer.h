#pragma once
// CSV import and export for every register and master (CONTRACTS.md): all or nothing, every bad row reported.

#include "office/Users.h"
#include "Registers.h"
#include "input/LegacyFont.h"

#include <QMap>
#include <functional>

namespace gd {

class Book;

struct ImportReport {
    QString fileName;
    QString encoding;
    QChar separator;
    QStringList header;
    QList<QStringList> preview;  // the first rows as read (converted from an old font when asked), for the preview
    QStringList legacyColumns;   // the columns whose text looks typed in an old Hindi font
    LegacyFont legacyFont = LegacyFont::None;  // the font they look typed in
    bool legacyConverted = false;  // and were converted to Unicode
    int rows = 0;                // data rows in the file
    int written = 0;             // rows written (0 on a dry run or when anything was wrong)
    QStringList problems;        // FILE:LINE: COLUMN: message, in file order
    bool ok() const { return problems.isEmpty(); }
};

// What the office changes in a file as it imports it, without touching the file: text typed in an old font
// converted, and cells corrected in the preview (by data row from 0 and column).
struct ImportChanges {
    LegacyFont legacy = LegacyFont::None;
    QMap<std::pair<qsizetype, qsizetype>, QString> cells;
};

class CsvTransfer {
    Q_DECLARE_TR_FUNCTIONS(gd::CsvTransfer)
public:
    // Called now and then with rows done and rows in all; returning false stops the import (nothing is written).
    using Progress = std::function<bool(qint64 done, qint64 total)>;

    // Reads, checks and (unless dryRun, and only when every row is good) writes the rows in one transaction.
    // An Error means the file could not be read at all or the user may not import; bad rows are in the report.
    // `changes.legacy`: the text columns that look typed in an old font are converted to Unicode from that font first
    // (their names and the font they look typed in are in the report either way); then `changes.cells` replace
    // what the file has in those cells.
    static Result<ImportReport> importData(Book &book, const User &by, const RegisterDef &def, const QByteArray &bytes,
                                           const QString &fileName, bool dryRun, const Progress &progress = {},
                                           const ImportChanges &changes = {});

    // UTF-8 with BOM, CRLF, the import columns plus computed ones; entries dated from..to (either may be invalid).
    static Result<QByteArray> exportData(const Book &book, const User &by, const RegisterDef &def, const QDate &from,
                                         const QDate &to);
    static QStringList exportHeader(const RegisterDef &def);

private:
    // The parts of importData, one idea each (CsvTransfer.cpp): the header checked; a row's cells converted and
    // checked; a block's checked rows accepted (their problems reported, keys and numbers unique); and the
    // accepted rows written, as they are read or all at once in date order.
    struct Import;
    struct CheckedRow;
    static void checkHeader(Import &im);
    static CheckedRow checkRow(const Import &im, qsizetype r);
    static void checkBlock(const Import &im, qsizetype start, bool split, QList<CheckedRow> &block);
    static Status accept(Import &im, QList<CheckedRow> &block, bool keep);
    static Result<ImportReport> writeAsRead(Import &im);
    static Result<ImportReport> checkAllThenWrite(Import &im, bool dryRun);
};

}  // namespace gd
