#include "AuditExtract.h"

#include "base/Dates.h"
#include "PrintoutParts.h"
#include "Printouts.h"
#include "registers/AuditReading.h"

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
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Change")), 1.3, Qt::AlignLeft},
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Register")), 1.3, Qt::AlignLeft},
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Entry")), 1.5, Qt::AlignLeft},
        {PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Details")), 5.0, Qt::AlignLeft},
    };
    // The page in the office's words; the CSV inside the PDF keeps the log as it is, for checking it.
    const auto translate = [language](const char *context, const char *source) { return PrintText::text(language, context, source); };
    for (const AuditRow &r : rows) {
        const QDateTime at = QDateTime::fromString(r.at, Qt::ISODate);
        const QString when = Dates::display(at.date()) + u' ' + at.toString(QStringLiteral("HH:mm:ss"));
        const AuditReading reading = AuditReading::of(r, translate);
        t.rows.append({QString::number(r.id), when, r.actor, reading.change, reading.where, reading.entry, reading.details});
        t.csvRows.append({QString::number(r.id), r.at, r.actor, r.action, r.table, QString::number(r.rowId), r.oldValues, r.newValues});
    }
    doc.blocks.append(t);
    doc.blocks.append(SignatureBlock{{PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Print", "Auditor"))}});
    return doc;
}

}  // namespace gd
