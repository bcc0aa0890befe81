#include "office/Users.h"

#include "base/Text.h"
#include "storage/Book.h"

#include <QRegularExpression>
#include <QSqlQuery>
#include <atomic>
#include <sodium.h>

namespace gd {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

struct SaltSeed {
    quint64 seed = 0;
    quint64 used = 0;
};
thread_local SaltSeed *t_saltSeed = nullptr;

// Argon2id with a salt worked out from the seed and a count, written as crypto_pwhash_str writes its own
// ($argon2id$v=19$m=…,t=…,p=1$salt$hash, base64 without padding), so that the same verify reads it.
QString seededHash(const QByteArray &pw, SaltSeed &seed)
{
    unsigned char salt[crypto_pwhash_SALTBYTES];
    const quint64 input[2] = {seed.seed, seed.used++};
    crypto_generichash(salt, sizeof salt, reinterpret_cast<const unsigned char *>(input), sizeof input, nullptr, 0);
    unsigned char key[32];
    if (crypto_pwhash(key, sizeof key, pw.constData(), static_cast<unsigned long long>(pw.size()), salt,
                      crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return {};
    const auto base64 = [](const unsigned char *bytes, size_t size) {
        QByteArray out(int(sodium_base64_ENCODED_LEN(size, sodium_base64_VARIANT_ORIGINAL_NO_PADDING)), '\0');
        sodium_bin2base64(out.data(), size_t(out.size()), bytes, size, sodium_base64_VARIANT_ORIGINAL_NO_PADDING);
        return QString::fromLatin1(out.constData());
    };
    return QStringLiteral("$argon2id$v=19$m=%1,t=%2,p=1$%3$%4")
        .arg(crypto_pwhash_MEMLIMIT_INTERACTIVE / 1024)
        .arg(crypto_pwhash_OPSLIMIT_INTERACTIVE)
        .arg(base64(salt, sizeof salt), base64(key, sizeof key));
}

QString hashPassword(const QString &password)
{
    const QByteArray pw = password.toUtf8();
    if (t_saltSeed)
        return sodiumReady() ? seededHash(pw, *t_saltSeed) : QString();
    char out[crypto_pwhash_STRBYTES];
    if (!sodiumReady() || crypto_pwhash_str(out, pw.constData(), static_cast<unsigned long long>(pw.size()),
                                            crypto_pwhash_OPSLIMIT_INTERACTIVE, crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(out);
}

std::atomic<int> g_passwordChecks{0};

// What an unknown user name is checked against: a hash made with the same work as every real one (of 32 random
// bytes, so that no password matches it), so that the time a refusal takes does not tell which names exist.
const QString kNobody = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$KBJf9YFGUnHwlKMC7T8iVg$TtDOVAzWFd8mvHZR5peRHCV9Bwtgq4TbQMCvLKgFATU");

bool passwordMatches(const QString &hash, const QString &password)
{
    ++g_passwordChecks;
    const QByteArray pw = password.toUtf8();
    const QByteArray h = hash.toLatin1();
    return sodiumReady() && crypto_pwhash_str_verify(h.constData(), pw.constData(), static_cast<unsigned long long>(pw.size())) == 0;
}

const QString kColumns = QStringLiteral("id, user_name, full_name, role, language, active, failed_attempts, locked_until");

User readUser(const QSqlQuery &q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.userName = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = Roles::fromCode(q.value(3).toString()).value_or(Role::Auditor);
    u.language = q.value(4).toString();
    u.active = q.value(5).toBool();
    u.failedAttempts = q.value(6).toInt();
    u.lockedUntil = q.value(7).isNull() ? QDateTime() : QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
    return u;
}

// Changes made while logging in are recorded under the name being tried.
class ActorScope {
public:
    ActorScope(Book &book, const QString &name) : m_book(book), m_saved(book.actor()) { book.setActor(name); }
    ~ActorScope() { m_book.setActor(m_saved); }

private:
    Book &m_book;
    QString m_saved;
};

}  // namespace

UserDirectory::UserDirectory(Book &book) : m_book(book) {}

Status UserDirectory::validatePassword(const QString &password)
{
    if (password.size() < kMinPasswordLength)
        return makeError(ErrorCode::InputRejected,
                         tr("A password needs at least %1 characters.").arg(kMinPasswordLength));
    return {};
}

Status UserDirectory::validateUserName(const QString &userName)
{
    static const QRegularExpression namePattern(QStringLiteral("^[\\w.\\-]{3,32}$"),
                                                QRegularExpression::UseUnicodePropertiesOption);
    if (!namePattern.match(userName).hasMatch())
        return makeError(ErrorCode::InputRejected,
                         tr("A user name has 3 to 32 letters or digits (a dot, dash or underscore is allowed), "
                            "with no spaces."));
    return {};
}

Status UserDirectory::validateNew(const QString &userName, const QString &fullName, const QString &password) const
{
    if (auto s = validateUserName(userName); !s)
        return s;
    if (fullName.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Enter the user's full name."));
    if (auto existing = find(userName); existing)
        return makeError(ErrorCode::InputRejected, tr("There is already a user named \"%1\".").arg(userName));
    return validatePassword(password);
}

Result<User> UserDirectory::insert(const QString &userNameIn, const QString &fullNameIn, Role role, const QString &password)
{
    const QString userName = text::normalized(userNameIn);
    const QString fullName = text::normalized(fullNameIn);
    if (auto s = validateNew(userName, fullName, password); !s)
        return s.error();
    const QString hash = hashPassword(password);
    if (hash.isEmpty())
        return makeError(ErrorCode::Storage, tr("The password could not be protected (out of memory?). Try again."));
    Status s = m_book.write(QStringLiteral("INSERT INTO users (user_name, full_name, role, password_hash, created_at) "
                                            "VALUES (?, ?, ?, ?, ?)"),
                             {userName, fullName, Roles::code(role), hash, m_book.clock().now().toString(Qt::ISODate)});
    if (!s)
        return s.error();
    return find(userName);
}

Result<User> UserDirectory::createFirstAdmin(const QString &userName, const QString &fullName, const QString &password)
{
    auto n = count();
    if (!n)
        return n.error();
    if (n.value() > 0)
        return makeError(ErrorCode::NotAllowed, tr("This book has users already; the administrator adds new ones."));
    ActorScope actor(m_book, text::normalized(userName));
    return insert(userName, fullName, Role::Admin, password);
}

Result<User> UserDirectory::add(const User &by, const QString &userName, const QString &fullName, Role role,
                                const QString &password)
{
    if (auto s = Roles::require(by.role, Right::ManageUsers); !s)
        return s.error();
    return insert(userName, fullName, role, password);
}

Result<User> UserDirectory::find(const QString &userName) const
{
    auto q = m_book.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE user_name = ?"),
                         {text::normalized(userName)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("There is no user named \"%1\".").arg(userName.trimmed()));
    return readUser(q.value());
}

Result<QList<User>> UserDirectory::list() const
{
    auto q = m_book.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users ORDER BY user_name"));
    if (!q)
        return q.error();
    QList<User> users;
    while (q.value().next())
        users.append(readUser(q.value()));
    return users;
}

Result<int> UserDirectory::count() const
{
    auto n = m_book.scalar(QStringLiteral("SELECT count(*) FROM users"));
    if (!n)
        return n.error();
    return n.value().toInt();
}

int UserDirectory::passwordChecks()
{
    return g_passwordChecks;
}

Result<User> UserDirectory::login(const QString &userName, const QString &password)
{
    const Error wrong = makeError(ErrorCode::NotAllowed, tr("The user name or the password is wrong. Check the "
                                                            "keyboard language (Hindi/English) and try again."));
    auto q = m_book.exec(QStringLiteral("SELECT ") + kColumns + QStringLiteral(", password_hash FROM users WHERE user_name = ?"),
                         {text::normalized(userName)});
    if (!q)
        return q.error();
    if (!q.value().next()) {
        (void)passwordMatches(kNobody, password);
        return wrong;
    }
    User user = readUser(q.value());
    const QString hash = q.value().value(8).toString();
    q.value().finish();
    if (!user.active)
        return makeError(ErrorCode::NotAllowed, tr("The account \"%1\" is switched off. Ask the administrator.").arg(user.userName));
    const QDateTime now = m_book.clock().now();
    if (user.lockedUntil.isValid() && user.lockedUntil > now) {
        const qint64 minutes = (now.secsTo(user.lockedUntil) + 59) / 60;
        return makeError(ErrorCode::NotAllowed, tr("The account \"%1\" is locked after %2 wrong passwords. Try again in "
                                                   "%3 minute(s), or ask the administrator to unlock it.")
                                                    .arg(user.userName)
                                                    .arg(kMaxWrongTries)
                                                    .arg(minutes));
    }
    ActorScope actor(m_book, user.userName);
    if (!passwordMatches(hash, password)) {
        // Counted in the book, one attempt at a time: wrong passwords tried at once from many processes each count.
        bool lock = false;
        Status s = m_book.transact([&]() -> Status {
            auto tries = m_book.scalar(QStringLiteral("UPDATE users SET failed_attempts = failed_attempts + 1 WHERE id = ? "
                                                      "RETURNING failed_attempts"),
                                       {user.id});
            if (!tries)
                return tries.error();
            lock = tries.value().toInt() >= kMaxWrongTries;
            if (!lock)
                return {};
            if (auto r = m_book.exec(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = ? WHERE id = ?"),
                                     {now.addSecs(kLockMinutes * 60).toString(Qt::ISODate), user.id});
                !r)
                return r.error();
            return {};
        });
        if (!s)
            return s.error();
        if (lock)
            return makeError(ErrorCode::NotAllowed, tr("%1 wrong passwords: the account \"%2\" is locked for %3 minutes.")
                                                        .arg(kMaxWrongTries)
                                                        .arg(user.userName)
                                                        .arg(kLockMinutes));
        return wrong;
    }
    if (user.failedAttempts != 0 || user.lockedUntil.isValid()) {
        Status s = clearLock(user.id);
        if (!s)
            return s.error();
        user.failedAttempts = 0;
        user.lockedUntil = QDateTime();
    }
    return user;
}

Status UserDirectory::clearLock(qint64 userId)
{
    return m_book.write(QStringLiteral("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?"), {userId});
}

Status UserDirectory::resetPassword(const User &by, const QString &userName, const QString &newPassword)
{
    if (auto s = Roles::require(by.role, Right::ManageUsers); !s)
        return s;
    if (auto s = validatePassword(newPassword); !s)
        return s;
    auto user = find(userName);
    if (!user)
        return user.error();
    const QString hash = hashPassword(newPassword);
    return m_book.write(QStringLiteral("UPDATE users SET password_hash = ?, failed_attempts = 0, locked_until = NULL "
                                            "WHERE id = ?"),
                             {hash, user.value().id});
}

Status UserDirectory::changeOwnPassword(const User &user, const QString &oldPassword, const QString &newPassword)
{
    auto q = m_book.scalar(QStringLiteral("SELECT password_hash FROM users WHERE id = ?"), {user.id});
    if (!q)
        return q.error();
    if (!passwordMatches(q.value().toString(), oldPassword))
        return makeError(ErrorCode::NotAllowed, tr("The current password is wrong."));
    if (auto s = validatePassword(newPassword); !s)
        return s;
    const QString hash = hashPassword(newPassword);
    return m_book.write(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {hash, user.id});
}

Status UserDirectory::unlock(const User &by, const QString &userName)
{
    if (auto s = Roles::require(by.role, Right::ManageUsers); !s)
        return s;
    auto user = find(userName);
    if (!user)
        return user.error();
    return clearLock(user.value().id);
}

Status UserDirectory::setActive(const User &by, const QString &userName, bool active)
{
    if (auto s = Roles::require(by.role, Right::ManageUsers); !s)
        return s;
    auto user = find(userName);
    if (!user)
        return user.error();
    if (!active && user.value().id == by.id)
        return makeError(ErrorCode::InputRejected, tr("You cannot switch off your own account."));
    if (!active && user.value().role == Role::Admin) {
        auto admins = m_book.scalar(QStringLiteral("SELECT count(*) FROM users WHERE role = 'admin' AND active = 1"));
        if (!admins)
            return admins.error();
        if (admins.value().toInt() <= 1)
            return makeError(ErrorCode::InputRejected, tr("The last active administrator cannot be switched off."));
    }
    return m_book.write(QStringLiteral("UPDATE users SET active = ? WHERE id = ?"), {active ? 1 : 0, user.value().id});
}

Status UserDirectory::setLanguage(const User &user, const QString &language)
{
    if (language != u"hi" && language != u"en")
        return makeError(ErrorCode::InputRejected, tr("The language must be hi (Hindi) or en (English)."));
    return m_book.write(QStringLiteral("UPDATE users SET language = ? WHERE id = ?"), {language, user.id});
}

UserDirectory::SeededSalts::SeededSalts(quint64 seed)
{
    t_saltSeed = new SaltSeed{seed, 0};
}

UserDirectory::SeededSalts::~SeededSalts()
{
    delete t_saltSeed;
    t_saltSeed = nullptr;
}

}  // namespace gd
