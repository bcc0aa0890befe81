#pragma once
// The ISO readiness printouts: the gap report (score, then every applicable item not done, by target date).

#include "Document.h"
#include "office/OfficeProfile.h"
#include "registers/Readiness.h"

namespace gd {

Document readinessGapReport(const Office &office, const QList<ReadinessItem> &items, PrintLanguage language,
                            const QDate &printedOn);

}  // namespace gd
