#pragma once
// The demo office's quality system: a decade of meetings with their action items, the Annexure-2 statuses, the
// risks it assessed, its steps to certification and its
// quality system's records. Used by Demo only.

#include "office/Users.h"

#include <QRandomGenerator>

namespace gd {

class Book;

Status demoMeetings(Book &book, const User &admin, QRandomGenerator &random, const QDate &from, const QDate &to);
Status demoReadiness(Book &book, const User &admin, const QDate &today);
// The quality policy, objectives, roles and quality circle, trainings and citizen surveys of the years in
// [from, to], and the findings of the internal audits since the office began on ISO 9001.
// The office's people (Pradhan, ward members, secretary and staff, for the board and the organisation chart) and
// the emergency numbers on its wall.
Status demoPeople(Book &book, const User &admin);
// The office's documented procedures and forms, a few of them in a second version.
Status demoProcedures(Book &book, const User &admin, const QDate &from);
// The staff's attendance on every working day from `from` to `to` (today: those who have come in by now).
Status demoAttendance(Book &book, QRandomGenerator &random, const QDate &from, const QDate &to);
Status demoQualitySystem(Book &book, const User &admin, QRandomGenerator &random, const QDate &from, const QDate &to);

}  // namespace gd
