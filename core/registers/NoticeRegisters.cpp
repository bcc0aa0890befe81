// What the office shows the public: the notice register (every notice it issues, kept with its number and date so
// that any can be printed again), its people (staff, the Pradhan and ward members, for the board and the
// organisation chart) and the emergency numbers on its wall.
#include "RegisterParts.h"
#include "Notices.h"

namespace gd {

namespace {

using namespace regparts;

RegisterDef makeNotices()
{
    RegisterDef d;
    d.id = QStringLiteral("notices");
    d.table = QStringLiteral("notices");
    d.prefix = QStringLiteral("NTC");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Notice register");
    d.dateKey = QStringLiteral("issued_on");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("issued_on", QT_TRANSLATE_NOOP("gd::Fields", "Issued on"), FieldKind::Date, true),
                choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Notice"),
                       {{QStringLiteral("gram_sabha"), QT_TRANSLATE_NOOP("gd::Fields", "Gram Sabha meeting")},
                        {QStringLiteral("gp_meeting"), QT_TRANSLATE_NOOP("gd::Fields", "Gram Panchayat meeting")},
                        {QStringLiteral("public"), QT_TRANSLATE_NOOP("gd::Fields", "public notice")},
                        {QStringLiteral("tender"), QT_TRANSLATE_NOOP("gd::Fields", "tender notice")}},
                       true, "public"),
                text("subject", QT_TRANSLATE_NOOP("gd::Fields", "Subject"), true, true),
                future(of("meeting_on", QT_TRANSLATE_NOOP("gd::Fields", "Meeting on"), FieldKind::Date)),
                of("meeting_time", QT_TRANSLATE_NOOP("gd::Fields", "Meeting at (time)"), FieldKind::Time),
                text("venue", QT_TRANSLATE_NOOP("gd::Fields", "Venue"), false, true),
                of("agenda", QT_TRANSLATE_NOOP("gd::Fields", "Agenda (one item per line)"), FieldKind::LongText),
                of("body", QT_TRANSLATE_NOOP("gd::Fields", "Text of the notice"), FieldKind::LongText),
                text("work", QT_TRANSLATE_NOOP("gd::Fields", "Work tendered"), false, true),
                of("estimated_cost", QT_TRANSLATE_NOOP("gd::Fields", "Estimated cost"), FieldKind::Money),
                of("earnest_money", QT_TRANSLATE_NOOP("gd::Fields", "Earnest money"), FieldKind::Money),
                future(of("last_date", QT_TRANSLATE_NOOP("gd::Fields", "Tenders received until"), FieldKind::Date)),
                future(of("opening_date", QT_TRANSLATE_NOOP("gd::Fields", "Tenders opened on"), FieldKind::Date)),
                text("issued_by", QT_TRANSLATE_NOOP("gd::Fields", "Issued by"), false, true)};
    d.statuses = {{QStringLiteral("gram_sabha"), QT_TRANSLATE_NOOP("gd::Fields", "Gram Sabha meetings"),
                   QStringLiteral("cancelled = 0 AND kind = 'gram_sabha'")},
                  {QStringLiteral("gp_meeting"), QT_TRANSLATE_NOOP("gd::Fields", "Gram Panchayat meetings"),
                   QStringLiteral("cancelled = 0 AND kind = 'gp_meeting'")},
                  {QStringLiteral("public"), QT_TRANSLATE_NOOP("gd::Fields", "Public notices"),
                   QStringLiteral("cancelled = 0 AND kind = 'public'")},
                  {QStringLiteral("tender"), QT_TRANSLATE_NOOP("gd::Fields", "Tender notices"),
                   QStringLiteral("cancelled = 0 AND kind = 'tender'")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("subject"), QStringLiteral("venue"), QStringLiteral("work"),
                  QStringLiteral("body")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &, const Entry *) {
        return Notices::check(values);
    };
    d.listKeys = {QStringLiteral("number"), QStringLiteral("issued_on"), QStringLiteral("kind"),
                  QStringLiteral("subject"), QStringLiteral("meeting_on"), QStringLiteral("meeting_time"),
                  QStringLiteral("venue"), QStringLiteral("work"), QStringLiteral("last_date"),
                  QStringLiteral("issued_by")};
    d.formKeys = {QStringLiteral("kind"), QStringLiteral("issued_on"), QStringLiteral("subject"),
                  QStringLiteral("meeting_on"), QStringLiteral("meeting_time"), QStringLiteral("venue"),
                  QStringLiteral("agenda"), QStringLiteral("body"), QStringLiteral("work"),
                  QStringLiteral("estimated_cost"), QStringLiteral("earnest_money"), QStringLiteral("last_date"),
                  QStringLiteral("opening_date"), QStringLiteral("issued_by")};
    d.workLists = {QStringLiteral("gram_sabha"), QStringLiteral("gp_meeting"), QStringLiteral("tender")};
    return d;
}

RegisterDef makePeople()
{
    RegisterDef d;
    d.id = QStringLiteral("people");
    d.table = QStringLiteral("people");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Staff and ward members");
    d.keyKey = QStringLiteral("code");
    d.fields = {of("code", QT_TRANSLATE_NOOP("gd::Fields", "Code"), FieldKind::Code, true),
                text("name_hi", QT_TRANSLATE_NOOP("gd::Fields", "Name (Hindi)"), true),
                text("name_en", QT_TRANSLATE_NOOP("gd::Fields", "Name (English)")),
                choice("group", QT_TRANSLATE_NOOP("gd::Fields", "Group"),
                       {{QStringLiteral("elected"), QT_TRANSLATE_NOOP("gd::Fields", "elected representative")},
                        {QStringLiteral("staff"), QT_TRANSLATE_NOOP("gd::Fields", "staff")}},
                       true, "staff"),
                text("designation_hi", QT_TRANSLATE_NOOP("gd::Fields", "Designation (Hindi)"), true, true),
                text("designation_en", QT_TRANSLATE_NOOP("gd::Fields", "Designation (English)"), false, true),
                text("ward", QT_TRANSLATE_NOOP("gd::Fields", "Ward")),
                of("mobile", QT_TRANSLATE_NOOP("gd::Fields", "Mobile"), FieldKind::Mobile),
                of("reports_to", QT_TRANSLATE_NOOP("gd::Fields", "Reports to (code)"), FieldKind::Code),
                integer("position", QT_TRANSLATE_NOOP("gd::Fields", "Order on the board"), 1, 999, false),
                active()};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en"), QStringLiteral("designation_hi")};
    d.rules.checkRow = &Notices::checkPerson;
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "The Pradhan, the ward members and the staff, with whom each reports to: the board of "
                               "representatives and staff and the organisation chart are printed from here.");
    d.area = PageArea::Masters;
    return d;
}

RegisterDef makeEmergencyNumbers()
{
    RegisterDef d;
    d.id = QStringLiteral("emergency-numbers");
    d.table = QStringLiteral("emergency_numbers");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Emergency numbers");
    d.keyKey = QStringLiteral("code");
    d.fields = codeAndNames(false);
    d.fields += {text("number", QT_TRANSLATE_NOOP("gd::Fields", "Telephone number"), true),
                 integer("position", QT_TRANSLATE_NOOP("gd::Fields", "Order on the sheet"), 1, 999, false), active()};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en"), QStringLiteral("number")};
    d.rules.checkRow = &Notices::checkEmergencyNumber;
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "The emergency and helpline numbers the office displays, in the order they are printed.");
    d.area = PageArea::Masters;
    return d;
}

}  // namespace

const RegisterDef &Registers::people()
{
    static const RegisterDef d = makePeople();
    return d;
}

const RegisterDef &Registers::emergencyNumbers()
{
    static const RegisterDef d = makeEmergencyNumbers();
    return d;
}

const RegisterDef &Registers::notices()
{
    static const RegisterDef d = makeNotices();
    return d;
}

}  // namespace gd
