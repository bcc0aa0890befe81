#include "StockBook.h"

#include "base/Dates.h"
#include "office/Roles.h"
#include "base/Text.h"
#include "../storage/Book.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace gd {

StockBook::StockBook(Book &book) : m_book(book) {}

QList<FieldProblem> StockBook::check(QVariantMap &v, const Charter &charter)
{
    QList<FieldProblem> problems;
    if (v.value(u"quantity"_s).toLongLong() <= 0)
        problems += {u"quantity"_s, tr("a quantity is more than zero")};
    const QString item = v.value(u"item_code"_s).toString();
    const QDate opened = charter.stockItems.value(item).value(u"opening_date"_s).toDate();
    const QDate date = v.value(u"date"_s).toDate();
    if (opened.isValid() && date.isValid() && date < opened)
        problems += {u"date"_s, tr("%1 was taken into the register on %2; a move cannot be dated before that")
                                    .arg(item, Dates::display(opened))};
    return problems;
}

Result<qint64> StockBook::balance(const QString &item, const QDate &endOfDay) const
{
    auto q = m_book.scalar(QStringLiteral("SELECT coalesce((SELECT opening_qty FROM stock_items WHERE code = ?"
                                          " AND (opening_date IS NULL OR opening_date <= ?)), 0)"
                                          " + coalesce((SELECT sum(CASE WHEN type = 'receipt' THEN quantity ELSE -quantity END)"
                                          " FROM stock_moves WHERE is_current = 1 AND cancelled = 0 AND item_code = ?"
                                          " AND date <= ?), 0)"),
                           {item, Dates::iso(endOfDay), item, Dates::iso(endOfDay)});
    if (!q)
        return q.error();
    return q.value().toLongLong();
}

Result<QList<StockBook::Low>> StockBook::lowStock(const QDate &date) const
{
    auto items = m_book.exec(QStringLiteral("SELECT code, low_level FROM stock_items WHERE kind = 'consumable'"
                                            " AND active = 'yes' AND low_level > 0 ORDER BY code"));
    if (!items)
        return items.error();
    QList<Low> out;
    while (items.value().next()) {
        Low l;
        l.code = items.value().value(0).toString();
        l.level = items.value().value(1).toLongLong();
        auto b = balance(l.code, date);
        if (!b)
            return b.error();
        l.balance = b.value();
        if (l.balance < l.level)
            out += l;
    }
    return out;
}

Result<StockBook::Ledger> StockBook::ledger(const QString &item, const QDate &from, const QDate &to) const
{
    Ledger l;
    l.item = item;
    l.from = from;
    l.to = to;
    auto opening = balance(item, from.addDays(-1));
    if (!opening)
        return opening.error();
    // An opening quantity counted on `from` itself belongs to the opening.
    auto counted = m_book.scalar(QStringLiteral("SELECT coalesce(opening_qty, 0) FROM stock_items WHERE code = ? AND opening_date = ?"),
                                 {item, Dates::iso(from)});
    if (!counted)
        return counted.error();
    l.opening = opening.value() + counted.value().toLongLong();
    EntryFilter f;
    f.from = from;
    f.to = to;
    f.text = item;
    auto moves = EntryStore(m_book, Registers::stockMoves()).page(f, {}, 0, 1000000);
    if (!moves)
        return moves.error();
    qint64 running = l.opening;
    for (const Entry &e : moves.value()) {
        if (e.cancelled || e.text(u"item_code"_s) != item)
            continue;
        const qint64 q = e.value(u"quantity"_s).toLongLong();
        running += e.text(u"type"_s) == u"receipt" ? q : -q;
        l.moves += e;
        l.balances += running;
    }
    l.closing = running;
    return l;
}

Result<QList<StockBook::Count>> StockBook::sheet(const QDate &date) const
{
    auto items = m_book.exec(QStringLiteral("SELECT code FROM stock_items WHERE active = 'yes'"
                                            " AND (opening_date IS NULL OR opening_date <= ?) ORDER BY code"),
                             {Dates::iso(date)});
    if (!items)
        return items.error();
    QList<Count> out;
    while (items.value().next()) {
        Count c;
        c.item = items.value().value(0).toString();
        c.counted = -1;
        auto b = balance(c.item, date);
        if (!b)
            return b.error();
        c.book = b.value();
        out += c;
    }
    return out;
}

