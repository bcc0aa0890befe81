#pragma once
// The meetings register's rules: quorum from the members and who came, the committee or Gram Sabha session a
// meeting needs, and action items that belong to a meeting held.

#include "office/Users.h"
#include "EntryStore.h"

namespace gd {

class Meetings {
    Q_DECLARE_TR_FUNCTIONS(gd::Meetings)
public:
    // Gram Sabha: one fifth of its members (UP); the GP and its committees: one third; rounded up. A social
    // audit, drill or review has none (-1).
    static int quorum(const QString &kind, int members);
    static QList<FieldProblem> checkMeeting(QVariantMap &values);
    static QList<FieldProblem> checkAction(QVariantMap &values);
    // An action item's meeting exists and was held on or before the action was decided.
    static Status checkWrite(Book &book, QVariantMap *after);
    // Marks an action item done on `on`.
    static Result<Entry> done(Book &book, const User &by, const Entry &action, const QDate &on);
};

}  // namespace gd
