#pragma once
// The record room on screen: the file index (issue, return, move, new volume, close, destroy, labels, shelf
// lists, the lists of files out, overdue, due for review and destroyed) and the movement register.

#include "../registers/RegisterPage.h"

class QLabel;
class QListWidget;

namespace gd::ui {

class PrintLanguageCombo;

class FilesPage : public RegisterPage {
    Q_OBJECT
public:
    explicit FilesPage(Workspace &workspace, QWidget *parent = nullptr);

protected:
    void retranslateExtras() override;
    void refreshExtras() override;

private:
    void issue();
    void returnSelected();
    void move();
    void newVolume();
    void closeSelected();
    void destroySelected();
    void printLabels();
    void printShelfList();
    void printList();
    void showSelected();
    QList<Entry> listed(int most) const;

    QPushButton *m_issue, *m_return, *m_move, *m_volume, *m_close, *m_destroy, *m_labels, *m_shelf, *m_list;
    PrintLanguageCombo *m_language;
    QLabel *m_where;
    QListWidget *m_movements;
    QLabel *m_listsTitle;
    QList<QPushButton *> m_lists;  // out, overdue, review, destroyed
};

class MovementsPage : public RegisterPage {
    Q_OBJECT
public:
    explicit MovementsPage(Workspace &workspace, QWidget *parent = nullptr);

protected:
    void retranslateExtras() override;

private:
    QPushButton *m_return;
};

}  // namespace gd::ui
