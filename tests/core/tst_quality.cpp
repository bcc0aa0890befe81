// The quality system's records (Annexure-1): the policy in force, objectives measured from the registers,
// roles and the quality circle, trainings, citizen surveys, and audit findings with verified corrective actions.
// Every figure below is worked out by hand from the entries made here.

#include "TestBook.h"
#include "registers/EntryService.h"
#include "registers/Masters.h"
#include "registers/QualitySystem.h"

#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace gd::test::shorthand;

namespace {

QString why(const Status &s)
{
    return s ? QString() : s.error().message;
}

template <typename T>
QString why(const Result<T> &r)
{
    return r ? QString() : r.error().message;
}

QVariantMap objective(const char *code, const char *measure, qint64 target, const char *comparison = "at_least")
{
    return {{q("code"), q(code)}, {q("name_hi"), QString(q("उद्देश्य ") + q(code))}, {q("measure"), q(measure)},
            {q("comparison"), q(comparison)}, {q("target"), target}, {q("active"), q("yes")}};
}

}  // namespace

class TestQuality : public QObject {
    Q_OBJECT

    TestBook t;

    void visit(const char *date, QVariant time, QVariant behaviour)
    {
        t.add(Registers::visitors(), {{q("date"), d(date)}, {q("time_in"), QTime(10, 0)}, {q("time_out"), QTime(10, 20)},
                                    {q("name"), q("आगंतुक")}, {q("purpose"), q("enquiry")},
                                    {q("service_time_rating"), time}, {q("behaviour_rating"), behaviour}});
    }

    Entry application(const char *received, const char *status, const char *closed)
    {
        return t.add(Registers::applications(), {{q("service_code"), q("FAMREG-COPY")}, {q("received_on"), d(received)},
                                               {q("applicant_name"), q("आवेदक")}, {q("status"), q(status)},
                                               {q("closed_on"), closed ? QVariant(d(closed)) : QVariant()}});
    }

    void complaint(const char *received, const char *status, const char *disposed)
    {
        t.add(Registers::complaints(), {{q("received_on"), d(received)}, {q("mode"), q("in_person")},
                                      {q("complainant_name"), q("शिकायतकर्ता")}, {q("category_code"), q("WATER")},
                                      {q("description"), q("नल खराब")}, {q("status"), q(status)},
                                      {q("disposed_on"), disposed ? QVariant(d(disposed)) : QVariant()}});
    }

    void birth(const char *event, const char *reported)
    {
        t.add(Registers::vitalEvents(), {{q("event_type"), q("birth")}, {q("event_date"), d(event)},
                                       {q("reported_on"), d(reported)}, {q("sex"), q("female")},
                                       {q("father_name"), q("राम प्रसाद")}, {q("mother_name"), q("सीता देवी")}, {q("place_type"), q("home")},
                                       {q("informant_name"), q("राम प्रसाद")}});
    }

    Entry survey(const char *done, int asked, int satisfied)
    {
        return t.add(Registers::surveys(), {{q("done_on"), d(done)}, {q("title"), q("नागरिक संतुष्टि सर्वे")},
                                          {q("method"), q("door_to_door")}, {q("respondents"), asked},
                                          {q("satisfied"), satisfied}});
    }

