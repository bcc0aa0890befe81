#pragma once
// The secretary's monthly report: pick a month, see the figures, print or save as PDF, JSON or CSV.

#include "Page.h"
#include "documents/Document.h"
#include "reports/MonthlyReport.h"

class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gd::ui {

class PrintLanguageCombo;

class ReportPage : public Page {
    Q_OBJECT
public:
    explicit ReportPage(Workspace &workspace, QWidget *parent = nullptr);
    QString title() const override { return tr("Monthly report"); }
    void refresh() override;

protected:
    void retranslate() override;

private:
    Document reportDocument(PrintLanguage language);
    void compute();
    void save(const QString &kind);

    QComboBox *m_month;
    PrintLanguageCombo *m_language;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_json;
    QPushButton *m_csv;
    QLabel *m_message;
    QTableWidget *m_figures;
    std::optional<MonthlyReport> m_report;
};

}  // namespace gd::ui
