// The quality system's area from the keyboard: the tabs by Ctrl+Tab, a finding taken from found to closed with F6,
// F7 and F8, the objectives with what the registers show beside them, and the audit pack's period asked for.

#include "UiTest.h"
#include "pages/QualityPages.h"
#include "registers/RegisterPage.h"
#include "registers/EntryService.h"
#include "registers/Masters.h"

#include <QComboBox>
#include <QLineEdit>
#include <QStringListModel>
#include <QCompleter>
#include <QTabWidget>
#include <QTableView>

using namespace gd;
using namespace gd::ui;
using namespace gd::test;
using namespace gd::test::shorthand;

class TestQualityUi : public QObject {
    Q_OBJECT

private slots:
    // The risk register's page is made from its definition: its new-entry form offers the owners of earlier risks
    // (a field completes from its own register, not only from the front office's).
    void aPlainRegistersFormCompletesFromItsOwnEntries()
    {
        TestBook t;
        QVERIFY(t.create());
        t.add(Registers::risks(), {{q("identified_on"), QDate(2026, 11, 2)}, {q("risk"), q("अभिलेख कक्ष में सीलन")},
                                   {q("likelihood"), 3}, {q("impact"), 4}, {q("owner"), q("ग्राम पंचायत सचिव")}});
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        RegisterPage *risks = nullptr;
        for (Page *p : window.pages())
            if (auto *r = qobject_cast<RegisterPage *>(p); r && r->registerId() == q("risks"))
                risks = r;
        QVERIFY(risks);
        window.showArea(int(window.pages().indexOf(risks)));
        QStringList offered;
        onNextDialog([&](QDialog *dialog) {
            auto *owner = dialog->findChild<QLineEdit *>(q("ownerEdit"));
            if (owner && owner->completer())
                offered = qobject_cast<QStringListModel *>(owner->completer()->model())->stringList();
            dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QCOMPARE(offered, QStringList{q("ग्राम पंचायत सचिव")});
    }

    void findingFromFoundToClosed()
    {
        TestBook t;
        QVERIFY(t.create());
        QVERIFY(EntryService(*t.book).add(t.admin, Registers::auditFindings(),
                                         {{q("found_on"), QDate(2026, 11, 10)}, {q("audit"), q("internal")}, {q("type"), q("minor")},
                                          {q("finding"), q("फीडबैक नहीं लिया गया")}})
                    .ok());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        auto *quality = window.findChild<QualityPage *>();
        window.showArea(int(window.pages().indexOf(quality)));
        QVERIFY(quality->isVisible());
        QTabWidget *tabs = quality->tabs();
        QCOMPARE(tabs->currentIndex(), 0);
        // Ctrl+Tab five times: policy → objectives → roles → trainings → surveys → findings.
        // (typed into the table that has the focus, which keeps plain Tab for itself)
        activate(window);
        for (int i = 0; i < 5; ++i) {
            auto *table = tabs->currentWidget()->findChild<QTableView *>();
            table->setFocus();
            QTest::keyClick(table, Qt::Key_Tab, Qt::ControlModifier);
        }
        auto *findings = qobject_cast<FindingsPage *>(tabs->currentWidget());
        QVERIFY(findings);
        QCOMPARE(findings->model()->rowCount(), 1);  // the open list
        findings->selectNumber(q("FND/2026-27/000001"));
        const auto current = [&] { return EntryStore(*t.book, Registers::auditFindings()).current(q("FND/2026-27/000001")).value(); };
        // F6: cause, action, owner, due date typed; Enter.
        onNextDialog([&](QDialog *) {
            typeText(focused(), q("निकास पर कोई नहीं"));
            key(Qt::Key_Tab);
            typeText(focused(), q("निकास पर फीडबैक लेना"));
            key(Qt::Key_Tab);
            typeText(focused(), q("पूजा सिंह"));
            key(Qt::Key_Tab);
            typeText(focused(), q("30-11-2026"));
            key(Qt::Key_Return);
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_F6);
        QTRY_COMPARE(current().text(q("action")), q("निकास पर फीडबैक लेना"));
        QCOMPARE(current().date(q("due_on")), QDate(2026, 11, 30));
        QCOMPARE(current().text(q("status")), q("open"));
        // F7: done today (offered), Enter.
        onNextDialog([&](QDialog *) { key(Qt::Key_Return); });
        activate(window);
        QTest::keyClick(&window, Qt::Key_F7);
        QTRY_COMPARE(current().text(q("status")), q("to_verify"));
        QCOMPARE(current().date(q("done_on")), QDate(2026, 11, 22));
        // F8 by the owner herself is refused with the reason in the dialog; by the pradhan it closes the finding.
        QString refusal;
        onNextDialog([&](QDialog *dialog) {
            QCOMPARE(focused()->objectName(), q("verifiedByEdit"));  // typing starts at the first empty field
            typeText(focused(), q("पूजा सिंह"));
            auto *effective = dialog->findChild<QComboBox *>(q("effectiveEdit"));
            effective->setCurrentIndex(effective->findData(q("yes")));
            key(Qt::Key_Return);
            QTRY_VERIFY(dialog->isVisible());
            for (QLabel *l : dialog->findChildren<QLabel *>())
                if (l->text().contains(q("other than")))
                    refusal = l->text();
            auto *by = dialog->findChild<QLineEdit *>(q("verifiedByEdit"));
            by->selectAll();
            typeText(by, q("कमला देवी"));
            key(Qt::Key_Return);
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_F8);
        QTRY_COMPARE(current().text(q("status")), q("closed"));
        QVERIFY2(!refusal.isEmpty(), "the owner's own verification was not refused in the dialog");
        QCOMPARE(current().text(q("verified_by")), q("कमला देवी"));
        QCOMPARE(current().reason, q("Verification of the action"));  // what the history shows for the step
        QTRY_COMPARE(findings->model()->rowCount(), 0);  // no longer open
        // A search hit in the findings opens the quality area on that tab with the finding shown.
        window.showArea(0);
        tabs->setCurrentIndex(0);
        QVERIFY(window.openEntry(q("audit-findings"), q("FND/2026-27/000001")));
        QVERIFY(quality->isVisible());
        QCOMPARE(tabs->currentWidget(), findings);
        QVERIFY(findings->selected());
        QCOMPARE(findings->selected()->number, q("FND/2026-27/000001"));
    }

    void objectivesShowWhatTheRegistersSay()
    {
        TestBook t;
        QVERIFY(t.create());
        EntryService fo(*t.book);
        // Two family-register copies this year: 1 Oct in time (due Mon 5 Oct), 14 Nov late (due Wed 18 Nov).
        for (const auto &[received, closed] : {std::pair{QDate(2026, 10, 1), QDate(2026, 10, 5)},
                                               std::pair{QDate(2026, 11, 14), QDate(2026, 11, 20)}})
            QVERIFY(fo.add(t.admin, Registers::applications(),
                           {{q("service_code"), q("FAMREG-COPY")}, {q("received_on"), received}, {q("applicant_name"), q("आवेदक")},
                            {q("status"), q("delivered")}, {q("closed_on"), closed}})
                        .ok());
        QVERIFY(MasterStore(*t.book, Registers::qualityObjectives())
                    .save(t.admin, {{q("code"), q("OBJ-01")}, {q("name_hi"), q("समय पर सेवा")}, {q("measure"), q("services_in_time")},
                                    {q("comparison"), q("at_least")}, {q("target"), qint64(95000)}, {q("active"), q("yes")}})
                    .ok());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        auto *quality = window.findChild<QualityPage *>();
        window.showArea(int(window.pages().indexOf(quality)));
        quality->tabs()->setCurrentIndex(1);
        auto *table = quality->tabs()->currentWidget()->findChild<QTableView *>(q("masterTable"));
        const QAbstractItemModel *m = table->model();
        // Beside the Hindi name (code, name, then these): October 1 of 1 in time; the year so far 1 of 2 = 50.00,
        // short of 95.
        QCOMPARE(m->headerData(1, Qt::Horizontal).toString(), q("Name (Hindi)"));
        QCOMPARE(m->headerData(2, Qt::Horizontal).toString(), q("Last month"));
        QCOMPARE(m->index(0, 2).data().toString(), q("100.00"));
        QCOMPARE(m->index(0, 3).data().toString(), q("50.00"));
        QCOMPARE(m->index(0, 4).data().toString(), q("no"));
        QCOMPARE(m->headerData(5, Qt::Horizontal).toString(), q("Name (English)"));
    }

    void auditPackAsksForThePeriod()
    {
        TestBook t;
        QVERIFY(t.create());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        auto *quality = window.findChild<QualityPage *>();
        window.showArea(int(window.pages().indexOf(quality)));
        // Ctrl+P: the financial year so far is offered; a period that ends before it begins is refused.
        QString from, to, refusal;
        onNextDialog([&](QDialog *dialog) {
            from = dialog->findChild<QLineEdit *>(q("fromEdit"))->text();
            to = dialog->findChild<QLineEdit *>(q("toEdit"))->text();
            auto *end = dialog->findChild<QLineEdit *>(q("toEdit"));
            end->selectAll();
            typeText(end, q("01-03-2026"));
            key(Qt::Key_Return);
            QTRY_VERIFY(dialog->isVisible());
            for (QLabel *l : dialog->findChildren<QLabel *>())
                if (l->text().contains(q("ends before")))
                    refusal = l->text();
            key(Qt::Key_Escape);
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(from, q("01-04-2026"));
        QCOMPARE(to, q("22-11-2026"));
        QVERIFY2(!refusal.isEmpty(), "a period ending before it begins was not refused");
    }
};

QTEST_MAIN(TestQualityUi)
#include "tst_quality_ui.moc"
