#include "OfficePrintouts.h"

#include "base/Dates.h"
#include "DocumentRenderer.h"
#include "PrintoutParts.h"

using namespace Qt::StringLiterals;

namespace gd {

using namespace printout;

qreal charterMinimumPoints(QPageSize::PageSizeId size)
{
    return size == QPageSize::A3 ? 14.0 : 11.0;
}

namespace {

// The table's text is 8.5 points at scale 1 (PageLayout's table font).
constexpr qreal kTablePoints = 8.5;

// Whether every service in use names the same officer under `key` (then it is said once, under the table).
QString sameForAll(const QList<QVariantMap> &services, const QString &key)
{
    QString common;
    for (const QVariantMap &row : services) {
        if (row.value(u"active"_s).toString() == u"no")
            continue;
        const QString v = row.value(key).toString().simplified();
        if (common.isNull())
            common = v;
        else if (v != common)
            return {};
    }
    return common;
}

Bilingual daysText(int days, const QString &dayKind)
{
    return dayKind == u"calendar" ? PrintText::both("gd::Print", QT_TRANSLATE_N_NOOP("gd::Print", "%n day(s)"), days)
                                  : PrintText::both("gd::Print", QT_TRANSLATE_N_NOOP("gd::Print", "%n working day(s)"), days);
}

}  // namespace

Document charterPoster(const Office &office, const QList<QVariantMap> &services, const CharterPoster &o, qreal scale)
{
    Document doc = pageOf(office, o.language, o.printedOn, QT_TRANSLATE_NOOP("gd::Print", "Citizen charter"), o.orientation);
    doc.pageSize = o.size;
    doc.fontScale = scale;
    doc.header.titlePoints = 17;  // 28 points and more on A3
    const auto pick = [&](const char *source) { return PrintText::pick(tr2(source), o.language); };
    doc.header.subtitle = pick(QT_TRANSLATE_NOOP("gd::Print", "The services of the Gram Panchayat and the time within which each is delivered"));
    doc.blocks.append(Paragraph{pick(QT_TRANSLATE_NOOP("gd::Print", "We deliver each service below within the time shown. If it is not "
                                                                   "delivered in time, or you are not satisfied, appeal to the first "
                                                                   "appellate officer, and then to the second.")),
                                false});
    const QString officer = sameForAll(services, u"designated_officer"_s);
    const QString first = sameForAll(services, u"first_appellate"_s);
    const QString second = sameForAll(services, u"second_appellate"_s);
    Table t;
    t.attachmentName = u"citizen-charter.csv"_s;
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "No."), 0.3, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Service"), 1.5),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Documents required"), 1.9),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Fee"), 0.55, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Time limit"), 0.8)};
    if (officer.isEmpty())
        t.columns += column(QT_TRANSLATE_NOOP("gd::Print", "Designated officer"), 1.1);
    if (first.isEmpty())
        t.columns += column(QT_TRANSLATE_NOOP("gd::Print", "First appellate officer"), 1.0);
    if (second.isEmpty())
        t.columns += column(QT_TRANSLATE_NOOP("gd::Print", "Second appellate officer"), 1.0);
    int n = 0;
    for (const QVariantMap &row : services) {
        if (row.value(u"active"_s).toString() == u"no")
            continue;
        const Bilingual limit = daysText(row.value(u"time_limit_days"_s).toInt(), row.value(u"day_kind"_s).toString());
        QStringList cells = {QString::number(++n), pickPair(row.value(u"name_hi"_s).toString(), row.value(u"name_en"_s).toString(), o.language),
                             row.value(u"documents"_s).toString(), feeText(row.value(u"fee"_s), o.language),
                             PrintText::pick(limit, o.language, QString::fromLatin1("\n"))};
        if (officer.isEmpty())
            cells += row.value(u"designated_officer"_s).toString();
        if (first.isEmpty())
            cells += row.value(u"first_appellate"_s).toString();
        if (second.isEmpty())
            cells += row.value(u"second_appellate"_s).toString();
        t.rows.append(cells);
    }
    doc.blocks.append(t);
    QStringList appeals;
    if (!officer.isEmpty())
        appeals += pick(QT_TRANSLATE_NOOP("gd::Print", "Designated officer for every service: %1.")).arg(officer);
    if (!first.isEmpty())
        appeals += pick(QT_TRANSLATE_NOOP("gd::Print", "First appeal: %1.")).arg(first);
    if (!second.isEmpty())
        appeals += pick(QT_TRANSLATE_NOOP("gd::Print", "Second appeal: %1.")).arg(second);
    if (!appeals.isEmpty())
        doc.blocks.append(Paragraph{appeals.join(u"   "_s), true});
    QStringList complaints;
    for (const QVariantMap &row : o.complaintCategories) {
        if (row.value(u"active"_s).toString() == u"no")
            continue;
        complaints += pickPair(row.value(u"name_hi"_s).toString(), row.value(u"name_en"_s).toString(), o.language) + u' '
            + PrintText::pick(daysText(row.value(u"time_limit_days"_s).toInt(), row.value(u"day_kind"_s).toString()), o.language,
                              u" / "_s);
    }
    if (!complaints.isEmpty())
        doc.blocks.append(Paragraph{pick(QT_TRANSLATE_NOOP("gd::Print", "Complaints are answered within: %1.")).arg(complaints.join(u" · "_s)),
                                    false});
    QStringList facts;
    if (o.adoptedOn.isValid() || !o.resolution.isEmpty())
        facts += pick(QT_TRANSLATE_NOOP("gd::Print", "Adopted by the Gram Sabha on %1, resolution %2."))
                     .arg(o.adoptedOn.isValid() ? Dates::display(o.adoptedOn) : u"—"_s, o.resolution.isEmpty() ? u"—"_s : o.resolution);
    if (!o.grievanceContact.isEmpty())
        facts += pick(QT_TRANSLATE_NOOP("gd::Print", "Complaints and suggestions: %1")).arg(o.grievanceContact);
    if (!facts.isEmpty())
        doc.blocks.append(Paragraph{facts.join(u"   "_s), true});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")), tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

