#pragma once
// The office profile and the office settings, editable by the administrator and the secretary.

#include "Page.h"

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace gd::ui {

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
    QLineEdit *m_weeklyOff = nullptr;
    QLineEdit *m_vitalFees = nullptr;
    QCheckBox *m_devanagariDigits = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

}  // namespace gd::ui
