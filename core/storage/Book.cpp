#include "Book.h"

#include "AuditFunctions.h"
#include "AuditLog.h"
#include "Backup.h"
#include "BookLock.h"
#include "Recovery.h"
#include "Refusals.h"
#include "Schema.h"
#include "Seals.h"
#include "SqliteLocks.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QtEndian>
#include <atomic>
#include <cerrno>
#include <limits>
#include <memory>
#include <sodium.h>
#include <sqlite3.h>

namespace gd {

namespace {

std::atomic<int> g_connectionCounter{0};

struct Header {
    bool isSqlite = false;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
};

// Reads the 100-byte SQLite header without opening the file as a database, so that a file we refuse is
// never touched.
Header readHeader(const QString &path)
{
    Header h;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return h;
    const QByteArray bytes = f.read(100);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return h;
    h.isSqlite = true;
    h.userVersion = qFromBigEndian<quint32>(bytes.constData() + 60);
    h.applicationId = qFromBigEndian<quint32>(bytes.constData() + 68);
    return h;
}

bool writable(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo dir(info.absolutePath());
    // Permission bits too: root may write anything, but a book marked read-only must stay untouched.
    const bool fileOk = info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
    return fileOk && dir.isWritable();
}

// gd_text: how people expect names to sort (ICU through QCollator: Hindi order, digits by value, case ignored).
int gdTextCollation(void *, int n1, const void *p1, int n2, const void *p2)
{
    thread_local QCollator collator = [] {
        QCollator c{QLocale(QLocale::Hindi, QLocale::India)};
        c.setNumericMode(true);
        c.setCaseSensitivity(Qt::CaseInsensitive);
        return c;
    }();
    return collator.compare(QString::fromUtf8(static_cast<const char *>(p1), n1),
                            QString::fromUtf8(static_cast<const char *>(p2), n2));
}

}  // namespace

QString Book::readOnlyName(const QString &path)
{
    if (writable(path))
        return path;
    // On read-only media (a CD, a write-protected stick) nobody can change the book, and SQLite cannot make the
    // index of its log beside it: with no log waiting, the file is the whole book and is read as unchangeable.
    const QFileInfo wal(path + QStringLiteral("-wal"));
    QString name = QUrl::fromLocalFile(QFileInfo(path).absoluteFilePath()).toString(QUrl::FullyEncoded);
    if (!wal.exists() || wal.size() == 0)
        name += QStringLiteral("?immutable=1");
    return name;
}

void Book::removeFiles(const QString &path)
{
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm"), QStringLiteral("-journal")})
        QFile::remove(path + suffix);
}

Status Book::holdLock()
{
    auto lock = BookLock::take(m_path, m_clock.now());
    if (!lock)
        return lock.error();
    m_lock = std::move(lock).value();
    return {};
}

Status Book::holdSnapshot()
{
    if (m_snapshot)
        return {};
    if (auto begin = exec(QStringLiteral("BEGIN")); !begin)
        return begin.error();
    // The snapshot is taken at the first read.
    if (auto first = scalar(QStringLiteral("SELECT count(*) FROM sqlite_schema")); !first)
        return first.error();
    m_snapshot = true;
    return {};
}

Result<AuditVerification> Book::verifyWhole() const
{
    auto integrity = exec(QStringLiteral("PRAGMA integrity_check(20)"));
    if (!integrity)
        return integrity.error();
    QStringList problems;
    while (integrity.value().next())
        problems += integrity.value().value(0).toString();
    if (problems != QStringList{QStringLiteral("ok")}) {
        AuditVerification bad;
        bad.ok = false;
        bad.problem = tr("The book is damaged: %1.").arg(Recovery::damagedParts(m_handle, problems));
        return bad;
    }
    auto report = AuditLog::verify(*this);
    if (!report || !report.value().ok)
        return report;
    // The chain holds together; it must also pass through every seal printed or kept of it.
    auto broken = Seals::checkKnown(*this, &report.value().sealsChecked);
    if (!broken)
        return broken.error();
    if (!broken.value().isEmpty()) {
        report.value().ok = false;
        report.value().problem = broken.value();
    }
    return report;
}

Error Book::notABook(const QString &path)
{
    return makeError(ErrorCode::NotABook, tr("%1 is not a GramDesk book. Choose the office's .gramdesk file.")
                                              .arg(QDir::toNativeSeparators(path)));
}

Error Book::tooNew(const QString &path)
{
    return makeError(ErrorCode::TooNew, tr("The book %1 was saved by a newer GramDesk. Install the newer GramDesk to "
                                           "open it; the book was not changed.")
                                            .arg(QDir::toNativeSeparators(path)));
}

int Book::schemaVersion()
{
    return Schema::latestVersion();
}

Book::Book(QString path, const Clock &clock)
    : m_path(std::move(path)),
      m_connectionName(QStringLiteral("gramdesk-book-%1").arg(++g_connectionCounter)),
      m_clock(clock)
{
}

Book::~Book()
{
    close();
}

void Book::close()
{
    if (m_checkpoint.joinable())
        m_checkpoint.join();
    for (sqlite3_stmt *statement : std::as_const(m_kept))
        sqlite3_finalize(statement);
    m_kept.clear();
    auto *raw = static_cast<sqlite3 *>(m_handle);
    m_handle = nullptr;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen()) {
            QSqlQuery q(db);
            if (m_snapshot)
                q.exec(QStringLiteral("ROLLBACK"));
            if (m_access == Options::Access::Read && !m_lock && raw) {
                // A reader alone with the book (no GramDesk writes to it now) tidies up as any last connection does:
                // the log copied into the book and removed. The lock keeps a writer out until that is done.
                if (holdLock()) {
                    int persist = 0;
                    sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
                    sqlite3_file_control(raw, "main", SQLITE_FCNTL_PERSIST_WAL, &persist);
                }
            }
            if (m_access != Options::Access::Read)
                q.exec(QStringLiteral("PRAGMA optimize"));
            q.finish();
            db.close();
        }
    }
    if (QSqlDatabase::contains(m_connectionName))
        QSqlDatabase::removeDatabase(m_connectionName);
    m_lock.reset();  // only once SQLite has closed the book
}

