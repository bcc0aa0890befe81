#include "BookFiles.h"
#include "office/OfficeSettings.h"
#include "TestBook.h"
#include "registers/Registers.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/Book.h"
#include "storage/Seals.h"

#include <QDir>
#include <QFile>
#include <sqlite3.h>

using namespace gd;
using namespace gd::test;

// Seals anchor the audit chain outside the book. The adversary here holds the book file and sqlite3, and
// rewrites what they like in it, the book's own list of seals and the list beside it included.
class TestSeals : public QObject {
    Q_OBJECT
private:
    static AuditVerification verifyNow(TestBook &t)
    {
        auto book = Book::open(t.path(), t.clock);
        if (!book)
            qFatal("reopen failed: %s", qPrintable(book.error().message));
        return book.value()->verifyWhole().value();
    }

    static void visitors(TestBook &t, int count)
    {
        for (int i = 0; i < count; ++i)
            t.add(Registers::visitors(), {{QStringLiteral("date"), QDate(2026, 11, 22)}, {QStringLiteral("time_in"), QTime(10, i)},
                                          {QStringLiteral("name"), QStringLiteral("आगंतुक %1").arg(i + 1)},
                                          {QStringLiteral("purpose"), QStringLiteral("enquiry")}});
    }

    // What an adversary who can write the file does to its own list of seals, and to the list beside it.
    static QByteArray forgetSeals(TestBook &t)
    {
        return "DROP TRIGGER seals_no_delete; DELETE FROM seals WHERE entry > 94;" + objectSql(*t.book, "seals_no_delete");
    }

private slots:
    // The code is the entry hash's first 60 bits, five at a time, in Crockford's alphabet (worked out by hand:
    // 0x0123456789abcde is 00000 00100 10001 10100 01010 11001 11100 01001 10101 01111 00110 11110).
    void theCodeIsTheHashsFirstSixtyBits()
    {
        QCOMPARE(Seals::codeOf("0123456789abcdef" + QByteArray(48, '0')), QStringLiteral("04HMASW9NF6Y"));
        QCOMPARE(Seals::codeOf(QByteArray(64, '0')), QStringLiteral("000000000000"));
        QCOMPARE(Seals::codeOf(QByteArray(64, 'f')), QStringLiteral("ZZZZZZZZZZZZ"));
        Seal s;
        s.entry = 1234;
        s.code = QStringLiteral("04HMASW9NF6Y");
        QCOMPARE(s.text(), QStringLiteral("1234:04HM-ASW9-NF6Y"));
    }

    // As a person types it from paper: any case, spaces or dashes, O for zero, I or L for one.
    void aSealIsReadAsTyped()
    {
        auto s = Seals::parse(QStringLiteral(" 1234 : o4hm asw9-nf6y "));
        QVERIFY(s.ok());
        QCOMPARE(s.value().entry, 1234);
        QCOMPARE(s.value().code, QStringLiteral("04HMASW9NF6Y"));
        QCOMPARE(Seals::parse(QStringLiteral("7:IL00-0000-0000")).value().code, QStringLiteral("110000000000"));
        for (const char *bad : {"04HM-ASW9-NF6Y", "1234:04HM-ASW9-NF6", "1234:04HM-ASW9-NF6YZ", "0:04HM-ASW9-NF6Y",
                                "x:04HM-ASW9-NF6Y", "1234:04HM-ASW9-NF6U", "1234:04HM-ASW9-NF6\xe0\xa4\x95"}) {
            auto r = Seals::parse(QString::fromUtf8(bad));
            QVERIFY2(!r.ok(), bad);
            QVERIFY(r.error().message.contains(QStringLiteral("for example 1234:ABCD-EFGH-JKMN")));
        }
    }

