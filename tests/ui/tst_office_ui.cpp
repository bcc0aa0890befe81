// The office's own areas. The audit log: each entry in the office's words (AuditReading), the whole change in the
// cell's tooltip, the entries already shown read again in the other language, the entries of the days typed in
// From and To. The backup history and the users:
// every column as wide as what it shows. The office's settings: the weekly off days as boxes, the birth and death
// fees as four amounts, with the keyboard.

#include "LanguageManager.h"
#include "UiTest.h"
#include "pages/AuditPage.h"
#include "office/OfficeProfile.h"
#include "office/OfficeSettings.h"
#include "pages/BackupPage.h"
#include "storage/Backup.h"
#include "storage/Seals.h"

#include <QCheckBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>

using namespace gd;
using namespace gd::ui;
using namespace gd::test;
using namespace gd::test::shorthand;

namespace {

// Shows the area of that name in the window's navigation list.
bool showArea(MainWindow &window, const QString &name)
{
    auto *nav = window.findChild<QListWidget *>(QStringLiteral("areaNavigationList"));
    const QList<QListWidgetItem *> items = nav->findItems(name, Qt::MatchExactly);
    if (items.size() != 1)
        return false;
    nav->setCurrentItem(items.first());
    return true;
}

// Every cell of the first `columns` columns fits its column.
void expectWhole(const QTableView *view, int columns)
{
    const QAbstractItemModel *m = view->model();
    QVERIFY(m->rowCount() > 0);
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < columns; ++c) {
            const QString text = m->index(r, c).data().toString();
            QVERIFY2(view->columnWidth(c) >= view->fontMetrics().horizontalAdvance(text),
                     qPrintable(QStringLiteral("\"%1\" in a column %2 px wide").arg(text).arg(view->columnWidth(c))));
        }
}

}  // namespace

class TestOfficeUi : public QObject {
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
        QVERIFY(showArea(*desk.window, q("Audit log")));
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

