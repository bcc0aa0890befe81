#include "Meetings.h"

#include "../Dates.h"
#include "../storage/Book.h"
#include "FrontOffice.h"

namespace gd {

namespace {

QString s(const char *latin)
{
    return QString::fromLatin1(latin);
}

}  // namespace

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
    const QString kind = values.value(s("kind")).toString();
    const int members = values.value(s("members")).toInt();
    const int present = values.value(s("present")).toInt();
    if (present > members)
        problems += {s("present"), tr("more present (%1) than members (%2)").arg(present).arg(members)};
    const QDate held = values.value(s("held_on")).toDate();
    const QDate notice = values.value(s("notice_on")).toDate();
    if (notice.isValid() && notice > held)
        problems += {s("notice_on"), tr("the notice is given before the meeting (%1)").arg(Dates::display(held))};
    const bool committee = !values.value(s("committee")).toString().isEmpty();
    if (kind == u"committee" && !committee)
        problems += {s("committee"), tr("say which committee met")};
    if (kind != u"committee" && committee)
        problems += {s("committee"), tr("only a committee meeting names a committee; leave this empty")};
    const bool session = !values.value(s("session")).toString().isEmpty();
    if (kind == u"gram_sabha" && !session)
        problems += {s("session"), tr("say which Gram Sabha this was: Kharif, Rabi or special")};
    if (kind != u"gram_sabha" && session)
        problems += {s("session"), tr("only a Gram Sabha has a session; leave this empty")};
    const int q = quorum(kind, members);
    values.insert(s("quorum"), q >= 0 ? QVariant(q) : QVariant());
    values.insert(s("quorum_met"), q >= 0 ? (present >= q ? s("yes") : s("no")) : QString());
    return problems;
}

QList<FieldProblem> Meetings::checkAction(QVariantMap &values)
{
    QList<FieldProblem> problems;
    values.insert(s("meeting_no"), values.value(s("meeting_no")).toString().trimmed().toUpper());
    const QDate decided = values.value(s("decided_on")).toDate();
    for (const char *key : {"due_on", "done_on"}) {
        const QDate d = values.value(s(key)).toDate();
        if (d.isValid() && d < decided)
            problems += {s(key), tr("this is before the action was decided (%1)").arg(Dates::display(decided))};
    }
    return problems;
}

Status Meetings::checkWrite(Book &book, QVariantMap *after)
{
    if (!after)
        return {};
    const QString number = after->value(s("meeting_no")).toString();
    auto meeting = EntryStore(book, Registers::meetings()).current(number);
    if (!meeting || meeting.value().cancelled)
        return makeError(ErrorCode::InputRejected, tr("Meeting number: there is no meeting %1 in the meetings register.").arg(number));
    const QDate held = meeting.value().date(s("held_on"));
    if (after->value(s("decided_on")).toDate() < held)
        return makeError(ErrorCode::InputRejected,
                         tr("Decided on: meeting %1 was held on %2; its actions are decided then or later.")
                             .arg(number, Dates::display(held)));
    return {};
}

Result<Entry> Meetings::done(Book &book, const User &by, const Entry &action, const QDate &on)
{
    if (action.date(s("done_on")).isValid())
        return makeError(ErrorCode::InputRejected,
                         tr("%1 was done on %2 already.").arg(action.number, Dates::display(action.date(s("done_on")))));
    QVariantMap v = action.values;
    v.insert(s("done_on"), on);
    return FrontOffice(book).update(by, Registers::meetingActions(), action, v, s("update"), tr("done"));
}

}  // namespace gd
