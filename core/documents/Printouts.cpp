#include "Printouts.h"

#include "AmountInWords.h"
#include "Dates.h"
#include "Money.h"
#include "registers/VitalEvents.h"

#include <QLocale>

namespace gd {

namespace {

const char *const kContext = "gd::Print";

Bilingual tr2(const char *source)
{
    return PrintText::both(kContext, source);
}

QString pickPair(const QString &hi, const QString &en, PrintLanguage language)
{
    return PrintText::pick({hi, en}, language);
}

TableColumn column(const char *source, qreal weight, Qt::Alignment alignment = Qt::AlignLeft)
{
    return {tr2(source), weight, alignment};
}

// A table of "particular | detail" rows.
Table particulars(PrintLanguage language, const QList<QPair<const char *, QString>> &rows)
{
    Table t;
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Particular"), 1.6),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Detail"), 2.0)};
    for (const auto &r : rows)
        t.rows.append({PrintText::pick(tr2(r.first), language), r.second});
    return t;
}

QString person(const Entry &e, const QString &nameKey)
{
    QString s = e.text(nameKey);
    if (!e.text(QStringLiteral("relative_name")).isEmpty())
        s += QStringLiteral(" (") + e.text(QStringLiteral("relative_name")) + u')';
    return s;
}

// A slip's page: the office header, its title and the entry number under it.
Document slipDocument(const Office &office, PrintLanguage language, const QDate &printedOn, QPageSize::PageSizeId size,
                      const char *title, const QString &number)
{
    Document doc;
    doc.pageSize = size;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(office);
    doc.header.title = tr2(title);
    doc.header.subtitle = number;
    return doc;
}

QString monthName(const QDate &first, PrintLanguage language)
{
    const QString hi = QLocale(QLocale::Hindi, QLocale::India).monthName(first.month()) + u' ' + QString::number(first.year());
    const QString en = QLocale(QLocale::English, QLocale::UnitedKingdom).monthName(first.month()) + u' '
        + QString::number(first.year());
    return pickPair(hi, en, language);
}

}  // namespace

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
         {QT_TRANSLATE_NOOP("gd::Print", "Fee"),
          fee.isNull() || fee.toLongLong() == 0 ? PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "none")), language)
                                                : QStringLiteral("₹ ") + Money::format(fee.toLongLong())},
         {QT_TRANSLATE_NOOP("gd::Print", "Service will be delivered by"), Dates::display(a.date(QStringLiteral("due_on")))},
         {QT_TRANSLATE_NOOP("gd::Print", "Designated officer"), service.value(QStringLiteral("designated_officer")).toString()},
         {QT_TRANSLATE_NOOP("gd::Print", "First appellate officer"), service.value(QStringLiteral("first_appellate")).toString()}}));
    doc.blocks.append(Paragraph{PrintText::pick(
        tr2(QT_TRANSLATE_NOOP("gd::Print", "If the service is not delivered by this date, you may appeal to the first "
                                           "appellate officer. Keep this slip and quote the application number.")),
        language, QStringLiteral("\n"))});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Received by"))}});
    return doc;
}

Document complaintSlip(const Office &office, const Entry &c, const QVariantMap &category, PrintLanguage language,
                       const QDate &printedOn, QPageSize::PageSizeId size)
{
    Document doc = slipDocument(office, language, printedOn, size,
                                QT_TRANSLATE_NOOP("gd::Print", "Acknowledgement of complaint"), c.number);
    const QString categoryName = pickPair(category.value(QStringLiteral("name_hi")).toString(),
                                          category.value(QStringLiteral("name_en")).toString(), language);
    const FieldDef *mode = Registers::complaints().field(QStringLiteral("mode"));
    QString modeText = c.text(QStringLiteral("mode"));
    for (const Choice &ch : mode->choices)
        if (ch.code == c.text(QStringLiteral("mode")))
            modeText = PrintText::pick(PrintText::both("gd::Fields", ch.label), language);
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
    return doc;
}