    // The days asked for, typed as a clerk types them: only their entries, counted; a day that is not a date is
    // named; cleared, the whole log again.
    void theLogOfSomeDays()
    {
        LanguageManager::instance().switchTo(q("en"));
        TestBook t;
        QVERIFY(t.create());
        for (const int day : {20, 21}) {
            t.clock.set(QDateTime(QDate(2026, 11, day), QTime(11, 0)));
            t.add(Registers::visitors(), {{q("date"), QDate(2026, 11, day)}, {q("time_in"), QTime(11, 0)},
                                          {q("name"), q("आगंतुक %1").arg(day)}, {q("purpose"), q("enquiry")}});
        }
        t.clock.set(fixedNow());
        Desk desk(t);
        QVERIFY(desk.open());
        QVERIFY(showArea(*desk.window, q("Audit log")));
        auto *page = desk.window->findChild<AuditPage *>();
        QTRY_VERIFY(page->isVisible());
        const QAbstractItemModel *m = page->findChild<QTableView *>(q("auditTableView"))->model();
        auto *count = page->findChild<QLabel *>(q("auditCountLabel"));
        auto *from = page->findChild<QLineEdit *>(q("auditFromEdit"));
        auto *to = page->findChild<QLineEdit *>(q("auditToEdit"));
        const int all = m->rowCount();
        QVERIFY(all > 2);

        from->setFocus();
        typeText(from, q("21-11-2026"));
        QTest::keyClick(from, Qt::Key_Tab);
        typeText(to, q("21-11-2026"));
        QTest::keyClick(to, Qt::Key_Return);
        QCOMPARE(count->text(), q("1 entry, 21-11-2026 to 21-11-2026; the newest first. Printing takes all of them."));
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, 6).data().toString(), q("Date: 21-11-2026 · Time in: 11:00 · Visitor name: आगंतुक 21 · Purpose: enquiry"));
        // The count wraps rather than widen the window (with more than 10,000 entries it runs to two lines).
        QVERIFY(count->minimumSizeHint().width() < count->fontMetrics().horizontalAdvance(count->text()));

        to->selectAll();
        typeText(to, q("31-02-2026"));
        QTest::keyClick(to, Qt::Key_Return);
        QVERIFY2(count->text().contains(q("31-02-2026")), qPrintable(count->text()));
        QCOMPARE(m->rowCount(), 1);  // the list as it was

        to->selectAll();
        typeText(to, q("19-11-2026"));
        QTest::keyClick(to, Qt::Key_Return);
        QCOMPARE(count->text(), q("The first day comes after the last: swap them."));

        from->clear();
        to->clear();
        QTest::keyClick(to, Qt::Key_Return);
        QTRY_COMPARE(m->rowCount(), all);
        QVERIFY2(count->text().startsWith(q("%1 entries; the newest first.").arg(all)), qPrintable(count->text()));
    }

    void theBackupHistoryAndTheUsersShowTheirTextWhole()
    {
        LanguageManager::instance().switchTo(q("en"));
        TestBook t;
        QVERIFY(t.create());
        QTemporaryDir usb;
        QVERIFY(BackupService(*t.book).backupTo(usb.filePath(q("पेन ड्राइव/बैकअप फ़ोल्डर"))).ok());
        QVERIFY(UserDirectory(*t.book).add(t.admin, q("auditor"), q("राजेश प्रसाद श्रीवास्तव"), Role::Auditor, kPassword).ok());
        Desk desk(t);
        QVERIFY(desk.open());
        QVERIFY(showArea(*desk.window, q("Backups")));
        auto *backups = desk.window->findChild<QTableView *>(q("backupHistoryTableView"));
        QTRY_VERIFY(backups->isVisible());
        QVERIFY(backups->model()->index(0, 3).data().toString().contains(q("बैकअप फ़ोल्डर")));
        expectWhole(backups, 5);  // when, kind, result, where, by
        if (QTest::currentTestFailed())
            return;
        QVERIFY(showArea(*desk.window, q("Users")));
        auto *users = desk.window->findChild<QTableView *>(q("usersTableView"));
        QTRY_VERIFY(users->isVisible());
        expectWhole(users, 4);  // user name, full name, role, language
    }

    // The Backups page checks the book against a seal typed from paper: one it passes through, one it does not,
    // and one mistyped; a backup's receipt names its seal.
    void aPrintedSealIsCheckedOnTheBackupsPage()
    {
        LanguageManager::instance().switchTo(q("en"));
        TestBook t;
        QVERIFY(t.create());
        const Seal printed = Seals::make(*t.book, Seals::forMonthlyReport(q("2026-10"))).value();
        NotedMessages noted;
        ui::Messages::setCurrent(&noted);
        const auto restore = qScopeGuard([] { ui::Messages::setCurrent(nullptr); });
        Desk desk(t);
        QVERIFY(desk.open());
        QVERIFY(showArea(*desk.window, q("Backups")));
        auto *page = desk.window->findChild<ui::BackupPage *>();
        auto *status = desk.window->findChild<QLabel *>(q("backupStatusLabel"));
        QVERIFY(page && status);
        QVERIFY(desk.window->findChild<QPushButton *>(q("checkSealButton"))->isEnabled());
        page->checkSeal(printed.text().toLower());
        QCOMPARE(noted.errors, QStringList());
        QCOMPARE(status->text(), q("The book passes through the seal %1: nothing before it was changed since it was printed.")
                                     .arg(printed.text()));
        Seal other = printed;
        other.code = q("0000") + printed.code.mid(4);
        if (other.code == printed.code)
            other.code = q("1111") + printed.code.mid(4);
        page->checkSeal(other.text());
        QCOMPARE(noted.errors.size(), 1);
        QCOMPARE(noted.errors.last(), q("The book does not pass through the seal %1: its history up to that seal was written "
                                        "again. Keep the paper with the seal and a copy of this book for the auditor.")
                                          .arg(other.text()));
        page->checkSeal(q("84-ABCD"));
        QCOMPARE(noted.errors.size(), 2);
        QVERIFY(noted.errors.last().startsWith(q("\"84-ABCD\" is not a seal.")));

        page->backupToFolder(t.dir.filePath(q("usb")));
        QVERIFY2(status->text().contains(q("Seal of this backup: %1.").arg(printed.text())), qPrintable(status->text()));
        // The backup log's note is the seal, read in the language of whoever reads it.
        auto *history = desk.window->findChild<QTableView *>(q("backupHistoryTableView"));
        QCOMPARE(history->model()->index(0, 5).data().toString(), q("Seal ") + printed.text());
    }

    void officeSettingsWithTheKeyboard()
    {
        LanguageManager::instance().switchTo(q("en"));
        TestBook t;
        QVERIFY(t.create());
        Desk desk(t);
        QVERIFY(desk.open());
        QVERIFY(showArea(*desk.window, q("Office and settings")));
        auto *sunday = desk.window->findChild<QCheckBox *>(q("weeklyOffsunCheckBox"));
        auto *saturday = desk.window->findChild<QCheckBox *>(q("weeklyOffsatCheckBox"));
        QTRY_VERIFY(saturday->isVisible());
        QCOMPARE(saturday->text(), q("Sat"));
        QVERIFY(sunday->isChecked());  // the default, "sun"
        QVERIFY(!saturday->isChecked());
        auto *late = desk.window->findChild<QLineEdit *>(q("vitalFeeLateLineEdit"));
        auto *order = desk.window->findChild<QLineEdit *>(q("vitalFeeOrderLineEdit"));
        QCOMPARE(late->text(), q("2"));  // the default, 0,2,5,10
        QCOMPARE(order->text(), q("10"));

        // Saturday off too, with the space bar; the order's fee typed anew.
        saturday->setFocus();
        QTest::keyClick(saturday, Qt::Key_Space);
        order->setFocus();
        order->selectAll();
        typeText(order, q("20.50"));
        // A fee that is not an amount is named, and nothing is saved.
        late->setFocus();
        late->selectAll();
        typeText(late, q("two"));
        auto *save = desk.window->findChild<QWidget *>(q("saveButton"));
        QTest::keyClick(save, Qt::Key_Space);
        const QString said = desk.window->findChild<QLabel *>(q("officeStatusLabel"))->text();
        QVERIFY2(said.startsWith(q("Fee late (22–30 days): \"two\" is not an amount")), qPrintable(said));
        QCOMPARE(OfficeSettings(*t.book).get(q("weekly_off")).value(), q("sun"));
        QCOMPARE(QApplication::focusWidget(), late);

        late->selectAll();
        typeText(late, q("3"));
        QTest::keyClick(save, Qt::Key_Space);
        QCOMPARE(OfficeSettings(*t.book).get(q("weekly_off")).value(), q("sat,sun"));
        QCOMPARE(OfficeSettings(*t.book).get(q("vital_fees")).value(), q("0,3,5,20.50"));
        QCOMPARE(OfficeSettings(*t.book).weeklyOff().value(), (QList<int>{6, 7}));

        // All seven days off cannot be saved: the office must work on two days at least.
        for (const char *day : {"mon", "tue", "wed", "thu", "fri"})
            desk.window->findChild<QCheckBox *>(QStringLiteral("weeklyOff%1CheckBox").arg(QLatin1String(day)))->setChecked(true);
        QTest::keyClick(save, Qt::Key_Space);
        QCOMPARE(desk.window->findChild<QLabel *>(q("officeStatusLabel"))->text(), q("At least two days of the week must be working days."));
        QCOMPARE(OfficeSettings(*t.book).get(q("weekly_off")).value(), q("sat,sun"));

        LanguageManager::instance().switchTo(q("hi"));
        QCoreApplication::processEvents();
        QCOMPARE(saturday->text(), q("शनि"));
        LanguageManager::instance().switchTo(q("en"));
    }
};

QTEST_MAIN(TestOfficeUi)
#include "tst_office_ui.moc"