    QualitySystem::Measured measured(const QVariantMap &o, const char *from, const char *to)
    {
        auto m = QualitySystem(*t.book).measure(o, d(from), d(to));
        if (!m)
            qFatal("%s", qPrintable(m.error().message));
        return m.value();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(t.create());
        EntryService fo(*t.book);
        // Visitors in October: two with both ratings (time 4 and 3, behaviour 5 and 4), one without, one with
        // only one rating (not feedback). Feedback share 2 of 4 = 50.00; behaviour (5+4)/2 = 4.50; time 3.50.
        visit("2026-10-05", 4, 5);
        visit("2026-10-06", 3, 4);
        visit("2026-10-07", {}, {});
        visit("2026-10-08", 5, {});
        // Family-register copies, 3 working days, Sundays off.
        application("2026-10-01", "delivered", "2026-10-05");  // Thu; due Mon 5 Oct: in time
        application("2026-10-10", "delivered", "2026-10-20");  // Sat; due Wed 14 Oct: late
        application("2026-10-19", "delivered", "2026-10-21");  // Mon; due Thu 22 Oct: in time
        application("2026-10-20", "rejected", "2026-10-22");   // rejected: not a delivery
        application("2026-10-26", "delivered", "2026-11-02");  // Mon; due Thu 29 Oct: late, delivered in November
        QVERIFY(fo.cancel(t.admin, Registers::applications(), application("2026-10-02", "delivered", "2026-10-03"),
                          q("entered twice"))
                    .ok());
        // Water complaints, 2 working days.
        complaint("2026-10-03", "disposed", "2026-10-06");     // Sat; due Tue 6: in time
        complaint("2026-10-12", "rejected", "2026-10-16");     // Mon; due Wed 14: late
        complaint("2026-10-20", "transferred", "2026-10-21");  // Tue; due Thu 22: in time
        complaint("2026-10-26", "in_progress", nullptr);       // not disposed
        // Births reported in October: after 9 days (on time), 34 days (permission), 21 days (on time).
        birth("2026-10-01", "2026-10-10");
        birth("2026-09-01", "2026-10-05");
        birth("2026-09-20", "2026-10-11");
        // Surveys: 34 of 40 satisfied in October, 45 of 60 in November.
        survey("2026-10-15", 40, 34);
        survey("2026-11-10", 60, 45);
    }

    void objectivesMeasuredFromTheRegisters_data()
    {
        QTest::addColumn<QString>("measure");
        QTest::addColumn<qint64>("target");  // thousandths
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("value");
        QTest::addColumn<qint64>("counted");
        QTest::addColumn<int>("met");  // 1 met, 0 not met, -1 nothing to measure
        QTest::newRow("services, October: 2 of 3") << q("services_in_time") << qint64(95000) << q("2026-10-31") << q("66.67") << qint64(3) << 0;
        QTest::newRow("services, to date: 2 of 4") << q("services_in_time") << qint64(50000) << q("2026-11-22") << q("50.00") << qint64(4) << 1;
        QTest::newRow("complaints: 2 of 3") << q("complaints_in_time") << qint64(60000) << q("2026-10-31") << q("66.67") << qint64(3) << 1;
        QTest::newRow("feedback: 2 of 4 visitors") << q("feedback_share") << qint64(50000) << q("2026-10-31") << q("50.00") << qint64(4) << 1;
        QTest::newRow("behaviour 4.50") << q("behaviour_rating") << qint64(4000) << q("2026-10-31") << q("4.50") << qint64(2) << 1;
        QTest::newRow("service time 3.50") << q("service_time_rating") << qint64(4000) << q("2026-10-31") << q("3.50") << qint64(2) << 0;
        QTest::newRow("births on time: 2 of 3") << q("vital_on_time") << qint64(66670) << q("2026-10-31") << q("66.67") << qint64(3) << 1;
        QTest::newRow("births on time, just short") << q("vital_on_time") << qint64(66680) << q("2026-10-31") << q("66.67") << qint64(3) << 0;
        QTest::newRow("survey, October: 34 of 40") << q("survey_satisfaction") << qint64(80000) << q("2026-10-31") << q("85.00") << qint64(40) << 1;
        QTest::newRow("surveys pooled: 79 of 100") << q("survey_satisfaction") << qint64(80000) << q("2026-11-22") << q("79.00") << qint64(100) << 0;
    }

    void objectivesMeasuredFromTheRegisters()
    {
        QFETCH(QString, measure);
        QFETCH(qint64, target);
        QFETCH(QString, to);
        QFETCH(QString, value);
        QFETCH(qint64, counted);
        QFETCH(int, met);
        QVariantMap o = objective("X", "manual", target);
        o.insert(q("measure"), measure);
        const auto m = measured(o, "2026-10-01", to.toLatin1().constData());
        QCOMPARE(m.value.json(), value);
        QCOMPARE(m.counted, counted);
        QCOMPARE(m.met.has_value() ? int(*m.met) : -1, met);
    }

    void nothingToMeasure()
    {
        // September has no deliveries: no value, neither met nor missed.
        const auto m = measured(objective("S", "services_in_time", 95000), "2026-09-01", "2026-09-30");
        QVERIFY(!m.value.value);
        QCOMPARE(m.counted, 0);
        QVERIFY(!m.met);
    }

