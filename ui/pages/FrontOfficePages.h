#pragma once
// The front office's three registers: visitors (with "visitor leaves" and who is inside now),
// service applications (deliver or reject, the acknowledgement slip) and complaints (actions, reopening,
// escalation, the पावती).

#include "../registers/RegisterPage.h"
#include "PrintText.h"

#include <QPageSize>

class QCheckBox;
class QGroupBox;
class QListWidget;

namespace gd::ui {

// Print options shared by the slips: language and paper.
class SlipOptions : public QWidget {
    Q_OBJECT
public:
    explicit SlipOptions(QWidget *parent = nullptr);
    PrintLanguage language() const;
    QPageSize::PageSizeId pageSize() const;
    bool printAfterSaving() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QComboBox *m_language;
    QComboBox *m_size;
    QCheckBox *m_after;
};

class ApplicationsPage : public RegisterPage {
    Q_OBJECT
public:
    explicit ApplicationsPage(Workspace &workspace, QWidget *parent = nullptr);
    void closeSelected();
    void printSlip(const Entry &application);

protected:
    void retranslateExtras() override;
    void refreshExtras() override;
    void afterNewEntry(const Entry &entry) override;

private:
    QPushButton *m_close;
    QPushButton *m_print;
    QGroupBox *m_lists;
    QList<QPushButton *> m_listButtons;
    SlipOptions *m_slip;
};

class ComplaintsPage : public RegisterPage {
    Q_OBJECT
public:
    explicit ComplaintsPage(Workspace &workspace, QWidget *parent = nullptr);
    void actOnSelected();
    void reopenSelected();
    void escalateSelected();
    void printSlip(const Entry &complaint);

protected:
    void retranslateExtras() override;
    void refreshExtras() override;
    void afterNewEntry(const Entry &entry) override;

private:
    QPushButton *m_act;
    QPushButton *m_reopen;
    QPushButton *m_escalate;
    QPushButton *m_print;
    QGroupBox *m_lists;
    QList<QPushButton *> m_listButtons;
    SlipOptions *m_slip;
};

class VisitorsPage : public RegisterPage {
    Q_OBJECT
public:
    VisitorsPage(Workspace &workspace, ApplicationsPage *applications, ComplaintsPage *complaints,
                 QWidget *parent = nullptr);
    void visitorLeaves();
    // Opens the application or complaint the selected visit is about, filled in from the visit.
    void followUp();

protected:
    void retranslateExtras() override;
    void refreshExtras() override;
    void afterNewEntry(const Entry &entry) override;

private:
    void followUp(const Entry &visitor);
    const Entry *target() const;

    ApplicationsPage *m_applications;
    ComplaintsPage *m_complaints;
    QPushButton *m_leave;
    QPushButton *m_follow;
    QGroupBox *m_insideBox;
    QListWidget *m_inside;
    QList<Entry> m_insideEntries;
};

}  // namespace gd::ui
