#include "Registers.h"

#include "base/Dates.h"

namespace gd {

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

// The list of modules: every register and master, each defined in one place beside its rules.
QList<const RegisterDef *> Registers::all()
{
    return {&services(),    &holidays(),    &complaintCategories(), &visitors(),   &applications(),
            &complaints(),  &appeals(), &vitalEvents(), &familyMembers(), &familyEvents(), &attendance(), &cashAccounts(),        &cashHeads(),  &cashEntries(),
            &stockItems(),  &stockMoves(),  &fileSubjects(),        &places(),     &files(),
            &fileMovements(), &readinessItems(), &meetings(),   &meetingActions(), &certificationSteps(),
            &risks(),       &qualityPolicy(), &qualityObjectives(), &qualityRoles(), &trainings(),
            &surveys(),     &auditFindings(), &procedures(), &notices(),   &people(),          &emergencyNumbers()};
}

const RegisterDef *Registers::find(const QString &id)
{
    for (const RegisterDef *d : all())
        if (d->id == id)
            return d;
    return nullptr;
}

const RegisterDef *Registers::byTable(const QString &table)
{
    for (const RegisterDef *d : all())
        if (d->table == table)
            return d;
    return nullptr;
}

void Registers::dateNotBefore(const RegisterDef &def, const QVariantMap &values, const QString &later,
                              const QString &earlier, QList<FieldProblem> &problems)
{
    const QDate a = values.value(later).toDate();
    const QDate b = values.value(earlier).toDate();
    if (a.isValid() && b.isValid() && a < b)
        problems += {later, tr("%1 is before %2 (%3)").arg(Dates::display(a), Fields::label(*def.field(earlier)),
                                                            Dates::display(b))};
}

QString Registers::title(const RegisterDef &def)
{
    return QCoreApplication::translate("gd::Fields", def.title);
}

}  // namespace gd
