#pragma once
// For the start benchmark's two programs: prints "ready" once the watched window has first painted (what the
// user sees), then quits the application.

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <cstdio>

namespace gd::bench {

class FirstPaint : public QObject {
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_seen) {
            m_seen = true;
            QTimer::singleShot(0, qApp, [] {
                std::puts("ready");
                std::fflush(stdout);
                QApplication::quit();
            });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_seen = false;
};

}  // namespace gd::bench
