// The quality system's registers: the Annexure-2 readiness tracker, the meetings register and its actions.
#include "RegisterParts.h"
#include "Meetings.h"

namespace gd {

namespace {

using namespace regparts;

RegisterDef makeReadinessItems()
{
    RegisterDef d;
    d.id = QStringLiteral("readiness-items");
    d.table = QStringLiteral("readiness_items");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "ISO readiness (Annexure-2)");
    d.keyKey = QStringLiteral("code");
    d.fields = codeAndNames(false);
    // The order's own words: item 23 runs to over 200 characters.
    d.fields[1].kind = FieldKind::LongText;
    d.fields += {choice("status", QT_TRANSLATE_NOOP("gd::Fields", "Status"),
                        {{QStringLiteral("not_started"), QT_TRANSLATE_NOOP("gd::Fields", "not started")},
                         {QStringLiteral("in_progress"), QT_TRANSLATE_NOOP("gd::Fields", "in progress")},
                         {QStringLiteral("done"), QT_TRANSLATE_NOOP("gd::Fields", "done")},
                         {QStringLiteral("not_applicable"), QT_TRANSLATE_NOOP("gd::Fields", "not applicable")}},
                        true, "not_started"),
                 text("owner", QT_TRANSLATE_NOOP("gd::Fields", "Owner"), false, true),
                 future(of("target_date", QT_TRANSLATE_NOOP("gd::Fields", "Target date"), FieldKind::Date)),
                 of("last_checked", QT_TRANSLATE_NOOP("gd::Fields", "Last checked on"), FieldKind::Date),
                 choice("frequency", QT_TRANSLATE_NOOP("gd::Fields", "Check every"),
                        {{QStringLiteral("monthly"), QT_TRANSLATE_NOOP("gd::Fields", "month")},
                         {QStringLiteral("quarterly"), QT_TRANSLATE_NOOP("gd::Fields", "three months")},
                         {QStringLiteral("half_yearly"), QT_TRANSLATE_NOOP("gd::Fields", "six months")},
                         {QStringLiteral("yearly"), QT_TRANSLATE_NOOP("gd::Fields", "year")}}),
                 of("notes", QT_TRANSLATE_NOOP("gd::Fields", "Notes"), FieldKind::LongText),
                 source(text("live_check", QT_TRANSLATE_NOOP("gd::Fields", "Checked from the books")), S::Computed)};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en"), QStringLiteral("owner")};
    return d;
}

RegisterDef makeCertificationSteps()
{
    RegisterDef d;
    d.id = QStringLiteral("certification-steps");
    d.table = QStringLiteral("certification_steps");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Steps to certification");
    d.keyKey = QStringLiteral("code");
    d.fields = {of("code", QT_TRANSLATE_NOOP("gd::Fields", "Code"), FieldKind::Code, true),
                integer("step", QT_TRANSLATE_NOOP("gd::Fields", "Step (1–6)"), 1, 6, true),
                text("name_hi", QT_TRANSLATE_NOOP("gd::Fields", "Name (Hindi)"), true),
                text("name_en", QT_TRANSLATE_NOOP("gd::Fields", "Name (English)"), false),
                future(of("planned_on", QT_TRANSLATE_NOOP("gd::Fields", "Planned for"), FieldKind::Date)),
                of("done_on", QT_TRANSLATE_NOOP("gd::Fields", "Done on"), FieldKind::Date),
                of("notes", QT_TRANSLATE_NOOP("gd::Fields", "Notes"), FieldKind::LongText)};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en")};
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "The six steps to ISO 9001 certification and their audits, each with the date planned and "
                               "the date done; the readiness page shows the next one.");
    d.area = PageArea::Masters;
    return d;
}

// The score is likelihood × impact (1–25); a review comes after the risk was identified.
QList<FieldProblem> risk(const RegisterDef &def, QVariantMap &values, const Charter &, const Entry *)
{
    values.insert(QStringLiteral("score"), values.value(QStringLiteral("likelihood")).toInt() * values.value(QStringLiteral("impact")).toInt());
    QList<FieldProblem> problems;
    Registers::dateNotBefore(def, values, QStringLiteral("review_on"), QStringLiteral("identified_on"), problems);
    return problems;
}

