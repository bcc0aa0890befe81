#pragma once
// The SQL functions the audit triggers call, and the same JSON and hash for the entries an import writes
// itself (AuditLog::appendInserts): one code for both, so that both write the same bytes.

#include <QByteArray>
#include <QList>
#include <QStringList>
#include <sodium.h>

struct sqlite3;

namespace gd {

class Book;

namespace audit {

// gd_now, gd_actor, gd_json, gd_row, gd_audit_hash and gd_by_trigger on the book's connection.
bool registerFunctions(sqlite3 *db, Book *book);

// A row's JSON keys as gd_row writes them, each `"name":`, in the columns' order.
QList<QByteArray> jsonKeys(const QStringList &columns);

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
