#include "input/TypingLexicon.h"

#include "base/PhoneticKey.h"
#include "base/Text.h"
#include "registers/SearchIndex.h"
#include "storage/Book.h"

#include <QFile>
#include <QSqlQuery>
#include <algorithm>
#include <limits>

namespace gd {

namespace {

// Edits (insert, delete, change one letter) that turn a into b.
int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        row[j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

// Latin letters for a Devanagari letter as people spell names ("sh" for both श and ष); empty for a mark.
QString latinOf(QChar c)
{
    static const QHash<char16_t, const char *> letters = {
        {u'क', "k"},  {u'ख', "kh"}, {u'ग', "g"},  {u'घ', "gh"}, {u'ङ', "n"},  {u'च', "ch"}, {u'छ', "chh"},
        {u'ज', "j"},  {u'झ', "jh"}, {u'ञ', "n"},  {u'ट', "t"},  {u'ठ', "th"}, {u'ड', "d"},  {u'ढ', "dh"},
        {u'ण', "n"},  {u'त', "t"},  {u'थ', "th"}, {u'द', "d"},  {u'ध', "dh"}, {u'न', "n"},  {u'प', "p"},
        {u'फ', "ph"}, {u'ब', "b"},  {u'भ', "bh"}, {u'म', "m"},  {u'य', "y"},  {u'र', "r"},  {u'ल', "l"},
        {u'व', "v"},  {u'श', "sh"}, {u'ष', "sh"}, {u'स', "s"},  {u'ह', "h"},  {u'अ', "a"},  {u'आ', "a"},
        {u'इ', "i"},  {u'ई', "i"},  {u'उ', "u"},  {u'ऊ', "u"},  {u'ऋ', "ri"}, {u'ए', "e"},  {u'ऐ', "ai"},
        {u'ओ', "o"},  {u'औ', "au"}, {u'ा', "a"},  {u'ि', "i"},  {u'ी', "i"},  {u'ु', "u"},  {u'ू', "u"},
        {u'ृ', "ri"}, {u'े', "e"},  {u'ै', "ai"}, {u'ो', "o"},  {u'ौ', "au"}, {u'ॅ', "e"},  {u'ॉ', "o"},
        {u'ं', "n"},  {u'ँ', "n"},  {u'ः', "h"}};
    const auto it = letters.constFind(c.unicode());
    return it == letters.cend() ? QString() : QString::fromLatin1(*it);
}

// A Devanagari word as Hindi may speak it, in Latin letters: the inherent a of a consonant is said except at the
// end of the word (unless a cluster ends it: मिश्र "mishra"), and between two sounded syllables it may or may
// not be said (रामलाल "ramlal", कमला "kamla", धर्मपाल "dharmpal", but कमल "kamal", शिवप्रसाद "shivprasad"):
// each such a both ways, the first form with none dropped.
QStringList spokenLatin(const QString &word)
{
    QString w = word;
    w.remove(QChar(0x093C));  // nukta: ड़ is spelled d, फ़ f or ph
    w.replace(QStringLiteral("ज्ञ"), QStringLiteral("ग्य"));
    struct Syllable {
        QString consonants;  // Latin of the cluster
        bool cluster = false;
        QString vowel;       // Latin of its vowel sign, "a" for the inherent one, empty after a virama
        bool inherent = false;
        QString after;       // a nasal or visarga
    };
    QList<Syllable> syllables;
    for (qsizetype i = 0; i < w.size(); ++i) {
        const QChar c = w.at(i);
        if (text::isDevanagariConsonant(c)) {
            Syllable s;
            s.consonants = latinOf(c);
            while (i + 2 < w.size() && w.at(i + 1) == u'\u094D' && text::isDevanagariConsonant(w.at(i + 2))) {
                s.consonants += latinOf(w.at(i + 2));
                s.cluster = true;
                i += 2;
            }
            if (i + 1 < w.size() && w.at(i + 1) == u'\u094D') {
                ++i;  // a virama ends it
            } else if (i + 1 < w.size() && w.at(i + 1) >= u'\u093E' && w.at(i + 1) <= u'\u094C') {
                s.vowel = latinOf(w.at(++i));
            } else {
                s.vowel = QStringLiteral("a");
                s.inherent = true;
            }
            syllables += s;
        } else if (c == u'\u0902' || c == u'\u0901' || c == u'\u0903') {
            if (!syllables.isEmpty())
                syllables.last().after += latinOf(c);
        } else if (!latinOf(c).isEmpty()) {
            Syllable s;
            s.vowel = latinOf(c);
            syllables += s;
        }
    }
    const auto sounded = [&](qsizetype i) { return !syllables.at(i).vowel.isEmpty(); };
    // The final a is not said, except after a cluster (मिश्र "mishra", पुत्र "putra").
    if (syllables.size() > 1 && syllables.last().inherent && !syllables.last().cluster && syllables.last().after.isEmpty()) {
        syllables.last().vowel.clear();
        syllables.last().inherent = false;
    }
    QList<qsizetype> droppable;
    for (qsizetype i = 1; i + 1 < syllables.size(); ++i) {
        if (syllables.at(i).inherent && syllables.at(i).after.isEmpty() && sounded(i - 1) && sounded(i + 1))
            droppable += i;
    }
    droppable = droppable.mid(0, 4);  // 16 forms at most
    QStringList forms;
    for (int mask = 0; mask < (1 << droppable.size()); ++mask) {
        QString out;
        for (qsizetype i = 0; i < syllables.size(); ++i) {
            const Syllable &s = syllables.at(i);
            const qsizetype at = droppable.indexOf(i);
            const bool dropped = at >= 0 && (mask & (1 << at));
            out += s.consonants + (dropped ? QString() : s.vowel) + s.after;
        }
        forms += out;
    }
    return forms;
}

// Latin letters as compared: lower case, the same sound spelled the ways people spell it made one.
QString plainLetters(const QString &latin)
{
    QString s;
    s.reserve(latin.size());
    for (QChar c : latin.toLower()) {
        if (c >= u'a' && c <= u'z')
            s += c;
    }
    // The same sound, spelled the ways people spell it.
    s.replace(QStringLiteral("aa"), QStringLiteral("a"));
    s.replace(QStringLiteral("ee"), QStringLiteral("i"));
    s.replace(QStringLiteral("oo"), QStringLiteral("u"));
    s.replace(QStringLiteral("sh"), QStringLiteral("s"));
    s.replace(QStringLiteral("ph"), QStringLiteral("f"));
    s.replace(QStringLiteral("ck"), QStringLiteral("k"));
    s.replace(u'w', u'v');
    s.replace(u'z', u'j');
    s.replace(u'q', u'k');
    // "Dubey" for दुबे, "Chaudhary" for चौधरी: a final y after e is silent, after a consonant it is an i.
    if (s.endsWith(QStringLiteral("ey")))
        s.chop(1);
    else if (s.size() > 2 && s.endsWith(u'y') && !QStringLiteral("aeiou").contains(s.at(s.size() - 2)))
        s.back() = u'i';
    // "Verma" for वर्मा, "Pandey" for पांडेय: e is written for the short a as often as for the e sign.
    s.replace(u'e', u'a');
    // "Singh" for सिंह: the nasal before h is written ng.
    s.replace(QStringLiteral("ngh"), QStringLiteral("nh"));
    if (s.endsWith(QStringLiteral("ng")))
        s.chop(1);
    return s;
}

// The consonants of plain letters, a doubled one once: "sadak" and "saddak" are "~sdk".
QString consonantKey(const QString &letters)
{
    QString key(u'~');
    for (QChar c : letters) {
        if (!QStringLiteral("aeiou").contains(c) && key.back() != c)
            key += c;
    }
    return key;
}

}  // namespace

QStringList TypingLexicon::soundLetters(const QString &word)
{
    if (!text::hasDevanagari(word))
        return {plainLetters(word)};
    QStringList out;
    for (const QString &form : spokenLatin(text::normalized(word))) {
        const QString plain = plainLetters(form);
        if (!out.contains(plain))
            out += plain;
    }
    return out;
}

void TypingLexicon::add(const QString &word, qint64 uses, bool fromBook)
{
    auto it = m_index.constFind(word);
    if (it == m_index.cend()) {
        const QString key = PhoneticKey::forWord(word);
        if (key.isEmpty())
            return;
        it = m_index.insert(word, m_words.size());
        m_words += Word{word, soundLetters(word), 0, 0};
        // Found by the search's sound-alike key, and by the consonants of the way it is said (ड़ is d there:
        // "sadak" finds सड़क, which the search's key reads as "sarak").
        QStringList keys{key};
        for (const QString &form : std::as_const(m_words.last().letters))
            keys += consonantKey(form);
        keys.removeDuplicates();
        for (const QString &k : std::as_const(keys))
            m_byKey[k] += *it;
    }
    Word &w = m_words[*it];
    (fromBook ? w.bookUses : w.listUses) += uses;
}

void TypingLexicon::addText(const QString &text, int uses, bool fromBook)
{
    // The words as the search index sees them; the Devanagari ones of more than one letter.
    for (const QString &w : SearchIndex::words(text)) {
        if (w.size() > 1 && text::hasDevanagari(w))
            add(w, uses, fromBook);
    }
}

TypingLexicon TypingLexicon::builtIn()
{
    TypingLexicon lexicon;
    QFile file(QStringLiteral(":/typing/hindi-words.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return lexicon;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(u'\n');
    for (const QString &line : lines) {
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList cells = line.split(u'\t');
        const int weight = cells.size() > 1 ? std::max(1, cells.at(1).trimmed().toInt()) : 1;
        lexicon.add(text::normalized(cells.at(0).trimmed()), weight, false);
    }
    return lexicon;
}

Result<QList<QPair<QString, int>>> TypingLexicon::bookTexts(const Book &book)
{
    // Every current entry's name and details, as the search keeps them; a text repeated (a village, a common
    // name) is read once, with the number of entries that have it.
    QList<QPair<QString, int>> texts;
    for (const QString &sql : {QStringLiteral("SELECT title, count(*) FROM search_docs GROUP BY title"),
                               QStringLiteral("SELECT body, count(*) FROM search_docs GROUP BY body")}) {
        auto q = book.exec(sql);
        if (!q)
            return q.error();
        while (q.value().next())
            texts += {q.value().value(0).toString(), q.value().value(1).toInt()};
    }
    return texts;
}

TypingLexicon TypingLexicon::fromTexts(const QList<QPair<QString, int>> &texts)
{
    TypingLexicon lexicon = builtIn();
    for (const auto &[text, uses] : texts)
        lexicon.addText(text, uses, true);
    return lexicon;
}

Result<TypingLexicon> TypingLexicon::forBook(const Book &book)
{
    auto texts = bookTexts(book);
    if (!texts)
        return texts.error();
    return fromTexts(texts.value());
}

QStringList TypingLexicon::suggest(const QString &typed, const QString &converted, int limit) const
{
    if (limit <= 0)
        return {};
    const QString reference = text::hasDevanagari(typed) || typed.isEmpty() ? converted : typed;
    const QString key = PhoneticKey::forWord(reference);
    const QString letters = soundLetters(reference).value(0);
    const auto closeness = [&](const QStringList &forms) {
        int best = std::numeric_limits<int>::max();
        for (const QString &f : forms)
            best = std::min(best, editDistance(letters, f));
        return best;
    };
    struct Scored {
        QString text;
        int distance;
        qint64 uses;
    };
    QList<Scored> scored;
    QList<qsizetype> found = m_byKey.value(key) + m_byKey.value(consonantKey(letters));
    std::sort(found.begin(), found.end());
    found.erase(std::unique(found.begin(), found.end()), found.end());
    for (qsizetype at : std::as_const(found)) {
        const Word &w = m_words.at(at);
        const int distance = closeness(w.letters);
        // Far in sound (a different vowel in every syllable) is not what was meant.
        if (distance > std::max<qsizetype>(2, letters.size() / 2))
            continue;
        // A word the book uses outweighs one only on the built-in list.
        scored += Scored{w.text, distance, w.bookUses * 1000 + w.listUses};
    }
    // What the keys made competes too: a word the lexicon does not know ("komal") is not turned into a
    // neighbour it knows ("kamal"), while a known better spelling of the same sound comes first.
    const QString plain = text::normalized(converted);
    if (!plain.isEmpty() && !m_index.contains(plain))
        scored += Scored{plain, closeness(soundLetters(plain)), 0};
    std::sort(scored.begin(), scored.end(), [](const Scored &a, const Scored &b) {
        if (a.distance != b.distance)
            return a.distance < b.distance;
        if (a.uses != b.uses)
            return a.uses > b.uses;
        return a.text < b.text;
    });
    QStringList out;
    for (const Scored &s : scored)
        out += s.text;
    if (!plain.isEmpty() && !out.contains(plain))
        out += plain;
    return out.mid(0, limit);
}

}  // namespace gd
