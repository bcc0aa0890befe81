#pragma once
// Closing a month of the cash book: count the cash by note and coin, reconcile each bank account with its
// statement; the differences show while typing, and one that remains must be explained.

#include "../Workspace.h"
#include "registers/CashBook.h"

#include <QDialog>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;
class QVBoxLayout;

namespace gd::ui {

class CloseMonthDialog : public QDialog {
    Q_OBJECT
public:
    CloseMonthDialog(Workspace &workspace, QWidget *parent = nullptr);
    const MonthClosing &closing() const { return m_closing; }

private:
    struct Bank {
        QString code;
        Paise book = 0;
        QLineEdit *statement, *cheques, *deposits, *charges, *interest, *explanation;
        QLabel *difference;
    };
    void loadMonth();
    void update();
    void tryClose();
    Paise amount(QLineEdit *edit, bool *ok) const;

    Workspace &m_workspace;
    QComboBox *m_month;
    QList<QPair<int, QSpinBox *>> m_counts;
    QLabel *m_cashSummary;
    QLineEdit *m_cashNote;
    Paise m_cashBook = 0;
    QWidget *m_banksBox;
    QVBoxLayout *m_banksLayout;
    QList<Bank> m_banks;
    QLabel *m_message;
    MonthClosing m_closing;
};

}  // namespace gd::ui
