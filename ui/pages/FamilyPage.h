#pragma once
// The family register on screen: members found by any name, number, house or village; the selected member's
// family beside the list, with its events; and the changes the rules allow (a birth, a death, a marriage, a
// migration, a split, a correction on an order) and the certified copy.

#include "../registers/RegisterPage.h"
#include "registers/Family.h"

class QLabel;
class QTableWidget;

namespace gd::ui {

class PrintLanguageCombo;

class FamilyPage : public RegisterPage {
    Q_OBJECT
public:
    explicit FamilyPage(Workspace &workspace, QWidget *parent = nullptr);

    void newFamily();
    void addMember();
    void memberLeaves();
    void marryInto();
    void splitFamily();
    void correctOnOrder();
    void carryVitalEvent();
    void issueCopy();

protected:
    void retranslateExtras() override;
    void refreshExtras() override;
    void currentChanged(const Entry *entry) override;

private:
    void showFamily(const FamilyId &family);
    FamilyRegister::Change changeOf(const QVariantMap &typed) const;

    FamilyId m_family;
    QLabel *m_familyTitle;
    QLabel *m_familyLine;
    QTableWidget *m_members;
    QLabel *m_eventsTitle;
    QTableWidget *m_events;
    QPushButton *m_newFamily;
    QPushButton *m_addMember;
    QPushButton *m_leaves;
    QPushButton *m_marry;
    QPushButton *m_split;
    QPushButton *m_correctOnOrder;
    QPushButton *m_carry;
    QPushButton *m_copy;
    QLabel *m_languageLabel;
    PrintLanguageCombo *m_language;
};

}  // namespace gd::ui
