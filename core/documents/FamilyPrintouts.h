#pragma once
// The family register's printouts: the certified copy of a family (परिवार रजिस्टर की नकल) in the register's
// 12 printed columns.

#include "Document.h"
#include "office/OfficeProfile.h"
#include "registers/Family.h"

namespace gd {

// The family as on the copy's date (`rows`, FamilyRegister::asOn), with the copy's number, the application it
// answers, the fee and its receipt, who issued it and the seal block. `copy` is the copy's event in the register.
Document familyCopyDocument(const Office &office, const FamilyId &family, const QList<FamilyRegister::Row> &rows,
                            const Entry &copy, const Entry &application, const QString &issuedBy,
                            PrintLanguage language, const QDate &printedOn);

}  // namespace gd
