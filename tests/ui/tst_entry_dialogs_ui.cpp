// The dialogs that check an entry while it is typed, and say so before it is saved: a birth's delay, a month's
// cash closing, a physical verification of stock, and an import's preview of its file.

#include "Application.h"
#include "LanguageManager.h"
#include "UiTest.h"
#include "pages/CloseMonthDialog.h"
#include "pages/StockVerificationDialog.h"
#include "pages/VitalEventsPage.h"
#include "registers/ImportDialog.h"
#include "registers/Masters.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace gd;
using namespace gd::ui;
using namespace gd::test;

class TestEntryDialogsUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        Application::setUpFonts();
        LanguageManager::instance().switchTo(QStringLiteral("en"));
    }

    void birthWithTheKeyboardShowsItsDelayWhileTyping()
    {
        test::TestBook t;
        QVERIFY(t.create());
        Workspace workspace(*t.book, t.admin, t.clock);
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
        auto *page = window.findChild<VitalEventsPage *>();
        QVERIFY(page && page->isVisible());
        page->findChild<QCheckBox *>(QStringLiteral("printAfterSavingCheck"))->setChecked(false);
        QString note;
        onNextDialog([&](QDialog *dialog) {
            auto *live = dialog->findChild<QLabel *>(QStringLiteral("liveNoteLabel"));
            QVERIFY(live->text().contains(QStringLiteral("Type the date of the event")));
            key(Qt::Key_B);  // birth
            key(Qt::Key_Tab);
            typeText(focused(), QStringLiteral("01-10-2026"));
            key(Qt::Key_Tab);
            key(Qt::Key_A, Qt::ControlModifier);
            typeText(focused(), QStringLiteral("27-10-2026"));
            note = live->text();
            key(Qt::Key_Tab);  // name: not yet given
            key(Qt::Key_Tab);
            key(Qt::Key_F);  // female
            key(Qt::Key_Tab);
            typeText(focused(), QStringLiteral("राम प्रसाद"));
            key(Qt::Key_Tab);
            typeText(focused(), QStringLiteral("सीता देवी"));
            key(Qt::Key_Tab);
            key(Qt::Key_Tab);
            key(Qt::Key_Tab);
            key(Qt::Key_H);  // home
            key(Qt::Key_Tab);
            key(Qt::Key_Tab);
            key(Qt::Key_Tab);
            QCOMPARE(focused()->objectName(), QStringLiteral("informantNameEdit"));
            typeText(focused(), QStringLiteral("राम प्रसाद"));
            key(Qt::Key_Return);
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        // 1 Oct → 27 Oct: 26 days, late, ₹ 2 with the UP defaults.
        QVERIFY2(note.contains(QStringLiteral("26 days")) && note.contains(QStringLiteral("late (22–30 days)"))
                     && note.contains(QStringLiteral("2.00")) && note.contains(QStringLiteral("late fee")),
                 qPrintable(note));
        const Entry e = EntryStore(*t.book, Registers::vitalEvents()).current(QStringLiteral("BD/2026-27/000001")).value();
        QCOMPARE(e.text(QStringLiteral("event_type")), QStringLiteral("birth"));
        QCOMPARE(e.date(QStringLiteral("event_date")), QDate(2026, 10, 1));
        QCOMPARE(e.text(QStringLiteral("delay_category")), QStringLiteral("late"));
        QCOMPARE(e.value(QStringLiteral("fee")).toLongLong(), 200);
        QCOMPARE(e.text(QStringLiteral("mother_name")), QStringLiteral("सीता देवी"));
        QCOMPARE(e.text(QStringLiteral("place_type")), QStringLiteral("home"));
        // It waits for CRS registration: 27 Oct → 22 Nov, 26 days, shown in the register.
        auto *table = page->table();
        const int waitingColumn = 10;
        QCOMPARE(table->model()->headerData(waitingColumn, Qt::Horizontal).toString(), QStringLiteral("Days waiting for CRS"));
        QCOMPARE(table->model()->index(0, waitingColumn).data().toString(), QStringLiteral("26"));
    }

    void closingAMonthShowsTheDifferencesWhileTyping()
    {
        test::TestBook t;
        QVERIFY(t.create());
        for (const auto &[code, kind, paise] : {std::tuple{"CASH", "cash", qint64(100000)}, std::tuple{"SBI", "bank", qint64(5000000)}})
            QVERIFY(MasterStore(*t.book, Registers::cashAccounts())
                        .save(t.admin, {{QStringLiteral("code"), QString::fromLatin1(code)}, {QStringLiteral("name_hi"), QString::fromLatin1(code)},
                                        {QStringLiteral("name_en"), QString::fromLatin1(code)}, {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                        {QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(paise)},
                                        {QStringLiteral("opening_date"), QDate(2026, 10, 1)}})
                        .ok());
        QVERIFY(CashBook(*t.book).closeDays(t.admin, QDate(2026, 10, 31)).ok());
        Workspace workspace(*t.book, t.admin, t.clock);
        CloseMonthDialog dialog(workspace);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.findChild<QComboBox *>(QStringLiteral("monthCombo"))->currentText(), QStringLiteral("2026-10"));
        // ₹ 1,000 in the box as two ₹500 notes; the bank statement shows ₹ 50,000.00.
        auto *fives = dialog.findChild<QSpinBox *>(QStringLiteral("count500"));
        fives->setFocus();
        QTest::keyClick(fives, Qt::Key_A, Qt::ControlModifier);
        typeText(fives, QStringLiteral("2"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("cashSummaryLabel"))->text().contains(QStringLiteral("difference ₹ 0.00")));
        auto *statement = dialog.findChild<QLineEdit *>(QStringLiteral("SBIStatement"));
        statement->setFocus();
        typeText(statement, QStringLiteral("49,000"));
        QTest::keyClick(dialog.findChild<QPushButton *>(QStringLiteral("closeMonthButton")), Qt::Key_Space);
        QVERIFY(dialog.isVisible());  // ₹ 1,000 short at the bank, unexplained
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("closeMonthMessageLabel"))->text().contains(QStringLiteral("-1,000.00")));
        statement->clear();
        typeText(statement, QStringLiteral("50,000"));
        QTest::keyClick(dialog.findChild<QPushButton *>(QStringLiteral("closeMonthButton")), Qt::Key_Space);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.closing().cashCounted, 100000);
        QCOMPARE(dialog.closing().banks.first().difference(), 0);
    }

    void physicalVerificationOfStock()
    {
        test::TestBook t;
        QVERIFY(t.create());
        QVERIFY(MasterStore(*t.book, Registers::stockItems())
                    .save(t.admin, {{QStringLiteral("code"), QStringLiteral("PAPER")}, {QStringLiteral("name_hi"), QStringLiteral("कागज़")},
                                    {QStringLiteral("name_en"), QStringLiteral("Paper")}, {QStringLiteral("unit"), QStringLiteral("ream")},
                                    {QStringLiteral("kind"), QStringLiteral("consumable")},
                                    {QStringLiteral("opening_qty"), QVariant::fromValue<qint64>(40000)},
                                    {QStringLiteral("opening_date"), QDate(2026, 10, 1)}})
                    .ok());
        Workspace workspace(*t.book, t.admin, t.clock);
        StockVerificationDialog dialog(workspace);
        dialog.setQuiet(true);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QCOMPARE(dialog.table()->item(0, 2)->text(), QStringLiteral("40"));
        dialog.findChild<QLineEdit *>(QStringLiteral("verifiedByEdit"))->setText(QStringLiteral("Pankaj"));
        dialog.findChild<QLineEdit *>(QStringLiteral("custodianEdit"))->setText(QStringLiteral("Raju"));
        auto *record = dialog.findChild<QPushButton *>(QStringLiteral("recordButton"));
        QTest::mouseClick(record, Qt::LeftButton);  // nothing counted yet
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("verificationMessageLabel"))->text().contains(QStringLiteral("PAPER")));
        dialog.table()->item(0, 3)->setText(QStringLiteral("39.5"));
        QTest::mouseClick(record, Qt::LeftButton);  // half a ream short, unexplained
        QVERIFY(dialog.isVisible());
        dialog.table()->item(0, 4)->setText(QStringLiteral("one ream torn"));
        QTest::mouseClick(record, Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(t.book->scalar(QStringLiteral("SELECT counted_qty FROM stock_verifications WHERE item_code = 'PAPER'")).value().toLongLong(), 39500);
    }

    void importPreviewShowsProblemsAndImportsAllOrNothing()
    {
        test::TestBook t;
        QVERIFY(t.create());
        Workspace workspace(*t.book, t.admin, t.clock);
        QTemporaryDir dir;
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date;time_in;name;purpose\r\n21-11-2026;10:00;Ramesh;enquiry\r\n30-11-2026;10:00;Future;enquiry\r\n");
        f.close();
        ImportDialog dialog(workspace, Registers::visitors());
        dialog.show();
        dialog.loadFile(bad);
        auto *problems = dialog.findChild<QPlainTextEdit *>(QStringLiteral("importProblemsText"));
        QCOMPARE(problems->toPlainText().left(18), QStringLiteral("bad.csv:3: date: 3"));
        QVERIFY(!dialog.findChild<QPushButton *>(QStringLiteral("importButton"))->isEnabled());
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
        QCOMPARE(preview->rowCount(), 2);
        QCOMPARE(preview->item(1, 2)->text(), QStringLiteral("Future"));
        const QString good = dir.filePath(QStringLiteral("good.csv"));
        QFile g(good);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("date,time_in,name,purpose\n21-11-2026,10:00,Ramesh,enquiry\n22-11-2026,10:05,Sita,meeting\n");
        g.close();
        dialog.loadFile(good);
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialog.written(), 2);
        QCOMPARE(EntryStore(*t.book, Registers::visitors()).count({}).value(), 2);
        QVERIFY(!import->isEnabled());
    }
};

QTEST_MAIN(TestEntryDialogsUi)
#include "tst_entry_dialogs_ui.moc"