namespace {

// A choice of the vital events register in the print language ("birth / जन्म").
QString choiceText(const char *key, const QString &code, PrintLanguage language)
{
    const FieldDef *f = Registers::vitalEvents().field(QString::fromLatin1(key));
    for (const Choice &c : f->choices)
        if (c.code == code)
            return PrintText::pick(PrintText::both("gd::Fields", c.label), language);
    return code;
}

}  // namespace

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
    const QString feeText = fee.isNull() || fee.toLongLong() == 0
        ? PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "no fee")), language)
        : QStringLiteral("₹ ") + Money::format(fee.toLongLong());
    const QList<QPair<const char *, QString>> rows = {
        {QT_TRANSLATE_NOOP("gd::Print", "Entry number"), e.number},
        {QT_TRANSLATE_NOOP("gd::Print", "Event"),
         choiceText("event_type", type, language) + QStringLiteral(", ") + choiceText("sex", e.text(QStringLiteral("sex")), language)},
        {QT_TRANSLATE_NOOP("gd::Print", "Date of event"), Dates::display(e.date(QStringLiteral("event_date")))},
        {QT_TRANSLATE_NOOP("gd::Print", "Name"), name},
        {QT_TRANSLATE_NOOP("gd::Print", "Father / mother"), parents},
        {QT_TRANSLATE_NOOP("gd::Print", "Informant"), e.text(QStringLiteral("informant_name"))},
        {QT_TRANSLATE_NOOP("gd::Print", "Reported on"), Dates::display(e.date(QStringLiteral("reported_on")))},
        {QT_TRANSLATE_NOOP("gd::Print", "Delay and fee"),
         choiceText("delay_category", e.text(QStringLiteral("delay_category")), language) + QStringLiteral(" · ")
             + QString::number(e.value(QStringLiteral("delay_days")).toInt()) + QStringLiteral(" · ") + feeText},
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
    return doc;
}

Document vitalRegisterExtract(const Office &office, const QList<Entry> &events, const QDate &from, const QDate &to,
                              PrintLanguage language, const QDate &printedOn)
{
    Document doc;
    doc.orientation = QPageLayout::Landscape;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(office);
    doc.header.title = tr2(QT_TRANSLATE_NOOP("gd::Print", "Birth and death register"));
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
        QString delay = choiceText("delay_category", text("delay_category"), language);
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
        t.rows.append({number, choiceText("event_type", text("event_type"), language),
                       Dates::display(e.date(QStringLiteral("event_date"))),
                       text("name") + (text("name").isEmpty() ? QString() : QStringLiteral(", "))
                           + choiceText("sex", text("sex"), language),
                       relativeLine,
                       choiceText("place_type", text("place_type"), language)
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

QString inWords(Paise amount, PrintLanguage language)
{
    return PrintText::pick({words::hindiAmount(amount), words::englishAmount(amount)}, language, QStringLiteral("\n"));
}

QString rupees(Paise amount)
{
    return Money::format(amount);
}

}  // namespace

Document cashDayPage(const Office &office, const CashDay &day, PrintLanguage language, const QDate &printedOn)
{
    Document doc;
    doc.orientation = QPageLayout::Landscape;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(office);
    doc.header.title = tr2(QT_TRANSLATE_NOOP("gd::Print", "Cash book: day page"));
    doc.header.subtitle = Dates::display(day.date);
    if (day.entries.isEmpty()) {
        doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Nil: no receipts or payments on this day.")),
                                                    language),
                                    true});
    } else {
        Table t;
        t.attachmentName = QStringLiteral("cash-day.csv");
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Voucher"), 1.4),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Receipt / payment"), 0.9),
                     column(QT_TRANSLATE_NOOP("gd::Print", "From / to whom, particulars"), 2.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Head, fund"), 1.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Account"), 1.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Receipts (Rs)"), 1.1, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Payments (Rs)"), 1.1, Qt::AlignRight)};
        const FieldDef *type = Registers::cashEntries().field(QStringLiteral("type"));
        for (const Entry &e : day.entries) {
            const auto text = [&](const char *key) { return e.text(QString::fromLatin1(key)); };
            QString typeText = text("type");
            for (const Choice &c : type->choices)
                if (c.code == typeText)
                    typeText = PrintText::pick(PrintText::both("gd::Fields", c.label), language);
            QString who = text("party");
            who += (who.isEmpty() ? QString() : QStringLiteral(": ")) + text("particulars");
            if (!text("reference").isEmpty())
                who += QStringLiteral(" (") + text("reference") + u')';
            QString head = text("head");
            if (!text("fund").isEmpty())
                head += (head.isEmpty() ? QString() : QStringLiteral(", ")) + text("fund");
            const QString amount = rupees(e.value(QStringLiteral("amount")).toLongLong());
            // A contra stands on both sides: received by one account, paid by the other.
            const bool contra = text("type") == u"contra";
            const QString account = contra ? text("account") + QStringLiteral(" → ") + text("to_account") : text("account");
            t.rows.append({e.number, typeText, who, head, account,
                           contra || text("type") == u"receipt" ? amount : QString(),
                           contra || text("type") == u"payment" ? amount : QString()});
        }
        doc.blocks.append(t);
    }
    Table b;
    b.attachmentName = QStringLiteral("cash-day-balances.csv");
    b.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Account"), 2.4),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Opening (Rs)"), 1.2, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "In (Rs)"), 1.2, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Out (Rs)"), 1.2, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Closing (Rs)"), 1.2, Qt::AlignRight)};
    for (const CashDay::Account &a : day.accounts)
        b.rows.append({pickPair(a.nameHi, a.nameEn, language), rupees(a.opening), rupees(a.in), rupees(a.out), rupees(a.closing)});
    b.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Total")), language), rupees(day.opening), QString(),
                   QString(), rupees(day.closing)});
    doc.blocks.append(b);
    doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Closing balance")), language)
                                    + QStringLiteral(": Rs ") + rupees(day.closing),
                                true});
    doc.blocks.append(Paragraph{inWords(day.closing, language)});
    if (day.closed)
        doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Day closed by %1.")), language)
                                        .arg(day.closedBy)});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

