#pragma once
// Text rules shared by every register: NFC normalisation and Devanagari digits.

#include <QString>

namespace gd::text {

// Unicode NFC, trimmed; what every stored or searched text goes through.
QString normalized(const QString &input);
// 0-9 → ०-९ (other characters untouched).
QString toDevanagariDigits(const QString &input);
// ०-९ → 0-9, so that input typed with Devanagari digits parses.
QString toAsciiDigits(const QString &input);
bool hasDevanagari(const QString &input);
// A Devanagari consonant letter (क … ह, and the ones with a nukta written as one character, क़ … य़).
bool isDevanagariConsonant(QChar c);
// Runs of spaces (and no-break spaces) inside a line become one space, and each line is trimmed: "रामेश्वर   प्रसाद"
// is stored as "रामेश्वर प्रसाद". Line breaks are kept; other characters are untouched.
QString collapseSpaces(const QString &input);

}  // namespace gd::text
