// Runs the real gramdesk-cli binary, as a script or a block office would.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QRegularExpression>
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
    // Hindi from English keys, offline: the conversion on the first line; a scheme it does not know is a usage error.
    void typesHindi()
    {
        const Run r = cli({QStringLiteral("type"), QStringLiteral("--scheme"), QStringLiteral("remington"), QStringLiteral("jes'k dqekj")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("रमेश कुमार\n"));
        QCOMPARE(cli({QStringLiteral("type"), QStringLiteral("ramesh kumaar")}).out, QStringLiteral("रमेश कुमार\n"));
        QCOMPARE(cli({QStringLiteral("type"), QStringLiteral("--scheme"), QStringLiteral("krutidev"), QStringLiteral("x")}).status, 2);
    }

    // The spellings a word may mean, best first: from the built-in list on a new book; "kumar" is कुमार there
    // (ITRANS's own कुमर second), "pandey" both spellings of पांडेय.
    void suggestsSpellings()
    {
        Run r = cli({QStringLiteral("type"), QStringLiteral("--suggest"), QStringLiteral("2"), QStringLiteral("ramesh kumar")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out, QStringLiteral("रमेश कुमर\nरमेश कुमार\nरमेश कुमर\n"));
        r = cli({QStringLiteral("type"), QStringLiteral("--suggest"), QStringLiteral("3"), QStringLiteral("pandey")});
        QCOMPARE(r.out, QStringLiteral("पन्देय\nपांडेय\nपाण्डेय\nपन्देय\n"));
        QCOMPARE(cli({QStringLiteral("type"), QStringLiteral("--suggest"), QStringLiteral("many"), QStringLiteral("x")}).status, 2);
        // Remington keys give their word exactly; the spellings offered are of that word (पांडेय, then पाण्डेय).
        r = cli({QStringLiteral("type"), QStringLiteral("--scheme"), QStringLiteral("remington"), QStringLiteral("--suggest"),
                 QStringLiteral("2"), QStringLiteral("ikaMs;")});
        QCOMPARE(r.out, QStringLiteral("पांडेय\nपांडेय\nपाण्डेय\n"));
        // With --book, the book's names: a spelling the book uses many times comes before the built-in one.
        const QString path = book(QStringLiteral("names.gramdesk"));
        init(path);
        QFile csv(m_dir.filePath(QStringLiteral("visitors.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("date,time_in,name,purpose\n");
        for (int i = 0; i < 3; ++i)
            csv.write(QStringLiteral("20-11-2026,10:0%1,राम कुमर,enquiry\n").arg(i).toUtf8());
        csv.close();
        r = cli({QStringLiteral("--book"), path, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("import"),
                 QStringLiteral("visitors"), csv.fileName()});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = cli({QStringLiteral("--book"), path, QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("type"),
                 QStringLiteral("--suggest"), QStringLiteral("2"), QStringLiteral("kumar")});
        QCOMPARE(r.out, QStringLiteral("कुमर\nकुमर\nकुमार\n"));
    }

    // Name/relative/village of each visitor in an export of the visitors' register.
    static QStringList visitorNames(const QString &exported)
    {
        QStringList names;
        const QStringList lines = exported.split(u'\n', Qt::SkipEmptyParts);
        for (const QString &line : lines.mid(1))
            names += line.split(u',').mid(4, 3).join(u'/');
        return names;
    }

    // A register typed in the KrutiDev font (tests/data/visitors-krutidev.fods, saved as CSV by LibreOffice Calc):
    // found and named without the option, converted with it; the names as worked out by hand from the font.
    void importsKrutiDev()
    {
        const QString path = book(QStringLiteral("krutidev.gramdesk"));
        init(path);
        const QString file = QStringLiteral(GRAMDESK_TEST_DATA "/visitors-krutidev.csv");
        const QStringList as{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--book"), path, QStringLiteral("--user"), QStringLiteral("admin")};
        Run r = cli(as + QStringList{QStringLiteral("import"), QStringLiteral("visitors"), file, QStringLiteral("--dry-run")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(QStringLiteral("look typed in the KrutiDev 010 font: name, relative_name, village, met_whom, suggestion.")), qPrintable(r.err));
        QCOMPARE(cli(as + QStringList{QStringLiteral("import"), QStringLiteral("visitors"), file, QStringLiteral("--legacy-font"),
                                      QStringLiteral("devlys")}).status, 2);
        r = cli(as + QStringList{QStringLiteral("import"), QStringLiteral("visitors"), file, QStringLiteral("--legacy-font"), QStringLiteral("krutidev")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        r = cli(as + QStringList{QStringLiteral("export"), QStringLiteral("visitors")});
        QCOMPARE(visitorNames(r.out), (QStringList{QStringLiteral("रमेश कुमार/रामलाल/रामपुर"), QStringLiteral("सीता देवी/मोहन लाल वर्मा/कटरा"),
                                     QStringLiteral("किशोर पाल/राम प्रसाद/भीखीपुर"), QStringLiteral("शकुन्तला विश्वकर्मा/रामकिशोर/मझगवाँ"),
                                     QStringLiteral("अब्दुल करीम/रहीम खान/रामपुर")}));
        QVERIFY(r.out.contains(QStringLiteral("नाली की सफाई जल्दी हो")));
        // Names drawn by another old font (accented Latin letters throughout) are refused, not imported as
        // nonsense: nothing is written.
        QFile other(m_dir.filePath(QStringLiteral("other-font.csv")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.write(QStringLiteral("date,time_in,name,purpose\n20-11-2026,10:00,¥æßæü ·é¤×æÚU,enquiry\n"
                                   "20-11-2026,10:05,ÚUæ× ÂýâæÎ,enquiry\n").toUtf8());
        other.close();
        r = cli(as + QStringList{QStringLiteral("import"), QStringLiteral("visitors"), other.fileName()});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.contains(QStringLiteral("other-font.csv:1: name: the text looks typed in an old Hindi font")), qPrintable(r.err));
        QCOMPARE(cli(as + QStringList{QStringLiteral("export"), QStringLiteral("visitors")}).out.count(u'\n'), 6);  // still five rows
    }

    // A register typed in Walkman Chanakya (tests/data/visitors-walkman.fods, saved as CSV by LibreOffice Calc): the
    // font is told from its फ ("iQ") and द्ध ("¼"); imported as KrutiDev, the clerk is told; the names as worked out
    // by hand from the font's glyphs.
    void importsWalkmanChanakya()
    {
        const QString path = book(QStringLiteral("walkman.gramdesk"));
        init(path);
        const QString file = QStringLiteral(GRAMDESK_TEST_DATA "/visitors-walkman.csv");
        const QStringList as{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--book"), path, QStringLiteral("--user"), QStringLiteral("admin")};
        const QStringList import = as + QStringList{QStringLiteral("import"), QStringLiteral("visitors"), file};
        Run r = cli(import + QStringList{QStringLiteral("--dry-run")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(QStringLiteral("These columns look typed in the Walkman Chanakya font: name, relative_name, village, "
                                               "met_whom, suggestion. To convert them to Unicode Hindi, import with --legacy-font chanakya.")),
                 qPrintable(r.err));
        r = cli(import + QStringList{QStringLiteral("--dry-run"), QStringLiteral("--legacy-font"), QStringLiteral("krutidev")});
        QVERIFY2(r.err.contains(QStringLiteral("Their text looks typed in Walkman Chanakya rather than KrutiDev 010: if the names read "
                                               "wrongly, import with --legacy-font chanakya.")),
                 qPrintable(r.err));
        r = cli(import + QStringList{QStringLiteral("--legacy-font"), QStringLiteral("chanakya")});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Converted from the Walkman Chanakya font to Unicode Hindi: name, relative_name")), qPrintable(r.err));
        r = cli(as + QStringList{QStringLiteral("export"), QStringLiteral("visitors")});
        QCOMPARE(visitorNames(r.out), (QStringList{QStringLiteral("फूलचन्द यादव/ऋषि कुमार/फतेहपुर"), QStringLiteral("सिद्धार्थ मिश्र/प्रकाश दत्त मिश्र/सुल्तानपुर"),
                                     QStringLiteral("फूलमती देवी/रामकुमार/मैनपुरी"), QStringLiteral("कीर्ति सिंह/अर्जुन सिंह/सिद्धनाथपुर")}));
        QVERIFY(r.out.contains(QStringLiteral("“फाइल” समय से मिली")));
        QVERIFY(r.out.contains(QStringLiteral("नाली की सफाई जरूरी")));
        QVERIFY(r.out.contains(QStringLiteral("ग्राम प्रधान")));
    }

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
        Run r = cli({QStringLiteral("--book"), path, QStringLiteral("demo"), QStringLiteral("--years"), QStringLiteral("1")});
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

    void importExportAndTheMonthlyReport()
    {
        const QString path = book(QStringLiteral("io.gramdesk"));
        init(path);
        const QStringList as = {QStringLiteral("--book"), path, QStringLiteral("--user"), QStringLiteral("admin")};
        const QString file = m_dir.filePath(QStringLiteral("c.csv"));
        const auto write = [&](const QByteArray &bytes) {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        };
        write(QByteArray("\xEF\xBB\xBF") + QStringLiteral(
                  "received_on,mode,complainant_name,category_code,description\r\n"
                  "20-11-2026,in_person,रमेश,WATER,हैंडपंप खराब\r\n"
                  "21-11-2026,box,सीता,NOPE,नाली जाम\r\n").toUtf8());
        Run r = cli(as + QStringList{QStringLiteral("import"), QStringLiteral("complaints"), file});
        QCOMPARE(r.status, 1);
        QVERIFY2(r.err.startsWith(QStringLiteral("c.csv:3: category_code: ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QStringLiteral("कुछ भी आयात नहीं हुआ")), qPrintable(r.err));
        r = cli(as + QStringList{QStringLiteral("export"), QStringLiteral("complaints")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.count(QStringLiteral("\r\n")), 1);  // the header only: nothing was written

        write(QStringLiteral("received_on,mode,complainant_name,category_code,description\n"
                             "20-11-2026,in_person,रमेश,WATER,हैंडपंप खराब\n"
                             "21-11-2026,box,सीता,DRAINS,नाली जाम\n").toUtf8());
        r = cli(as + QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"), QStringLiteral("complaints"), file, QStringLiteral("--dry-run")});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(QStringLiteral("2 rows checked")), qPrintable(r.err));
        r = cli(as + QStringList{QStringLiteral("import"), QStringLiteral("complaints"), file});
        QCOMPARE(r.status, 0);
        QVERIFY2(r.err.contains(QStringLiteral("2 पंक्तियाँ आयात हुईं")), qPrintable(r.err));
        const QString out = m_dir.filePath(QStringLiteral("out.csv"));
        r = cli(as + QStringList{QStringLiteral("export"), QStringLiteral("complaints"), QStringLiteral("--from"), QStringLiteral("21-11-2026"),
                                 QStringLiteral("--to"), QStringLiteral("2026-11-21"), QStringLiteral("--out"), out});
        QCOMPARE(r.status, 0);
        QFile exported(out);
        QVERIFY(exported.open(QIODevice::ReadOnly));
        const QByteArray bytes = exported.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF" "complaint_no,received_on,mode,"));
        QCOMPARE(bytes.count("\r\n"), 2);
        // Sat 21 Nov + 7 working days (Sunday off): 23, 24, 25, 26, 27, 28, 30 November.
        QVERIFY2(bytes.contains(QStringLiteral("CMP/2026-27/000002,2026-11-21,box,,सीता,,,,DRAINS,नाली जाम,,received,,,,,,,,2026-11-30,no\r\n").toUtf8()),
                 bytes.constData());

        const QString json = m_dir.filePath(QStringLiteral("r.json"));
        const QString csv = m_dir.filePath(QStringLiteral("r.csv"));
        const QString pdf = m_dir.filePath(QStringLiteral("r.pdf"));
        r = cli(as + QStringList{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-11"),
                                 QStringLiteral("--lang"), QStringLiteral("both"), QStringLiteral("--json"), json,
                                 QStringLiteral("--csv"), csv, QStringLiteral("--pdf"), pdf});
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        const QByteArray report = j.readAll();
        QVERIFY(report.contains("\"schema\": \"gramdesk.monthly-report/1\""));
        QVERIFY(report.contains("\"complaints\": {\"received\": 2, \"disposed\": 0"));
        QVERIFY(QFile(csv).size() > 0);
        QVERIFY(QFile(pdf).size() > 1000);
        // Without a file the JSON goes to stdout.
        r = cli(as + QStringList{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-11")});
        QCOMPARE(r.status, 0);
        QCOMPARE(r.out.toUtf8(), report);
        QCOMPARE(cli(as + QStringList{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-12")}).status, 1);
        QCOMPARE(cli(as + QStringList{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("Nov")}).status, 2);
        QCOMPARE(cli(as + QStringList{QStringLiteral("report"), QStringLiteral("yearly"), QStringLiteral("--month"), QStringLiteral("2026-11")}).status, 2);
        QCOMPARE(cli(as + QStringList{QStringLiteral("export"), QStringLiteral("letters")}).status, 2);
        QCOMPARE(cli(as + QStringList{QStringLiteral("import"), QStringLiteral("visitors"), m_dir.filePath(QStringLiteral("none.csv"))}).status, 1);
    }

    // The rights of each role, through the command line as through the GUI: each command run by each of the four
    // demo users, against what the roles table says (worked out by hand: the auditor reads and verifies; the
    // operator also enters and backs up; the secretary does all but manage users; the admin does all). A refusal
    // is exit status 3 and changes nothing.
    void everyRoleThroughTheCli()
    {
        const QString path = book(QStringLiteral("demo.gramdesk"));  // written by demoRolesAndBackup
        const QString visitors = m_dir.filePath(QStringLiteral("matrix-visitors.csv"));
        const QString holidays = m_dir.filePath(QStringLiteral("matrix-holidays.csv"));
        {
            QFile v(visitors), h(holidays);
            QVERIFY(v.open(QIODevice::WriteOnly) && h.open(QIODevice::WriteOnly));
            v.write("date,time_in,name,purpose\n2026-11-22,10:05,Matrix Visitor,enquiry\n");
            h.write("date,name\n2027-08-15,Independence Day\n");
        }
        struct Case {
            QStringList command;
            QList<int> status;  // admin, secretary, operator, auditor
        };
        const QList<Case> cases = {
            {{QStringLiteral("settings"), QStringLiteral("set"), QStringLiteral("weekly_off"), QStringLiteral("sun")}, {0, 0, 3, 3}},
            {{QStringLiteral("import"), QStringLiteral("visitors"), visitors}, {0, 0, 0, 3}},
            {{QStringLiteral("import"), QStringLiteral("holidays"), holidays}, {0, 0, 3, 3}},
            {{QStringLiteral("backup")}, {0, 0, 0, 3}},
            {{QStringLiteral("verify")}, {0, 0, 0, 0}},
            {{QStringLiteral("export"), QStringLiteral("visitors"), QStringLiteral("--from"), QStringLiteral("2026-11-22")}, {0, 0, 0, 0}},
            {{QStringLiteral("settings"), QStringLiteral("get"), QStringLiteral("weekly_off")}, {0, 0, 0, 0}},
        };
        const QStringList users = {QStringLiteral("admin"), QStringLiteral("secretary"), QStringLiteral("operator"),
                                   QStringLiteral("auditor")};
        int matrixVisitors = 0;
        for (const Case &c : cases) {
            for (int u = 0; u < users.size(); ++u) {
                const Run r = cli(QStringList{QStringLiteral("--book"), path, QStringLiteral("--user"), users.at(u)} + c.command,
                                  QStringLiteral("demo1234"));
                QVERIFY2(r.status == c.status.at(u),
                         qPrintable(users.at(u) + u' ' + c.command.join(u' ') + QStringLiteral(": ") + QString::number(r.status)
                                    + u' ' + r.err));
                if (r.status == 3)
                    QVERIFY2(r.err.contains(QStringLiteral("may not")) || r.err.contains(QString::fromUtf8("अधिकार नहीं है")), qPrintable(r.err));  // the user's language
                if (c.command.value(1) == u"visitors" && c.command.first() == u"import" && r.status == 0)
                    ++matrixVisitors;
            }
        }
        // Three imports of one visitor were allowed (admin, secretary, operator): three, not four, are in the book.
        const Run exported = cli({QStringLiteral("--book"), path, QStringLiteral("--user"), QStringLiteral("auditor"), QStringLiteral("export"),
                                  QStringLiteral("visitors"), QStringLiteral("--from"), QStringLiteral("2026-11-22")},
                                 QStringLiteral("demo1234"));
        QCOMPARE(matrixVisitors, 3);
        QCOMPARE(exported.out.count(QStringLiteral("Matrix Visitor")), 3);
    }

    void demoBookHoldsRegistersAndRightsHold()
    {
        const QString path = book(QStringLiteral("demo.gramdesk"));  // written by demoRolesAndBackup
        const auto as = [&](const char *user) {
            return QStringList{QStringLiteral("--book"), path, QStringLiteral("--user"), QString::fromLatin1(user)};
        };
        Run r = cli(as("auditor") + QStringList{QStringLiteral("export"), QStringLiteral("visitors")}, QStringLiteral("demo1234"));
        QCOMPARE(r.status, 0);
        // A panchayat of 5,000 people sees 10 to 30 visitors a working day, 18 on average: about 4,500 in the year's
        // 250 or so working days (2,700 to 6,300 at the ends of that range).
        const qsizetype visits = r.out.count(QStringLiteral("\r\n")) - 1;
        QVERIFY2(visits > 2700 && visits < 6300, qPrintable(QString::number(visits)));
        const QString file = m_dir.filePath(QStringLiteral("h.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date,name\n2027-01-26,Republic Day\n");
        f.close();
        QCOMPARE(cli(as("operator") + QStringList{QStringLiteral("import"), QStringLiteral("holidays"), file}, QStringLiteral("demo1234")).status, 3);
        QCOMPARE(cli(as("auditor") + QStringList{QStringLiteral("import"), QStringLiteral("holidays"), file}, QStringLiteral("demo1234")).status, 3);
        QCOMPARE(cli(as("secretary") + QStringList{QStringLiteral("import"), QStringLiteral("holidays"), file}, QStringLiteral("demo1234")).status, 0);
        r = cli(as("auditor") + QStringList{QStringLiteral("report"), QStringLiteral("monthly"), QStringLiteral("--month"), QStringLiteral("2026-10")}, QStringLiteral("demo1234"));
        QCOMPARE(r.status, 0);
        QVERIFY(!r.out.contains(QStringLiteral("\"received\": 0,")));
        QVERIFY(r.out.contains(QStringLiteral("{\"code\": \"CASH\"")));
        // The demo's record room: a year of files (two or three a working day: some 600), some out; the monthly
        // report counts them.
        QVERIFY2(r.out.contains(QRegularExpression(QStringLiteral("\"files\": \\{\"total\": [3-9][0-9]{2},"))), qPrintable(r.out));
        // Search: the first file of the year by a partial code, as JSON; every hit names its register and key.
        r = cli(as("auditor") + QStringList{QStringLiteral("search"), QStringLiteral("ADM/0001"), QStringLiteral("--json"),
                                            QStringLiteral("--limit"), QStringLiteral("5")},
                QStringLiteral("demo1234"));
        QCOMPARE(r.status, 0);
        const QJsonObject found = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(found.value(QStringLiteral("query")).toString(), QStringLiteral("ADM/0001"));
        const QJsonArray hits = found.value(QStringLiteral("hits")).toArray();
        QVERIFY(!hits.isEmpty() && hits.size() <= 5);
        QCOMPARE(hits.first().toObject().value(QStringLiteral("register")).toString(), QStringLiteral("files"));
        QVERIFY2(hits.first().toObject().value(QStringLiteral("key")).toString().contains(QStringLiteral("/ADM/0001/")), qPrintable(r.out));
        QCOMPARE(cli(as("auditor") + QStringList{QStringLiteral("search")}, QStringLiteral("demo1234")).status, 2);
        QCOMPARE(cli(as("auditor") + QStringList{QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--limit"), QStringLiteral("0")},
                     QStringLiteral("demo1234"))
                     .status,
                 2);
        // The audit pack of the financial year so far, in English: the demo office's policy and objectives.
        const QString pack = m_dir.filePath(QStringLiteral("pack.pdf"));
        const QStringList packArgs = {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("report"), QStringLiteral("audit-pack"),
                                      QStringLiteral("--from"), QStringLiteral("01-04-2026"), QStringLiteral("--to"),
                                      QStringLiteral("2026-11-22"), QStringLiteral("--pdf"), pack};
        r = cli(as("auditor") + packArgs, QStringLiteral("demo1234"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        if (!QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
            QProcess text;
            text.start(QStringLiteral("pdftotext"), {pack, QStringLiteral("-")});
            QVERIFY(text.waitForFinished(30000));
            const QString pages = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            QVERIFY2(pages.contains(QStringLiteral("ISO 9001 audit pack")), qPrintable(pages));
            QVERIFY(pages.contains(QStringLiteral("Period 01-04-2026 – 22-11-2026")));
            QVERIFY(pages.contains(QStringLiteral("The Gram Panchayat will serve every citizen")));
            QVERIFY(pages.contains(QStringLiteral("95% of services within charter time")));
        }
        QCOMPARE(cli(as("auditor") + packArgs.mid(0, 8), QStringLiteral("demo1234")).status, 2);  // no --pdf
        QStringList backwards = packArgs;
        backwards[5] = QStringLiteral("2026-12-01");
        QCOMPARE(cli(as("auditor") + backwards, QStringLiteral("demo1234")).status, 2);  // ends before it begins
        // The quality system's registers export like any other.
        r = cli(as("auditor") + QStringList{QStringLiteral("export"), QStringLiteral("audit-findings")}, QStringLiteral("demo1234"));
        QCOMPARE(r.status, 0);
        QVERIFY2(r.out.contains(QStringLiteral("found_on")) && r.out.contains(QStringLiteral("FND/")), qPrintable(r.out.left(400)));
        // The demo's cash book is closed up to yesterday; only the secretary (or admin) closes today.
        const QStringList close = {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("cash"), QStringLiteral("close-day"),
                                   QStringLiteral("22-11-2026")};
        QCOMPARE(cli(as("operator") + close, QStringLiteral("demo1234")).status, 3);
        r = cli(as("secretary") + close, QStringLiteral("demo1234"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("22-11-2026 nil (no entries) closing balance ₹ ")), qPrintable(r.out));
        QVERIFY(r.out.contains(QStringLiteral("Only)")));
        QCOMPARE(cli(as("secretary") + close, QStringLiteral("demo1234")).status, 1);  // already closed
        // Closing October: the demo's cash is whatever it is, so the count is explained; the bank has no items.
        const QStringList month = {QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("cash"), QStringLiteral("close-month"),
                                   QStringLiteral("2026-10"), QStringLiteral("--cash"), QStringLiteral("500x1"),
                                   QStringLiteral("--cash-note"), QStringLiteral("count differs: demo")};
        r = cli(as("secretary") + month, QStringLiteral("demo1234"));
        QCOMPARE(r.status, 1);  // SBI not reconciled
        QVERIFY2(r.err.contains(QStringLiteral("Reconcile SBI")), qPrintable(r.err));
        r = cli(as("secretary") + month + QStringList{QStringLiteral("--bank"), QStringLiteral("SBI:statement=1,note=demo statement")},
                QStringLiteral("demo1234"));
        QVERIFY2(r.status == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(QStringLiteral("Cash: book ₹ ")) && r.out.contains(QStringLiteral("counted ₹ 500.00")), qPrintable(r.out));
        QCOMPARE(cli(as("operator") + QStringList{QStringLiteral("cash"), QStringLiteral("close-month"), QStringLiteral("2026-09"),
                                                  QStringLiteral("--cash"), QStringLiteral("1x1")},
                     QStringLiteral("demo1234")).status, 3);
        QCOMPARE(cli(as("secretary") + QStringList{QStringLiteral("cash"), QStringLiteral("close-month"), QStringLiteral("2026-09"),
                                                   QStringLiteral("--cash"), QStringLiteral("five")},
                     QStringLiteral("demo1234")).status, 2);
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
