#include "FrontOffice.h"

#include "base/Dates.h"
#include "office/Roles.h"
#include "base/Text.h"
#include "../storage/Book.h"
#include "EntryService.h"
#include "FrontOfficeRegisters.h"

using namespace Qt::StringLiterals;

namespace gd {

FrontOffice::FrontOffice(Book &book) : m_book(book) {}

bool FrontOffice::isOverdue(const Entry &entry, const QDate &today)
{
    // An application's and a complaint's status and due date have the same keys.
    const QString status = entry.text(ApplicationKeys::status);
    const bool open = frontoffice::applicationOpen(status) || frontoffice::complaintOpen(status);
    return !entry.cancelled && open && entry.date(ApplicationKeys::dueOn).isValid() && entry.date(ApplicationKeys::dueOn) < today;
}

Result<Entry> FrontOffice::visitorLeaves(const User &by, const Entry &visitor, const QTime &timeOut,
                                         const QVariant &timeRating, const QVariant &behaviourRating,
                                         const QString &suggestion, const QString &outcome)
{
    if (visitor.value(VisitorKeys::timeOut).toTime().isValid())
        return makeError(ErrorCode::InputRejected, tr("%1 has already left at %2.")
                                                       .arg(visitor.text(VisitorKeys::name),
                                                            visitor.value(VisitorKeys::timeOut).toTime().toString(u"HH:mm"_s)));
    QVariantMap v = visitor.values;
    v.insert(VisitorKeys::timeOut, timeOut);
    v.insert(VisitorKeys::timeRating, timeRating);
    v.insert(VisitorKeys::behaviourRating, behaviourRating);
    v.insert(VisitorKeys::suggestion, suggestion);
    if (!outcome.isEmpty())
        v.insert(VisitorKeys::outcome, outcome);
    return EntryService(m_book).update(by, Registers::visitors(), visitor, v, QStringLiteral("update"), tr("visitor left"));
}

Result<Entry> FrontOffice::linkVisitor(const User &by, const Entry &visitor, const QString &reference)
{
    QVariantMap v = visitor.values;
    v.insert(VisitorKeys::outcomeRef, reference);
    if (v.value(VisitorKeys::outcome).toString().isEmpty())
        v.insert(VisitorKeys::outcome, QStringLiteral("pending"));
    return EntryService(m_book).update(by, Registers::visitors(), visitor, v, QStringLiteral("update"), tr("recorded as %1").arg(reference));
}

Result<Entry> FrontOffice::closeApplication(const User &by, const Entry &application, const QString &status,
                                            const QDate &date, const QString &remarks)
{
    if (application.text(ApplicationKeys::status) != u"pending")
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is already closed. To change it, correct the entry with a reason.").arg(application.number));
    if (status != u"delivered" && status != u"rejected")
        return makeError(ErrorCode::InputRejected, tr("An application is closed as delivered or rejected."));
    if (status == u"rejected" && text::normalized(remarks).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write why the application is rejected; the applicant is told."));
    QVariantMap v = application.values;
    v.insert(ApplicationKeys::status, status);
    v.insert(ApplicationKeys::closedOn, date);
    if (!text::normalized(remarks).isEmpty())
        v.insert(ApplicationKeys::remarks, remarks);
    return EntryService(m_book).update(by, Registers::applications(), application, v, QStringLiteral("update"),
                  Fields::choiceLabel(*Registers::applications().field(ApplicationKeys::status), status));
}

Result<Entry> FrontOffice::actOnComplaint(const User &by, const Entry &complaint, const ComplaintAction &action)
{
    if (frontoffice::complaintClosed(complaint.text(ComplaintKeys::status)))
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is closed. Reopen it first, with a reason.").arg(complaint.number));
    const bool closing = frontoffice::complaintClosed(action.status);
    if ((action.status == u"rejected" || action.status == u"transferred") && text::normalized(action.actionTaken).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write the reason (rejected) or where it went (transferred)."));
    if (action.status == u"interim_reply" && text::normalized(action.interimReply).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write the interim reply given to the complainant."));
    QVariantMap v = complaint.values;
    v.insert(ComplaintKeys::status, action.status);
    v.insert(ComplaintKeys::disposedOn, closing ? QVariant(action.date) : QVariant());
    if (!text::normalized(action.actionTaken).isEmpty())
        v.insert(ComplaintKeys::actionTaken, action.actionTaken);
    if (!text::normalized(action.interimReply).isEmpty())
        v.insert(ComplaintKeys::interimReply, action.interimReply);
    if (action.replySentOn.isValid())
        v.insert(ComplaintKeys::replySentOn, action.replySentOn);
    if (!action.markedTo.isEmpty())
        v.insert(ComplaintKeys::markedTo, action.markedTo);
    v.insert(ComplaintKeys::satisfied, closing ? action.satisfied : QString());
    return EntryService(m_book).update(by, Registers::complaints(), complaint, v, QStringLiteral("update"),
                  Fields::choiceLabel(*Registers::complaints().field(ComplaintKeys::status), action.status));
}

Result<Entry> FrontOffice::reopenComplaint(const User &by, const Entry &complaint, const QString &reason)
{
    if (!frontoffice::complaintClosed(complaint.text(ComplaintKeys::status)))
        return makeError(ErrorCode::InputRejected, tr("%1 is still open.").arg(complaint.number));
    if (text::normalized(reason).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write why the complaint is reopened."));
    QVariantMap v = complaint.values;
    v.insert(ComplaintKeys::status, QStringLiteral("in_progress"));
    v.insert(ComplaintKeys::disposedOn, QVariant());
    v.insert(ComplaintKeys::satisfied, QString());
    return EntryService(m_book).update(by, Registers::complaints(), complaint, v, QStringLiteral("reopen"), reason);
}

Result<Entry> FrontOffice::escalateComplaint(const User &by, const Entry &complaint, const QString &to, const QDate &on)
{
    if (text::normalized(to).isEmpty() || !on.isValid())
        return makeError(ErrorCode::InputRejected, tr("Give to whom the complaint is escalated and the date."));
    QVariantMap v = complaint.values;
    v.insert(ComplaintKeys::escalatedTo, to);
    v.insert(ComplaintKeys::escalatedOn, on);
    return EntryService(m_book).update(by, Registers::complaints(), complaint, v, QStringLiteral("update"), tr("escalated to %1").arg(to));
}

Result<QList<Entry>> FrontOffice::appealsOf(const Entry &application) const
{
    return EntryStore(m_book, Registers::appeals()).currentWhere(u"application_no = ? AND cancelled = 0"_s, {application.number},
                                                     u"filed_on, id"_s);
}

}  // namespace gd
