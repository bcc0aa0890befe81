#include "UsersPage.h"

#include "../ColumnFit.h"
#include "../Messages.h"
#include "../RowsModel.h"
#include "UserDialogs.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gd::ui {

UsersPage::UsersPage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(QStringLiteral("usersPage"));
    m_model = new RowsModel("gd::ui::UsersPage",
                            {QT_TR_NOOP("User name"), QT_TR_NOOP("Full name"), QT_TR_NOOP("Role"), QT_TR_NOOP("Language"),
                             QT_TR_NOOP("Account")},
                            this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("usersTableView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    const auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_add = button("addUserButton");
    m_reset = button("resetPasswordButton");
    m_unlock = button("unlockButton");
    m_active = button("switchActiveButton");
    m_own = button("changeOwnPasswordButton");
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_reset, m_unlock, m_active})
        buttons->addWidget(b);
    buttons->addStretch();
    buttons->addWidget(m_own);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("usersStatusLabel"));
    m_status->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    connect(m_add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_unlock, &QPushButton::clicked, this, &UsersPage::unlock);
    connect(m_active, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_own, &QPushButton::clicked, this, &UsersPage::changeOwnPassword);
    retranslate();
    refreshWhenShown();
}

void UsersPage::retranslate()
{
    m_add->setText(tr("&Add user…"));
    m_reset->setText(tr("&Reset password…"));
    m_unlock->setText(tr("U&nlock"));
    m_active->setText(tr("Switch &off / on"));
    m_own->setText(tr("&Change my password…"));
    m_model->retranslate();
    refreshWhenShown();
}

void UsersPage::refresh()
{
    auto users = UserDirectory(workspace().book()).list();
    QList<QStringList> rows;
    if (users) {
        const QDateTime now = workspace().clock().now();
        for (const User &u : users.value()) {
            QString state = u.active ? tr("active") : tr("switched off");
            if (u.lockedUntil.isValid() && u.lockedUntil > now)
                state = tr("locked until %1").arg(u.lockedUntil.toString(QStringLiteral("HH:mm")));
            rows.append({u.userName, u.fullName, Roles::displayName(u.role),
                         u.language == u"hi" ? QStringLiteral("हिन्दी") : QStringLiteral("English"), state});
        }
    }
    m_model->setRows(rows);
    fitColumns(m_table, [table = m_table] { table->resizeColumnsToContents(); });
    const bool manage = workspace().may(Right::ManageUsers);
    for (QPushButton *b : {m_add, m_reset, m_unlock, m_active})
        b->setEnabled(manage);
}

QString UsersPage::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->row(rows.first().row()).value(0);
}

void UsersPage::report(const Status &status, const QString &done)
{
    if (!status) {
        Messages::current().error(this, tr("Users"), status.error().message);
        return;
    }
    refresh();
    m_status->setText(done);
}

void UsersPage::addUser()
{
    NewUserDialog dialog(this);
    while (dialog.exec() == QDialog::Accepted) {
        auto added = UserDirectory(workspace().book())
                         .add(workspace().user(), dialog.userName(), dialog.fullName(), dialog.role(), dialog.password());
        if (added)
            return report({}, tr("Added the user \"%1\".").arg(added.value().userName));
        Messages::current().error(this, tr("Users"), added.error().message);
    }
}

void UsersPage::resetPassword()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return Messages::current().info(this, tr("Users"), tr("Choose a user in the list first."));
    PasswordDialog dialog(name, false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(UserDirectory(workspace().book()).resetPassword(workspace().user(), name, dialog.password()),
           tr("The password of \"%1\" was reset.").arg(name));
}

void UsersPage::unlock()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return Messages::current().info(this, tr("Users"), tr("Choose a user in the list first."));
    report(UserDirectory(workspace().book()).unlock(workspace().user(), name), tr("\"%1\" is unlocked.").arg(name));
}

void UsersPage::toggleActive()
{
    const QString name = selectedUser();
    if (name.isEmpty())
        return Messages::current().info(this, tr("Users"), tr("Choose a user in the list first."));
    UserDirectory users(workspace().book());
    auto user = users.find(name);
    if (!user)
        return report(user.error(), QString());
    const bool active = !user.value().active;
    report(users.setActive(workspace().user(), name, active),
           active ? tr("\"%1\" is switched on.").arg(name) : tr("\"%1\" is switched off.").arg(name));
}

void UsersPage::changeOwnPassword()
{
    PasswordDialog dialog(workspace().user().userName, true, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    report(UserDirectory(workspace().book()).changeOwnPassword(workspace().user(), dialog.oldPassword(), dialog.password()),
           tr("Your password was changed."));
}

}  // namespace gd::ui
