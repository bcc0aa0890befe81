#include "AuditExtract.h"

#include "Dates.h"
#include "PrintoutParts.h"
#include "Printouts.h"

namespace gd {

namespace {
const char *const kContext = "gd::Print";
}

Document auditExtract(const Office &office, const QList<AuditRow> &rows, PrintLanguage language, const QDate &printedOn)
{
    Document doc = printout::pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Audit log extract"),
                                    QPageLayout::Landscape);
    if (!rows.isEmpty())
        doc.header.subtitle = PrintText::text(language, kContext, QT_TRANSLATE_NOOP("gd::Print", "Entries %1 to %2"))
                                  .arg(rows.last().id)
                                  .arg(rows.first().id);
    Table t;
    t.attachmentName = QStringLiteral("audit-log.csv");
    t.csvHeader = {QStringLiteral("id"), QStringLiteral("at"), QStringLiteral("actor"), QStringLiteral("action"),
                   QStringLiteral("table"), QStringLiteral("row_id"), QStringLiteral("old_values"), QStringLiteral("new_values")};
    t.columns = {
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "No.")), 0.6, Qt::AlignRight},
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "When")), 1.4, Qt::AlignLeft},
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "By")), 1.0, Qt::AlignLeft},
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Change")), 0.8, Qt::AlignLeft},
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Register")), 1.0, Qt::AlignLeft},
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Row")), 0.5, Qt::AlignRight},
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Before")), 3.0, Qt::AlignLeft},
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "After")), 3.0, Qt::AlignLeft},
    };
    for (const AuditRow &r : rows) {
        const QDateTime at = QDateTime::fromString(r.at, Qt::ISODate);
        t.rows.append({QString::number(r.id), Dates::display(at.date()) + u' ' + at.toString(QStringLiteral("HH:mm:ss")),
                       r.actor, r.action, r.table, QString::number(r.rowId), r.oldValues, r.newValues});
    }
    doc.blocks.append(t);
    doc.blocks.append(SignatureBlock{{PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Auditor"))}});
    return doc;
}

}  // namespace gd
