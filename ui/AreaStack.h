#pragma once
// The main window's areas, one in view at a time. A QStackedWidget is as large as its largest area: every size
// question asks each of the thirty-odd areas, laying out and shaping the text of all of them, hidden or not, and
// that was most of the first window's start. Here only the area in view is asked, as Qt's own stacks ask only
// their visible page; switching areas asks the window's layout again.

#include <QStackedWidget>

namespace gd::ui {

class AreaStack : public QStackedWidget {
    Q_OBJECT
public:
    explicit AreaStack(QWidget *parent = nullptr);
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};

}  // namespace gd::ui
