#pragma once
// The cash book's rules: vouchers that never take an account below zero at any moment, days closed for good
// (a day without entries closes as nil), and corrections after closing as reversal entries dated today.

#include "EntryStore.h"
#include "Masters.h"

namespace gd {

struct ClosedDay {
    QDate date;
    bool nil = false;
    Paise closing = 0;  // all accounts together, at the end of the day
};

// One day of the cash book as the day page prints it.
struct CashDay {
    QDate date;
    QList<Entry> entries;  // the day's vouchers in order (cancelled ones left out)
    struct Account {
        QString code, nameHi, nameEn;
        bool isCash = false;
        Paise opening = 0, in = 0, out = 0, closing = 0;
    };
    QList<Account> accounts;  // by code, those opened on or before the day
    Paise opening = 0;
    Paise closing = 0;
    bool closed = false;
    QString closedBy;
};

// Cash counted at the month end: notes and coins by denomination in rupees (500 → 4 means four ₹500 notes).
struct CashCount {
    QMap<int, int> pieces;
    QString explanation;  // needed when the count differs from the book
    Paise total() const;
};

// A bank account's reconciliation with its statement at the month end.
struct BankReconciliation {
    QString account;
    Paise statement = 0;            // balance as per the bank statement
    Paise chequesNotPresented = 0;  // issued, in the book, not yet paid by the bank
    Paise depositsNotCredited = 0;  // in the book, not yet in the statement
    Paise chargesNotBooked = 0;     // in the statement, not yet in the book
    Paise interestNotBooked = 0;    // in the statement, not yet in the book
    QString explanation;            // needed when a difference remains
    Paise book = 0;                 // filled in: the book balance at the month end
    // What the statement should show, worked from the book; the difference is statement − this.
    Paise expectedStatement() const
    {
        return book + chequesNotPresented - depositsNotCredited - chargesNotBooked + interestNotBooked;
    }
    Paise difference() const { return statement - expectedStatement(); }
};

struct MonthClosing {
    QString month;
    Paise cashBook = 0;
    Paise cashCounted = 0;
    CashCount count;
    QList<BankReconciliation> banks;
    QString closedBy;
    QString closedAt;
};

class CashBook {
    Q_DECLARE_TR_FUNCTIONS(gd::CashBook)
public:
    explicit CashBook(Book &book);

    // The voucher's own rules (types, accounts, heads, amount); nothing that needs other entries.
    static QList<FieldProblem> check(QVariantMap &values, const Charter &charter);
    // What writing `after` in place of `before` (either may be null) does to the book: refused on a closed day,
    // or when any account would go below zero at any moment. Runs inside the writing transaction.
    Status checkWrite(const QVariantMap *after, const Entry *before) const;

    Result<QDate> lastClosedDay() const;  // invalid when none is closed
    // The balance of an account at the end of a day (opening balance and every entry up to that day).
    Result<Paise> balance(const QString &account, const QDate &endOfDay) const;
    // Closes every open day up to `upTo` (the secretary's right), in order; returns the days closed.
    Result<QList<ClosedDay>> closeDays(const User &by, const QDate &upTo);
    Result<CashDay> day(const QDate &date) const;
    Result<QList<CashDay>> days(const QDate &from, const QDate &to) const;
    // Closes a month (the secretary's right) once all its days are closed: the cash counted against the book,
    // and each bank account reconciled with its statement; a difference that remains must be explained.
    Result<MonthClosing> closeMonth(const User &by, const QString &month, const CashCount &count,
                                    const QList<BankReconciliation> &banks);
    static const QList<int> &denominations();
    // A closed month as it was recorded; NotFound when the month is not closed.
    Result<MonthClosing> monthClosing(const QString &month) const;  // 2000, 500, 200, 100, 50, 20, 10, 5, 2, 1
    // A voucher on a closed day is corrected by a reversal dated today that points to it.
    Result<Entry> reverse(const User &by, const Entry &original, const QString &reason);

private:
    Book &m_book;
};

}  // namespace gd
