// Staff attendance: a mark a day per person, only on working days, corrected when marked again; the month's
// sheet and the year's leave totalled. Expected values are worked out by hand in the comments.

#include "TestBook.h"
#include "registers/Attendance.h"
#include "registers/CsvTransfer.h"

#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace gd::test::shorthand;

class TestAttendance : public QObject {
    Q_OBJECT

    // Two staff and the Pradhan (an elected representative, not marked).
    static void people(TestBook &t)
    {
        MasterStore store(*t.book, Registers::people());
        const struct {
            const char *code, *name, *group, *designation;
            int position;
        } rows[] = {{"PRADHAN", "कमला देवी", "elected", "प्रधान", 1},
                    {"SECRETARY", "सुरेश कुमार वर्मा", "staff", "ग्राम पंचायत सचिव", 2},
                    {"SAFAI1", "मुन्ना लाल", "staff", "सफाई कर्मी", 3}};
        for (const auto &r : rows)
            QVERIFY(store.save(t.admin, {{QStringLiteral("code"), QString::fromLatin1(r.code)}, {QStringLiteral("name_hi"), q(r.name)},
                                         {QStringLiteral("group"), QString::fromLatin1(r.group)},
                                         {QStringLiteral("designation_hi"), q(r.designation)}, {QStringLiteral("position"), r.position}})
                        .ok());
    }

private slots:
    void aMarkADayCorrectedWhenMarkedAgain()
    {
        TestBook t;
        QVERIFY(t.create());
        people(t);
        Attendance a(*t.book);
        auto staff = a.staff();
        QVERIFY(staff.ok());
        QCOMPARE(staff.value().size(), 2);  // the Pradhan is not staff
        QCOMPARE(staff.value().first().code, QStringLiteral("SECRETARY"));
        // Friday 20-11-2026: present 10:05 to 17:30.
        auto p = a.mark(t.admin, d("2026-11-20"), QStringLiteral("secretary"), QStringLiteral("present"), QTime(10, 5), QTime(17, 30));
        QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
        QCOMPARE(p.value().text(AttendanceKeys::personName), q("सुरेश कुमार वर्मा"));
        QCOMPARE(p.value().text(AttendanceKeys::person), QStringLiteral("SECRETARY"));
        // The same again writes nothing; another mark is a correction (version 2) with the change as its reason.
        QCOMPARE(a.mark(t.admin, d("2026-11-20"), QStringLiteral("SECRETARY"), QStringLiteral("present"), QTime(10, 5), QTime(17, 30)).value().version, 1);
        auto l = a.mark(t.admin, d("2026-11-20"), QStringLiteral("SECRETARY"), QStringLiteral("casual_leave"));
        QVERIFY2(l.ok(), l.ok() ? "" : qPrintable(l.error().message));
        QCOMPARE(l.value().version, 2);
        QVERIFY(!l.value().reason.isEmpty());
        QCOMPARE(a.day(d("2026-11-20")).value().size(), 1);
        // Sunday 22-11-2026 is the weekly off; times go only with present; the departure follows the arrival;
        // the Pradhan and an unknown code are not on the staff list.
        QVERIFY(!a.mark(t.admin, d("2026-11-22"), QStringLiteral("SAFAI1"), QStringLiteral("present")).ok());
        QVERIFY(!a.mark(t.admin, d("2026-11-19"), QStringLiteral("SAFAI1"), QStringLiteral("absent"), QTime(10, 0)).ok());
        QVERIFY(!a.mark(t.admin, d("2026-11-19"), QStringLiteral("SAFAI1"), QStringLiteral("present"), QTime(10, 0), QTime(9, 0)).ok());
        QVERIFY(!a.mark(t.admin, d("2026-11-19"), QStringLiteral("PRADHAN"), QStringLiteral("present")).ok());
        QVERIFY(!a.mark(t.admin, d("2026-11-19"), QStringLiteral("NOBODY"), QStringLiteral("present")).ok());
        // A second entry for the same day by import is refused, naming the first.
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::attendance(),
                                         QByteArrayLiteral("date,person_code,mark\n20-11-2026,SECRETARY,P\n20-11-2026,SECRETARY,present\n"),
                                         QStringLiteral("a.csv"), false);
        QVERIFY(r.ok());
        QCOMPARE(r.value().written, 0);
        QVERIFY2(r.value().problems.join(u'\n').contains(QStringLiteral("ATT/2026-27/000001")), qPrintable(r.value().problems.join(u'\n')));
        QCOMPARE(Attendance::markOfKey(u'p'), QStringLiteral("present"));
        QCOMPARE(Attendance::markOfKey(u'E'), QStringLiteral("earned_leave"));
        QCOMPARE(Attendance::markOfKey(u'X'), QString());
    }

    // November 2026 has 30 days and 5 Sundays (1, 8, 15, 22, 29): 25 working days in a book with no holidays.
    // The secretary: present 2–4, casual leave 5, medical leave 6, on tour 7; 25 − 6 = 19 days unmarked.
    // The sanitation worker: absent 2, present 3: 23 unmarked.
    void theMonthsSheetTotalsByHand()
    {
        TestBook t;
        QVERIFY(t.create());
        people(t);
        Attendance a(*t.book);
        const struct {
            const char *date, *code, *mark;
        } marks[] = {{"2026-11-02", "SECRETARY", "present"},  {"2026-11-03", "SECRETARY", "present"},
                     {"2026-11-04", "SECRETARY", "present"},  {"2026-11-05", "SECRETARY", "casual_leave"},
                     {"2026-11-06", "SECRETARY", "medical_leave"}, {"2026-11-07", "SECRETARY", "tour"},
                     {"2026-11-02", "SAFAI1", "absent"},      {"2026-11-03", "SAFAI1", "present"}};
        for (const auto &m : marks)
            QVERIFY(a.mark(t.admin, d(m.date), QString::fromLatin1(m.code), QString::fromLatin1(m.mark)).ok());
        auto sheet = a.month(d("2026-11-01"));
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.value().workingDays.size(), 25);
        const Attendance::Row &secretary = sheet.value().rows.at(0);
        QCOMPARE(secretary.totals.value(QStringLiteral("present")), 3);
        QCOMPARE(secretary.totals.value(QStringLiteral("casual_leave")), 1);
        QCOMPARE(secretary.totals.value(QStringLiteral("medical_leave")), 1);
        QCOMPARE(secretary.totals.value(QStringLiteral("tour")), 1);
        QCOMPARE(secretary.unmarked, 19);
        QCOMPARE(secretary.marks.value(5), QStringLiteral("casual_leave"));
        const Attendance::Row &safai = sheet.value().rows.at(1);
        QCOMPARE(safai.totals.value(QStringLiteral("absent")), 1);
        QCOMPARE(safai.unmarked, 23);
        // The year's leave: one casual and one medical leave day for the secretary in 2026, none for the other.
        auto year = a.year(2026);
        QVERIFY(year.ok());
        QCOMPARE(year.value().at(0).totals.value(QStringLiteral("casual_leave")), 1);
        QCOMPARE(year.value().at(0).totals.value(QStringLiteral("medical_leave")), 1);
        QCOMPARE(year.value().at(1).totals.value(QStringLiteral("casual_leave")), 0);
    }
};

QTEST_GUILESS_MAIN(TestAttendance)
#include "tst_attendance.moc"
