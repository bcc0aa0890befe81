// An import's writing: the rows written in batches while their triggers stand aside, checked against saving the
// same entries one by one; the file's own order kept when it is already in date order; and nothing left behind
// when a row is refused or a cell is bad.

#include "TestBook.h"
#include "registers/CsvTransfer.h"
#include "registers/EntryBatch.h"
#include "registers/EntryStore.h"
#include "registers/EntryService.h"
#include "registers/Masters.h"
#include "storage/AuditLog.h"

#include <QSqlRecord>
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

}  // namespace

class TestImportWrites : public QObject {
    Q_OBJECT

private slots:
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
                if (!EntryService::prepare(Registers::visitors(), v, charter.value()).isEmpty())
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

QTEST_GUILESS_MAIN(TestImportWrites)
#include "tst_import_writes.moc"