    // A new book has its first seal, in the book and in both lists outside it.
    void aNewBookIsSealed()
    {
        TestBook t;
        QVERIFY(t.create());
        // 94 entries: the office, the admin, the seeded masters, and the nine Annexure-2 items moved to the order's
        // words with item 17 judged from the books (schema step 19).
        const QString code = Seals::codeOf(
            t.book->scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = 94")).value().toString().toLatin1());
        QCOMPARE(t.book->scalar(QStringLiteral("SELECT entry || ':' || code FROM seals")).value().toString(),
                 QStringLiteral("94:") + code);
        for (const QString &list : {Seals::besideBook(t.path()), Seals::inSettings(t.path())}) {
            QFile f(list);
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(list));
            QVERIFY(QString::fromUtf8(f.readAll()).contains(QStringLiteral("\t94\t%1-%2-%3\t").arg(code.left(4), code.mid(4, 4), code.mid(8))));
            QCOMPARE(f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther), QFileDevice::Permissions());
        }
        int checked = 0;
        QCOMPARE(Seals::checkKnown(*t.book, &checked).value(), QString());
        QCOMPARE(checked, 1);
    }

    // Entries cut off the end after a seal was printed: the book's list and the list beside it emptied too, the
    // copy in the settings still tells.
    void entriesCutFromTheEndAreCaught()
    {
        TestBook t;
        QVERIFY(t.create());
        visitors(t, 3);
        auto seal = Seals::make(*t.book, QStringLiteral("monthly report 2026-11"));
        QVERIFY(seal.ok());
        QCOMPARE(seal.value().entry, 97);  // 94, and one entry a visitor
        QVERIFY(verifyNow(t).ok);
        // The triggers in the way are dropped and put back as they were, so that only the seal tells.
        const QByteArray putBack = objectSql(*t.book, "visitors_no_delete") + objectSql(*t.book, "audit_visitors_delete")
            + objectSql(*t.book, "audit_log_no_delete") + forgetSeals(t);
        t.book.reset();
        tamper(t.path(), "DROP TRIGGER visitors_no_delete; DROP TRIGGER audit_visitors_delete; DROP TRIGGER audit_log_no_delete;"
                         "DELETE FROM visitors WHERE id = (SELECT max(id) FROM visitors);"
                         "DELETE FROM audit_log WHERE id = 97;" + putBack);
        QVERIFY(QFile::remove(Seals::besideBook(t.path())));
        const auto r = verifyNow(t);
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, QStringLiteral("The audit log ends at entry 96, before the seal %1 (monthly report 2026-11, "
                                           "2026-11-22): entries were removed from its end.")
                                .arg(seal.value().text()));
    }

    // A row changed and the whole chain written again after it, each hash recomputed: the chain holds together,
    // the rows match it, and the seal printed before says it is not the same history.
    void aChainWrittenAgainIsCaught()
    {
        TestBook t;
        QVERIFY(t.create());
        OfficeSettings settings(*t.book);
        QVERIFY(settings.set(t.admin, QStringLiteral("weekly_off"), QStringLiteral("sun")).ok());
        visitors(t, 2);
        auto seal = Seals::make(*t.book, QStringLiteral("audit pack"));
        QVERIFY(seal.ok());
        QCOMPARE(seal.value().entry, 97);  // 94, the setting and two visitors
        const QByteArray trigger = objectSql(*t.book, "audit_settings_update");
        const QByteArray appendOnly = objectSql(*t.book, "audit_log_no_update") + forgetSeals(t);
        t.book.reset();

        // The adversary's rewrite: the setting and its entry changed, every hash from there on made again.
        tamper(t.path(), "DROP TRIGGER audit_settings_update; UPDATE settings SET value = 'mon' WHERE key = 'weekly_off';" +
                             trigger + "DROP TRIGGER audit_log_no_update;"
                             "UPDATE audit_log SET new_values = '{\"key\":\"weekly_off\",\"value\":\"mon\"}' "
                             "WHERE table_name = 'settings' AND new_values LIKE '%weekly_off%';");
        {
            sqlite3 *db = nullptr;
            QCOMPARE(sqlite3_open(QFile::encodeName(t.path()).constData(), &db), SQLITE_OK);
            sqlite3_stmt *read = nullptr;
            sqlite3_prepare_v2(db, "SELECT id, at, actor, action, table_name, row_id, old_values, new_values FROM audit_log ORDER BY id",
                               -1, &read, nullptr);
            QList<QPair<qint64, QStringList>> rows;
            while (sqlite3_step(read) == SQLITE_ROW) {
                QStringList fields;
                for (int i = 0; i < 8; ++i)
                    fields += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(read, i)));
                rows.append({sqlite3_column_int64(read, 0), fields});
            }
            sqlite3_finalize(read);
            QString previous;
            for (auto &[id, fields] : rows) {
                fields += previous;
                const QString hash = AuditLog::rowHash(fields);
                const QByteArray sql = QStringLiteral("UPDATE audit_log SET prev_hash = '%1', hash = '%2' WHERE id = %3")
                                           .arg(previous, hash)
                                           .arg(id)
                                           .toUtf8();
                QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
                previous = hash;
            }
            sqlite3_close(db);
        }
        tamper(t.path(), appendOnly);
        QVERIFY(QFile::remove(Seals::besideBook(t.path())));
        {
            // Without the seals, nothing shows.
            auto book = Book::open(t.path(), t.clock);
            QVERIFY(book.ok());
            const auto chain = AuditLog::verify(*book.value()).value();
            QVERIFY2(chain.ok, qPrintable(chain.problem));
        }
        const auto r = verifyNow(t);
        QVERIFY(!r.ok);
        QVERIFY2(r.problem.startsWith(QStringLiteral("The book does not pass through the seal 97:")), qPrintable(r.problem));
        QVERIFY(r.problem.endsWith(QStringLiteral("its history up to that seal was written again.")));
        // A seal typed from the paper is refused the same way.
        auto book = Book::open(t.path(), t.clock);
        QVERIFY(!Seals::check(*book.value(), seal.value()).value().isEmpty());
    }

    // A restore puts an earlier history back: the seals of entries after its end are set aside, the earlier ones
    // still hold; the backup carries the seals known when it was made.
    void aRestoreSetsAsideTheSealsAfterIt()
    {
        TestBook t;
        QVERIFY(t.create());
        visitors(t, 2);
        BackupService backups(*t.book);
        auto copy = backups.backupTo(t.dir.filePath(QStringLiteral("usb")));
        QVERIFY(copy.ok());
        QCOMPARE(backups.seal().entry, 96);  // 94 and two visitors: its receipt
        visitors(t, 3);
        auto later = Seals::make(*t.book, QStringLiteral("monthly report 2026-11"));
        QCOMPARE(later.value().entry, 100);  // the backup's own log entry, and three visitors
        {
            // The backup holds the book's seals as they were: the first and its own.
            Book::Options own;
            own.access = Book::Options::Access::Private;
            auto b = Book::open(copy.value(), t.clock, own);
            QVERIFY(b.ok());
            QCOMPARE(b.value()->scalar(QStringLiteral("SELECT group_concat(entry) FROM seals")).value().toString(),
                     QStringLiteral("94,96"));
        }
        QVERIFY(BackupService(*t.book).restore(copy.value()).ok());
        const auto r = t.book->verifyWhole().value();
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.sealsChecked, 2);  // 94 and 96; 100 was set aside
    }

    // A new book where an old one stood does not inherit its seals.
    void aNewBookAtTheSamePlaceStartsItsOwnList()
    {
        TestBook t;
        QVERIFY(t.create());
        visitors(t, 2);
        QVERIFY(Seals::make(*t.book, QStringLiteral("monthly report")).ok());
        t.book.reset();
        Book::removeFiles(t.path());
        QVERIFY(t.create());
        int checked = 0;
        QCOMPARE(Seals::checkKnown(*t.book, &checked).value(), QString());
        QCOMPARE(checked, 1);
    }
};

QTEST_GUILESS_MAIN(TestSeals)
#include "tst_seals.moc"
