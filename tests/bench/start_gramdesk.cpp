// What bench_start times: GramDesk's own start over a book, as ui::Application::runOnce does it, up to the home
// screen painted: the fonts (loading on a thread while the book opens) and language, the book opened, the login
// dialog built and the password checked as the clerk's Enter would, the daily backup when due, the main window
// with its home page shown; the book's deep check starts once the first screen has painted. Prints "ready" once
// the window has painted, then quits. With --login it stops at the first screen the clerk can use instead: the
// login dialog painted, with the office's name remembered from the last start, the book opened after the paint
// (the name not remembered, the book is opened first).
// Usage: start_gramdesk BOOK [--login] (the demo book; user admin with the demo password).
#include "AfterFirstPaint.h"
#include "Application.h"
#include "BackgroundTask.h"
#include "BenchBook.h"
#include "demo/Demo.h"
#include "FirstPaint.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "office/Users.h"
#include "storage/Backup.h"
#include "storage/Recovery.h"

#include <QApplication>
#include <cstdio>

using namespace gd;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("gramdesk-bench"));  // its own settings (the office remembered)
    if (argc < 2)
        return 2;
    const bool toLogin = argc > 2 && qstrcmp(argv[2], "--login") == 0;
    const QString path = QString::fromLocal8Bit(argv[1]);
    FixedClock clock(bench::benchNow());
    ui::Application::startLoadingFonts();
    ui::LanguageManager::instance().switchTo(QStringLiteral("hi"));
    std::unique_ptr<Book> book;
    // To the login screen, the book is opened first only when its office's name is not remembered (the warm-up
    // start remembers it); to the home screen, before the password is checked.
    QString office = toLogin ? ui::Application::rememberedOffice(path) : QString();
    const auto openBook = [&]() -> bool {
        Book::Options options;
        options.deepCheck = false;
        auto opened = Book::open(path, clock, options);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return false;
        }
        book = std::move(opened).value();
        office = ui::Application::rememberOffice(path, *book);
        return true;
    };
    if (office.isEmpty() && !openBook())
        return 1;
    ui::Application::fontsLoaded();
    QObject receiver;
    ui::BackgroundTask check;
    const std::function<void()> startCheck = [&] {
        if (book && !check.started())
            check.start<QString>(&receiver, [path = book->path()] { return Recovery::damage(path); }, [](const QString &) {});
    };
    if (toLogin) {
        ui::LoginDialog login(
            [&]() -> Book * {
                if (!book && !openBook())
                    return nullptr;
                startCheck();
                return book.get();
            },
            office);
        bench::FirstPaint firstPaint;
        login.installEventFilter(&firstPaint);
        login.show();
        const int status = QApplication::exec();
        check.wait();
        return book ? status : 1;
    }
    User user;
    {
        ui::LoginDialog login(*book, office);
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
