#include "base/PhoneticKey.h"

#include "base/Text.h"

#include <QHash>
#include <QStringList>
#include <memory>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace gd {

namespace {

icu::Transliterator *devanagariToLatin()
{
    // ICU transliterators are not safe to share between threads: one per thread.
    thread_local std::unique_ptr<icu::Transliterator> instance = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
            icu::UnicodeString::fromUTF8("Devanagari-Latin"), UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(t) : nullptr;
    }();
    return instance.get();
}

bool isVowel(QChar c)
{
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

}  // namespace

QString PhoneticKey::toLatin(const QString &input)
{
    QString s = text::normalized(input);
    if (!text::hasDevanagari(s))
        return s;
    // ज्ञ is written "gya" by nearly everyone in Latin letters ("Gyan"), not "jña".
    s.replace(QStringLiteral("ज्ञ"), QStringLiteral("ग्य"));
    icu::Transliterator *t = devanagariToLatin();
    if (!t)
        return s;
    icu::UnicodeString u(reinterpret_cast<const UChar *>(s.utf16()), int32_t(s.size()));
    t->transliterate(u);
    QString latin(reinterpret_cast<const QChar *>(u.getBuffer()), u.length());
    // Anusvara and chandrabindu are a nasal that Latin spellings write as "n".
    latin.replace(QChar(0x1E41), u'n');                        // ṁ
    latin.replace(QStringLiteral("m\u0310"), QStringLiteral("n"));  // m̐
    // Strip the remaining diacritics: ā → a, ś → s, ṭ → t, r̥ → r.
    const QString decomposed = latin.normalized(QString::NormalizationForm_D);
    QString plain;
    plain.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing && c.category() != QChar::Mark_SpacingCombining)
            plain += c;
    }
    return plain;
}

QString PhoneticKey::forWord(const QString &word)
{
    QString w = toLatin(word).toLower();
    QString letters;
    for (QChar c : w) {
        if (c >= u'a' && c <= u'z')
            letters += c;
    }
    if (letters.isEmpty())
        return {};

    // Spelling variants that sound the same.
    letters.replace(QStringLiteral("ph"), QStringLiteral("p"));
    letters.replace(u'f', u'p');
    letters.replace(QStringLiteral("sh"), QStringLiteral("s"));
    letters.replace(QStringLiteral("ck"), QStringLiteral("k"));
    letters.replace(u'q', u'k');
    letters.replace(u'x', QStringLiteral("ks"));
    letters.replace(u'w', u'v');
    letters.replace(u'z', u'j');

    QString key;
    for (qsizetype i = 0; i < letters.size(); ++i) {
        const QChar c = letters.at(i);
        const QChar prev = i > 0 ? letters.at(i - 1) : QChar();
        const QChar next = i + 1 < letters.size() ? letters.at(i + 1) : QChar();
        if (i == 0) {
            key += isVowel(c) ? QChar(u'A') : c.toUpper();
            continue;
        }
        if (isVowel(c) || c == u'y')
            continue;  // vowels and the glide y vary most between spellings
        if (c == u'h' && !isVowel(prev))
            continue;  // aspiration: bh, dh, kh, th, ch, gh...
        QChar out = c;
        if (c == u'n' && (next == u'b' || next == u'p' || next == u'm'))
            out = u'm';
        if (c == u'g' && prev == u'n' && (next.isNull() || next == u'h'))
            continue;  // "Singh" sounds as "सिंह"
        out = out.toUpper();
        if (!key.isEmpty() && key.back() == out)
            continue;  // doubled consonants: "Pappu", "Mamta"/"ममता"
        key += out;
    }
    return key;
}

QString PhoneticKey::forText(const QString &input)
{
    // Names repeat all day long; a word's key is worked out once (ICU transliteration is the slow part).
    thread_local QHash<QString, QString> cache;
    QStringList keys;
    QString word;
    const auto flush = [&] {
        if (word.isEmpty())
            return;
        auto it = cache.constFind(word);
        if (it == cache.cend()) {
            if (cache.size() > 50000)
                cache.clear();
            it = cache.insert(word, forWord(word));
        }
        if (!it->isEmpty())
            keys += *it;
        word.clear();
    };
    for (QChar c : text::normalized(input)) {
        if (c.isLetter() || c.isMark())
            word += c;
        else
            flush();
    }
    flush();
    return keys.join(u' ');
}

}  // namespace gd
