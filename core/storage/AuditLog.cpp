#include "AuditLog.h"

#include "AuditFunctions.h"
#include "Book.h"
#include "Refusals.h"
#include "Schema.h"

#include <algorithm>
#include <limits>

#include <QSqlQuery>
#include <sodium.h>

namespace gd {

namespace {

// The audited tables and the expression that gives a row's JSON; kept in a table of its own so that
// verify() compares each row with exactly what the triggers logged.
Result<QStringList> columnsOf(const Book &book, const QString &table)
{
    auto q = book.exec(QStringLiteral("SELECT name FROM pragma_table_info(?) ORDER BY cid"), {table});
    if (!q)
        return q.error();
    QStringList names;
    while (q.value().next())
        names += q.value().value(0).toString();
    return names;
}

// Each audited table with the columns its triggers log, in their order.
Result<QList<QPair<QString, QStringList>>> auditedTables(const Book &book)
{
    auto q = book.exec(QStringLiteral("SELECT name, json_columns FROM audited_tables ORDER BY name"));
    if (!q)
        return q.error();
    QList<QPair<QString, QStringList>> list;
    while (q.value().next())
        list.append({q.value().value(0).toString(), q.value().value(1).toString().split(u',')});
    return list;
}

// What a logged column's value is: the column itself, or for "sha256(c)" the SHA-256 of column c (a password
// hash is logged as its digest, never as itself).
QString valueOf(const QString &alias, const QString &logged)
{
    static const QString digest = QStringLiteral("sha256(");
    if (logged.startsWith(digest) && logged.endsWith(u')'))
        return QStringLiteral("gd_sha256(%1.\"%2\")").arg(alias, logged.mid(digest.size(), logged.size() - digest.size() - 1));
    return QStringLiteral("%1.\"%2\"").arg(alias, logged);
}

// A row as gd_json gives it (for verify: the names beside their values).
QString jsonOf(const QString &alias, const QStringList &columns)
{
    QStringList parts;
    for (const QString &c : columns)
        parts += QStringLiteral("'%1', %2").arg(c, valueOf(alias, c));
    return QStringLiteral("gd_json(") + parts.join(QStringLiteral(", ")) + u')';
}

// The same row as gd_row gives it in a trigger: the names once, then the values.
QString rowOf(const QString &alias, const QStringList &columns)
{
    QStringList values;
    for (const QString &c : columns)
        values += valueOf(alias, c);
    return QStringLiteral("gd_row('%1', %2)").arg(columns.join(u','), values.join(QStringLiteral(", ")));
}

// What a table's trigger runs to log a change: one row into the audit_append view, whose own trigger (below)
// gives it the next id, the time, the user, the link to the entry before and its hash. Written once there
// rather than in all 120 triggers, since SQLite reads every trigger's text when it opens the book.
QString logInsert(const QString &table, const QString &action, const QString &rowIdExpr, const QString &oldJson,
                  const QString &newJson)
{
    return QStringLiteral("INSERT INTO audit_append VALUES ('%2', '%1', %3, %4, %5);")
        .arg(table, action, rowIdExpr, oldJson, newJson);
}

// The view every audit trigger writes to, and the trigger that turns each row written to it into an entry of
// the audit log.
Status createAppender(Book &book)
{
    const QStringList statements = {
        QStringLiteral("DROP TRIGGER IF EXISTS audit_append_row"),
        QStringLiteral("DROP VIEW IF EXISTS audit_append"),
        QStringLiteral("CREATE VIEW audit_append (action, table_name, row_id, old_values, new_values) AS "
                       "SELECT NULL, NULL, NULL, NULL, NULL WHERE 0"),
        QStringLiteral(
            "CREATE TRIGGER audit_append_row INSTEAD OF INSERT ON audit_append BEGIN "
            "INSERT INTO audit_log (id, at, actor, action, table_name, row_id, old_values, new_values, prev_hash, hash) "
            "SELECT *, gd_audit_hash(id, at, actor, action, table_name, row_id, old_values, new_values, prev_hash) "
            "FROM (SELECT coalesce(max(id), 0) + 1 AS id, gd_now() AS at, gd_actor() AS actor, NEW.action AS action, "
            "NEW.table_name AS table_name, NEW.row_id AS row_id, NEW.old_values AS old_values, "
            "NEW.new_values AS new_values, "
            "coalesce((SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1), '') AS prev_hash FROM audit_log); END"),
    };
    for (const QString &sql : statements) {
        if (auto r = book.exec(sql); !r)
            return r.error();
    }
    return {};
}

Status writeTriggers(Book &book, const QString &table, const QStringList &columns)
{
    const QStringList statements = {
        QStringLiteral("DROP TRIGGER IF EXISTS audit_%1_insert").arg(table),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_%1_update").arg(table),
        QStringLiteral("DROP TRIGGER IF EXISTS audit_%1_delete").arg(table),
        // Not while the book's batch writer logs the table's new rows itself (Book::RowTriggersAside).
        QStringLiteral("CREATE TRIGGER audit_%1_insert AFTER INSERT ON %1 WHEN gd_by_trigger('%1') BEGIN %2 END")
            .arg(table, logInsert(table, QStringLiteral("insert"), QStringLiteral("NEW.rowid"), QStringLiteral("NULL"),
                                  rowOf(QStringLiteral("NEW"), columns))),
        QStringLiteral("CREATE TRIGGER audit_%1_update AFTER UPDATE ON %1 BEGIN %2 END")
            .arg(table, logInsert(table, QStringLiteral("update"), QStringLiteral("NEW.rowid"),
                                  rowOf(QStringLiteral("OLD"), columns), rowOf(QStringLiteral("NEW"), columns))),
        QStringLiteral("CREATE TRIGGER audit_%1_delete AFTER DELETE ON %1 BEGIN %2 END")
            .arg(table, logInsert(table, QStringLiteral("delete"), QStringLiteral("OLD.rowid"),
                                  rowOf(QStringLiteral("OLD"), columns), QStringLiteral("NULL"))),
    };
    for (const QString &sql : statements) {
        if (auto r = book.exec(sql); !r)
            return r.error();
    }
    if (auto r = book.exec(QStringLiteral("INSERT OR REPLACE INTO audited_tables (name, json_columns) VALUES (?, ?)"),
                           {table, columns.join(u',')});
        !r)
        return r.error();
    return {};
}

}  // namespace

Status AuditLog::createTable(Book &book)
{
    const QStringList statements = {
        QStringLiteral("CREATE TABLE audit_log ("
                       " id INTEGER PRIMARY KEY,"
                       " at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL,"
                       " table_name TEXT NOT NULL, row_id INTEGER NOT NULL,"
                       " old_values TEXT, new_values TEXT,"
                       " prev_hash TEXT NOT NULL, hash TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX audit_log_by_row ON audit_log (table_name, row_id, id)"),
        QStringLiteral("CREATE TABLE audited_tables (name TEXT PRIMARY KEY, json_columns TEXT NOT NULL)"),
        QStringLiteral("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, '%1'); END")
            .arg(QLatin1String(refusal::kAuditLogAppendOnly)),
        QStringLiteral("CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log "
                       "BEGIN SELECT RAISE(ABORT, '%1'); END")
            .arg(QLatin1String(refusal::kAuditLogAppendOnly)),
    };
    for (const QString &sql : statements) {
        if (auto r = book.exec(sql); !r)
            return r.error();
    }
    return createAppender(book);
}

Status AuditLog::installTriggers(Book &book, const QString &table, const QStringList &excludedColumns,
                                 const QStringList &digestedColumns)
{
    auto all = columnsOf(book, table);
    if (!all)
        return all.error();
    QStringList columns;
    for (const QString &c : all.value()) {
        if (digestedColumns.contains(c))
            columns += QStringLiteral("sha256(%1)").arg(c);
        else if (!excludedColumns.contains(c))
            columns += c;
    }
    return writeTriggers(book, table, columns);
}

Status AuditLog::reinstallTriggers(Book &book)
{
    if (auto s = createAppender(book); !s)
        return s;
    auto tables = auditedTables(book);
    if (!tables)
        return tables.error();
    for (const auto &[table, columns] : tables.value()) {
        if (auto s = writeTriggers(book, table, columns); !s)
            return s;
    }
    return {};
}

Result<QStringList> AuditLog::columns(const Book &book, const QString &table)
{
    auto names = book.scalar(QStringLiteral("SELECT json_columns FROM audited_tables WHERE name = ?"), {table});
    if (!names)
        return names.error();
    if (names.value().isNull())
        return QStringList();
    return names.value().toString().split(u',');
}

Result<AuditChainEnd> AuditLog::chainEnd(Book &book)
{
    AuditChainEnd end;
    if (auto s = book.execKept(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"), {},
                               [&](KeptRow &last) -> Status {
                                   if (last.next()) {
                                       end.id = last.value(0).toLongLong();
                                       end.hash = last.value(1).toString().toUtf8();
                                   }
                                   return {};
                               });
        !s)
        return s.error();
    return end;
}

QList<Bindable> AuditLog::insertEntries(const QString &table, const QList<std::pair<qint64, QByteArray>> &rows,
                                        const QByteArray &at, const QByteArray &actor, AuditChainEnd &end)
{
    const QByteArray action = QByteArrayLiteral("insert");
    const QByteArray tableName = table.toUtf8();
    QList<Bindable> values;
    values.reserve(rows.size() * 10);
    for (const auto &[rowId, json] : rows) {
        ++end.id;
        audit::EntryHash hash;
        hash.add(QByteArray::number(end.id));
        hash.add(at);
        hash.add(actor);
        hash.add(action);
        hash.add(tableName);
        hash.add(QByteArray::number(rowId));
        hash.addNull();  // no old values
        hash.add(json);
        hash.add(end.hash);
        const QByteArray hex = hash.hex();
        values << Bindable::integerValue(end.id) << Bindable::text(at) << Bindable::text(actor) << Bindable::text(action)
               << Bindable::text(tableName) << Bindable::integerValue(rowId) << Bindable() << Bindable::text(json)
               << Bindable::text(end.hash) << Bindable::text(hex);
        end.hash = hex;
    }
    return values;
}

Status AuditLog::writeEntries(Book &book, const QList<Bindable> &entries)
{
    return book.insertRows(QStringLiteral("INSERT INTO audit_log (id, at, actor, action, table_name, row_id, "
                                          "old_values, new_values, prev_hash, hash)"),
                           10, entries);
}

QString AuditLog::rowHash(const QStringList &fields)
{
    // Unit separator between fields, so that moving text from one field to the next changes the hash.
    return sha256Hex(fields.join(QChar(0x1F)).toUtf8());
}

QString AuditLog::sha256Hex(const QByteArray &data)
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256(digest, reinterpret_cast<const unsigned char *>(data.constData()),
                       static_cast<unsigned long long>(data.size()));
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), sizeof digest).toHex());
}

