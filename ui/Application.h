#pragma once
// The GUI's start-up and shut-down: set-up wizard or login, the daily backup, the main window, the exit backup.

#include <QCoreApplication>
#include <QString>

namespace gd {
class Clock;
}

namespace gd::ui {

class Application {
    Q_DECLARE_TR_FUNCTIONS(gd::ui::Application)
public:
    // Runs the whole GUI on the book at `bookPath`; returns the process exit status.
    static int run(const QString &bookPath, const Clock &clock);
    // The bundled fonts as the application's fonts.
    static void setUpFonts();
};

}  // namespace gd::ui
