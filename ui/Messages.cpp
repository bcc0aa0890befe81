#include "Messages.h"

#include <QMessageBox>

namespace gd::ui {

namespace {

class BoxMessages final : public Messages {
public:
    void error(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::critical(parent, title, text);
    }
    void info(QWidget *parent, const QString &title, const QString &text) override
    {
        QMessageBox::information(parent, title, text);
    }
    bool confirm(QWidget *parent, const QString &title, const QString &text) override
    {
        return QMessageBox::question(parent, title, text, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            == QMessageBox::Yes;
    }
};

BoxMessages g_boxes;
Messages *g_current = &g_boxes;

}  // namespace

Messages &Messages::current()
{
    return *g_current;
}

void Messages::setCurrent(Messages *messages)
{
    g_current = messages ? messages : &g_boxes;
}

}  // namespace gd::ui
