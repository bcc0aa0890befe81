#include "Schema.h"

#include "AuditLog.h"
#include "Book.h"

namespace gd {

namespace {

Status run(Book &book, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto r = book.exec(sql); !r)
            return r.error();
    }
    return {};
}

// Version 1: the office, its users and settings, the audit log and the backup log.
Status stepFoundation(Book &book)
{
    if (auto s = AuditLog::createTable(book); !s)
        return s;
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE office ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL,"
                           " lgd_code TEXT NOT NULL, lgd_valid_from TEXT,"
                           " block TEXT NOT NULL DEFAULT '', district TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL DEFAULT '', state_lgd_code TEXT NOT NULL DEFAULT '',"
                           " address TEXT NOT NULL DEFAULT '', villages TEXT NOT NULL DEFAULT '',"
                           " secretary_name TEXT NOT NULL DEFAULT '', pradhan_name TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY,"
                           " user_name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " full_name TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('admin','secretary','operator','auditor')),"
                           " password_hash TEXT NOT NULL,"
                           " language TEXT NOT NULL DEFAULT 'hi' CHECK (language IN ('hi','en')),"
                           " active INTEGER NOT NULL DEFAULT 1,"
                           " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                           " locked_until TEXT,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE backup_log ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " place TEXT NOT NULL,"
                           " ok INTEGER NOT NULL,"
                           " message TEXT NOT NULL DEFAULT '',"
                           " actor TEXT NOT NULL DEFAULT '')"),
        });
        !s)
        return s;
    for (const QString &table : {QStringLiteral("settings"), QStringLiteral("office"), QStringLiteral("backup_log")}) {
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    }
    // Password hashes never enter the audit log; that a password changed does.
    return AuditLog::installTriggers(book, QStringLiteral("users"), {QStringLiteral("password_hash")});
}

}  // namespace

const std::vector<Schema::Step> &Schema::steps()
{
    static const std::vector<Step> list = {
        {1, QStringLiteral("office, users, settings, audit log, backup log"), stepFoundation},
    };
    return list;
}

int Schema::latestVersion()
{
    return steps().back().version;
}

Status Schema::migrate(Book &book, int from, int to)
{
    if (to < 0)
        to = latestVersion();
    for (const Step &step : steps()) {
        if (step.version <= from || step.version > to)
            continue;
        Status s = book.transact([&]() -> Status {
            if (auto applied = step.apply(book); !applied)
                return applied;
            if (auto r = book.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
                return r.error();
            return {};
        });
        if (!s)
            return makeError(s.error().code, tr("The book could not be upgraded to version %1 (%2). It was left "
                                                "as it was; a backup was taken first.")
                                                 .arg(step.version)
                                                 .arg(s.error().message));
    }
    return {};
}

Result<QString> Schema::describe(const Book &book)
{
    auto q = book.exec(QStringLiteral(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master ORDER BY type, name"));
    if (!q)
        return q.error();
    QString out;
    while (q.value().next()) {
        out += q.value().value(0).toString() + u' ' + q.value().value(1).toString() + u' '
            + q.value().value(2).toString() + u'\n' + q.value().value(3).toString() + u'\n';
    }
    return out;
}

}  // namespace gd
