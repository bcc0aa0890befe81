#pragma once
// A day typed in a list's From or To field (dd-mm-yyyy), as the registers and the audit log read it.

#include <QDate>
#include <QStringList>

class QLineEdit;

namespace gd::ui {

// The day in `edit`: an invalid date when the field is empty. A text that is not a date is shown in red, its
// message added to `problems`, and gives an invalid date too. A two-digit year is read as of `today`.
QDate readFilterDay(QLineEdit *edit, const QDate &today, QStringList *problems);

}  // namespace gd::ui
