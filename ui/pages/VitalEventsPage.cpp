#include "VitalEventsPage.h"

#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "Dates.h"
#include "Money.h"
#include "OfficeSettings.h"
#include "documents/Printouts.h"
#include "registers/VitalEvents.h"

#include <QPushButton>

namespace gd::ui {

namespace {

QString s(const char *latin)
{
    return QString::fromLatin1(latin);
}

FieldDef required(const char *key)
{
    FieldDef f = *Registers::vitalEvents().field(s(key));
    f.required = true;
    return f;
}

QList<Paise> fees(Workspace &workspace)
{
    auto f = OfficeSettings(workspace.book()).vitalFees();
    return f ? f.value() : QList<Paise>{0, 0, 0, 0};
}

}  // namespace

VitalEventsPage::VitalEventsPage(Workspace &workspace, QWidget *parent)
    : AcknowledgedPage(workspace, Registers::vitalEvents(),
                       {s("number"), s("event_type"), s("event_date"), s("name"), s("sex"), s("father_name"),
                        s("mother_name"), s("reported_on"), s("delay_category"), s("fee"), s("days_waiting"),
                        s("crs_registration_no"), s("crs_registered_on"), s("certificate_issued_on"),
                        s("informant_name")},
                       {s("event_type"), s("event_date"), s("reported_on"), s("name"), s("sex"), s("father_name"),
                        s("mother_name"), s("spouse_name"), s("age_years"), s("place_type"), s("place_name"),
                        s("address"), s("informant_name"), s("informant_relation"), s("informant_mobile"),
                        s("aadhaar_last4"), s("late_fee_receipt"), s("permission_ref"), s("remarks")},
                       {s("awaiting_crs"), s("not_handed_over"), s("window_ends")}, parent)
{
    m_crs = addAction(QStringLiteral("crsRegistrationButton"), QKeySequence(Qt::Key_F6), [this] { recordCrs(); });
    m_handOver = addAction(QStringLiteral("handOverButton"), QKeySequence(Qt::Key_F7), [this] { handOver(); });
    m_copy = addAction(QStringLiteral("copyIssuedButton"), QKeySequence(), [this] { copyIssued(); });
    m_print = addAction(QStringLiteral("printSlipButton"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
        if (const auto e = selectedOrSay())
            printSlip(*e);
    });
    m_extract = addAction(QStringLiteral("registerExtractButton"), QKeySequence(), [this] { printExtract(); });
    retranslate();
    refreshWhenShown();
}

void VitalEventsPage::retranslateActions()
{
    m_crs->setText(tr("C&RS registration (F6)"));
    m_handOver->setText(tr("Certificate han&dover (F7)"));
    m_copy->setText(tr("C&opy given"));
    m_print->setText(tr("&Print receipt (Ctrl+P)"));
    m_extract->setText(tr("Register e&xtract…"));
}

void VitalEventsPage::refreshActions()
{
    for (QPushButton *b : {m_crs, m_handOver, m_copy})
        b->setEnabled(mayWrite());
}

Document VitalEventsPage::slip(const Office &office, const Entry &entry, const Charter &charter, PrintLanguage language,
                               QPageSize::PageSizeId size) const
{
    return vitalReceipt(office, entry, charter.vitalFees, language, workspace().clock().today(), size);
}

void VitalEventsPage::decorate(FieldsDialog *dialog)
{
    const QList<Paise> officeFees = fees(workspace());
    dialog->setLiveNote([officeFees](const QVariantMap &v) -> QString {
        const QDate event = v.value(s("event_date")).toDate();
        const QDate reported = v.value(s("reported_on")).toDate();
        if (!event.isValid() || !reported.isValid())
            return tr("Type the date of the event and the date the information came: the delay and the fee show here.");
        if (reported < event)
            return tr("The information cannot come before the event.");
        const VitalDelay d = VitalEvents::delay(event, reported);
        QVariantMap values = v;
        values.insert(s("delay_category"), d.category);
        const FieldDef *category = Registers::vitalEvents().field(s("delay_category"));
        return tr("Reported after %n day(s): %1; fee Rs %2.", nullptr, int(d.days))
                   .arg(Fields::choiceLabel(*category, d.category), Money::format(VitalEvents::fee(d.category, officeFees)))
            + u'\n' + VitalEvents::nextStep(values, officeFees);
    });
}

void VitalEventsPage::recordCrs()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry base = *chosen;
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "CRS registration"),
                 {*def().field(s("crs_application_no")), required("crs_registration_no"), required("crs_registered_on"),
                  *def().field(s("permission_ref"))},
                 {{s("crs_application_no"), base.text(s("crs_application_no"))},
                  {s("crs_registration_no"), base.text(s("crs_registration_no"))},
                  {s("crs_registered_on"), workspace().clock().today()},
                  {s("permission_ref"), base.text(s("permission_ref"))}},
                 [this, base](const QVariantMap &v) {
                     return VitalEvents(workspace().book())
                         .recordCrs(workspace().user(), base, v.value(s("crs_application_no")).toString(),
                                    v.value(s("crs_registration_no")).toString(), v.value(s("crs_registered_on")).toDate(),
                                    v.value(s("permission_ref")).toString());
                 });
}

