#pragma once
// What the Help menu prints: the keyboard card to keep beside the keyboard, and the first day's guide for a new
// office, in the print language.

#include "Document.h"
#include "office/OfficeProfile.h"

#include <QDate>

namespace gd {

// An area of the main window and its key ("Ctrl+2"), named as the navigation list names it.
struct AreaKey {
    QString key;
    QString area;
};

// The keys of every day's work: finding, the areas, the forms, the registers' actions, printing, the book.
Document keyboardCard(const Office &office, const QList<AreaKey> &areas, PrintLanguage language, const QDate &printedOn);
// The first day of a new office, step by step: the office, the users, the charter, the calendar, the cash book,
// the staff, the first backup; then the day's routine.
Document firstDayGuide(const Office &office, PrintLanguage language, const QDate &printedOn);

}  // namespace gd
