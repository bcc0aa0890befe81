#pragma once
// The audit pack: the one document a GP hands the certification body. The readiness status with its evidence,
// the quality policy and objectives with their measured values, roles and the quality circle, the steps to
// certification, the meetings, trainings and surveys of the period, open corrective actions and risks, and a
// summary of every register over the period.

#include "Document.h"
#include "base/Result.h"

#include <QDate>

namespace gd {

class Book;

struct AuditPackRequest {
    QDate from;
    QDate to;
    PrintLanguage language = PrintLanguage::Hindi;
    QDate printedOn;
    int thumbnailPixels = 480;  // evidence photos are scaled to this before they go into the PDF
};

struct AuditPackFigures;

// The pack laid out from its figures (AuditPackFigures::compute).
Document auditPack(const AuditPackFigures &figures, const AuditPackRequest &request);
// The figures read from the book and laid out, with the book's seal at the foot of every page.
Result<Document> auditPack(Book &book, const AuditPackRequest &request);

}  // namespace gd
