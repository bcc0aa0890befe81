#include "AreaStack.h"

namespace gd::ui {

AreaStack::AreaStack(QWidget *parent) : QStackedWidget(parent)
{
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize AreaStack::sizeHint() const
{
    const QWidget *area = currentWidget();
    return area ? area->sizeHint() : QSize();
}

QSize AreaStack::minimumSizeHint() const
{
    const QWidget *area = currentWidget();
    if (!area)
        return {};
    // As a layout takes a widget's minimum: its own minimum size where set, else its minimum size hint.
    QSize minimum = area->minimumSizeHint();
    if (area->minimumWidth() > 0)
        minimum.setWidth(area->minimumWidth());
    if (area->minimumHeight() > 0)
        minimum.setHeight(area->minimumHeight());
    return minimum;
}

bool AreaStack::hasHeightForWidth() const
{
    const QWidget *area = currentWidget();
    return area && area->hasHeightForWidth();
}

int AreaStack::heightForWidth(int width) const
{
    const QWidget *area = currentWidget();
    return area ? area->heightForWidth(width) : -1;
}

}  // namespace gd::ui
