#include "Attendance.h"

#include "EntryService.h"
#include "base/Dates.h"
#include "../storage/Book.h"

using namespace Qt::StringLiterals;

namespace gd {

using K = AttendanceKeys;

Attendance::Attendance(Book &book) : m_book(book) {}

const QList<Attendance::Mark> &Attendance::marks()
{
    static const QList<Mark> list = {{"present", u'P', QT_TRANSLATE_NOOP("gd::Attendance", "P")},
                                     {"absent", u'A', QT_TRANSLATE_NOOP("gd::Attendance", "A")},
                                     {"casual_leave", u'L', QT_TRANSLATE_NOOP("gd::Attendance", "CL")},
                                     {"medical_leave", u'M', QT_TRANSLATE_NOOP("gd::Attendance", "ML")},
                                     {"earned_leave", u'E', QT_TRANSLATE_NOOP("gd::Attendance", "EL")},
                                     {"tour", u'T', QT_TRANSLATE_NOOP("gd::Attendance", "T")},
                                     {"training", u'R', QT_TRANSLATE_NOOP("gd::Attendance", "TR")},
                                     {"block_meeting", u'B', QT_TRANSLATE_NOOP("gd::Attendance", "BM")}};
    return list;
}

QString Attendance::markOfKey(QChar key)
{
    for (const Mark &m : marks())
        if (m.key == key.toUpper())
            return QString::fromLatin1(m.code);
    return {};
}

bool Attendance::isLeave(const QString &mark)
{
    return mark.endsWith(u"_leave");
}

bool Attendance::isDuty(const QString &mark)
{
    return mark == u"tour" || mark == u"training" || mark == u"block_meeting";
}

Result<QList<Attendance::Person>> Attendance::staff() const
{
    auto q = m_book.exec(u"SELECT code, name_hi, name_en, designation_hi, designation_en FROM people"
                         " WHERE \"group\" = 'staff' AND active = 'yes' ORDER BY coalesce(position, 999), code"_s);
    if (!q)
        return q.error();
    QList<Person> out;
    while (q.value().next())
        out += Person{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString(),
                      q.value().value(3).toString(), q.value().value(4).toString()};
    return out;
}

Result<QHash<QString, Entry>> Attendance::day(const QDate &date) const
{
    auto entries = EntryStore(m_book, Registers::attendance())
                       .currentWhere(u"cancelled = 0 AND date = ?"_s, {date.toString(Qt::ISODate)});
    if (!entries)
        return entries.error();
    QHash<QString, Entry> out;
    for (const Entry &e : entries.value())
        out.insert(e.text(K::person), e);
    return out;
}

Result<Entry> Attendance::mark(const User &by, const QDate &date, const QString &person, const QString &mark,
                               const QTime &arrival, const QTime &departure)
{
    auto today = day(date);
    if (!today)
        return today.error();
    const auto time = [](const QTime &t) { return t.isValid() ? QVariant(t) : QVariant(); };
    QVariantMap v{{K::date, date}, {K::person, person}, {K::mark, mark}, {K::arrival, time(arrival)}, {K::departure, time(departure)}};
    const auto existing = today.value().constFind(person.toUpper());
    if (existing == today.value().cend())
        return EntryService(m_book).add(by, Registers::attendance(), v);
    const Entry &base = existing.value();
    if (base.text(K::mark) == mark && base.value(K::arrival).toTime() == arrival && base.value(K::departure).toTime() == departure)
        return base;
    v.insert(K::remarks, base.value(K::remarks));
    const FieldDef &field = *Registers::attendance().field(K::mark);
    return EntryService(m_book).correct(by, Registers::attendance(), base, v,
                                        tr("Marked again on the day's sheet: %1 → %2")
                                            .arg(Fields::choiceLabel(field, base.text(K::mark)), Fields::choiceLabel(field, mark)));
}

Result<QList<Attendance::Row>> Attendance::totals(const QDate &from, const QDate &to, QList<QDate> *workingDays) const
{
    auto people = staff();
    if (!people)
        return people.error();
    auto charter = Charter::load(m_book);
    if (!charter)
        return charter.error();
    QList<QDate> days;
    for (QDate d = from; d <= to; d = d.addDays(1))
        if (charter.value().calendar.isWorkingDay(d))
            days += d;
    auto entries = EntryStore(m_book, Registers::attendance())
                       .currentWhere(u"cancelled = 0 AND date BETWEEN ? AND ?"_s,
                                     {from.toString(Qt::ISODate), to.toString(Qt::ISODate)}, u"date, id"_s);
    if (!entries)
        return entries.error();
    QHash<QString, int> index;
    QList<Row> rows;
    for (const Person &p : people.value()) {
        index.insert(p.code, int(rows.size()));
        rows += Row{p, {}, {}, 0};
    }
    QHash<QString, QSet<QDate>> marked;
    for (const Entry &e : entries.value()) {
        const auto it = index.constFind(e.text(K::person));
        if (it == index.cend())
            continue;  // someone no longer on the staff list
        Row &row = rows[it.value()];
        const QDate date = e.date(K::date);
        row.marks.insert(date.day(), e.text(K::mark));
        row.totals[e.text(K::mark)] += 1;
        marked[row.person.code].insert(date);
    }
    for (Row &row : rows)
        for (const QDate &d : days)
            row.unmarked += marked.value(row.person.code).contains(d) ? 0 : 1;
    if (workingDays)
        *workingDays = days;
    return rows;
}

Result<Attendance::MonthSheet> Attendance::month(const QDate &first) const
{
    MonthSheet sheet;
    sheet.first = QDate(first.year(), first.month(), 1);
    const QDate last = sheet.first.addMonths(1).addDays(-1);
    auto rows = totals(sheet.first, last, &sheet.workingDays);
    if (!rows)
        return rows.error();
    sheet.rows = rows.value();
    return sheet;
}

Result<QList<Attendance::Row>> Attendance::totalsBetween(const QDate &from, const QDate &to, qint64 *workingDays) const
{
    QList<QDate> days;
    auto rows = totals(from, to, &days);
    if (rows && workingDays)
        *workingDays = days.size();
    return rows;
}

Result<QList<Attendance::Row>> Attendance::year(int year) const
{
    return totals(QDate(year, 1, 1), QDate(year, 12, 31), nullptr);
}

}  // namespace gd
