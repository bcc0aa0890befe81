#pragma once
// A notice's rules by its kind: a meeting notice names the day, time, venue and agenda of a meeting that has not
// yet been held when the notice is issued; a public notice has its text; a tender notice its work, cost and
// dates (tenders opened after they are received). Also the rules of the two lists printed for the notice board:
// the people of the office and the emergency numbers.

#include "Registers.h"

#include <QVariantMap>

namespace gd {

class Notices {
    Q_DECLARE_TR_FUNCTIONS(gd::Notices)
public:
    static QList<FieldProblem> check(QVariantMap &values);
    // Whom a person reports to is someone on the list, never the person, and never someone who reports to the
    // person (the organisation chart is a tree).
    static QList<FieldProblem> checkPerson(const MasterStore &store, QVariantMap &values);
    // A number that can be dialled.
    static QList<FieldProblem> checkEmergencyNumber(const MasterStore &store, QVariantMap &values);
};

}  // namespace gd