Table cashBookTable(const QList<CashDay> &days, PrintLanguage language)
{
    Table t;
    t.attachmentName = QStringLiteral("cash-book.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Date"), 0.9),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Voucher"), 1.3),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Receipts: particulars"), 2.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Cash (Rs)"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Bank (Rs)"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Voucher"), 1.3),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Payments: particulars"), 2.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Cash (Rs)"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Bank (Rs)"), 1.0, Qt::AlignRight)};
    for (const CashDay &day : days) {
        QList<QStringList> in;
        QList<QStringList> out;
        for (const Entry &e : day.entries) {
            const QString type = e.text(QStringLiteral("type"));
            const QString amount = rupees(e.value(QStringLiteral("amount")).toLongLong());
            QString what = e.text(QStringLiteral("party"));
            what += (what.isEmpty() ? QString() : QStringLiteral(": ")) + e.text(QStringLiteral("particulars"));
            const auto isCash = [&](const QString &code) {
                for (const CashDay::Account &a : day.accounts)
                    if (a.code == code)
                        return a.isCash;
                return false;
            };
            const QString account = e.text(QStringLiteral("account"));
            const QString to = e.text(QStringLiteral("to_account"));
            if (type == u"receipt" || type == u"contra") {
                const QString into = type == u"contra" ? to : account;
                in.append({e.number, what, isCash(into) ? amount : QString(), isCash(into) ? QString() : amount});
            }
            if (type == u"payment" || type == u"contra")
                out.append({e.number, what, isCash(account) ? amount : QString(), isCash(account) ? QString() : amount});
        }
        const qsizetype n = std::max(in.size(), out.size());
        for (qsizetype i = 0; i < n; ++i) {
            QStringList row = {i == 0 ? Dates::display(day.date) : QString()};
            row += i < in.size() ? in.at(i) : QStringList{QString(), QString(), QString(), QString()};
            row += i < out.size() ? out.at(i) : QStringList{QString(), QString(), QString(), QString()};
            t.rows.append(row);
        }
        Paise cash = 0;
        Paise bank = 0;
        for (const CashDay::Account &a : day.accounts)
            (a.isCash ? cash : bank) += a.closing;
        t.rows.append({n == 0 ? Dates::display(day.date) : QString(), QString(),
                       n == 0 ? PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Nil")), language) : QString(), QString(),
                       QString(), QString(), PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Closing balance")), language),
                       rupees(cash), rupees(bank)});
    }
    return t;
}

