// A disk that fills up and media that cannot be written: a clear message, nothing half-saved, and work goes on once
// there is space again. On a real small filesystem (tmpfs, when the test may mount one) and under a file-size limit
// (everywhere).
#include "BookFiles.h"
#include "TestBook.h"
#include "registers/EntryService.h"
#include "registers/Registers.h"
#include "storage/AuditLog.h"
#include "storage/Backup.h"
#include "storage/OutputFile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtTest>
#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>

using namespace gd;
using namespace gd::test;

namespace {

// A tmpfs of `size` mounted on a folder of its own, unmounted when the test is done; empty when mounting is not
// allowed here.
struct SmallDisk {
    QTemporaryDir dir;
    bool mounted = false;
    explicit SmallDisk(const char *size)
    {
        const QByteArray options = QByteArrayLiteral("size=") + size + QByteArrayLiteral(",mode=0700");
        mounted = ::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallDisk()
    {
        if (mounted)
            ::umount2(QFile::encodeName(dir.path()).constData(), MNT_DETACH);
    }
    bool remount(unsigned long flags)
    {
        return ::mount("tmpfs", QFile::encodeName(dir.path()).constData(), "tmpfs", MS_REMOUNT | flags, nullptr) == 0;
    }
    QString file(const char *name) const { return dir.filePath(QString::fromLatin1(name)); }
};

Result<Entry> saveVisitor(TestBook &t, int n)
{
    return EntryService(*t.book).add(t.admin, Registers::visitors(),
                                    {{QStringLiteral("date"), t.clock.today()},
                                     {QStringLiteral("time_in"), QTime(10, 0)},
                                     {QStringLiteral("name"), QString(QStringLiteral("visitor %1 ").arg(n) + QString(180, u'x'))},
                                     {QStringLiteral("purpose"), QStringLiteral("enquiry")}});
}

int count(TestBook &t, const char *table)
{
    auto n = t.book->scalar(QStringLiteral("SELECT count(*) FROM ") + QString::fromLatin1(table));
    return n ? n.value().toInt() : -1;
}

// Saves visitors until the disk refuses one; checks the refusal and that the book holds exactly the saved ones.
void saveUntilFull(TestBook &t, int &saved, const QString &refusal = QStringLiteral("The disk is full, so nothing was saved."))
{
    const int auditBefore = count(t, "audit_log");
    for (int n = 1; n <= 20000; ++n) {
        auto e = saveVisitor(t, n);
        if (!e) {
            QVERIFY2(e.error().code == ErrorCode::DiskFull, qPrintable(e.error().message));
            QVERIFY2(e.error().message.contains(refusal), qPrintable(e.error().message));
            break;
        }
        ++saved;
    }
    QVERIFY2(saved < 20000, "the disk never filled");
    qInfo("%d visitors saved before the disk was full", saved);
    QCOMPARE(count(t, "visitors"), saved);
    QCOMPARE(count(t, "audit_log"), auditBefore + saved);  // one audit row per visitor, none for the refused one
    auto verified = AuditLog::verify(*t.book);
    QVERIFY(verified && verified.value().ok);
}

}  // namespace

class TestMedia : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { std::signal(SIGXFSZ, SIG_IGN); }

    void aFullDiskRefusesTheEntryWholeAndWorkGoesOnAfter()
    {
        SmallDisk disk("3m");
        if (!disk.mounted)
            QSKIP("mounting a small tmpfs is not allowed here; the file-size limit test covers a full disk");
        TestBook t;
        t.at = disk.file("office.gramdesk");
        QVERIFY(t.create());
        int saved = 0;
        saveUntilFull(t, saved);
        QVERIFY(saved > 0);
        // A CSV or PDF saved there says so, and leaves neither a part of itself nor its temporary file.
        const QStringList filesBefore = QDir(disk.dir.path()).entryList(QDir::Files | QDir::Hidden);
        auto written = OutputFile::write(disk.file("visitors.csv"), QByteArray(1024 * 1024, 'x'));
        QVERIFY(!written.ok());
        QCOMPARE(written.error().code, ErrorCode::DiskFull);
        QVERIFY2(written.error().message.contains(QStringLiteral("could not be written: the disk is full.")), qPrintable(written.error().message));
        QCOMPARE(QDir(disk.dir.path()).entryList(QDir::Files | QDir::Hidden), filesBefore);
        // A backup to the same full disk is refused with its own message, and the book is unharmed.
        auto copy = BackupService(*t.book).backupTo(disk.file("copies"));
        QVERIFY(!copy.ok());
        QCOMPARE(copy.error().code, ErrorCode::DiskFull);
        QVERIFY2(copy.error().message.contains(QStringLiteral("full")), qPrintable(copy.error().message));
        // Space comes back (old files moved away): the same entry saves, and nothing was lost.
        QVERIFY(QDir(disk.file("copies")).removeRecursively());
        QVERIFY(::mount("tmpfs", QFile::encodeName(disk.dir.path()).constData(), "tmpfs", MS_REMOUNT, "size=6m") == 0);
        QVERIFY(saveVisitor(t, saved + 1).ok());
        QCOMPARE(count(t, "visitors"), saved + 1);
        auto whole = t.book->verifyWhole();
        QVERIFY(whole && whole.value().ok);
    }

