#include "base/Dates.h"
#include "base/Text.h"

#include <QTest>

using gd::Dates;

class TestDates : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");
        QTest::newRow("iso") << "2026-04-05" << QDate(2026, 4, 5);
        QTest::newRow("dashes") << "05-04-2026" << QDate(2026, 4, 5);
        QTest::newRow("slashes") << "05/04/2026" << QDate(2026, 4, 5);
        QTest::newRow("dots") << "05.04.2026" << QDate(2026, 4, 5);
        QTest::newRow("single digits") << "5-4-2026" << QDate(2026, 4, 5);
        QTest::newRow("leap day") << "29-02-2024" << QDate(2024, 2, 29);
        QTest::newRow("devanagari") << "०५-०४-२०२६" << QDate(2026, 4, 5);
        QTest::newRow("day first, always") << "12/01/2026" << QDate(2026, 1, 12);
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        auto r = Dates::parse(text);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), date);
    }
    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("not leap") << "29-02-2025";
        QTest::newRow("month 13") << "01-13-2026";
        QTest::newRow("day 32") << "32-01-2026";
        QTest::newRow("mixed separators") << "05-04/2026";
        QTest::newRow("two-digit year") << "05-04-26";
        QTest::newRow("words") << "fifth april";
        QTest::newRow("empty") << "";
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Dates::parse(text).ok());
    }
    void display()
    {
        QCOMPARE(Dates::display(QDate(2026, 4, 5)), QStringLiteral("05-04-2026"));
        QCOMPARE(Dates::display(QDate(2026, 4, 5), true), QStringLiteral("०५-०४-२०२६"));
        QCOMPARE(Dates::iso(QDate(2026, 4, 5)), QStringLiteral("2026-04-05"));
        QCOMPARE(Dates::iso(QDate(2031, 12, 31)), QStringLiteral("2031-12-31"));
        QCOMPARE(Dates::iso(QDate(987, 10, 20)), QStringLiteral("0987-10-20"));
        QCOMPARE(Dates::iso(QDate(9999, 1, 9)), QStringLiteral("9999-01-09"));
        QCOMPARE(Dates::iso(QDate()), QString());
        QVERIFY(Dates::iso(QDate()).isNull());
    }
    void financialYear_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<QString>("year");
        QTest::newRow("31 March") << QDate(2026, 3, 31) << "2025-26";
        QTest::newRow("1 April") << QDate(2026, 4, 1) << "2026-27";
        QTest::newRow("31 December") << QDate(2026, 12, 31) << "2026-27";
        QTest::newRow("1 January") << QDate(2027, 1, 1) << "2026-27";
        QTest::newRow("century turn") << QDate(2099, 6, 1) << "2099-00";
        QTest::newRow("leap day") << QDate(2028, 2, 29) << "2027-28";
    }
    void financialYear()
    {
        QFETCH(QDate, date);
        QFETCH(QString, year);
        QCOMPARE(Dates::financialYear(date), year);
    }
    void time()
    {
        QCOMPARE(Dates::parseTime(QStringLiteral("09:05")).value(), QTime(9, 5));
        QCOMPARE(Dates::parseTime(QStringLiteral("१४:३०")).value(), QTime(14, 30));
        QVERIFY(!Dates::parseTime(QStringLiteral("24:00")).ok());
        QVERIFY(!Dates::parseTime(QStringLiteral("9.05")).ok());
    }
    void textRules()
    {
        // "क" + nukta (two code points) becomes the precomposed form only where Unicode says so;
        // NFC at least joins a decomposed Latin é.
        QCOMPARE(gd::text::normalized(QStringLiteral("  Re\u0301ma ")), QStringLiteral("R\u00E9ma"));
        QCOMPARE(gd::text::toDevanagariDigits(QStringLiteral("LGD 9")), QStringLiteral("LGD ९"));
        QCOMPARE(gd::text::toAsciiDigits(QStringLiteral("१२३")), QStringLiteral("123"));
    }
};

QTEST_GUILESS_MAIN(TestDates)
#include "tst_dates.moc"
