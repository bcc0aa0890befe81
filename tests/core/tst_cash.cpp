// The cash book: balances, the monthly cash section and the closing of days, against figures worked out by
// hand (see the comments), and every way to take an account below zero or touch a closed day, refused.

#include "TestBook.h"
#include "registers/CashBook.h"
#include "registers/CsvTransfer.h"
#include "registers/EntryService.h"
#include "reports/MonthlyReport.h"

#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QVariantMap voucher(const char *date, const char *type, const char *account, qint64 paise, const char *head,
                    const char *to = "")
{
    return {{QStringLiteral("date"), d(date)},
            {QStringLiteral("type"), QString::fromLatin1(type)},
            {QStringLiteral("account"), QString::fromLatin1(account)},
            {QStringLiteral("to_account"), QString::fromLatin1(to)},
            {QStringLiteral("amount"), QVariant::fromValue<qint64>(paise)},
            {QStringLiteral("head"), QString::fromLatin1(head)},
            {QStringLiteral("particulars"), QStringLiteral("विवरण")}};
}

}  // namespace

class TestCash : public QObject {
    Q_OBJECT

    TestBook t;
    QList<Entry> v;  // the vouchers below, in order

    void account(const char *code, const char *kind, qint64 opening, const char *date)
    {
        QVERIFY(MasterStore(*t.book, Registers::cashAccounts())
                    .save(t.admin, {{QStringLiteral("code"), QString::fromLatin1(code)},
                                    {QStringLiteral("name_hi"), QString::fromLatin1(code)},
                                    {QStringLiteral("name_en"), QString::fromLatin1(code)},
                                    {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                    {QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(opening)},
                                    {QStringLiteral("opening_date"), d(date)}})
                    .ok());
    }

    Result<Entry> add(const QVariantMap &values)
    {
        return EntryService(*t.book).add(t.admin, Registers::cashEntries(), values);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(t.create());
        account("CASH", "cash", 100000, "2026-04-01");   // Rs 1,000.00
        account("SBI", "bank", 5000000, "2026-04-01");   // Rs 50,000.00
        account("PNB", "bank", 0, "2026-10-01");
        const QList<QVariantMap> book = {
            voucher("2026-09-30", "receipt", "CASH", 10000, "FEES"),              // CASH 1,100.00
            voucher("2026-10-01", "receipt", "CASH", 50000, "HOUSE-TAX"),         // CASH 1,600.00
            voucher("2026-10-01", "payment", "CASH", 120000, "STATIONERY"),       // CASH   400.00
            voucher("2026-10-02", "contra", "CASH", 30000, "", "SBI"),            // CASH   100.00, SBI 50,300.00
            voucher("2026-10-03", "receipt", "SBI", 10000000, "FC15-UNTIED"),     // SBI 1,50,300.00
            voucher("2026-10-05", "payment", "SBI", 2500050, "SALARY"),           // SBI 1,25,299.50
            voucher("2026-10-06", "contra", "SBI", 200000, "", "CASH"),           // SBI 1,23,299.50, CASH 2,100.00
            voucher("2026-10-07", "contra", "SBI", 1000000, "", "PNB"),           // SBI 1,13,299.50, PNB 10,000.00
        };
        for (const QVariantMap &x : book) {
            auto e = add(x);
            QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
            v += e.value();
        }
        QCOMPARE(v.first().number, QStringLiteral("CB/2026-27/000001"));
    }

    void balances()
    {
        CashBook cb(*t.book);
        QCOMPARE(cb.balance(QStringLiteral("CASH"), d("2026-10-01")).value(), 40000);
        QCOMPARE(cb.balance(QStringLiteral("CASH"), d("2026-10-07")).value(), 210000);
        QCOMPARE(cb.balance(QStringLiteral("SBI"), d("2026-10-07")).value(), 11329950);
        QCOMPARE(cb.balance(QStringLiteral("PNB"), d("2026-10-07")).value(), 1000000);
        QCOMPARE(cb.balance(QStringLiteral("PNB"), d("2026-09-30")).value(), 0);  // not yet opened
    }

    void monthlySection()
    {
        const MonthlyReport r = MonthlyReport::compute(*t.book, QStringLiteral("2026-10")).value();
        QCOMPARE(r.cash.accounts.size(), 3);
        const auto &cash = r.cash.accounts.at(0);  // by code: CASH, PNB, SBI
        QCOMPARE(cash.code, QStringLiteral("CASH"));
        QCOMPARE(cash.opening, 110000);    // 1,000 + the September fee of 100
        QCOMPARE(cash.receipts, 50000);
        QCOMPARE(cash.payments, 120000);
        QCOMPARE(cash.contraIn, 200000);
        QCOMPARE(cash.contraOut, 30000);
        QCOMPARE(cash.closing, 210000);    // 1,100 + 500 − 1,200 + 2,000 − 300
        const auto &pnb = r.cash.accounts.at(1);
        QCOMPARE(pnb.opening, 0);
        QCOMPARE(pnb.contraIn, 1000000);
        QCOMPARE(pnb.closing, 1000000);
        const auto &sbi = r.cash.accounts.at(2);
        QCOMPARE(sbi.opening, 5000000);
        QCOMPARE(sbi.receipts, 10000000);
        QCOMPARE(sbi.payments, 2500050);
        QCOMPARE(sbi.contraIn, 30000);
        QCOMPARE(sbi.contraOut, 1200000);
        QCOMPARE(sbi.closing, 11329950);   // 50,000 + 1,00,000 − 25,000.50 + 300 − 12,000
        QCOMPARE(r.cash.opening, 5110000);
        QCOMPARE(r.cash.receipts, 10050000);
        QCOMPARE(r.cash.payments, 2620050);
        QCOMPARE(r.cash.closing, 12539950);  // contra cancels out: 51,100 + 1,00,500 − 26,200.50
        QCOMPARE(r.cash.byHead.size(), 4);
        QCOMPARE(r.cash.byHead.at(0).head, QStringLiteral("FC15-UNTIED"));
        QCOMPARE(r.cash.byHead.at(3).head, QStringLiteral("STATIONERY"));
        QCOMPARE(r.cash.byHead.at(3).payments, 120000);
        const QByteArray json = r.toJson();
        QVERIFY(json.contains("{\"code\": \"SBI\", \"opening\": \"50000.00\", \"receipts\": \"100000.00\", \"payments\": "
                              "\"25000.50\", \"contra_in\": \"300.00\", \"contra_out\": \"12000.00\", \"closing\": \"113299.50\"}"));
        QVERIFY(json.contains("\"total\": {\"opening\": \"51100.00\", \"receipts\": \"100500.00\", \"payments\": \"26200.50\", "
                              "\"closing\": \"125399.50\"}"));
        QVERIFY(json.contains("{\"head\": \"SALARY\", \"receipts\": \"0.00\", \"payments\": \"25000.50\"}"));
        // September holds only the fee; PNB was not yet opened.
        const MonthlyReport sep = MonthlyReport::compute(*t.book, QStringLiteral("2026-09")).value();
        QCOMPARE(sep.cash.accounts.size(), 2);
        QCOMPARE(sep.cash.accounts.at(0).closing, 110000);
    }

    void noBalanceEverGoesBelowZero_data()
    {
        QTest::addColumn<QString>("what");
        QTest::newRow("pay a paisa more than the cash") << "overpay";
        QTest::newRow("backdated payment the day could not bear") << "backdate";
        QTest::newRow("cancel the receipt a payment relied on") << "cancel";
        QTest::newRow("contra more than the cash") << "contra";
        QTest::newRow("raise a contra out by correction") << "correct";
    }

    void noBalanceEverGoesBelowZero()
    {
        QFETCH(QString, what);
        EntryService fo(*t.book);
        const qint64 before = EntryStore(*t.book, Registers::cashEntries()).count({}).value();
        Result<Entry> r = makeError(ErrorCode::Storage, QString());
        if (what == u"overpay")  // CASH holds 2,100.00 after 7 Oct
            r = add(voucher("2026-10-07", "payment", "CASH", 210001, "OTHER-PAY"));
        else if (what == u"backdate")  // at the end of 1 Oct CASH had 400.00
            r = add(voucher("2026-10-01", "payment", "CASH", 40001, "OTHER-PAY"));
        else if (what == u"cancel")  // without the 500 receipt, the 1,200 payment takes CASH to −100
            r = fo.cancel(t.admin, Registers::cashEntries(), v.at(1), QStringLiteral("wrong"));
        else if (what == u"contra")
            r = add(voucher("2026-10-07", "contra", "CASH", 500000, "", "SBI"));
        else {  // the 2 Oct contra of 300 raised to 450: CASH 400 − 450
            QVariantMap x = v.at(3).values;
            x.insert(QStringLiteral("amount"), QVariant::fromValue<qint64>(45000));
            r = fo.correct(t.admin, Registers::cashEntries(), v.at(3), x, QStringLiteral("typo"));
        }
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InputRejected);
        QVERIFY2(r.error().message.contains(QStringLiteral("below zero")), qPrintable(r.error().message));
        QCOMPARE(EntryStore(*t.book, Registers::cashEntries()).count({}).value(), before);
        QCOMPARE(CashBook(*t.book).balance(QStringLiteral("CASH"), d("2026-10-07")).value(), 210000);
    }

