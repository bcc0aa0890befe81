#pragma once
// New entries by the thousand (an import), inside one transaction (Book::transactWhole): numbered, written,
// logged in the audit log and put in the search index a batch at a time, each batch's values and search rows
// made on the other core while the batch before is written. The same rows, numbers, audit entries and search
// rows as EntryStore::insert would write one by one.

#include "../storage/AuditFunctions.h"
#include "../storage/Book.h"
#include "EntryStore.h"
#include "SearchIndex.h"

#include <QHash>
#include <future>
#include <optional>

namespace gd {

class EntryBatch {
    Q_DECLARE_TR_FUNCTIONS(gd::EntryBatch)
public:
    EntryBatch(Book &book, const RegisterDef &def);
    ~EntryBatch();
    EntryBatch(const EntryBatch &) = delete;
    EntryBatch &operator=(const EntryBatch &) = delete;

    // A new entry whose values EntryService::prepare has checked. Its checks against the book
    // (EntryService::checkWrite) run now, after the entries before it are written when those checks read the
    // book; a given number is checked and the entry written at once; otherwise it waits for the next batch.
    Status add(QVariantMap values, const QString &givenNumber);
    // Writes what waits, then the new entries' words into the full-text index.
    Status finish();
    // How many of the rows written had their audit JSON made from the rows read back after writing, not from the
    // values bound (the slower way, taken when SQLite may store a value otherwise than bound).
    int rowsReadBack() const { return m_rowsReadBack; }

private:
    struct Pending {
        QVariantMap values;
        EntryStore::Version version;
        qint64 rowId = 0;
    };
    // A batch made ready to write: its rows' values in column order, their audit JSON (unless it must be read
    // back from the written rows) and their search rows.
    struct Prepared {
        int rows = 0;
        qint64 firstRowId = 0;
        QList<Bindable> binds;
        QList<std::pair<qint64, QByteArray>> audit;
        bool readBack = false;
        QList<Bindable> entries;     // their audit entries, when made with the batch
        AuditChainEnd chainStart;    // where the chain ended when they were made
        QList<Bindable> searchRows;
    };
    Status start();
    // The file subject a file code is numbered under (empty in other registers).
    QString subjectOf(const QVariantMap &values) const;
    // On the other core (one batch at a time): `now` is the clock's time when the batch was handed over.
    // Writes out the numbers of the rows numbered in add().
    Prepared prepare(QList<Pending> &rows, const QString &now);
    // Hands the waiting entries to the other core to be prepared, and writes the batch prepared before.
    Status next();
    Status write(Prepared &batch);
    // Writes everything added so far.
    Status flush();

    Book &m_book;
    const RegisterDef &m_def;
    EntryStore m_store;
    SearchIndex::Batch m_search;
    bool m_started = false;
    std::optional<Book::RowTriggersAside> m_triggersAside;  // while the books of new rows are kept here
    QList<QByteArray> m_jsonKeys;             // the audited columns, as JSON keys
    QString m_insert;                         // "INSERT INTO t (…)"
    QString m_readBack;                       // the rows from a row id on, with the audited columns
    QList<int> m_jsonSources;                 // per audited column, its place among the bound ones (empty: none)
    QList<audit::Affinity> m_affinities;      // per audited column
    qint64 m_nextRowId = 0;
    // The audit chain as the batches prepared so far leave it (prepare() only), and the user logged.
    AuditChainEnd m_chain;
    bool m_chainKnown = true;
    QByteArray m_actor;
    int m_columns = 0;
    int m_rowsReadBack = 0;
    QStringList m_searched;  // the fields the search index reads
    QHash<QString, int> m_lastSerial;  // by financial year (and subject, for file codes)
    QDate m_fyStart;  // the financial year of the entry added last
    QString m_fy;
    QList<Pending> m_pending;
    Prepared m_spent;  // the batch written last, let go of by the next batch's preparing
    std::future<Prepared> m_ready;  // the batch being prepared on the other core
};

}  // namespace gd
