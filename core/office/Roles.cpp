#include "office/Roles.h"

namespace gd {

bool Roles::has(Role role, Right right)
{
    switch (role) {
    case Role::Admin:
        return true;
    case Role::Secretary:
        return right != Right::ManageUsers;
    case Role::Operator:
        return right == Right::EnterEntries || right == Right::Backup || right == Right::Verify || right == Right::Read;
    case Role::Auditor:
        return right == Right::Verify || right == Right::Read;
    }
    return false;
}

QString Roles::code(Role role)
{
    switch (role) {
    case Role::Admin:
        return QStringLiteral("admin");
    case Role::Secretary:
        return QStringLiteral("secretary");
    case Role::Operator:
        return QStringLiteral("operator");
    case Role::Auditor:
        return QStringLiteral("auditor");
    }
    return {};
}

std::optional<Role> Roles::fromCode(const QString &code)
{
    for (Role r : {Role::Admin, Role::Secretary, Role::Operator, Role::Auditor}) {
        if (Roles::code(r) == code.trimmed().toLower())
            return r;
    }
    return std::nullopt;
}

QString Roles::displayName(Role role)
{
    return tr(displaySource(role));
}

const char *Roles::displaySource(Role role)
{
    switch (role) {
    case Role::Admin:
        return QT_TRANSLATE_NOOP("gd::Roles", "Administrator");
    case Role::Secretary:
        return QT_TRANSLATE_NOOP("gd::Roles", "Secretary");
    case Role::Operator:
        return QT_TRANSLATE_NOOP("gd::Roles", "Operator");
    case Role::Auditor:
        return QT_TRANSLATE_NOOP("gd::Roles", "Auditor (read only)");
    }
    return "";
}

QString Roles::displayName(Right right)
{
    switch (right) {
    case Right::ManageUsers:
        return tr("manage users");
    case Right::EditOffice:
        return tr("change the office profile");
    case Right::EditSettings:
        return tr("change settings");
    case Right::EnterEntries:
        return tr("make entries");
    case Right::CloseBooks:
        return tr("close a day or month");
    case Right::Backup:
        return tr("make backups");
    case Right::Restore:
        return tr("restore a backup");
    case Right::Verify:
        return tr("verify the book");
    case Right::Read:
        return tr("read the registers");
    }
    return {};
}

Status Roles::require(Role role, Right right)
{
    if (has(role, right))
        return {};
    return makeError(ErrorCode::NotAllowed, tr("A user with the role \"%1\" may not %2. Ask the administrator or "
                                               "the secretary.")
                                                .arg(displayName(role), displayName(right)));
}

}  // namespace gd
