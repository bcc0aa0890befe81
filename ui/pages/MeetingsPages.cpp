#include "MeetingsPages.h"

#include "registers/EntryService.h"
#include "registers/Meetings.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gd::ui {

MeetingsPage::MeetingsPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::meetings(), parent)
{
    m_action = addAction(u"newActionButton"_s, QKeySequence(Qt::Key_F6), [this] {
        const std::optional<Entry> chosen = selectedOrSay();
        if (!chosen)
            return;
        const RegisterDef &actions = Registers::meetingActions();
        QList<FieldDef> fields;
        for (const char *key : {"action", "owner", "decided_on", "due_on"})
            fields += *actions.field(QString::fromLatin1(key));
        const QString meeting = chosen->number;
        actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Action item of a meeting"), fields,
                     {{u"decided_on"_s, chosen->date(u"held_on"_s)}}, [this, meeting](const QVariantMap &typed) {
                         QVariantMap v = typed;
                         v.insert(u"meeting_no"_s, meeting);
                         return EntryService(this->workspace().book()).add(this->workspace().user(), Registers::meetingActions(), v);
                     });
        selectNumber(meeting);
    });
    retranslate();
    refreshWhenShown();
}

void MeetingsPage::retranslateExtras()
{
    m_action->setText(tr("New &action item (F6)"));
    m_action->setEnabled(mayWrite());
}

void MeetingsPage::decorate(FieldsDialog *dialog)
{
    dialog->setLiveNote([](const QVariantMap &v) -> QString {
        const QString kind = v.value(u"kind"_s).toString();
        const int members = v.value(u"members"_s).toInt();
        if (kind.isEmpty() || members <= 0)
            return tr("Choose the meeting and type the members: the quorum shows here.");
        const int quorum = Meetings::quorum(kind, members);
        if (quorum < 0)
            return tr("This meeting has no quorum.");
        const int present = v.value(u"present"_s).toInt();
        return present >= quorum ? tr("Quorum %1 of %2: met with %3 present.").arg(quorum).arg(members).arg(present)
                                 : tr("Quorum %1 of %2: not met, %3 present.").arg(quorum).arg(members).arg(present);
    });
}

MeetingActionsPage::MeetingActionsPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::meetingActions(), parent)
{
    m_done = addAction(u"actionDoneButton"_s, QKeySequence(Qt::Key_F7), [this] {
        const std::optional<Entry> chosen = selectedOrSay();
        if (!chosen)
            return;
        const Entry action = *chosen;
        FieldDef doneOn = *def().field(u"done_on"_s);
        doneOn.required = true;
        actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Action done"), {doneOn},
                     {{u"done_on"_s, this->workspace().clock().today()}}, [this, action](const QVariantMap &v) {
                         return Meetings::done(this->workspace().book(), this->workspace().user(), action,
                                               v.value(u"done_on"_s).toDate());
                     });
    });
    retranslate();
    refreshWhenShown();
    showStatus(u"open"_s);
}

void MeetingActionsPage::retranslateExtras()
{
    m_done->setText(tr("&Done (F7)"));
    m_done->setEnabled(mayWrite());
}

}  // namespace gd::ui
