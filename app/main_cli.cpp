// gramdesk-cli: parse the environment, build the application and the clock, hand over to Cli.
#include "AppPaths.h"
#include "Clock.h"
#include "cli/Cli.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>
#include <cstdio>

int main(int argc, char *argv[])
{
    // PDFs are drawn without a screen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    if (!qEnvironmentVariableIsSet("XDG_RUNTIME_DIR")) {
        // Without it Qt warns on every run; a private folder of our own serves the same purpose.
        const QString runtime = QDir::tempPath() + QStringLiteral("/gramdesk-runtime-") + qEnvironmentVariable("USER", QStringLiteral("user"));
        QDir().mkpath(runtime);
        QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtime));
    }
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(gd::AppPaths::kApplicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRAMDESK_VERSION));

    // Tests fix "today" with GRAMDESK_FAKE_NOW=2026-11-22T10:00:00.
    const QString fakeNow = qEnvironmentVariable("GRAMDESK_FAKE_NOW");
    gd::FixedClock fixed(QDateTime::fromString(fakeNow, Qt::ISODate));
    const gd::Clock &clock = fakeNow.isEmpty() ? gd::Clock::system() : static_cast<const gd::Clock &>(fixed);

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return gd::cli::Cli(args, clock, out, err).run();
}
