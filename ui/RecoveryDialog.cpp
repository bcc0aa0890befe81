#include "RecoveryDialog.h"
#include "FileDialogs.h"

#include "base/Clock.h"
#include "base/Dates.h"
#include "storage/Backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace gd::ui {

RecoveryDialog::RecoveryDialog(const QString &bookPath, const QString &problem, const Clock &clock, QWidget *parent)
    : QDialog(parent), m_bookPath(bookPath)
{
    setObjectName(QStringLiteral("recoveryDialog"));
    setWindowTitle(tr("The book is damaged"));
    setMinimumWidth(520);
    auto *layout = new QVBoxLayout(this);
    auto *what = new QLabel(tr("<b>The book %1 is damaged</b> (%2).<br>Do not enter anything more into it. GramDesk "
                               "can put a backup in its place; the damaged book is kept as it is, in the backup "
                               "folder, for anyone who needs to look at it.")
                                .arg(QDir::toNativeSeparators(bookPath).toHtmlEscaped(), problem.toHtmlEscaped()),
                            this);
    what->setObjectName(QStringLiteral("problemLabel"));
    what->setWordWrap(true);
    layout->addWidget(what);
    m_backupLabel = new QLabel(tr("Looking for the newest backup that passes its check…"), this);
    m_backupLabel->setObjectName(QStringLiteral("backupLabel"));
    m_backupLabel->setWordWrap(true);
    layout->addWidget(m_backupLabel);

    auto *buttons = new QDialogButtonBox(this);
    m_restoreButton = buttons->addButton(tr("&Restore this backup"), QDialogButtonBox::AcceptRole);
    m_restoreButton->setObjectName(QStringLiteral("restoreButton"));
    m_restoreButton->setEnabled(false);
    auto *choose = buttons->addButton(tr("C&hoose another backup…"), QDialogButtonBox::ActionRole);
    choose->setObjectName(QStringLiteral("chooseButton"));
    auto *close = buttons->addButton(tr("&Close GramDesk"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(m_restoreButton, &QPushButton::clicked, this, [this] {
        m_chosen = m_found;
        accept();
    });
    connect(choose, &QPushButton::clicked, this, &RecoveryDialog::chooseAnother);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    const QString book = bookPath;
    const Clock *c = &clock;
    m_search.start<Recovery::GoodBackup>(
        this, [book, c] { return Recovery::newestGood(book, *c); },
        [this](const Recovery::GoodBackup &found) { showFound(found); });
}

RecoveryDialog::~RecoveryDialog() = default;

void RecoveryDialog::showFound(const Recovery::GoodBackup &found)
{
    m_searched = true;
    m_found = found.path;
    QString text;
    if (found.path.isEmpty()) {
        text = tr("No backup in %1 passes its check. Choose a backup from elsewhere (a USB stick), or close GramDesk "
                  "and ask for help; the book has not been changed.")
                   .arg(QDir::toNativeSeparators(BackupService::defaultFolderFor(m_bookPath)));
    } else {
        text = tr("The newest good backup was written on %1:<br>%2<br>Whatever was entered after that must be "
                  "entered again.")
                   .arg(QString(Dates::display(found.taken.date()) + QStringLiteral(", ") + found.taken.toString(QStringLiteral("hh:mm"))),
                        QDir::toNativeSeparators(found.path).toHtmlEscaped());
    }
    if (!found.rejected.isEmpty())
        text += QStringLiteral("<br>")
            + tr("%n newer backup(s) failed the check and were passed over.", nullptr, int(found.rejected.size()));
    m_backupLabel->setText(text);
    m_restoreButton->setEnabled(!found.path.isEmpty());
    adjustSize();  // the longer text must not squeeze the explanation above it
    if (!found.path.isEmpty())
        m_restoreButton->setFocus();
}

void RecoveryDialog::chooseAnother()
{
    const QString file = FileDialogs::openFile(this, tr("Choose the backup to restore"),
                                                      BackupService::defaultFolderFor(m_bookPath),
                                                      tr("GramDesk books (*.gramdesk)"));
    if (file.isEmpty())
        return;
    m_chosen = file;
    accept();
}

}  // namespace gd::ui
