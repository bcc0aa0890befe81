#include "Backup.h"

#include "base/Dates.h"
#include "office/OfficeProfile.h"
#include "Book.h"
#include "DiskSync.h"
#include "Schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <cstdio>
#include <sqlite3.h>

namespace gd {

namespace {

const QString kSuffix = QStringLiteral(".gramdesk");

// Copies the database behind `from` into `to` with SQLite's online backup API.
int onlineCopy(sqlite3 *from, sqlite3 *to)
{
    sqlite3_backup *b = sqlite3_backup_init(to, "main", from, "main");
    if (!b)
        return sqlite3_errcode(to);
    int rc;
    do {
        rc = sqlite3_backup_step(b, -1);
        if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
            sqlite3_sleep(50);
    } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
    const int finish = sqlite3_backup_finish(b);
    return rc == SQLITE_DONE ? finish : rc;
}

void prune(const QString &folder, const QString &prefix, int keep)
{
    QDir dir(folder);
    // Names carry the date, so name order is age order.
    const QStringList files = dir.entryList({prefix + QStringLiteral("-*") + kSuffix}, QDir::Files, QDir::Name | QDir::Reversed);
    for (qsizetype i = keep; i < files.size(); ++i)
        dir.remove(files.at(i));
}

}  // namespace

BackupService::BackupService(Book &book) : m_book(book) {}

QString BackupService::defaultFolder() const
{
    return defaultFolderFor(m_book.path());
}

QString BackupService::defaultFolderFor(const QString &bookPath)
{
    const QFileInfo info(bookPath);
    return info.absolutePath() + u'/' + info.completeBaseName() + QStringLiteral("-backups");
}

Status BackupService::ensureFolder(const QString &folder) const
{
    // A folder made here holds copies of the book: its owner's alone. A folder the user chose is left as it is.
    const bool made = !QFileInfo::exists(folder);
    if (made && QDir().mkpath(folder))
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    if (!QFileInfo(folder).isDir() || !QFileInfo(folder).isWritable())
        return makeError(ErrorCode::ReadOnly, tr("The backup folder %1 cannot be written to. Choose another folder "
                                                 "or check that the USB stick is not write-protected.")
                                                  .arg(QDir::toNativeSeparators(folder)));
    return {};
}

QString BackupService::bookCheck() const
{
    auto whole = m_book.verifyWhole();
    if (whole && whole.value().ok)
        return tr("The book itself passed its check just now.");
    return tr("The book itself failed its check too (%1): stop entering data, restore the latest good backup "
              "(Backups → Restore) and tell the secretary.")
        .arg(whole ? whole.value().problem : whole.error().message);
}

Result<QString> BackupService::copyTo(const QString &target)
{
    const QString part = target + QStringLiteral(".part");
    // What a copy killed half-way left in this folder (its unfinished file and SQLite's beside it) is never a
    // backup: it goes.
    const QDir folder(QFileInfo(target).absolutePath());
    for (const QString &stale : folder.entryList({u'*' + kSuffix + QStringLiteral(".part"), u'*' + kSuffix + QStringLiteral(".part-journal"),
                                                  u'*' + kSuffix + QStringLiteral(".part-wal"), u'*' + kSuffix + QStringLiteral(".part-shm")},
                                                 QDir::Files | QDir::Hidden))
        QFile::remove(folder.filePath(stale));
    {
        // Created empty and the owner's only before SQLite writes the copy into it.
        QFile file(part);
        (void)file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    // The copy carries every seal known of the book, and one of its own: its receipt.
    m_seal = {};
    if (m_book.writes()) {
        (void)Seals::keepInBook(m_book);
        if (auto seal = Seals::make(m_book, tr("backup %1").arg(QFileInfo(target).fileName())))
            m_seal = seal.value();
    }
    auto *source = static_cast<sqlite3 *>(m_book.sqliteHandle());
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(part).constData(), &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK)
        rc = onlineCopy(source, dest);
    sqlite3_close(dest);
    if (rc != SQLITE_OK) {
        QFile::remove(part);
        if (rc == SQLITE_FULL)
            return makeError(ErrorCode::DiskFull, tr("The backup did not fit on %1: the disk is full. Free some "
                                                     "space or use another USB stick.")
                                                      .arg(QDir::toNativeSeparators(QFileInfo(target).absolutePath())));
        return makeError(ErrorCode::Storage, tr("The backup to %1 failed (%2); try another folder. %3")
                                                 .arg(QDir::toNativeSeparators(target), QString::fromUtf8(sqlite3_errstr(rc)),
                                                      bookCheck()));
    }
    // The copy must prove itself before it may replace anything.
    auto check = verifyFile(part, m_book.clock());
    if (!check || !check.value().ok) {
        QFile::remove(part);
        const QString why = check ? check.value().problem : check.error().message;
        return makeError(ErrorCode::VerificationFailed, tr("The backup copy failed its check (%1) and was thrown "
                                                           "away. %2")
                                                            .arg(why, bookCheck()));
    }
    if (!disk::syncFile(part) || std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0) {
        QFile::remove(part);
        return makeError(ErrorCode::Storage, tr("The backup could not be saved as %1.").arg(QDir::toNativeSeparators(target)));
    }
    disk::syncFolder(QFileInfo(target).absolutePath());
    return target;
}

Result<AuditVerification> BackupService::verifyFile(const QString &path, const Clock &clock)
{
    Book::Options options;
    options.migrate = false;
    options.deepCheck = false;  // verifyWhole's integrity_check covers everything quick_check would
    options.access = Book::Options::Access::Private;
    auto book = Book::open(path, clock, options);
    if (!book)
        return book.error();
    return book.value()->verifyWhole();
}

const char *BackupService::kindWords(const QString &kind)
{
    static const std::pair<const char *, const char *> kinds[] = {
        {"daily", QT_TRANSLATE_NOOP("gd::BackupService", "daily (automatic)")},
        {"exit", QT_TRANSLATE_NOOP("gd::BackupService", "at exit (automatic)")},
        {"manual", QT_TRANSLATE_NOOP("gd::BackupService", "by hand")},
        {"before-restore", QT_TRANSLATE_NOOP("gd::BackupService", "before a restore")},
        {"restore", QT_TRANSLATE_NOOP("gd::BackupService", "restore")}};
    for (const auto &[code, words] : kinds)
        if (kind == QLatin1String(code))
            return words;
    return nullptr;
}

Status BackupService::record(const QString &kind, const QString &place, bool ok, const QString &message)
{
    return m_book.write(QStringLiteral("INSERT INTO backup_log (at, kind, place, ok, message, actor) "
                                            "VALUES (?, ?, ?, ?, ?, ?)"),
                             {m_book.clock().now().toString(Qt::ISODate), kind, QDir::toNativeSeparators(place),
                              ok ? 1 : 0, message, m_book.actor()});
}

QString BackupService::note(const Result<QString> &copy) const
{
    if (!copy)
        return copy.error().message;
    return m_seal.entry > 0 ? m_seal.text() : QString();  // read in the reader's language (BackupPage)
}

Result<QString> BackupService::backupTo(const QString &folderIn)
{
    const QString folder = QDir(folderIn).absolutePath();
    if (auto s = ensureFolder(folder); !s) {
        (void)record(QStringLiteral("manual"), folder, false, s.error().message);
        return s.error();
    }
    const QString name = QFileInfo(m_book.path()).completeBaseName() + u'-'
        + m_book.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss")) + kSuffix;
    auto copy = copyTo(QDir(folder).filePath(name));
    (void)record(QStringLiteral("manual"), copy ? copy.value() : folder, copy.ok(), note(copy));
    return copy;
}

Result<QString> BackupService::rotatingCopy(const QString &kind)
{
    const QString folder = defaultFolder();
    if (auto s = ensureFolder(folder); !s) {
        (void)record(kind, folder, false, s.error().message);
        return s.error();
    }
    const QDate today = m_book.clock().today();
    const QDir dir(folder);
    const QString daily = dir.filePath(QStringLiteral("daily-") + Dates::iso(today) + kSuffix);
    auto copy = copyTo(daily);
    (void)record(kind, copy ? copy.value() : daily, copy.ok(), note(copy));
    if (!copy)
        return copy;
    const QString weekly = dir.filePath(QStringLiteral("weekly-%1-W%2")
                                            .arg(today.year())
                                            .arg(today.weekNumber(), 2, 10, QLatin1Char('0'))
        + kSuffix);
    const QString monthly = dir.filePath(QStringLiteral("monthly-") + today.toString(QStringLiteral("yyyy-MM")) + kSuffix);
    for (const QString &longer : {weekly, monthly}) {
        if (!QFileInfo::exists(longer) && QFile::copy(daily, longer))
            disk::syncFile(longer);
    }
    prune(folder, QStringLiteral("daily"), kKeepDaily);
    prune(folder, QStringLiteral("weekly"), kKeepWeekly);
    prune(folder, QStringLiteral("monthly"), kKeepMonthly);
    return copy;
}

Result<QString> BackupService::dailyIfDue()
{
    auto done = m_book.scalar(QStringLiteral("SELECT count(*) FROM backup_log WHERE ok = 1 AND kind IN ('daily', 'exit') "
                                             "AND substr(at, 1, 10) = ?"),
                              {Dates::iso(m_book.clock().today())});
    if (!done)
        return done.error();
    if (done.value().toInt() > 0)
        return QString();
    return rotatingCopy(QStringLiteral("daily"));
}

Result<QString> BackupService::atExit()
{
    return rotatingCopy(QStringLiteral("exit"));
}

Result<QString> BackupService::backupBeforeUpgrade(int fromVersion)
{
    const QString folder = defaultFolder();
    if (auto s = ensureFolder(folder); !s)
        return s.error();
    const QString target = QDir(folder).filePath(QStringLiteral("before-upgrade-v%1-").arg(fromVersion)
                                                 + m_book.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss")) + kSuffix);
    // No record here: the book's tables may not yet have the columns the log needs.
    return copyTo(target);
}

Status BackupService::restore(const QString &file, bool otherOffice)
{
    const QString native = QDir::toNativeSeparators(file);
    if (!QFileInfo(file).isFile())
        return makeError(ErrorCode::NotFound, tr("There is no backup at %1.").arg(native));
    // Work on a local copy: a USB stick may be pulled out half-way, or be read-only.
    const QString staging = QFileInfo(m_book.path()).absolutePath() + QStringLiteral("/.restore-") +
        m_book.clock().now().toString(QStringLiteral("yyyyMMddHHmmss")) + kSuffix;
    QFile::remove(staging);
    if (!QFile::copy(file, staging))
        return makeError(ErrorCode::Storage, tr("The backup %1 could not be read.").arg(native));
    QFile::setPermissions(staging, QFile::ReadOwner | QFile::WriteOwner);
    const auto cleanup = qScopeGuard([&] { Book::removeFiles(staging); });

    auto check = verifyFile(staging, m_book.clock());
    if (!check) {
        (void)record(QStringLiteral("restore"), file, false, check.error().message);
        return makeError(check.error().code, tr("%1 cannot be restored: %2").arg(native, check.error().message));
    }
    if (!check.value().ok) {
        (void)record(QStringLiteral("restore"), file, false, check.value().problem);
        return makeError(ErrorCode::VerificationFailed,
                         tr("%1 cannot be restored: it failed its check (%2).").arg(native, check.value().problem));
    }

    // Another office's book in this one's place only when the user has been told whose it is.
    bool anotherOffice = false;
    {
        Book::Options options;
        options.migrate = false;
        options.deepCheck = false;
        options.access = Book::Options::Access::Private;
        auto copy = Book::open(staging, m_book.clock(), options);
        auto theirs = copy ? OfficeProfile(*copy.value()).load() : Result<Office>(copy.error());
        auto ours = OfficeProfile(m_book).load();
        anotherOffice = theirs && ours && !theirs.value().lgdCode.isEmpty() && theirs.value().lgdCode != ours.value().lgdCode;
        if (anotherOffice && !otherOffice)
            return makeError(ErrorCode::OtherOffice,
                             tr("%1 is the book of %2 (LGD code %3), not of %4 (LGD code %5); nothing was restored. "
                                "Restore it only to put that office's book in place of this one.")
                                 .arg(native, theirs.value().nameEn, theirs.value().lgdCode, ours.value().nameEn,
                                      ours.value().lgdCode));
    }

    // The book as it is now is kept first, whatever happens next.
    const QString safety = QDir(defaultFolder()).filePath(QStringLiteral("before-restore-") +
                                                          m_book.clock().now().toString(QStringLiteral("yyyyMMdd-HHmmss")) + kSuffix);
    if (auto s = ensureFolder(defaultFolder()); !s)
        return s;
    auto kept = copyTo(safety);
    (void)record(QStringLiteral("before-restore"), kept ? kept.value() : safety, kept.ok(), kept ? QString() : kept.error().message);
    if (!kept)
        return kept.error();

    sqlite3 *source = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(staging).constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (rc == SQLITE_OK)
        rc = onlineCopy(source, static_cast<sqlite3 *>(m_book.sqliteHandle()));
    sqlite3_close(source);
    if (rc != SQLITE_OK) {
        (void)record(QStringLiteral("restore"), file, false, QString::fromUtf8(sqlite3_errstr(rc)));
        return makeError(ErrorCode::Storage, tr("The restore failed (%1). The book was not changed; a copy of it is at %2.")
                                                 .arg(QString::fromUtf8(sqlite3_errstr(rc)), QDir::toNativeSeparators(safety)));
    }
    // The seals kept outside the book of entries after the restored chain's end (of all of it, for another
    // office's book) belong to a history that is no longer this book's. The end as the backup has it: an upgrade
    // of an older backup adds entries of its own.
    auto end = AuditLog::chainEnd(m_book);
    Seals::restored(m_book, anotherOffice || !end ? 0 : end.value().id, QFileInfo(file).fileName());
    if (m_book.version() < Schema::latestVersion()) {
        if (auto s = Schema::migrate(m_book, m_book.version()); !s)
            return s;
    }
    (void)record(QStringLiteral("restore"), file, true, tr("The book as it was before is kept at %1.").arg(QDir::toNativeSeparators(safety)));
    return {};
}

Result<QList<BackupRecord>> BackupService::history(int limit) const
{
    auto q = m_book.exec(QStringLiteral("SELECT at, kind, place, ok, message, actor FROM backup_log ORDER BY id DESC LIMIT ?"),
                         {limit});
    if (!q)
        return q.error();
    QList<BackupRecord> out;
    while (q.value().next()) {
        BackupRecord r;
        r.at = q.value().value(0).toString();
        r.kind = q.value().value(1).toString();
        r.place = q.value().value(2).toString();
        r.ok = q.value().value(3).toBool();
        r.message = q.value().value(4).toString();
        r.actor = q.value().value(5).toString();
        out.append(r);
    }
    return out;
}

Result<BackupRecord> BackupService::lastSuccessful() const
{
    auto q = m_book.exec(QStringLiteral("SELECT at, kind, place, ok, message, actor FROM backup_log "
                                        "WHERE ok = 1 AND kind NOT IN ('restore') ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    BackupRecord r;
    if (q.value().next()) {
        r.at = q.value().value(0).toString();
        r.kind = q.value().value(1).toString();
        r.place = q.value().value(2).toString();
        r.ok = true;
        r.message = q.value().value(4).toString();
        r.actor = q.value().value(5).toString();
    }
    return r;
}

}  // namespace gd