QSqlDatabase Book::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void *Book::sqliteHandle() const
{
    return m_handle;
}

Error Book::storageError(const QSqlError &error) const
{
    return storageError(error, 0);
}

Error Book::storageError(const QSqlError &error, int osError) const
{
    int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == SQLITE_IOERR || code == SQLITE_CANTOPEN) {
        // What the operating system said decides: a full disk (or a file-size limit) and read-only media each
        // have their own message.
        auto *db = static_cast<sqlite3 *>(sqliteHandle());
        const int os = db && sqlite3_system_errno(db) ? sqlite3_system_errno(db) : osError;
        if (os == EFBIG)
            return makeError(ErrorCode::DiskFull,
                             tr("The book %1 has reached the largest file this system lets GramDesk write (a "
                                "file-size limit, such as ulimit -f), so nothing was saved. Ask the administrator to "
                                "remove the limit, then try again.")
                                 .arg(QDir::toNativeSeparators(m_path)));
        bool full = os == ENOSPC;
#ifdef EDQUOT
        full = full || os == EDQUOT;
#endif
        if (full)
            code = SQLITE_FULL;
        else if (os == EROFS || os == EACCES || os == EPERM)
            code = SQLITE_READONLY;
    }
    switch (code) {
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return makeError(ErrorCode::Locked,
                         tr("The book %1 is in use by another program. Close that program and try again.")
                             .arg(QDir::toNativeSeparators(m_path)));
    case SQLITE_FULL:
        return makeError(ErrorCode::DiskFull,
                         tr("The disk is full, so nothing was saved. Free some space (or move old backups to a "
                            "USB stick) and try again."));
    case SQLITE_READONLY:
        return makeError(ErrorCode::ReadOnly,
                         tr("The book %1 cannot be written. Copy it to a folder you may write to, or ask the "
                            "administrator for access.")
                             .arg(QDir::toNativeSeparators(m_path)));
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return makeError(ErrorCode::VerificationFailed,
                         tr("The book %1 is damaged. Restore the latest backup (Backups → Restore) and tell the "
                            "secretary.")
                             .arg(QDir::toNativeSeparators(m_path)));
    case SQLITE_CONSTRAINT:
        return constraintError(error);
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return makeError(ErrorCode::Storage,
                         tr("The disk holding the book %1 could not read or write it, so nothing was saved. Check that "
                            "the disk or USB stick is connected, then try again; restore the latest backup if it "
                            "happens again.")
                             .arg(QDir::toNativeSeparators(m_path)));
    case SQLITE_NOMEM:
        return makeError(ErrorCode::Storage, tr("The computer ran out of memory, so nothing was saved. Close other "
                                                "programs and try again."));
    default:
        // SQLite's own words are for whoever repairs the program, not for the office: its code only.
        return makeError(ErrorCode::Storage,
                         tr("The book %1 could not be read or written (error %2), so nothing was saved. Try again, "
                            "and restore the latest backup if it happens again.")
                             .arg(QDir::toNativeSeparators(m_path), error.nativeErrorCode()));
    }
}

