#include "Meetings.h"

#include "base/Dates.h"
#include "../storage/Book.h"
#include "EntryService.h"

using namespace Qt::StringLiterals;

namespace gd {

int Meetings::quorum(const QString &kind, int members)
{
    if (kind == u"gram_sabha")
        return (members + 4) / 5;
    if (kind == u"gp" || kind == u"committee")
        return (members + 2) / 3;
    return -1;
}

QList<FieldProblem> Meetings::checkMeeting(QVariantMap &values)
{
    QList<FieldProblem> problems;
    const QString kind = values.value(u"kind"_s).toString();
    const int members = values.value(u"members"_s).toInt();
    const int present = values.value(u"present"_s).toInt();
    if (present > members)
        problems += {u"present"_s, tr("more present (%1) than members (%2)").arg(present).arg(members)};
    const QDate held = values.value(u"held_on"_s).toDate();
    const QDate notice = values.value(u"notice_on"_s).toDate();
    if (notice.isValid() && notice > held)
        problems += {u"notice_on"_s, tr("the notice is given before the meeting (%1)").arg(Dates::display(held))};
    const bool committee = !values.value(u"committee"_s).toString().isEmpty();
    if (kind == u"committee" && !committee)
        problems += {u"committee"_s, tr("say which committee met")};
    if (kind != u"committee" && committee)
        problems += {u"committee"_s, tr("only a committee meeting names a committee; leave this empty")};
    const bool session = !values.value(u"session"_s).toString().isEmpty();
    if (kind == u"gram_sabha" && !session)
        problems += {u"session"_s, tr("say which Gram Sabha this was: Kharif, Rabi or special")};
    if (kind != u"gram_sabha" && session)
        problems += {u"session"_s, tr("only a Gram Sabha has a session; leave this empty")};
    const int q = quorum(kind, members);
    values.insert(u"quorum"_s, q >= 0 ? QVariant(q) : QVariant());
    values.insert(u"quorum_met"_s, q >= 0 ? (present >= q ? u"yes"_s : u"no"_s) : QString());
    return problems;
}

QList<FieldProblem> Meetings::checkAction(QVariantMap &values)
{
    QList<FieldProblem> problems;
    values.insert(u"meeting_no"_s, values.value(u"meeting_no"_s).toString().trimmed().toUpper());
    const QDate decided = values.value(u"decided_on"_s).toDate();
    for (const char *key : {"due_on", "done_on"}) {
        const QDate d = values.value(QString::fromLatin1(key)).toDate();
        if (d.isValid() && d < decided)
            problems += {QString::fromLatin1(key), tr("this is before the action was decided (%1)").arg(Dates::display(decided))};
    }
    return problems;
}

Status Meetings::checkWrite(Book &book, QVariantMap *after)
{
    if (!after)
        return {};
    const QString number = after->value(u"meeting_no"_s).toString();
    auto meeting = EntryStore(book, Registers::meetings()).current(number);
    if (!meeting || meeting.value().cancelled)
        return makeError(ErrorCode::InputRejected, tr("Meeting number: there is no meeting %1 in the meetings register.").arg(number));
    const QDate held = meeting.value().date(u"held_on"_s);
    if (after->value(u"decided_on"_s).toDate() < held)
        return makeError(ErrorCode::InputRejected,
                         tr("Decided on: meeting %1 was held on %2; its actions are decided then or later.")
                             .arg(number, Dates::display(held)));
    return {};
}

Result<Entry> Meetings::done(Book &book, const User &by, const Entry &action, const QDate &on)
{
    if (action.date(u"done_on"_s).isValid())
        return makeError(ErrorCode::InputRejected,
                         tr("%1 was done on %2 already.").arg(action.number, Dates::display(action.date(u"done_on"_s))));
    QVariantMap v = action.values;
    v.insert(u"done_on"_s, on);
    return EntryService(book).update(by, Registers::meetingActions(), action, v, u"update"_s, tr("done"));
}

}  // namespace gd
