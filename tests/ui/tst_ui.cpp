#include "AfterFirstPaint.h"
#include "Application.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SetupWizard.h"
#include "TestBook.h"
#include "registers/EntryService.h"
#include "UiTest.h"
#include "pages/FrontOfficePages.h"
#include "pages/RecordRoomPages.h"
#include "pages/ReadinessPage.h"
#include "pages/MeetingsPages.h"
#include "SearchResults.h"
#include "registers/RecordRoom.h"
#include "registers/Masters.h"
#include "registers/FieldsDialog.h"
#include "registers/HistoryDialog.h"
#include "registers/ImportDialog.h"
#include "storage/AuditLog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTimer>

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTableWidget>
#include <QStackedWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

using namespace gd;
using namespace gd::ui;
using namespace gd::test;

class TestUi : public QObject {
    Q_OBJECT
private:
    QStringList m_data = {QStringLiteral("Gram Panchayat Rampur"), QStringLiteral("English"), QStringLiteral("admin"),
                                QStringLiteral("Uttar Pradesh"), QStringLiteral("Ctrl"), QStringLiteral("Shift"), QStringLiteral("settings"),
                                QStringLiteral("insert"), QStringLiteral("office"), QStringLiteral("users"),
                                QStringLiteral("gramdesk"), QStringLiteral("Rampur"), QStringLiteral("office-backups"),
                                QStringLiteral("tmp"), QStringLiteral("mon"), QStringLiteral("sun"), QStringLiteral("GPL"),
                                QStringLiteral("GNU"), QStringLiteral("LGD"), QStringLiteral("PDF"), QStringLiteral("ISO"),
                                // formats shown as hints, file formats and CSV column names
                                QStringLiteral("dd-mm-yyyy"), QStringLiteral("hh:mm"), QStringLiteral("CSV"),
                                QStringLiteral("UTF"), QStringLiteral("JSON"), QStringLiteral("VIS/2026-27/000001")};

private slots:
    void initTestCase()
    {
        for (const RegisterDef *d : Registers::all())
            for (const FieldDef &f : d->fields)
                m_data += f.key;
        std::sort(m_data.begin(), m_data.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });
        Application::setUpFonts();
        LanguageManager::instance().switchTo(QStringLiteral("en"));
    }

    void wizardWithTheKeyboardOnly()
    {
        QTemporaryDir dir;
        FixedClock clock(test::fixedNow());
        const QString path = dir.filePath(QStringLiteral("new.gramdesk"));
        SetupWizard wizard(path, clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        // The language in use is the one pressed.
        auto *hindi = wizard.findChild<QPushButton *>(QStringLiteral("hindiButton"));
        auto *english = wizard.findChild<QPushButton *>(QStringLiteral("englishButton"));
        QVERIFY(english->isChecked() && !hindi->isChecked());
        hindi->click();
        QVERIFY(hindi->isChecked() && !english->isChecked());
        english->click();
        QVERIFY(english->isChecked() && !hindi->isChecked());
        QTest::keyClick(&wizard, Qt::Key_Return);  // welcome → office
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("officePage"));
        const auto typeInto = [&](const char *name, const QString &text) {
            auto *edit = wizard.findChild<QLineEdit *>(QString::fromLatin1(name));
            QVERIFY(edit);
            edit->setFocus();
            typeText(edit, text);
        };
        // An empty name is refused with a message, and the wizard stays on the page.
        QTest::keyClick(&wizard, Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("officePage"));
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("officeErrorLabel"))->text().isEmpty());
        typeInto("officeNameHiLineEdit", QStringLiteral("ग्राम पंचायत सिसवां"));
        // Once the name is typed the message about it goes (the English name is the next to ask for).
        QVERIFY(!wizard.findChild<QLabel *>(QStringLiteral("officeErrorLabel"))->text().contains(QStringLiteral("Hindi")));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("Gram Panchayat Siswan"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("654321"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("adminPage"));
        // The rules are beside the fields before anything is typed.
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("userNameRuleLabel"))->text().contains(QStringLiteral("3 to 32")));
        QVERIFY(wizard.findChild<QLabel *>(QStringLiteral("passwordRuleLabel"))->text().contains(QStringLiteral("At least 8")));
        // A user name too short is refused on the page (no message box), and the message goes when it is put right.
        auto *adminError = wizard.findChild<QLabel *>(QStringLiteral("adminErrorLabel"));
        typeInto("adminUserNameLineEdit", QStringLiteral("su"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("adminPage"));
        QVERIFY2(adminError->text().contains(QStringLiteral("3 to 32")), qPrintable(adminError->text()));
        wizard.findChild<QLineEdit *>(QStringLiteral("adminUserNameLineEdit"))->clear();
        QVERIFY(!adminError->text().contains(QStringLiteral("3 to 32")));
        typeInto("adminUserNameLineEdit", QStringLiteral("suresh"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("सुरेश कुमार"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("pass-word-1"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("pass-word-1"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.result(), int(QDialog::Accepted));
        auto book = wizard.takeBook();
        QVERIFY(book);
        const Office office = OfficeProfile(*book).load().value();
        QCOMPARE(office.nameHi, QStringLiteral("ग्राम पंचायत सिसवां"));
        QCOMPARE(office.nameEn, QStringLiteral("Gram Panchayat Siswan"));
        QCOMPARE(office.lgdCode, QStringLiteral("654321"));
        QVERIFY(UserDirectory(*book).login(QStringLiteral("suresh"), QStringLiteral("pass-word-1")).ok());
        QCOMPARE(wizard.admin().role, Role::Admin);
    }

    // The deep check of the book waits for the first screen to paint (AfterFirstPaint), and runs once.
    // The application in view shows its appeals, with their level, filing date and outcome.
    void anApplicationShowsItsAppeals()
    {
        using test::shorthand::q;
        TestBook t;
        QVERIFY(t.create());
        // Received Tue 10 Nov, due Fri 13 Nov, still pending on the 20th: late, so it may be appealed.
        const Entry late = t.add(Registers::applications(), {{q("service_code"), q("FAMREG-COPY")},
                                                            {q("received_on"), QDate(2026, 11, 10)},
                                                            {q("applicant_name"), q("सीता देवी")}});
        const Entry other = t.add(Registers::applications(), {{q("service_code"), q("FAMREG-COPY")},
                                                             {q("received_on"), QDate(2026, 11, 20)},
                                                             {q("applicant_name"), q("रमेश")}});
        t.add(Registers::appeals(), {{q("application_no"), late.number}, {q("filed_on"), QDate(2026, 11, 20)},
                                               {q("level"), q("first")}});
        Desk desk(t);
        QVERIFY(desk.open());
        QVERIFY(desk.window->openEntry(q("applications"), late.number));
        auto *page = desk.window->findChild<ApplicationsPage *>();
        auto *label = page->findChild<QLabel *>(q("applicationAppealsLabel"));
        QTRY_COMPARE(label->text(), q("Appeals against APP/2026-27/000001:\nAPL/2026-27/000001: first appeal, filed 20-11-2026, pending"));
        QVERIFY(desk.window->openEntry(q("applications"), other.number));
        QTRY_VERIFY(label->text().isEmpty());
    }

    void workWaitsForTheFirstPaint()
    {
        QWidget window;
        int runs = 0;
        AfterFirstPaint after(&window, [&] { ++runs; });
        QCoreApplication::processEvents();
        QCOMPARE(runs, 0);  // not shown yet, so not painted
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(runs, 1);
        window.repaint();
        QTest::qWait(20);
        QCOMPARE(runs, 1);
    }

    void everyWindowSwitchesLanguageLive()
    {
        test::TestBook t;
        QVERIFY(t.create());
        QTemporaryDir dir;
        FixedClock clock(test::fixedNow());
        const Entry visit = EntryService(*t.book)
                                .add(t.admin, Registers::visitors(),
                                     {{QStringLiteral("date"), QDate(2026, 11, 22)}, {QStringLiteral("time_in"), QTime(10, 0)},
                                      {QStringLiteral("name"), QStringLiteral("रमेश")}, {QStringLiteral("purpose"), QStringLiteral("enquiry")}})
                                .value();
        Workspace workspace(*t.book, t.admin, t.clock);
        MainWindow window(workspace);
        LoginDialog login(*t.book, QStringLiteral("Gram Panchayat Rampur"));
        SetupWizard wizard(dir.filePath(QStringLiteral("x.gramdesk")), clock);
        FieldsDialog form(workspace, QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "New entry"), Registers::visitors().fields,
                          [](const QVariantMap &) { return Status(); });
        ImportDialog import(workspace, Registers::visitors());
        HistoryDialog history(Registers::visitors(), {visit});
        const QList<QWidget *> windows = {&window, &login, &wizard, &form, &import, &history};
        for (QWidget *w : windows)
            w->show();

        QList<QSet<QString>> english;
        for (QWidget *w : windows)
            english.append(visibleTexts(w));
        QVERIFY(english.first().contains(QStringLiteral("Audit log")));

        LanguageManager::instance().switchTo(QStringLiteral("hi"));
        QCoreApplication::processEvents();
        for (int i = 0; i < windows.size(); ++i) {
            const QSet<QString> hindi = visibleTexts(windows[i]);
            expectNoEnglishLeft(english[i], hindi, m_data);
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY(visibleTexts(&window).contains(QStringLiteral("ऑडिट लॉग")));
        QVERIFY(visibleTexts(&wizard).contains(QStringLiteral("< पीछे (&B)")));

        LanguageManager::instance().switchTo(QStringLiteral("en"));
        QCoreApplication::processEvents();
        for (int i = 0; i < windows.size(); ++i) {
            const QSet<QString> back = visibleTexts(windows[i]);
            QVERIFY2(back == english[i], qPrintable(QStringList((back - english[i]).values()).join(QStringLiteral(" | ")) + QStringLiteral(" <> ")
                                                    + QStringList((english[i] - back).values()).join(QStringLiteral(" | "))));
        }
    }

    void officePageSavesWithTheKeyboard()
    {
        test::TestBook t;
        QVERIFY(t.create());
        Workspace workspace(*t.book, t.admin, t.clock);
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        // The office area is reached from the navigation list with the keyboard.
        auto *nav = window.findChild<QListWidget *>(QStringLiteral("areaNavigationList"));
        nav->setFocus();
        QTest::keyClick(nav, Qt::Key_End);
        while (window.findChild<QStackedWidget *>(QStringLiteral("areaStack"))->currentWidget()->objectName()
                   != QStringLiteral("officePage")
               && nav->currentRow() > 0)
            QTest::keyClick(nav, Qt::Key_Up);
        auto *district = window.findChild<QLineEdit *>(QStringLiteral("districtLineEdit"));
        QVERIFY(district && district->isVisible());
        district->setFocus();
        typeText(district, QStringLiteral("Lucknow"));
        QTest::keyClick(window.findChild<QWidget *>(QStringLiteral("saveButton")), Qt::Key_Space);
        QCOMPARE(OfficeProfile(*t.book).load().value().district, QStringLiteral("Lucknow"));
        QVERIFY(AuditLog::verify(*t.book).value().ok);
    }

    void visitorWithTheKeyboardOnly()
    {
        test::TestBook t;
        QVERIFY(t.create());
        Workspace workspace(*t.book, t.admin, t.clock);
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto *page = window.findChild<VisitorsPage *>();
        QVERIFY(page && page->isVisible());

        // A walk-in visitor and the exit with feedback, counting every key that is not the visit's own text (the
        // name, the purpose's digit, the two ratings' digits): at most six (issue 26).
        int keys = 0;
        const auto press = [&keys](Qt::Key k) {
            ++keys;
            key(k);
        };
        // Ctrl+N: the date and time are today's and now, and the typing starts at the name.
        onNextDialog([&](QDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("dateEdit"))->text(), QStringLiteral("22-11-2026"));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("timeInEdit"))->text(), QStringLiteral("10:30"));
            QCOMPARE(focused()->objectName(), QStringLiteral("nameEdit"));
            typeText(focused(), QStringLiteral("रमेश   कुमार"));
            press(Qt::Key_Tab);
            QCOMPARE(focused()->objectName(), QStringLiteral("purposeEdit"));
            key(Qt::Key_3);  // the purpose's digit: 3 · enquiry, and on to the next field
            QVERIFY(focused()->objectName() != QStringLiteral("purposeEdit"));
            press(Qt::Key_Return);
        });
        ++keys;  // Ctrl+N
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        auto saved = EntryStore(*t.book, Registers::visitors()).current(QStringLiteral("VIS/2026-27/000001"));
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().text(QStringLiteral("name")), QStringLiteral("रमेश कुमार"));  // one space kept
        QCOMPARE(saved.value().text(QStringLiteral("purpose")), QStringLiteral("enquiry"));
        QCOMPARE(saved.value().value(QStringLiteral("time_in")).toTime(), QTime(10, 30));
        auto *inside = page->findChild<QListWidget *>(QStringLiteral("insideNowList"));
        QCOMPARE(inside->count(), 1);
        QVERIFY(inside->item(0)->text().contains(QStringLiteral("रमेश कुमार")));

        // F6 on the visitor just written: the dialog names them; each rating's digit picks it and moves on; Enter.
        t.clock.advanceSecs(20 * 60);
        activate(window);
        onNextDialog([&](QDialog *dialog) {
            QVERIFY2(dialog->windowTitle().contains(QStringLiteral("रमेश कुमार (VIS/2026-27/000001, came at 10:30)")),
                     qPrintable(dialog->windowTitle()));
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("timeOutEdit"))->text(), QStringLiteral("10:50"));
            QCOMPARE(focused()->objectName(), QStringLiteral("serviceTimeRatingEdit"));
            key(Qt::Key_4);
            QCOMPARE(focused()->objectName(), QStringLiteral("behaviourRatingEdit"));
            key(Qt::Key_5);
            press(Qt::Key_Return);
        });
        ++keys;  // F6
        QTest::keyClick(page->table(), Qt::Key_F6);
        const Entry left = EntryStore(*t.book, Registers::visitors()).current(QStringLiteral("VIS/2026-27/000001")).value();
        QCOMPARE(left.value(QStringLiteral("time_out")).toTime(), QTime(10, 50));
        QCOMPARE(left.value(QStringLiteral("service_time_rating")).toInt(), 4);
        QCOMPARE(left.value(QStringLiteral("behaviour_rating")).toInt(), 5);
        QCOMPARE(inside->count(), 0);
        QCOMPARE(keys, 5);  // Ctrl+N, Tab, Enter, F6, Enter

        // A visitor with every detail: the purpose by its first letter, the rest in Tab order; Enter saves.
        onNextDialog([&](QDialog *) {
            typeText(focused(), QStringLiteral("सीता देवी"));
            key(Qt::Key_Tab);
            key(Qt::Key_E);  // enquiry
            key(Qt::Key_Tab);
            key(Qt::Key_Tab);  // past the service
            typeText(focused(), QStringLiteral("श्याम लाल"));
            key(Qt::Key_Tab);
            typeText(focused(), QStringLiteral("Katra"));
            key(Qt::Key_Tab);
            typeText(focused(), QStringLiteral("09876543210"));
            key(Qt::Key_Tab);
            typeText(focused(), QStringLiteral("Secretary"));
            key(Qt::Key_Return);
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        const Entry full = EntryStore(*t.book, Registers::visitors()).current(QStringLiteral("VIS/2026-27/000002")).value();
        QCOMPARE(full.text(QStringLiteral("name")), QStringLiteral("सीता देवी"));
        QCOMPARE(full.text(QStringLiteral("purpose")), QStringLiteral("enquiry"));
        QCOMPARE(full.text(QStringLiteral("relative_name")), QStringLiteral("श्याम लाल"));
        QCOMPARE(full.text(QStringLiteral("village")), QStringLiteral("Katra"));
        QCOMPARE(full.text(QStringLiteral("mobile")), QStringLiteral("9876543210"));
        QCOMPARE(full.text(QStringLiteral("met_whom")), QStringLiteral("Secretary"));

        // A bad entry: the message names the field, nothing is saved, Esc leaves (nothing typed: no question).
        onNextDialog([&](QDialog *dialog) {
            key(Qt::Key_Return);  // no name
            QVERIFY(dialog->isVisible());
            auto *message = dialog->findChild<QLabel *>(QStringLiteral("formMessageLabel"));
            QVERIFY(message->isVisible());
            QVERIFY(message->text().contains(QStringLiteral("Visitor name")));
            QCOMPARE(focused()->objectName(), QStringLiteral("nameEdit"));
            key(Qt::Key_Escape);
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(EntryStore(*t.book, Registers::visitors()).count({}).value(), 2);
        QVERIFY(AuditLog::verify(*t.book).value().ok);
    }

    // Esc, Cancel or ✕ on a form with typed work asks first; No goes back to the form with the text still there,
    // Yes closes it and nothing is saved. Closing the main window with the form open asks the same.
    void typedWorkIsNotThrownAwayUnasked()
    {
        test::TestBook t;
        QVERIFY(t.create());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        struct Asked : NotedMessages {
            QStringList questions;
            bool answer = false;
            bool confirm(QWidget *, const QString &title, const QString &) override
            {
                questions << title;
                return answer;
            }
        } asked;
        ui::Messages::setCurrent(&asked);
        const auto restore = qScopeGuard([] { ui::Messages::setCurrent(nullptr); });
        bool stillOpen = false, closedByCross = false;
        QString keptText;
        onNextDialog([&](QDialog *dialog) {
            typeText(focused(), QStringLiteral("गीता"));
            key(Qt::Key_Escape);  // No: the form stays, the name too
            stillOpen = dialog->isVisible();
            keptText = dialog->findChild<QLineEdit *>(QStringLiteral("nameEdit"))->text();
            dialog->findChild<QPushButton *>(QStringLiteral("cancelButton"))->click();  // asked again, No
            // Closing the main window asks too, and No keeps both open.
            window.close();
            stillOpen = stillOpen && dialog->isVisible() && window.isVisible();
            asked.answer = true;
            dialog->close();  // ✕: Yes, discard
            closedByCross = !dialog->isVisible();
        });
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(stillOpen);
        QCOMPARE(keptText, QStringLiteral("गीता"));
        QVERIFY(closedByCross);
        QCOMPARE(asked.questions, QStringList(4, QStringLiteral("Discard what you typed?")));
        QCOMPARE(EntryStore(*t.book, Registers::visitors()).count({}).value(), 0);
        // A form left as it opened closes at once, unasked.
        bool untouchedClosed = false;
        onNextDialog([&](QDialog *dialog) {
            key(Qt::Key_Escape);
            untouchedClosed = !dialog->isVisible();
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QVERIFY(untouchedClosed);
        QCOMPARE(asked.questions.size(), 4);
    }


    void serviceVisitOpensItsApplication()
    {
        test::TestBook t;
        QVERIFY(t.create());
        Workspace workspace(*t.book, t.admin, t.clock);
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        window.findChild<ApplicationsPage *>()->findChild<QCheckBox *>(QStringLiteral("printAfterSavingCheck"))->setChecked(false);
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto *page = window.findChild<VisitorsPage *>();
        bool applicationSeen = false;
        onNextDialog([&](QDialog *) {
            typeText(focused(), QStringLiteral("सीता देवी"));
            key(Qt::Key_Tab);
            key(Qt::Key_S);  // service
            // After the visit is saved, its application opens, filled in from the visit.
            onNextDialog([&](QDialog *application) {
                QCOMPARE(application->findChild<QLineEdit *>(QStringLiteral("applicantNameEdit"))->text(), QStringLiteral("सीता देवी"));
                auto *service = application->findChild<QComboBox *>(QStringLiteral("serviceCodeEdit"));
                service->setFocus();
                typeText(service->lineEdit(), QStringLiteral("परिवार रजिस्टर की नकल — Copy of family register (FAMREG-COPY)"));
                applicationSeen = true;
                key(Qt::Key_Return);
            });
            key(Qt::Key_Return);
        });
        page->newEntry();
        QVERIFY(applicationSeen);
        const Entry app = EntryStore(*t.book, Registers::applications()).current(QStringLiteral("APP/2026-27/000001")).value();
        QCOMPARE(app.text(QStringLiteral("applicant_name")), QStringLiteral("सीता देवी"));
        QCOMPARE(app.text(QStringLiteral("service_code")), QStringLiteral("FAMREG-COPY"));
        // Sunday 22 Nov + 3 working days: Mon 23, Tue 24, Wed 25.
        QCOMPARE(app.date(QStringLiteral("due_on")), QDate(2026, 11, 25));
        const Entry visit = EntryStore(*t.book, Registers::visitors()).current(QStringLiteral("VIS/2026-27/000001")).value();
        QCOMPARE(visit.text(QStringLiteral("outcome_ref")), QStringLiteral("APP/2026-27/000001"));
    }

    void recordRoomAndSearchFromTheKeyboard()
    {
        test::TestBook t;
        QVERIFY(t.create());
        const auto file = EntryService(*t.book).add(t.admin, Registers::files(),
                                                   {{QStringLiteral("subject_code"), QStringLiteral("WRK")},
                                                    {QStringLiteral("title"), QStringLiteral("खड़ंजा निर्माण रामपुर")},
                                                    {QStringLiteral("opened_on"), QDate(2026, 6, 1)},
                                                    {QStringLiteral("retention"), QStringLiteral("C")},
                                                    {QStringLiteral("retention_years"), 5}});
        QVERIFY(file.ok());
        QVERIFY(EntryService(*t.book).add(t.admin, Registers::visitors(),
                                         {{QStringLiteral("date"), QDate(2026, 11, 21)}, {QStringLiteral("time_in"), QTime(11, 0)},
                                          {QStringLiteral("name"), QStringLiteral("Ramesh Yadav")},
                                          {QStringLiteral("purpose"), QStringLiteral("enquiry")}})
                    .ok());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;

        // Ctrl+K, a name typed in Hindi finds the visitor written in English; Enter opens him in his register.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        auto *box = window.findChild<QLineEdit *>(QStringLiteral("globalSearchBox"));
        QCOMPARE(QApplication::focusWidget(), box);
        typeText(box, QStringLiteral("रमेश"));
        auto *results = window.findChild<SearchResults *>();
        QTRY_VERIFY(results->isVisible());
        QCOMPARE(results->first()->key, QStringLiteral("VIS/2026-27/000001"));
        QTest::keyClick(box, Qt::Key_Return);
        auto *visitors = window.findChild<VisitorsPage *>();
        QVERIFY(visitors->isVisible());
        QCOMPARE(visitors->selected()->number, QStringLiteral("VIS/2026-27/000001"));

        // A scanner types the file code and Enter: the file index opens on the file.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        typeText(box, file.value().number.toLower());
        QTest::keyClick(box, Qt::Key_Return);
        auto *files = window.findChild<FilesPage *>();
        QVERIFY(files->isVisible());
        QCOMPARE(files->selected()->number, QStringLiteral("123456/WRK/0001/2026-27"));

        // F6 issues it (name typed, dates as offered), F7 takes it back.
        onNextDialog([&](QDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("dueBackOnEdit"))->text(), QStringLiteral("29-11-2026"));
            typeText(focused(), QStringLiteral("अवर अभियंता"));
            key(Qt::Key_Return);
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_F6);
        RecordRoom room(*t.book);
        QTRY_VERIFY(room.outNow(file.value().number).value().has_value());
        QCOMPARE(room.outNow(file.value().number).value()->text(QStringLiteral("issued_to")), QStringLiteral("अवर अभियंता"));
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("fileWhereLabel"))->text().contains(QStringLiteral("अवर अभियंता")));
        onNextDialog([&](QDialog *) { key(Qt::Key_Return); });
        activate(window);
        QTest::keyClick(&window, Qt::Key_F7);
        QTRY_VERIFY(!room.outNow(file.value().number).value().has_value());
        QCOMPARE(room.movements(file.value().number).value().first().date(QStringLiteral("returned_on")), QDate(2026, 11, 22));
        // Ctrl+N: a new file, the subject picked by typing part of its name; the code comes by itself.
        onNextDialog([&](QDialog *dialog) {
            auto *subject = dialog->findChild<QComboBox *>(QStringLiteral("subjectCodeEdit"));
            QVERIFY(subject->count() > 10);  // ten seeded subjects and the empty choice
            subject->setFocus();
            typeText(subject->lineEdit(), QStringLiteral("लेखा — Accounts (ACC)"));
            key(Qt::Key_Tab);
            typeText(focused(), QStringLiteral("रोकड़ बही 2026-27"));
            dialog->findChild<QComboBox *>(QStringLiteral("retentionEdit"))->setCurrentIndex(
                dialog->findChild<QComboBox *>(QStringLiteral("retentionEdit"))->findData(QStringLiteral("B")));
            key(Qt::Key_Return);
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(EntryStore(*t.book, Registers::files()).current(QStringLiteral("123456/ACC/0001/2026-27")).ok());
        QCOMPARE(EntryStore(*t.book, Registers::files()).current(QStringLiteral("123456/ACC/0001/2026-27")).value().text(QStringLiteral("title")),
                 QStringLiteral("रोकड़ बही 2026-27"));
        // Escape in the search box leaves the results for the area that was showing.
        QTest::keyClick(&window, Qt::Key_K, Qt::ControlModifier);
        typeText(box, QStringLiteral("nothing like this"));
        QTRY_VERIFY(results->isVisible());
        QTest::keyClick(box, Qt::Key_Escape);
        QVERIFY(files->isVisible());
        QVERIFY(box->text().isEmpty());
    }

    void readinessFromTheKeyboard()
    {
        test::TestBook t;
        QVERIFY(t.create());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        auto *page = window.findChild<ReadinessPage *>();
        window.showArea(int(window.pages().indexOf(page)));
        QVERIFY(page->isVisible());
        auto *score = page->findChild<QLabel *>(QStringLiteral("readinessScoreLabel"));
        QCOMPARE(score->text(), QStringLiteral("Readiness 0.00% · 0 of 25 applicable arrangements done · 25 gaps"));
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("readinessTable"));
        table->setFocus();
        table->setCurrentCell(16, 1);  // item 17, emergency numbers
        // F2, the status chosen by its first letter ("done"), the owner typed, Enter saves.
        onNextDialog([&](QDialog *dialog) {
            auto *status = dialog->findChild<QComboBox *>(QStringLiteral("statusEdit"));
            status->setFocus();
            status->setCurrentIndex(status->findData(QStringLiteral("done")));
            key(Qt::Key_Tab);
            typeText(focused(), QStringLiteral("सचिव"));
            key(Qt::Key_Return);
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_F2);
        QTRY_COMPARE(score->text(), QStringLiteral("Readiness 4.00% · 1 of 25 applicable arrangements done · 24 gaps"));
        const QVariantMap row = *MasterStore(*t.book, Registers::readinessItems()).find(QStringLiteral("17")).value();
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("done"));
        QCOMPARE(row.value(QStringLiteral("owner")).toString(), QStringLiteral("सचिव"));
        // Only the gaps: 24 rows.
        page->findChild<QCheckBox *>(QStringLiteral("onlyGapsCheck"))->setChecked(true);
        QCOMPARE(table->rowCount(), 24);
    }

    // The areas out of sight are not read at start: each reads the book as it is first shown (so it shows what
    // was written meanwhile, here by another hand), and again at every later visit.
    void areasOutOfSightReadTheBookWhenShown()
    {
        test::TestBook t;
        QVERIFY(t.create());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        auto *visitors = window.findChild<VisitorsPage *>();
        QVERIFY(!visitors->isVisible());
        QVERIFY(visitors->waitingToRefresh());
        const auto addVisitor = [&](const QString &name) {
            QVERIFY(EntryService(*t.book)
                        .add(t.admin, Registers::visitors(),
                             {{QStringLiteral("date"), QDate(2026, 11, 20)}, {QStringLiteral("time_in"), QTime(10, 0)},
                              {QStringLiteral("name"), name}, {QStringLiteral("purpose"), QStringLiteral("enquiry")}})
                        .ok());
        };
        addVisitor(QStringLiteral("Ramesh"));
        addVisitor(QStringLiteral("Sita"));
        auto *table = visitors->findChild<QTableView *>(QStringLiteral("registerTable"));
        auto *count = visitors->findChild<QLabel *>(QStringLiteral("registerCountLabel"));
        window.showArea(int(window.pages().indexOf(visitors)));
        QVERIFY(visitors->isVisible());
        QVERIFY(!visitors->waitingToRefresh());
        QCOMPARE(table->model()->rowCount(), 2);
        QCOMPARE(count->text(), QStringLiteral("2 entries"));
        // Away to the home screen, a third visitor, and back: read again.
        window.showArea(0);
        addVisitor(QStringLiteral("Gopal"));
        window.showArea(int(window.pages().indexOf(visitors)));
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(count->text(), QStringLiteral("3 entries"));
        // Its columns were fitted to their contents once it was in view; a register never shown keeps the
        // default widths (nothing was laid out for it).
        const int standard = table->horizontalHeader()->defaultSectionSize();
        QTRY_VERIFY(table->columnWidth(0) != standard);
        auto *complaints = window.findChild<ComplaintsPage *>()->findChild<QTableView *>(QStringLiteral("registerTable"));
        QCOMPARE(complaints->columnWidth(0), standard);
    }

    void meetingActionsFromTheKeyboard()
    {
        test::TestBook t;
        QVERIFY(t.create());
        QVERIFY(EntryService(*t.book).add(t.admin, Registers::meetings(),
                                         {{QStringLiteral("kind"), QStringLiteral("gp")}, {QStringLiteral("held_on"), QDate(2026, 11, 5)},
                                          {QStringLiteral("members"), 15}, {QStringLiteral("present"), 11}})
                    .ok());
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &window = *desk.window;
        auto *meetings = window.findChild<MeetingsPage *>();
        window.showArea(int(window.pages().indexOf(meetings)));
        meetings->selectNumber(QStringLiteral("MTG/2026-27/000001"));
        // The new-meeting form works out the quorum while it is typed: a fifth of 1,000 for a Gram Sabha. Esc then
        // asks before the typed figures go (answered yes).
        NotedMessages noted;
        ui::Messages::setCurrent(&noted);
        const auto restore = qScopeGuard([] { ui::Messages::setCurrent(nullptr); });
        QString note;
        onNextDialog([&](QDialog *dialog) {
            auto *kind = dialog->findChild<QComboBox *>(QStringLiteral("kindEdit"));
            kind->setCurrentIndex(kind->findData(QStringLiteral("gram_sabha")));
            typeText(dialog->findChild<QWidget *>(QStringLiteral("membersEdit")), QStringLiteral("1000"));
            typeText(dialog->findChild<QWidget *>(QStringLiteral("presentEdit")), QStringLiteral("180"));
            note = dialog->findChild<QLabel *>(QStringLiteral("liveNoteLabel"))->text();
            key(Qt::Key_Escape);
        });
        meetings->newEntry();
        QCOMPARE(note, QStringLiteral("Quorum 200 of 1000: not met, 180 present."));
        // F6 on the meeting: the action, its owner; decided on the meeting's day unless changed.
        onNextDialog([&](QDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("decidedOnEdit"))->text(), QStringLiteral("05-11-2026"));
            typeText(focused(), QStringLiteral("नाली की सफाई"));
            key(Qt::Key_Tab);
            typeText(focused(), QStringLiteral("सफाई कर्मी"));
            key(Qt::Key_Return);
        });
        activate(window);
        QTest::keyClick(&window, Qt::Key_F6);
        QTRY_VERIFY(EntryStore(*t.book, Registers::meetingActions()).current(QStringLiteral("ACT/2026-27/000001")).ok());
        // The open actions list; F7 marks it done today.
        auto *actions = window.findChild<MeetingActionsPage *>();
        window.showArea(int(window.pages().indexOf(actions)));
        actions->refresh();
        QCOMPARE(actions->model()->rowCount(), 1);
        actions->selectNumber(QStringLiteral("ACT/2026-27/000001"));
        onNextDialog([&](QDialog *) { key(Qt::Key_Return); });
        activate(window);
        QTest::keyClick(&window, Qt::Key_F7);
        QTRY_COMPARE(EntryStore(*t.book, Registers::meetingActions()).current(QStringLiteral("ACT/2026-27/000001")).value().date(
                         QStringLiteral("done_on")),
                     QDate(2026, 11, 22));
    }
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
