#pragma once
// Shown when the book is found damaged: what is wrong, the newest backup that passes its check (searched on a
// thread of its own), and the choice to put that backup (or another one) in the book's place, or to close.

#include "BackgroundTask.h"
#include "storage/Recovery.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace gd {
class Clock;
}

namespace gd::ui {

class RecoveryDialog : public QDialog {
    Q_OBJECT
public:
    RecoveryDialog(const QString &bookPath, const QString &problem, const Clock &clock, QWidget *parent = nullptr);
    ~RecoveryDialog() override;

    // The backup chosen to take the book's place (empty unless accepted).
    QString chosenBackup() const { return m_chosen; }
    // True once the search for a good backup has finished.
    bool searched() const { return m_searched; }

private:
    void showFound(const Recovery::GoodBackup &found);
    void chooseAnother();

    QString m_bookPath;
    QLabel *m_backupLabel;
    QPushButton *m_restoreButton;
    QString m_found;
    QString m_chosen;
    bool m_searched = false;
    BackgroundTask m_search;
};

}  // namespace gd::ui
