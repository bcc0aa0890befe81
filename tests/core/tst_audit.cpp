#include "BookFiles.h"
#include "office/OfficeSettings.h"
#include "office/Users.h"
#include "TestBook.h"
#include "storage/AuditFunctions.h"
#include "storage/AuditLog.h"
#include "storage/Book.h"
#include "registers/Registers.h"

#include <QCryptographicHash>

using namespace gd;
using namespace gd::test;

// Tampering is done the way an outsider would: with plain SQLite, without GramDesk's triggers.
class TestAudit : public QObject {
    Q_OBJECT
private:
    static AuditVerification verifyAfter(TestBook &t, const QByteArray &sql)
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
        // Annexure-2 items and the 9 steps to certification, nine of the items moved to the order's words and item
        // 17 judged from the books (10 updates), office insert, admin insert, three settings changes
        QCOMPARE(AuditLog::count(*t.book).value(), 97);
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
        QCOMPARE(report.rowsChecked, 97);
    }

    void logIsAppendOnlyFromInside()
    {
        TestBook t;
        QVERIFY(t.create());
        auto r = t.book->exec(QStringLiteral("DELETE FROM audit_log WHERE id = 1"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("The book does not allow this change: the audit log is append-only. Nothing was saved."));
        QVERIFY(!t.book->exec(QStringLiteral("UPDATE audit_log SET actor = 'x' WHERE id = 1")).ok());
        // A constraint is said without SQLite's words ("UNIQUE constraint failed: users.user_name").
        r = t.book->exec(QStringLiteral("INSERT INTO users (user_name, full_name, role, password_hash, created_at) "
                                        "VALUES ('ADMIN', 'x', 'admin', 'x', 'x')"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message, QStringLiteral("The entry repeats one already in the book. Nothing was saved; check it and try again."));
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
        // The trigger put back as it was, so that only the row tells.
        const QByteArray trigger = objectSql(*t.book, "audit_settings_delete");
        const auto r = verifyAfter(t, "DROP TRIGGER audit_settings_delete; DELETE FROM settings WHERE key = 'vital_fees';" + trigger);
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, QStringLiteral("Row 2 of settings was deleted outside GramDesk."));
    }

    // What is audited is the program's to say: a table taken off the book's own list, and its row then edited
    // with its trigger gone, is found.
    void theListOfAuditedTablesIsTheProgramsOwn()
    {
        TestBook t;
        QVERIFY(t.create());
        t.add(Registers::visitors(), {{QStringLiteral("date"), QDate(2026, 11, 22)}, {QStringLiteral("time_in"), QTime(10, 5)},
                                      {QStringLiteral("name"), QStringLiteral("रमेश कुमार")},
                                      {QStringLiteral("purpose"), QStringLiteral("enquiry")}});
        const auto r = verifyAfter(t, "DELETE FROM audited_tables WHERE name = 'visitors';"
                                      "DROP TRIGGER audit_visitors_update; DROP TRIGGER visitors_no_overwrite;"
                                      "UPDATE visitors SET name = 'सुरेश';");
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, QStringLiteral("The book's structure was changed outside GramDesk: trigger audit_visitors_update "
                                           "is missing; trigger visitors_no_overwrite is missing; the list of audited "
                                           "tables in the book was changed."));
    }

    // Whatever the program did not make is named: a trigger that would undo entries, a view, a table; and a
    // trigger of the program's own name that logs less than the program's.
    void whatTheProgramDidNotMakeIsNamed()
    {
        TestBook t;
        QVERIFY(t.create());
        const auto r = verifyAfter(t, "CREATE TABLE notes (a); CREATE VIEW callers AS SELECT name FROM visitors;"
                                      "CREATE TRIGGER quiet AFTER INSERT ON complaints BEGIN SELECT 1; END;"
                                      "DROP TRIGGER audit_office_update;"
                                      "CREATE TRIGGER audit_office_update AFTER UPDATE ON office BEGIN SELECT 1; END;");
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, QStringLiteral("The book's structure was changed outside GramDesk: trigger audit_office_update "
                                           "is not as GramDesk made it; table notes was added; trigger quiet was added; "
                                           "view callers was added."));
    }

    // A password hash copied from a user whose password is known (the trigger put back afterwards) is named; a
    // password changed in GramDesk is an entry holding the new hash's SHA-256, never the hash.
    void aPasswordHashPutInPlaceIsNamed()
    {
        TestBook t;
        QVERIFY(t.create());
        UserDirectory users(*t.book);
        QVERIFY(users.add(t.admin, QStringLiteral("pooja"), QStringLiteral("पूजा"), Role::Operator, QStringLiteral("pooja-knows-1")).ok());
        QVERIFY(users.resetPassword(t.admin, QStringLiteral("pooja"), QStringLiteral("pooja-knows-2")).ok());
        const QByteArray hash = t.book->scalar(QStringLiteral("SELECT password_hash FROM users WHERE user_name = 'pooja'"))
                                    .value()
                                    .toString()
                                    .toUtf8();
        const AuditRow last = AuditLog::page(*t.book, 0, 1).value().first();
        QCOMPARE(last.table, QStringLiteral("users"));
        QCOMPARE(last.action, QStringLiteral("update"));
        const QByteArray digest = QCryptographicHash::hash(hash, QCryptographicHash::Sha256).toHex();
        QVERIFY2(last.newValues.contains(QStringLiteral("\"sha256(password_hash)\":\"%1\"").arg(QString::fromLatin1(digest))),
                 qPrintable(last.newValues));
        QVERIFY(!last.newValues.contains(QString::fromUtf8(hash)));
        QVERIFY(!last.oldValues.contains(QStringLiteral("$argon2")));
        QVERIFY(AuditLog::verify(*t.book).value().ok);

        const QByteArray trigger = objectSql(*t.book, "audit_users_update");
        const auto r = verifyAfter(t, "DROP TRIGGER audit_users_update; UPDATE users SET password_hash = (SELECT password_hash "
                                      "FROM users WHERE user_name = 'pooja') WHERE user_name = 'admin';" + trigger);
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, QStringLiteral("The password of user admin was changed outside GramDesk (its hash differs from the audit log)."));
    }
    // gd_row (what the triggers call: the names once, then the values) gives what gd_json (what verify calls:
    // each name beside its value) gives, for every kind of value SQLite holds.
    void rowJsonIsTheNamedJson()
    {
        TestBook t;
        QVERIFY(t.create());
        const QString text = QStringLiteral("कहा \"हाँ\"\n\\");
        // Written out by hand: null, an integer, a real, text with a quote, a newline and a backslash escaped,
        // and a blob by its SHA-256 (of the two bytes 00 FF, from Python's hashlib).
        const QString expected = QStringLiteral(
            "{\"n\":null,\"i\":42,\"r\":2.5,\"t\":\"कहा \\\"हाँ\\\"\\u000a\\\\\","
            "\"b\":{\"sha256\":\"06eb7d6a69ee19e5fbdf749018d3d2abfa04bcbd1365db312eb86dc7169389b8\"}}");
        auto row = t.book->scalar(QStringLiteral("SELECT gd_row('n,i,r,t,b', NULL, 42, 2.5, ?, X'00FF')"), {text});
        QVERIFY(row.ok());
        QCOMPARE(row.value().toString(), expected);
        auto named = t.book->scalar(
            QStringLiteral("SELECT gd_json('n', NULL, 'i', 42, 'r', 2.5, 't', ?, 'b', X'00FF')"), {text});
        QVERIFY(named.ok());
        QCOMPARE(named.value().toString(), expected);
        // Names and values must pair up.
        QVERIFY(!t.book->scalar(QStringLiteral("SELECT gd_row('a,b', 1)")).ok());
    }

    // An import makes its rows' audit JSON from the values it binds (audit::rowJson), when SQLite stores each
    // value as bound. The JSON is gd_row's; "stored as bound" is checked against what SQLite does with each
    // kind of value in each kind of column.
    void boundRowsGiveTheTriggersJson()
    {
        const Bindable blob = [] {
            Bindable b;
            b.kind = Bindable::Blob;
            b.bytes = QByteArray("\x00\xFF", 2);
            return b;
        }();
        Bindable real;
        real.kind = Bindable::Real;
        real.real = 2.5;
        const QList<Bindable> row = {Bindable(), Bindable::integerValue(42), real,
                                     Bindable::text(QStringLiteral("कहा \"हाँ\"\n\\").toUtf8()), blob};
        // As in rowJsonIsTheNamedJson, written out by hand; the values taken in another order than bound.
        QCOMPARE(QString::fromUtf8(audit::rowJson(audit::jsonKeys({QStringLiteral("b"), QStringLiteral("n"), QStringLiteral("i"),
                                                                   QStringLiteral("r"), QStringLiteral("t")}),
                                                  row.constData(), {4, 0, 1, 2, 3})),
                 QStringLiteral("{\"b\":{\"sha256\":\"06eb7d6a69ee19e5fbdf749018d3d2abfa04bcbd1365db312eb86dc7169389b8\"},"
                                "\"n\":null,\"i\":42,\"r\":2.5,\"t\":\"कहा \\\"हाँ\\\"\\u000a\\\\\"}"));

        // Worked out from SQLite's rules: only a value of the column's own kind (or any value in a column without
        // a type, and NULL or a blob anywhere) is kept as it is.
        using audit::Affinity;
        QCOMPARE(audit::affinityOf(QStringLiteral("INTEGER")), Affinity::Integer);
        QCOMPARE(audit::affinityOf(QStringLiteral("TEXT")), Affinity::Text);
        QCOMPARE(audit::affinityOf(QStringLiteral("REAL")), Affinity::Real);
        QCOMPARE(audit::affinityOf(QStringLiteral("NUMERIC")), Affinity::Numeric);
        QCOMPARE(audit::affinityOf(QString()), Affinity::Blob);
        QVERIFY(audit::storedAsBound(Bindable::integerValue(7), Affinity::Integer));
        QVERIFY(!audit::storedAsBound(Bindable::integerValue(7), Affinity::Text));
        QVERIFY(!audit::storedAsBound(Bindable::integerValue(7), Affinity::Real));
        QVERIFY(!audit::storedAsBound(Bindable::text("12"), Affinity::Numeric));
        QVERIFY(!audit::storedAsBound(real, Affinity::Integer));
        QVERIFY(audit::storedAsBound(Bindable::text("12"), Affinity::Blob));

        // And SQLite agrees: wherever a value is said to be kept as bound, it is (its type and its value).
        TestBook t;
        QVERIFY(t.create());
        QVERIFY(t.book->exec(QStringLiteral("CREATE TABLE kinds (t TEXT, n NUMERIC, i INTEGER, r REAL, b BLOB, x)")).ok());
        Bindable whole;
        whole.kind = Bindable::Real;
        whole.real = 3.0;
        const QList<Bindable> values = {Bindable(), Bindable::integerValue(7), real, whole, Bindable::text("12"),
                                        Bindable::text("abc"), blob};
        const QStringList kinds = {QStringLiteral("null"), QStringLiteral("integer"), QStringLiteral("real"), QStringLiteral("real"),
                                   QStringLiteral("text"), QStringLiteral("text"), QStringLiteral("blob")};
        const QStringList quoted = {QStringLiteral("NULL"), QStringLiteral("7"), QStringLiteral("2.5"), QStringLiteral("3.0"),
                                    QStringLiteral("'12'"), QStringLiteral("'abc'"), QStringLiteral("X'00FF'")};
        int kept = 0;
        const QStringList columns = {QStringLiteral("t"), QStringLiteral("n"), QStringLiteral("i"), QStringLiteral("r"),
                                     QStringLiteral("b"), QStringLiteral("x")};
        const QStringList declared = {QStringLiteral("TEXT"), QStringLiteral("NUMERIC"), QStringLiteral("INTEGER"),
                                      QStringLiteral("REAL"), QStringLiteral("BLOB"), QString()};
        for (qsizetype c = 0; c < columns.size(); ++c) {
            for (qsizetype v = 0; v < values.size(); ++v) {
                QVERIFY(t.book->execBound(QStringLiteral("INSERT INTO kinds (%1) VALUES (?)").arg(columns.at(c)), {values.at(v)}).ok());
                auto stored = t.book->exec(QStringLiteral("SELECT typeof(%1), quote(%1) FROM kinds WHERE rowid = last_insert_rowid()")
                                               .arg(columns.at(c)));
                QVERIFY(stored.ok() && stored.value().next());
                const bool asBound = stored.value().value(0).toString() == kinds.at(v) && stored.value().value(1).toString() == quoted.at(v);
                if (audit::storedAsBound(values.at(v), audit::affinityOf(declared.at(c)))) {
                    QVERIFY2(asBound, qPrintable(QStringLiteral("%1 in %2").arg(quoted.at(v), columns.at(c))));
                    ++kept;
                }
            }
        }
        // Of the 42 pairs, worked out: TEXT 4 (null, the two texts, blob), NUMERIC 3 (null, 7, blob), INTEGER 3,
        // REAL 4 (null, the two reals, blob), BLOB 7, none 7.
        QCOMPARE(kept, 28);
    }

    // The time of each audit entry is the clock's at that write (gd_now keeps the text of the last second).
    void auditTimesFollowTheClock()
    {
        TestBook t;
        QVERIFY(t.create());
        OfficeSettings settings(*t.book);
        QVERIFY(settings.set(t.admin, QStringLiteral("weekly_off"), QStringLiteral("sun")).ok());
        t.clock.advanceSecs(1);
        QVERIFY(settings.set(t.admin, QStringLiteral("weekly_off"), QStringLiteral("sat")).ok());
        t.clock.set(QDateTime(QDate(2026, 11, 22), QTime(10, 30)));
        QVERIFY(settings.set(t.admin, QStringLiteral("weekly_off"), QStringLiteral("mon")).ok());
        const auto rows = AuditLog::page(*t.book, 0, 3).value();
        QCOMPARE(rows.at(2).at, QStringLiteral("2026-11-22T10:30:00"));
        QCOMPARE(rows.at(1).at, QStringLiteral("2026-11-22T10:30:01"));
        QCOMPARE(rows.at(0).at, QStringLiteral("2026-11-22T10:30:00"));
        QVERIFY(AuditLog::verify(*t.book).value().ok);
    }

    // A book made before version 15 has the long triggers (each row's JSON written out twice, the chaining in
    // every trigger). Opened, it gets the short ones; its log goes on as one chain, the entries alike.
    void olderBooksGetTheShortTriggers()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        // The settings' insert trigger as version 14 wrote it, and no audit_append view yet.
        tamper(t.path(),
               "DROP TRIGGER audit_settings_insert; DROP TRIGGER audit_append_row; DROP VIEW audit_append;"
               "CREATE TRIGGER audit_settings_insert AFTER INSERT ON settings BEGIN INSERT INTO audit_log (id, at, "
               "actor, action, table_name, row_id, old_values, new_values, prev_hash, hash) SELECT n.id, n.at, "
               "n.actor, 'insert', 'settings', NEW.rowid, NULL, gd_json('key', NEW.\"key\", 'value', NEW.\"value\"), "
               "n.prev,  gd_audit_hash(n.id, n.at, n.actor, 'insert', 'settings', NEW.rowid, NULL, gd_json('key', "
               "NEW.\"key\", 'value', NEW.\"value\"), n.prev) FROM (SELECT coalesce(max(id), 0) + 1 AS id, gd_now() "
               "AS at, gd_actor() AS actor,  coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '') AS "
               "prev FROM audit_log) AS n; END;"
               "DROP TRIGGER seals_no_update; DROP TRIGGER seals_no_delete; DROP TABLE seals; DROP TABLE appeals;"
               "DROP TABLE family_members; DROP TABLE family_events; DROP TABLE attendance; DROP TABLE procedures;"
               "DROP TABLE procedure_files;"
               "DELETE FROM audited_tables WHERE name IN ('appeals', 'family_members', 'family_events', 'attendance',"
               " 'procedures', 'procedure_files');"
               "PRAGMA user_version = 14;");
        Book::Options asItIs;
        asItIs.migrate = false;
        {
            auto old = Book::open(t.path(), t.clock, asItIs);
            QVERIFY(old.ok());
            old.value()->setActor(QStringLiteral("admin"));
            QVERIFY(old.value()->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('a', 'x')")).ok());
        }
        auto book = Book::open(t.path(), t.clock);
        QVERIFY2(book.ok(), book.ok() ? "" : qPrintable(book.error().message));
        QCOMPARE(book.value()->version(), 22);
        const QString trigger = book.value()
                                    ->scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = 'audit_settings_insert'"))
                                    .value()
                                    .toString();
        QCOMPARE(trigger, QStringLiteral("CREATE TRIGGER audit_settings_insert AFTER INSERT ON settings WHEN gd_by_trigger('settings') BEGIN INSERT INTO "
                                         "audit_append VALUES ('insert', 'settings', NEW.rowid, NULL, "
                                         "gd_row('key,value', NEW.\"key\", NEW.\"value\")); END"));
        book.value()->setActor(QStringLiteral("admin"));
        QVERIFY(book.value()->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('b', 'y')")).ok());
        const auto rows = AuditLog::page(*book.value(), 0, 3).value();
        QCOMPARE(rows.at(2).newValues, QStringLiteral("{\"key\":\"a\",\"value\":\"x\"}"));  // the old trigger's
        // The upgrade to version 17 logs the admin's row once as it stands, with the password hash's digest.
        QCOMPARE(rows.at(1).table, QStringLiteral("users"));
        QVERIFY(rows.at(1).newValues.contains(QStringLiteral("\"sha256(password_hash)\":\"")));
        QCOMPARE(rows.at(0).newValues, QStringLiteral("{\"key\":\"b\",\"value\":\"y\"}"));  // the new one's
        QCOMPARE(rows.at(0).id, rows.at(2).id + 2);
        const auto report = AuditLog::verify(*book.value()).value();
        QVERIFY2(report.ok, qPrintable(report.problem));
    }

    // The entries of the days asked for, both ends included, newest first; an entry written while the clock was set
    // to another day is in the days of its time, not of its place in the log.
    void theEntriesOfSomeDays()
    {
        TestBook t;
        t.clock.set(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
        QVERIFY(t.create());
        const qint64 setUp = AuditLog::count(*t.book).value();
        QVERIFY(setUp > 0);
        const auto visitor = [&](const QDateTime &at, const char *name) {
            t.clock.set(at);
            t.add(Registers::visitors(), {{QStringLiteral("date"), at.date()}, {QStringLiteral("time_in"), at.time()},
                                          {QStringLiteral("name"), QString::fromUtf8(name)},
                                          {QStringLiteral("purpose"), QStringLiteral("enquiry")}});
        };
        visitor(QDateTime(QDate(2026, 11, 21), QTime(10, 0)), "रमेश");
        visitor(QDateTime(QDate(2026, 11, 22), QTime(9, 30)), "सीता");
        visitor(QDateTime(QDate(2026, 11, 22), QTime(23, 59, 59)), "मोहन");
        visitor(QDateTime(QDate(2026, 11, 21), QTime(12, 0)), "गीता");  // the clock set back a day

        const auto names = [&](const AuditLog::Period &p) {
            QStringList out;
            const QList<AuditRow> rows = AuditLog::page(*t.book, p, 0, 100).value();
            for (const AuditRow &r : rows)
                out += r.table == u"visitors" ? r.newValues.section(QStringLiteral("\"name\":\""), 1).section(u'"', 0, 0)
                                              : r.table;
            return out;
        };
        const AuditLog::Period the21st = AuditLog::find(*t.book, QDate(2026, 11, 21), QDate(2026, 11, 21)).value();
        QCOMPARE(the21st.entries, 2);
        QCOMPARE(names(the21st), (QStringList{QStringLiteral("गीता"), QStringLiteral("रमेश")}));
        const AuditLog::Period the22nd = AuditLog::find(*t.book, QDate(2026, 11, 22), QDate(2026, 11, 22)).value();
        QCOMPARE(the22nd.entries, 2);  // 23:59:59 is still the 22nd
        QCOMPARE(names(the22nd), (QStringList{QStringLiteral("मोहन"), QStringLiteral("सीता")}));
        const AuditLog::Period fromThe21st = AuditLog::find(*t.book, QDate(2026, 11, 21), QDate()).value();
        QCOMPARE(fromThe21st.entries, 4);
        QCOMPARE(names(fromThe21st).size(), 4);
        QCOMPARE(AuditLog::find(*t.book, QDate(), QDate(2026, 11, 20)).value().entries, setUp);
        const AuditLog::Period later = AuditLog::find(*t.book, QDate(2026, 11, 23), QDate(2026, 11, 30)).value();
        QCOMPARE(later.entries, 0);
        QCOMPARE(names(later), QStringList());
        // Paged: the second of the 21st's two, one at a time.
        QCOMPARE(AuditLog::page(*t.book, the21st, 1, 1).value().size(), 1);
        QCOMPARE(AuditLog::page(*t.book, the21st, 1, 1).value().first().id, the21st.firstId);
    }
};

QTEST_GUILESS_MAIN(TestAudit)
#include "tst_audit.moc"