RegisterDef makeRisks()
{
    RegisterDef d;
    d.id = QStringLiteral("risks");
    d.table = QStringLiteral("risks");
    d.prefix = QStringLiteral("RSK");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Risk register");
    d.dateKey = QStringLiteral("identified_on");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("identified_on", QT_TRANSLATE_NOOP("gd::Fields", "Identified on"), FieldKind::Date, true),
                text("risk", QT_TRANSLATE_NOOP("gd::Fields", "Risk"), true),
                text("area", QT_TRANSLATE_NOOP("gd::Fields", "Area or process"), false, true),
                of("likelihood", QT_TRANSLATE_NOOP("gd::Fields", "Likelihood (1–5)"), FieldKind::Rating, true),
                of("impact", QT_TRANSLATE_NOOP("gd::Fields", "Impact (1–5)"), FieldKind::Rating, true),
                source(integer("score", QT_TRANSLATE_NOOP("gd::Fields", "Risk score"), 1, 25, false), S::Computed),
                of("treatment", QT_TRANSLATE_NOOP("gd::Fields", "Treatment"), FieldKind::LongText),
                text("owner", QT_TRANSLATE_NOOP("gd::Fields", "Owner"), false, true),
                future(of("review_on", QT_TRANSLATE_NOOP("gd::Fields", "Review on"), FieldKind::Date)),
                choice("status", QT_TRANSLATE_NOOP("gd::Fields", "Status"),
                       {{QStringLiteral("open"), QT_TRANSLATE_NOOP("gd::Fields", "open")},
                        {QStringLiteral("treated"), QT_TRANSLATE_NOOP("gd::Fields", "treated")},
                        {QStringLiteral("closed"), QT_TRANSLATE_NOOP("gd::Fields", "closed")}},
                       true, "open")};
    d.statuses = {{QStringLiteral("open"), QT_TRANSLATE_NOOP("gd::Fields", "Open risks"),
                   QStringLiteral("cancelled = 0 AND status <> 'closed'")},
                  {QStringLiteral("high"), QT_TRANSLATE_NOOP("gd::Fields", "High risks (score 15 or more)"),
                   QStringLiteral("cancelled = 0 AND status <> 'closed' AND score >= 15")},
                  {QStringLiteral("review"), QT_TRANSLATE_NOOP("gd::Fields", "Due for review"),
                   QStringLiteral("cancelled = 0 AND status <> 'closed' AND review_on <= ?")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("risk"), QStringLiteral("area"), QStringLiteral("owner"),
                  QStringLiteral("treatment")};
    d.rules.check = &risk;
    d.area = PageArea::Quality;
    d.listKeys = {QStringLiteral("number"), QStringLiteral("identified_on"), QStringLiteral("risk"), QStringLiteral("area"),
                  QStringLiteral("likelihood"), QStringLiteral("impact"), QStringLiteral("score"), QStringLiteral("treatment"),
                  QStringLiteral("owner"), QStringLiteral("review_on"), QStringLiteral("status")};
    d.formKeys = {QStringLiteral("identified_on"), QStringLiteral("risk"), QStringLiteral("area"), QStringLiteral("likelihood"),
                  QStringLiteral("impact"), QStringLiteral("treatment"), QStringLiteral("owner"), QStringLiteral("review_on"),
                  QStringLiteral("status")};
    return d;
}

