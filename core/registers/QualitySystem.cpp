#include "QualitySystem.h"

#include "base/Dates.h"
#include "base/Text.h"
#include "../storage/Book.h"
#include "Masters.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace gd {

namespace {

// A date that must not lie before another of the same record.
void notBefore(QList<FieldProblem> &problems, const QVariantMap &values, const char *key, const char *earlier,
               const QString &message)
{
    const QDate d = values.value(QString::fromLatin1(key)).toDate();
    const QDate e = values.value(QString::fromLatin1(earlier)).toDate();
    if (d.isValid() && e.isValid() && d < e)
        problems += {QString::fromLatin1(key), message.arg(Dates::display(e))};
}

bool filled(const QVariantMap &values, const char *key)
{
    return !text::normalized(values.value(QString::fromLatin1(key)).toString()).isEmpty();
}

}  // namespace

QList<FieldProblem> QualitySystem::checkPolicy(QVariantMap &values)
{
    QList<FieldProblem> problems;
    notBefore(problems, values, "review_on", "adopted_on", tr("the review comes after the policy is adopted (%1)"));
    return problems;
}

bool QualitySystem::isRating(const QString &measure)
{
    return measure == u"behaviour_rating" || measure == u"service_time_rating";
}

bool QualitySystem::isPercent(const QString &measure)
{
    return !isRating(measure) && measure != u"manual";
}

QList<FieldProblem> QualitySystem::checkObjective(QVariantMap &values)
{
    QList<FieldProblem> problems;
    const QString measure = values.value(u"measure"_s).toString();
    const qint64 target = values.value(u"target"_s).toLongLong();  // thousandths
    if (isPercent(measure) && target > 100000)
        problems += {u"target"_s, tr("a share is at most 100 (per cent)")};
    if (isRating(measure) && (target < 1000 || target > 5000))
        problems += {u"target"_s, tr("a rating target lies between 1 and 5")};
    const bool value = !values.value(u"measured_value"_s).isNull();
    const bool on = values.value(u"measured_on"_s).toDate().isValid();
    if (measure != u"manual" && (value || on))
        problems += {u"measured_value"_s, tr("GramDesk measures this objective from the registers; leave the value and "
                                             "its date empty, or choose \"measured by the office\"")};
    if (measure == u"manual" && value != on)
        problems += {u"measured_on"_s, tr("a value measured by the office needs the date it was measured, and a date needs "
                                          "the value")};
    return problems;
}

QList<FieldProblem> QualitySystem::checkTraining(QVariantMap &values)
{
    QList<FieldProblem> problems;
    QStringList names;
    QSet<QString> seen;
    for (const QString &line : values.value(u"attendees"_s).toString().split(u'\n')) {
        const QString name = text::normalized(line.simplified());  // "  Ramesh   Kumar " is "Ramesh Kumar"
        if (name.isEmpty())
            continue;
        if (seen.contains(name.toCaseFolded())) {
            problems += {u"attendees"_s, tr("%1 is listed twice").arg(name)};
            continue;
        }
        seen.insert(name.toCaseFolded());
        names += name;
    }
    if (names.isEmpty())
        problems += {u"attendees"_s, tr("write who attended, one name per line")};
    values.insert(u"attendees"_s, names.join(u'\n'));
    values.insert(u"attendee_count"_s, int(names.size()));
    const QVariant hours = values.value(u"hours"_s);
    if (!hours.isNull() && (hours.toLongLong() <= 0 || hours.toLongLong() > 200000))
        problems += {u"hours"_s, tr("a training lasts more than 0 and at most 200 hours")};
    return problems;
}

QList<FieldProblem> QualitySystem::checkSurvey(QVariantMap &values)
{
    QList<FieldProblem> problems;
    const qint64 asked = values.value(u"respondents"_s).toLongLong();
    const qint64 satisfied = values.value(u"satisfied"_s).toLongLong();
    if (satisfied > asked)
        problems += {u"satisfied"_s, tr("more satisfied (%1) than citizens asked (%2)").arg(satisfied).arg(asked)};
    // Kept in thousandths (a quantity) rounded to hundredths of a per cent: 6 of 7 → 85.71.
    const Hundredths pct = Hundredths::ratio(satisfied, asked);
    values.insert(u"satisfied_pct"_s, pct.value ? QVariant::fromValue<qint64>(*pct.value * 10) : QVariant());
    return problems;
}

