// Hindi typing in the program's text fields from an English keyboard: F12 turns it on; a visitor's form filled
// in Hindi; the spellings popup (arrows, digit, Tab, Space, Esc); fields that stay Latin; the status bar; the choice
// remembered per user; a KrutiDev paste offered converted.
#include "Application.h"
#include "HindiKeyboard.h"
#include "UiTest.h"
#include "SetupWizard.h"
#include "registers/EntryStore.h"
#include "registers/FieldForm.h"
#include "registers/ImportDialog.h"

#include <QClipboard>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QFileSystemModel>
#include <QPrintDialog>
#include <QPrinter>
#include <QFile>
#include <QPushButton>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QWizard>
#include <QStatusBar>
#include <QVBoxLayout>

using namespace gd;
using namespace gd::ui;
using namespace gd::test;

namespace {

// A window with the kinds of field the program has, shown and active, the first field focused.
struct Panel {
    QWidget window;
    QLineEdit *name = new QLineEdit(&window);
    QLineEdit *mobile = new QLineEdit(&window);
    QPlainTextEdit *note = new QPlainTextEdit(&window);
    QComboBox *village = new QComboBox(&window);
    QSpinBox *count = new QSpinBox(&window);
    QLineEdit *password = new QLineEdit(&window);
    Panel()
    {
        auto *layout = new QVBoxLayout(&window);
        for (QWidget *w : std::initializer_list<QWidget *>{name, mobile, note, village, count, password})
            layout->addWidget(w);
        village->setEditable(true);
        password->setEchoMode(QLineEdit::Password);
        HindiKeyboard::keepLatin(mobile);
        window.show();
        window.activateWindow();
        name->setFocus();
    }
};

void type(const QString &keys)
{
    QTest::keyClicks(QApplication::focusWidget(), keys);
}

}  // namespace

