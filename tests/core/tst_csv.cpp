// CSV as offices save it from spreadsheets: encodings, separators, quoting, and the all-or-nothing import
// that reports every bad row as FILE:LINE: COLUMN: message.

#include "base/Csv.h"
#include "TestBook.h"
#include "registers/CsvTransfer.h"
#include "registers/EntryStore.h"
#include "registers/EntryService.h"
#include "registers/Masters.h"
#include "registers/SearchIndex.h"

#include <QStringEncoder>
#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

QByteArray utf16(const QString &text, bool littleEndian)
{
    QStringEncoder enc(littleEndian ? QStringEncoder::Utf16LE : QStringEncoder::Utf16BE);
    return (littleEndian ? QByteArrayLiteral("\xFF\xFE") : QByteArrayLiteral("\xFE\xFF")) + QByteArray(enc(text));
}

}  // namespace

class TestCsv : public QObject {
    Q_OBJECT

private slots:
    void readsEveryEncodingAndSeparator_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("encoding");
        const QString text = QStringLiteral("Name,Village\r\nरमेश,\"पूरे, तिवारी\"\r\n\"सीता \"\"देवी\"\"\",कटरा\r\n");
        QTest::newRow("utf-8") << text.toUtf8() << "UTF-8";
        QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << "UTF-8 with BOM";
        QTest::newRow("utf-16le") << utf16(text, true) << "UTF-16";
        QTest::newRow("utf-16be") << utf16(text, false) << "UTF-16";
        QString semicolon = text;
        semicolon.replace(QStringLiteral("Name,Village"), QStringLiteral("Name;Village"))
            .replace(QStringLiteral("रमेश,"), QStringLiteral("रमेश;"))
            .replace(QStringLiteral("\",कटरा"), QStringLiteral("\";कटरा"));
        QTest::newRow("semicolon, LF") << semicolon.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).toUtf8() << "UTF-8";
        QString tab = text;
        tab.replace(QStringLiteral("Name,Village"), QStringLiteral("Name\tVillage"))
            .replace(QStringLiteral("रमेश,"), QStringLiteral("रमेश\t"))
            .replace(QStringLiteral("\",कटरा"), QStringLiteral("\"\tकटरा"));
        QTest::newRow("tab") << tab.toUtf8() << "UTF-8";
    }

    void readsEveryEncodingAndSeparator()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, encoding);
        auto t = csv::Reader::read(bytes, QStringLiteral("people.csv"));
        QVERIFY2(t.ok(), qPrintable(t.ok() ? QString() : t.error().message));
        QCOMPARE(t.value().encoding, encoding);
        QCOMPARE(t.value().header, (QStringList{QStringLiteral("name"), QStringLiteral("village")}));
        QCOMPARE(t.value().rows.size(), 2);
        QCOMPARE(t.value().rows.at(0), (QStringList{QStringLiteral("रमेश"), QStringLiteral("पूरे, तिवारी")}));
        QCOMPARE(t.value().rows.at(1), (QStringList{QStringLiteral("सीता \"देवी\""), QStringLiteral("कटरा")}));
        QCOMPARE(t.value().lines, (QList<int>{2, 3}));
    }

    void refusesWhatIsNotText()
    {
        // "Ramesh,Kaṭrā" saved as Latin-1 by an old spreadsheet: not UTF-8.
        auto t = csv::Reader::read(QByteArrayLiteral("name,village\nRamesh,Katr\xE4\n"), QStringLiteral("old.csv"));
        QVERIFY(!t.ok());
        QCOMPARE(t.error().code, ErrorCode::InputRejected);
        QVERIFY(t.error().message.contains(QStringLiteral("CSV UTF-8")));
        auto open = csv::Reader::read(QByteArrayLiteral("name\n\"never closed\n"), QStringLiteral("q.csv"));
        QVERIFY(!open.ok());
        QVERIFY(open.error().message.startsWith(QStringLiteral("q.csv:2:")));
        QVERIFY(!csv::Reader::read(QByteArray(), QStringLiteral("e.csv")).ok());
        // UTF-16 with half a surrogate pair is damaged text, refused as such (found by fuzz_csv).
        auto half = csv::Reader::read(QByteArrayLiteral("\xff\xfen\0a\0m\0e\0\n\0\x6e\xdd\n\0"), QStringLiteral("h.csv"));
        QVERIFY(!half.ok());
        QCOMPARE(half.error().message, QString(t.error().message).replace(QStringLiteral("old.csv"), QStringLiteral("h.csv")));
        // A first row of a vertical tab and spaces names no column (found by fuzz_csv).
        auto blank = csv::Reader::read(QByteArrayLiteral("\x0b , \n1,2\n"), QStringLiteral("blank.csv"));
        QVERIFY(!blank.ok());
        QCOMPARE(blank.error().message, QStringLiteral("blank.csv is empty. The first row must name the columns."));
    }

    void quotedLineBreaksKeepLineNumbers()
    {
        auto t = csv::Reader::read(QByteArrayLiteral("a,b\n1,\"two\nlines\"\n3,4\n\n5,6\n"), QStringLiteral("x.csv"));
        QVERIFY(t.ok());
        QCOMPARE(t.value().rows.size(), 3);
        QCOMPARE(t.value().rows.at(0).at(1), QStringLiteral("two\nlines"));
        QCOMPARE(t.value().lines, (QList<int>{2, 4, 6}));
    }

    void exportIsFormulaSafeAndImportUndoesIt()
    {
        TestBook t;
        QVERIFY(t.create());
        const QByteArray in = QStringLiteral("date,time_in,name,purpose,suggestion\n"
                                             "2026-11-20,10:00,\"'=HYPERLINK(\"\"x\"\")\",enquiry,+1 more chairs\n"
                                             "2026-11-21,11:30,'@sita,meeting,-\n")
                                  .toUtf8();
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::visitors(), in, QStringLiteral("v.csv"), false);
        QVERIFY(r.ok());
        QVERIFY2(r.value().ok(), qPrintable(r.value().problems.join(u'\n')));
        QCOMPARE(r.value().written, 2);
        const auto second = EntryStore(*t.book, Registers::visitors()).current(QStringLiteral("VIS/2026-27/000002")).value();
        QCOMPARE(second.text(QStringLiteral("name")), QStringLiteral("@sita"));
        auto out = CsvTransfer::exportData(*t.book, t.admin, Registers::visitors(), {}, {});
        QVERIFY(out.ok());
        const QByteArray bytes = out.value();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "number,date,time_in,time_out,name,"));
        QVERIFY(bytes.contains("\"'=HYPERLINK(\"\"x\"\")\""));
        QVERIFY(bytes.contains(",'+1 more chairs,"));
        QVERIFY(bytes.contains(",'@sita,"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(!bytes.contains("\n\n"));
        // Date range of the export.
        auto one = CsvTransfer::exportData(*t.book, t.admin, Registers::visitors(), QDate(2026, 11, 21), QDate(2026, 11, 21));
        QCOMPARE(one.value().count("\r\n"), 2);
    }

    // A visitors sheet typed in LibreOffice Calc with real date and time cells, saved as CSV
    // (tests/data/visitors-calc.fods, made by make_visitors_calc.py): Calc writes "16/11/26" and "02:40:00 PM".
    void aCalcSheetWithTwelveHourTimesAndShortYearsComesIn()
    {
        TestBook t;
        QVERIFY(t.create());
        QFile file(QStringLiteral(GRAMDESK_TEST_DATA "/visitors-calc.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.contains("16/11/26,10:15:00 AM,11:05:00 AM,"));  // the file is as Calc wrote it
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::visitors(), bytes, QStringLiteral("visitors-calc.csv"), false);
        QVERIFY(r.ok());
        QVERIFY2(r.value().ok(), qPrintable(r.value().problems.join(u'\n')));
        QCOMPARE(r.value().written, 5);
        EntryStore store(*t.book, Registers::visitors());
        const auto first = store.current(QStringLiteral("VIS/2026-27/000001")).value();
        QCOMPARE(first.date(QStringLiteral("date")), QDate(2026, 11, 16));
        QCOMPARE(first.value(QStringLiteral("time_in")).toTime(), QTime(10, 15));
        QCOMPARE(first.value(QStringLiteral("time_out")).toTime(), QTime(11, 5));
        QCOMPARE(first.text(QStringLiteral("name")), QStringLiteral("रामेश्वर प्रसाद यादव"));  // three spaces each, typed
        const auto second = store.current(QStringLiteral("VIS/2026-27/000002")).value();
        QCOMPARE(second.value(QStringLiteral("time_in")).toTime(), QTime(14, 40));  // 02:40:00 PM
        QVERIFY(second.value(QStringLiteral("time_out")).isNull());
        const auto noon = store.current(QStringLiteral("VIS/2026-27/000004")).value();
        QCOMPARE(noon.value(QStringLiteral("time_in")).toTime(), QTime(12, 0));  // 12:00:00 PM is noon
        QCOMPARE(noon.text(QStringLiteral("mobile")), QStringLiteral("9415012345"));
        const auto last = store.current(QStringLiteral("VIS/2026-27/000005")).value();
        QCOMPARE(last.date(QStringLiteral("date")), QDate(2026, 11, 20));
        QCOMPARE(last.value(QStringLiteral("time_out")).toTime(), QTime(17, 10));  // 05:10:00 PM

        // A two-digit year outside 2016–2027 (the book's today is 22-11-2026) is refused with the rule, by line.
        QByteArray old = bytes.left(bytes.indexOf('\n') + 1);
        old += "16/11/98,10:15:00 AM,,Old Entry,,,,enquiry,,,,,\n";
        auto refused = CsvTransfer::importData(*t.book, t.admin, Registers::visitors(), old, QStringLiteral("old.csv"), false);
        QVERIFY(refused.ok());
        QCOMPARE(refused.value().written, 0);
        QCOMPARE(refused.value().problems.size(), 1);
        QVERIFY2(refused.value().problems.first().contains(QStringLiteral("2016 to 2027")), qPrintable(refused.value().problems.first()));
    }

    // What a form's field accepts, as clerks type it (the book's today is 22-11-2026).
    void formsReadDatesAndTimesAsPeopleWriteThem()
    {
        const RegisterDef &v = Registers::visitors();
        const QDate today(2026, 11, 22);
        QCOMPARE(Fields::parse(*v.field(QStringLiteral("time_in")), QStringLiteral("18.30"), today).value().toTime(), QTime(18, 30));
        QCOMPARE(Fields::parse(*v.field(QStringLiteral("time_in")), QStringLiteral("10:15 AM"), today).value().toTime(), QTime(10, 15));
        QCOMPARE(Fields::parse(*v.field(QStringLiteral("date")), QStringLiteral("6/11/26"), today).value().toDate(), QDate(2026, 11, 6));
        QCOMPARE(Fields::parse(*v.field(QStringLiteral("date")), QStringLiteral("06.11.2026"), today).value().toDate(), QDate(2026, 11, 6));
        // 6/12/26 is after today there.
        QVERIFY(!Fields::parse(*v.field(QStringLiteral("date")), QStringLiteral("6/12/26"), today).ok());
        // A date of birth takes no two-digit year: "01-01-20" may be 1920 or 2020.
        const FieldDef &born = *Registers::familyMembers().field(QStringLiteral("birth_date"));
        auto twenty = Fields::parse(born, QStringLiteral("01-01-20"), today);
        QVERIFY(!twenty.ok());
        QVERIFY(twenty.error().message.contains(QStringLiteral("write the year in four digits")));
        QCOMPARE(Fields::parse(born, QStringLiteral("01-01-1920"), today).value().toDate(), QDate(1920, 1, 1));
        // Repeated spaces inside a name are stored as one.
        QCOMPARE(Fields::parse(*v.field(QStringLiteral("name")), QStringLiteral("  रामेश्वर   प्रसाद  "), today).value().toString(),
                 QStringLiteral("रामेश्वर प्रसाद"));
    }

    void utf8WithBomAndUtf16ImportIdentically()
    {
        const QString text = QStringLiteral(
            "complaint_no;received_on;mode;complainant_name;relative_name;village;mobile;category_code;description;status;disposed_on;satisfied\r\n"
            ";20.11.2026;in_person;रमेश कुमार;श्याम लाल;पूरे तिवारी;+919876543210;water;\"हैंडपंप खराब; पानी नहीं\";received;;\r\n"
            "CMP/2025-26/000045;02/03/2026;letter;Sita Devi;Ram Prasad;Katra;09876501234;roads;Road broken;disposed;15-03-2026;yes\r\n");
        QByteArray exports[2];
        for (int i = 0; i < 2; ++i) {
            TestBook t;
            QVERIFY(t.create());
            const QByteArray bytes = i == 0 ? QByteArray("\xEF\xBB\xBF" + text.toUtf8()) : utf16(text, true);
            auto r = CsvTransfer::importData(*t.book, t.admin, Registers::complaints(), bytes, QStringLiteral("c.csv"), false);
            QVERIFY(r.ok());
            QVERIFY2(r.value().ok(), qPrintable(r.value().problems.join(u'\n')));
            QCOMPARE(r.value().written, 2);
            exports[i] = CsvTransfer::exportData(*t.book, t.admin, Registers::complaints(), {}, {}).value();
        }
        QCOMPARE(exports[0], exports[1]);
        // Applied in date order: the March complaint keeps its own number; the November one gets the first
        // number of 2026-27. Due dates: Mon 2 Mar + 30 working days; Fri 20 Nov + 2 → Sat 21, Mon 23.
        const QString csvText = QString::fromUtf8(exports[0]);
        QVERIFY(csvText.contains(QStringLiteral("CMP/2025-26/000045,2026-03-02,letter,,Sita Devi,Ram Prasad,Katra,9876501234,ROADS,Road broken,,disposed,2026-03-15,,yes,")));
        QVERIFY(csvText.contains(QStringLiteral("CMP/2026-27/000001,2026-11-20,in_person,,रमेश कुमार,श्याम लाल,पूरे तिवारी,9876543210,WATER,\"हैंडपंप खराब; पानी नहीं\",,received,,,,")));
        QVERIFY(csvText.contains(QStringLiteral(",2026-11-23,no\r\n")));
    }

    void badRowsAreAllReportedAndNothingIsWritten()
    {
        TestBook t;
        QVERIFY(t.create());
        const QString longText(10000, u'क');
        const QStringList lines = {
            QStringLiteral("date,time_in,time_out,name,relative_name,village,mobile,purpose,service_code,met_whom,outcome,service_time_rating,behaviour_rating,suggestion,cancelled"),
            QStringLiteral("2026-11-20,10:00,,Good Row,,,,enquiry,,,,,,,"),                        // 2 good
            QStringLiteral("2026-11-23,10:00,,Tomorrow,,,,enquiry,,,,,,,"),                        // 3 future date
            QStringLiteral("2026-02-30,10:00,,Impossible,,,,enquiry,,,,,,,"),                      // 4 impossible date
            QStringLiteral("2026-11-20,10:00,,,,,,enquiry,,,,,,,"),                                // 5 no name
            QStringLiteral("2026-11-20,25:61,,Bad Time,,,,enquiry,,,,,,,"),                        // 6 bad time
            QStringLiteral("2026-11-20,11:00,10:00,Out Before In,,,,enquiry,,,,,,,"),             // 7 time out < in
            QStringLiteral("2026-11-20,10:00,,Short Mobile,,,98765,enquiry,,,,,,,"),               // 8 mobile short
            QStringLiteral("2026-11-20,10:00,,Mobile Five,,,5876543210,enquiry,,,,,,,"),           // 9 mobile 5…
            QStringLiteral("2026-11-20,10:00,,Bad Purpose,,,,shopping,,,,,,,"),                    // 10 purpose
            QStringLiteral("2026-11-20,10:00,,Bad Service,,,,service,NOPE,,,,,,"),                 // 11 service code
            QStringLiteral("2026-11-20,10:00,10:30,Rating Six,,,,enquiry,,,,6,,,"),                // 12 rating 6
            QStringLiteral("2026-11-20,10:00,10:30,Rating Text,,,,enquiry,,,,,good,,"),           // 13 rating text
            QStringLiteral("2026-11-20,10:00,,Bad Outcome,,,,enquiry,,,finished,,,,"),            // 14 outcome
            QStringLiteral("2026-11-20,10:00,,Control\x07" "Char,,,,enquiry,,,,,,,"),                 // 15 control char
            QStringLiteral("2026-11-20,10:00,,Long,,,,enquiry,,,,,,") + longText + u',',          // 16 too long
            QStringLiteral("2026-11-20,10:00,,Extra Cells,,,,enquiry,,,,,,,,surplus"),            // 17 cells
            QStringLiteral(",10:00,,No Date,,,,enquiry,,,,,,,"),                                   // 18 no date
            QStringLiteral("2026-11-20,,,No Time,,,,enquiry,,,,,,,"),                              // 19 no time in
            QStringLiteral("2026-11-20,10:00,,Was Cancelled,,,,enquiry,,,,,,,yes"),               // 20 cancelled
            QStringLiteral("2026-11-20,10:00,10:30,Rating Zero,,,,enquiry,,,,0,,,"),               // 21 rating 0
            QStringLiteral("11/31/2026,10:00,,Month First,,,,enquiry,,,,,,,"),                     // 22 month-first date
            QStringLiteral("1899-12-31,10:00,,Too Old,,,,enquiry,,,,,,,"),                         // 23 too old
            QStringLiteral("2026-11-21,10:00,,Also Good,,,,meeting,,,,,,,"),                       // 24 good
        };
        const QByteArray bytes = lines.join(QStringLiteral("\r\n")).toUtf8();
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::visitors(), bytes, QStringLiteral("visits.csv"), false);
        QVERIFY(r.ok());
        const QStringList expected = {
            QStringLiteral("visits.csv:3: date:"),        QStringLiteral("visits.csv:4: date:"),
            QStringLiteral("visits.csv:5: name:"),        QStringLiteral("visits.csv:6: time_in:"),
            QStringLiteral("visits.csv:7: time_out:"),    QStringLiteral("visits.csv:8: mobile:"),
            QStringLiteral("visits.csv:9: mobile:"),      QStringLiteral("visits.csv:10: purpose:"),
            QStringLiteral("visits.csv:11: service_code:"), QStringLiteral("visits.csv:12: service_time_rating:"),
            QStringLiteral("visits.csv:13: behaviour_rating:"), QStringLiteral("visits.csv:14: outcome:"),
            QStringLiteral("visits.csv:15: name:"),       QStringLiteral("visits.csv:16: suggestion:"),
            QStringLiteral("visits.csv:17: -:"),          QStringLiteral("visits.csv:18: date:"),
            QStringLiteral("visits.csv:19: time_in:"),    QStringLiteral("visits.csv:20: cancelled:"),
            QStringLiteral("visits.csv:21: service_time_rating:"), QStringLiteral("visits.csv:22: date:"),
            QStringLiteral("visits.csv:23: date:"),
        };
        const QStringList problems = r.value().problems;
        QVERIFY2(problems.size() == expected.size(), qPrintable(problems.mid(12).join(u'\n')));
        for (int i = 0; i < expected.size(); ++i)
            QVERIFY2(problems.at(i).startsWith(expected.at(i) + u' '), qPrintable(problems.at(i)));
        QVERIFY(problems.at(0).contains(QStringLiteral("after today")));
        QVERIFY(problems.at(5).contains(QStringLiteral("10 digits")));
        QVERIFY(problems.at(13).contains(QStringLiteral("at most 2000")));
        QCOMPARE(r.value().written, 0);
        QCOMPARE(EntryStore(*t.book, Registers::visitors()).count({}).value(), 0);
    }

    void headerProblemsStopBeforeRows()
    {
        TestBook t;
        QVERIFY(t.create());
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::applications(),
                                         QByteArrayLiteral("service_code,recieved_on,applicant_name\nFAMREG-COPY,2026-11-20,x\n"),
                                         QStringLiteral("a.csv"), false);
        QVERIFY(r.ok());
        QCOMPARE(r.value().problems.size(), 2);
        QVERIFY(r.value().problems.at(0).startsWith(QStringLiteral("a.csv:1: recieved_on: unknown column")));
        QVERIFY(r.value().problems.at(1).startsWith(QStringLiteral("a.csv:1: received_on: ")));
    }

    void numbersAndCodesAreUnique()
    {
        TestBook t;
        QVERIFY(t.create());
        const QByteArray first = QByteArrayLiteral(
            "application_no,service_code,received_on,applicant_name,status,closed_on\n"
            "APP/2026-27/000007,FAMREG-COPY,2026-11-02,Sita,delivered,2026-11-04\n");
        QVERIFY(CsvTransfer::importData(*t.book, t.admin, Registers::applications(), first, QStringLiteral("a.csv"), false)
                    .value()
                    .ok());
        const QByteArray again = QByteArrayLiteral(
            "application_no,service_code,received_on,applicant_name,status,closed_on\n"
            "APP/2026-27/000007,FAMREG-COPY,2026-11-03,Gita,,\n"
            "APP/2026-27/000009,FAMREG-COPY,2026-11-03,Mohan,,\n"
            "APP/2026-27/000009,FAMREG-COPY,2026-11-03,Sohan,,\n"
            ",FAMREG-COPY,2026-11-03,Rohan,rejected,2026-11-01\n");
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::applications(), again, QStringLiteral("b.csv"), false);
        QCOMPARE(r.value().problems.size(), 3);
        QVERIFY(r.value().problems.at(0).startsWith(QStringLiteral("b.csv:2: application_no: APP/2026-27/000007 is already")));
        QVERIFY(r.value().problems.at(1).startsWith(QStringLiteral("b.csv:4: application_no: APP/2026-27/000009 is also on line 3")));
        QVERIFY(r.value().problems.at(2).startsWith(QStringLiteral("b.csv:5: closed_on: ")));
        QCOMPARE(EntryStore(*t.book, Registers::applications()).count({}).value(), 1);
        // The next number after an imported one continues from it.
        const QByteArray next = QByteArrayLiteral("service_code,received_on,applicant_name\nFAMREG-COPY,2026-11-05,Gita\n");
        QVERIFY(CsvTransfer::importData(*t.book, t.admin, Registers::applications(), next, QStringLiteral("c.csv"), false)
                    .value()
                    .ok());
        QVERIFY(EntryStore(*t.book, Registers::applications()).current(QStringLiteral("APP/2026-27/000008")).ok());
    }

    void mastersImportAddsAndUpdates()
    {
        TestBook t;
        QVERIFY(t.create());
        const QByteArray services = QStringLiteral(
            "Code\tName_HI\tname_en\ttime_limit_days\tday_kind\tfee\n"
            "FAMREG-COPY\tपरिवार रजिस्टर की प्रतिलिपि\tCopy of family register\t5\tcalendar\t₹1,234.50\n"
            "TRADE\tव्यापार अनुज्ञा\tTrade licence\t15\t\tRs. 1,00,000\n").toUtf8();
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::services(), services, QStringLiteral("s.csv"), false);
        QVERIFY2(r.value().ok(), qPrintable(r.value().problems.join(u'\n')));
        MasterStore store(*t.book, Registers::services());
        QCOMPARE(store.list().value().size(), 13);
        const auto copy = *store.find(QStringLiteral("FAMREG-COPY")).value();
        QCOMPARE(copy.value(QStringLiteral("time_limit_days")).toInt(), 5);
        QCOMPARE(copy.value(QStringLiteral("fee")).toLongLong(), 123450);
        QCOMPARE(copy.value(QStringLiteral("day_kind")).toString(), QStringLiteral("calendar"));
        const auto trade = *store.find(QStringLiteral("TRADE")).value();
        QCOMPARE(trade.value(QStringLiteral("fee")).toLongLong(), 10000000);
        QCOMPARE(trade.value(QStringLiteral("day_kind")).toString(), QStringLiteral("working"));
        const QByteArray holidays = QByteArrayLiteral("date,name\n26-01-2027,Republic Day\n15.08.2027,Independence Day\n26/01/2027,again\n");
        auto h = CsvTransfer::importData(*t.book, t.admin, Registers::holidays(), holidays, QStringLiteral("h.csv"), false);
        QCOMPARE(h.value().problems.size(), 1);
        QVERIFY(h.value().problems.first().startsWith(QStringLiteral("h.csv:4: date: 2027-01-26 is also on line 2")));
        QCOMPARE(MasterStore(*t.book, Registers::holidays()).list().value().size(), 0);
        // An operator may not change the masters.
        User op = t.admin;
        op.role = Role::Operator;
        auto denied = CsvTransfer::importData(*t.book, op, Registers::holidays(), QByteArrayLiteral("date\n2027-01-26\n"),
                                              QStringLiteral("h.csv"), false);
        QVERIFY(!denied.ok());
        QCOMPARE(denied.error().code, ErrorCode::NotAllowed);
    }

    void vitalEventsImportPerContract()
    {
        TestBook t;
        QVERIFY(t.create());
        const QByteArray file = QStringLiteral(
            "event_type,event_date,reported_on,name,sex,father_name,mother_name,spouse_name,age_years,place_type,place_name,"
            "address,informant_name,informant_relation,informant_mobile,late_fee_receipt,permission_ref,crs_application_no,"
            "crs_registration_no,crs_registered_on,certificate_issued_on,certificate_issued_to,remarks\n"
            "birth,01-10-2026,27-10-2026,,female,राम,सीता,,,home,,कटरा,राम,पिता,9876543210,R-17,,,,,,,\n"
            "death,2026-09-01,2026-11-10,,male,,,,80,home,,,पुत्र,,,,,,,,,,\n"
            "death,2025-01-01,2026-01-02,शिव,male,,,,80,home,,,पुत्र,,,,,,D-2026:09-1,2026-01-05,,,\n"
            "birth,2026-11-01,2026-10-30,x,female,a,b,,,home,,,c,,,,,,,,,,\n").toUtf8();
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::vitalEvents(), file, QStringLiteral("ve.csv"), false);
        QVERIFY(r.ok());
        const QStringList p = r.value().problems;
        QCOMPARE(p.size(), 3);
        QVERIFY2(p.at(0).startsWith(QStringLiteral("ve.csv:3: name: ")), qPrintable(p.at(0)));            // a death needs the name
        QVERIFY2(p.at(1).startsWith(QStringLiteral("ve.csv:4: permission_ref: ")), qPrintable(p.at(1)));  // 366 days: order
        QVERIFY2(p.at(2).startsWith(QStringLiteral("ve.csv:5: reported_on: ")), qPrintable(p.at(2)));
        QCOMPARE(EntryStore(*t.book, Registers::vitalEvents()).count({}).value(), 0);
        const QByteArray good = QStringLiteral(
            "event_type,event_date,reported_on,sex,mother_name,place_type,informant_name,late_fee_receipt\n"
            "birth,01-10-2026,27-10-2026,female,सीता,home,राम,R-17\n").toUtf8();
        r = CsvTransfer::importData(*t.book, t.admin, Registers::vitalEvents(), good, QStringLiteral("ve.csv"), false);
        QVERIFY2(r.value().ok(), qPrintable(r.value().problems.join(u'\n')));
        const QString out = QString::fromUtf8(CsvTransfer::exportData(*t.book, t.admin, Registers::vitalEvents(), {}, {}).value());
        // 1 Oct → 27 Oct: 26 days, late, ₹ 2; the computed columns follow the import columns.
        QVERIFY2(out.contains(QStringLiteral(",26,late,2.00,no\r\n")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("days_waiting")));
    }

    void dryRunWritesNothing()
    {
        TestBook t;
        QVERIFY(t.create());
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::visitors(),
                                         QByteArrayLiteral("date,time_in,name,purpose\n2026-11-20,10:00,Ramesh,enquiry\n"),
                                         QStringLiteral("v.csv"), true);
        QVERIFY(r.value().ok());
        QCOMPARE(r.value().rows, 1);
        QCOMPARE(r.value().written, 0);
        QCOMPARE(EntryStore(*t.book, Registers::visitors()).count({}).value(), 0);
    }

    // An import adds its rows to the full-text index in one pass at the end: they are found like typed
    // entries, the index stays whole, and an import stopped halfway leaves the index as it was.
    void importedRowsAreFoundBySearch()
    {
        TestBook t;
        QVERIFY(t.create());
        const auto titlesFor = [&](const char *text) {
            QStringList titles;
            const auto hits = SearchIndex::search(*t.book, QString::fromUtf8(text));
            for (const SearchHit &h : hits.value())
                titles += h.title;
            return titles;
        };
        const auto indexWhole = [&] {
            return t.book->exec(QStringLiteral("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 1)")).ok();
        };
        QVERIFY(EntryService(*t.book)
                    .add(t.admin, Registers::visitors(),
                         {{QStringLiteral("date"), QDate(2026, 11, 19)}, {QStringLiteral("time_in"), QTime(9, 0)},
                          {QStringLiteral("name"), QStringLiteral("Mohan Lal")}, {QStringLiteral("purpose"), QStringLiteral("enquiry")}})
                    .ok());
        const QByteArray csv = QStringLiteral("date,time_in,name,village,purpose\n"
                                              "2026-11-20,10:00,रमेश कुमार,रामपुर,enquiry\n"
                                              "2026-11-20,10:05,Sita Devi,Katra,meeting\n"
                                              "2026-11-21,11:00,Gopal,,enquiry\n").toUtf8();
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::visitors(), csv, QStringLiteral("v.csv"), false);
        QVERIFY2(r.ok() && r.value().ok(), qPrintable(r.ok() ? r.value().problems.join(u'\n') : r.error().message));
        QCOMPARE(r.value().written, 3);
        QCOMPARE(titlesFor("ramesh"), QStringList{QStringLiteral("रमेश कुमार")});  // by sound, typed in English
        QCOMPARE(titlesFor("सीता"), QStringList{QStringLiteral("Sita Devi")});
        QCOMPARE(titlesFor("katra"), QStringList{QStringLiteral("Sita Devi")});
        QCOMPARE(titlesFor("gopal"), QStringList{QStringLiteral("Gopal")});
        QCOMPARE(titlesFor("mohan"), QStringList{QStringLiteral("Mohan Lal")});
        QVERIFY(indexWhole());
        // 2,500 more, in date order: checked and written a block at a time, with a progress call at the start of
        // each block and after every 500 rows handed over to be written. Stopped at the fifth call: 1,999 rows
        // handed over, two batches of 512 written (the third is being prepared), all undone.
        QByteArray many = "date,time_in,name,purpose\n";
        for (int i = 0; i < 2500; ++i)
            many += "2026-11-21,12:00,Stopped Visitor " + QByteArray::number(i) + ",enquiry\n";
        QList<qint64> calls;
        int writtenWhenStopped = -1;
        auto stopped = CsvTransfer::importData(*t.book, t.admin, Registers::visitors(), many, QStringLiteral("m.csv"), false,
                                               [&](qint64 done, qint64 all) {
                                                   calls += done;
                                                   if (calls.size() < 5)
                                                       return all == 2500;
                                                   writtenWhenStopped =
                                                       t.book->scalar(QStringLiteral("SELECT count(*) FROM visitors")).value().toInt();
                                                   return false;
                                               });
        QVERIFY(!stopped.ok());
        QCOMPARE(calls, (QList<qint64>{0, 500, 1000, 1500, 2000}));
        QCOMPARE(writtenWhenStopped, 4 + 1024);
        QCOMPARE(EntryStore(*t.book, Registers::visitors()).count({}).value(), 4);
        QCOMPARE(t.book->scalar(QStringLiteral("SELECT count(*) FROM search_docs")).value().toInt(), 4);
        QCOMPARE(titlesFor("stopped"), QStringList{});
        QVERIFY(indexWhole());
        // The next import after the stopped one indexes its rows again.
        auto after = CsvTransfer::importData(*t.book, t.admin, Registers::visitors(),
                                             QByteArrayLiteral("date,time_in,name,purpose\n2026-11-22,09:30,Hari Ram,enquiry\n"),
                                             QStringLiteral("h.csv"), false);
        QVERIFY(after.ok() && after.value().ok());
        QCOMPARE(titlesFor("hari"), QStringList{QStringLiteral("Hari Ram")});
        QVERIFY(indexWhole());
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
