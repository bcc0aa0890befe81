#pragma once
// A master list the registers rely on: citizen charter services, complaint categories, holidays.
// Rows are added and changed here (or imported from CSV); services and categories are switched off,
// never removed, because entries refer to them.

#include "../registers/FieldsDialog.h"
#include "Page.h"
#include "registers/Masters.h"

class QLabel;
class QPushButton;
class QTableView;

namespace gd::ui {

class RowsModel;

class MasterPage : public Page {
    Q_OBJECT
public:
    MasterPage(Workspace &workspace, const RegisterDef &def, QWidget *parent = nullptr);
    QString title() const override { return Registers::title(m_def); }
    void refresh() override;
    void editRow(int row);  // -1: a new row
    void removeSelected();

protected:
    void retranslate() override;

private:
    const RegisterDef &m_def;
    QList<QVariantMap> m_rows;
    RowsModel *m_model;
    QTableView *m_table;
    QLabel *m_intro;
    QLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QPushButton *m_import;
    QPushButton *m_export;
};

}  // namespace gd::ui
