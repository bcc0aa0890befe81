#include "input/LegacyFont.h"

#include "base/Csv.h"
#include "base/Text.h"
#include "registers/Fields.h"
#include "registers/Registers.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <array>

namespace gd {

namespace {

// Stand-ins while the text is read: the i sign (alone, with a bindu, with the next cluster's reph, with both) and
// the reph, put in their places afterwards.
constexpr char16_t kISign = 0xE001;
constexpr char16_t kReph = 0xE002;
constexpr char16_t kISignNasal = 0xE003;
constexpr char16_t kISignReph = 0xE004;
constexpr char16_t kISignRephNasal = 0xE005;

bool isISign(QChar c)
{
    return c == QChar(kISign) || c == QChar(kISignNasal) || c == QChar(kISignReph) || c == QChar(kISignRephNasal);
}

struct Mapping {
    QHash<QString, QString> runs;  // run of legacy bytes → Unicode
    int longest = 1;
};

// Reads a mapping file (resources/typing/*.tsv) over `out`: each line replaces the reading of its run, or takes it
// away ({none}).
void readMapping(const QString &path, Mapping &out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return;
    static const QList<std::pair<QString, QChar>> tokens{
        {QStringLiteral("{i-reph-nasal}"), QChar(kISignRephNasal)}, {QStringLiteral("{i-reph}"), QChar(kISignReph)},
        {QStringLiteral("{i-nasal}"), QChar(kISignNasal)},          {QStringLiteral("{i}"), QChar(kISign)},
        {QStringLiteral("{reph}"), QChar(kReph)}};
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (line.isEmpty() || (line.startsWith(u'#') && !line.startsWith(QStringLiteral("#\t"))))
            continue;  // a note ("#" alone, before a tab, is KrutiDev's रु)
        const qsizetype tab = line.indexOf(u'\t');
        if (tab <= 0)
            continue;
        QString run = line.left(tab);
        run.replace(QStringLiteral("\\\\"), QStringLiteral("\\"));
        QString unicode = line.mid(tab + 1);
        if (unicode == u"{none}") {
            out.runs.remove(run);
            continue;
        }
        for (const auto &[token, standIn] : tokens)
            unicode.replace(token, QString(standIn));
        out.runs.insert(run, unicode);
        out.longest = std::max(out.longest, int(run.size()));
    }
}

const Mapping &mapping(LegacyFont font)
{
    static const Mapping krutiDev = [] {
        Mapping m;
        readMapping(QStringLiteral(":/typing/krutidev-010.tsv"), m);
        return m;
    }();
    static const Mapping walkman = [] {
        Mapping m = krutiDev;
        readMapping(QStringLiteral(":/typing/walkman-chanakya.tsv"), m);
        return m;
    }();
    return font == LegacyFont::WalkmanChanakya ? walkman : krutiDev;
}

bool isVowelSign(QChar c)
{
    return (c >= u'\u093E' && c <= u'\u094C') || c == u'\u0901' || c == u'\u0902' || c == u'\u0903' || c == u'\u0945'
           || c == u'\u0949';
}

bool isIndependentVowel(QChar c)
{
    return c >= u'\u0904' && c <= u'\u0914';
}

constexpr QChar kVirama = u'\u094D';
constexpr QChar kNukta = u'\u093C';
constexpr qsizetype kRowsLooked = 300;

// The fonts read, by their names.
struct FontNames {
    LegacyFont font;
    const char *name;  // as people and their font menus know it
    const char *code;  // on the command line
};
constexpr std::array kFontNames{FontNames{LegacyFont::KrutiDev, "KrutiDev 010", "krutidev"},
                                FontNames{LegacyFont::WalkmanChanakya, "Walkman Chanakya", "chanakya"}};

const FontNames *namesOf(LegacyFont font)
{
    const auto it =
        std::find_if(kFontNames.cbegin(), kFontNames.cend(), [&](const FontNames &n) { return n.font == font; });
    return it == kFontNames.cend() ? nullptr : &*it;
}

// The end (one past) of the consonant cluster starting at `at`: a consonant, its nukta, and any further consonant
// joined to it by a virama.
qsizetype clusterEnd(const QString &s, qsizetype at)
{
    qsizetype i = at;
    if (i >= s.size() || !text::isDevanagariConsonant(s.at(i)))
        return at;
    ++i;
    if (i < s.size() && s.at(i) == kNukta)
        ++i;
    while (i + 1 < s.size() && s.at(i) == kVirama && text::isDevanagariConsonant(s.at(i + 1))) {
        i += 2;
        if (i < s.size() && s.at(i) == kNukta)
            ++i;
    }
    return i;
}

// The start of the consonant cluster that ends just before `end`.
qsizetype clusterStart(const QString &s, qsizetype end)
{
    qsizetype i = end;
    if (i > 0 && s.at(i - 1) == kNukta)
        --i;
    if (i == 0 || !text::isDevanagariConsonant(s.at(i - 1)))
        return end;
    --i;
    while (i >= 2 && s.at(i - 1) == kVirama && text::isDevanagariConsonant(s.at(i - 2)))
        i -= 2;
    return i;
}

// Is a Devanagari word one that Hindi writes: no vowel sign, virama or nukta opening it, no vowel sign after
// another (a nasal after a vowel sign is fine), no independent vowel after a consonant, no virama ending it
// before a vowel sign.
bool wellFormed(const QString &w)
{
    if (w.isEmpty())
        return false;
    const QChar first = w.at(0);
    if (!text::isDevanagariConsonant(first) && !isIndependentVowel(first))
        return false;
    for (qsizetype i = 1; i < w.size(); ++i) {
        const QChar c = w.at(i), p = w.at(i - 1);
        const bool nasal = c == u'\u0901' || c == u'\u0902' || c == u'\u0903';
        if (isVowelSign(c) && !nasal && !(text::isDevanagariConsonant(p) || p == kNukta))
            return false;
        if (nasal && !(text::isDevanagariConsonant(p) || isVowelSign(p) || isIndependentVowel(p) || p == kNukta))
            return false;
        if (c == kVirama && !(text::isDevanagariConsonant(p) || p == kNukta))
            return false;
        if (c == kNukta && !text::isDevanagariConsonant(p))
            return false;
        if (isIndependentVowel(c) && !(isIndependentVowel(p) || isVowelSign(p)))
            return false;
        if (!(text::isDevanagariConsonant(c) || isVowelSign(c) || isIndependentVowel(c) || c == kVirama || c == kNukta))
            return false;
    }
    return true;
}

// The text columns of a table (by position) most of whose filled cells (among the first rows: a column is typed
// in one font from top to bottom) `looks` says are so; a stray English word does not hide them.
QList<qsizetype> columnsWhere(const csv::Table &table, const RegisterDef &def, bool (*looks)(const QString &))
{
    QList<qsizetype> out;
    for (qsizetype c = 0; c < table.header.size(); ++c) {
        const FieldDef *f = def.field(table.header.at(c));
        if (!f || !(f->kind == FieldKind::Text || f->kind == FieldKind::LongText || f->kind == FieldKind::Choice))
            continue;
        int filled = 0, legacy = 0;
        for (const QStringList &row : table.rows.mid(0, kRowsLooked)) {
            if (c >= row.size())
                continue;
            const QString cell = row.at(c).trimmed();
            bool letters = false;
            for (QChar ch : cell)
                letters = letters || ch.isLetter();
            if (!letters)
                continue;
            // A choice written by its code ("done", "pending") is English, whatever a font would make of it.
            const bool code = std::any_of(f->choices.cbegin(), f->choices.cend(),
                                          [&](const Choice &ch) { return ch.code.compare(cell, Qt::CaseInsensitive) == 0; })
                              || f->choiceAliases.contains(cell, Qt::CaseInsensitive);
            if (code)
                continue;
            ++filled;
            legacy += looks(cell) ? 1 : 0;
        }
        if (filled > 0 && legacy * 10 >= filled * 7)
            out += c;
    }
    return out;
}

}  // namespace

