#pragma once
// The Hindi words a clerk is likely to mean when phonetic typing is ambiguous ("kumar": कुमार or कुमर; "pandey":
// पांडेय or पाण्डेय): the words the book already uses (names, fathers' names, villages), counted, and a built-in
// list of common names, relations and village words for a new book. Found by the search's sound-alike key.

#include "base/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace gd {

class Book;

class TypingLexicon {
public:
    // The built-in list only (resources/typing/hindi-words.tsv).
    static TypingLexicon builtIn();
    // The built-in list and every Devanagari word the book's registers use, by how often.
    static Result<TypingLexicon> forBook(const Book &book);
    // forBook in two steps, so that the window reads the book and a thread of its own builds the lexicon: the
    // texts of the book's entries, each with how many entries have it, and the lexicon made from them.
    static Result<QList<QPair<QString, int>>> bookTexts(const Book &book);
    static TypingLexicon fromTexts(const QList<QPair<QString, int>> &texts);

    // Counts every Devanagari word of `text` `uses` times more (from the book when `fromBook`).
    void addText(const QString &text, int uses = 1, bool fromBook = true);
    // Up to `limit` spellings for one typed word, best first: `typed` as the clerk typed it (Latin letters for
    // phonetic typing) and `converted`, what the input method made of it (always among the spellings, last when
    // the lexicon knows better ones). Closest in sound to what was typed first, then the most used.
    QStringList suggest(const QString &typed, const QString &converted, int limit) const;
    // Whether it knows the word (from the book or the list).
    bool knows(const QString &word) const { return m_index.contains(word); }
    // How many different words it knows.
    qsizetype size() const { return m_words.size(); }

    // A word's letters as compared for closeness: Latin, plain, with the usual spelling variants made one; for a
    // Devanagari word each way Hindi may say it (its medial inherent a said or not), the fullest first.
    static QStringList soundLetters(const QString &word);

private:
    struct Word {
        QString text;
        QStringList letters;  // soundLetters(text)
        qint64 bookUses = 0;
        qint64 listUses = 0;
    };
    void add(const QString &word, qint64 uses, bool fromBook);
    QList<Word> m_words;
    QHash<QString, qsizetype> m_index;            // word → position in m_words
    QHash<QString, QList<qsizetype>> m_byKey;     // PhoneticKey::forWord → positions
};

}  // namespace gd
