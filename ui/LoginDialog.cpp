#include "LoginDialog.h"

#include "HindiKeyboard.h"
#include "LanguageManager.h"
#include "office/OfficeProfile.h"
#include "storage/Book.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPalette>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd::ui {

LoginDialog::LoginDialog(Book &book, const QString &officeName, QWidget *parent)
    : LoginDialog([&book] { return &book; }, officeName, parent)
{
    m_book = &book;  // open already, under the name the caller read from it
}

LoginDialog::LoginDialog(std::function<Book *()> openBook, const QString &rememberedOffice, QWidget *parent)
    : QDialog(parent), m_openBook(std::move(openBook)), m_officeName(rememberedOffice),
      m_opensTheBook(this, [this] {
          if (m_book || !book())
              return;
          if (const QString title = officeTitle(*m_book); title != m_officeName) {  // renamed since remembered
              m_officeName = title;
              m_title->setText(title);
          }
      })
{
    setObjectName(QStringLiteral("loginDialog"));
    setMinimumWidth(420);
    auto *layout = new QVBoxLayout(this);
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("loginTitleLabel"));
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_title->setFont(big);
    layout->addWidget(m_title);
    auto *form = new QFormLayout;
    m_userName = new QLineEdit(this);
    HindiKeyboard::keepLatin(m_userName);  // user names are Latin letters
    m_userName->setObjectName(QStringLiteral("userNameLineEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_userLabel = new QLabel(this);
    m_userLabel->setBuddy(m_userName);
    m_passwordLabel = new QLabel(this);
    m_passwordLabel->setBuddy(m_password);
    form->addRow(m_userLabel, m_userName);
    form->addRow(m_passwordLabel, m_password);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("loginErrorLabel"));
    m_error->setWordWrap(true);
    // Red through the palette: a style sheet would bring Qt's style-sheet machinery into the first screen.
    QPalette red = m_error->palette();
    red.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_error->setPalette(red);
    layout->addWidget(m_error);
    // Own buttons rather than standard ones: a standard button resets its text on every language change.
    m_buttons = new QDialogButtonBox(this);
    m_loginButton = m_buttons->addButton(QString(), QDialogButtonBox::AcceptRole);
    m_loginButton->setObjectName(QStringLiteral("loginButton"));
    m_cancelButton = m_buttons->addButton(QString(), QDialogButtonBox::RejectRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelButton"));
    m_languageButton = m_buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_languageButton->setObjectName(QStringLiteral("languageButton"));
    m_languageButton->setAutoDefault(false);
    m_loginButton->setDefault(true);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    connect(m_languageButton, &QPushButton::clicked, this, [] {
        auto &lm = LanguageManager::instance();
        lm.switchTo(lm.language() == u"hi" ? QStringLiteral("en") : QStringLiteral("hi"));
    });
    retranslate();
    m_userName->setFocus();
}

QString LoginDialog::officeTitle(Book &book)
{
    auto office = OfficeProfile(book).load();
    return office ? office.value().nameHi + u'\n' + office.value().nameEn : QString();
}

Book *LoginDialog::book()
{
    if (!m_book) {
        m_book = m_openBook();
        if (!m_book)
            reject();
    }
    return m_book;
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("GramDesk: log in"));
    m_title->setText(m_officeName);
    m_userLabel->setText(tr("&User name:"));
    m_passwordLabel->setText(tr("&Password:"));
    // A message shown in the other language would now be unreadable to the person who switched.
    m_error->clear();
    m_loginButton->setText(tr("Log in"));
    m_cancelButton->setText(tr("Cancel"));
    // The other language, named in its own script.
    m_languageButton->setText(LanguageManager::instance().language() == u"hi" ? QStringLiteral("English")
                                                                               : QStringLiteral("हिन्दी"));
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::accept()
{
    if (!book())
        return;
    auto user = UserDirectory(*m_book).login(m_userName->text(), m_password->text());
    if (!user) {
        m_error->setText(user.error().message);
        m_password->clear();
        m_password->setFocus();
        return;
    }
    m_user = user.value();
    QDialog::accept();
}

}  // namespace gd::ui
