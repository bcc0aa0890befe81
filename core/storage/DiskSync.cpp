#include "DiskSync.h"

#include <QFile>

#ifdef _WIN32
#include <io.h>
#else
#include <unistd.h>
#endif

namespace gd::disk {

bool syncFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadWrite))
        return false;
#ifdef _WIN32
    return ::_commit(f.handle()) == 0;
#else
    return ::fsync(f.handle()) == 0;
#endif
}

void syncFolder(const QString &folder)
{
#ifdef _WIN32
    Q_UNUSED(folder);
#else
    QFile d(folder);
    if (d.open(QIODevice::ReadOnly))
        ::fsync(d.handle());
#endif
}

}  // namespace gd::disk
