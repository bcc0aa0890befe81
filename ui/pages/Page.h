#pragma once
// One area of the main window: it knows its title and re-applies its texts when the language changes.

#include "../Workspace.h"

#include <QEvent>
#include <QShortcut>
#include <QWidget>
#include <functional>

namespace gd::ui {

class Page : public QWidget {
    Q_OBJECT
public:
    explicit Page(Workspace &workspace, QWidget *parent = nullptr) : QWidget(parent), m_workspace(workspace)
    {
        connect(&workspace, &Workspace::userChanged, this, &Page::refreshWhenShown);
        connect(&workspace, &Workspace::bookReplaced, this, &Page::refreshWhenShown);
    }
    virtual QString title() const = 0;  // translated, for the navigation list
    virtual void refresh() = 0;         // re-read from the book
    // Re-reads the book now when the area is in view, else when it is next shown: the many areas out of sight are
    // not read at start, nor at every change of user or language.
    void refreshWhenShown()
    {
        if (isVisible())
            refresh();
        else
            m_stale = true;
    }
    // Whether the area will re-read the book as it is next shown.
    bool waitingToRefresh() const { return m_stale; }
    // Whether this area shows the register `registerId` (the search box opens its hits there), and showing one
    // entry of it, found elsewhere.
    virtual bool shows(const QString &registerId) const
    {
        Q_UNUSED(registerId);
        return false;
    }
    virtual void openEntry(const QString &registerId, const QString &key)
    {
        Q_UNUSED(registerId);
        Q_UNUSED(key);
    }
    // Shows the list of a register that a status filter picks (the home screen's figures open these).
    virtual void showList(const QString &registerId, const QString &status)
    {
        Q_UNUSED(registerId);
        Q_UNUSED(status);
    }

protected:
    virtual void retranslate() = 0;
    void changeEvent(QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            retranslate();
        QWidget::changeEvent(event);
    }
    // Areas share keys (Ctrl+N, F2, F6…): only the area in view listens, or Qt would find them ambiguous.
    // An area inside another (a tab) switches its own keys as it is shown and hidden.
    void showEvent(QShowEvent *event) override
    {
        for (QShortcut *s : ownShortcuts())
            s->setEnabled(true);
        QWidget::showEvent(event);
        if (m_stale) {
            m_stale = false;
            refresh();
        }
    }
    void hideEvent(QHideEvent *event) override
    {
        for (QShortcut *s : ownShortcuts())
            s->setEnabled(false);
        QWidget::hideEvent(event);
    }
    QList<QShortcut *> ownShortcuts() const
    {
        QList<QShortcut *> own;
        for (QShortcut *s : findChildren<QShortcut *>()) {
            QObject *o = s->parent();
            while (o && o != this && !qobject_cast<Page *>(o))
                o = o->parent();
            if (o == this)
                own += s;
        }
        return own;
    }
    Workspace &workspace() const { return m_workspace; }
    // For retranslate(): `figures` (texts that carry numbers read from the book) run now when the area is in view,
    // else the area re-reads the book as it is next shown.
    void whenInView(const std::function<void()> &figures)
    {
        if (isVisible())
            figures();
        else
            refreshWhenShown();
    }

private:
    Workspace &m_workspace;
    bool m_stale = false;
};

}  // namespace gd::ui
