// CSV as offices save it from spreadsheets: encodings, separators, quoting, and the all-or-nothing import
// that reports every bad row as FILE:LINE: COLUMN: message.

#include "Csv.h"
#include "TestBook.h"
#include "registers/CsvTransfer.h"
#include "registers/EntryBatch.h"
#include "registers/EntryStore.h"
#include "registers/FrontOffice.h"
#include "registers/Masters.h"
#include "registers/SearchIndex.h"
#include "storage/AuditLog.h"

#include <QSqlRecord>
#include <QStringEncoder>
#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

// A register's numbers in the order written.
QStringList numbers(TestBook &t, const QString &table)
{
    QStringList out;
    auto q = t.book->exec(QStringLiteral("SELECT number FROM %1 ORDER BY id").arg(table));
    while (q.value().next())
        out += q.value().value(0).toString();
    return out;
}

QList<QVariantList> rowsOf(TestBook &t, const QString &sql)
{
    QList<QVariantList> out;
    auto q = t.book->exec(sql);
    while (q.value().next()) {
        QVariantList row;
        for (int c = 0; c < q.value().record().count(); ++c)
            row += q.value().value(c);
        out += row;
    }
    return out;
}

// The same register rows, count, search rows and audit entries (but for their hashes: the users' password
// hashes, salted, differ between two books) in both books.
bool sameBooks(TestBook &a, TestBook &b, const QString &table)
{
    for (const QString &sql :
         {QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table), QStringLiteral("SELECT * FROM register_stats ORDER BY register"),
          QStringLiteral("SELECT register, key, date, code, title, body, phonetic FROM search_docs ORDER BY id"),
          QStringLiteral("SELECT at, actor, action, table_name, row_id, old_values, new_values FROM audit_log"
                         " WHERE table_name = '%1' ORDER BY id")
              .arg(table)}) {
        const auto expected = rowsOf(a, sql);
        const auto got = rowsOf(b, sql);
        if (expected.isEmpty() || got != expected) {
            qWarning("differs: %s (%d rows, %d expected)", qPrintable(sql), int(got.size()), int(expected.size()));
            return false;
        }
    }
    return true;
}

