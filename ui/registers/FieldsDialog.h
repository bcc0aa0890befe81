#pragma once
// A dialog around a FieldForm: Enter saves, Esc cancels; the save function decides and may refuse.

#include "FieldForm.h"

#include <QDialog>
#include <functional>

class QLabel;
class QPushButton;

namespace gd::ui {

class FieldsDialog : public QDialog {
    Q_OBJECT
public:
    // `save` gets the typed values; it returns an error to show (the dialog stays open) or success.
    using Save = std::function<Status(const QVariantMap &values)>;
    FieldsDialog(Workspace &workspace, const char *titleSource, QList<FieldDef> fields, Save save,
                 QWidget *parent = nullptr);
    FieldForm *form() const { return m_form; }
    // A line under the form worked out from the values typed so far (those that parse), kept current.
    void setLiveNote(const std::function<QString(const QVariantMap &values)> &note);
    // What the accept button says, when the dialog does not save (a "gd::ui::FieldsDialog" source).
    void setAcceptText(const char *source)
    {
        m_acceptSource = source;
        m_choosesOnly = true;
        retranslate();
    }

    // Esc, Cancel or ✕ on a form with typed work asks before throwing it away; false when the clerk keeps it.
    bool mayDiscard();
    void reject() override;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void trySave();
    void retranslate();

    const char *m_titleSource;
    const char *m_acceptSource = QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "&Save (Enter)");
    FieldForm *m_form;
    Save m_save;
    QPushButton *m_ok;
    QPushButton *m_cancel;
    QLabel *m_note;
    std::function<QString(const QVariantMap &)> m_noteFunction;
    bool m_shown = false;
    bool m_choosesOnly = false;   // a dialog that chooses (a period to print) has no typed work to lose
    bool m_discardAsked = false;  // the clerk already said yes (closing the window asked first)
};

}  // namespace gd::ui
