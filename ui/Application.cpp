#include "Application.h"

#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "Messages.h"
#include "OfficeProfile.h"
#include "SetupWizard.h"
#include "pages/Page.h"
#include "documents/DocumentRenderer.h"
#include "storage/Backup.h"

#include <QApplication>
#include <QFileInfo>
#include <QSettings>

namespace gd::ui {

void Application::setUpFonts()
{
    DocumentRenderer::loadFonts();
    QFont font = QApplication::font();
    font.setFamilies({QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans")});
    font.setPointSizeF(10.5);
    QApplication::setFont(font);
}

int Application::run(const QString &bookPath, const Clock &clock)
{
    setUpFonts();
    QSettings settings;
    LanguageManager::instance().switchTo(settings.value(QStringLiteral("language"), QStringLiteral("hi")).toString());

    std::unique_ptr<Book> book;
    User user;
    if (!QFileInfo::exists(bookPath)) {
        SetupWizard wizard(bookPath, clock);
        if (wizard.exec() != QDialog::Accepted)
            return 0;
        book = wizard.takeBook();
        user = wizard.admin();
    } else {
        auto opened = Book::open(bookPath, clock);
        if (!opened) {
            Messages::current().error(nullptr, tr("GramDesk cannot open the book"), opened.error().message);
            return exitStatusFor(opened.error().code);
        }
        book = std::move(opened).value();
        auto office = OfficeProfile(*book).load();
        LoginDialog login(*book, office ? office.value().nameHi + u'\n' + office.value().nameEn : QString());
        if (login.exec() != QDialog::Accepted)
            return 0;
        user = login.user();
        LanguageManager::instance().switchTo(user.language);
    }

    Workspace workspace(*book, user, clock);
    MainWindow window(workspace);
    window.show();
    auto daily = BackupService(*book).dailyIfDue();
    if (!daily)
        Messages::current().error(&window, tr("The daily backup failed"), daily.error().message);
    window.pages().value(0)->refresh();
    const int status = QApplication::exec();
    settings.setValue(QStringLiteral("language"), LanguageManager::instance().language());
    if (auto copy = BackupService(*book).atExit(); !copy)
        Messages::current().error(nullptr, tr("The backup at exit failed"), copy.error().message);
    return status;
}

}  // namespace gd::ui
