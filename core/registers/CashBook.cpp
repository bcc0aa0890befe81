#include "CashBook.h"

#include "base/Dates.h"
#include "base/Money.h"
#include "office/Roles.h"
#include "base/Text.h"
#include "../storage/Book.h"
#include "EntryService.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace gd {

namespace {

// The change a voucher makes to one account.
Paise delta(const QString &type, const QString &account, const QString &toAccount, Paise amount, const QString &of)
{
    if (type == u"receipt")
        return account == of ? amount : 0;
    if (type == u"payment")
        return account == of ? -amount : 0;
    if (account == of)
        return -amount;
    return toAccount == of ? amount : 0;
}

}  // namespace

CashBook::CashBook(Book &book) : m_book(book) {}

QList<FieldProblem> CashBook::check(QVariantMap &v, const Charter &charter)
{
    QList<FieldProblem> problems;
    const QString type = v.value(u"type"_s).toString();
    const QString account = v.value(u"account"_s).toString();
    const QString toAccount = v.value(u"to_account"_s).toString();
    const QString head = v.value(u"head"_s).toString();
    if (v.value(u"amount"_s).toLongLong() <= 0)
        problems += {u"amount"_s, tr("an amount is more than zero")};
    if (type == u"contra") {
        if (toAccount.isEmpty())
            problems += {u"to_account"_s, tr("a contra entry moves money to another account; choose it")};
        else if (toAccount == account)
            problems += {u"to_account"_s, tr("a contra entry moves money between two different accounts")};
    } else {
        if (!toAccount.isEmpty())
            problems += {u"to_account"_s, tr("only a contra entry has a second account")};
        if (head.isEmpty())
            problems += {u"head"_s, tr("a receipt or payment is booked under a head of account")};
        else if (v.value(u"reverses"_s).toString().isEmpty()) {  // a reversal books against the original's head
            const QString kind = charter.cashHeads.value(head).value(u"kind"_s).toString();
            if (kind != u"both" && kind != type)
                problems += {u"head"_s, type == u"receipt" ? tr("%1 is a head for payments, not receipts").arg(head)
                                                           : tr("%1 is a head for receipts, not payments").arg(head)};
        }
    }
    const QDate date = v.value(u"date"_s).toDate();
    for (const QString &code : {account, toAccount}) {
        if (code.isEmpty() || !charter.cashAccounts.contains(code))
            continue;
        const QDate opened = charter.cashAccounts.value(code).value(u"opening_date"_s).toDate();
        if (date.isValid() && date < opened)
            problems += {u"date"_s, tr("%1 was opened in the book on %2; an entry cannot be dated before that")
                                        .arg(code, Dates::display(opened))};
    }
    return problems;
}

Result<QDate> CashBook::lastClosedDay() const
{
    auto d = m_book.scalar(QStringLiteral("SELECT max(date) FROM cash_days"));
    if (!d)
        return d.error();
    return Dates::fromIso(d.value().toString());
}