RegisterDef makeMeetings()
{
    RegisterDef d;
    d.id = QStringLiteral("meetings");
    d.table = QStringLiteral("meetings");
    d.prefix = QStringLiteral("MTG");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Meetings register");
    d.dateKey = QStringLiteral("held_on");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Meeting"),
                       {{QStringLiteral("gp"), QT_TRANSLATE_NOOP("gd::Fields", "Gram Panchayat meeting")},
                        {QStringLiteral("committee"), QT_TRANSLATE_NOOP("gd::Fields", "committee meeting")},
                        {QStringLiteral("gram_sabha"), QT_TRANSLATE_NOOP("gd::Fields", "Gram Sabha")},
                        {QStringLiteral("social_audit"), QT_TRANSLATE_NOOP("gd::Fields", "social audit")},
                        {QStringLiteral("fire_drill"), QT_TRANSLATE_NOOP("gd::Fields", "fire-fighting training or drill")},
                        {QStringLiteral("management_review"), QT_TRANSLATE_NOOP("gd::Fields", "management review")}},
                       true),
                choice("committee", QT_TRANSLATE_NOOP("gd::Fields", "Committee"),
                       {{QStringLiteral("planning"), QT_TRANSLATE_NOOP("gd::Fields", "planning and development")},
                        {QStringLiteral("education"), QT_TRANSLATE_NOOP("gd::Fields", "education")},
                        {QStringLiteral("works"), QT_TRANSLATE_NOOP("gd::Fields", "construction works")},
                        {QStringLiteral("health"), QT_TRANSLATE_NOOP("gd::Fields", "health and welfare")},
                        {QStringLiteral("administration"), QT_TRANSLATE_NOOP("gd::Fields", "administration")},
                        {QStringLiteral("water"), QT_TRANSLATE_NOOP("gd::Fields", "water management")}}),
                choice("session", QT_TRANSLATE_NOOP("gd::Fields", "Gram Sabha session"),
                       {{QStringLiteral("kharif"), QT_TRANSLATE_NOOP("gd::Fields", "Kharif")},
                        {QStringLiteral("rabi"), QT_TRANSLATE_NOOP("gd::Fields", "Rabi")},
                        {QStringLiteral("special"), QT_TRANSLATE_NOOP("gd::Fields", "special")}}),
                of("held_on", QT_TRANSLATE_NOOP("gd::Fields", "Held on"), FieldKind::Date, true),
                text("venue", QT_TRANSLATE_NOOP("gd::Fields", "Venue"), false, true),
                of("notice_on", QT_TRANSLATE_NOOP("gd::Fields", "Notice given on"), FieldKind::Date),
                text("presided_by", QT_TRANSLATE_NOOP("gd::Fields", "Presided by"), false, true),
                integer("members", QT_TRANSLATE_NOOP("gd::Fields", "Members"), 1, 100000, true),
                integer("present", QT_TRANSLATE_NOOP("gd::Fields", "Present"), 0, 100000, true),
                source(integer("quorum", QT_TRANSLATE_NOOP("gd::Fields", "Quorum"), 0, 100000, false), S::Computed),
                source(choice("quorum_met", QT_TRANSLATE_NOOP("gd::Fields", "Quorum met"), yesNo()), S::Computed),
                of("agenda", QT_TRANSLATE_NOOP("gd::Fields", "Agenda"), FieldKind::LongText),
                of("resolutions", QT_TRANSLATE_NOOP("gd::Fields", "Resolutions"), FieldKind::LongText),
                of("minutes", QT_TRANSLATE_NOOP("gd::Fields", "Minutes"), FieldKind::LongText)};
    d.statuses = {{QStringLiteral("gp"), QT_TRANSLATE_NOOP("gd::Fields", "Gram Panchayat meetings"),
                   QStringLiteral("cancelled = 0 AND kind = 'gp'")},
                  {QStringLiteral("gram_sabha"), QT_TRANSLATE_NOOP("gd::Fields", "Gram Sabha meetings"),
                   QStringLiteral("cancelled = 0 AND kind = 'gram_sabha'")},
                  {QStringLiteral("committee"), QT_TRANSLATE_NOOP("gd::Fields", "Committee meetings"),
                   QStringLiteral("cancelled = 0 AND kind = 'committee'")},
                  {QStringLiteral("no_quorum"), QT_TRANSLATE_NOOP("gd::Fields", "Without quorum"),
                   QStringLiteral("cancelled = 0 AND quorum_met = 'no'")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("venue"), QStringLiteral("presided_by"), QStringLiteral("agenda"),
                  QStringLiteral("resolutions")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &, const Entry *) {
        return Meetings::checkMeeting(values);
    };
    d.listKeys = {QStringLiteral("number"), QStringLiteral("kind"), QStringLiteral("committee"),
                  QStringLiteral("session"), QStringLiteral("held_on"), QStringLiteral("venue"),
                  QStringLiteral("presided_by"), QStringLiteral("members"), QStringLiteral("present"),
                  QStringLiteral("quorum"), QStringLiteral("quorum_met"), QStringLiteral("agenda"),
                  QStringLiteral("resolutions")};
    d.formKeys = {QStringLiteral("kind"), QStringLiteral("committee"), QStringLiteral("session"),
                  QStringLiteral("held_on"), QStringLiteral("venue"), QStringLiteral("notice_on"),
                  QStringLiteral("presided_by"), QStringLiteral("members"), QStringLiteral("present"),
                  QStringLiteral("agenda"), QStringLiteral("resolutions"), QStringLiteral("minutes")};
    return d;
}

