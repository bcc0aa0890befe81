#pragma once
// Printing what hangs on the office wall: the citizen charter poster, its paper, orientation and language asked
// for, with the Gram Sabha's adoption and the grievance contact it states (remembered for the next time).

#include "../Workspace.h"

class QWidget;

namespace gd::ui {

void printCharterPoster(QWidget *parent, Workspace &workspace);

}  // namespace gd::ui
