#include "FieldsDialog.h"

#include "../Messages.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace gd::ui {

FieldsDialog::FieldsDialog(Workspace &workspace, const char *titleSource, QList<FieldDef> fields, Save save,
                           QWidget *parent)
    : QDialog(parent), m_titleSource(titleSource), m_save(std::move(save))
{
    setObjectName(QStringLiteral("fieldsDialog"));
    m_form = new FieldForm(workspace, std::move(fields), this);
    m_form->setObjectName(QStringLiteral("fieldForm"));
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_form);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    m_ok = new QPushButton(this);
    m_ok->setObjectName(QStringLiteral("saveButton"));
    m_ok->setDefault(true);
    m_cancel = new QPushButton(this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setAutoDefault(false);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("liveNoteLabel"));
    m_note->setWordWrap(true);
    m_note->setStyleSheet(QStringLiteral("background: #eef5ff; padding: 6px;"));
    m_note->hide();
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_ok);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_note);
    layout->addLayout(buttons);
    connect(m_ok, &QPushButton::clicked, this, &FieldsDialog::trySave);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_form, &FieldForm::submitRequested, this, &FieldsDialog::trySave);
    setMinimumWidth(560);
    const int wanted = m_form->sizeHint().height() + 90;
    resize(620, std::min(wanted, 720));
    retranslate();
}

void FieldsDialog::setLiveNote(const std::function<QString(const QVariantMap &)> &note)
{
    m_noteFunction = note;
    const auto update = [this] {
        QList<FieldProblem> ignored;
        const QString text = m_noteFunction ? m_noteFunction(m_form->values(&ignored)) : QString();
        m_note->setText(text);
        m_note->setVisible(!text.isEmpty());
    };
    connect(m_form, &FieldForm::edited, this, update);
    update();
}

void FieldsDialog::trySave()
{
    QList<FieldProblem> problems;
    const QVariantMap values = m_form->values(&problems);
    if (!problems.isEmpty()) {
        m_form->showProblems(problems);
        return;
    }
    const Status s = m_save(values);
    if (!s) {
        // An empty message means the save function has already shown the problems in the form.
        if (!s.error().message.isEmpty())
            m_form->showMessage(s.error().message);
        return;
    }
    accept();
}

void FieldsDialog::showEvent(QShowEvent *event)
{
    // What the form shows as it opens (today's date, the values of the entry corrected) is not the clerk's work.
    if (!m_shown)
        m_form->markUnchanged();
    m_shown = true;
    QDialog::showEvent(event);
}

bool FieldsDialog::mayDiscard()
{
    if (m_discardAsked || m_choosesOnly || !m_form->changed())
        return true;
    m_discardAsked = Messages::current().confirm(this, tr("Discard what you typed?"),
                                                 tr("This form has typed entries that are not saved. Close it and "
                                                    "discard them?\n\nChoose No to go back to the form and save."));
    return m_discardAsked;
}

void FieldsDialog::reject()
{
    if (mayDiscard())
        QDialog::reject();
}

void FieldsDialog::retranslate()
{
    setWindowTitle(QCoreApplication::translate("gd::ui::FieldsDialog", m_titleSource));
    m_ok->setText(tr(m_acceptSource));
    m_cancel->setText(tr("Cancel (Esc)"));
}

void FieldsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace gd::ui