namespace {

QString kindOf(const QString &type)
{
    if (type == QLatin1String("table"))
        return AuditLog::tr("table");
    if (type == QLatin1String("index"))
        return AuditLog::tr("index");
    if (type == QLatin1String("view"))
        return AuditLog::tr("view");
    return AuditLog::tr("trigger");
}

// What differs between the objects a book should hold and those it holds ("type name" → SQL), each named.
QStringList structureProblems(const QMap<QString, QString> &expected, const QMap<QString, QString> &found)
{
    QStringList problems;
    const auto named = [](const QString &key) {
        const qsizetype space = key.indexOf(u' ');
        return std::pair{kindOf(key.left(space)), key.mid(space + 1)};
    };
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        const auto [kind, name] = named(it.key());
        if (!found.contains(it.key()))
            problems += AuditLog::tr("%1 %2 is missing").arg(kind, name);
        else if (found.value(it.key()) != it.value())
            problems += AuditLog::tr("%1 %2 is not as GramDesk made it").arg(kind, name);
    }
    for (auto it = found.cbegin(); it != found.cend(); ++it) {
        if (!expected.contains(it.key())) {
            const auto [kind, name] = named(it.key());
            problems += AuditLog::tr("%1 %2 was added").arg(kind, name);
        }
    }
    return problems;
}

}  // namespace

