#pragma once
// ISO readiness: the Annexure-2 arrangements with the office's status beside what the books show, the score,
// the gaps, evidence (photos and scans) and the gap report.

#include "Page.h"
#include "registers/Readiness.h"

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace gd::ui {

class PrintLanguageCombo;

class ReadinessPage : public Page {
    Q_OBJECT
public:
    explicit ReadinessPage(Workspace &workspace, QWidget *parent = nullptr);
    QString title() const override { return Registers::title(Registers::readinessItems()); }
    void refresh() override;
    bool shows(const QString &registerId) const override { return registerId == Registers::readinessItems().id; }
    // Changes the selected item (-1: a new item of the office's own).
    void editItem(bool adding);
    void attachEvidence();
    void showEvidence();

protected:
    void retranslate() override;

private:
    std::optional<ReadinessItem> selectedOrSay();
    void printGaps();

    QList<ReadinessItem> m_items;
    QLabel *m_score;
    QLabel *m_nextStep;
    QCheckBox *m_onlyGaps;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_edit, *m_add, *m_attach, *m_evidence, *m_print;
    PrintLanguageCombo *m_language;
};

}  // namespace gd::ui
