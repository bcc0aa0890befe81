// The quality system's own records (Annexure-1): the quality policy, the quality objectives, roles and the quality
// circle, trainings, citizen surveys, and the findings of audits with their corrective actions.
#include "RegisterParts.h"
#include "QualitySystem.h"

namespace gd {

namespace {

using namespace regparts;

RegisterDef makeQualityPolicy()
{
    RegisterDef d;
    d.id = QStringLiteral("quality-policy");
    d.table = QStringLiteral("quality_policy");
    d.prefix = QStringLiteral("QP");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Quality policy");
    d.dateKey = QStringLiteral("adopted_on");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("adopted_on", QT_TRANSLATE_NOOP("gd::Fields", "Adopted on"), FieldKind::Date, true),
                text("adopted_by", QT_TRANSLATE_NOOP("gd::Fields", "Adopted by (meeting, resolution)"), false, true),
                of("text_hi", QT_TRANSLATE_NOOP("gd::Fields", "Policy (Hindi)"), FieldKind::LongText, true),
                of("text_en", QT_TRANSLATE_NOOP("gd::Fields", "Policy (English)"), FieldKind::LongText),
                future(of("review_on", QT_TRANSLATE_NOOP("gd::Fields", "Review on"), FieldKind::Date))};
    d.statuses = {{QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("adopted_by"), QStringLiteral("text_hi"), QStringLiteral("text_en")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &, const Entry *) {
        return QualitySystem::checkPolicy(values);
    };
    d.listKeys = {QStringLiteral("number"), QStringLiteral("adopted_on"), QStringLiteral("adopted_by"),
                  QStringLiteral("text_hi"), QStringLiteral("text_en"), QStringLiteral("review_on")};
    d.formKeys = {QStringLiteral("adopted_on"), QStringLiteral("adopted_by"), QStringLiteral("text_hi"),
                  QStringLiteral("text_en"), QStringLiteral("review_on")};
    return d;
}

RegisterDef makeQualityObjectives()
{
    RegisterDef d;
    d.id = QStringLiteral("quality-objectives");
    d.table = QStringLiteral("quality_objectives");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Quality objectives");
    d.keyKey = QStringLiteral("code");
    d.fields = codeAndNames(false);
    d.fields += {choice("measure", QT_TRANSLATE_NOOP("gd::Fields", "Measured by"),
                        {{QStringLiteral("services_in_time"), QT_TRANSLATE_NOOP("gd::Fields", "% of services delivered within charter time")},
                         {QStringLiteral("complaints_in_time"), QT_TRANSLATE_NOOP("gd::Fields", "% of complaints disposed within time")},
                         {QStringLiteral("feedback_share"), QT_TRANSLATE_NOOP("gd::Fields", "% of visitors who gave feedback")},
                         {QStringLiteral("behaviour_rating"), QT_TRANSLATE_NOOP("gd::Fields", "average rating of staff behaviour (1–5)")},
                         {QStringLiteral("service_time_rating"), QT_TRANSLATE_NOOP("gd::Fields", "average rating of service time (1–5)")},
                         {QStringLiteral("vital_on_time"), QT_TRANSLATE_NOOP("gd::Fields", "% of births and deaths reported within 21 days")},
                         {QStringLiteral("survey_satisfaction"), QT_TRANSLATE_NOOP("gd::Fields", "% satisfied in the citizen survey")},
                         {QStringLiteral("manual"), QT_TRANSLATE_NOOP("gd::Fields", "measured by the office (value entered)")}},
                        true, "manual"),
                 choice("comparison", QT_TRANSLATE_NOOP("gd::Fields", "Target is"),
                        {{QStringLiteral("at_least"), QT_TRANSLATE_NOOP("gd::Fields", "at least")},
                         {QStringLiteral("at_most"), QT_TRANSLATE_NOOP("gd::Fields", "at most")}},
                        true, "at_least"),
                 of("target", QT_TRANSLATE_NOOP("gd::Fields", "Target"), FieldKind::Quantity, true),
                 of("measured_value", QT_TRANSLATE_NOOP("gd::Fields", "Value measured by the office"), FieldKind::Quantity),
                 of("measured_on", QT_TRANSLATE_NOOP("gd::Fields", "Measured on"), FieldKind::Date),
                 text("owner", QT_TRANSLATE_NOOP("gd::Fields", "Owner"), false, true),
                 active()};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en"), QStringLiteral("owner")};
    d.rules.checkRow = [](const MasterStore &, QVariantMap &values) { return QualitySystem::checkObjective(values); };
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "The office's quality objectives, each with its target. GramDesk measures most of them from the "
                               "registers (beside each: last month and this financial year so far); for the others the "
                               "office enters the value it measured and the date.");
    return d;
}

RegisterDef makeQualityRoles()
{
    RegisterDef d;
    d.id = QStringLiteral("quality-roles");
    d.table = QStringLiteral("quality_roles");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Roles and quality circle");
    d.keyKey = QStringLiteral("code");
    d.fields = {of("code", QT_TRANSLATE_NOOP("gd::Fields", "Code"), FieldKind::Code, true),
                text("name_hi", QT_TRANSLATE_NOOP("gd::Fields", "Role (Hindi)"), true),
                text("name_en", QT_TRANSLATE_NOOP("gd::Fields", "Role (English)"), false),
                text("holder", QT_TRANSLATE_NOOP("gd::Fields", "Held by"), true, true),
                text("designation", QT_TRANSLATE_NOOP("gd::Fields", "Designation"), false, true),
                of("responsibilities", QT_TRANSLATE_NOOP("gd::Fields", "Responsibilities"), FieldKind::LongText),
                choice("circle", QT_TRANSLATE_NOOP("gd::Fields", "In the quality circle as"),
                       {{QStringLiteral("chair"), QT_TRANSLATE_NOOP("gd::Fields", "chair")},
                        {QStringLiteral("convenor"), QT_TRANSLATE_NOOP("gd::Fields", "convenor")},
                        {QStringLiteral("member"), QT_TRANSLATE_NOOP("gd::Fields", "member")}}),
                of("since", QT_TRANSLATE_NOOP("gd::Fields", "Since"), FieldKind::Date),
                active()};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en"), QStringLiteral("holder")};
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "Who does what in the quality system (quality management representative, record keeper, "
                               "front office…), with their responsibilities, and who sits in the quality circle.");
    return d;
}

