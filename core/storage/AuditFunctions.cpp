#include "AuditFunctions.h"

#include "AuditLog.h"
#include "Book.h"

#include <limits>
#include <memory>
#include <sqlite3.h>

namespace gd::audit {

namespace {

// gd_now(): the clock's time, as ISO text. The text of the last second asked for is kept.
void gdNow(sqlite3_context *ctx, int, sqlite3_value **)
{
    const auto *book = static_cast<const Book *>(sqlite3_user_data(ctx));
    const QDateTime now = book->clock().now();
    thread_local qint64 lastSecond = std::numeric_limits<qint64>::min();
    thread_local int lastOffset = 0;
    thread_local Qt::TimeSpec lastSpec = Qt::LocalTime;
    thread_local QByteArray lastText;
    const qint64 second = now.toSecsSinceEpoch();
    if (second != lastSecond || now.offsetFromUtc() != lastOffset || now.timeSpec() != lastSpec) {
        lastText = now.toString(Qt::ISODate).toUtf8();
        lastSecond = second;
        lastOffset = now.offsetFromUtc();
        lastSpec = now.timeSpec();
    }
    sqlite3_result_text(ctx, lastText.constData(), int(lastText.size()), SQLITE_TRANSIENT);
}

void gdActor(sqlite3_context *ctx, int, sqlite3_value **)
{
    const auto *book = static_cast<const Book *>(sqlite3_user_data(ctx));
    const QByteArray actor = book->actor().toUtf8();
    sqlite3_result_text(ctx, actor.constData(), int(actor.size()), SQLITE_TRANSIENT);
}

// gd_by_trigger('table'): whether the table's insert triggers keep the books of its new rows now (their audit
// entries, the register's count); not while the book's batch writer does it itself (Book::RowTriggersAside).
void gdByTrigger(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    const auto *book = static_cast<const Book *>(sqlite3_user_data(ctx));
    const QByteArray &own = book->triggersAside();
    const int size = sqlite3_value_bytes(argv[0]);
    const bool aside = !own.isEmpty() && size == own.size()
        && memcmp(sqlite3_value_text(argv[0]), own.constData(), size_t(size)) == 0;
    sqlite3_result_int(ctx, aside ? 0 : 1);
}

void appendJsonString(QByteArray &out, const char *utf8, int size)
{
    out += '"';
    for (int i = 0; i < size; ++i) {
        const char c = utf8[i];
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (u < 0x20) {
            out += "\\u00";
            out += "0123456789abcdef"[u >> 4];
            out += "0123456789abcdef"[u & 15];
        } else {
            out += c;
        }
    }
    out += '"';
}

// A value as an argument of a function (in a trigger) or as a column of an answer row (an import's RETURNING):
// the same accessors, so that both give the same JSON.
struct Argument {
    sqlite3_value *v;
    int type() const { return sqlite3_value_type(v); }
    sqlite3_int64 integer() const { return sqlite3_value_int64(v); }
    double real() const { return sqlite3_value_double(v); }
    const void *blob() const { return sqlite3_value_blob(v); }
    const unsigned char *text() const { return sqlite3_value_text(v); }
    int bytes() const { return sqlite3_value_bytes(v); }  // after blob() or text()
};

struct Bound {
    const Bindable &b;
    int type() const
    {
        switch (b.kind) {
        case Bindable::Integer:
            return SQLITE_INTEGER;
        case Bindable::Real:
            return SQLITE_FLOAT;
        case Bindable::Text:
            return SQLITE_TEXT;
        case Bindable::Blob:
            return SQLITE_BLOB;
        default:
            return SQLITE_NULL;
        }
    }
    sqlite3_int64 integer() const { return b.integer; }
    double real() const { return b.real; }
    const void *blob() const { return b.bytes.constData(); }
    const unsigned char *text() const { return reinterpret_cast<const unsigned char *>(b.bytes.constData()); }
    int bytes() const { return int(b.bytes.size()); }
};

struct Column {
    sqlite3_stmt *s;
    int column;
    int type() const { return sqlite3_column_type(s, column); }
    sqlite3_int64 integer() const { return sqlite3_column_int64(s, column); }
    double real() const { return sqlite3_column_double(s, column); }
    const void *blob() const { return sqlite3_column_blob(s, column); }
    const unsigned char *text() const { return sqlite3_column_text(s, column); }
    int bytes() const { return sqlite3_column_bytes(s, column); }
};

// A column's value in the audit log's JSON. Blobs (photos, scans) are logged by their SHA-256 so the log
// stays small.
template <class Value>
void appendJsonValue(QByteArray &out, const Value &v)
{
    switch (v.type()) {
    case SQLITE_NULL:
        out += "null";
        break;
    case SQLITE_INTEGER:
        out += QByteArray::number(v.integer());
        break;
    case SQLITE_FLOAT:
        out += QByteArray::number(v.real(), 'g', 17);
        break;
    case SQLITE_BLOB: {
        const void *data = v.blob();
        const QByteArray blob(static_cast<const char *>(data), v.bytes());
        out += "{\"sha256\":\"" + AuditLog::sha256Hex(blob).toLatin1() + "\"}";
        break;
    }
    default: {
        const auto *text = reinterpret_cast<const char *>(v.text());
        appendJsonString(out, text, v.bytes());
    }
    }
}

// A row as a JSON object: keys[i] (each already `"name":`) with the value valueAt(i) gives.
template <class ValueAt>
QByteArray objectJson(const QList<QByteArray> &keys, const ValueAt &valueAt)
{
    QByteArray out;
    out.reserve(512);
    out += '{';
    for (qsizetype i = 0; i < keys.size(); ++i) {
        if (i > 0)
            out += ',';
        out += keys.at(i);
        appendJsonValue(out, valueAt(int(i)));
    }
    out += '}';
    return out;
}

// gd_json(name1, value1, name2, value2, …): a row as a JSON object, keys in the order given. Our own
// function, because SQLite's JSON functions may not run inside triggers with trusted_schema off.
void gdJson(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    QByteArray out = "{";
    for (int i = 0; i + 1 < argc; i += 2) {
        if (i > 0)
            out += ',';
        const Argument name{argv[i]};
        const auto *text = reinterpret_cast<const char *>(name.text());
        appendJsonString(out, text, name.bytes());
        out += ':';
        appendJsonValue(out, Argument{argv[i + 1]});
    }
    out += '}';
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
}

// gd_row('name1,name2,…', value1, value2, …): the same JSON object as gd_json, the names given once as one
// text so that the audit triggers stay short (SQLite reads every trigger's text when it opens the book). The
// names, each already written as a JSON key, are kept with the statement between calls.
void gdRow(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    using Keys = QList<QByteArray>;
    auto *keys = static_cast<Keys *>(sqlite3_get_auxdata(ctx, 0));
    std::unique_ptr<Keys> made;
    if (!keys) {
        const QByteArray names(reinterpret_cast<const char *>(sqlite3_value_text(argv[0])), sqlite3_value_bytes(argv[0]));
        made = std::make_unique<Keys>(jsonKeys(QString::fromUtf8(names).split(u',')));
        keys = made.get();
    }
    if (keys->size() != argc - 1) {
        sqlite3_result_error(ctx, "gd_row: as many values as names, please", -1);
        return;
    }
    const QByteArray out = objectJson(*keys, [&](int i) { return Argument{argv[i + 1]}; });
    sqlite3_result_text(ctx, out.constData(), int(out.size()), SQLITE_TRANSIENT);
    if (made)
        sqlite3_set_auxdata(ctx, 0, made.release(), [](void *p) { delete static_cast<Keys *>(p); });
}

// gd_audit_hash(field, …): AuditLog::rowHash of the fields' text, hashed as SQLite holds it (UTF-8) rather
// than through QString: the same bytes, without a copy of every field per row.
void gdAuditHash(sqlite3_context *ctx, int argc, sqlite3_value **argv)
{
    EntryHash hash;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            hash.addNull();
            continue;
        }
        const unsigned char *text = sqlite3_value_text(argv[i]);
        hash.add(reinterpret_cast<const char *>(text), size_t(sqlite3_value_bytes(argv[i])));
    }
    const QByteArray hex = hash.hex();
    sqlite3_result_text(ctx, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

// gd_sha256(text): the SHA-256 (hex) of a value's text, NULL for NULL (a password hash in the audit log).
void gdSha256(sqlite3_context *ctx, int, sqlite3_value **argv)
{
    if (sqlite3_value_type(argv[0]) == SQLITE_NULL) {
        sqlite3_result_null(ctx);
        return;
    }
    EntryHash hash;
    const unsigned char *text = sqlite3_value_text(argv[0]);
    hash.add(reinterpret_cast<const char *>(text), size_t(sqlite3_value_bytes(argv[0])));
    const QByteArray hex = hash.hex();
    sqlite3_result_text(ctx, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

}  // namespace

void EntryHash::add(const char *utf8, size_t size)
{
    const unsigned char separator = 0x1F;
    if (!m_first)
        crypto_hash_sha256_update(&m_state, &separator, 1);
    m_first = false;
    if (size > 0)
        crypto_hash_sha256_update(&m_state, reinterpret_cast<const unsigned char *>(utf8), size);
}

QByteArray EntryHash::hex()
{
    unsigned char digest[crypto_hash_sha256_BYTES];
    crypto_hash_sha256_final(&m_state, digest);
    char hex[crypto_hash_sha256_BYTES * 2 + 1];
    sodium_bin2hex(hex, sizeof hex, digest, sizeof digest);
    return QByteArray(hex, crypto_hash_sha256_BYTES * 2);
}

Affinity affinityOf(const QString &declaredType)
{
    const QString t = declaredType.toUpper();
    if (t.contains(QStringLiteral("INT")))
        return Affinity::Integer;
    if (t.contains(QStringLiteral("CHAR")) || t.contains(QStringLiteral("CLOB")) || t.contains(QStringLiteral("TEXT")))
        return Affinity::Text;
    if (t.isEmpty() || t.contains(QStringLiteral("BLOB")))
        return Affinity::Blob;
    if (t.contains(QStringLiteral("REAL")) || t.contains(QStringLiteral("FLOA")) || t.contains(QStringLiteral("DOUB")))
        return Affinity::Real;
    return Affinity::Numeric;
}

bool storedAsBound(const Bindable &value, Affinity affinity)
{
    switch (value.kind) {
    case Bindable::Null:
    case Bindable::Blob:
        return true;  // never converted
    case Bindable::Integer:
        return affinity == Affinity::Integer || affinity == Affinity::Numeric || affinity == Affinity::Blob;
    case Bindable::Real:
        // A whole number in a NUMERIC or INTEGER column may become an integer: not "as bound".
        return affinity == Affinity::Real || affinity == Affinity::Blob;
    default:
        // Text that looks like a number would become one in a NUMERIC, INTEGER or REAL column.
        return affinity == Affinity::Text || affinity == Affinity::Blob;
    }
}

QByteArray rowJson(const QList<QByteArray> &keys, const Bindable *row, const QList<int> &sources)
{
    return objectJson(keys, [&](int i) { return Bound{row[sources.at(i)]}; });
}

QList<QByteArray> jsonKeys(const QStringList &columns)
{
    QList<QByteArray> keys;
    for (const QString &column : columns) {
        const QByteArray name = column.toUtf8();
        QByteArray key;
        appendJsonString(key, name.constData(), int(name.size()));
        keys.append(key + ':');
    }
    return keys;
}

bool registerFunctions(sqlite3 *db, Book *book)
{
    const int flags = SQLITE_UTF8 | SQLITE_INNOCUOUS;
    int rc = sqlite3_create_function_v2(db, "gd_now", 0, flags, book, gdNow, nullptr, nullptr, nullptr);
    rc |= sqlite3_create_function_v2(db, "gd_actor", 0, flags, book, gdActor, nullptr, nullptr, nullptr);
    rc |= sqlite3_create_function_v2(db, "gd_by_trigger", 1, flags, book, gdByTrigger, nullptr, nullptr, nullptr);
    rc |= sqlite3_create_function_v2(db, "gd_json", -1, flags | SQLITE_DETERMINISTIC, book, gdJson, nullptr, nullptr,
                                     nullptr);
    rc |= sqlite3_create_function_v2(db, "gd_row", -1, flags | SQLITE_DETERMINISTIC, book, gdRow, nullptr, nullptr,
                                     nullptr);
    rc |= sqlite3_create_function_v2(db, "gd_sha256", 1, flags | SQLITE_DETERMINISTIC, book, gdSha256, nullptr, nullptr,
                                     nullptr);
    rc |= sqlite3_create_function_v2(db, "gd_audit_hash", -1, flags | SQLITE_DETERMINISTIC, book, gdAuditHash,
                                     nullptr, nullptr, nullptr);
    return rc == SQLITE_OK;
}

}  // namespace gd::audit

namespace gd {

QByteArray KeptRow::json(int firstColumn, const QList<QByteArray> &keys) const
{
    return audit::objectJson(keys, [&](int i) { return audit::Column{m_statement, firstColumn + i}; });
}

}  // namespace gd
