#pragma once
// One search over the file index and every register: FTS5 with a tokenizer that keeps Devanagari vowel signs
// inside words, plus the phonetic key so that "ramesh" finds "रमेश" and the other way round.

#include "../storage/Book.h"
#include "EntryStore.h"

namespace gd {

struct SearchHit {
    QString registerId;  // "files", "visitors"…
    QString key;         // the file code or the entry number
    QString title;       // the name or the file's title
    QString detail;      // what else the entry says (village, mobile, subject…)
    QDate date;          // the entry's date
    double rank = 0;     // smaller is better
};

class SearchIndex {
    Q_DECLARE_TR_FUNCTIONS(gd::SearchIndex)
public:
    // The index tables (a schema step).
    static Status create(Book &book);
    // Fills the index from the current entries of every register (a new or upgraded book).
    static Status rebuild(Book &book);
    // Keeps one entry's row up to date; called in the writing transaction of every version. A cancelled entry
    // leaves the index. `firstVersion`: the entry is new, so no row of it is in the index yet.
    static Status put(Book &book, const RegisterDef &def, const Entry &entry, bool firstVersion = false);
    // The search rows of new entries (version 1, not cancelled) as put() writes each: made apart from the
    // writing (on another thread, for an import), then written by putNew in few statements.
    static QList<Bindable> newRows(const RegisterDef &def, const QList<Entry> &entries);
    static Status putNew(Book &book, const QList<Bindable> &rows);

    // Inside one transaction, for the many rows of an import: while a Batch is alive, put() leaves the new rows
    // out of the full-text index and finish() adds them all in one statement (a full-text write per row makes
    // FTS5 write out its pending words at every statement). A batch not finished must be rolled back.
    class Batch {
    public:
        explicit Batch(Book &book);
        ~Batch();
        Batch(const Batch &) = delete;
        Batch &operator=(const Batch &) = delete;
        Status finish();

    private:
        Book &m_book;
    };

    // Hits for typed text, grouped by register (the register of the best hit first), best first in a group.
    // A whole file code or entry number comes first of all (a barcode scanner types one).
    static Result<QList<SearchHit>> search(const Book &book, const QString &text, int limit = 60);
    // The FTS5 query for typed text: every word as a prefix, in the text columns or as a sound-alike; empty when
    // the text has no word.
    // The FTS5 expression for typed text: its first kMostWords words, within its first kMostCharacters characters.
    static QString matchExpression(const QString &text);
    static constexpr int kMostWords = 8;
    static constexpr int kMostCharacters = 200;
    // Words as the index sees them: letters with their vowel signs, and digits.
    static QStringList words(const QString &text);
};

}  // namespace gd