QList<FieldProblem> QualitySystem::checkFinding(QVariantMap &values)
{
    QList<FieldProblem> problems;
    const QString type = values.value(u"type"_s).toString();
    const bool nonconformity = type == u"major" || type == u"minor";
    const bool done = values.value(u"done_on"_s).toDate().isValid();
    const bool verified = values.value(u"verified_on"_s).toDate().isValid();
    notBefore(problems, values, "due_on", "found_on", tr("this is before the finding (%1)"));
    notBefore(problems, values, "done_on", "found_on", tr("this is before the finding (%1)"));
    notBefore(problems, values, "verified_on", "done_on", tr("an action is verified after it is done (%1)"));
    if (done && !filled(values, "action"))
        problems += {u"action"_s, tr("write the action taken before giving the date it was done")};
    if (nonconformity && done && !filled(values, "cause"))
        problems += {u"cause"_s, tr("a nonconformity's action follows from its cause; write the root cause")};
    if (nonconformity && filled(values, "action") && (!filled(values, "owner") || !values.value(u"due_on"_s).toDate().isValid()))
        problems += {u"owner"_s, tr("a corrective action needs an owner and a due date")};
    if (verified && !done)
        problems += {u"verified_on"_s, tr("only an action that was done can be verified; give the date it was done")};
    if (verified != filled(values, "verified_by") || verified != filled(values, "effective"))
        problems += {u"verified_by"_s, tr("a verification needs its date, who verified and whether the action worked")};
    if (verified && filled(values, "owner")
        && text::normalized(values.value(u"verified_by"_s).toString()).toCaseFolded()
               == text::normalized(values.value(u"owner"_s).toString()).toCaseFolded())
        problems += {u"verified_by"_s, tr("the action is verified by someone other than its owner")};
    const bool effective = values.value(u"effective"_s).toString() == u"yes";
    QString status = u"open"_s;
    if (verified && effective)
        status = u"closed"_s;
    else if (done && !verified)
        status = nonconformity ? u"to_verify"_s : u"closed"_s;  // an observation's action needs no verification
    values.insert(u"status"_s, status);
    return problems;
}

namespace {

// Citizens asked and satisfied in the surveys completed within [from, to].
Result<QPair<qint64, qint64>> surveyTotals(const Book &book, const QDate &from, const QDate &to)
{
    auto q = book.exec(QString::fromLatin1("SELECT coalesce(sum(satisfied), 0), coalesce(sum(respondents), 0) FROM surveys WHERE is_current = 1"
                         " AND cancelled = 0 AND done_on BETWEEN ? AND ?"),
                       {Dates::iso(from), Dates::iso(to)});
    if (!q)
        return q.error();
    QPair<qint64, qint64> totals{0, 0};
    if (q.value().next())
        totals = {q.value().value(0).toLongLong(), q.value().value(1).toLongLong()};
    return totals;
}

// An objective's value from the period's figures, which the monthly report defines (CONTRACTS.md).
QualitySystem::Measured measureFrom(const QVariantMap &objective, const MonthlyReport &r, const QPair<qint64, qint64> &survey,
                                    const QDate &to)
{
    const QString measure = objective.value(u"measure"_s).toString();
    const qint64 target = objective.value(u"target"_s).toLongLong();  // thousandths
    const bool atMost = objective.value(u"comparison"_s).toString() == u"at_most";
    QualitySystem::Measured m;
    if (measure == u"manual") {
        // Measured by the office: the value it entered last, if that was on or before the period's end.
        const QDate on = objective.value(u"measured_on"_s).toDate();
        const QVariant value = objective.value(u"measured_value"_s);
        if (value.isNull() || !on.isValid() || on > to)
            return m;
        const qint64 v = value.toLongLong();
        m.value.value = (v + 5) / 10;
        m.counted = 1;
        m.met = atMost ? v <= target : v >= target;
        return m;
    }
    const qint64 vital = r.vitalEvents.births + r.vitalEvents.deaths + r.vitalEvents.stillBirths;
    if (measure == u"services_in_time")
        m = {r.applications.inTimePct, r.applications.delivered, {}};
    else if (measure == u"complaints_in_time")
        m = {r.complaints.inTimePct, r.complaints.disposed, {}};
    else if (measure == u"feedback_share")
        m = {Hundredths::ratio(r.visitors.withFeedback, r.visitors.count), r.visitors.count, {}};
    else if (measure == u"behaviour_rating")
        m = {r.visitors.avgBehaviourRating, r.visitors.withFeedback, {}};
    else if (measure == u"service_time_rating")
        m = {r.visitors.avgServiceTimeRating, r.visitors.withFeedback, {}};
    else if (measure == u"vital_on_time")
        m = {Hundredths::ratio(r.vitalEvents.onTime, vital), vital, {}};
    else if (measure == u"survey_satisfaction")
        m = {Hundredths::ratio(survey.first, survey.second), survey.second, {}};
    if (m.value.value) {
        const qint64 v = *m.value.value * 10;  // hundredths → thousandths, to compare with the target
        m.met = atMost ? v <= target : v >= target;
    }
    return m;
}

}  // namespace

