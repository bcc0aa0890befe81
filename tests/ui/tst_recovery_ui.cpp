// The whole start of the program over a damaged book: the check beside the login finds the damage, the newest good
// backup is offered and put in place, the damaged book is kept, and the login comes back over the restored book.
#include "Application.h"
#include "BookFiles.h"
#include "RecoveryDialog.h"
#include "TestBook.h"
#include "registers/Registers.h"
#include "storage/Backup.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCryptographicHash>
#include <QDialog>
#include <QDir>
#include <QLabel>
#include <QMessageBox>
#include <QPointer>
#include <QStandardPaths>
#include <QTimer>
#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

// Answers the program's dialogs as they come, the way `answer` says, and notes which came in what order.
struct Operator {
    QStringList seen;
    std::function<void(QWidget *, Operator &)> answer;
    QTimer timer;
    // The dialog answered last, forgotten once it is gone: the next dialog may be made at the very address where the
    // last one lived (an optimised build puts the recovery dialog in the login dialog's place on the stack), and a
    // plain pointer then took it for one already answered, leaving it open until the test's time ran out.
    QPointer<QWidget> last;

    void start()
    {
        timer.setInterval(20);
        QObject::connect(&timer, &QTimer::timeout, [this] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal || modal == last)
                return;
            if (auto *recovery = qobject_cast<ui::RecoveryDialog *>(modal); recovery && !recovery->searched())
                return;  // still looking for a good backup
            last = modal;
            seen << (qobject_cast<QMessageBox *>(modal) ? QStringLiteral("message") : modal->objectName());
            answer(modal, *this);
        });
        timer.start();
    }
};

// A book of ten visitors with a backup in its backup folder.
bool tenVisitorsBackedUp(TestBook &t)
{
    if (!t.create())
        return false;
    addVisitors(t, 1, 10);
    BackupService backups(*t.book);
    return backups.backupTo(backups.defaultFolder()).ok();
}

// The file's first 100 bytes (SQLite's header) overwritten with zeros.
bool overwriteHeader(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadWrite) && f.write(QByteArray(100, '\0')) == 100;
}

QAbstractButton *button(QWidget *w, const char *name)
{
    return w->findChild<QAbstractButton *>(QString::fromLatin1(name));
}

}  // namespace

class TestRecoveryUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void damageFoundBesideTheLoginIsRepairedFromTheNewestGoodBackup()
    {
        TestBook t;
        QVERIFY(t.create());
        addVisitors(t, 1, 80);
        BackupService backups(*t.book);
        auto copy = backups.backupTo(backups.defaultFolder());
        QVERIFY(copy.ok());
        addVisitors(t, 81, 100);
        t.book.reset();
        QVERIFY(damageVisitorPages(t.path()));
        const QByteArray damaged = fileHash(t.path());

        Operator op;
        op.answer = [](QWidget *w, Operator &o) {
            if (w->objectName() == u"recoveryDialog")
                button(w, "restoreButton")->click();
            else if (auto *box = qobject_cast<QMessageBox *>(w))
                box->accept();
            else if (w->objectName() == u"loginDialog" && o.seen.contains(QStringLiteral("message")))
                button(w, "cancelButton")->click();
            // the first login is left open: the check closes it when it finds the damage
        };
        op.start();
        const int status = ui::Application::run(t.path(), t.clock);
        QCOMPARE(status, 0);
        QCOMPARE(op.seen.mid(op.seen.indexOf(QStringLiteral("recoveryDialog"))),
                 (QStringList{QStringLiteral("recoveryDialog"), QStringLiteral("message"), QStringLiteral("loginDialog")}));

        QCOMPARE(visitorsIn(t.path(), t.clock), 80);
        const QString kept = QDir(backups.defaultFolderFor(t.path())).filePath(QStringLiteral("damaged-20261122-103000"));
        QCOMPARE(fileHash(QDir(kept).filePath(QStringLiteral("office.gramdesk"))), damaged);
    }

    void aBookWhoseHeaderIsOverwrittenIsOfferedItsBackupAndLeftAloneOnClose()
    {
        TestBook t;
        QVERIFY(tenVisitorsBackedUp(t));
        BackupService backups(*t.book);
        t.book.reset();
        QVERIFY(overwriteHeader(t.path()));
        const QByteArray before = fileHash(t.path());

        Operator op;
        QString offered;
        op.answer = [&offered](QWidget *w, Operator &) {
            if (w->objectName() == u"recoveryDialog") {
                offered = w->findChild<QLabel *>(QStringLiteral("backupLabel"))->text();
                button(w, "closeButton")->click();
            }
        };
        op.start();
        const int status = ui::Application::run(t.path(), t.clock);
        QCOMPARE(status, 4);
        QCOMPARE(op.seen, QStringList{QStringLiteral("recoveryDialog")});
        QVERIFY2(offered.contains(QStringLiteral("office-20261122-103000.gramdesk")), qPrintable(offered));
        QCOMPARE(fileHash(t.path()), before);
        QCOMPARE(QDir(backups.defaultFolderFor(t.path())).entryList({QStringLiteral("damaged-*")}, QDir::Dirs), QStringList());
    }

    // Once the program has opened a book, the next start paints the login screen with the office's name remembered
    // and opens the book after. A header overwritten in between is found then: the login closes and the newest
    // backup is offered, as when the book is opened first.
    void aBookDamagedSinceTheLastStartIsFoundOnceTheLoginHasPainted()
    {
        TestBook t;
        QVERIFY(tenVisitorsBackedUp(t));
        BackupService backups(*t.book);
        t.book.reset();
        {
            Operator op;
            op.answer = [](QWidget *w, Operator &) { button(w, "cancelButton")->click(); };
            op.start();
            QCOMPARE(ui::Application::run(t.path(), t.clock), 0);
            QCOMPARE(op.seen, QStringList{QStringLiteral("loginDialog")});
        }
        QCOMPARE(ui::Application::rememberedOffice(t.path()),
                 QStringLiteral("ग्राम पंचायत रामपुर\nGram Panchayat Rampur"));
        QCOMPARE(ui::Application::rememberedOffice(t.path() + QStringLiteral(".other")), QString());

        QVERIFY(overwriteHeader(t.path()));
        const QByteArray before = fileHash(t.path());
        Operator op;
        op.answer = [](QWidget *w, Operator &) {
            if (w->objectName() == u"recoveryDialog")
                button(w, "closeButton")->click();
        };
        op.start();
        QCOMPARE(ui::Application::run(t.path(), t.clock), 4);
        // The login may close before the operator has seen it.
        QVERIFY2(op.seen == QStringList{QStringLiteral("recoveryDialog")}
                     || op.seen == (QStringList{QStringLiteral("loginDialog"), QStringLiteral("recoveryDialog")}),
                 qPrintable(op.seen.join(u' ')));
        QCOMPARE(fileHash(t.path()), before);
        QCOMPARE(QDir(backups.defaultFolderFor(t.path())).entryList({QStringLiteral("damaged-*")}, QDir::Dirs), QStringList());
    }

    // A remembered book replaced by a file that is not a book (and has no backups): the login closes and the
    // program says what is wrong with the file, as when the book is opened first; the file is left as it was.
    void aRememberedBookReplacedByAnotherFileIsReportedOnceTheLoginHasPainted()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        {
            Operator op;
            op.answer = [](QWidget *w, Operator &) { button(w, "cancelButton")->click(); };
            op.start();
            QCOMPARE(ui::Application::run(t.path(), t.clock), 0);
        }
        QVERIFY(!ui::Application::rememberedOffice(t.path()).isEmpty());
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(t.path() + suffix);
        {
            QFile f(t.path());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("date,name\n2026-11-22,Ramesh\n");
        }
        const QByteArray before = fileHash(t.path());
        Operator op;
        QString said;
        op.answer = [&said](QWidget *w, Operator &) {
            if (auto *box = qobject_cast<QMessageBox *>(w)) {
                said = box->text() + u'\n' + box->informativeText();
                box->accept();
            }
        };
        op.start();
        QCOMPARE(ui::Application::run(t.path(), t.clock), 4);
        QCOMPARE(op.seen.last(), QStringLiteral("message"));
        QVERIFY(!op.seen.contains(QStringLiteral("recoveryDialog")));
        QVERIFY2(said.contains(QDir::toNativeSeparators(t.path())), qPrintable(said));
        QCOMPARE(fileHash(t.path()), before);
    }
};

QTEST_MAIN(TestRecoveryUi)
#include "tst_recovery_ui.moc"
