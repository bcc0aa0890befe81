#include "EntryStore.h"

#include "base/Dates.h"
#include "base/Text.h"
#include "../storage/Book.h"
#include "SearchIndex.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

namespace gd {

namespace {

const QStringList kCommon = {QStringLiteral("id"),         QStringLiteral("number"),     QStringLiteral("fy"),
                             QStringLiteral("serial"),     QStringLiteral("version"),    QStringLiteral("change"),
                             QStringLiteral("reason"),     QStringLiteral("changed_at"), QStringLiteral("changed_by"),
                             QStringLiteral("cancelled")};

bool isDataField(const FieldDef &f)
{
    return f.kind != FieldKind::EntryNumber && f.source != FieldDef::Source::Virtual;
}

bool sortsAsText(FieldKind kind)
{
    return kind == FieldKind::Text || kind == FieldKind::LongText || kind == FieldKind::Choice
        || kind == FieldKind::Reference || kind == FieldKind::Code;
}

}  // namespace

EntryStore::EntryStore(Book &book, const RegisterDef &def) : m_book(book), m_def(def) {}

QString EntryStore::formatNumber(const QString &prefix, const QString &fy, int serial)
{
    return QStringLiteral("%1/%2/%3").arg(prefix, fy).arg(serial, 6, 10, QLatin1Char('0'));
}

QString EntryStore::selectColumns() const
{
    QStringList cols = kCommon;
    for (const FieldDef &f : m_def.fields)
        if (isDataField(f))
            cols += u'"' + f.key + u'"';
    return cols.join(u',');
}

Entry EntryStore::read(const QSqlQuery &q) const
{
    return readRow(q);
}

Entry EntryStore::read(const KeptRow &row) const
{
    return readRow(row);
}

void Entry::keyNotInRegister(const QString &key) const
{
    qFatal("gd::Entry: the register %s has no field \"%s\"", qPrintable(def->id), qPrintable(key));
}

template <class Row>
Entry EntryStore::readRow(const Row &q) const
{
    Entry e;
    e.rowId = q.value(0).toLongLong();
    e.number = q.value(1).toString();
    e.fy = q.value(2).toString();
    e.serial = q.value(3).toInt();
    e.version = q.value(4).toInt();
    e.change = q.value(5).toString();
    e.reason = q.value(6).toString();
    e.changedAt = q.value(7).toString();
    e.changedBy = q.value(8).toString();
    e.cancelled = q.value(9).toInt() != 0;
    int i = int(kCommon.size());
    for (const FieldDef &f : m_def.fields) {
        if (isDataField(f))
            e.values.insert(f.key, Fields::fromStorage(f, q.value(i++)));
    }
    e.values.insert(m_def.numberKey, e.number);
    e.def = &m_def;
    return e;
}

QStringList EntryStore::insertColumns() const
{
    QStringList cols = {QStringLiteral("number"),     QStringLiteral("fy"),         QStringLiteral("serial"),
                        QStringLiteral("version"),    QStringLiteral("change"),     QStringLiteral("reason"),
                        QStringLiteral("changed_at"), QStringLiteral("changed_by"), QStringLiteral("cancelled")};
    for (const FieldDef &f : m_def.fields)
        if (isDataField(f))
            cols += u'"' + f.key + u'"';
    return cols;
}

void EntryStore::appendBinds(QVariantList &binds, const Version &v, const QVariantMap &values, const QString &changedAt) const
{
    binds << v.number << v.fy << v.serial << v.version << v.change << v.reason << changedAt << m_book.actor() << v.cancelled;
    for (const FieldDef &f : m_def.fields)
        if (isDataField(f))
            binds += Fields::toStorage(f, values.value(f.key));
}

Result<Entry> EntryStore::insertVersion(const Version &v, const QVariantMap &values)
{
    QVariantList binds;
    appendBinds(binds, v, values, m_book.clock().now().toString(Qt::ISODate));
    // Made once per store.
    if (m_insertSql.isEmpty()) {
        const QStringList cols = insertColumns();
        const QStringList marks(cols.size(), QStringLiteral("?"));
        m_insertSql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING %4")
                          .arg(m_def.table, cols.join(u','), marks.join(u','), selectColumns());
    }
    Entry written;
    if (auto s = m_book.execKept(m_insertSql,
                                 binds,
                                 [&](KeptRow &row) -> Status {
                                     if (!row.next())
                                         return makeError(ErrorCode::Storage, tr("The entry could not be written."));
                                     written = read(row);
                                     return {};
                                 });
        !s)
        return s.error();
    if (auto indexed = SearchIndex::put(m_book, m_def, written, v.version == 1); !indexed)
        return indexed.error();
    return written;
}

Result<QString> EntryStore::lgdCode() const
{
    if (!m_def.fileCodes)
        return QString();
    if (m_lgd.isNull()) {
        auto office = m_book.scalarKept(QStringLiteral("SELECT lgd_code FROM office"));
        if (!office)
            return office.error();
        m_lgd = office.value().toString();
    }
    return m_lgd;
}

QString EntryStore::numberOf(const QString &fy, const QString &subject, int serial) const
{
    // File codes: <LGD code>/<subject>/<serial>/<financial year>, the serial per subject and year.
    return m_def.fileCodes ? QStringLiteral("%1/%2/%3/%4").arg(m_lgd, subject).arg(serial, 4, 10, QLatin1Char('0')).arg(fy)
                           : formatNumber(m_def.prefix, fy, serial);
}

Result<int> EntryStore::lastSerial(const QString &fy, const QString &subject) const
{
    auto last = m_def.fileCodes
        ? m_book.scalarKept(QStringLiteral("SELECT coalesce(max(serial), 0) FROM %1 WHERE fy = ? AND subject_code = ?")
                                .arg(m_def.table),
                            {fy, subject})
        : m_book.scalarKept(QStringLiteral("SELECT coalesce(max(serial), 0) FROM %1 WHERE fy = ?").arg(m_def.table), {fy});
    if (!last)
        return last.error();
    return last.value().toInt();
}

Status EntryStore::numberNew(const QVariantMap &values, const QString &givenNumber, Version &v) const
{
    const QDate date = values.value(m_def.dateKey).toDate();
    v.fy = Dates::financialYear(date);
    v.number = text::normalized(givenNumber);
    const QString subject = values.value(QStringLiteral("subject_code")).toString();
    auto lgd = lgdCode();
    if (!lgd)
        return lgd.error();
    const auto format = [&](int serial) { return numberOf(v.fy, subject, serial); };
    if (v.number.isEmpty()) {
        auto last = lastSerial(v.fy, subject);
        if (!last)
            return last.error();
        v.serial = last.value() + 1;
        v.number = format(v.serial.toInt());
        return {};
    }
    static const QRegularExpression entryPattern(QStringLiteral("^([A-Z]+)/(\\d{4}-\\d{2})/(\\d{1,9})$"));
    static const QRegularExpression filePattern(QStringLiteral("^(\\d+)/([A-Z0-9_-]+)/(\\d{1,9})/(\\d{4}-\\d{2})$"));
    if (m_def.fileCodes) {
        const auto m = filePattern.match(v.number);
        if (m.hasMatch() && m.captured(1) == lgd.value() && m.captured(2) == subject) {
            v.fy = m.captured(4);
            v.serial = m.captured(3).toInt();
            v.number = format(v.serial.toInt());
        }
    } else if (const auto m = entryPattern.match(v.number); m.hasMatch() && m.captured(1) == m_def.prefix) {
        v.fy = m.captured(2);
        v.serial = m.captured(3).toInt();
        v.number = format(v.serial.toInt());
    }
    auto taken = m_book.scalarKept(QStringLiteral("SELECT number FROM %1 WHERE number = ? COLLATE NOCASE LIMIT 1").arg(m_def.table),
                               {v.number});
    if (!taken)
        return taken.error();
    if (taken.value().isValid())
        return makeError(ErrorCode::InputRejected,
                         m_def.fileCodes ? tr("The code %1 is already in the file index; leave the code empty to get the "
                                              "next one.")
                                               .arg(taken.value().toString())
                                         : tr("The number %1 is already in the register; leave the number empty to get the "
                                              "next one.")
                                               .arg(taken.value().toString()));
    return {};
}

Result<Entry> EntryStore::insert(const QVariantMap &values, const QString &givenNumber)
{
    const QDate date = values.value(m_def.dateKey).toDate();
    if (!date.isValid())
        return makeError(ErrorCode::InputRejected, tr("The entry has no date."));
    Entry result;
    Status s = m_book.transact([&]() -> Status {
        Version v;
        v.change = QStringLiteral("new");
        if (auto numbered = numberNew(values, givenNumber, v); !numbered)
            return numbered;
        auto row = insertVersion(v, values);
        if (!row)
            return row.error();
        result = row.value();
        return {};
    });
    if (!s)
        return s.error();
    return result;
}

Status EntryStore::eachCurrent(const std::function<Status(const Entry &)> &visit) const
{
    auto q = m_book.exec(QStringLiteral("SELECT %1 FROM %2 WHERE is_current = 1 ORDER BY id").arg(selectColumns(), m_def.table));
    if (!q)
        return q.error();
    while (q.value().next())
        if (auto s = visit(read(q.value())); !s)
            return s;
    return {};
}

Result<QList<Entry>> EntryStore::currentWhere(const QString &condition, const QVariantList &bindings, const QString &order) const
{
    auto q = m_book.exec(QStringLiteral("SELECT %1 FROM %2 WHERE is_current = 1 AND (%3) ORDER BY %4")
                             .arg(selectColumns(), m_def.table, condition, order),
                         bindings);
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q.value().next())
        out += read(q.value());
    return out;
}

