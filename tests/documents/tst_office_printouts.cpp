// The citizen charter poster: every service in use on the sheet, at the largest text that fits one sheet of the
// paper and orientation asked for, split across sheets (header on each) only when small text does not fit.

#include "PdfText.h"
#include "TestBook.h"
#include "documents/DocumentRenderer.h"
#include "documents/HelpPrintouts.h"
#include "documents/OfficePrintouts.h"
#include "registers/EntryService.h"
#include "registers/Masters.h"
#include "base/Translations.h"

#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace gd;
using namespace gd::test;
using namespace gd::test::shorthand;

namespace {

// The sheet's text in the order it is drawn, a cell's lines together ("fi" and "fl" written as pdftotext's
// ligatures are undone); the PDF kept for a look when GRAMDESK_KEEP_PDF names a folder.
QString plain(const Document &doc)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(q("sheet.pdf"));
    if (!PdfExport::write(doc, pdf).ok())
        return {};
    Document named = doc;
    named.header.subtitle = PrintText::code(doc.language) + QString::number(int(doc.pageSize)) + QString::number(int(doc.orientation));
    keepPdf(named, pdf);
    QString text = run(q("pdftotext"), {pdf, q("-")});
    return text.replace(QChar(0xFB00), q("ff"))
        .replace(QChar(0xFB01), q("fi"))
        .replace(QChar(0xFB02), q("fl"))
        .replace(QChar(0xFB03), q("ffi"))
        .replace(QChar(0xFB04), q("ffl"))
        .simplified();
}

}  // namespace

class TestOfficePrintouts : public QObject {
    Q_OBJECT

    TestBook t;
    QList<QVariantMap> m_services;
    Office m_office;

    CharterPoster options(QPageSize::PageSizeId size, QPageLayout::Orientation orientation, PrintLanguage language)
    {
        CharterPoster o;
        o.size = size;
        o.orientation = orientation;
        o.language = language;
        o.adoptedOn = d("2026-08-15");
        o.resolution = q("GS/2026/07");
        o.grievanceContact = q("Secretary, 9876543210");
        o.printedOn = d("2026-11-22");
        return o;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(q("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
        QVERIFY(t.create());
        m_services = MasterStore(*t.book, Registers::services()).list().value();
        m_office = OfficeProfile(*t.book).load().value();
        QCOMPARE(m_services.size(), 12);  // the seeded model charter
    }

    void everyServiceOnOneSheet_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<int>("language");
        QTest::newRow("A4 portrait, Hindi") << int(QPageSize::A4) << int(QPageLayout::Portrait) << int(PrintLanguage::Hindi);
        QTest::newRow("A3 landscape, Hindi") << int(QPageSize::A3) << int(QPageLayout::Landscape) << int(PrintLanguage::Hindi);
        QTest::newRow("A3 portrait, English") << int(QPageSize::A3) << int(QPageLayout::Portrait) << int(PrintLanguage::English);
    }

    void everyServiceOnOneSheet()
    {
        QFETCH(int, size);
        QFETCH(int, orientation);
        QFETCH(int, language);
        const CharterPoster o = options(QPageSize::PageSizeId(size), QPageLayout::Orientation(orientation), PrintLanguage(language));
        auto doc = fittedCharterPoster(m_office, m_services, o);
        QVERIFY(doc.ok());
        const QString text = plain(doc.value());
        QCOMPARE(DocumentRenderer::pageCount(doc.value()).value(), 1);
        // Read from two metres: the table's text (8.5 points at scale 1) at least 11 points on A4 and 14 on A3,
        // the title (17 points at scale 1) at least 28 on A3.
        const qreal tablePoints = 8.5 * doc.value().fontScale;
        const qreal titlePoints = doc.value().header.titlePoints * doc.value().fontScale;
        if (QPageSize::PageSizeId(size) == QPageSize::A3) {
            QVERIFY2(tablePoints >= 14.0 - 1e-9, qPrintable(QString::number(tablePoints)));
            QVERIFY2(titlePoints >= 28.0, qPrintable(QString::number(titlePoints)));
        } else {
            QVERIFY2(tablePoints >= 11.0 - 1e-9, qPrintable(QString::number(tablePoints)));
        }
        // The officers once under the table, as every seeded service has the same ones.
        QVERIFY2(text.contains(QStringLiteral("(DPRO)")), qPrintable(text));
        QVERIFY(text.contains(q("GS/2026/07")) && text.contains(q("15-08-2026")) && text.contains(q("9876543210")));
        if (PrintLanguage(language) != PrintLanguage::Hindi) {
            // Every word of every name (pdftotext joins a word hyphenated at a line's end, and reorders lines next
            // to shaped Devanagari, so whole names are not compared).
            static const QRegularExpression separators(q("[\\s/-]+"));
            for (const QVariantMap &s : m_services)
                for (const QString &word : s.value(q("name_en")).toString().split(separators, Qt::SkipEmptyParts))
                    QVERIFY2(text.contains(word), qPrintable(s.value(q("name_en")).toString() + q(": ") + word));
            QVERIFY(text.contains(q("3 working days")));  // copy of the family register
            QVERIFY(text.contains(q("30 days")));          // new water connection, calendar days
            QVERIFY(text.contains(q("₹ 5.00")));
        } else {
            QVERIFY(!text.contains(q("Copy of family register")));
        }
    }

    void aLargerSheetTakesLargerText()
    {
        const auto scale = [&](QPageSize::PageSizeId size) {
            return fittedCharterPoster(m_office, m_services, options(size, QPageLayout::Portrait, PrintLanguage::Hindi)).value().fontScale;
        };
        QVERIFY2(scale(QPageSize::A3) > scale(QPageSize::A4), "A3 should carry larger text than A4");
    }

    // The twelve services on A4 landscape need smaller text than 11 points: the poster says so and offers A3 or
    // more sheets, never a smaller font; asked for more sheets, it takes two at 11 points.
    void tooManyForOneSheetSaysSo()
    {
        CharterPoster o = options(QPageSize::A4, QPageLayout::Landscape, PrintLanguage::English);
        o.complaintCategories = MasterStore(*t.book, Registers::complaintCategories()).list().value();
        auto refused = fittedCharterPoster(m_office, m_services, o);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(q("The 12 services of the charter do not fit one A4 sheet at 11 points")),
                 qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(q("Choose A3 paper")));
        o.severalSheets = true;
        auto two = fittedCharterPoster(m_office, m_services, o);
        QVERIFY(two.ok());
        QCOMPARE(8.5 * two.value().fontScale, 11.0);
        QCOMPARE(DocumentRenderer::pageCount(two.value()).value(), 2);
        // The complaint time limits by category (seeded: water supply in 2 working days).
        const QString text = plain(two.value());
        QVERIFY2(text.contains(q("Complaints are answered within:")), qPrintable(text));
    }