Result<QList<StockBook::Count>> StockBook::recordVerification(const User &by, const QDate &date, const QString &verifiedBy,
                                                              const QString &custodian, const QList<Count> &counts)
{
    if (auto r = Roles::require(by.role, Right::CloseBooks); !r)
        return r.error();
    const QString verifier = text::normalized(verifiedBy);
    const QString keeper = text::normalized(custodian);
    if (verifier.isEmpty() || keeper.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Name who verified the stock and who keeps it."));
    if (verifier.compare(keeper, Qt::CaseInsensitive) == 0)
        return makeError(ErrorCode::InputRejected,
                         tr("The stock is verified by someone other than its custodian (%1).").arg(keeper));
    if (!date.isValid() || date > m_book.clock().today())
        return makeError(ErrorCode::InputRejected, tr("A verification is dated today or earlier."));
    auto already = m_book.scalar(QStringLiteral("SELECT 1 FROM stock_verifications WHERE date = ? LIMIT 1"), {Dates::iso(date)});
    if (!already)
        return already.error();
    if (already.value().isValid())
        return makeError(ErrorCode::InputRejected, tr("The stock was already verified on %1.").arg(Dates::display(date)));
    // The book side comes from the same sheet the counting was done from.
    auto book = sheet(date);
    if (!book)
        return book.error();
    QList<Count> done;
    for (const Count &line : book.value()) {
        const auto found = std::find_if(counts.begin(), counts.end(), [&](const Count &c) { return c.item == line.item; });
        if (found == counts.end())
            return makeError(ErrorCode::InputRejected,
                             tr("Count %1 too: a verification covers every item in use.").arg(line.item));
        Count c = *found;
        c.book = line.book;
        if (c.counted < 0)
            return makeError(ErrorCode::InputRejected, tr("A count is not below zero."));
        if (c.counted != c.book && text::normalized(c.explanation).isEmpty())
            return makeError(ErrorCode::InputRejected,
                             tr("%1: counted %2 against %3 in the book; explain the difference.")
                                 .arg(c.item, Fields::quantityText(c.counted), Fields::quantityText(c.book)));
        done += c;
    }
    const Status s = m_book.transact([&]() -> Status {
        for (const Count &c : done)
            if (auto r = m_book.exec(QStringLiteral("INSERT INTO stock_verifications (date, item_code, book_qty, counted_qty,"
                                                    " verified_by, custodian, explanation, recorded_at, recorded_by)"
                                                    " VALUES (?,?,?,?,?,?,?,?,?)"),
                                     {Dates::iso(date), c.item, c.book, c.counted, verifier, keeper,
                                      text::normalized(c.explanation), m_book.clock().now().toString(Qt::ISODate), by.userName});
                !r)
                return r.error();
        return {};
    });
    if (!s)
        return s.error();
    return done;
}

Status StockBook::checkWrite(const QVariantMap *after, const Entry *before) const
{
    QSet<QString> items;
    QList<QDate> dates;
    for (const QVariantMap *v : {after, before ? &before->values : nullptr}) {
        if (!v)
            continue;
        items.insert(v->value(u"item_code"_s).toString());
        dates += v->value(u"date"_s).toDate();
    }
    if (dates.isEmpty())
        return {};
    const QDate from = *std::min_element(dates.begin(), dates.end());
    const QString skip = before ? before->number : QString();
    for (const QString &item : items) {
        auto opening = balance(item, from.addDays(-1));
        if (!opening)
            return opening.error();
        // The changed entry (if any) is dated `from` or later, so the balance before `from` does not include it.
        qint64 running = opening.value();
        auto rows = m_book.exec(QStringLiteral("SELECT date, type, quantity FROM stock_moves WHERE is_current = 1"
                                               " AND cancelled = 0 AND item_code = ? AND date >= ? AND number <> ?"
                                               " ORDER BY date, id"),
                                {item, Dates::iso(from), skip});
        if (!rows)
            return rows.error();
        bool placed = !after || after->value(u"item_code"_s).toString() != item;
        const QDate afterDate = after ? after->value(u"date"_s).toDate() : QDate();
        const auto fail = [&](const QDate &when) {
            return makeError(ErrorCode::InputRejected,
                             tr("This would issue more %1 than the register holds on %2 (the balance there would be %3). "
                                "A balance never goes below zero: check the quantity, the item and the date.")
                                 .arg(item, Dates::display(when), Fields::quantityText(running)));
        };
        const auto apply = [&]() {
            const qint64 q = after->value(u"quantity"_s).toLongLong();
            running += after->value(u"type"_s).toString() == u"receipt" ? q : -q;
            placed = true;
            return running >= 0;
        };
        while (rows.value().next()) {
            const QDate date = Dates::fromIso(rows.value().value(0).toString());
            if (!placed && date > afterDate && !apply())
                return fail(afterDate);
            const qint64 q = rows.value().value(2).toLongLong();
            running += rows.value().value(1).toString() == u"receipt" ? q : -q;
            if (running < 0)
                return fail(date);
        }
        if (!placed && !apply())
            return fail(afterDate);
    }
    return {};
}

}  // namespace gd
