#pragma once
// The stock register's rules: a receipt or issue of an item in the master, and a balance that never goes
// below zero at any point in date order (backdating, cancelling and correcting included).

#include "EntryStore.h"
#include "Masters.h"

namespace gd {

class StockBook {
    Q_DECLARE_TR_FUNCTIONS(gd::StockBook)
public:
    explicit StockBook(Book &book);

    static QList<FieldProblem> check(QVariantMap &values, const Charter &charter);
    Status checkWrite(const QVariantMap *after, const Entry *before) const;
    struct Low {
        QString code;
        qint64 balance = 0;  // thousandths
        qint64 level = 0;
    };
    // Consumables in use whose balance at the end of `date` is below the level the office set, by code.
    Result<QList<Low>> lowStock(const QDate &date) const;
    struct Ledger {
        QString item;
        QDate from, to;
        qint64 opening = 0;     // at the start of `from`
        QList<Entry> moves;     // in order, cancelled ones left out
        QList<qint64> balances; // after each move
        qint64 closing = 0;
    };
    Result<Ledger> ledger(const QString &item, const QDate &from, const QDate &to) const;

    struct Count {
        QString item;
        qint64 counted = 0;   // thousandths
        QString explanation;  // needed when the count differs from the book
        qint64 book = 0;      // filled in: the book balance on the day
    };
    // The items in use on `date` with their book quantity (counted left at −1: not yet counted).
    Result<QList<Count>> sheet(const QDate &date) const;
    // Records the physical verification of `date` (the secretary's right): every item in use counted, by
    // someone other than the custodian, each difference explained.
    Result<QList<Count>> recordVerification(const User &by, const QDate &date, const QString &verifiedBy,
                                            const QString &custodian, const QList<Count> &counts);
    // The balance of an item at the end of a day, in thousandths of its unit.
    Result<qint64> balance(const QString &item, const QDate &endOfDay) const;

private:
    Book &m_book;
};

}  // namespace gd
