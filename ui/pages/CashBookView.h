#pragma once
// The cash book in its two-sided form for a period: receipts | payments, cash and bank columns, the closing
// balances at the end of every day; printable as it is shown.

#include "../Workspace.h"

#include <QDialog>

class QLineEdit;
class QTableWidget;
class QLabel;

namespace gd::ui {

class CashBookView : public QDialog {
    Q_OBJECT
public:
    explicit CashBookView(Workspace &workspace, QWidget *parent = nullptr);
    void show(const QDate &from, const QDate &to);
    QTableWidget *table() const { return m_table; }

private:
    void reload();
    void print();

    Workspace &m_workspace;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QLabel *m_message;
    QTableWidget *m_table;
};

}  // namespace gd::ui
