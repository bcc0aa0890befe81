#pragma once
// The front office's printouts as Documents: acknowledgement slips and the monthly report.

#include "Document.h"
#include "OfficeProfile.h"
#include "registers/EntryStore.h"
#include "reports/MonthlyReport.h"

namespace gd {

// The office lines every printout starts with.
DocumentHeader officeHeader(const Office &office);

// The applicant's acknowledgement: number, service, documents received, fee, due date, designated officer.
Document applicationSlip(const Office &office, const Entry &application, const QVariantMap &service,
                         PrintLanguage language, const QDate &printedOn, QPageSize::PageSizeId size = QPageSize::A5);
// The complainant's पावती: number, category, complaint, due date.
Document complaintSlip(const Office &office, const Entry &complaint, const QVariantMap &category,
                       PrintLanguage language, const QDate &printedOn, QPageSize::PageSizeId size = QPageSize::A5);

Document monthlyReportDocument(const MonthlyReport &report, PrintLanguage language, const QDate &printedOn);

}  // namespace gd
