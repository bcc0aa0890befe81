#include "QualitySystem.h"

#include "../Dates.h"
#include "../Text.h"
#include "../storage/Book.h"
#include "Masters.h"

#include <QSet>

namespace gd {

namespace {

QString s(const char *latin)
{
    return QString::fromLatin1(latin);
}

// A date that must not lie before another of the same record.
void notBefore(QList<FieldProblem> &problems, const QVariantMap &values, const char *key, const char *earlier,
               const QString &message)
{
    const QDate d = values.value(s(key)).toDate();
    const QDate e = values.value(s(earlier)).toDate();
    if (d.isValid() && e.isValid() && d < e)
        problems += {s(key), message.arg(Dates::display(e))};
}

bool filled(const QVariantMap &values, const char *key)
{
    return !text::normalized(values.value(s(key)).toString()).isEmpty();
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
    const QString measure = values.value(s("measure")).toString();
    const qint64 target = values.value(s("target")).toLongLong();  // thousandths
    if (isPercent(measure) && target > 100000)
        problems += {s("target"), tr("a share is at most 100 (per cent)")};
    if (isRating(measure) && (target < 1000 || target > 5000))
        problems += {s("target"), tr("a rating target lies between 1 and 5")};
    const bool value = !values.value(s("measured_value")).isNull();
    const bool on = values.value(s("measured_on")).toDate().isValid();
    if (measure != u"manual" && (value || on))
        problems += {s("measured_value"), tr("GramDesk measures this objective from the registers; leave the value and "
                                             "its date empty, or choose \"measured by the office\"")};
    if (measure == u"manual" && value != on)
        problems += {s("measured_on"), tr("a value measured by the office needs the date it was measured, and a date needs "
                                          "the value")};
    return problems;
}

QList<FieldProblem> QualitySystem::checkTraining(QVariantMap &values)
{
    QList<FieldProblem> problems;
    QStringList names;
    QSet<QString> seen;
    for (const QString &line : values.value(s("attendees")).toString().split(u'\n')) {
        const QString name = text::normalized(line.simplified());  // "  Ramesh   Kumar " is "Ramesh Kumar"
        if (name.isEmpty())
            continue;
        if (seen.contains(name.toCaseFolded())) {
            problems += {s("attendees"), tr("%1 is listed twice").arg(name)};
            continue;
        }
        seen.insert(name.toCaseFolded());
        names += name;
    }
    if (names.isEmpty())
        problems += {s("attendees"), tr("write who attended, one name per line")};
    values.insert(s("attendees"), names.join(u'\n'));
    values.insert(s("attendee_count"), int(names.size()));
    const QVariant hours = values.value(s("hours"));
    if (!hours.isNull() && (hours.toLongLong() <= 0 || hours.toLongLong() > 200000))
        problems += {s("hours"), tr("a training lasts more than 0 and at most 200 hours")};
    return problems;
}

QList<FieldProblem> QualitySystem::checkSurvey(QVariantMap &values)
{
    QList<FieldProblem> problems;
    const qint64 asked = values.value(s("respondents")).toLongLong();
    const qint64 satisfied = values.value(s("satisfied")).toLongLong();
    if (satisfied > asked)
        problems += {s("satisfied"), tr("more satisfied (%1) than citizens asked (%2)").arg(satisfied).arg(asked)};
    // Kept in thousandths (a quantity) rounded to hundredths of a per cent: 6 of 7 → 85.71.
    const Hundredths pct = Hundredths::ratio(satisfied, asked);
    values.insert(s("satisfied_pct"), pct.value ? QVariant::fromValue<qint64>(*pct.value * 10) : QVariant());
    return problems;
}

QList<FieldProblem> QualitySystem::checkFinding(QVariantMap &values)
{
    QList<FieldProblem> problems;
    const QString type = values.value(s("type")).toString();
    const bool nonconformity = type == u"major" || type == u"minor";
    const bool done = values.value(s("done_on")).toDate().isValid();
    const bool verified = values.value(s("verified_on")).toDate().isValid();
    notBefore(problems, values, "due_on", "found_on", tr("this is before the finding (%1)"));
    notBefore(problems, values, "done_on", "found_on", tr("this is before the finding (%1)"));
    notBefore(problems, values, "verified_on", "done_on", tr("an action is verified after it is done (%1)"));
    if (done && !filled(values, "action"))
        problems += {s("action"), tr("write the action taken before giving the date it was done")};
    if (nonconformity && done && !filled(values, "cause"))
        problems += {s("cause"), tr("a nonconformity's action follows from its cause; write the root cause")};
    if (nonconformity && filled(values, "action") && (!filled(values, "owner") || !values.value(s("due_on")).toDate().isValid()))
        problems += {s("owner"), tr("a corrective action needs an owner and a due date")};
    if (verified && !done)
        problems += {s("verified_on"), tr("only an action that was done can be verified; give the date it was done")};
    if (verified != filled(values, "verified_by") || verified != filled(values, "effective"))
        problems += {s("verified_by"), tr("a verification needs its date, who verified and whether the action worked")};
    if (verified && filled(values, "owner")
        && text::normalized(values.value(s("verified_by")).toString()).toCaseFolded()
               == text::normalized(values.value(s("owner")).toString()).toCaseFolded())
        problems += {s("verified_by"), tr("the action is verified by someone other than its owner")};
    const bool effective = values.value(s("effective")).toString() == u"yes";
    QString status = s("open");
    if (verified && effective)
        status = s("closed");
    else if (done && !verified)
        status = nonconformity ? s("to_verify") : s("closed");  // an observation's action needs no verification
    values.insert(s("status"), status);
    return problems;
}

Result<QualitySystem::Measured> QualitySystem::measure(const QVariantMap &objective, const QDate &from, const QDate &to) const
{
    const QString measure = objective.value(s("measure")).toString();
    const QString a = Dates::iso(from);
    const QString z = Dates::iso(to);
    Measured m;
    qint64 numerator = 0;
    qint64 scale = 100;
    // The same definitions as the monthly report (CONTRACTS.md), over the period.
    QString sql;
    QVariantList bindings{a, z};
    if (measure == u"services_in_time") {
        sql = s("SELECT coalesce(sum(closed_on <= due_on), 0), count(*) FROM applications WHERE is_current = 1"
                " AND cancelled = 0 AND status = 'delivered' AND closed_on BETWEEN ? AND ?");
    } else if (measure == u"complaints_in_time") {
        sql = s("SELECT coalesce(sum(disposed_on <= due_on), 0), count(*) FROM complaints WHERE is_current = 1"
                " AND cancelled = 0 AND status IN ('disposed','rejected','transferred') AND disposed_on BETWEEN ? AND ?");
    } else if (measure == u"feedback_share") {
        sql = s("SELECT coalesce(sum(service_time_rating IS NOT NULL AND behaviour_rating IS NOT NULL), 0), count(*)"
                " FROM visitors WHERE is_current = 1 AND cancelled = 0 AND \"date\" BETWEEN ? AND ?");
    } else if (isRating(measure)) {
        const QString column = measure == u"behaviour_rating" ? s("behaviour_rating") : s("service_time_rating");
        sql = s("SELECT coalesce(sum(%1), 0), count(*) FROM visitors WHERE is_current = 1 AND cancelled = 0"
                " AND \"date\" BETWEEN ? AND ? AND service_time_rating IS NOT NULL AND behaviour_rating IS NOT NULL")
                  .arg(column);
        scale = 1;
    } else if (measure == u"vital_on_time") {
        sql = s("SELECT coalesce(sum(delay_category = 'on_time'), 0), count(*) FROM vital_events WHERE is_current = 1"
                " AND cancelled = 0 AND reported_on BETWEEN ? AND ?");
    } else if (measure == u"survey_satisfaction") {
        sql = s("SELECT coalesce(sum(satisfied), 0), coalesce(sum(respondents), 0) FROM surveys WHERE is_current = 1"
                " AND cancelled = 0 AND done_on BETWEEN ? AND ?");
    }
    const qint64 target = objective.value(s("target")).toLongLong();  // thousandths
    const bool atMost = objective.value(s("comparison")).toString() == u"at_most";
    if (sql.isEmpty()) {
        // Measured by the office: the value it entered last, if that was on or before the period's end.
        const QDate on = objective.value(s("measured_on")).toDate();
        const QVariant value = objective.value(s("measured_value"));
        if (value.isNull() || !on.isValid() || on > to)
            return m;
        const qint64 v = value.toLongLong();
        m.value.value = (v + 5) / 10;
        m.counted = 1;
        m.met = atMost ? v <= target : v >= target;
        return m;
    }
    auto q = m_book.exec(sql, bindings);
    if (!q)
        return q.error();
    if (q.value().next()) {
        numerator = q.value().value(0).toLongLong();
        m.counted = q.value().value(1).toLongLong();
    }
    m.value = Hundredths::ratio(numerator, m.counted, scale);
    if (m.value.value) {
        const qint64 v = *m.value.value * 10;  // hundredths → thousandths, to compare with the target
        m.met = atMost ? v <= target : v >= target;
    }
    return m;
}

Result<QList<QualitySystem::Objective>> QualitySystem::objectives(const QDate &from, const QDate &to) const
{
    auto rows = MasterStore(const_cast<Book &>(m_book), Registers::qualityObjectives()).list();
    if (!rows)
        return rows.error();
    QList<Objective> out;
    for (const QVariantMap &row : rows.value()) {
        if (row.value(s("active")).toString() == u"no")
            continue;
        auto m = measure(row, from, to);
        if (!m)
            return m.error();
        out += Objective{row, m.value()};
    }
    return out;
}

Result<std::optional<Entry>> QualitySystem::policy(const QDate &on) const
{
    auto found = EntryStore(const_cast<Book &>(m_book), Registers::qualityPolicy())
                     .currentWhere(s("cancelled = 0 AND adopted_on <= ?"), {Dates::iso(on)}, s("adopted_on DESC, id DESC"));
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
        if (row.value(s("active")).toString() != u"no")
            out += row;
    return out;
}

Result<QList<Entry>> QualitySystem::entriesBetween(const RegisterDef &def, const QDate &from, const QDate &to) const
{
    const QString date = def.dateKey;
    return EntryStore(const_cast<Book &>(m_book), def)
        .currentWhere(s("cancelled = 0 AND \"%1\" BETWEEN ? AND ?").arg(date), {Dates::iso(from), Dates::iso(to)},
                      s("\"%1\", id").arg(date));
}

Result<qint64> QualitySystem::countBetween(const RegisterDef &def, const QDate &from, const QDate &to) const
{
    auto q = m_book.exec(s("SELECT count(*) FROM %1 WHERE is_current = 1 AND cancelled = 0 AND \"%2\" BETWEEN ? AND ?")
                             .arg(def.table, def.dateKey),
                         {Dates::iso(from), Dates::iso(to)});
    if (!q)
        return q.error();
    return q.value().next() ? q.value().value(0).toLongLong() : 0;
}

Result<QList<Entry>> QualitySystem::openFindings() const
{
    return EntryStore(const_cast<Book &>(m_book), Registers::auditFindings())
        .currentWhere(s("cancelled = 0 AND status <> 'closed'"), {}, s("found_on, id"));
}

}  // namespace gd
