#include "Fields.h"

#include "base/Dates.h"
#include "base/Money.h"
#include "base/PrintText.h"
#include "base/Text.h"

#include <QRegularExpression>

namespace gd {

namespace {

bool textKind(FieldKind kind)
{
    switch (kind) {
    case FieldKind::Text:
    case FieldKind::LongText:
    case FieldKind::Code:
    case FieldKind::Mobile:
    case FieldKind::Choice:
    case FieldKind::Reference:
    case FieldKind::EntryNumber:
        return true;
    default:
        return false;
    }
}

bool hasControlCharacters(const QString &s, bool multiline)
{
    for (const QChar c : s) {
        if (multiline && (c == u'\n' || c == u'\t'))
            continue;
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

// Marks that change the direction or spacing of text without showing (pasted from other programs): a name with
// one looks right on screen and sorts, searches and prints wrong. The joiners of Devanagari (U+200C, U+200D)
// are part of its writing and stay.
bool hasInvisibleMarks(const QString &s)
{
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u == 0x200B || u == 0x200E || u == 0x200F || (u >= 0x202A && u <= 0x202E) || (u >= 0x2060 && u <= 0x2069)
            || u == 0xFEFF)
            return true;
    }
    return false;
}

// The first word that mixes Devanagari and Latin letters (a keyboard switched halfway through it), or "".
QString mixedScriptWord(const QString &s)
{
    qsizetype start = 0;
    bool devanagari = false, latin = false;
    for (qsizetype i = 0; i <= s.size(); ++i) {
        const QChar c = i < s.size() ? s.at(i) : QChar(u' ');
        if (c.isLetterOrNumber() || c.isMark()) {
            if (c.script() == QChar::Script_Devanagari)
                devanagari = true;
            else if (c.script() == QChar::Script_Latin)
                latin = true;
            continue;
        }
        if (devanagari && latin)
            return s.mid(start, i - start);
        start = i + 1;
        devanagari = latin = false;
    }
    return QString();
}

}  // namespace

QString Fields::label(const FieldDef &field)
{
    return QCoreApplication::translate("gd::Fields", field.label);
}

QString Fields::choiceLabel(const FieldDef &field, const QString &code)
{
    for (const Choice &c : field.choices)
        if (c.code == code)
            return QCoreApplication::translate("gd::Fields", c.label);
    return code;
}

bool Fields::isEmpty(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return true;
    if (value.typeId() == QMetaType::QString)
        return value.toString().isEmpty();
    return false;
}

Result<qint64> Fields::parseQuantity(const QString &input)
{
    QString t = text::toAsciiDigits(input).trimmed();
    t.remove(u',');
    static const QRegularExpression form(QStringLiteral("^(\\d{1,12})(?:\\.(\\d{1,3}))?$"));
    const auto m = form.match(t);
    if (!m.hasMatch())
        return makeError(ErrorCode::InputRejected,
                         tr("\"%1\" is not a quantity: write it like 12 or 12.5, at most three decimals").arg(input.trimmed()));
    QString decimals = m.captured(2);
    decimals = decimals.leftJustified(3, u'0');
    return m.captured(1).toLongLong() * 1000 + decimals.toLongLong();
}

QString Fields::quantityText(qint64 thousandths)
{
    const bool negative = thousandths < 0;
    const qint64 v = negative ? -thousandths : thousandths;
    QString s = QString::number(v / 1000);
    if (v % 1000) {
        QString d = QStringLiteral("%1").arg(v % 1000, 3, 10, QLatin1Char('0'));
        while (d.endsWith(u'0'))
            d.chop(1);
        s += u'.' + d;
    }
    return negative ? u'-' + s : s;
}

Result<QString> Fields::mobile(const QString &text)
{
    QString digits = text::toAsciiDigits(text);
    digits.remove(u' ');
    digits.remove(u'-');
    if (digits.startsWith(QStringLiteral("+91")))
        digits = digits.mid(3);
    else if (digits.size() == 12 && digits.startsWith(QStringLiteral("91")))
        digits = digits.mid(2);
    else if (digits.size() == 11 && digits.startsWith(u'0'))
        digits = digits.mid(1);
    static const QRegularExpression valid(QStringLiteral("^[6-9][0-9]{9}$"));
    if (!valid.match(digits).hasMatch())
        return makeError(ErrorCode::InputRejected,
                         tr("a mobile number has 10 digits and starts with 6, 7, 8 or 9 (a +91 or 0 before it may "
                            "be left out)"));
    return digits;
}

Result<QVariant> Fields::parse(const FieldDef &field, const QString &input, const QDate &today)
{
    QString text = text::normalized(input);
    if (text.isEmpty())
        text = field.defaultValue;
    if (text.isEmpty()) {
        if (field.required)
            return makeError(ErrorCode::InputRejected, tr("is required; fill it in"));
        return textKind(field.kind) ? QVariant(QString()) : QVariant();
    }
    switch (field.kind) {
    case FieldKind::Date: {
        auto d = Dates::parse(text, field.fourDigitYear ? QDate() : today);
        if (!d)
            return d.error();
        return check(field, d.value(), today);
    }
    case FieldKind::Time: {
        auto t = Dates::parseTime(text);
        if (!t)
            return t.error();
        return QVariant(t.value());
    }
    case FieldKind::Integer:
    case FieldKind::Rating: {
        bool ok = false;
        const int v = text::toAsciiDigits(text).toInt(&ok);
        if (!ok)
            return makeError(ErrorCode::InputRejected, tr("\"%1\" is not a whole number").arg(text));
        return check(field, v, today);
    }
    case FieldKind::Money: {
        auto m = Money::parse(text);
        if (!m)
            return m.error();
        return QVariant::fromValue<qint64>(m.value());
    }
    case FieldKind::Quantity: {
        auto q = parseQuantity(text);
        if (!q)
            return q.error();
        return QVariant::fromValue<qint64>(q.value());
    }
    case FieldKind::Choice:
        for (const Choice &c : field.choices) {
            if (c.code.compare(text, Qt::CaseInsensitive) == 0)
                return QVariant(c.code);
        }
        for (qsizetype i = 0; i < field.choiceAliases.size() && i < field.choices.size(); ++i)
            if (field.choiceAliases.at(i).compare(text.trimmed(), Qt::CaseInsensitive) == 0)
                return QVariant(field.choices.at(i).code);
        // A spreadsheet typed in the office says "पुरुष" or "Male": a choice's label in either language is taken too.
        for (const Choice &c : field.choices) {
            const Bilingual label = PrintText::both("gd::Fields", c.label);
            if (label.hi.compare(text.trimmed(), Qt::CaseInsensitive) == 0 || label.en.compare(text.trimmed(), Qt::CaseInsensitive) == 0)
                return QVariant(c.code);
        }
        {
            QStringList codes;
            for (const Choice &c : field.choices)
                codes += c.code;
            return makeError(ErrorCode::InputRejected,
                             tr("\"%1\" is not one of: %2").arg(text, codes.join(QStringLiteral(", "))));
        }
    default:
        return check(field, text, today);
    }
}

Result<QVariant> Fields::check(const FieldDef &field, const QVariant &value, const QDate &today)
{
    if (isEmpty(value)) {
        if (field.required)
            return makeError(ErrorCode::InputRejected, tr("is required; fill it in"));
        return textKind(field.kind) ? QVariant(QString()) : QVariant();
    }
    switch (field.kind) {
    case FieldKind::Date: {
        const QDate d = value.toDate();
        if (!d.isValid())
            return makeError(ErrorCode::InputRejected, tr("is not a date"));
        if (!field.futureAllowed && d > today)
            return makeError(ErrorCode::InputRejected,
                             tr("%1 is after today; an entry cannot be dated in the future").arg(Dates::display(d)));
        if (d.year() < 1900)
            return makeError(ErrorCode::InputRejected, tr("%1 is too long ago; check the year").arg(Dates::display(d)));
        return QVariant(d);
    }
    case FieldKind::Time:
        if (!value.toTime().isValid())
            return makeError(ErrorCode::InputRejected, tr("is not a time (HH:MM)"));
        return QVariant(QTime(value.toTime().hour(), value.toTime().minute()));
    case FieldKind::Integer:
    case FieldKind::Rating: {
        const int lo = field.kind == FieldKind::Rating ? 1 : field.min;
        const int hi = field.kind == FieldKind::Rating ? 5 : field.max;
        const int v = value.toInt();
        if (v < lo || v > hi)
            return makeError(ErrorCode::InputRejected, tr("must be from %1 to %2").arg(lo).arg(hi));
        return QVariant(v);
    }
    case FieldKind::Money: {
        const qint64 v = value.toLongLong();
        if (v < 0 || v > Money::kMaximum)
            return makeError(ErrorCode::InputRejected, tr("is not an amount GramDesk accepts"));
        return QVariant::fromValue<qint64>(v);
    }
    case FieldKind::Quantity: {
        const qint64 v = value.toLongLong();
        if (v < 0 || v > 999999999999LL)
            return makeError(ErrorCode::InputRejected, tr("is not a quantity GramDesk accepts"));
        return QVariant::fromValue<qint64>(v);
    }
    case FieldKind::Mobile: {
        auto m = mobile(value.toString());
        if (!m)
            return m.error();
        return QVariant(m.value());
    }
    case FieldKind::Choice: {
        const QString code = value.toString();
        for (const Choice &c : field.choices)
            if (c.code == code)
                return QVariant(code);
        return makeError(ErrorCode::InputRejected, tr("\"%1\" is not a choice here").arg(code));
    }
    case FieldKind::Code: {
        static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9_-]{1,20}$"));
        const QString code = text::normalized(value.toString()).toUpper();
        if (!valid.match(code).hasMatch())
            return makeError(ErrorCode::InputRejected,
                             tr("a code is 1 to 20 letters (A–Z), digits, - or _, without spaces"));
        return QVariant(code);
    }
    default: {
        const QString s = text::collapseSpaces(text::normalized(value.toString()));
        const bool multi = field.kind == FieldKind::LongText;
        if (hasControlCharacters(s, multi))
            return makeError(ErrorCode::InputRejected, tr("contains control characters; type plain text"));
        if (!QStringView(s).isValidUtf16())
            return makeError(ErrorCode::InputRejected, tr("contains a broken character (half of a pair); type the text again"));
        if (hasInvisibleMarks(s))
            return makeError(ErrorCode::InputRejected,
                             tr("contains invisible direction or spacing marks (pasted from another program?); type "
                                "the text again"));
        if (const QString word = mixedScriptWord(s); !word.isEmpty())
            return makeError(ErrorCode::InputRejected,
                             tr("\"%1\" mixes Devanagari and Latin letters in one word; write each word in one script")
                                 .arg(word));
        const int limit = multi ? 2000 : 200;
        if (s.size() > limit)
            return makeError(ErrorCode::InputRejected,
                             tr("is %1 characters long; at most %2 fit").arg(s.size()).arg(limit));
        return QVariant(s);
    }
    }
}

