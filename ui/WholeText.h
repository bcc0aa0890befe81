#pragma once
// Text that does not fit is cut at its end with "…", never in the middle of a word's start, and the whole of it
// is in the tooltip: table headers elide at the end and show their whole text on hover; a list's chosen item
// shows from its beginning and whole on hover.

namespace gd::ui {

// Installs, once for the application, what makes every header and list of every window behave so.
void showWholeTexts();

}  // namespace gd::ui
