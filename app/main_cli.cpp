// gramdesk-cli: parse the environment, build the application and the clock, hand over to Cli.
#include "base/AppPaths.h"
#include <ProgramClock.h>  // app/ for the programs, tests/cli/testclock/ for the tests' build
#include "storage/OutputFile.h"
#include "cli/Cli.h"
#include "cli/StandardOutput.h"

#include <QDir>
#include <QGuiApplication>
#include <QTextStream>
#include <csignal>
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
#ifdef SIGXFSZ
    // Past a file-size limit (ulimit -f) a write fails with its own message instead of killing the program.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(gd::AppPaths::kApplicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRAMDESK_VERSION));

    gd::cli::StandardOutput standardOutput;
    QTextStream out(&standardOutput);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    int status = gd::cli::Cli(args, gd::programClock(), out, err).run();
    // What went to standard output must have arrived: a full disk or a closed pipe is a failed command.
    out.flush();
    if (status == 0 && standardOutput.failure()) {
        const gd::Error failed = gd::OutputFile::writeError(gd::cli::Cli::tr("The output"), standardOutput.failure());
        err << failed.message << Qt::endl;
        if (status == 0)
            status = gd::exitStatusFor(failed.code);
    }
    return status;
}