class TestHindiKeyboardUi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Application::settings().remove(QStringLiteral("typing"));
    }
    void init()
    {
        HindiKeyboard::instance().setUser(QString());
        HindiKeyboard::instance().setScheme(TypingScheme::Phonetic);
        HindiKeyboard::instance().setOn(false);
        HindiKeyboard::instance().setLexicon(TypingLexicon::builtIn());
    }

    void f12TurnsItOnAndOff()
    {
        Panel f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        type(QStringLiteral("ram "));
        QCOMPARE(f.name->text(), QStringLiteral("ram "));
        QTest::keyClick(f.name, Qt::Key_F12);
        QVERIFY(HindiKeyboard::instance().isOn());
        type(QStringLiteral("ramesh kumaar "));
        QCOMPARE(f.name->text(), QStringLiteral("ram रमेश कुमार "));
        QTest::keyClick(f.name, Qt::Key_F12);
        QVERIFY(!HindiKeyboard::instance().isOn());
        type(QStringLiteral("ok"));
        QCOMPARE(f.name->text(), QStringLiteral("ram रमेश कुमार ok"));
    }

    // "kumar" is कुमर by ITRANS's rules; the popup offers कुमार first (the built-in list knows it), and Space takes
    // it. A digit picks another; Esc keeps what the keys made; Backspace takes back a key.
    void spellingsArePicked()
    {
        Panel f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        HindiKeyboard &k = HindiKeyboard::instance();
        k.setOn(true);
        type(QStringLiteral("kumar"));
        QCOMPARE(k.composing(), QStringLiteral("kumar"));
        QCOMPARE(k.candidates().mid(0, 2), (QStringList{QStringLiteral("कुमार"), QStringLiteral("कुमर")}));
        QCOMPARE(f.name->text(), QString());  // still being composed, shown under the cursor
        type(QStringLiteral(" "));
        QCOMPARE(f.name->text(), QStringLiteral("कुमार "));
        type(QStringLiteral("kumar2"));
        QCOMPARE(f.name->text(), QStringLiteral("कुमार कुमर"));
        f.name->clear();
        type(QStringLiteral("pandey"));
        QTest::keyClick(f.name, Qt::Key_Down);  // the second spelling offered
        QTest::keyClick(f.name, Qt::Key_Tab);   // taken, and on to the next field
        QCOMPARE(f.name->text(), QStringLiteral("पाण्डेय"));
        QCOMPARE(QApplication::focusWidget(), f.mobile);
        f.name->setFocus();
        f.name->clear();
        type(QStringLiteral("kumarx"));
        QTest::keyClick(f.name, Qt::Key_Backspace);
        QTest::keyClick(f.name, Qt::Key_Escape);
        QCOMPARE(f.name->text(), QStringLiteral("कुमर"));
        // A spelling taken is offered first from then on (कुमर was taken by Esc just now, and once by its digit).
        f.name->clear();
        type(QStringLiteral("kumar"));
        QCOMPARE(k.candidates().first(), QStringLiteral("कुमर"));
        QTest::keyClick(f.name, Qt::Key_Escape);
        // Leaving the field takes the word being typed.
        f.name->clear();
        type(QStringLiteral("sita"));
        f.note->setFocus();
        QCOMPARE(f.name->text(), QStringLiteral("सीता"));
    }

    void fieldsThatStayLatin()
    {
        Panel f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        HindiKeyboard::instance().setOn(true);
        f.mobile->setFocus();
        type(QStringLiteral("9415012345"));
        QCOMPARE(f.mobile->text(), QStringLiteral("9415012345"));
        f.password->setFocus();
        type(QStringLiteral("abc"));
        QCOMPARE(f.password->text(), QStringLiteral("abc"));
        f.count->setFocus();
        f.count->selectAll();
        type(QStringLiteral("12"));
        QCOMPARE(f.count->value(), 12);
        // Several lines and an editable list take Hindi too; digits stay digits.
        f.note->setFocus();
        type(QStringLiteral("gaa.nv 3 "));
        QCOMPARE(f.note->toPlainText(), QStringLiteral("गांव 3 "));
        f.village->setFocus();
        type(QStringLiteral("raampur "));
        QCOMPARE(f.village->currentText(), QStringLiteral("रामपुर "));
    }

    // A file's path stays Latin: the print dialog's output file (where F12 had typed "/तम्प/…"), and any field
    // that completes paths.
    void pathsStayLatin()
    {
        HindiKeyboard::instance().setOn(true);
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        QPrintDialog dialog(&printer);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QLineEdit *file = nullptr;
        for (QLineEdit *line : dialog.findChildren<QLineEdit *>())
            if (line->isVisible() && line->isEnabled() && !line->isReadOnly())
                file = line;
        QVERIFY(file);
        file->setFocus();
        file->selectAll();
        type(QStringLiteral("/tmp/card.pdf"));
        QCOMPARE(file->text(), QStringLiteral("/tmp/card.pdf"));
        dialog.reject();

        Panel f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        auto *paths = new QCompleter(&f.window);
        paths->setModel(new QFileSystemModel(paths));
        f.name->setCompleter(paths);
        f.name->setFocus();
        type(QStringLiteral("backups"));
        QCOMPARE(f.name->text(), QStringLiteral("backups"));
    }

    void remingtonAndInscript()
    {
        Panel f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        HindiKeyboard::instance().setScheme(TypingScheme::Remington);
        QVERIFY(HindiKeyboard::instance().isOn());
        type(QStringLiteral("jes'k dqekj "));
        QCOMPARE(f.name->text(), QStringLiteral("रमेश कुमार "));
        f.name->clear();
        HindiKeyboard::instance().setScheme(TypingScheme::InScript);
        type(QStringLiteral("kd "));
        QCOMPARE(f.name->text(), QStringLiteral("क् "));
    }

    // Each user's choice is theirs: the operator types Remington, the secretary stays in English.
    void rememberedPerUser()
    {
        HindiKeyboard &k = HindiKeyboard::instance();
        k.setUser(QStringLiteral("operator"));
        k.setScheme(TypingScheme::Remington);
        k.setUser(QStringLiteral("secretary"));
        k.setOn(false);
        k.setUser(QStringLiteral("operator"));
        QVERIFY(k.isOn());
        QCOMPARE(k.scheme(), TypingScheme::Remington);
        k.setUser(QStringLiteral("secretary"));
        QVERIFY(!k.isOn());
        // Someone who has not chosen yet goes on as the PC was left.
        k.setUser(QString());
        k.setScheme(TypingScheme::Phonetic);
        k.setUser(QStringLiteral("newcomer"));
        QVERIFY(k.isOn());
        QCOMPARE(k.scheme(), TypingScheme::Phonetic);
    }

    void pasteOfKrutiDevText()
    {
        Panel f;
        QVERIFY(QTest::qWaitForWindowActive(&f.window));
        NotedMessages noted;
        Messages::setCurrent(&noted);
        QGuiApplication::clipboard()->setText(QStringLiteral("jes'k dqekj"));
        QTest::keyClick(f.name, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.name->text(), QStringLiteral("रमेश कुमार"));
        QGuiApplication::clipboard()->setText(QStringLiteral("Ramesh Kumar"));
        QTest::keyClick(f.name, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.name->text(), QStringLiteral("रमेश कुमारRamesh Kumar"));
        // An English word that happens to make Hindi letters is pasted as it is; a known word is offered.
        f.name->clear();
        QGuiApplication::clipboard()->setText(QStringLiteral("the"));
        QTest::keyClick(f.name, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.name->text(), QStringLiteral("the"));
        f.name->clear();
        QGuiApplication::clipboard()->setText(QStringLiteral("dqekj"));
        QTest::keyClick(f.name, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.name->text(), QStringLiteral("कुमार"));
        // Walkman Chanakya's text is told by its फ ("iQ"), which KrutiDev would read as पफ.
        f.name->clear();
        QGuiApplication::clipboard()->setText(QStringLiteral("iQwypUn ;kno"));
        QTest::keyClick(f.name, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.name->text(), QStringLiteral("फूलचन्द यादव"));
        // Another old font's text is pasted only when the clerk confirms.
        struct Refusing : NotedMessages {
            int asked = 0;
            bool confirm(QWidget *, const QString &, const QString &) override
            {
                ++asked;
                return false;
            }
        } refusing;
        Messages::setCurrent(&refusing);
        f.name->clear();
        QGuiApplication::clipboard()->setText(QStringLiteral("¥æßæü ·é¤×æÚU"));
        QTest::keyClick(f.name, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(refusing.asked, 1);
        QCOMPARE(f.name->text(), QString());
        Messages::setCurrent(&noted);
        QTest::keyClick(f.name, Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(f.name->text(), QStringLiteral("¥æßæü ·é¤×æÚU"));
        Messages::setCurrent(nullptr);
    }

    // The set-up wizard, the first screen of a new office: F12 types the office's Hindi name; its English name,
    // LGD code and the administrator's user name stay Latin; the wizard shows the typing state.
    void setUpWizardInHindi()
    {
        QTemporaryDir dir;
        FixedClock clock(test::fixedNow());
        SetupWizard wizard(dir.filePath(QStringLiteral("new.gramdesk")), clock);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowActive(&wizard));
        auto *state = wizard.findChild<QToolButton *>(QStringLiteral("typingButton"));
        QVERIFY(state && state->isVisible());
        QCOMPARE(state->text(), QStringLiteral("Typing: English (F12: Hindi)"));
        QTest::keyClick(&wizard, Qt::Key_Return);  // welcome → office
        auto *nameHi = wizard.findChild<QLineEdit *>(QStringLiteral("officeNameHiLineEdit"));
        auto *nameEn = wizard.findChild<QLineEdit *>(QStringLiteral("officeNameEnLineEdit"));
        auto *lgd = wizard.findChild<QLineEdit *>(QStringLiteral("lgdCodeLineEdit"));
        QVERIFY(nameHi && nameEn && lgd);
        nameHi->setFocus();
        QTest::keyClick(nameHi, Qt::Key_F12);
        QCOMPARE(state->text(), QStringLiteral("Typing: Hindi, phonetic (F12: English)"));
        type(QStringLiteral("graam pa.nchaayat raampur"));
        QTest::keyClick(nameHi, Qt::Key_Tab);
        QCOMPARE(nameHi->text(), QStringLiteral("ग्राम पंचायत रामपुर"));
        nameEn->setFocus();
        type(QStringLiteral("Gram Panchayat Rampur"));
        QCOMPARE(nameEn->text(), QStringLiteral("Gram Panchayat Rampur"));
        lgd->setFocus();
        type(QStringLiteral("654321"));
        QCOMPARE(lgd->text(), QStringLiteral("654321"));
        QTest::keyClick(lgd, Qt::Key_Return);
        QCOMPARE(wizard.currentPage()->objectName(), QStringLiteral("adminPage"));
        auto *user = wizard.findChild<QLineEdit *>(QStringLiteral("adminUserNameLineEdit"));
        user->setFocus();
        type(QStringLiteral("suresh"));
        QCOMPARE(user->text(), QStringLiteral("suresh"));
        QTest::keyClick(user, Qt::Key_Tab);
        type(QStringLiteral("suresh kumaar"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        auto *fullName = wizard.findChild<QLineEdit *>(QStringLiteral("adminFullNameLineEdit"));
        QCOMPARE(fullName->text(), QStringLiteral("सुरेश कुमार"));
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("adminPasswordLineEdit"));  // Tab moved on
    }

    // One field of every visitor in the book, sorted.
    static QStringList visitorsField(TestBook &t, const QString &field)
    {
        QStringList values;
        const Status read = EntryStore(*t.book, Registers::visitors()).eachCurrent([&](const Entry &e) {
            values += e.values.value(field).toString();
            return Status();
        });
        if (!read.ok())
            return {read.error().message};
        values.sort();
        return values;
    }

    // An old register typed in KrutiDev (LibreOffice Calc's CSV of tests/data/visitors-krutidev.fods): the import
    // preview offers the conversion, ticked, and shows the names converted before anything is written; unticked,
    // the file's own text.
    void krutiDevImportPreview()
    {
        TestBook t;
        QVERIFY(t.create());
        Workspace workspace(*t.book, t.admin, t.clock);
        ImportDialog dialog(workspace, Registers::visitors());
        dialog.show();
        dialog.loadFile(QStringLiteral(GRAMDESK_TEST_DATA "/visitors-krutidev.csv"));
        auto *convert = dialog.findChild<QCheckBox *>(QStringLiteral("convertLegacyCheck"));
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
        QVERIFY(convert->isVisible() && convert->isChecked());
        QVERIFY(convert->text().contains(QStringLiteral("name, relative_name, village, met_whom, suggestion")));
        QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("रमेश कुमार"));
        QCOMPARE(preview->item(3, 5)->text(), QStringLiteral("मझगवाँ"));
        QCOMPARE(preview->item(0, 7)->text(), QStringLiteral("service"));  // a choice's code is left as it is
        convert->click();
        QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("jes'k dqekj"));
        convert->click();
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QCOMPARE(dialog.written(), 5);
        QCOMPARE(visitorsField(t, QStringLiteral("name")), (QStringList{QStringLiteral("अब्दुल करीम"), QStringLiteral("किशोर पाल"), QStringLiteral("रमेश कुमार"),
                                     QStringLiteral("शकुन्तला विश्वकर्मा"), QStringLiteral("सीता देवी")}));
    }

    // An old register typed in Walkman Chanakya (LibreOffice Calc's CSV of tests/data/visitors-walkman.fods): the
    // preview offers the conversion from that font, chosen in the list beside it; KrutiDev chosen instead reads its
    // फ as पफ, as the preview shows.
    void walkmanChanakyaImportPreview()
    {
        TestBook t;
        QVERIFY(t.create());
        Workspace workspace(*t.book, t.admin, t.clock);
        ImportDialog dialog(workspace, Registers::visitors());
        dialog.show();
        dialog.loadFile(QStringLiteral(GRAMDESK_TEST_DATA "/visitors-walkman.csv"));
        auto *convert = dialog.findChild<QCheckBox *>(QStringLiteral("convertLegacyCheck"));
        auto *font = dialog.findChild<QComboBox *>(QStringLiteral("legacyFontCombo"));
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
        QVERIFY(convert->isChecked() && font->isVisible());
        QCOMPARE(font->currentText(), QStringLiteral("Walkman Chanakya"));
        QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("फूलचन्द यादव"));
        QCOMPARE(preview->item(1, 3)->text(), QStringLiteral("सिद्धार्थ मिश्र"));
        QCOMPARE(preview->item(3, 4)->text(), QStringLiteral("अर्जुन सिंह"));
        font->setCurrentIndex(font->findText(QStringLiteral("KrutiDev 010")));
        QCOMPARE(preview->item(0, 3)->text(), QStringLiteral("पफूलचन्द यादव"));
        font->setCurrentIndex(font->findText(QStringLiteral("Walkman Chanakya")));
        QTest::mouseClick(dialog.findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
        QCOMPARE(dialog.written(), 4);
        QCOMPARE(visitorsField(t, QStringLiteral("village")), (QStringList{QStringLiteral("फतेहपुर"), QStringLiteral("मैनपुरी"), QStringLiteral("सिद्धनाथपुर"),
                                        QStringLiteral("सुल्तानपुर")}));
    }

    // A cell corrected in the preview, typed in Hindi: the problem it had goes, and the import writes the
    // corrected value; the file is not touched.
    void previewCellCorrectedInHindi()
    {
        TestBook t;
        QVERIFY(t.create());
        Workspace workspace(*t.book, t.admin, t.clock);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("visitors.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const QByteArray bytes = "date,time_in,name,purpose\n21-11-2026,10:00,रमेश,enquiry\n21-11-2026,10:05,,meeting\n";
        f.write(bytes);
        f.close();
        ImportDialog dialog(workspace, Registers::visitors());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.loadFile(path);
        auto *import = dialog.findChild<QPushButton *>(QStringLiteral("importButton"));
        auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("importPreviewTable"));
        QVERIFY(!import->isEnabled());  // the second row has no name
        HindiKeyboard::instance().setOn(true);
        preview->setCurrentCell(1, 2);
        preview->editItem(preview->item(1, 2));
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        type(QStringLiteral("sita devi"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);  // takes the word, then ends the edit
        QTRY_COMPARE(preview->item(1, 2)->text(), QStringLiteral("सीता देवी"));
        QTRY_VERIFY(preview->item(1, 2)->toolTip().contains(QStringLiteral("Corrected here")));  // checked again
        QCOMPARE(preview->item(1, 2)->text(), QStringLiteral("सीता देवी"));
        QVERIFY(import->isEnabled());
        QTest::mouseClick(import, Qt::LeftButton);
        QCOMPARE(dialog.written(), 2);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), bytes);
    }

    // The visitor's form of the visitor register, in Hindi from the English keys: the name and the village in
    // Hindi, the mobile in digits; the status bar says which typing is on.
    void visitorsFormInHindi()
    {
        TestBook t;
        QVERIFY(t.create());
        Desk desk(t);
        QVERIFY(desk.open());
        HindiKeyboard::instance().setOn(true);
        auto *button = desk.window->statusBar()->findChild<QToolButton *>(QStringLiteral("typingButton"));
        QVERIFY(button);
        QCOMPARE(button->text(), QStringLiteral("Typing: Hindi, phonetic (F12: English)"));
        FieldForm form(*desk.workspace, Registers::visitors().fields);
        form.show();
        auto *name = form.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        auto *mobile = form.findChild<QLineEdit *>(QStringLiteral("mobileEdit"));
        auto *village = form.findChild<QLineEdit *>(QStringLiteral("villageEdit"));
        QVERIFY(name && mobile && village);
        form.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&form));
        name->setFocus();
        type(QStringLiteral("sunita devi"));
        QTest::keyClick(name, Qt::Key_Tab);  // takes देवी and goes on
        mobile->setFocus();
        type(QStringLiteral("9415012345"));
        // The village's completer knows the book's villages: the word put in opens its list, and Tab still goes
        // on to the next field, with the next key there.
        form.setCompletions(QStringLiteral("village"), {QStringLiteral("रामपुर"), QStringLiteral("रामनगर")});
        village->setFocus();
        type(QStringLiteral("rampur"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(QApplication::focusWidget(), mobile);  // the village's next field
        type(QStringLiteral("9876543210"));               // Tab selected what it had: typed over
        QCOMPARE(village->text(), QStringLiteral("रामपुर"));
        QCOMPARE(mobile->text(), QStringLiteral("9876543210"));
        name->setFocus();
        QCOMPARE(name->text(), QStringLiteral("सुनीता देवी"));
        // Ctrl+K's search box and a register's filter take Hindi; the filter's dates stay digits.
        auto *search = desk.window->findChild<QLineEdit *>(QStringLiteral("globalSearchBox"));
        auto *filter = desk.window->findChild<QLineEdit *>(QStringLiteral("filterTextEdit"));
        auto *from = desk.window->findChild<QLineEdit *>(QStringLiteral("filterFromEdit"));
        QVERIFY(search && filter && from);
        desk.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(desk.window.get()));
        search->setFocus();
        type(QStringLiteral("ramesh "));
        QCOMPARE(search->text(), QStringLiteral("रमेश "));
        filter->setFocus();
        type(QStringLiteral("yadav "));
        QCOMPARE(filter->text(), QStringLiteral("यादव "));
        from->setFocus();
        type(QStringLiteral("01-11-2026"));
        QCOMPARE(from->text(), QStringLiteral("01-11-2026"));
        HindiKeyboard::instance().setOn(false);
        QCOMPARE(button->text(), QStringLiteral("Typing: English (F12: Hindi)"));
    }
};

QTEST_MAIN(TestHindiKeyboardUi)
#include "tst_hindi_keyboard_ui.moc"
