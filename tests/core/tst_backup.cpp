#include "BookFiles.h"
#include "office/OfficeProfile.h"
#include "office/OfficeSettings.h"
#include "TestBook.h"
#include "storage/Backup.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace gd;
using gd::test::TestBook;

class TestBackup : public QObject {
    Q_OBJECT
private slots:
    void manualBackupIsVerifiedAndRecorded()
    {
        TestBook t;
        QVERIFY(t.create());
        QTemporaryDir usb;
        BackupService backups(*t.book);
        auto copy = backups.backupTo(usb.path());
        QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().message));
        QCOMPARE(copy.value(), QDir(usb.path()).filePath(QStringLiteral("office-20261122-103000.gramdesk")));
        QVERIFY(!QFile::exists(copy.value() + QStringLiteral(".part")));
        auto check = BackupService::verifyFile(copy.value(), t.clock);
        QVERIFY(check.ok() && check.value().ok);
        const auto history = backups.history().value();
        QCOMPARE(history.size(), 1);
        QCOMPARE(history.first().kind, QStringLiteral("manual"));
        QVERIFY(history.first().ok);
        QCOMPARE(history.first().place, copy.value());
        QCOMPARE(history.first().at, QStringLiteral("2026-11-22T10:30:00"));
    }

    void bookAndBackupsAreTheOwnersOnly()
    {
#ifndef Q_OS_UNIX
        QSKIP("file permissions are checked on Unix");
#endif
        TestBook t;
        QVERIFY(t.create());
        const auto ownerOnly = [](const QString &path) {
            const QFileDevice::Permissions p = QFileInfo(path).permissions();
            return (p & (QFileDevice::ReadOwner | QFileDevice::WriteOwner)) == (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                && !(p & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther));
        };
        // The book, and the log SQLite writes beside it once something is saved.
        QVERIFY(OfficeSettings(*t.book).set(t.admin, QStringLiteral("weekly_off"), QStringLiteral("sat,sun")).ok());
        QVERIFY2(ownerOnly(t.path()), qPrintable(QString::number(int(QFileInfo(t.path()).permissions()), 16)));
        QVERIFY(QFile::exists(t.path() + QStringLiteral("-wal")));
        QVERIFY(ownerOnly(t.path() + QStringLiteral("-wal")));
        // A backup, and the daily folder GramDesk makes for them (others may not even list it).
        QTemporaryDir usb;
        auto copy = BackupService(*t.book).backupTo(usb.path());
        QVERIFY(copy.ok());
        QVERIFY(ownerOnly(copy.value()));
        BackupService backups(*t.book);
        const QString folder = backups.defaultFolder();
        QVERIFY(!QFileInfo::exists(folder));
        QVERIFY(backups.dailyIfDue().ok());
        const QStringList made = QDir(folder).entryList(QDir::Files);
        QVERIFY(!made.isEmpty());
        for (const QString &name : made)
            QVERIFY2(ownerOnly(QDir(folder).filePath(name)), qPrintable(name));
        QVERIFY(!(QFileInfo(folder).permissions() & (QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup)));
    }

    void unwritableFolderFailsCleanly()
    {
        TestBook t;
        QVERIFY(t.create());
        QFile blocker(t.dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto copy = BackupService(*t.book).backupTo(blocker.fileName() + QStringLiteral("/inside"));
        QVERIFY(!copy.ok());
        QCOMPARE(copy.error().code, ErrorCode::ReadOnly);
        const auto history = BackupService(*t.book).history().value();
        QCOMPARE(history.size(), 1);
        QVERIFY(!history.first().ok);
    }

    void dailyOncePerDayWithRotation()
    {
        TestBook t;
        QVERIFY(t.create());
        BackupService backups(*t.book);
        const QDir folder(backups.defaultFolder());
        // Forty days, one start each: 7 daily, 4 weekly, 12 monthly at most (here 2 months).
        for (int day = 0; day < 40; ++day) {
            t.clock.set(QDateTime(QDate(2026, 10, 1).addDays(day), QTime(9, 0)));
            auto first = backups.dailyIfDue();
            QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
            QVERIFY(!first.value().isEmpty());
            auto second = backups.dailyIfDue();
            QVERIFY(second.ok());
            QVERIFY2(second.value().isEmpty(), "a second start on the same day makes no second copy");
        }
        const QStringList daily = folder.entryList({QStringLiteral("daily-*.gramdesk")}, QDir::Files, QDir::Name);
        QCOMPARE(daily.size(), 7);
        QCOMPARE(daily.first(), QStringLiteral("daily-2026-11-03.gramdesk"));
        QCOMPARE(daily.last(), QStringLiteral("daily-2026-11-09.gramdesk"));
        QCOMPARE(folder.entryList({QStringLiteral("weekly-*.gramdesk")}, QDir::Files).size(), 4);
        QCOMPARE(folder.entryList({QStringLiteral("monthly-*.gramdesk")}, QDir::Files, QDir::Name),
                 (QStringList{QStringLiteral("monthly-2026-10.gramdesk"), QStringLiteral("monthly-2026-11.gramdesk")}));
        QVERIFY(folder.entryList({QStringLiteral("*.part")}, QDir::Files).isEmpty());
    }

    void restoreBacksUpTheCurrentBookFirst()
    {
        TestBook t;
        QVERIFY(t.create());
        OfficeSettings settings(*t.book);
        QVERIFY(settings.set(t.admin, QStringLiteral("weekly_off"), QStringLiteral("sun")).ok());
        QTemporaryDir usb;
        const QString copy = BackupService(*t.book).backupTo(usb.path()).value();
        t.clock.advanceSecs(3600);
        QVERIFY(settings.set(t.admin, QStringLiteral("weekly_off"), QStringLiteral("fri")).ok());

        Status s = BackupService(*t.book).restore(copy);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(settings.get(QStringLiteral("weekly_off")).value(), QStringLiteral("sun"));
        // The book as it was before the restore is kept, and holds "fri".
        const QDir folder(BackupService(*t.book).defaultFolder());
        const QStringList kept = folder.entryList({QStringLiteral("before-restore-*.gramdesk")});
        QCOMPARE(kept.size(), 1);
        {
            FixedClock clock(t.clock.now());
            auto before = Book::open(folder.filePath(kept.first()), clock);
            QVERIFY(before.ok());
            QCOMPARE(OfficeSettings(*before.value()).get(QStringLiteral("weekly_off")).value(), QStringLiteral("fri"));
        }
        const auto history = BackupService(*t.book).history().value();
        QCOMPARE(history.first().kind, QStringLiteral("restore"));
        QVERIFY(history.first().ok);
        QVERIFY(AuditLog::verify(*t.book).value().ok);
    }

    void restoreRefusesADamagedCopy()
    {
        TestBook t;
        QVERIFY(t.create());
        QTemporaryDir usb;
        const QString bad = QDir(usb.path()).filePath(QStringLiteral("bad.gramdesk"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a book at all");
        f.close();
        Status s = BackupService(*t.book).restore(bad);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::NotABook);
        QCOMPARE(OfficeProfile(*t.book).load().value().lgdCode, QStringLiteral("123456"));
    }

    // A backup of another office's book says whose it is and changes nothing, until the restore is asked for again.
    void anotherOfficesBackupIsRestoredOnlyWhenAskedAgain()
    {
        TestBook t;
        QVERIFY(t.create());
        QTemporaryDir elsewhere;
        const QString siswan = elsewhere.filePath(QStringLiteral("siswan.gramdesk"));
        Office office;
        office.nameHi = QStringLiteral("ग्राम पंचायत सिसवां");
        office.nameEn = QStringLiteral("Gram Panchayat Siswan");
        office.lgdCode = QStringLiteral("654321");
        {
            auto created = OfficeSetup::create(siswan, t.clock, office, QStringLiteral("admin"), QStringLiteral("प्रशासक"),
                                               gd::test::kPassword);
            QVERIFY(created.ok());
        }
        Status s = BackupService(*t.book).restore(siswan);
        QVERIFY(!s.ok());
        QCOMPARE(s.error().code, ErrorCode::OtherOffice);
        QCOMPARE(exitStatusFor(s.error().code), 1);
        QVERIFY2(s.error().message.contains(QStringLiteral("is the book of Gram Panchayat Siswan (LGD code 654321), not of Gram "
                                                           "Panchayat Rampur (LGD code 123456); nothing was restored.")),
                 qPrintable(s.error().message));
        QCOMPARE(OfficeProfile(*t.book).load().value().lgdCode, QStringLiteral("123456"));
        QCOMPARE(QDir(BackupService(*t.book).defaultFolder()).entryList({QStringLiteral("before-restore-*")}), QStringList());
        // Asked again: it is restored, the book as it was kept first.
        s = BackupService(*t.book).restore(siswan, true);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
        QCOMPARE(OfficeProfile(*t.book).load().value().lgdCode, QStringLiteral("654321"));
        QCOMPARE(QDir(BackupService(*t.book).defaultFolder()).entryList({QStringLiteral("before-restore-*")}).size(), 1);
    }

    // A backup that fails never says the book is unharmed unless the book has just passed its own check.
    void aFailedBackupOfADamagedBookSaysTheBookFailedToo()
    {
        TestBook t;
        QVERIFY(t.create());
        gd::test::addVisitors(t, 1, 100);
        t.book.reset();
        QVERIFY(gd::test::damageVisitorPages(t.path()));
        Book::Options options;
        options.deepCheck = false;  // as the GUI opens it, the deep check running beside
        auto book = Book::open(t.path(), t.clock, options);
        QVERIFY(book.ok());
        QTemporaryDir usb;
        auto copy = BackupService(*book.value()).backupTo(usb.path());
        QVERIFY(!copy.ok());
        QCOMPARE(copy.error().code, ErrorCode::VerificationFailed);
        QVERIFY2(copy.error().message.contains(QStringLiteral("The backup copy failed its check")), qPrintable(copy.error().message));
        QVERIFY2(copy.error().message.contains(QStringLiteral("The book itself failed its check too")), qPrintable(copy.error().message));
        QVERIFY2(!copy.error().message.contains(QStringLiteral("unharmed")) && !copy.error().message.contains(QStringLiteral("passed")),
                 qPrintable(copy.error().message));
        QCOMPARE(QDir(usb.path()).entryList(QDir::Files | QDir::Hidden), QStringList());
    }
};

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
