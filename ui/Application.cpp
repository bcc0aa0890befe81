#include "Application.h"

#include "AfterFirstPaint.h"
#include "BackgroundTask.h"
#include "LanguageManager.h"
#include "HindiKeyboard.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Messages.h"
#include "RecoveryDialog.h"
#include "SetupWizard.h"
#include "documents/DocumentRenderer.h"
#include "storage/Backup.h"
#include "storage/Recovery.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <optional>
#include <thread>

namespace gd::ui {

namespace {

// What one run over the book ended with: the exit status, or a backup to put in the book's place first.
struct Outcome {
    int status = 0;
    QString restoreFrom;
};

// Errors at open that mean the file itself is damaged (rather than missing, locked or read-only).
bool meansDamage(const Error &error, const QString &bookPath)
{
    if (error.code == ErrorCode::VerificationFailed)
        return true;
    // A header overwritten reads as "not a book"; it is damage when the book has backups of its own.
    return error.code == ErrorCode::NotABook && !Recovery::backupsOf(bookPath).isEmpty();
}

// Offers the newest good backup (or another); returns the one chosen, empty to close GramDesk.
QString offerRecovery(QWidget *parent, const QString &bookPath, const QString &problem, const Clock &clock)
{
    RecoveryDialog dialog(bookPath, problem, clock, parent);
    return dialog.exec() == QDialog::Accepted ? dialog.chosenBackup() : QString();
}

// Exit status when the book is damaged and no backup was put in its place.
const int kDamagedStatus = exitStatusFor(ErrorCode::VerificationFailed);

Outcome runOnce(const QString &bookPath, const Clock &clock)
{
    HindiKeyboard::instance();  // F12 types Hindi from the first screen (the set-up wizard) on
    std::unique_ptr<Book> book;
    User user;
    std::optional<Error> openError;
    // The login screen shows the office's name: remembered from the last start, the book is opened once the
    // screen has painted; the first time, it is opened first.
    QString office;
    const auto openBook = [&] {
        Book::Options options;
        options.deepCheck = false;  // checked below on a thread of its own, while the clerk logs in
        if (auto opened = Book::open(bookPath, clock, options)) {
            book = std::move(opened).value();
            office = Application::rememberOffice(bookPath, *book);
        } else {
            openError = opened.error();
        }
    };
    const auto cannotOpen = [&]() -> Outcome {
        if (meansDamage(*openError, bookPath)) {
            const QString chosen = offerRecovery(nullptr, bookPath, openError->message, clock);
            return chosen.isEmpty() ? Outcome{kDamagedStatus, {}} : Outcome{0, chosen};
        }
        Messages::current().error(nullptr, Application::tr("GramDesk cannot open the book"), openError->message);
        return {exitStatusFor(openError->code), {}};
    };
    if (!QFileInfo::exists(bookPath)) {
        Application::fontsLoaded();
        SetupWizard wizard(bookPath, clock);
        if (wizard.exec() != QDialog::Accepted)
            return {};
        book = wizard.takeBook();
        user = wizard.admin();
        Application::rememberOffice(bookPath, *book);
    } else {
        office = Application::rememberedOffice(bookPath);
        if (office.isEmpty())
            openBook();
        Application::fontsLoaded();
        if (openError)
            return cannotOpen();
    }

    // The deep check (quick_check: about a second on ten years of entries) runs beside the login and the window,
    // from the moment the first of them has painted and the book is open: it would otherwise take the processor
    // from that first screen.
    QString damage;
    QObject receiver;
    std::function<void(const QString &)> onDamage;
    BackgroundTask check;
    const std::function<void()> startCheck = [&] {
        if (check.started() || !book)
            return;
        check.start<QString>(
            &receiver, [path = book->path()] { return Recovery::damage(path); },
            [&](const QString &problem) {
                damage = problem;
                if (!problem.isEmpty() && onDamage)
                    onDamage(problem);
            });
    };

    if (!user.id) {
        LoginDialog login(
            [&]() -> Book * {
                if (!book && !openError)
                    openBook();
                startCheck();
                return book.get();
            },
            office);
        onDamage = [&login](const QString &) { login.reject(); };
        const bool in = login.exec() == QDialog::Accepted;
        if (openError)
            return cannotOpen();
        if (!in && damage.isEmpty())
            return {};
        onDamage = nullptr;
        user = login.user();
        LanguageManager::instance().switchTo(user.language);
    }
    if (!damage.isEmpty()) {
        const QString chosen = offerRecovery(nullptr, bookPath, damage, clock);
        return chosen.isEmpty() ? Outcome{kDamagedStatus, {}} : Outcome{0, chosen};
    }

    Workspace workspace(*book, user, clock);
    MainWindow window(workspace);
    AfterFirstPaint checkOnceShown(&window, startCheck);  // straight from the set-up wizard, the check starts here
    // The day's first backup before the window shows, so that its home page (read as it is shown) names it.
    auto daily = BackupService(*book).dailyIfDue();
    window.showMaximized();
    if (!daily)
        Messages::current().error(&window, Application::tr("The daily backup failed"), daily.error().message);
    Outcome outcome;
    onDamage = [&](const QString &problem) {
        outcome.restoreFrom = offerRecovery(&window, bookPath, problem, clock);
        QApplication::exit(kDamagedStatus);  // every open dialog's loop ends too: the book is closed next
    };
    const int status = QApplication::exec();
    Application::settings().setValue(QStringLiteral("language"), LanguageManager::instance().language());
    check.wait();
    if (!damage.isEmpty())  // a damaged book is not copied over the good backups
        return outcome.restoreFrom.isEmpty() ? Outcome{kDamagedStatus, {}} : outcome;
    Application::rememberOffice(bookPath, *book);  // renamed in this session, say
    if (auto copy = BackupService(*book).atExit(); !copy)
        Messages::current().error(nullptr, Application::tr("The backup at exit failed"), copy.error().message);
    return {status, {}};
}

}  // namespace

namespace {

const QString kOrganization = QStringLiteral("GramDesk");
const QString kRememberedBook = QStringLiteral("login/book");
const QString kRememberedOffice = QStringLiteral("login/office");

}  // namespace

void Application::moveEarlierSettings()
{
    const QString application = QCoreApplication::applicationName();
    QSettings now(QSettings::NativeFormat, QSettings::UserScope, kOrganization, application);
    QSettings before(QSettings::NativeFormat, QSettings::UserScope, QString(), application);  // "Unknown Organization"
    if (!now.allKeys().isEmpty() || before.allKeys().isEmpty())
        return;
    const QStringList keys = before.allKeys();
    for (const QString &key : keys)
        now.setValue(key, before.value(key));
    now.sync();
    if (now.status() != QSettings::NoError)
        return;
    before.clear();
    before.sync();
    // On Linux an empty file is left, alone in its folder: both go (a folder with anything else stays).
    const QFileInfo old(before.fileName());
    if (old.isFile() && old.size() == 0 && QFile::remove(old.filePath()))
        QDir().rmdir(old.absolutePath());
}

QSettings Application::settings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, kOrganization, QCoreApplication::applicationName());
}

