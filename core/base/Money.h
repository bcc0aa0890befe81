#pragma once
// Money as integer paise: parsing every form an office types or a spreadsheet saves, and Indian grouping.

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>

namespace gd {

using Paise = qint64;

class Money {
    Q_DECLARE_TR_FUNCTIONS(gd::Money)
public:
    // Largest amount GramDesk accepts: 99,99,99,99,999.99 (a thousand crore).
    static constexpr Paise kMaximum = 9'999'999'999'999LL;

    // Accepts "1234.5", "1,234.50", "1,23,456.50", with an optional "₹" or "Rs." before it;
    // at most two decimals; never negative.
    static Result<Paise> parse(const QString &text);
    // "1,23,45,678.50" (Indian grouping, always two decimals; a minus sign for negatives).
    static QString format(Paise amount, bool devanagariDigits = false);
    // "1234.50": the plain form used in CSV and JSON.
    static QString plain(Paise amount);
    // Groups an integer's digits the Indian way: 12345678 → "1,23,45,678".
    static QString groupIndian(qint64 value);
};

}  // namespace gd
