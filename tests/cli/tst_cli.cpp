// Runs the real gramdesk-cli binary, as a script or a block office would.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestCli : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

    struct Run {
        int status;
        QString out;
        QString err;
    };

    Run cli(const QStringList &args, const QString &password = QStringLiteral("secret-123"), const QString &lang = QStringLiteral("C.UTF-8"))
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GRAMDESK_FAKE_NOW"), QStringLiteral("2026-11-22T10:30:00"));
        env.insert(QStringLiteral("LC_ALL"), lang);
        if (password.isNull())
            env.remove(QStringLiteral("GRAMDESK_PASSWORD"));
        else
            env.insert(QStringLiteral("GRAMDESK_PASSWORD"), password);
        p.setProcessEnvironment(env);
        p.start(qEnvironmentVariable("GRAMDESK_CLI"), args);
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }

    QString book(const QString &name = QStringLiteral("office.gramdesk")) const { return m_dir.filePath(name); }

    void init(const QString &path)
    {
        const Run r = cli({QStringLiteral("--book"), path, QStringLiteral("init"), QStringLiteral("--office-hi"),
                           QStringLiteral("ग्राम पंचायत रामपुर"), QStringLiteral("--office-en"), QStringLiteral("Gram Panchayat Rampur"),
                           QStringLiteral("--lgd"), QStringLiteral("123456"), QStringLiteral("--admin"), QStringLiteral("admin")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

private slots:
    void helpAndVersion()
    {
        QVERIFY(!qEnvironmentVariable("GRAMDESK_CLI").isEmpty());
        Run r = cli({QStringLiteral("--help")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.contains(QStringLiteral("init --office-hi")));
        r = cli({QStringLiteral("--version")});
        QCOMPARE(r.status, 0);
        QVERIFY(r.out.startsWith(QStringLiteral("gramdesk-cli ")));
        QCOMPARE(cli({QStringLiteral("frobnicate")}).status, 2);
    }

    void initSettingsVerify()
    {
        const QString path = book(QStringLiteral("a.gramdesk"));
        init(path);
        // A second init never overwrites.
        Run r = cli({QStringLiteral("--book"), path, QStringLiteral("init"), QStringLiteral("--office-hi"), QStringLiteral("x"),
                     QStringLiteral("--office-en"), QStringLiteral("x"), QStringLiteral("--lgd"), QStringLiteral("1"),
                     QStringLiteral("--admin"), QStringLiteral("other")});
        QCOMPARE(r.status, 1);
        const QStringList as = {QStringLiteral("--book"), path, QStringLiteral("--user"), QStringLiteral("admin")};
        r = cli(as + QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("weekly_off")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("sun\n"));
        r = cli(as + QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("vital_fees")});
        QCOMPARE(r.out, QStringLiteral("0,2,5,10\n"));
        QCOMPARE(cli(as + QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("weekly_off"), QStringLiteral("sat,sun")}).status, 0);
        QCOMPARE(cli(as + QStringList{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("weekly_off")}).out, QStringLiteral("sat,sun\n"));
        r = cli(as + QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("weekly_off"), QStringLiteral("funday")});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("कोई दिन नहीं है")), qPrintable(r.err));  // the admin works in Hindi
        r = cli(as + QStringList{QStringLiteral("verify")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("सही-सलामत")), qPrintable(r.out));
    }

    void passwordAndRights()
    {
        const QString path = book(QStringLiteral("b.gramdesk"));
        init(path);
        const QStringList as = {QStringLiteral("--book"), path, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("verify")};
        QCOMPARE(cli(as, QStringLiteral("wrong-one")).status, 3);
        QCOMPARE(cli(as, QString()).status, 2);
        QCOMPARE(cli({QStringLiteral("--book"), path, QStringLiteral("verify")}).status, 2);
        // The password from a file.
        QFile pw(m_dir.filePath(QStringLiteral("pw.txt")));
        QVERIFY(pw.open(QIODevice::WriteOnly));
        pw.write("secret-123\n");
        pw.close();
        QCOMPARE(cli(QStringList{QStringLiteral("--password-file"), pw.fileName()} + as, QString()).status, 0);
        // Hindi messages when the user's language is Hindi (the default for a new user).
        const Run hi = cli(as, QStringLiteral("wrong-two"), QStringLiteral("hi_IN.UTF-8"));
        QCOMPARE(hi.status, 3);
        QVERIFY2(hi.err.contains(QStringLiteral("पासवर्ड ग़लत है")), qPrintable(hi.err));
    }

    void demoRolesAndBackup()
    {
        const QString path = book(QStringLiteral("demo.gramdesk"));
        Run r = cli({QStringLiteral("--book"), path, QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("2")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QCOMPARE(cli({QStringLiteral("--book"), path, QStringLiteral("demo")}).status, 1);
        const auto as = [&](const char *user) {
            return QStringList{QStringLiteral("--book"), path, QStringLiteral("--user"), QString::fromLatin1(user)};
        };
        // The auditor reads but changes nothing; the operator may not change settings.
        QCOMPARE(cli(as("auditor") + QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("weekly_off"), QStringLiteral("sat")}, QStringLiteral("demo1234")).status, 3);
        QCOMPARE(cli(as("operator") + QStringList{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("weekly_off"), QStringLiteral("sat")}, QStringLiteral("demo1234")).status, 3);
        QCOMPARE(cli(as("auditor") + QStringList{QStringLiteral("verify")}, QStringLiteral("demo1234")).status, 0);
        QCOMPARE(cli(as("auditor") + QStringList{QStringLiteral("backup")}, QStringLiteral("demo1234")).status, 3);
        const QString usb = m_dir.filePath(QStringLiteral("usb"));
        r = cli(as("operator") + QStringList{QStringLiteral("backup"), QStringLiteral("--to"), usb}, QStringLiteral("demo1234"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        const QString copy = r.out.trimmed();
        QVERIFY(QFile::exists(copy));
        QCOMPARE(cli(as("operator") + QStringList{QStringLiteral("restore"), copy}, QStringLiteral("demo1234")).status, 3);
        r = cli(as("secretary") + QStringList{QStringLiteral("restore"), copy}, QStringLiteral("demo1234"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
    }

    void storageErrors()
    {
        QCOMPARE(cli({QStringLiteral("--book"), book(QStringLiteral("missing.gramdesk")), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("verify")}).status, 1);
        QFile notBook(book(QStringLiteral("list.gramdesk")));
        QVERIFY(notBook.open(QIODevice::WriteOnly));
        notBook.write("name,village\n");
        notBook.close();
        QCOMPARE(cli({QStringLiteral("--book"), notBook.fileName(), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("verify")}).status, 4);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
