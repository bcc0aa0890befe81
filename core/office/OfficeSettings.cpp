#include "office/OfficeSettings.h"

#include "base/Dates.h"

#include "storage/Book.h"

#include <array>

namespace gd {

namespace {

constexpr std::array<const char16_t *, 7> kDays = {u"mon", u"tue", u"wed", u"thu", u"fri", u"sat", u"sun"};

}  // namespace

OfficeSettings::OfficeSettings(Book &book) : m_book(book) {}

QStringList OfficeSettings::keys()
{
    return {QStringLiteral("weekly_off"), QStringLiteral("vital_fees"), QStringLiteral("devanagari_digits"),
            QStringLiteral("charter_adopted_on"), QStringLiteral("charter_resolution"), QStringLiteral("grievance_contact")};
}

QString OfficeSettings::defaultValue(const QString &key)
{
    if (key == u"weekly_off")
        return QStringLiteral("sun");
    if (key == u"vital_fees")
        return QStringLiteral("0,2,5,10");
    if (key == u"devanagari_digits")
        return QStringLiteral("off");
    return {};
}

Result<QString> OfficeSettings::normalize(const QString &key, const QString &value)
{
    const QString v = value.trimmed().toLower();
    if (key == u"weekly_off") {
        QList<int> days;
        for (const QString &part : v.split(u',', Qt::SkipEmptyParts)) {
            const QString d = part.trimmed();
            int found = -1;
            for (size_t i = 0; i < kDays.size(); ++i) {
                if (d == QString::fromUtf16(kDays[i]))
                    found = int(i);
            }
            if (found < 0)
                return makeError(ErrorCode::InputRejected,
                                 tr("\"%1\" is not a day. Use mon, tue, wed, thu, fri, sat or sun, separated by commas.")
                                     .arg(part.trimmed()));
            if (!days.contains(found))
                days.append(found);
        }
        if (days.size() > 5)
            return makeError(ErrorCode::InputRejected, tr("At least two days of the week must be working days."));
        std::sort(days.begin(), days.end());
        QStringList names;
        for (int d : days)
            names += QString::fromUtf16(kDays[size_t(d)]);
        return names.join(u',');
    }
    if (key == u"vital_fees") {
        const QStringList parts = v.split(u',');
        if (parts.size() != 4)
            return makeError(ErrorCode::InputRejected,
                             tr("Give four fees separated by commas: on time, late, with permission, with an order "
                                "(for example 0,2,5,10)."));
        QStringList out;
        for (const QString &p : parts) {
            auto amount = Money::parse(p);
            if (!amount)
                return amount.error();
            // Whole rupees are written without decimals, as the contract's default "0,2,5,10".
            const Paise a = amount.value();
            out += a % 100 == 0 ? QString::number(a / 100) : Money::plain(a);
        }
        return out.join(u',');
    }
    // What the citizen charter poster states: the day the Gram Sabha adopted it, its resolution, whom to
    // complain to.
    if (key == u"charter_adopted_on") {
        if (v.isEmpty())
            return QString();
        auto day = Dates::parse(v);
        if (!day)
            return makeError(ErrorCode::InputRejected, QStringLiteral("charter_adopted_on: ") + day.error().message);
        return Dates::iso(day.value());
    }
    if (key == u"charter_resolution" || key == u"grievance_contact") {
        const QString text = value.simplified();
        if (text.size() > 200)
            return makeError(ErrorCode::InputRejected, tr("%1 is at most 200 characters.").arg(key));
        return text;
    }
    if (key == u"devanagari_digits") {
        if (v == u"on" || v == u"off")
            return v;
        return makeError(ErrorCode::InputRejected, tr("devanagari_digits is on or off."));
    }
    return makeError(ErrorCode::InputRejected,
                     tr("There is no setting \"%1\". The settings are: %2.").arg(key, keys().join(QStringLiteral(", "))));
}

Result<QString> OfficeSettings::get(const QString &key) const
{
    if (!keys().contains(key))
        return makeError(ErrorCode::InputRejected,
                         tr("There is no setting \"%1\". The settings are: %2.").arg(key, keys().join(QStringLiteral(", "))));
    auto v = m_book.scalar(QStringLiteral("SELECT value FROM settings WHERE key = ?"), {key});
    if (!v)
        return v.error();
    return v.value().isNull() ? defaultValue(key) : v.value().toString();
}

Status OfficeSettings::set(const User &by, const QString &key, const QString &value)
{
    if (auto s = Roles::require(by.role, Right::EditSettings); !s)
        return s;
    auto canonical = normalize(key, value);
    if (!canonical)
        return canonical.error();
    return m_book.write(QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?) "
                                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                        {key, canonical.value()});
}

QString OfficeSettings::dayCode(int day)
{
    return day >= 1 && day <= 7 ? QString::fromUtf16(kDays[size_t(day - 1)]) : QString();
}

Result<QList<int>> OfficeSettings::weeklyOff() const
{
    auto v = get(QStringLiteral("weekly_off"));
    if (!v)
        return v.error();
    QList<int> days;
    for (const QString &d : v.value().split(u',', Qt::SkipEmptyParts)) {
        for (size_t i = 0; i < kDays.size(); ++i) {
            if (d == QString::fromUtf16(kDays[i]))
                days.append(int(i) + 1);
        }
    }
    return days;
}

Result<QList<Paise>> OfficeSettings::vitalFees() const
{
    auto v = get(QStringLiteral("vital_fees"));
    if (!v)
        return v.error();
    QList<Paise> fees;
    for (const QString &p : v.value().split(u',')) {
        auto amount = Money::parse(p);
        if (!amount)
            return amount.error();
        fees.append(amount.value());
    }
    return fees;
}

Result<bool> OfficeSettings::devanagariDigits() const
{
    auto v = get(QStringLiteral("devanagari_digits"));
    if (!v)
        return v.error();
    return v.value() == u"on";
}

}  // namespace gd
