#pragma once
// A sound-alike key that lets a name written in Devanagari meet the same name written in Latin letters.

#include <QString>

namespace gd {

class PhoneticKey {
public:
    // One key per word, joined by spaces: "Ramesh Kumar", "ramesh kumaar" and "रमेश कुमार" all give "RMS KMR".
    static QString forText(const QString &text);
    // The key of a single word.
    static QString forWord(const QString &word);
    // Devanagari transliterated to plain Latin letters (ICU), for display and keys.
    static QString toLatin(const QString &text);
};

}  // namespace gd
