// The birth and death register: the delay category and fee at every boundary (RBD Act s.13 as UP applies it),
// the register's rules, a case followed to its certificate, the work lists and the monthly report section.
// Every expected value is worked out by hand in the comments.

#include "office/OfficeSettings.h"
#include "TestBook.h"
#include "registers/EntryService.h"
#include "registers/VitalEvents.h"
#include "reports/MonthlyReport.h"

#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QVariantMap birth(const char *event, const char *reported)
{
    return {{QStringLiteral("event_type"), QStringLiteral("birth")},
            {QStringLiteral("event_date"), d(event)},
            {QStringLiteral("reported_on"), d(reported)},
            {QStringLiteral("sex"), QStringLiteral("female")},
            {QStringLiteral("father_name"), QStringLiteral("राम प्रसाद")},
            {QStringLiteral("mother_name"), QStringLiteral("सीता देवी")},
            {QStringLiteral("place_type"), QStringLiteral("home")},
            {QStringLiteral("informant_name"), QStringLiteral("राम प्रसाद")}};
}

QVariantMap death(const char *event, const char *reported)
{
    QVariantMap v = birth(event, reported);
    v.insert(QStringLiteral("event_type"), QStringLiteral("death"));
    v.insert(QStringLiteral("name"), QStringLiteral("शिव कुमार"));
    v.insert(QStringLiteral("mother_name"), QString());
    v.insert(QStringLiteral("age_years"), 71);
    v.insert(QStringLiteral("sex"), QStringLiteral("male"));
    return v;
}

}  // namespace

class TestVital : public QObject {
    Q_OBJECT

private slots:
    void delayAtEveryBoundary_data()
    {
        QTest::addColumn<QDate>("event");
        QTest::addColumn<QDate>("reported");
        QTest::addColumn<int>("days");
        QTest::addColumn<QString>("category");
        QTest::addColumn<qint64>("fee");  // paise, with the UP defaults 0, 2, 5, 10 rupees
        QTest::newRow("same day") << d("2026-01-01") << d("2026-01-01") << 0 << "on_time" << qint64(0);
        QTest::newRow("day 21") << d("2026-01-01") << d("2026-01-22") << 21 << "on_time" << qint64(0);
        QTest::newRow("day 22") << d("2026-01-01") << d("2026-01-23") << 22 << "late" << qint64(200);
        QTest::newRow("day 30") << d("2026-01-01") << d("2026-01-31") << 30 << "late" << qint64(200);
        QTest::newRow("day 31") << d("2026-01-01") << d("2026-02-01") << 31 << "permission" << qint64(500);
        QTest::newRow("day 365") << d("2025-01-01") << d("2026-01-01") << 365 << "permission" << qint64(500);
        QTest::newRow("day 366") << d("2025-01-01") << d("2026-01-02") << 366 << "order" << qint64(1000);
        // 2024 is a leap year: a calendar year after 1 Jan 2024 is 366 days, already "over a year".
        QTest::newRow("leap year, 31 Dec") << d("2024-01-01") << d("2024-12-31") << 365 << "permission" << qint64(500);
        QTest::newRow("leap year, 1 Jan next") << d("2024-01-01") << d("2025-01-01") << 366 << "order" << qint64(1000);
        // 29 February counts as a day: 8 Feb 2028 + 21 = 29 Feb; 1 March is day 22.
        QTest::newRow("leap Feb, day 21") << d("2028-02-08") << d("2028-02-29") << 21 << "on_time" << qint64(0);
        QTest::newRow("leap Feb, day 22") << d("2028-02-08") << d("2028-03-01") << 22 << "late" << qint64(200);
        QTest::newRow("plain Feb, day 21") << d("2027-02-08") << d("2027-03-01") << 21 << "on_time" << qint64(0);
        QTest::newRow("born on 29 Feb, a year") << d("2024-02-29") << d("2025-02-28") << 365 << "permission" << qint64(500);
        QTest::newRow("born on 29 Feb, day 366") << d("2024-02-29") << d("2025-03-01") << 366 << "order" << qint64(1000);
    }

