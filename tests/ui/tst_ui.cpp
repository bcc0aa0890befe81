#include "Application.h"
#include "LanguageManager.h"
#include "LoginDialog.h"
#include "MainWindow.h"
#include "SetupWizard.h"
#include "TestBook.h"
#include "storage/AuditLog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>

using namespace gd;
using namespace gd::ui;

namespace {

// Every text a person can read on a window: titles, labels, buttons, placeholders, tooltips, menus,
// list items and table headers.
QSet<QString> visibleTexts(QWidget *root)
{
    QSet<QString> texts;
    const auto add = [&](const QString &s) {
        if (!s.trimmed().isEmpty())
            texts.insert(s);
    };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : widgets) {
        add(w->windowTitle());
        add(w->toolTip());
        if (auto *l = qobject_cast<QLabel *>(w))
            add(l->text());
        if (auto *b = qobject_cast<QAbstractButton *>(w))
            add(b->text());
        if (auto *e = qobject_cast<QLineEdit *>(w))
            add(e->placeholderText());
        if (auto *list = qobject_cast<QListWidget *>(w)) {
            for (int i = 0; i < list->count(); ++i)
                add(list->item(i)->text());
        }
        if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            for (int c = 0; c < view->model()->columnCount(); ++c)
                add(view->model()->headerData(c, Qt::Horizontal).toString());
        }
        for (QAction *a : w->actions())
            add(a->text());
        if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            for (QAction *a : bar->actions())
                add(a->text());
        }
    }
    return texts;
}

// Types text as a keyboard would, Devanagari included (a Hindi layout sends the letters as key text).
void typeText(QWidget *w, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 128)
            QTest::keyClick(w, char(c.unicode()));
        else
            QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
    }
}

bool hasLatinWord(const QString &s)
{
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    return word.match(s).hasMatch();
}

// English in Hindi mode is a defect unless it is the office's own data or a name written in its own script.
void expectNoEnglishLeft(const QSet<QString> &english, const QSet<QString> &hindi, const QStringList &dataWords)
{
    for (const QString &s : hindi) {
        if (!english.contains(s) || !hasLatinWord(s))
            continue;
        QString rest = s;
        for (const QString &d : dataWords)
            rest.remove(d);
        QVERIFY2(!hasLatinWord(rest), qPrintable(QStringLiteral("still in English after switching to Hindi: \"%1\"").arg(s)));
    }
}

}  // namespace

class TestUi : public QObject {
    Q_OBJECT
private:
    const QStringList m_data = {QStringLiteral("Gram Panchayat Rampur"), QStringLiteral("English"), QStringLiteral("admin"),
                                QStringLiteral("Uttar Pradesh"), QStringLiteral("Ctrl"), QStringLiteral("settings"),
                                QStringLiteral("insert"), QStringLiteral("office"), QStringLiteral("users"),
                                QStringLiteral("gramdesk"), QStringLiteral("Rampur"), QStringLiteral("office-backups"),
                                QStringLiteral("tmp"), QStringLiteral("mon"), QStringLiteral("sun"), QStringLiteral("GPL"),
                                QStringLiteral("GNU"), QStringLiteral("LGD"), QStringLiteral("PDF"), QStringLiteral("ISO")};

private slots:
    void initTestCase()
    {
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
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("Gram Panchayat Siswan"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("654321"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("adminPage"));
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

    void loginWithTheKeyboardOnly()
    {
        test::TestBook t;
        QVERIFY(t.create());
        LoginDialog login(*t.book, QStringLiteral("Rampur"));
        login.show();
        QVERIFY(QTest::qWaitForWindowActive(&login));
        typeText(QApplication::focusWidget(), QStringLiteral("admin"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        typeText(QApplication::focusWidget(), QStringLiteral("wrong-password"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QVERIFY(login.isVisible());
        QVERIFY(login.findChild<QLabel *>(QStringLiteral("loginErrorLabel"))->text().contains(QStringLiteral("wrong")));
        typeText(QApplication::focusWidget(), test::kPassword);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QCOMPARE(login.result(), int(QDialog::Accepted));
        QCOMPARE(login.user().userName, QStringLiteral("admin"));
    }

    void everyWindowSwitchesLanguageLive()
    {
        test::TestBook t;
        QVERIFY(t.create());
        QTemporaryDir dir;
        FixedClock clock(test::fixedNow());
        Workspace workspace(*t.book, t.admin, t.clock);
        MainWindow window(workspace);
        LoginDialog login(*t.book, QStringLiteral("Gram Panchayat Rampur"));
        SetupWizard wizard(dir.filePath(QStringLiteral("x.gramdesk")), clock);
        const QList<QWidget *> windows = {&window, &login, &wizard};
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
        for (int i = 0; i < windows.size(); ++i)
            QCOMPARE(visibleTexts(windows[i]), english[i]);
    }

    void officePageSavesWithTheKeyboard()
    {
        test::TestBook t;
        QVERIFY(t.create());
        Workspace workspace(*t.book, t.admin, t.clock);
        MainWindow window(workspace);
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto *district = window.findChild<QLineEdit *>(QStringLiteral("districtLineEdit"));
        QVERIFY(district && district->isVisible());
        district->setFocus();
        typeText(district, QStringLiteral("Lucknow"));
        QTest::keyClick(window.findChild<QWidget *>(QStringLiteral("saveButton")), Qt::Key_Space);
        QCOMPARE(OfficeProfile(*t.book).load().value().district, QStringLiteral("Lucknow"));
        QVERIFY(AuditLog::verify(*t.book).value().ok);
    }
};

QTEST_MAIN(TestUi)
#include "tst_ui.moc"
