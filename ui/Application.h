#pragma once
// The GUI's start-up and shut-down: set-up wizard or login, the daily backup, the main window, the exit backup.

#include <QCoreApplication>
#include <QSettings>
#include <QString>

namespace gd {
class Book;
class Clock;
}

namespace gd::ui {

class Application {
    Q_DECLARE_TR_FUNCTIONS(gd::ui::Application)
public:
    // Runs the whole GUI on the book at `bookPath`; returns the process exit status.
    static int run(const QString &bookPath, const Clock &clock);
    // The bundled fonts as the application's fonts, loaded before it returns.
    static void setUpFonts();
    // The same in two halves: the fonts load on a thread of their own (QFontDatabase is thread-safe) while
    // the book opens; fontsLoaded() waits for them and makes them the application's fonts, before the first
    // window is made. runOnce does this; startLoadingFonts() again while they load does nothing.
    static void startLoadingFonts();
    static void fontsLoaded();
    // The office's name as the login screen last showed it over the book at `bookPath` (empty when another book
    // was used last), kept in the settings, outside the book: the next start paints the login screen with it and
    // opens the book only then. Remembered whenever the book is opened, and again as the program ends;
    // rememberOffice() gives the name it has read from the book.
    static QString rememberedOffice(const QString &bookPath);
    static QString rememberOffice(const QString &bookPath, Book &book);
    // The program's settings (the language, the office remembered for the login), under the organisation
    // "GramDesk" (~/.config/GramDesk/<application>.conf, HKCU\Software\GramDesk on Windows).
    static QSettings settings();
    // Versions before 0.9 had no organisation, so Qt kept their settings under "Unknown Organization": run()
    // moves them to settings() once, as the program starts, when settings() has none yet.
    static void moveEarlierSettings();
};

}  // namespace gd::ui