Status CashBook::checkWrite(const QVariantMap *after, const Entry *before) const
{
    auto closed = lastClosedDay();
    if (!closed)
        return closed.error();
    QList<QDate> dates;
    if (after)
        dates += after->value(u"date"_s).toDate();
    if (before)
        dates += before->date(u"date"_s);
    for (const QDate &d : dates) {
        if (closed.value().isValid() && d <= closed.value())
            return makeError(ErrorCode::NotAllowed,
                             tr("The cash book is closed up to %1; an entry on %2 cannot be written or changed. Correct "
                                "a closed day with a reversal entry dated today.")
                                 .arg(Dates::display(closed.value()), Dates::display(d)));
    }
    // Every account the change touches, from the earliest date it touches.
    QSet<QString> accounts;
    for (const QVariantMap *v : {after, before ? &before->values : nullptr}) {
        if (!v)
            continue;
        for (const char *key : {"account", "to_account"})
            if (!v->value(QString::fromLatin1(key)).toString().isEmpty())
                accounts.insert(v->value(QString::fromLatin1(key)).toString());
    }
    const QDate from = *std::min_element(dates.begin(), dates.end());
    for (const QString &account : accounts) {
        auto opening = m_book.scalar(QStringLiteral("SELECT opening_balance FROM cash_accounts WHERE code = ?"), {account});
        if (!opening)
            return opening.error();
        auto before_ = m_book.scalar(QStringLiteral("SELECT coalesce(sum(CASE WHEN type = 'receipt' THEN amount"
                                                    " WHEN type = 'payment' THEN -amount WHEN account = ? THEN -amount"
                                                    " ELSE amount END), 0) FROM cash_entries"
                                                    " WHERE is_current = 1 AND cancelled = 0 AND (account = ? OR to_account = ?)"
                                                    " AND date < ? AND number <> ?"),
                                     {account, account, account, Dates::iso(from), before ? before->number : QString()});
        if (!before_)
            return before_.error();
        Paise running = opening.value().toLongLong() + before_.value().toLongLong();
        auto rows = m_book.exec(QStringLiteral("SELECT date, type, account, to_account, amount FROM cash_entries"
                                               " WHERE is_current = 1 AND cancelled = 0 AND (account = ? OR to_account = ?)"
                                               " AND date >= ? AND number <> ? ORDER BY date, id"),
                                {account, account, Dates::iso(from), before ? before->number : QString()});
        if (!rows)
            return rows.error();
        bool placed = after == nullptr;
        const QDate afterDate = after ? after->value(u"date"_s).toDate() : QDate();
        const auto fail = [&](const QDate &when) {
            return makeError(ErrorCode::InputRejected,
                             tr("This would take %1 below zero on %2 (the balance there would be ₹ %3). An account "
                                "never goes below zero: check the amount, the account and the date.")
                                 .arg(account, Dates::display(when), Money::format(running)));
        };
        const auto applyAfter = [&]() -> bool {
            running += delta(after->value(u"type"_s).toString(), after->value(u"account"_s).toString(),
                             after->value(u"to_account"_s).toString(), after->value(u"amount"_s).toLongLong(), account);
            placed = true;
            return running >= 0;
        };
        while (rows.value().next()) {
            const QDate date = Dates::fromIso(rows.value().value(0).toString());
            // A new voucher stands after the day's earlier ones.
            if (!placed && date > afterDate && !applyAfter())
                return fail(afterDate);
            running += delta(rows.value().value(1).toString(), rows.value().value(2).toString(),
                             rows.value().value(3).toString(), rows.value().value(4).toLongLong(), account);
            if (running < 0)
                return fail(date);
        }
        if (!placed && !applyAfter())
            return fail(afterDate);
    }
    return {};
}

Result<Paise> CashBook::balance(const QString &account, const QDate &endOfDay) const
{
    auto opening = m_book.scalar(QStringLiteral("SELECT opening_balance FROM cash_accounts WHERE code = ? AND opening_date <= ?"),
                                 {account, Dates::iso(endOfDay)});
    if (!opening)
        return opening.error();
    if (!opening.value().isValid())
        return Paise(0);
    auto sum = m_book.scalar(QStringLiteral("SELECT coalesce(sum(CASE WHEN type = 'receipt' THEN amount"
                                            " WHEN type = 'payment' THEN -amount WHEN account = ? THEN -amount"
                                            " ELSE amount END), 0) FROM cash_entries"
                                            " WHERE is_current = 1 AND cancelled = 0 AND (account = ? OR to_account = ?)"
                                            " AND date <= ?"),
                             {account, account, account, Dates::iso(endOfDay)});
    if (!sum)
        return sum.error();
    return Paise(opening.value().toLongLong() + sum.value().toLongLong());
}

Result<CashDay> CashBook::day(const QDate &date) const
{
    CashDay d;
    d.date = date;
    EntryFilter f;
    f.from = date;
    f.to = date;
    auto entries = EntryStore(m_book, Registers::cashEntries()).page(f, {}, 0, 100000);
    if (!entries)
        return entries.error();
    for (const Entry &e : entries.value())
        if (!e.cancelled)
            d.entries += e;
    auto accounts = m_book.exec(QStringLiteral("SELECT code, name_hi, name_en, kind FROM cash_accounts WHERE opening_date <= ?"
                                               " ORDER BY code"),
                                {Dates::iso(date)});
    if (!accounts)
        return accounts.error();
    while (accounts.value().next()) {
        CashDay::Account a;
        a.code = accounts.value().value(0).toString();
        a.nameHi = accounts.value().value(1).toString();
        a.nameEn = accounts.value().value(2).toString();
        a.isCash = accounts.value().value(3).toString() == u"cash";
        // The closing balance includes an opening balance taken into the book on this very day.
        auto closing = balance(a.code, date);
        if (!closing)
            return closing.error();
        a.closing = closing.value();
        for (const Entry &e : d.entries) {
            const Paise change = delta(e.text(u"type"_s), e.text(u"account"_s), e.text(u"to_account"_s),
                                       e.value(u"amount"_s).toLongLong(), a.code);
            (change >= 0 ? a.in : a.out) += qAbs(change);
        }
        a.opening = a.closing - a.in + a.out;
        d.opening += a.opening;
        d.closing += a.closing;
        d.accounts += a;
    }
    auto closed = m_book.exec(QStringLiteral("SELECT closed_by FROM cash_days WHERE date = ?"), {Dates::iso(date)});
    if (!closed)
        return closed.error();
    if (closed.value().next()) {
        d.closed = true;
        d.closedBy = closed.value().value(0).toString();
    }
    return d;
}

