#include "OutputFile.h"

#include "Backup.h"
#include "BookLock.h"
#include "DiskSync.h"
#include "Seals.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>
#include <cerrno>
#include <cstring>

#ifndef Q_OS_WIN
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#endif

namespace gd {

namespace {

// The path as the system finds it: links and ".." resolved, the file's own name kept when it does not exist yet.
QString resolved(const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return info.canonicalFilePath();
    const QString folder = QFileInfo(info.absolutePath()).canonicalFilePath();
    return folder.isEmpty() ? info.absoluteFilePath() : folder + u'/' + info.fileName();
}

bool samePath(const QString &a, const QString &b)
{
#ifdef Q_OS_WIN
    return a.compare(b, Qt::CaseInsensitive) == 0;
#else
    return a == b;
#endif
}

bool inside(const QString &path, const QString &folder)
{
#ifdef Q_OS_WIN
    const Qt::CaseSensitivity cs = Qt::CaseInsensitive;
#else
    const Qt::CaseSensitivity cs = Qt::CaseSensitive;
#endif
    return samePath(path, folder) || path.startsWith(folder + u'/', cs);
}

#ifndef Q_OS_WIN
// Two names of one file (a hard link): the same device and inode.
bool sameFile(const QString &a, const QString &b)
{
    struct stat sa {};
    struct stat sb {};
    return ::stat(QFile::encodeName(a).constData(), &sa) == 0 && ::stat(QFile::encodeName(b).constData(), &sb) == 0
        && sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}
#endif

}  // namespace

Status OutputFile::refuseBook(const QString &output, const QString &bookPath)
{
    const QString out = resolved(output);
    const QString book = resolved(bookPath);
    const Error refused = makeError(
        ErrorCode::InputRejected,
        tr("%1 is the book, or a file or folder that belongs to it; nothing was written. Choose another name or "
           "folder for the output.")
            .arg(QDir::toNativeSeparators(output)));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal"),
                                  QStringLiteral("-lock"), Seals::besideSuffix()}) {
        if (samePath(out, book + suffix))
            return refused;
#ifndef Q_OS_WIN
        if (sameFile(out, bookPath + suffix))
            return refused;
#endif
    }
    if (inside(out, resolved(BackupService::defaultFolderFor(bookPath))))
        return refused;
    return {};
}

Error OutputFile::writeError(const QString &what, int osError)
{
    switch (osError) {
    case ENOSPC:
#ifdef EDQUOT
    case EDQUOT:
#endif
        return makeError(ErrorCode::DiskFull, tr("%1 could not be written: the disk is full. Free some space and try "
                                                 "again.")
                                                  .arg(what));
#ifdef EFBIG
    case EFBIG:
        return makeError(ErrorCode::DiskFull,
                         tr("%1 could not be written: it would be larger than this system lets GramDesk write (a "
                            "file-size limit, such as ulimit -f). Ask the administrator to remove the limit, or write "
                            "it elsewhere.")
                             .arg(what));
#endif
    case EROFS:
    case EACCES:
    case EPERM:
        return makeError(ErrorCode::ReadOnly, tr("%1 could not be written: that place is read-only or not yours. "
                                                 "Choose another folder.")
                                                  .arg(what));
    default:
        return makeError(ErrorCode::Storage, tr("%1 could not be written (%2). Check the folder and the free space.")
                                                 .arg(what, QString::fromLocal8Bit(std::strerror(osError))));
    }
}

Status OutputFile::write(const QString &path, const QByteArray &bytes)
{
    const QString native = QDir::toNativeSeparators(path);
    // Whatever asked for it, never over a book this process has open.
    for (const QString &book : BookLock::booksHeldHere()) {
        if (auto s = refuseBook(path, book); !s)
            return s;
    }
#ifdef Q_OS_WIN
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return makeError(ErrorCode::Storage, tr("%1 could not be written (%2). Check the folder and the free space.")
                                                 .arg(native, file.errorString()));
    return {};
#else
    const QFileInfo info(path);
    if (info.isDir())
        return makeError(ErrorCode::InputRejected, tr("%1 is a folder; give the name of a file.").arg(native));
    QByteArray part = QFile::encodeName(info.absolutePath() + QStringLiteral("/.") + info.fileName()
                                        + QStringLiteral(".part-XXXXXX"));
    const int fd = ::mkostemp(part.data(), O_CLOEXEC);
    if (fd < 0)
        return writeError(native, errno);
    int failed = 0;
    for (qsizetype at = 0; at < bytes.size() && !failed;) {
        const ssize_t n = ::write(fd, bytes.constData() + at, size_t(bytes.size() - at));
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            failed = n < 0 ? errno : ENOSPC;
        else
            at += n;
    }
    // Citizens' names and mobiles: readable by the owner alone, whatever the umask (mkostemp makes it 0600).
    if (!failed && ::fsync(fd) != 0)
        failed = errno;
    if (::close(fd) != 0 && !failed)
        failed = errno;
    if (!failed && ::rename(part.constData(), QFile::encodeName(info.absoluteFilePath()).constData()) != 0)
        failed = errno;
    if (failed) {
        ::unlink(part.constData());
        return writeError(native, failed);
    }
    disk::syncFolder(info.absolutePath());
    return {};
#endif
}

}  // namespace gd