    void aLongCharterSplitsWithItsHeaderOnEachSheet()
    {
        // Sixty services do not fit one A4 sheet at the readable size: asked for more sheets, several, the header
        // on each, and every service there.
        QList<QVariantMap> many;
        for (int i = 1; i <= 60; ++i) {
            QVariantMap s = m_services.at(i % m_services.size());
            s.insert(q("name_en"), q("Service number %1").arg(i));
            many += s;
        }
        QVariantMap off = many.first();
        off.insert(q("name_en"), q("Service no longer offered"));
        off.insert(q("active"), q("no"));
        many += off;
        CharterPoster o = options(QPageSize::A4, QPageLayout::Portrait, PrintLanguage::English);
        QVERIFY(!fittedCharterPoster(m_office, many, o).ok());
        o.severalSheets = true;
        auto doc = fittedCharterPoster(m_office, many, o);
        QVERIFY(doc.ok());
        QCOMPARE(8.5 * doc.value().fontScale, 11.0);
        const int pages = DocumentRenderer::pageCount(doc.value()).value();
        QVERIFY(pages > 1);
        const QString text = plain(doc.value());
        // The header on every sheet the table runs over (the last may hold only the notes and signatures).
        QVERIFY(text.count(q("Documents required")) >= pages - 1 && text.count(q("Documents required")) > 1);
        for (int i = 1; i <= 60; ++i)
            QVERIFY2(text.contains(q("Service number %1 ").arg(i)), qPrintable(QString::number(i)));
        QVERIFY(!text.contains(q("no longer offered")));
    }