    void manualObjectivesAndAtMost()
    {
        QVariantMap o = objective("M", "manual", 2000, "at_most");
        o.insert(q("measured_value"), qint64(3000));
        o.insert(q("measured_on"), d("2026-11-01"));
        // Measured on 1 November: not known for October; 3 is more than the at-most target of 2.
        QVERIFY(!measured(o, "2026-10-01", "2026-10-31").met);
        const auto m = measured(o, "2026-10-01", "2026-11-22");
        QCOMPARE(m.value.json(), q("3.00"));
        QCOMPARE(m.met, std::optional<bool>(false));
        o.insert(q("measured_value"), qint64(2000));
        QCOMPARE(measured(o, "2026-10-01", "2026-11-22").met, std::optional<bool>(true));
        // At most 60% of complaints in time is met by 66.67? No: it is more.
        QCOMPARE(measured(objective("C", "complaints_in_time", 60000, "at_most"), "2026-10-01", "2026-10-31").met,
                 std::optional<bool>(false));
    }

    void objectiveRules()
    {
        MasterStore store(*t.book, Registers::qualityObjectives());
        QVERIFY(!store.save(t.admin, objective("P", "services_in_time", 100001)));   // over 100%
        QVERIFY(!store.save(t.admin, objective("R", "behaviour_rating", 5500)));     // rating over 5
        QVERIFY(!store.save(t.admin, objective("R", "behaviour_rating", 500)));      // rating under 1
        QVariantMap measuredByBooks = objective("B", "services_in_time", 95000);
        measuredByBooks.insert(q("measured_value"), qint64(90000));
        measuredByBooks.insert(q("measured_on"), d("2026-11-01"));
        QVERIFY(!store.save(t.admin, measuredByBooks));  // GramDesk measures it
        QVariantMap noDate = objective("M", "manual", 4000);
        noDate.insert(q("measured_value"), qint64(5000));
        const auto refused = store.save(t.admin, noDate);
        QVERIFY(!refused);
        QVERIFY(refused.error().message.contains(q("date")));
        const Status saved = store.save(t.admin, objective("SVC", "services_in_time", 95000));
        QVERIFY2(saved.ok(), qPrintable(why(saved)));
        QVariantMap off = objective("OLD", "feedback_share", 30000);
        off.insert(q("active"), q("no"));
        QVERIFY(store.save(t.admin, off).ok());
        // The objectives in use, measured: only SVC (OLD is not in use).
        auto list = QualitySystem(*t.book).objectives(d("2026-10-01"), d("2026-10-31"));
        QVERIFY2(list.ok(), qPrintable(why(list)));
        QCOMPARE(list.value().size(), 1);
        QCOMPARE(list.value().first().row.value(q("code")).toString(), q("SVC"));
        QCOMPARE(list.value().first().measured.value.json(), q("66.67"));
    }

    void surveyShare()
    {
        QVariantMap v{{q("respondents"), 7}, {q("satisfied"), 6}};
        QVERIFY(QualitySystem::checkSurvey(v).isEmpty());
        QCOMPARE(v.value(q("satisfied_pct")).toLongLong(), 85710);  // 6/7 = 85.714… → 85.71
        QVariantMap over{{q("respondents"), 7}, {q("satisfied"), 8}};
        QCOMPARE(QualitySystem::checkSurvey(over).size(), 1);
        QCOMPARE(survey("2026-11-12", 8, 8).value(q("satisfied_pct")).toLongLong(), 100000);
    }

    void trainingAttendees()
    {
        EntryService fo(*t.book);
        QVariantMap v{{q("held_on"), d("2026-11-05")}, {q("topic"), q("आईएसओ 9001 जागरूकता")}, {q("kind"), q("iso")},
                      {q("attendees"), q("  रमेश   कुमार \n\nसीता देवी\nरमेश कुमार")}};
        const auto twice = fo.add(t.admin, Registers::trainings(), v);
        QVERIFY(!twice.ok());
        QVERIFY(twice.error().message.contains(q("रमेश कुमार")));
        v.insert(q("attendees"), q("  रमेश   कुमार \n\nसीता देवी\nGeeta\n"));
        v.insert(q("hours"), qint64(0));
        QVERIFY(!fo.add(t.admin, Registers::trainings(), v).ok());  // no time at all
        v.insert(q("hours"), qint64(2500));
        const auto ok = fo.add(t.admin, Registers::trainings(), v);
        QVERIFY2(ok.ok(), qPrintable(why(ok)));
        QCOMPARE(ok.value().number, q("TRN/2026-27/000001"));
        QCOMPARE(ok.value().value(q("attendee_count")).toInt(), 3);
        QCOMPARE(ok.value().text(q("attendees")), q("रमेश कुमार\nसीता देवी\nGeeta"));
        v.insert(q("attendees"), q("\n  \n"));
        QVERIFY(!fo.add(t.admin, Registers::trainings(), v).ok());  // nobody
        // Trainings of a period.
        auto of = QualitySystem(*t.book).entriesBetween(Registers::trainings(), d("2026-11-01"), d("2026-11-30"));
        QCOMPARE(of.value().size(), 1);
        QCOMPARE(QualitySystem(*t.book).entriesBetween(Registers::trainings(), d("2026-10-01"), d("2026-10-31")).value().size(), 0);
    }