Result<QualitySystem::Measured> QualitySystem::measure(const QVariantMap &objective, const QDate &from, const QDate &to) const
{
    auto one = measure(QList<QVariantMap>{objective}, from, to);
    if (!one)
        return one.error();
    return one.value().first();
}

Result<QList<QualitySystem::Measured>> QualitySystem::measure(const QList<QVariantMap> &objectives, const QDate &from,
                                                              const QDate &to) const
{
    auto report = MonthlyReport::computePeriod(m_book, from, to);
    if (!report)
        return report.error();
    auto survey = surveyTotals(m_book, from, to);
    if (!survey)
        return survey.error();
    QList<Measured> out;
    for (const QVariantMap &objective : objectives)
        out += measureFrom(objective, report.value(), survey.value(), to);
    return out;
}

Result<QList<QualitySystem::Objective>> QualitySystem::objectives(const QDate &from, const QDate &to) const
{
    auto rows = MasterStore(const_cast<Book &>(m_book), Registers::qualityObjectives()).list();
    if (!rows)
        return rows.error();
    QList<QVariantMap> inUse;
    for (const QVariantMap &row : rows.value())
        if (row.value(u"active"_s).toString() != u"no")
            inUse += row;
    auto measured = measure(inUse, from, to);
    if (!measured)
        return measured.error();
    QList<Objective> out;
    for (qsizetype i = 0; i < inUse.size(); ++i)
        out += Objective{inUse.at(i), measured.value().at(i)};
    return out;
}

Result<std::optional<Entry>> QualitySystem::policy(const QDate &on) const
{
    auto found = EntryStore(const_cast<Book &>(m_book), Registers::qualityPolicy())
                     .currentWhere(u"cancelled = 0 AND adopted_on <= ?"_s, {Dates::iso(on)}, u"adopted_on DESC, id DESC"_s);
    if (!found)
        return found.error();
    if (found.value().isEmpty())
        return std::optional<Entry>();
    return std::optional<Entry>(found.value().first());
}

Result<QList<QVariantMap>> QualitySystem::roles() const
{
    auto rows = MasterStore(const_cast<Book &>(m_book), Registers::qualityRoles()).list();
    if (!rows)
        return rows.error();
    QList<QVariantMap> out;
    for (const QVariantMap &row : rows.value())
        if (row.value(u"active"_s).toString() != u"no")
            out += row;
    return out;
}

Result<QList<Entry>> QualitySystem::entriesBetween(const RegisterDef &def, const QDate &from, const QDate &to) const
{
    const QString date = def.dateKey;
    return EntryStore(const_cast<Book &>(m_book), def)
        .currentWhere(QString::fromLatin1("cancelled = 0 AND \"%1\" BETWEEN ? AND ?").arg(date), {Dates::iso(from), Dates::iso(to)},
                      QString::fromLatin1("\"%1\", id").arg(date));
}

Result<qint64> QualitySystem::countBetween(const RegisterDef &def, const QDate &from, const QDate &to) const
{
    auto q = m_book.exec(QString::fromLatin1("SELECT count(*) FROM %1 WHERE is_current = 1 AND cancelled = 0 AND \"%2\" BETWEEN ? AND ?")
                             .arg(def.table, def.dateKey),
                         {Dates::iso(from), Dates::iso(to)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QList<Entry>> QualitySystem::openFindings() const
{
    return EntryStore(const_cast<Book &>(m_book), Registers::auditFindings())
        .currentWhere(u"cancelled = 0 AND status <> 'closed'"_s, {}, u"found_on, id"_s);
}

}  // namespace gd
