#include "Registers.h"
#include "RegisterParts.h"

namespace gd {

namespace {

using namespace regparts;
using S = FieldDef::Source;

RegisterDef makeServices()
{
    RegisterDef d;
    d.id = QStringLiteral("services");
    d.table = QStringLiteral("services");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Citizen charter services");
    d.keyKey = QStringLiteral("code");
    d.fields = codeAndNames(true);
    d.fields += {                integer("time_limit_days", QT_TRANSLATE_NOOP("gd::Fields", "Time limit (days)"), 0, 365, true),
                choice("day_kind", QT_TRANSLATE_NOOP("gd::Fields", "Days counted"), dayKinds(), false, "working"),
                of("fee", QT_TRANSLATE_NOOP("gd::Fields", "Fee"), FieldKind::Money),
                of("documents", QT_TRANSLATE_NOOP("gd::Fields", "Documents required"), FieldKind::LongText),
                text("where_to_apply", QT_TRANSLATE_NOOP("gd::Fields", "Where and how to apply")),
                text("designated_officer", QT_TRANSLATE_NOOP("gd::Fields", "Designated officer"), false, true),
                text("first_appellate", QT_TRANSLATE_NOOP("gd::Fields", "First appellate officer"), false, true),
                text("second_appellate", QT_TRANSLATE_NOOP("gd::Fields", "Second appellate officer"), false, true),
                active()};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en")};
    return d;
}

RegisterDef makeCategories()
{
    RegisterDef d;
    d.id = QStringLiteral("complaint-categories");
    d.table = QStringLiteral("complaint_categories");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Complaint categories");
    d.keyKey = QStringLiteral("code");
    d.fields = codeAndNames(true);
    d.fields += {                integer("time_limit_days", QT_TRANSLATE_NOOP("gd::Fields", "Time limit (days)"), 0, 365, true),
                choice("day_kind", QT_TRANSLATE_NOOP("gd::Fields", "Days counted"), dayKinds(), false, "working"),
                active()};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en")};
    return d;
}

RegisterDef makeHolidays()
{
    RegisterDef d;
    d.id = QStringLiteral("holidays");
    d.table = QStringLiteral("holidays");
    d.rowsRemovable = true;  // no entry refers to a holiday
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Holidays");
    d.keyKey = QStringLiteral("date");
    d.fields = {future(of("date", QT_TRANSLATE_NOOP("gd::Fields", "Date"), FieldKind::Date, true)),
                text("name", QT_TRANSLATE_NOOP("gd::Fields", "Holiday"))};
    d.textKeys = {QStringLiteral("name")};
    return d;
}

RegisterDef makeVisitors()
{
    RegisterDef d;
    d.id = QStringLiteral("visitors");
    d.table = QStringLiteral("visitors");
    d.prefix = QStringLiteral("VIS");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Visitor register");
    d.dateKey = QStringLiteral("date");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("date", QT_TRANSLATE_NOOP("gd::Fields", "Date"), FieldKind::Date, true),
                of("time_in", QT_TRANSLATE_NOOP("gd::Fields", "Time in"), FieldKind::Time, true),
                of("time_out", QT_TRANSLATE_NOOP("gd::Fields", "Time out"), FieldKind::Time)};
    d.fields += person("name", QT_TRANSLATE_NOOP("gd::Fields", "Visitor name"));
    d.fields += {choice("purpose", QT_TRANSLATE_NOOP("gd::Fields", "Purpose"),
                        {{QStringLiteral("service"), QT_TRANSLATE_NOOP("gd::Fields", "service")},
                         {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("gd::Fields", "complaint")},
                         {QStringLiteral("enquiry"), QT_TRANSLATE_NOOP("gd::Fields", "enquiry")},
                         {QStringLiteral("meeting"), QT_TRANSLATE_NOOP("gd::Fields", "meeting")},
                         {QStringLiteral("other"), QT_TRANSLATE_NOOP("gd::Fields", "other")}},
                        true),
                 reference("service_code", QT_TRANSLATE_NOOP("gd::Fields", "Service"), "services", false),
                 text("met_whom", QT_TRANSLATE_NOOP("gd::Fields", "Officer met"), false, true),
                 choice("outcome", QT_TRANSLATE_NOOP("gd::Fields", "Outcome"),
                        {{QStringLiteral("done"), QT_TRANSLATE_NOOP("gd::Fields", "done")},
                         {QStringLiteral("pending"), QT_TRANSLATE_NOOP("gd::Fields", "pending")},
                         {QStringLiteral("referred"), QT_TRANSLATE_NOOP("gd::Fields", "referred")}}),
                 source(text("outcome_ref", QT_TRANSLATE_NOOP("gd::Fields", "Application/complaint number")), S::Form),
                 of("service_time_rating", QT_TRANSLATE_NOOP("gd::Fields", "Rating: time taken"), FieldKind::Rating),
                 of("behaviour_rating", QT_TRANSLATE_NOOP("gd::Fields", "Rating: staff behaviour"), FieldKind::Rating),
                 of("suggestion", QT_TRANSLATE_NOOP("gd::Fields", "Suggestion"), FieldKind::LongText)};
    d.statuses = {{QStringLiteral("inside"), QT_TRANSLATE_NOOP("gd::Fields", "Inside now"),
                   QStringLiteral("cancelled = 0 AND time_out IS NULL AND \"date\" = ?")},
                  {QStringLiteral("left"), QT_TRANSLATE_NOOP("gd::Fields", "Left"),
                   QStringLiteral("cancelled = 0 AND time_out IS NOT NULL")},
                  {QStringLiteral("no_feedback"), QT_TRANSLATE_NOOP("gd::Fields", "Left without feedback"),
                   QStringLiteral("cancelled = 0 AND time_out IS NOT NULL AND (service_time_rating IS NULL OR "
                                  "behaviour_rating IS NULL)")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"),
                   QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("relative_name"),
                  QStringLiteral("village"), QStringLiteral("mobile"), QStringLiteral("met_whom")};
    return d;
}

RegisterDef makeApplications()
{
    RegisterDef d;
    d.id = QStringLiteral("applications");
    d.table = QStringLiteral("applications");
    d.prefix = QStringLiteral("APP");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Service applications");
    d.dateKey = QStringLiteral("received_on");
    d.numberKey = QStringLiteral("application_no");
    d.fields = {of("application_no", QT_TRANSLATE_NOOP("gd::Fields", "Application number"), FieldKind::EntryNumber),
                reference("service_code", QT_TRANSLATE_NOOP("gd::Fields", "Service"), "services", true),
                of("received_on", QT_TRANSLATE_NOOP("gd::Fields", "Received on"), FieldKind::Date, true)};
    d.fields += person("applicant_name", QT_TRANSLATE_NOOP("gd::Fields", "Applicant name"));
    d.fields += {source(of("documents_received", QT_TRANSLATE_NOOP("gd::Fields", "Documents received"),
                           FieldKind::LongText),
                        S::Form),
                 choice("status", QT_TRANSLATE_NOOP("gd::Fields", "Status"),
                        {{QStringLiteral("pending"), QT_TRANSLATE_NOOP("gd::Fields", "pending")},
                         {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("gd::Fields", "delivered")},
                         {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("gd::Fields", "rejected")}},
                        false, "pending"),
                 of("closed_on", QT_TRANSLATE_NOOP("gd::Fields", "Delivered/rejected on"), FieldKind::Date),
                 of("remarks", QT_TRANSLATE_NOOP("gd::Fields", "Remarks"), FieldKind::LongText),
                 source(future(of("due_on", QT_TRANSLATE_NOOP("gd::Fields", "Due on"), FieldKind::Date)), S::Computed),
                 source(of("fee", QT_TRANSLATE_NOOP("gd::Fields", "Fee"), FieldKind::Money), S::Computed)};
    const QString pending = QStringLiteral("cancelled = 0 AND status = 'pending'");
    d.statuses = {{QStringLiteral("pending"), QT_TRANSLATE_NOOP("gd::Fields", "Pending"), pending},
                  {QStringLiteral("due_today"), QT_TRANSLATE_NOOP("gd::Fields", "Due today"),
                   pending + QStringLiteral(" AND due_on = ?")},
                  {QStringLiteral("overdue"), QT_TRANSLATE_NOOP("gd::Fields", "Overdue"),
                   pending + QStringLiteral(" AND due_on < ?")},
                  {QStringLiteral("delivered"), QT_TRANSLATE_NOOP("gd::Fields", "Delivered"),
                   QStringLiteral("cancelled = 0 AND status = 'delivered'")},
                  {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("gd::Fields", "Rejected"),
                   QStringLiteral("cancelled = 0 AND status = 'rejected'")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"),
                   QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("applicant_name"), QStringLiteral("relative_name"),
                  QStringLiteral("village"), QStringLiteral("mobile"), QStringLiteral("service_code")};
    return d;
}

RegisterDef makeComplaints()
{
    RegisterDef d;
    d.id = QStringLiteral("complaints");
    d.table = QStringLiteral("complaints");
    d.prefix = QStringLiteral("CMP");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Complaint register");
    d.dateKey = QStringLiteral("received_on");
    d.numberKey = QStringLiteral("complaint_no");
    d.fields = {of("complaint_no", QT_TRANSLATE_NOOP("gd::Fields", "Complaint number"), FieldKind::EntryNumber),
                of("received_on", QT_TRANSLATE_NOOP("gd::Fields", "Received on"), FieldKind::Date, true),
                choice("mode", QT_TRANSLATE_NOOP("gd::Fields", "Received through"),
                       {{QStringLiteral("in_person"), QT_TRANSLATE_NOOP("gd::Fields", "in person")},
                        {QStringLiteral("box"), QT_TRANSLATE_NOOP("gd::Fields", "complaint box")},
                        {QStringLiteral("letter"), QT_TRANSLATE_NOOP("gd::Fields", "letter")},
                        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("gd::Fields", "phone")},
                        {QStringLiteral("portal"), QT_TRANSLATE_NOOP("gd::Fields", "portal")}},
                       true),
                text("portal_ref", QT_TRANSLATE_NOOP("gd::Fields", "Portal reference"))};
    d.fields += person("complainant_name", QT_TRANSLATE_NOOP("gd::Fields", "Complainant name"));
    d.fields += {reference("category_code", QT_TRANSLATE_NOOP("gd::Fields", "Category"), "complaint_categories", true),
                 of("description", QT_TRANSLATE_NOOP("gd::Fields", "Complaint"), FieldKind::LongText, true),
                 text("marked_to", QT_TRANSLATE_NOOP("gd::Fields", "Marked to"), false, true),
                 choice("status", QT_TRANSLATE_NOOP("gd::Fields", "Status"),
                        {{QStringLiteral("received"), QT_TRANSLATE_NOOP("gd::Fields", "received")},
                         {QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("gd::Fields", "in progress")},
                         {QStringLiteral("interim_reply"), QT_TRANSLATE_NOOP("gd::Fields", "interim reply")},
                         {QStringLiteral("disposed"), QT_TRANSLATE_NOOP("gd::Fields", "disposed")},
                         {QStringLiteral("rejected"), QT_TRANSLATE_NOOP("gd::Fields", "rejected")},
                         {QStringLiteral("transferred"), QT_TRANSLATE_NOOP("gd::Fields", "transferred")}},
                        false, "received"),
                 of("disposed_on", QT_TRANSLATE_NOOP("gd::Fields", "Disposed on"), FieldKind::Date),
                 of("action_taken", QT_TRANSLATE_NOOP("gd::Fields", "Action taken / reply"), FieldKind::LongText),
                 choice("satisfied", QT_TRANSLATE_NOOP("gd::Fields", "Complainant satisfied"), yesNo()),
                 source(of("interim_reply", QT_TRANSLATE_NOOP("gd::Fields", "Interim reply"), FieldKind::LongText),
                        S::Form),
                 source(of("reply_sent_on", QT_TRANSLATE_NOOP("gd::Fields", "Reply sent on"), FieldKind::Date), S::Form),
                 source(text("escalated_to", QT_TRANSLATE_NOOP("gd::Fields", "Escalated to"), false, true), S::Form),
                 source(of("escalated_on", QT_TRANSLATE_NOOP("gd::Fields", "Escalated on"), FieldKind::Date), S::Form),
                 source(future(of("due_on", QT_TRANSLATE_NOOP("gd::Fields", "Due on"), FieldKind::Date)), S::Computed)};
    const QString open = QStringLiteral("cancelled = 0 AND status IN ('received','in_progress','interim_reply')");
    d.statuses = {{QStringLiteral("open"), QT_TRANSLATE_NOOP("gd::Fields", "Open"), open},
                  {QStringLiteral("due_today"), QT_TRANSLATE_NOOP("gd::Fields", "Due today"),
                   open + QStringLiteral(" AND due_on = ?")},
                  {QStringLiteral("overdue"), QT_TRANSLATE_NOOP("gd::Fields", "Overdue"),
                   open + QStringLiteral(" AND due_on < ?")},
                  {QStringLiteral("escalated"), QT_TRANSLATE_NOOP("gd::Fields", "Escalated"),
                   QStringLiteral("cancelled = 0 AND escalated_to <> ''")},
                  {QStringLiteral("closed"), QT_TRANSLATE_NOOP("gd::Fields", "Disposed, rejected or transferred"),
                   QStringLiteral("cancelled = 0 AND status IN ('disposed','rejected','transferred')")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"),
                   QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("complainant_name"), QStringLiteral("relative_name"),
                  QStringLiteral("village"), QStringLiteral("mobile"), QStringLiteral("portal_ref"),
                  QStringLiteral("description")};
    return d;
}

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
    return d;
}

RegisterDef makeCashAccounts()
{
    RegisterDef d;
    d.id = QStringLiteral("cash-accounts");
    d.table = QStringLiteral("cash_accounts");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Cash and bank accounts");
    d.keyKey = QStringLiteral("code");
    d.fields = codeAndNames(true);
    d.fields += {                choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Kind"),
                       {{QStringLiteral("cash"), QT_TRANSLATE_NOOP("gd::Fields", "cash in hand")},
                        {QStringLiteral("bank"), QT_TRANSLATE_NOOP("gd::Fields", "bank account")}},
                       true),
                of("opening_balance", QT_TRANSLATE_NOOP("gd::Fields", "Opening balance"), FieldKind::Money, true),
                of("opening_date", QT_TRANSLATE_NOOP("gd::Fields", "Opening date"), FieldKind::Date, true),
                active()};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en")};
    return d;
}

RegisterDef makeCashHeads()
{
    RegisterDef d;
    d.id = QStringLiteral("cash-heads");
    d.table = QStringLiteral("cash_heads");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Heads of account");
    d.keyKey = QStringLiteral("code");
    d.fields = codeAndNames(true);
    d.fields += {                choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Used for"),
                       {{QStringLiteral("receipt"), QT_TRANSLATE_NOOP("gd::Fields", "receipts")},
                        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("gd::Fields", "payments")},
                        {QStringLiteral("both"), QT_TRANSLATE_NOOP("gd::Fields", "receipts and payments")}},
                       true),
                active()};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en")};
    return d;
}