Result<Entry> EntryStore::revise(const Entry &base, const QVariantMap &values, const QString &change,
                                 const QString &reason)
{
    const bool cancelling = change == u"cancel";
    Entry result;
    Status s = m_book.transact([&]() -> Status {
        auto now = current(base.number);
        if (!now)
            return now.error();
        if (now.value().version != base.version)
            return makeError(ErrorCode::InputRejected,
                             tr("%1 was changed by %2 meanwhile. Open it again and repeat your change.")
                                 .arg(base.number, now.value().changedBy));
        if (now.value().cancelled)
            return makeError(ErrorCode::InputRejected,
                             tr("%1 is cancelled; a cancelled entry is not changed any more.").arg(base.number));
        if (auto r = m_book.exec(QStringLiteral("UPDATE %1 SET is_current = 0 WHERE id = ?").arg(m_def.table),
                                 {now.value().rowId});
            !r)
            return r.error();
        auto row = insertVersion({base.number, base.fy, base.serial > 0 ? QVariant(base.serial) : QVariant(),
                                  base.version + 1, change, text::normalized(reason), cancelling ? 1 : 0},
                                 values);
        if (!row)
            return row.error();
        result = row.value();
        return {};
    });
    if (!s)
        return s.error();
    return result;
}

Result<Entry> EntryStore::cancel(const Entry &base, const QString &reason)
{
    if (text::normalized(reason).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write why the entry is cancelled."));
    return revise(base, base.values, QStringLiteral("cancel"), reason);
}

Result<Entry> EntryStore::current(const QString &number) const
{
    auto q = m_book.exec(QStringLiteral("SELECT %1 FROM %2 WHERE number = ? AND is_current = 1")
                             .arg(selectColumns(), m_def.table),
                         {text::normalized(number)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound,
                         tr("There is no entry %1 in the %2.").arg(number, Registers::title(m_def)));
    return read(q.value());
}

Result<QList<Entry>> EntryStore::history(const QString &number) const
{
    auto q = m_book.exec(QStringLiteral("SELECT %1 FROM %2 WHERE number = ? ORDER BY version")
                             .arg(selectColumns(), m_def.table),
                         {text::normalized(number)});
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q.value().next())
        out += read(q.value());
    return out;
}

QString EntryStore::where(const EntryFilter &filter, QVariantList &bindings) const
{
    QStringList parts = {QStringLiteral("is_current = 1")};
    const QString dateCol = u'"' + m_def.dateKey + u'"';
    if (filter.from.isValid()) {
        parts += dateCol + QStringLiteral(" >= ?");
        bindings += Dates::iso(filter.from);
    }
    if (filter.to.isValid()) {
        parts += dateCol + QStringLiteral(" <= ?");
        bindings += Dates::iso(filter.to);
    }
    if (!filter.status.isEmpty()) {
        for (const StatusFilter &st : m_def.statuses) {
            if (st.code != filter.status)
                continue;
            parts += u'(' + st.condition + u')';
            for (qsizetype n = st.condition.count(u'?'); n > 0; --n)
                bindings += Dates::iso(m_book.clock().today());
        }
    }
    const QString t = text::normalized(filter.text);
    if (!t.isEmpty()) {
        QString pattern = t;
        pattern.replace(u'\\', QStringLiteral("\\\\")).replace(u'%', QStringLiteral("\\%")).replace(u'_', QStringLiteral("\\_"));
        pattern = u'%' + pattern + u'%';
        QStringList any;
        for (const QString &k : m_def.textKeys) {
            any += u'"' + k + QStringLiteral("\" LIKE ? ESCAPE '\\'");
            bindings += pattern;
        }
        // The search of Ctrl+K too: a name in the other script or another spelling ("ramesh" finds रमेश), by the
        // words' sound in the search index.
        if (!m_def.isMaster() && !m_def.numberKey.isEmpty() && t.size() >= 2) {
            if (const QString match = SearchIndex::matchExpression(t); !match.isEmpty()) {
                any += QStringLiteral("number IN (SELECT d.key FROM search_docs d WHERE d.register = ? AND d.id IN"
                                      " (SELECT rowid FROM search_fts WHERE search_fts MATCH ?))");
                bindings += m_def.id;
                bindings += match;
            }
        }
        parts += u'(' + any.join(QStringLiteral(" OR ")) + u')';
    }
    return parts.join(QStringLiteral(" AND "));
}

Result<qint64> EntryStore::count(const EntryFilter &filter) const
{
    if (filter.isEmpty()) {
        auto n = m_book.scalar(QStringLiteral("SELECT entries FROM register_stats WHERE register = ?"), {m_def.table});
        if (!n)
            return n.error();
        return n.value().toLongLong();
    }
    QVariantList bindings;
    const QString w = where(filter, bindings);
    auto n = m_book.scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(m_def.table, w), bindings);
    if (!n)
        return n.error();
    return n.value().toLongLong();
}

