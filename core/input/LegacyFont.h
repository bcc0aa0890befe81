#pragma once
// Text typed in the KrutiDev 010 font: Latin bytes that look like Hindi only in that font ("jes'k dqekj" is
// रमेश कुमार). Recognised in a CSV column or a paste, and converted to Unicode by the mapping in
// resources/typing/krutidev-010.tsv.

#include <QString>
#include <QStringList>

namespace gd {

namespace csv {
struct Table;
}
struct RegisterDef;

enum class LegacyFont { None, KrutiDev };

class KrutiDev {
public:
    // Unicode Devanagari for KrutiDev 010 text (text that is already Unicode Devanagari is left as it is).
    static QString toUnicode(const QString &legacy);
    // Whether the text reads as KrutiDev 010 rather than English: nearly every word (four in five) makes
    // well-formed Devanagari (an English word such as "Kumar" or "Sita" does not: a vowel sign opening a word, a
    // vowel inside one).
    static bool looksLike(const QString &text);
    // The columns of a table (by position) whose text fields look like KrutiDev: most of their filled cells (among
    // the first few hundred rows) do.
    // Dates, numbers, mobiles and codes are never among them.
    static QList<qsizetype> columns(const csv::Table &table, const RegisterDef &def);
};

// Text typed in another old Hindi font (such as Chanakya), which GramDesk cannot convert: Latin letters thick with
// the accented letters and signs of the Windows code page that such fonts draw as Devanagari ("¥æ", "ð", "§").
class OtherLegacyFont {
public:
    static bool looksLike(const QString &text);
    // The text columns most of whose filled cells look so (KrutiDev 010 text does not).
    static QList<qsizetype> columns(const csv::Table &table, const RegisterDef &def);
};

}  // namespace gd
