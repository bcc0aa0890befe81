// The monthly report's front-office sections for October 2026, against figures worked out by hand
// (see the comments: due dates with Sunday off and no holidays).

#include "TestBook.h"
#include "registers/Attendance.h"
#include "registers/Family.h"
#include "registers/FrontOffice.h"
#include "registers/EntryService.h"
#include "reports/MonthlyReport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

}  // namespace

class TestReport : public QObject {
    Q_OBJECT

    TestBook t;

    Entry visit(const char *date, QVariant r1, QVariant r2)
    {
        auto e = EntryService(*t.book).add(t.admin, Registers::visitors(),
                                          {{QStringLiteral("date"), d(date)},
                                           {QStringLiteral("time_in"), QTime(10, 0)},
                                           {QStringLiteral("time_out"), QTime(10, 30)},
                                           {QStringLiteral("name"), QStringLiteral("आगंतुक")},
                                           {QStringLiteral("purpose"), QStringLiteral("enquiry")},
                                           {QStringLiteral("service_time_rating"), r1},
                                           {QStringLiteral("behaviour_rating"), r2}});
        if (!e)
            qFatal("%s", qPrintable(e.error().message));
        return e.value();
    }

    Entry application(const char *received, const char *status = "pending", const char *closed = nullptr)
    {
        auto e = EntryService(*t.book).add(t.admin, Registers::applications(),
                                          {{QStringLiteral("service_code"), QStringLiteral("FAMREG-COPY")},
                                           {QStringLiteral("received_on"), d(received)},
                                           {QStringLiteral("applicant_name"), QStringLiteral("आवेदक")},
                                           {QStringLiteral("status"), QString::fromLatin1(status)},
                                           {QStringLiteral("closed_on"), closed ? QVariant(d(closed)) : QVariant()}});
        if (!e)
            qFatal("%s", qPrintable(e.error().message));
        return e.value();
    }

    Entry complaint(const char *received, const char *category, const char *status = "received",
                    const char *disposed = nullptr)
    {
        auto e = EntryService(*t.book).add(t.admin, Registers::complaints(),
                                          {{QStringLiteral("received_on"), d(received)},
                                           {QStringLiteral("mode"), QStringLiteral("in_person")},
                                           {QStringLiteral("complainant_name"), QStringLiteral("शिकायतकर्ता")},
                                           {QStringLiteral("category_code"), QString::fromLatin1(category)},
                                           {QStringLiteral("description"), QStringLiteral("विवरण")},
                                           {QStringLiteral("status"), QString::fromLatin1(status)},
                                           {QStringLiteral("disposed_on"), disposed ? QVariant(d(disposed)) : QVariant()}});
        if (!e)
            qFatal("%s", qPrintable(e.error().message));
        return e.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(t.create());
        FrontOffice fo(*t.book);
        // Visitors: four in October, two of them with both ratings (4+3)/2 = 3.50 and (5+4)/2 = 4.50.
        visit("2026-10-05", 4, 5);
        visit("2026-10-06", 3, 4);
        visit("2026-10-07", {}, {});
        visit("2026-10-08", 5, {});    // one rating only: not feedback
        visit("2026-09-30", 1, 1);     // September
        QVERIFY(EntryService(*t.book).cancel(t.admin, Registers::visitors(), visit("2026-10-09", 5, 5), QStringLiteral("twice")).ok());

        // Applications, family-register copy, 3 working days.
        application("2026-10-01", "delivered", "2026-10-05");  // Thu; due Mon 5 Oct: in time
        application("2026-10-10", "delivered", "2026-10-20");  // Sat; due Wed 14 Oct: late
        application("2026-10-20", "rejected", "2026-10-22");   // rejected in October
        application("2026-10-29", "delivered", "2026-11-10");  // due Mon 2 Nov: pending at month end, not overdue
        application("2026-09-25");                             // due Tue 29 Sep: pending and overdue
        QVERIFY(EntryService(*t.book).cancel(t.admin, Registers::applications(), application("2026-10-15"), QStringLiteral("duplicate")).ok());
        application("2026-09-01", "delivered", "2026-09-03");  // all in September

        // Complaints: WATER 2 working days, ROADS 30.
        complaint("2026-10-03", "WATER", "disposed", "2026-10-06");      // Sat; due Tue 6: in time
        complaint("2026-10-12", "WATER", "rejected", "2026-10-16");      // due Wed 14: late
        complaint("2026-10-20", "WATER", "transferred", "2026-10-21");   // due Thu 22: in time
        complaint("2026-10-26", "WATER", "in_progress");                 // due Wed 28: overdue at month end
        complaint("2026-10-30", "ROADS");                                // due in December: pending
        const Entry reopened = complaint("2026-09-28", "WATER", "disposed", "2026-10-02");  // due Wed 30 Sep
        QVERIFY(fo.reopenComplaint(t.admin, reopened, QStringLiteral("not fixed")).ok());   // pending, overdue
        complaint("2026-10-05", "WATER", "disposed", "2026-11-03");      // due Wed 7 Oct: pending at end, overdue
    }

