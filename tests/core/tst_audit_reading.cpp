// The audit log in the office's words: each kind of change, the register or part of the book, the entry, and the
// values as the forms show them, in English and in Hindi (AuditReading).

#include "TestBook.h"
#include "registers/FrontOffice.h"
#include "base/Translations.h"
#include "registers/AuditReading.h"
#include "registers/Masters.h"
#include "storage/AuditLog.h"

#include <QTest>

using namespace gd;
using namespace gd::test;
using namespace gd::test::shorthand;

namespace {

// The log's entries from the newest back, `n` of them.
QList<AuditRow> newest(Book &book, int n)
{
    auto page = AuditLog::page(book, 0, n);
    if (!page)
        qFatal("%s", qPrintable(page.error().message));
    return page.value();
}

AuditRow handMade(const char *action, const char *table, const char *before, const char *after)
{
    return {7, q("2026-11-22T10:30:00"), q("admin"), q(action), q(table), 3, q(before), q(after)};
}

}  // namespace

class TestAuditReading : public QObject {
    Q_OBJECT

    TestBook t;
    Entry m_visitor;

private slots:
    void initTestCase()
    {
        QVERIFY(Translations::install(q("en")));
        QVERIFY(t.create());
        m_visitor = t.add(Registers::visitors(), {{q("date"), d("2026-11-22")}, {q("time_in"), QTime(10, 5)},
                                                  {q("name"), q("रमेश यादव")}, {q("village"), q("रामपुर")},
                                                  {q("mobile"), q("9812345678")}, {q("purpose"), q("enquiry")}});
    }
    void cleanupTestCase() { Translations::install(q("en")); }

    void aNewEntryShowsItsValuesAsTheFormDoes()
    {
        const AuditReading r = AuditReading::of(newest(*t.book, 1).first());
        QCOMPARE(r.change, q("New entry"));
        QCOMPARE(r.where, q("Visitor register"));
        QCOMPARE(r.entry, q("VIS/2026-27/000001"));
        QCOMPARE(r.details, q("Date: 22-11-2026 · Time in: 10:05 · Visitor name: रमेश यादव · Village/ward: रामपुर · "
                              "Mobile: 9812345678 · Purpose: enquiry"));
    }

    // The visitor leaves: version 1 is replaced (an update of is_current alone), version 2 is written with the
    // reason EntryStore gives it.
    void aNewVersionReplacesTheOldOne()
    {
        auto left = FrontOffice(*t.book).visitorLeaves(t.admin, m_visitor, QTime(10, 40), 4, 5, q("पानी रखें"));
        QVERIFY2(left.ok(), left.ok() ? "" : qPrintable(left.error().message));
        const QList<AuditRow> rows = newest(*t.book, 2);  // the newest first
        const AuditReading replaced = AuditReading::of(rows.at(1));
        QCOMPARE(replaced.change, q("Replaced by a newer version"));
        QCOMPARE(replaced.entry, q("VIS/2026-27/000001"));
        QCOMPARE(replaced.details, QString());
        const AuditReading version2 = AuditReading::of(rows.at(0));
        QCOMPARE(version2.change, q("Action recorded (version 2)"));
        QCOMPARE(version2.entry, q("VIS/2026-27/000001"));
        QVERIFY2(version2.details.startsWith(q("Reason: visitor left · Date: 22-11-2026 · Time in: 10:05 · Time out: 10:40 · ")),
                 qPrintable(version2.details));
        QVERIFY2(version2.details.endsWith(q("Rating: time taken: 4 · Rating: staff behaviour: 5 · Suggestion: पानी रखें")),
                 qPrintable(version2.details));
    }