RegisterDef makeTrainings()
{
    RegisterDef d;
    d.id = QStringLiteral("trainings");
    d.table = QStringLiteral("trainings");
    d.prefix = QStringLiteral("TRN");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Trainings");
    d.dateKey = QStringLiteral("held_on");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("held_on", QT_TRANSLATE_NOOP("gd::Fields", "Held on"), FieldKind::Date, true),
                text("topic", QT_TRANSLATE_NOOP("gd::Fields", "Topic"), true, true),
                choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Kind"),
                       {{QStringLiteral("iso"), QT_TRANSLATE_NOOP("gd::Fields", "ISO 9001 awareness")},
                        {QStringLiteral("front_office"), QT_TRANSLATE_NOOP("gd::Fields", "front office and citizen service")},
                        {QStringLiteral("records"), QT_TRANSLATE_NOOP("gd::Fields", "records and files")},
                        {QStringLiteral("grievance"), QT_TRANSLATE_NOOP("gd::Fields", "grievance redressal")},
                        {QStringLiteral("fire_safety"), QT_TRANSLATE_NOOP("gd::Fields", "fire safety")},
                        {QStringLiteral("computer"), QT_TRANSLATE_NOOP("gd::Fields", "computer")},
                        {QStringLiteral("other"), QT_TRANSLATE_NOOP("gd::Fields", "other")}},
                       true, "other"),
                text("trainer", QT_TRANSLATE_NOOP("gd::Fields", "Trainer"), false, true),
                text("venue", QT_TRANSLATE_NOOP("gd::Fields", "Venue"), false, true),
                of("hours", QT_TRANSLATE_NOOP("gd::Fields", "Hours"), FieldKind::Quantity),
                of("attendees", QT_TRANSLATE_NOOP("gd::Fields", "Attendees (one per line)"), FieldKind::LongText, true),
                source(integer("attendee_count", QT_TRANSLATE_NOOP("gd::Fields", "Attended"), 0, 100000, false), S::Computed),
                of("remarks", QT_TRANSLATE_NOOP("gd::Fields", "Remarks"), FieldKind::LongText)};
    d.statuses = {{QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("topic"), QStringLiteral("trainer"), QStringLiteral("attendees")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &, const Entry *) {
        return QualitySystem::checkTraining(values);
    };
    d.listKeys = {QStringLiteral("number"), QStringLiteral("held_on"), QStringLiteral("topic"),
                  QStringLiteral("kind"), QStringLiteral("trainer"), QStringLiteral("venue"),
                  QStringLiteral("hours"), QStringLiteral("attendee_count"), QStringLiteral("attendees")};
    d.formKeys = {QStringLiteral("held_on"), QStringLiteral("topic"), QStringLiteral("kind"),
                  QStringLiteral("trainer"), QStringLiteral("venue"), QStringLiteral("hours"),
                  QStringLiteral("attendees"), QStringLiteral("remarks")};
    return d;
}

