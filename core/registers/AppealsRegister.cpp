// The appeal register as a module (अपील): an appeal against a service application that was rejected or not
// delivered within the charter's time, heard by the first or second appellate officer the charter names, with its
// hearing, order and outcome, decided within 30 days of filing.

#include "base/Dates.h"
#include "EntryStore.h"
#include "Masters.h"
#include "RegisterParts.h"
#include "../storage/Book.h"

using namespace Qt::StringLiterals;

namespace gd {

namespace {

using namespace regparts;
using S = FieldDef::Source;

// The Janhit Guarantee rules give an appellate officer 30 days to decide.
constexpr int kDaysToDecide = 30;

class Rules {
    Q_DECLARE_TR_FUNCTIONS(gd::Appeals)
public:
    // An order comes with its outcome and after the filing; the due date is 30 days after filing.
    static QList<FieldProblem> check(const RegisterDef &def, QVariantMap &values, const Charter &, const Entry *)
    {
        QList<FieldProblem> problems;
        const bool decided = values.value(u"outcome"_s).toString() != u"pending";
        const bool ordered = values.value(u"order_on"_s).toDate().isValid();
        if (decided && !ordered)
            problems += {u"order_on"_s, tr("give the date of the order that decided the appeal")};
        if (!decided && ordered)
            problems += {u"order_on"_s, tr("a pending appeal has no order yet; choose the outcome the order gave, or "
                                           "clear the date")};
        Registers::dateNotBefore(def, values, u"hearing_on"_s, u"filed_on"_s, problems);
        Registers::dateNotBefore(def, values, u"order_on"_s, u"filed_on"_s, problems);
        if (const QDate filed = values.value(u"filed_on"_s).toDate(); filed.isValid())
            values.insert(u"due_on"_s, filed.addDays(kDaysToDecide));
        return problems;
    }

    // The application exists and may be appealed (rejected, or not delivered by its due date when the appeal was
    // filed); each appeal is made once, and a second appeal follows a decided first one. The applicant and the
    // appellate officer the charter names are filled in when left empty.
    static Status checkWrite(Book &book, QVariantMap *after, const Entry *before)
    {
        if (!after)
            return {};
        const QString number = after->value(u"application_no"_s).toString().trimmed();
        auto app = book.exec(u"SELECT a.number, a.status, a.due_on, a.closed_on, a.applicant_name,"
                             " coalesce(s.first_appellate, ''), coalesce(s.second_appellate, '')"
                             " FROM applications a LEFT JOIN services s ON s.code = a.service_code"
                             " WHERE a.number = ? COLLATE NOCASE AND a.is_current = 1 AND a.cancelled = 0"_s,
                             {number});
        if (!app)
            return app.error();
        if (!app.value().next())
            return makeError(ErrorCode::InputRejected,
                             tr("Application number: there is no application %1 in the register.").arg(number));
        const QString application = app.value().value(0).toString();
        const QString status = app.value().value(1).toString();
        const QDate due = Dates::fromIso(app.value().value(2).toString());
        const QDate closed = Dates::fromIso(app.value().value(3).toString());
        const QDate filed = after->value(u"filed_on"_s).toDate();
        const bool late = due.isValid() && ((status == u"pending" && filed > due) || (status == u"delivered" && closed > due));
        if (status != u"rejected" && !late)
            return makeError(ErrorCode::InputRejected,
                             tr("%1 was neither rejected nor late (due %2); only such an application may be appealed.")
                                 .arg(application, Dates::display(due)));
        after->insert(u"application_no"_s, application);  // as the register writes it
        const QString level = after->value(u"level"_s).toString();
        const bool second = level == u"second";
        auto same = book.scalar(u"SELECT number FROM appeals WHERE application_no = ? AND level = ? AND number <> ?"
                                " AND is_current = 1 AND cancelled = 0 LIMIT 1"_s,
                                {application, level, before ? before->number : QString()});
        if (!same)
            return same.error();
        if (same.value().isValid())
            return makeError(ErrorCode::InputRejected, tr("%1 already has this appeal: %2.").arg(application, same.value().toString()));
        if (second) {
            auto first = book.scalar(u"SELECT 1 FROM appeals WHERE application_no = ? AND level = 'first'"
                                     " AND outcome <> 'pending' AND is_current = 1 AND cancelled = 0 LIMIT 1"_s,
                                     {application});
            if (!first)
                return first.error();
            if (!first.value().isValid())
                return makeError(ErrorCode::InputRejected,
                                 tr("A second appeal follows a decided first appeal; %1 has none.").arg(application));
        }
        if (after->value(u"appellant_name"_s).toString().trimmed().isEmpty())
            after->insert(u"appellant_name"_s, app.value().value(4).toString());
        if (after->value(u"appellate_officer"_s).toString().trimmed().isEmpty())
            after->insert(u"appellate_officer"_s, app.value().value(second ? 6 : 5).toString());
        return {};
    }

