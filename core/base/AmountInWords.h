#pragma once
// An amount in words, as a cash book's closing balance and a receipt must show it, in Hindi and English.

#include "base/Money.h"

namespace gd::words {

// 12,34,567.50 → "Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and Fifty Paise Only"
QString englishAmount(Paise amount);
// 12,34,567.50 → "बारह लाख चौंतीस हज़ार पाँच सौ सड़सठ रुपये पचास पैसे मात्र"
QString hindiAmount(Paise amount);

// A whole number in words using the Indian units (hundred, thousand, lakh, crore); 0 → "Zero"/"शून्य".
QString englishNumber(qint64 n);
QString hindiNumber(qint64 n);

}  // namespace gd::words