QString LegacyText::toUnicode(LegacyFont font, const QString &legacy)
{
    if (font == LegacyFont::None)
        return legacy;
    const Mapping &m = mapping(font);
    QString s;
    s.reserve(legacy.size() * 2);
    for (qsizetype i = 0; i < legacy.size();) {
        bool found = false;
        for (int n = std::min<qsizetype>(m.longest, legacy.size() - i); n >= 1; --n) {
            const auto it = m.runs.constFind(legacy.mid(i, n));
            if (it != m.runs.cend()) {
                s += *it;
                i += n;
                found = true;
                break;
            }
        }
        if (!found)
            s += legacy.at(i++);
    }
    // The i sign, typed before its consonant cluster, goes after it (with its bindu); the reph drawn with it goes
    // before the cluster.
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar sign = s.at(i);
        if (!isISign(sign))
            continue;
        const qsizetype end = clusterEnd(s, i + 1);
        s.remove(i, 1);
        const bool nasal = sign == QChar(kISignNasal) || sign == QChar(kISignRephNasal);
        const QString after = nasal ? QStringLiteral("िं") : QStringLiteral("ि");
        s.insert(end - 1, after);
        qsizetype next = end - 1 + after.size();
        if (sign == QChar(kISignReph) || sign == QChar(kISignRephNasal)) {
            s.insert(i, QStringLiteral("र्"));
            next += 2;
        }
        i = next - 1;
    }
    // The reph, typed after its syllable (consonant cluster and vowel signs), becomes र् before the cluster.
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i) != QChar(kReph))
            continue;
        qsizetype end = i;
        while (end > 0 && isVowelSign(s.at(end - 1)))
            --end;
        const qsizetype start = clusterStart(s, end);
        s.remove(i, 1);
        s.insert(start, QStringLiteral("र्"));
        i += 1;
    }
    // A half letter with the bar after it is the whole letter; the bar before o's and au's signs is part of them.
    s.replace(QStringLiteral("्ा"), QString());
    s.replace(QStringLiteral("ाॅ"), QStringLiteral("ॉ"));
    s.replace(QStringLiteral("अा"), QStringLiteral("आ"));
    return s;
}

