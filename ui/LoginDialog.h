#pragma once
// Who is at the keyboard: user name and password, with the language switch right there.

#include "Users.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gd::ui {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(Book &book, const QString &officeName, QWidget *parent = nullptr);
    User user() const { return m_user; }
    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    Book &m_book;
    User m_user;
    QString m_officeName;
    QLabel *m_title = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_passwordLabel = nullptr;
    QLineEdit *m_userName = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_languageButton = nullptr;
    QPushButton *m_loginButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

}  // namespace gd::ui
