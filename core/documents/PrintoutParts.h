#pragma once
// Pieces every printout is built from: bilingual labels, columns, the particulars table of a slip, amounts.

#include "Printouts.h"

#include <functional>

namespace gd::printout {

Bilingual tr2(const char *source);  // a "gd::Print" source in Hindi and English
QString pickPair(const QString &hi, const QString &en, PrintLanguage language);
TableColumn column(const char *source, qreal weight, Qt::Alignment alignment = Qt::AlignLeft);
// A table of "particular | detail" rows.
Table particulars(PrintLanguage language, const QList<QPair<const char *, QString>> &rows);
QString person(const Entry &e, const QString &nameKey);  // "name (father/husband)"
// Text made separately in each language a printout asks for: in both, the Hindi over the English.
QString eachLanguage(PrintLanguage language, const std::function<QString(PrintLanguage)> &make);
// A choice of a register's field in the print language ("जन्म / birth" for both); the code when it is unknown.
QString choiceText(const RegisterDef &def, const char *key, const QString &code, PrintLanguage language,
                   const QString &separator = QStringLiteral(" / "));
// A printout's start: the office header and the title, in the print language, dated.
Document pageOf(const Office &office, PrintLanguage language, const QDate &printedOn, const char *title,
                QPageLayout::Orientation orientation = QPageLayout::Portrait);
// A slip's page: the office header, its title and the entry number under it.
// The first of `scales` (largest first) at which `make` lays out on one sheet; nothing when none does.
Result<std::optional<Document>> firstOnOneSheet(const std::function<Document(qreal scale)> &make, const QList<qreal> &scales);
// A slip is one sheet, whatever the length of a name: when it would run onto a second page its text is set a
// little smaller, down to 72 % (a receipt in the citizen's hand, not a notice on the wall).
Document onOneSheet(Document slip);
Document slipDocument(const Office &office, PrintLanguage language, const QDate &printedOn, QPageSize::PageSizeId size,
                      const char *title, const QString &number);
QString monthName(const QDate &first, PrintLanguage language);
QString inWords(Paise amount, PrintLanguage language);  // in the print language (both: one under the other)
QString rupees(Paise amount);                           // 1,23,456.50
QString feeText(const QVariant &fee, PrintLanguage language);  // "₹ 5.00", or "none"

}  // namespace gd::printout
