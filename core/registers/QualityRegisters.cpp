// The quality system's registers: the Annexure-2 readiness tracker.
#include "RegisterParts.h"

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

}  // namespace

const RegisterDef &Registers::readinessItems()
{
    static const RegisterDef d = makeReadinessItems();
    return d;
}

}  // namespace gd