QVariant Fields::toStorage(const FieldDef &field, const QVariant &value)
{
    if (isEmpty(value))
        return textKind(field.kind) ? QVariant(QStringLiteral("")) : QVariant();
    switch (field.kind) {
    case FieldKind::Date:
        return Dates::iso(value.toDate());
    case FieldKind::Time:
        return value.toTime().toString(QStringLiteral("HH:mm"));
    case FieldKind::Integer:
    case FieldKind::Rating:
        return value.toInt();
    case FieldKind::Money:
    case FieldKind::Quantity:
        return value.toLongLong();
    default:
        return value.toString();
    }
}

QVariant Fields::fromStorage(const FieldDef &field, const QVariant &stored)
{
    if (stored.isNull())
        return textKind(field.kind) ? QVariant(QString()) : QVariant();
    switch (field.kind) {
    case FieldKind::Date:
        return Dates::fromIso(stored.toString());
    case FieldKind::Time:
        return QTime::fromString(stored.toString(), QStringLiteral("HH:mm"));
    case FieldKind::Integer:
    case FieldKind::Rating:
        return stored.toInt();
    case FieldKind::Money:
    case FieldKind::Quantity:
        return QVariant::fromValue<qint64>(stored.toLongLong());
    default:
        return stored.toString();
    }
}

