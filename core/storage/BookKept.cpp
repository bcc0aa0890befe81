// Kept statements: prepared once on the book's connection and run on SQLite directly, for what runs again and
// again (the rows of an import, each save, the transactions around them).
#include "Book.h"

#include <QDir>
#include <QSqlError>
#include <algorithm>
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

Status Book::insertRows(const QString &head, int columns, const QList<Bindable> &values, const QString &tail,
                        const std::function<Status(KeptRow &)> &read)
{
    if (columns <= 0 || values.size() % columns != 0)
        return makeError(ErrorCode::Storage, tr("The rows could not be written."));
    // Three statement sizes at most per table (64 rows, 8, 1; fewer when a row has many columns): each kept.
    const int most = std::max(1, std::min(64, 32766 / columns));
    const QString one = u'(' + QStringList(columns, QStringLiteral("?")).join(u',') + u')';
    qsizetype at = 0;
    for (int rows : {most, std::max(1, most / 8), 1}) {
        const qsizetype size = qsizetype(rows) * columns;
        if (values.size() - at < size)
            continue;
        auto statement = kept(head + QStringLiteral(" VALUES ") + QStringList(rows, one).join(u',') + tail);
        if (!statement)
            return statement.error();
        for (; values.size() - at >= size; at += size)
            if (auto s = runKept(statement.value(), values.constData() + at, size, read); !s)
                return s;
    }
    return {};
}

Book::LargeWrite::LargeWrite(Book &book) : m_book(book)
{
    if (m_book.m_checkpoint.joinable())
        m_book.m_checkpoint.join();
    // A page cache large enough that the rows written so far stay in memory until the commit (256 MB at most;
    // 100,000 visitors take about 150 MB with their audit entries and search rows): otherwise SQLite writes
    // them out to the WAL halfway, and again at the end.
    (void)m_book.exec(QStringLiteral("PRAGMA cache_size = -262144"));
    (void)m_book.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 0"));
}

Book::LargeWrite::~LargeWrite()
{
    // SQLite's defaults, which the book's connection always has: a 2 MB cache, the log copied at commits.
    (void)m_book.exec(QStringLiteral("PRAGMA cache_size = -2000"));
    (void)m_book.exec(QStringLiteral("PRAGMA wal_autocheckpoint = 1000"));
    if (m_book.m_checkpoint.joinable())
        m_book.m_checkpoint.join();
    m_book.m_checkpoint = std::thread([path = m_book.m_path.toUtf8()] {
        sqlite3 *db = nullptr;
        if (sqlite3_open_v2(path.constData(), &db, SQLITE_OPEN_READWRITE, nullptr) == SQLITE_OK) {
            sqlite3_busy_timeout(db, 5000);
            sqlite3_exec(db, "PRAGMA synchronous = FULL", nullptr, nullptr, nullptr);
            // PASSIVE: the book's own connection may go on reading and writing meanwhile.
            sqlite3_wal_checkpoint_v2(db, nullptr, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        }
        sqlite3_close(db);
    });
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

Bindable Bindable::of(const QVariant &value)
{
    // As Qt's SQLite driver binds a value, but a null QString is empty text: only an empty QVariant is NULL.
    Bindable b;
    if (!value.isValid() || (value.isNull() && value.typeId() != QMetaType::QString))
        return b;
    switch (value.typeId()) {
    case QMetaType::Bool:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::ULong:
        return integerValue(value.toLongLong());
    case QMetaType::Double:
        b.kind = Real;
        b.real = value.toDouble();
        return b;
    case QMetaType::QByteArray:
        b.kind = Blob;
        b.bytes = value.toByteArray();
        return b;
    default:
        // As UTF-8, the book's encoding: Qt's conversion is quicker than SQLite's from UTF-16.
        return text(value.toString().toUtf8());
    }
}

int Bindable::bindTo(sqlite3_stmt *statement, int at) const
{
    switch (kind) {
    case Integer:
        return sqlite3_bind_int64(statement, at, integer);
    case Real:
        return sqlite3_bind_double(statement, at, real);
    // Without a copy: the statement runs and lets the values go (Book::runKept) while they live.
    case Text:
        return sqlite3_bind_text(statement, at, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    case Blob:
        return sqlite3_bind_blob(statement, at, bytes.constData(), int(bytes.size()), SQLITE_STATIC);
    default:
        return sqlite3_bind_null(statement, at);
    }
}

Status Book::execKept(const QString &sql, const QVariantList &bindings, const std::function<Status(KeptRow &)> &read)
{
    QList<Bindable> values;
    values.reserve(bindings.size());
    for (const QVariant &b : bindings)
        values.append(Bindable::of(b));
    return execBound(sql, values, read);
}

Status Book::execBound(const QString &sql, const QList<Bindable> &bindings, const std::function<Status(KeptRow &)> &read)
{
    auto statement = kept(sql);
    if (!statement)
        return statement.error();
    return runKept(statement.value(), bindings.constData(), bindings.size(), read);
}

Result<sqlite3_stmt *> Book::kept(const QString &sql)
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
    return statement;
}

Status Book::runKept(sqlite3_stmt *statement, const Bindable *bindings, qsizetype count,
                     const std::function<Status(KeptRow &)> &read)
{
    for (qsizetype i = 0; i < count; ++i) {
        if (int rc = bindings[i].bindTo(statement, int(i) + 1); rc != SQLITE_OK) {
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
    // Ready for its next run; the values bound are let go (they were bound without a copy).
    sqlite3_reset(statement);
    sqlite3_clear_bindings(statement);
    if (failed && result)
        return sqliteError(row.m_step, osError);
    return result;
}

}  // namespace gd
