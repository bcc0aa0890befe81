#include "AuditPackFigures.h"
#include "registers/Procedures.h"

#include "registers/EntryStore.h"
#include "registers/Masters.h"
#include "storage/Book.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd {

namespace {

// The registers the pack sums up over the period, in its order.
QList<const RegisterDef *> summedUp()
{
    return {&Registers::visitors(),  &Registers::applications(),   &Registers::complaints(), &Registers::vitalEvents(),
            &Registers::cashEntries(), &Registers::stockMoves(),   &Registers::files(),      &Registers::fileMovements(),
            &Registers::meetings(),   &Registers::meetingActions(), &Registers::risks(),      &Registers::trainings(),
            &Registers::surveys(),    &Registers::auditFindings()};
}

QJsonValue number(const Hundredths &h)
{
    return h.value ? QJsonValue(double(*h.value) / 100.0) : QJsonValue();
}

// A whole-number field summed over entries.
qint64 total(const QList<Entry> &entries, const QString &key)
{
    qint64 n = 0;
    for (const Entry &e : entries)
        n += e.value(key).toLongLong();
    return n;
}

QJsonValue maybe(const std::optional<bool> &b)
{
    return b ? QJsonValue(*b) : QJsonValue();
}

}  // namespace

Result<AuditPackFigures> AuditPackFigures::compute(Book &book, const QDate &from, const QDate &to, const QDate &today)
{
    AuditPackFigures f;
    f.from = from;
    f.to = to;
    f.today = today;
    auto office = OfficeProfile(book).load();
    if (!office)
        return office.error();
    f.office = office.value();

    Readiness readiness(book);
    auto items = readiness.items(to);
    if (!items)
        return items.error();
    f.items = items.value();
    f.score = Readiness::score(f.items);
    auto next = readiness.nextStep(today);
    if (!next)
        return next.error();
    f.nextStep = next.value();

    QualitySystem qs(book);
    auto policy = qs.policy(to);
    if (!policy)
        return policy.error();
    f.policy = policy.value();
    auto objectives = qs.objectives(from, to);
    if (!objectives)
        return objectives.error();
    f.objectives = objectives.value();
    auto roles = qs.roles();
    if (!roles)
        return roles.error();
    f.roles = roles.value();
    Procedures procedures(book);
    auto versions = procedures.masterList();
    if (!versions)
        return versions.error();
    f.procedures = versions.value();
    auto files = procedures.fileNames();
    if (!files)
        return files.error();
    f.procedureFiles = files.value();

    // Photos with their bytes, scans and other documents by name.
    for (const ReadinessItem &i : std::as_const(f.items)) {
        if (!i.evidence)
            continue;
        auto list = readiness.evidence(i.code());
        if (!list)
            return list.error();
        for (const ReadinessEvidence &e : list.value()) {
            Evidence ev{i.code(), e, {}};
            if (e.mime.startsWith(u"image/")) {
                auto data = readiness.evidenceData(e.id);
                if (!data)
                    return data.error();
                ev.image = data.value();
            }
            f.evidence.append(ev);
        }
    }

    auto steps = MasterStore(book, Registers::certificationSteps()).list();
    if (!steps)
        return steps.error();
    f.steps = steps.value();
    std::stable_sort(f.steps.begin(), f.steps.end(), [](const QVariantMap &a, const QVariantMap &b) {
        return a.value(u"step"_s).toInt() < b.value(u"step"_s).toInt();
    });

    for (auto [def, list] : {std::pair{&Registers::meetings(), &f.meetings}, std::pair{&Registers::trainings(), &f.trainings},
                             std::pair{&Registers::surveys(), &f.surveys},
                             std::pair{&Registers::auditFindings(), &f.findingsInPeriod}}) {
        auto entries = qs.entriesBetween(*def, from, to);
        if (!entries)
            return entries.error();
        *list = entries.value();
    }
    EntryStore actions(book, Registers::meetingActions());
    auto open = actions.currentWhere(u"cancelled = 0 AND done_on IS NULL"_s, {}, u"due_on IS NULL, due_on, id"_s);
    if (!open)
        return open.error();
    f.openActions = open.value();
    // The lists the action items page shows (open; open and past the due date).
    EntryFilter openOnes, overdueOnes;
    openOnes.status = u"open"_s;
    overdueOnes.status = u"overdue"_s;
    auto openNow = actions.count(openOnes);
    if (!openNow)
        return openNow.error();
    auto overdueNow = actions.count(overdueOnes);
    if (!overdueNow)
        return overdueNow.error();
    f.openActionsNow = openNow.value();
    f.overdueActionsNow = overdueNow.value();

    auto findings = qs.openFindings();
    if (!findings)
        return findings.error();
    f.openFindings = findings.value();
    auto risks = EntryStore(book, Registers::risks()).currentWhere(u"cancelled = 0 AND status <> 'closed'"_s, {},
                                                                   u"score DESC, identified_on, id"_s);
    if (!risks)
        return risks.error();
    f.openRisks = risks.value();

    auto period = MonthlyReport::computePeriod(book, from, to);
    if (!period)
        return period.error();
    f.period = period.value();
    for (const RegisterDef *def : summedUp()) {
        auto count = qs.countBetween(*def, from, to);
        if (!count)
            return count.error();
        f.entries.append({def->id, count.value()});
    }
    return f;
}