QString Fields::toCsv(const FieldDef &field, const QVariant &value)
{
    if (isEmpty(value))
        return {};
    switch (field.kind) {
    case FieldKind::Date:
        return Dates::iso(value.toDate());
    case FieldKind::Time:
        return value.toTime().toString(QStringLiteral("HH:mm"));
    case FieldKind::Money:
        return Money::plain(value.toLongLong());
    case FieldKind::Quantity:
        return quantityText(value.toLongLong());
    case FieldKind::Integer:
    case FieldKind::Rating:
        return QString::number(value.toInt());
    default:
        return value.toString();
    }
}

QString Fields::display(const FieldDef &field, const QVariant &value)
{
    if (isEmpty(value))
        return {};
    switch (field.kind) {
    case FieldKind::Date:
        return Dates::display(value.toDate());
    case FieldKind::Time:
        return value.toTime().toString(QStringLiteral("HH:mm"));
    case FieldKind::Money:
        return Money::format(value.toLongLong());
    case FieldKind::Quantity:
        return quantityText(value.toLongLong());
    case FieldKind::Choice:
        return choiceLabel(field, value.toString());
    case FieldKind::Integer:
    case FieldKind::Rating:
        return QString::number(value.toInt());
    default:
        return value.toString();
    }
}

}  // namespace gd
