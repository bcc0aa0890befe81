#pragma once
// A notice's rules by its kind: a meeting notice names the day, time, venue and agenda of a meeting that has not
// yet been held when the notice is issued; a public notice has its text; a tender notice its work, cost and
// dates (tenders opened after they are received).

#include "Registers.h"

#include <QVariantMap>

namespace gd {

class Notices {
    Q_DECLARE_TR_FUNCTIONS(gd::Notices)
public:
    static QList<FieldProblem> check(QVariantMap &values);
};

}  // namespace gd