RegisterDef makeCashEntries()
{
    RegisterDef d;
    d.id = QStringLiteral("cash-entries");
    d.table = QStringLiteral("cash_entries");
    d.prefix = QStringLiteral("CB");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Cash book");
    d.dateKey = QStringLiteral("date");
    d.numberKey = QStringLiteral("voucher_no");
    FieldDef amount = of("amount", QT_TRANSLATE_NOOP("gd::Fields", "Amount"), FieldKind::Money, true);
    d.fields = {of("voucher_no", QT_TRANSLATE_NOOP("gd::Fields", "Voucher number"), FieldKind::EntryNumber),
                of("date", QT_TRANSLATE_NOOP("gd::Fields", "Date"), FieldKind::Date, true),
                choice("type", QT_TRANSLATE_NOOP("gd::Fields", "Voucher"),
                       {{QStringLiteral("receipt"), QT_TRANSLATE_NOOP("gd::Fields", "receipt")},
                        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("gd::Fields", "payment")},
                        {QStringLiteral("contra"), QT_TRANSLATE_NOOP("gd::Fields", "contra (cash ⇄ bank)")}},
                       true),
                reference("account", QT_TRANSLATE_NOOP("gd::Fields", "Account"), "cash_accounts", true),
                reference("to_account", QT_TRANSLATE_NOOP("gd::Fields", "To account (contra)"), "cash_accounts", false),
                amount,
                reference("head", QT_TRANSLATE_NOOP("gd::Fields", "Head of account"), "cash_heads", false),
                text("fund", QT_TRANSLATE_NOOP("gd::Fields", "Fund or scheme"), false, true),
                text("party", QT_TRANSLATE_NOOP("gd::Fields", "From/to whom"), false, true),
                text("particulars", QT_TRANSLATE_NOOP("gd::Fields", "Particulars"), true, true),
                text("reference", QT_TRANSLATE_NOOP("gd::Fields", "Cheque/PFMS reference")),
                source(text("reverses", QT_TRANSLATE_NOOP("gd::Fields", "Reverses voucher")), S::Computed)};
    d.statuses = {{QStringLiteral("receipts"), QT_TRANSLATE_NOOP("gd::Fields", "Receipts"),
                   QStringLiteral("cancelled = 0 AND type = 'receipt'")},
                  {QStringLiteral("payments"), QT_TRANSLATE_NOOP("gd::Fields", "Payments"),
                   QStringLiteral("cancelled = 0 AND type = 'payment'")},
                  {QStringLiteral("contra"), QT_TRANSLATE_NOOP("gd::Fields", "Contra"),
                   QStringLiteral("cancelled = 0 AND type = 'contra'")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("party"), QStringLiteral("particulars"),
                  QStringLiteral("reference"), QStringLiteral("fund"), QStringLiteral("head")};
    return d;
}

