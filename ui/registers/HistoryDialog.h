#pragma once
// Every version of one entry side by side: what changed, when, by whom and why (changed cells marked).

#include "registers/EntryStore.h"

#include <QDialog>

class QTableWidget;
class QLabel;

namespace gd::ui {

class HistoryDialog : public QDialog {
    Q_OBJECT
public:
    HistoryDialog(const RegisterDef &def, QList<Entry> versions, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void fill();

    const RegisterDef &m_def;
    QList<Entry> m_versions;
    QTableWidget *m_table;
    QLabel *m_intro;
};

}  // namespace gd::ui