    void october()
    {
        auto r = MonthlyReport::compute(*t.book, QStringLiteral("2026-10"));
        QVERIFY(r.ok());
        const MonthlyReport &m = r.value();
        QCOMPARE(m.first, d("2026-10-01"));
        QCOMPARE(m.last, d("2026-10-31"));
        QCOMPARE(m.visitors.count, 4);
        QCOMPARE(m.visitors.withFeedback, 2);
        QCOMPARE(m.visitors.avgServiceTimeRating.json(), QStringLiteral("3.50"));
        QCOMPARE(m.visitors.avgBehaviourRating.json(), QStringLiteral("4.50"));
        QCOMPARE(m.applications.received, 4);
        QCOMPARE(m.applications.delivered, 2);
        QCOMPARE(m.applications.deliveredInTime, 1);
        QCOMPARE(m.applications.rejected, 1);
        QCOMPARE(m.applications.pendingAtMonthEnd, 2);
        QCOMPARE(m.applications.overdueAtMonthEnd, 1);
        QCOMPARE(m.applications.inTimePct.json(), QStringLiteral("50.00"));
        QCOMPARE(m.complaints.received, 6);
        QCOMPARE(m.complaints.disposed, 3);
        QCOMPARE(m.complaints.disposedInTime, 2);
        QCOMPARE(m.complaints.pendingAtMonthEnd, 4);
        QCOMPARE(m.complaints.overdueAtMonthEnd, 3);
        QCOMPARE(m.complaints.inTimePct.json(), QStringLiteral("66.67"));

        const QJsonObject j = QJsonDocument::fromJson(m.toJson()).object();
        QCOMPARE(j.value(QStringLiteral("schema")).toString(), QStringLiteral("gramdesk.monthly-report/1"));
        QCOMPARE(j.value(QStringLiteral("month")).toString(), QStringLiteral("2026-10"));
        QCOMPARE(j.value(QStringLiteral("office")).toObject().value(QStringLiteral("lgd_code")).toString(), QStringLiteral("123456"));
        QCOMPARE(j.value(QStringLiteral("complaints")).toObject().value(QStringLiteral("in_time_pct")).toDouble(), 66.67);
        QCOMPARE(j.value(QStringLiteral("applications")).toObject().value(QStringLiteral("overdue_at_month_end")).toInt(), 1);
        QVERIFY(m.toJson().contains("\"in_time_pct\": 50.00"));
        QVERIFY(m.toCsv().contains("complaints,disposed_in_time,2\r\n"));
    }