RegisterDef makeSurveys()
{
    RegisterDef d;
    d.id = QStringLiteral("surveys");
    d.table = QStringLiteral("surveys");
    d.prefix = QStringLiteral("SVY");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Citizen surveys");
    d.dateKey = QStringLiteral("done_on");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("done_on", QT_TRANSLATE_NOOP("gd::Fields", "Completed on"), FieldKind::Date, true),
                text("title", QT_TRANSLATE_NOOP("gd::Fields", "Survey"), true, true),
                choice("method", QT_TRANSLATE_NOOP("gd::Fields", "How"),
                       {{QStringLiteral("door_to_door"), QT_TRANSLATE_NOOP("gd::Fields", "door to door")},
                        {QStringLiteral("at_office"), QT_TRANSLATE_NOOP("gd::Fields", "at the office")},
                        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("gd::Fields", "by phone")},
                        {QStringLiteral("gram_sabha"), QT_TRANSLATE_NOOP("gd::Fields", "in the Gram Sabha")}},
                       true, "door_to_door"),
                integer("respondents", QT_TRANSLATE_NOOP("gd::Fields", "Citizens asked"), 1, 1000000, true),
                integer("satisfied", QT_TRANSLATE_NOOP("gd::Fields", "Satisfied"), 0, 1000000, true),
                source(of("satisfied_pct", QT_TRANSLATE_NOOP("gd::Fields", "Satisfied (%)"), FieldKind::Quantity), S::Computed),
                of("findings", QT_TRANSLATE_NOOP("gd::Fields", "Main findings"), FieldKind::LongText),
                of("actions", QT_TRANSLATE_NOOP("gd::Fields", "Actions decided"), FieldKind::LongText)};
    d.statuses = {{QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("findings")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &, const Entry *) {
        return QualitySystem::checkSurvey(values);
    };
    d.listKeys = {QStringLiteral("number"), QStringLiteral("done_on"), QStringLiteral("title"),
                  QStringLiteral("method"), QStringLiteral("respondents"), QStringLiteral("satisfied"),
                  QStringLiteral("satisfied_pct"), QStringLiteral("findings"), QStringLiteral("actions")};
    d.formKeys = {QStringLiteral("done_on"), QStringLiteral("title"), QStringLiteral("method"),
                  QStringLiteral("respondents"), QStringLiteral("satisfied"), QStringLiteral("findings"),
                  QStringLiteral("actions")};
    return d;
}

