// Every area of the main window fits the office's screens whole: at 1366×768 and 1280×720 (less a taskbar and a
// title bar) no area needs the window's scroll bar, in Hindi or in English; at 1024×768 an area may scroll, but
// every one of its buttons can still be reached.
#include "LanguageManager.h"
#include "UiTest.h"
#include "pages/Page.h"

#include <QComboBox>
#include <QHeaderView>
#include <QHelpEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QStyleOptionHeader>
#include <QTableWidget>
#include <QToolTip>
#include <QScrollArea>
#include <QTableView>
#include <QScrollBar>
#include <QStackedWidget>

using namespace gd;
using namespace gd::test;

namespace {

// A surface that keeps the texts drawn on it, not their pixels.
class TextCatcher : public QPaintDevice {
public:
    QStringList texts;
    QPaintEngine *paintEngine() const override { return &m_engine; }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth:
            return 400;
        case PdmHeight:
            return 100;
        case PdmDpiX:
        case PdmDpiY:
        case PdmPhysicalDpiX:
        case PdmPhysicalDpiY:
            return 96;
        case PdmDepth:
            return 32;
        case PdmDevicePixelRatioScaled:
            return int(devicePixelRatioFScale());
        default:
            return 1;
        }
    }

private:
    class Engine : public QPaintEngine {
    public:
        explicit Engine(QStringList *texts) : m_texts(texts) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawTextItem(const QPointF &, const QTextItem &item) override { *m_texts += item.text(); }
        Type type() const override { return User; }

    private:
        QStringList *m_texts;
    };
    mutable Engine m_engine{&texts};
};

}  // namespace