    void aFileSizeLimitIsRefusedWithItsOwnMessage()
    {
        TestBook t;
        QVERIFY(t.create());
        QFile wal(t.path() + QStringLiteral("-wal"));
        const rlim_t now = rlim_t(qMax(QFileInfo(t.path()).size(), QFileInfo(wal.fileName()).size()));
        struct rlimit old {};
        QVERIFY(::getrlimit(RLIMIT_FSIZE, &old) == 0);
        struct rlimit limited = old;
        limited.rlim_cur = now + 256 * 1024;
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &limited) == 0);
        int saved = 0;
        // Its own message: the disk is not full, a limit stops the file.
        saveUntilFull(t, saved, QStringLiteral("has reached the largest file this system lets GramDesk write (a file-size "
                                               "limit, such as ulimit -f), so nothing was saved."));
        QVERIFY(::setrlimit(RLIMIT_FSIZE, &old) == 0);
        QVERIFY(saved > 0);
        QVERIFY(saveVisitor(t, saved + 1).ok());
        QCOMPARE(count(t, "visitors"), saved + 1);
        auto whole = t.book->verifyWhole();
        QVERIFY(whole && whole.value().ok);
    }

    void aBookOnReadOnlyMediaIsOpenedForNothingAndLeftUntouched()
    {
        SmallDisk disk("8m");
        if (!disk.mounted)
            QSKIP("mounting a small tmpfs is not allowed here; tst_book covers a book marked read-only");
        {
            TestBook t;
            t.at = disk.file("office.gramdesk");
            QVERIFY(t.create());
            QVERIFY(saveVisitor(t, 1).ok());
        }
        QVERIFY(disk.remount(MS_RDONLY));
        const QByteArray before = fileHash(disk.file("office.gramdesk"));
        FixedClock clock(fixedNow());
        auto opened = Book::open(disk.file("office.gramdesk"), clock);
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, ErrorCode::ReadOnly);
        QVERIFY2(opened.error().message.contains(QStringLiteral("is read-only. Copy it to a folder you may write to")),
                 qPrintable(opened.error().message));
        QCOMPARE(fileHash(disk.file("office.gramdesk")), before);
        QCOMPARE(QDir(disk.dir.path()).entryList(QDir::Files),
                 QStringList({QStringLiteral("office.gramdesk"), QStringLiteral("office.gramdesk-seals.txt")}));
        // What only reads (verify, export, search, report) reads it where it is, and leaves it as it is.
        {
            Book::Options reading;
            reading.access = Book::Options::Access::Read;
            auto reader = Book::open(disk.file("office.gramdesk"), clock, reading);
            QVERIFY2(reader.ok(), reader.ok() ? "" : qPrintable(reader.error().message));
            QCOMPARE(reader.value()->scalar(QStringLiteral("SELECT count(*) FROM visitors")).value().toInt(), 1);
            auto whole = reader.value()->verifyWhole();
            QVERIFY(whole && whole.value().ok);
        }
        QCOMPARE(fileHash(disk.file("office.gramdesk")), before);
        QCOMPARE(QDir(disk.dir.path()).entryList(QDir::Files), QStringList({QStringLiteral("office.gramdesk"), QStringLiteral("office.gramdesk-seals.txt")}));
        // Its backup can still be checked where it is, and restored from there into a book elsewhere.
        TestBook other;
        QVERIFY(other.create());
        QVERIFY(BackupService(*other.book).restore(disk.file("office.gramdesk")).ok());
        QCOMPARE(count(other, "visitors"), 1);
        // A backup to read-only media is refused with its own message.
        auto copy = BackupService(*other.book).backupTo(disk.dir.path());
        QVERIFY(!copy.ok());
        QCOMPARE(copy.error().code, ErrorCode::ReadOnly);
        QVERIFY(disk.remount(0));
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
