#pragma once
// The front office's actions: a visitor leaving, an application closed, a complaint acted on, reopened or
// escalated; each a new version written through EntryService.

#include "EntryStore.h"
#include "Masters.h"

namespace gd {

class FrontOffice {
    Q_DECLARE_TR_FUNCTIONS(gd::FrontOffice)
public:
    explicit FrontOffice(Book &book);

    // The visitor leaves: time out, the two ratings (1–5, or empty if the visitor would not say) and a suggestion.
    Result<Entry> visitorLeaves(const User &by, const Entry &visitor, const QTime &timeOut, const QVariant &timeRating,
                                const QVariant &behaviourRating, const QString &suggestion,
                                const QString &outcome = {});
    // Records the application or complaint a visit produced.
    Result<Entry> linkVisitor(const User &by, const Entry &visitor, const QString &reference);
    // Delivered or rejected on `date`.
    Result<Entry> closeApplication(const User &by, const Entry &application, const QString &status, const QDate &date,
                                   const QString &remarks);

    struct ComplaintAction {
        QString status;        // in_progress, interim_reply, disposed, rejected, transferred
        QDate date;            // disposal date for the last three
        QString actionTaken;
        QString interimReply;
        QDate replySentOn;
        QString satisfied;     // yes, no or empty
        QString markedTo;
    };
    Result<Entry> actOnComplaint(const User &by, const Entry &complaint, const ComplaintAction &action);
    Result<Entry> reopenComplaint(const User &by, const Entry &complaint, const QString &reason);
    Result<Entry> escalateComplaint(const User &by, const Entry &complaint, const QString &to, const QDate &on);

    // The appeals against an application, oldest first (cancelled ones left out).
    Result<QList<Entry>> appealsOf(const Entry &application) const;

    // Applications pending on `day` whose due date is `day` (dueToday) or before it (overdue).
    static bool isOverdue(const Entry &entry, const QDate &today);

private:
    Book &m_book;
};

}  // namespace gd
