#include "Recovery.h"

#include "Backup.h"
#include "Book.h"
#include "DiskSync.h"
#include "SqliteLocks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QScopeGuard>
#include <algorithm>
#include <cstdio>
#include <sqlite3.h>

namespace gd {

namespace {

const QString kSuffix = QStringLiteral(".gramdesk");
const QStringList kCompanions = {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")};

}  // namespace

QString Recovery::damage(const QString &bookPath)
{
    storage::guardSqliteLocks();
    sqlite3 *db = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(Book::readOnlyName(bookPath)).constData(), &db,
                             SQLITE_OPEN_READONLY | SQLITE_OPEN_URI, nullptr);
    const auto close = qScopeGuard([&] { sqlite3_close(db); });
    if (rc != SQLITE_OK)
        return unreadable(rc);
    sqlite3_busy_timeout(db, 5000);
    // 64 MB of page cache makes the check several times faster on a book of many years; freed when it ends.
    sqlite3_exec(db, "PRAGMA cache_size = -65536", nullptr, nullptr, nullptr);
    sqlite3_stmt *check = nullptr;
    rc = sqlite3_prepare_v2(db, "PRAGMA quick_check(3)", -1, &check, nullptr);
    QStringList problems;
    if (rc == SQLITE_OK) {
        while ((rc = sqlite3_step(check)) == SQLITE_ROW)
            problems << QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(check, 0)));
    }
    sqlite3_finalize(check);
    if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
        return {};  // held by another program for now: not known to be damaged (opening it says it is in use)
    if (rc != SQLITE_DONE)
        return unreadable(rc);
    if (problems == QStringList{QStringLiteral("ok")})
        return {};
    return damagedParts(db, problems);
}

QString Recovery::unreadable(int sqliteCode)
{
    switch (sqliteCode & 0xff) {
    case SQLITE_NOTADB:
        return tr("its first page is damaged, or it is not a GramDesk book");
    case SQLITE_CANTOPEN:
        return tr("it cannot be opened: check that the disk or USB stick holding it is connected");
    case SQLITE_IOERR:
        return tr("the disk could not read it: check that the disk or USB stick holding it is connected");
    case SQLITE_NOMEM:
        return tr("the computer ran out of memory while reading it: close other programs and try again");
    case SQLITE_CORRUPT:
        return tr("some of its pages cannot be read");
    default:
        return tr("it cannot be read (error %1)").arg(sqliteCode);
    }
}

QString Recovery::damagedParts(void *handle, const QStringList &problems)
{
    // SQLite names the damaged pages ("On tree page 265 cell 14: …", "Tree 12 page 40 …") or an index by its name
    // ("row 5 missing from index visitors_by_date"); its dbstat table says which b-tree holds each page, and the
    // schema which table each b-tree belongs to.
    auto *db = static_cast<sqlite3 *>(handle);
    static const QRegularExpression pageWord(QStringLiteral("\\bpage (\\d+)"));
    static const QRegularExpression named(QStringLiteral("\\b(?:index|table) ([A-Za-z_][A-Za-z0-9_]*)"));
    QSet<qint64> pages;
    QStringList trees;
    for (const QString &problem : problems) {
        for (auto it = pageWord.globalMatch(problem); it.hasNext();)
            pages.insert(it.next().captured(1).toLongLong());
        for (auto it = named.globalMatch(problem); it.hasNext();)
            trees += it.next().captured(1);
    }
    sqlite3_stmt *q = nullptr;
    if (db && !pages.isEmpty() && sqlite3_prepare_v2(db, "SELECT name, pageno FROM dbstat", -1, &q, nullptr) == SQLITE_OK) {
        // The walk may stop at a page too damaged to read; what it found by then is kept.
        while (!pages.isEmpty() && sqlite3_step(q) == SQLITE_ROW) {
            if (pages.remove(sqlite3_column_int64(q, 1)))
                trees += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
        }
    }
    sqlite3_finalize(q);
    QStringList tables;
    if (db && sqlite3_prepare_v2(db, "SELECT tbl_name FROM sqlite_master WHERE name = ?", -1, &q, nullptr) == SQLITE_OK) {
        for (const QString &tree : trees) {
            const QByteArray utf8 = tree.toUtf8();
            sqlite3_bind_text(q, 1, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
            if (sqlite3_step(q) == SQLITE_ROW) {
                const QString table = QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(q, 0)));
                if (!tables.contains(table))
                    tables += table;
            }
            sqlite3_reset(q);
        }
    }
    sqlite3_finalize(q);
    if (tables.isEmpty())
        return tr("some of its pages cannot be read");
    tables.sort();
    return tr("some of its pages cannot be read (in the parts holding %1)").arg(tables.join(QStringLiteral(", ")));
}

