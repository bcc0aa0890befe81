#pragma once
// Work that must not hold the window (a deep check of the book, a search through backups) on a thread of its own.
// The result is handed to `done` on the GUI thread; the task's owner waits for the thread when it goes away, so
// `done` never runs after its context is gone.

#include <QMetaObject>
#include <QObject>
#include <functional>
#include <thread>

namespace gd::ui {

class BackgroundTask {
public:
    BackgroundTask() = default;
    BackgroundTask(const BackgroundTask &) = delete;
    BackgroundTask &operator=(const BackgroundTask &) = delete;
    ~BackgroundTask() { wait(); }

    template <typename T>
    void start(QObject *context, std::function<T()> work, std::function<void(const T &)> done)
    {
        wait();
        m_thread = std::thread([context, work = std::move(work), done = std::move(done)] {
            T result = work();
            QMetaObject::invokeMethod(context, [done, result] { done(result); }, Qt::QueuedConnection);
        });
    }

    // Whether a task was started and not waited for yet (it may have finished meanwhile).
    bool started() const { return m_thread.joinable(); }

    void wait()
    {
        if (m_thread.joinable())
            m_thread.join();
    }

private:
    std::thread m_thread;
};

}  // namespace gd::ui
