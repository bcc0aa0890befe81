// The monthly report's sections on the office's own registers: the family register, staff attendance, meetings,
// social audits and corrective actions.

#include "MonthlyReportParts.h"

#include "base/Dates.h"
#include "../registers/Attendance.h"
#include "../storage/Book.h"

#include <QSqlQuery>

namespace gd::monthly {

// The family register at the period's end, its events and copies of the period, and the births and deaths not
// yet carried into it.
Status familyRegisterOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto living = book.exec(QStringLiteral(
                                "SELECT count(DISTINCT village || '/' || family_no), count(*) FROM family_members"
                                " WHERE is_current = 1 AND cancelled = 0 AND coalesce(joined_on, '') <= ?"
                                " AND (left_on IS NULL OR left_on > ?)"),
                            {z, z});
    if (!living)
        return living.error();
    living.value().next();
    r.familyRegister.families = living.value().value(0).toLongLong();
    r.familyRegister.membersLiving = living.value().value(1).toLongLong();
    auto events = book.exec(QStringLiteral("SELECT kind, count(*) FROM family_events WHERE is_current = 1 AND cancelled = 0"
                                           " AND event_on BETWEEN ? AND ? GROUP BY kind"),
                            {a, z});
    if (!events)
        return events.error();
    QHash<QString, qint64> byKind;
    while (events.value().next())
        byKind.insert(events.value().value(0).toString(), events.value().value(1).toLongLong());
    r.familyRegister.events.clear();
    for (const Choice &c : Registers::familyEvents().field(QStringLiteral("kind"))->choices)
        if (c.code != u"copy")
            r.familyRegister.events += {c.code, byKind.value(c.code)};
    r.familyRegister.copiesIssued = byKind.value(QStringLiteral("copy"));
    auto waiting = book.scalar(QStringLiteral("SELECT count(*) FROM vital_events WHERE is_current = 1 AND cancelled = 0"
                                              " AND event_type IN ('birth','death') AND reported_on <= ?"
                                              " AND coalesce(family_register_updated, '') <> 'yes'"),
                               {z});
    if (!waiting)
        return waiting.error();
    r.familyRegister.notCarried = waiting.value().toLongLong();
    return {};
}

// Staff attendance of the period: each person's days by kind of mark, and the share present or on duty.
Status attendanceOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto rows = Attendance(const_cast<Book &>(book)).totalsBetween(Dates::fromIso(a), Dates::fromIso(z), &r.attendance.workingDays);
    if (!rows)
        return rows.error();
    r.attendance.staff.clear();
    qint64 atWork = 0;
    for (const Attendance::Row &row : rows.value()) {
        MonthlyReport::StaffAttendance s;
        s.code = row.person.code;
        s.name = row.person.nameHi;
        for (auto it = row.totals.cbegin(); it != row.totals.cend(); ++it) {
            if (it.key() == u"present")
                s.present += it.value();
            else if (it.key() == u"absent")
                s.absent += it.value();
            else if (Attendance::isLeave(it.key()))
                s.leave += it.value();
            else if (Attendance::isDuty(it.key()))
                s.duty += it.value();
        }
        s.unmarked = row.unmarked;
        atWork += s.present + s.duty;
        r.attendance.staff += s;
    }
    r.attendance.presentPct = Hundredths::ratio(atWork, r.attendance.workingDays * r.attendance.staff.size());
    return {};
}

// Meetings of the GP, its committees and the Gram Sabha held in the period, social audits, and the corrective
// actions of audit findings raised, closed, open and overdue.
Status meetingsOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto m = book.exec(QStringLiteral("SELECT coalesce(sum(kind = 'gp'), 0), coalesce(sum(kind = 'committee'), 0),"
                                      " coalesce(sum(kind = 'gram_sabha'), 0),"
                                      " coalesce(sum(kind IN ('gp','committee','gram_sabha') AND quorum_met = 'no'), 0),"
                                      " coalesce(sum(kind = 'social_audit'), 0)"
                                      " FROM meetings WHERE is_current = 1 AND cancelled = 0 AND held_on BETWEEN ? AND ?"),
                       {a, z});
    if (!m)
        return m.error();
    m.value().next();
    const auto v = [&](int i) { return m.value().value(i).toLongLong(); };
    r.meetings = {v(0), v(1), v(2), v(3)};
    r.socialAudits = v(4);
    auto f = book.exec(QStringLiteral("SELECT coalesce(sum(found_on BETWEEN ? AND ?), 0),"
                                      " coalesce(sum(done_on BETWEEN ? AND ?), 0),"
                                      " coalesce(sum(found_on <= ? AND (done_on IS NULL OR done_on > ?)), 0),"
                                      " coalesce(sum(found_on <= ? AND (done_on IS NULL OR done_on > ?) AND due_on < ?), 0)"
                                      " FROM audit_findings WHERE is_current = 1 AND cancelled = 0"),
                       {a, z, a, z, z, z, z, z, z});
    if (!f)
        return f.error();
    f.value().next();
    const auto w = [&](int i) { return f.value().value(i).toLongLong(); };
    r.correctiveActions = {w(0), w(1), w(2), w(3)};
    return {};
}

}  // namespace gd::monthly
