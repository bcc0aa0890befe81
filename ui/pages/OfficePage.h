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

    // The settings as OfficeSettings keeps them ("sat,sun"; "0,2,5,10"), from the boxes and back.
    QString weeklyOff() const;
    QString vitalFees() const;
    void showVitalFees(const QString &fees);

    OfficeForm *m_form = nullptr;
    QList<QCheckBox *> m_offDays;      // Monday … Sunday (Qt day numbers 1 … 7)
    QList<QLineEdit *> m_vitalFees;    // on time, late, with permission, with an order
    QList<QLabel *> m_vitalFeeLabels;
    QCheckBox *m_devanagariDigits = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
};

}  // namespace gd::ui
