#pragma once
// The monthly report's sections beyond the contract's registers (docs/monthly-report.md): each fills its part of
// the report for the period from `a` to `z` (ISO dates). Used by MonthlyReport.cpp only.

#include "MonthlyReport.h"

namespace gd::monthly {

Status familyRegisterOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z);
Status attendanceOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z);
Status meetingsOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z);

}  // namespace gd::monthly