    // The Help menu's printouts: the keyboard card lists the areas' keys and the form keys; the first day's guide
    // names the areas as the program does, in Hindi too.
    void helpPrintouts()
    {
        const QList<AreaKey> areas = {{q("Ctrl+1"), q("Home")}, {q("Ctrl+2"), q("Visitor register")}};
        const Document card = keyboardCard(m_office, areas, PrintLanguage::English, d("2026-11-22"));
        QCOMPARE(DocumentRenderer::pageCount(card).value(), 1);  // a card, one sheet
        const QString text = plain(card);
        QVERIFY2(text.contains(q("Ctrl+2 Visitor register")), qPrintable(text));
        QVERIFY(text.contains(q("Ctrl+Enter")) && text.contains(q("Ctrl+K")));
        QVERIFY(text.contains(q("F12 Hindi typing on or off")));
        QVERIFY(Translations::install(q("hi")));
        const QString hindi = plain(firstDayGuide(m_office, PrintLanguage::Hindi, d("2026-11-22")));
        QVERIFY(Translations::install(q("en")));
        QVERIFY2(hindi.contains(q("पहला")) && hindi.contains(q("हर माह")), qPrintable(hindi));  // (pdftotext loses some vowel signs)
        QVERIFY(!hindi.contains(q("Every working day")));
        QVERIFY(!hindi.contains(q("administrator")));
    }

    void noticesByTheirRules()
    {
        EntryService fo(*t.book);
        const auto add = [&](const QVariantMap &v) { return fo.add(t.admin, Registers::notices(), v); };
        QVariantMap sabha{{q("kind"), q("gram_sabha")}, {q("issued_on"), d("2026-11-20")}, {q("subject"), q("Rabi Gram Sabha")},
                          {q("meeting_on"), d("2026-12-05")}, {q("meeting_time"), QTime(11, 0)}, {q("venue"), q("Panchayat Bhawan")},
                          {q("agenda"), q("Annual plan\n\nBeneficiary list")}, {q("issued_by"), q("Suresh Kumar, Secretary")}};
        // A meeting notice needs its agenda, and the meeting after the notice.
        QVariantMap noAgenda = sabha;
        noAgenda.insert(q("agenda"), QString());
        QVERIFY(!add(noAgenda).ok());
        QVariantMap before = sabha;
        before.insert(q("meeting_on"), d("2026-11-20"));
        QVERIFY(!add(before).ok());
        const auto notice = add(sabha);
        QVERIFY2(notice.ok(), notice.ok() ? "" : qPrintable(notice.error().message));
        QCOMPARE(notice.value().number, q("NTC/2026-27/000001"));
        // A tender: opened on or after the last day; a public notice: its text.
        QVariantMap tender{{q("kind"), q("tender")}, {q("issued_on"), d("2026-11-21")}, {q("subject"), q("CC road, ward 3")},
                           {q("work"), q("CC road from school to temple")}, {q("estimated_cost"), qint64(45000000)},
                           {q("earnest_money"), qint64(900000)}, {q("last_date"), d("2026-12-10")}, {q("opening_date"), d("2026-12-09")}};
        QVERIFY(!add(tender).ok());
        tender.insert(q("opening_date"), d("2026-12-11"));
        const auto tenderNotice = add(tender);
        QVERIFY(tenderNotice.ok());
        QVERIFY(!add({{q("kind"), q("public")}, {q("issued_on"), d("2026-11-21")}, {q("subject"), q("Water supply")}}).ok());

        const QString en = plain(noticeDocument(m_office, notice.value(), PrintLanguage::English, QPageSize::A4, d("2026-11-22")));
        QVERIFY2(en.contains(q("Notice of a Gram Sabha meeting")), qPrintable(en));
        QVERIFY(en.contains(q("No. NTC/2026-27/000001, dated 20-11-2026")));
        QVERIFY(en.contains(q("will be held on 05-12-2026 at 11:00 at Panchayat Bhawan")));
        QVERIFY(en.contains(q("1. Annual plan 2. Beneficiary list")));
        QVERIFY(en.contains(q("Suresh Kumar, Secretary")) && en.contains(q("Pradhan")));
        const QString hi = plain(noticeDocument(m_office, notice.value(), PrintLanguage::Hindi, QPageSize::A5, d("2026-11-22")));
        QVERIFY(hi.contains(q("05-12-2026")) && !hi.contains(q("will be held")));
        const QString te = plain(noticeDocument(m_office, tenderNotice.value(), PrintLanguage::English, QPageSize::A4, d("2026-11-22")));
        QVERIFY(te.contains(q("Tender notice")) && te.contains(q("₹ 4,50,000.00")) && te.contains(q("₹ 9,000.00")));
        QVERIFY(te.contains(q("10-12-2026")) && te.contains(q("11-12-2026")));
    }