Result<QList<Entry>> EntryStore::page(const EntryFilter &filter, const EntrySort &sort, qint64 offset, int limit,
                                      qint64 total) const
{
    QVariantList bindings;
    const QString w = where(filter, bindings);
    // The columns to order by, in turn; the row id last keeps equal keys in the order entered.
    QStringList keys = {u'"' + m_def.dateKey + u'"'};
    if (!sort.key.isEmpty()) {
        const FieldDef *f = m_def.field(sort.key);
        if (f && isDataField(*f))
            keys = {u'"' + f->key + u'"' + (sortsAsText(f->kind) ? QStringLiteral(" COLLATE gd_text") : QString())};
        else if (f)  // the entry number: by year, then serial
            keys = {QStringLiteral("fy"), QStringLiteral("serial"), QStringLiteral("number")};
    }
    bool backwards = false;
    if (total >= 0 && offset > total / 2) {
        // Read the same rows from the other end: the database then skips the few rows after them.
        backwards = true;
        const qint64 end = qMin(total, offset + limit);
        limit = int(qMax<qint64>(0, end - offset));
        offset = total - end;
    }
    const bool ascending = (sort.order == Qt::AscendingOrder) != backwards;
    const QString dir = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    keys += QStringLiteral("id");
    QStringList terms;
    for (const QString &k : keys)
        terms += k + dir;
    const QString order = terms.join(QStringLiteral(", "));
    bindings += limit;
    bindings += offset;
    auto q = m_book.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3 ORDER BY %4 LIMIT ? OFFSET ?")
                             .arg(selectColumns(), m_def.table, w, order),
                         bindings);
    if (!q)
        return q.error();
    QList<Entry> out;
    while (q.value().next())
        out += read(q.value());
    if (backwards)
        std::reverse(out.begin(), out.end());
    return out;
}

Result<QStringList> EntryStore::recentValues(const QString &key, int limit) const
{
    const FieldDef *f = m_def.field(key);
    if (!f || !isDataField(*f))
        return QStringList();
    auto q = m_book.exec(QStringLiteral("SELECT DISTINCT v FROM (SELECT \"%1\" AS v FROM %2 WHERE is_current = 1"
                                        " ORDER BY id DESC LIMIT 5000) WHERE v <> '' LIMIT ?")
                             .arg(f->key, m_def.table),
                         {limit});
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next())
        out += q.value().value(0).toString();
    return out;
}

}  // namespace gd