    // The sections added beside the contract's (docs/monthly-report.md), on a book of their own, for October 2026.
    void familyAttendanceMeetingsAndCorrectiveActions()
    {
        TestBook b;
        QVERIFY(b.create());
        using K = FamilyMemberKeys;
        FamilyRegister reg(*b.book);
        // Family रामपुर/1 from 01-09-2026: the head, his wife and son; a baby born 10-10; the wife died 20-10.
        // Family रामपुर/2 starts 05-11-2026, after the month. Living at 31-10: head, son, baby = 3 in 1 family.
        const auto member = [](const char *name, const char *relation, const char *sex) {
            return QVariantMap{{K::village, QStringLiteral("रामपुर")}, {K::familyNo, 1}, {K::name, QString::fromUtf8(name)},
                               {K::relation, QString::fromLatin1(relation)}, {K::sex, QString::fromLatin1(sex)}, {K::age, 40}};
        };
        QVERIFY(reg.newFamily(b.admin, member("राम", "head", "male"), {d("2026-09-01"), QStringLiteral("प्रविष्टि"), {}, {}}).ok());
        const Entry wife = b.add(Registers::familyMembers(), member("सीता", "wife", "female"));
        b.add(Registers::familyMembers(), member("श्याम", "son", "male"));
        QVariantMap baby = member("बेबी", "grandson", "male");
        baby.remove(K::age);
        QVERIFY(reg.addMember(b.admin, {QStringLiteral("रामपुर"), 1}, QStringLiteral("birth"), baby, {d("2026-10-10"), QStringLiteral("जन्म"), {}, {}}).ok());
        const Entry death = b.add(Registers::vitalEvents(), {{QStringLiteral("event_type"), QStringLiteral("death")},
                                                             {QStringLiteral("event_date"), d("2026-10-20")},
                                                             {QStringLiteral("reported_on"), d("2026-10-21")},
                                                             {QStringLiteral("name"), QStringLiteral("सीता")},
                                                             {QStringLiteral("sex"), QStringLiteral("female")},
                                                             {QStringLiteral("place_type"), QStringLiteral("home")},
                                                             {QStringLiteral("informant_name"), QStringLiteral("राम")}});
        QVERIFY(reg.memberLeaves(b.admin, wife, QStringLiteral("death"), {d("2026-10-20"), {}, {}, death.number}).ok());
        b.add(Registers::vitalEvents(), {{QStringLiteral("event_type"), QStringLiteral("birth")},
                                         {QStringLiteral("event_date"), d("2026-10-14")},
                                         {QStringLiteral("reported_on"), d("2026-10-15")},
                                         {QStringLiteral("sex"), QStringLiteral("female")},
                                         {QStringLiteral("mother_name"), QStringLiteral("गीता")},
                                         {QStringLiteral("place_type"), QStringLiteral("home")},
                                         {QStringLiteral("informant_name"), QStringLiteral("मोहन")}});  // not carried
        QVariantMap second = member("मोहन", "head", "male");
        second.insert(K::familyNo, 2);
        QVERIFY(reg.newFamily(b.admin, second, {d("2026-11-05"), QStringLiteral("प्रविष्टि"), {}, {}}).ok());
        // The secretary, in October's 27 working days (31 less the Sundays 4, 11, 18, 25): present 1 and 3, on tour 5,
        // casual leave 6, absent 7; 22 not marked; present or on duty 3 of 27 = 11.11%.
        QVERIFY(MasterStore(*b.book, Registers::people())
                    .save(b.admin, {{QStringLiteral("code"), QStringLiteral("SECRETARY")}, {QStringLiteral("name_hi"), QStringLiteral("सचिव")},
                                    {QStringLiteral("group"), QStringLiteral("staff")}, {QStringLiteral("designation_hi"), QStringLiteral("सचिव")}})
                    .ok());
        Attendance att(*b.book);
        for (const auto &[day, mark] : {std::pair{"2026-10-01", "present"}, std::pair{"2026-10-03", "present"}, std::pair{"2026-10-05", "tour"},
                                        std::pair{"2026-10-06", "casual_leave"}, std::pair{"2026-10-07", "absent"}})
            QVERIFY(att.mark(b.admin, d(day), QStringLiteral("SECRETARY"), QString::fromLatin1(mark)).ok());
        // Meetings: a GP meeting, a committee, a Gram Sabha short of its quorum (40 of 1,000: a fifth is 200), a
        // social audit; and one GP meeting in September.
        const auto meeting = [&](const char *kind, const char *on, int members, int present, const char *extraKey, const char *extra) {
            QVariantMap v{{QStringLiteral("kind"), QString::fromLatin1(kind)}, {QStringLiteral("held_on"), d(on)},
                          {QStringLiteral("members"), members}, {QStringLiteral("present"), present}};
            if (extraKey)
                v.insert(QString::fromLatin1(extraKey), QString::fromLatin1(extra));
            b.add(Registers::meetings(), v);
        };
        meeting("gp", "2026-10-10", 12, 9, nullptr, nullptr);
        meeting("committee", "2026-10-12", 6, 4, "committee", "works");
        meeting("gram_sabha", "2026-10-15", 1000, 40, "session", "kharif");
        meeting("social_audit", "2026-10-20", 50, 30, nullptr, nullptr);
        meeting("gp", "2026-09-10", 12, 9, nullptr, nullptr);
        // Audit findings: one of September due 15-10 still open (open and overdue at month end); one raised 05-10 and
        // done 25-10; one raised 20-10 due 30-11 (open, not overdue). Raised 2, completed 1, open 2, overdue 1.
        const auto finding = [&](const char *found, const char *due, const char *done) {
            QVariantMap v{{QStringLiteral("found_on"), d(found)}, {QStringLiteral("type"), QStringLiteral("minor")},
                          {QStringLiteral("finding"), QStringLiteral("अभिलेख अधूरा")}, {QStringLiteral("due_on"), d(due)}};
            if (done) {
                v.insert(QStringLiteral("done_on"), d(done));
                v.insert(QStringLiteral("action"), QStringLiteral("पूरा किया"));
                v.insert(QStringLiteral("cause"), QStringLiteral("जाँच नहीं हुई"));
                v.insert(QStringLiteral("owner"), QStringLiteral("सचिव"));
            }
            b.add(Registers::auditFindings(), v);
        };
        finding("2026-09-10", "2026-10-15", nullptr);
        finding("2026-10-05", "2026-10-30", "2026-10-25");
        finding("2026-10-20", "2026-11-30", nullptr);

        auto r = MonthlyReport::compute(*b.book, QStringLiteral("2026-10"));
        QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
        const MonthlyReport &m = r.value();
        QCOMPARE(m.familyRegister.families, 1);
        QCOMPARE(m.familyRegister.membersLiving, 3);
        QCOMPARE(m.familyRegister.copiesIssued, 0);
        QCOMPARE(m.familyRegister.notCarried, 1);
        QCOMPARE(m.attendance.workingDays, 27);
        QCOMPARE(m.attendance.staff.size(), 1);
        const auto &s = m.attendance.staff.first();
        QCOMPARE(s.present, 2);
        QCOMPARE(s.duty, 1);
        QCOMPARE(s.leave, 1);
        QCOMPARE(s.absent, 1);
        QCOMPARE(s.unmarked, 22);
        QCOMPARE(m.attendance.presentPct.json(), QStringLiteral("11.11"));
        QCOMPARE(m.meetings.gp, 1);
        QCOMPARE(m.meetings.committee, 1);
        QCOMPARE(m.meetings.gramSabha, 1);
        QCOMPARE(m.meetings.quorumNotMet, 1);
        QCOMPARE(m.socialAudits, 1);
        QCOMPARE(m.correctiveActions.raised, 2);
        QCOMPARE(m.correctiveActions.closed, 1);
        QCOMPARE(m.correctiveActions.openAtMonthEnd, 2);
        QCOMPARE(m.correctiveActions.overdueAtMonthEnd, 1);
        // The JSON and CSV carry the keys docs/monthly-report.md gives.
        const QJsonObject j = QJsonDocument::fromJson(m.toJson()).object();
        const QJsonObject family = j.value(QStringLiteral("family_register")).toObject();
        QCOMPARE(family.value(QStringLiteral("members_living")).toInt(), 3);
        QCOMPARE(family.value(QStringLiteral("events")).toObject().value(QStringLiteral("birth")).toInt(), 1);
        QCOMPARE(family.value(QStringLiteral("events")).toObject().value(QStringLiteral("death")).toInt(), 1);
        QCOMPARE(family.value(QStringLiteral("events")).toObject().value(QStringLiteral("new_family")).toInt(), 0);
        QCOMPARE(family.value(QStringLiteral("births_and_deaths_not_carried")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("attendance")).toObject().value(QStringLiteral("present_pct")).toDouble(), 11.11);
        QCOMPARE(j.value(QStringLiteral("attendance")).toObject().value(QStringLiteral("staff")).toArray().first().toObject()
                     .value(QStringLiteral("unmarked")).toInt(), 22);
        QCOMPARE(j.value(QStringLiteral("meetings")).toObject().value(QStringLiteral("quorum_not_met")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("social_audit")).toObject().value(QStringLiteral("held")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("corrective_actions")).toObject().value(QStringLiteral("overdue_at_month_end")).toInt(), 1);
        QCOMPARE(j.value(QStringLiteral("appeals")).toObject().value(QStringLiteral("filed")).toInt(), 0);  // still there
        const QByteArray csv = m.toCsv();
        QVERIFY(csv.contains("family_register,events.birth,1\r\n"));
        QVERIFY(csv.contains("attendance,staff.SECRETARY.leave,1\r\n"));
        QVERIFY(csv.contains("corrective_actions,open_at_month_end,2\r\n"));
        // November: family 2 has started, the copy count is November's (none issued here).
        auto nov = MonthlyReport::compute(*b.book, QStringLiteral("2026-11"));
        QVERIFY(nov.ok());
        QCOMPARE(nov.value().familyRegister.families, 2);
        QCOMPARE(nov.value().familyRegister.membersLiving, 4);
    }

