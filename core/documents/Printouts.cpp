#include "Printouts.h"
#include "PrintoutParts.h"

#include "base/AmountInWords.h"
#include "base/Dates.h"
#include "base/Money.h"
#include "registers/VitalEvents.h"
#include "storage/Seals.h"

#include <QLocale>

namespace gd {

using namespace printout;

DocumentHeader officeHeader(const Office &office)
{
    DocumentHeader h;
    h.officeHi = office.nameHi;
    h.officeEn = office.nameEn;
    h.lgdCode = office.lgdCode;
    QStringList place{office.block, office.district, office.state};
    place.removeAll(QString());
    h.placeLine = place.join(QStringLiteral(", "));
    return h;
}

Document applicationSlip(const Office &office, const Entry &a, const QVariantMap &service, PrintLanguage language,
                         const QDate &printedOn, QPageSize::PageSizeId size)
{
    Document doc = slipDocument(office, language, printedOn, size,
                                QT_TRANSLATE_NOOP("gd::Print", "Acknowledgement of application"), a.number);
    const QString serviceName = pickPair(service.value(QStringLiteral("name_hi")).toString(),
                                         service.value(QStringLiteral("name_en")).toString(), language);
    const QVariant fee = a.value(QStringLiteral("fee"));
    doc.blocks.append(particulars(
        language,
        {{QT_TRANSLATE_NOOP("gd::Print", "Application number"), a.number},
         {QT_TRANSLATE_NOOP("gd::Print", "Received on"), Dates::display(a.date(QStringLiteral("received_on")))},
         {QT_TRANSLATE_NOOP("gd::Print", "Applicant"), person(a, QStringLiteral("applicant_name"))},
         {QT_TRANSLATE_NOOP("gd::Print", "Village/ward"), a.text(QStringLiteral("village"))},
         {QT_TRANSLATE_NOOP("gd::Print", "Service"), serviceName},
         {QT_TRANSLATE_NOOP("gd::Print", "Documents received"), a.text(QStringLiteral("documents_received"))},
         {QT_TRANSLATE_NOOP("gd::Print", "Fee"), feeText(fee, language)},
         {QT_TRANSLATE_NOOP("gd::Print", "Service will be delivered by"), Dates::display(a.date(QStringLiteral("due_on")))},
         {QT_TRANSLATE_NOOP("gd::Print", "Designated officer"), service.value(QStringLiteral("designated_officer")).toString()},
         {QT_TRANSLATE_NOOP("gd::Print", "First appellate officer"), service.value(QStringLiteral("first_appellate")).toString()}}));
    doc.blocks.append(Paragraph{PrintText::pick(
        tr2(QT_TRANSLATE_NOOP("gd::Print", "If the service is not delivered by this date, you may appeal to the first "
                                           "appellate officer. Keep this slip and quote the application number.")),
        language, QStringLiteral("\n"))});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Received by"))}});
    return onOneSheet(doc);
}

Document complaintSlip(const Office &office, const Entry &c, const QVariantMap &category, PrintLanguage language,
                       const QDate &printedOn, QPageSize::PageSizeId size)
{
    Document doc = slipDocument(office, language, printedOn, size,
                                QT_TRANSLATE_NOOP("gd::Print", "Acknowledgement of complaint"), c.number);
    const QString categoryName = pickPair(category.value(QStringLiteral("name_hi")).toString(),
                                          category.value(QStringLiteral("name_en")).toString(), language);
    const QString modeText = choiceText(Registers::complaints(), "mode", c.text(QStringLiteral("mode")), language);
    QList<QPair<const char *, QString>> rows = {
        {QT_TRANSLATE_NOOP("gd::Print", "Complaint number"), c.number},
        {QT_TRANSLATE_NOOP("gd::Print", "Received on"), Dates::display(c.date(QStringLiteral("received_on")))},
        {QT_TRANSLATE_NOOP("gd::Print", "Received through"), modeText},
        {QT_TRANSLATE_NOOP("gd::Print", "Complainant"), person(c, QStringLiteral("complainant_name"))},
        {QT_TRANSLATE_NOOP("gd::Print", "Village/ward"), c.text(QStringLiteral("village"))},
        {QT_TRANSLATE_NOOP("gd::Print", "Category"), categoryName},
        {QT_TRANSLATE_NOOP("gd::Print", "Complaint"), c.text(QStringLiteral("description"))},
        {QT_TRANSLATE_NOOP("gd::Print", "Reply due by"), Dates::display(c.date(QStringLiteral("due_on")))},
    };
    if (!c.text(QStringLiteral("portal_ref")).isEmpty())
        rows.insert(2, {QT_TRANSLATE_NOOP("gd::Print", "Portal reference"), c.text(QStringLiteral("portal_ref"))});
    doc.blocks.append(particulars(language, rows));
    doc.blocks.append(Paragraph{PrintText::pick(
        tr2(QT_TRANSLATE_NOOP("gd::Print", "Keep this acknowledgement. If there is no reply by the due date, you may "
                                           "go to the Assistant Development Officer (Panchayat) / BDO, then the DPRO.")),
        language, QStringLiteral("\n"))});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Received by"))}});
    return onOneSheet(doc);
}


Document vitalReceipt(const Office &office, const Entry &e, const QList<Paise> &fees, PrintLanguage language,
                      const QDate &printedOn, QPageSize::PageSizeId size)
{
    Document doc = slipDocument(office, language, printedOn, size, QT_TRANSLATE_NOOP("gd::Print", "Information receipt"),
                                e.number);
    const QString type = e.text(QStringLiteral("event_type"));
    const QVariant fee = e.value(QStringLiteral("fee"));
    QString parents = e.text(QStringLiteral("father_name"));
    if (!e.text(QStringLiteral("mother_name")).isEmpty())
        parents += (parents.isEmpty() ? QString() : QStringLiteral(" / ")) + e.text(QStringLiteral("mother_name"));
    QString name = e.text(QStringLiteral("name"));
    if (type == u"death" && !Fields::isEmpty(e.value(QStringLiteral("age_years"))))
        name += QStringLiteral(", ") + QString::number(e.value(QStringLiteral("age_years")).toInt());
    const QList<QPair<const char *, QString>> rows = {
        {QT_TRANSLATE_NOOP("gd::Print", "Entry number"), e.number},
        {QT_TRANSLATE_NOOP("gd::Print", "Event"),
         choiceText(Registers::vitalEvents(), "event_type", type, language) + QStringLiteral(", ") + choiceText(Registers::vitalEvents(), "sex", e.text(QStringLiteral("sex")), language)},
        {QT_TRANSLATE_NOOP("gd::Print", "Date of event"), Dates::display(e.date(QStringLiteral("event_date")))},
        {QT_TRANSLATE_NOOP("gd::Print", "Name"), name},
        {QT_TRANSLATE_NOOP("gd::Print", "Father / mother"), parents},
        {QT_TRANSLATE_NOOP("gd::Print", "Informant"), e.text(QStringLiteral("informant_name"))},
        {QT_TRANSLATE_NOOP("gd::Print", "Reported on"), Dates::display(e.date(QStringLiteral("reported_on")))},
        {QT_TRANSLATE_NOOP("gd::Print", "Delay and fee"),
         choiceText(Registers::vitalEvents(), "delay_category", e.text(QStringLiteral("delay_category")), language) + QStringLiteral(" · ")
             + QString::number(e.value(QStringLiteral("delay_days")).toInt()) + QStringLiteral(" · ") + feeText(fee, language)},
    };
    doc.blocks.append(particulars(language, rows));
    const VitalEvents::NextStep next = VitalEvents::nextStepOf(e.values, fees);
    Bilingual step = PrintText::both("gd::VitalEvents", next.source);
    if (!next.fee.isEmpty()) {
        step.hi = step.hi.arg(next.fee);
        step.en = step.en.arg(next.fee);
    }
    const Bilingual crs = tr2(QT_TRANSLATE_NOOP("gd::Print", "The certificate comes from the CRS portal; quote the entry number."));
    doc.blocks.append(Paragraph{PrintText::pick({step.hi + u' ' + crs.hi, step.en + u' ' + crs.en}, language, QStringLiteral("\n"))});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Received by"))}});
    return onOneSheet(doc);
}

Document vitalRegisterExtract(const Office &office, const QList<Entry> &events, const QDate &from, const QDate &to,
                              PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Birth and death register"), QPageLayout::Landscape);
    doc.header.subtitle = Dates::display(from) + QStringLiteral(" – ") + Dates::display(to);
    Table t;
    t.attachmentName = QStringLiteral("vital-events.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Entry number"), 1.8),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Event"), 0.7),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Date of event"), 0.8),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Name, sex"), 1.3),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Father / mother / spouse, age"), 1.5),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Place of event"), 1.1),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Informant"), 1.1),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Reported on"), 0.8),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Delay, fee, receipt / permission"), 1.3),
                 column(QT_TRANSLATE_NOOP("gd::Print", "CRS registration"), 1.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Certificate handed over"), 1.2)};
    for (const Entry &e : events) {
        const auto text = [&](const char *key) { return e.text(QString::fromLatin1(key)); };
        QStringList relatives;
        for (const char *key : {"father_name", "mother_name", "spouse_name"})
            if (!text(key).isEmpty())
                relatives += text(key);
        QString relativeLine = relatives.join(QStringLiteral(" / "));
        if (text("event_type") == u"death" && !Fields::isEmpty(e.value(QStringLiteral("age_years"))))
            relativeLine += QStringLiteral(", ") + QString::number(e.value(QStringLiteral("age_years")).toInt());
        QString delay = choiceText(Registers::vitalEvents(), "delay_category", text("delay_category"), language);
        if (e.value(QStringLiteral("fee")).toLongLong() > 0)
            delay += QStringLiteral(", ₹ ") + Money::format(e.value(QStringLiteral("fee")).toLongLong());
        for (const char *key : {"late_fee_receipt", "permission_ref"})
            if (!text(key).isEmpty())
                delay += QStringLiteral(", ") + text(key);
        QString crs = text("crs_registration_no");
        if (e.date(QStringLiteral("crs_registered_on")).isValid())
            crs += QStringLiteral(" (") + Dates::display(e.date(QStringLiteral("crs_registered_on"))) + u')';
        QString handed;
        if (e.date(QStringLiteral("certificate_issued_on")).isValid())
            handed = Dates::display(e.date(QStringLiteral("certificate_issued_on"))) + QStringLiteral(", ") + text("certificate_issued_to");
        QString number = e.number;
        if (e.cancelled)
            number += QStringLiteral(" ✗");
        t.rows.append({number, choiceText(Registers::vitalEvents(), "event_type", text("event_type"), language),
                       Dates::display(e.date(QStringLiteral("event_date"))),
                       text("name") + (text("name").isEmpty() ? QString() : QStringLiteral(", "))
                           + choiceText(Registers::vitalEvents(), "sex", text("sex"), language),
                       relativeLine,
                       choiceText(Registers::vitalEvents(), "place_type", text("place_type"), language)
                           + (text("place_name").isEmpty() ? QString() : QStringLiteral(": ") + text("place_name")),
                       text("informant_name"), Dates::display(e.date(QStringLiteral("reported_on"))), delay, crs, handed});
    }
    doc.blocks.append(t);
    doc.blocks.append(Paragraph{PrintText::pick(
        tr2(QT_TRANSLATE_NOOP("gd::Print", "✗ = cancelled entry (kept in the register). Corrections are listed in each "
                                           "entry's history in GramDesk.")),
        language)});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

namespace {

// The report's first page: the figures the block office looks at first, then the last twelve months in charts.
void monthlyFrontPage(Document &doc, const MonthlyReport &r, const MonthlyTrend &trend, PrintLanguage language)
{
    const auto n = [](qint64 v) { return Money::groupIndian(v); };
    const auto pick = [&](const char *source) { return PrintText::pick(tr2(source), language); };
    const auto pct = [](const Hundredths &h) { return h.value ? h.text() + u'%' : QStringLiteral("—"); };
    const qint64 vital = r.vitalEvents.births + r.vitalEvents.deaths + r.vitalEvents.stillBirths;
    doc.blocks.append(Heading{pick(QT_TRANSLATE_NOOP("gd::Print", "The month at a glance")), false});
    doc.blocks.append(KeyFigures{
        {{pct(r.applications.inTimePct), pick(QT_TRANSLATE_NOOP("gd::Print", "of %1 services delivered, within the charter's time")).arg(n(r.applications.delivered)), false},
         {pct(r.complaints.inTimePct), pick(QT_TRANSLATE_NOOP("gd::Print", "of %1 complaints disposed, within time")).arg(n(r.complaints.disposed)), false},
         {n(r.applications.pendingAtMonthEnd),
          pick(QT_TRANSLATE_NOOP("gd::Print", "applications pending at month end, %1 overdue")).arg(n(r.applications.overdueAtMonthEnd)),
          r.applications.overdueAtMonthEnd > 0},
         {n(r.complaints.pendingAtMonthEnd),
          pick(QT_TRANSLATE_NOOP("gd::Print", "complaints pending at month end, %1 overdue")).arg(n(r.complaints.overdueAtMonthEnd)),
          r.complaints.overdueAtMonthEnd > 0},
         {n(r.visitors.count), pick(QT_TRANSLATE_NOOP("gd::Print", "visitors, %1 gave feedback")).arg(n(r.visitors.withFeedback)), false},
         {n(vital),
          pick(QT_TRANSLATE_NOOP("gd::Print", "births and deaths reported; %1 awaiting CRS registration")).arg(n(r.vitalEvents.awaitingCrsRegistration)),
          false},
         {QStringLiteral("₹ ") + rupees(r.cash.closing), pick(QT_TRANSLATE_NOOP("gd::Print", "cash and bank balance at month end")), false},
         {pct(r.readiness.scorePct),
          pick(QT_TRANSLATE_NOOP("gd::Print", "ISO readiness: %1 of %2 arrangements done"))
              .arg(QString::number(r.readiness.done), QString::number(r.readiness.applicable)),
          false}},
        4});
    QStringList labels;
    for (const QDate &m : trend.months)
        labels += language == PrintLanguage::Hindi ? QLocale(QLocale::Hindi, QLocale::India).monthName(m.month(), QLocale::ShortFormat)
                                                   : QLocale(QLocale::English, QLocale::UnitedKingdom).monthName(m.month(), QLocale::ShortFormat);
    const auto percents = [](const QList<Hundredths> &values) {
        QList<double> out;
        for (const Hundredths &h : values)
            out += h.value ? double(*h.value) / 100.0 : -1.0;
        return out;
    };
    const auto counts = [](const QList<qint64> &values, double divisor) {
        QList<double> out;
        for (const qint64 v : values)
            out += double(v) / divisor;
        return out;
    };
    const QString months = trend.months.isEmpty() ? QString()
                                                  : monthName(trend.months.first(), language) + QStringLiteral(" – ")
                                                        + monthName(trend.months.last(), language);
    doc.blocks.append(Heading{pick(QT_TRANSLATE_NOOP("gd::Print", "The last twelve months")) + QStringLiteral(" (") + months + u')', false});
    doc.blocks.append(ChartRow{{BarChart{pick(QT_TRANSLATE_NOOP("gd::Print", "Services delivered within the charter's time (%)")), labels,
                                         {percents(trend.servicesInTimePct)}, {}, QStringLiteral("%")},
                                BarChart{pick(QT_TRANSLATE_NOOP("gd::Print", "Complaints disposed within time (%)")), labels,
                                         {percents(trend.complaintsInTimePct)}, {}, QStringLiteral("%")}}});
    doc.blocks.append(ChartRow{{BarChart{pick(QT_TRANSLATE_NOOP("gd::Print", "Visitors")), labels, {counts(trend.visitors, 1)}, {}, {}},
                                BarChart{pick(QT_TRANSLATE_NOOP("gd::Print", "Cash book receipts and payments (₹)")), labels,
                                         {counts(trend.receipts, 100), counts(trend.payments, 100)},
                                         {pick(QT_TRANSLATE_NOOP("gd::Print", "receipts")), pick(QT_TRANSLATE_NOOP("gd::Print", "payments"))},
                                         {}}}});
}

// A master's row as the report names it: its name in the print language (the other when it has none) and code.
QString named(const QString &hi, const QString &en, const QString &code, PrintLanguage language)
{
    const QString name = pickPair(hi, en, language);
    return name.isEmpty() ? code : QString(name + QStringLiteral(" (") + code + u')');
}

// The cash and stock page the secretary signs for: each cash and bank account's opening, receipts, payments,
// transfers and closing; the month's receipts and payments by head; each stock item's opening, receipts, issues
// and closing. Each table is attached to the PDF as a CSV with its codes and plain figures.
void monthlyCashAndStock(Document &doc, const MonthlyReport &r, PrintLanguage language)
{
    const auto pick = [&](const char *source) { return PrintText::pick(tr2(source), language); };
    const auto money = [](qint64 paise) -> QString { return QStringLiteral("₹ ") + rupees(paise); };
    doc.blocks.append(Heading{pick(QT_TRANSLATE_NOOP("gd::Print", "Cash book: each cash and bank account")), true});
    Table accounts;
    accounts.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Account"), 2.6),
                        column(QT_TRANSLATE_NOOP("gd::Print", "Opening balance"), 1.2, Qt::AlignRight),
                        column(QT_TRANSLATE_NOOP("gd::Print", "Receipts"), 1.2, Qt::AlignRight),
                        column(QT_TRANSLATE_NOOP("gd::Print", "Payments"), 1.2, Qt::AlignRight),
                        column(QT_TRANSLATE_NOOP("gd::Print", "Transfers in"), 1.1, Qt::AlignRight),
                        column(QT_TRANSLATE_NOOP("gd::Print", "Transfers out"), 1.1, Qt::AlignRight),
                        column(QT_TRANSLATE_NOOP("gd::Print", "Closing balance"), 1.2, Qt::AlignRight)};
    accounts.attachmentName = QStringLiteral("cash-accounts.csv");
    accounts.csvHeader = {QStringLiteral("account"), QStringLiteral("opening"), QStringLiteral("receipts"),
                          QStringLiteral("payments"), QStringLiteral("contra_in"), QStringLiteral("contra_out"),
                          QStringLiteral("closing")};
    qint64 in = 0, out = 0;
    for (const auto &a : r.cash.accounts) {
        accounts.rows.append({named(a.nameHi, a.nameEn, a.code, language), money(a.opening), money(a.receipts),
                              money(a.payments), money(a.contraIn), money(a.contraOut), money(a.closing)});
        accounts.csvRows.append({a.code, Money::plain(a.opening), Money::plain(a.receipts), Money::plain(a.payments),
                                 Money::plain(a.contraIn), Money::plain(a.contraOut), Money::plain(a.closing)});
        in += a.contraIn;
        out += a.contraOut;
    }
    accounts.rows.append({pick(QT_TRANSLATE_NOOP("gd::Print", "All accounts")), money(r.cash.opening), money(r.cash.receipts),
                          money(r.cash.payments), money(in), money(out), money(r.cash.closing)});
    accounts.csvRows.append({QStringLiteral("total"), Money::plain(r.cash.opening), Money::plain(r.cash.receipts),
                             Money::plain(r.cash.payments), Money::plain(in), Money::plain(out), Money::plain(r.cash.closing)});
    doc.blocks.append(accounts);

    doc.blocks.append(Heading{pick(QT_TRANSLATE_NOOP("gd::Print", "Receipts and payments by head of account")), false});
    Table heads;
    heads.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Head of account"), 3.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Receipts"), 1.2, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Payments"), 1.2, Qt::AlignRight)};
    heads.attachmentName = QStringLiteral("cash-by-head.csv");
    heads.csvHeader = {QStringLiteral("head"), QStringLiteral("receipts"), QStringLiteral("payments")};
    for (const auto &h : r.cash.byHead) {
        heads.rows.append({named(h.nameHi, h.nameEn, h.head, language), money(h.receipts), money(h.payments)});
        heads.csvRows.append({h.head, Money::plain(h.receipts), Money::plain(h.payments)});
    }
    heads.rows.append({pick(QT_TRANSLATE_NOOP("gd::Print", "All heads")), money(r.cash.receipts), money(r.cash.payments)});
    heads.csvRows.append({QStringLiteral("total"), Money::plain(r.cash.receipts), Money::plain(r.cash.payments)});
    doc.blocks.append(heads);

    doc.blocks.append(Heading{pick(QT_TRANSLATE_NOOP("gd::Print", "Stock register: each item")), false});
    Table stock;
    stock.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Item"), 3.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Unit"), 0.9),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Opening"), 1.0, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Received"), 1.0, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Issued"), 1.0, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Closing"), 1.0, Qt::AlignRight)};
    stock.attachmentName = QStringLiteral("stock.csv");
    stock.csvHeader = {QStringLiteral("item"), QStringLiteral("unit"), QStringLiteral("opening"), QStringLiteral("received"),
                       QStringLiteral("issued"), QStringLiteral("closing")};
    for (const auto &it : r.stock) {
        const QStringList figures = {Fields::quantityText(it.opening), Fields::quantityText(it.received),
                                     Fields::quantityText(it.issued), Fields::quantityText(it.closing)};
        stock.rows.append(QStringList{named(it.nameHi, it.nameEn, it.code, language), it.unit} + figures);
        stock.csvRows.append(QStringList{it.code, it.unit} + figures);
    }
    doc.blocks.append(stock);
}

}  // namespace

