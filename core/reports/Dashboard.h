#pragma once
// The home screen's figures, each counted exactly as the list it opens counts it (the registers' status
// filters), which are the monthly report's definitions with "month end" read as today.

#include "../registers/EntryStore.h"
#include "../registers/Readiness.h"

#include <optional>

namespace gd {

class Book;

struct Dashboard {
    Q_DECLARE_TR_FUNCTIONS(gd::Dashboard)
public:
    QDate today;
    qint64 visitorsInside = 0;       // came today and have not left
    qint64 applicationsDueToday = 0;  // pending, due today
    qint64 applicationsOverdue = 0;   // pending, due before today
    qint64 complaintsDueToday = 0;
    qint64 complaintsOverdue = 0;
    QDate cashClosedThrough;          // the last day of the cash book closed (invalid: none)
    qint64 cashDaysNotClosed = 0;     // days before today since then (or since the first account opened)
    qint64 filesOut = 0;              // file movements not returned
    qint64 filesOverdue = 0;          // of those, past the due-back date
    qint64 crsAwaiting = 0;           // births and deaths without a CRS registration
    QList<Entry> crsLongest;          // the five waiting longest (reported first)
    qint64 actionsOverdue = 0;        // meetings' action items past their due date
    qint64 findingsOpen = 0;          // corrective actions not closed
    Readiness::Score readiness;
    std::optional<Readiness::NextStep> nextStep;
    QString lastBackupAt;             // ISO date and time; empty: never
    QString lastBackupPlace;

    // As of the book's today (its clock), the day the registers' lists count from.
    static Result<Dashboard> compute(Book &book);
};

}  // namespace gd
