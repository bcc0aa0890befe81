#pragma once
// The stock register: receipts and issues, and beside them the consumables that have run low.

#include "../registers/RegisterPage.h"

class QListWidget;
class QLabel;

namespace gd::ui {

class StockPage : public RegisterPage {
    Q_OBJECT
public:
    explicit StockPage(Workspace &workspace, QWidget *parent = nullptr);

protected:
    void retranslateExtras() override;
    void refreshExtras() override;

private:
    QLabel *m_lowTitle;
    QListWidget *m_low;
};

}  // namespace gd::ui
