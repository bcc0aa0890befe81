#include "UserDialogs.h"

#include "../HindiKeyboard.h"
#include "office/Users.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace gd::ui {

namespace {

QLineEdit *passwordEdit(const char *name, QWidget *parent)
{
    auto *e = new QLineEdit(parent);
    e->setObjectName(QString::fromLatin1(name));
    e->setEchoMode(QLineEdit::Password);
    return e;
}

QLabel *errorLabel(QWidget *parent)
{
    auto *l = new QLabel(parent);
    l->setObjectName(QStringLiteral("dialogErrorLabel"));
    l->setStyleSheet(QStringLiteral("color: #b00020;"));
    l->setWordWrap(true);
    return l;
}

QDialogButtonBox *okCancel(QDialog *dialog, const QString &okText)
{
    auto *b = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    b->button(QDialogButtonBox::Ok)->setText(okText);
    b->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    b->button(QDialogButtonBox::Cancel)->setText(QCoreApplication::translate("gd::ui::NewUserDialog", "Cancel"));
    QObject::connect(b, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(b, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return b;
}

}  // namespace

NewUserDialog::NewUserDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("newUserDialog"));
    setWindowTitle(tr("New user"));
    auto *form = new QFormLayout(this);
    m_userName = new QLineEdit(this);
    HindiKeyboard::keepLatin(m_userName);  // user names are Latin letters
    m_userName->setObjectName(QStringLiteral("newUserNameLineEdit"));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("newFullNameLineEdit"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("roleComboBox"));
    for (Role r : {Role::Operator, Role::Secretary, Role::Auditor, Role::Admin})
        m_role->addItem(Roles::displayName(r), Roles::code(r));
    m_password = passwordEdit("newPasswordLineEdit", this);
    m_confirm = passwordEdit("confirmPasswordLineEdit", this);
    m_error = errorLabel(this);
    form->addRow(tr("User name:"), m_userName);
    form->addRow(tr("Full name:"), m_fullName);
    form->addRow(tr("Role:"), m_role);
    form->addRow(tr("Password:"), m_password);
    form->addRow(tr("Password again:"), m_confirm);
    form->addRow(m_error);
    form->addRow(okCancel(this, tr("Add user")));
}

QString NewUserDialog::userName() const { return m_userName->text(); }
QString NewUserDialog::fullName() const { return m_fullName->text(); }
Role NewUserDialog::role() const { return Roles::fromCode(m_role->currentData().toString()).value_or(Role::Operator); }
QString NewUserDialog::password() const { return m_password->text(); }

void NewUserDialog::accept()
{
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("The two passwords differ. Type the same password twice."));
        return;
    }
    QDialog::accept();
}

PasswordDialog::PasswordDialog(const QString &userName, bool askOld, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("passwordDialog"));
    setWindowTitle(tr("New password for %1").arg(userName));
    auto *form = new QFormLayout(this);
    if (askOld) {
        m_old = passwordEdit("oldPasswordLineEdit", this);
        form->addRow(tr("Current password:"), m_old);
    }
    m_password = passwordEdit("newPasswordLineEdit", this);
    m_confirm = passwordEdit("confirmPasswordLineEdit", this);
    m_error = errorLabel(this);
    form->addRow(tr("New password:"), m_password);
    form->addRow(tr("New password again:"), m_confirm);
    form->addRow(m_error);
    form->addRow(okCancel(this, tr("Set password")));
}

QString PasswordDialog::oldPassword() const { return m_old ? m_old->text() : QString(); }
QString PasswordDialog::password() const { return m_password->text(); }

void PasswordDialog::accept()
{
    if (auto s = UserDirectory::validatePassword(m_password->text()); !s) {
        m_error->setText(s.error().message);
        return;
    }
    if (m_password->text() != m_confirm->text()) {
        m_error->setText(tr("The two passwords differ. Type the same password twice."));
        return;
    }
    QDialog::accept();
}

}  // namespace gd::ui
