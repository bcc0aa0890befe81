#pragma once
// Column widths from their contents lay out the text of every cell in view: a table out of sight (an area of
// the main window not shown yet) gets them when it is next shown, not at every refresh while hidden.

#include <QAbstractItemView>
#include <functional>

namespace gd::ui {

// Runs `fit` on `view` now when it is visible, else once when it is next shown (the last `fit` given wins).
void fitColumns(QAbstractItemView *view, std::function<void()> fit);

}  // namespace gd::ui