RegisterDef makeStockItems()
{
    RegisterDef d;
    d.id = QStringLiteral("stock-items");
    d.table = QStringLiteral("stock_items");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Stock items");
    d.keyKey = QStringLiteral("code");
    d.fields = codeAndNames(false);
    d.fields += {                text("unit", QT_TRANSLATE_NOOP("gd::Fields", "Unit"), true, true),
                choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Kind"),
                       {{QStringLiteral("consumable"), QT_TRANSLATE_NOOP("gd::Fields", "consumable")},
                        {QStringLiteral("asset"), QT_TRANSLATE_NOOP("gd::Fields", "fixed asset")}},
                       true),
                of("opening_qty", QT_TRANSLATE_NOOP("gd::Fields", "Opening quantity"), FieldKind::Quantity),
                of("opening_date", QT_TRANSLATE_NOOP("gd::Fields", "Opening date"), FieldKind::Date),
                of("rate", QT_TRANSLATE_NOOP("gd::Fields", "Rate"), FieldKind::Money),
                source(of("low_level", QT_TRANSLATE_NOOP("gd::Fields", "Low-stock level"), FieldKind::Quantity), S::Form),
                source(text("tag", QT_TRANSLATE_NOOP("gd::Fields", "Asset tag")), S::Form),
                source(text("location", QT_TRANSLATE_NOOP("gd::Fields", "Location"), false, true), S::Form),
                source(choice("condition", QT_TRANSLATE_NOOP("gd::Fields", "Condition"),
                              {{QStringLiteral("good"), QT_TRANSLATE_NOOP("gd::Fields", "good")},
                               {QStringLiteral("repair"), QT_TRANSLATE_NOOP("gd::Fields", "needs repair")},
                               {QStringLiteral("unserviceable"), QT_TRANSLATE_NOOP("gd::Fields", "unserviceable")}}),
                       S::Form),
                source(of("written_off_on", QT_TRANSLATE_NOOP("gd::Fields", "Written off on"), FieldKind::Date), S::Form),
                source(text("write_off_authority", QT_TRANSLATE_NOOP("gd::Fields", "Write-off authority")), S::Form),
                active()};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en")};
    return d;
}

