#pragma once
// The demo office's quality system: a decade of meetings with their action items, the Annexure-2 statuses, the
// risks it assessed and its steps to certification. Used by Demo only.

#include "Users.h"

#include <QRandomGenerator>

namespace gd {

class Book;

Status demoMeetings(Book &book, const User &admin, QRandomGenerator &random, const QDate &from, const QDate &to);
Status demoReadiness(Book &book, const User &admin, const QDate &today);

}  // namespace gd
