#include "SearchIndex.h"

#include "base/PhoneticKey.h"
#include "base/Text.h"
#include "../storage/Book.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

namespace gd {

namespace {

// The one place that knows the index is SQLite FTS5. unicode61 splits words at anything that is not a letter or
// a digit, and by default Devanagari vowel signs and the virama (Unicode marks) count as separators: रामेश्वर
// would be indexed as pieces, and "रस" would find प्रसाद. Marks are word characters here.
// How many of the newest matches are ranked for a query.
constexpr int kCandidates = 400;

const char *const kCreateFts =
    "CREATE VIRTUAL TABLE search_fts USING fts5(code, title, body, phonetic,"
    " content='search_docs', content_rowid='id',"
    " tokenize=\"unicode61 remove_diacritics 2 categories 'L* N* Co M*'\", prefix='1 2 3')";

QString serialsWithoutZeros(const QString &key)
{
    // "VIS/2026-27/000123" is also found as 123, "…/ADM/0004/…" as 4.
    QStringList extra;
    for (const QString &piece : SearchIndex::words(key))
        if (piece.size() > 1 && piece.startsWith(u'0')) {
            QString stripped = piece;
            while (stripped.size() > 1 && stripped.startsWith(u'0'))
                stripped.remove(0, 1);
            extra += stripped;
        }
    return extra.join(u' ');
}

struct Doc {
    QString code;
    QString title;
    QString body;
    QString phonetic;
    QString date;
};

Doc docOf(const RegisterDef &def, const Entry &e)
{
    Doc d;
    d.code = e.number;
    if (const QString extra = serialsWithoutZeros(e.number); !extra.isEmpty())
        d.code += u' ' + extra;
    QStringList body;
    for (qsizetype i = 1; i < def.textKeys.size(); ++i) {
        const QString value = e.values.value(def.textKeys.at(i)).toString();
        if (value.isEmpty())
            continue;
        if (i == 1)
            d.title = value;
        else
            body += value;
    }
    d.body = body.join(QStringLiteral(" · "));
    // The words of a legacy code ("Pur/Nirman/12/2019") sound like the rest.
    d.phonetic = PhoneticKey::forText(QStringList{e.number, d.title, d.body}.join(u' '));
    d.date = e.values.value(def.dateKey).toDate().toString(Qt::ISODate);
    return d;
}

}  // namespace

QStringList SearchIndex::words(const QString &input)
{
    const QString s = text::normalized(input).toLower();
    QStringList out;
    QString word;
    for (const QChar c : s) {
        if (c.isLetterOrNumber() || c.isMark()) {
            word += c;
        } else if (!word.isEmpty()) {
            out += word;
            word.clear();
        }
    }
    if (!word.isEmpty())
        out += word;
    return out;
}

Status SearchIndex::create(Book &book)
{
    for (const QString &sql : {QStringLiteral("CREATE TABLE search_docs ("
                                              " id INTEGER PRIMARY KEY, register TEXT NOT NULL, key TEXT NOT NULL,"
                                              " date TEXT NOT NULL DEFAULT '', code TEXT NOT NULL, title TEXT NOT NULL,"
                                              " body TEXT NOT NULL, phonetic TEXT NOT NULL,"
                                              " UNIQUE (register, key))"),
                               QStringLiteral("CREATE INDEX search_docs_key ON search_docs (key COLLATE NOCASE)"),
                               QString::fromLatin1(kCreateFts)})
        if (auto r = book.exec(sql); !r)
            return r.error();
    return {};
}

Status SearchIndex::rebuild(Book &book)
{
    if (auto r = book.exec(QStringLiteral("DELETE FROM search_docs")); !r)
        return r.error();
    if (auto r = book.exec(QStringLiteral("INSERT INTO search_fts (search_fts) VALUES ('delete-all')")); !r)
        return r.error();
    for (const RegisterDef *def : Registers::all()) {
        if (def->isMaster())
            continue;
        // An older book being upgraded has only the registers of the steps applied so far.
        auto exists = book.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?"), {def->table});
        if (!exists)
            return exists.error();
        if (!exists.value().isValid())
            continue;
        if (auto s = EntryStore(book, *def).eachCurrent([&](const Entry &e) { return put(book, *def, e); }); !s)
            return s;
    }
    return {};
}

namespace {

// The open batches: per book, the first search row id the batch made (0 until it makes one).
QHash<const Book *, qint64> &batches()
{
    static QHash<const Book *, qint64> open;
    return open;
}

}  // namespace

SearchIndex::Batch::Batch(Book &book) : m_book(book)
{
    batches().insert(&book, 0);
}

SearchIndex::Batch::~Batch()
{
    batches().remove(&m_book);
}

Status SearchIndex::Batch::finish()
{
    const qint64 first = batches().value(&m_book);
    batches().remove(&m_book);
    if (first == 0)
        return {};
    return m_book.execKept(QStringLiteral("INSERT INTO search_fts (rowid, code, title, body, phonetic)"
                                          " SELECT id, code, title, body, phonetic FROM search_docs WHERE id >= ?"),
                           {first});
}

Status SearchIndex::put(Book &book, const RegisterDef &def, const Entry &entry, bool firstVersion)
{
    const auto batch = batches().find(&book);
    // A row the open batch made is not in the full-text index yet.
    const auto deferred = [&](const QVariant &id) {
        return batch != batches().end() && batch.value() > 0 && id.toLongLong() >= batch.value();
    };
    QVariant id;
    QVariantList old;
    if (auto s = firstVersion ? Status() : book.execKept(QStringLiteral("SELECT id, code, title, body, phonetic FROM search_docs WHERE register = ? AND key = ?"),
                               {def.id, entry.number},
                               [&](KeptRow &q) -> Status {
                                   if (q.next())
                                       old = {q.value(0), q.value(1), q.value(2), q.value(3), q.value(4)};
                                   return {};
                               });
        !s)
        return s;
    if (!old.isEmpty()) {
        id = old.at(0);
        if (!deferred(id)) {
            if (auto r = book.execKept(QStringLiteral("INSERT INTO search_fts (search_fts, rowid, code, title, body, phonetic)"
                                                      " VALUES ('delete', ?, ?, ?, ?, ?)"),
                                       old);
                !r)
                return r;
        }
        if (auto r = book.execKept(QStringLiteral("DELETE FROM search_docs WHERE id = ?"), {id}); !r)
            return r;
    }
    if (entry.cancelled)
        return {};
    const Doc d = docOf(def, entry);
    QVariant rowId;
    if (auto r = book.execKept(QStringLiteral("INSERT INTO search_docs (id, register, key, date, code, title, body, phonetic)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"),
                               {id, def.id, entry.number, d.date, d.code, d.title, d.body, d.phonetic},
                               [&](KeptRow &q) -> Status {
                                   if (q.next())
                                       rowId = q.value(0);
                                   return {};
                               });
        !r)
        return r;
    if (!rowId.isValid())
        return makeError(ErrorCode::Storage, tr("The search index could not be written."));
    if (batch != batches().end()) {
        if (batch.value() == 0 && !id.isValid())
            batch.value() = rowId.toLongLong();
        if (deferred(rowId))
            return {};
    }
    return book.execKept(QStringLiteral("INSERT INTO search_fts (rowid, code, title, body, phonetic) VALUES (?, ?, ?, ?, ?)"),
                         {rowId, d.code, d.title, d.body, d.phonetic});
}

QList<Bindable> SearchIndex::newRows(const RegisterDef &def, const QList<Entry> &entries)
{
    QList<Bindable> values;
    values.reserve(entries.size() * 7);
    const Bindable registerId = Bindable::text(def.id.toUtf8());
    for (const Entry &e : entries) {
        const Doc d = docOf(def, e);
        values << registerId << Bindable::text(e.number.toUtf8()) << Bindable::text(d.date.toUtf8())
               << Bindable::text(d.code.toUtf8()) << Bindable::text(d.title.toUtf8()) << Bindable::text(d.body.toUtf8())
               << Bindable::text(d.phonetic.toUtf8());
    }
    return values;
}

Status SearchIndex::putNew(Book &book, const QList<Bindable> &values)
{
    if (values.isEmpty())
        return {};
    // The ids the rows get: the next ones (search_docs.id is the row id, given as the largest plus one).
    auto first = book.scalarKept(QStringLiteral("SELECT coalesce(max(id), 0) + 1 FROM search_docs"));
    if (!first)
        return first.error();
    if (auto s = book.insertRows(QStringLiteral("INSERT INTO search_docs (register, key, date, code, title, body, phonetic)"),
                                 7, values);
        !s)
        return s;
    const auto batch = batches().find(&book);
    if (batch != batches().end()) {
        if (batch.value() == 0)
            batch.value() = first.value().toLongLong();
        return {};
    }
    return book.execKept(QStringLiteral("INSERT INTO search_fts (rowid, code, title, body, phonetic)"
                                        " SELECT id, code, title, body, phonetic FROM search_docs WHERE id >= ?"),
                         {first.value()});
}

QString SearchIndex::matchExpression(const QString &text)
{
    QStringList parts;
    // A search is a few words: a pasted page (a 12 kB query of words and ORs took 10 s) is cut to its first ones.
    for (const QString &w : words(text.left(kMostCharacters)).mid(0, kMostWords)) {
        const bool digits = std::all_of(w.cbegin(), w.cend(), [](QChar c) { return c.isDigit(); });
        // A short number is a serial ("APP 2", "nirman 12"): a whole piece of a code, not the start of 2026;
        // a longer one may be the start of a mobile number or a serial with its zeros.
        const QString inText = digits && w.size() < 3
            ? QStringLiteral("code : \"%1\"").arg(w)
            : QStringLiteral("{code title body} : \"%1\"*").arg(w);
        const QString key = PhoneticKey::forWord(w);
        parts += key.isEmpty() ? inText : QStringLiteral("(%1 OR phonetic : \"%2\"*)").arg(inText, key);
    }
    return parts.join(QStringLiteral(" AND "));
}

namespace {

// How well a found document answers the typed words: per word the best of a whole or starting match in the
// code, the title, the rest, or by sound; a word matched nowhere (it came through another column's prefix)
// adds nothing.
double score(const QStringList &typed, const QStringList &keys, const QString &code, const QString &title, const QString &body,
             const QString &phonetic)
{
    const QStringList codeWords = SearchIndex::words(code);
    const QStringList titleWords = SearchIndex::words(title);
    const QStringList bodyWords = SearchIndex::words(body);
    const QStringList sounds = phonetic.split(u' ', Qt::SkipEmptyParts);
    const auto best = [](const QStringList &in, const QString &w, double whole, double start) {
        double b = 0;
        for (const QString &x : in) {
            if (x == w)
                return whole;
            if (x.startsWith(w))
                b = start;
        }
        return b;
    };
    double total = 0;
    for (qsizetype i = 0; i < typed.size(); ++i) {
        const QString &w = typed.at(i);
        double s = std::max({best(codeWords, w, 10, 6), best(titleWords, w, 8, 5), best(bodyWords, w, 3, 2)});
        if (!keys.at(i).isEmpty())
            s = std::max(s, best(sounds, keys.at(i).toLower(), 2.5, 1.5));
        total += s;
    }
    return total;
}

}  // namespace

Result<QList<SearchHit>> SearchIndex::search(const Book &book, const QString &text, int limit)
{
    QList<SearchHit> hits;
    const QString typed = text::normalized(text.left(kMostCharacters)).trimmed();
    if (typed.isEmpty())
        return hits;
    // A whole code or number, as a barcode scanner types it.
    auto exact = book.exec(QStringLiteral("SELECT register, key, title, body, date FROM search_docs WHERE key = ? COLLATE NOCASE"),
                           {typed});
    if (!exact)
        return exact.error();
    while (exact.value().next())
        hits += SearchHit{exact.value().value(0).toString(), exact.value().value(1).toString(), exact.value().value(2).toString(),
                          exact.value().value(3).toString(), QDate::fromString(exact.value().value(4).toString(), Qt::ISODate), -1e9};
    const QString match = matchExpression(typed);
    if (match.isEmpty())
        return hits;
    // The newest matches (FTS5 walks its lists from the end and stops early), ranked here: ranking every match
    // of a short prefix would cost a quarter of a second in a ten-year book.
    auto q = book.exec(QStringLiteral("SELECT d.id, d.register, d.key, d.title, d.body, d.date, d.code, d.phonetic"
                                      " FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? ORDER BY rowid DESC LIMIT ?) AS m"
                                      " JOIN search_docs d ON d.id = m.rowid"),
                       {match, kCandidates});
    if (!q)
        return q.error();
    const QStringList typedWords = words(typed);
    QStringList keys;
    for (const QString &w : typedWords)
        keys += PhoneticKey::forWord(w);
    struct Found {
        SearchHit hit;
        qint64 id;
    };
    QList<Found> found;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        SearchHit h{r.value(1).toString(), r.value(2).toString(), r.value(3).toString(), r.value(4).toString(),
                    QDate::fromString(r.value(5).toString(), Qt::ISODate), 0};
        if (std::any_of(hits.cbegin(), hits.cend(), [&](const SearchHit &o) { return o.registerId == h.registerId && o.key == h.key; }))
            continue;
        h.rank = -score(typedWords, keys, r.value(6).toString(), h.title, h.detail, r.value(7).toString());
        found += Found{h, r.value(0).toLongLong()};
    }
    // Best first; of equals, the newest.
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        return a.hit.rank != b.hit.rank ? a.hit.rank < b.hit.rank : a.id > b.id;
    });
    for (qsizetype i = 0; i < found.size() && hits.size() < limit; ++i)
        hits += found.at(i).hit;
    // Grouped by register: the register of the best hit first; within a register, best first.
    QHash<QString, int> groupOrder;
    for (const SearchHit &h : hits)
        if (!groupOrder.contains(h.registerId))
            groupOrder.insert(h.registerId, int(groupOrder.size()));
    std::stable_sort(hits.begin(), hits.end(), [&](const SearchHit &a, const SearchHit &b) {
        return groupOrder.value(a.registerId) < groupOrder.value(b.registerId);
    });
    return hits;
}

}  // namespace gd
