#pragma once
// The stock register: receipts and issues, and beside them the consumables that have run low.

#include "../registers/RegisterPage.h"

class QListWidget;
class QLabel;

namespace gd::ui {

class PrintLanguageCombo;

class StockPage : public RegisterPage {
    Q_OBJECT
public:
    explicit StockPage(Workspace &workspace, QWidget *parent = nullptr);

protected:
    void retranslateExtras() override;
    void refreshExtras() override;

private:
    void printLedger();
    void printRegister();

    QPushButton *m_ledger;
    QPushButton *m_verify;
    QPushButton *m_register;
    PrintLanguageCombo *m_language;
    QLabel *m_lowTitle;
    QListWidget *m_low;
};

}  // namespace gd::ui