QStringList Recovery::backupsOf(const QString &bookPath)
{
    QFileInfoList files = QDir(BackupService::defaultFolderFor(bookPath)).entryInfoList({u'*' + kSuffix}, QDir::Files);
    std::sort(files.begin(), files.end(), [](const QFileInfo &a, const QFileInfo &b) {
        if (a.lastModified() != b.lastModified())
            return a.lastModified() > b.lastModified();
        return a.fileName() > b.fileName();
    });
    QStringList out;
    for (const QFileInfo &f : files)
        out << f.absoluteFilePath();
    return out;
}

Recovery::GoodBackup Recovery::newestGood(const QString &bookPath, const Clock &clock)
{
    GoodBackup good;
    for (const QString &candidate : backupsOf(bookPath)) {
        auto check = BackupService::verifyFile(candidate, clock);
        if (check && check.value().ok) {
            good.path = candidate;
            good.taken = QFileInfo(candidate).lastModified();
            return good;
        }
        good.rejected << candidate;
    }
    return good;
}

Result<QString> Recovery::restoreInPlace(const QString &bookPath, const QString &backup, const Clock &clock)
{
    const QString book = QFileInfo(bookPath).absoluteFilePath();
    const QString stamp = clock.now().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    // Copy first and check the copy: the backup may sit on a USB stick that is pulled out half-way.
    const QString staged = book + QStringLiteral(".restoring");
    Book::removeFiles(staged);
    {
        QFile in(backup);
        QFile out(staged);
        if (!in.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::NotFound,
                             tr("The backup %1 could not be read.").arg(QDir::toNativeSeparators(backup)));
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
            return makeError(ErrorCode::ReadOnly, tr("The folder %1 cannot be written to, so the backup cannot be "
                                                     "put in place. Nothing was changed.")
                                                      .arg(QDir::toNativeSeparators(QFileInfo(book).absolutePath())));
        while (!in.atEnd()) {
            const QByteArray chunk = in.read(1 << 20);
            if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
                out.close();
                Book::removeFiles(staged);
                return makeError(ErrorCode::DiskFull, tr("The backup could not be copied next to the book (is the disk "
                                                         "full?). Nothing was changed."));
            }
        }
    }
    const auto dropStaged = qScopeGuard([&] { Book::removeFiles(staged); });
    auto check = BackupService::verifyFile(staged, clock);
    if (!check || !check.value().ok)
        return makeError(ErrorCode::VerificationFailed,
                         tr("The backup %1 failed its check (%2). Nothing was changed; choose another backup.")
                             .arg(QDir::toNativeSeparators(backup), check ? check.value().problem : check.error().message));
    if (!disk::syncFile(staged))
        return makeError(ErrorCode::Storage, tr("The backup could not be written to the disk. Nothing was changed."));

    // The damaged book is moved aside whole, never overwritten: the same bytes stay for anyone who wants to look.
    const QString kept = QDir(BackupService::defaultFolderFor(book)).filePath(QStringLiteral("damaged-") + stamp);
    if (!QDir().mkpath(kept))
        return makeError(ErrorCode::ReadOnly, tr("The folder %1 could not be made, so the damaged book cannot be kept. "
                                                 "Nothing was changed.")
                                                  .arg(QDir::toNativeSeparators(kept)));
    QStringList moved;
    for (const QString &suffix : kCompanions) {
        const QString from = book + suffix;
        if (!QFileInfo::exists(from))
            continue;
        const QString to = kept + u'/' + QFileInfo(from).fileName();
        if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) != 0) {
            for (const QString &back : moved)  // put back what was moved: the book stays as it was
                std::rename(QFile::encodeName(kept + u'/' + QFileInfo(book + back).fileName()).constData(),
                            QFile::encodeName(book + back).constData());
            return makeError(ErrorCode::Storage, tr("The damaged book could not be moved to %1. Nothing was changed.")
                                                     .arg(QDir::toNativeSeparators(kept)));
        }
        moved << suffix;
    }
    if (std::rename(QFile::encodeName(staged).constData(), QFile::encodeName(book).constData()) != 0)
        return makeError(ErrorCode::Storage, tr("The backup could not be put in place of the book. The damaged book is "
                                                "kept in %1; copy it back to open it again.")
                                                 .arg(QDir::toNativeSeparators(kept)));
    disk::syncFolder(QFileInfo(book).absolutePath());
    return kept;
}

}  // namespace gd
