#include "base/Money.h"

#include "base/Text.h"

namespace gd {

Result<Paise> Money::parse(const QString &input)
{
    QString s = text::toAsciiDigits(input).trimmed();
    if (s.startsWith(u'\u20B9'))
        s = s.mid(1).trimmed();
    else if (s.startsWith(u"Rs.", Qt::CaseInsensitive))
        s = s.mid(3).trimmed();
    else if (s.startsWith(u"Rs", Qt::CaseInsensitive))
        s = s.mid(2).trimmed();

    if (s.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Enter an amount, for example 1250.50."));
    if (s.startsWith(u'-'))
        return makeError(ErrorCode::InputRejected,
                         tr("An amount cannot be negative: \"%1\".").arg(input.trimmed()));

    const qsizetype dot = s.indexOf(u'.');
    const QString whole = dot < 0 ? s : s.left(dot);
    const QString fraction = dot < 0 ? QString() : s.mid(dot + 1);
    const auto notAnAmount = [&] {
        return makeError(ErrorCode::InputRejected,
                         tr("\"%1\" is not an amount. Write it like 1250.50 or 1,250.50.")
                             .arg(input.trimmed()));
    };
    if (whole.isEmpty() || fraction.contains(u'.') || fraction.contains(u','))
        return notAnAmount();
    if (fraction.size() > 2)
        return makeError(ErrorCode::InputRejected,
                         tr("\"%1\" has more than two decimals; paise have two digits at most.")
                             .arg(input.trimmed()));

    // Commas may only separate digit groups: never first, last or doubled, and grouped the Indian way (1,23,456) or
    // the international way (123,456). "100,00" is a European hundred, not ten thousand rupees.
    const QStringList groups = whole.split(u',');
    if (groups.size() > 1) {
        bool indian = groups.first().size() <= 2 && groups.last().size() == 3;
        bool international = groups.first().size() <= 3;
        for (qsizetype i = 1; i < groups.size(); ++i) {
            international = international && groups.at(i).size() == 3;
            indian = indian && (i == groups.size() - 1 || groups.at(i).size() == 2);
        }
        if (!indian && !international && !groups.contains(QString()))
            return makeError(ErrorCode::InputRejected,
                             tr("\"%1\" is not an amount: group its digits the Indian way (1,23,456.50) or the "
                                "international way (123,456.50), or write it without commas (123456.50).")
                                 .arg(input.trimmed()));
    }
    qint64 rupees = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const QString &g = groups.at(i);
        if (g.isEmpty())
            return notAnAmount();
        for (QChar c : g) {
            if (!c.isDigit() || c.unicode() > 127)
                return notAnAmount();
            rupees = rupees * 10 + (c.unicode() - u'0');
            if (rupees > kMaximum / 100)
                return makeError(ErrorCode::InputRejected,
                                 tr("\"%1\" is larger than any amount GramDesk keeps.").arg(input.trimmed()));
        }
    }
    qint64 paise = 0;
    for (qsizetype i = 0; i < 2; ++i) {
        paise *= 10;
        if (i < fraction.size()) {
            const QChar c = fraction.at(i);
            if (!c.isDigit() || c.unicode() > 127)
                return notAnAmount();
            paise += c.unicode() - u'0';
        }
    }
    return rupees * 100 + paise;
}

QString Money::groupIndian(qint64 value)
{
    const bool negative = value < 0;
    const QString digits = QString::number(negative ? -value : value);
    // The last three digits form a group; every two digits before them form another.
    QString out;
    const qsizetype n = digits.size();
    for (qsizetype i = 0; i < n; ++i) {
        const qsizetype left = n - i;  // digits from here to the end
        if (i > 0 && (left == 3 || (left > 3 && (left - 3) % 2 == 0)))
            out += u',';
        out += digits.at(i);
    }
    return negative ? QStringLiteral("-") + out : out;
}

namespace {

// "-" and the two paise digits around a rupee part that the caller writes.
QString withPaise(Paise amount, const QString &rupees)
{
    const qint64 abs = amount < 0 ? -amount : amount;
    return (amount < 0 ? QStringLiteral("-") : QString()) + rupees + u'.'
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

}  // namespace

QString Money::format(Paise amount, bool devanagariDigits)
{
    const QString out = withPaise(amount, groupIndian((amount < 0 ? -amount : amount) / 100));
    return devanagariDigits ? text::toDevanagariDigits(out) : out;
}

QString Money::plain(Paise amount)
{
    return withPaise(amount, QString::number((amount < 0 ? -amount : amount) / 100));
}

}  // namespace gd
