#include "FrontOfficeRegisters.h"
#include "RegisterParts.h"
#include "EntryStore.h"
#include "FrontOffice.h"
#include "Masters.h"

using namespace Qt::StringLiterals;

namespace gd {

namespace {

using namespace regparts;
using S = FieldDef::Source;

// The rules of the three front-office registers, beside their definitions.
class Rules {
    Q_DECLARE_TR_FUNCTIONS(gd::FrontOffice)
public:
    static QList<FieldProblem> visitor(const RegisterDef &, QVariantMap &values, const Charter &, const Entry *)
    {
        using K = VisitorKeys;
        const QTime in = values.value(K::timeIn).toTime();
        const QTime out = values.value(K::timeOut).toTime();
        if (out.isValid() && out < in)
            return {{K::timeOut, tr("the time out %1 is before the time in %2")
                                     .arg(out.toString(u"HH:mm"_s), in.toString(u"HH:mm"_s))}};
        return {};
    }

    // The due date and fee come from the charter when the application is received; a correction that keeps
    // the service and the date keeps them (the charter may have changed since).
    static QList<FieldProblem> application(const RegisterDef &def, QVariantMap &values, const Charter &charter,
                                           const Entry *base)
    {
        using K = ApplicationKeys;
        QList<FieldProblem> problems;
        const QString status = values.value(K::status).toString();
        const QDate closed = values.value(K::closedOn).toDate();
        if (frontoffice::applicationOpen(status) && closed.isValid())
            problems += {K::closedOn, tr("a pending application has no closing date; set the status to delivered "
                                         "or rejected, or clear the date")};
        if (!frontoffice::applicationOpen(status) && !closed.isValid())
            problems += {K::closedOn, tr("give the date the application was %1")
                                          .arg(Fields::choiceLabel(*def.field(K::status), status))};
        Registers::dateNotBefore(def, values, K::closedOn, K::receivedOn, problems);
        const QString code = values.value(K::serviceCode).toString();
        const QDate received = values.value(K::receivedOn).toDate();
        const QVariantMap service = charter.services.value(code);
        if (base && base->text(K::serviceCode) == code && base->date(K::receivedOn) == received) {
            values.insert(K::dueOn, base->value(K::dueOn));
            values.insert(K::fee, base->value(K::fee));
        } else {
            values.insert(K::dueOn, charter.calendar.due(received, service.value(u"time_limit_days"_s).toInt(),
                                                         WorkingCalendar::dayKind(service.value(u"day_kind"_s).toString())));
            values.insert(K::fee, service.value(u"fee"_s));
        }
        return problems;
    }

