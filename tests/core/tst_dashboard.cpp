// The home screen's figures on a small book worked out by hand, and the same figures as the monthly report
// gives them for a period ending today (its "month end" read as today).

#include "TestBook.h"
#include "registers/CashBook.h"
#include "registers/EntryService.h"
#include "registers/Masters.h"
#include "reports/Dashboard.h"
#include "storage/Backup.h"

#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace gd::test::shorthand;

class TestDashboard : public QObject {
    Q_OBJECT

    TestBook t;

    Dashboard now()
    {
        auto r = Dashboard::compute(*t.book);
        if (!r)
            qFatal("%s", qPrintable(r.error().message));
        return r.value();
    }

private slots:
    void initTestCase() { QVERIFY(t.create()); }

    void emptyBook()
    {
        // Today is Sunday 22-11-2026. Nothing entered: every count is 0, no cash account, no backup yet.
        const Dashboard e = now();
        QCOMPARE(e.today, d("2026-11-22"));
        QCOMPARE(e.visitorsInside + e.applicationsOverdue + e.complaintsOverdue + e.filesOut + e.crsAwaiting, 0);
        QCOMPARE(e.cashDaysNotClosed, 0);
        QVERIFY(!e.cashClosedThrough.isValid());
        QVERIFY(e.lastBackupAt.isEmpty());
        QCOMPARE(e.readiness.applicable, 25);
        QCOMPARE(e.readiness.pct.json(), q("0.00"));
        QVERIFY(e.nextStep);  // step 1, not yet planned
    }

