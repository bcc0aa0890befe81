// libFuzzer: any file offered as a backup is checked (header, SQLite's integrity check, the audit chain) and either
// passes or is refused with a message; never a crash, never a hang.
#include "base/Clock.h"
#include "storage/Backup.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static int argc = 1;
    static char name[] = "fuzz_backup";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static const gd::FixedClock clock(QDateTime(QDate(2026, 11, 22), QTime(10, 30)));
    const QString path = dir.filePath(QStringLiteral("backup.gramdesk"));
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QString::fromLatin1(suffix));
    {
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            std::abort();
        f.write(reinterpret_cast<const char *>(data), qint64(size));
    }
    auto check = gd::BackupService::verifyFile(path, clock);
    if (!check && check.error().message.isEmpty())
        std::abort();
    if (check && !check.value().ok && check.value().problem.isEmpty())
        std::abort();
    return 0;
}
