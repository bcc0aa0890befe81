// What bench_start times: GramDesk's own start over a book, as ui::Application::runOnce does it, up to the home
// screen painted: the fonts (loading on a thread while the book opens) and language, the book opened, the login
// dialog built and the password checked as the clerk's Enter would, the daily backup when due, the main window
// with its home page shown; the book's deep check starts once the first screen has painted. Prints "ready" once
// the window has painted, then quits. With --login it stops at the first screen the clerk can use instead: the
// login dialog painted.
// Usage: start_gramdesk BOOK [--login] (the demo book; user admin with the demo password).
#include "AfterFirstPaint.h"
#include "Application.h"
#include "BackgroundTask.h"
#include "BenchBook.h"
#include "Demo.h"
#include "FirstPaint.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "OfficeProfile.h"
#include "Users.h"
#include "storage/Backup.h"
#include "storage/Recovery.h"

#include <QApplication>
#include <cstdio>

using namespace gd;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2)
        return 2;
    FixedClock clock(bench::benchNow());
    ui::Application::startLoadingFonts();
    ui::LanguageManager::instance().switchTo(QStringLiteral("hi"));
    Book::Options options;
    options.deepCheck = false;
    auto opened = Book::open(QString::fromLocal8Bit(argv[1]), clock, options);
    ui::Application::fontsLoaded();
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    std::unique_ptr<Book> book = std::move(opened).value();
    QObject receiver;
    ui::BackgroundTask check;
    const std::function<void()> startCheck = [&] {
        if (!check.started())
            check.start<QString>(&receiver, [path = book->path()] { return Recovery::damage(path); }, [](const QString &) {});
    };
    auto office = OfficeProfile(*book).load();
    User user;
    {
        ui::LoginDialog login(*book, office ? office.value().nameHi + u'\n' + office.value().nameEn : QString());
        if (argc > 2 && qstrcmp(argv[2], "--login") == 0) {
            ui::AfterFirstPaint checkOnceShown(&login, startCheck);
            bench::FirstPaint firstPaint;
            login.installEventFilter(&firstPaint);
            login.show();
            const int status = QApplication::exec();
            check.wait();
            return status;
        }
        auto in = UserDirectory(*book).login(QStringLiteral("admin"), Demo::password());
        if (!in) {
            std::fprintf(stderr, "%s\n", qPrintable(in.error().message));
            return 1;
        }
        user = in.value();
    }
    ui::LanguageManager::instance().switchTo(user.language);
    ui::Workspace workspace(*book, user, clock);
    ui::MainWindow window(workspace);
    ui::AfterFirstPaint checkOnceShown(&window, startCheck);
    bench::FirstPaint firstPaint;
    window.installEventFilter(&firstPaint);
    if (auto daily = BackupService(*book).dailyIfDue(); !daily) {
        std::fprintf(stderr, "%s\n", qPrintable(daily.error().message));
        return 1;
    }
    window.show();
    const int status = QApplication::exec();
    check.wait();
    return status;
}
