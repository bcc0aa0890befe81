#pragma once
// The annual physical verification: print the sheet to count from, type the counts, explain differences, record.

#include "../Workspace.h"
#include "registers/StockBook.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableWidget;

namespace gd::ui {

class PrintLanguageCombo;

class StockVerificationDialog : public QDialog {
    Q_OBJECT
public:
    explicit StockVerificationDialog(Workspace &workspace, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }
    // The counts as typed (counted −1 where a cell is empty or unreadable).
    QList<StockBook::Count> counts(QString *problem) const;
    // Records without opening the print preview afterwards (tests).
    void setQuiet(bool quiet) { m_quiet = quiet; }

private:
    void print(bool withCounts);
    void record();

    Workspace &m_workspace;
    QList<StockBook::Count> m_sheet;
    QLineEdit *m_verifiedBy;
    QLineEdit *m_custodian;
    QTableWidget *m_table;
    QLabel *m_message;
    PrintLanguageCombo *m_language;
    bool m_quiet = false;
};

}  // namespace gd::ui