    void twelveMonthsForTheCharts()
    {
        // December 2025 to November 2026, from the same entries: September one delivery in time (100.00) and one
        // visitor; October 1 of 2 deliveries in time (50.00), 2 of 3 complaints (66.67), 4 visitors; November the
        // late delivery of 29 October and the late disposal of 5 October (0.00 each); earlier months nothing.
        auto t12 = MonthlyTrend::compute(*t.book, QDate(2026, 11, 1));
        QVERIFY(t12.ok());
        const MonthlyTrend &m = t12.value();
        QCOMPARE(m.months.size(), 12);
        QCOMPARE(m.months.first(), QDate(2025, 12, 1));
        QCOMPARE(m.months.last(), QDate(2026, 11, 1));
        QVERIFY(!m.servicesInTimePct.at(0).value);
        QCOMPARE(m.servicesInTimePct.at(9).json(), QStringLiteral("100.00"));   // September
        QCOMPARE(m.servicesInTimePct.at(10).json(), QStringLiteral("50.00"));   // October
        QCOMPARE(m.servicesInTimePct.at(11).json(), QStringLiteral("0.00"));    // November
        QCOMPARE(m.complaintsInTimePct.at(10).json(), QStringLiteral("66.67"));
        QCOMPARE(m.complaintsInTimePct.at(11).json(), QStringLiteral("0.00"));
        QVERIFY(!m.complaintsInTimePct.at(9).value);
        QCOMPARE(m.visitors.at(9), 1);
        QCOMPARE(m.visitors.at(10), 4);
        QCOMPARE(m.visitors.at(11), 0);
        QCOMPARE(m.receipts.at(10) + m.payments.at(10), 0);
        // October's own figures agree with the month's report.
        QCOMPARE(m.servicesInTimePct.at(10).json(), MonthlyReport::compute(*t.book, QStringLiteral("2026-10")).value().applications.inTimePct.json());
    }

