#pragma once
// The audit log, newest first, loaded in pages, all of it or the days asked for; print or save an extract.

#include "Page.h"
#include "base/PrintText.h"
#include "storage/AuditLog.h"

class QComboBox;
class QLabel;
class QLineEdit;
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
    // Reads the From and To days; false (the day shown in red, the label saying why) when one is not a date.
    bool readPeriod();

    AuditModel *m_model = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLineEdit *m_from = nullptr;
    QLabel *m_toLabel = nullptr;
    QLineEdit *m_to = nullptr;
    AuditLog::Period m_period;  // the days asked for (both dates invalid: the whole log)
    QTableView *m_table = nullptr;
    QLabel *m_count = nullptr;
    PrintLanguageCombo *m_language = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
};

}  // namespace gd::ui