Document cashBookDocument(const Office &office, const QList<CashDay> &days, PrintLanguage language, const QDate &printedOn)
{
    Document doc;
    doc.orientation = QPageLayout::Landscape;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(office);
    doc.header.title = tr2(QT_TRANSLATE_NOOP("gd::Print", "Cash book"));
    if (!days.isEmpty())
        doc.header.subtitle = Dates::display(days.first().date) + QStringLiteral(" – ") + Dates::display(days.last().date);
    doc.blocks.append(cashBookTable(days, language));
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

Document stockLedgerDocument(const Office &office, const QVariantMap &item, const StockBook::Ledger &l,
                             PrintLanguage language, const QDate &printedOn)
{
    Document doc;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(office);
    doc.header.title = tr2(QT_TRANSLATE_NOOP("gd::Print", "Stock ledger"));
    const QString unit = item.value(QStringLiteral("unit")).toString();
    doc.header.subtitle = pickPair(item.value(QStringLiteral("name_hi")).toString(),
                                   item.value(QStringLiteral("name_en")).toString().isEmpty()
                                       ? item.value(QStringLiteral("name_hi")).toString()
                                       : item.value(QStringLiteral("name_en")).toString(),
                                   language)
        + QStringLiteral(" (") + l.item + QStringLiteral(", ") + unit + QStringLiteral(") · ") + Dates::display(l.from)
        + QStringLiteral(" – ") + Dates::display(l.to);
    Table t;
    t.attachmentName = l.item + QStringLiteral("-ledger.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Date"), 0.9),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Entry number"), 1.4),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Supplier or issued to, bill or voucher"), 2.6),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Received"), 0.9, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Issued"), 0.9, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Balance"), 0.9, Qt::AlignRight)};
    t.rows.append({Dates::display(l.from), QString(), PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Opening balance")), language),
                   QString(), QString(), Fields::quantityText(l.opening)});
    for (qsizetype i = 0; i < l.moves.size(); ++i) {
        const Entry &e = l.moves.at(i);
        const bool in = e.text(QStringLiteral("type")) == u"receipt";
        QString who = e.text(QStringLiteral("party"));
        if (!e.text(QStringLiteral("reference")).isEmpty())
            who += QStringLiteral(", ") + e.text(QStringLiteral("reference"));
        const QString q = Fields::quantityText(e.value(QStringLiteral("quantity")).toLongLong());
        t.rows.append({Dates::display(e.date(QStringLiteral("date"))), e.number, who, in ? q : QString(), in ? QString() : q,
                       Fields::quantityText(l.balances.at(i))});
    }
    t.rows.append({Dates::display(l.to), QString(), PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Closing balance")), language),
                   QString(), QString(), Fields::quantityText(l.closing)});
    doc.blocks.append(t);
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Store keeper")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary"))}});
    return doc;
}

Document stockRegisterDocument(const Office &office, const QList<StockBook::Ledger> &ledgers,
                               const QHash<QString, QVariantMap> &items, PrintLanguage language, const QDate &printedOn)
{
    Document doc;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(office);
    doc.header.title = tr2(QT_TRANSLATE_NOOP("gd::Print", "Stock register"));
    if (!ledgers.isEmpty())
        doc.header.subtitle = Dates::display(ledgers.first().from) + QStringLiteral(" – ") + Dates::display(ledgers.first().to);
    for (const StockBook::Ledger &l : ledgers) {
        // Each item's ledger as it prints alone, under the item's name.
        const Document one = stockLedgerDocument(office, items.value(l.item), l, language, printedOn);
        doc.blocks.append(Paragraph{one.header.subtitle, true});
        doc.blocks.append(one.blocks.first());
    }
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Store keeper")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary"))}});
    return doc;
}

