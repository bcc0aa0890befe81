#pragma once
// Text typed in an old Hindi font: Latin bytes that look like Hindi only in that font ("jes'k dqekj" is रमेश
// कुमार). Two fonts are read, both on the Remington keyboard: KrutiDev 010 (resources/typing/krutidev-010.tsv)
// and Walkman Chanakya (walkman-chanakya.tsv, read over it), which differ in a few glyphs (फ is "Q" in one and
// "iQ" in the other). Such text is recognised in a CSV column or a paste, and converted to Unicode.

#include <QString>
#include <QStringList>

namespace gd {

namespace csv {
struct Table;
}
struct RegisterDef;

enum class LegacyFont { None, KrutiDev, WalkmanChanakya };

class LegacyText {
public:
    // Unicode Devanagari for text typed in `font` (text that is already Unicode Devanagari is left as it is;
    // LegacyFont::None leaves everything).
    static QString toUnicode(LegacyFont font, const QString &legacy);
    // Whether the text reads as typed in one of the fonts rather than as English: nearly every word (four in five)
    // makes well-formed Devanagari (an English word such as "Kumar" or "Sita" does not: a vowel sign opening a
    // word, a vowel inside one).
    static bool looksLike(const QString &text);
    // Which font texts that look so were typed in: Walkman Chanakya when the glyphs the two fonts read differently
    // say so more often than not ("iQ" for फ, "¼" inside a word for द्ध), else KrutiDev 010 (where no such glyph
    // is used, both read the text alike).
    static LegacyFont fontOf(const QStringList &texts);
    // The columns of a table (by position) whose text fields look typed in an old font: most of their filled cells
    // (among the first few hundred rows) do. Dates, numbers, mobiles and codes are never among them.
    static QList<qsizetype> columns(const csv::Table &table, const RegisterDef &def);
    // The font those columns were typed in (their first few hundred rows).
    static LegacyFont fontOfColumns(const csv::Table &table, const QList<qsizetype> &columns);
    // The font's name as people know it ("KrutiDev 010"), and its code on the command line ("krutidev").
    static QString name(LegacyFont font);
    static QString code(LegacyFont font);
    static LegacyFont fromCode(const QString &code);
    // The fonts read, in the order the program offers them.
    static QList<LegacyFont> fonts();
};

// Text typed in another old Hindi font, which GramDesk cannot convert: Latin letters thick with the accented
// letters and signs of the Windows code page that such fonts draw as Devanagari ("¥æ", "ð", "§").
class OtherLegacyFont {
public:
    static bool looksLike(const QString &text);
    // The text columns most of whose filled cells look so (text typed in KrutiDev or Walkman Chanakya does not).
    static QList<qsizetype> columns(const csv::Table &table, const RegisterDef &def);
};

}  // namespace gd
