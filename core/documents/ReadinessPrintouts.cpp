#include "ReadinessPrintouts.h"

#include "base/Dates.h"
#include "PrintoutParts.h"

namespace gd {

using namespace printout;

Document readinessGapReport(const Office &office, const QList<ReadinessItem> &items, PrintLanguage language,
                            const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "ISO readiness: gap report"),
                          QPageLayout::Landscape);
    const Readiness::Score score = Readiness::score(items);
    const QString summary = PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Readiness %1% — %2 of %3 applicable items done")),
                                            language, QStringLiteral(" / "));
    doc.header.subtitle = summary.arg(score.pct.text()).arg(score.done).arg(score.applicable);
    Table t;
    t.attachmentName = QStringLiteral("readiness-gaps.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "No."), 0.35),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Arrangement"), 3.0),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Status"), 0.9),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Owner"), 0.9),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Target date"), 0.8),
                 column(QT_TRANSLATE_NOOP("gd::Print", "What the books show"), 1.8),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Notes"), 1.6)};
    for (const ReadinessItem &i : Readiness::gaps(items)) {
        // (pickPair falls back to the Hindi name of an item the office added without an English one.)
        const QString name = pickPair(i.row.value(QStringLiteral("name_hi")).toString(),
                                      i.row.value(QStringLiteral("name_en")).toString(), language);
        const QString statusText = choiceText(Registers::readinessItems(), "status", i.status(), language);
        QString books = PrintText::pick(i.live, language);
        if (!i.warning.en.isEmpty())
            books += (books.isEmpty() ? QString() : QStringLiteral("\n")) + PrintText::pick(i.warning, language);
        t.rows.append({i.code(), name, statusText, i.row.value(QStringLiteral("owner")).toString(),
                       Dates::display(i.row.value(QStringLiteral("target_date")).toDate()), books,
                       i.row.value(QStringLiteral("notes")).toString()});
    }
    doc.blocks.append(t);
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

Table procedureTable(const QList<Entry> &versions, const QHash<QString, QStringList> &files, bool current,
                     PrintLanguage language)
{
    using K = ProcedureKeys;
    Table t;
    t.attachmentName = current ? QStringLiteral("procedures.csv") : QStringLiteral("procedures-withdrawn.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Document number"), 0.9),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Title"), 2.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Kind"), 0.8),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Version"), 0.6),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Approved on, by"), 1.6),
                 column(current ? QT_TRANSLATE_NOOP("gd::Print", "Copies kept at") : QT_TRANSLATE_NOOP("gd::Print", "Withdrawn on, replaced by"), 1.4),
                 column(QT_TRANSLATE_NOOP("gd::Print", "File in the book"), 1.2)};
    for (const Entry &e : versions) {
        if ((e.text(K::status) == QStringLiteral("current")) != current)
            continue;
        t.rows.append({e.text(K::code), e.text(K::title), choiceText(Registers::procedures(), "kind", e.text(K::kind), language),
                       e.text(K::version), Dates::display(e.date(K::approvedOn)) + QStringLiteral(", ") + e.text(K::approvedBy),
                       current ? e.text(K::copiesAt)
                               : Dates::display(e.date(K::withdrawnOn)) + QStringLiteral(", ") + e.text(K::supersededBy),
                       files.value(e.number).join(QStringLiteral(", "))});
    }
    return t;
}

Document procedureListDocument(const Office &office, const QList<Entry> &versions, const QHash<QString, QStringList> &files,
                               PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Master list of documented procedures"),
                          QPageLayout::Landscape);
    doc.blocks.append(procedureTable(versions, files, true, language));
    const Table withdrawn = procedureTable(versions, files, false, language);
    if (!withdrawn.rows.isEmpty()) {
        doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Withdrawn versions (kept, not in use)")), language), true});
        doc.blocks.append(withdrawn);
    }
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Quality management representative")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary"))}});
    return doc;
}

}  // namespace gd