Document monthlyReportDocument(const MonthlyReport &r, const MonthlyTrend *trend, PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(r.office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Monthly report of the secretary"));
    doc.header.subtitle = monthName(r.first, language) + QStringLiteral(" (") + Dates::display(r.first)
        + QStringLiteral(" – ") + Dates::display(r.last) + u')';
    if (trend) {
        monthlyFrontPage(doc, r, *trend, language);
        doc.blocks.append(Heading{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Register by register")), language), true});
    }
    const auto n = [](qint64 v) { return Money::groupIndian(v); };
    const auto section = [&](const char *title, const QList<QPair<const char *, QString>> &rows) {
        doc.blocks.append(Heading{PrintText::pick(tr2(title), language), false});  // kept with its table
        Table t;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Indicator"), 3.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Value"), 1.0, Qt::AlignRight)};
        for (const auto &[label, value] : rows)
            t.rows.append({PrintText::pick(tr2(label), language), value});
        doc.blocks.append(t);
    };
    section(QT_TRANSLATE_NOOP("gd::Print", "Visitors"),
            {{QT_TRANSLATE_NOOP("gd::Print", "Visitors recorded"), n(r.visitors.count)},
             {QT_TRANSLATE_NOOP("gd::Print", "Visitors who gave both ratings"),
              n(r.visitors.withFeedback)},
             {QT_TRANSLATE_NOOP("gd::Print", "Average rating of time taken (1–5)"),
              r.visitors.avgServiceTimeRating.text()},
             {QT_TRANSLATE_NOOP("gd::Print", "Average rating of staff behaviour (1–5)"),
              r.visitors.avgBehaviourRating.text()}});
    const auto &ap = r.applications;
    section(QT_TRANSLATE_NOOP("gd::Print", "Service applications"),
            {{QT_TRANSLATE_NOOP("gd::Print", "Received this month"), n(ap.received)},
             {QT_TRANSLATE_NOOP("gd::Print", "Delivered this month"), n(ap.delivered)},
             {QT_TRANSLATE_NOOP("gd::Print", "of which within the charter's time"),
              n(ap.deliveredInTime)},
             {QT_TRANSLATE_NOOP("gd::Print", "Rejected this month"), n(ap.rejected)},
             {QT_TRANSLATE_NOOP("gd::Print", "Pending at month end"),
              n(ap.pendingAtMonthEnd)},
             {QT_TRANSLATE_NOOP("gd::Print", "Overdue at month end"),
              n(ap.overdueAtMonthEnd)},
             {QT_TRANSLATE_NOOP("gd::Print", "Delivered in time (%)"), ap.inTimePct.text()}});
    const auto &cp = r.complaints;
    section(QT_TRANSLATE_NOOP("gd::Print", "Complaints"),
            {{QT_TRANSLATE_NOOP("gd::Print", "Received this month"), n(cp.received)},
             {QT_TRANSLATE_NOOP("gd::Print", "Disposed this month"), n(cp.disposed)},
             {QT_TRANSLATE_NOOP("gd::Print", "of which within the time limit"),
              n(cp.disposedInTime)},
             {QT_TRANSLATE_NOOP("gd::Print", "Pending at month end"),
              n(cp.pendingAtMonthEnd)},
             {QT_TRANSLATE_NOOP("gd::Print", "Overdue at month end"),
              n(cp.overdueAtMonthEnd)},
             {QT_TRANSLATE_NOOP("gd::Print", "Disposed in time (%)"), cp.inTimePct.text()}});
    const auto &al = r.appeals;
    section(QT_TRANSLATE_NOOP("gd::Print", "Appeals"),
            {{QT_TRANSLATE_NOOP("gd::Print", "Filed this month"), n(al.filed)},
             {QT_TRANSLATE_NOOP("gd::Print", "Decided this month"), n(al.decided)},
             {QT_TRANSLATE_NOOP("gd::Print", "… allowed"), n(al.allowed)},
             {QT_TRANSLATE_NOOP("gd::Print", "… dismissed"), n(al.dismissed)},
             {QT_TRANSLATE_NOOP("gd::Print", "… remanded"), n(al.remanded)},
             {QT_TRANSLATE_NOOP("gd::Print", "Decided within 30 days"), n(al.decidedInTime)},
             {QT_TRANSLATE_NOOP("gd::Print", "Pending at month end"), n(al.pendingAtMonthEnd)},
             {QT_TRANSLATE_NOOP("gd::Print", "Overdue at month end"), n(al.overdueAtMonthEnd)}});
    const auto &ve = r.vitalEvents;
    section(QT_TRANSLATE_NOOP("gd::Print", "Births and deaths"),
            {{QT_TRANSLATE_NOOP("gd::Print", "Births reported"), n(ve.births)},
             {QT_TRANSLATE_NOOP("gd::Print", "Deaths reported"), n(ve.deaths)},
             {QT_TRANSLATE_NOOP("gd::Print", "Still births reported"), n(ve.stillBirths)},
             {QT_TRANSLATE_NOOP("gd::Print", "… within 21 days"), n(ve.onTime)},
             {QT_TRANSLATE_NOOP("gd::Print", "… late (22–30 days)"), n(ve.late)},
             {QT_TRANSLATE_NOOP("gd::Print", "… with permission (31 days–1 year)"), n(ve.permission)},
             {QT_TRANSLATE_NOOP("gd::Print", "… with an order (over 1 year)"), n(ve.order)},
             {QT_TRANSLATE_NOOP("gd::Print", "Certificates handed over"), n(ve.certificatesIssued)},
             {QT_TRANSLATE_NOOP("gd::Print", "Awaiting CRS registration at month end"), n(ve.awaitingCrsRegistration)}});
    const auto &fr = r.familyRegister;
    {
        QList<QPair<const char *, QString>> rows = {{QT_TRANSLATE_NOOP("gd::Print", "Families at month end"), n(fr.families)},
                                                    {QT_TRANSLATE_NOOP("gd::Print", "Living members at month end"), n(fr.membersLiving)}};
        QStringList events;
        for (const auto &[code, count] : fr.events)
            if (count > 0)
                events += choiceText(Registers::familyEvents(), "kind", code, language == PrintLanguage::English ? language : PrintLanguage::Hindi)
                    + u' ' + n(count);
        rows += {QT_TRANSLATE_NOOP("gd::Print", "Changes this month"), events.isEmpty() ? QStringLiteral("0") : events.join(QStringLiteral(", "))};
        rows += {QT_TRANSLATE_NOOP("gd::Print", "Certified copies issued"), n(fr.copiesIssued)};
        rows += {QT_TRANSLATE_NOOP("gd::Print", "Births and deaths not yet carried into it"), n(fr.notCarried)};
        section(QT_TRANSLATE_NOOP("gd::Print", "Family register"), rows);
    }
    {
        doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Staff attendance")), language) + QStringLiteral(" · ")
                                        + PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Working days")), language) + QStringLiteral(": ")
                                        + n(r.attendance.workingDays) + QStringLiteral(" · ")
                                        + PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Present or on duty (%)")), language)
                                        + QStringLiteral(": ") + r.attendance.presentPct.text(),
                                    true});
        Table t;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Name"), 2.4),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Present"), 0.8, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "On duty outside"), 0.8, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Leave"), 0.8, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Absent"), 0.8, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Not marked"), 0.8, Qt::AlignRight)};
        for (const auto &st : r.attendance.staff)
            t.rows.append({st.name, n(st.present), n(st.duty), n(st.leave), n(st.absent), n(st.unmarked)});
        doc.blocks.append(t);
    }
    section(QT_TRANSLATE_NOOP("gd::Print", "Meetings and social audits"),
            {{QT_TRANSLATE_NOOP("gd::Print", "Gram Panchayat meetings"), n(r.meetings.gp)},
             {QT_TRANSLATE_NOOP("gd::Print", "Committee meetings"), n(r.meetings.committee)},
             {QT_TRANSLATE_NOOP("gd::Print", "Gram Sabha meetings"), n(r.meetings.gramSabha)},
             {QT_TRANSLATE_NOOP("gd::Print", "… without quorum"), n(r.meetings.quorumNotMet)},
             {QT_TRANSLATE_NOOP("gd::Print", "Social audits"), n(r.socialAudits)}});
    section(QT_TRANSLATE_NOOP("gd::Print", "Corrective actions (audit findings)"),
            {{QT_TRANSLATE_NOOP("gd::Print", "Raised this month"), n(r.correctiveActions.raised)},
             {QT_TRANSLATE_NOOP("gd::Print", "Completed this month"), n(r.correctiveActions.closed)},
             {QT_TRANSLATE_NOOP("gd::Print", "Open at month end"), n(r.correctiveActions.openAtMonthEnd)},
             {QT_TRANSLATE_NOOP("gd::Print", "Overdue at month end"), n(r.correctiveActions.overdueAtMonthEnd)}});
    section(QT_TRANSLATE_NOOP("gd::Print", "Record room"),
            {{QT_TRANSLATE_NOOP("gd::Print", "Files in the index at month end"), n(r.files.total)},
             {QT_TRANSLATE_NOOP("gd::Print", "Files opened this month"), n(r.files.opened)},
             {QT_TRANSLATE_NOOP("gd::Print", "Files out of the record room at month end"), n(r.files.issuedOutAtMonthEnd)},
             {QT_TRANSLATE_NOOP("gd::Print", "of which overdue for return"), n(r.files.overdueReturnsAtMonthEnd)}});
    section(QT_TRANSLATE_NOOP("gd::Print", "ISO readiness (Annexure-2)"),
            {{QT_TRANSLATE_NOOP("gd::Print", "Arrangements done"), n(r.readiness.done)},
             {QT_TRANSLATE_NOOP("gd::Print", "Arrangements that apply"), n(r.readiness.applicable)},
             {QT_TRANSLATE_NOOP("gd::Print", "Readiness score (%)"), r.readiness.scorePct.text()}});
    monthlyCashAndStock(doc, r, language);
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

Document cashDayPage(Book &book, const Office &office, const CashDay &day, PrintLanguage language, const QDate &printedOn)
{
    Document page = cashDayPage(office, day, language, printedOn);
    if (day.closed)
        sealDocument(page, book, Seals::forCashDay(day.date));
    return page;
}

void sealDocument(Document &doc, Book &book, const QString &madeFor)
{
    if (auto seal = Seals::make(book, madeFor))
        doc.seal = seal.value().text();
}

}  // namespace gd
