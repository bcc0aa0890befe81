#include "OfficeForm.h"

#include "HindiKeyboard.h"
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

namespace gd::ui {

OfficeForm::OfficeForm(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("officeForm"));
    m_form = new QFormLayout(this);
    m_form->setContentsMargins(0, 0, 0, 0);
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
    m_state->setText(Office{}.state);
    // The English name and the LGD code stay in Latin letters while Hindi typing is on.
    HindiKeyboard::keepLatin(m_nameEn);
    HindiKeyboard::keepLatin(m_lgd);
    m_address = edit("addressLineEdit");
    m_villages = new QPlainTextEdit(this);
    m_villages->setObjectName(QStringLiteral("villagesTextEdit"));
    m_villages->setTabChangesFocus(true);
    m_villages->setMaximumHeight(80);
    m_secretary = edit("secretaryLineEdit");
    m_pradhan = edit("pradhanLineEdit");
    addRow(QT_TR_NOOP("Gram Panchayat name (Hindi)"), m_nameHi);
    addRow(QT_TR_NOOP("Gram Panchayat name (English)"), m_nameEn);
    addRow(QT_TR_NOOP("LGD code of the Gram Panchayat"), m_lgd);
    addRow(QT_TR_NOOP("Block"), m_block);
    addRow(QT_TR_NOOP("District"), m_district);
    addRow(QT_TR_NOOP("State"), m_state);
    addRow(QT_TR_NOOP("Office address"), m_address);
    addRow(QT_TR_NOOP("Villages covered (one per line)"), m_villages);
    addRow(QT_TR_NOOP("Secretary"), m_secretary);
    addRow(QT_TR_NOOP("Pradhan"), m_pradhan);
    retranslate();
}

void OfficeForm::addRow(const char *label, QWidget *field)
{
    auto *l = new QLabel(this);
    l->setBuddy(field);
    l->setText(tr(label) + u':');
    m_labels.append({l, label});
    m_form->addRow(l, field);
}

void OfficeForm::retranslate()
{
    for (const auto &[label, text] : std::as_const(m_labels))
        label->setText(tr(text) + u':');
    m_nameHi->setPlaceholderText(tr("for example ग्राम पंचायत रामपुर"));
    m_nameEn->setPlaceholderText(tr("for example Gram Panchayat Rampur"));
    m_lgd->setPlaceholderText(tr("digits only, for example 123456"));
}

void OfficeForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void OfficeForm::setOffice(const Office &o)
{
    m_nameHi->setText(o.nameHi);
    m_nameEn->setText(o.nameEn);
    m_lgd->setText(o.lgdCode);
    m_block->setText(o.block);
    m_district->setText(o.district);
    m_state->setText(o.state);
    m_address->setText(o.address);
    m_villages->setPlainText(o.villages.join(u'\n'));
    m_secretary->setText(o.secretaryName);
    m_pradhan->setText(o.pradhanName);
}

Office OfficeForm::office(const Office &base) const
{
    Office o = base;
    o.nameHi = m_nameHi->text();
    o.nameEn = m_nameEn->text();
    o.lgdCode = m_lgd->text();
    o.block = m_block->text();
    o.district = m_district->text();
    o.state = m_state->text();
    o.address = m_address->text();
    o.villages = m_villages->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    o.secretaryName = m_secretary->text();
    o.pradhanName = m_pradhan->text();
    return o;
}

void OfficeForm::setReadOnly(bool readOnly)
{
    for (QLineEdit *e : {m_nameHi, m_nameEn, m_lgd, m_block, m_district, m_state, m_address, m_secretary, m_pradhan})
        e->setReadOnly(readOnly);
    m_villages->setReadOnly(readOnly);
}

void OfficeForm::focusField(const QString &field)
{
    (field == u"name_hi" ? m_nameHi : field == u"name_en" ? m_nameEn : m_lgd)->setFocus();
}

}  // namespace gd::ui
