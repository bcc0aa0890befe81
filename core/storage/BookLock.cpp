#include "BookLock.h"

#include "base/Dates.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QSysInfo>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace gd {

namespace {

QMutex g_mutex;
QHash<QString, std::weak_ptr<BookLock>> g_taken;  // this process's locks, by the lock file's absolute path

// What the lock file says: key=value lines.
QByteArray describe(const QDateTime &now)
{
    QString program = QFileInfo(QCoreApplication::applicationFilePath()).fileName();
    if (program.isEmpty())
        program = QCoreApplication::applicationName();
    return QStringLiteral("program=%1\nprocess=%2\nhost=%3\nsince=%4\n")
        .arg(program)
        .arg(QCoreApplication::applicationPid())
        .arg(QSysInfo::machineHostName(), now.toString(Qt::ISODate))
        .toUtf8();
}

BookLock::Holder parse(const QByteArray &text)
{
    BookLock::Holder h;
    for (const QByteArray &line : text.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = line.left(eq);
        const QString value = QString::fromUtf8(line.mid(eq + 1)).trimmed();
        if (key == "program")
            h.program = value;
        else if (key == "process")
            h.process = value.toLongLong();
        else if (key == "host")
            h.host = value;
        else if (key == "since")
            h.since = QDateTime::fromString(value, Qt::ISODate);
    }
    return h;
}

#ifdef Q_OS_WIN
// The lock is one byte far past the text, so that the text stays readable to others.
constexpr DWORD kLockOffset = 0x7ffffff0;

qintptr openLockFile(const QString &path)
{
    HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(QDir::toNativeSeparators(path).utf16()),
                           GENERIC_READ | GENERIC_WRITE, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE, nullptr,
                           OPEN_ALWAYS, FILE_ATTRIBUTE_NORMAL, nullptr);
    return h == INVALID_HANDLE_VALUE ? -1 : reinterpret_cast<qintptr>(h);
}

bool tryLock(qintptr handle)
{
    OVERLAPPED at{};
    at.Offset = kLockOffset;
    return LockFileEx(reinterpret_cast<HANDLE>(handle), LOCKFILE_EXCLUSIVE_LOCK | LOCKFILE_FAIL_IMMEDIATELY, 0, 1, 0, &at);
}

void closeLockFile(qintptr handle)
{
    CloseHandle(reinterpret_cast<HANDLE>(handle));
}

bool stillThere(qintptr, const QString &)
{
    return true;  // the file is never removed on Windows
}

void release(qintptr handle, const QString &)
{
    CloseHandle(reinterpret_cast<HANDLE>(handle));
}

QByteArray readAll(qintptr handle)
{
    QByteArray bytes(4096, '\0');
    DWORD read = 0;
    OVERLAPPED at{};
    if (!ReadFile(reinterpret_cast<HANDLE>(handle), bytes.data(), DWORD(bytes.size()), &read, &at))
        return {};
    bytes.truncate(qsizetype(read));
    return bytes;
}