Result<AuditVerification> AuditLog::verify(const Book &book)
{
    AuditVerification report;
    if (book.version() == 0)
        return report;  // an empty book from before the first schema step has nothing to check
    auto q = book.exec(QStringLiteral("SELECT id, at, actor, action, table_name, row_id, old_values, new_values, "
                                      "prev_hash, hash FROM audit_log ORDER BY id"));
    if (!q)
        return q.error();
    QString previous;
    qint64 expectedId = 1;
    QSqlQuery &rows = q.value();
    while (rows.next()) {
        const qint64 id = rows.value(0).toLongLong();
        const auto bad = [&](const QString &problem) {
            report.ok = false;
            report.firstBadId = id;
            report.problem = problem;
        };
        if (id != expectedId) {
            bad(tr("Audit entry %1 is missing: the audit log was cut.").arg(expectedId));
            return report;
        }
        QStringList fields;
        for (int i = 0; i < 8; ++i)
            fields += rows.value(i).toString();
        const QString prev = rows.value(8).toString();
        if (prev != previous) {
            bad(tr("Audit entry %1 does not follow the entry before it: entries were removed or inserted.").arg(id));
            return report;
        }
        fields += prev;
        const QString hash = rows.value(9).toString();
        if (rowHash(fields) != hash) {
            bad(tr("Audit entry %1 was altered after it was written.").arg(id));
            return report;
        }
        previous = hash;
        ++expectedId;
        ++report.rowsChecked;
    }

    // The book must hold what this program makes, and no more: a trigger dropped, a table taken off the list of
    // audited ones or a trigger added would let changes pass unlogged. A book of an earlier version is held to
    // its own list until it is upgraded (and checked again then).
    auto tables = auditedTables(book);
    if (!tables)
        return tables.error();
    if (book.version() == Schema::latestVersion()) {
        auto expected = Schema::expected();
        if (!expected)
            return expected.error();
        auto objects = Schema::objects(book);
        if (!objects)
            return objects.error();
        QStringList problems = structureProblems(expected.value().objects, objects.value());
        if (tables.value() != expected.value().audited)
            problems += tr("the list of audited tables in the book was changed");
        if (!problems.isEmpty()) {
            report.ok = false;
            report.problem = tr("The book's structure was changed outside GramDesk: %1.").arg(problems.join(QStringLiteral("; ")));
            return report;
        }
        tables = expected.value().audited;
    }

    // Every audited row must look exactly as the log last saw it, and nothing may vanish unlogged.
    for (const auto &[table, columns] : tables.value()) {
        const QString json = jsonOf(QStringLiteral("t"), columns);
        auto changed = book.scalar(
            QStringLiteral("SELECT t.rowid FROM \"%1\" AS t WHERE %2 IS NOT "
                           "(SELECT a.new_values FROM audit_log a WHERE a.table_name = ? AND a.row_id = t.rowid "
                           " ORDER BY a.id DESC LIMIT 1) LIMIT 1")
                .arg(table, json),
            {table});
        if (!changed)
            return changed.error();
        if (!changed.value().isNull()) {
            report.ok = false;
            report.problem = tr("Row %1 of %2 was changed outside GramDesk (it differs from the audit log).")
                                 .arg(changed.value().toString(), table);
            // A password hash put in place behind GramDesk's back (another user's, whose password is known) is
            // named as such.
            if (columns.contains(QStringLiteral("sha256(password_hash)"))) {
                auto name = book.scalar(
                    QStringLiteral("SELECT t.user_name FROM \"%1\" AS t WHERE t.rowid = ? AND gd_sha256(t.password_hash) IS NOT "
                                   "(SELECT a.new_values ->> '$.\"sha256(password_hash)\"' FROM audit_log a WHERE a.table_name = ? "
                                   "AND a.row_id = t.rowid ORDER BY a.id DESC LIMIT 1)")
                        .arg(table),
                    {changed.value(), table});
                if (!name)
                    return name.error();
                if (!name.value().isNull())
                    report.problem = tr("The password of user %1 was changed outside GramDesk (its hash differs from "
                                        "the audit log).")
                                         .arg(name.value().toString());
            }
            return report;
        }
        auto vanished = book.scalar(
            QStringLiteral("SELECT a.row_id FROM audit_log a WHERE a.table_name = ? AND a.action <> 'delete' "
                           "AND a.id = (SELECT max(b.id) FROM audit_log b WHERE b.table_name = a.table_name "
                           "AND b.row_id = a.row_id) "
                           "AND NOT EXISTS (SELECT 1 FROM \"%1\" t WHERE t.rowid = a.row_id) LIMIT 1")
                .arg(table),
            {table});
        if (!vanished)
            return vanished.error();
        if (!vanished.value().isNull()) {
            report.ok = false;
            report.problem = tr("Row %1 of %2 was deleted outside GramDesk.").arg(vanished.value().toString(), table);
            return report;
        }
    }
    return report;
}

