#pragma once
// The front office's registers as modules: the keys of their fields, and the statuses that count as open,
// written once for the SQL of the filter bar and reports and for the C++ of the actions.

#include "Registers.h"

namespace gd {

// The keys of the visitor register's fields (in the manner of KeePassXC's EntryAttributes::TitleKey).
struct VisitorKeys {
    static inline const QString number = QStringLiteral("number");
    static inline const QString date = QStringLiteral("date");
    static inline const QString timeIn = QStringLiteral("time_in");
    static inline const QString timeOut = QStringLiteral("time_out");
    static inline const QString name = QStringLiteral("name");
    static inline const QString purpose = QStringLiteral("purpose");
    static inline const QString serviceCode = QStringLiteral("service_code");
    static inline const QString outcome = QStringLiteral("outcome");
    static inline const QString outcomeRef = QStringLiteral("outcome_ref");
    static inline const QString timeRating = QStringLiteral("service_time_rating");
    static inline const QString behaviourRating = QStringLiteral("behaviour_rating");
    static inline const QString suggestion = QStringLiteral("suggestion");
};

struct ApplicationKeys {
    static inline const QString number = QStringLiteral("application_no");
    static inline const QString serviceCode = QStringLiteral("service_code");
    static inline const QString receivedOn = QStringLiteral("received_on");
    static inline const QString status = QStringLiteral("status");
    static inline const QString closedOn = QStringLiteral("closed_on");
    static inline const QString remarks = QStringLiteral("remarks");
    static inline const QString dueOn = QStringLiteral("due_on");
    static inline const QString fee = QStringLiteral("fee");
};

struct ComplaintKeys {
    static inline const QString number = QStringLiteral("complaint_no");
    static inline const QString receivedOn = QStringLiteral("received_on");
    static inline const QString mode = QStringLiteral("mode");
    static inline const QString portalRef = QStringLiteral("portal_ref");
    static inline const QString categoryCode = QStringLiteral("category_code");
    static inline const QString markedTo = QStringLiteral("marked_to");
    static inline const QString status = QStringLiteral("status");
    static inline const QString disposedOn = QStringLiteral("disposed_on");
    static inline const QString actionTaken = QStringLiteral("action_taken");
    static inline const QString satisfied = QStringLiteral("satisfied");
    static inline const QString interimReply = QStringLiteral("interim_reply");
    static inline const QString replySentOn = QStringLiteral("reply_sent_on");
    static inline const QString escalatedTo = QStringLiteral("escalated_to");
    static inline const QString escalatedOn = QStringLiteral("escalated_on");
    static inline const QString dueOn = QStringLiteral("due_on");
};

namespace frontoffice {

// An application is open while pending; a complaint while received, in progress or answered in the interim.
bool applicationOpen(const QString &status);
bool complaintOpen(const QString &status);
bool complaintClosed(const QString &status);  // disposed, rejected or transferred
// The same as SQL over the register's `status` column: "status IN ('received','in_progress','interim_reply')".
QString complaintOpenSql();
QString complaintClosedSql();

}  // namespace frontoffice

}  // namespace gd