void writeAll(qintptr handle, const QByteArray &bytes)
{
    auto h = reinterpret_cast<HANDLE>(handle);
    SetFilePointer(h, 0, nullptr, FILE_BEGIN);
    SetEndOfFile(h);
    DWORD written = 0;
    WriteFile(h, bytes.constData(), DWORD(bytes.size()), &written, nullptr);
}
#else
qintptr openLockFile(const QString &path)
{
    int fd;
    do {
        fd = ::open(QFile::encodeName(path).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

bool tryLock(qintptr handle)
{
    int rc;
    do {
        rc = ::flock(int(handle), LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    return rc == 0;
}

// Whether the locked file is still the one at path: a holder removes it as it lets go, and one opened just before
// that is no lock at all.
bool stillThere(qintptr handle, const QString &path)
{
    struct stat held {};
    struct stat named {};
    return ::fstat(int(handle), &held) == 0 && ::stat(QFile::encodeName(path).constData(), &named) == 0
        && held.st_dev == named.st_dev && held.st_ino == named.st_ino;
}

void closeLockFile(qintptr handle)
{
    ::close(int(handle));
}

// Letting go: the file goes first, while it is still locked, so that nobody finds it empty and takes it for free
// in the moment between.
void release(qintptr handle, const QString &path)
{
    ::unlink(QFile::encodeName(path).constData());
    ::close(int(handle));
}

QByteArray readAll(qintptr handle)
{
    QByteArray bytes(4096, '\0');
    const ssize_t n = ::pread(int(handle), bytes.data(), size_t(bytes.size()), 0);
    bytes.truncate(n > 0 ? qsizetype(n) : 0);
    return bytes;
}

void writeAll(qintptr handle, const QByteArray &bytes)
{
    // Only information for the message of another process: not synced, and a failure changes nothing.
    if (::ftruncate(int(handle), 0) == 0)
        (void)!::pwrite(int(handle), bytes.constData(), size_t(bytes.size()), 0);
}
#endif

}  // namespace

QString BookLock::pathFor(const QString &bookPath)
{
    return QFileInfo(bookPath).absoluteFilePath() + QStringLiteral("-lock");
}

BookLock::~BookLock()
{
    QMutexLocker locker(&g_mutex);
    g_taken.remove(m_key);
    if (m_handle >= 0) {
        writeAll(m_handle, {});  // nobody holds it now
        release(m_handle, m_key);
    }
}

Result<std::shared_ptr<BookLock>> BookLock::take(const QString &bookPath, const QDateTime &now)
{
    const QString path = pathFor(bookPath);
    QMutexLocker locker(&g_mutex);
    if (std::shared_ptr<BookLock> mine = g_taken.value(path).lock())
        return mine;
    qintptr handle = -1;
    for (int attempt = 0; handle < 0 && attempt < 5; ++attempt) {
        handle = openLockFile(path);
        if (handle < 0)
            return makeError(ErrorCode::ReadOnly,
                             tr("The book %1 cannot be written: the file %2 cannot be made beside it. Copy the book to "
                                "a folder you may write to, or ask the administrator for access.")
                                 .arg(QDir::toNativeSeparators(bookPath), QDir::toNativeSeparators(path)));
        if (!tryLock(handle)) {
            const Holder who = parse(readAll(handle));
            closeLockFile(handle);
            return makeError(ErrorCode::Locked, heldMessage(bookPath, who, now));
        }
        if (!stillThere(handle, path)) {  // let go of just now: try the file that is there now
            closeLockFile(handle);
            handle = -1;
        }
    }
    if (handle < 0)
        return makeError(ErrorCode::Locked, heldMessage(bookPath, Holder{}, now));
    writeAll(handle, describe(now));
    std::shared_ptr<BookLock> lock(new BookLock);
    lock->m_key = path;
    lock->m_book = QFileInfo(bookPath).absoluteFilePath();
    lock->m_handle = handle;
    g_taken.insert(path, lock);
    return lock;
}

QStringList BookLock::booksHeldHere()
{
    QMutexLocker locker(&g_mutex);
    QStringList books;
    for (const std::weak_ptr<BookLock> &taken : std::as_const(g_taken)) {
        if (const std::shared_ptr<BookLock> lock = taken.lock())
            books += lock->m_book;
    }
    return books;
}

QString BookLock::heldMessage(const QString &bookPath, const Holder &holder, const QDateTime &now)
{
    const QString book = QDir::toNativeSeparators(bookPath);
    QString since;
    if (holder.since.isValid())
        since = holder.since.date() == now.date() ? holder.since.toString(QStringLiteral("HH:mm"))
                                                  : Dates::display(holder.since.date()) + u' ' + holder.since.toString(QStringLiteral("HH:mm"));
    const QString program = holder.program.isEmpty() || holder.program == u"gramdesk" ? QStringLiteral("GramDesk") : holder.program;
    const bool here = holder.host.isEmpty() || holder.host == QSysInfo::machineHostName();
    if (here && !since.isEmpty() && holder.process > 0)
        return tr("The book %1 is open in %2 on this PC since %3 (process %4); close it there first.")
            .arg(book, program, since)
            .arg(holder.process);
    if (!since.isEmpty())
        return tr("The book %1 is open in %2 on the PC %3 since %4; close it there first.").arg(book, program, holder.host, since);
    return tr("The book %1 is open in another GramDesk; close it there first.").arg(book);
}

}  // namespace gd