    void policyInForce()
    {
        EntryService fo(*t.book);
        QVERIFY(QualitySystem(*t.book).policy(d("2026-11-22")).value() == std::nullopt);
        const QVariantMap first{{q("adopted_on"), d("2025-06-01")}, {q("text_hi"), q("हम समय पर सेवा देंगे।")},
                                {q("adopted_by"), q("ग्राम पंचायत बैठक, प्रस्ताव 7")}};
        QVERIFY(fo.add(t.admin, Registers::qualityPolicy(), first).ok());
        QVariantMap second = first;
        second.insert(q("adopted_on"), d("2026-08-15"));
        second.insert(q("text_hi"), q("हम हर नागरिक को तय समय में सेवा देंगे।"));
        second.insert(q("review_on"), d("2026-08-14"));
        QVERIFY(!fo.add(t.admin, Registers::qualityPolicy(), second).ok());  // reviewed before adopted
        second.insert(q("review_on"), d("2027-08-15"));
        const auto newer = fo.add(t.admin, Registers::qualityPolicy(), second);
        QVERIFY(newer.ok());
        QualitySystem qs(*t.book);
        QCOMPARE(qs.policy(d("2026-07-01")).value()->text(q("text_hi")), q("हम समय पर सेवा देंगे।"));
        QCOMPARE(qs.policy(d("2026-11-22")).value()->text(q("text_hi")), q("हम हर नागरिक को तय समय में सेवा देंगे।"));
        QVERIFY(fo.cancel(t.admin, Registers::qualityPolicy(), newer.value(), q("adopted in error")).ok());
        QCOMPARE(qs.policy(d("2026-11-22")).value()->text(q("text_hi")), q("हम समय पर सेवा देंगे।"));
    }

    void rolesInUse()
    {
        MasterStore store(*t.book, Registers::qualityRoles());
        QVERIFY(store.save(t.admin, {{q("code"), q("QMR")}, {q("name_hi"), q("गुणवत्ता प्रबंधन प्रतिनिधि")},
                                     {q("holder"), q("सुरेश")}, {q("circle"), q("convenor")}, {q("active"), q("yes")}}).ok());
        QVERIFY(store.save(t.admin, {{q("code"), q("OLD")}, {q("name_hi"), q("पुरानी भूमिका")},
                                     {q("holder"), q("महेश")}, {q("active"), q("no")}}).ok());
        QVERIFY(!store.save(t.admin, {{q("code"), q("DOC")}, {q("name_hi"), q("अभिलेख प्रभारी")}, {q("active"), q("yes")}}));
        auto roles = QualitySystem(*t.book).roles();
        QCOMPARE(roles.value().size(), 1);
        QCOMPARE(roles.value().first().value(q("holder")).toString(), q("सुरेश"));
    }

