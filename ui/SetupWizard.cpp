#include "SetupWizard.h"

#include "HindiKeyboard.h"
#include "LanguageManager.h"
#include "Messages.h"
#include "OfficeForm.h"
#include "office/OfficeSetup.h"

#include <QButtonGroup>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

class Page final : public QWizardPage {
public:
    explicit Page(std::function<bool()> check) : m_check(std::move(check)) {}
    bool validatePage() override { return !m_check || m_check(); }

private:
    std::function<bool()> m_check;
};

QLineEdit *lineEdit(const char *objectName, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(objectName));
    return e;
}

}  // namespace

SetupWizard::SetupWizard(QString bookPath, const Clock &clock, QWidget *parent)
    : QWizard(parent), m_bookPath(std::move(bookPath)), m_clock(clock)
{
    setObjectName(QStringLiteral("setupWizard"));
    setWizardStyle(QWizard::ClassicStyle);
    setMinimumSize(720, 560);
    buildWelcomePage();
    buildOfficePage();
    buildAdminPage();
    // Hindi typing's state at the bottom left, as the main window's status bar shows it (F12 switches it here too).
    setButton(QWizard::CustomButton1, new TypingButton(this));
    setOption(QWizard::HaveCustomButton1, true);
    setButtonLayout({QWizard::CustomButton1, QWizard::Stretch, QWizard::BackButton, QWizard::NextButton,
                     QWizard::FinishButton, QWizard::CancelButton});
    retranslate();
}

SetupWizard::~SetupWizard() = default;

void SetupWizard::buildWelcomePage()
{
    m_welcomePage = new Page(nullptr);
    m_welcomePage->setObjectName(QStringLiteral("welcomePage"));
    auto *layout = new QVBoxLayout(m_welcomePage);
    m_welcomeText = new QLabel(m_welcomePage);
    m_welcomeText->setObjectName(QStringLiteral("welcomeLabel"));
    m_welcomeText->setWordWrap(true);
    layout->addWidget(m_welcomeText);
    auto *buttons = new QHBoxLayout;
    // The language names are written in their own script, so each is readable in either language.
    m_hindiButton = new QPushButton(QStringLiteral("हिन्दी"), m_welcomePage);
    m_hindiButton->setObjectName(QStringLiteral("hindiButton"));
    m_englishButton = new QPushButton(QStringLiteral("English"), m_welcomePage);
    m_englishButton->setObjectName(QStringLiteral("englishButton"));
    // Enter keeps meaning "Next"; the language buttons act only when clicked or pressed with Space.
    m_hindiButton->setAutoDefault(false);
    m_englishButton->setAutoDefault(false);
    // The chosen language stays pressed.
    auto *choice = new QButtonGroup(m_welcomePage);
    choice->setExclusive(true);
    for (QPushButton *b : {m_hindiButton, m_englishButton}) {
        b->setCheckable(true);
        choice->addButton(b);
    }
    buttons->addWidget(m_hindiButton);
    buttons->addWidget(m_englishButton);
    buttons->addStretch();
    layout->addLayout(buttons);
    layout->addStretch();
    connect(m_hindiButton, &QPushButton::clicked, this, [] { LanguageManager::instance().switchTo(QStringLiteral("hi")); });
    connect(m_englishButton, &QPushButton::clicked, this, [] { LanguageManager::instance().switchTo(QStringLiteral("en")); });
    addPage(m_welcomePage);
}

void SetupWizard::buildOfficePage()
{
    m_officePage = new Page([this] { return validateOffice(); });
    m_officePage->setObjectName(QStringLiteral("officePage"));
    auto *layout = new QVBoxLayout(m_officePage);
    m_officeForm = new OfficeForm(m_officePage);
    layout->addWidget(m_officeForm);
    m_officeError = new QLabel(m_officePage);
    m_officeError->setObjectName(QStringLiteral("officeErrorLabel"));
    m_officeError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_officeError->setWordWrap(true);
    layout->addWidget(m_officeError);
    // A message goes as soon as what it asked for is put right.
    for (QLineEdit *e : m_officeForm->findChildren<QLineEdit *>())
        connect(e, &QLineEdit::textChanged, this, [this] {
            if (!m_officeError->text().isEmpty())
                m_officeError->setText(OfficeProfile::validate(office()).isEmpty()
                                           ? QString()
                                           : OfficeProfile::validate(office()).first().message);
        });
    addPage(m_officePage);
}

