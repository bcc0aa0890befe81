#include "MeetingsPages.h"

#include "registers/Meetings.h"

#include <QPushButton>

namespace gd::ui {

namespace {

QString s(const char *latin)
{
    return QString::fromLatin1(latin);
}

}  // namespace

MeetingsPage::MeetingsPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::meetings(),
                   {s("number"), s("kind"), s("committee"), s("session"), s("held_on"), s("venue"), s("presided_by"), s("members"),
                    s("present"), s("quorum"), s("quorum_met"), s("agenda"), s("resolutions")},
                   {s("kind"), s("committee"), s("session"), s("held_on"), s("venue"), s("notice_on"), s("presided_by"),
                    s("members"), s("present"), s("agenda"), s("resolutions"), s("minutes")},
                   parent)
{
    m_action = addAction(s("newActionButton"), QKeySequence(Qt::Key_F6), [this] {
        const std::optional<Entry> chosen = selectedOrSay();
        if (!chosen)
            return;
        const RegisterDef &actions = Registers::meetingActions();
        QList<FieldDef> fields;
        for (const char *key : {"action", "owner", "decided_on", "due_on"})
            fields += *actions.field(s(key));
        const QString meeting = chosen->number;
        actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Action item of a meeting"), fields,
                     {{s("decided_on"), chosen->date(s("held_on"))}}, [this, meeting](const QVariantMap &typed) {
                         QVariantMap v = typed;
                         v.insert(s("meeting_no"), meeting);
                         return FrontOffice(this->workspace().book()).add(this->workspace().user(), Registers::meetingActions(), v);
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
        const QString kind = v.value(s("kind")).toString();
        const int members = v.value(s("members")).toInt();
        if (kind.isEmpty() || members <= 0)
            return tr("Choose the meeting and type the members: the quorum shows here.");
        const int quorum = Meetings::quorum(kind, members);
        if (quorum < 0)
            return tr("This meeting has no quorum.");
        const int present = v.value(s("present")).toInt();
        return present >= quorum ? tr("Quorum %1 of %2: met with %3 present.").arg(quorum).arg(members).arg(present)
                                 : tr("Quorum %1 of %2: not met, %3 present.").arg(quorum).arg(members).arg(present);
    });
}

MeetingActionsPage::MeetingActionsPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::meetingActions(),
                   {s("number"), s("meeting_no"), s("decided_on"), s("action"), s("owner"), s("due_on"), s("done_on"), s("remarks")},
                   {s("meeting_no"), s("decided_on"), s("action"), s("owner"), s("due_on"), s("remarks")}, parent)
{
    m_done = addAction(s("actionDoneButton"), QKeySequence(Qt::Key_F7), [this] {
        const std::optional<Entry> chosen = selectedOrSay();
        if (!chosen)
            return;
        const Entry action = *chosen;
        FieldDef doneOn = *def().field(s("done_on"));
        doneOn.required = true;
        actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Action done"), {doneOn},
                     {{s("done_on"), this->workspace().clock().today()}}, [this, action](const QVariantMap &v) {
                         return Meetings::done(this->workspace().book(), this->workspace().user(), action,
                                               v.value(s("done_on")).toDate());
                     });
    });
    retranslate();
    refreshWhenShown();
    showStatus(s("open"));
}

void MeetingActionsPage::retranslateExtras()
{
    m_done->setText(tr("&Done (F7)"));
    m_done->setEnabled(mayWrite());
}

}  // namespace gd::ui
