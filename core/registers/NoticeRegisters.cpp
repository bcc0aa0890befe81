// The notice register: every notice the office issues (Gram Sabha and GP meetings, public notices, tenders), kept
// with its number and date so that any can be printed again.
#include "RegisterParts.h"

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
    return d;
}

}  // namespace

const RegisterDef &Registers::notices()
{
    static const RegisterDef d = makeNotices();
    return d;
}

}  // namespace gd
