#pragma once
// The front office's three registers: visitors (with "visitor leaves" and who is inside now),
// service applications (deliver or reject, the acknowledgement slip) and complaints (actions, reopening,
// escalation, the पावती).

#include "../registers/RegisterPage.h"
#include "office/OfficeProfile.h"
#include "base/PrintText.h"
#include "documents/Document.h"

#include <QPageSize>

class QCheckBox;
class QGroupBox;
class QListWidget;

class QLabel;
class QVBoxLayout;

namespace gd::ui {

class PrintLanguageCombo;

// Print options shared by the slips: language and paper.
class SlipOptions : public QWidget {
    Q_OBJECT
public:
    explicit SlipOptions(QWidget *parent = nullptr);
    PrintLanguage language() const;
    QPageSize::PageSizeId pageSize() const;
    bool printAfterSaving() const;
    // What the "print after saving" box says (a "gd::ui::SlipOptions" source): the slip, or the notice.
    void setAfterSavingText(const char *source)
    {
        m_afterText = source;
        retranslate();
    }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    PrintLanguageCombo *m_language;
    QComboBox *m_size;
    QCheckBox *m_after;
    const char *m_afterText = QT_TRANSLATE_NOOP("gd::ui::SlipOptions", "Print the slip after saving");
};

// A register whose entries get a printed acknowledgement and have work lists: applications and complaints.
class AcknowledgedPage : public RegisterPage {
    Q_OBJECT
public:
    AcknowledgedPage(Workspace &workspace, const RegisterDef &def, QWidget *parent = nullptr);
    void printSlip(const Entry &entry);
    SlipOptions *slipOptions() const { return m_slip; }

protected:
    virtual Document slip(const Office &office, const Entry &entry, const Charter &charter,
                          PrintLanguage language, QPageSize::PageSizeId size) const = 0;
    virtual void retranslateActions() = 0;
    virtual void refreshActions() = 0;
    void retranslateExtras() override;
    void refreshExtras() override;
    void afterNewEntry(const Entry &entry) override;
    // A widget under the work lists in the side panel.
    void addToPanel(QWidget *widget);

private:
    QVBoxLayout *m_panel;
    QGroupBox *m_lists;
    QList<QPushButton *> m_listButtons;
    SlipOptions *m_slip;
};

class ApplicationsPage : public AcknowledgedPage {
    Q_OBJECT
public:
    explicit ApplicationsPage(Workspace &workspace, QWidget *parent = nullptr);
    void closeSelected();

protected:
    Document slip(const Office &office, const Entry &entry, const Charter &charter, PrintLanguage language,
                  QPageSize::PageSizeId size) const override;
    void retranslateActions() override;
    void refreshActions() override;
    void currentChanged(const Entry *application) override;

private:
    QPushButton *m_close;
    QPushButton *m_print;
    QLabel *m_appeals;  // the appeals against the application in view
};

class ComplaintsPage : public AcknowledgedPage {
    Q_OBJECT
public:
    explicit ComplaintsPage(Workspace &workspace, QWidget *parent = nullptr);
    void actOnSelected();
    void reopenSelected();
    void escalateSelected();

protected:
    Document slip(const Office &office, const Entry &entry, const Charter &charter, PrintLanguage language,
                  QPageSize::PageSizeId size) const override;
    void retranslateActions() override;
    void refreshActions() override;

private:
    QPushButton *m_act;
    QPushButton *m_reopen;
    QPushButton *m_escalate;
    QPushButton *m_print;
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
