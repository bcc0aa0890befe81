#pragma once
// The main window: a navigation list of the office's areas, the area itself, and a status bar.

#include "BackgroundTask.h"
#include "Workspace.h"
#include "registers/Registers.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QLineEdit;
class QTimer;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace gd::ui {

class Page;
class SearchResults;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    QList<Page *> pages() const { return m_pages; }
    void showArea(int index);
    // Opens the register that holds `key` (a file code or entry number) with the entry selected.
    bool openEntry(const QString &registerId, const QString &key);
    // Opens the area of a register with the list a status filter picks ("backups": the backups area).
    bool openList(const QString &registerId, const QString &status);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

    void changeEvent(QEvent *event) override;
    // Closing the window with a form open asks, as the form's own ✕ does, before its typed work is thrown away.
    void closeEvent(QCloseEvent *event) override;

    // The groups of the navigation list, by the office's work, in their order.
    enum class Group { Home, FrontOffice, Families, Accounts, RecordRoom, Quality, Masters, Office };
    // The area a user's work starts on: the operator's visitor register, the auditor's audit log, else the home page.
    int firstArea() const;

private:
    void addPage(Page *page, Group group, bool digitKey = true);
    void buildNavigation();
    static QString groupTitle(Group group);
    int rowOfArea(int index) const;
    void buildLayout();
    void wireSearch();
    void addPages();
    void addRegisterPages(PageArea area, Group group);
    void buildStatusBar();
    void buildMenus();
    void retranslate();
    void switchUser();
    void setLanguage(const QString &language);
    void runSearch();
    // Hands the book's words to Hindi typing (once it is on: reading ten years of names takes a moment).
    void readTypingWords();
    void leaveSearch();

    Workspace &m_workspace;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Page *> m_pages;
    QList<Group> m_groups;          // each page's group
    QList<QString> m_areaKeys;      // each page's Ctrl+digit key, or empty
    int m_digitKeys = 0;  // pages given a Ctrl+digit key so far
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_hindiAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_keysAction = nullptr;
    QAction *m_firstDayAction = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
    BackgroundTask m_lexiconTask;  // the book's words for Hindi typing's suggestions, read beside the window
    bool m_lexiconRead = false;
    bool m_painted = false;  // the window has painted once (the book's words are read only after)
    QLineEdit *m_searchBox = nullptr;
    SearchResults *m_results = nullptr;
    QTimer *m_searchDelay = nullptr;
    QAction *m_findAction = nullptr;
};

}  // namespace gd::ui
