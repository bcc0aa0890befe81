#pragma once
// The meetings register (with quorum worked out, and F6 for an action item of the selected meeting) and the
// action items of meetings (open, overdue, done; F7 marks one done).

#include "../registers/RegisterPage.h"

namespace gd::ui {

class MeetingsPage : public RegisterPage {
    Q_OBJECT
public:
    explicit MeetingsPage(Workspace &workspace, QWidget *parent = nullptr);

protected:
    void retranslateExtras() override;
    // The quorum and whether it is met, while members and those present are typed.
    void decorate(FieldsDialog *dialog) override;

private:
    QPushButton *m_action;
};

class MeetingActionsPage : public RegisterPage {
    Q_OBJECT
public:
    explicit MeetingActionsPage(Workspace &workspace, QWidget *parent = nullptr);

protected:
    void retranslateExtras() override;

private:
    QPushButton *m_done;
};

}  // namespace gd::ui
