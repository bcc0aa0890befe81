#pragma once
// What hangs on the office wall: the citizen charter poster (Annexure-2 items 4 and 7), laid out to fill its
// paper at the largest text that fits, and split across sheets only when even small text does not fit.

#include "Document.h"
#include "office/OfficeProfile.h"
#include "base/Result.h"

#include <QDate>
#include <QVariantMap>
#include <functional>

#include "registers/EntryStore.h"

namespace gd {

// Paper, orientation and language of a sheet for the wall.
struct SheetOptions {
    QPageSize::PageSizeId size = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    PrintLanguage language = PrintLanguage::Hindi;
    QDate printedOn;
};

struct CharterPoster : SheetOptions {
    QDate adoptedOn;           // by the Gram Sabha
    QString resolution;        // its resolution number
    QString grievanceContact;  // whom a citizen complains to
};

// The charter of `services` (the rows of the services master; those not in use are left out) at `scale`.
Document charterPoster(const Office &office, const QList<QVariantMap> &services, const CharterPoster &options,
                       qreal scale = 1.0);
// The same at the largest scale from 1.6 down to 0.8 (table text 13.6 to 6.8 points) that keeps it on one sheet;
// at 0.8 over several sheets (the table's header on each) when it does not fit even then.
Result<Document> fittedCharterPoster(const Office &office, const QList<QVariantMap> &services, const CharterPoster &options);

// The largest of a set of scales (up to `largest`) at which `make` fits one sheet; else the smallest (0.8).
Result<Document> fittedToOneSheet(const std::function<Document(qreal scale)> &make, qreal largest);

// Annexure-2 item 3: the elected representatives and the staff (rows of the people master in use, by their order).
Document staffBoard(const Office &office, const QList<QVariantMap> &people, const SheetOptions &options, qreal scale = 1.0);
Result<Document> fittedStaffBoard(const Office &office, const QList<QVariantMap> &people, const SheetOptions &options);
// Annexure-2 item 11: the organisation chart, each person under the one they report to.
Document organisationChart(const Office &office, const QList<QVariantMap> &people, const SheetOptions &options,
                           qreal scale = 1.0);
Result<Document> fittedOrganisationChart(const Office &office, const QList<QVariantMap> &people, const SheetOptions &options);
// Annexure-2 item 17: the emergency numbers in large print.
Document emergencySheet(const Office &office, const QList<QVariantMap> &numbers, const SheetOptions &options, qreal scale = 1.0);
Result<Document> fittedEmergencySheet(const Office &office, const QList<QVariantMap> &numbers, const SheetOptions &options);

// A notice of the notice register, from its template (Gram Sabha or GP meeting, public notice, tender notice),
// with its number and date; A4 or A5.
Document noticeDocument(const Office &office, const Entry &notice, PrintLanguage language, QPageSize::PageSizeId size,
                        const QDate &printedOn);

}  // namespace gd