// A stock item PAPER with 10 reams opening on 1 October 2026, imported as the stock register's master.
bool tenReamsOfPaper(TestBook &t)
{
    auto items = CsvTransfer::importData(*t.book, t.admin, Registers::stockItems(),
                                         QStringLiteral("code,name_hi,name_en,unit,kind,opening_qty,opening_date\n"
                                                        "PAPER,कागज़ रिम,Paper ream,रिम,consumable,10,2026-10-01\n")
                                             .toUtf8(),
                                         QStringLiteral("items.csv"), false);
    return items.ok() && items.value().ok();
}

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
        // 1 Oct → 27 Oct: 26 days, late, Rs 2; the computed columns follow the import columns.
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
        QVERIFY(FrontOffice(*t.book)
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

    // An import writes its rows in batches, keeping their audit entries and the register's count itself while
    // the triggers stand aside. What it writes is what saving the same entries one by one writes: the rows
    // with their numbers, the audit entries (time, user, JSON), the count and the search rows. 600 visitors
    // make a batch of 512 and a last one of 88 (statements of 64, 8 and 1 rows).
    void importWritesWhatSavingOneByOneWrites()
    {
        TestBook oneByOne;
        TestBook imported;
        QVERIFY(oneByOne.create());
        QVERIFY(imported.create());
        QByteArray csv = "date,time_in,name,village,mobile,purpose\n";
        for (int i = 0; i < 600; ++i) {
            const QDate date = QDate(2026, 11, 2).addDays(i / 40);
            const QTime time = QTime(10, 0).addSecs(60 * (i % 40));
            const QString name = i % 3 ? QStringLiteral("Visitor %1").arg(i) : QStringLiteral("रमेश \"%1\" कुमार").arg(i);
            const QString village = i % 2 ? QStringLiteral("रामपुर") : QString();
            const QString mobile = i % 5 ? QString() : QStringLiteral("98100%1").arg(i, 5, 10, QLatin1Char('0'));
            oneByOne.add(Registers::visitors(), {{QStringLiteral("date"), date},
                                                 {QStringLiteral("time_in"), time},
                                                 {QStringLiteral("name"), name},
                                                 {QStringLiteral("purpose"), QStringLiteral("enquiry")},
                                                 {QStringLiteral("village"), village},
                                                 {QStringLiteral("mobile"), mobile}});
            csv += QStringLiteral("%1,%2,\"%3\",%4,%5,enquiry\n")
                       .arg(date.toString(Qt::ISODate), time.toString(QStringLiteral("HH:mm")),
                            QString(name).replace(u'"', QStringLiteral("\"\"")), village, mobile)
                       .toUtf8();
        }
        const qint64 auditBefore = AuditLog::count(*imported.book).value();
        auto r = CsvTransfer::importData(*imported.book, imported.admin, Registers::visitors(), csv, QStringLiteral("v.csv"), false);
        QVERIFY2(r.ok() && r.value().ok(), qPrintable(r.ok() ? r.value().problems.join(u'\n') : r.error().message));
        QCOMPARE(r.value().written, 600);
        QCOMPARE(numbers(imported, QStringLiteral("visitors")).first(), QStringLiteral("VIS/2026-27/000001"));
        QCOMPARE(numbers(imported, QStringLiteral("visitors")).last(), QStringLiteral("VIS/2026-27/000600"));
        QVERIFY(sameBooks(oneByOne, imported, QStringLiteral("visitors")));
        // One audit entry per row, one chain, and every row as its entry says.
        QCOMPARE(AuditLog::count(*imported.book).value(), auditBefore + 600);
        const auto report = AuditLog::verify(*imported.book).value();
        QVERIFY2(report.ok, qPrintable(report.problem));
        // The triggers keep the books again after the import: a visitor saved now is logged and counted by them.
        imported.add(Registers::visitors(), {{QStringLiteral("date"), QDate(2026, 11, 20)}, {QStringLiteral("time_in"), QTime(9, 0)},
                                             {QStringLiteral("name"), QStringLiteral("After")}, {QStringLiteral("purpose"), QStringLiteral("enquiry")}});
        QCOMPARE(AuditLog::count(*imported.book).value(), auditBefore + 601);
        QCOMPARE(EntryStore(*imported.book, Registers::visitors()).count({}).value(), 601);
        QVERIFY(AuditLog::verify(*imported.book).value().ok);
        // The connection copies its log into the book at commits again (SQLite's default), as before the import.
        QCOMPARE(imported.book->scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).value().toInt(), 1000);
        // Closed and opened again, everything is there.
        const QString path = imported.path();
        imported.book.reset();
        auto again = Book::open(path, imported.clock);
        QVERIFY(again.ok());
        QCOMPARE(again.value()->scalar(QStringLiteral("SELECT count(*) FROM visitors")).value().toInt(), 601);
        QVERIFY(again.value()->verifyWhole().value().ok);
    }

    // A batch makes each row's audit JSON from the values it binds, not from the rows read back after writing,
    // when SQLite stores every value as bound, as it does a visitor's (text in TEXT columns, whole numbers and
    // nulls in INTEGER ones); and that JSON is the triggers' JSON for the same rows.
    void batchesMakeTheAuditJsonFromTheValuesBound()
    {
        TestBook oneByOne;
        TestBook batched;
        QVERIFY(oneByOne.create());
        QVERIFY(batched.create());
        QList<QVariantMap> visitors;
        for (int i = 0; i < 520; ++i) {
            QVariantMap v{{QStringLiteral("date"), QDate(2026, 10, 1).addDays(i / 10)},
                          {QStringLiteral("time_in"), QTime(9, 30).addSecs(60 * (i % 10))},
                          {QStringLiteral("name"), i % 2 ? QStringLiteral("सीता \\ \"%1\"").arg(i) : QStringLiteral("Visitor %1").arg(i)},
                          {QStringLiteral("purpose"), QStringLiteral("enquiry")}};
            if (i % 4 == 0)
                v.insert(QStringLiteral("time_out"), QTime(11, 0));
            if (i % 3 == 0)
                v.insert(QStringLiteral("behaviour_rating"), 1 + i % 5);
            visitors += v;
        }
        for (const QVariantMap &v : std::as_const(visitors))
            oneByOne.add(Registers::visitors(), v);
        auto charter = Charter::load(*batched.book);
        QVERIFY(charter.ok());
        batched.book->setActor(batched.admin.userName);
        int readBack = -1;
        const Status s = batched.book->transactWhole([&]() -> Status {
            EntryBatch batch(*batched.book, Registers::visitors());
            for (QVariantMap v : std::as_const(visitors)) {
                if (!FrontOffice::prepare(Registers::visitors(), v, charter.value()).isEmpty())
                    return makeError(ErrorCode::InputRejected, QStringLiteral("refused"));
                if (auto added = batch.add(v, QString()); !added)
                    return added;
            }
            auto done = batch.finish();
            readBack = batch.rowsReadBack();
            return done;
        });
        QVERIFY2(s.ok(), qPrintable(s.ok() ? QString() : s.error().message));
        QCOMPARE(readBack, 0);
        QVERIFY(sameBooks(oneByOne, batched, QStringLiteral("visitors")));
        QVERIFY(AuditLog::verify(*batched.book).value().ok);
    }

    // Given numbers in an import: each written at once, checked against the book, and the numbers after it go
    // on from it, as when the entries are saved one by one.
    void importedGivenNumbersAsSavedOneByOne()
    {
        TestBook oneByOne;
        TestBook imported;
        QVERIFY(oneByOne.create());
        QVERIFY(imported.create());
        QByteArray csv = "application_no,service_code,received_on,applicant_name\n";
        for (int i = 0; i < 30; ++i) {
            const QString number = i == 10 ? QStringLiteral("APP/2026-27/000040") : i == 20 ? QStringLiteral("APP/2026-27/12") : QString();
            const QDate date = QDate(2026, 11, 2).addDays(i / 5);
            const QString name = QStringLiteral("Applicant %1").arg(i);
            QVariantMap values{{QStringLiteral("service_code"), QStringLiteral("FAMREG-COPY")},
                               {QStringLiteral("received_on"), date},
                               {QStringLiteral("applicant_name"), name}};
            if (!number.isEmpty())
                values.insert(QStringLiteral("application_no"), number);
            oneByOne.add(Registers::applications(), values);
            csv += QStringLiteral("%1,FAMREG-COPY,%2,%3\n").arg(number, date.toString(Qt::ISODate), name).toUtf8();
        }
        auto r = CsvTransfer::importData(*imported.book, imported.admin, Registers::applications(), csv, QStringLiteral("a.csv"), false);
        QVERIFY2(r.ok() && r.value().ok(), qPrintable(r.ok() ? r.value().problems.join(u'\n') : r.error().message));
        // Worked out: 1..10, the given 40, then 41..49, the given 12 (written in full), then 50..58.
        const QStringList got = numbers(imported, QStringLiteral("applications"));
        QCOMPARE(got.size(), 30);
        QCOMPARE(got.at(9), QStringLiteral("APP/2026-27/000010"));
        QCOMPARE(got.at(10), QStringLiteral("APP/2026-27/000040"));
        QCOMPARE(got.at(11), QStringLiteral("APP/2026-27/000041"));
        QCOMPARE(got.at(20), QStringLiteral("APP/2026-27/000012"));
        QCOMPARE(got.at(21), QStringLiteral("APP/2026-27/000050"));
        QCOMPARE(got.at(29), QStringLiteral("APP/2026-27/000058"));
        QVERIFY(sameBooks(oneByOne, imported, QStringLiteral("applications")));
        QVERIFY(AuditLog::verify(*imported.book).value().ok);
    }

    // A file already in date order, with no numbers given, is written a block of 2,000 rows at a time while the
    // next block is checked. A bad cell in a later block is still found: every problem is reported, in the
    // file's order, and nothing stays written.
    void aFileInDateOrderIsWrittenOnlyWhenEveryRowIsGood()
    {
        TestBook t;
        QVERIFY(t.create());
        const auto file = [](bool withMistakes) {
            QByteArray csv = "date,time_in,name,mobile,purpose\n";
            for (int i = 0; i < 4500; ++i) {
                const QDate date = QDate(2026, 10, 1).addDays(i / 100);  // 1 October to 14 November
                const bool badTime = withMistakes && i == 2999, badMobile = withMistakes && i == 4400;
                csv += date.toString(Qt::ISODate).toUtf8() + (badTime ? ",25:00" : ",10:15") + ",Visitor " + QByteArray::number(i)
                    + (badMobile ? ",12345" : ",") + ",enquiry\n";
            }
            return csv;
        };
        const qint64 auditBefore = AuditLog::count(*t.book).value();
        auto bad = CsvTransfer::importData(*t.book, t.admin, Registers::visitors(), file(true), QStringLiteral("v.csv"), false);
        QVERIFY(bad.ok());
        // Row 2999 is on line 3001, row 4400 on line 4402 (the header is line 1).
        QCOMPARE(bad.value().problems.size(), 2);
        QVERIFY2(bad.value().problems.at(0).startsWith(QStringLiteral("v.csv:3001: time_in: ")), qPrintable(bad.value().problems.at(0)));
        QVERIFY2(bad.value().problems.at(1).startsWith(QStringLiteral("v.csv:4402: mobile: ")), qPrintable(bad.value().problems.at(1)));
        QCOMPARE(bad.value().written, 0);
        QCOMPARE(t.book->scalar(QStringLiteral("SELECT count(*) FROM visitors")).value().toInt(), 0);
        QCOMPARE(t.book->scalar(QStringLiteral("SELECT count(*) FROM search_docs")).value().toInt(), 0);
        QCOMPARE(AuditLog::count(*t.book).value(), auditBefore);
        QCOMPARE(EntryStore(*t.book, Registers::visitors()).count({}).value(), 0);
        // Corrected, the file goes in whole, numbered in its order.
        auto good = CsvTransfer::importData(*t.book, t.admin, Registers::visitors(), file(false), QStringLiteral("v.csv"), false);
        QVERIFY2(good.ok() && good.value().ok(), qPrintable(good.ok() ? good.value().problems.join(u'\n') : good.error().message));
        QCOMPARE(good.value().written, 4500);
        const QStringList got = numbers(t, QStringLiteral("visitors"));
        QCOMPARE(got.size(), 4500);
        QCOMPARE(got.at(0), QStringLiteral("VIS/2026-27/000001"));
        QCOMPARE(got.at(2999), QStringLiteral("VIS/2026-27/003000"));
        QCOMPARE(got.at(4499), QStringLiteral("VIS/2026-27/004500"));
        QCOMPARE(t.book->scalar(QStringLiteral("SELECT name FROM visitors WHERE number = 'VIS/2026-27/003000'")).value().toString(),
                 QStringLiteral("Visitor 2999"));
        QCOMPARE(AuditLog::count(*t.book).value(), auditBefore + 4500);
        QCOMPARE(EntryStore(*t.book, Registers::visitors()).count({}).value(), 4500);
        QVERIFY(AuditLog::verify(*t.book).value().ok);
    }

    // A row refused as it is written, and a bad cell further on: the bad cell is what the report names, as when
    // every row is checked before any is written, and nothing stays written.
    void aBadCellAfterARefusedRowIsWhatIsReported()
    {
        TestBook t;
        QVERIFY(t.create());
        QVERIFY(tenReamsOfPaper(t));
        const qint64 auditBefore = AuditLog::count(*t.book).value();
        // Line 3 issues 50 of the 11 there are; line 2101 (in the second block of 2,000 rows) has no quantity.
        const auto file = [](bool badCell) {
            QByteArray csv = "date,item_code,type,quantity,party\n2026-11-20,PAPER,receipt,1,भंडार\n2026-11-20,PAPER,issue,50,सचिव\n";
            for (int i = 2; i < 2100; ++i)
                csv += QByteArray("2026-11-20,PAPER,receipt,") + (badCell && i == 2099 ? "" : "1") + ",भंडार\n";
            return csv;
        };
        auto both = CsvTransfer::importData(*t.book, t.admin, Registers::stockMoves(), file(true), QStringLiteral("m.csv"), false);
        QVERIFY(both.ok());
        QCOMPARE(both.value().problems.size(), 1);
        QVERIFY2(both.value().problems.at(0).startsWith(QStringLiteral("m.csv:2101: quantity: ")), qPrintable(both.value().problems.at(0)));
        auto refused = CsvTransfer::importData(*t.book, t.admin, Registers::stockMoves(), file(false), QStringLiteral("m.csv"), false);
        QVERIFY(refused.ok());
        QCOMPARE(refused.value().problems.size(), 1);
        QVERIFY2(refused.value().problems.at(0).startsWith(QStringLiteral("m.csv:3: number: This would issue more PAPER")),
                 qPrintable(refused.value().problems.at(0)));
        QCOMPARE(t.book->scalar(QStringLiteral("SELECT count(*) FROM stock_moves")).value().toInt(), 0);
        QCOMPARE(AuditLog::count(*t.book).value(), auditBefore);
    }

    // An import refused halfway (a row a check against the book refuses, as it is written) leaves nothing
    // behind, and the triggers keep the books again.
    void aRefusedImportLeavesTheTriggersOn()
    {
        TestBook t;
        QVERIFY(t.create());
        QVERIFY(tenReamsOfPaper(t));
        const qint64 auditBefore = AuditLog::count(*t.book).value();
        // 10 + 2 - 13: the second row would leave -1.
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::stockMoves(),
                                         QStringLiteral("date,item_code,type,quantity,party\n"
                                                        "2026-11-20,PAPER,receipt,2,भंडार\n2026-11-21,PAPER,issue,13,सचिव\n")
                                             .toUtf8(),
                                         QStringLiteral("moves.csv"), false);
        QVERIFY(r.ok());
        QCOMPARE(r.value().written, 0);
        QCOMPARE(r.value().problems.size(), 1);
        QVERIFY2(r.value().problems.at(0).startsWith(QStringLiteral("moves.csv:3: number: This would issue more PAPER")),
                 qPrintable(r.value().problems.at(0)));
        QCOMPARE(t.book->scalar(QStringLiteral("SELECT count(*) FROM stock_moves")).value().toInt(), 0);
        QCOMPARE(AuditLog::count(*t.book).value(), auditBefore);
        QCOMPARE(EntryStore(*t.book, Registers::stockMoves()).count({}).value(), 0);
        t.add(Registers::stockMoves(), {{QStringLiteral("date"), QDate(2026, 11, 20)}, {QStringLiteral("item_code"), QStringLiteral("PAPER")},
                                        {QStringLiteral("type"), QStringLiteral("receipt")}, {QStringLiteral("quantity"), 2},
                                        {QStringLiteral("party"), QStringLiteral("भंडार")}});
        QCOMPARE(AuditLog::count(*t.book).value(), auditBefore + 1);
        QCOMPARE(EntryStore(*t.book, Registers::stockMoves()).count({}).value(), 1);
        QVERIFY(AuditLog::verify(*t.book).value().ok);
    }
};

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
