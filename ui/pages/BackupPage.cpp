#include "BackupPage.h"
#include "FileDialogs.h"

#include "../ColumnFit.h"
#include "../Messages.h"
#include "../RowsModel.h"
#include "storage/AuditLog.h"
#include "base/Dates.h"
#include "storage/Backup.h"
#include "storage/Seals.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gd::ui {

BackupPage::BackupPage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(QStringLiteral("backupPage"));
    m_model = new RowsModel("gd::ui::BackupPage",
                            {QT_TR_NOOP("When"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Result"), QT_TR_NOOP("Where"),
                             QT_TR_NOOP("By"), QT_TR_NOOP("Note")},
                            this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("backupHistoryTableView"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    const auto button = [this](const char *name) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_backupNow = button("backupNowButton");
    m_backupTo = button("backupToFolderButton");
    m_restore = button("restoreButton");
    m_verify = button("verifyButton");
    m_checkSeal = button("checkSealButton");
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {m_backupNow, m_backupTo, m_restore, m_verify, m_checkSeal})
        buttons->addWidget(b);
    buttons->addStretch();
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("backupStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    connect(m_backupNow, &QPushButton::clicked, this,
            [this] { backupToFolder(BackupService(this->workspace().book()).defaultFolder()); });
    connect(m_backupTo, &QPushButton::clicked, this, [this] {
        const QString folder = FileDialogs::folder(this, tr("Choose the folder or USB stick for the backup"));
        if (!folder.isEmpty())
            backupToFolder(folder);
    });
    connect(m_restore, &QPushButton::clicked, this, [this] {
        const QString file = FileDialogs::openFile(this, tr("Choose the backup to restore"),
                                                          BackupService(this->workspace().book()).defaultFolder(),
                                                          tr("GramDesk books (*.gramdesk)"));
        if (!file.isEmpty())
            restoreFrom(file);
    });
    connect(m_verify, &QPushButton::clicked, this, &BackupPage::verifyBook);
    connect(m_checkSeal, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString seal = QInputDialog::getText(this, tr("Check against a printed seal"),
                                                   tr("The seal as printed at the foot of a monthly report, a cash-book day "
                                                      "page, an audit pack or a backup receipt (for example "
                                                      "1234:ABCD-EFGH-JKMN):"),
                                                   QLineEdit::Normal, QString(), &ok);
        if (ok && !seal.trimmed().isEmpty())
            checkSeal(seal);
    });
    retranslate();
}

void BackupPage::retranslate()
{
    m_backupNow->setText(tr("&Back up now"));
    m_backupTo->setText(tr("Back up to a &folder or USB stick…"));
    m_restore->setText(tr("&Restore a backup…"));
    m_verify->setText(tr("&Verify the book"));
    m_checkSeal->setText(tr("Check against a printed &seal…"));
    m_model->retranslate();
    refreshWhenShown();
}

void BackupPage::refresh()
{
    auto history = BackupService(this->workspace().book()).history();
    QList<QStringList> rows;
    if (history) {
        for (const BackupRecord &r : history.value()) {
            const QDateTime at = QDateTime::fromString(r.at, Qt::ISODate);
            const char *words = BackupService::kindWords(r.kind);
            const QString kind = words ? QCoreApplication::translate("gd::BackupService", words) : r.kind;
            // A copy's receipt is its seal, said in the language of whoever reads the log.
            const QString note = r.ok && Seals::parse(r.message) ? tr("Seal %1").arg(r.message) : r.message;
            rows.append({Dates::display(at.date()) + u' ' + at.toString(QStringLiteral("HH:mm")), kind,
                         r.ok ? tr("done") : tr("FAILED"), QDir::toNativeSeparators(r.place), r.actor, note});
        }
    }
    m_model->setRows(rows);
    fitColumns(m_table, [table = m_table] { table->resizeColumnsToContents(); });
    m_backupNow->setEnabled(this->workspace().may(Right::Backup));
    m_backupTo->setEnabled(this->workspace().may(Right::Backup));
    m_restore->setEnabled(this->workspace().may(Right::Restore));
    m_verify->setEnabled(this->workspace().may(Right::Verify));
    m_checkSeal->setEnabled(this->workspace().may(Right::Verify));
}

