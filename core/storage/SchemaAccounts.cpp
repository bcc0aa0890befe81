// Schema steps of the office's accounts: the cash book, its month closing, and the stock register.
#include "AuditLog.h"
#include "Book.h"
#include "SchemaParts.h"

namespace gd::schema {

namespace {

struct SeedHead {
    const char *code;
    const char16_t *hi;
    const char *en;
    const char *kind;
};

// Common heads of a Gram Panchayat's receipts and payments (editable).
constexpr SeedHead kHeads[] = {
    {"FC15-TIED", u"15वाँ वित्त आयोग (बद्ध अनुदान)", "15th Finance Commission (tied grant)", "receipt"},
    {"FC15-UNTIED", u"15वाँ वित्त आयोग (अबद्ध अनुदान)", "15th Finance Commission (untied grant)", "receipt"},
    {"SFC", u"राज्य वित्त आयोग", "State Finance Commission", "receipt"},
    {"HOUSE-TAX", u"गृह कर", "House tax", "receipt"},
    {"WATER-CHG", u"जल कर / जल शुल्क", "Water charges", "receipt"},
    {"FEES", u"शुल्क (नकल, प्रमाण पत्र आदि)", "Fees (copies, certificates…)", "receipt"},
    {"INTEREST", u"बैंक ब्याज", "Bank interest", "receipt"},
    {"OTHER-REC", u"अन्य प्राप्तियाँ", "Other receipts", "receipt"},
    {"SALARY", u"वेतन एवं मानदेय", "Salaries and honoraria", "payment"},
    {"ELECTRICITY", u"बिजली", "Electricity", "payment"},
    {"MAINTENANCE", u"मरम्मत एवं रखरखाव", "Repairs and maintenance", "payment"},
    {"STATIONERY", u"लेखन सामग्री", "Stationery", "payment"},
    {"WORKS", u"निर्माण कार्य", "Works", "payment"},
    {"SANITATION", u"स्वच्छता", "Sanitation", "payment"},
    {"BANK-CHG", u"बैंक शुल्क", "Bank charges", "payment"},
    {"OTHER-PAY", u"अन्य भुगतान", "Other payments", "payment"},
};

}  // namespace

// Version 4: the cash book (accounts, heads of account, vouchers, closed days).
Status stepCashBook(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE cash_accounts ("
                           " code TEXT PRIMARY KEY,"
                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('cash','bank')),"
                           " opening_balance INTEGER NOT NULL CHECK (opening_balance >= 0),"
                           " opening_date TEXT NOT NULL,"
                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
            QStringLiteral("CREATE UNIQUE INDEX cash_accounts_one_cash ON cash_accounts (kind) WHERE kind = 'cash'"),
            QStringLiteral("CREATE TABLE cash_heads ("
                           " code TEXT PRIMARY KEY,"
                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('receipt','payment','both')),"
                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
            QStringLiteral("CREATE TABLE cash_entries (") + entryColumns()
                + QStringLiteral(" date TEXT NOT NULL,"
                                 " type TEXT NOT NULL CHECK (type IN ('receipt','payment','contra')),"
                                 " account TEXT NOT NULL REFERENCES cash_accounts(code),"
                                 " to_account TEXT NOT NULL DEFAULT '',"
                                 " amount INTEGER NOT NULL CHECK (amount > 0),"
                                 " head TEXT NOT NULL DEFAULT '', fund TEXT NOT NULL DEFAULT '',"
                                 " party TEXT NOT NULL DEFAULT '', particulars TEXT NOT NULL,"
                                 " reference TEXT NOT NULL DEFAULT '', reverses TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX cash_entries_account ON cash_entries (account, date) WHERE is_current = 1"),
            QStringLiteral("CREATE INDEX cash_entries_to_account ON cash_entries (to_account, date) WHERE is_current = 1"),
            QStringLiteral("CREATE TABLE cash_days ("
                           " date TEXT PRIMARY KEY,"
                           " closed_at TEXT NOT NULL, closed_by TEXT NOT NULL,"
                           " nil INTEGER NOT NULL CHECK (nil IN (0, 1)))"),
        });
        !s)
        return s;
    if (auto s = appendOnly(book, QStringLiteral("cash_days"), refusal::kClosedDay); !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("cash_entries"), QStringLiteral("date")); !s)
        return s;
    for (const QString &table : {QStringLiteral("cash_accounts"), QStringLiteral("cash_heads"),
                                 QStringLiteral("cash_entries"), QStringLiteral("cash_days")}) {
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    }
    for (const SeedHead &h : kHeads) {
        if (auto r = book.exec(QStringLiteral("INSERT INTO cash_heads (code, name_hi, name_en, kind) VALUES (?,?,?,?)"),
                               {QString::fromLatin1(h.code), QString::fromUtf16(h.hi), QString::fromUtf8(h.en),
                                QString::fromLatin1(h.kind)});
            !r)
            return r.error();
    }
    return {};
}

