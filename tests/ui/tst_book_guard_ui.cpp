// The GUI keeps its hold on the book whatever its dialogs read: a file dialog in the book's folder and the print
// dialog with its output file there (Qt reads each file of the folder to name its type, and closes it again, which
// drops a process's POSIX locks on it), then a second GramDesk process beside it.
#include "BookFiles.h"
#include "TestBook.h"
#include "UiTest.h"
#include "Application.h"
#include "FileDialogs.h"
#include "Messages.h"
#include "PrintPreview.h"
#include "documents/DocumentRenderer.h"
#include "storage/SqliteLocks.h"

#include <QApplication>
#include <QCompleter>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace gd;
using namespace gd::test;

namespace {

// Locks any process holds on the file (from /proc/locks, which names each by device and inode).
int locksOn(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return -1;
    QFile file(QStringLiteral("/proc/locks"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return -1;
    const QByteArray inode = ':' + QByteArray::number(qulonglong(st.st_ino));
    int n = 0;
    for (const QByteArray &line : file.readAll().split('\n')) {
        const QList<QByteArray> fields = line.simplified().split(' ');
        // "1: POSIX ADVISORY READ 4711 fe:01:123456 128 128" (OFDLCK for open-file-description locks)
        for (const QByteArray &field : fields) {
            if (field.count(':') == 2 && field.endsWith(inode))
                ++n;
        }
    }
    return n;
}

struct Run {
    int status;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("GRAMDESK_PASSWORD"), kPassword);
    env.insert(QStringLiteral("GRAMDESK_FAKE_NOW"), QStringLiteral("2026-11-22T10:30:00"));
    p.setProcessEnvironment(env);
    p.start(qEnvironmentVariable("GRAMDESK_CLI"), args);
    p.waitForFinished(60000);
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

void addVisitor(TestBook &t, const QString &name)
{
    t.add(Registers::visitors(), {{QStringLiteral("date"), t.clock.today()},
                                  {QStringLiteral("time_in"), QTime(10, 0)},
                                  {QStringLiteral("name"), name},
                                  {QStringLiteral("purpose"), QStringLiteral("complaint")}});
}

// Waits until the model has read the folder and named every file's type, as the dialog's detail view shows it.
void readWhole(QFileSystemModel *model, const QString &folder)
{
    QVERIFY(model);
    QSignalSpy loaded(model, &QFileSystemModel::directoryLoaded);
    const QModelIndex root = model->index(folder);
    model->fetchMore(root);
    loaded.wait(3000);
    for (int row = 0; row < model->rowCount(root); ++row)
        (void)model->data(model->index(row, 2, root), Qt::DisplayRole);  // the type: read from the file's contents
    QTest::qWait(300);  // the gatherer names them on its own thread
    for (int row = 0; row < model->rowCount(root); ++row)
        (void)model->data(model->index(row, 2, root), Qt::DisplayRole);
}

// Counts the times any program opened the watched files since the last call.
int opensSince(int watch)
{
    int opens = 0;
    alignas(struct inotify_event) char buffer[8192];
    for (;;) {
        const ssize_t n = ::read(watch, buffer, sizeof buffer);
        if (n <= 0)
            return opens;
        for (ssize_t at = 0; at < n;) {
            const auto *event = reinterpret_cast<const struct inotify_event *>(buffer + at);
            if (event->mask & IN_OPEN)
                ++opens;
            at += ssize_t(sizeof(struct inotify_event) + event->len);
        }
    }
}

Document aPage()
{
    Document doc;
    doc.language = PrintLanguage::English;
    doc.header.officeEn = QStringLiteral("Gram Panchayat Rampur");
    doc.header.title = {QStringLiteral("मासिक रिपोर्ट"), QStringLiteral("Monthly report")};
    doc.blocks.append(Paragraph{QStringLiteral("Visitors: 3"), false});
    return doc;
}

}  // namespace

class TestBookGuardUi : public QObject {
    Q_OBJECT
private slots:
    void dialogsInTheBooksFolderLeaveItsLocksAndASecondProcessIsSafe()
    {
        TestBook t;
        QVERIFY(t.create());
        addVisitor(t, QStringLiteral("Ramesh Kumar"));
        const QString shm = t.path() + QStringLiteral("-shm");
        QVERIFY2(locksOn(shm) > 0, "the book's -shm is not locked at all: nothing to test");
        const int locksBefore = locksOn(shm);

        // The file dialog of "Save as PDF", in the book's folder, its types shown.
        {
            QFileDialog dialog(nullptr, QStringLiteral("Save as PDF"), t.dir.path());
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.setViewMode(QFileDialog::Detail);
            dialog.show();
            readWhole(dialog.findChild<QFileSystemModel *>(), t.dir.path());
        }
        // The print dialog, its output file typed into the folder (its completer reads the folder the same way).
        {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFileName(t.dir.filePath(QStringLiteral("report.pdf")));
            QPrintDialog dialog(&printer);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QLineEdit *file = nullptr;
            for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
                if (edit->completer() && qobject_cast<QFileSystemModel *>(edit->completer()->model()))
                    file = edit;
            }
            QVERIFY2(file, "the print dialog has no output file box with a completer");
            file->clear();
            QTest::keyClicks(file, t.dir.path() + u'/');
            readWhole(qobject_cast<QFileSystemModel *>(file->completer()->model()), t.dir.path());
            dialog.reject();
        }
        QVERIFY2(locksOn(shm) >= locksBefore, "the GUI's locks on the book's -shm are gone");

        // A second GramDesk process: one that would write is refused; one that reads reads, and leaves the log.
        const QStringList as = {QStringLiteral("--book"), t.path(), QStringLiteral("--user"), QStringLiteral("admin"),
                                QStringLiteral("--lang"), QStringLiteral("en")};
        Run r = cli(as + QStringList{QStringLiteral("backup")});
        QCOMPARE(r.status, 5);
        QVERIFY2(r.err.contains(QStringLiteral("close it there first")), qPrintable(r.err));
        r = cli(as + QStringList{QStringLiteral("export"), QStringLiteral("visitors")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("Ramesh Kumar")));
        QVERIFY(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
        QVERIFY(locksOn(shm) >= locksBefore);

        // The GUI's later saves are in the book, for the reader beside it and after it closes.
        addVisitor(t, QStringLiteral("Sita Devi"));
        r = cli(as + QStringList{QStringLiteral("export"), QStringLiteral("visitors")});
        QVERIFY2(r.out.contains(QStringLiteral("Sita Devi")), qPrintable(r.out + r.err));
        addVisitor(t, QStringLiteral("Mohan Lal"));
        t.book.reset();
        r = cli(as + QStringList{QStringLiteral("verify")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        auto reopened = Book::open(t.path(), t.clock);
        QVERIFY(reopened.ok());
        auto whole = reopened.value()->verifyWhole();
        QVERIFY(whole && whole.value().ok);
        QCOMPARE(reopened.value()->scalar(QStringLiteral("SELECT count(*) FROM visitors")).value().toInt(), 3);
    }

    void gramDesksDialogsNeverOpenTheBooksFiles()
    {
        TestBook t;
        QVERIFY(t.create());
        addVisitor(t, QStringLiteral("Ramesh Kumar"));
        const int watch = ::inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        QVERIFY(watch >= 0);
        const auto closeWatch = qScopeGuard([&] { ::close(watch); });
        for (const char *suffix : {"", "-wal", "-shm"})
            QVERIFY(::inotify_add_watch(watch, QFile::encodeName(t.path() + QLatin1String(suffix)).constData(), IN_OPEN) >= 0);
        QCOMPARE(opensSince(watch), 0);
        // Qt's own dialog, as it comes, opens them (so the watch would see GramDesk's do it).
        {
            QFileDialog plain(nullptr, QStringLiteral("Save as PDF"), t.dir.path());
            plain.setOption(QFileDialog::DontUseNativeDialog);
            plain.setViewMode(QFileDialog::Detail);
            plain.show();
            readWhole(plain.findChild<QFileSystemModel *>(), t.dir.path());
        }
        QVERIFY2(opensSince(watch) > 0, "Qt's file dialog did not open the book: the watch sees nothing");
        // GramDesk's save dialog in the same folder does not.
        {
            auto dialog = ui::FileDialogs::make(nullptr, ui::FileDialogs::Kind::SaveFile, QStringLiteral("Save as PDF"),
                                                t.dir.filePath(QStringLiteral("report.pdf")), QStringLiteral("All files (*)"));
            dialog->setViewMode(QFileDialog::Detail);
            dialog->show();
            auto *model = dialog->findChild<QFileSystemModel *>();
            readWhole(model, t.dir.path());
            const QModelIndex book = model->index(t.path(), 2);
            QCOMPARE(model->data(book).toString(), QStringLiteral("GRAMDESK file"));
        }
        QCOMPARE(opensSince(watch), 0);
        // Nor does the print dialog's output file box, once the program's windows are guarded.
        ui::FileDialogs::guardApplication();
        {
            QPrinter printer(QPrinter::HighResolution);
            QPrintDialog dialog(&printer);
            dialog.show();
            QLineEdit *file = nullptr;
            for (QLineEdit *edit : dialog.findChildren<QLineEdit *>()) {
                if (edit->completer() && qobject_cast<QFileSystemModel *>(edit->completer()->model()))
                    file = edit;
            }
            QVERIFY(file);
            file->clear();
            QTest::keyClicks(file, t.dir.path() + u'/');
            readWhole(qobject_cast<QFileSystemModel *>(file->completer()->model()), t.dir.path());
            dialog.reject();
        }
        QCOMPARE(opensSince(watch), 0);
    }

    void aPrinterWritingAFileNeverWritesOverTheBook()
    {
        ui::Application::setUpFonts();
        TestBook t;
        QVERIFY(t.create());
        addVisitor(t, QStringLiteral("Ramesh Kumar"));
        NotedMessages noted;
        ui::Messages::setCurrent(&noted);
        const auto restore = qScopeGuard([] { ui::Messages::setCurrent(nullptr); });
        const QByteArray before = fileHash(t.path());
        // "Print to file" in the print dialog, with the book (or its log) typed as the file.
        for (const QString &target : QStringList{t.path(), t.path() + QStringLiteral("-wal")}) {
            QPrinter printer(QPrinter::HighResolution);
            printer.setOutputFormat(QPrinter::PdfFormat);
            printer.setOutputFileName(target);
            ui::paintDocument(nullptr, aPage(), &printer);
        }
        QCOMPARE(noted.errors.size(), 2);
        QVERIFY2(noted.errors.first().contains(QStringLiteral("is the book, or a file or folder that belongs to it; nothing was written")),
                 qPrintable(noted.errors.first()));
        QCOMPARE(fileHash(t.path()), before);
        // Any other file is written whole, as Save as PDF writes it.
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setOutputFileName(t.dir.filePath(QStringLiteral("report.pdf")));
        ui::paintDocument(nullptr, aPage(), &printer);
        QCOMPARE(noted.errors.size(), 2);
        QFile pdf(t.dir.filePath(QStringLiteral("report.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QVERIFY(pdf.readAll().startsWith("%PDF-"));
        auto whole = t.book->verifyWhole();
        QVERIFY(whole && whole.value().ok);
    }

    void theProgramIsRefusedABookAnotherProcessWrites()
    {
        QStandardPaths::setTestModeEnabled(true);
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        // Another GramDesk process writing visitors into the book, on and on.
        QProcess writer;
        writer.start(qEnvironmentVariable("GRAMDESK_CRASH_WRITER"),
                     {t.path(), QStringLiteral("1"), fixedNow().toString(Qt::ISODate)});
        QVERIFY(writer.waitForReadyRead(20000));
        NotedMessages noted;
        ui::Messages::setCurrent(&noted);
        const auto restore = qScopeGuard([] { ui::Messages::setCurrent(nullptr); });
        const int status = ui::Application::run(t.path(), t.clock);
        const qint64 writerId = writer.processId();
        writer.kill();
        writer.waitForFinished();
        QCOMPARE(status, 5);
        QCOMPARE(noted.errors.size(), 1);
        // In the program's language (Hindi at a first start).
        QVERIFY2(noted.errors.first().contains(QStringLiteral("इस पीसी पर 10:30 से crash_writer में खुली है (प्रोसेस %1); पहले उसे वहाँ बंद करें।")
                                                   .arg(writerId)),
                 qPrintable(noted.errors.first()));
        // Nothing of the writer's was lost: every visitor it said it saved is in the book, and the book is whole.
        const QStringList saved = QString::fromLatin1(writer.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
        QVERIFY(!saved.isEmpty());
        auto book = Book::open(t.path(), t.clock);
        QVERIFY(book.ok());
        QVERIFY(book.value()->scalar(QStringLiteral("SELECT count(*) FROM visitors")).value().toInt() >= saved.size());
        auto whole = book.value()->verifyWhole();
        QVERIFY(whole && whole.value().ok);
    }
};

QTEST_MAIN(TestBookGuardUi)
#include "tst_book_guard_ui.moc"