RegisterDef makeMeetingActions()
{
    RegisterDef d;
    d.id = QStringLiteral("meeting-actions");
    d.table = QStringLiteral("meeting_actions");
    d.prefix = QStringLiteral("ACT");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Action items of meetings");
    d.dateKey = QStringLiteral("decided_on");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                text("meeting_no", QT_TRANSLATE_NOOP("gd::Fields", "Meeting number"), true),
                of("decided_on", QT_TRANSLATE_NOOP("gd::Fields", "Decided on"), FieldKind::Date, true),
                text("action", QT_TRANSLATE_NOOP("gd::Fields", "Action"), true),
                text("owner", QT_TRANSLATE_NOOP("gd::Fields", "Owner"), true, true),
                future(of("due_on", QT_TRANSLATE_NOOP("gd::Fields", "Due on"), FieldKind::Date)),
                of("done_on", QT_TRANSLATE_NOOP("gd::Fields", "Done on"), FieldKind::Date),
                of("remarks", QT_TRANSLATE_NOOP("gd::Fields", "Remarks"), FieldKind::LongText)};
    const QString open = QStringLiteral("cancelled = 0 AND done_on IS NULL");
    d.statuses = {{QStringLiteral("open"), QT_TRANSLATE_NOOP("gd::Fields", "Open"), open},
                  {QStringLiteral("overdue"), QT_TRANSLATE_NOOP("gd::Fields", "Overdue"), open + QStringLiteral(" AND due_on < ?")},
                  {QStringLiteral("done"), QT_TRANSLATE_NOOP("gd::Fields", "Done"), QStringLiteral("cancelled = 0 AND done_on IS NOT NULL")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("action"), QStringLiteral("owner"), QStringLiteral("meeting_no")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &, const Entry *) {
        return Meetings::checkAction(values);
    };
    d.rules.checkWrite = [](Book &book, QVariantMap *after, const Entry *) { return Meetings::checkWrite(book, after); };
    d.listKeys = {QStringLiteral("number"), QStringLiteral("meeting_no"), QStringLiteral("decided_on"),
                  QStringLiteral("action"), QStringLiteral("owner"), QStringLiteral("due_on"),
                  QStringLiteral("done_on"), QStringLiteral("remarks")};
    d.formKeys = {QStringLiteral("meeting_no"), QStringLiteral("decided_on"), QStringLiteral("action"),
                  QStringLiteral("owner"), QStringLiteral("due_on"), QStringLiteral("remarks")};
    return d;
}

}  // namespace

const RegisterDef &Registers::risks()
{
    static const RegisterDef d = makeRisks();
    return d;
}

const RegisterDef &Registers::certificationSteps()
{
    static const RegisterDef d = makeCertificationSteps();
    return d;
}

const RegisterDef &Registers::meetings()
{
    static const RegisterDef d = makeMeetings();
    return d;
}

const RegisterDef &Registers::meetingActions()
{
    static const RegisterDef d = makeMeetingActions();
    return d;
}

const RegisterDef &Registers::readinessItems()
{
    static const RegisterDef d = makeReadinessItems();
    return d;
}

}  // namespace gd