// Version 5: closing a month of the cash book (cash counted by denomination, bank reconciliation).
Status stepCashMonths(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE cash_months ("
                           " month TEXT PRIMARY KEY,"
                           " closed_at TEXT NOT NULL, closed_by TEXT NOT NULL,"
                           " cash_book INTEGER NOT NULL, cash_counted INTEGER NOT NULL,"
                           " denominations TEXT NOT NULL, explanation TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE cash_reconciliations ("
                           " month TEXT NOT NULL REFERENCES cash_months(month), account TEXT NOT NULL,"
                           " book_balance INTEGER NOT NULL, cheques_not_presented INTEGER NOT NULL,"
                           " deposits_not_credited INTEGER NOT NULL, charges_not_booked INTEGER NOT NULL,"
                           " interest_not_booked INTEGER NOT NULL, statement_balance INTEGER NOT NULL,"
                           " explanation TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (month, account))"),
        });
        !s)
        return s;
    for (const QString &table : {QStringLiteral("cash_months"), QStringLiteral("cash_reconciliations")}) {
        if (auto s = appendOnly(book, table, refusal::kClosedMonth); !s)
            return s;
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    }
    return {};
}

// Version 6: the stock register (items, receipts and issues in thousandths of a unit).
Status stepStock(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE stock_items ("
                           " code TEXT PRIMARY KEY,"
                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
                           " unit TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('consumable','asset')),"
                           " opening_qty INTEGER CHECK (opening_qty >= 0), opening_date TEXT,"
                           " rate INTEGER CHECK (rate >= 0), low_level INTEGER CHECK (low_level >= 0),"
                           " tag TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',"
                           " condition TEXT NOT NULL DEFAULT '', written_off_on TEXT,"
                           " write_off_authority TEXT NOT NULL DEFAULT '',"
                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
            QStringLiteral("CREATE TABLE stock_moves (") + entryColumns()
                + QStringLiteral(" date TEXT NOT NULL,"
                                 " item_code TEXT NOT NULL REFERENCES stock_items(code),"
                                 " type TEXT NOT NULL CHECK (type IN ('receipt','issue')),"
                                 " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                                 " rate INTEGER, party TEXT NOT NULL, reference TEXT NOT NULL DEFAULT '',"
                                 " remarks TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX stock_moves_item ON stock_moves (item_code, date) WHERE is_current = 1"),
            // Physical verification: counted against the book by someone other than the custodian; kept for good.
            QStringLiteral("CREATE TABLE stock_verifications ("
                           " id INTEGER PRIMARY KEY, date TEXT NOT NULL, item_code TEXT NOT NULL REFERENCES stock_items(code),"
                           " book_qty INTEGER NOT NULL, counted_qty INTEGER NOT NULL CHECK (counted_qty >= 0),"
                           " verified_by TEXT NOT NULL, custodian TEXT NOT NULL, explanation TEXT NOT NULL DEFAULT '',"
                           " recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,"
                           " UNIQUE (date, item_code))"),
        });
        !s)
        return s;
    if (auto s = appendOnly(book, QStringLiteral("stock_verifications"), refusal::kVerificationKept); !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("stock_moves"), QStringLiteral("date")); !s)
        return s;
    for (const QString &table : {QStringLiteral("stock_items"), QStringLiteral("stock_moves"), QStringLiteral("stock_verifications")})
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    return {};
}

}  // namespace gd::schema
