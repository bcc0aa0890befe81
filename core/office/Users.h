#pragma once
// The office's users: Argon2id passwords, lockout after wrong tries, roles, and each user's language.

#include "office/Roles.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

namespace gd {

class Book;

struct User {
    qint64 id = 0;
    QString userName;
    QString fullName;
    Role role = Role::Operator;
    QString language = QStringLiteral("hi");  // hi or en
    bool active = true;
    int failedAttempts = 0;
    QDateTime lockedUntil;  // invalid when not locked
};

class UserDirectory {
    Q_DECLARE_TR_FUNCTIONS(gd::UserDirectory)
public:
    static constexpr int kMaxWrongTries = 5;
    static constexpr int kLockMinutes = 5;
    static constexpr int kMinPasswordLength = 8;

    explicit UserDirectory(Book &book);

    // The first administrator of a new book; refused once any user exists.
    Result<User> createFirstAdmin(const QString &userName, const QString &fullName, const QString &password);
    Result<User> add(const User &by, const QString &userName, const QString &fullName, Role role,
                     const QString &password);
    // Checks the password; five wrong tries in a row lock the account for five minutes.
    // An unknown name takes the same password work as a known one, and gets the same answer as a wrong password.
    Result<User> login(const QString &userName, const QString &password);
    // How many passwords this process has checked against a hash (Argon2id's work), for tests.
    static int passwordChecks();
    Status resetPassword(const User &by, const QString &userName, const QString &newPassword);
    Status changeOwnPassword(const User &user, const QString &oldPassword, const QString &newPassword);
    Status unlock(const User &by, const QString &userName);
    Status setActive(const User &by, const QString &userName, bool active);
    Status setLanguage(const User &user, const QString &language);

    Result<QList<User>> list() const;
    Result<User> find(const QString &userName) const;
    Result<int> count() const;

    static Status validatePassword(const QString &password);
    // 3 to 32 letters or digits, a dot, dash or underscore allowed, no spaces.
    static Status validateUserName(const QString &userName);

    // While one lives (on this thread), password hashes take their salts from `seed` in turn instead of at
    // random, so that the demo makes the same book, audit hashes included, for the same --seed. A real office's
    // passwords are never hashed under one.
    class SeededSalts {
    public:
        explicit SeededSalts(quint64 seed);
        ~SeededSalts();
        SeededSalts(const SeededSalts &) = delete;
        SeededSalts &operator=(const SeededSalts &) = delete;
    };

private:
    Status validateNew(const QString &userName, const QString &fullName, const QString &password) const;
    Status clearLock(qint64 userId);
    Result<User> insert(const QString &userName, const QString &fullName, Role role, const QString &password);

    Book &m_book;
};

}  // namespace gd
