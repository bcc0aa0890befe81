#include "base/Text.h"

namespace gd::text {

namespace {
constexpr char16_t kDevanagariZero = u'\u0966';
}

QString normalized(const QString &input)
{
    return input.normalized(QString::NormalizationForm_C).trimmed();
}

QString toDevanagariDigits(const QString &input)
{
    QString out = input;
    for (QChar &c : out) {
        if (c >= u'0' && c <= u'9')
            c = QChar(char16_t(kDevanagariZero + (c.unicode() - u'0')));
    }
    return out;
}

QString toAsciiDigits(const QString &input)
{
    QString out = input;
    for (QChar &c : out) {
        if (c.unicode() >= kDevanagariZero && c.unicode() <= kDevanagariZero + 9)
            c = QChar(char16_t(u'0' + (c.unicode() - kDevanagariZero)));
    }
    return out;
}

QString collapseSpaces(const QString &input)
{
    QString out;
    out.reserve(input.size());
    bool pendingSpace = false;
    for (QChar c : input) {
        if (c == u' ' || c == u'\u00A0') {
            pendingSpace = !out.isEmpty() && out.back() != u'\n';
            continue;
        }
        if (c == u'\n' || c == u'\r') {
            pendingSpace = false;  // a line's trailing spaces go
        } else if (pendingSpace) {
            out += u' ';
            pendingSpace = false;
        }
        out += c;
    }
    return out;
}

bool isDevanagariConsonant(QChar c)
{
    return (c >= u'\u0915' && c <= u'\u0939') || (c >= u'\u0958' && c <= u'\u095F');
}

bool hasDevanagari(const QString &input)
{
    for (QChar c : input) {
        if (c.unicode() >= 0x0900 && c.unicode() <= 0x097F)
            return true;
    }
    return false;
}

}  // namespace gd::text
