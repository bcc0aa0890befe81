#pragma once
// The cash book: vouchers (receipt, payment, contra) that never take an account below zero, the balances of
// every account, closing the day, and reversal entries for what a closed day holds.

#include "../registers/RegisterPage.h"

class QLabel;

namespace gd::ui {

class PrintLanguageCombo;

class CashBookPage : public RegisterPage {
    Q_OBJECT
public:
    explicit CashBookPage(Workspace &workspace, QWidget *parent = nullptr);
    void closeDay();
    void closeMonth();
    void reverseSelected();
    void printDayPage();
    void printAbstract();

protected:
    void retranslateExtras() override;
    void refreshExtras() override;

private:
    QPushButton *m_close;
    QPushButton *m_closeMonth;
    QPushButton *m_reverse;
    QPushButton *m_dayPage;
    QPushButton *m_bookView;
    QPushButton *m_abstract;
    PrintLanguageCombo *m_language;
    QLabel *m_balances;
};

}  // namespace gd::ui