Error Book::constraintError(const QSqlError &error)
{
    // The book's own refusals (its triggers' RAISE), each said in the office's words.
    const QString said = error.databaseText();
    for (const char *refusal : refusal::kAll) {
        if (said.contains(QLatin1String(refusal)))
            return makeError(ErrorCode::InputRejected,
                             tr("The book does not allow this change: %1. Nothing was saved.").arg(tr(refusal)));
    }
    if (said.contains(QLatin1String("UNIQUE")) || said.contains(QLatin1String("PRIMARY KEY")))
        return makeError(ErrorCode::InputRejected,
                         tr("The entry repeats one already in the book. Nothing was saved; check it and try again."));
    if (said.contains(QLatin1String("FOREIGN KEY")))
        return makeError(ErrorCode::InputRejected, tr("The entry refers to something that is not in the book. Nothing "
                                                      "was saved; check it and try again."));
    return makeError(ErrorCode::InputRejected,
                     tr("The entry has a value the book does not accept. Nothing was saved; check it and try again."));
}

QVariant Book::bindable(const QVariant &b)
{
    return b.typeId() == QMetaType::QString && b.toString().isNull() ? QVariant(QStringLiteral("")) : b;
}

Result<QSqlQuery> Book::exec(const QString &sql, const QVariantList &bindings) const
{
    QSqlQuery q(database());
    q.setForwardOnly(true);
    if (!q.prepare(sql))
        return storageError(q.lastError());
    for (const QVariant &b : bindings)
        q.addBindValue(bindable(b));
    if (!q.exec())
        return storageError(q.lastError());
    return q;
}

Result<QVariant> Book::scalar(const QString &sql, const QVariantList &bindings) const
{
    auto q = exec(sql, bindings);
    if (!q)
        return q.error();
    if (!q.value().next()) {
        if (q.value().lastError().isValid())
            return storageError(q.value().lastError());
        return QVariant();
    }
    return q.value().value(0);
}

Status Book::transact(const std::function<Status()> &body)
{
    if (m_snapshot)
        return makeError(ErrorCode::ReadOnly, tr("The book %1 is open for reading only here; nothing was saved.")
                                                  .arg(QDir::toNativeSeparators(m_path)));
    if (m_whole && m_depth > 0)
        return body();
    const bool outer = m_depth == 0;
    // Named by depth, so that the many nested writes of an import reuse a few kept statements.
    const QString savepoint = QStringLiteral("sp%1").arg(m_depth + 1);
    if (auto begin = execKept(outer ? QStringLiteral("BEGIN IMMEDIATE") : QStringLiteral("SAVEPOINT ") + savepoint, {});
        !begin)
        return begin;
    ++m_depth;
    Status result = body();
    --m_depth;
    if (result) {
        auto end = execKept(outer ? QStringLiteral("COMMIT") : QStringLiteral("RELEASE ") + savepoint, {});
        if (end)
            return {};
        result = end;
    }
    if (outer) {
        (void)execKept(QStringLiteral("ROLLBACK"), {});
    } else {
        (void)execKept(QStringLiteral("ROLLBACK TO ") + savepoint, {});
        (void)execKept(QStringLiteral("RELEASE ") + savepoint, {});
    }
    return result;
}

