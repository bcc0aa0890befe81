#include "CsvTransfer.h"

#include "base/Csv.h"
#include "office/Roles.h"
#include "../storage/Book.h"
#include "EntryBatch.h"
#include "EntryStore.h"
#include "EntryService.h"
#include "Masters.h"
#include "SearchIndex.h"

#include <QHash>
#include <QSet>
#include <algorithm>
#include <array>
#include <future>
#include <optional>

namespace gd {

namespace {

// A spreadsheet saving Hindi (or any letters its code page lacks) in a Western code page writes each letter as "?":
// "???? ?????". A word of two or more question marks and nothing else is such a word.
bool lettersLostToQuestionMarks(const QString &cell)
{
    if (!cell.contains(u'?'))
        return false;
    qsizetype length = 0;
    bool onlyMarks = true;
    for (qsizetype i = 0; i <= cell.size(); ++i) {
        if (i == cell.size() || cell.at(i).isSpace()) {
            if (length >= 2 && onlyMarks)
                return true;
            length = 0;
            onlyMarks = true;
        } else {
            ++length;
            onlyMarks = onlyMarks && cell.at(i) == u'?';
        }
    }
    return false;
}

const QString kCancelled = QStringLiteral("cancelled");

bool importable(const RegisterDef &def, const FieldDef &f)
{
    if (f.source == FieldDef::Source::Input)
        return true;
    return def.isMaster() && f.source == FieldDef::Source::Form;
}

struct Row {
    int line = 0;
    QVariantMap values;
    QDate date;  // the entry's date, by which the rows are written
};

// Whether every row's date is read and no earlier than the row's before, and no row gives its own number: then
// the rows are written in the file's order, as they are read (see importData).
bool inDateOrderWithoutNumbers(const RegisterDef &def, const QStringList &header, const QList<const FieldDef *> &columns,
                               const csv::Table &data, const QDate &today)
{
    const qsizetype dateColumn = header.indexOf(def.dateKey);
    const qsizetype numberColumn = header.indexOf(def.numberKey);
    if (dateColumn < 0 || !columns.at(dateColumn))
        return false;
    QString cellBefore;
    QDate before;
    for (qsizetype r = 0; r < data.rows.size(); ++r) {
        const QStringList &cells = data.rows.at(r);
        if (numberColumn >= 0 && numberColumn < cells.size() && !cells.at(numberColumn).trimmed().isEmpty())
            return false;
        if (dateColumn >= cells.size() || data.isFormula(r, dateColumn))
            return false;
        // The rows of a day usually say it alike: read once.
        if (r > 0 && cells.at(dateColumn) == cellBefore)
            continue;
        auto date = Fields::parse(*columns.at(dateColumn), cells.at(dateColumn), today);
        if (!date || !date.value().toDate().isValid() || date.value().toDate() < before)
            return false;
        before = date.value().toDate();
        cellBefore = cells.at(dateColumn);
    }
    return true;
}

}  // namespace

QStringList CsvTransfer::exportHeader(const RegisterDef &def)
{
    QStringList h;
    for (const FieldDef &f : def.fields)
        if (f.source != FieldDef::Source::Virtual)
            h += f.key;
    if (!def.isMaster())
        h += kCancelled;
    return h;
}

// What one import works on, from its header to its last row.
struct CsvTransfer::Import {
    Book &book;
    const User &by;
    const RegisterDef &def;
    const csv::Table &data;
    const QString &fileName;
    const Progress &progress;
    ImportReport report;
    QList<const FieldDef *> columns;  // each column's field; null for one not imported
    qsizetype cancelledColumn = -1;
    std::optional<Charter> charter;
    std::optional<MasterStore> master;
    QList<Row> rows;                  // the rows accepted so far
    QHash<QString, int> keysSeen;     // key or number → its line
    int onlyOneLine = 0;              // the line holding the value only one row may hold (RegisterDef::onlyOne)

