#pragma once
// Staff attendance printouts: the month's sheet (names down, days across, totals by mark, a signature for each
// person and the secretary's) and the year's leave per person.

#include "Document.h"
#include "office/OfficeProfile.h"
#include "registers/Attendance.h"

namespace gd {

Document attendanceSheetDocument(const Office &office, const Attendance::MonthSheet &sheet, PrintLanguage language,
                                 const QDate &printedOn);
Document yearLeaveDocument(const Office &office, int year, const QList<Attendance::Row> &rows, PrintLanguage language,
                           const QDate &printedOn);

}  // namespace gd