namespace {

// The times of a period's entries lie in [low, high): an entry's time is ISO text ("2026-11-22T10:30:00"), so a
// day's entries sort from its date on; "~" sorts after every time.
std::pair<QString, QString> timesOf(const QDate &from, const QDate &to)
{
    return {from.isValid() ? from.toString(Qt::ISODate) : QString(),
            to.isValid() ? to.addDays(1).toString(Qt::ISODate) : QStringLiteral("~")};
}

}  // namespace

Result<AuditLog::Period> AuditLog::find(const Book &book, const QDate &from, const QDate &to)
{
    Period p;
    p.from = from;
    p.to = to;
    const auto [low, high] = timesOf(from, to);
    // One pass over the times; the pages then read between the ids found, newest first, by the table's key.
    auto q = book.exec(QStringLiteral("SELECT coalesce(min(id), 1), coalesce(max(id), 0), count(*) FROM audit_log"
                                      " WHERE at >= ? AND at < ?"),
                       {low, high});
    if (!q)
        return q.error();
    if (q.value().next()) {
        p.firstId = q.value().value(0).toLongLong();
        p.lastId = q.value().value(1).toLongLong();
        p.entries = q.value().value(2).toLongLong();
    }
    return p;
}

Result<QList<AuditRow>> AuditLog::page(const Book &book, qint64 offset, int limit)
{
    Period all;
    all.lastId = std::numeric_limits<qint64>::max();
    return page(book, all, offset, limit);
}