    static QList<FieldProblem> complaint(const RegisterDef &def, QVariantMap &values, const Charter &charter,
                                         const Entry *base)
    {
        using K = ComplaintKeys;
        QList<FieldProblem> problems;
        const QString status = values.value(K::status).toString();
        const QDate disposed = values.value(K::disposedOn).toDate();
        const bool closed = frontoffice::complaintClosed(status);
        if (!closed && disposed.isValid())
            problems += {K::disposedOn, tr("an open complaint has no disposal date; set the status to disposed, "
                                           "rejected or transferred, or clear the date")};
        if (closed && !disposed.isValid())
            problems += {K::disposedOn, tr("give the date the complaint was %1")
                                            .arg(Fields::choiceLabel(*def.field(K::status), status))};
        if (!closed && !values.value(K::satisfied).toString().isEmpty())
            problems += {K::satisfied, tr("whether the complainant is satisfied is recorded after disposal")};
        if (values.value(K::mode).toString() == u"portal" && values.value(K::portalRef).toString().isEmpty())
            problems += {K::portalRef, tr("a complaint from a portal needs the portal's reference number")};
        const bool escalatedTo = !values.value(K::escalatedTo).toString().isEmpty();
        if (escalatedTo != values.value(K::escalatedOn).toDate().isValid())
            problems += {K::escalatedOn, tr("an escalation needs both to whom and the date")};
        Registers::dateNotBefore(def, values, K::disposedOn, K::receivedOn, problems);
        Registers::dateNotBefore(def, values, K::replySentOn, K::receivedOn, problems);
        Registers::dateNotBefore(def, values, K::escalatedOn, K::receivedOn, problems);
        const QString code = values.value(K::categoryCode).toString();
        const QDate received = values.value(K::receivedOn).toDate();
        const QVariantMap category = charter.categories.value(code);
        if (base && base->text(K::categoryCode) == code && base->date(K::receivedOn) == received)
            values.insert(K::dueOn, base->value(K::dueOn));
        else
            values.insert(K::dueOn, charter.calendar.due(received, category.value(u"time_limit_days"_s).toInt(),
                                                         WorkingCalendar::dayKind(category.value(u"day_kind"_s).toString())));
        return problems;
    }
};

const QStringList &openApplication()
{
    static const QStringList codes = {u"pending"_s};
    return codes;
}

const QStringList &openComplaint()
{
    static const QStringList codes = {u"received"_s, u"in_progress"_s, u"interim_reply"_s};
    return codes;
}

const QStringList &closedComplaint()
{
    static const QStringList codes = {u"disposed"_s, u"rejected"_s, u"transferred"_s};
    return codes;
}

QString statusIn(const QStringList &codes)
{
    return u"status IN ('"_s + codes.join(u"','"_s) + u"')"_s;
}

RegisterDef makeServices()
{
    RegisterDef d = codedMaster("services", "services", QT_TRANSLATE_NOOP("gd::Fields", "Citizen charter services"),
                                QT_TRANSLATE_NOOP("gd::Fields", "there is no service with the code %1 in the citizen charter"), true);
    d.fields += {integer("time_limit_days", QT_TRANSLATE_NOOP("gd::Fields", "Time limit (days)"), 0, 365, true),
                choice("day_kind", QT_TRANSLATE_NOOP("gd::Fields", "Days counted"), dayKinds(), false, "working"),
                of("fee", QT_TRANSLATE_NOOP("gd::Fields", "Fee"), FieldKind::Money),
                of("documents", QT_TRANSLATE_NOOP("gd::Fields", "Documents required"), FieldKind::LongText),
                text("where_to_apply", QT_TRANSLATE_NOOP("gd::Fields", "Where and how to apply")),
                text("designated_officer", QT_TRANSLATE_NOOP("gd::Fields", "Designated officer"), false, true),
                text("first_appellate", QT_TRANSLATE_NOOP("gd::Fields", "First appellate officer"), false, true),
                text("second_appellate", QT_TRANSLATE_NOOP("gd::Fields", "Second appellate officer"), false, true),
                active()};
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "The citizen charter: each service with its time limit, fee, documents and officers. An "
                               "application's due date comes from here. A service no longer offered is set to \"In use: "
                               "no\"; it is never removed.");
    return d;
}

RegisterDef makeCategories()
{
    RegisterDef d = codedMaster("complaint-categories", "complaint_categories", QT_TRANSLATE_NOOP("gd::Fields", "Complaint categories"),
                                QT_TRANSLATE_NOOP("gd::Fields", "there is no complaint category with the code %1"), true);
    d.fields += {integer("time_limit_days", QT_TRANSLATE_NOOP("gd::Fields", "Time limit (days)"), 0, 365, true),
                choice("day_kind", QT_TRANSLATE_NOOP("gd::Fields", "Days counted"), dayKinds(), false, "working"),
                active()};
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "Complaint categories and their time limits; a complaint's due date comes from here.");
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
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "Holidays of the office. Together with the weekly off (Office → settings) they decide the "
                               "working days that due dates count.");
    d.area = PageArea::Masters;
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
    d.rules.check = &Rules::visitor;
    d.listKeys = {QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("time_in"),
                  QStringLiteral("time_out"), QStringLiteral("name"), QStringLiteral("relative_name"),
                  QStringLiteral("village"), QStringLiteral("mobile"), QStringLiteral("purpose"),
                  QStringLiteral("service_code"), QStringLiteral("met_whom"), QStringLiteral("outcome"),
                  QStringLiteral("outcome_ref"), QStringLiteral("service_time_rating"),
                  QStringLiteral("behaviour_rating"), QStringLiteral("suggestion")};
    // The name first where typing starts (date and time are filled in), the purpose one Tab on and picked by its
    // digit; the rest as the visit needs it.
    d.formKeys = {QStringLiteral("date"), QStringLiteral("time_in"), QStringLiteral("name"),
                  QStringLiteral("purpose"), QStringLiteral("service_code"), QStringLiteral("relative_name"),
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
    const QString pending = u"cancelled = 0 AND "_s + statusIn(openApplication());
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
    d.rules.check = &Rules::application;
    d.rules.overdue = &FrontOffice::isOverdue;
    d.listKeys = {QStringLiteral("application_no"), QStringLiteral("received_on"), QStringLiteral("service_code"),
                  QStringLiteral("applicant_name"), QStringLiteral("relative_name"), QStringLiteral("village"),
                  QStringLiteral("mobile"), QStringLiteral("status"), QStringLiteral("due_on"),
                  QStringLiteral("closed_on"), QStringLiteral("fee"), QStringLiteral("remarks")};
    d.formKeys = {QStringLiteral("received_on"), QStringLiteral("service_code"), QStringLiteral("applicant_name"),
                  QStringLiteral("relative_name"), QStringLiteral("village"), QStringLiteral("mobile"),
                  QStringLiteral("documents_received"), QStringLiteral("remarks")};
    d.workLists = {QStringLiteral("due_today"), QStringLiteral("overdue"), QStringLiteral("pending")};
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
    const QString open = u"cancelled = 0 AND "_s + frontoffice::complaintOpenSql();
    d.statuses = {{QStringLiteral("open"), QT_TRANSLATE_NOOP("gd::Fields", "Open"), open},
                  {QStringLiteral("due_today"), QT_TRANSLATE_NOOP("gd::Fields", "Due today"),
                   open + QStringLiteral(" AND due_on = ?")},
                  {QStringLiteral("overdue"), QT_TRANSLATE_NOOP("gd::Fields", "Overdue"),
                   open + QStringLiteral(" AND due_on < ?")},
                  {QStringLiteral("escalated"), QT_TRANSLATE_NOOP("gd::Fields", "Escalated"),
                   QStringLiteral("cancelled = 0 AND escalated_to <> ''")},
                  {QStringLiteral("closed"), QT_TRANSLATE_NOOP("gd::Fields", "Disposed, rejected or transferred"),
                   u"cancelled = 0 AND "_s + frontoffice::complaintClosedSql()},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"),
                   QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("complainant_name"), QStringLiteral("relative_name"),
                  QStringLiteral("village"), QStringLiteral("mobile"), QStringLiteral("portal_ref"),
                  QStringLiteral("description")};
    d.rules.check = &Rules::complaint;
    d.rules.overdue = &FrontOffice::isOverdue;
    d.listKeys = {QStringLiteral("complaint_no"), QStringLiteral("received_on"), QStringLiteral("mode"),
                  QStringLiteral("complainant_name"), QStringLiteral("village"), QStringLiteral("mobile"),
                  QStringLiteral("category_code"), QStringLiteral("description"), QStringLiteral("marked_to"),
                  QStringLiteral("status"), QStringLiteral("due_on"), QStringLiteral("disposed_on"),
                  QStringLiteral("satisfied"), QStringLiteral("escalated_to")};
    d.formKeys = {QStringLiteral("received_on"), QStringLiteral("mode"), QStringLiteral("portal_ref"),
                  QStringLiteral("complainant_name"), QStringLiteral("relative_name"), QStringLiteral("village"),
                  QStringLiteral("mobile"), QStringLiteral("category_code"), QStringLiteral("description"),
                  QStringLiteral("marked_to")};
    d.workLists = {QStringLiteral("due_today"), QStringLiteral("overdue"), QStringLiteral("open"),
                   QStringLiteral("escalated")};
    return d;
}

}  // namespace

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

namespace frontoffice {

bool applicationOpen(const QString &status)
{
    return openApplication().contains(status);
}

bool complaintOpen(const QString &status)
{
    return openComplaint().contains(status);
}

bool complaintClosed(const QString &status)
{
    return closedComplaint().contains(status);
}

QString complaintOpenSql()
{
    return statusIn(openComplaint());
}

QString complaintClosedSql()
{
    return statusIn(closedComplaint());
}

}  // namespace frontoffice

}  // namespace gd
