// The meetings register: quorum, the committee or session a meeting needs, action items and their lists, and
// the Annexure-2 items judged from it (12 fire training, 24 regular meetings, 25 social audits), worked out by hand.

#include "TestBook.h"
#include "registers/EntryService.h"
#include "registers/Meetings.h"
#include "registers/Readiness.h"

#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

QString q(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QVariantMap meeting(const char *kind, const QDate &held, int members, int present, const char *committee = "",
                    const char *session = "")
{
    return {{q("kind"), q(kind)}, {q("held_on"), held}, {q("members"), members}, {q("present"), present},
            {q("committee"), q(committee)}, {q("session"), q(session)}, {q("venue"), q("पंचायत भवन")}};
}

}  // namespace

class TestMeetings : public QObject {
    Q_OBJECT

    static ReadinessItem item(TestBook &t, const char *code)
    {
        const auto all = Readiness(*t.book).items(t.clock.today()).value();
        for (const ReadinessItem &i : all)
            if (i.code() == q(code))
                return i;
        return {};
    }

private slots:
    void quorum_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("members");
        QTest::addColumn<int>("quorum");
        QTest::newRow("Gram Sabha, a fifth") << q("gram_sabha") << 1000 << 200;
        QTest::newRow("Gram Sabha, rounded up") << q("gram_sabha") << 1001 << 201;
        QTest::newRow("GP, a third") << q("gp") << 15 << 5;
        QTest::newRow("GP, rounded up") << q("gp") << 16 << 6;
        QTest::newRow("committee of 7") << q("committee") << 7 << 3;
        QTest::newRow("social audit: none") << q("social_audit") << 300 << -1;
        QTest::newRow("drill: none") << q("fire_drill") << 12 << -1;
    }

    void quorum()
    {
        QFETCH(QString, kind);
        QFETCH(int, members);
        QFETCH(int, quorum);
        QCOMPARE(Meetings::quorum(kind, members), quorum);
    }

    void meetingRules()
    {
        TestBook t;
        QVERIFY(t.create());
        EntryService fo(*t.book);
        // 1,000 members, 180 came: below the fifth (200).
        auto sabha = fo.add(t.admin, Registers::meetings(), meeting("gram_sabha", QDate(2026, 10, 2), 1000, 180, "", "kharif"));
        QVERIFY2(sabha.ok(), sabha.ok() ? "" : qPrintable(sabha.error().message));
        QCOMPARE(sabha.value().number, q("MTG/2026-27/000001"));
        QCOMPARE(sabha.value().value(q("quorum")).toInt(), 200);
        QCOMPARE(sabha.value().text(q("quorum_met")), q("no"));
        auto gp = fo.add(t.admin, Registers::meetings(), meeting("gp", QDate(2026, 11, 5), 15, 5));
        QCOMPARE(gp.value().text(q("quorum_met")), q("yes"));
        // What a meeting needs, and what it may not have.
        QVERIFY(!fo.add(t.admin, Registers::meetings(), meeting("gp", QDate(2026, 11, 5), 15, 16)).ok());
        QVERIFY(!fo.add(t.admin, Registers::meetings(), meeting("committee", QDate(2026, 11, 5), 7, 5)).ok());
        QVERIFY(fo.add(t.admin, Registers::meetings(), meeting("committee", QDate(2026, 11, 5), 7, 5, "water")).ok());
        QVERIFY(!fo.add(t.admin, Registers::meetings(), meeting("gp", QDate(2026, 11, 5), 15, 5, "water")).ok());
        const auto noSession = fo.add(t.admin, Registers::meetings(), meeting("gram_sabha", QDate(2026, 11, 5), 900, 300));
        QVERIFY(!noSession.ok());
        QVERIFY2(noSession.error().message.contains(q("Kharif")), qPrintable(noSession.error().message));
        QVERIFY(!fo.add(t.admin, Registers::meetings(), meeting("gp", QDate(2026, 11, 5), 15, 5, "", "rabi")).ok());
        QVariantMap late = meeting("gp", QDate(2026, 11, 5), 15, 5);
        late.insert(q("notice_on"), QDate(2026, 11, 6));
        QVERIFY(!fo.add(t.admin, Registers::meetings(), late).ok());
        QVERIFY(!fo.add(t.admin, Registers::meetings(), meeting("gp", QDate(2026, 11, 23), 15, 5)).ok());  // tomorrow

        // Action items: of a meeting held, decided then or later; open, overdue and done lists.
        const auto action = [&](const QString &no, const QDate &decided, const QDate &due) {
            return fo.add(t.admin, Registers::meetingActions(),
                          {{q("meeting_no"), no}, {q("decided_on"), decided}, {q("action"), q("हैंडपंप की मरम्मत")},
                           {q("owner"), q("सचिव")}, {q("due_on"), due}});
        };
        const auto unknown = action(q("MTG/2026-27/000099"), QDate(2026, 11, 5), QDate(2026, 11, 30));
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message.contains(q("MTG/2026-27/000099")));
        QVERIFY(!action(gp.value().number, QDate(2026, 11, 4), QDate(2026, 11, 30)).ok());  // before the meeting
        QVERIFY(!action(gp.value().number, QDate(2026, 11, 5), QDate(2026, 11, 4)).ok());   // due before decided
        const auto a1 = action(q("mtg/2026-27/000002"), QDate(2026, 11, 5), QDate(2026, 11, 15));
        QVERIFY2(a1.ok(), a1.ok() ? "" : qPrintable(a1.error().message));
        QCOMPARE(a1.value().text(q("meeting_no")), gp.value().number);
        QVERIFY(action(sabha.value().number, QDate(2026, 10, 2), QDate(2026, 12, 31)).ok());
        EntryStore actions(*t.book, Registers::meetingActions());
        const auto countOf = [&](const char *status) {
            EntryFilter f;
            f.status = q(status);
            return actions.count(f).value();
        };
        QCOMPARE(countOf("open"), 2);
        QCOMPARE(countOf("overdue"), 1);  // due 15-11, today 22-11
        QVERIFY(!Meetings::done(*t.book, t.admin, a1.value(), QDate(2026, 11, 4)).ok());  // before decided
        const auto done = Meetings::done(*t.book, t.admin, a1.value(), QDate(2026, 11, 20));
        QVERIFY(done.ok());
        QVERIFY(!Meetings::done(*t.book, t.admin, done.value(), QDate(2026, 11, 21)).ok());
        QCOMPARE(countOf("open"), 1);
        QCOMPARE(countOf("overdue"), 0);
        QCOMPARE(countOf("done"), 1);
    }

    void annexureItemsJudgedFromMeetings()
    {
        TestBook t;
        QVERIFY(t.create());
        EntryService fo(*t.book);
        // Nothing recorded: items 12, 24 and 25 show it.
        QCOMPARE(item(t, "24").live.en, q("Last GP meeting: none recorded; last committee meeting: none recorded; last Gram Sabha: none recorded"));
        QCOMPARE(item(t, "12").live.en, q("Last fire-fighting training or drill: none recorded (one a year is due)"));
        QVERIFY(item(t, "25").judged && !item(t, "25").booksShow);
        // A GP meeting 21 days ago, but no Gram Sabha in six months (22-05-2026 is six months back).
        QVERIFY(fo.add(t.admin, Registers::meetings(), meeting("gp", QDate(2026, 11, 1), 15, 9)).ok());
        QVERIFY(fo.add(t.admin, Registers::meetings(), meeting("gram_sabha", QDate(2026, 5, 21), 1000, 250, "", "kharif")).ok());
        QVERIFY(!item(t, "24").booksShow);
        QVERIFY(fo.add(t.admin, Registers::meetings(), meeting("gram_sabha", QDate(2026, 5, 22), 1000, 250, "", "special")).ok());
        // The order names the committees' meetings too: one at least every three months (22-08-2026 is three
        // months back, 21-08-2026 a day too early).
        QVERIFY(!item(t, "24").booksShow);
        QVERIFY(fo.add(t.admin, Registers::meetings(), meeting("committee", QDate(2026, 8, 21), 5, 4, "education")).ok());
        QVERIFY(!item(t, "24").booksShow);
        QVERIFY(fo.add(t.admin, Registers::meetings(), meeting("committee", QDate(2026, 8, 22), 5, 4, "planning")).ok());
        QVERIFY(item(t, "24").booksShow);
        QCOMPARE(item(t, "24").live.en, q("Last GP meeting: 01-11-2026; last committee meeting: 22-08-2026; last Gram Sabha: 22-05-2026"));
        QCOMPARE(item(t, "24").live.hi,
                 q("पिछली ग्राम पंचायत बैठक: 01-11-2026; पिछली समिति बैठक: 22-08-2026; पिछली ग्राम सभा: 22-05-2026"));
        // A social audit a year and a day ago is too old; one a year ago to the day is in time.
        QVERIFY(fo.add(t.admin, Registers::meetings(), meeting("social_audit", QDate(2025, 11, 21), 400, 150)).ok());
        QVERIFY(!item(t, "25").booksShow);
        QVERIFY(fo.add(t.admin, Registers::meetings(), meeting("social_audit", QDate(2025, 11, 22), 400, 150)).ok());
        QVERIFY(item(t, "25").booksShow);
        QVERIFY(fo.add(t.admin, Registers::meetings(), meeting("fire_drill", QDate(2026, 8, 14), 12, 10)).ok());
        QCOMPARE(item(t, "12").live.en, q("Last fire-fighting training or drill: 14-08-2026 (one a year is due)"));
        QCOMPARE(item(t, "12").warning.en, q("The books show this in place, but it is not marked done."));
        // A fire-safety training in the trainings register counts too; a training on anything else does not.
        const auto training = [&](const char *kind, const QDate &day) {
            return fo.add(t.admin, Registers::trainings(), {{q("held_on"), day}, {q("topic"), q("प्रशिक्षण")}, {q("kind"), q(kind)},
                                                            {q("attendees"), q("सुरेश\nपूजा")}});
        };
        QVERIFY(training("computer", QDate(2026, 11, 1)).ok());
        QCOMPARE(item(t, "12").live.en, q("Last fire-fighting training or drill: 14-08-2026 (one a year is due)"));
        QVERIFY(training("fire_safety", QDate(2026, 10, 20)).ok());
        QCOMPARE(item(t, "12").live.en, q("Last fire-fighting training or drill: 20-10-2026 (one a year is due)"));
    }

    void riskRegisterAndItem13()
    {
        TestBook t;
        QVERIFY(t.create());
        EntryService fo(*t.book);
        const auto risk = [&](const char *what, int likelihood, int impact, const QDate &review) {
            return fo.add(t.admin, Registers::risks(),
                          {{q("identified_on"), QDate(2026, 6, 1)}, {q("risk"), q(what)}, {q("likelihood"), likelihood},
                           {q("impact"), impact}, {q("owner"), q("सचिव")}, {q("review_on"), review}});
        };
        QCOMPARE(item(t, "13").live.en, q("0 open risks in the risk register, 0 overdue for review"));
        QVERIFY(!item(t, "13").booksShow);
        // Likelihood 4 × impact 5 = 20: a high risk.
        const auto fire = risk("अभिलेख कक्ष में आग", 4, 5, QDate(2027, 6, 1));
        QVERIFY(fire.ok());
        QCOMPARE(fire.value().value(q("score")).toInt(), 20);
        QVERIFY(!risk("बिजली कटौती", 5, 2, QDate(2026, 5, 1)).ok());  // reviewed before it was identified
        EntryFilter high;
        high.status = q("high");
        QCOMPARE(EntryStore(*t.book, Registers::risks()).count(high).value(), 1);
        QVERIFY(item(t, "13").booksShow);
        QCOMPARE(item(t, "13").live.en, q("1 open risk in the risk register, 0 overdue for review"));
        // A risk whose review date (01-11-2026) has passed: the assessment is not kept up.
        QVERIFY(risk("बिजली कटौती", 5, 2, QDate(2026, 11, 1)).ok());
        QVERIFY(!item(t, "13").booksShow);
        QCOMPARE(item(t, "13").live.en, q("2 open risks in the risk register, 1 overdue for review"));
    }
};

QTEST_GUILESS_MAIN(TestMeetings)
#include "tst_meetings.moc"
