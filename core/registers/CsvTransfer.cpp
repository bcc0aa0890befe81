#include "CsvTransfer.h"

#include "base/Csv.h"
#include "office/Roles.h"
#include "../storage/Book.h"
#include "EntryBatch.h"
#include "EntryStore.h"
#include "FrontOffice.h"
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

Result<ImportReport> CsvTransfer::importData(Book &book, const User &by, const RegisterDef &def, const QByteArray &bytes,
                                             const QString &fileName, bool dryRun, const Progress &progress)
{
    if (auto s = Roles::require(by.role, def.isMaster() ? Right::EditSettings : Right::EnterEntries); !s)
        return s.error();
    auto table = csv::Reader::read(bytes, fileName);
    if (!table)
        return table.error();
    ImportReport report;
    report.fileName = fileName;
    report.encoding = table.value().encoding;
    report.separator = table.value().separator;
    report.header = table.value().header;
    report.rows = int(table.value().rows.size());
    report.preview = table.value().rows.mid(0, 20);
    const auto problem = [&](int line, const QString &column, const QString &message) {
        report.problems += QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(line).arg(column, message);
    };

    // The header: every column known, none twice, every required one there.
    const QStringList &header = report.header;
    QList<const FieldDef *> columns;
    QSet<QString> seen;
    QStringList known = exportHeader(def);
    for (const QString &name : header) {
        const FieldDef *f = def.field(name);
        if (seen.contains(name))
            problem(1, name, tr("the column appears twice; keep one"));
        seen.insert(name);
        if (!f && name != kCancelled) {
            problem(1, name.isEmpty() ? QStringLiteral("-") : name,
                    tr("unknown column (a typo?). The columns of %1 are: %2")
                        .arg(def.id, known.join(QStringLiteral(", "))));
        }
        columns += (f && importable(def, *f)) ? f : nullptr;
    }
    for (const FieldDef &f : def.fields) {
        if (f.required && f.defaultValue.isEmpty() && importable(def, f) && !seen.contains(f.key))
            problem(1, f.key, tr("this required column is missing; add it to the first row"));
    }
    if (!report.problems.isEmpty())
        return report;

    auto charter = Charter::load(book);
    if (!charter)
        return charter.error();
    MasterStore master(book, def);
    const qsizetype cancelledColumn = header.indexOf(kCancelled);
    QList<Row> rows;
    QHash<QString, int> keysSeen;
    int cashLine = 0;
    const qint64 total = report.rows;
    const csv::Table &data = table.value();
    // A row's cells read and checked on their own (the same for any row, whichever thread checks it): its
    // values, or its problems in the order they are reported.
    struct Checked {
        Row row;
        QList<std::array<QString, 2>> problems;  // column, message
    };
    const auto checkRow = [&](qsizetype r) {
        Checked out;
        const QStringList &cells = data.rows.at(r);
        out.row.line = data.lines.at(r);
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
            const FieldDef *f = columns.at(c);
            if (!f)
                continue;
            if (data.isFormula(r, c)) {
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
            auto v = Fields::parse(*f, c < cells.size() ? cells.at(c) : QString(), charter.value().today);
            if (!v) {
                out.problems.append({header.at(c), v.error().message});
                bad = true;
                continue;
            }
            out.row.values.insert(f->key, v.value());
        }
        if (cancelledColumn >= 0 && cancelledColumn < cells.size()
            && cells.at(cancelledColumn).trimmed().compare(QStringLiteral("yes"), Qt::CaseInsensitive) == 0) {
            out.problems.append({kCancelled, tr("a cancelled entry is not imported; remove the row")});
            bad = true;
        }
        if (bad)
            return out;
        const QList<FieldProblem> found =
            def.isMaster() ? master.check(out.row.values) : FrontOffice::prepare(def, out.row.values, charter.value());
        for (const FieldProblem &p : found)
            out.problems.append({p.key.isEmpty() ? QStringLiteral("-") : p.key, p.message});
        return out;
    };
    // The rows are checked a block at a time; with `split`, half of the block on the other core.
    constexpr qsizetype kBlock = 2000;
    const auto checkBlock = [&](qsizetype start, bool split) {
        const qsizetype end = std::min(data.rows.size(), start + kBlock);
        QList<Checked> block(end - start);
        const qsizetype middle = split ? start + (end - start) / 2 : start;
        std::future<void> other;
        if (middle > start) {
            other = std::async(std::launch::async, [&] {
                for (qsizetype r = start; r < middle; ++r)
                    block[r - start] = checkRow(r);
            });
        }
        for (qsizetype r = middle; r < end; ++r)
            block[r - start] = checkRow(r);
        if (other.valid())
            other.get();
        return block;
    };
    // A block's checked rows, in the file's order: their problems reported, and the rows without any added to
    // `accepted`.
    const auto accept = [&](QList<Checked> &block, QList<Row> &accepted) -> Status {
        for (Checked &checked : block) {
            const int line = checked.row.line;
            for (const auto &[column, message] : std::as_const(checked.problems))
                problem(line, column, message);
            if (!checked.problems.isEmpty())
                continue;
            Row row = std::move(checked.row);
            // The cash book has one cash in hand, whichever rows of the file say so.
            if (&def == &Registers::cashAccounts() && row.values.value(QStringLiteral("kind")).toString() == u"cash") {
                if (cashLine > 0) {
                    problem(line, QStringLiteral("kind"), tr("line %1 already names the cash in hand; there is only one").arg(cashLine));
                    continue;
                }
                cashLine = line;
            }
            // Keys and given numbers are unique, in the file and in the book.
            const QString keyField = def.isMaster() ? def.keyKey : def.numberKey;
            const FieldDef *kf = def.field(keyField);
            const QString key = Fields::toStorage(*kf, row.values.value(keyField)).toString();
            if (!key.isEmpty()) {
                if (keysSeen.contains(key)) {
                    problem(line, keyField, tr("%1 is also on line %2; each may appear once").arg(key).arg(keysSeen.value(key)));
                    continue;
                }
                keysSeen.insert(key, line);
                if (!def.isMaster()) {
                    auto taken = book.scalarKept(QStringLiteral("SELECT 1 FROM %1 WHERE number = ? LIMIT 1").arg(def.table), {key});
                    if (!taken)
                        return taken.error();
                    if (taken.value().isValid()) {
                        problem(line, keyField, tr("%1 is already in the register; leave the number empty to get the next one")
                                                    .arg(key));
                        continue;
                    }
                }
            }
            accepted += std::move(row);
        }
        return {};
    };
    const auto cancelled = [] { return makeError(ErrorCode::InputRejected, tr("The import was stopped; nothing was written.")); };
    // A row refused as it is written (a check against the book): FILE:LINE: number: message.
    const auto refusal = [&](const Row &row, const Error &e) {
        return makeError(e.code == ErrorCode::NotAllowed ? ErrorCode::InputRejected : e.code,
                         QStringLiteral("%1:%2: %3: %4").arg(fileName).arg(row.line).arg(def.numberKey, e.message));
    };

    if (!dryRun && !def.isMaster() && inDateOrderWithoutNumbers(def, header, columns, data, charter.value().today)) {
        // Rows already in date order with no numbers given (the usual large import: a register kept in a
        // spreadsheet): each block is written while the next is checked on the other core. After a problem
        // nothing more is written, but the rest is still checked, so that every problem is reported, and the
        // transaction is undone: the same report and the same book as checking everything first.
        bool stopped = false;
        qint64 added = 0;  // rows handed to be written
        std::optional<Error> refused;
        std::optional<Book::LargeWrite> large(std::in_place, book);
        const Status s = book.transactWhole([&]() -> Status {
            EntryBatch batch(book, def);
            std::future<QList<Checked>> checking;
            for (qsizetype start = 0; start < data.rows.size(); start += kBlock) {
                if (progress && !progress(start, total)) {
                    stopped = true;
                    return cancelled();
                }
                QList<Checked> block = checking.valid() ? checking.get() : checkBlock(start, true);
                if (start + kBlock < data.rows.size())
                    checking = std::async(std::launch::async, checkBlock, start + kBlock, false);
                QList<Row> accepted;
                if (auto a = accept(block, accepted); !a)
                    return a;
                if (!report.problems.isEmpty() || refused)
                    continue;
                for (Row &row : accepted) {
                    if (++added % 500 == 0 && progress && !progress(added, total)) {
                        stopped = true;
                        return cancelled();
                    }
                    if (auto ok = batch.add(std::move(row.values), QString()); !ok) {
                        Error e = refusal(row, ok.error());
                        if (e.code != ErrorCode::InputRejected)
                            return e;
                        refused = std::move(e);
                        break;
                    }
                }
            }
            if (!report.problems.isEmpty() || refused)
                return makeError(ErrorCode::InputRejected, QString());  // undone
            return batch.finish();
        });
        large.reset();
        if (stopped)
            return s.error();
        if (!report.problems.isEmpty())
            return report;
        if (refused) {
            report.problems += refused->message;
            return report;
        }
        if (!s)
            return s.error();
        if (progress)
            progress(total, total);
        report.written = int(added);
        return report;
    }

    for (qsizetype start = 0; start < data.rows.size(); start += kBlock) {
        if (progress && !progress(start, total * 2))
            return cancelled();
        QList<Checked> block = checkBlock(start, !def.isMaster());  // the masters' check asks the book: on this core
        if (auto a = accept(block, rows); !a)
            return a.error();
    }
    if (!report.problems.isEmpty() || dryRun)
        return report;

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
            return master.saveAll(by, values);
        }
        EntryBatch batch(book, def);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (progress && i % 500 == 0 && !progress(total + i, total * 2)) {
                stopped = true;
                return cancelled();
            }
            if (auto ok = batch.add(rows.at(i).values, rows.at(i).values.value(def.numberKey).toString()); !ok)
                return refusal(rows.at(i), ok.error());
        }
        return batch.finish();
    });
    large.reset();
    if (!s) {
        if (stopped || s.error().code != ErrorCode::InputRejected)
            return s.error();
        report.problems += s.error().message;
        return report;
    }
    if (progress)
        progress(total * 2, total * 2);
    report.written = int(rows.size());
    return report;
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
