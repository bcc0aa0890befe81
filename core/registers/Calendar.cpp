#include "Calendar.h"

#include "base/Dates.h"
#include "office/OfficeSettings.h"
#include "../storage/Book.h"

namespace gd {

WorkingCalendar::WorkingCalendar(QList<int> weeklyOff, QSet<QDate> holidays)
    : m_weeklyOff(std::move(weeklyOff)), m_holidays(std::move(holidays))
{
}

Result<WorkingCalendar> WorkingCalendar::load(const Book &book)
{
    auto off = OfficeSettings(const_cast<Book &>(book)).weeklyOff();
    if (!off)
        return off.error();
    auto q = book.exec(QStringLiteral("SELECT date FROM holidays"));
    if (!q)
        return q.error();
    QSet<QDate> holidays;
    while (q.value().next())
        holidays.insert(Dates::fromIso(q.value().value(0).toString()));
    return WorkingCalendar(off.value(), std::move(holidays));
}

DayKind WorkingCalendar::dayKind(const QString &code)
{
    return code == u"calendar" ? DayKind::Calendar : DayKind::Working;
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    return !m_weeklyOff.contains(date.dayOfWeek()) && !m_holidays.contains(date);
}

QDate WorkingCalendar::due(const QDate &received, int days, DayKind kind) const
{
    if (kind == DayKind::Calendar || days <= 0)
        return received.addDays(qMax(days, 0));
    // At least one day of the week is a working day (the setting refuses seven weekly offs), and holidays are
    // finite, so this ends; the bound is only a guard against a damaged calendar.
    QDate d = received;
    int counted = 0;
    for (int guard = 0; counted < days && guard < 100000; ++guard) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            ++counted;
    }
    return d;
}

}  // namespace gd