Result<QList<AuditRow>> AuditLog::page(const Book &book, const Period &period, qint64 offset, int limit)
{
    // Between the ids, the times are asked again: a clock set wrong for a while may have written an entry of
    // another day among them.
    const auto [low, high] = timesOf(period.from, period.to);
    auto q = book.exec(QStringLiteral("SELECT id, at, actor, action, table_name, row_id, coalesce(old_values, ''), "
                                      "coalesce(new_values, '') FROM audit_log WHERE id BETWEEN ? AND ? AND at >= ? AND at < ?"
                                      " ORDER BY id DESC LIMIT ? OFFSET ?"),
                       {period.firstId, period.lastId, low, high, limit, offset});
    if (!q)
        return q.error();
    QList<AuditRow> rows;
    while (q.value().next()) {
        AuditRow r;
        r.id = q.value().value(0).toLongLong();
        r.at = q.value().value(1).toString();
        r.actor = q.value().value(2).toString();
        r.action = q.value().value(3).toString();
        r.table = q.value().value(4).toString();
        r.rowId = q.value().value(5).toLongLong();
        r.oldValues = q.value().value(6).toString();
        r.newValues = q.value().value(7).toString();
        rows.append(r);
    }
    return rows;
}

Result<qint64> AuditLog::count(const Book &book)
{
    // The newest id, read from the end of the table, rather than count(*), which reads all of it (the home screen
    // asks at every start: 15 ms on ten years of entries from a warm disk, far longer from a cold one). The ids
    // are the count: each entry takes the id after the chain's end, and entries are never deleted.
    auto n = book.scalar(QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log"));
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

}  // namespace gd
