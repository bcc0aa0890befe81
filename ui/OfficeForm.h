#pragma once
// The office profile's fields, as one form: used by the set-up wizard and by the Office page.

#include "office/OfficeProfile.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gd::ui {

class OfficeForm : public QWidget {
    Q_OBJECT
public:
    explicit OfficeForm(QWidget *parent = nullptr);

    void setOffice(const Office &office);
    // The fields' contents laid over `base`, which keeps whatever the form does not show.
    Office office(const Office &base = Office{}) const;
    void setReadOnly(bool readOnly);
    // Puts the cursor in the field a validation problem names (name_hi, name_en, lgd_code…).
    void focusField(const QString &field);
    // Adds a labelled row under the office fields; the label follows the language like the others.
    void addRow(const char *label, QWidget *field);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QFormLayout *m_form = nullptr;
    QList<QPair<QLabel *, const char *>> m_labels;
    QLineEdit *m_nameHi = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLineEdit *m_lgd = nullptr;
    QLineEdit *m_block = nullptr;
    QLineEdit *m_district = nullptr;
    QLineEdit *m_state = nullptr;
    QLineEdit *m_address = nullptr;
    QPlainTextEdit *m_villages = nullptr;
    QLineEdit *m_secretary = nullptr;
    QLineEdit *m_pradhan = nullptr;
};

}  // namespace gd::ui
