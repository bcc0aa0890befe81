#pragma once
// Small dialogs of the Users page: a new user, and a new password.

#include "office/Roles.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace gd::ui {

class NewUserDialog : public QDialog {
    Q_OBJECT
public:
    explicit NewUserDialog(QWidget *parent = nullptr);
    QString userName() const;
    QString fullName() const;
    Role role() const;
    QString password() const;
    void accept() override;

private:
    QLineEdit *m_userName;
    QLineEdit *m_fullName;
    QComboBox *m_role;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
};

class PasswordDialog : public QDialog {
    Q_OBJECT
public:
    // With `askOld`, the current password is asked too (a user changing their own).
    PasswordDialog(const QString &userName, bool askOld, QWidget *parent = nullptr);
    QString oldPassword() const;
    QString password() const;
    void accept() override;

private:
    QLineEdit *m_old = nullptr;
    QLineEdit *m_password;
    QLineEdit *m_confirm;
    QLabel *m_error;
};

}  // namespace gd::ui