    void voucherRules_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("field");
        QTest::newRow("zero") << voucher("2026-10-07", "receipt", "CASH", 0, "FEES") << "amount";
        QTest::newRow("no head") << voucher("2026-10-07", "receipt", "CASH", 100, "") << "head";
        QTest::newRow("payment head on a receipt") << voucher("2026-10-07", "receipt", "CASH", 100, "SALARY") << "head";
        QTest::newRow("contra to itself") << voucher("2026-10-07", "contra", "CASH", 100, "", "CASH") << "to_account";
        QTest::newRow("contra without the other account") << voucher("2026-10-07", "contra", "CASH", 100, "") << "to_account";
        QTest::newRow("second account on a receipt") << voucher("2026-10-07", "receipt", "CASH", 100, "FEES", "SBI") << "to_account";
        QTest::newRow("before the account opened") << voucher("2026-09-30", "receipt", "PNB", 100, "FEES") << "date";
        QTest::newRow("unknown account") << voucher("2026-10-07", "receipt", "HDFC", 100, "FEES") << "account";
        QTest::newRow("future") << voucher("2026-11-23", "receipt", "CASH", 100, "FEES") << "date";
    }

    void voucherRules()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, field);
        auto charter = Charter::load(*t.book).value();
        QVariantMap x = values;
        const auto problems = EntryService::prepare(Registers::cashEntries(), x, charter);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().key, field);
        QVERIFY(!add(values).ok());
    }

    void accountsKeepTheirOpening()
    {
        MasterStore store(*t.book, Registers::cashAccounts());
        QVariantMap second{{QStringLiteral("code"), QStringLiteral("PETTY")}, {QStringLiteral("name_hi"), QStringLiteral("x")},
                           {QStringLiteral("name_en"), QStringLiteral("x")}, {QStringLiteral("kind"), QStringLiteral("cash")},
                           {QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(0)},
                           {QStringLiteral("opening_date"), d("2026-10-01")}};
        auto r = store.save(t.admin, second);
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("CASH")));  // the one cash in hand
        QVariantMap sbi = *store.find(QStringLiteral("SBI")).value();
        sbi.insert(QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(100));
        QVERIFY(!store.save(t.admin, sbi).ok());
        sbi.insert(QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(5000000));
        sbi.insert(QStringLiteral("name_en"), QStringLiteral("State Bank of India"));
        QVERIFY(store.save(t.admin, sbi).ok());  // the name may change
    }

    void accountsImportWithOneCashInHand()
    {
        TestBook fresh;
        QVERIFY(fresh.create());
        const QByteArray file = QByteArrayLiteral("code,name_hi,name_en,kind,opening_balance,opening_date\n"
                                                  "CASH,नकद,Cash,cash,\"1,250.50\",01-04-2026\n"
                                                  "SBI,एसबीआई,SBI,bank,Rs. 2,01-04-2026\n"
                                                  "PETTY,छोटा नकद,Petty cash,cash,0,01-04-2026\n");
        auto r = CsvTransfer::importData(*fresh.book, fresh.admin, Registers::cashAccounts(), file, QStringLiteral("a.csv"), false);
        QCOMPARE(r.value().problems.size(), 1);
        QVERIFY2(r.value().problems.first().startsWith(QStringLiteral("a.csv:4: kind: line 2 already names the cash in hand")),
                 qPrintable(r.value().problems.first()));
        QCOMPARE(MasterStore(*fresh.book, Registers::cashAccounts()).list().value().size(), 0);
    }

    void closingTheMonth()
    {
        // October 2026 of a small office, worked by hand:
        //   CASH: 1,000.00 + house tax 500.00 − deposit 1,000.00 = 500.00 (one ₹500 note in the box)
        //   SBI: 50,000.00 − works cheque 12,000.00 + deposit 1,000.00 = 39,000.00 in the book
        //   The statement: the cheque not yet presented, the deposit not yet credited, charges 50.00 and
        //   interest 120.00 not yet booked: 50,000.00 − 50.00 + 120.00 = 50,070.00
        //   = 39,000.00 + 12,000.00 − 1,000.00 − 50.00 + 120.00: no difference.
        TestBook m;
        QVERIFY(m.create());
        for (const auto &[code, kind, paise] : {std::tuple{"CASH", "cash", qint64(100000)}, std::tuple{"SBI", "bank", qint64(5000000)}})
            QVERIFY(MasterStore(*m.book, Registers::cashAccounts())
                        .save(m.admin, {{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("name_hi"), QString::fromLatin1(code)},
                                        {QStringLiteral("name_en"), QString::fromLatin1(code)}, {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                        {QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(paise)},
                                        {QStringLiteral("opening_date"), d("2026-10-01")}})
                        .ok());
        EntryService fo(*m.book);
        QVERIFY(fo.add(m.admin, Registers::cashEntries(), voucher("2026-10-05", "receipt", "CASH", 50000, "HOUSE-TAX")).ok());
        QVERIFY(fo.add(m.admin, Registers::cashEntries(), voucher("2026-10-10", "payment", "SBI", 1200000, "WORKS")).ok());
        QVERIFY(fo.add(m.admin, Registers::cashEntries(), voucher("2026-10-20", "contra", "CASH", 100000, "", "SBI")).ok());
        CashBook cb(*m.book);
        CashCount count;
        count.pieces = {{500, 1}};
        BankReconciliation sbi;
        sbi.account = QStringLiteral("SBI");
        sbi.statement = 5007000;
        sbi.chequesNotPresented = 1200000;
        sbi.depositsNotCredited = 100000;
        sbi.chargesNotBooked = 5000;
        sbi.interestNotBooked = 12000;
        User op = m.admin;
        op.role = Role::Operator;
        QCOMPARE(cb.closeMonth(op, QStringLiteral("2026-10"), count, {sbi}).error().code, ErrorCode::NotAllowed);
        QVERIFY(!cb.closeMonth(m.admin, QStringLiteral("2026-10"), count, {sbi}).ok());  // days not closed yet
        QVERIFY(cb.closeDays(m.admin, d("2026-10-31")).ok());
        QVERIFY(!cb.closeMonth(m.admin, QStringLiteral("2026-10"), count, {}).ok());  // SBI not reconciled
        CashCount short_ = count;
        short_.pieces = {{200, 2}};  // 400.00 against 500.00
        QVERIFY(cb.closeMonth(m.admin, QStringLiteral("2026-10"), short_, {sbi}).error().message.contains(QStringLiteral("100.00")));
        BankReconciliation off = sbi;
        off.statement = 5000000;  // 70.00 short of what the book explains
        QVERIFY(cb.closeMonth(m.admin, QStringLiteral("2026-10"), count, {off}).error().message.contains(QStringLiteral("-70.00")));
        CashCount odd = count;
        odd.pieces = {{3, 1}};
        QVERIFY(!cb.closeMonth(m.admin, QStringLiteral("2026-10"), odd, {sbi}).ok());  // no ₹3 note
        // A difference that is explained is accepted and kept with the month.
        short_.explanation = QStringLiteral("Rs 100 paid for tea on 31 Oct, voucher to follow");
        const MonthClosing closed = cb.closeMonth(m.admin, QStringLiteral("2026-10"), short_, {sbi}).value();
        QCOMPARE(closed.cashBook, 50000);
        QCOMPARE(closed.cashCounted, 40000);
        QCOMPARE(m.book->scalar(QStringLiteral("SELECT denominations FROM cash_months WHERE month = '2026-10'")).value().toString(),
                 QStringLiteral("200x2"));
        QCOMPARE(closed.banks.size(), 1);
        QCOMPARE(closed.banks.first().book, 3900000);
        QCOMPARE(closed.banks.first().expectedStatement(), 5007000);
        QCOMPARE(closed.banks.first().difference(), 0);
        QVERIFY(!cb.closeMonth(m.admin, QStringLiteral("2026-10"), count, {sbi}).ok());  // already closed
        const MonthClosing kept = cb.monthClosing(QStringLiteral("2026-10")).value();
        QCOMPARE(kept.count.pieces.value(200), 2);
        QCOMPARE(kept.count.explanation, short_.explanation);
        QCOMPARE(kept.banks.first().chequesNotPresented, 1200000);
        QCOMPARE(kept.banks.first().expectedStatement(), 5007000);
        QCOMPARE(kept.closedBy, QStringLiteral("admin"));
        QCOMPARE(cb.monthClosing(QStringLiteral("2026-09")).error().code, ErrorCode::NotFound);
        QVERIFY(!m.book->exec(QStringLiteral("DELETE FROM cash_months")).ok());
        QVERIFY(cb.closeDays(m.admin, d("2026-11-21")).ok());
        QVERIFY(!cb.closeMonth(m.admin, QStringLiteral("2026-11"), short_, {sbi}).ok());  // November is not over
        QVERIFY(AuditLog::verify(*m.book).value().ok);
    }

    void financialYearTurnover()
    {
        // Vouchers of 31 March and 1 April: new series, same balances carried across the year end.
        TestBook y;
        QVERIFY(y.create());
        QVERIFY(MasterStore(*y.book, Registers::cashAccounts())
                    .save(y.admin, {{QStringLiteral("code"), QStringLiteral("CASH")}, {QStringLiteral("name_hi"), QStringLiteral("नकद")},
                                    {QStringLiteral("name_en"), QStringLiteral("Cash")}, {QStringLiteral("kind"), QStringLiteral("cash")},
                                    {QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(100000)},
                                    {QStringLiteral("opening_date"), d("2026-03-01")}})
                    .ok());
        EntryService fo(*y.book);
        const Entry march = fo.add(y.admin, Registers::cashEntries(), voucher("2026-03-31", "receipt", "CASH", 25000, "FEES")).value();
        const Entry april = fo.add(y.admin, Registers::cashEntries(), voucher("2026-04-01", "payment", "CASH", 125000, "STATIONERY")).value();
        QCOMPARE(march.number, QStringLiteral("CB/2025-26/000001"));
        QCOMPARE(april.number, QStringLiteral("CB/2026-27/000001"));
        // 1,000 + 250 at the end of March; 1,250 − 1,250 = 0 on 1 April, not below zero.
        const MonthlyReport mar = MonthlyReport::compute(*y.book, QStringLiteral("2026-03")).value();
        const MonthlyReport apr = MonthlyReport::compute(*y.book, QStringLiteral("2026-04")).value();
        QCOMPARE(mar.cash.accounts.first().closing, 125000);
        QCOMPARE(apr.cash.accounts.first().opening, 125000);
        QCOMPARE(apr.cash.accounts.first().closing, 0);
        QVERIFY(!fo.add(y.admin, Registers::cashEntries(), voucher("2026-04-01", "payment", "CASH", 1, "STATIONERY")).ok());
    }

    void largestAmounts()
    {
        TestBook big;
        QVERIFY(big.create());
        QVERIFY(MasterStore(*big.book, Registers::cashAccounts())
                    .save(big.admin, {{QStringLiteral("code"), QStringLiteral("BANK")}, {QStringLiteral("name_hi"), QStringLiteral("बैंक")},
                                      {QStringLiteral("name_en"), QStringLiteral("Bank")}, {QStringLiteral("kind"), QStringLiteral("bank")},
                                      {QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(Money::kMaximum)},
                                      {QStringLiteral("opening_date"), d("2026-04-01")}})
                    .ok());
        for (int i = 0; i < 3; ++i)
            QVERIFY(EntryService(*big.book).add(big.admin, Registers::cashEntries(),
                                               voucher("2026-10-01", "receipt", "BANK", Money::kMaximum, "FC15-TIED")).ok());
        // Four times 99,99,99,99,999.99 = 3,99,99,99,99,99,999.96, exact in paise.
        QCOMPARE(CashBook(*big.book).balance(QStringLiteral("BANK"), d("2026-10-01")).value(), 4 * Money::kMaximum);
        QVERIFY(MonthlyReport::compute(*big.book, QStringLiteral("2026-10")).value().toJson().contains("\"closing\": \"399999999999.96\""));
    }

    void closingDays()
    {
        User op = t.admin;
        op.role = Role::Operator;
        CashBook cb(*t.book);
        QCOMPARE(cb.closeDays(op, d("2026-10-02")).error().code, ErrorCode::NotAllowed);
        QVERIFY(!cb.closeDays(t.admin, d("2026-11-23")).ok());  // tomorrow
        const auto days = cb.closeDays(t.admin, d("2026-10-02")).value();
        // 1 April to 2 October: 183 days to 30 September, and two more.
        QCOMPARE(days.size(), 185);
        QCOMPARE(days.first().date, d("2026-04-01"));
        QVERIFY(days.first().nil);
        QCOMPARE(days.first().closing, 5100000);
        const ClosedDay &oct2 = days.last();
        QVERIFY(!oct2.nil);
        QCOMPARE(oct2.closing, 5040000);  // CASH 100 + SBI 50,300 + PNB 0
        QCOMPARE(std::count_if(days.begin(), days.end(), [](const ClosedDay &c) { return !c.nil; }), 3);
        QCOMPARE(cb.lastClosedDay().value(), d("2026-10-02"));
        QVERIFY(!cb.closeDays(t.admin, d("2026-10-01")).ok());  // already closed

        // Nothing on or before a closed day can be written, changed or cancelled.
        EntryService fo(*t.book);
        auto onClosed = add(voucher("2026-10-02", "receipt", "CASH", 100, "FEES"));
        QCOMPARE(onClosed.error().code, ErrorCode::NotAllowed);
        QCOMPARE(fo.cancel(t.admin, Registers::cashEntries(), v.at(2), QStringLiteral("x")).error().code, ErrorCode::NotAllowed);
        QVariantMap moved = v.at(4).values;  // the 3 Oct receipt moved onto a closed day
        moved.insert(QStringLiteral("date"), d("2026-10-02"));
        QCOMPARE(fo.correct(t.admin, Registers::cashEntries(), v.at(4), moved, QStringLiteral("x")).error().code,
                 ErrorCode::NotAllowed);
        QVERIFY(!t.book->exec(QStringLiteral("DELETE FROM cash_days")).ok());

        // A closed day is corrected by a reversal dated today that points to the original.
        const Entry reversal = CashBook(*t.book).reverse(t.admin, v.at(2), QStringLiteral("bill returned")).value();
        QCOMPARE(reversal.text(QStringLiteral("type")), QStringLiteral("receipt"));
        QCOMPARE(reversal.date(QStringLiteral("date")), d("2026-11-22"));
        QCOMPARE(reversal.value(QStringLiteral("amount")).toLongLong(), 120000);
        QCOMPARE(reversal.text(QStringLiteral("reverses")), v.at(2).number);
        QCOMPARE(reversal.text(QStringLiteral("head")), QStringLiteral("STATIONERY"));
        QCOMPARE(CashBook(*t.book).balance(QStringLiteral("CASH"), d("2026-11-22")).value(), 330000);  // 2,100 + 1,200
        QVERIFY(AuditLog::verify(*t.book).value().ok);
    }
};

QTEST_GUILESS_MAIN(TestCash)
#include "tst_cash.moc"
