// The record room: file codes, volumes, places, movements, retention and destruction, and the files section of
// the monthly report, against values worked out by hand.

#include "TestBook.h"
#include "registers/CsvTransfer.h"
#include "registers/EntryService.h"
#include "registers/Masters.h"
#include "registers/RecordRoom.h"
#include "reports/MonthlyReport.h"

#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

template <typename T>
QByteArray why(const Result<T> &r)
{
    return r.ok() ? QByteArray() : r.error().message.toUtf8();
}

QString q(const char *latin)
{
    return QString::fromUtf8(latin);
}

QVariantMap file(const char *subject, const char *title, const char *opened, const char *retention = "B",
                 QVariant years = {}, const char *closed = nullptr)
{
    QVariantMap v{{q("subject_code"), q(subject)}, {q("title"), q(title)}, {q("opened_on"), d(opened)},
                  {q("retention"), q(retention)}, {q("retention_years"), years}};
    if (closed)
        v.insert(q("closed_on"), d(closed));
    return v;
}

QVariantMap place(const char *code, const char *kind, const char *name, const char *parent = "")
{
    return {{q("code"), q(code)}, {q("kind"), q(kind)}, {q("name"), q(name)}, {q("parent"), q(parent)}};
}

}  // namespace

class TestFiles : public QObject {
    Q_OBJECT

    Result<Entry> add(TestBook &t, QVariantMap values, const QString &code = {})
    {
        if (!code.isEmpty())
            values.insert(q("code"), code);
        return EntryService(*t.book).add(t.admin, Registers::files(), values);
    }

private slots:
    void codesPerSubjectAndYear()
    {
        TestBook t;
        QVERIFY(t.create());
        // Serial per subject and financial year; 10 May and 1 June 2026 are in 2026-27, 1 June 2025 in 2025-26.
        QCOMPARE(add(t, file("ADM", "स्थापना", "2026-05-10")).value().number, q("123456/ADM/0001/2026-27"));
        QCOMPARE(add(t, file("ADM", "बजट पत्राचार", "2026-06-01")).value().number, q("123456/ADM/0002/2026-27"));
        QCOMPARE(add(t, file("ACC", "रोकड़ बही 2026-27", "2026-04-01")).value().number, q("123456/ACC/0001/2026-27"));
        QCOMPARE(add(t, file("ADM", "पुरानी स्थापना", "2025-06-01")).value().number, q("123456/ADM/0001/2025-26"));
        // A code in the office's own pattern is kept and moves the serial on; a legacy code is kept as typed.
        QCOMPARE(add(t, file("ADM", "भूमि विवाद", "2026-07-01"), q("123456/ADM/10/2026-27")).value().number,
                 q("123456/ADM/0010/2026-27"));
        QCOMPARE(add(t, file("ADM", "नई फ़ाइल", "2026-08-01")).value().number, q("123456/ADM/0011/2026-27"));
        QCOMPARE(add(t, file("WRK", "खड़ंजा निर्माण", "2019-07-01"), q("Pur/Nirman/12/2019")).value().number,
                 q("Pur/Nirman/12/2019"));
        const auto twice = add(t, file("WRK", "फिर से", "2019-07-02"), q("PUR/NIRMAN/12/2019"));
        QVERIFY(!twice.ok());
        QVERIFY2(twice.error().message.contains(q("Pur/Nirman/12/2019")), qPrintable(twice.error().message));
        // An unknown subject is refused with its code.
        const auto unknown = add(t, file("XYZ", "कुछ", "2026-08-01"));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(q("XYZ")));

