#pragma once
// The audit log as a printed register extract (landscape): who changed what, when.

#include "storage/AuditLog.h"
#include "Document.h"
#include "office/OfficeProfile.h"

namespace gd {

Document auditExtract(const Office &office, const QList<AuditRow> &rows, PrintLanguage language, const QDate &printedOn);

}  // namespace gd
