#include "EntryBatch.h"

#include "../Dates.h"
#include "../Text.h"
#include "../storage/AuditFunctions.h"
#include "FrontOffice.h"

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
    auto lgd = m_store.lgdCode();
    if (!lgd)
        return lgd.error();
    m_lgd = lgd.value();
    const QStringList columns = m_store.insertColumns();
    m_columns = int(columns.size());
    m_insert = QStringLiteral("INSERT INTO %1 (%2)").arg(m_def.table, columns.join(u','));
    // The rows just written, read back as the table holds them (for their audit entries): quicker than a
    // RETURNING clause.
    m_readBack = QStringLiteral("SELECT rowid");
    for (const QString &c : audited.value())
        m_readBack += QStringLiteral(", \"%1\"").arg(c);
    m_readBack += QStringLiteral(" FROM %1 WHERE rowid > ? ORDER BY rowid").arg(m_def.table);
    m_jsonKeys = audit::jsonKeys(audited.value());
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

Status EntryBatch::add(QVariantMap values, const QString &givenNumber)
{
    if (auto s = start(); !s)
        return s;
    const QDate date = values.value(m_def.dateKey).toDate();
    if (!date.isValid())
        return makeError(ErrorCode::InputRejected, EntryStore::tr("The entry has no date."));
    const QString given = text::normalized(givenNumber);
    // The checks and a given number's uniqueness see the entries before this one.
    if (FrontOffice::checkReadsBook(m_def) || !given.isEmpty()) {
        if (auto s = flush(); !s)
            return s;
    }
    if (auto ok = FrontOffice::checkWrite(m_book, m_def, &values, nullptr); !ok)
        return ok;
    EntryStore::Version v;
    v.change = QStringLiteral("new");
    const QString subject = m_def.fileCodes ? values.value(QStringLiteral("subject_code")).toString() : QString();
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
        v.fy = Dates::financialYear(date);
        auto serial = last(v.fy);
        if (!serial)
            return serial.error();
        v.serial = ++*serial.value();
        v.number = m_store.numberOf(m_lgd, v.fy, subject, v.serial.toInt());
        m_pending.append({std::move(values), v});
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
    m_pending.append({std::move(values), v});
    return flush();
}

EntryBatch::Prepared EntryBatch::prepare(const QList<Pending> &rows, const QString &changedAt) const
{
    Prepared batch;
    batch.rows = int(rows.size());
    batch.binds.reserve(rows.size() * m_columns);
    QList<Entry> entries;
    entries.reserve(rows.size());
    for (const Pending &p : rows) {
        m_store.appendBinds(batch.binds, p.version, p.values, changedAt);
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
    batch.searchRows = SearchIndex::newRows(m_def, entries);
    return batch;
}

Status EntryBatch::next()
{
    // The clock is read here, on the book's thread; the rest of the preparing touches neither the book nor
    // anything this thread changes meanwhile.
    std::future<Prepared> prepared =
        std::async(std::launch::async, [this, rows = std::move(m_pending), changedAt = m_book.clock().now().toString(Qt::ISODate)] {
            return prepare(rows, changedAt);
        });
    m_pending = {};
    const Status written = writeReady();
    m_ready = std::move(prepared);
    return written;
}

Status EntryBatch::writeReady()
{
    if (!m_ready.valid())
        return {};
    const Prepared batch = m_ready.get();
    return write(batch);
}

Status EntryBatch::flush()
{
    if (auto s = writeReady(); !s)
        return s;
    if (m_pending.isEmpty())
        return {};
    const Prepared batch = prepare(m_pending, m_book.clock().now().toString(Qt::ISODate));
    m_pending.clear();
    return write(batch);
}

Status EntryBatch::write(const Prepared &batch)
{
    // The rows get the row ids after the largest (nothing else writes to the table meanwhile).
    auto before = m_book.scalarKept(QStringLiteral("SELECT coalesce(max(rowid), 0) FROM %1").arg(m_def.table));
    if (!before)
        return before.error();
    if (auto s = m_book.insertRows(m_insert, m_columns, batch.binds); !s)
        return s;
    QList<std::pair<qint64, QByteArray>> written;
    written.reserve(batch.rows);
    if (auto s = m_book.execKept(m_readBack, {before.value()},
                                 [&](KeptRow &row) -> Status {
                                     while (row.next())
                                         written.append({row.value(0).toLongLong(),
                                                         m_jsonKeys.isEmpty() ? QByteArray() : row.json(1, m_jsonKeys)});
                                     return {};
                                 });
        !s)
        return s;
    if (written.size() != batch.rows)
        return makeError(ErrorCode::Storage, EntryStore::tr("The entry could not be written."));
    if (!m_jsonKeys.isEmpty()) {
        if (auto s = AuditLog::appendInserts(m_book, m_def.table, std::move(written)); !s)
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