    // FILE:LINE: COLUMN: message
    void problem(int line, const QString &column, const QString &message)
    {
        report.problems += QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(line).arg(column, message);
    }
    // A row refused as it is written (a check against the book): FILE:LINE: number: message.
    Error refusal(const Row &row, const Error &e) const
    {
        return makeError(e.code == ErrorCode::NotAllowed ? ErrorCode::InputRejected : e.code,
                         QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(row.line).arg(def.numberKey, e.message));
    }
};

// A row's cells read and checked on their own (the same for any row, whichever thread checks it): its values, or
// its problems in the order they are reported.
struct CsvTransfer::CheckedRow {
    Row row;
    QList<std::array<QString, 2>> problems;  // column, message
};

namespace {

// The rows are checked a block at a time.
constexpr qsizetype kBlock = 2000;

}  // namespace

Result<ImportReport> CsvTransfer::importData(Book &book, const User &by, const RegisterDef &def, const QByteArray &bytes,
                                             const QString &fileName, bool dryRun, const Progress &progress,
                                             const ImportChanges &changes)
{
    if (auto s = Roles::require(by.role, def.isMaster() ? Right::EditSettings : Right::EnterEntries); !s)
        return s.error();
    if (!def.importable)
        return makeError(ErrorCode::InputRejected,
                         tr("%1 are written by the register's own actions, which change its entries as they are recorded; "
                            "they cannot be imported. Import the register's entries instead.")
                             .arg(Registers::title(def)));
    auto table = csv::Reader::read(bytes, fileName);
    if (!table)
        return table.error();
    // Text typed in an old font reads as nonsense ("jes'k dqekj"): found, and converted when asked.
    const QList<qsizetype> legacyColumns = LegacyText::columns(table.value(), def);
    const LegacyFont legacyFont =
        legacyColumns.isEmpty() ? LegacyFont::None : LegacyText::fontOfColumns(table.value(), legacyColumns);
    if (changes.legacy != LegacyFont::None) {
        for (QStringList &row : table.value().rows) {
            for (qsizetype c : legacyColumns) {
                if (c < row.size())
                    row[c] = LegacyText::toUnicode(changes.legacy, row.at(c));
            }
        }
    }
    // Cells corrected in the preview: what the clerk typed there, as typed (a formula's cell becomes plain text).
    for (auto it = changes.cells.cbegin(); it != changes.cells.cend(); ++it) {
        const auto [r, c] = it.key();
        if (r < 0 || r >= table.value().rows.size() || c < 0 || c >= table.value().header.size())
            continue;
        QStringList &row = table.value().rows[r];
        while (row.size() <= c)
            row += QString();
        row[c] = it.value();
        table.value().formulas.remove((qint64(r) << 32) | c);
    }
    Import im{book, by, def, table.value(), fileName, progress, {}, {}, -1, {}, {}, {}, {}, 0};
    im.report.fileName = fileName;
    im.report.encoding = table.value().encoding;
    im.report.separator = table.value().separator;
    im.report.header = table.value().header;
    im.report.rows = int(table.value().rows.size());
    im.report.preview = table.value().rows.mid(0, 20);
    for (qsizetype c : legacyColumns)
        im.report.legacyColumns += table.value().header.at(c);
    im.report.legacyFont = legacyFont;
    im.report.legacyConverted = changes.legacy != LegacyFont::None && !legacyColumns.isEmpty();
    checkHeader(im);
    // Text in an old font GramDesk cannot convert would go into the book as nonsense: refused, with what to do.
    for (qsizetype c : OtherLegacyFont::columns(table.value(), def))
        im.problem(1, table.value().header.at(c),
                   tr("the text looks typed in an old Hindi font that GramDesk cannot convert (it reads KrutiDev 010 and "
                      "Walkman Chanakya); "
                      "convert the column to Unicode first (for example with the converter that came with the font), "
                      "or retype it"));
    if (!im.report.problems.isEmpty())
        return im.report;
    auto charter = Charter::load(book);
    if (!charter)
        return charter.error();
    im.charter = std::move(charter).value();
    im.master.emplace(book, def);
    im.cancelledColumn = im.report.header.indexOf(kCancelled);
    if (!dryRun && !def.isMaster()
        && inDateOrderWithoutNumbers(def, im.report.header, im.columns, im.data, im.charter->today))
        return writeAsRead(im);
    return checkAllThenWrite(im, dryRun);
}

void CsvTransfer::checkHeader(Import &im)
{
    // Every column known, none twice, every required one there.
    const QStringList &header = im.report.header;
    QSet<QString> seen;
    const QStringList known = exportHeader(im.def);
    for (const QString &name : header) {
        const FieldDef *f = im.def.field(name);
        if (seen.contains(name))
            im.problem(1, name, tr("the column appears twice; keep one"));
        seen.insert(name);
        if (!f && name != kCancelled) {
            im.problem(1, name.isEmpty() ? QStringLiteral("-") : name,
                       tr("unknown column (a typo?). The columns of %1 are: %2").arg(im.def.id, known.join(QStringLiteral(", "))));
        }
        im.columns += (f && importable(im.def, *f)) ? f : nullptr;
    }
    for (const FieldDef &f : im.def.fields) {
        if (f.required && f.defaultValue.isEmpty() && importable(im.def, f) && !seen.contains(f.key))
            im.problem(1, f.key, tr("this required column is missing; add it to the first row"));
    }
}

CsvTransfer::CheckedRow CsvTransfer::checkRow(const Import &im, qsizetype r)
{
    CheckedRow out;
    const QStringList &header = im.report.header;
    const QStringList &cells = im.data.rows.at(r);
    out.row.line = im.data.lines.at(r);
    if (cells.size() > header.size()) {
        bool extraEmpty = true;
        for (qsizetype i = header.size(); i < cells.size(); ++i)
            extraEmpty = extraEmpty && cells.at(i).trimmed().isEmpty();
        if (!extraEmpty) {
            out.problems.append({QStringLiteral("-"),
                                 tr("the row has %1 cells but the first row names %2 columns; check for a separator "
                                    "inside a cell that is not in quotes")
                                     .arg(cells.size())
                                     .arg(header.size())});
            return out;
        }
    }
    bool bad = false;
    for (qsizetype c = 0; c < header.size(); ++c) {
        const FieldDef *f = im.columns.at(c);
        if (!f)
            continue;
        if (im.data.isFormula(r, c)) {
            const QString formula = cells.at(c);
            out.problems.append({header.at(c),
                                 tr("holds the spreadsheet formula %1, not its value. In the spreadsheet copy the column "
                                    "and paste it back as values only (Paste Special → Values), then save and import again.")
                                     .arg(formula.size() > 40 ? formula.left(39) + u'…' : formula)});
            bad = true;
            continue;
        }
        if ((f->kind == FieldKind::Text || f->kind == FieldKind::LongText) && c < cells.size()
            && lettersLostToQuestionMarks(cells.at(c))) {
            out.problems.append({header.at(c),
                                 tr("reads \"%1\": the letters became question marks, because the file was saved in a code "
                                    "page without Hindi. In the spreadsheet use Save As → \"CSV UTF-8\" and import that file.")
                                     .arg(cells.at(c).trimmed().left(40))});
            bad = true;
            continue;
        }
        auto v = Fields::parse(*f, c < cells.size() ? cells.at(c) : QString(), im.charter->today);
        if (!v) {
            out.problems.append({header.at(c), v.error().message});
            bad = true;
            continue;
        }
        out.row.values.insert(f->key, v.value());
    }
    if (im.cancelledColumn >= 0 && im.cancelledColumn < cells.size()
        && cells.at(im.cancelledColumn).trimmed().compare(QStringLiteral("yes"), Qt::CaseInsensitive) == 0) {
        out.problems.append({kCancelled, tr("a cancelled entry is not imported; remove the row")});
        bad = true;
    }
    if (bad)
        return out;
    const QList<FieldProblem> found =
        im.def.isMaster() ? im.master->check(out.row.values) : EntryService::prepare(im.def, out.row.values, *im.charter);
    for (const FieldProblem &p : found)
        out.problems.append({p.key.isEmpty() ? QStringLiteral("-") : p.key, p.message});
    return out;
}

void CsvTransfer::checkBlock(const Import &im, qsizetype start, bool split, QList<CheckedRow> &block)
{
    // With `split`, half of the block on the other core.
    const qsizetype end = std::min(im.data.rows.size(), start + kBlock);
    block = QList<CheckedRow>(end - start);
    const qsizetype middle = split ? start + (end - start) / 2 : start;
    std::future<void> other;
    if (middle > start) {
        other = std::async(std::launch::async, [&] {
            for (qsizetype r = start; r < middle; ++r)
                block[r - start] = checkRow(im, r);
        });
    }
    for (qsizetype r = middle; r < end; ++r)
        block[r - start] = checkRow(im, r);
    if (other.valid())
        other.get();
}

Status CsvTransfer::accept(Import &im, QList<CheckedRow> &block, bool keep)
{
    // In the file's order: each row's problems reported; a row without any, whose key or number is new, is added
    // to the rows accepted (kept for later with `keep`, else the block's alone).
    QList<Row> accepted;
    for (CheckedRow &checked : block) {
        const int line = checked.row.line;
        for (const auto &[column, message] : std::as_const(checked.problems))
            im.problem(line, column, message);
        if (!checked.problems.isEmpty())
            continue;
        Row row = std::move(checked.row);
        // A value only one row may hold (the one cash in hand), whichever rows of the file hold it.
        if (const auto &one = im.def.onlyOne; !one.key.isEmpty() && row.values.value(one.key).toString() == one.value) {
            if (im.onlyOneLine > 0) {
                im.problem(line, one.key, QCoreApplication::translate("gd::Fields", one.already).arg(im.onlyOneLine));
                continue;
            }
            im.onlyOneLine = line;
        }
        // Keys and given numbers are unique, in the file and in the book.
        const QString keyField = im.def.isMaster() ? im.def.keyKey : im.def.numberKey;
        const FieldDef *kf = im.def.field(keyField);
        const QString key = Fields::toStorage(*kf, row.values.value(keyField)).toString();
        if (!key.isEmpty()) {
            if (im.keysSeen.contains(key)) {
                im.problem(line, keyField, tr("%1 is also on line %2; each may appear once").arg(key).arg(im.keysSeen.value(key)));
                continue;
            }
            im.keysSeen.insert(key, line);
            if (!im.def.isMaster()) {
                auto taken = im.book.scalarKept(QStringLiteral("SELECT 1 FROM %1 WHERE number = ? LIMIT 1").arg(im.def.table), {key});
                if (!taken)
                    return taken.error();
                if (taken.value().isValid()) {
                    im.problem(line, keyField, tr("%1 is already in the register; leave the number empty to get the next one").arg(key));
                    continue;
                }
            }
        }
        accepted += std::move(row);
    }
    if (keep)
        im.rows += std::move(accepted);
    else
        im.rows = std::move(accepted);
    return {};
}

namespace {

Error stoppedByUser()
{
    return makeError(ErrorCode::InputRejected, CsvTransfer::tr("The import was stopped; nothing was written."));
}

}  // namespace

Result<ImportReport> CsvTransfer::writeAsRead(Import &im)
{
    // Rows already in date order with no numbers given (the usual large import: a register kept in a spreadsheet):
    // each block is written while the next is checked on the other core. After a problem nothing more is written,
    // but the rest is still checked, so that every problem is reported, and the transaction is undone: the same
    // report and the same book as checking everything first.
    Book &book = im.book;
    const qint64 total = im.report.rows;
    bool stopped = false;
    qint64 added = 0;  // rows handed to be written
    std::optional<Error> refused;
    std::optional<Book::LargeWrite> large(std::in_place, book);
    const Status s = book.transactWhole([&]() -> Status {
        EntryBatch batch(book, im.def);
        std::future<QList<CheckedRow>> checking;
        for (qsizetype start = 0; start < im.data.rows.size(); start += kBlock) {
            if (im.progress && !im.progress(start, total)) {
                stopped = true;
                return stoppedByUser();
            }
            QList<CheckedRow> block;
            if (checking.valid())
                block = checking.get();
            else
                checkBlock(im, start, true, block);
            if (start + kBlock < im.data.rows.size()) {
                checking = std::async(std::launch::async, [&im, next = start + kBlock] {
                    QList<CheckedRow> b;
                    checkBlock(im, next, false, b);
                    return b;
                });
            }
            if (auto a = accept(im, block, false); !a)
                return a;
            if (!im.report.problems.isEmpty() || refused)
                continue;
            for (Row &row : im.rows) {
                if (++added % 500 == 0 && im.progress && !im.progress(added, total)) {
                    stopped = true;
                    return stoppedByUser();
                }
                if (auto ok = batch.add(std::move(row.values), QString()); !ok) {
                    Error e = im.refusal(row, ok.error());
                    if (e.code != ErrorCode::InputRejected)
                        return e;
                    refused = std::move(e);
                    break;
                }
            }
        }
        if (!im.report.problems.isEmpty() || refused)
            return makeError(ErrorCode::InputRejected, QString());  // undone
        return batch.finish();
    });
    large.reset();
    if (stopped)
        return s.error();
    if (!im.report.problems.isEmpty())
        return im.report;
    if (refused) {
        im.report.problems += refused->message;
        return im.report;
    }
    if (!s)
        return s.error();
    if (im.progress)
        im.progress(total, total);
    im.report.written = int(added);
    return im.report;
}

Result<ImportReport> CsvTransfer::checkAllThenWrite(Import &im, bool dryRun)
{
    Book &book = im.book;
    const RegisterDef &def = im.def;
    const qint64 total = im.report.rows;
    for (qsizetype start = 0; start < im.data.rows.size(); start += kBlock) {
        if (im.progress && !im.progress(start, total * 2))
            return stoppedByUser();
        QList<CheckedRow> block;
        checkBlock(im, start, !def.isMaster(), block);  // the masters' check asks the book: on this core
        if (auto a = accept(im, block, true); !a)
            return a.error();
    }
    if (!im.report.problems.isEmpty() || dryRun)
        return im.report;

    QList<Row> &rows = im.rows;
    if (!def.isMaster()) {
        // Oldest first, rows of one day in the file's order; each row's date read once, not at every comparison.
        for (Row &row : rows)
            row.date = row.values.value(def.dateKey).toDate();
        std::stable_sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.date < b.date; });
    }
    bool stopped = false;
    std::optional<Book::LargeWrite> large(std::in_place, book);
    Status s = book.transactWhole([&]() -> Status {
        if (def.isMaster()) {
            QList<QVariantMap> values;
            for (const Row &row : rows)
                values += row.values;
            return im.master->saveAll(im.by, values);
        }
        EntryBatch batch(book, def);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (im.progress && i % 500 == 0 && !im.progress(total + i, total * 2)) {
                stopped = true;
                return stoppedByUser();
            }
            if (auto ok = batch.add(rows.at(i).values, rows.at(i).values.value(def.numberKey).toString()); !ok)
                return im.refusal(rows.at(i), ok.error());
        }
        return batch.finish();
    });
    large.reset();
    if (!s) {
        if (stopped || s.error().code != ErrorCode::InputRejected)
            return s.error();
        im.report.problems += s.error().message;
        return im.report;
    }
    if (im.progress)
        im.progress(total * 2, total * 2);
    im.report.written = int(rows.size());
    return im.report;
}