    void delayAtEveryBoundary()
    {
        QFETCH(QDate, event);
        QFETCH(QDate, reported);
        QFETCH(int, days);
        QFETCH(QString, category);
        QFETCH(qint64, fee);
        const VitalDelay delay = VitalEvents::delay(event, reported);
        QCOMPARE(delay.days, days);
        QCOMPARE(delay.category, category);
        QCOMPARE(VitalEvents::fee(delay.category, {0, 200, 500, 1000}), fee);
        // The same through the register, with the book's default fees.
        TestBook t;
        QVERIFY(t.create());
        t.clock.set(QDateTime(QDate(2028, 12, 31), QTime(10, 0)));
        auto e = EntryService(*t.book).add(t.admin, Registers::vitalEvents(),
                                          birth(qPrintable(event.toString(Qt::ISODate)), qPrintable(reported.toString(Qt::ISODate))));
        QVERIFY2(e.ok(), qPrintable(e.ok() ? QString() : e.error().message));
        QCOMPARE(e.value().value(QStringLiteral("delay_days")).toInt(), days);
        QCOMPARE(e.value().text(QStringLiteral("delay_category")), category);
        QCOMPARE(e.value().value(QStringLiteral("fee")).toLongLong(), fee);
    }

    void feesFollowTheSetting()
    {
        TestBook t;
        QVERIFY(t.create());
        QVERIFY(OfficeSettings(*t.book).set(t.admin, QStringLiteral("vital_fees"), QStringLiteral("0,2.50,7,12")).ok());
        // 1 Oct → 27 Oct: 26 days, late.
        auto e = EntryService(*t.book).add(t.admin, Registers::vitalEvents(), birth("2026-10-01", "2026-10-27"));
        QVERIFY(e.ok());
        QCOMPARE(e.value().value(QStringLiteral("fee")).toLongLong(), 250);
        QCOMPARE(e.value().number, QStringLiteral("BD/2026-27/000001"));
    }

    void rules_data()
    {
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("field");
        auto with = [](QVariantMap m, const char *k, const QVariant &v) {
            m.insert(QString::fromLatin1(k), v);
            return m;
        };
        const QVariantMap b = birth("2026-11-01", "2026-11-10");
        const QVariantMap dd = death("2026-11-01", "2026-11-10");
        QTest::newRow("information before the event") << birth("2026-11-10", "2026-11-01") << "reported_on";
        QTest::newRow("event in the future") << birth("2026-11-23", "2026-11-22") << "event_date";
        QTest::newRow("death without a name") << with(dd, "name", QString()) << "name";
        QTest::newRow("birth without the mother") << with(b, "mother_name", QString()) << "mother_name";
        QTest::newRow("age for a birth") << with(b, "age_years", 3) << "age_years";
        QTest::newRow("age over 130") << with(dd, "age_years", 131) << "age_years";
        QTest::newRow("spouse for a birth") << with(b, "spouse_name", QStringLiteral("x")) << "spouse_name";
        QTest::newRow("sex missing") << with(b, "sex", QString()) << "sex";
        QTest::newRow("full Aadhaar") << with(b, "aadhaar_last4", QStringLiteral("123456789012")) << "aadhaar_last4";
        QTest::newRow("Aadhaar hidden in remarks") << with(b, "remarks", QStringLiteral("आधार 1234 5678 9012")) << "remarks";
        QTest::newRow("bad mobile") << with(b, "informant_mobile", QStringLiteral("12345")) << "informant_mobile";
        QTest::newRow("CRS number without date") << with(b, "crs_registration_no", QStringLiteral("B-2026:09-00001")) << "crs_registered_on";
        QTest::newRow("certificate before CRS")
            << with(with(b, "certificate_issued_on", d("2026-11-12")), "certificate_issued_to", QStringLiteral("x"))
            << "certificate_issued_on";
        QTest::newRow("permission case registered without permission")
            << with(with(birth("2026-09-01", "2026-11-10"), "crs_registration_no", QStringLiteral("B-1")), "crs_registered_on", d("2026-11-12"))
            << "permission_ref";
    }

