// The family register and the attendance register from the keyboard: a member chosen shows the whole family
// beside the list; a death recorded with F7 marks the member; the day's attendance marked one key a person.

#include "UiTest.h"
#include "pages/AttendancePage.h"
#include "pages/FamilyPage.h"
#include "registers/Attendance.h"
#include "registers/Family.h"

#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

using namespace gd;
using namespace gd::ui;
using namespace gd::test;
using namespace gd::test::shorthand;

namespace {

template <class P>
P *pageOf(MainWindow &window)
{
    for (Page *p : window.pages())
        if (auto *page = qobject_cast<P *>(p)) {
            window.showArea(int(window.pages().indexOf(p)));
            return page;
        }
    return nullptr;
}

}  // namespace

class TestRegistersUi : public QObject {
    Q_OBJECT

private slots:
    void aMembersFamilyBesideTheListAndADeathByF7()
    {
        TestBook t;
        QVERIFY(t.create());
        using K = FamilyMemberKeys;
        const QVariantMap head{{K::village, q("रामपुर")}, {K::familyNo, 4}, {K::houseNo, q("17")}, {K::name, q("रामदीन")},
                               {K::relation, q("head")}, {K::sex, q("male")}, {K::age, 70}};
        QVERIFY(FamilyRegister(*t.book).newFamily(t.admin, head, {QDate(2026, 4, 1), q("प्रविष्टि"), {}, {}}).ok());
        const Entry son = t.add(Registers::familyMembers(), {{K::village, q("रामपुर")}, {K::familyNo, 4}, {K::name, q("शिवदीन")},
                                                             {K::relation, q("son")}, {K::sex, q("male")}, {K::age, 40}});
        Desk desk(t);
        QVERIFY(desk.open());
        FamilyPage *page = pageOf<FamilyPage>(*desk.window);
        QVERIFY(page);
        page->selectNumber(son.number);
        auto *members = page->findChild<QTableWidget *>(q("familyMembers"));
        QTRY_COMPARE(members->rowCount(), 2);
        QCOMPARE(page->findChild<QLabel *>(q("familyTitle"))->text(), q("Family रामपुर/4"));
        // The head is chosen and F7 records his death: the form asks the kind (death first), the date and the reason.
        page->selectNumber(FamilyRegister(*t.book).members({q("रामपुर"), 4}).value().first().number);
        onNextDialog([&](QDialog *dialog) {
            auto *why = dialog->findChild<QLineEdit *>(q("whyEdit"));
            QVERIFY(why);
            why->setText(q("बीमारी से मृत्यु"));
            QTest::keyClick(why, Qt::Key_Return);
        });
        QTest::keyClick(page->table(), Qt::Key_F7);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        const Entry headNow = FamilyRegister(*t.book).members({q("रामपुर"), 4}).value().first();
        QCOMPARE(headNow.text(K::status), q("deceased"));
        QCOMPARE(headNow.date(K::leftOn), QDate(2026, 11, 22));  // the form's date: today
        QTRY_VERIFY(members->item(0, 2)->text().contains(q("deceased")));
    }

    void theDaysAttendanceOneKeyAPerson()
    {
        TestBook t;
        QVERIFY(t.create());
        MasterStore people(*t.book, Registers::people());
        for (const auto &[code, name] : {std::pair{"SECRETARY", "सुरेश"}, std::pair{"SAFAI1", "मुन्ना"}})
            QVERIFY(people.save(t.admin, {{q("code"), QString::fromLatin1(code)}, {q("name_hi"), q(name)}, {q("group"), q("staff")},
                                          {q("designation_hi"), q("कर्मचारी")}})
                        .ok());
        Desk desk(t);
        QVERIFY(desk.open());
        AttendancePage *page = pageOf<AttendancePage>(*desk.window);
        QVERIFY(page);
        page->showDay(QDate(2026, 11, 20));  // a Friday
        QTableWidget *sheet = page->sheet();
        QTRY_COMPARE(sheet->rowCount(), 2);
        // No board order given: by code, SAFAI1 before SECRETARY.
        sheet->setFocus();
        sheet->setCurrentCell(0, 1);
        QTest::keyClick(sheet, Qt::Key_P);
        QCOMPARE(sheet->currentRow(), 1);  // on to the next person
        QTest::keyClick(sheet, Qt::Key_L);
        auto day = Attendance(*t.book).day(QDate(2026, 11, 20));
        QCOMPARE(day.value().value(q("SAFAI1")).text(AttendanceKeys::mark), q("present"));
        QCOMPARE(day.value().value(q("SECRETARY")).text(AttendanceKeys::mark), q("casual_leave"));
        // Marked again: a correction, not a second entry.
        sheet->setCurrentCell(0, 1);
        QTest::keyClick(sheet, Qt::Key_T);
        day = Attendance(*t.book).day(QDate(2026, 11, 20));
        QCOMPARE(day.value().value(q("SAFAI1")).text(AttendanceKeys::mark), q("tour"));
        QCOMPARE(day.value().value(q("SAFAI1")).version, 2);
        // Sunday is not marked; the sheet says why and nothing is written.
        page->showDay(QDate(2026, 11, 22));
        sheet->setCurrentCell(0, 1);
        QTest::keyClick(sheet, Qt::Key_P);
        QVERIFY(Attendance(*t.book).day(QDate(2026, 11, 22)).value().isEmpty());
    }
};

QTEST_MAIN(TestRegistersUi)
#include "tst_registers_ui.moc"
