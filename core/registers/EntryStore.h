#pragma once
// The entry lifecycle every register shares: numbering per financial year, versions, cancellation, paging.

#include "Registers.h"

#include <QVariantMap>
#include <functional>

class QSqlQuery;

namespace gd {

class Book;
class KeptRow;

struct Entry {
    qint64 rowId = 0;
    QString number;
    QString fy;
    int serial = 0;
    int version = 0;
    QString change;     // new, correction, update, reopen, cancel
    QString reason;
    QString changedAt;  // ISO date and time
    QString changedBy;
    bool cancelled = false;
    QVariantMap values;  // typed values by field key; the number also under the register's number key
    const RegisterDef *def = nullptr;  // the register it was read from (none for one made by hand)

    QVariant value(const QString &key) const { return values.value(checked(key)); }
    QString text(const QString &key) const { return values.value(checked(key)).toString(); }
    QDate date(const QString &key) const { return values.value(checked(key)).toDate(); }

private:
    // With GRAMDESK_KEY_CHECKS (debug builds and the test suite), a key its register does not have stops the
    // program at once with both names, instead of reading as empty.
    const QString &checked(const QString &key) const
    {
#ifdef GRAMDESK_KEY_CHECKS
        if (def && !def->field(key))
            keyNotInRegister(key);
#endif
        return key;
    }
    [[noreturn]] void keyNotInRegister(const QString &key) const;
};

struct EntryFilter {
    QDate from;
    QDate to;
    QString status;  // a StatusFilter code, or empty for all
    QString text;
    bool isEmpty() const { return !from.isValid() && !to.isValid() && status.isEmpty() && text.trimmed().isEmpty(); }
};

struct EntrySort {
    QString key;  // a field key; empty: by date, then in the order entered
    Qt::SortOrder order = Qt::AscendingOrder;
};

class EntryStore {
    Q_DECLARE_TR_FUNCTIONS(gd::EntryStore)
public:
    EntryStore(Book &book, const RegisterDef &def);

    static QString formatNumber(const QString &prefix, const QString &fy, int serial);

    // A new entry (version 1). An empty `number` takes the next serial of the entry's financial year.
    // Values must already be checked; rights are the caller's business.
    Result<Entry> insert(const QVariantMap &values, const QString &number = {});
    // A new version of `base` (which must still be the current one: someone else may have changed it).
    Result<Entry> revise(const Entry &base, const QVariantMap &values, const QString &change, const QString &reason);
    Result<Entry> cancel(const Entry &base, const QString &reason);

    Result<Entry> current(const QString &number) const;
    Result<QList<Entry>> history(const QString &number) const;  // oldest version first

    Result<qint64> count(const EntryFilter &filter) const;
    // Rows [offset, offset + limit) of the filtered, sorted register. `total` (from count) lets a page near
    // the end be read backwards, so that the last page costs what the first does.
    Result<QList<Entry>> page(const EntryFilter &filter, const EntrySort &sort, qint64 offset, int limit,
                              qint64 total = -1) const;
    // Every current entry, cancelled ones too, in the order entered.
    Status eachCurrent(const std::function<Status(const Entry &)> &visit) const;
    // The current entries meeting `condition` (constant SQL over the register's columns, `?` bound to
    // `bindings`), in `order`, read in one query.
    Result<QList<Entry>> currentWhere(const QString &condition, const QVariantList &bindings,
                                      const QString &order = QStringLiteral("id")) const;
    // Values of a field in the latest entries, most recent first, for completion.
    Result<QStringList> recentValues(const QString &key, int limit = 500) const;

private:
    friend class EntryBatch;
    struct Version {
        QString number;
        QString fy;
        QVariant serial;
        int version = 1;
        QString change;
        QString reason;
        int cancelled = 0;
    };
    // Writes one version row of an entry and reads it back.
    Result<Entry> insertVersion(const Version &version, const QVariantMap &values);
    // The number, financial year and serial of a new entry: given (kept if unique) or the next one.
    Status numberNew(const QVariantMap &values, const QString &given, Version &version) const;
    QString selectColumns() const;
    // The columns a version row is written with, and its values in that order.
    QStringList insertColumns() const;
    void appendBinds(QVariantList &binds, const Version &version, const QVariantMap &values, const QString &changedAt) const;
    // Numbering: the office's LGD code (for file codes, else empty), the number of a serial, the last serial
    // used in a financial year (and subject, for file codes).
    Result<QString> lgdCode() const;
    QString numberOf(const QString &fy, const QString &subject, int serial) const;  // after lgdCode()
    Result<int> lastSerial(const QString &fy, const QString &subject) const;
    Entry read(const QSqlQuery &q) const;
    Entry read(const KeptRow &row) const;
    template <class Row> Entry readRow(const Row &q) const;
    QString where(const EntryFilter &filter, QVariantList &bindings) const;

    Book &m_book;
    const RegisterDef &m_def;
    QString m_insertSql;
    mutable QString m_lgd;  // read once, for file codes
};

}  // namespace gd
