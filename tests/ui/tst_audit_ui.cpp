// The audit log's page: each entry in the office's words (AuditReading), the whole change in the cell's tooltip,
// and the entries already shown read again in the other language.

#include "LanguageManager.h"
#include "UiTest.h"
#include "pages/AuditPage.h"

#include <QTableView>

using namespace gd;
using namespace gd::ui;
using namespace gd::test;
using namespace gd::test::shorthand;

class TestAuditUi : public QObject {
    Q_OBJECT

private slots:
    void cleanupTestCase() { LanguageManager::instance().switchTo(q("en")); }

    void theLogReadsAsTheOfficeSpeaks()
    {
        LanguageManager::instance().switchTo(q("en"));
        TestBook t;
        QVERIFY(t.create());
        t.add(Registers::visitors(), {{q("date"), d("2026-11-22")}, {q("time_in"), QTime(9, 15)}, {q("name"), q("सीता देवी")},
                                      {q("purpose"), q("meeting")}});
        Desk desk(t);
        QVERIFY(desk.open());
        auto *nav = desk.window->findChild<QListWidget *>(q("areaNavigationList"));
        const QList<QListWidgetItem *> audit = nav->findItems(q("Audit log"), Qt::MatchExactly);
        QCOMPARE(audit.size(), 1);
        nav->setCurrentItem(audit.first());
        auto *page = desk.window->findChild<AuditPage *>();
        QTRY_VERIFY(page->isVisible());
        auto *view = page->findChild<QTableView *>(q("auditTableView"));
        const QAbstractItemModel *m = view->model();
        QTRY_VERIFY(m->rowCount() > 0);
        QStringList headers;
        for (int c = 0; c < m->columnCount(); ++c)
            headers += m->headerData(c, Qt::Horizontal).toString();
        QCOMPARE(headers, (QStringList{q("No."), q("When"), q("By"), q("Change"), q("Register"), q("Entry"), q("Details")}));
        // The newest first: the visitor.
        const auto cell = [&](int column, int role = Qt::DisplayRole) { return m->index(0, column).data(role).toString(); };
        QCOMPARE(cell(1), q("22-11-2026 10:30:00"));
        QCOMPARE(cell(2), q("admin"));
        QCOMPARE(cell(3), q("New entry"));
        QCOMPARE(cell(4), q("Visitor register"));
        QCOMPARE(cell(5), q("VIS/2026-27/000001"));
        QCOMPARE(cell(6), q("Date: 22-11-2026 · Time in: 09:15 · Visitor name: सीता देवी · Purpose: meeting"));
        QCOMPARE(cell(6, Qt::ToolTipRole), cell(6));
        // The time is not cut short.
        QVERIFY2(view->columnWidth(1) >= view->fontMetrics().horizontalAdvance(cell(1)), qPrintable(QString::number(view->columnWidth(1))));

        LanguageManager::instance().switchTo(q("hi"));
        QCoreApplication::processEvents();
        QCOMPARE(cell(3), q("नई प्रविष्टि"));
        QCOMPARE(cell(4), q("आगंतुक रजिस्टर"));
        QVERIFY2(cell(6).contains(q("प्रयोजन: भेंट")), qPrintable(cell(6)));
        QCOMPARE(m->headerData(6, Qt::Horizontal).toString(), q("विवरण"));
    }
};

QTEST_MAIN(TestAuditUi)
#include "tst_audit_ui.moc"