void SetupWizard::buildAdminPage()
{
    m_adminPage = new Page([this] { return validateAdmin(); });
    m_adminPage->setObjectName(QStringLiteral("adminPage"));
    auto *form = new QFormLayout(m_adminPage);
    m_userName = lineEdit("adminUserNameLineEdit", m_adminPage);
    HindiKeyboard::keepLatin(m_userName);  // user names are Latin letters
    m_fullName = lineEdit("adminFullNameLineEdit", m_adminPage);
    m_password = lineEdit("adminPasswordLineEdit", m_adminPage);
    m_password->setEchoMode(QLineEdit::Password);
    m_confirm = lineEdit("adminConfirmLineEdit", m_adminPage);
    m_confirm->setEchoMode(QLineEdit::Password);
    const QList<QPair<QWidget *, const char *>> rows = {
        {m_userName, QT_TR_NOOP("User name")},
        {m_fullName, QT_TR_NOOP("Full name")},
        {m_password, QT_TR_NOOP("Password")},
        {m_confirm, QT_TR_NOOP("Password again")},
    };
    for (const auto &[widget, text] : rows) {
        auto *label = new QLabel(m_adminPage);
        label->setBuddy(widget);
        m_labels.append({label, text});
        form->addRow(label, widget);
        // The rule of the field beside it, before anything is typed.
        if (widget == m_userName || widget == m_password) {
            auto *rule = new QLabel(m_adminPage);
            rule->setObjectName(widget == m_userName ? QStringLiteral("userNameRuleLabel") : QStringLiteral("passwordRuleLabel"));
            rule->setWordWrap(true);
            rule->setStyleSheet(QStringLiteral("color: #555;"));
            (widget == m_userName ? m_userNameRule : m_passwordRule) = rule;
            form->addRow(QString(), rule);
        }
        connect(qobject_cast<QLineEdit *>(widget), &QLineEdit::textChanged, this, [this] {
            if (!m_adminError->text().isEmpty())
                (void)validateAdmin();  // the message goes once it is put right
        });
    }
    m_adminError = new QLabel(m_adminPage);
    m_adminError->setObjectName(QStringLiteral("adminErrorLabel"));
    m_adminError->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_adminError->setWordWrap(true);
    form->addRow(m_adminError);
    addPage(m_adminPage);
}

void SetupWizard::retranslate()
{
    setWindowTitle(tr("GramDesk: set up the office"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::CommitButton, tr("Commit"));
    setButtonText(QWizard::HelpButton, tr("Help"));
    m_welcomePage->setTitle(tr("Welcome to GramDesk"));
    m_welcomeText->setText(tr("GramDesk keeps the Gram Panchayat office's registers, record room and ISO 9001 "
                              "readiness on this computer, with no internet needed.\n\n"
                              "Choose the language to work in. You can switch at any time from the main window.\n\n"
                              "The office's book will be kept at:\n%1")
                               .arg(QDir::toNativeSeparators(m_bookPath)));
    m_officePage->setTitle(tr("The office"));
    m_officePage->setSubTitle(tr("The name and the LGD code head every printout."));
    m_adminPage->setTitle(tr("The administrator"));
    m_adminPage->setSubTitle(tr("The first user; the administrator adds the secretary, operators and auditors later."));
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text) + u':');
    m_password->setPlaceholderText(tr("at least %1 characters").arg(UserDirectory::kMinPasswordLength));
    m_userNameRule->setText(tr("3 to 32 letters or digits, no spaces (a dot, dash or underscore is allowed); for example "
                               "admin or suresh.verma."));
    m_passwordRule->setText(tr("At least %1 characters. Keep it written down in the office's safe: a forgotten password "
                               "can be reset only by another administrator.")
                                .arg(UserDirectory::kMinPasswordLength));
    const bool hindi = LanguageManager::instance().language() == u"hi";
    m_hindiButton->setChecked(hindi);
    m_englishButton->setChecked(!hindi);
}

void SetupWizard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWizard::changeEvent(event);
}

Office SetupWizard::office() const
{
    return m_officeForm->office();
}

bool SetupWizard::validateOffice()
{
    const auto problems = OfficeProfile::validate(office());
    if (problems.isEmpty()) {
        m_officeError->clear();
        return true;
    }
    m_officeError->setText(problems.first().message);
    m_officeForm->focusField(problems.first().field);
    return false;
}

bool SetupWizard::validateAdmin()
{
    QString problem;
    if (m_userName->text().trimmed().isEmpty())
        problem = tr("Enter a user name for the administrator.");
    else if (auto n = UserDirectory::validateUserName(m_userName->text().trimmed()); !n)
        problem = n.error().message;
    else if (m_fullName->text().trimmed().isEmpty())
        problem = tr("Enter the administrator's full name.");
    else if (auto s = UserDirectory::validatePassword(m_password->text()); !s)
        problem = s.error().message;
    else if (m_password->text() != m_confirm->text())
        problem = tr("The two passwords differ. Type the same password twice.");
    m_adminError->setText(problem);
    return problem.isEmpty();
}

void SetupWizard::accept()
{
    // Finish does not pass through the page's own check as Next does: the same rules, on the page, first.
    if (!validateAdmin())
        return;
    auto created = OfficeSetup::create(m_bookPath, m_clock, office(), m_userName->text(), m_fullName->text(),
                                       m_password->text());
    if (!created) {
        // What was typed is put right on its page; only a book that cannot be written is a message box.
        if (created.error().code == ErrorCode::InputRejected) {
            m_adminError->setText(created.error().message);
            return;
        }
        Messages::current().error(this, tr("The book could not be created"), created.error().message);
        return;
    }
    NewOffice result = std::move(created).value();
    m_admin = result.admin;
    m_admin.language = LanguageManager::instance().language();
    (void)UserDirectory(*result.book).setLanguage(m_admin, m_admin.language);
    m_book = std::move(result.book);
    QWizard::accept();
}

}  // namespace gd::ui
