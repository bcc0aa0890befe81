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

}  // namespace gd