    void findingsAndCorrectiveActions()
    {
        EntryService fo(*t.book);
        const auto add = [&](const QVariantMap &v) { return fo.add(t.admin, Registers::auditFindings(), v); };
        const QVariantMap nc{{q("found_on"), d("2026-10-10")}, {q("audit"), q("internal")}, {q("auditor"), q("बी.डी.ओ. कार्यालय")},
                             {q("area"), q("अभिलेख कक्ष")}, {q("clause"), q("7.5.3")}, {q("type"), q("minor")},
                             {q("finding"), q("12 पत्रावलियाँ सूची में नहीं")}};
        // Recorded as found, without an action yet: open.
        const auto a = add(nc);
        QVERIFY2(a.ok(), qPrintable(why(a)));
        QCOMPARE(a.value().number, q("FND/2026-27/000001"));
        QCOMPARE(a.value().text(q("status")), q("open"));
        // An action needs an owner and a due date; done needs the cause; verified needs done, someone else, a verdict.
        QVariantMap b = nc;
        b.insert(q("action"), q("सभी पत्रावलियाँ सूचीबद्ध करें"));
        QVERIFY(!add(b).ok());
        b.insert(q("owner"), q("सचिव"));
        b.insert(q("due_on"), d("2026-10-31"));
        QVariantMap early = b;
        early.insert(q("due_on"), d("2026-10-09"));
        QVERIFY(!add(early).ok());  // due before found
        const auto open = add(b);   // open, due 31 Oct: overdue on 22 Nov
        QVERIFY2(open.ok(), qPrintable(why(open)));
        QVariantMap done = b;
        done.insert(q("done_on"), d("2026-10-20"));
        QVERIFY(!add(done).ok());  // no root cause
        done.insert(q("cause"), q("नई पत्रावलियाँ सूची में नहीं चढ़ाई गईं"));
        const auto toVerify = add(done);
        QCOMPARE(toVerify.value().text(q("status")), q("to_verify"));
        QVariantMap verified = done;
        verified.insert(q("verified_on"), d("2026-11-05"));
        QVERIFY(!add(verified).ok());  // who, and whether it worked
        verified.insert(q("verified_by"), q(" सचिव "));
        verified.insert(q("effective"), q("yes"));
        const auto self = add(verified);
        QVERIFY(!self.ok());  // the owner verifies his own action
        QVERIFY(self.error().message.contains(q("other than")));
        verified.insert(q("verified_by"), q("प्रधान"));
        verified.insert(q("verified_on"), d("2026-10-19"));
        QVERIFY(!add(verified).ok());  // verified before done
        verified.insert(q("verified_on"), d("2026-11-05"));
        QCOMPARE(add(verified).value().text(q("status")), q("closed"));
        QVariantMap notEffective = verified;
        notEffective.insert(q("effective"), q("no"));
        QCOMPARE(add(notEffective).value().text(q("status")), q("open"));
        QVERIFY(!add(QVariantMap{{q("found_on"), d("2026-11-01")}, {q("audit"), q("internal")}, {q("type"), q("observation")},
                                 {q("finding"), q("सूचना पट पुराना")}, {q("done_on"), d("2026-11-02")}})
                     .ok());  // done, but no action written
        // An observation whose action is done is closed without a verification.
        const auto observation = add({{q("found_on"), d("2026-11-01")}, {q("audit"), q("review")}, {q("type"), q("observation")},
                                      {q("finding"), q("सूचना पट पुराना")}, {q("action"), q("नया सूचना पट")},
                                      {q("done_on"), d("2026-11-02")}});
        QCOMPARE(observation.value().text(q("status")), q("closed"));
        // The lists: open = a, open, toVerify, notEffective (4); overdue = open (due 31 Oct) and notEffective (due 31 Oct);
        // to verify 1; nonconformities 5; closed 2 (verified, observation).
        EntryStore store(*t.book, Registers::auditFindings());
        const auto countOf = [&](const char *status) {
            EntryFilter f;
            f.status = q(status);
            return store.count(f).value();
        };
        QCOMPARE(countOf("open"), 4);
        QCOMPARE(countOf("overdue"), 2);
        QCOMPARE(countOf("to_verify"), 1);
        QCOMPARE(countOf("nonconformities"), 5);
        QCOMPARE(countOf("closed"), 2);
        const auto openOnes = QualitySystem(*t.book).openFindings().value();
        QCOMPARE(openOnes.size(), 4);
        QCOMPARE(openOnes.first().number, a.value().number);
    }

    void periodFiguresAgreeWithTheMonthlyReport()
    {
        // The audit pack's summaries are the monthly report's figures over its period.
        auto period = MonthlyReport::computePeriod(*t.book, d("2026-10-01"), d("2026-10-31"));
        QVERIFY(period.ok());
        QCOMPARE(period.value().applications.inTimePct.json(), q("66.67"));
        // Two months: five received (one cancelled and left out), four delivered, two in time.
        auto two = MonthlyReport::computePeriod(*t.book, d("2026-10-01"), d("2026-11-22"));
        QCOMPARE(two.value().applications.received, 5);
        QCOMPARE(two.value().applications.delivered, 4);
        QCOMPARE(two.value().applications.deliveredInTime, 2);
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "tst_quality.moc"