bool LegacyText::looksLike(const QString &text)
{
    if (text::hasDevanagari(text))
        return false;
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    // The punctuation the fonts write around words (। , ? - . ( ) are A ] \ & - ¼ ½ in KrutiDev), and digits.
    static const QRegularExpression around(QStringLiteral("[।,?\\-.()0-9“”‘’;]"));
    const QStringList words = text.split(spaces, Qt::SkipEmptyParts);
    // Read in either font (a cell may hold none of the glyphs that tell them apart, and some only one reads).
    return std::any_of(kFontNames.cbegin(), kFontNames.cend(), [&](const FontNames &f) {
        int good = 0, bad = 0;
        for (const QString &word : words) {
            bool letters = false;
            for (QChar c : word)
                letters = letters || (c.isLetter() && c.unicode() < 0x100);
            if (!letters)
                continue;  // a number, a date, a dash
            (wellFormed(toUnicode(f.font, word).remove(around)) ? good : bad) += 1;
        }
        // Nearly every word: a letter typed in such a font keeps an English abbreviation or two ("S/o"), while
        // English text has only a few short words that happen to make Hindi letters ("in", "the").
        return good > 0 && good * 5 >= (good + bad) * 4;
    });
}

LegacyFont LegacyText::fontOf(const QStringList &texts)
{
    // Where the two fonts read a glyph differently, where it stands in a word says which reading is meant: फ is
    // "iQ" in Walkman Chanakya, where Q alone is only its hook, and "Q" in KrutiDev, where "iQ" would be पफ; द्ध
    // "¼" sits inside a word in Walkman Chanakya, where KrutiDev's "(" opens one; ऋ "½" opens a word, where
    // KrutiDev's ")" closes one; the quotes “ ” "¶ ¸" stand outside a word, where KrutiDev's half letters फ् य्
    // stand inside one; ";" "_" ends a word, where KrutiDev's ऋ opens one.
    static const QList<QRegularExpression> walkman{
        QRegularExpression(QStringLiteral("[iI]Q")),                 // फ, फ्
        QRegularExpression(QStringLiteral("(?<=\\p{L})¼")),           // द्ध
        QRegularExpression(QStringLiteral("(?<!\\S)½(?=\\S)")),       // ऋ
        QRegularExpression(QStringLiteral("(?<!\\S)¶(?=\\S)")),       // “
        QRegularExpression(QStringLiteral("(?<=\\S)¸(?!\\p{L})")),    // ”
        QRegularExpression(QStringLiteral("(?<=\\p{L})_(?!\\p{L})"))};  // ;
    static const QList<QRegularExpression> krutiDev{
        QRegularExpression(QStringLiteral("(?<![iI])Q")),            // फ
        QRegularExpression(QStringLiteral("(?<!\\S)¼(?=\\S)")),       // (
        QRegularExpression(QStringLiteral("(?<=\\S)½(?!\\p{L})")),    // )
        QRegularExpression(QStringLiteral("(?<=\\p{L})¶(?=\\p{L})")),  // फ्
        QRegularExpression(QStringLiteral("(?<=\\p{L})¸(?=\\p{L})")),  // य्
        QRegularExpression(QStringLiteral("(?<!\\p{L})_(?=\\p{L})"))};  // ऋ
    const auto count = [&](const QList<QRegularExpression> &signs) {
        qsizetype n = 0;
        for (const QString &t : texts) {
            for (const QRegularExpression &re : signs) {
                for (auto it = re.globalMatch(t); it.hasNext(); it.next())
                    ++n;
            }
        }
        return n;
    };
    return count(walkman) > count(krutiDev) ? LegacyFont::WalkmanChanakya : LegacyFont::KrutiDev;
}

