#pragma once
// The office's book: one SQLite file, opened safely, written only in immediate transactions.

#include "base/Clock.h"
#include "base/Result.h"
#include "AuditLog.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>
#include <functional>
#include <memory>
#include <thread>

struct sqlite3_stmt;

namespace gd {

class BookLock;

// One answer row at a time of a kept statement (Book::execKept): its columns as QSqlQuery gives them (integers
// as qlonglong, text as QString, NULL as a null QString).
class KeptRow {
public:
    bool next();
    QVariant value(int column) const;
    // The columns from firstColumn on as the audit log's JSON object (as gd_row makes it), under `keys`
    // (audit::jsonKeys), one per column.
    QByteArray json(int firstColumn, const QList<QByteArray> &keys) const;

private:
    friend class Book;
    explicit KeptRow(sqlite3_stmt *statement, int firstStep) : m_statement(statement), m_step(firstStep) {}
    sqlite3_stmt *m_statement;
    int m_step;          // what the last sqlite3_step said
    bool m_started = false;
};

// A value made ready to bind to a kept statement, on any thread: SQLite's storage class, text as UTF-8.
struct Bindable {
    enum Kind : quint8 { Null, Integer, Real, Text, Blob };
    Kind kind = Null;
    qint64 integer = 0;
    double real = 0;
    QByteArray bytes;  // text (UTF-8) or blob

    // As Book::exec binds a QVariant: a QString is text even when null; only an empty QVariant is NULL.
    static Bindable of(const QVariant &value);
    static Bindable text(QByteArray utf8)
    {
        Bindable b;
        b.kind = Text;
        b.bytes = std::move(utf8);
        return b;
    }
    static Bindable integerValue(qint64 value)
    {
        Bindable b;
        b.kind = Integer;
        b.integer = value;
        return b;
    }
    // Binds without a copy: the value must live until the statement is reset. SQLite's result code.
    int bindTo(sqlite3_stmt *statement, int at) const;
};

class Book {
    Q_DECLARE_TR_FUNCTIONS(gd::Book)
public:
    static constexpr quint32 kApplicationId = 0x47444B31;  // "GDK1"
    static int schemaVersion();                            // the version this program writes

    struct Options {
        int busyTimeoutMs = 5000;
        bool migrate = true;  // bring an older book up to date (after a verified backup); false opens it as it is
        // PRAGMA quick_check before anything else (about a second on ten years). The GUI turns it off and runs
        // Recovery::damage on its own connection instead, so that the window does not wait for it.
        bool deepCheck = true;
        // Write: this process holds the book (BookLock; another GramDesk process that writes is refused).
        // Read: a read-only command beside whoever holds it: no lock, no upgrade, nothing written but a login's
        // count of wrong passwords, and the log is never copied into the book nor removed at close.
        // Private: a file of this process's own (a backup being checked): no lock.
        enum class Access { Write, Read, Private };
        Access access = Access::Write;
    };

    // Opens an existing book. Never modifies a file it refuses.
    static Result<std::unique_ptr<Book>> open(const QString &path, const Clock &clock, Options options);
    static Result<std::unique_ptr<Book>> open(const QString &path, const Clock &clock)
    {
        return open(path, clock, Options{});
    }
    // Creates a new book with the full schema; refuses a path that exists. A scratch book (Schema::expected's, thrown
    // away at once) is written without waiting for the disk.
    enum class Kept { Durable, Scratch };
    static Result<std::unique_ptr<Book>> create(const QString &path, const Clock &clock, Kept kept = Kept::Durable);

    // The name SQLite opens a book by for reading: its path, or on read-only media a URI (open it with
    // SQLITE_OPEN_URI) that reads it as it is, since nothing can change it there.
    static QString readOnlyName(const QString &path);

    // Removes a book file with its -wal, -shm and -journal companions (undoing a creation that failed).
    static void removeFiles(const QString &path);

    // Full integrity check plus the audit chain: what `verify`, the Backups page and every backup copy use.
    Result<AuditVerification> verifyWhole() const;

    ~Book();
    Book(const Book &) = delete;
    Book &operator=(const Book &) = delete;

    QString path() const { return m_path; }
    // Whether this connection may write the book: its writer, not reading a snapshot.
    bool writes() const { return m_access == Options::Access::Write && !m_snapshot; }
    const Clock &clock() const { return m_clock; }
    QSqlDatabase database() const;
    int version() const;

    // Name written into every audit row of changes made from now on.
    void setActor(const QString &name) { m_actor = name; }
    QString actor() const { return m_actor; }

    // While one lives, the insert triggers of `table` that keep books (its audit entry, the register's count)
    // stand aside: the holder keeps them for the table's new rows itself (AuditLog::insertEntries), as the
    // triggers would. An import's rows, written in batches (EntryBatch).
    class RowTriggersAside {
    public:
        RowTriggersAside(Book &book, const QString &table) : m_book(book) { m_book.m_triggersAside = table.toUtf8(); }
        ~RowTriggersAside() { m_book.m_triggersAside.clear(); }
        RowTriggersAside(const RowTriggersAside &) = delete;
        RowTriggersAside &operator=(const RowTriggersAside &) = delete;

