#pragma once
// What the GUI tests share: the main window over a test book, typing as a keyboard does, answering the next
// dialog, and collecting the texts a person can read.

#include "MainWindow.h"
#include "Messages.h"
#include "TestBook.h"
#include "Workspace.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimer>
#include <QWindow>
#include <functional>
#include <memory>
#include <optional>

namespace gd::test {

using namespace gd::ui;

// Every text a person can read on a window: titles, labels, buttons, placeholders, tooltips, menus,
// list items and table headers.
inline QSet<QString> visibleTexts(QWidget *root)
{
    QSet<QString> texts;
    const auto add = [&](const QString &s) {
        if (!s.trimmed().isEmpty())
            texts.insert(s);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        add(w->windowTitle());
        add(w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(e->placeholderText());
        if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(list->item(i)->text());
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                add(view->model()->headerData(c, Qt::Horizontal).toString());
        }
        for (QAction *a : w->actions())
            add(a->text());
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                add(a->text());
        }
    }
    return texts;
}

// Types text as a keyboard would, Devanagari included (a Hindi layout sends the letters as key text).
inline void typeText(QWidget *w, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(w, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

inline bool hasLatinWord(const QString &s)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return word.match(s).hasMatch();
}

// English in Hindi mode is a defect unless it is the office's own data or a name written in its own script.
inline void expectNoEnglishLeft(const QSet<QString> &english, const QSet<QString> &hindi, const QStringList &dataWords)
{
    for (const QString &s : hindi) {
        if (!english.contains(s) || !hasLatinWord(s))
            continue;
        QString rest = s;
        for (const QString &d : dataWords)
            rest.remove(d);
        QVERIFY2(!hasLatinWord(rest), qPrintable(QStringLiteral("still in English after switching to Hindi: \"%1\"").arg(s)));
    }
}

// The program's message boxes, noted instead of shown.
struct NotedMessages : ui::Messages {
    QStringList errors;
    void error(QWidget *, const QString &, const QString &text) override { errors << text; }
    void info(QWidget *, const QString &, const QString &) override {}
    bool confirm(QWidget *, const QString &, const QString &) override { return true; }
};

// The main window over a book made by the test (with whatever the test wrote into it first), shown and active.
struct Desk {
    explicit Desk(test::TestBook &book) : t(book) {}
    // As `user` (the book's administrator without one); `size`: the window's size as it opens.
    bool open(const std::optional<User> &user = {}, const QSize &size = {})
    {
        workspace = std::make_unique<Workspace>(*t.book, user.value_or(t.admin), t.clock);
        window = std::make_unique<MainWindow>(*workspace);
        if (size.isValid())
            window->resize(size);
        window->show();
        return QTest::qWaitForWindowActive(window.get());
    }
    test::TestBook &t;
    std::unique_ptr<Workspace> workspace;
    std::unique_ptr<MainWindow> window;
};

// Runs `step` on the next modal dialog (exec blocks the caller): waits for it to open, up to five seconds.
inline void onNextDialog(const std::function<void(QDialog *)> &step)
{
    auto *poll = new QTimer;
    auto tries = std::make_shared<int>(0);
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, [poll, tries, step] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog && ++*tries < 500)
            return;
        poll->stop();
        poll->deleteLater();
        QVERIFY2(dialog, "no dialog opened");
        QVERIFY(QTest::qWaitForWindowActive(dialog));
        step(dialog);
    });
    poll->start();
}

// The widget with the keyboard focus in the dialog in front (or the application's).
inline QWidget *focused()
{
    if (QWidget *modal = QApplication::activeModalWidget(); modal && modal->focusWidget())
        return modal->focusWidget();
    return QApplication::focusWidget();
}

// After a dialog closes the offscreen platform activates no window; a user's desktop gives the
// main window back its focus, so do the same.
inline void activate(QWidget &window)
{
    window.activateWindow();
    window.windowHandle()->requestActivate();
    QVERIFY(QTest::qWaitForWindowActive(window.windowHandle()));
    QTRY_VERIFY(QApplication::activeWindow() == &window);
}

inline void key(Qt::Key k, Qt::KeyboardModifiers m = Qt::NoModifier)
{
    QTest::keyClick(focused(), k, m);
}

}  // namespace gd::test