Document stockVerificationSheet(const Office &office, const QDate &date, const QList<StockBook::Count> &counts,
                                const QHash<QString, QVariantMap> &items, const QString &verifiedBy, const QString &custodian,
                                PrintLanguage language, const QDate &printedOn)
{
    Document doc;
    doc.orientation = QPageLayout::Landscape;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(office);
    doc.header.title = tr2(QT_TRANSLATE_NOOP("gd::Print", "Physical verification of stock"));
    doc.header.subtitle = Dates::display(date);
    Table t;
    t.attachmentName = QStringLiteral("stock-verification.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Item"), 2.4), column(QT_TRANSLATE_NOOP("gd::Print", "Unit"), 0.7),
                 column(QT_TRANSLATE_NOOP("gd::Print", "As per the book"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Counted"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Difference"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Explanation"), 3.0)};
    for (const StockBook::Count &c : counts) {
        const QVariantMap item = items.value(c.item);
        const QString name = pickPair(item.value(QStringLiteral("name_hi")).toString(),
                                      item.value(QStringLiteral("name_en")).toString().isEmpty()
                                          ? item.value(QStringLiteral("name_hi")).toString()
                                          : item.value(QStringLiteral("name_en")).toString(),
                                      language);
        const bool counted = c.counted >= 0;
        t.rows.append({name + QStringLiteral(" (") + c.item + u')', item.value(QStringLiteral("unit")).toString(),
                       Fields::quantityText(c.book), counted ? Fields::quantityText(c.counted) : QString(),
                       counted ? Fields::quantityText(c.counted - c.book) : QString(), c.explanation});
    }
    doc.blocks.append(t);
    doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Verified by")), language) + QStringLiteral(": ")
                                + verifiedBy + QStringLiteral("    ")
                                + PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Custodian")), language) + QStringLiteral(": ")
                                + custodian});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Verified by")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Custodian")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary"))}});
    return doc;
}

Document monthClosingDocument(const Office &office, const MonthClosing &c, PrintLanguage language, const QDate &printedOn)
{
    Document doc;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(office);
    doc.header.title = tr2(QT_TRANSLATE_NOOP("gd::Print", "Cash verification and bank reconciliation"));
    const QDate first = QDate::fromString(c.month + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = first.addMonths(1).addDays(-1);
    doc.header.subtitle = monthName(first, language) + QStringLiteral(" (") + Dates::display(last) + u')';
    doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Cash verification certificate")), language), true});
    Table cash;
    cash.attachmentName = QStringLiteral("cash-count.csv");
    cash.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Note or coin (Rs)"), 1.5, Qt::AlignRight),
                    column(QT_TRANSLATE_NOOP("gd::Print", "Number"), 1.0, Qt::AlignRight),
                    column(QT_TRANSLATE_NOOP("gd::Print", "Amount (Rs)"), 1.5, Qt::AlignRight)};
    for (const int d : CashBook::denominations())
        if (c.count.pieces.value(d) > 0)
            cash.rows.append({QString::number(d), QString::number(c.count.pieces.value(d)),
                              rupees(Paise(d) * 100 * c.count.pieces.value(d))});
    cash.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Cash counted")), language), QString(), rupees(c.cashCounted)});
    cash.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Balance as per the cash book")), language), QString(),
                      rupees(c.cashBook)});
    cash.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Difference")), language), QString(),
                      rupees(c.cashCounted - c.cashBook)});
    doc.blocks.append(cash);
    if (!c.count.explanation.isEmpty())
        doc.blocks.append(Paragraph{c.count.explanation});
    doc.blocks.append(Paragraph{PrintText::pick(
        tr2(QT_TRANSLATE_NOOP("gd::Print", "Certified that the cash in hand was counted by me on the date above and found as shown.")),
        language, QStringLiteral("\n"))});
    for (const BankReconciliation &b : c.banks) {
        doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Bank reconciliation statement")), language)
                                        + QStringLiteral(": ") + b.account,
                                    true});
        Table t;
        t.attachmentName = b.account + QStringLiteral("-reconciliation.csv");
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Item"), 3.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Amount (Rs)"), 1.2, Qt::AlignRight)};
        const auto row = [&](const char *label, const QString &value) {
            t.rows.append({PrintText::pick(tr2(label), language), value});
        };
        row(QT_TRANSLATE_NOOP("gd::Print", "Balance as per the cash book"), rupees(b.book));
        row(QT_TRANSLATE_NOOP("gd::Print", "Add: cheques issued, not yet presented"), rupees(b.chequesNotPresented));
        row(QT_TRANSLATE_NOOP("gd::Print", "Less: deposits not yet credited"), rupees(b.depositsNotCredited));
        row(QT_TRANSLATE_NOOP("gd::Print", "Less: bank charges not yet in the book"), rupees(b.chargesNotBooked));
        row(QT_TRANSLATE_NOOP("gd::Print", "Add: interest not yet in the book"), rupees(b.interestNotBooked));
        row(QT_TRANSLATE_NOOP("gd::Print", "Balance the statement should show"), rupees(b.expectedStatement()));
        row(QT_TRANSLATE_NOOP("gd::Print", "Balance as per the bank statement"), rupees(b.statement));
        row(QT_TRANSLATE_NOOP("gd::Print", "Difference"), rupees(b.difference()));
        doc.blocks.append(t);
        if (!b.explanation.isEmpty())
            doc.blocks.append(Paragraph{b.explanation});
    }
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

