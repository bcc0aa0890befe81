#pragma once
// Runs a piece of work once, just after a widget has first painted: work that would compete with the first
// screen for the processor (the book's deep check, say) waits until the clerk can see it.

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QWidget>
#include <functional>
#include <utility>

namespace gd::ui {

class AfterFirstPaint : public QObject {
public:
    AfterFirstPaint(QWidget *widget, std::function<void()> work) : m_work(std::move(work))
    {
        widget->installEventFilter(this);
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_work) {
            watched->removeEventFilter(this);
            // After the paint event has been handled (the widget's children paint in the same pass).
            QTimer::singleShot(0, this, std::exchange(m_work, nullptr));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_work;
};

}  // namespace gd::ui
