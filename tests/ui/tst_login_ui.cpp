// The first screens: the login (by keyboard; painted before the book is opened, with the office's name remembered
// from the last start) and the area stack, which asks only the area in view for its size.

#include "Application.h"
#include "AreaStack.h"
#include "LoginDialog.h"
#include "office/OfficeProfile.h"
#include "UiTest.h"
#include "registers/Registers.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTableView>

using namespace gd;
using namespace gd::ui;
using namespace gd::test;
using namespace gd::test::shorthand;

class TestLoginUi : public QObject {
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    // Versions before 0.9 kept their settings under Qt's "Unknown Organization". The first time they are read,
    // they move to GramDesk's own place: the language and the remembered office survive the update.
    void settingsOfAnEarlierVersionMoveToGramDesksOwnPlace()
    {
        const QString app = QCoreApplication::applicationName();
        QSettings(QSettings::NativeFormat, QSettings::UserScope, q("GramDesk"), app).clear();
        QString oldFile;
        {
            QSettings old(QSettings::NativeFormat, QSettings::UserScope, QString(), app);
            oldFile = old.fileName();
            QVERIFY2(old.fileName().contains(q("/Unknown Organization/")), qPrintable(old.fileName()));
            old.setValue(q("language"), q("en"));
            old.setValue(q("login/book"), q("/srv/office.gramdesk"));
            old.setValue(q("login/office"), q("Gram Panchayat Rampur"));
        }
        Application::moveEarlierSettings();
        QCOMPARE(Application::rememberedOffice(q("/srv/office.gramdesk")), q("Gram Panchayat Rampur"));
        QCOMPARE(Application::settings().value(q("language")).toString(), q("en"));
        QVERIFY2(Application::settings().fileName().contains(q("/GramDesk/")), qPrintable(Application::settings().fileName()));
        QVERIFY2(!QFile::exists(oldFile), qPrintable(oldFile));  // the emptied file is not left behind
        QCOMPARE(QSettings(QSettings::NativeFormat, QSettings::UserScope, QString(), app).allKeys(), QStringList());
        // Moved once: the old place is not read again.
        QSettings(QSettings::NativeFormat, QSettings::UserScope, QString(), app).setValue(q("language"), q("hi"));
        Application::moveEarlierSettings();
        QCOMPARE(Application::settings().value(q("language")).toString(), q("en"));
    }

