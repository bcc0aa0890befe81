#pragma once
// The SQL functions the audit triggers call, and the same JSON and hash for the entries an import writes
// itself (AuditLog::insertEntries): one code for both, so that both write the same bytes.

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <sodium.h>

struct sqlite3;

namespace gd {

class Book;
struct Bindable;

namespace audit {

// gd_now, gd_actor, gd_json, gd_row, gd_sha256, gd_audit_hash and gd_by_trigger on the book's connection.
bool registerFunctions(sqlite3 *db, Book *book);

// A row's JSON keys as gd_row writes them, each `"name":`, in the columns' order.
QList<QByteArray> jsonKeys(const QStringList &columns);

// A column's type affinity, from its declared type (SQLite's rules, "Datatypes In SQLite" 3.1).
enum class Affinity { Text, Numeric, Integer, Real, Blob };
Affinity affinityOf(const QString &declaredType);
// Whether a value bound to a column of that affinity is stored just as it is bound (no conversion).
bool storedAsBound(const Bindable &value, Affinity affinity);
// The JSON gd_row makes of a row whose values are stored as bound: keys[i] with row[sources[i]].
QByteArray rowJson(const QList<QByteArray> &keys, const Bindable *row, const QList<int> &sources);

// An audit entry's hash as gd_audit_hash makes it: SHA-256 (hex) of the fields' UTF-8, 0x1F between them, a
// null field adding nothing.
class EntryHash {
public:
    EntryHash() { crypto_hash_sha256_init(&m_state); }
    void add(const char *utf8, size_t size);
    void add(const QByteArray &utf8) { add(utf8.constData(), size_t(utf8.size())); }
    void addNull() { add(nullptr, 0); }
    QByteArray hex();

private:
    crypto_hash_sha256_state m_state;
    bool m_first = true;
};

}  // namespace audit
}  // namespace gd