    private:
        Book &m_book;
    };
    const QByteArray &triggersAside() const { return m_triggersAside; }

    // For a reader: from now on every read sees the book as it is now (one read transaction until the book closes),
    // whatever another process writes meanwhile; writes are refused.
    Status holdSnapshot();

    // Runs body in BEGIN IMMEDIATE … COMMIT (a savepoint when nested); rolls back if body fails.
    Status transact(const std::function<Status()> &body);
    // Runs body in one transaction in which nested transact calls make no savepoints: for all-or-nothing work
    // (an import), where any failure inside must fail body and so roll all of it back. A savepoint per row
    // would also make the search index write out its pending words every row.
    Status transactWhole(const std::function<Status()> &body);

    // One write statement in its own transaction.
    Status write(const QString &sql, const QVariantList &bindings = {});

    // A prepared, forward-only query with positional bindings; errors become translated Errors.
    Result<QSqlQuery> exec(const QString &sql, const QVariantList &bindings = {}) const;
    // First column of the first row, or a null QVariant when there is no row.
    Result<QVariant> scalar(const QString &sql, const QVariantList &bindings = {}) const;
    // Like exec, for a statement run again and again (each row of an import, each save): prepared once on this
    // connection and kept, run on SQLite directly; `read` takes what it needs from the answer at once (and does
    // not run the same statement again), then the statement is reset for its next run.
    Status execKept(const QString &sql, const QVariantList &bindings, const std::function<Status(KeptRow &)> &read = {});
    // The same with values made ready to bind (on another thread, for an import).
    Status execBound(const QString &sql, const QList<Bindable> &bindings, const std::function<Status(KeptRow &)> &read = {});
    Result<QVariant> scalarKept(const QString &sql, const QVariantList &bindings = {});
    // Many rows into a table in few kept statements: `head` is "INSERT INTO t (a, b, …)", `values` the rows'
    // values one row after another, `columns` to a row; `tail` ends each statement (a RETURNING clause, its
    // rows given to `read` a statement at a time).
    Status insertRows(const QString &head, int columns, const QList<Bindable> &values, const QString &tail = {},
                      const std::function<Status(KeptRow &)> &read = {});

    Error storageError(const QSqlError &error) const;

    // For a large write (an import): while one lives, this connection has a large page cache and does not copy
    // the write-ahead log into the book at its commits; when it ends, a thread does, on a connection of its own,
    // so that the writer does not wait for it (the log is on disk already, so nothing is at risk). close() waits
    // for that thread.
    class LargeWrite {
    public:
        explicit LargeWrite(Book &book);
        ~LargeWrite();
        LargeWrite(const LargeWrite &) = delete;
        LargeWrite &operator=(const LargeWrite &) = delete;

    private:
        Book &m_book;
    };

    // The raw sqlite3 handle of this connection (for functions, backup and FTS registration).
    void *sqliteHandle() const;

private:
    Book(QString path, const Clock &clock);
    Status openConnection(int busyTimeoutMs);
    Status checkHealth(bool deep);
    // Refusals found either in the file header (before opening) or by SQL (after a crash left the header stale).
    static Error notABook(const QString &path);
    static Error tooNew(const QString &path);
    Status registerFunctions();
    // Takes the book for this process's writing (BookLock), or says who holds it.
    Status holdLock();
    void close();
    // A kept statement, prepared at its first use; one run of it with `count` values from `bindings`.
    Result<sqlite3_stmt *> kept(const QString &sql);
    Status runKept(sqlite3_stmt *statement, const Bindable *bindings, qsizetype count,
                   const std::function<Status(KeptRow &)> &read);
    // The error of a kept statement: SQLite's code, with the operating system's errno when SQLite has none.
    Error sqliteError(int rc, int osError = 0) const;
    Error storageError(const QSqlError &error, int osError) const;
    // A refused write (a constraint or a trigger of the book's own), in the office's words.
    static Error constraintError(const QSqlError &error);
    // A value as it is bound: a QString is text even when empty; only an empty QVariant means NULL.
    static QVariant bindable(const QVariant &value);

    QString m_path;
    QString m_connectionName;
    Options::Access m_access = Options::Access::Write;
    std::shared_ptr<BookLock> m_lock;  // held while the book is open for writing
    bool m_snapshot = false;
    const Clock &m_clock;
    QString m_actor;
    QByteArray m_triggersAside;  // the table whose new rows' books RowTriggersAside's holder keeps
    int m_depth = 0;
    bool m_whole = false;
    void *m_handle = nullptr;  // the connection's sqlite3*, asked for once at open
    QHash<QString, sqlite3_stmt *> m_kept;
    std::thread m_checkpoint;  // copying the log into the book after a LargeWrite
};

}  // namespace gd