Document cashAbstract(const MonthlyReport &r, const QHash<QString, QVariantMap> &heads, PrintLanguage language,
                      const QDate &printedOn)
{
    Document doc;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(r.office);
    doc.header.title = tr2(QT_TRANSLATE_NOOP("gd::Print", "Receipts and payments by head of account"));
    doc.header.subtitle = monthName(r.first, language);
    Table t;
    t.attachmentName = QStringLiteral("abstract.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Head of account"), 3.0),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Receipts (Rs)"), 1.2, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Payments (Rs)"), 1.2, Qt::AlignRight)};
    t.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Opening balance (cash and bank)")), language),
                   rupees(r.cash.opening), QString()});
    for (const MonthlyReport::CashHead &h : r.cash.byHead) {
        const QVariantMap head = heads.value(h.head);
        const QString name = head.isEmpty() ? h.head
                                            : pickPair(head.value(QStringLiteral("name_hi")).toString(),
                                                       head.value(QStringLiteral("name_en")).toString(), language);
        t.rows.append({name + QStringLiteral(" (") + h.head + u')', h.receipts ? rupees(h.receipts) : QString(),
                       h.payments ? rupees(h.payments) : QString()});
    }
    t.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Closing balance (cash and bank)")), language),
                   QString(), rupees(r.cash.closing)});
    t.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Total")), language),
                   rupees(r.cash.opening + r.cash.receipts), rupees(r.cash.payments + r.cash.closing)});
    doc.blocks.append(t);
    doc.blocks.append(Paragraph{inWords(r.cash.closing, language)});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

Document monthlyReportDocument(const MonthlyReport &r, PrintLanguage language, const QDate &printedOn)
{
    Document doc;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(r.office);
    doc.header.title = tr2(QT_TRANSLATE_NOOP("gd::Print", "Monthly report of the secretary"));
    doc.header.subtitle = monthName(r.first, language) + QStringLiteral(" (") + Dates::display(r.first)
        + QStringLiteral(" – ") + Dates::display(r.last) + u')';
    const auto n = [](qint64 v) { return Money::groupIndian(v); };
    const auto section = [&](const char *title, const QList<QPair<const char *, QString>> &rows) {
        doc.blocks.append(Paragraph{PrintText::pick(tr2(title), language), true});
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
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

}  // namespace gd
