#pragma once
// Backups: the history of every copy and restore, a copy now (to any folder or USB stick), restore, verify.

#include "Page.h"

class QLabel;
class QPushButton;
class QTableView;

namespace gd::ui {

class RowsModel;

class BackupPage : public Page {
    Q_OBJECT
public:
    explicit BackupPage(Workspace &workspace, QWidget *parent = nullptr);
    QString title() const override { return tr("Backups"); }
    void refresh() override;
    bool shows(const QString &area) const override { return area == u"backups"; }

    // Test seams: the GUI asks for these with file dialogs.
    void backupToFolder(const QString &folder);
    void restoreFrom(const QString &file);
    void verifyBook();
    // Whether the book's chain passes through a seal typed from paper ("1234:ABCD-EFGH-JKMN").
    void checkSeal(const QString &text);

protected:
    void retranslate() override;

private:
    RowsModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_backupNow = nullptr;
    QPushButton *m_backupTo = nullptr;
    QPushButton *m_restore = nullptr;
    QPushButton *m_verify = nullptr;
    QPushButton *m_checkSeal = nullptr;
};

}  // namespace gd::ui
