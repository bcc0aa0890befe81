#include "ColumnFit.h"

#include <QEvent>
#include <QTimer>
#include <utility>

namespace gd::ui {

namespace {

// Kept on a hidden view until its next show, holding the fitting still to do.
class PendingFit : public QObject {
public:
    explicit PendingFit(QAbstractItemView *view) : QObject(view), m_view(view)
    {
        setObjectName(kName);
        view->installEventFilter(this);
    }
    static constexpr const char *kName = "gdPendingColumnFit";
    std::function<void()> fit;

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_view && event->type() == QEvent::Show && fit) {
            // After the layout has given the view its size.
            QTimer::singleShot(0, m_view, std::exchange(fit, nullptr));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QAbstractItemView *m_view;
};

}  // namespace

void fitColumns(QAbstractItemView *view, std::function<void()> fit)
{
    auto *pending = static_cast<PendingFit *>(
        view->findChild<QObject *>(QString::fromLatin1(PendingFit::kName), Qt::FindDirectChildrenOnly));
    if (view->isVisible()) {
        if (pending)
            pending->fit = nullptr;
        fit();
        return;
    }
    if (!pending)
        pending = new PendingFit(view);
    pending->fit = std::move(fit);
}

}  // namespace gd::ui
