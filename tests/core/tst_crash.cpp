#include "TestBook.h"
#include "storage/AuditLog.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>

using namespace gd;
using gd::test::TestBook;

// Power can fail at any moment: a writer killed mid-transaction, again and again, must leave a book
// that opens, verifies, and holds every entry it reported as saved.
class TestCrash : public QObject {
    Q_OBJECT
private slots:
    // Two hundred times: a writer saving visitors is killed at a random moment; each time the book opens, passes
    // integrity_check and the audit chain's verification, and holds every visitor whose save had returned.
    void killedWriterLosesNothingCommitted()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book.reset();
        const QString writer = qEnvironmentVariable("GRAMDESK_CRASH_WRITER");
        QVERIFY2(!writer.isEmpty(), "GRAMDESK_CRASH_WRITER is not set");
        const QString now = t.clock.now().toString(Qt::ISODate);
        QRandomGenerator random(20261122);
        QSet<QString> committed;
        int next = 1;
        for (int round = 0; round < 200; ++round) {
            QProcess p;
            p.start(writer, {t.path(), QString::number(next), now});
            QVERIFY(p.waitForStarted());
            // Wait for the first save, then kill it somewhere in the saves that follow.
            QVERIFY(p.waitForReadyRead(10000));
            QTest::qWait(random.bounded(40));
            p.kill();
            QVERIFY(p.waitForFinished());
            QVERIFY2(p.exitStatus() == QProcess::CrashExit, qPrintable(QString::fromLocal8Bit(p.readAllStandardError())));
            const QStringList lines = QString::fromLatin1(p.readAllStandardOutput()).split(u'\n', Qt::SkipEmptyParts);
            for (const QString &line : lines)
                committed.insert(QStringLiteral("entry-") + line.trimmed());
            next = (lines.isEmpty() ? next : lines.last().toInt()) + 2;  // the number in flight may or may not have landed

            auto book = Book::open(t.path(), t.clock);
            QVERIFY2(book.ok(), book.ok() ? "" : qPrintable(book.error().message));
            QCOMPARE(book.value()->scalar(QStringLiteral("PRAGMA integrity_check")).value().toString(), QStringLiteral("ok"));
            const auto verified = AuditLog::verify(*book.value()).value();
            QVERIFY2(verified.ok, qPrintable(verified.problem));
            auto q = book.value()->exec(QStringLiteral("SELECT name FROM visitors WHERE is_current = 1"));
            QSet<QString> present;
            while (q.value().next())
                present.insert(q.value().value(0).toString());
            for (const QString &entry : std::as_const(committed))
                QVERIFY2(present.contains(entry), qPrintable(entry + QStringLiteral(" was reported saved but is missing")));
        }
        QVERIFY2(committed.size() > 200, qPrintable(QStringLiteral("only %1 entries were written").arg(committed.size())));
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
