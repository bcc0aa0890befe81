#pragma once
// When the book cannot be trusted: a deep check that may run on its own connection (so the window need not wait
// for it), the newest backup that passes its own check, and that backup put in the book's place after the damaged
// book has been kept exactly as it was.

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace gd {

class Clock;

class Recovery {
    Q_DECLARE_TR_FUNCTIONS(gd::Recovery)
public:
    // PRAGMA quick_check on a read-only connection of its own: an empty string when the book is sound (or held
    // by another program, so that it cannot be checked now), else what is wrong (translated). Safe to call from
    // any thread.
    static QString damage(const QString &bookPath);
    // What SQLite's integrity or quick check said (`problems`, its own words), as a sentence for the office: which
    // tables the damaged pages belong to (read from the book's schema on `db`, a sqlite3*), never SQLite's text.
    static QString damagedParts(void *db, const QStringList &problems);
    // Why a book could not be read at all, from SQLite's result code, in the office's words.
    static QString unreadable(int sqliteCode);

    // Backup files of the book in its backup folder, newest first.
    static QStringList backupsOf(const QString &bookPath);

    struct GoodBackup {
        QString path;      // empty when no backup passed its check
        QDateTime taken;   // when the copy was written
        QStringList rejected;  // newer copies that failed their check
    };
    // The newest backup in the book's folder that passes the whole check (integrity and audit chain).
    static GoodBackup newestGood(const QString &bookPath, const Clock &clock);

    // With the book closed: keeps the damaged book (and its -wal/-shm) in the backup folder under "damaged-<moment>",
    // then puts a verified copy of `backup` in its place. Returns the folder where the damaged book is kept.
    static Result<QString> restoreInPlace(const QString &bookPath, const QString &backup, const Clock &clock);
};

}  // namespace gd