    void loginWithTheKeyboardOnly()
    {
        TestBook t;
        QVERIFY(t.create());
        LoginDialog login(*t.book, q("Rampur"));
        login.show();
        QVERIFY(QTest::qWaitForWindowActive(&login));
        typeText(QApplication::focusWidget(), q("admin"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), q("wrong-password"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(login.isVisible());
        const QLabel *error = login.findChild<QLabel *>(q("loginErrorLabel"));
        QVERIFY(error->text().contains(q("wrong")));
        QCOMPARE(error->palette().color(QPalette::WindowText), QColor(0xb0, 0x00, 0x20));  // in red
        typeText(QApplication::focusWidget(), kPassword);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QCOMPARE(login.user().userName, q("admin"));
    }

    // The remembered name is shown at once; the book is opened after the first paint, and its own name (the
    // office renamed since) replaces the remembered one. The clerk then logs in over it.
    void theBookOpensOnceTheLoginHasPainted()
    {
        TestBook t;
        QVERIFY(t.create());
        int opened = 0;
        LoginDialog login(
            [&]() -> Book * {
                ++opened;
                return t.book.get();
            },
            q("ग्राम पंचायत पुराना नाम\nGram Panchayat Old Name"));
        const QLabel *title = login.findChild<QLabel *>(q("loginTitleLabel"));
        QCOMPARE(title->text(), q("ग्राम पंचायत पुराना नाम\nGram Panchayat Old Name"));
        QCoreApplication::processEvents();
        QCOMPARE(opened, 0);  // not shown, not painted: not opened
        login.show();
        QVERIFY(QTest::qWaitForWindowActive(&login));
        QTRY_COMPARE(opened, 1);
        QCOMPARE(title->text(), q("ग्राम पंचायत रामपुर\nGram Panchayat Rampur"));
        typeText(QApplication::focusWidget(), q("admin"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), kPassword);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QCOMPARE(login.user().userName, q("admin"));
        QCOMPARE(opened, 1);  // opened once
    }

    // A book that cannot be opened closes the login, whether found after the paint or when the clerk presses
    // Enter first: the program then says why (Application::runOnce, tst_recovery_ui).
    void aBookThatCannotBeOpenedClosesTheLogin()
    {
        LoginDialog login([]() -> Book * { return nullptr; }, q("Gram Panchayat Rampur"));
        login.show();
        QTRY_VERIFY(!login.isVisible());
        QCOMPARE(login.result(), int(QDialog::Rejected));

        LoginDialog early([]() -> Book * { return nullptr; }, q("Gram Panchayat Rampur"));
        early.accept();  // Enter before the first paint
        QCOMPARE(early.result(), int(QDialog::Rejected));
        QVERIFY(early.user().userName.isEmpty());
    }

    // The stack of areas is as large as the area in view, not as its largest area (which QStackedWidget asks,
    // with every hidden area's text laid out).
    void theAreaStackIsTheSizeOfTheAreaInView()
    {
        AreaStack stack;
        auto *small = new QWidget;
        small->setMinimumSize(200, 100);
        auto *large = new QWidget;
        large->setMinimumSize(600, 500);
        stack.addWidget(small);
        stack.addWidget(large);
        QCOMPARE(stack.currentWidget(), small);
        QCOMPARE(stack.minimumSizeHint(), QSize(200, 100));
        stack.setCurrentWidget(large);
        QCOMPARE(stack.minimumSizeHint(), QSize(600, 500));
        stack.setCurrentWidget(small);
        QCOMPARE(stack.minimumSizeHint(), QSize(200, 100));

        // Height for width from the area in view: a wrapped label needs more lines when narrow.
        auto *text = new QLabel(QString(q("सेवा का अधिकार ")).repeated(40));
        text->setWordWrap(true);
        stack.addWidget(text);
        QVERIFY(!stack.hasHeightForWidth());
        stack.setCurrentWidget(text);
        QVERIFY(stack.hasHeightForWidth());
        QVERIFY(stack.heightForWidth(200) > 2 * stack.heightForWidth(800));
    }

    // The registers out of sight are not read as the window is built (entries written before it opened are not in
    // their models yet); each reads the book as it is first shown (tst_ui: and at every later visit).
    void aRegisterIsNotReadAsTheWindowIsBuilt()
    {
        TestBook t;
        QVERIFY(t.create());
        for (int i = 1; i <= 3; ++i)
            t.add(Registers::visitors(), {{q("date"), QDate(2026, 11, 20)}, {q("time_in"), QTime(9, i)},
                                          {q("name"), q("आगंतुक %1").arg(i)}, {q("purpose"), q("enquiry")}});
        Desk desk(t);
        QVERIFY(desk.open());
        auto *visitors = desk.window->findChild<QWidget *>(q("visitorsPage"));
        QVERIFY(visitors);
        const QAbstractItemModel *rows = visitors->findChild<QTableView *>(q("registerTable"))->model();
        QCOMPARE(rows->rowCount(), 0);
        QCOMPARE(rows->columnCount() > 3, true);
        desk.window->showArea(1);  // the Visitor register
        QVERIFY(visitors->isVisible());
        QCOMPARE(rows->rowCount(), 3);
        QCOMPARE(rows->index(2, 0).data().toString(), q("VIS/2026-27/000003"));
    }
};

QTEST_MAIN(TestLoginUi)
#include "tst_login_ui.moc"