    void peopleBoardAndChart()
    {
        MasterStore people(*t.book, Registers::people());
        const auto person = [&](const char *code, const char *name, const char *group, const char *post, const char *boss,
                                int position) {
            return people.save(t.admin, {{q("code"), q(code)}, {q("name_hi"), q(name)}, {q("name_en"), q(name)}, {q("group"), q(group)},
                                         {q("designation_hi"), q(post)}, {q("designation_en"), q(post)}, {q("reports_to"), q(boss)},
                                         {q("position"), position}, {q("active"), q("yes")}});
        };
        QVERIFY(person("PRADHAN", "Kamla Devi", "elected", "Pradhan", "", 1).ok());
        QVERIFY(person("SECY", "Suresh Kumar", "staff", "Secretary", "PRADHAN", 2).ok());
        QVERIFY(person("OPR", "Pooja Singh", "staff", "Computer operator", "secy", 3).ok());  // codes in any case
        for (int w = 1; w <= 9; ++w)
            QVERIFY(person(qPrintable(q("W%1").arg(w)), qPrintable(q("Member %1").arg(w)), "elected", "Ward member", "PRADHAN", 3 + w).ok());
        // Whom one reports to: someone on the list, not oneself, not one's own subordinate.
        QVERIFY(!person("X", "Nobody", "staff", "Clerk", "NOSUCH", 50).ok());
        QVERIFY(!person("SECY", "Suresh Kumar", "staff", "Secretary", "SECY", 2).ok());
        const Status loop = person("PRADHAN", "Kamla Devi", "elected", "Pradhan", "OPR", 1);
        QVERIFY(!loop.ok());
        QVERIFY(loop.error().message.contains(q("OPR")));
        const QList<QVariantMap> rows = people.list().value();

        SheetOptions o;
        o.language = PrintLanguage::English;
        o.printedOn = d("2026-11-22");
        auto board = fittedStaffBoard(m_office, rows, o);
        QVERIFY(board.ok());
        const QString text = plain(board.value());
        QCOMPARE(DocumentRenderer::pageCount(board.value()).value(), 1);
        QVERIFY(board.value().fontScale > 1.0);  // a dozen people fill an A4 sheet in large print
        QVERIFY(text.indexOf(q("Elected representatives")) < text.indexOf(q("Kamla Devi")));
        QVERIFY(text.indexOf(q("Member 9")) < text.indexOf(q("Staff")));
        QVERIFY(text.indexOf(q("Staff")) < text.indexOf(q("Suresh Kumar")));

        o.orientation = QPageLayout::Landscape;
        const Document chart = fittedOrganisationChart(m_office, rows, o).value();
        QCOMPARE(DocumentRenderer::pageCount(chart).value(), 1);
        const QString drawn = plain(chart);
        for (const char *name : {"Kamla Devi", "Suresh Kumar", "Pooja Singh", "Member 1", "Member 9"})
            QVERIFY2(drawn.contains(q(name)), name);
        // The Pradhan on top, the secretary under her, the operator under him.
        QVERIFY(drawn.indexOf(q("Kamla Devi")) < drawn.indexOf(q("Suresh Kumar")));
        QVERIFY(drawn.indexOf(q("Suresh Kumar")) < drawn.indexOf(q("Pooja Singh")));
    }

    void emergencyNumbers()
    {
        MasterStore numbers(*t.book, Registers::emergencyNumbers());
        const auto number = [&](const char *code, const char *name, const char *dial, int position) {
            return numbers.save(t.admin, {{q("code"), q(code)}, {q("name_hi"), q(name)}, {q("name_en"), q(name)},
                                          {q("number"), q(dial)}, {q("position"), position}, {q("active"), q("yes")}});
        };
        QVERIFY(number("ERSS", "Emergency", "112", 1).ok());
        QVERIFY(number("BLOCK", "Block office", "0522-2400000", 3).ok());
        QVERIFY(number("FIRE", "Fire", "101", 2).ok());
        QVERIFY(!number("BAD", "Letters", "call me", 4).ok());
        QVERIFY(!number("BAD", "Too short", "1", 4).ok());
        SheetOptions o;
        o.language = PrintLanguage::English;
        o.printedOn = d("2026-11-22");
        auto sheet = fittedEmergencySheet(m_office, numbers.list().value(), o);
        QVERIFY(sheet.ok());
        QCOMPARE(sheet.value().fontScale, 2.4);  // three numbers: the largest print
        const QString text = plain(sheet.value());
        QVERIFY(text.indexOf(q("112")) < text.indexOf(q("101")));  // by their order on the sheet
        QVERIFY(text.indexOf(q("101")) < text.indexOf(q("0522-2400000")));
    }
};

QTEST_MAIN(TestOfficePrintouts)
#include "tst_office_printouts.moc"
