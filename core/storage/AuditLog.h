#pragma once
// The audit log: every change to every table, written by triggers in the same transaction, hash-chained.

#include "base/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <utility>

namespace gd {

class Book;
struct Bindable;

struct AuditRow {
    qint64 id = 0;
    QString at;
    QString actor;
    QString action;  // insert, update, delete
    QString table;
    qint64 rowId = 0;
    QString oldValues;  // JSON object, empty for an insert
    QString newValues;  // JSON object, empty for a delete
};

// Where the audit log's chain ends: its last entry's id and hash (0 and empty when it has none).
struct AuditChainEnd {
    qint64 id = 0;
    QByteArray hash;
    bool operator==(const AuditChainEnd &) const = default;
};

struct AuditVerification {
    bool ok = true;
    qint64 rowsChecked = 0;
    qint64 firstBadId = 0;  // 0 when ok, or when the problem is in a table rather than the log
    QString problem;       // translated
    int sealsChecked = 0;  // by Book::verifyWhole (Seals)
};

class AuditLog {
    Q_DECLARE_TR_FUNCTIONS(gd::AuditLog)
public:
    static Status createTable(Book &book);
    // (Re)creates the insert/update/delete triggers of a table; call again after the table changes. Excluded
    // columns are not logged; digested ones are logged as "sha256(column)", their value's SHA-256.
    static Status installTriggers(Book &book, const QString &table, const QStringList &excludedColumns = {},
                                  const QStringList &digestedColumns = {});
    // Writes the triggers of every audited table again, each logging the columns it logged before.
    static Status reinstallTriggers(Book &book);

    // The columns a table's triggers log, in their order (none when the table is not audited).
    static Result<QStringList> columns(const Book &book, const QString &table);
    // The audit entries of new rows of `table`, written by the holder of Book::RowTriggersAside while the
    // table's insert trigger stands aside, each exactly as the trigger would have written it. In parts, so that
    // the entries can be made on another thread: where the chain ends now; the entries of rows (row id and the
    // row's JSON as gd_row makes it, in the order of their row ids) continuing the chain from `end`, which moves
    // on, with the time and user given (the values of 10 columns an entry, for Book::insertRows; touches no
    // book); and writing them.
    static Result<AuditChainEnd> chainEnd(Book &book);
    static QList<Bindable> insertEntries(const QString &table, const QList<std::pair<qint64, QByteArray>> &rows,
                                         const QByteArray &at, const QByteArray &actor, AuditChainEnd &end);
    static Status writeEntries(Book &book, const QList<Bindable> &entries);

    // SHA-256 (hex) over the fields of a row, in order: id, at, actor, action, table, row id, old, new, previous hash.
    static QString rowHash(const QStringList &fields);
    static QString sha256Hex(const QByteArray &data);

    // Walks the chain and compares every audited table with its last logged state.
    static Result<AuditVerification> verify(const Book &book);

    // The newest rows first, for the audit view; `offset`/`limit` page through it.
    static Result<QList<AuditRow>> page(const Book &book, qint64 offset, int limit);
    // How many entries the log holds (the ids run 1, 2, 3… without gaps; `verify` walks them).
    static Result<qint64> count(const Book &book);

    // The entries written from `from` to `to`, both days included (an invalid date leaves that end open).
    struct Period {
        QDate from;
        QDate to;
        qint64 firstId = 1;  // the ids between which they lie, found once by find()
        qint64 lastId = 0;
        qint64 entries = 0;
    };
    static Result<Period> find(const Book &book, const QDate &from, const QDate &to);
    static Result<QList<AuditRow>> page(const Book &book, const Period &period, qint64 offset, int limit);
};

}  // namespace gd
