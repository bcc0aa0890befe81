#pragma once
// One register on screen: the filter bar, the paged table, and the actions every register shares
// (new entry, correction with a reason, cancellation, history, CSV import and export).

#include "../pages/Page.h"
#include "FieldsDialog.h"
#include "RegisterModel.h"
#include "registers/EntryService.h"

#include <optional>

class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QTableView;
class QTimer;

namespace gd::ui {

class RegisterPage : public Page {
    Q_OBJECT
public:
    // The list's columns and the new entry's form are the definition's (listKeys, formKeys).
    RegisterPage(Workspace &workspace, const RegisterDef &def, QWidget *parent = nullptr);

    QString title() const override { return Registers::title(m_def); }
    void refresh() override;
    bool shows(const QString &registerId) const override { return registerId == m_def.id; }
    void openEntry(const QString &, const QString &key) override { showEntry(key); }
    void showList(const QString &, const QString &status) override { showStatus(status); }

    RegisterModel *model() const { return m_model; }
    const QString &registerId() const { return m_def.id; }
    QTableView *table() const { return m_table; }
    const Entry *selected() const;
    // A copy of the selected entry; when none is selected, says so in the status line.
    std::optional<Entry> selectedOrSay();
    void selectNumber(const QString &number);
    // Shows one entry found elsewhere (the search box): the filter set to its number, the entry selected.
    void showEntry(const QString &number);

    // The new-entry form, pre-filled with `initial`; `saved` runs after the entry is written.
    void newEntry(const QVariantMap &initial = {}, const std::function<void(const Entry &)> &saved = {});
    void correctSelected();
    void cancelSelected();
    void showHistory();
    // Sets the filter bar's status preset (a StatusFilter code; empty for all) and applies it.
    void showStatus(const QString &code);

protected:
    void retranslate() override;
    virtual void retranslateExtras() {}
    virtual void refreshExtras() {}
    virtual void afterNewEntry(const Entry &) {}
    // The entry the clerk has moved to (none: the list is empty or nothing is selected).
    virtual void currentChanged(const Entry *) {}
    // Adds what a register's entry form shows beyond its fields (a live note, say).
    virtual void decorate(FieldsDialog *) {}
    // A button in the register's own row of actions, under the common ones (text set in retranslateExtras).
    QPushButton *addAction(const QString &objectName, const QKeySequence &key, const std::function<void()> &run);
    void addSidePanel(QWidget *panel);
    void setStatus(const QString &text);
    // Opens a dialog over some fields of the selected entry; `save` gets the typed values. `subject` names the
    // entry acted on in the title (the visitor leaving), so that the clerk sees whom the form is about.
    bool actionDialog(const char *titleSource, const QList<FieldDef> &fields, const QVariantMap &initial,
                      const std::function<Result<Entry>(const QVariantMap &)> &save, const QString &subject = {});
    // Asks for a reason (a required field labelled `reasonLabel`) and acts on the selected entry with it.
    bool reasonDialog(const char *titleSource, const char *reasonLabel,
                      const std::function<Result<Entry>(const Entry &base, const QString &reason)> &act);
    // Checks values against the register's rules and shows the problems in the dialog's form.
    Status checkRules(FieldsDialog *dialog, QVariantMap &values, const Charter &charter, const Entry *base) const;
    void prepareForm(FieldForm *form) const;
    QList<FieldDef> fieldsNamed(const QStringList &keys) const;
    const RegisterDef &def() const { return m_def; }
    bool mayWrite() const { return workspace().may(Right::EnterEntries); }

private:
    void applyFilter();
    void exportCsv();
    void importCsv();
    void updateCount();

    const RegisterDef &m_def;
    QStringList m_newFields;
    RegisterModel *m_model;
    QTableView *m_table;
    QSplitter *m_splitter;
    QPushButton *addButton(QHBoxLayout *row, const QString &objectName, const QKeySequence &key,
                           const std::function<void()> &run);

    QHBoxLayout *m_actions;      // what every register offers
    QHBoxLayout *m_pageActions;  // what this register adds
    QLineEdit *m_from;
    QLineEdit *m_to;
    QComboBox *m_status;
    QLineEdit *m_search;
    QLabel *m_fromLabel;
    QLabel *m_toLabel;
    QLabel *m_count;
    QLabel *m_message;
    QPushButton *m_new;
    QPushButton *m_correct;
    QPushButton *m_cancel;
    QPushButton *m_history;
    QPushButton *m_import;
    QPushButton *m_export;
    QTimer *m_searchDelay;
};

}  // namespace gd::ui