    void figuresByHand()
    {
        const auto visit = [&](const char *date, QVariant out) {
            t.add(Registers::visitors(), {{q("date"), d(date)}, {q("time_in"), QTime(9, 0)}, {q("time_out"), out},
                                        {q("name"), q("आगंतुक")}, {q("purpose"), q("enquiry")}});
        };
        visit("2026-11-22", {});               // inside
        visit("2026-11-22", {});               // inside
        visit("2026-11-22", QTime(9, 30));     // left
        visit("2026-11-21", {});               // yesterday's, not inside today
        const auto application = [&](const char *service, const char *received, const char *status = "pending",
                                      const char *closed = nullptr) {
            t.add(Registers::applications(), {{q("service_code"), q(service)}, {q("received_on"), d(received)},
                                            {q("applicant_name"), q("आवेदक")}, {q("status"), q(status)},
                                            {q("closed_on"), closed ? QVariant(d(closed)) : QVariant()}});
        };
        application("FAMREG-COPY", "2026-11-18");  // Wed; due Sat 21: overdue
        application("FAMREG-COPY", "2026-11-19");  // Thu; due Mon 23: pending
        application("FAMREG-COPY", "2026-11-17", "delivered", "2026-11-20");
        application("WATER-CONN", "2026-10-23");   // 30 calendar days: due today
        const auto complaint = [&](const char *received, const char *status = "received", const char *disposed = nullptr) {
            t.add(Registers::complaints(), {{q("received_on"), d(received)}, {q("mode"), q("in_person")},
                                          {q("complainant_name"), q("शिकायतकर्ता")}, {q("category_code"), q("WATER")},
                                          {q("description"), q("नल")}, {q("status"), q(status)},
                                          {q("disposed_on"), disposed ? QVariant(d(disposed)) : QVariant()}});
        };
        complaint("2026-11-18");                              // due Fri 20: overdue
        complaint("2026-11-20", "in_progress");               // due Mon 23: open
        complaint("2026-11-10", "disposed", "2026-11-11");    // closed
        // A file issued on 1 November, due back on the 15th and not returned; another issued Friday, due on the 30th.
        const Entry file = t.add(Registers::files(), {{q("subject_code"), q("ADM")}, {q("title"), q("स्थापना")},
                                                    {q("opened_on"), d("2026-04-10")}, {q("retention"), q("B")}});
        const Entry other = t.add(Registers::files(), {{q("subject_code"), q("ADM")}, {q("title"), q("वेतन")},
                                                     {q("opened_on"), d("2026-04-11")}, {q("retention"), q("B")}});
        t.add(Registers::fileMovements(), {{q("file_code"), file.number}, {q("issued_on"), d("2026-11-01")},
                                         {q("issued_to"), q("सचिव")}, {q("due_back_on"), d("2026-11-15")}});
        t.add(Registers::fileMovements(), {{q("file_code"), other.number}, {q("issued_on"), d("2026-11-20")},
                                         {q("issued_to"), q("लेखाकार")}, {q("due_back_on"), d("2026-11-30")}});
        // Births: two waiting for CRS registration (reported 1 and 15 November), one registered.
        const auto birth = [&](const char *event, const char *reported, const char *crs = nullptr) {
            QVariantMap v{{q("event_type"), q("birth")}, {q("event_date"), d(event)}, {q("reported_on"), d(reported)},
                          {q("sex"), q("female")}, {q("father_name"), q("राम")}, {q("mother_name"), q("सीता")},
                          {q("place_type"), q("home")}, {q("informant_name"), q("राम")}};
            if (crs) {
                v.insert(q("crs_registration_no"), q(crs));
                v.insert(q("crs_registered_on"), d(reported));
            }
            return t.add(Registers::vitalEvents(), v);
        };
        birth("2026-11-10", "2026-11-15");
        const Entry longest = birth("2026-10-28", "2026-11-01");
        birth("2026-11-02", "2026-11-05", "B-2026-1");
        // The cash book opened on 1 November, closed up to the 15th: 16th to 21st are not closed (6 days).
        QVERIFY(MasterStore(*t.book, Registers::cashAccounts())
                    .save(t.admin, {{q("code"), q("CASH")}, {q("name_hi"), q("रोकड़")}, {q("name_en"), q("Cash")},
                                    {q("kind"), q("cash")}, {q("opening_balance"), qint64(100000)},
                                    {q("opening_date"), d("2026-11-01")}})
                    .ok());
        QCOMPARE(now().cashDaysNotClosed, 21);  // 1st to 21st: none closed yet
        QVERIFY(CashBook(*t.book).closeDays(t.admin, d("2026-11-15")).ok());
        // A meeting's action due on the 15th, not done; an open audit finding.
        const Entry gp = t.add(Registers::meetings(), {{q("kind"), q("gp")}, {q("held_on"), d("2026-11-05")},
                                                     {q("members"), 15}, {q("present"), 9}});
        t.add(Registers::meetingActions(), {{q("meeting_no"), gp.number}, {q("decided_on"), d("2026-11-05")},
                                          {q("action"), q("नाली")}, {q("owner"), q("सचिव")}, {q("due_on"), d("2026-11-15")}});
        t.add(Registers::auditFindings(), {{q("found_on"), d("2026-11-10")}, {q("audit"), q("internal")},
                                         {q("type"), q("observation")}, {q("finding"), q("पुराना सूचना पट")}});
        // Two arrangements done and one not applicable: 2 of 24 = 8.33%.
        MasterStore items(*t.book, Registers::readinessItems());
        for (const auto &[code, status] : {std::pair{"01", "done"}, std::pair{"02", "done"}, std::pair{"22", "not_applicable"}}) {
            QVariantMap row = *items.find(q(code)).value();
            row.insert(q("status"), q(status));
            QVERIFY(items.save(t.admin, row).ok());
        }

        const Dashboard e = now();
        QCOMPARE(e.visitorsInside, 2);
        QCOMPARE(e.applicationsOverdue, 1);
        QCOMPARE(e.applicationsDueToday, 1);
        QCOMPARE(e.complaintsOverdue, 1);
        QCOMPARE(e.complaintsDueToday, 0);
        QCOMPARE(e.filesOut, 2);
        QCOMPARE(e.filesOverdue, 1);
        QCOMPARE(e.crsAwaiting, 2);
        QCOMPARE(e.crsLongest.size(), 2);
        QCOMPARE(e.crsLongest.first().number, longest.number);
        QCOMPARE(e.cashClosedThrough, d("2026-11-15"));
        QCOMPARE(e.cashDaysNotClosed, 6);
        QCOMPARE(e.actionsOverdue, 1);
        QCOMPARE(e.findingsOpen, 1);
        QCOMPARE(e.readiness.pct.json(), q("8.33"));

        // The monthly report's definitions give the same, for a period ending today.
        auto r = MonthlyReport::computePeriod(*t.book, d("2026-04-01"), d("2026-11-22"));
        QVERIFY(r.ok());
        QCOMPARE(r.value().applications.overdueAtMonthEnd, e.applicationsOverdue);
        QCOMPARE(r.value().complaints.overdueAtMonthEnd, e.complaintsOverdue);
        QCOMPARE(r.value().files.issuedOutAtMonthEnd, e.filesOut);
        QCOMPARE(r.value().files.overdueReturnsAtMonthEnd, e.filesOverdue);
        QCOMPARE(r.value().vitalEvents.awaitingCrsRegistration, e.crsAwaiting);
        QCOMPARE(r.value().readiness.scorePct.json(), e.readiness.pct.json());

        // After a backup the home screen shows when it was taken.
        BackupService backups(*t.book);
        QVERIFY(backups.backupTo(t.dir.filePath(q("copies"))).ok());
        QCOMPARE(now().lastBackupAt.left(10), q("2026-11-22"));
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
