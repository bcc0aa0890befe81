#pragma once
// First start: the office profile and the first administrator, Hindi by default, English on one click.

#include "office/OfficeProfile.h"
#include "office/Users.h"
#include "storage/Book.h"

#include <QWizard>
#include <memory>

class QLabel;
class QLineEdit;
class QPushButton;

namespace gd::ui {

class OfficeForm;

class SetupWizard : public QWizard {
    Q_OBJECT
public:
    SetupWizard(QString bookPath, const Clock &clock, QWidget *parent = nullptr);
    ~SetupWizard() override;

    std::unique_ptr<Book> takeBook() { return std::move(m_book); }
    User admin() const { return m_admin; }
    Office office() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildWelcomePage();
    void buildOfficePage();
    void buildAdminPage();
    void retranslate();
    bool validateOffice();
    bool validateAdmin();

    QString m_bookPath;
    const Clock &m_clock;
    std::unique_ptr<Book> m_book;
    User m_admin;

    QWizardPage *m_welcomePage = nullptr;
    QWizardPage *m_officePage = nullptr;
    QWizardPage *m_adminPage = nullptr;
    QLabel *m_welcomeText = nullptr;
    QPushButton *m_hindiButton = nullptr;
    QPushButton *m_englishButton = nullptr;

    QList<QPair<QLabel *, const char *>> m_labels;  // label → English source text
    OfficeForm *m_officeForm = nullptr;
    QLabel *m_officeError = nullptr;

    QLineEdit *m_userName = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_confirm = nullptr;
    QLabel *m_adminError = nullptr;
    QLabel *m_userNameRule = nullptr;
    QLabel *m_passwordRule = nullptr;
};

}  // namespace gd::ui