RegisterDef makeStockMoves()
{
    RegisterDef d;
    d.id = QStringLiteral("stock-moves");
    d.table = QStringLiteral("stock_moves");
    d.prefix = QStringLiteral("ST");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Stock register");
    d.dateKey = QStringLiteral("date");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("date", QT_TRANSLATE_NOOP("gd::Fields", "Date"), FieldKind::Date, true),
                reference("item_code", QT_TRANSLATE_NOOP("gd::Fields", "Item"), "stock_items", true),
                choice("type", QT_TRANSLATE_NOOP("gd::Fields", "Receipt or issue"),
                       {{QStringLiteral("receipt"), QT_TRANSLATE_NOOP("gd::Fields", "receipt")},
                        {QStringLiteral("issue"), QT_TRANSLATE_NOOP("gd::Fields", "issue")}},
                       true),
                of("quantity", QT_TRANSLATE_NOOP("gd::Fields", "Quantity"), FieldKind::Quantity, true),
                of("rate", QT_TRANSLATE_NOOP("gd::Fields", "Rate"), FieldKind::Money),
                text("party", QT_TRANSLATE_NOOP("gd::Fields", "Supplier or issued to"), true, true),
                text("reference", QT_TRANSLATE_NOOP("gd::Fields", "Bill or issue voucher")),
                of("remarks", QT_TRANSLATE_NOOP("gd::Fields", "Remarks"), FieldKind::LongText)};
    d.statuses = {{QStringLiteral("receipts"), QT_TRANSLATE_NOOP("gd::Fields", "Receipts"),
                   QStringLiteral("cancelled = 0 AND type = 'receipt'")},
                  {QStringLiteral("issues"), QT_TRANSLATE_NOOP("gd::Fields", "Issues"),
                   QStringLiteral("cancelled = 0 AND type = 'issue'")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("item_code"), QStringLiteral("party"), QStringLiteral("reference")};
    return d;
}

}  // namespace

