#pragma once
// Safe copies of the book: online backup into a temporary file, verified, then renamed into place.

#include "base/Result.h"
#include "AuditLog.h"
#include "Seals.h"

#include <QCoreApplication>
#include <QDateTime>

namespace gd {

class Book;
class Clock;

struct BackupRecord {
    QString at;
    QString kind;  // daily, exit, manual, before-upgrade, before-restore, restore
    QString place;
    bool ok = false;
    QString message;
    QString actor;
};

class BackupService {
    Q_DECLARE_TR_FUNCTIONS(gd::BackupService)
public:
    explicit BackupService(Book &book);
    // A backup log's kind ("daily", "exit", "manual", "before-restore", "restore") in words, as a translation
    // source of the "gd::BackupService" context; nullptr for a kind it does not know.
    static const char *kindWords(const QString &kind);

    // <folder of the book>/<book name>-backups
    QString defaultFolder() const;
    static QString defaultFolderFor(const QString &bookPath);
    // A copy named after the moment, into any folder (a USB stick); recorded as "manual".
    Result<QString> backupTo(const QString &folder);
    // At the first start of a day: the daily copy plus weekly and monthly ones, rotated
    // (7 daily, 4 weekly, 12 monthly). Returns an empty path if today's copy exists already.
    Result<QString> dailyIfDue();
    // At exit: refreshes today's daily copy.
    Result<QString> atExit();
    Result<QString> backupBeforeUpgrade(int fromVersion);
    // Replaces the book's contents with a verified copy of `file`, after backing up the current book. A backup of
    // another office (another LGD code) is refused with ErrorCode::OtherOffice, saying whose it is, unless
    // `otherOffice` says the user has seen that and wants it.
    Status restore(const QString &file, bool otherOffice = false);

    // Adds a line to the backup log (the result of a copy is never hidden by a failure to log it).
    Status record(const QString &kind, const QString &place, bool ok, const QString &message);

    Result<QList<BackupRecord>> history(int limit = 200) const;
    Result<BackupRecord> lastSuccessful() const;

    // Integrity check plus audit chain of a book file that is not open.
    static Result<AuditVerification> verifyFile(const QString &path, const Clock &clock);
    // The seal of the book as the last copy took it (its receipt), or none (entry 0).
    const Seal &seal() const { return m_seal; }

    static constexpr int kKeepDaily = 7;
    static constexpr int kKeepWeekly = 4;
    static constexpr int kKeepMonthly = 12;

private:
    Result<QString> copyTo(const QString &target);
    Result<QString> rotatingCopy(const QString &kind);
    // What the backup log says of a copy: why it failed, or the seal it carries (its receipt: "84:ABCD-EFGH-JKMN").
    QString note(const Result<QString> &copy) const;
    Status ensureFolder(const QString &folder) const;
    // After a copy failed: whether the book itself passes its whole check now, as a sentence; never claimed unchecked.
    QString bookCheck() const;

    Book &m_book;
    Seal m_seal;
};

}  // namespace gd
