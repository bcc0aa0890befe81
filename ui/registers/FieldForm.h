#pragma once
// A form built from field definitions: one keyboard-friendly editor per field (Tab order as listed),
// completion from earlier entries, and the problems shown beside the form.

#include "registers/Registers.h"
#include "../Workspace.h"

#include <QHash>
#include <QVariantMap>
#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;

namespace gd::ui {

class FieldForm : public QWidget {
    Q_OBJECT
public:
    FieldForm(Workspace &workspace, QList<FieldDef> fields, QWidget *parent = nullptr);

    // Values offered for completion of a text field (villages, names, officers…).
    void setCompletions(const QString &key, const QStringList &values);
    // Items of a Reference field: code → shown text.
    void setReferenceItems(const QString &key, const QList<QPair<QString, QString>> &items);
    // The rows a reference may pick (a master's rows by code), named "Hindi — English (CODE)", a place by its
    // path; rows switched off ("In use": no) are left out.
    void setReferenceRows(const QString &key, const QHash<QString, QVariantMap> &rows);

    void setValues(const QVariantMap &values);
    // The typed values, or the problems (each also shown in the form, the first one focused).
    QVariantMap values(QList<FieldProblem> *problems) const;
    void showProblems(const QList<FieldProblem> &problems);
    void showMessage(const QString &text);  // a whole-form message (red)
    QWidget *editor(const QString &key) const { return m_editors.value(key); }
    // Focus where typing starts: the first field still empty (a new visitor's name, after today's date and the
    // time already filled in), else the first field.
    void focusFirst();
    // What is typed now is what the form started with: a form that is left unchanged closes without asking.
    void markUnchanged() { m_startState = state(); }
    bool changed() const { return state() != m_startState; }

signals:
    void edited();           // any editor changed
    void submitRequested();  // Ctrl+Enter in a multi-line field (where Enter starts a new line)

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    QString text(const FieldDef &field) const;
    QString state() const;
    // A list picked by key: a digit picks that item and moves on; a letter the next item whose code or name
    // (in either language) starts with it.
    bool pickByKey(const FieldDef &field, QComboBox *list, const QString &typed);

    Workspace &m_workspace;
    QList<FieldDef> m_fields;
    QFormLayout *m_layout = nullptr;
    QHash<QString, QWidget *> m_editors;
    QHash<QString, QLabel *> m_labels;
    QLabel *m_message = nullptr;
    QString m_startState;
};

}  // namespace gd::ui