class TestScreenFitUi : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { LanguageManager::instance().switchTo(QStringLiteral("en")); }

    void everyAreaFits_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QSize>("window");
        // A screen less a 40-pixel taskbar and a 30-pixel title bar.
        QTest::newRow("1366×768 Hindi") << "hi" << QSize(1366, 768 - 70);
        QTest::newRow("1366×768 English") << "en" << QSize(1366, 768 - 70);
        QTest::newRow("1280×720 Hindi") << "hi" << QSize(1280, 720 - 70);
        QTest::newRow("1280×720 English") << "en" << QSize(1280, 720 - 70);
    }
    void everyAreaFits()
    {
        QFETCH(QString, language);
        QFETCH(QSize, window);
        TestBook t;
        QVERIFY(t.create());
        LanguageManager::instance().switchTo(language);
        Desk desk(t);
        QVERIFY(desk.open({}, window));
        MainWindow &main = *desk.window;
        auto *scroller = main.findChild<QScrollArea *>(QStringLiteral("areaScroller"));
        QVERIFY(scroller);
        QStringList tooLarge;
        for (int i = 0; i < main.pages().size(); ++i) {
            main.showArea(i);
            QApplication::processEvents();
            QApplication::processEvents();
            Page *page = main.pages().at(i);
            const QSize room = scroller->viewport()->size();
            const QSize need = scroller->widget()->minimumSizeHint();
            if (need.height() > room.height() || need.width() > room.width() || main.height() > window.height())
                tooLarge += QStringLiteral("%1 (%2): needs %3×%4, has %5×%6")
                                .arg(page->objectName(), page->title())
                                .arg(need.width())
                                .arg(need.height())
                                .arg(room.width())
                                .arg(room.height());
        }
        QVERIFY2(tooLarge.isEmpty(), qPrintable(tooLarge.join(u'\n')));
    }

    // The list of areas is grouped by the office's work; a heading cannot be chosen, the arrow keys pass over it,
    // and each area's own key is written beside it.
    void navigationByTheOfficesWork()
    {
        TestBook t;
        QVERIFY(t.create());
        LanguageManager::instance().switchTo(QStringLiteral("hi"));
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &main = *desk.window;
        auto *nav = main.findChild<QListWidget *>(QStringLiteral("areaNavigationList"));
        QStringList headings;
        for (int row = 0; row < nav->count(); ++row)
            if (nav->item(row)->flags() == Qt::NoItemFlags)
                headings += nav->item(row)->text();
        QCOMPARE(headings, (QStringList{QStringLiteral("जन सुविधा काउंटर"), QStringLiteral("जन्म, मृत्यु एवं परिवार"),
                                        QStringLiteral("लेखा"), QStringLiteral("अभिलेख कक्ष"),
                                        QStringLiteral("गुणवत्ता एवं आईएसओ"), QStringLiteral("मूल सूचियाँ"),
                                        QStringLiteral("कार्यालय")}));
        // Home first, the front office's heading second; Down from Home lands on the visitor register.
        QCOMPARE(nav->item(0)->text(), QStringLiteral("मुखपृष्ठ"));
        QCOMPARE(nav->item(1)->flags(), Qt::NoItemFlags);
        nav->setFocus();
        nav->setCurrentRow(0);
        QTest::keyClick(nav, Qt::Key_Down);
        QCOMPARE(nav->currentRow(), 2);
        QCOMPARE(nav->currentItem()->text(), QStringLiteral("आगंतुक रजिस्टर"));
        QVERIFY(main.findChild<QWidget *>(QStringLiteral("visitorsPage"))->isVisible());
        QCOMPARE(nav->currentItem()->data(Qt::UserRole + 1).toString(), QStringLiteral("Ctrl+2"));
        QCOMPARE(nav->currentItem()->toolTip(), QStringLiteral("आगंतुक रजिस्टर (Ctrl+2)"));
        QTest::keyClick(nav, Qt::Key_Up);
        QCOMPARE(nav->currentRow(), 0);
        // Qt's own print and file dialogs speak Hindi too.
        QCOMPARE(QCoreApplication::translate("QPrintWidget", "Output &file:"), QStringLiteral("आउटपुट फ़ाइल (&F):"));
        QCOMPARE(QCoreApplication::translate("QPrintSettingsOutput", "Copies:"), QStringLiteral("प्रतियाँ:"));
        QCOMPARE(QCoreApplication::translate("QPageSetupWidget", "Page size:"), QStringLiteral("पृष्ठ का आकार:"));
    }

    // Each role starts on its own work: the operator at the visitor register, the auditor at the audit log,
    // the secretary and the administrator at the home page.
    void eachRoleOpensItsWork_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("page");
        QTest::newRow("operator") << int(Role::Operator) << "visitorsPage";
        QTest::newRow("auditor") << int(Role::Auditor) << "auditPage";
        QTest::newRow("secretary") << int(Role::Secretary) << "homePage";
        QTest::newRow("admin") << int(Role::Admin) << "homePage";
    }
    void eachRoleOpensItsWork()
    {
        QFETCH(int, role);
        QFETCH(QString, page);
        TestBook t;
        QVERIFY(t.create());
        User user = t.admin;
        user.role = Role(role);
        Desk desk(t);
        QVERIFY(desk.open(user));
        QVERIFY(desk.window->findChild<QWidget *>(page)->isVisible());
    }

    // Text too long for its place is cut at its end and shown whole on hover; a register's status list is as
    // wide as its longest item.
    void textIsCutOnlyAtItsEnd()
    {
        TestBook t;
        QVERIFY(t.create());
        LanguageManager::instance().switchTo(QStringLiteral("hi"));
        Desk desk(t);
        QVERIFY(desk.open());
        MainWindow &main = *desk.window;
        for (int i = 0; i < main.pages().size(); ++i) {
            if (main.pages().at(i)->objectName() != QStringLiteral("applicationsPage"))
                continue;
            main.showArea(i);
            QApplication::processEvents();
            auto *table = main.pages().at(i)->findChild<QTableView *>(QStringLiteral("registerTable"));
            QCOMPARE(table->horizontalHeader()->textElideMode(), Qt::ElideRight);
            const int column = 2;
            QCOMPARE(table->model()->headerData(column, Qt::Horizontal, Qt::ToolTipRole),
                     table->model()->headerData(column, Qt::Horizontal, Qt::DisplayRole));
            auto *status = main.pages().at(i)->findChild<QComboBox *>(QStringLiteral("filterStatusCombo"));
            int widest = 0;
            for (int item = 0; item < status->count(); ++item)
                widest = std::max(widest, status->fontMetrics().horizontalAdvance(status->itemText(item)));
            QVERIFY2(status->width() > widest, qPrintable(QString::number(status->width()) + u' ' + QString::number(widest)));
            return;
        }
        QFAIL("no applications page");
    }

    // A heading wider than its column is drawn cut at its end with "…" (Qt's own styles clip it at both sides).
    void headingsCutAtTheirEnd()
    {
        TestBook t;
        QVERIFY(t.create());
        LanguageManager::instance().switchTo(QStringLiteral("en"));
        Desk desk(t);
        QVERIFY(desk.open());
        auto *table = desk.window->findChild<QTableView *>(QStringLiteral("registerTable"));
        QVERIFY(table);
        QStyleOptionHeader label;
        label.initFrom(table->horizontalHeader());
        label.rect = QRect(0, 0, 90, 24);
        label.text = QStringLiteral("Father/husband name");
        TextCatcher drawn;
        QPainter painter(&drawn);
        QApplication::style()->drawControl(QStyle::CE_HeaderLabel, &label, &painter, table->horizontalHeader());
        painter.end();
        QCOMPARE(drawn.texts.size(), 1);
        QVERIFY2(drawn.texts.first().startsWith(QStringLiteral("Fath")) && drawn.texts.first().endsWith(u'…'),
                 qPrintable(drawn.texts.first()));
    }

    // A table's heading whole on hover, where the table gives it no tooltip of its own (the family page's members).
    void headingsWholeOnHover()
    {
        TestBook t;
        QVERIFY(t.create());
        LanguageManager::instance().switchTo(QStringLiteral("en"));
        Desk desk(t);
        QVERIFY(desk.open());
        auto *members = desk.window->findChild<QTableWidget *>(QStringLiteral("familyMembers"));
        QVERIFY(members);
        QHeaderView *header = members->horizontalHeader();
        QCOMPARE(header->model()->headerData(1, Qt::Horizontal, Qt::ToolTipRole), QVariant());
        const QPoint at(header->sectionViewportPosition(1) + 4, header->height() / 2);
        QHelpEvent hover(QEvent::ToolTip, at, header->viewport()->mapToGlobal(at));
        QApplication::sendEvent(header->viewport(), &hover);
        QCOMPARE(QToolTip::text(), QStringLiteral("Member"));
    }

    // On a 1024×768 screen an area may scroll: the window stays on the screen, and the area's last button can
    // be scrolled into view.
    void aSmallScreenScrolls()
    {
        TestBook t;
        QVERIFY(t.create());
        Desk desk(t);
        QVERIFY(desk.open({}, QSize(1024, 768 - 70)));
        MainWindow &main = *desk.window;
        auto *scroller = main.findChild<QScrollArea *>(QStringLiteral("areaScroller"));
        for (int i = 0; i < main.pages().size(); ++i) {
            main.showArea(i);
            QApplication::processEvents();
            QVERIFY2(main.height() <= 768 - 70, qPrintable(main.pages().at(i)->objectName()));
            const QSize need = scroller->widget()->minimumSizeHint();
            const QSize has = scroller->widget()->size();
            QVERIFY2(has.height() >= need.height() && has.width() >= need.width(),
                     qPrintable(main.pages().at(i)->objectName()));
        }
    }
};

QTEST_MAIN(TestScreenFitUi)
#include "tst_screen_fit_ui.moc"