    void emptyMonthHasNullShares()
    {
        auto r = MonthlyReport::compute(*t.book, QStringLiteral("2025-06"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().visitors.count, 0);
        QVERIFY(r.value().toJson().contains("\"avg_service_time_rating\": null"));
        QVERIFY(r.value().toJson().contains("\"in_time_pct\": null"));
    }

    void refusesFutureAndMalformedMonths()
    {
        QCOMPARE(MonthlyReport::compute(*t.book, QStringLiteral("2026-12")).error().code, ErrorCode::InputRejected);
        QCOMPARE(MonthlyReport::compute(*t.book, QStringLiteral("2026-13")).error().code, ErrorCode::Usage);
        QCOMPARE(MonthlyReport::compute(*t.book, QStringLiteral("Oct 2026")).error().code, ErrorCode::Usage);
    }

    void shares_data()
    {
        QTest::addColumn<int>("num");
        QTest::addColumn<int>("den");
        QTest::addColumn<QString>("pct");
        QTest::newRow("2/3") << 2 << 3 << "66.67";
        QTest::newRow("1/3") << 1 << 3 << "33.33";
        QTest::newRow("1/8 rounds half up") << 1 << 8 << "12.50";
        QTest::newRow("1/16 = 6.25") << 1 << 16 << "6.25";
        QTest::newRow("1/200 = 0.50") << 1 << 200 << "0.50";
        QTest::newRow("1/40000 rounds up to 0.00") << 1 << 40000 << "0.00";
        QTest::newRow("all") << 7 << 7 << "100.00";
        QTest::newRow("none of zero") << 0 << 0 << "null";
    }

    void shares()
    {
        QFETCH(int, num);
        QFETCH(int, den);
        QFETCH(QString, pct);
        QCOMPARE(Hundredths::ratio(num, den).json(), pct);
    }
};

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
