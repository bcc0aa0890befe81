#pragma once
// The office's users: add, reset a password, unlock, switch off; everyone may change their own password.

#include "Page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace gd::ui {

class RowsModel;

class UsersPage : public Page {
    Q_OBJECT
public:
    explicit UsersPage(Workspace &workspace, QWidget *parent = nullptr);
    QString title() const override { return tr("Users"); }
    void refresh() override;

protected:
    void retranslate() override;

private:
    QString selectedUser() const;
    void addUser();
    void resetPassword();
    void unlock();
    void toggleActive();
    void changeOwnPassword();
    void report(const Status &status, const QString &done);

    RowsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_reset = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_active = nullptr;
    QPushButton *m_own = nullptr;
};

}  // namespace gd::ui