void BackupPage::backupToFolder(const QString &folder)
{
    if (auto s = Roles::require(this->workspace().user().role, Right::Backup); !s)
        return Messages::current().error(this, tr("Backups"), s.error().message);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    BackupService backups(this->workspace().book());
    auto copy = backups.backupTo(folder);
    QApplication::restoreOverrideCursor();
    refresh();
    if (!copy)
        return Messages::current().error(this, tr("The backup failed"), copy.error().message);
    QString done = tr("Backed up to %1.").arg(QDir::toNativeSeparators(copy.value()));
    if (backups.seal().entry > 0)
        done += u' ' + tr("Seal of this backup: %1. Write it in the backup register beside the date.").arg(backups.seal().text());
    m_status->setText(done);
}

void BackupPage::restoreFrom(const QString &file)
{
    if (auto s = Roles::require(this->workspace().user().role, Right::Restore); !s)
        return Messages::current().error(this, tr("Backups"), s.error().message);
    if (!Messages::current().confirm(this, tr("Restore a backup"),
                                     tr("Replace everything in the book with the backup %1?\n\nThe book as it is now "
                                        "is backed up first, so this can be undone.")
                                         .arg(QDir::toNativeSeparators(file))))
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Status s = BackupService(this->workspace().book()).restore(file);
    QApplication::restoreOverrideCursor();
    if (!s && s.error().code == ErrorCode::OtherOffice) {
        // Whose book it is, and the question again.
        if (!Messages::current().confirm(this, tr("Restore a backup"),
                                         s.error().message + QStringLiteral("\n\n") + tr("Put that office's book in place of this one?")))
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        s = BackupService(this->workspace().book()).restore(file, true);
        QApplication::restoreOverrideCursor();
    }
    this->workspace().notifyBookReplaced();
    if (!s)
        return Messages::current().error(this, tr("The restore failed"), s.error().message);
    m_status->setText(tr("Restored from %1.").arg(QDir::toNativeSeparators(file)));
}

void BackupPage::verifyBook()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto audit = this->workspace().book().verifyWhole();
    QApplication::restoreOverrideCursor();
    if (!audit)
        return Messages::current().error(this, tr("Verify the book"), audit.error().message);
    if (!audit.value().ok)
        return Messages::current().error(this, tr("The book failed its check"), audit.value().problem);
    m_status->setText(tr("The book is intact: %1 audit entries checked.").arg(audit.value().rowsChecked) + u' '
                      + tr("It passes through every seal known of it (%n checked).", nullptr, audit.value().sealsChecked));
}

void BackupPage::checkSeal(const QString &text)
{
    const QString title = tr("Check against a printed seal");
    auto seal = Seals::parse(text);
    if (!seal)
        return Messages::current().error(this, title, seal.error().message);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Book &book = this->workspace().book();
    auto audit = book.verifyWhole();
    auto problem = audit && audit.value().ok ? Seals::check(book, seal.value()) : Result<QString>(QString());
    QApplication::restoreOverrideCursor();
    if (!audit)
        return Messages::current().error(this, title, audit.error().message);
    if (!audit.value().ok)
        return Messages::current().error(this, tr("The book failed its check"), audit.value().problem);
    if (!problem)
        return Messages::current().error(this, title, problem.error().message);
    if (!problem.value().isEmpty())
        return Messages::current().error(this, title,
                                         problem.value() + u' ' + tr("Keep the paper with the seal and a copy of this book for the auditor."));
    m_status->setText(tr("The book passes through the seal %1: nothing before it was changed since it was printed.")
                          .arg(seal.value().text()));
}

}  // namespace gd::ui
