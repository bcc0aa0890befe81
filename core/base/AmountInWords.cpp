#include "base/AmountInWords.h"

#include <QStringList>
#include <array>

namespace gd::words {

namespace {

constexpr std::array<const char16_t *, 20> kEnglishSmall = {
    u"Zero", u"One", u"Two", u"Three", u"Four", u"Five", u"Six", u"Seven", u"Eight", u"Nine", u"Ten",
    u"Eleven", u"Twelve", u"Thirteen", u"Fourteen", u"Fifteen", u"Sixteen", u"Seventeen", u"Eighteen",
    u"Nineteen"};
constexpr std::array<const char16_t *, 10> kEnglishTens = {
    u"", u"", u"Twenty", u"Thirty", u"Forty", u"Fifty", u"Sixty", u"Seventy", u"Eighty", u"Ninety"};

// Hindi numbers below a hundred are each a word of their own.
constexpr std::array<const char16_t *, 100> kHindi = {
    u"शून्य", u"एक", u"दो", u"तीन", u"चार", u"पाँच", u"छह", u"सात", u"आठ", u"नौ",
    u"दस", u"ग्यारह", u"बारह", u"तेरह", u"चौदह", u"पंद्रह", u"सोलह", u"सत्रह", u"अठारह", u"उन्नीस",
    u"बीस", u"इक्कीस", u"बाईस", u"तेईस", u"चौबीस", u"पच्चीस", u"छब्बीस", u"सत्ताईस", u"अट्ठाईस", u"उनतीस",
    u"तीस", u"इकतीस", u"बत्तीस", u"तैंतीस", u"चौंतीस", u"पैंतीस", u"छत्तीस", u"सैंतीस", u"अड़तीस", u"उनतालीस",
    u"चालीस", u"इकतालीस", u"बयालीस", u"तैंतालीस", u"चवालीस", u"पैंतालीस", u"छियालीस", u"सैंतालीस", u"अड़तालीस", u"उनचास",
    u"पचास", u"इक्यावन", u"बावन", u"तिरपन", u"चौवन", u"पचपन", u"छप्पन", u"सत्तावन", u"अट्ठावन", u"उनसठ",
    u"साठ", u"इकसठ", u"बासठ", u"तिरसठ", u"चौंसठ", u"पैंसठ", u"छियासठ", u"सड़सठ", u"अड़सठ", u"उनहत्तर",
    u"सत्तर", u"इकहत्तर", u"बहत्तर", u"तिहत्तर", u"चौहत्तर", u"पचहत्तर", u"छिहत्तर", u"सतहत्तर", u"अठहत्तर", u"उनासी",
    u"अस्सी", u"इक्यासी", u"बयासी", u"तिरासी", u"चौरासी", u"पचासी", u"छियासी", u"सत्तासी", u"अट्ठासी", u"नवासी",
    u"नब्बे", u"इक्यानवे", u"बानवे", u"तिरानवे", u"चौरानवे", u"पंचानवे", u"छियानवे", u"सत्तानवे", u"अट्ठानवे", u"निन्यानवे"};

QString englishBelowHundred(int n)
{
    if (n < 20)
        return QString::fromUtf16(kEnglishSmall[size_t(n)]);
    QString out = QString::fromUtf16(kEnglishTens[size_t(n / 10)]);
    if (n % 10)
        out += u'-' + QString::fromUtf16(kEnglishSmall[size_t(n % 10)]);
    return out;
}

struct Unit {
    qint64 size;
    const char16_t *english;
    const char16_t *hindi;
};
constexpr std::array<Unit, 4> kUnits = {{{10'000'000, u"Crore", u"करोड़"},
                                         {100'000, u"Lakh", u"लाख"},
                                         {1'000, u"Thousand", u"हज़ार"},
                                         {100, u"Hundred", u"सौ"}}};

// Indian place values; a count of crores above 99 is itself spelled out the same way.
QStringList spell(qint64 n, bool hindi)
{
    QStringList parts;
    for (const Unit &unit : kUnits) {
        const qint64 count = n / unit.size;
        if (count == 0)
            continue;
        n %= unit.size;
        if (count >= 100)
            parts += spell(count, hindi);
        else
            parts += hindi ? QString::fromUtf16(kHindi[size_t(count)]) : englishBelowHundred(int(count));
        parts += QString::fromUtf16(hindi ? unit.hindi : unit.english);
    }
    if (n > 0)
        parts += hindi ? QString::fromUtf16(kHindi[size_t(n)]) : englishBelowHundred(int(n));
    return parts;
}

}  // namespace

QString englishNumber(qint64 n)
{
    if (n == 0)
        return QString::fromUtf16(kEnglishSmall[0]);
    if (n < 0)
        return QStringLiteral("Minus ") + englishNumber(-n);
    return spell(n, false).join(u' ');
}

QString hindiNumber(qint64 n)
{
    if (n == 0)
        return QString::fromUtf16(kHindi[0]);
    if (n < 0)
        return QStringLiteral("ऋण ") + hindiNumber(-n);
    return spell(n, true).join(u' ');
}

QString englishAmount(Paise amount)
{
    if (amount < 0)
        return QStringLiteral("Minus ") + englishAmount(-amount);
    const qint64 rupees = amount / 100;
    const int paise = int(amount % 100);
    const QString paiseWords = englishBelowHundred(paise) + (paise == 1 ? u" Paisa" : u" Paise");
    if (rupees == 0 && paise > 0)
        return paiseWords + QStringLiteral(" Only");
    QString out = QStringLiteral("Rupees ") + englishNumber(rupees);
    if (paise > 0)
        out += QStringLiteral(" and ") + paiseWords;
    return out + QStringLiteral(" Only");
}

QString hindiAmount(Paise amount)
{
    if (amount < 0)
        return QStringLiteral("ऋण ") + hindiAmount(-amount);
    const qint64 rupees = amount / 100;
    const int paise = int(amount % 100);
    const QString paiseWords = QString::fromUtf16(kHindi[size_t(paise)]) + (paise == 1 ? u" पैसा" : u" पैसे");
    if (rupees == 0 && paise > 0)
        return paiseWords + QStringLiteral(" मात्र");
    QString out = hindiNumber(rupees) + (rupees == 1 ? u" रुपया" : u" रुपये");
    if (paise > 0)
        out += u' ' + paiseWords;
    return out + QStringLiteral(" मात्र");
}

}  // namespace gd::words
