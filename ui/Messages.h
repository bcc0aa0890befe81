#pragma once
// Message boxes behind an interface, so that tests can answer them and core never shows one.

#include <QString>

class QWidget;

namespace gd::ui {

class Messages {
public:
    virtual ~Messages() = default;
    virtual void error(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual void info(QWidget *parent, const QString &title, const QString &text) = 0;
    virtual bool confirm(QWidget *parent, const QString &title, const QString &text) = 0;

    static Messages &current();
    static void setCurrent(Messages *messages);  // nullptr restores the real boxes
};

}  // namespace gd::ui