        // A correction never changes the code, not even when the subject changes.
        const Entry first = EntryStore(*t.book, Registers::files()).current(q("123456/ADM/0001/2026-27")).value();
        QVariantMap v = first.values;
        v.insert(q("subject_code"), q("STF"));
        const auto corrected = EntryService(*t.book).correct(t.admin, Registers::files(), first, v, q("wrong subject"));
        QVERIFY(corrected.ok());
        QCOMPARE(corrected.value().number, q("123456/ADM/0001/2026-27"));
        // A file that grows continues as volume 2 of the same code.
        const auto v2 = RecordRoom(*t.book).newVolume(t.admin, corrected.value());
        QVERIFY(v2.ok());
        QCOMPARE(v2.value().number, q("123456/ADM/0001/2026-27"));
        QCOMPARE(v2.value().value(q("volume")).toInt(), 2);
        QCOMPARE(EntryStore(*t.book, Registers::files()).history(v2.value().number).value().size(), 3);
    }

    void retention_data()
    {
        QTest::addColumn<QString>("retention");
        QTest::addColumn<QVariant>("years");
        QTest::addColumn<QDate>("closed");
        QTest::addColumn<QDate>("review");  // invalid: kept for ever, or refused when `ok` is false
        QTest::addColumn<bool>("ok");
        QTest::newRow("A kept for ever") << q("A") << QVariant() << d("2020-03-31") << QDate() << true;
        QTest::newRow("B kept for ever") << q("B") << QVariant() << d("2020-03-31") << QDate() << true;
        QTest::newRow("C 3 years") << q("C") << QVariant(3) << d("2020-03-31") << d("2023-03-31") << true;
        QTest::newRow("C 10 years") << q("C") << QVariant(10) << d("2016-02-29") << d("2026-02-28") << true;
        QTest::newRow("E one year") << q("E") << QVariant() << d("2025-11-01") << d("2026-11-01") << true;
        QTest::newRow("C open file") << q("C") << QVariant(5) << QDate() << QDate() << true;
        QTest::newRow("C needs years") << q("C") << QVariant() << d("2020-03-31") << QDate() << false;
        QTest::newRow("B has no years") << q("B") << QVariant(3) << d("2020-03-31") << QDate() << false;
        QTest::newRow("C 11 years") << q("C") << QVariant(11) << d("2020-03-31") << QDate() << false;
        QTest::newRow("closed before opened") << q("B") << QVariant() << d("2009-12-31") << QDate() << false;
    }

    void retention()
    {
        QFETCH(QString, retention);
        QFETCH(QVariant, years);
        QFETCH(QDate, closed);
        QFETCH(QDate, review);
        QFETCH(bool, ok);
        TestBook t;
        QVERIFY(t.create());
        QVariantMap v = file("ADM", "फ़ाइल", "2010-01-01", "B", years);
        v.insert(q("retention"), retention);
        v.insert(q("closed_on"), closed.isValid() ? QVariant(closed) : QVariant());
        const auto e = add(t, v);
        QVERIFY2(e.ok() == ok, e.ok() ? "accepted" : why(e).constData());
        if (!ok)
            return;
        QCOMPARE(e.value().date(q("review_on")), review);
        QCOMPARE(e.value().text(q("status")), closed.isValid() ? q("closed") : q("open"));
    }

    void reviewDestructionAndTheDestroyedList()
    {
        TestBook t;
        QVERIFY(t.create());
        RecordRoom room(*t.book);
        // Today is 22-11-2026: due for review this year are files with a review date up to 31-12-2026.
        const Entry c2023 = add(t, file("ACC", "वाउचर 2016-17", "2016-04-01", "C", 3, "2020-03-31")).value();  // 31-03-2023
        const Entry e2026 = add(t, file("ADM", "परिपत्र", "2025-04-01", "E", {}, "2025-11-01")).value();        // 01-11-2026
        const Entry cDec = add(t, file("ACC", "वाउचर 2020-21", "2020-04-01", "C", 3, "2023-12-15")).value();   // 15-12-2026
        const Entry cJan = add(t, file("ACC", "वाउचर 2021-22", "2021-04-01", "C", 3, "2024-01-10")).value();   // 10-01-2027
        const Entry a = add(t, file("FAM", "परिवार रजिस्टर 1990", "1990-01-01", "A", {}, "2000-12-31")).value();
        const Entry open = add(t, file("WRK", "खड़ंजा", "2026-04-10", "C", 5)).value();
        QStringList due;
        const auto review = room.filesWithStatus(q("review"));
        for (const Entry &e : review.value())
            due += e.number;
        due.sort();
        QStringList expected{cDec.number, c2023.number, e2026.number};
        expected.sort();
        QCOMPARE(due, expected);
        QVERIFY(!due.contains(cJan.number));  // 10-01-2027: next year

        User op = t.admin;
        op.role = Role::Operator;
        QCOMPARE(room.destroy(op, c2023, d("2026-11-20"), q("DPRO/2026/44")).error().code, ErrorCode::NotAllowed);
        QVERIFY(!room.destroy(t.admin, c2023, d("2026-11-20"), QString()).ok());   // no order
        const auto keptForEver = room.destroy(t.admin, a, d("2026-11-20"), q("DPRO/2026/44"));
        QVERIFY(!keptForEver.ok());
        QVERIFY2(keptForEver.error().message.contains(q("for ever")), qPrintable(keptForEver.error().message));
        const auto early = room.destroy(t.admin, cDec, d("2026-11-20"), q("DPRO/2026/44"));
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(q("15-12-2026")), qPrintable(early.error().message));
        QVERIFY(!room.destroy(t.admin, open, d("2026-11-20"), q("DPRO/2026/44")).ok());  // still open

        const auto gone = room.destroy(t.admin, c2023, d("2026-11-20"), q("DPRO/2026/44"));
        QVERIFY2(gone.ok(), why(gone).constData());
        QCOMPARE(gone.value().text(q("status")), q("destroyed"));
        QVERIFY(!room.destroy(t.admin, gone.value(), d("2026-11-21"), q("DPRO/2026/45")).ok());  // once
        // The entry stays, in the list of destroyed files and out of the review list.
        QCOMPARE(EntryStore(*t.book, Registers::files()).count({}).value(), 6);
        const auto destroyed = room.filesWithStatus(q("destroyed")).value();
        QCOMPARE(destroyed.size(), 1);
        QCOMPARE(destroyed.first().text(q("destruction_order")), q("DPRO/2026/44"));
        QCOMPARE(room.filesWithStatus(q("review")).value().size(), 2);
        // A destroyed file is not issued or moved.
        QVERIFY(!room.issue(t.admin, gone.value(), q("सचिव"), QString(), d("2026-11-21"), QDate()).ok());
        QVERIFY(!room.move(t.admin, gone.value(), {q("Record room"), {}, {}, {}, {}}).ok());
    }

    void movements()
    {
        TestBook t;
        QVERIFY(t.create());
        RecordRoom room(*t.book);
        const auto added = add(t, file("WRK", "नाली निर्माण", "2026-04-10", "C", 5));
        QVERIFY2(added.ok(), why(added).constData());
        const Entry f = added.value();
        const auto out = room.issue(t.admin, f, q("अवर अभियंता"), q("माप पुस्तिका"), d("2026-11-01"), d("2026-11-15"));
        QVERIFY2(out.ok(), why(out).constData());
        QCOMPARE(out.value().number, q("MOV/2026-27/000001"));
        // Out once at a time.
        const auto again = room.issue(t.admin, f, q("सचिव"), QString(), d("2026-11-02"), QDate());
        QVERIFY(!again.ok());
        QVERIFY2(again.error().message.contains(q("अवर अभियंता")) && again.error().message.contains(q("01-11-2026")),
                 qPrintable(again.error().message));
        // Out and overdue lists (today 22-11-2026, due back 15-11-2026).
        QCOMPARE(room.filesWithStatus(q("out")).value().size(), 1);
        QCOMPARE(room.filesWithStatus(q("overdue")).value().size(), 1);
        // A file that is out is not destroyed or cancelled.
        QVERIFY(!EntryService(*t.book).cancel(t.admin, Registers::files(), f, q("duplicate")).ok());
        // Back, not before it went out.
        QVERIFY(!room.returned(t.admin, out.value(), d("2026-10-31")).ok());
        const auto back = room.returned(t.admin, out.value(), d("2026-11-20"));
        QVERIFY2(back.ok(), why(back).constData());
        QVERIFY(!room.returned(t.admin, back.value(), d("2026-11-21")).ok());  // once
        QCOMPARE(room.filesWithStatus(q("out")).value().size(), 0);
        // Now it may go out again; never before the file was opened, never for a file not in the index.
        QVERIFY(!room.issue(t.admin, f, q("सचिव"), QString(), d("2026-04-09"), QDate()).ok());
        QVERIFY(room.issue(t.admin, f, q("सचिव"), QString(), d("2026-11-21"), d("2026-11-28")).ok());
        const auto none = EntryService(*t.book).add(t.admin, Registers::fileMovements(),
                                                   {{q("file_code"), q("123456/WRK/0099/2026-27")},
                                                    {q("issued_on"), d("2026-11-21")},
                                                    {q("issued_to"), q("सचिव")}});
        QVERIFY(!none.ok());
        QVERIFY(none.error().message.contains(q("123456/WRK/0099/2026-27")));
        // The file code typed in lower case finds the file and is written as the index has it.
        const Entry g = add(t, file("WRK", "पुलिया", "2026-05-01")).value();
        const auto lower = EntryService(*t.book).add(t.admin, Registers::fileMovements(),
                                                    {{q("file_code"), g.number.toLower()},
                                                     {q("issued_on"), d("2026-11-21")},
                                                     {q("issued_to"), q("सचिव")}});
        QVERIFY2(lower.ok(), why(lower).constData());
        QCOMPARE(lower.value().text(q("file_code")), g.number);
        // The history of the file: both movements of f, oldest first.
        const auto history = room.movements(f.number).value();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history.at(0).date(q("returned_on")), d("2026-11-20"));
        QVERIFY(!history.at(1).date(q("returned_on")).isValid());
    }

    void placesAndShelfList()
    {
        TestBook t;
        QVERIFY(t.create());
        MasterStore places(*t.book, Registers::places());
        const Status top = places.save(t.admin, place("R1", "room", "अभिलेख कक्ष"));
        QVERIFY2(top.ok(), top.ok() ? "" : qPrintable(top.error().message));
        QVERIFY(places.save(t.admin, place("A1", "almirah", "अलमारी 1", "R1")).ok());
        QVERIFY(places.save(t.admin, place("A2", "almirah", "अलमारी 2", "R1")).ok());
        QVERIFY(places.save(t.admin, place("A1-S1", "shelf", "खाना 1", "A1")).ok());
        QVERIFY(places.save(t.admin, place("A1-S2", "shelf", "खाना 2", "A1")).ok());
        // The tree's rules: a room at the top, each place inside one of a higher kind, names unique in a place.
        QVERIFY(!places.save(t.admin, place("R2", "room", "दूसरा कक्ष", "R1")).ok());
        QVERIFY(!places.save(t.admin, place("X", "rack", "रैक", "A1-S1")).ok());
        QVERIFY(!places.save(t.admin, place("Y", "shelf", "खाना", "")).ok());
        QVERIFY(!places.save(t.admin, place("Z", "shelf", "खाना 1", "A1")).ok());
        QVERIFY(!places.save(t.admin, place("W", "shelf", "खाना", "NOPE")).ok());

        const auto at = [](QVariantMap v, const char *room, const char *almirah, const char *shelf) {
            v.insert(q("room"), q(room));
            v.insert(q("almirah"), q(almirah));
            v.insert(q("shelf"), q(shelf));
            return v;
        };
        const Entry f1 = add(t, at(file("ADM", "एक", "2026-04-01"), "अभिलेख कक्ष", "अलमारी 1", "खाना 2")).value();
        const Entry f2 = add(t, at(file("ADM", "दो", "2026-04-02"), "अभिलेख कक्ष", "अलमारी 1", "खाना 1")).value();
        const Entry f3 = add(t, at(file("ADM", "तीन", "2026-04-03"), "अभिलेख कक्ष", "अलमारी 2", "")).value();
        const auto nowhere = add(t, at(file("ADM", "चार", "2026-04-04"), "अभिलेख कक्ष", "अलमारी 9", ""));
        QVERIFY(!nowhere.ok());
        QVERIFY2(nowhere.error().message.contains(q("अलमारी 9")) && nowhere.error().message.contains(q("अभिलेख कक्ष")),
                 qPrintable(nowhere.error().message));
        QVERIFY(!add(t, at(file("ADM", "पाँच", "2026-04-04"), "अभिलेख कक्ष", "अलमारी 2", "खाना 1")).ok());  // shelf of A1

        // Shelf order in almirah 1: shelf 1 before shelf 2.
        QStringList order;
        const auto shelf = RecordRoom(*t.book).shelfList(q("अभिलेख कक्ष"), q("अलमारी 1"));
        for (const Entry &e : shelf.value())
            order += e.number;
        QCOMPARE(order, (QStringList{f2.number, f1.number}));
        // Moving a file records the move in its history.
        const auto moved = RecordRoom(*t.book).move(t.admin, f3, {q("अभिलेख कक्ष"), q("अलमारी 1"), {}, q("खाना 1"), {}});
        QVERIFY2(moved.ok(), why(moved).constData());
        QCOMPARE(moved.value().reason, q("moved from अभिलेख कक्ष › अलमारी 2 to अभिलेख कक्ष › अलमारी 1 › खाना 1"));
        QCOMPARE(RecordRoom(*t.book).shelfList(q("अभिलेख कक्ष"), q("अलमारी 1")).value().size(), 3);
        QCOMPARE(RecordRoom(*t.book).shelfList(q("अभिलेख कक्ष"), q("अलमारी 2")).value().size(), 0);
    }

    void filesSectionOfTheMonthlyReport()
    {
        TestBook t;
        QVERIFY(t.create());
        RecordRoom room(*t.book);
        const Entry a = add(t, file("ADM", "एक", "2026-09-15")).value();
        const Entry b = add(t, file("ADM", "दो", "2026-10-01")).value();
        const Entry c = add(t, file("ADM", "तीन", "2026-10-31")).value();
        add(t, file("ADM", "चार", "2026-11-01")).value();
        // October: a out 05-10 due 10-10, back 02-11 (out and overdue at 31-10); b out 20-10 due 15-11 (out, not
        // overdue); c out and back on 31-10 (not out); November's issue does not count.
        QVERIFY(room.issue(t.admin, a, q("सचिव"), QString(), d("2026-10-05"), d("2026-10-10")).ok());
        QVERIFY(room.returned(t.admin, room.outNow(a.number).value().value(), d("2026-11-02")).ok());
        QVERIFY(room.issue(t.admin, b, q("प्रधान"), QString(), d("2026-10-20"), d("2026-11-15")).ok());
        QVERIFY(room.issue(t.admin, c, q("लेखाकार"), QString(), d("2026-10-31"), QDate()).ok());
        QVERIFY(room.returned(t.admin, room.outNow(c.number).value().value(), d("2026-10-31")).ok());
        QVERIFY(room.issue(t.admin, c, q("लेखाकार"), QString(), d("2026-11-05"), d("2026-11-06")).ok());
        const MonthlyReport r = MonthlyReport::compute(*t.book, q("2026-10")).value();
        QCOMPARE(r.files.total, 3);   // opened on or before 31-10
        QCOMPARE(r.files.opened, 2);  // b and c
        QCOMPARE(r.files.issuedOutAtMonthEnd, 2);
        QCOMPARE(r.files.overdueReturnsAtMonthEnd, 1);
        QVERIFY2(r.toJson().contains("\"files\": {\"total\": 3, \"opened\": 2, \"issued_out_at_month_end\": 2, "
                                     "\"overdue_returns_at_month_end\": 1}"),
                 r.toJson().constData());
        QVERIFY(r.toCsv().contains("files,overdue_returns_at_month_end,1"));
    }

    void csvImportAndExport()
    {
        TestBook t;
        QVERIFY(t.create());
        const QByteArray files = "code,subject_code,title,section,opened_on,closed_on,retention,retention_years,room,almirah,rack,shelf,bundle,remarks\r\n"
                                 ",ADM,स्थापना पत्रावली,,01-04-2026,,B,,,,,,,\r\n"
                                 "OLD/7/2015,ACC,पुराने वाउचर,लेखा,2015-04-01,2016-03-31,C,5,,,,,,\r\n"
                                 ",RTI,सूचना आवेदन,,2026-05-01,,E,,,,,,,\r\n";
        const auto in = CsvTransfer::importData(*t.book, t.admin, Registers::files(), files, q("files.csv"), false);
        QVERIFY(in.ok());
        QVERIFY2(in.value().problems.isEmpty(), qPrintable(in.value().problems.join(u'\n')));
        QCOMPARE(in.value().written, 3);
        QCOMPARE(EntryStore(*t.book, Registers::files()).current(q("OLD/7/2015")).value().date(q("review_on")), d("2021-03-31"));
        QVERIFY(EntryStore(*t.book, Registers::files()).current(q("123456/RTI/0001/2026-27")).ok());
        const QByteArray moves = "file_code,issued_on,issued_to,purpose,due_back_on,returned_on\r\n"
                                 "OLD/7/2015,2026-06-01,लेखा परीक्षक,ऑडिट,2026-06-10,2026-06-09\r\n"
                                 "old/7/2015,2026-07-01,सचिव,,,\r\n";
        const auto mv = CsvTransfer::importData(*t.book, t.admin, Registers::fileMovements(), moves, q("moves.csv"), false);
        QVERIFY(mv.ok());
        QVERIFY2(mv.value().problems.isEmpty(), qPrintable(mv.value().problems.join(u'\n')));
        // A second issue of a file that is out is refused with the file and line; nothing is written.
        const QByteArray twice = "file_code,issued_on,issued_to\r\nOLD/7/2015,2026-08-01,प्रधान\r\n";
        const auto refused = CsvTransfer::importData(*t.book, t.admin, Registers::fileMovements(), twice, q("twice.csv"), false);
        QVERIFY(refused.ok());
        QCOMPARE(refused.value().problems.size(), 1);
        QVERIFY2(refused.value().problems.first().startsWith(q("twice.csv:2:")), qPrintable(refused.value().problems.first()));
        QCOMPARE(EntryStore(*t.book, Registers::fileMovements()).count({}).value(), 2);
        // The places tree imports in one file, parents before children; a child of an unknown place is refused.
        const QByteArray places = "code,kind,name,parent\r\nR1,room,अभिलेख कक्ष,\r\nA1,almirah,अलमारी 1,R1\r\nA1-S1,shelf,खाना 1,A1\r\n";
        const auto tree = CsvTransfer::importData(*t.book, t.admin, Registers::places(), places, q("places.csv"), false);
        QVERIFY(tree.ok());
        QVERIFY2(tree.value().problems.isEmpty(), qPrintable(tree.value().problems.join(u'\n')));
        QCOMPARE(tree.value().written, 3);
        const QByteArray orphan = "code,kind,name,parent\r\nA9-S1,shelf,खाना 1,A9\r\n";
        const auto refusedTree = CsvTransfer::importData(*t.book, t.admin, Registers::places(), orphan, q("orphan.csv"), false);
        QCOMPARE(refusedTree.value().problems.size(), 1);
        QVERIFY2(refusedTree.value().problems.first().startsWith(q("orphan.csv:2: parent:")), qPrintable(refusedTree.value().problems.first()));
        // The export starts with the contract's columns.
        const QString header = QString::fromUtf8(CsvTransfer::exportData(*t.book, t.admin, Registers::files(), {}, {}).value())
                                   .section(u'\n', 0, 0);
        QVERIFY2(header.contains(q("code,subject_code,title,section,opened_on,closed_on,retention,retention_years,room,almirah,rack,"
                                   "shelf,bundle,remarks")),
                 qPrintable(header));
    }
};

QTEST_GUILESS_MAIN(TestFiles)
#include "tst_files.moc"
