#pragma once
// Who is at the keyboard: user name and password, with the language switch right there.

#include "AfterFirstPaint.h"
#include "office/Users.h"

#include <QDialog>
#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gd::ui {

class LoginDialog : public QDialog {
    Q_OBJECT
public:
    LoginDialog(Book &book, const QString &officeName, QWidget *parent = nullptr);
    // At the start of the program the book is opened only once this dialog has painted (SQLite reads the whole
    // schema as it opens a book: the clerk sees the login screen that much sooner, and sooner still from a cold
    // disk). `openBook` opens it then, or at the latest when the clerk logs in, and gives nullptr when it cannot
    // be opened: the dialog then closes, rejected, for the caller to say why. Until the book is open the title is
    // `rememberedOffice` (the office's name as the last start showed it), then the book's own.
    LoginDialog(std::function<Book *()> openBook, const QString &rememberedOffice, QWidget *parent = nullptr);
    User user() const { return m_user; }
    void accept() override;
    // The office's names as the login screen shows them (Hindi, then English, on two lines); empty if unreadable.
    static QString officeTitle(Book &book);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    Book *book();

    std::function<Book *()> m_openBook;
    Book *m_book = nullptr;
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
    AfterFirstPaint m_opensTheBook;
};

}  // namespace gd::ui