Status Book::transactWhole(const std::function<Status()> &body)
{
    // Inside an ordinary transaction the savepoints stay: a caller there may go on after a failure.
    if (m_depth > 0 || m_whole)
        return transact(body);
    m_whole = true;
    Status s = transact(body);
    m_whole = false;
    return s;
}

Status Book::write(const QString &sql, const QVariantList &bindings)
{
    return transact([&]() -> Status {
        if (auto r = exec(sql, bindings); !r)
            return r.error();
        return {};
    });
}

int Book::version() const
{
    auto v = scalar(QStringLiteral("PRAGMA user_version"));
    return v ? v.value().toInt() : -1;
}

Status Book::openConnection(int busyTimeoutMs)
{
    storage::guardSqliteLocks();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(m_path);
    if (m_access == Options::Access::Read && !writable(m_path)) {
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"));
        db.setDatabaseName(readOnlyName(m_path));
    }
    if (!db.open())
        return storageError(db.lastError());
    // Asked for once: kept statements and backups use it on every run.
    const QVariant handle = db.driver()->handle();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
        m_handle = *static_cast<sqlite3 *const *>(handle.data());
    if (!registerFunctions())
        return makeError(ErrorCode::Storage, tr("The book's functions could not be set up."));
    if (m_access == Options::Access::Read) {
        // A reader leaves the log to whoever writes: it never copies it into the book, nor removes it, at close.
        auto *raw = static_cast<sqlite3 *>(m_handle);
        int persist = 1;
        if (sqlite3_db_config(raw, SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr) != SQLITE_OK
            || sqlite3_file_control(raw, "main", SQLITE_FCNTL_PERSIST_WAL, &persist) != SQLITE_OK)
            return makeError(ErrorCode::Storage, tr("The book's functions could not be set up."));
    }
    const QStringList pragmas = {QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
                                 QStringLiteral("PRAGMA foreign_keys = ON"),
                                 QStringLiteral("PRAGMA trusted_schema = OFF"),
                                 QStringLiteral("PRAGMA synchronous = FULL")};
    for (const QString &p : pragmas) {
        if (auto r = exec(p); !r)
            return r.error();
    }
    return {};
}

Status Book::registerFunctions()
{
    auto *db = static_cast<sqlite3 *>(sqliteHandle());
    if (!db)
        return makeError(ErrorCode::Storage, QString());
    int rc = audit::registerFunctions(db, this) ? SQLITE_OK : SQLITE_ERROR;
    rc |= sqlite3_create_collation_v2(db, "gd_text", SQLITE_UTF8, nullptr, gdTextCollation, nullptr);
    if (rc != SQLITE_OK)
        return makeError(ErrorCode::Storage, QString());
    return {};
}

Status Book::checkHealth(bool deep)
{
    const bool writer = m_access != Options::Access::Read;
    if (deep) {
        if (const QString problem = Recovery::damage(m_path); !problem.isEmpty())
            return makeError(ErrorCode::VerificationFailed,
                             tr("The book %1 is damaged (%2). Restore the latest backup (Backups → Restore) and "
                                "tell the secretary.")
                                 .arg(QDir::toNativeSeparators(m_path), problem));
    }
    auto appId = scalar(QStringLiteral("PRAGMA application_id"));
    if (!appId)
        return appId.error();
    if (appId.value().toUInt() != kApplicationId)
        return notABook(m_path);
    if (version() > schemaVersion())
        return tooNew(m_path);
    // A write probe: another program holding the book shows up here, before we change anything.
    if (!writer)
        return {};
    if (auto probe = exec(QStringLiteral("BEGIN IMMEDIATE")); !probe)
        return probe.error();
    if (auto end = exec(QStringLiteral("ROLLBACK")); !end)
        return end.error();
    return {};
}