QHash<QString, qint64> AuditPackFigures::meetingsByKind() const
{
    QHash<QString, qint64> kinds;
    for (const Entry &e : meetings)
        ++kinds[e.text(u"kind"_s)];
    return kinds;
}

qint64 AuditPackFigures::attendances() const
{
    return total(trainings, u"attendee_count"_s);
}

qint64 AuditPackFigures::asked() const
{
    return total(surveys, u"respondents"_s);
}

qint64 AuditPackFigures::satisfied() const
{
    return total(surveys, u"satisfied"_s);
}

qint64 AuditPackFigures::highRisks() const
{
    return std::count_if(openRisks.cbegin(), openRisks.cend(), [](const Entry &e) { return e.value(u"score"_s).toInt() >= 15; });
}

QHash<QString, qint64> AuditPackFigures::findingsByType() const
{
    QHash<QString, qint64> types;
    for (const Entry &e : findingsInPeriod)
        ++types[e.text(u"type"_s)];
    return types;
}

qint64 AuditPackFigures::findingsClosed() const
{
    return std::count_if(findingsInPeriod.cbegin(), findingsInPeriod.cend(),
                         [](const Entry &e) { return e.text(u"status"_s) == u"closed"; });
}

QByteArray AuditPackFigures::toJson() const
{
    QJsonObject o;
    o[u"schema"_s] = u"gramdesk.audit-pack/1"_s;
    o[u"office"_s] = QJsonObject{{u"name_hi"_s, office.nameHi}, {u"name_en"_s, office.nameEn}, {u"lgd_code"_s, office.lgdCode}};
    o[u"from"_s] = from.toString(Qt::ISODate);
    o[u"to"_s] = to.toString(Qt::ISODate);
    QJsonArray itemList;
    for (const ReadinessItem &i : items)
        itemList.append(QJsonObject{{u"code"_s, i.code()}, {u"status"_s, i.status()}, {u"evidence"_s, i.evidence}});
    o[u"readiness"_s] = QJsonObject{{u"score_pct"_s, number(score.pct)}, {u"done"_s, score.done},
                                    {u"applicable"_s, score.applicable}, {u"items"_s, itemList}};
    o[u"next_step"_s] = nextStep ? QJsonValue(QJsonObject{{u"step"_s, nextStep->row.value(u"step"_s).toInt()},
                                                          {u"code"_s, nextStep->row.value(u"code"_s).toString()},
                                                          {u"planned_on"_s, nextStep->row.value(u"planned_on"_s).toDate().toString(Qt::ISODate)},
                                                          {u"overdue"_s, nextStep->overdue}})
                                 : QJsonValue();
    o[u"policy"_s] = policy ? QJsonValue(QJsonObject{{u"number"_s, policy->number},
                                                     {u"adopted_on"_s, policy->date(u"adopted_on"_s).toString(Qt::ISODate)}})
                            : QJsonValue();
    QJsonArray objectiveList;
    for (const QualitySystem::Objective &ob : objectives)
        objectiveList.append(QJsonObject{{u"code"_s, ob.row.value(u"code"_s).toString()},
                                         {u"measure"_s, ob.row.value(u"measure"_s).toString()},
                                         {u"value"_s, number(ob.measured.value)},
                                         {u"counted"_s, ob.measured.counted},
                                         {u"met"_s, maybe(ob.measured.met)}});
    o[u"objectives"_s] = objectiveList;
    QJsonObject kinds;
    const QHash<QString, qint64> byKind = meetingsByKind();
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        kinds[it.key()] = it.value();
    o[u"meetings"_s] = QJsonObject{{u"held"_s, meetings.size()}, {u"by_kind"_s, kinds},
                                   {u"open_actions"_s, openActionsNow}, {u"overdue_actions"_s, overdueActionsNow}};
    o[u"trainings"_s] = QJsonObject{{u"held"_s, trainings.size()}, {u"attendances"_s, attendances()}};
    o[u"surveys"_s] = QJsonObject{{u"held"_s, surveys.size()}, {u"asked"_s, asked()}, {u"satisfied"_s, satisfied()},
                                  {u"satisfied_pct"_s, number(Hundredths::ratio(satisfied(), asked()))}};
    QJsonObject types;
    const QHash<QString, qint64> byType = findingsByType();
    for (const char *type : {"major", "minor", "observation", "improvement"})
        types[QString::fromLatin1(type)] = byType.value(QString::fromLatin1(type));
    o[u"findings"_s] = QJsonObject{{u"in_period"_s, types}, {u"closed_since"_s, findingsClosed()},
                                   {u"open_corrective_actions"_s, openFindings.size()}};
    o[u"risks"_s] = QJsonObject{{u"not_closed"_s, openRisks.size()}, {u"scoring_15_or_more"_s, highRisks()}};
    QJsonArray registerList;
    for (const auto &[id, count] : entries)
        registerList.append(QJsonObject{{u"register"_s, id}, {u"entries"_s, count}});
    o[u"registers"_s] = registerList;
    // The period in the monthly report's terms (its own schema, the period's first and last day).
    QJsonObject figures = QJsonDocument::fromJson(period.toJson()).object();
    figures.remove(u"schema"_s);
    figures.remove(u"office"_s);
    o[u"period"_s] = figures;
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

}  // namespace gd