const FieldDef *RegisterDef::field(QStringView key) const
{
    for (const FieldDef &f : fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QString RegisterDef::column(const FieldDef &f) const
{
    return f.kind == FieldKind::EntryNumber ? QStringLiteral("number") : f.key;
}

const RegisterDef &Registers::services()
{
    static const RegisterDef d = makeServices();
    return d;
}

const RegisterDef &Registers::complaintCategories()
{
    static const RegisterDef d = makeCategories();
    return d;
}

const RegisterDef &Registers::holidays()
{
    static const RegisterDef d = makeHolidays();
    return d;
}

const RegisterDef &Registers::visitors()
{
    static const RegisterDef d = makeVisitors();
    return d;
}

const RegisterDef &Registers::applications()
{
    static const RegisterDef d = makeApplications();
    return d;
}

const RegisterDef &Registers::complaints()
{
    static const RegisterDef d = makeComplaints();
    return d;
}

const RegisterDef &Registers::vitalEvents()
{
    static const RegisterDef d = makeVitalEvents();
    return d;
}

const RegisterDef &Registers::cashAccounts()
{
    static const RegisterDef d = makeCashAccounts();
    return d;
}

const RegisterDef &Registers::cashHeads()
{
    static const RegisterDef d = makeCashHeads();
    return d;
}

const RegisterDef &Registers::cashEntries()
{
    static const RegisterDef d = makeCashEntries();
    return d;
}

const RegisterDef &Registers::stockItems()
{
    static const RegisterDef d = makeStockItems();
    return d;
}

const RegisterDef &Registers::stockMoves()
{
    static const RegisterDef d = makeStockMoves();
    return d;
}

QList<const RegisterDef *> Registers::all()
{
    return {&services(),    &holidays(),    &complaintCategories(), &visitors(),   &applications(),
            &complaints(),  &vitalEvents(), &cashAccounts(),        &cashHeads(),  &cashEntries(),
            &stockItems(),  &stockMoves(),  &fileSubjects(),        &places(),     &files(),
            &fileMovements(), &readinessItems(), &meetings(),   &meetingActions(), &certificationSteps(),
            &risks(),       &qualityPolicy(), &qualityObjectives(), &qualityRoles(), &trainings(),
            &surveys(),     &auditFindings(), &notices(),   &people(),          &emergencyNumbers()};
}

const RegisterDef *Registers::find(const QString &id)
{
    for (const RegisterDef *d : all())
        if (d->id == id)
            return d;
    return nullptr;
}

QString Registers::title(const RegisterDef &def)
{
    return QCoreApplication::translate("gd::Fields", def.title);
}

}  // namespace gd
