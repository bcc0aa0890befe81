#pragma once
// What hangs on the office wall: the citizen charter poster (Annexure-2 items 4 and 7), laid out to fill its
// paper at the largest text that fits, and split across sheets only when even small text does not fit.

#include "Document.h"
#include "OfficeProfile.h"
#include "Result.h"

#include <QDate>
#include <QVariantMap>

#include "registers/EntryStore.h"

namespace gd {

struct CharterPoster {
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    PrintLanguage language = PrintLanguage::Hindi;
    QDate adoptedOn;           // by the Gram Sabha
    QString resolution;        // its resolution number
    QString grievanceContact;  // whom a citizen complains to
    QDate printedOn;
};

// The charter of `services` (the rows of the services master; those not in use are left out) at `scale`.
Document charterPoster(const Office &office, const QList<QVariantMap> &services, const CharterPoster &options,
                       qreal scale = 1.0);
// The same at the largest scale from 1.6 down to 0.8 (table text 13.6 to 6.8 points) that keeps it on one sheet;
// at 0.8 over several sheets (the table's header on each) when it does not fit even then.
Result<Document> fittedCharterPoster(const Office &office, const QList<QVariantMap> &services, const CharterPoster &options);

// A notice of the notice register, from its template (Gram Sabha or GP meeting, public notice, tender notice),
// with its number and date; A4 or A5.
Document noticeDocument(const Office &office, const Entry &notice, PrintLanguage language, QPageSize::PageSizeId size,
                        const QDate &printedOn);

}  // namespace gd
