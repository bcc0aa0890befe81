#include "EntryBatch.h"

#include "base/Dates.h"
#include "base/Text.h"
#include "../storage/AuditFunctions.h"
#include "EntryService.h"

namespace gd {

namespace {

// Rows written together: few statements, and the audit entries and search rows of the batch in few more.
constexpr int kBatch = 512;

}  // namespace

EntryBatch::EntryBatch(Book &book, const RegisterDef &def) : m_book(book), m_def(def), m_store(book, def), m_search(book) {}

EntryBatch::~EntryBatch()
{
    if (m_ready.valid())
        m_ready.wait();
}

Status EntryBatch::start()
{
    if (m_started)
        return {};
    auto audited = AuditLog::columns(m_book, m_def.table);
    if (!audited)
        return audited.error();
    if (auto lgd = m_store.lgdCode(); !lgd)
        return lgd.error();
    // Each row with its row id (the next after the largest, as SQLite would give it) and is_current (1, its
    // default) written out, so that every column a row's audit entry shows is one bound here.
    QStringList columns = {QStringLiteral("id"), QStringLiteral("is_current")};
    columns += m_store.insertColumns();
    m_columns = int(columns.size());
    m_insert = QStringLiteral("INSERT INTO %1 (%2)").arg(m_def.table, columns.join(u','));
    auto last = m_book.scalarKept(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(m_def.table));
    if (!last)
        return last.error();
    m_nextRowId = last.value().toLongLong() + 1;
    // A row's audit JSON is made from its bound values when SQLite stores each as bound (the declared type of
    // its column converts nothing); otherwise from the row read back after writing.
    auto types = m_book.exec(QStringLiteral("SELECT name, type FROM pragma_table_info(?)"), {m_def.table});
    if (!types)
        return types.error();
    QHash<QString, audit::Affinity> affinity;
    while (types.value().next())
        affinity.insert(types.value().value(0).toString(), audit::affinityOf(types.value().value(1).toString()));
    // The columns by name (EntryStore quotes the fields' names, not the entry's own columns).
    QStringList names;
    for (const QString &c : std::as_const(columns))
        names += c.startsWith(u'"') ? c.mid(1, c.size() - 2) : c;
    for (const QString &c : audited.value()) {
        const qsizetype at = names.indexOf(c);
        if (at < 0) {
            m_jsonSources.clear();
            break;
        }
        m_jsonSources += int(at);
        m_affinities += affinity.value(c, audit::Affinity::Blob);
    }
    m_readBack = QStringLiteral("SELECT rowid");
    for (const QString &c : audited.value())
        m_readBack += QStringLiteral(", \"%1\"").arg(c);
    m_readBack += QStringLiteral(" FROM %1 WHERE rowid >= ? ORDER BY rowid").arg(m_def.table);
    m_jsonKeys = audit::jsonKeys(audited.value());
    auto end = AuditLog::chainEnd(m_book);
    if (!end)
        return end.error();
    m_chain = end.value();
    m_actor = m_book.actor().toUtf8();
    // What the search index reads of an entry (SearchIndex's docOf): its text fields and date.
    for (const QString &key : m_def.textKeys + QStringList{m_def.dateKey}) {
        const FieldDef *f = m_def.field(key);
        if (f && f->kind != FieldKind::EntryNumber && f->source != FieldDef::Source::Virtual && !m_searched.contains(key))
            m_searched += key;
    }
    // The table's audit and count triggers stand aside: write() keeps those books, as the triggers would.
    m_triggersAside.emplace(m_book, m_def.table);
    m_started = true;
    return {};
}

QString EntryBatch::subjectOf(const QVariantMap &values) const
{
    return m_def.fileCodes ? values.value(QStringLiteral("subject_code")).toString() : QString();
}

Status EntryBatch::add(QVariantMap values, const QString &givenNumber)
{
    if (auto s = start(); !s)
        return s;
    const QDate date = values.value(m_def.dateKey).toDate();
    if (!date.isValid())
        return makeError(ErrorCode::InputRejected, EntryStore::tr("The entry has no date."));
    const QString given = text::normalized(givenNumber);
    // The checks and a given number's uniqueness see the entries before this one.
    if (EntryService::checkReadsBook(m_def) || !given.isEmpty()) {
        if (auto s = flush(); !s)
            return s;
    }
    if (auto ok = EntryService::checkWrite(m_book, m_def, &values, nullptr); !ok)
        return ok;
    EntryStore::Version v;
    v.change = QStringLiteral("new");
    const QString subject = subjectOf(values);
    // The last serial of a year (and subject), read from the book once and then counted here.
    const auto last = [&](const QString &fy) -> Result<int *> {
        const QString key = fy + u'\n' + subject;
        auto it = m_lastSerial.find(key);
        if (it == m_lastSerial.end()) {
            auto read = m_store.lastSerial(fy, subject);
            if (!read)
                return read.error();
            it = m_lastSerial.insert(key, read.value());
        }
        return &it.value();
    };
    if (given.isEmpty()) {
        // The year's name written out again only when it is not the last entry's year (imports come in date order).
        if (const QDate start = Dates::financialYearStart(date); start != m_fyStart) {
            m_fyStart = start;
            m_fy = Dates::financialYear(date);
        }
        v.fy = m_fy;
        auto serial = last(v.fy);
        if (!serial)
            return serial.error();
        v.serial = ++*serial.value();
        // v.number is written out by prepare(), from the year and serial.
        m_pending.append({std::move(values), std::move(v), m_nextRowId++});
        return m_pending.size() >= kBatch ? next() : Status();
    }
    if (auto s = m_store.numberNew(values, given, v); !s)
        return s;
    if (v.serial.isValid()) {
        auto serial = last(v.fy);
        if (!serial)
            return serial.error();
        *serial.value() = std::max(*serial.value(), v.serial.toInt());
    }
    m_pending.append({std::move(values), std::move(v), m_nextRowId++});
    return flush();
}

EntryBatch::Prepared EntryBatch::prepare(QList<Pending> &rows, const QString &now)
{
    for (Pending &p : rows) {
        if (p.version.number.isEmpty())
            p.version.number = m_store.numberOf(p.version.fy, subjectOf(p.values), p.version.serial.toInt());
    }
    Prepared batch;
    batch.rows = int(rows.size());
    batch.firstRowId = rows.isEmpty() ? 0 : rows.first().rowId;
    batch.binds.reserve(rows.size() * m_columns);
    batch.audit.reserve(rows.size());
    // The search rows on a thread of their own meanwhile (the book's thread, writing, leaves room for it).
    auto searchRows = std::async(std::launch::async, [this, &rows] {
        QList<Entry> entries;
        entries.reserve(rows.size());
        for (const Pending &p : rows) {
            // The entry as EntryStore::insert reads it back, as far as the search index reads it.
            Entry e;
            e.number = p.version.number;
            e.fy = p.version.fy;
            e.serial = p.version.serial.toInt();
            e.version = 1;
            e.change = p.version.change;
            for (const QString &key : m_searched) {
                const FieldDef *f = m_def.field(key);
                e.values.insert(key, Fields::fromStorage(*f, Fields::toStorage(*f, p.values.value(key))));
            }
            e.values.insert(m_def.numberKey, e.number);
            entries.append(std::move(e));
        }
        return SearchIndex::newRows(m_def, entries);
    });
    QVariantList values;
    for (const Pending &p : rows) {
        values.clear();
        m_store.appendBinds(values, p.version, p.values, now);
        const qsizetype first = batch.binds.size();
        batch.binds << Bindable::integerValue(p.rowId) << Bindable::integerValue(1);
        for (const QVariant &v : std::as_const(values))
            batch.binds << Bindable::of(v);
        // The audit JSON, as gd_row would make it of the stored row, when the row is stored as bound.
        if (!m_jsonKeys.isEmpty() && !m_jsonSources.isEmpty() && !batch.readBack) {
            const Bindable *row = batch.binds.constData() + first;
            bool asBound = true;
            for (qsizetype i = 0; i < m_jsonSources.size() && asBound; ++i)
                asBound = audit::storedAsBound(row[m_jsonSources.at(i)], m_affinities.at(i));
            if (asBound)
                batch.audit.append({p.rowId, audit::rowJson(m_jsonKeys, row, m_jsonSources)});
            else
                batch.readBack = true;
        }
    }
    if (m_jsonSources.isEmpty())
        batch.readBack = true;
    if (batch.readBack) {
        batch.audit.clear();
        m_chainKnown = false;  // the entries of this batch and those after are made when written
    } else if (m_chainKnown && !m_jsonKeys.isEmpty()) {
        // The audit entries, as the trigger would write them now (gd_now, gd_actor), continuing the chain.
        batch.chainStart = m_chain;
        batch.entries = AuditLog::insertEntries(m_def.table, batch.audit, now.toUtf8(), m_actor, m_chain);
    }
    batch.searchRows = searchRows.get();
    return batch;
}

Status EntryBatch::next()
{
    // The batch before is prepared first (batches are prepared one after another, each continuing the audit
    // chain of the one before); this one is prepared on the other core while that one is written here. The
    // clock is read here, on the book's thread; the preparing touches neither the book nor anything this
    // thread changes meanwhile.
    std::optional<Prepared> before;
    if (m_ready.valid())
        before = m_ready.get();
    // The batch written last is let go of there too (freeing its values takes time as well).
    m_ready = std::async(std::launch::async, [this, rows = std::move(m_pending), now = m_book.clock().now().toString(Qt::ISODate),
                                              spent = std::move(m_spent)]() mutable {
        spent = Prepared();
        return prepare(rows, now);
    });
    m_pending = {};
    m_spent = Prepared();
    if (!before)
        return {};
    const Status s = write(*before);
    m_spent = std::move(*before);
    return s;
}

Status EntryBatch::flush()
{
    if (m_ready.valid()) {
        Prepared ready = m_ready.get();
        if (auto s = write(ready); !s)
            return s;
    }
    if (m_pending.isEmpty())
        return {};
    Prepared batch = prepare(m_pending, m_book.clock().now().toString(Qt::ISODate));
    m_pending.clear();
    return write(batch);
}

Status EntryBatch::write(Prepared &batch)
{
    // The row ids given are the next ones (nothing else writes to the table meanwhile; checked all the same).
    auto last = m_book.scalarKept(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(m_def.table));
    if (!last)
        return last.error();
    if (last.value().toLongLong() + 1 != batch.firstRowId)
        return makeError(ErrorCode::Storage, tr("The register changed while the rows were written; nothing was written."));
    if (auto s = m_book.insertRows(m_insert, m_columns, batch.binds); !s)
        return s;
    if (!m_jsonKeys.isEmpty()) {
        if (batch.readBack) {
            m_rowsReadBack += batch.rows;
            if (auto s = m_book.execKept(m_readBack, {QVariant(batch.firstRowId)},
                                         [&](KeptRow &row) -> Status {
                                             while (row.next())
                                                 batch.audit.append({row.value(0).toLongLong(), row.json(1, m_jsonKeys)});
                                             return {};
                                         });
                !s)
                return s;
        }
        if (batch.audit.size() != batch.rows)
            return makeError(ErrorCode::Storage, EntryStore::tr("The entry could not be written."));
        // The entries made with the batch, when the chain still ends where it did then (nothing else logs during
        // an import; checked all the same); else made now, as the trigger would (gd_now, gd_actor), continuing
        // the chain from where it ends.
        auto end = AuditLog::chainEnd(m_book);
        if (!end)
            return end.error();
        if (batch.entries.isEmpty() || end.value() != batch.chainStart) {
            const QByteArray now = m_book.clock().now().toString(Qt::ISODate).toUtf8();
            batch.entries = AuditLog::insertEntries(m_def.table, batch.audit, now, m_actor, end.value());
        }
        if (auto s = AuditLog::writeEntries(m_book, batch.entries); !s)
            return s;
    }
    // The register's count, as its trigger keeps it for each new entry.
    if (auto s = m_book.execKept(QStringLiteral("INSERT INTO register_stats (register, entries) VALUES (?, ?)"
                                                " ON CONFLICT (register) DO UPDATE SET entries = entries + excluded.entries"),
                                 {m_def.table, batch.rows});
        !s)
        return s;
    return SearchIndex::putNew(m_book, batch.searchRows);
}

Status EntryBatch::finish()
{
    if (auto s = flush(); !s)
        return s;
    return m_search.finish();
}

}  // namespace gd