void VitalEventsPage::handOver()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry base = *chosen;
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Certificate handover"),
                 {required("certificate_issued_on"), required("certificate_issued_to"), required("id_shown"),
                  *def().field(s("family_register_updated"))},
                 {{s("certificate_issued_on"), workspace().clock().today()},
                  {s("certificate_issued_to"), base.text(s("informant_name"))},
                  {s("family_register_updated"), base.text(s("family_register_updated"))}},
                 [this, base](const QVariantMap &v) {
                     return VitalEvents(workspace().book())
                         .handOver(workspace().user(), base, v.value(s("certificate_issued_on")).toDate(),
                                   v.value(s("certificate_issued_to")).toString(), v.value(s("id_shown")).toString(),
                                   v.value(s("family_register_updated")).toString());
                 });
}

void VitalEventsPage::copyIssued()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry base = *chosen;
    FieldDef on = required("certificate_issued_on");
    on.key = s("copy_on");
    on.label = QT_TRANSLATE_NOOP("gd::Fields", "Copy given on");
    FieldDef to = required("certificate_issued_to");
    to.key = s("copy_to");
    to.label = QT_TRANSLATE_NOOP("gd::Fields", "Copy given to");
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "A copy of the certificate"), {on, to},
                 {{s("copy_on"), workspace().clock().today()}},
                 [this, base](const QVariantMap &v) {
                     return VitalEvents(workspace().book())
                         .copyIssued(workspace().user(), base, v.value(s("copy_on")).toDate(), v.value(s("copy_to")).toString());
                 });
}

void VitalEventsPage::printExtract()
{
    // The period of the filter bar, or the current month when it has none.
    EntryFilter f = model()->filter();
    const QDate today = workspace().clock().today();
    const QDate from = f.from.isValid() ? f.from : QDate(today.year(), today.month(), 1);
    const QDate to = f.to.isValid() ? f.to : today;
    EntryFilter period;
    period.from = from;
    period.to = to;
    QList<Entry> entries;
    EntryStore store(workspace().book(), def());
    for (qint64 offset = 0;; offset += 1000) {
        auto page = store.page(period, {}, offset, 1000);
        if (!page)
            break;
        entries += page.value();
        if (page.value().size() < 1000)
            break;
    }
    auto office = OfficeProfile(workspace().book()).load();
    auto *language = findChild<PrintLanguageCombo *>();
    previewDocument(this, vitalRegisterExtract(office ? office.value() : Office{}, entries, from, to,
                                               language ? language->language() : PrintLanguage::Hindi, today));
}

}  // namespace gd::ui
