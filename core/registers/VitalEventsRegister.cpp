// The birth and death register as a module: its definition, beside the rules VitalEvents keeps.

#include "RegisterParts.h"
#include "VitalEvents.h"

namespace gd {

namespace {

using namespace regparts;
using S = FieldDef::Source;

RegisterDef makeVitalEvents()
{
    RegisterDef d;
    d.id = QStringLiteral("vital-events");
    d.table = QStringLiteral("vital_events");
    d.prefix = QStringLiteral("BD");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Birth and death register");
    d.dateKey = QStringLiteral("reported_on");
    d.numberKey = QStringLiteral("number");
    const QList<Choice> delays = {{QStringLiteral("on_time"), QT_TRANSLATE_NOOP("gd::Fields", "within 21 days")},
                                  {QStringLiteral("late"), QT_TRANSLATE_NOOP("gd::Fields", "late (22–30 days)")},
                                  {QStringLiteral("permission"), QT_TRANSLATE_NOOP("gd::Fields", "permission (31 days–1 year)")},
                                  {QStringLiteral("order"), QT_TRANSLATE_NOOP("gd::Fields", "order (over 1 year)")}};
    FieldDef category = source(choice("delay_category", QT_TRANSLATE_NOOP("gd::Fields", "Delay category"), delays), S::Computed);
    FieldDef age = integer("age_years", QT_TRANSLATE_NOOP("gd::Fields", "Age (years)"), 0, 130, false);
    FieldDef days = source(integer("delay_days", QT_TRANSLATE_NOOP("gd::Fields", "Days to report"), 0, 100000, false), S::Computed);
    FieldDef waiting = source(integer("days_waiting", QT_TRANSLATE_NOOP("gd::Fields", "Days waiting for CRS"), 0, 100000, false),
                              S::Virtual);
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                choice("event_type", QT_TRANSLATE_NOOP("gd::Fields", "Event"),
                       {{QStringLiteral("birth"), QT_TRANSLATE_NOOP("gd::Fields", "birth")},
                        {QStringLiteral("death"), QT_TRANSLATE_NOOP("gd::Fields", "death")},
                        {QStringLiteral("still_birth"), QT_TRANSLATE_NOOP("gd::Fields", "still birth")}},
                       true),
                of("event_date", QT_TRANSLATE_NOOP("gd::Fields", "Date of event"), FieldKind::Date, true),
                of("reported_on", QT_TRANSLATE_NOOP("gd::Fields", "Information received on"), FieldKind::Date, true),
                text("name", QT_TRANSLATE_NOOP("gd::Fields", "Name"), false, true),
                choice("sex", QT_TRANSLATE_NOOP("gd::Fields", "Sex"),
                       {{QStringLiteral("male"), QT_TRANSLATE_NOOP("gd::Fields", "male")},
                        {QStringLiteral("female"), QT_TRANSLATE_NOOP("gd::Fields", "female")},
                        {QStringLiteral("other"), QT_TRANSLATE_NOOP("gd::Fields", "other")}},
                       true),
                text("father_name", QT_TRANSLATE_NOOP("gd::Fields", "Father's name"), false, true),
                text("mother_name", QT_TRANSLATE_NOOP("gd::Fields", "Mother's name"), false, true),
                text("spouse_name", QT_TRANSLATE_NOOP("gd::Fields", "Spouse's name"), false, true),
                age,
                choice("place_type", QT_TRANSLATE_NOOP("gd::Fields", "Place of event"),
                       {{QStringLiteral("home"), QT_TRANSLATE_NOOP("gd::Fields", "home")},
                        {QStringLiteral("institution"), QT_TRANSLATE_NOOP("gd::Fields", "institution")},
                        {QStringLiteral("other"), QT_TRANSLATE_NOOP("gd::Fields", "other")}},
                       true),
                text("place_name", QT_TRANSLATE_NOOP("gd::Fields", "Hospital or place"), false, true),
                text("address", QT_TRANSLATE_NOOP("gd::Fields", "Address"), false, true),
                text("informant_name", QT_TRANSLATE_NOOP("gd::Fields", "Informant"), true, true),
                text("informant_relation", QT_TRANSLATE_NOOP("gd::Fields", "Informant's relation"), false, true),
                of("informant_mobile", QT_TRANSLATE_NOOP("gd::Fields", "Informant's mobile"), FieldKind::Mobile),
                text("late_fee_receipt", QT_TRANSLATE_NOOP("gd::Fields", "Late fee receipt number")),
                text("permission_ref", QT_TRANSLATE_NOOP("gd::Fields", "Permission/order reference")),
                text("crs_application_no", QT_TRANSLATE_NOOP("gd::Fields", "CRS application number")),
                text("crs_registration_no", QT_TRANSLATE_NOOP("gd::Fields", "CRS registration number")),
                of("crs_registered_on", QT_TRANSLATE_NOOP("gd::Fields", "CRS registered on"), FieldKind::Date),
                of("certificate_issued_on", QT_TRANSLATE_NOOP("gd::Fields", "Certificate handed over on"), FieldKind::Date),
                text("certificate_issued_to", QT_TRANSLATE_NOOP("gd::Fields", "Certificate handed over to"), false, true),
                of("remarks", QT_TRANSLATE_NOOP("gd::Fields", "Remarks"), FieldKind::LongText),
                source(text("aadhaar_last4", QT_TRANSLATE_NOOP("gd::Fields", "Aadhaar: last four digits")), S::Form),
                source(text("id_shown", QT_TRANSLATE_NOOP("gd::Fields", "ID shown at handover")), S::Form),
                source(choice("family_register_updated", QT_TRANSLATE_NOOP("gd::Fields", "Family register updated"), yesNo()),
                       S::Form),
                source(of("copies", QT_TRANSLATE_NOOP("gd::Fields", "Copies issued later"), FieldKind::LongText), S::Form),
                source(text("correction_order", QT_TRANSLATE_NOOP("gd::Fields", "Correction ordered by")), S::Form),
                days,
                category,
                source(of("fee", QT_TRANSLATE_NOOP("gd::Fields", "Fee"), FieldKind::Money), S::Computed),
                waiting};
    const QString awaiting = QStringLiteral("cancelled = 0 AND crs_registration_no = ''");
    d.statuses = {{QStringLiteral("awaiting_crs"), QT_TRANSLATE_NOOP("gd::Fields", "Awaiting CRS registration"), awaiting},
                  {QStringLiteral("not_handed_over"), QT_TRANSLATE_NOOP("gd::Fields", "Registered, certificate not handed over"),
                   QStringLiteral("cancelled = 0 AND crs_registration_no <> '' AND certificate_issued_on IS NULL")},
                  {QStringLiteral("window_ends"), QT_TRANSLATE_NOOP("gd::Fields", "Free 21-day window ends this week"),
                   awaiting + QStringLiteral(" AND date(event_date, '+21 days') BETWEEN ? AND date(?, '+6 days')")},
                  {QStringLiteral("births"), QT_TRANSLATE_NOOP("gd::Fields", "Births"),
                   QStringLiteral("cancelled = 0 AND event_type = 'birth'")},
                  {QStringLiteral("deaths"), QT_TRANSLATE_NOOP("gd::Fields", "Deaths"),
                   QStringLiteral("cancelled = 0 AND event_type = 'death'")},
                  {QStringLiteral("still_births"), QT_TRANSLATE_NOOP("gd::Fields", "Still births"),
                   QStringLiteral("cancelled = 0 AND event_type = 'still_birth'")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("father_name"),
                  QStringLiteral("mother_name"), QStringLiteral("informant_name"), QStringLiteral("informant_mobile"),
                  QStringLiteral("address"), QStringLiteral("crs_application_no"), QStringLiteral("crs_registration_no")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &charter, const Entry *) {
        return VitalEvents::check(values, charter);
    };
    d.rules.virtualValue = &VitalEvents::virtualValue;
    d.rules.refuseCorrection = &VitalEvents::refuseCorrection;
    d.listKeys = {QStringLiteral("number"), QStringLiteral("event_type"), QStringLiteral("event_date"),
                  QStringLiteral("name"), QStringLiteral("sex"), QStringLiteral("father_name"),
                  QStringLiteral("mother_name"), QStringLiteral("reported_on"), QStringLiteral("delay_category"),
                  QStringLiteral("fee"), QStringLiteral("days_waiting"), QStringLiteral("crs_registration_no"),
                  QStringLiteral("crs_registered_on"), QStringLiteral("certificate_issued_on"),
                  QStringLiteral("informant_name")};
    d.formKeys = {QStringLiteral("event_type"), QStringLiteral("event_date"), QStringLiteral("reported_on"),
                  QStringLiteral("name"), QStringLiteral("sex"), QStringLiteral("father_name"),
                  QStringLiteral("mother_name"), QStringLiteral("spouse_name"), QStringLiteral("age_years"),
                  QStringLiteral("place_type"), QStringLiteral("place_name"), QStringLiteral("address"),
                  QStringLiteral("informant_name"), QStringLiteral("informant_relation"),
                  QStringLiteral("informant_mobile"), QStringLiteral("aadhaar_last4"),
                  QStringLiteral("late_fee_receipt"), QStringLiteral("permission_ref"), QStringLiteral("remarks")};
    d.workLists = {QStringLiteral("awaiting_crs"), QStringLiteral("not_handed_over"), QStringLiteral("window_ends")};
    return d;
}

}  // namespace

const RegisterDef &Registers::vitalEvents()
{
    static const RegisterDef d = makeVitalEvents();
    return d;
}

}  // namespace gd
