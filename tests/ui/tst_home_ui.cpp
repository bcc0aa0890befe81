// The home screen: its tiles show what the registers' lists show, and each opens its list from the keyboard.

#include "LanguageManager.h"
#include "UiTest.h"
#include "pages/FrontOfficePages.h"
#include "pages/HomePage.h"
#include "pages/NoticesPage.h"
#include "registers/EntryService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPushButton>

using namespace gd;
using namespace gd::ui;
using namespace gd::test;
using namespace gd::test::shorthand;

class TestHomeUi : public QObject {
    Q_OBJECT

private slots:
    void tilesOpenTheirLists()
    {
        TestBook t;
        QVERIFY(t.create());
        EntryService fo(*t.book);
        // Family-register copies (3 working days): received Wed 18 Nov, due Sat 21, overdue on Sunday the 22nd;
        // received Thu 19, due Mon 23, pending.
        for (const QDate received : {QDate(2026, 11, 18), QDate(2026, 11, 19)})
            QVERIFY(fo.add(t.admin, Registers::applications(),
                           {{q("service_code"), q("FAMREG-COPY")}, {q("received_on"), received}, {q("applicant_name"), q("आवेदक")}})
                        .ok());
        QVERIFY(fo.add(t.admin, Registers::visitors(),
                       {{q("date"), QDate(2026, 11, 22)}, {q("time_in"), QTime(9, 0)}, {q("name"), q("रमेश")},
                        {q("purpose"), q("enquiry")}})
                    .ok());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        auto *home = window.findChild<HomePage *>();
        QVERIFY(home->isVisible());
        QCOMPARE(home->tile(q("visitorsInside"))->figure(), q("1"));
        QCOMPARE(home->tile(q("applicationsOverdue"))->figure(), q("1"));
        QVERIFY(home->tile(q("applicationsOverdue"))->alert());
        QCOMPARE(home->tile(q("applicationsDueToday"))->figure(), q("0"));
        QCOMPARE(home->tile(q("readiness"))->figure(), q("0.00%"));
        QCOMPARE(home->tile(q("lastBackup"))->figure(), q("none"));
        QVERIFY(home->tile(q("lastBackup"))->alert());
        // Tab from the first tile to the third (applications overdue), Enter: the applications with the overdue list.
        Tile *first = home->tile(q("visitorsInside"));
        first->setFocus();
        QTRY_VERIFY(first->hasFocus());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), home->tile(q("applicationsOverdue")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        auto *applications = window.findChild<ApplicationsPage *>();
        QTRY_VERIFY(applications->isVisible());
        QCOMPARE(applications->model()->rowCount(), 1);
        QCOMPARE(applications->model()->index(0, 0).data().toString(), q("APP/2026-27/000001"));
        // Space on the visitors tile: who is inside.
        window.showArea(0);
        first->setFocus();
        QTest::keyClick(first, Qt::Key_Space);
        auto *visitors = window.findChild<VisitorsPage *>();
        QTRY_VERIFY(visitors->isVisible());
        QCOMPARE(visitors->model()->rowCount(), 1);
    }

    void noticeFromTheKeyboard()
    {
        TestBook t;
        QVERIFY(t.create());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        auto *notices = window.findChild<NoticesPage *>();
        window.showArea(int(window.pages().indexOf(notices)));
        QVERIFY(notices->isVisible());
        notices->findChild<QCheckBox *>(q("printAfterSavingCheck"))->setChecked(false);
        // A public notice: the kind chosen, the subject and the text typed; without the text it is refused.
        QString note, offered;
        onNextDialog([&](QDialog *dialog) {
            auto *kind = dialog->findChild<QComboBox *>(q("kindEdit"));
            offered = kind->currentData().toString();  // the register's default kind
            kind->setCurrentIndex(kind->findData(q("public")));
            note = dialog->findChild<QLabel *>(q("liveNoteLabel"))->text();
            typeText(dialog->findChild<QWidget *>(q("subjectEdit")), q("जल आपूर्ति बंद रहेगी"));
            key(Qt::Key_Return);
            QTRY_VERIFY(dialog->isVisible());  // no text yet
            typeText(dialog->findChild<QWidget *>(q("bodyEdit")), q("24 नवंबर को पानी नहीं आएगा।"));
            dialog->findChild<QWidget *>(q("subjectEdit"))->setFocus();
            key(Qt::Key_Return);
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(offered, q("public"));
        QCOMPARE(note, q("A public notice: write its text."));
        QTRY_VERIFY(EntryStore(*t.book, Registers::notices()).current(q("NTC/2026-27/000001")).ok());
        const Entry n = EntryStore(*t.book, Registers::notices()).current(q("NTC/2026-27/000001")).value();
        QCOMPARE(n.text(q("subject")), q("जल आपूर्ति बंद रहेगी"));
        QCOMPARE(n.date(q("issued_on")), QDate(2026, 11, 22));  // today, as offered
        QTRY_COMPARE(notices->model()->rowCount(), 1);
    }

    // Every register's work lists show their names and counts whole, in the window's first size, in both languages
    // ("Registered, certificate not handed over: 0" was cut short by the side panel).
    void workListsShowTheirNamesWhole()
    {
        TestBook t;
        QVERIFY(t.create());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        int boxes = 0;
        for (const QString &language : {q("en"), q("hi")}) {
            LanguageManager::instance().switchTo(language);
            for (int area = 0; area < window.pages().size(); ++area) {
                auto *box = window.pages().at(area)->findChild<QWidget *>(q("workListsBox"));
                if (!box)
                    continue;
                window.showArea(area);
                QTRY_VERIFY(box->isVisible());
                ++boxes;
                for (const QPushButton *b : box->findChildren<QPushButton *>()) {
                    // As wide as the style needs for the text with the buttons' padding: narrower cuts it.
                    const int needed = b->sizeHint().width();
                    QVERIFY(needed > b->fontMetrics().horizontalAdvance(b->text()));
                    QVERIFY2(b->width() >= needed,
                             qPrintable(q("\"%1\" needs %2 px, has %3").arg(b->text()).arg(needed).arg(b->width())));
                }
            }
        }
        LanguageManager::instance().switchTo(q("en"));
        QCOMPARE(boxes, 8);  // visitors, applications, complaints, births and deaths: in two languages
    }
};

QTEST_MAIN(TestHomeUi)
#include "tst_home_ui.moc"
