#pragma once
// The quality system (Annexure-1) in one area: the policy, the objectives with what the registers show, roles and
// the quality circle, trainings, citizen surveys, and audit findings with their corrective actions, one tab each;
// and the audit pack printed from here.

#include "../registers/RegisterPage.h"
#include "Page.h"

class QLabel;
class QPushButton;
class QTabWidget;

namespace gd::ui {

class PrintLanguageCombo;

// Findings of audits: the corrective action planned (F6), done (F7) and verified (F8).
class FindingsPage : public RegisterPage {
    Q_OBJECT
public:
    explicit FindingsPage(Workspace &workspace, QWidget *parent = nullptr);

protected:
    void retranslateExtras() override;

private:
    void step(const char *title, const QStringList &keys, const QStringList &required, const QVariantMap &initial);
    QPushButton *m_plan;
    QPushButton *m_done;
    QPushButton *m_verify;
};

class QualityPage : public Page {
    Q_OBJECT
public:
    explicit QualityPage(Workspace &workspace, QWidget *parent = nullptr);
    QString title() const override { return tr("Quality system"); }
    void refresh() override;
    bool shows(const QString &registerId) const override;
    void openEntry(const QString &registerId, const QString &key) override;
    void showList(const QString &registerId, const QString &status) override;
    QTabWidget *tabs() const { return m_tabs; }
    // Asks for the period and shows the audit pack in the print preview.
    void printAuditPack();

protected:
    void retranslate() override;

private:
    QList<Page *> m_pages;
    QTabWidget *m_tabs;
    QLabel *m_intro;
    PrintLanguageCombo *m_language;
    QPushButton *m_pack;
};

}  // namespace gd::ui
