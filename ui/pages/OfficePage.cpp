#include "OfficePage.h"

#include "OfficeProfile.h"
#include "../OfficeForm.h"
#include "OfficeSettings.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd::ui {

OfficePage::OfficePage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(QStringLiteral("officePage"));
    auto *outer = new QVBoxLayout(this);
    m_form = new OfficeForm(this);
    const auto edit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_weeklyOff = edit("weeklyOffLineEdit");
    m_vitalFees = edit("vitalFeesLineEdit");
    m_devanagariDigits = new QCheckBox(this);
    m_devanagariDigits->setObjectName(QStringLiteral("devanagariDigitsCheckBox"));
    m_form->addRow(QT_TRANSLATE_NOOP("gd::ui::OfficeForm", "Weekly off days (mon…sun, comma separated)"), m_weeklyOff);
    m_form->addRow(QT_TRANSLATE_NOOP("gd::ui::OfficeForm", "Birth/death late fees: on time, late, permission, order"), m_vitalFees);
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
    m_weeklyOff->setText(settings.get(QStringLiteral("weekly_off")).value());
    m_vitalFees->setText(settings.get(QStringLiteral("vital_fees")).value());
    m_devanagariDigits->setChecked(settings.devanagariDigits().value());
    const bool editable = workspace().may(Right::EditOffice);
    m_form->setReadOnly(!editable);
    m_weeklyOff->setReadOnly(!editable);
    m_vitalFees->setReadOnly(!editable);
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
    // Check everything first, so that nothing is half-saved.
    for (const auto &[key, value] : {QPair<QString, QString>{QStringLiteral("weekly_off"), m_weeklyOff->text()},
                                     {QStringLiteral("vital_fees"), m_vitalFees->text()}}) {
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
        if (auto r = settings.set(user, QStringLiteral("weekly_off"), m_weeklyOff->text()); !r)
            return r;
        if (auto r = settings.set(user, QStringLiteral("vital_fees"), m_vitalFees->text()); !r)
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

}  // namespace gd::ui