RegisterDef makeAuditFindings()
{
    RegisterDef d;
    d.id = QStringLiteral("audit-findings");
    d.table = QStringLiteral("audit_findings");
    d.prefix = QStringLiteral("FND");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Audit findings and corrective actions");
    d.dateKey = QStringLiteral("found_on");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("found_on", QT_TRANSLATE_NOOP("gd::Fields", "Found on"), FieldKind::Date, true),
                choice("audit", QT_TRANSLATE_NOOP("gd::Fields", "Found in"),
                       {{QStringLiteral("internal"), QT_TRANSLATE_NOOP("gd::Fields", "internal audit")},
                        {QStringLiteral("certification"), QT_TRANSLATE_NOOP("gd::Fields", "certification or surveillance audit")},
                        {QStringLiteral("review"), QT_TRANSLATE_NOOP("gd::Fields", "management review")},
                        {QStringLiteral("complaint"), QT_TRANSLATE_NOOP("gd::Fields", "a complaint or feedback")}},
                       true, "internal"),
                text("auditor", QT_TRANSLATE_NOOP("gd::Fields", "Auditor"), false, true),
                text("area", QT_TRANSLATE_NOOP("gd::Fields", "Area or process"), false, true),
                text("clause", QT_TRANSLATE_NOOP("gd::Fields", "ISO 9001 clause"), false, true),
                choice("type", QT_TRANSLATE_NOOP("gd::Fields", "Finding"),
                       {{QStringLiteral("major"), QT_TRANSLATE_NOOP("gd::Fields", "major nonconformity")},
                        {QStringLiteral("minor"), QT_TRANSLATE_NOOP("gd::Fields", "minor nonconformity")},
                        {QStringLiteral("observation"), QT_TRANSLATE_NOOP("gd::Fields", "observation")},
                        {QStringLiteral("improvement"), QT_TRANSLATE_NOOP("gd::Fields", "opportunity for improvement")}},
                       true),
                of("finding", QT_TRANSLATE_NOOP("gd::Fields", "What was found"), FieldKind::LongText, true),
                of("cause", QT_TRANSLATE_NOOP("gd::Fields", "Root cause"), FieldKind::LongText),
                of("action", QT_TRANSLATE_NOOP("gd::Fields", "Corrective action"), FieldKind::LongText),
                text("owner", QT_TRANSLATE_NOOP("gd::Fields", "Owner"), false, true),
                future(of("due_on", QT_TRANSLATE_NOOP("gd::Fields", "Due on"), FieldKind::Date)),
                of("done_on", QT_TRANSLATE_NOOP("gd::Fields", "Action done on"), FieldKind::Date),
                of("verified_on", QT_TRANSLATE_NOOP("gd::Fields", "Verified on"), FieldKind::Date),
                text("verified_by", QT_TRANSLATE_NOOP("gd::Fields", "Verified by"), false, true),
                choice("effective", QT_TRANSLATE_NOOP("gd::Fields", "Action effective"), yesNo()),
                source(choice("status", QT_TRANSLATE_NOOP("gd::Fields", "Status"),
                              {{QStringLiteral("open"), QT_TRANSLATE_NOOP("gd::Fields", "open")},
                               {QStringLiteral("to_verify"), QT_TRANSLATE_NOOP("gd::Fields", "done, to be verified")},
                               {QStringLiteral("closed"), QT_TRANSLATE_NOOP("gd::Fields", "closed")}}),
                       S::Computed)};
    const QString notClosed = QStringLiteral("cancelled = 0 AND status <> 'closed'");
    d.statuses = {{QStringLiteral("open"), QT_TRANSLATE_NOOP("gd::Fields", "Open"), notClosed},
                  {QStringLiteral("overdue"), QT_TRANSLATE_NOOP("gd::Fields", "Overdue"),
                   QStringLiteral("cancelled = 0 AND status = 'open' AND due_on < ?")},
                  {QStringLiteral("to_verify"), QT_TRANSLATE_NOOP("gd::Fields", "To be verified"),
                   QStringLiteral("cancelled = 0 AND status = 'to_verify'")},
                  {QStringLiteral("nonconformities"), QT_TRANSLATE_NOOP("gd::Fields", "Nonconformities"),
                   QStringLiteral("cancelled = 0 AND type IN ('major','minor')")},
                  {QStringLiteral("closed"), QT_TRANSLATE_NOOP("gd::Fields", "Closed"), QStringLiteral("cancelled = 0 AND status = 'closed'")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("area"), QStringLiteral("finding"), QStringLiteral("action"),
                  QStringLiteral("owner"), QStringLiteral("clause")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &, const Entry *) {
        return QualitySystem::checkFinding(values);
    };
    d.listKeys = {QStringLiteral("number"), QStringLiteral("found_on"), QStringLiteral("audit"),
                  QStringLiteral("type"), QStringLiteral("clause"), QStringLiteral("area"),
                  QStringLiteral("finding"), QStringLiteral("action"), QStringLiteral("owner"),
                  QStringLiteral("due_on"), QStringLiteral("done_on"), QStringLiteral("verified_on"),
                  QStringLiteral("status")};
    d.formKeys = {QStringLiteral("found_on"), QStringLiteral("audit"), QStringLiteral("auditor"),
                  QStringLiteral("area"), QStringLiteral("clause"), QStringLiteral("type"),
                  QStringLiteral("finding"), QStringLiteral("cause"), QStringLiteral("action"),
                  QStringLiteral("owner"), QStringLiteral("due_on")};
    return d;
}

}  // namespace

const RegisterDef &Registers::qualityPolicy()
{
    static const RegisterDef d = makeQualityPolicy();
    return d;
}

const RegisterDef &Registers::qualityObjectives()
{
    static const RegisterDef d = makeQualityObjectives();
    return d;
}

const RegisterDef &Registers::qualityRoles()
{
    static const RegisterDef d = makeQualityRoles();
    return d;
}

const RegisterDef &Registers::trainings()
{
    static const RegisterDef d = makeTrainings();
    return d;
}

const RegisterDef &Registers::surveys()
{
    static const RegisterDef d = makeSurveys();
    return d;
}

const RegisterDef &Registers::auditFindings()
{
    static const RegisterDef d = makeAuditFindings();
    return d;
}

}  // namespace gd
