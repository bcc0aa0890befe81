#pragma once
// Who may do what: the one table of rights that the GUI and the CLI both obey.

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace gd {

enum class Role { Admin, Secretary, Operator, Auditor };

enum class Right {
    ManageUsers,   // add users, reset passwords, unlock, deactivate
    EditOffice,    // the office profile
    EditSettings,  // weekly off, fees, digits
    EnterEntries,  // write register entries
    CloseBooks,    // close a day or a month
    Backup,        // make a backup copy
    Restore,       // replace the book with a backup
    Verify,        // check integrity and the audit chain
    Read,          // see and print everything
};

class Roles {
    Q_DECLARE_TR_FUNCTIONS(gd::Roles)
public:
    static bool has(Role role, Right right);
    static QString code(Role role);  // admin, secretary, operator, auditor
    static std::optional<Role> fromCode(const QString &code);
    static QString displayName(Role role);    // translated
    static const char *displaySource(Role role);  // the same untranslated, for a printout's own language ("gd::Roles")
    static QString displayName(Right right);  // translated
    // NotAllowed with a message that names the right and the role, or ok.
    static Status require(Role role, Right right);
};

}  // namespace gd