    void rules()
    {
        QFETCH(QVariantMap, values);
        QFETCH(QString, field);
        TestBook t;
        QVERIFY(t.create());
        auto charter = Charter::load(*t.book).value();
        QVariantMap v = values;
        const auto problems = EntryService::prepare(Registers::vitalEvents(), v, charter);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().key, field);
        auto r = EntryService(*t.book).add(t.admin, Registers::vitalEvents(), values);
        QVERIFY(!r.ok());
        QCOMPARE(EntryStore(*t.book, Registers::vitalEvents()).count({}).value(), 0);
    }

    void aCaseToItsCertificate()
    {
        TestBook t;
        QVERIFY(t.create());
        VitalEvents vital(*t.book);
        EntryService fo(*t.book);
        // Born 1 Sep, reported 10 Nov: 70 days, the DPRO's permission is needed.
        const Entry e = fo.add(t.admin, Registers::vitalEvents(), birth("2026-09-01", "2026-11-10")).value();
        QCOMPARE(e.text(QStringLiteral("delay_category")), QStringLiteral("permission"));
        QVERIFY(VitalEvents::nextStep(e.values, {0, 200, 500, 1000}).contains(QStringLiteral("DPRO")));
        QVERIFY(!vital.recordCrs(t.admin, e, QStringLiteral("2026000123"), QStringLiteral("B-2026:09-00077"), d("2026-11-20"), QString()).ok());
        const Entry registered = vital.recordCrs(t.admin, e, QStringLiteral("2026000123"), QStringLiteral("B-2026:09-00077"),
                                                 d("2026-11-20"), QStringLiteral("DPRO/2026/311"))
                                     .value();
        QCOMPARE(registered.text(QStringLiteral("permission_ref")), QStringLiteral("DPRO/2026/311"));
        QVERIFY(!vital.copyIssued(t.admin, registered, d("2026-11-21"), QStringLiteral("राम प्रसाद")).ok());  // no handover yet
        QVERIFY(!vital.handOver(t.admin, registered, d("2026-11-19"), QStringLiteral("राम प्रसाद"), QStringLiteral("आधार")).ok());
        const Entry handed = vital.handOver(t.admin, registered, d("2026-11-21"), QStringLiteral("राम प्रसाद"),
                                            QStringLiteral("आधार (अंतिम 4 अंक 4321)"), QStringLiteral("yes"))
                                 .value();
        QCOMPARE(handed.text(QStringLiteral("family_register_updated")), QStringLiteral("yes"));
        QCOMPARE(handed.text(QStringLiteral("certificate_issued_to")), QStringLiteral("राम प्रसाद"));
        QVERIFY(!vital.handOver(t.admin, handed, d("2026-11-22"), QStringLiteral("x"), QStringLiteral("y")).ok());
        const Entry copied = vital.copyIssued(t.admin, handed, d("2026-11-22"), QStringLiteral("सीता देवी")).value();
        QCOMPARE(copied.text(QStringLiteral("copies")), QStringLiteral("22-11-2026 — सीता देवी"));
        QCOMPARE(VitalEvents::nextStep(copied.values, {}), QStringLiteral("Certificate handed over; nothing is pending."));
        // A correction names its order; the original entry stays as it was.
        QVariantMap fixed = copied.values;
        fixed.insert(QStringLiteral("mother_name"), QStringLiteral("सीता देवी वर्मा"));
        QVERIFY(!fo.correct(t.admin, Registers::vitalEvents(), copied, fixed, QStringLiteral("spelling")).ok());
        fixed.insert(QStringLiteral("correction_order"), QStringLiteral("SDM Sadar, 14/2026"));
        const Entry corrected = fo.correct(t.admin, Registers::vitalEvents(), copied, fixed, QStringLiteral("spelling")).value();
        const auto history = EntryStore(*t.book, Registers::vitalEvents()).history(e.number).value();
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.first().text(QStringLiteral("mother_name")), QStringLiteral("सीता देवी"));
        QCOMPARE(history.last().text(QStringLiteral("mother_name")), QStringLiteral("सीता देवी वर्मा"));
        QCOMPARE(history.last().text(QStringLiteral("correction_order")), QStringLiteral("SDM Sadar, 14/2026"));
        QCOMPARE(history.last().change, QStringLiteral("correction"));
        QCOMPARE(corrected.text(QStringLiteral("delay_category")), QStringLiteral("permission"));
        QVERIFY(AuditLog::verify(*t.book).value().ok);
    }

    void workLists()
    {
        TestBook t;  // today is Sunday 22 Nov 2026; "this week" is 22–28 Nov
        QVERIFY(t.create());
        EntryService fo(*t.book);
        VitalEvents vital(*t.book);
        const auto add = [&](const char *event, const char *reported) {
            return fo.add(t.admin, Registers::vitalEvents(), birth(event, reported)).value();
        };
        const Entry a = add("2026-11-05", "2026-11-06");  // free window ends 26 Nov: this week
        add("2026-11-01", "2026-11-02");                  // ends 22 Nov, today: this week
        add("2026-10-20", "2026-10-21");                  // ended 10 Nov
        add("2026-11-10", "2026-11-12");                  // ends 1 Dec
        const Entry e = add("2026-10-01", "2026-10-05");  // registered, certificate not handed over
        QVERIFY(vital.recordCrs(t.admin, e, QString(), QStringLiteral("B-9"), d("2026-10-10"), QString()).ok());
        EntryStore store(*t.book, Registers::vitalEvents());
        const auto count = [&](const char *status) {
            EntryFilter f;
            f.status = QString::fromLatin1(status);
            return store.count(f).value();
        };
        QCOMPARE(count("awaiting_crs"), 4);
        QCOMPARE(count("not_handed_over"), 1);
        QCOMPARE(count("window_ends"), 2);
        // Days waiting for CRS registration: 6 Nov → 22 Nov = 16.
        QCOMPARE(VitalEvents::virtualValue(QStringLiteral("days_waiting"), a, t.clock.today()).toInt(), 16);
        QVERIFY(!VitalEvents::virtualValue(QStringLiteral("days_waiting"), store.current(e.number).value(), t.clock.today()).isValid());
    }

    void monthlyReportSection()
    {
        TestBook t;
        QVERIFY(t.create());
        EntryService fo(*t.book);
        VitalEvents vital(*t.book);
        const auto add = [&](const QVariantMap &v) { return fo.add(t.admin, Registers::vitalEvents(), v).value(); };
        // October 2026: births reported 5 Oct (on time), 28 Oct (25 days: late); a death reported 15 Oct after
        // 40 days (permission); a still birth on 31 Oct (on time); a birth reported 3 Nov (not October).
        const Entry b1 = add(birth("2026-10-01", "2026-10-05"));
        add(birth("2026-10-03", "2026-10-28"));
        const Entry d1 = add(death("2026-09-05", "2026-10-15"));
        QVariantMap still = birth("2026-10-30", "2026-10-31");
        still.insert(QStringLiteral("event_type"), QStringLiteral("still_birth"));
        add(still);
        add(birth("2026-10-25", "2026-11-03"));
        // A birth of September registered on CRS in October, its certificate handed over in October.
        const Entry old = add(birth("2026-09-01", "2026-09-02"));
        const Entry oldReg = vital.recordCrs(t.admin, old, QString(), QStringLiteral("B-1"), d("2026-10-02"), QString()).value();
        QVERIFY(vital.handOver(t.admin, oldReg, d("2026-10-06"), QStringLiteral("पिता"), QStringLiteral("आधार")).ok());
        // b1 registered on 2 Nov: still awaiting at the end of October. The death registered 20 Oct.
        QVERIFY(vital.recordCrs(t.admin, b1, QString(), QStringLiteral("B-2"), d("2026-11-02"), QString()).ok());
        QVERIFY(vital.recordCrs(t.admin, d1, QString(), QStringLiteral("D-1"), d("2026-10-20"), QStringLiteral("DPRO/1")).ok());
        // A cancelled entry counts nowhere.
        QVERIFY(fo.cancel(t.admin, Registers::vitalEvents(), add(birth("2026-10-10", "2026-10-11")), QStringLiteral("twice")).ok());

        const auto r = MonthlyReport::compute(*t.book, QStringLiteral("2026-10")).value().vitalEvents;
        QCOMPARE(r.births, 2);
        QCOMPARE(r.deaths, 1);
        QCOMPARE(r.stillBirths, 1);
        QCOMPARE(r.onTime, 2);       // 5 Oct birth, still birth
        QCOMPARE(r.late, 1);         // 28 Oct birth
        QCOMPARE(r.permission, 1);   // the death
        QCOMPARE(r.order, 0);
        QCOMPARE(r.certificatesIssued, 1);
        // Reported by 31 Oct and not registered by then: b1 (registered in November), the 28 Oct birth, the
        // still birth. The September birth and the death were registered in October.
        QCOMPARE(r.awaitingCrsRegistration, 3);
        const QByteArray json = MonthlyReport::compute(*t.book, QStringLiteral("2026-10")).value().toJson();
        QVERIFY(json.contains("\"by_delay\": {\"on_time\": 2, \"late\": 1, \"permission\": 1, \"order\": 0}"));
        QVERIFY(json.contains("\"certificates_issued\": 1, \"awaiting_crs_registration\": 3}"));
    }
};

QTEST_GUILESS_MAIN(TestVital)
#include "tst_vital.moc"
