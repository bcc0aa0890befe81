#pragma once
// A dialog around a FieldForm: Enter saves, Esc cancels; the save function decides and may refuse.

#include "FieldForm.h"

#include <QDialog>
#include <functional>

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

protected:
    void changeEvent(QEvent *event) override;

private:
    void trySave();
    void retranslate();

    const char *m_titleSource;
    FieldForm *m_form;
    Save m_save;
    QPushButton *m_ok;
    QPushButton *m_cancel;
};

}  // namespace gd::ui
