#pragma once
// The main window: a navigation list of the office's areas, the area itself, and a status bar.

#include "Workspace.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace gd::ui {

class Page;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(Workspace &workspace, QWidget *parent = nullptr);
    QList<Page *> pages() const { return m_pages; }
    void showArea(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void addPage(Page *page);
    void buildMenus();
    void retranslate();
    void switchUser();
    void setLanguage(const QString &language);

    Workspace &m_workspace;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QList<Page *> m_pages;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_switchUserAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_hindiAction = nullptr;
    QAction *m_englishAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QLabel *m_officeLabel = nullptr;
    QLabel *m_userLabel = nullptr;
    QLabel *m_languageLabel = nullptr;
};

}  // namespace gd::ui