Result<std::unique_ptr<Book>> Book::open(const QString &path, const Clock &clock, Options options)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound,
                         tr("There is no book at %1. Check the path, or create a new book.").arg(native));
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::Storage, tr("%1 cannot be read. Check that it is a file you may open.").arg(native));
    const Header header = readHeader(path);
    const bool walPending = QFileInfo::exists(path + QStringLiteral("-wal"));
    if (!header.isSqlite || (header.applicationId != kApplicationId && !(header.applicationId == 0 && walPending)))
        return notABook(path);
    if (header.userVersion > quint32(schemaVersion()))
        return tooNew(path);
    if (options.access == Options::Access::Write && !writable(path))
        return makeError(ErrorCode::ReadOnly,
                         tr("The book %1 is read-only. Copy it to a folder you may write to, or remove the "
                            "read-only mark, and open it again. It was not changed.")
                             .arg(native));

    std::unique_ptr<Book> book(new Book(path, clock));
    book->m_access = options.access;
    if (options.access == Options::Access::Write) {
        // Before SQLite opens it: while another GramDesk process writes to the book, this one changes nothing.
        if (auto held = book->holdLock(); !held)
            return held.error();
    }
    if (auto s = book->openConnection(options.busyTimeoutMs); !s)
        return s.error();
    if (auto s = book->checkHealth(options.deepCheck); !s)
        return s.error();
    if (options.access == Options::Access::Read) {
        if (book->version() >= schemaVersion())
            return book;
        // A book older than this program is upgraded first, which only its one writer may do.
        if (auto held = book->holdLock(); !held)
            return held.error();
    }
    if (auto wal = book->scalar(QStringLiteral("PRAGMA journal_mode")); wal && wal.value().toString() != u"wal") {
        if (auto r = book->exec(QStringLiteral("PRAGMA journal_mode = WAL")); !r)
            return r.error();
    }
    const int from = book->version();
    if (from < schemaVersion() && options.migrate) {
        // A verified copy of the book as it was, before the first step touches it.
        BackupService backups(*book);
        if (auto copy = backups.backupBeforeUpgrade(from); !copy)
            return copy.error();
        if (auto s = Schema::migrate(*book, from); !s)
            return s.error();
    }
    return book;
}

Result<std::unique_ptr<Book>> Book::create(const QString &path, const Clock &clock, Kept kept)
{
    const QString native = QDir::toNativeSeparators(path);
    const QFileInfo info(path);
    if (info.exists())
        return makeError(ErrorCode::InputRejected,
                         tr("%1 already exists. Choose another name; an existing book is never overwritten.")
                             .arg(native));
    const QFileInfo dir(info.absolutePath());
    if (!dir.isDir())
        return makeError(ErrorCode::InputRejected, tr("The folder %1 does not exist.")
                                                       .arg(QDir::toNativeSeparators(info.absolutePath())));
    if (!dir.isWritable())
        return makeError(ErrorCode::ReadOnly, tr("The folder %1 cannot be written to. Choose another folder.")
                                                  .arg(QDir::toNativeSeparators(info.absolutePath())));

    // The book is the office's records: readable and writable by its owner only. SQLite gives its -wal and -shm
    // files the same permissions as the book.
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return makeError(ErrorCode::Storage, tr("%1 could not be created (%2).").arg(native, file.errorString()));
    }
    std::unique_ptr<Book> book(new Book(path, clock));
    const auto fail = [&](const Error &e) -> Result<std::unique_ptr<Book>> {
        book.reset();
        removeFiles(path);
        return e;
    };
    if (auto held = book->holdLock(); !held)
        return fail(held.error());
    if (auto s = book->openConnection(5000); !s)
        return fail(s.error());
    for (const QString &p : {QStringLiteral("PRAGMA journal_mode = WAL"),
                             QStringLiteral("PRAGMA application_id = %1").arg(kApplicationId)}) {
        if (auto r = book->exec(p); !r)
            return fail(r.error());
    }
    if (kept == Kept::Scratch) {
        if (auto r = book->exec(QStringLiteral("PRAGMA synchronous = OFF")); !r)
            return fail(r.error());
    }
    if (auto s = Schema::migrate(*book, 0); !s)
        return fail(s.error());
    if (kept == Kept::Scratch)
        return book;
    // Put the header on disk now, so the file reads as a GramDesk book even before the first checkpoint.
    if (auto r = book->exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); !r)
        return fail(r.error());
    return book;
}

}  // namespace gd
