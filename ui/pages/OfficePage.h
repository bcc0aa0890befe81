#pragma once
// The office profile and the office settings, editable by the administrator and the secretary.

#include "Page.h"

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gd::ui {

class OfficeForm;

class OfficePage : public Page {
    Q_OBJECT
public:
    explicit OfficePage(Workspace &workspace, QWidget *parent = nullptr);
    QString title() const override { return tr("Office and settings"); }
    void refresh() override;

protected:
    void retranslate() override;

private:
    void save();

    OfficeForm *m_form = nullptr;
    QLineEdit *m_weeklyOff = nullptr;
    QLineEdit *m_vitalFees = nullptr;
    QCheckBox *m_devanagariDigits = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

}  // namespace gd::ui
