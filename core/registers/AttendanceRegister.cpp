// Staff attendance as a module (उपस्थिति रजिस्टर): one entry per person per working day.

#include "Attendance.h"
#include "RegisterParts.h"
#include "../storage/Book.h"

using namespace Qt::StringLiterals;

namespace gd {

namespace {

using namespace regparts;
using K = AttendanceKeys;

class Rules {
    Q_DECLARE_TR_FUNCTIONS(gd::Attendance)
public:
    // Only working days count; times go with a day in the office, and a departure follows the arrival.
    static QList<FieldProblem> check(const RegisterDef &, QVariantMap &values, const Charter &charter, const Entry *)
    {
        QList<FieldProblem> problems;
        const QDate date = values.value(K::date).toDate();
        if (date.isValid() && !charter.calendar.isWorkingDay(date))
            problems += {K::date, tr("%1 is not a working day (a holiday or the weekly off); only working days are marked")
                                      .arg(date.toString(u"dd-MM-yyyy"_s))};
        const bool timed = values.value(K::arrival).toTime().isValid() || values.value(K::departure).toTime().isValid();
        if (timed && values.value(K::mark).toString() != u"present")
            problems += {K::arrival, tr("arrival and departure are kept for a day in the office; clear them, or mark present")};
        const QTime in = values.value(K::arrival).toTime();
        const QTime out = values.value(K::departure).toTime();
        if (in.isValid() && out.isValid() && out < in)
            problems += {K::departure, tr("the departure is before the arrival")};
        return problems;
    }

    // The person is on the staff list; one entry per person a day.
    static Status checkWrite(Book &book, QVariantMap *after, const Entry *before)
    {
        if (!after)
            return {};
        const QString code = after->value(K::person).toString().trimmed().toUpper();
        auto person = book.exec(u"SELECT name_hi FROM people WHERE code = ? AND \"group\" = 'staff'"_s, {code});
        if (!person)
            return person.error();
        if (!person.value().next())
            return makeError(ErrorCode::InputRejected,
                             tr("%1 is not on the staff list; add the person in Staff and ward members first.").arg(code));
        after->insert(K::person, code);
        after->insert(K::personName, person.value().value(0).toString());
        auto same = book.scalar(u"SELECT number FROM attendance WHERE person_code = ? AND date = ? AND number <> ?"
                                " AND is_current = 1 AND cancelled = 0 LIMIT 1"_s,
                                {code, after->value(K::date).toDate().toString(Qt::ISODate), before ? before->number : QString()});
        if (!same)
            return same.error();
        if (same.value().isValid())
            return makeError(ErrorCode::InputRejected, tr("%1 is already marked for %2 (%3); correct that entry instead.")
                                                           .arg(code, after->value(K::date).toDate().toString(u"dd-MM-yyyy"_s),
                                                                same.value().toString()));
        return {};
    }
};

// A sheet typed from the paper register writes P, A, CL, ML, EL, T, TR, BM.
FieldDef withAliases(FieldDef f)
{
    for (const Attendance::Mark &m : Attendance::marks())
        f.choiceAliases += QString::fromLatin1(m.letter);
    return f;
}

RegisterDef makeAttendance()
{
    QList<Choice> marks;
    for (const Attendance::Mark &m : Attendance::marks())
        marks += {QString::fromLatin1(m.code), nullptr};
    marks[0].label = QT_TRANSLATE_NOOP("gd::Fields", "present");
    marks[1].label = QT_TRANSLATE_NOOP("gd::Fields", "absent");
    marks[2].label = QT_TRANSLATE_NOOP("gd::Fields", "casual leave");
    marks[3].label = QT_TRANSLATE_NOOP("gd::Fields", "medical leave");
    marks[4].label = QT_TRANSLATE_NOOP("gd::Fields", "earned leave");
    marks[5].label = QT_TRANSLATE_NOOP("gd::Fields", "on tour");
    marks[6].label = QT_TRANSLATE_NOOP("gd::Fields", "training");
    marks[7].label = QT_TRANSLATE_NOOP("gd::Fields", "meeting at the block");
    RegisterDef d;
    d.id = u"attendance"_s;
    d.table = u"attendance"_s;
    d.prefix = u"ATT"_s;
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Attendance register");
    d.dateKey = K::date;
    d.numberKey = u"number"_s;
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("date", QT_TRANSLATE_NOOP("gd::Fields", "Date"), FieldKind::Date, true),
                of("person_code", QT_TRANSLATE_NOOP("gd::Fields", "Staff code"), FieldKind::Code, true),
                source(text("person_name", QT_TRANSLATE_NOOP("gd::Fields", "Name")), S::Computed),
                withAliases(choice("mark", QT_TRANSLATE_NOOP("gd::Fields", "Attendance"), marks, true)),
                of("arrival", QT_TRANSLATE_NOOP("gd::Fields", "Arrived at"), FieldKind::Time),
                of("departure", QT_TRANSLATE_NOOP("gd::Fields", "Left at"), FieldKind::Time),
                text("remarks", QT_TRANSLATE_NOOP("gd::Fields", "Remarks"))};
    d.statuses = {{u"absent"_s, QT_TRANSLATE_NOOP("gd::Fields", "Absent"), u"cancelled = 0 AND mark = 'absent'"_s},
                  {u"leave"_s, QT_TRANSLATE_NOOP("gd::Fields", "On leave"), u"cancelled = 0 AND mark LIKE '%leave'"_s},
                  {u"duty"_s, QT_TRANSLATE_NOOP("gd::Fields", "On duty outside"),
                   u"cancelled = 0 AND mark IN ('tour','training','block_meeting')"_s},
                  {u"cancelled"_s, QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), u"cancelled = 1"_s}};
    d.textKeys = {u"number"_s, u"person_code"_s, u"person_name"_s, u"remarks"_s};
    d.rules.check = &Rules::check;
    d.rules.checkWrite = &Rules::checkWrite;
    d.listKeys = {u"date"_s, u"person_code"_s, u"person_name"_s, u"mark"_s, u"arrival"_s, u"departure"_s, u"remarks"_s};
    d.formKeys = {u"date"_s, u"person_code"_s, u"mark"_s, u"arrival"_s, u"departure"_s, u"remarks"_s};
    return d;
}

}  // namespace

const RegisterDef &Registers::attendance()
{
    static const RegisterDef d = makeAttendance();
    return d;
}

}  // namespace gd