Result<QList<CashDay>> CashBook::days(const QDate &from, const QDate &to) const
{
    if (!from.isValid() || !to.isValid() || from > to || from.daysTo(to) > 400)
        return makeError(ErrorCode::InputRejected, tr("Choose a period of up to a year, the first day before the last."));
    QList<CashDay> out;
    for (QDate d = from; d <= to; d = d.addDays(1)) {
        auto one = day(d);
        if (!one)
            return one.error();
        out += one.value();
    }
    return out;
}

Result<QList<ClosedDay>> CashBook::closeDays(const User &by, const QDate &upTo)
{
    if (auto r = Roles::require(by.role, Right::CloseBooks); !r)
        return r.error();
    if (!upTo.isValid() || upTo > m_book.clock().today())
        return makeError(ErrorCode::InputRejected, tr("A day is closed on or after the day itself, never before it."));
    auto first = m_book.scalar(QStringLiteral("SELECT min(opening_date) FROM cash_accounts"));
    if (!first)
        return first.error();
    if (!first.value().isValid() || first.value().isNull())
        return makeError(ErrorCode::InputRejected,
                         tr("The cash book has no accounts yet: add the cash in hand and the bank accounts with their "
                            "opening balances first."));
    auto closed = lastClosedDay();
    if (!closed)
        return closed.error();
    QDate day = closed.value().isValid() ? closed.value().addDays(1) : Dates::fromIso(first.value().toString());
    if (day > upTo)
        return makeError(ErrorCode::InputRejected,
                         tr("The cash book is already closed up to %1.").arg(Dates::display(closed.value())));
    QList<ClosedDay> done;
    Status s = m_book.transact([&]() -> Status {
        auto accounts = m_book.exec(QStringLiteral("SELECT code FROM cash_accounts ORDER BY code"));
        if (!accounts)
            return accounts.error();
        QStringList codes;
        while (accounts.value().next())
            codes += accounts.value().value(0).toString();
        for (; day <= upTo; day = day.addDays(1)) {
            auto n = m_book.scalar(QStringLiteral("SELECT count(*) FROM cash_entries WHERE is_current = 1 AND cancelled = 0"
                                                  " AND date = ?"),
                                   {Dates::iso(day)});
            if (!n)
                return n.error();
            ClosedDay c;
            c.date = day;
            c.nil = n.value().toLongLong() == 0;
            for (const QString &code : codes) {
                auto b = balance(code, day);
                if (!b)
                    return b.error();
                c.closing += b.value();
            }
            if (auto r = m_book.exec(QStringLiteral("INSERT INTO cash_days (date, closed_at, closed_by, nil) VALUES (?,?,?,?)"),
                                     {Dates::iso(day), m_book.clock().now().toString(Qt::ISODate), by.userName, c.nil ? 1 : 0});
                !r)
                return r.error();
            done += c;
        }
        return {};
    });
    if (!s)
        return s.error();
    return done;
}

Paise CashCount::total() const
{
    Paise sum = 0;
    for (auto it = pieces.cbegin(); it != pieces.cend(); ++it)
        sum += Paise(it.key()) * 100 * it.value();
    return sum;
}

const QList<int> &CashBook::denominations()
{
    static const QList<int> list = {2000, 500, 200, 100, 50, 20, 10, 5, 2, 1};
    return list;
}

