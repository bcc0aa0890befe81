#include "base/AppPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace gd {

QString AppPaths::book(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromCommandLine));
    const QString fromEnv = qEnvironmentVariable("GRAMDESK_BOOK");
    if (!fromEnv.isEmpty())
        return QDir::cleanPath(QDir::current().absoluteFilePath(fromEnv));
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    return QDir(folder).filePath(QStringLiteral("office.gramdesk"));
}

}  // namespace gd
