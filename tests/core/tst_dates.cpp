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
        QTest::newRow("two-digit year, no today") << "05-04-26";
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
        QCOMPARE(Dates::parseTime(QStringLiteral("9.05")).value(), QTime(9, 5));
    }
    void spreadsheetTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("time");
        // As LibreOffice Calc writes a time cell in CSV (12-hour with seconds), and as clerks type it.
        QTest::newRow("calc morning") << "10:15:00 AM" << QTime(10, 15);
        QTest::newRow("calc afternoon") << "02:40:00 PM" << QTime(14, 40);
        QTest::newRow("noon") << "12:05:00 PM" << QTime(12, 5);
        QTest::newRow("midnight hour") << "12:30 AM" << QTime(0, 30);
        QTest::newRow("no seconds") << "10:15 AM" << QTime(10, 15);
        QTest::newRow("lower case, no space") << "6:30pm" << QTime(18, 30);
        QTest::newRow("dotted p.m.") << "6:30 p.m." << QTime(18, 30);
        QTest::newRow("dot between") << "18.30" << QTime(18, 30);
        QTest::newRow("24-hour with seconds") << "18:30:59" << QTime(18, 30);
        QTest::newRow("hindi afternoon") << "३:१५ अपराह्न" << QTime(15, 15);
        QTest::newRow("hindi morning") << "9:45 पूर्वाह्न" << QTime(9, 45);
    }
    void spreadsheetTimes()
    {
        QFETCH(QString, text);
        QFETCH(QTime, time);
        auto r = Dates::parseTime(text);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), time);
    }
    void timesRefused_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("13 PM") << "13:00 PM";
        QTest::newRow("0 AM") << "0:15 AM";
        QTest::newRow("seconds 60") << "10:15:60";
        QTest::newRow("minute 60") << "10:60";
        QTest::newRow("hour only") << "10";
        QTest::newRow("mixed words") << "10:15 baje";
    }
    void timesRefused()
    {
        QFETCH(QString, text);
        QVERIFY(!Dates::parseTime(text).ok());
    }
    void twoDigitYears_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDate>("date");  // invalid: refused
        // The rule on 7 December 2026: YY is 20YY from 2016 to 2027, refused otherwise.
        QTest::newRow("as a spreadsheet writes it") << "6/12/26" << QDate(2026, 12, 6);
        QTest::newRow("dots") << "06.12.26" << QDate(2026, 12, 6);
        QTest::newRow("ten years back") << "01-04-16" << QDate(2016, 4, 1);
        QTest::newRow("next year") << "31-03-27" << QDate(2027, 3, 31);
        QTest::newRow("eleven years back") << "31-12-15" << QDate();
        QTest::newRow("two years on") << "01-01-28" << QDate();
        QTest::newRow("last century") << "15-08-89" << QDate();
    }
    void twoDigitYears()
    {
        QFETCH(QString, text);
        QFETCH(QDate, date);
        const QDate today(2026, 12, 7);
        auto r = Dates::parse(text, today);
        QCOMPARE(r.ok(), date.isValid());
        if (date.isValid())
            QCOMPARE(r.value(), date);
        else
            QVERIFY(r.error().message.contains(QStringLiteral("four digits")));
        QVERIFY(!Dates::parse(QStringLiteral("15-08-989"), today).ok());
        // Without a today (a date of birth), every two-digit year is refused.
        QVERIFY(!Dates::parse(text).ok());
        // Four digits are always read.
        QCOMPARE(Dates::parse(QStringLiteral("6/12/2026")).value(), QDate(2026, 12, 6));
    }
    void collapsedSpaces()
    {
        using gd::text::collapseSpaces;
        QCOMPARE(collapseSpaces(QStringLiteral("रामेश्वर   प्रसाद   यादव")), QStringLiteral("रामेश्वर प्रसाद यादव"));
        QCOMPARE(collapseSpaces(QStringLiteral("  a \u00A0 b  ")), QStringLiteral("a b"));
        QCOMPARE(collapseSpaces(QStringLiteral("line one   \n   line  two")), QStringLiteral("line one\nline two"));
        QCOMPARE(collapseSpaces(QStringLiteral("a\n\nb")), QStringLiteral("a\n\nb"));
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
