// gramdesk-cli beside a book that another GramDesk process holds, and around the book's own files: one writer per
// book, readers beside it, outputs that may never be the book, failed writes reported, and the shipped program's
// clock that no environment variable moves.
#include "BookFiles.h"
#include "TestBook.h"
#include "office/OfficeSettings.h"
#include "storage/Backup.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace gd;
using namespace gd::test;

class TestCliBook : public QObject {
    Q_OBJECT
private:
    struct Run {
        int status;
        QString out;
        QString err;
    };

    // The CLI as the tests build it (its clock fixed at the tests' moment), or as it is shipped.
    static Run cli(const QStringList &args, const QString &program = qEnvironmentVariable("GRAMDESK_CLI"),
                   const QString &stdoutFile = {}, const QString &fakeNow = QStringLiteral("2026-11-22T10:30:00"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRAMDESK_FAKE_NOW"), fakeNow);
        env.insert(QStringLiteral("GRAMDESK_PASSWORD"), kPassword);
        p.setProcessEnvironment(env);
        if (!stdoutFile.isEmpty())
            p.setStandardOutputFile(stdoutFile);
        p.start(program, args);
        p.waitForFinished(120000);
        return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    // The tests' CLI started by sh after `setUp` (a ulimit, a umask), as from a user's shell; -1 when it was killed.
    static Run cliAfter(const QString &setUp, const QStringList &args)
    {
        return cli(QStringList{QStringLiteral("-c"), setUp + QStringLiteral("; exec \"$0\" \"$@\""), qEnvironmentVariable("GRAMDESK_CLI")} + args,
                   QStringLiteral("sh"));
    }

    static QStringList as(const TestBook &t)
    {
        return {QStringLiteral("--book"), t.path(), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--lang"),
                QStringLiteral("en")};
    }

    static void addVisitor(TestBook &t, const QString &name)
    {
        t.add(Registers::visitors(), {{QStringLiteral("date"), t.clock.today()},
                                      {QStringLiteral("time_in"), QTime(10, 0)},
                                      {QStringLiteral("name"), name},
                                      {QStringLiteral("purpose"), QStringLiteral("enquiry")}});
    }

private slots:
    void aSecondWriterIsRefusedAndReadersGoOn()
    {
        TestBook t;  // this process holds the book, as the GUI does
        QVERIFY(t.create());
        addVisitor(t, QStringLiteral("Ramesh Kumar"));
        const QString holder = QStringLiteral("is open in tst_cli_book on this PC since 10:30 (process %1); close it "
                                              "there first.")
                                   .arg(QCoreApplication::applicationPid());
        // Every command that writes is refused with exit 5, naming who holds the book; nothing changes.
        const QByteArray before = fileHash(t.path());
        const QList<QStringList> writers = {
            {QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("weekly_off"), QStringLiteral("sat,sun")},
            {QStringLiteral("backup")},
            {QStringLiteral("cash"), QStringLiteral("close-day"), QStringLiteral("2026-11-21")},
        };
        for (const QStringList &command : writers) {
            const Run r = cli(as(t) + command);
            QCOMPARE(r.status, 5);
            QVERIFY2(r.err.contains(holder), qPrintable(r.err));
        }
        // In Hindi too.
        const Run hi = cli({QStringLiteral("--book"), t.path(), QStringLiteral("--user"), QStringLiteral("admin"),
                            QStringLiteral("--lang"), QStringLiteral("hi"), QStringLiteral("backup")});
        QCOMPARE(hi.status, 5);
        QVERIFY2(hi.err.contains(QStringLiteral("इस पीसी पर 10:30 से")) && hi.err.contains(QStringLiteral("(प्रोसेस %1)").arg(QCoreApplication::applicationPid())),
                 qPrintable(hi.err));
        QCOMPARE(fileHash(t.path()), before);
        QCOMPARE(OfficeSettings(*t.book).get(QStringLiteral("weekly_off")).value(), QStringLiteral("sun"));

        // Readers read beside it, and leave the holder's log where it is.
        Run r = cli(as(t) + QStringList{QStringLiteral("export"), QStringLiteral("visitors")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("Ramesh Kumar")), qPrintable(r.err));
        QCOMPARE(cli(as(t) + QStringList{QStringLiteral("verify")}).status, 0);
        QCOMPARE(cli(as(t) + QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("weekly_off")}).out,
                 QStringLiteral("sun\n"));
        r = cli(as(t) + QStringList{QStringLiteral("search"), QStringLiteral("ramesh")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("VIS/2026-27/000001")));
        r = cli(as(t) + QStringList{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-11")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("\"visitors\": {\"count\": 1,")), qPrintable(r.out));
        QVERIFY(QFileInfo::exists(t.path() + QStringLiteral("-wal")));
        QVERIFY(QFileInfo::exists(t.path() + QStringLiteral("-shm")));

        // The holder's later saves reach the book, and a reader sees them.
        addVisitor(t, QStringLiteral("Sita Devi"));
        r = cli(as(t) + QStringList{QStringLiteral("export"), QStringLiteral("visitors")});
        QVERIFY(r.out.contains(QStringLiteral("Sita Devi")));
        t.book.reset();
        // Closed: the lock file is gone with it, and a writer may come in.
        QVERIFY(!QFileInfo::exists(t.path() + QStringLiteral("-lock")));
        QCOMPARE(cli(as(t) + QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("weekly_off"), QStringLiteral("sat,sun")}).status, 0);
        r = cli(as(t) + QStringList{QStringLiteral("verify")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("The book is intact")), qPrintable(r.out));
        QCOMPARE(visitorsIn(t.path(), t.clock), 2);
    }

    void aHolderThatDiedLeavesTheBookFree()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        // A lock file left by a process that was killed (its lock went with it) is no lock.
        QFile stale(t.path() + QStringLiteral("-lock"));
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.write("program=gramdesk\nprocess=999999\nhost=elsewhere\nsince=2026-11-21T09:00:00\n");
        stale.close();
        const Run r = cli(as(t) + QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("weekly_off"), QStringLiteral("sat,sun")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    void anOutputThatIsTheBookIsRefusedBeforeAnythingIsWritten()
    {
        TestBook t;
        QVERIFY(t.create());
        addVisitor(t, QStringLiteral("Ramesh Kumar"));
        QVERIFY(BackupService(*t.book).backupTo(BackupService(*t.book).defaultFolder()).ok());
        t.book.reset();
        const QString backups = BackupService::defaultFolderFor(t.path());
        const QString aBackup = QDir(backups).entryInfoList({QStringLiteral("*.gramdesk")}, QDir::Files).value(0).filePath();
        QVERIFY(!aBackup.isEmpty());
        QVERIFY(QFile::link(t.path(), t.dir.filePath(QStringLiteral("link.gramdesk"))));
        QVERIFY(QFile(t.path()).open(QIODevice::ReadOnly));
        const QByteArray book = fileHash(t.path());
        const QByteArray backup = fileHash(aBackup);
        const QByteArray seals = fileHash(t.path() + QStringLiteral("-seals.txt"));
        const QString sub = t.dir.filePath(QStringLiteral("."));
        const QStringList outputs = {t.path(), t.path() + QStringLiteral("-wal"), t.path() + QStringLiteral("-shm"),
                                     t.path() + QStringLiteral("-journal"), t.path() + QStringLiteral("-lock"), t.path() + QStringLiteral("-seals.txt"), backups,
                                     aBackup, backups + QStringLiteral("/new.csv"), t.dir.filePath(QStringLiteral("link.gramdesk")),
                                     sub + QStringLiteral("/../") + QFileInfo(t.dir.path()).fileName() + QStringLiteral("/office.gramdesk")};
        for (const QString &out : outputs) {
            const QList<QStringList> commands = {
                {QStringLiteral("export"), QStringLiteral("visitors"), QStringLiteral("--out"), out},
                {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--pdf"), out},
                {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--json"), out},
                {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-11"), QStringLiteral("--csv"), out},
                {QStringLiteral("report"), QStringLiteral("audit-pack"), QStringLiteral("--from"), QStringLiteral("2026-11-01"), QStringLiteral("--to"),
                 QStringLiteral("2026-11-22"), QStringLiteral("--pdf"), out},
            };
            for (const QStringList &command : commands) {
                const Run r = cli(as(t) + command);
                QCOMPARE(r.status, 1);
                QVERIFY2(r.err.contains(QStringLiteral("is the book, or a file or folder that belongs to it; nothing was written.")),
                         qPrintable(r.err));
            }
        }
        QCOMPARE(fileHash(t.path()), book);
        QCOMPARE(fileHash(aBackup), backup);
        QCOMPARE(fileHash(t.path() + QStringLiteral("-seals.txt")), seals);
        QVERIFY(!QFileInfo::exists(backups + QStringLiteral("/new.csv")));
        QCOMPARE(QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden).size(), 3);  // the book, its seals and the link
        QCOMPARE(cli(as(t) + QStringList{QStringLiteral("verify")}).status, 0);
    }

    void aFailedWriteIsExitFiveWithItsReason()
    {
        TestBook t;
        QVERIFY(t.create());
        addVisitors(t, 1, 300);  // about 60 KB of CSV
        t.book.reset();
        // Standard output on a full disk.
        const QList<QStringList> commands = {
            {QStringLiteral("export"), QStringLiteral("visitors")},
            {QStringLiteral("verify")},
            {QStringLiteral("search"), QStringLiteral("visitor")},
            {QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-11")},
            {QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("weekly_off")},
        };
        for (const QStringList &command : commands) {
            const Run r = cli(as(t) + command, qEnvironmentVariable("GRAMDESK_CLI"), QStringLiteral("/dev/full"));
            QCOMPARE(r.status, 5);
            QVERIFY2(r.err.contains(QStringLiteral("The output could not be written: the disk is full.")), qPrintable(r.err));
        }
        // A file-size limit on --out: the file that was there is left whole, and no temporary file stays.
        const QString out = t.dir.filePath(QStringLiteral("visitors.csv"));
        QFile old(out);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("the export of last week\n");
        old.close();
        // ulimit -f counts blocks of 512 bytes: 40 KB, room for the book's 32 KB index of its log but not the CSV.
        const Run limited = cliAfter(QStringLiteral("ulimit -f 80"),
                                     as(t) + QStringList{QStringLiteral("export"), QStringLiteral("visitors"), QStringLiteral("--out"), out});
        QCOMPARE(limited.status, 5);
        QVERIFY2(limited.err.contains(QStringLiteral("could not be written: it would be larger than this system lets GramDesk write (a file-size limit")),
                 qPrintable(limited.err));
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("the export of last week\n"));
        old.close();
        QCOMPARE(QDir(t.dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral("office.gramdesk"), QStringLiteral("office.gramdesk-seals.txt"), QStringLiteral("visitors.csv")}));
    }

    void anImportPastAFileSizeLimitSaysSoAndWritesNothing()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        // 3,000 visitors: their entries, audit rows and search words are megabytes, the limit 1 MB past the book.
        QFile csv(t.dir.filePath(QStringLiteral("visitors.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,time_in,name,village,purpose\n");
        for (int n = 1; n <= 3000; ++n)
            csv.write(QStringLiteral("2026-11-%1,10:00,Visitor %2 with a long name,Rampur,enquiry\n").arg(1 + n % 20, 2, 10, QLatin1Char('0')).arg(n).toUtf8());
        csv.close();
        const qint64 blocks = (QFileInfo(t.path()).size() + 1024 * 1024) / 512;
        const Run r = cliAfter(QStringLiteral("ulimit -f %1").arg(blocks),
                               as(t) + QStringList{QStringLiteral("import"), QStringLiteral("visitors"), csv.fileName()});
        QCOMPARE(r.status, 5);  // not killed by SIGXFSZ (-1)
        QVERIFY2(r.err.contains(QStringLiteral("has reached the largest file this system lets GramDesk write (a file-size limit, such as ulimit -f), so nothing was saved.")),
                 qPrintable(r.err));
        QCOMPARE(visitorsIn(t.path(), t.clock), 0);
        QCOMPARE(cli(as(t) + QStringList{QStringLiteral("verify")}).status, 0);
    }

    void aKilledBackupLeavesNothingForTheNextOne()
    {
        TestBook t;
        QVERIFY(t.create());
        const QString backups = BackupService(*t.book).defaultFolder();
        t.book.reset();
        QVERIFY(QDir().mkpath(backups));
        // What a backup killed half-way leaves: its unfinished copy and SQLite's files beside it.
        const QStringList leftovers = {QStringLiteral("office-20261121-170000.gramdesk.part"),
                                       QStringLiteral("office-20261121-170000.gramdesk.part-journal"),
                                       QStringLiteral("office-20261121-170000.gramdesk.part-wal"),
                                       QStringLiteral("office-20261121-170000.gramdesk.part-shm"),
                                       QStringLiteral("daily-2026-11-21.gramdesk.part")};
        for (const QString &name : leftovers) {
            QFile f(QDir(backups).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("half a copy");
        }
        // Not ours: left alone.
        QFile mine(QDir(backups).filePath(QStringLiteral("notes.txt")));
        QVERIFY(mine.open(QIODevice::WriteOnly));
        mine.close();
        const Run r = cli(as(t) + QStringList{QStringLiteral("backup")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(QDir(backups).entryList(QDir::Files),
                 QStringList({QStringLiteral("notes.txt"), QStringLiteral("office-20261122-103000.gramdesk")}));
    }

    void commandLineSlipsAreUsageErrorsAndOutputsArePrivate()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        // An unknown language and a period that ends before it begins are usage errors, not silently ignored.
        Run r = cli({QStringLiteral("--book"), t.path(), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--lang"),
                     QStringLiteral("xx"), QStringLiteral("verify")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("--lang takes hi, en or both, not \"xx\".")), qPrintable(r.err));
        r = cli(as(t) + QStringList{QStringLiteral("export"), QStringLiteral("visitors"), QStringLiteral("--from"), QStringLiteral("2026-12-01"),
                                    QStringLiteral("--to"), QStringLiteral("2026-01-01")});
        QCOMPARE(r.status, 2);
        QVERIFY2(r.err.contains(QStringLiteral("The period ends before it begins")), qPrintable(r.err));

        // A complaint whose description runs over two lines is still one line of plain search output.
        QFile csv(t.dir.filePath(QStringLiteral("complaints.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("received_on,mode,complainant_name,category_code,description\n"
                  "20-11-2026,in_person,Ramesh Kumar,WATER,\"Handpump broken\nnear\tthe school\"\n");
        csv.close();
        r = cli(as(t) + QStringList{QStringLiteral("import"), QStringLiteral("complaints"), csv.fileName()});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = cli(as(t) + QStringList{QStringLiteral("search"), QStringLiteral("handpump")});
        QCOMPARE(r.status, 0);
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().count(u'\t'), 3);
        QVERIFY2(lines.first().contains(QStringLiteral("Handpump broken near the school")), qPrintable(lines.first()));

        // What is written holds citizens' names: its owner's alone, whatever the umask says.
        const QString out = t.dir.filePath(QStringLiteral("complaints-out.csv"));
        QCOMPARE(cliAfter(QStringLiteral("umask 000"),
                          as(t) + QStringList{QStringLiteral("export"), QStringLiteral("complaints"), QStringLiteral("--out"), out})
                     .status,
                 0);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther | QFileDevice::WriteOther;
        QCOMPARE(QFile::permissions(out) & others, QFileDevice::Permissions());
        QVERIFY(QFile::permissions(out) & QFileDevice::ReadOwner);

        // A password file that others may read is used, with a warning.
        QFile password(t.dir.filePath(QStringLiteral("password.txt")));
        QVERIFY(password.open(QIODevice::WriteOnly));
        password.write(kPassword.toUtf8() + '\n');
        password.close();
        QVERIFY(password.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
        QProcess q;
        QProcessEnvironment noPassword = QProcessEnvironment::systemEnvironment();
        noPassword.remove(QStringLiteral("GRAMDESK_PASSWORD"));
        q.setProcessEnvironment(noPassword);
        q.start(qEnvironmentVariable("GRAMDESK_CLI"), as(t) + QStringList{QStringLiteral("--password-file"), password.fileName(),
                                                                            QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("weekly_off")});
        QVERIFY(q.waitForFinished(60000));
        QCOMPARE(q.exitCode(), 0);
        QCOMPARE(q.readAllStandardOutput(), QByteArray("sun\n"));
        const QString warned = QString::fromUtf8(q.readAllStandardError());
        QVERIFY2(warned.contains(QStringLiteral("others on this PC may read the password file")), qPrintable(warned));
    }

    // Wrong passwords tried at once from many processes each count: twenty lock the account (after five), where
    // each used to write back the count it had read before them all.
    void wrongPasswordsAtOnceAllCount()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        QList<QProcess *> tries;
        for (int n = 0; n < 20; ++n) {
            auto *p = new QProcess(this);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("GRAMDESK_PASSWORD"), QStringLiteral("wrong-%1").arg(n));
            env.insert(QStringLiteral("GRAMDESK_FAKE_NOW"), QStringLiteral("2026-11-22T10:30:00"));
            p->setProcessEnvironment(env);
            p->start(qEnvironmentVariable("GRAMDESK_CLI"), as(t) + QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("weekly_off")});
            tries += p;
        }
        for (QProcess *p : std::as_const(tries)) {
            QVERIFY(p->waitForFinished(120000));
            QCOMPARE(p->exitCode(), 3);
        }
        qDeleteAll(tries);
        const Run r = cli(as(t) + QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("weekly_off")});
        QCOMPARE(r.status, 3);
        QVERIFY2(r.err.contains(QStringLiteral("is locked after 5 wrong passwords")), qPrintable(r.err));
    }

    void anotherOfficesBackupNeedsOtherOffice()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        const QString siswan = t.dir.filePath(QStringLiteral("siswan.gramdesk"));
        Run r = cli({QStringLiteral("--book"), siswan, QStringLiteral("init"), QStringLiteral("--office-hi"), QStringLiteral("ग्राम पंचायत सिसवां"),
                     QStringLiteral("--office-en"), QStringLiteral("Gram Panchayat Siswan"), QStringLiteral("--lgd"), QStringLiteral("654321"),
                     QStringLiteral("--admin"), QStringLiteral("admin")});
        QCOMPARE(r.status, 0);
        r = cli(as(t) + QStringList{QStringLiteral("restore"), siswan});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("is the book of Gram Panchayat Siswan (LGD code 654321), not of Gram Panchayat Rampur "
                                               "(LGD code 123456); nothing was restored."))
                     && r.err.contains(QStringLiteral("add --other-office")),
                 qPrintable(r.err));
        r = cli(as(t) + QStringList{QStringLiteral("restore"), siswan, QStringLiteral("--other-office")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = cli(as(t) + QStringList{QStringLiteral("export"), QStringLiteral("visitors")});
        QCOMPARE(r.status, 0);
        // Rampur's seals are of a history that is no longer this book's; Siswan's own first seal holds.
        r = cli(as(t) + QStringList{QStringLiteral("verify")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    // The seal printed at the foot of the monthly report, kept beside the book, checked by verify --seal; the
    // backup's receipt names it; a wrong or mistyped seal is refused.
    void verifyChecksASealFromPaper()
    {
        TestBook t;
        QVERIFY(t.create());
        addVisitor(t, QStringLiteral("Ramesh Kumar"));
        t.book.reset();
        const QString pdf = t.dir.filePath(QStringLiteral("report.pdf"));
        Run r = cli(as(t) + QStringList{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"),
                                        QStringLiteral("2026-11"), QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        // The list beside the book: the new book's seal, then the report's (94 entries, and the visitor).
        QFile list(t.path() + QStringLiteral("-seals.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(list.readAll()).trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);  // the heading, two seals
        const QStringList last = lines.last().split(u'\t');
        QCOMPARE(last.value(1), QStringLiteral("95"));
        QCOMPARE(last.value(3), QStringLiteral("monthly report 2026-11"));
        const QString seal = QStringLiteral("95:") + last.value(2);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(60000));
        QVERIFY2(QString::fromUtf8(text.readAllStandardOutput()).contains(QStringLiteral("Seal ") + seal), qPrintable(seal));

        r = cli(as(t) + QStringList{QStringLiteral("verify"), QStringLiteral("--seal"), seal.toLower().remove(u'-')});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(r.out, QStringLiteral("The book is intact: 95 audit entries checked.\nIt passes through every seal known of it "
                                       "(2 checked).\nIt passes through the seal %1.\n")
                            .arg(seal));
        QString wrong = seal;
        wrong[wrong.size() - 1] = wrong.endsWith(u'0') ? u'1' : u'0';
        r = cli(as(t) + QStringList{QStringLiteral("verify"), QStringLiteral("--seal"), wrong});
        QCOMPARE(r.status, 4);
        QVERIFY2(r.err.startsWith(QStringLiteral("The book does not pass through the seal %1: its history up to that seal was "
                                                 "written again.").arg(wrong)),
                 qPrintable(r.err));
        r = cli(as(t) + QStringList{QStringLiteral("verify"), QStringLiteral("--seal"), QStringLiteral("85")});
        QCOMPARE(r.status, 2);
        QVERIFY(r.err.startsWith(QStringLiteral("\"85\" is not a seal.")));

        r = cli(as(t) + QStringList{QStringLiteral("backup")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.err, QStringLiteral("Seal of this backup: %1. Write it in the backup register beside the date.\n").arg(seal));
    }

    void theShippedProgramKeepsTheRealDate()
    {
        const QString shipped = qEnvironmentVariable("GRAMDESK_SHIPPED_CLI");
        QVERIFY(!shipped.isEmpty());
        QTemporaryDir dir;
        const QString book = dir.filePath(QStringLiteral("office.gramdesk"));
        const QString csv = dir.filePath(QStringLiteral("visitors.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,time_in,name,purpose\n2031-01-15,10:00,Visitor from 2031,enquiry\n");
        f.close();
        const QStringList init = {QStringLiteral("--book"), book, QStringLiteral("init"), QStringLiteral("--office-hi"), QStringLiteral("x"),
                                  QStringLiteral("--office-en"), QStringLiteral("x"), QStringLiteral("--lgd"), QStringLiteral("1"),
                                  QStringLiteral("--admin"), QStringLiteral("admin")};
        const QStringList import = {QStringLiteral("--book"), book, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--lang"),
                                    QStringLiteral("en"), QStringLiteral("import"), QStringLiteral("visitors"), csv};
        const QString future = QStringLiteral("2099-01-01T10:00:00");
        // The build for the tests obeys the fake clock: in "2099" the visit of 2031 is in the past.
        QCOMPARE(cli(init, qEnvironmentVariable("GRAMDESK_CLI"), {}, future).status, 0);
        Run r = cli(import, qEnvironmentVariable("GRAMDESK_CLI"), {}, future);
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY(QFile::remove(book));
        // The shipped program does not: the visit is after today, and the book's entries carry the real date.
        QCOMPARE(cli(init, shipped, {}, future).status, 0);
        r = cli(import, shipped, {}, future);
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("after today")), qPrintable(r.err));
        FixedClock clock(QDateTime::currentDateTime());
        auto opened = Book::open(book, clock);
        QVERIFY(opened.ok());
        const QString newest = opened.value()->scalar(QStringLiteral("SELECT max(at) FROM audit_log")).value().toString();
        QVERIFY2(newest.startsWith(QDate::currentDate().toString(Qt::ISODate)), qPrintable(newest));
    }
};

QTEST_GUILESS_MAIN(TestCliBook)
#include "tst_cli_book.moc"
