#pragma once
// One writer per book: a GramDesk process that writes to a book holds a lock on the file "<book>-lock" beside it
// for as long as the book is open. The lock (flock on Linux, LockFileEx on Windows) belongs to the lock file's open
// description, so no close() elsewhere in the process can drop it, and the system drops it when the process ends,
// however it ends. The file says who holds it (program, process, PC, since when), for the message another process
// shows. It is removed as the book closes (a holder that died leaves it, unlocked, for the next one to take).

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <memory>

namespace gd {

class BookLock {
    Q_DECLARE_TR_FUNCTIONS(gd::BookLock)
public:
    struct Holder {
        QString program;
        qint64 process = 0;
        QString host;
        QDateTime since;
    };

    static QString pathFor(const QString &bookPath);

    // Takes the book for writing. Within one process the lock is shared by every Book on the same file. When another
    // process holds it: ErrorCode::Locked, with a message (in the UI language) naming who.
    static Result<std::shared_ptr<BookLock>> take(const QString &bookPath, const QDateTime &now);

    // The books this process holds (their paths as opened).
    static QStringList booksHeldHere();

    // "open in GramDesk on this PC since 10:42 (process 4711); close it there first."
    static QString heldMessage(const QString &bookPath, const Holder &holder, const QDateTime &now);

    ~BookLock();
    BookLock(const BookLock &) = delete;
    BookLock &operator=(const BookLock &) = delete;

private:
    BookLock() = default;
    QString m_key;
    QString m_book;
    qintptr m_handle = -1;
};

}  // namespace gd