QString Application::rememberedOffice(const QString &bookPath)
{
    const QSettings settings = Application::settings();
    if (settings.value(kRememberedBook).toString() != QFileInfo(bookPath).absoluteFilePath())
        return {};
    return settings.value(kRememberedOffice).toString();
}

QString Application::rememberOffice(const QString &bookPath, Book &book)
{
    const QString office = LoginDialog::officeTitle(book);
    QSettings settings = Application::settings();
    settings.setValue(kRememberedBook, QFileInfo(bookPath).absoluteFilePath());
    settings.setValue(kRememberedOffice, office);
    return office;
}

namespace {

// The thread that loads the bundled fonts; waited for at the latest when the program ends.
struct FontLoader {
    std::thread thread;
    ~FontLoader()
    {
        if (thread.joinable())
            thread.join();
    }
};

FontLoader &fontLoader()
{
    static FontLoader loader;
    return loader;
}

}  // namespace

void Application::startLoadingFonts()
{
    if (!fontLoader().thread.joinable())
        fontLoader().thread = std::thread([] { DocumentRenderer::loadFonts(); });
}

void Application::fontsLoaded()
{
    if (fontLoader().thread.joinable())
        fontLoader().thread.join();
    DocumentRenderer::loadFonts();  // at once when the thread has loaded them
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans")});
    font.setPointSizeF(10.5);
    QApplication::setFont(font);
}

void Application::setUpFonts()
{
    startLoadingFonts();
    fontsLoaded();
}

int Application::run(const QString &bookPath, const Clock &clock)
{
    startLoadingFonts();  // while the book opens; runOnce waits for them before its first window
    moveEarlierSettings();
    LanguageManager::instance().switchTo(
        settings().value(QStringLiteral("language"), QStringLiteral("hi")).toString());
    for (;;) {
        const Outcome outcome = runOnce(bookPath, clock);
        if (outcome.restoreFrom.isEmpty())
            return outcome.status;
        // The book is closed now: the damaged file is moved aside whole and the backup put in its place.
        auto kept = Recovery::restoreInPlace(bookPath, outcome.restoreFrom, clock);
        if (!kept) {
            Messages::current().error(nullptr, tr("The backup could not be put in place"), kept.error().message);
            return exitStatusFor(kept.error().code);
        }
        Messages::current().info(nullptr, tr("The backup is now the book"),
                                 tr("%1 is now the book. The damaged book is kept, unchanged, in %2. Enter again "
                                    "whatever was written after the backup was made.")
                                     .arg(QDir::toNativeSeparators(outcome.restoreFrom),
                                          QDir::toNativeSeparators(kept.value())));
    }
}

}  // namespace gd::ui
