#include "OfficeSettings.h"
#include "TestBook.h"
#include "storage/AuditLog.h"

#include <QFile>
#include <sqlite3.h>

using namespace gd;
using gd::test::TestBook;

// Tampering is done the way an outsider would: with plain SQLite, without GramDesk's triggers.
class TestAudit : public QObject {
    Q_OBJECT
private:
    static void tamper(const QString &path, const char *sql)
    {
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        char *error = nullptr;
        const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &error);
        QVERIFY2(rc == SQLITE_OK, error ? error : "");
        sqlite3_close(db);
    }

    static AuditVerification verifyAfter(TestBook &t, const char *sql)
    {
        t.book.reset();
        tamper(t.path(), sql);
        auto book = Book::open(t.path(), t.clock);
        if (!book)
            qFatal("reopen failed: %s", qPrintable(book.error().message));
        return AuditLog::verify(*book.value()).value();
    }

    static void makeHistory(TestBook &t)
    {
        OfficeSettings settings(*t.book);
        QVERIFY(settings.set(t.admin, QStringLiteral("weekly_off"), QStringLiteral("sun")).ok());
        QVERIFY(settings.set(t.admin, QStringLiteral("weekly_off"), QStringLiteral("sat,sun")).ok());
        QVERIFY(settings.set(t.admin, QStringLiteral("vital_fees"), QStringLiteral("0,2,5,10")).ok());
    }

private slots:
    void everyChangeIsLoggedWithWhoAndWhat()
    {
        TestBook t;
        QVERIFY(t.create());
        makeHistory(t);
        // 12 seeded charter services, 10 complaint categories, 16 heads of account, 10 file subjects, the 25
        // Annexure-2 items and the 9 steps to certification, office insert, admin insert, three settings changes
        QCOMPARE(AuditLog::count(*t.book).value(), 87);
        const auto rows = AuditLog::page(*t.book, 0, 10).value();
        QCOMPARE(rows.first().action, QStringLiteral("insert"));
        QCOMPARE(rows.first().table, QStringLiteral("settings"));
        QCOMPARE(rows.first().actor, QStringLiteral("admin"));
        QCOMPARE(rows.first().at, QStringLiteral("2026-11-22T10:30:00"));
        QCOMPARE(rows.at(1).action, QStringLiteral("update"));
        QCOMPARE(rows.at(1).oldValues, QStringLiteral("{\"key\":\"weekly_off\",\"value\":\"sun\"}"));
        QCOMPARE(rows.at(1).newValues, QStringLiteral("{\"key\":\"weekly_off\",\"value\":\"sat,sun\"}"));
        // Password hashes never reach the log.
        for (const AuditRow &r : rows)
            QVERIFY(!r.newValues.contains(QStringLiteral("argon2")));
        const auto report = AuditLog::verify(*t.book).value();
        QVERIFY(report.ok);
        QCOMPARE(report.rowsChecked, 87);
    }

    void logIsAppendOnlyFromInside()
    {
        TestBook t;
        QVERIFY(t.create());
        QVERIFY(!t.book->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1")).ok());
        QVERIFY(!t.book->exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 1")).ok());
    }

    void detectsEditedEntry()
    {
        TestBook t;
        QVERIFY(t.create());
        makeHistory(t);
        const auto r = verifyAfter(t, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone' WHERE id = 3;");
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadId, 3);
        QVERIFY(r.problem.contains(QStringLiteral("altered")));
    }

    void detectsDeletedEntry()
    {
        TestBook t;
        QVERIFY(t.create());
        makeHistory(t);
        const auto r = verifyAfter(t, "DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE id = 2;");
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadId, 3);
    }

    void detectsInsertedEntry()
    {
        TestBook t;
        QVERIFY(t.create());
        makeHistory(t);
        const auto r = verifyAfter(t, "DROP TRIGGER audit_log_no_update;"
                                      "UPDATE audit_log SET id = id + 100 WHERE id >= 3;"
                                      "INSERT INTO audit_log VALUES (3, '2026-11-22T10:00:00', 'x', 'insert', 'settings', 9, NULL, '{}', 'abc', 'def');");
        QVERIFY(!r.ok);
        QCOMPARE(r.firstBadId, 3);
    }

    void detectsDataChangedBehindTheLog()
    {
        TestBook t;
        QVERIFY(t.create());
        makeHistory(t);
        const auto r = verifyAfter(t, "DROP TRIGGER audit_settings_update; UPDATE settings SET value = 'mon' WHERE key = 'weekly_off';");
        QVERIFY(!r.ok);
        QVERIFY(r.problem.contains(QStringLiteral("changed outside GramDesk")));
    }

    void detectsDataDeletedBehindTheLog()
    {
        TestBook t;
        QVERIFY(t.create());
        makeHistory(t);
        const auto r = verifyAfter(t, "DROP TRIGGER audit_settings_delete; DELETE FROM settings WHERE key = 'vital_fees';");
        QVERIFY(!r.ok);
        QVERIFY(r.problem.contains(QStringLiteral("deleted outside GramDesk")));
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
