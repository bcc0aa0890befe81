#pragma once
// The audit log, newest first, loaded in pages; verify the chain; print or save an extract.

#include "Page.h"
#include "PrintText.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace gd::ui {

class PrintLanguageCombo;

class AuditModel;

class AuditPage : public Page {
    Q_OBJECT
public:
    explicit AuditPage(Workspace &workspace, QWidget *parent = nullptr);
    QString title() const override { return tr("Audit log"); }
    void refresh() override;

protected:
    void retranslate() override;

private:
    void showCount();

    AuditModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    PrintLanguageCombo *m_language = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
};

}  // namespace gd::ui
