#pragma once
// Printing what hangs on the office wall: the citizen charter poster, its paper, orientation and language asked
// for, with the Gram Sabha's adoption and the grievance contact it states (remembered for the next time).

#include "../Workspace.h"

class QWidget;

namespace gd::ui {

void printCharterPoster(QWidget *parent, Workspace &workspace);
// The staff and ward-member board (Annexure-2 item 3), the organisation chart (item 11) and the emergency numbers
// (item 17): paper, orientation and language asked for, then the print preview.
void printStaffBoard(QWidget *parent, Workspace &workspace);
void printOrganisationChart(QWidget *parent, Workspace &workspace);
void printEmergencySheet(QWidget *parent, Workspace &workspace);

}  // namespace gd::ui