    static bool overdue(const Entry &appeal, const QDate &today)
    {
        return !appeal.cancelled && appeal.text(u"outcome"_s) == u"pending" && appeal.date(u"due_on"_s) < today;
    }
};

RegisterDef makeAppeals()
{
    RegisterDef d;
    d.id = u"appeals"_s;
    d.table = u"appeals"_s;
    d.prefix = u"APL"_s;
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Appeals");
    d.dateKey = u"filed_on"_s;
    d.numberKey = u"number"_s;
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                text("application_no", QT_TRANSLATE_NOOP("gd::Fields", "Application number"), true),
                of("filed_on", QT_TRANSLATE_NOOP("gd::Fields", "Filed on"), FieldKind::Date, true),
                choice("level", QT_TRANSLATE_NOOP("gd::Fields", "Appeal"),
                       {{u"first"_s, QT_TRANSLATE_NOOP("gd::Fields", "first appeal")},
                        {u"second"_s, QT_TRANSLATE_NOOP("gd::Fields", "second appeal")}},
                       true, "first"),
                text("appellant_name", QT_TRANSLATE_NOOP("gd::Fields", "Appellant"), false, true),
                text("appellate_officer", QT_TRANSLATE_NOOP("gd::Fields", "Appellate officer"), false, true),
                of("grounds", QT_TRANSLATE_NOOP("gd::Fields", "Grounds of appeal"), FieldKind::LongText),
                future(of("hearing_on", QT_TRANSLATE_NOOP("gd::Fields", "Hearing on"), FieldKind::Date)),
                source(future(of("due_on", QT_TRANSLATE_NOOP("gd::Fields", "To be decided by"), FieldKind::Date)), S::Computed),
                choice("outcome", QT_TRANSLATE_NOOP("gd::Fields", "Outcome"),
                       {{u"pending"_s, QT_TRANSLATE_NOOP("gd::Fields", "pending")},
                        {u"allowed"_s, QT_TRANSLATE_NOOP("gd::Fields", "allowed")},
                        {u"dismissed"_s, QT_TRANSLATE_NOOP("gd::Fields", "dismissed")},
                        {u"remanded"_s, QT_TRANSLATE_NOOP("gd::Fields", "remanded")}},
                       false, "pending"),
                of("order_on", QT_TRANSLATE_NOOP("gd::Fields", "Order dated"), FieldKind::Date),
                of("order_text", QT_TRANSLATE_NOOP("gd::Fields", "Order"), FieldKind::LongText)};
    d.statuses = {{u"pending"_s, QT_TRANSLATE_NOOP("gd::Fields", "Pending"), u"cancelled = 0 AND outcome = 'pending'"_s},
                  {u"overdue"_s, QT_TRANSLATE_NOOP("gd::Fields", "Overdue"),
                   u"cancelled = 0 AND outcome = 'pending' AND due_on < ?"_s},
                  {u"decided"_s, QT_TRANSLATE_NOOP("gd::Fields", "Decided"), u"cancelled = 0 AND outcome <> 'pending'"_s},
                  {u"cancelled"_s, QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), u"cancelled = 1"_s}};
    d.textKeys = {u"number"_s, u"application_no"_s, u"appellant_name"_s, u"appellate_officer"_s, u"grounds"_s};
    d.rules.check = &Rules::check;
    d.rules.checkWrite = &Rules::checkWrite;
    d.rules.overdue = &Rules::overdue;
    d.area = PageArea::FrontOffice;
    d.listKeys = {u"number"_s,     u"filed_on"_s, u"application_no"_s, u"appellant_name"_s, u"level"_s,
                  u"appellate_officer"_s, u"hearing_on"_s, u"due_on"_s, u"outcome"_s, u"order_on"_s};
    d.formKeys = {u"application_no"_s, u"filed_on"_s, u"level"_s, u"appellant_name"_s, u"appellate_officer"_s,
                  u"grounds"_s, u"hearing_on"_s};
    return d;
}

}  // namespace

const RegisterDef &Registers::appeals()
{
    static const RegisterDef d = makeAppeals();
    return d;
}

}  // namespace gd
