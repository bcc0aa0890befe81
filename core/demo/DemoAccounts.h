#pragma once
// The demo office's cash book and stock: a cash and a bank account with the day's receipts, payments and
// contras, and the consumables issued and bought again. Used by Demo only.

#include "registers/EntryStore.h"
#include "registers/Masters.h"

#include <QHash>
#include <QRandomGenerator>

namespace gd {

class DemoAccounts {
public:
    DemoAccounts(Book &book, QRandomGenerator &random);
    // The accounts and the stock items, with their opening balances on `from`.
    Status masters(const QDate &from);
    // One working day's vouchers and stock moves. `charter` is the office's masters.
    Status day(const QDate &day, const Charter &charter);

private:
    Status cashAccounts(const QDate &from);
    Status stockItems(const QDate &from);
    Status cashDay(const QDate &day);
    Status stockDay(const QDate &day);
    Status voucher(const QDate &day, const char *type, const char *account, qint64 paise, const char *head,
                   const QString &party, const QString &particulars, const char *to = "");
    Result<Entry> insert(const RegisterDef &def, QVariantMap values);
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    qint64 rupees(int low, int high);

    Book &m_book;
    QRandomGenerator &m_random;
    const Charter *m_charter = nullptr;  // the day's
    // The generator's own running balances, so that no account or item ever goes below zero.
    qint64 m_cash = 0;
    qint64 m_bank = 0;
    int m_paidMonth = 0;
    QHash<QString, qint64> m_stock;
};

}  // namespace gd
