// Kept statements: prepared once on the book's connection and run on SQLite directly, for what runs again and
// again (the rows of an import, each save, the transactions around them).
#include "Book.h"

#include <QDir>
#include <QSqlError>
#include <cerrno>
#include <sqlite3.h>

namespace gd {

Result<QVariant> Book::scalarKept(const QString &sql, const QVariantList &bindings)
{
    QVariant value;
    if (auto s = execKept(sql, bindings, [&](KeptRow &row) -> Status {
            if (row.next())
                value = row.value(0);
            return {};
        });
        !s)
        return s.error();
    return value;
}

bool KeptRow::next()
{
    if (m_started && m_step == SQLITE_ROW)
        m_step = sqlite3_step(m_statement);
    m_started = true;
    return m_step == SQLITE_ROW;
}

QVariant KeptRow::value(int column) const
{
    switch (sqlite3_column_type(m_statement, column)) {
    case SQLITE_INTEGER:
        return QVariant(qlonglong(sqlite3_column_int64(m_statement, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_statement, column));
    case SQLITE_BLOB:
        return QByteArray(static_cast<const char *>(sqlite3_column_blob(m_statement, column)),
                          sqlite3_column_bytes(m_statement, column));
    case SQLITE_NULL:
        return QVariant(QMetaType::fromType<QString>());
    default:
        return QString(static_cast<const QChar *>(sqlite3_column_text16(m_statement, column)),
                       sqlite3_column_bytes16(m_statement, column) / 2);
    }
}

Error Book::sqliteError(int rc, int osError) const
{
    auto *db = static_cast<sqlite3 *>(sqliteHandle());
    return storageError(QSqlError(QString::fromUtf8(sqlite3_errstr(rc)), db ? QString::fromUtf8(sqlite3_errmsg(db)) : QString(),
                                  QSqlError::StatementError, QString::number(db ? sqlite3_extended_errcode(db) : rc)),
                        osError);
}

Status Book::execKept(const QString &sql, const QVariantList &bindings, const std::function<Status(KeptRow &)> &read)
{
    auto *db = static_cast<sqlite3 *>(sqliteHandle());
    if (!db)
        return makeError(ErrorCode::Storage, tr("The book %1 is not open.").arg(QDir::toNativeSeparators(m_path)));
    sqlite3_stmt *statement = m_kept.value(sql);
    if (!statement) {
        if (int rc = sqlite3_prepare16_v3(db, sql.utf16(), int(sql.size() * 2), SQLITE_PREPARE_PERSISTENT, &statement, nullptr);
            rc != SQLITE_OK)
            return sqliteError(rc);
        m_kept.insert(sql, statement);
    }
    // Values bound as Qt's SQLite driver binds them.
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        const QVariant b = bindable(bindings.at(i));
        const int at = int(i) + 1;
        int rc;
        if (b.isNull()) {
            rc = sqlite3_bind_null(statement, at);
        } else {
            switch (b.typeId()) {
            case QMetaType::Bool:
            case QMetaType::Int:
            case QMetaType::UInt:
            case QMetaType::LongLong:
            case QMetaType::ULongLong:
            case QMetaType::Long:
            case QMetaType::ULong:
                rc = sqlite3_bind_int64(statement, at, b.toLongLong());
                break;
            case QMetaType::Double:
                rc = sqlite3_bind_double(statement, at, b.toDouble());
                break;
            case QMetaType::QByteArray: {
                const QByteArray bytes = b.toByteArray();
                rc = sqlite3_bind_blob(statement, at, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
                break;
            }
            default: {
                const QString text = b.toString();
                rc = sqlite3_bind_text16(statement, at, text.utf16(), int(text.size() * 2), SQLITE_TRANSIENT);
            }
            }
        }
        if (rc != SQLITE_OK) {
            sqlite3_reset(statement);
            sqlite3_clear_bindings(statement);
            return sqliteError(rc);
        }
    }
    errno = 0;
    KeptRow row(statement, sqlite3_step(statement));
    const int osError = errno;  // SQLite does not always keep it (a file-size limit met at COMMIT, for one)
    Status result;
    if (read && (row.m_step == SQLITE_ROW || row.m_step == SQLITE_DONE))
        result = read(row);
    const bool failed = row.m_step != SQLITE_ROW && row.m_step != SQLITE_DONE;  // at the first row or a later one
    // Ready for its next run.
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (failed && result)
        return sqliteError(row.m_step, osError);
    return result;
}

}  // namespace gd
