#include "OfficePrintouts.h"

#include "Dates.h"
#include "DocumentRenderer.h"
#include "PrintoutParts.h"

namespace gd {

using namespace printout;

namespace {

QString s(const char *latin)
{
    return QString::fromLatin1(latin);
}

}  // namespace

Document charterPoster(const Office &office, const QList<QVariantMap> &services, const CharterPoster &o, qreal scale)
{
    Document doc = pageOf(office, o.language, o.printedOn, QT_TRANSLATE_NOOP("gd::Print", "Citizen charter"), o.orientation);
    doc.pageSize = o.size;
    doc.fontScale = scale;
    const auto pick = [&](const char *source) { return PrintText::pick(tr2(source), o.language); };
    doc.header.subtitle = pick(QT_TRANSLATE_NOOP("gd::Print", "The services of the Gram Panchayat and the time within which each is delivered"));
    doc.blocks.append(Paragraph{pick(QT_TRANSLATE_NOOP("gd::Print", "We deliver each service below within the time shown. If it is not "
                                                                   "delivered in time, or you are not satisfied, appeal to the first "
                                                                   "appellate officer, and then to the second.")),
                                false});
    QStringList facts;
    if (o.adoptedOn.isValid() || !o.resolution.isEmpty())
        facts += pick(QT_TRANSLATE_NOOP("gd::Print", "Adopted by the Gram Sabha on %1, resolution %2."))
                     .arg(o.adoptedOn.isValid() ? Dates::display(o.adoptedOn) : s("—"), o.resolution.isEmpty() ? s("—") : o.resolution);
    if (!o.grievanceContact.isEmpty())
        facts += pick(QT_TRANSLATE_NOOP("gd::Print", "Complaints and suggestions: %1")).arg(o.grievanceContact);
    if (!facts.isEmpty())
        doc.blocks.append(Paragraph{facts.join(s("   ")), true});  // above the table: whom to go to matters most
    Table t;
    t.attachmentName = s("citizen-charter.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "No."), 0.3, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Service"), 1.3),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Where and how to apply"), 1.85),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Documents required"), 1.4),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Fee"), 0.55, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Time limit"), 0.75),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Designated officer"), 1.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "First appellate officer"), 1.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Second appellate officer"), 1.2)};
    int n = 0;
    for (const QVariantMap &row : services) {
        if (row.value(s("active")).toString() == u"no")
            continue;
        const int days = row.value(s("time_limit_days")).toInt();
        const Bilingual limit = row.value(s("day_kind")).toString() == u"calendar"
            ? PrintText::both("gd::Print", QT_TRANSLATE_N_NOOP("gd::Print", "%n day(s)"), days)
            : PrintText::both("gd::Print", QT_TRANSLATE_N_NOOP("gd::Print", "%n working day(s)"), days);
        t.rows.append({QString::number(++n), pickPair(row.value(s("name_hi")).toString(), row.value(s("name_en")).toString(), o.language),
                       row.value(s("where_to_apply")).toString(), row.value(s("documents")).toString(),
                       feeText(row.value(s("fee")), o.language), PrintText::pick(limit, o.language, s("\n")),
                       row.value(s("designated_officer")).toString(), row.value(s("first_appellate")).toString(),
                       row.value(s("second_appellate")).toString()});
    }
    doc.blocks.append(t);
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")), tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

Result<Document> fittedCharterPoster(const Office &office, const QList<QVariantMap> &services, const CharterPoster &options)
{
    const qreal scales[] = {1.6, 1.45, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8};
    for (const qreal scale : scales) {
        Document doc = charterPoster(office, services, options, scale);
        auto pages = DocumentRenderer::pageCount(doc);
        if (!pages)
            return pages.error();
        if (pages.value() == 1 || scale == scales[std::size(scales) - 1])
            return doc;
    }
    return charterPoster(office, services, options, 0.8);
}

}  // namespace gd
