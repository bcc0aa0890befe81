// A damaged book: found by the deep check (also on a connection of its own), the newest good backup chosen over
// damaged newer ones, and that backup put in the book's place with the damaged book kept byte for byte.
#include "BookFiles.h"
#include "TestBook.h"
#include "registers/Registers.h"
#include "storage/Backup.h"
#include "storage/Recovery.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

void damage(const QString &path)
{
    QVERIFY(damageVisitorPages(path));
}

void setAge(const QString &path, int minutesAgo)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime::currentDateTime().addSecs(-60 * minutesAgo), QFileDevice::FileModificationTime));
}

}  // namespace

class TestRecovery : public QObject {
    Q_OBJECT
private slots:
    void theDeepCheckRunsOnItsOwnConnection()
    {
        TestBook t;
        QVERIFY(t.create());
        addVisitors(t, 1, 120);
        t.book.reset();
        QCOMPARE(Recovery::damage(t.path()), QString());
        damage(t.path());
        // Which part, in the office's words; never SQLite's ("Tree 14 page 31 cell 2: btreeInitPage() returns error
        // code 11").
        QCOMPARE(Recovery::damage(t.path()), QStringLiteral("some of its pages cannot be read (in the parts holding visitors)"));
        // Without the deep check the book opens (its header is sound): the GUI checks beside the login instead.
        Book::Options quick;
        quick.deepCheck = false;
        auto opened = Book::open(t.path(), t.clock, quick);
        QVERIFY2(opened.ok(), qPrintable(opened ? QString() : opened.error().message));
        // verify says the same of it.
        const auto whole = opened.value()->verifyWhole();
        QVERIFY(whole.ok() && !whole.value().ok);
        QCOMPARE(whole.value().problem, QStringLiteral("The book is damaged: some of its pages cannot be read (in the parts holding visitors)."));
        opened.value().reset();
        auto deep = Book::open(t.path(), t.clock);
        QVERIFY(!deep.ok());
        QCOMPARE(deep.error().code, ErrorCode::VerificationFailed);
        QVERIFY2(!deep.error().message.contains(QStringLiteral("btree")) && !deep.error().message.contains(QStringLiteral("Tree")),
                 qPrintable(deep.error().message));
    }

    void theNewestGoodBackupIsChosen()
    {
        TestBook t;
        QVERIFY(t.create());
        addVisitors(t, 1, 60);
        BackupService backups(*t.book);
        auto older = backups.backupTo(backups.defaultFolder());
        QVERIFY(older.ok());
        t.clock.set(fixedNow().addSecs(60));
        addVisitors(t, 61, 90);
        auto newer = backups.backupTo(backups.defaultFolder());
        QVERIFY(newer.ok());
        t.clock.set(fixedNow().addSecs(120));
        addVisitors(t, 91, 120);
        auto newest = backups.backupTo(backups.defaultFolder());
        QVERIFY(newest.ok());
        t.book.reset();
        setAge(older.value(), 30);
        setAge(newer.value(), 20);
        setAge(newest.value(), 10);
        damage(newest.value());

        QCOMPARE(Recovery::backupsOf(t.path()), (QStringList{newest.value(), newer.value(), older.value()}));
        const auto good = Recovery::newestGood(t.path(), t.clock);
        QCOMPARE(good.path, newer.value());
        QCOMPARE(good.rejected, QStringList{newest.value()});
        QCOMPARE(visitorsIn(good.path, t.clock), 90);
    }

    void theBackupTakesThePlaceAndTheDamagedBookIsKept()
    {
        TestBook t;
        QVERIFY(t.create());
        addVisitors(t, 1, 80);
        BackupService backups(*t.book);
        auto copy = backups.backupTo(backups.defaultFolder());
        QVERIFY(copy.ok());
        addVisitors(t, 81, 100);
        t.book.reset();
        damage(t.path());
        const QByteArray damaged = fileHash(t.path());

        auto kept = Recovery::restoreInPlace(t.path(), copy.value(), t.clock);
        QVERIFY2(kept.ok(), qPrintable(kept ? QString() : kept.error().message));
        QCOMPARE(kept.value(), QDir(backups.defaultFolderFor(t.path())).filePath(QStringLiteral("damaged-20261122-103000")));
        QCOMPARE(fileHash(QDir(kept.value()).filePath(QStringLiteral("office.gramdesk"))), damaged);
        QCOMPARE(visitorsIn(t.path(), t.clock), 80);
        QVERIFY(!QFile::exists(t.path() + QStringLiteral(".restoring")));
        // The damaged book's folder is not taken for a backup the next time one is looked for.
        QCOMPARE(Recovery::backupsOf(t.path()), QStringList{copy.value()});
    }

    void aBackupThatFailsItsCheckChangesNothing()
    {
        TestBook t;
        QVERIFY(t.create());
        addVisitors(t, 1, 80);
        BackupService backups(*t.book);
        auto copy = backups.backupTo(backups.defaultFolder());
        QVERIFY(copy.ok());
        t.book.reset();
        damage(copy.value());
        damage(t.path());
        const QByteArray before = fileHash(t.path());

        auto kept = Recovery::restoreInPlace(t.path(), copy.value(), t.clock);
        QVERIFY(!kept.ok());
        QCOMPARE(kept.error().code, ErrorCode::VerificationFailed);
        QVERIFY(kept.error().message.contains(QStringLiteral("Nothing was changed")));
        QCOMPARE(fileHash(t.path()), before);
        QCOMPARE(QDir(backups.defaultFolderFor(t.path())).entryList({QStringLiteral("damaged-*")}, QDir::Dirs),
                 QStringList());
        QVERIFY(!QFile::exists(t.path() + QStringLiteral(".restoring")));
        QCOMPARE(Recovery::newestGood(t.path(), t.clock).path, QString());
    }
};

QTEST_GUILESS_MAIN(TestRecovery)
#include "tst_recovery.moc"