Result<MonthClosing> CashBook::closeMonth(const User &by, const QString &month, const CashCount &count,
                                          const QList<BankReconciliation> &banks)
{
    if (auto r = Roles::require(by.role, Right::CloseBooks); !r)
        return r.error();
    const QDate first = QDate::fromString(month.trimmed() + QStringLiteral("-01"), Qt::ISODate);
    if (!first.isValid())
        return makeError(ErrorCode::Usage, tr("Give the month as YYYY-MM, for example 2026-10."));
    const QDate last = first.addMonths(1).addDays(-1);
    auto closedDay = lastClosedDay();
    if (!closedDay)
        return closedDay.error();
    if (!closedDay.value().isValid() || closedDay.value() < last)
        return makeError(ErrorCode::InputRejected,
                         tr("Close every day of %1 first (the cash book is closed up to %2).")
                             .arg(month, closedDay.value().isValid() ? Dates::display(closedDay.value()) : QStringLiteral("—")));
    auto already = m_book.scalar(QStringLiteral("SELECT 1 FROM cash_months WHERE month = ?"), {month});
    if (!already)
        return already.error();
    if (already.value().isValid())
        return makeError(ErrorCode::InputRejected, tr("%1 is already closed.").arg(month));
    for (auto it = count.pieces.cbegin(); it != count.pieces.cend(); ++it)
        if (!denominations().contains(it.key()) || it.value() < 0)
            return makeError(ErrorCode::InputRejected,
                             tr("Count notes and coins of 2000, 500, 200, 100, 50, 20, 10, 5, 2 and 1 rupees, none below zero."));
    MonthClosing closing;
    closing.month = month;
    auto cashCode = m_book.scalar(QStringLiteral("SELECT code FROM cash_accounts WHERE kind = 'cash' AND opening_date <= ?"),
                                  {Dates::iso(last)});
    if (!cashCode)
        return cashCode.error();
    if (cashCode.value().isValid()) {
        auto b = balance(cashCode.value().toString(), last);
        if (!b)
            return b.error();
        closing.cashBook = b.value();
    }
    closing.cashCounted = count.total();
    closing.count = count;
    closing.closedBy = by.userName;
    if (closing.cashCounted != closing.cashBook && text::normalized(count.explanation).isEmpty())
        return makeError(ErrorCode::InputRejected,
                         tr("The cash counted (₹ %1) differs from the book (₹ %2) by ₹ %3: explain the difference.")
                             .arg(Money::format(closing.cashCounted), Money::format(closing.cashBook),
                                  Money::format(closing.cashCounted - closing.cashBook)));
    auto accounts = m_book.exec(QStringLiteral("SELECT code FROM cash_accounts WHERE kind = 'bank' AND opening_date <= ?"
                                               " ORDER BY code"),
                                {Dates::iso(last)});
    if (!accounts)
        return accounts.error();
    QStringList bankCodes;
    while (accounts.value().next())
        bankCodes += accounts.value().value(0).toString();
    for (const BankReconciliation &b : banks)
        if (!bankCodes.contains(b.account))
            return makeError(ErrorCode::InputRejected, tr("%1 is not a bank account of the cash book in %2.").arg(b.account, month));
    for (const QString &code : bankCodes) {
        const auto found = std::find_if(banks.begin(), banks.end(), [&](const BankReconciliation &b) { return b.account == code; });
        if (found == banks.end())
            return makeError(ErrorCode::InputRejected, tr("Reconcile %1 with its bank statement of %2 too.").arg(code, month));
        BankReconciliation r = *found;
        if (r.statement < 0 || r.chequesNotPresented < 0 || r.depositsNotCredited < 0 || r.chargesNotBooked < 0
            || r.interestNotBooked < 0)
            return makeError(ErrorCode::InputRejected, tr("The amounts of a reconciliation are not below zero."));
        auto b = balance(code, last);
        if (!b)
            return b.error();
        r.book = b.value();
        if (r.difference() != 0 && text::normalized(r.explanation).isEmpty())
            return makeError(ErrorCode::InputRejected,
                             tr("%1 does not reconcile: the statement shows ₹ %2, the book explains ₹ %3 (difference ₹ %4). "
                                "Check the items, or explain the difference.")
                                 .arg(code, Money::format(r.statement), Money::format(r.expectedStatement()),
                                      Money::format(r.difference())));
        closing.banks += r;
    }
    QStringList pieces;
    for (auto it = count.pieces.cbegin(); it != count.pieces.cend(); ++it)
        if (it.value() > 0)
            pieces += QStringLiteral("%1x%2").arg(it.key()).arg(it.value());
    const Status s = m_book.transact([&]() -> Status {
        if (auto r = m_book.exec(QStringLiteral("INSERT INTO cash_months (month, closed_at, closed_by, cash_book, cash_counted,"
                                                " denominations, explanation) VALUES (?,?,?,?,?,?,?)"),
                                 {month, m_book.clock().now().toString(Qt::ISODate), by.userName, closing.cashBook,
                                  closing.cashCounted, pieces.join(u','), text::normalized(count.explanation)});
            !r)
            return r.error();
        for (const BankReconciliation &r : closing.banks) {
            if (auto q = m_book.exec(QStringLiteral("INSERT INTO cash_reconciliations (month, account, book_balance,"
                                                    " cheques_not_presented, deposits_not_credited, charges_not_booked,"
                                                    " interest_not_booked, statement_balance, explanation)"
                                                    " VALUES (?,?,?,?,?,?,?,?,?)"),
                                     {month, r.account, r.book, r.chequesNotPresented, r.depositsNotCredited,
                                      r.chargesNotBooked, r.interestNotBooked, r.statement, text::normalized(r.explanation)});
                !q)
                return q.error();
        }
        return {};
    });
    if (!s)
        return s.error();
    return closing;
}

