#include "VitalEventsPage.h"

#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "base/Dates.h"
#include "base/Money.h"
#include "office/OfficeSettings.h"
#include "documents/Printouts.h"
#include "registers/VitalEvents.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

FieldDef required(const char *key)
{
    FieldDef f = *Registers::vitalEvents().field(QString::fromLatin1(key));
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
    : AcknowledgedPage(workspace, Registers::vitalEvents(), parent)
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
        const QDate event = v.value(u"event_date"_s).toDate();
        const QDate reported = v.value(u"reported_on"_s).toDate();
        if (!event.isValid() || !reported.isValid())
            return tr("Type the date of the event and the date the information came: the delay and the fee show here.");
        if (reported < event)
            return tr("The information cannot come before the event.");
        const VitalDelay d = VitalEvents::delay(event, reported);
        QVariantMap values = v;
        values.insert(u"delay_category"_s, d.category);
        const FieldDef *category = Registers::vitalEvents().field(u"delay_category"_s);
        return tr("Reported after %n day(s): %1; fee ₹ %2.", nullptr, int(d.days))
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
                 {*def().field(u"crs_application_no"_s), required("crs_registration_no"), required("crs_registered_on"),
                  *def().field(u"permission_ref"_s)},
                 {{u"crs_application_no"_s, base.text(u"crs_application_no"_s)},
                  {u"crs_registration_no"_s, base.text(u"crs_registration_no"_s)},
                  {u"crs_registered_on"_s, workspace().clock().today()},
                  {u"permission_ref"_s, base.text(u"permission_ref"_s)}},
                 [this, base](const QVariantMap &v) {
                     return VitalEvents(workspace().book())
                         .recordCrs(workspace().user(), base, v.value(u"crs_application_no"_s).toString(),
                                    v.value(u"crs_registration_no"_s).toString(), v.value(u"crs_registered_on"_s).toDate(),
                                    v.value(u"permission_ref"_s).toString());
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
                  *def().field(u"family_register_updated"_s)},
                 {{u"certificate_issued_on"_s, workspace().clock().today()},
                  {u"certificate_issued_to"_s, base.text(u"informant_name"_s)},
                  {u"family_register_updated"_s, base.text(u"family_register_updated"_s)}},
                 [this, base](const QVariantMap &v) {
                     return VitalEvents(workspace().book())
                         .handOver(workspace().user(), base, v.value(u"certificate_issued_on"_s).toDate(),
                                   v.value(u"certificate_issued_to"_s).toString(), v.value(u"id_shown"_s).toString(),
                                   v.value(u"family_register_updated"_s).toString());
                 });
}

void VitalEventsPage::copyIssued()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry base = *chosen;
    FieldDef on = required("certificate_issued_on");
    on.key = u"copy_on"_s;
    on.label = QT_TRANSLATE_NOOP("gd::Fields", "Copy given on");
    FieldDef to = required("certificate_issued_to");
    to.key = u"copy_to"_s;
    to.label = QT_TRANSLATE_NOOP("gd::Fields", "Copy given to");
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "A copy of the certificate"), {on, to},
                 {{u"copy_on"_s, workspace().clock().today()}},
                 [this, base](const QVariantMap &v) {
                     return VitalEvents(workspace().book())
                         .copyIssued(workspace().user(), base, v.value(u"copy_on"_s).toDate(), v.value(u"copy_to"_s).toString());
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
