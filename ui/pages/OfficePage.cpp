#include "OfficePage.h"

#include "OfficeProfile.h"
#include "OfficeSettings.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gd::ui {

OfficePage::OfficePage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(QStringLiteral("officePage"));
    auto *outer = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    const auto edit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        return e;
    };
    m_nameHi = edit("officeNameHiLineEdit");
    m_nameEn = edit("officeNameEnLineEdit");
    m_lgd = edit("lgdCodeLineEdit");
    m_block = edit("blockLineEdit");
    m_district = edit("districtLineEdit");
    m_state = edit("stateLineEdit");
    m_address = edit("addressLineEdit");
    m_villages = new QPlainTextEdit(this);
    m_villages->setObjectName(QStringLiteral("villagesTextEdit"));
    m_villages->setTabChangesFocus(true);
    m_villages->setMaximumHeight(90);
    m_secretary = edit("secretaryLineEdit");
    m_pradhan = edit("pradhanLineEdit");
    m_weeklyOff = edit("weeklyOffLineEdit");
    m_vitalFees = edit("vitalFeesLineEdit");
    m_devanagariDigits = new QCheckBox(this);
    m_devanagariDigits->setObjectName(QStringLiteral("devanagariDigitsCheckBox"));
    const QList<QPair<QWidget *, const char *>> rows = {
        {m_nameHi, QT_TR_NOOP("Gram Panchayat name (Hindi)")},
        {m_nameEn, QT_TR_NOOP("Gram Panchayat name (English)")},
        {m_lgd, QT_TR_NOOP("LGD code of the Gram Panchayat")},
        {m_block, QT_TR_NOOP("Block")},
        {m_district, QT_TR_NOOP("District")},
        {m_state, QT_TR_NOOP("State")},
        {m_address, QT_TR_NOOP("Office address")},
        {m_villages, QT_TR_NOOP("Villages covered (one per line)")},
        {m_secretary, QT_TR_NOOP("Secretary")},
        {m_pradhan, QT_TR_NOOP("Pradhan")},
        {m_weeklyOff, QT_TR_NOOP("Weekly off days (mon…sun, comma separated)")},
        {m_vitalFees, QT_TR_NOOP("Birth/death late fees: on time, late, permission, order")},
        {m_devanagariDigits, QT_TR_NOOP("Devanagari digits in printouts")},
    };
    for (const auto &[widget, text] : rows) {
        auto *label = new QLabel(this);
        label->setBuddy(widget);
        m_labels.append({label, text});
        form->addRow(label, widget);
    }
    outer->addLayout(form);
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
    refresh();
}

void OfficePage::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text) + u':');
    m_devanagariDigits->setText(tr("use ०१२३ instead of 0123"));
    m_save->setText(tr("&Save"));
    m_save->setToolTip(workspace().may(Right::EditOffice) ? tr("Save the office profile and settings")
                                                          : tr("Only the administrator or the secretary may change this."));
}

void OfficePage::refresh()
{
    Book &book = workspace().book();
    if (auto o = OfficeProfile(book).load(); o) {
        const Office &office = o.value();
        m_nameHi->setText(office.nameHi);
        m_nameEn->setText(office.nameEn);
        m_lgd->setText(office.lgdCode);
        m_block->setText(office.block);
        m_district->setText(office.district);
        m_state->setText(office.state);
        m_address->setText(office.address);
        m_villages->setPlainText(office.villages.join(u'\n'));
        m_secretary->setText(office.secretaryName);
        m_pradhan->setText(office.pradhanName);
    }
    OfficeSettings settings(book);
    m_weeklyOff->setText(settings.get(QStringLiteral("weekly_off")).value());
    m_vitalFees->setText(settings.get(QStringLiteral("vital_fees")).value());
    m_devanagariDigits->setChecked(settings.devanagariDigits().value());
    const bool editable = workspace().may(Right::EditOffice);
    for (QLineEdit *e : findChildren<QLineEdit *>())
        e->setReadOnly(!editable);
    m_villages->setReadOnly(!editable);
    m_devanagariDigits->setEnabled(editable);
    m_save->setEnabled(editable);
    m_status->clear();
    retranslate();
}

void OfficePage::save()
{
    Book &book = workspace().book();
    auto current = OfficeProfile(book).load();
    Office office = current ? current.value() : Office{};
    office.nameHi = m_nameHi->text();
    office.nameEn = m_nameEn->text();
    office.lgdCode = m_lgd->text();
    office.block = m_block->text();
    office.district = m_district->text();
    office.state = m_state->text();
    office.address = m_address->text();
    office.villages = m_villages->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    office.secretaryName = m_secretary->text();
    office.pradhanName = m_pradhan->text();
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
