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
    QList<QVariantMap> complaintCategories;  // the complaint categories master's rows: their time limits are shown
    bool severalSheets = false;  // when the services do not fit one sheet at a readable size, continue on a second
};

// The smallest text a charter on the wall is printed at, read from two metres: 11 points on A4, 14 on A3 (the
// table's text; the title is twice that on A3).
qreal charterMinimumPoints(QPageSize::PageSizeId size);

// The charter of `services` (the rows of the services master; those not in use are left out) at `scale` (the
// table's text is 8.5 points × scale): each service's documents, fee, time limit and designated officer; the
// appellate officers once under it when every service has the same (in columns otherwise); the complaint time
// limits by category.
Document charterPoster(const Office &office, const QList<QVariantMap> &services, const CharterPoster &options,
                       qreal scale = 1.0);
// The same at the largest scale that keeps it on one sheet, never below the paper's readable size. When even that
// does not fit, an error says so and offers A3 or more sheets; with `severalSheets` it continues over sheets at
// the readable size (the table's header on each).
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
