// The stock register: balances per item that never go below zero, quantities to three decimals, and the stock
// section of the monthly report, against figures worked out by hand.

#include "TestBook.h"
#include "registers/CsvTransfer.h"
#include "registers/EntryService.h"
#include "registers/StockBook.h"
#include "reports/MonthlyReport.h"

#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QVariantMap move(const char *date, const char *item, const char *type, const char *quantity)
{
    return {{QStringLiteral("date"), d(date)},
            {QStringLiteral("item_code"), QString::fromLatin1(item)},
            {QStringLiteral("type"), QString::fromLatin1(type)},
            {QStringLiteral("quantity"), QVariant::fromValue<qint64>(Fields::parseQuantity(QString::fromLatin1(quantity)).value())},
            {QStringLiteral("party"), QStringLiteral("भंडार")}};
}

}  // namespace

class TestStock : public QObject {
    Q_OBJECT
    TestBook t;
    QList<Entry> moves;

private slots:
    void quantities_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("thousandths");
        QTest::addColumn<QString>("shown");
        QTest::newRow("whole") << "12" << qint64(12000) << "12";
        QTest::newRow("one decimal") << "12.5" << qint64(12500) << "12.5";
        QTest::newRow("three decimals") << "0.125" << qint64(125) << "0.125";
        QTest::newRow("grouped") << "1,250.75" << qint64(1250750) << "1250.75";
        QTest::newRow("Devanagari digits") << "१२.५" << qint64(12500) << "12.5";
    }

    void quantities()
    {
        QFETCH(QString, text);
        QFETCH(qint64, thousandths);
        QFETCH(QString, shown);
        QCOMPARE(Fields::parseQuantity(text).value(), thousandths);
        QCOMPARE(Fields::quantityText(thousandths), shown);
    }

    void badQuantities()
    {
        QVERIFY(!Fields::parseQuantity(QStringLiteral("1.2345")).ok());
        QVERIFY(!Fields::parseQuantity(QStringLiteral("-3")).ok());
        QVERIFY(!Fields::parseQuantity(QStringLiteral("three")).ok());
    }

    void initTestCase()
    {
        QVERIFY(t.create());
        // Register paper: 40 reams counted on 1 October; cement: no opening stock, taken in on 1 October.
        const QByteArray items = QStringLiteral("code,name_hi,name_en,unit,kind,opening_qty,opening_date,rate\n"
                                                "PAPER,कागज़ रिम,Paper ream,रिम,consumable,40,01-10-2026,250\n"
                                                "CEMENT,सीमेंट,Cement,बोरी,consumable,0,01-10-2026,380\n"
                                                "CHAIR,कुर्सी,Chair,नग,asset,12,,\n").toUtf8();
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::stockItems(), items, QStringLiteral("i.csv"), false);
        QCOMPARE(r.value().problems.size(), 1);  // an opening of 12 chairs needs its date
        QVERIFY(r.value().problems.first().startsWith(QStringLiteral("i.csv:4: opening_date: ")));
        const QByteArray fixed = QStringLiteral("code,name_hi,name_en,unit,kind,opening_qty,opening_date,rate\n"
                                                "PAPER,कागज़ रिम,Paper ream,रिम,consumable,40,01-10-2026,250\n"
                                                "CEMENT,सीमेंट,Cement,बोरी,consumable,0,01-10-2026,380\n").toUtf8();
        QVERIFY(CsvTransfer::importData(*t.book, t.admin, Registers::stockItems(), fixed, QStringLiteral("i.csv"), false).value().ok());
        EntryService fo(*t.book);
        for (const QVariantMap &m : {move("2026-09-30", "PAPER", "receipt", "5"),  // refused below: before the opening
                                     move("2026-10-02", "PAPER", "issue", "12.5"),   // 27.5
                                     move("2026-10-05", "CEMENT", "receipt", "50"),  // 50
                                     move("2026-10-06", "CEMENT", "issue", "49.75"), // 0.25
                                     move("2026-10-20", "PAPER", "receipt", "10"),   // 37.5
                                     move("2026-11-02", "PAPER", "issue", "7.5")}) { // 30 (November)
            auto e = fo.add(t.admin, Registers::stockMoves(), m);
            if (m.value(QStringLiteral("date")).toDate() < d("2026-10-01")) {
                QVERIFY(!e.ok());
                QVERIFY(e.error().message.contains(QStringLiteral("01-10-2026")));
                continue;
            }
            QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
            moves += e.value();
        }
    }

    void balances()
    {
        StockBook sb(*t.book);
        QCOMPARE(sb.balance(QStringLiteral("PAPER"), d("2026-10-02")).value(), 27500);
        QCOMPARE(sb.balance(QStringLiteral("PAPER"), d("2026-10-31")).value(), 37500);
        QCOMPARE(sb.balance(QStringLiteral("CEMENT"), d("2026-10-31")).value(), 250);
        QCOMPARE(sb.balance(QStringLiteral("PAPER"), d("2026-11-22")).value(), 30000);
    }

    void neverBelowZero()
    {
        EntryService fo(*t.book);
        // A quarter bag of cement is left: a third of a bag cannot be issued.
        auto r = fo.add(t.admin, Registers::stockMoves(), move("2026-11-10", "CEMENT", "issue", "0.333"));
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(QStringLiteral("-0.083")), qPrintable(r.error().message));  // 0.25 − 0.333
        // Backdated: on 3 Oct there were 27.5 reams; issuing 28 then would go below zero even with later receipts.
        QVERIFY(!fo.add(t.admin, Registers::stockMoves(), move("2026-10-03", "PAPER", "issue", "28")).ok());
        // Cancelling the 50-bag receipt would leave the 49.75 issue uncovered.
        QVERIFY(!fo.cancel(t.admin, Registers::stockMoves(), moves.at(1), QStringLiteral("wrong")).ok());
        // Correcting the receipt down to 40 bags: the issue of 49.75 fails.
        QVariantMap less = moves.at(1).values;
        less.insert(QStringLiteral("quantity"), QVariant::fromValue<qint64>(40000));
        QVERIFY(!fo.correct(t.admin, Registers::stockMoves(), moves.at(1), less, QStringLiteral("count")).ok());
        QCOMPARE(StockBook(*t.book).balance(QStringLiteral("CEMENT"), d("2026-11-22")).value(), 250);
        // An item's opening is fixed once moves use it.
        MasterStore items(*t.book, Registers::stockItems());
        QVariantMap paper = *items.find(QStringLiteral("PAPER")).value();
        paper.insert(QStringLiteral("opening_qty"), QVariant::fromValue<qint64>(1000));
        QVERIFY(!items.save(t.admin, paper).ok());
    }

    void ledger()
    {
        // Paper in October: 40 counted on 1 Oct, 12.5 issued on 2 Oct, 10 received on 20 Oct.
        const StockBook::Ledger l = StockBook(*t.book).ledger(QStringLiteral("PAPER"), d("2026-10-01"), d("2026-10-31")).value();
        QCOMPARE(l.opening, 40000);
        QCOMPARE(l.moves.size(), 2);
        QCOMPARE(l.balances, (QList<qint64>{27500, 37500}));
        QCOMPARE(l.closing, 37500);
        const StockBook::Ledger nov = StockBook(*t.book).ledger(QStringLiteral("PAPER"), d("2026-11-01"), d("2026-11-22")).value();
        QCOMPARE(nov.opening, 37500);
        QCOMPARE(nov.closing, 30000);
    }

    void lowStock()
    {
        MasterStore items(*t.book, Registers::stockItems());
        QVariantMap paper = *items.find(QStringLiteral("PAPER")).value();
        paper.insert(QStringLiteral("low_level"), QVariant::fromValue<qint64>(31000));  // 31 reams
        QVERIFY(items.save(t.admin, paper).ok());
        const auto low = StockBook(*t.book).lowStock(d("2026-11-22")).value();  // 30 reams left
        QCOMPARE(low.size(), 1);
        QCOMPARE(low.first().code, QStringLiteral("PAPER"));
        QCOMPARE(low.first().balance, 30000);
        QCOMPARE(StockBook(*t.book).lowStock(d("2026-10-31")).value().size(), 0);  // 37.5 then
    }

    void fixedAssets()
    {
        MasterStore items(*t.book, Registers::stockItems());
        QVariantMap chair{{QStringLiteral("code"), QStringLiteral("CHAIR")}, {QStringLiteral("name_hi"), QStringLiteral("कुर्सी")},
                          {QStringLiteral("unit"), QStringLiteral("नग")}, {QStringLiteral("kind"), QStringLiteral("asset")},
                          {QStringLiteral("opening_qty"), QVariant::fromValue<qint64>(12000)},
                          {QStringLiteral("opening_date"), d("2026-04-01")},
                          {QStringLiteral("tag"), QStringLiteral("GP/F/001-012")},
                          {QStringLiteral("location"), QStringLiteral("पंचायत भवन, बैठक कक्ष")},
                          {QStringLiteral("condition"), QStringLiteral("good")}};
        QVERIFY(items.save(t.admin, chair).ok());
        QVariantMap off = chair;
        off.insert(QStringLiteral("condition"), QStringLiteral("unserviceable"));
        off.insert(QStringLiteral("written_off_on"), d("2026-11-20"));
        QVERIFY(!items.save(t.admin, off).ok());  // needs the authority
        off.insert(QStringLiteral("write_off_authority"), QStringLiteral("ग्राम सभा प्रस्ताव 7/2026"));
        QVERIFY(items.save(t.admin, off).ok());
        QCOMPARE(items.find(QStringLiteral("CHAIR")).value()->value(QStringLiteral("write_off_authority")).toString(),
                 QStringLiteral("ग्राम सभा प्रस्ताव 7/2026"));
        QVariantMap paper = *items.find(QStringLiteral("PAPER")).value();
        paper.insert(QStringLiteral("tag"), QStringLiteral("X-1"));
        QVERIFY(!items.save(t.admin, paper).ok());  // a consumable has no asset tag
    }

    void physicalVerification()
    {
        StockBook sb(*t.book);
        // On 22 Nov: CEMENT 0.25 bag, CHAIR 12 (written off but still in use in the master), PAPER 30 reams.
        const auto sheet = sb.sheet(d("2026-11-22")).value();
        QCOMPARE(sheet.size(), 3);
        QCOMPARE(sheet.at(2).item, QStringLiteral("PAPER"));
        QCOMPARE(sheet.at(2).book, 30000);
        QCOMPARE(sheet.at(2).counted, -1);
        QList<StockBook::Count> counts = {{QStringLiteral("CEMENT"), 250, QString(), 0},
                                          {QStringLiteral("CHAIR"), 12000, QString(), 0},
                                          {QStringLiteral("PAPER"), 29000, QString(), 0}};
        User op = t.admin;
        op.role = Role::Operator;
        QCOMPARE(sb.recordVerification(op, d("2026-11-22"), QStringLiteral("पंकज"), QStringLiteral("राजू"), counts).error().code,
                 ErrorCode::NotAllowed);
        QVERIFY(!sb.recordVerification(t.admin, d("2026-11-22"), QStringLiteral("राजू"), QStringLiteral("राजू"), counts).ok());
        QVERIFY(sb.recordVerification(t.admin, d("2026-11-22"), QStringLiteral("पंकज"), QStringLiteral("राजू"), counts)
                    .error().message.contains(QStringLiteral("29")));  // a ream short, unexplained
        QVERIFY(!sb.recordVerification(t.admin, d("2026-11-22"), QStringLiteral("पंकज"), QStringLiteral("राजू"), counts.mid(0, 2)).ok());
        counts[2].explanation = QStringLiteral("एक रिम भीगकर खराब");
        const auto done = sb.recordVerification(t.admin, d("2026-11-22"), QStringLiteral("पंकज"), QStringLiteral("राजू"), counts).value();
        QCOMPARE(done.at(2).book, 30000);
        QCOMPARE(done.at(2).counted, 29000);
        QVERIFY(!t.book->exec(QStringLiteral("DELETE FROM stock_verifications")).ok());
        QVERIFY(sb.recordVerification(t.admin, d("2026-11-22"), QStringLiteral("पंकज"), QStringLiteral("राजू"), counts)
                    .error().message.contains(QStringLiteral("already verified")));  // once a day
    }

    // An item taken on with no opening stock and no opening date is in the monthly report from its first receipt:
    // not in September, in October with 0 + 20 received, in November opening with the 20.
    void anItemWithoutAnOpeningIsReportedFromItsFirstMove()
    {
        TestBook b;
        QVERIFY(b.create());
        QVERIFY(MasterStore(*b.book, Registers::stockItems())
                    .save(b.admin, {{QStringLiteral("code"), QStringLiteral("BROOM")}, {QStringLiteral("name_hi"), QStringLiteral("झाड़ू")},
                                    {QStringLiteral("unit"), QStringLiteral("नग")}, {QStringLiteral("kind"), QStringLiteral("consumable")}})
                    .ok());
        QVERIFY(EntryService(*b.book).add(b.admin, Registers::stockMoves(), move("2026-10-12", "BROOM", "receipt", "20")).ok());
        QVERIFY(MonthlyReport::compute(*b.book, QStringLiteral("2026-09")).value().stock.isEmpty());
        const MonthlyReport oct = MonthlyReport::compute(*b.book, QStringLiteral("2026-10")).value();
        QCOMPARE(oct.stock.size(), 1);
        QCOMPARE(oct.stock.at(0).code, QStringLiteral("BROOM"));
        QCOMPARE(oct.stock.at(0).opening, 0);
        QCOMPARE(oct.stock.at(0).received, 20000);
        QCOMPARE(oct.stock.at(0).closing, 20000);
        const MonthlyReport nov = MonthlyReport::compute(*b.book, QStringLiteral("2026-11")).value();
        QCOMPARE(nov.stock.at(0).opening, 20000);
        QCOMPARE(nov.stock.at(0).closing, 20000);
    }

    void monthlySection()
    {
        MonthlyReport r = MonthlyReport::compute(*t.book, QStringLiteral("2026-10")).value();
        QCOMPARE(r.stock.size(), 3);  // by code: CEMENT, CHAIR (opened 1 April), PAPER
        QCOMPARE(r.stock.at(1).code, QStringLiteral("CHAIR"));
        QCOMPARE(r.stock.at(1).closing, 12000);
        r.stock.removeAt(1);
        QCOMPARE(r.stock.at(0).code, QStringLiteral("CEMENT"));
        QCOMPARE(r.stock.at(0).received, 50000);
        QCOMPARE(r.stock.at(0).issued, 49750);
        QCOMPARE(r.stock.at(0).closing, 250);
        QCOMPARE(r.stock.at(1).opening, 40000);
        QCOMPARE(r.stock.at(1).closing, 37500);
        QVERIFY(r.toJson().contains("{\"code\": \"PAPER\", \"opening\": \"40\", \"received\": \"10\", \"issued\": \"12.5\", \"closing\": \"37.5\"}"));
        const MonthlyReport nov = MonthlyReport::compute(*t.book, QStringLiteral("2026-11")).value();
        QCOMPARE(nov.stock.at(2).opening, 37500);
        QCOMPARE(nov.stock.at(2).issued, 7500);
        QCOMPARE(nov.stock.at(2).closing, 30000);
    }
};

QTEST_GUILESS_MAIN(TestStock)
#include "tst_stock.moc"