Result<MonthClosing> CashBook::monthClosing(const QString &month) const
{
    auto q = m_book.exec(QStringLiteral("SELECT cash_book, cash_counted, denominations, explanation, closed_by, closed_at"
                                        " FROM cash_months WHERE month = ?"),
                         {month});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("%1 is not closed yet.").arg(month));
    MonthClosing c;
    c.month = month;
    c.cashBook = q.value().value(0).toLongLong();
    c.cashCounted = q.value().value(1).toLongLong();
    for (const QString &piece : q.value().value(2).toString().split(u',', Qt::SkipEmptyParts))
        c.count.pieces[piece.section(u'x', 0, 0).toInt()] = piece.section(u'x', 1).toInt();
    c.count.explanation = q.value().value(3).toString();
    c.closedBy = q.value().value(4).toString();
    c.closedAt = q.value().value(5).toString();
    auto banks = m_book.exec(QStringLiteral("SELECT account, book_balance, cheques_not_presented, deposits_not_credited,"
                                            " charges_not_booked, interest_not_booked, statement_balance, explanation"
                                            " FROM cash_reconciliations WHERE month = ? ORDER BY account"),
                             {month});
    if (!banks)
        return banks.error();
    while (banks.value().next()) {
        BankReconciliation b;
        b.account = banks.value().value(0).toString();
        b.book = banks.value().value(1).toLongLong();
        b.chequesNotPresented = banks.value().value(2).toLongLong();
        b.depositsNotCredited = banks.value().value(3).toLongLong();
        b.chargesNotBooked = banks.value().value(4).toLongLong();
        b.interestNotBooked = banks.value().value(5).toLongLong();
        b.statement = banks.value().value(6).toLongLong();
        b.explanation = banks.value().value(7).toString();
        c.banks += b;
    }
    return c;
}

Result<Entry> CashBook::reverse(const User &by, const Entry &original, const QString &reason)
{
    if (text::normalized(reason).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write why the voucher is reversed."));
    if (original.cancelled)
        return makeError(ErrorCode::InputRejected, tr("%1 is cancelled; there is nothing to reverse.").arg(original.number));
    if (!original.text(u"reverses"_s).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("%1 is itself a reversal.").arg(original.number));
    QVariantMap v = original.values;
    v.remove(Registers::cashEntries().numberKey);
    const QString type = original.text(u"type"_s);
    if (type == u"contra") {
        v.insert(u"account"_s, original.text(u"to_account"_s));
        v.insert(u"to_account"_s, original.text(u"account"_s));
    } else {
        v.insert(u"type"_s, type == u"receipt" ? u"payment"_s : u"receipt"_s);
        // The head keeps its kind; a reversal books against the same head.
    }
    v.insert(u"date"_s, m_book.clock().today());
    v.insert(u"particulars"_s, tr("Reversal of %1: %2").arg(original.number, text::normalized(reason)));
    v.insert(u"reverses"_s, original.number);
    return EntryService(m_book).add(by, Registers::cashEntries(), v);
}

}  // namespace gd