QList<qsizetype> LegacyText::columns(const csv::Table &table, const RegisterDef &def)
{
    return columnsWhere(table, def, &LegacyText::looksLike);
}

LegacyFont LegacyText::fontOfColumns(const csv::Table &table, const QList<qsizetype> &columns)
{
    QStringList texts;
    for (const QStringList &row : table.rows.mid(0, kRowsLooked)) {
        for (qsizetype c : columns) {
            if (c < row.size())
                texts += row.at(c);
        }
    }
    return fontOf(texts);
}

QString LegacyText::name(LegacyFont font)
{
    const FontNames *n = namesOf(font);
    return n ? QString::fromLatin1(n->name) : QString();
}

QString LegacyText::code(LegacyFont font)
{
    const FontNames *n = namesOf(font);
    return n ? QString::fromLatin1(n->code) : QString();
}

QList<LegacyFont> LegacyText::fonts()
{
    QList<LegacyFont> out;
    for (const FontNames &n : kFontNames)
        out += n.font;
    return out;
}

LegacyFont LegacyText::fromCode(const QString &code)
{
    for (const FontNames &n : kFontNames) {
        if (code.compare(QLatin1String(n.code), Qt::CaseInsensitive) == 0)
            return n.font;
    }
    return LegacyFont::None;
}

bool OtherLegacyFont::looksLike(const QString &text)
{
    if (text::hasDevanagari(text) || LegacyText::looksLike(text))
        return false;
    // The Windows code page's upper half (accented letters, signs) and its 0x80–0x9F punctuation, as Unicode.
    int drawn = 0, all = 0;
    for (QChar c : text) {
        if (c.isSpace() || c.isDigit())
            continue;
        ++all;
        static const QList<char16_t> windowsSigns{0x152,  0x153,  0x160,  0x161,  0x178,  0x17D,  0x17E,  0x192,  0x2C6,
                                                  0x2DC,  0x2013, 0x2014, 0x2018, 0x2019, 0x201A, 0x201C, 0x201D, 0x201E,
                                                  0x2020, 0x2021, 0x2022, 0x2026, 0x2030, 0x2039, 0x203A, 0x20AC, 0x2122};
        const char16_t u = c.unicode();
        if ((u >= 0xA1 && u <= 0xFF) || windowsSigns.contains(u))
            ++drawn;
    }
    // A French or Spanish name has one such letter in several; a line drawn in such a font, one in four or more.
    return all >= 3 && drawn * 4 >= all;
}

QList<qsizetype> OtherLegacyFont::columns(const csv::Table &table, const RegisterDef &def)
{
    return columnsWhere(table, def, &OtherLegacyFont::looksLike);
}

}  // namespace gd