namespace {

// A sentence from a template in the print language; in both languages, the Hindi sentence over the English one.
QString sentence(PrintLanguage language, const char *source, const QStringList &hi, const QStringList &en)
{
    return eachLanguage(language, [&](PrintLanguage l) {
        QString text = PrintText::text(l, "gd::Print", source);
        for (const QString &a : l == PrintLanguage::Hindi ? hi : en)
            text = text.arg(a);
        return text;
    });
}

}  // namespace

Document noticeDocument(const Office &office, const Entry &n, PrintLanguage language, QPageSize::PageSizeId size,
                        const QDate &printedOn)
{
    const QString kind = n.text(u"kind"_s);
    const char *title = kind == u"gram_sabha"   ? QT_TRANSLATE_NOOP("gd::Print", "Notice of a Gram Sabha meeting")
                        : kind == u"gp_meeting" ? QT_TRANSLATE_NOOP("gd::Print", "Notice of a Gram Panchayat meeting")
                        : kind == u"tender"     ? QT_TRANSLATE_NOOP("gd::Print", "Tender notice")
                                                : QT_TRANSLATE_NOOP("gd::Print", "Public notice");
    Document doc = pageOf(office, language, printedOn, title);
    doc.pageSize = size;
    doc.fontScale = size == QPageSize::A5 ? 1.0 : 1.3;  // a full sheet on the notice board is read from a step away
    const auto pick = [&](const char *source) { return PrintText::pick(tr2(source), language); };
    doc.header.subtitle = pick(QT_TRANSLATE_NOOP("gd::Print", "No. %1, dated %2")).arg(n.number, Dates::display(n.date(u"issued_on"_s)));
    doc.blocks.append(Paragraph{pick(QT_TRANSLATE_NOOP("gd::Print", "Subject: %1")).arg(n.text(u"subject"_s)), true});
    const QString day = Dates::display(n.date(u"meeting_on"_s));
    const QString time = n.value(u"meeting_time"_s).toTime().toString(u"HH:mm"_s);
    const QString venue = n.text(u"venue"_s);
    QList<Bilingual> signatories;
    if (kind == u"gram_sabha" || kind == u"gp_meeting") {
        if (kind == u"gram_sabha")
            doc.blocks.append(Paragraph{sentence(language,
                                                 QT_TRANSLATE_NOOP("gd::Print", "All members of the Gram Sabha of %1 are informed that a "
                                                                                "meeting of the Gram Sabha will be held on %2 at %3 at %4."),
                                                 {office.nameHi, day, time, venue}, {office.nameEn, day, time, venue}),
                                        false});
        else
            doc.blocks.append(Paragraph{sentence(language,
                                                 QT_TRANSLATE_NOOP("gd::Print", "All members of %1 are informed that a meeting of the Gram "
                                                                                "Panchayat will be held on %2 at %3 at %4."),
                                                 {office.nameHi, day, time, venue}, {office.nameEn, day, time, venue}),
                                        false});
        doc.blocks.append(Paragraph{pick(QT_TRANSLATE_NOOP("gd::Print", "Agenda")), true});
        QStringList items;
        int i = 0;
        for (const QString &line : n.text(u"agenda"_s).split(u'\n', Qt::SkipEmptyParts))
            if (!line.trimmed().isEmpty())
                items += QString::number(++i) + QStringLiteral(". ") + line.trimmed();
        doc.blocks.append(Paragraph{items.join(u'\n'), false});
        doc.blocks.append(Paragraph{pick(QT_TRANSLATE_NOOP("gd::Print", "All members are requested to attend on time.")), false});
        signatories += tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"));
    } else if (kind == u"tender") {
        doc.blocks.append(Paragraph{pick(QT_TRANSLATE_NOOP("gd::Print", "Sealed tenders are invited for the work below. Tender forms "
                                                                       "and conditions are available at the Panchayat Bhawan on working "
                                                                       "days.")),
                                    false});
        doc.blocks.append(particulars(language, {{QT_TRANSLATE_NOOP("gd::Print", "Work"), n.text(u"work"_s)},
                                                 {QT_TRANSLATE_NOOP("gd::Print", "Estimated cost"),
                                                  QStringLiteral("₹ ") + rupees(n.value(u"estimated_cost"_s).toLongLong())},
                                                 {QT_TRANSLATE_NOOP("gd::Print", "Earnest money"),
                                                  n.value(u"earnest_money"_s).isNull()
                                                      ? QStringLiteral("—")
                                                      : QStringLiteral("₹ ") + rupees(n.value(u"earnest_money"_s).toLongLong())},
                                                 {QT_TRANSLATE_NOOP("gd::Print", "Tenders received until"),
                                                  Dates::display(n.date(u"last_date"_s))},
                                                 {QT_TRANSLATE_NOOP("gd::Print", "Tenders opened on"),
                                                  Dates::display(n.date(u"opening_date"_s))}}));
        doc.blocks.append(Paragraph{pick(QT_TRANSLATE_NOOP("gd::Print", "The Gram Panchayat may accept or reject any tender.")), false});
    }
    if (!n.text(u"body"_s).isEmpty())
        doc.blocks.append(Paragraph{n.text(u"body"_s), false});
    const QString by = n.text(u"issued_by"_s);
    signatories.prepend(by.isEmpty() ? tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")) : Bilingual{by, by});
    doc.blocks.append(SignatureBlock{signatories});
    return doc;
}

Result<Document> fittedToOneSheet(const std::function<Document(qreal scale)> &make, qreal largest)
{
    QList<qreal> scales;
    for (const qreal scale : {2.4, 2.0, 1.6, 1.45, 1.3, 1.2, 1.1, 1.0, 0.9, 0.8})
        if (scale <= largest)
            scales += scale;
    auto fitted = firstOnOneSheet(make, scales);
    if (!fitted)
        return fitted.error();
    return fitted.value() ? *fitted.value() : make(0.8);
}

Result<Document> fittedCharterPoster(const Office &office, const QList<QVariantMap> &services, const CharterPoster &options)
{
    // From large down to the readable size, in steps; never below it.
    const qreal smallest = charterMinimumPoints(options.size) / kTablePoints;
    auto fitted = firstOnOneSheet([&](qreal scale) { return charterPoster(office, services, options, scale); },
                                  {smallest * 1.6, smallest * 1.4, smallest * 1.25, smallest * 1.12, smallest});
    if (!fitted)
        return fitted.error();
    if (fitted.value())
        return *fitted.value();
    if (options.severalSheets)
        return charterPoster(office, services, options, smallest);
    int count = 0;
    for (const QVariantMap &row : services)
        count += row.value(u"active"_s).toString() == u"no" ? 0 : 1;
    const QString paper = options.size == QPageSize::A3 ? u"A3"_s : u"A4"_s;
    const QString offer = options.size == QPageSize::A3
        ? QCoreApplication::translate("gd::CharterPoster", "Print it on several sheets (choose \"Sheets: as many as needed\").")
        : QCoreApplication::translate("gd::CharterPoster", "Choose A3 paper, or print it on several sheets (choose \"Sheets: as many "
                                                           "as needed\").");
    return makeError(ErrorCode::InputRejected,
                     QCoreApplication::translate("gd::CharterPoster", "The %1 services of the charter do not fit one %2 sheet at "
                                                                      "%3 points, the smallest text read from two metres. %4")
                         .arg(count)
                         .arg(paper)
                         .arg(charterMinimumPoints(options.size))
                         .arg(offer));
}

namespace {

bool inUse(const QVariantMap &row)
{
    return row.value(u"active"_s).toString() != u"no";
}

QList<QVariantMap> byPosition(QList<QVariantMap> rows)
{
    std::stable_sort(rows.begin(), rows.end(), [](const QVariantMap &a, const QVariantMap &b) {
        const int pa = a.value(u"position"_s).isNull() ? 1000 : a.value(u"position"_s).toInt();
        const int pb = b.value(u"position"_s).isNull() ? 1000 : b.value(u"position"_s).toInt();
        return pa < pb;
    });
    return rows;
}

}  // namespace

Document staffBoard(const Office &office, const QList<QVariantMap> &people, const SheetOptions &o, qreal scale)
{
    Document doc = pageOf(office, o.language, o.printedOn,
                          QT_TRANSLATE_NOOP("gd::Print", "Elected representatives and staff of the Gram Panchayat"), o.orientation);
    doc.pageSize = o.size;
    doc.fontScale = scale;
    for (const auto &[group, heading] : {std::pair{"elected", QT_TRANSLATE_NOOP("gd::Print", "Elected representatives")},
                                         std::pair{"staff", QT_TRANSLATE_NOOP("gd::Print", "Staff")}}) {
        doc.blocks.append(Paragraph{PrintText::pick(tr2(heading), o.language), true});
        Table t;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "No."), 0.35, Qt::AlignRight), column(QT_TRANSLATE_NOOP("gd::Print", "Name"), 1.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Designation"), 1.5), column(QT_TRANSLATE_NOOP("gd::Print", "Ward"), 0.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Mobile"), 0.9)};
        int n = 0;
        for (const QVariantMap &p : byPosition(people))
            if (inUse(p) && p.value(u"group"_s).toString() == QString::fromLatin1(group))
                t.rows.append({QString::number(++n), pickPair(p.value(u"name_hi"_s).toString(), p.value(u"name_en"_s).toString(), o.language),
                               pickPair(p.value(u"designation_hi"_s).toString(), p.value(u"designation_en"_s).toString(), o.language),
                               p.value(u"ward"_s).toString(), p.value(u"mobile"_s).toString()});
        doc.blocks.append(t);
    }
    return doc;
}

