// gramdesk: the desktop program. Parse arguments, build the application, hand over to gd::ui::Application.
#include "base/AppPaths.h"
#include "Application.h"
#include "FileDialogs.h"
#include <ProgramClock.h>  // app/ for the programs, tests/cli/testclock/ for the tests' build

#include <QApplication>
#include <QIcon>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fputs("GramDesk needs a screen, and none was found (DISPLAY is not set).\n"
                   "On a machine without a screen, run it inside a virtual one:  xvfb-run -a gramdesk\n"
                   "Or use the command line:  gramdesk-cli --help\n",
                   stderr);
        return 2;
    }
#ifdef SIGXFSZ
    // Past a file-size limit (ulimit -f) a write fails with its own message instead of killing the program.
    std::signal(SIGXFSZ, SIG_IGN);
#endif
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QString::fromLatin1(gd::AppPaths::kApplicationName));
    QCoreApplication::setApplicationVersion(QStringLiteral(GRAMDESK_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("GramDesk"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/gramdesk-128.png")));
    QGuiApplication::setDesktopFileName(QStringLiteral("gramdesk"));
    gd::ui::FileDialogs::guardApplication();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    QCommandLineOption bookOption(QStringLiteral("book"), QStringLiteral("The book to open (a .gramdesk file)."),
                                  QStringLiteral("PATH"));
    parser.addOption(bookOption);
    parser.process(app);

    return gd::ui::Application::run(gd::AppPaths::book(parser.value(bookOption)), gd::programClock());
}
