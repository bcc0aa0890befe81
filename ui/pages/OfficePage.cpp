#include "OfficePage.h"

#include "../HindiKeyboard.h"
#include "office/OfficeProfile.h"
#include "../OfficeForm.h"
#include "office/OfficeSettings.h"
#include "base/Money.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

constexpr const char *kFeeNames[] = {"OnTime", "Late", "Permission", "Order"};

}  // namespace

OfficePage::OfficePage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(QStringLiteral("officePage"));
    auto *outer = new QVBoxLayout(this);
    m_form = new OfficeForm(this);
    // A box for each day of the week, Monday first.
    auto *days = new QWidget(this);
    auto *dayRow = new QHBoxLayout(days);
    dayRow->setContentsMargins(0, 0, 0, 0);
    for (int day = 1; day <= 7; ++day) {
        auto *box = new QCheckBox(days);
        box->setObjectName(QStringLiteral("weeklyOff%1CheckBox").arg(OfficeSettings::dayCode(day)));
        dayRow->addWidget(box);
        m_offDays.append(box);
    }
    dayRow->addStretch();
    // The four fees side by side, each with what it is for under it.
    auto *fees = new QWidget(this);
    auto *feeGrid = new QGridLayout(fees);
    feeGrid->setContentsMargins(0, 0, 0, 0);
    for (int i = 0; i < 4; ++i) {
        auto *edit = new QLineEdit(fees);
        edit->setObjectName(QStringLiteral("vitalFee%1LineEdit").arg(QString::fromLatin1(kFeeNames[i])));
        edit->setAlignment(Qt::AlignRight);
        HindiKeyboard::keepLatin(edit);  // a fee in rupees
        auto *label = new QLabel(fees);
        label->setBuddy(edit);
        label->setWordWrap(true);  // the four side by side must not widen the page past the window
        label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
        feeGrid->addWidget(edit, 0, i);
        feeGrid->addWidget(label, 1, i);
        feeGrid->setColumnStretch(i, 1);
        m_vitalFees.append(edit);
        m_vitalFeeLabels.append(label);
    }
    m_devanagariDigits = new QCheckBox(this);
    m_devanagariDigits->setObjectName(QStringLiteral("devanagariDigitsCheckBox"));
    m_form->addRow(QT_TRANSLATE_NOOP("gd::ui::OfficeForm", "Weekly off days"), days);
    m_form->addRow(QT_TRANSLATE_NOOP("gd::ui::OfficeForm", "Birth/death registration fees (₹)"), fees);
    m_form->addRow(QT_TRANSLATE_NOOP("gd::ui::OfficeForm", "Devanagari digits in printouts"), m_devanagariDigits);
    outer->addWidget(m_form);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("officeStatusLabel"));
    m_status->setWordWrap(true);
    outer->addWidget(m_status);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_save);
    outer->addLayout(buttons);
    outer->addStretch();
    connect(m_save, &QPushButton::clicked, this, &OfficePage::save);
    retranslate();
    refreshWhenShown();
}

void OfficePage::retranslate()
{
    const QStringList days = {tr("Mon"), tr("Tue"), tr("Wed"), tr("Thu"), tr("Fri"), tr("Sat"), tr("Sun")};
    for (int i = 0; i < m_offDays.size(); ++i)
        m_offDays.at(i)->setText(days.at(i));
    // The delay categories of CONTRACTS.md: reported within 21 days, 22–30, 31–365, later.
    const QStringList feeFor = {tr("on time (up to 21 days)"), tr("late (22–30 days)"), tr("with permission (31–365 days)"),
                                tr("with an order (after a year)")};
    for (int i = 0; i < m_vitalFeeLabels.size(); ++i)
        m_vitalFeeLabels.at(i)->setText(feeFor.at(i));
    m_devanagariDigits->setText(tr("use ०१२३ instead of 0123"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(workspace().may(Right::EditOffice) ? tr("Save the office profile and settings")
                                                          : tr("Only the administrator or the secretary may change this."));
}

void OfficePage::refresh()
{
    Book &book = workspace().book();
    if (auto o = OfficeProfile(book).load(); o)
        m_form->setOffice(o.value());
    OfficeSettings settings(book);
    const auto off = settings.weeklyOff();
    for (int i = 0; i < m_offDays.size(); ++i)
        m_offDays.at(i)->setChecked(off && off.value().contains(i + 1));
    showVitalFees(settings.get(QStringLiteral("vital_fees")).value());
    m_devanagariDigits->setChecked(settings.devanagariDigits().value());
    const bool editable = workspace().may(Right::EditOffice);
    m_form->setReadOnly(!editable);
    for (QCheckBox *box : std::as_const(m_offDays))
        box->setEnabled(editable);
    for (QLineEdit *edit : std::as_const(m_vitalFees))
        edit->setReadOnly(!editable);
    m_devanagariDigits->setEnabled(editable);
    m_save->setEnabled(editable);
    m_status->clear();
    retranslate();
}

void OfficePage::save()
{
    Book &book = workspace().book();
    auto current = OfficeProfile(book).load();
    const Office office = m_form->office(current ? current.value() : Office{});
    // Check everything first, so that nothing is half-saved; a fee that is not an amount is named.
    for (int i = 0; i < m_vitalFees.size(); ++i) {
        if (auto amount = Money::parse(m_vitalFees.at(i)->text()); !amount) {
            m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_status->setText(tr("Fee %1: %2").arg(m_vitalFeeLabels.at(i)->text(), amount.error().message));
            m_vitalFees.at(i)->setFocus();
            return;
        }
    }
    for (const auto &[key, value] : {QPair<QString, QString>{QStringLiteral("weekly_off"), weeklyOff()},
                                     {QStringLiteral("vital_fees"), vitalFees()}}) {
        if (auto n = OfficeSettings::normalize(key, value); !n) {
            m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
            m_status->setText(n.error().message);
            return;
        }
    }
    const User &user = workspace().user();
    Status s = book.transact([&]() -> Status {
        if (auto r = OfficeProfile(book).save(user, office); !r)
            return r;
        OfficeSettings settings(book);
        if (auto r = settings.set(user, QStringLiteral("weekly_off"), weeklyOff()); !r)
            return r;
        if (auto r = settings.set(user, QStringLiteral("vital_fees"), vitalFees()); !r)
            return r;
        return settings.set(user, QStringLiteral("devanagari_digits"),
                            m_devanagariDigits->isChecked() ? QStringLiteral("on") : QStringLiteral("off"));
    });
    if (!s) {
        m_status->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_status->setText(s.error().message);
        return;
    }
    refresh();
    m_status->setStyleSheet(QStringLiteral("color: #1b5e20;"));
    m_status->setText(tr("Saved."));
}

QString OfficePage::weeklyOff() const
{
    QStringList days;
    for (int i = 0; i < m_offDays.size(); ++i)
        if (m_offDays.at(i)->isChecked())
            days += OfficeSettings::dayCode(i + 1);
    return days.join(u',');
}

QString OfficePage::vitalFees() const
{
    QStringList fees;
    for (const QLineEdit *edit : m_vitalFees)
        fees += edit->text().trimmed();
    return fees.join(u',');
}

void OfficePage::showVitalFees(const QString &fees)
{
    const QStringList amounts = fees.split(u',');
    for (int i = 0; i < m_vitalFees.size(); ++i)
        m_vitalFees.at(i)->setText(amounts.value(i));
}

}  // namespace gd::ui