    // A master's row is named by its key, shown as its form shows it; a change names only what changed.
    void aMasterChangedInPlaceShowsBeforeAndAfter()
    {
        MasterStore holidays(*t.book, Registers::holidays());
        QVERIFY(holidays.save(t.admin, {{q("date"), d("2026-12-25")}, {q("name"), q("क्रिसमस")}}).ok());
        QVERIFY(holidays.save(t.admin, {{q("date"), d("2026-12-25")}, {q("name"), q("बड़ा दिन")}}).ok());
        const QList<AuditRow> rows = newest(*t.book, 2);
        const AuditReading added = AuditReading::of(rows.at(1));
        QCOMPARE(added.change, q("New entry"));
        QCOMPARE(added.where, q("Holidays"));
        QCOMPARE(added.entry, q("25-12-2026"));
        QCOMPARE(added.details, q("Date: 25-12-2026 · Holiday: क्रिसमस"));
        const AuditReading changed = AuditReading::of(rows.at(0));
        QCOMPARE(changed.change, q("Changed"));
        QCOMPARE(changed.entry, q("25-12-2026"));
        QCOMPARE(changed.details, q("Holiday: क्रिसमस → बड़ा दिन"));
    }

    void partsOfTheBookThatAreNotRegisters_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("entry");
        QTest::addColumn<QString>("details");
        // Their columns labelled, in the order of the columns' names; a role, a date or a yes as the forms show them.
        QTest::newRow("a user") << q("insert") << q("users") << QString()
                                << q("{\"id\":2,\"user_name\":\"secretary\",\"role\":\"secretary\",\"locked_until\":null}")
                                << q("New entry") << q("Users") << q("secretary") << q("Role: Secretary · User name: secretary");
        QTest::newRow("a password changed") << q("update") << q("users")
                                            << q("{\"id\":2,\"user_name\":\"pooja\",\"sha256(password_hash)\":\"") + QString(64, u'a') + q("\"}")
                                            << q("{\"id\":2,\"user_name\":\"pooja\",\"sha256(password_hash)\":\"") + QString(64, u'b') + q("\"}")
                                            << q("Changed") << q("Users") << q("pooja") << q("Password (fingerprint): aaaaaaaaaaaa… → bbbbbbbbbbbb…");
        QTest::newRow("a setting changed") << q("update") << q("settings") << q("{\"key\":\"weekly_off\",\"value\":\"sun\"}")
                                           << q("{\"key\":\"weekly_off\",\"value\":\"sat\"}") << q("Changed") << q("Settings")
                                           << q("weekly_off") << q("Value: sun → sat");
        QTest::newRow("a day closed") << q("insert") << q("cash_days") << QString()
                                      << q("{\"date\":\"2026-11-21\",\"closed_by\":\"admin\",\"nil\":1}") << q("New entry")
                                      << q("Cash book: days closed") << q("21-11-2026") << q("Closed by: admin · Date: 21-11-2026 · No entries: yes");
        QTest::newRow("a month closed") << q("insert") << q("cash_months") << QString()
                                        << q("{\"month\":\"2026-10\",\"cash_book\":1250050,\"cash_counted\":1250000,"
                                             "\"closed_at\":\"2026-11-02T11:05:00\"}")
                                        << q("New entry") << q("Cash book: months closed") << q("2026-10")
                                        << q("Cash by the book: ₹ 12,500.50 · Cash counted: ₹ 12,500.00 · Closed at: 02-11-2026 11:05 · "
                                             "Month: 2026-10");
        QTest::newRow("a removed holiday") << q("delete") << q("holidays") << q("{\"date\":\"2026-01-26\",\"name\":\"गणतंत्र दिवस\"}")
                                           << QString() << q("Removed") << q("Holidays") << q("26-01-2026")
                                           << q("Date: 26-01-2026 · Holiday: गणतंत्र दिवस");
        // Codes are shown in words: the backup's kind, a user's language.
        QTest::newRow("a backup") << q("insert") << q("backup_log") << QString()
                                  << q("{\"at\":\"2026-11-22T09:00:00\",\"kind\":\"daily\",\"ok\":1}") << q("New entry")
                                  << q("Backups") << q("22-11-2026 09:00")
                                  << q("When: 22-11-2026 09:00 · Kind: daily (automatic) · Succeeded: yes");
        QTest::newRow("a user's language") << q("update") << q("users") << q("{\"user_name\":\"pooja\",\"language\":\"en\"}")
                                           << q("{\"user_name\":\"pooja\",\"language\":\"hi\"}") << q("Changed") << q("Users")
                                           << q("pooja") << q("Language: English → हिन्दी");
        QTest::newRow("a table it does not know") << q("insert") << q("later_table") << QString() << q("{\"id\":3}")
                                                  << q("New entry") << q("later_table") << q("row 3") << QString();
        QTest::newRow("a cleared value") << q("update") << q("visitors")
                                         << q("{\"number\":\"VIS/2026-27/000009\",\"mobile\":\"9812345678\",\"version\":1}")
                                         << q("{\"number\":\"VIS/2026-27/000009\",\"mobile\":null,\"version\":1}") << q("Changed")
                                         << q("Visitor register") << q("VIS/2026-27/000009") << q("Mobile: 9812345678 → —");
    }
    void partsOfTheBookThatAreNotRegisters()
    {
        QFETCH(QString, action);
        QFETCH(QString, table);
        QFETCH(QString, before);
        QFETCH(QString, after);
        const AuditReading r = AuditReading::of(
            handMade(action.toUtf8().constData(), table.toUtf8().constData(), before.toUtf8().constData(), after.toUtf8().constData()));
        QTEST(r.change, "change");
        QTEST(r.where, "where");
        QTEST(r.entry, "entry");
        QTEST(r.details, "details");
    }

    void inHindi()
    {
        QVERIFY(Translations::install(q("hi")));
        const QList<AuditRow> rows = newest(*t.book, 6);  // the holidays' two, the visitor's three, and one before
        const AuditReading holiday = AuditReading::of(rows.at(0));
        QCOMPARE(holiday.change, q("बदली गई"));
        QCOMPARE(holiday.where, q("अवकाश"));
        QCOMPARE(holiday.details, q("अवकाश: क्रिसमस → बड़ा दिन"));
        const AuditReading version2 = AuditReading::of(rows.at(2));
        QCOMPARE(version2.change, q("कार्यवाही दर्ज (रूप 2)"));
        QVERIFY2(version2.details.startsWith(q("कारण: ")), qPrintable(version2.details));
        QCOMPARE(AuditReading::of(rows.at(3)).change, q("नए रूप से बदली गई"));
        const AuditReading visitor = AuditReading::of(rows.at(4));
        QCOMPARE(visitor.change, q("नई प्रविष्टि"));
        QCOMPARE(visitor.where, q("आगंतुक रजिस्टर"));
        QVERIFY2(visitor.details.contains(q("प्रयोजन: जानकारी")), qPrintable(visitor.details));
        const AuditReading day = AuditReading::of(handMade("insert", "cash_days", "", "{\"date\":\"2026-11-21\",\"closed_by\":\"admin\",\"nil\":1}"));
        QCOMPARE(day.where, q("रोकड़ बही: बंद किए दिन"));
        QCOMPARE(day.details, q("बंद करने वाले: admin · तिथि: 21-11-2026 · कोई प्रविष्टि नहीं: हाँ"));
        const AuditReading backup = AuditReading::of(handMade("insert", "backup_log", "", "{\"kind\":\"daily\",\"ok\":1}"));
        QCOMPARE(backup.details, q("प्रकार: दैनिक (स्वचालित) · सफल: हाँ"));
        // A printout in English while the program shows Hindi.
        const AuditReading english = AuditReading::of(rows.at(4), [](const char *, const char *source) { return QString::fromUtf8(source); });
        QCOMPARE(english.change, q("New entry"));
        QVERIFY(Translations::install(q("en")));
    }
};

QTEST_GUILESS_MAIN(TestAuditReading)
#include "tst_audit_reading.moc"
