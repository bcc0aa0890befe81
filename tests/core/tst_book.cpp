#include "BookFiles.h"
#include "TestBook.h"
#include "storage/Schema.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace gd;
using gd::test::TestBook;
using gd::test::fileHash;

class TestBookStorage : public QObject {
    Q_OBJECT
private slots:
    void createdBookHasThePragmas()
    {
        TestBook t;
        QVERIFY(t.create());
        QCOMPARE(t.book->scalar(QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("wal"));
        QCOMPARE(t.book->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
        QCOMPARE(t.book->scalar(QStringLiteral("PRAGMA synchronous")).value().toInt(), 2);  // FULL
        QCOMPARE(t.book->scalar(QStringLiteral("PRAGMA trusted_schema")).value().toInt(), 0);
        QCOMPARE(t.book->scalar(QStringLiteral("PRAGMA application_id")).value().toUInt(), 0x47444B31u);
        QCOMPARE(t.book->version(), Schema::latestVersion());
    }

    void refusesToCreateOverAnExistingFile()
    {
        TestBook t;
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        auto r = Book::create(t.path(), t.clock);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InputRejected);
        QCOMPARE(fileHash(t.path()), QCryptographicHash::hash("precious", QCryptographicHash::Sha256));
    }

    void refusesFileThatIsNotABook_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::newRow("text") << QByteArray("name,village\nRamesh,Rampur\n");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("short") << QByteArray("SQLite");
    }
    void refusesFileThatIsNotABook()
    {
        QFETCH(QByteArray, content);
        TestBook t;
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        auto r = Book::open(t.path(), t.clock);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotABook);
        QVERIFY(r.error().message.contains(QStringLiteral("not a GramDesk book")));
    }

    void refusesAnotherSqliteDatabase()
    {
        TestBook t;
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(t.path()).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "CREATE TABLE x(a); INSERT INTO x VALUES (1);", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = fileHash(t.path());
        auto r = Book::open(t.path(), t.clock);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotABook);
        QCOMPARE(fileHash(t.path()), before);
    }

    void refusesNewerBookUntouched()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        sqlite3 *db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(t.path()).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA user_version = 999; PRAGMA wal_checkpoint(TRUNCATE);", nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
        const QByteArray before = fileHash(t.path());
        auto r = Book::open(t.path(), t.clock);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::TooNew);
        QVERIFY(r.error().message.contains(QStringLiteral("newer GramDesk")));
        QCOMPARE(fileHash(t.path()), before);
        QVERIFY(!QFile::exists(t.path() + QStringLiteral("-wal")));
    }

    void refusesReadOnlyBookUntouched()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        QVERIFY(QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        const QByteArray before = fileHash(t.path());
        auto r = Book::open(t.path(), t.clock);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::ReadOnly);
        QVERIFY(r.error().message.contains(QStringLiteral("read-only")));
        QCOMPARE(fileHash(t.path()), before);
        QFile::setPermissions(t.path(), QFile::ReadOwner | QFile::WriteOwner);
    }

    void damagedBookIsReported()
    {
        TestBook t;
        QVERIFY(t.create());
        // Enough rows to span many pages, so the damage lands inside a table's pages.
        for (int i = 0; i < 300; ++i)
            QVERIFY(t.book->write(QStringLiteral("INSERT INTO backup_log (at, kind, place, ok) VALUES ('2026-11-22', 'manual', ?, 1)"),
                                  {QString(200, QLatin1Char('x'))}).ok());
        t.book.reset();
        QFile f(t.path());
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 8 * 4096);
        for (qint64 page = 2; page * 4096 < size; page += 2) {
            f.seek(page * 4096 + 10);
            f.write(QByteArray(300, '\x5a'));
        }
        f.close();
        auto r = Book::open(t.path(), t.clock);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::VerificationFailed);
        QVERIFY(r.error().message.contains(QStringLiteral("damaged")));
        QCOMPARE(exitStatusFor(r.error().code), 4);
    }

    void lockedBookIsReported()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        sqlite3 *other = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(t.path()).constData(), &other), SQLITE_OK);
        QCOMPARE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr), SQLITE_OK);
        Book::Options options;
        options.busyTimeoutMs = 200;
        auto r = Book::open(t.path(), t.clock, options);
        sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
        sqlite3_close(other);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::Locked);
        QVERIFY(r.error().message.contains(QStringLiteral("another program")));
        QCOMPARE(exitStatusFor(r.error().code), 5);
    }

    void fullDiskSavesNothing()
    {
        TestBook t;
        QVERIFY(t.create());
        const int before = t.book->scalar(QStringLiteral("SELECT count(*) FROM backup_log")).value().toInt();
        const int pages = t.book->scalar(QStringLiteral("PRAGMA page_count")).value().toInt();
        QVERIFY(t.book->exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)).ok());
        Status s = t.book->transact([&]() -> Status {
            for (int i = 0; i < 200; ++i) {
                auto r = t.book->exec(QStringLiteral("INSERT INTO backup_log (at, kind, place, ok) VALUES ('2026-11-22', 'manual', ?, 1)"),
                                      {QString(2000, QLatin1Char('y'))});
                if (!r)
                    return r.error();
            }
            return {};
        });
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::DiskFull);
        QVERIFY(s.error().message.contains(QStringLiteral("disk is full")));
        QCOMPARE(t.book->scalar(QStringLiteral("SELECT count(*) FROM backup_log")).value().toInt(), before);
    }

    void freshSchemaEqualsMigratedSchema()
    {
        TestBook fresh;
        QVERIFY(fresh.create());
        const QString expected = Schema::describe(*fresh.book).value();
        QVERIFY(expected.contains(QStringLiteral("CREATE TABLE audit_log")));
        // A book at every earlier version, brought up to date, must look exactly like a new one.
        for (const Schema::Step &step : Schema::steps()) {
            const int from = step.version - 1;
            TestBook old;
            // The book as version `from` left it: an empty book file with only the earlier steps applied.
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(old.path()).constData(), &db), SQLITE_OK);
            QCOMPARE(sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA application_id=1195658033;", nullptr, nullptr, nullptr), SQLITE_OK);
            sqlite3_close(db);
            Book::Options noMigrate;
            noMigrate.migrate = false;
            {
                auto b = Book::open(old.path(), old.clock, noMigrate);
                QVERIFY2(b.ok(), b.ok() ? "" : qPrintable(b.error().message));
                QVERIFY(Schema::migrate(*b.value(), 0, from).ok());
                QCOMPARE(b.value()->version(), from);
            }
            auto migrated = Book::open(old.path(), old.clock);
            QVERIFY2(migrated.ok(), migrated.ok() ? "" : qPrintable(migrated.error().message));
            QCOMPARE(migrated.value()->version(), Schema::latestVersion());
            const QString got = Schema::describe(*migrated.value()).value();
            if (got != expected) {
                // Name the first line that differs, and the version the book came from.
                const QStringList a = got.split(u'\n');
                const QStringList e = expected.split(u'\n');
                qsizetype i = 0;
                while (i < a.size() && i < e.size() && a.at(i) == e.at(i))
                    ++i;
                QFAIL(qPrintable(QStringLiteral("from version %1: got \"%2\", a new book has \"%3\"")
                                     .arg(from)
                                     .arg(a.value(i), e.value(i))));
            }
            // A verified backup was taken before the first step.
            QDir backups(QFileInfo(old.path()).absolutePath() + QStringLiteral("/office-backups"));
            QCOMPARE(backups.entryList({QStringLiteral("before-upgrade-v%1-*.gramdesk").arg(from)}).size(), 1);
        }
    }

    void rollbackLeavesNothingHalfSaved()
    {
        TestBook t;
        QVERIFY(t.create());
        const qint64 audits = t.book->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong();
        Status s = t.book->transact([&]() -> Status {
            if (auto r = t.book->exec(QStringLiteral("INSERT INTO settings (key, value) VALUES ('weekly_off', 'sat')")); !r)
                return r.error();
            return makeError(ErrorCode::InputRejected, QStringLiteral("second half failed"));
        });
        QVERIFY(!s.ok());
        QVERIFY(t.book->scalar(QStringLiteral("SELECT value FROM settings WHERE key = 'weekly_off'")).value().isNull());
        QCOMPARE(t.book->scalar(QStringLiteral("SELECT count(*) FROM audit_log")).value().toLongLong(), audits);
    }
};

QTEST_GUILESS_MAIN(TestBookStorage)
#include "tst_book.moc"
