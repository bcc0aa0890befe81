#pragma once
// A master list the registers rely on: citizen charter services, complaint categories, holidays.
// Rows are added and changed here (or imported from CSV); services and categories are switched off,
// never removed, because entries refer to them.

#include "../registers/FieldsDialog.h"
#include "Page.h"
#include "registers/Masters.h"

#include <functional>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace gd::ui {

class RowsModel;

// Columns a master shows beyond its fields, worked out from all its rows at once (an objective's measured values).
struct ExtraColumns {
    QList<const char *> headers;  // "gd::Fields" sources
    std::function<QList<QStringList>(const QList<QVariantMap> &rows)> cells;
    int at = -1;  // shown before the field with this index; -1: after every field
};

class MasterPage : public Page {
    Q_OBJECT
public:
    MasterPage(Workspace &workspace, const RegisterDef &def, QWidget *parent = nullptr, ExtraColumns extra = {});
    QString title() const override { return Registers::title(m_def); }
    void refresh() override;
    void editRow(int row);  // -1: a new row
    void removeSelected();
    // A printout of the master (the citizen charter poster): a button beside New and Change, and Ctrl+P.
    QPushButton *addPrintAction(const QString &objectName, const char *textSource, const std::function<void()> &print,
                                const QKeySequence &key = QKeySequence(Qt::CTRL | Qt::Key_P));

protected:
    void retranslate() override;

private:
    const RegisterDef &m_def;
    ExtraColumns m_extra;
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
    QList<QPair<QPushButton *, const char *>> m_prints;  // each with its text's source
    QHBoxLayout *m_bar = nullptr;
};

}  // namespace gd::ui
