// Documented procedures: a controlled list where a new version withdraws the old one and keeps it, the file kept
// with a version, and the master list the audit pack prints.

#include "TestBook.h"
#include "registers/Procedures.h"
#include "reports/AuditPackFigures.h"
#include "storage/Book.h"

#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace gd::test::shorthand;
using K = ProcedureKeys;

class TestProcedures : public QObject {
    Q_OBJECT

private slots:
    void aNewVersionWithdrawsTheOldAndKeepsIt()
    {
        TestBook t;
        QVERIFY(t.create());
        const QVariantMap first{{K::code, QStringLiteral("qp-01")}, {K::title, q("शिकायत निस्तारण की प्रक्रिया")},
                                {K::kind, QStringLiteral("procedure")}, {K::version, QStringLiteral("1.0")},
                                {K::approvedOn, d("2026-04-01")}, {K::approvedBy, q("ग्राम प्रधान")},
                                {K::copiesAt, q("सूचना पट्ट, सचिव कक्ष")}};
        const Entry v1 = t.add(Registers::procedures(), first);
        QCOMPARE(v1.text(K::code), QStringLiteral("QP-01"));
        QCOMPARE(v1.text(K::status), QStringLiteral("current"));
        // A second version in force by the ordinary form is refused: it comes by New version.
        QVariantMap again = first;
        again.insert(K::version, QStringLiteral("2.0"));
        QVERIFY(!EntryService(*t.book).add(t.admin, Registers::procedures(), again).ok());
        // Version 1.1 of 01-10-2026 with its scan: 1.0 is withdrawn that day and points to 1.1.
        Procedures p(*t.book);
        QVariantMap next = first;
        next.insert(K::version, QStringLiteral("1.1"));
        next.insert(K::approvedOn, d("2026-10-01"));
        auto v2 = p.newVersion(t.admin, v1, next, QStringLiteral("QP-01 v1.1.pdf"), QStringLiteral("application/pdf"),
                               QByteArrayLiteral("%PDF-1.4 scan"));
        QVERIFY2(v2.ok(), v2.ok() ? "" : qPrintable(v2.error().message));
        const Entry old = EntryStore(*t.book, Registers::procedures()).current(v1.number).value();
        QCOMPARE(old.text(K::status), QStringLiteral("withdrawn"));
        QCOMPARE(old.date(K::withdrawnOn), d("2026-10-01"));
        QCOMPARE(old.text(K::supersededBy), v2.value().number);
        QCOMPARE(v2.value().text(K::status), QStringLiteral("current"));
        auto files = p.files(v2.value().number);
        QCOMPARE(files.value().size(), 1);
        QCOMPARE(files.value().first().bytes, 13);
        QCOMPARE(p.fileData(files.value().first().id).value(), QByteArrayLiteral("%PDF-1.4 scan"));
        // The same version twice, a version approved before the one in force, and a new version of a withdrawn
        // one are refused; nothing more is written.
        QVERIFY(!p.newVersion(t.admin, v2.value(), next).ok());
        next.insert(K::version, QStringLiteral("1.2"));
        next.insert(K::approvedOn, d("2026-09-01"));
        QVERIFY(!p.newVersion(t.admin, v2.value(), next).ok());
        QVERIFY(!p.newVersion(t.admin, old, next).ok());
        // The master list: the version in force first, then the withdrawn one; both kept.
        auto list = p.masterList();
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(0).text(K::version), QStringLiteral("1.1"));
        QCOMPARE(list.value().at(1).text(K::version), QStringLiteral("1.0"));
        // A kept file is never removed.
        QVERIFY(!t.book->exec(QStringLiteral("DELETE FROM procedure_files")).ok());
        QVERIFY(!p.attach(t.admin, v2.value().number, QStringLiteral("empty.pdf"), QStringLiteral("application/pdf"), {}).ok());
        // The audit pack carries the list and the files' names.
        auto figures = AuditPackFigures::compute(*t.book, d("2026-04-01"), d("2026-11-22"), d("2026-11-22"));
        QVERIFY(figures.ok());
        QCOMPARE(figures.value().procedures.size(), 2);
        QCOMPARE(figures.value().procedureFiles.value(v2.value().number), QStringList{QStringLiteral("QP-01 v1.1.pdf")});
    }
};

QTEST_GUILESS_MAIN(TestProcedures)
#include "tst_procedures.moc"