Result<Document> fittedStaffBoard(const Office &office, const QList<QVariantMap> &people, const SheetOptions &options)
{
    return fittedToOneSheet([&](qreal scale) { return staffBoard(office, people, options, scale); }, 2.0);
}

Document organisationChart(const Office &office, const QList<QVariantMap> &people, const SheetOptions &o, qreal scale)
{
    Document doc = pageOf(office, o.language, o.printedOn, QT_TRANSLATE_NOOP("gd::Print", "Organisation structure of the Gram Panchayat"),
                          o.orientation);
    doc.pageSize = o.size;
    doc.fontScale = scale;
    OrgChart chart;
    chart.perRow = o.orientation == QPageLayout::Landscape ? 7 : 5;
    for (const QVariantMap &p : byPosition(people))
        if (inUse(p))
            chart.nodes.append(OrgNode{p.value(u"code"_s).toString(), p.value(u"reports_to"_s).toString(),
                                       pickPair(p.value(u"designation_hi"_s).toString(), p.value(u"designation_en"_s).toString(), o.language),
                                       pickPair(p.value(u"name_hi"_s).toString(), p.value(u"name_en"_s).toString(), o.language)});
    doc.blocks.append(chart);
    return doc;
}

Result<Document> fittedOrganisationChart(const Office &office, const QList<QVariantMap> &people, const SheetOptions &options)
{
    return fittedToOneSheet([&](qreal scale) { return organisationChart(office, people, options, scale); }, 1.6);
}

Document emergencySheet(const Office &office, const QList<QVariantMap> &numbers, const SheetOptions &o, qreal scale)
{
    Document doc = pageOf(office, o.language, o.printedOn, QT_TRANSLATE_NOOP("gd::Print", "Emergency numbers"), o.orientation);
    doc.pageSize = o.size;
    doc.fontScale = scale;
    Table t;
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "For"), 2.2), column(QT_TRANSLATE_NOOP("gd::Print", "Call"), 1.0)};
    for (const QVariantMap &row : byPosition(numbers))
        if (inUse(row))
            t.rows.append({pickPair(row.value(u"name_hi"_s).toString(), row.value(u"name_en"_s).toString(), o.language),
                           row.value(u"number"_s).toString()});
    doc.blocks.append(t);
    return doc;
}

Result<Document> fittedEmergencySheet(const Office &office, const QList<QVariantMap> &numbers, const SheetOptions &options)
{
    return fittedToOneSheet([&](qreal scale) { return emergencySheet(office, numbers, options, scale); }, 2.4);
}

}  // namespace gd
