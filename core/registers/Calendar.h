#pragma once
// The office's working calendar (weekly offs and holidays) and the one due-date rule of CONTRACTS.md.

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QSet>

namespace gd {

class Book;

enum class DayKind { Working, Calendar };

class WorkingCalendar {
    Q_DECLARE_TR_FUNCTIONS(gd::WorkingCalendar)
public:
    // weeklyOff: Qt day numbers (1 = Monday … 7 = Sunday).
    WorkingCalendar(QList<int> weeklyOff, QSet<QDate> holidays);
    // The book's `weekly_off` setting and holiday list.
    static Result<WorkingCalendar> load(const Book &book);

    static DayKind dayKind(const QString &code);  // "calendar" or anything else → working

    bool isWorkingDay(const QDate &date) const;
    // calendar: received + N days. working: the N-th working day after `received` (which is not counted).
    // N = 0 gives the received date itself.
    QDate due(const QDate &received, int days, DayKind kind) const;

private:
    QList<int> m_weeklyOff;
    QSet<QDate> m_holidays;
};

}  // namespace gd
