#pragma once
// The ISO readiness printouts: the gap report (score, then every applicable item not done, by target date), and the
// master list of documented procedures.

#include "Document.h"
#include "office/OfficeProfile.h"
#include "registers/Procedures.h"
#include "registers/Readiness.h"

namespace gd {

Document readinessGapReport(const Office &office, const QList<ReadinessItem> &items, PrintLanguage language,
                            const QDate &printedOn);
// The controlled list: the versions in force, then the withdrawn ones (kept), each with its approval, where its
// copies are and the files kept with it (`files`: procedure number → file names).
Document procedureListDocument(const Office &office, const QList<Entry> &versions, const QHash<QString, QStringList> &files,
                               PrintLanguage language, const QDate &printedOn);
Table procedureTable(const QList<Entry> &versions, const QHash<QString, QStringList> &files, bool current,
                     PrintLanguage language);

}  // namespace gd
