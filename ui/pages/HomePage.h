#pragma once
// The first screen: which office, who is logged in, when the book was last backed up.

#include "Page.h"

class QLabel;

namespace gd::ui {

class HomePage : public Page {
    Q_OBJECT
public:
    explicit HomePage(Workspace &workspace, QWidget *parent = nullptr);
    QString title() const override { return tr("Home"); }
    void refresh() override;

protected:
    void retranslate() override { refresh(); }

private:
    QLabel *m_office = nullptr;
    QLabel *m_details = nullptr;
};

}  // namespace gd::ui