Result<QByteArray> CsvTransfer::exportData(const Book &book, const User &by, const RegisterDef &def, const QDate &from,
                                           const QDate &to)
{
    if (auto s = Roles::require(by.role, Right::Read); !s)
        return s.error();
    QList<QStringList> out;
    if (def.isMaster()) {
        auto rows = MasterStore(const_cast<Book &>(book), def).list();
        if (!rows)
            return rows.error();
        for (const QVariantMap &row : rows.value()) {
            QStringList cells;
            for (const FieldDef &f : def.fields)
                cells += Fields::toCsv(f, row.value(f.key));
            out += cells;
        }
        return csv::document(exportHeader(def), out);
    }
    EntryStore store(const_cast<Book &>(book), def);
    EntryFilter filter;
    filter.from = from;
    filter.to = to;
    constexpr int kPage = 5000;
    for (qint64 offset = 0;; offset += kPage) {
        auto page = store.page(filter, {}, offset, kPage);
        if (!page)
            return page.error();
        for (const Entry &e : page.value()) {
            QStringList cells;
            for (const FieldDef &f : def.fields)
                if (f.source != FieldDef::Source::Virtual)
                    cells += Fields::toCsv(f, e.value(f.key));
            cells += e.cancelled ? QStringLiteral("yes") : QStringLiteral("no");
            out += cells;
        }
        if (page.value().size() < kPage)
            break;
    }
    return csv::document(exportHeader(def), out);
}

}  // namespace gd
