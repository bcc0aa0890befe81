#include "documents/AuditExtract.h"
#include "documents/PageLayout.h"
#include "documents/PdfExport.h"
#include "documents/Printouts.h"
#include "documents/RecordRoomPrintouts.h"
#include "documents/ReadinessPrintouts.h"
#include "registers/Masters.h"
#include "PdfText.h"
#include "TestBook.h"
#include "registers/EntryService.h"
#include "registers/CashBook.h"
#include "registers/StockBook.h"
#include "registers/RecordRoom.h"

#include <QFile>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace gd;
using gd::test::pdfText;
using gd::test::run;

namespace {

QList<AuditRow> rows(int n)
{
    QList<AuditRow> out;
    for (int i = n; i >= 1; --i)
        out.append({i, QStringLiteral("2026-11-22T10:30:00"), QStringLiteral("admin"), QStringLiteral("insert"),
                    QStringLiteral("settings"), i, QString(),
                    QStringLiteral("{\"key\":\"नाम %1\",\"value\":\"रामेश्वर प्रसाद, ग्राम पंचायत रामपुर\"}").arg(i)});
    return out;
}

Office office()
{
    Office o;
    o.nameHi = QStringLiteral("ग्राम पंचायत रामपुर");
    o.nameEn = QStringLiteral("Gram Panchayat Rampur");
    o.lgdCode = QStringLiteral("123456");
    return o;
}

}  // namespace

class TestDocuments : public QObject {
    Q_OBJECT
private slots:
    void tableBreaksAcrossPagesWithPageNumbers()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("audit.pdf"));
        auto pages = PdfExport::write(auditExtract(office(), rows(120), PrintLanguage::English, QDate(2026, 11, 22)), pdf);
        QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
        QVERIFY(pages.value() > 1);
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo (poppler-utils) is not installed");
        const QString info = run(QStringLiteral("pdfinfo"), {pdf});
        QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\n").arg(pages.value()))), qPrintable(info));
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages.value())));
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages.value())));
        // The header row is repeated on every page.
        QCOMPARE(text.count(QStringLiteral("Register")), pages.value());
        QVERIFY(text.contains(QStringLiteral("Gram Panchayat Rampur")));
        QVERIFY(text.contains(QStringLiteral("LGD code: 123456")));
        // The page in the office's words (AuditReading), not the log's JSON.
        QVERIFY2(text.contains(QStringLiteral("New entry")) && text.contains(QStringLiteral("Settings")), qPrintable(text.left(2000)));
        QVERIFY2(!text.contains(QStringLiteral("{\"key\"")), qPrintable(text.left(2000)));
    }

    void embedsTheTableAsCsv()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("audit.pdf"));
        QVERIFY(PdfExport::write(auditExtract(office(), rows(3), PrintLanguage::Hindi, QDate(2026, 11, 22)), pdf).ok());
        if (QStandardPaths::findExecutable(QStringLiteral("pdfdetach")).isEmpty())
            QSKIP("pdfdetach (poppler-utils) is not installed");
        QVERIFY(run(QStringLiteral("pdfdetach"), {QStringLiteral("-list"), pdf}).contains(QStringLiteral("audit-log.csv")));
        const QString csvPath = dir.filePath(QStringLiteral("out.csv"));
        run(QStringLiteral("pdfdetach"), {QStringLiteral("-save"), QStringLiteral("1"), QStringLiteral("-o"), csvPath, pdf});
        QFile csv(csvPath);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QByteArray bytes = csv.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBFid,at,actor,action,table,row_id,old_values,new_values\r\n"));
        // Devanagari comes out whole, conjuncts and all.
        QVERIFY(QString::fromUtf8(bytes).contains(QStringLiteral("रामेश्वर प्रसाद")));
        // The log as it is kept: its time, action, table and JSON (quotes doubled in CSV).
        QVERIFY2(QString::fromUtf8(bytes).contains(QStringLiteral("3,2026-11-22T10:30:00,admin,insert,settings,3,,\"{\"\"key\"\":\"\"नाम 3\"\"")),
                 bytes.constData());
        QCOMPARE(bytes.count("\r\n"), 4);
        // The page itself is in Hindi.
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("पृष्ठ 1 / 1")) || text.contains(QStringLiteral("1 / 1")));
    }

    void emptyTableSaysSo()
    {
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("empty.pdf"));
        auto pages = PdfExport::write(auditExtract(office(), {}, PrintLanguage::English, QDate(2026, 11, 22)), pdf);
        QCOMPARE(pages.value(), 1);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("pdftotext is not installed");
        QVERIFY(run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")}).contains(QStringLiteral("No entries.")));
    }

    void paperSizes_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<int>("orientation");
        QTest::addColumn<QString>("points");
        QTest::newRow("A4 portrait") << int(QPageSize::A4) << int(QPageLayout::Portrait) << "595 x 842";
        QTest::newRow("A4 landscape") << int(QPageSize::A4) << int(QPageLayout::Landscape) << "842 x 595";
        QTest::newRow("A3 portrait") << int(QPageSize::A3) << int(QPageLayout::Portrait) << "842 x 1191";
        QTest::newRow("A3 landscape") << int(QPageSize::A3) << int(QPageLayout::Landscape) << "1191 x 842";
    }
    void paperSizes()
    {
        QFETCH(int, size);
        QFETCH(int, orientation);
        QFETCH(QString, points);
        Document doc = auditExtract(office(), rows(40), PrintLanguage::Both, QDate(2026, 11, 22));
        doc.pageSize = QPageSize::PageSizeId(size);
        doc.orientation = QPageLayout::Orientation(orientation);
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("size.pdf"));
        QVERIFY(PdfExport::write(doc, pdf).ok());
        // To look at the pages by eye: GRAMDESK_KEEP_PDF=/some/folder.
        if (const QString keep = qEnvironmentVariable("GRAMDESK_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, keep + u'/' + QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-') + QStringLiteral(".pdf"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("pdfinfo is not installed");
        QVERIFY2(run(QStringLiteral("pdfinfo"), {pdf}).contains(points), qPrintable(run(QStringLiteral("pdfinfo"), {pdf})));
    }

    void slips_data()
    {
        QTest::addColumn<bool>("complaint");
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("size");
        QTest::addColumn<QString>("points");
        QTest::addColumn<bool>("longName");
        for (const bool complaint : {false, true})
            for (const char *lang : {"hi", "en", "both"})
                for (const int size : {int(QPageSize::A5), int(QPageSize::A4)})
                    for (const bool longName : {false, true})
                        QTest::addRow("%s-%s-%s%s", complaint ? "complaint" : "application", lang,
                                      size == QPageSize::A5 ? "A5" : "A4", longName ? "-long-name" : "")
                            << complaint << QString::fromLatin1(lang) << size
                            << (size == QPageSize::A5 ? QStringLiteral("420 x 595") : QStringLiteral("595 x 842")) << longName;
    }

    void slips()
    {
        QFETCH(bool, complaint);
        QFETCH(QString, language);
        QFETCH(int, size);
        QFETCH(QString, points);
        QFETCH(bool, longName);
        PrintLanguage lang = PrintLanguage::Hindi;
        // A name, a father's name, a village and documents long enough for three lines each on an A5 slip.
        const QString name = longName ? QStringLiteral("श्रीमती रामेश्वरी देवी उर्फ़ रामप्यारी पत्नी स्वर्गीय श्री रामनरेश प्रसाद "
                                                       "श्रीवास्तव निवासी मजरा पूरे तिवारी का पुरवा, ग्राम पंचायत रामपुर कलाँ")
                                      : QStringLiteral("सीता देवी");
        const QString documents = longName ? QStringLiteral("आवेदन पत्र; पहचान पत्र की छाया प्रति; परिवार रजिस्टर की पुरानी नकल; "
                                                            "राशन कार्ड की छाया प्रति; बैंक पासबुक के पहले पृष्ठ की छाया प्रति; "
                                                            "ग्राम प्रधान का सत्यापन पत्र; शपथ पत्र (नोटरी से सत्यापित)")
                                           : QStringLiteral("आवेदन पत्र; पहचान पत्र की छाया प्रति");
        QVERIFY(PrintText::fromCode(language, &lang));
        Entry e;
        e.number = complaint ? QStringLiteral("CMP/2026-27/000045") : QStringLiteral("APP/2026-27/000007");
        e.values = {{QStringLiteral("received_on"), QDate(2026, 11, 20)},
                    {QStringLiteral("due_on"), QDate(2026, 11, 24)},
                    {QStringLiteral("applicant_name"), name},
                    {QStringLiteral("complainant_name"), longName ? name : QStringLiteral("रमेश कुमार")},
                    {QStringLiteral("relative_name"), QStringLiteral("राम प्रसाद")},
                    {QStringLiteral("village"), QStringLiteral("पूरे तिवारी")},
                    {QStringLiteral("mode"), QStringLiteral("portal")},
                    {QStringLiteral("portal_ref"), QStringLiteral("IGRS-40012345")},
                    {QStringLiteral("description"), QStringLiteral("हैंडपंप खराब है, पानी नहीं आ रहा")},
                    {QStringLiteral("documents_received"), documents},
                    {QStringLiteral("fee"), QVariant::fromValue<qint64>(500)}};
        const QVariantMap master = {{QStringLiteral("name_hi"), QStringLiteral("परिवार रजिस्टर की नकल")},
                                    {QStringLiteral("name_en"), QStringLiteral("Copy of family register")},
                                    {QStringLiteral("designated_officer"), QStringLiteral("ग्राम पंचायत अधिकारी")},
                                    {QStringLiteral("first_appellate"), QStringLiteral("सहायक विकास अधिकारी (पंचायत)")}};
        const Document doc = complaint ? complaintSlip(office(), e, master, lang, QDate(2026, 11, 22), QPageSize::PageSizeId(size))
                                       : applicationSlip(office(), e, master, lang, QDate(2026, 11, 22), QPageSize::PageSizeId(size));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("slip.pdf"));
        auto pages = PdfExport::write(doc, pdf);
        QVERIFY(pages.ok());
        if (const QString keep = qEnvironmentVariable("GRAMDESK_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, keep + u'/' + QString::fromLatin1(QTest::currentDataTag()) + QStringLiteral(".pdf"));
        QCOMPARE(pages.value(), 1);  // a slip is one sheet
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(points));
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(e.number), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("24-11-2026")), qPrintable(text));  // the due date
        if (language != u"hi") {
            QVERIFY2(text.contains(complaint ? QStringLiteral("Acknowledgement of complaint")
                                             : QStringLiteral("Acknowledgement of application")),
                     qPrintable(text));
            QVERIFY(text.contains(complaint ? QStringLiteral("IGRS-40012345") : QStringLiteral("Copy of family register")));
        } else {
            QVERIFY2(!text.contains(QStringLiteral("Acknowledgement")), qPrintable(text));
        }
        if (!complaint)
            QVERIFY(text.contains(QStringLiteral("5.00")));  // the fee, ₹ 5
    }

    void vitalReceiptAndExtract()
    {
        Entry e;
        e.number = QStringLiteral("BD/2026-27/000031");
        e.values = {{QStringLiteral("event_type"), QStringLiteral("birth")},
                    {QStringLiteral("event_date"), QDate(2026, 9, 1)},
                    {QStringLiteral("reported_on"), QDate(2026, 11, 10)},
                    {QStringLiteral("name"), QStringLiteral("आरती")},
                    {QStringLiteral("sex"), QStringLiteral("female")},
                    {QStringLiteral("father_name"), QStringLiteral("राम प्रसाद")},
                    {QStringLiteral("mother_name"), QStringLiteral("सीता देवी")},
                    {QStringLiteral("place_type"), QStringLiteral("institution")},
                    {QStringLiteral("place_name"), QStringLiteral("सामुदायिक स्वास्थ्य केंद्र")},
                    {QStringLiteral("informant_name"), QStringLiteral("राम प्रसाद")},
                    {QStringLiteral("delay_days"), 70},
                    {QStringLiteral("delay_category"), QStringLiteral("permission")},
                    {QStringLiteral("fee"), QVariant::fromValue<qint64>(500)}};
        for (const PrintLanguage lang : {PrintLanguage::Hindi, PrintLanguage::English, PrintLanguage::Both}) {
            QTemporaryDir dir;
            const QString pdf = dir.filePath(QStringLiteral("receipt.pdf"));
            auto pages = PdfExport::write(vitalReceipt(office(), e, {0, 200, 500, 1000}, lang, QDate(2026, 11, 22)), pdf);
            QVERIFY(pages.ok());
            if (const QString keep = qEnvironmentVariable("GRAMDESK_KEEP_PDF"); !keep.isEmpty())
                QFile::copy(pdf, keep + QStringLiteral("/receipt-") + PrintText::code(lang) + QStringLiteral(".pdf"));
            QCOMPARE(pages.value(), 1);
            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                QSKIP("poppler-utils is not installed");
            const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            QVERIFY(text.contains(e.number));
            QVERIFY(text.contains(QStringLiteral("10-11-2026")));
            QVERIFY(text.contains(QStringLiteral("5.00")));
            if (lang != PrintLanguage::Hindi)
                QVERIFY2(text.contains(QStringLiteral("permission of the DPRO")), qPrintable(text));
        }
        QList<Entry> many;
        for (int i = 1; i <= 40; ++i) {
            Entry x = e;
            x.number = QStringLiteral("BD/2026-27/%1").arg(i, 6, 10, QLatin1Char('0'));
            many += x;
        }
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("extract.pdf"));
        auto pages = PdfExport::write(vitalRegisterExtract(office(), many, QDate(2026, 11, 1), QDate(2026, 11, 22),
                                                           PrintLanguage::Both, QDate(2026, 11, 22)),
                                      pdf);
        QVERIFY(pages.ok());
        if (const QString keep = qEnvironmentVariable("GRAMDESK_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, keep + QStringLiteral("/vital-extract.pdf"));
        QVERIFY(pages.value() >= 2);  // 40 ledger rows run over a landscape page, headers repeated
        if (QStandardPaths::findExecutable(QStringLiteral("pdfinfo")).isEmpty())
            QSKIP("poppler-utils is not installed");
        QVERIFY(run(QStringLiteral("pdfinfo"), {pdf}).contains(QStringLiteral("842 x 595")));
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY(text.contains(QStringLiteral("BD/2026-27/000040")));
        QVERIFY(text.contains(QStringLiteral("01-11-2026")));
    }

    void cashDayPageAndAbstract()
    {
        test::TestBook t;
        QVERIFY(t.create());
        QVERIFY(MasterStore(*t.book, Registers::cashAccounts())
                    .save(t.admin, {{QStringLiteral("code"), QStringLiteral("CASH")}, {QStringLiteral("name_hi"), QStringLiteral("हाथ में नकद")},
                                    {QStringLiteral("name_en"), QStringLiteral("Cash in hand")}, {QStringLiteral("kind"), QStringLiteral("cash")},
                                    {QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(100000)},
                                    {QStringLiteral("opening_date"), QDate(2026, 10, 1)}})
                    .ok());
        const auto add = [&](const char *type, qint64 paise, const char *head) {
            return EntryService(*t.book).add(t.admin, Registers::cashEntries(),
                                            {{QStringLiteral("date"), QDate(2026, 10, 1)}, {QStringLiteral("type"), QString::fromLatin1(type)},
                                             {QStringLiteral("account"), QStringLiteral("CASH")},
                                             {QStringLiteral("amount"), QVariant::fromValue<qint64>(paise)},
                                             {QStringLiteral("head"), QString::fromLatin1(head)},
                                             {QStringLiteral("particulars"), QStringLiteral("विवरण")}});
        };
        QVERIFY(add("receipt", 50000, "HOUSE-TAX").ok());
        QVERIFY(add("payment", 120050, "STATIONERY").ok());
        QVERIFY(CashBook(*t.book).closeDays(t.admin, QDate(2026, 10, 2)).ok());
        // 1 Oct: 1,000.00 + 500.00 − 1,200.50 = 299.50; 2 Oct: nil, the same balance.
        const CashDay oct1 = CashBook(*t.book).day(QDate(2026, 10, 1)).value();
        QCOMPARE(oct1.opening, 100000);
        QCOMPARE(oct1.closing, 29950);
        QCOMPARE(oct1.accounts.first().in, 50000);
        QCOMPARE(oct1.accounts.first().out, 120050);
        QVERIFY(oct1.closed);
        const auto text = [](const Document &doc) { return pdfText(doc); };
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString day = text(cashDayPage(office(), oct1, PrintLanguage::Both, QDate(2026, 11, 22)));
        QVERIFY2(day.contains(QStringLiteral("CB/2026-27/000002")), qPrintable(day));
        QVERIFY(day.contains(QStringLiteral("1,200.50")));
        QVERIFY(day.contains(QStringLiteral("299.50")));
        QVERIFY2(day.contains(QStringLiteral("Rupees Two Hundred Ninety-Nine and Fifty Paise Only")), qPrintable(day));
        const QString nil = text(cashDayPage(office(), CashBook(*t.book).day(QDate(2026, 10, 2)).value(), PrintLanguage::English,
                                             QDate(2026, 11, 22)));
        QVERIFY2(nil.contains(QStringLiteral("Nil: no receipts or payments")), qPrintable(nil));
        QVERIFY(nil.contains(QStringLiteral("299.50")));
        // Printed from the book, a closed day's page carries the book's seal; a day still open does not.
        const Document sealed = cashDayPage(*t.book, office(), oct1, PrintLanguage::English, QDate(2026, 11, 22));
        QFile list(t.path() + QStringLiteral("-seals.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QStringList last = QString::fromUtf8(list.readAll()).trimmed().split(u'\n').last().split(u'\t');
        QCOMPARE(last.value(3), QStringLiteral("cash book day 2026-10-01"));
        QCOMPARE(sealed.seal, last.value(1) + u':' + last.value(2));
        QVERIFY(text(sealed).contains(QStringLiteral("Seal ") + sealed.seal));
        const CashDay open = CashBook(*t.book).day(QDate(2026, 10, 3)).value();
        QVERIFY(!open.closed);
        QCOMPARE(cashDayPage(*t.book, office(), open, PrintLanguage::English, QDate(2026, 11, 22)).seal, QString());
        const MonthlyReport r = MonthlyReport::compute(*t.book, QStringLiteral("2026-10")).value();
        const QString abstract = text(cashAbstract(r, Charter::load(*t.book).value().cashHeads, PrintLanguage::English,
                                                   QDate(2026, 11, 22)));
        QVERIFY2(abstract.contains(QStringLiteral("House tax (HOUSE-TAX)")), qPrintable(abstract));
        QVERIFY(abstract.contains(QStringLiteral("Stationery (STATIONERY)")));
        // Both sides total the same: 1,000.00 + 500.00 = 1,200.50 + 299.50 = 1,500.00.
        QCOMPARE(abstract.count(QStringLiteral("1,500.00")), 2);
        // The same abstract in Hindi: the heads by their Hindi names, the same totals, no English left.
        const QString abstractHi = text(cashAbstract(r, Charter::load(*t.book).value().cashHeads, PrintLanguage::Hindi,
                                                     QDate(2026, 11, 22)));
        QCOMPARE(abstractHi.count(QStringLiteral("1,500.00")), 2);
        QVERIFY2(abstractHi.contains(QStringLiteral("(HOUSE-TAX)")) && !abstractHi.contains(QStringLiteral("House tax")), qPrintable(abstractHi));
        QVERIFY(!abstractHi.contains(QStringLiteral("Receipts")));
        // The two-sided book for 1–2 October: a receipt paired with a payment, the day's closing, then a nil day.
        const Table book = cashBookTable(CashBook(*t.book).days(QDate(2026, 10, 1), QDate(2026, 10, 2)).value(), PrintLanguage::English);
        QCOMPARE(book.rows.size(), 3);
        QCOMPARE(book.rows.at(0), (QStringList{QStringLiteral("01-10-2026"), QStringLiteral("CB/2026-27/000001"), QStringLiteral("विवरण"),
                                               QStringLiteral("500.00"), QString(), QStringLiteral("CB/2026-27/000002"),
                                               QStringLiteral("विवरण"), QStringLiteral("1,200.50"), QString()}));
        QCOMPARE(book.rows.at(1).mid(6), (QStringList{QStringLiteral("Closing balance"), QStringLiteral("299.50"), QStringLiteral("0.00")}));
        QCOMPARE(book.rows.at(2).mid(0, 3), (QStringList{QStringLiteral("02-10-2026"), QString(), QStringLiteral("Nil")}));
        QCOMPARE(book.rows.at(2).value(7), QStringLiteral("299.50"));
    }

    void stockLedgerPages()
    {
        test::TestBook t;
        QVERIFY(t.create());
        QVERIFY(MasterStore(*t.book, Registers::stockItems())
                    .save(t.admin, {{QStringLiteral("code"), QStringLiteral("PAPER")}, {QStringLiteral("name_hi"), QStringLiteral("कागज़ रिम")},
                                    {QStringLiteral("name_en"), QStringLiteral("Paper ream")}, {QStringLiteral("unit"), QStringLiteral("रिम")},
                                    {QStringLiteral("kind"), QStringLiteral("consumable")},
                                    {QStringLiteral("opening_qty"), QVariant::fromValue<qint64>(40000)},
                                    {QStringLiteral("opening_date"), QDate(2026, 10, 1)}})
                    .ok());
        QVERIFY(EntryService(*t.book).add(t.admin, Registers::stockMoves(),
                                         {{QStringLiteral("date"), QDate(2026, 10, 2)}, {QStringLiteral("item_code"), QStringLiteral("PAPER")},
                                          {QStringLiteral("type"), QStringLiteral("issue")},
                                          {QStringLiteral("quantity"), QVariant::fromValue<qint64>(12500)},
                                          {QStringLiteral("party"), QStringLiteral("Secretary")}})
                    .ok());
        const auto ledger = StockBook(*t.book).ledger(QStringLiteral("PAPER"), QDate(2026, 10, 1), QDate(2026, 10, 31)).value();
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("ledger.pdf"));
        const QVariantMap item = *MasterStore(*t.book, Registers::stockItems()).find(QStringLiteral("PAPER")).value();
        QVERIFY(PdfExport::write(stockLedgerDocument(office(), item, ledger, PrintLanguage::English, QDate(2026, 11, 22)), pdf).ok());
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Stock ledger")) && text.contains(QStringLiteral("Paper ream")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("12.5")));
        QVERIFY(text.contains(QStringLiteral("27.5")));
        QVERIFY(text.contains(QStringLiteral("ST/2026-27/000001")));
        // The whole register for the period holds the item's ledger.
        const QString registerPdf = dir.filePath(QStringLiteral("register.pdf"));
        QVERIFY(PdfExport::write(stockRegisterDocument(office(), {ledger}, {{QStringLiteral("PAPER"), item}}, PrintLanguage::English,
                                                       QDate(2026, 11, 22)),
                                 registerPdf)
                    .ok());
        const QString reg = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), registerPdf, QStringLiteral("-")});
        QVERIFY2(reg.contains(QStringLiteral("Stock register")) && reg.contains(QStringLiteral("Paper ream (PAPER")), qPrintable(reg));
        QVERIFY(reg.contains(QStringLiteral("27.5")));
        // The verification sheet: blank to count from, then filled in.
        const QHash<QString, QVariantMap> items{{QStringLiteral("PAPER"), item}};
        const QString blankPdf = dir.filePath(QStringLiteral("sheet.pdf"));
        QVERIFY(PdfExport::write(stockVerificationSheet(office(), QDate(2026, 11, 22), StockBook(*t.book).sheet(QDate(2026, 11, 22)).value(),
                                                        items, QStringLiteral("Pankaj"), QStringLiteral("Raju"), PrintLanguage::English,
                                                        QDate(2026, 11, 22)),
                                 blankPdf)
                    .ok());
        const QString blank = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), blankPdf, QStringLiteral("-")});
        // (pdftotext writes "fi" as a ligature, so the checks avoid it)
        QVERIFY2(blank.contains(QStringLiteral("Physical")) && blank.contains(QStringLiteral("27.5")), qPrintable(blank));
        QVERIFY(blank.contains(QStringLiteral("by: Pankaj")));
        QVERIFY(blank.contains(QStringLiteral("Custodian: Raju")));
        QList<StockBook::Count> counted = StockBook(*t.book).sheet(QDate(2026, 11, 22)).value();
        counted[0].counted = 27000;
        counted[0].explanation = QStringLiteral("half a ream torn");
        const QString filledPdf = dir.filePath(QStringLiteral("filled.pdf"));
        QVERIFY(PdfExport::write(stockVerificationSheet(office(), QDate(2026, 11, 22), counted, items, QStringLiteral("Pankaj"),
                                                        QStringLiteral("Raju"), PrintLanguage::English, QDate(2026, 11, 22)),
                                 filledPdf)
                    .ok());
        const QString filled = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), filledPdf, QStringLiteral("-")});
        QVERIFY(filled.contains(QStringLiteral("-0.5")));
        QVERIFY(filled.contains(QStringLiteral("half a ream torn")));
        // In Hindi: the item by its Hindi name, the same quantities, no English headings.
        const QString registerHi = pdfText(stockRegisterDocument(office(), {ledger}, {{QStringLiteral("PAPER"), item}}, PrintLanguage::Hindi,
                                                                 QDate(2026, 11, 22)));
        QVERIFY2(registerHi.contains(QStringLiteral("27.5")) && !registerHi.contains(QStringLiteral("Stock register")), qPrintable(registerHi));
        QVERIFY(!registerHi.contains(QStringLiteral("Paper ream")));
        const QString sheetHi = pdfText(stockVerificationSheet(office(), QDate(2026, 11, 22), counted, items, QStringLiteral("Pankaj"),
                                                               QStringLiteral("Raju"), PrintLanguage::Hindi, QDate(2026, 11, 22)));
        QVERIFY2(sheetHi.contains(QStringLiteral("-0.5")) && !sheetHi.contains(QStringLiteral("Physical")), qPrintable(sheetHi));
    }

    void fileLabelsScanBack()
    {
        test::TestBook t;
        QVERIFY(t.create());
        QList<Entry> files;
        const char *titles[] = {"स्थापना पत्रावली", "रोकड़ बही 2026-27 (खंड 2)", "Pond digging, Katra", "सूचना का अधिकार आवेदन"};
        const char *subjects[] = {"ADM", "ACC", "WRK", "RTI"};
        for (int i = 0; i < 4; ++i) {
            QVariantMap v{{QStringLiteral("subject_code"), QString::fromLatin1(subjects[i])},
                          {QStringLiteral("title"), QString::fromUtf8(titles[i])},
                          {QStringLiteral("opened_on"), QDate(2026, 5, 1 + i)},
                          {QStringLiteral("retention"), QStringLiteral("C")},
                          {QStringLiteral("retention_years"), 5}};
            if (i == 2)
                v.insert(QStringLiteral("code"), QStringLiteral("Pur/Nirman/12/2019"));
            auto e = EntryService(*t.book).add(t.admin, Registers::files(), v);
            QVERIFY(e.ok());
            files += e.value();
        }
        const auto subjectRows = Charter::load(*t.book).value().fileSubjects;
        QTemporaryDir dir;
        for (const PrintLanguage lang : {PrintLanguage::Hindi, PrintLanguage::English}) {
            const QString pdf = dir.filePath(QStringLiteral("labels.pdf"));
            QFile::remove(pdf);
            auto pages = PdfExport::write(fileLabels(office(), files, subjectRows, lang, QDate(2026, 11, 22)), pdf);
            QVERIFY(pages.ok());
            QCOMPARE(pages.value(), 1);
            if (const QString keep = qEnvironmentVariable("GRAMDESK_KEEP_PDF"); !keep.isEmpty())
                QFile::copy(pdf, keep + QStringLiteral("/labels-") + PrintText::code(lang) + QStringLiteral(".pdf"));
            if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty()
                || QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
                QSKIP("poppler-utils or zbar-tools is not installed");
            // The page as a scanner sees it, and every code read back from its QR code.
            QProcess::execute(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                                           QStringLiteral("-singlefile"), pdf, dir.filePath(QStringLiteral("page"))});
            QStringList read = run(QStringLiteral("zbarimg"), {QStringLiteral("--quiet"), QStringLiteral("--raw"),
                                                               dir.filePath(QStringLiteral("page.png"))})
                                   .split(u'\n', Qt::SkipEmptyParts);
            read.sort();
            QStringList expected{QStringLiteral("123456/ADM/0001/2026-27"), QStringLiteral("123456/ACC/0001/2026-27"),
                                 QStringLiteral("Pur/Nirman/12/2019"), QStringLiteral("123456/RTI/0001/2026-27")};
            expected.sort();
            QCOMPARE(read, expected);
        }
        // The shelf list says who has a file that is out; the list of destroyed files gives the order.
        QHash<QString, QString> outWith{{files.at(1).number, QStringLiteral("Auditor")}};
        const QString shelf = pdfText(shelfListDocument(office(), QStringLiteral("Record room"), QStringLiteral("Almirah 1"), files,
                                                        outWith, subjectRows, PrintLanguage::English, QDate(2026, 11, 22)));
        QVERIFY2(shelf.contains(QStringLiteral("Record room › Almirah 1")) && shelf.contains(QStringLiteral("Auditor")), qPrintable(shelf));
        QVERIFY(shelf.contains(QStringLiteral("Accounts (ACC)")));
        Entry destroyed = files.at(2);
        destroyed.values.insert(QStringLiteral("destroyed_on"), QDate(2026, 3, 20));
        destroyed.values.insert(QStringLiteral("destruction_order"), QStringLiteral("DPRO/2026/7"));
        const QString list = pdfText(fileListDocument(office(), "Destroyed files", QStringLiteral("1 file"), {destroyed}, subjectRows,
                                                      PrintLanguage::Both, QDate(2026, 11, 22)));
        QVERIFY2(list.contains(QStringLiteral("20-03-2026, DPRO/2026/7")) && list.contains(QStringLiteral("Pur/Nirman/12/2019")),
                 qPrintable(list));
    }

    void readinessGapReportPages()
    {
        test::TestBook t;
        QVERIFY(t.create());
        MasterStore store(*t.book, Registers::readinessItems());
        const auto set = [&](const char *code, const char *status, const QDate &target) {
            QVariantMap row = *store.find(QString::fromLatin1(code)).value();
            row.insert(QStringLiteral("status"), QString::fromLatin1(status));
            row.insert(QStringLiteral("target_date"), target.isValid() ? QVariant(target) : QVariant());
            row.insert(QStringLiteral("owner"), QStringLiteral("सचिव"));
            return store.save(t.admin, row).ok();
        };
        for (int i = 1; i <= 20; ++i)
            QVERIFY(set(qPrintable(QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'))), "done", {}));
        QVERIFY(set("21", "not_applicable", {}));
        QVERIFY(set("24", "in_progress", QDate(2026, 12, 15)));
        QVERIFY(set("12", "in_progress", QDate(2026, 12, 1)));  // fire training: not done after all
        const auto items = Readiness(*t.book).items(QDate(2026, 11, 22)).value();
        // 19 done of 24 applicable: 79.17%; gaps 12 (1 Dec), 24 (15 Dec), then 22, 23, 25.
        const QString en = pdfText(readinessGapReport(office(), items, PrintLanguage::English, QDate(2026, 11, 22)));
        QVERIFY2(en.contains(QStringLiteral("Readiness 79.17% — 19 of 24 applicable items done")), qPrintable(en));
        QVERIFY(en.indexOf(QStringLiteral("Fire-")) < en.indexOf(QStringLiteral("Regular meetings")));
        QVERIFY(en.indexOf(QStringLiteral("Regular meetings")) < en.indexOf(QStringLiteral("Infant feeding")));
        QVERIFY(!en.contains(QStringLiteral("Notice board")));  // done items are not gaps
        const QString hi = pdfText(readinessGapReport(office(), items, PrintLanguage::Hindi, QDate(2026, 11, 22)));
        QVERIFY2(hi.contains(QStringLiteral("79.17%")) && !hi.contains(QStringLiteral("Readiness")), qPrintable(hi));
        QVERIFY2(!hi.contains(QStringLiteral("No entries in the last 30 days")), qPrintable(hi));  // what the books show, in Hindi too
    }

    void monthClosingPages()
    {
        MonthClosing c;
        c.month = QStringLiteral("2026-10");
        c.cashBook = 50000;
        c.cashCounted = 40000;
        c.count.pieces = {{200, 2}};
        c.count.explanation = QStringLiteral("₹ 100 paid for tea, voucher to follow");
        BankReconciliation b;
        b.account = QStringLiteral("SBI");
        b.book = 3900000;
        b.statement = 5007000;
        b.chequesNotPresented = 1200000;
        b.depositsNotCredited = 100000;
        b.chargesNotBooked = 5000;
        b.interestNotBooked = 12000;
        c.banks = {b};
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("month.pdf"));
        auto pages = PdfExport::write(monthClosingDocument(office(), c, PrintLanguage::Both, QDate(2026, 11, 22)), pdf);
        QVERIFY(pages.ok());
        QCOMPARE(pages.value(), 1);
        if (const QString keep = qEnvironmentVariable("GRAMDESK_KEEP_PDF"); !keep.isEmpty())
            QFile::copy(pdf, keep + QStringLiteral("/month-closing.pdf"));
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("Bank reconciliation statement: SBI")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("39,000.00")));   // the book
        QVERIFY(text.contains(QStringLiteral("12,000.00")));   // cheques not presented
        QCOMPARE(text.count(QStringLiteral("50,070.00")), 2);   // what the statement should show, and shows
        QVERIFY(text.contains(QStringLiteral("-100.00")));     // the cash short
        QVERIFY(text.contains(QStringLiteral("voucher to follow")));
    }

    void monthlyReportPages()
    {
        MonthlyReport r;
        r.month = QStringLiteral("2026-10");
        r.first = QDate(2026, 10, 1);
        r.last = QDate(2026, 10, 31);
        r.office = office();
        r.visitors = {1660, 1170, Hundredths{349}, Hundredths{352}};
        r.applications = {335, 300, 256, 20, 139, 30, Hundredths::ratio(256, 300)};
        r.complaints = {260, 253, 210, 77, 23, Hundredths::ratio(210, 253)};
        for (const PrintLanguage lang : {PrintLanguage::English, PrintLanguage::Both}) {
            QTemporaryDir dir;
            const QString pdf = dir.filePath(QStringLiteral("report.pdf"));
            QVERIFY(PdfExport::write(monthlyReportDocument(r, nullptr, lang, QDate(2026, 11, 22)), pdf).ok());
            if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
                QSKIP("poppler-utils is not installed");
            const QString text = run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
            QVERIFY2(text.contains(QStringLiteral("Monthly report of the secretary")), qPrintable(text));
            QVERIFY(text.contains(QStringLiteral("October 2026")));
            QVERIFY(text.contains(QStringLiteral("1,660")));
            QVERIFY(text.contains(QStringLiteral("85.33")));  // 256 of 300 delivered in time
            QVERIFY(text.contains(QStringLiteral("83.00")));  // 210 of 253 disposed in time
            QVERIFY(text.contains(QStringLiteral("3.49")));
        }
        // With the twelve months: the first page's figures and charts, then the registers from page 2.
        MonthlyTrend trend;
        for (int i = 11; i >= 0; --i) {
            trend.months += QDate(2026, 10, 1).addMonths(-i);
            trend.servicesInTimePct += Hundredths::ratio(80 + i, 100);
            trend.complaintsInTimePct += i == 5 ? Hundredths{} : Hundredths::ratio(70, 100);
            trend.visitors += 1500 + 10 * i;
            trend.receipts += 2500000;
            trend.payments += 1800000;
        }
        r.cash.closing = 39659000;
        const QString front = pdfText(monthlyReportDocument(r, &trend, PrintLanguage::English, QDate(2026, 11, 22)));
        const QString flat = QString(front).simplified();
        QVERIFY2(flat.contains(QStringLiteral("The month at a glance")), qPrintable(front));
        QVERIFY(flat.contains(QStringLiteral("85.33%")));
        QVERIFY(flat.contains(QStringLiteral("of 300 services")));  // (boxes side by side interleave their lines)
        QVERIFY(flat.contains(QStringLiteral("30 overdue")));
        QVERIFY(flat.contains(QStringLiteral("₹ 3,96,590.00")));
        QVERIFY(flat.contains(QStringLiteral("The last twelve months (November 2025 – October 2026)")));
        QVERIFY(flat.contains(QStringLiteral("Nov")) && flat.contains(QStringLiteral("Oct")));
        QVERIFY(front.indexOf(QStringLiteral("Register by register")) > front.indexOf(QStringLiteral("Page 1 of")));
    }

    // A chart's scale in the Indian words for large sums.
    void chartScalesInLakhAndCrore()
    {
        using gd::PrintLanguage;
        using gd::layout::Layout;
        QCOMPARE(Layout::axisNumber(7400, PrintLanguage::Hindi), QStringLiteral("7.4 हज़ार"));
        QCOMPARE(Layout::axisNumber(740000, PrintLanguage::Hindi), QStringLiteral("7.4 लाख"));
        QCOMPARE(Layout::axisNumber(2500000, PrintLanguage::Both), QStringLiteral("25 लाख"));
        QCOMPARE(Layout::axisNumber(12000000, PrintLanguage::Hindi), QStringLiteral("1.2 करोड़"));
        QCOMPARE(Layout::axisNumber(740000, PrintLanguage::English), QStringLiteral("7.4 lakh"));
        QCOMPARE(Layout::axisNumber(100000, PrintLanguage::English), QStringLiteral("1 lakh"));
        QCOMPARE(Layout::axisNumber(7400, PrintLanguage::English), QStringLiteral("7.4k"));
        QCOMPARE(Layout::axisNumber(950, PrintLanguage::Hindi), QStringLiteral("950"));
    }

    // The page the secretary signs for the money and the stock: each account's opening, receipts, payments,
    // transfers and closing, the heads, each item; and the same in the PDF's attached CSVs (figures worked out by
    // hand: cash 1,200 + 31,847 − 5,460 − 27,000 = 587; SBI 6,51,159 − 3,24,953 + 27,000 = 3,53,206).
    void monthlyReportCashPage()
    {
        MonthlyReport r;
        r.month = QStringLiteral("2026-11");
        r.first = QDate(2026, 11, 1);
        r.last = QDate(2026, 11, 30);
        r.office = office();
        r.cash.accounts = {{QStringLiteral("CASH"), QStringLiteral("हाथ में नकद"), QStringLiteral("Cash in hand"), 120000, 3184700,
                            546000, 0, 2700000, 58700},
                           {QStringLiteral("SBI"), QStringLiteral("भारतीय स्टेट बैंक"), QStringLiteral("State Bank of India"),
                            65115900, 0, 32495300, 2700000, 0, 35320600}};
        r.cash.opening = 65235900;
        r.cash.receipts = 3184700;
        r.cash.payments = 33041300;
        r.cash.closing = 35379300;
        r.cash.byHead = {{QStringLiteral("HOUSE-TAX"), QStringLiteral("गृह कर"), QStringLiteral("House tax"), 3184700, 0},
                         {QStringLiteral("WORKS"), QStringLiteral("निर्माण कार्य"), QStringLiteral("Works"), 0, 33041300}};
        r.stock = {{QStringLiteral("PEN"), QStringLiteral("पेन"), QStringLiteral("Pen"), QStringLiteral("नग"), 59000, 0, 15000, 44000}};
        const Document doc = monthlyReportDocument(r, nullptr, PrintLanguage::English, QDate(2026, 12, 7));
        QMap<QString, Table> attached;
        for (const DocumentBlock &block : doc.blocks)
            if (const Table *t = std::get_if<Table>(&block); t && !t->attachmentName.isEmpty())
                attached.insert(t->attachmentName, *t);
        QCOMPARE(attached.keys(), (QStringList{QStringLiteral("cash-accounts.csv"), QStringLiteral("cash-by-head.csv"),
                                               QStringLiteral("stock.csv")}));
        const Table accounts = attached.value(QStringLiteral("cash-accounts.csv"));
        QCOMPARE(accounts.rows.at(1), (QStringList{QStringLiteral("State Bank of India (SBI)"), QStringLiteral("₹ 6,51,159.00"),
                                                  QStringLiteral("₹ 0.00"), QStringLiteral("₹ 3,24,953.00"),
                                                  QStringLiteral("₹ 27,000.00"), QStringLiteral("₹ 0.00"),
                                                  QStringLiteral("₹ 3,53,206.00")}));
        QCOMPARE(accounts.csvRows.at(0), (QStringList{QStringLiteral("CASH"), QStringLiteral("1200.00"), QStringLiteral("31847.00"),
                                                     QStringLiteral("5460.00"), QStringLiteral("0.00"), QStringLiteral("27000.00"),
                                                     QStringLiteral("587.00")}));
        QCOMPARE(accounts.csvRows.at(2), (QStringList{QStringLiteral("total"), QStringLiteral("652359.00"), QStringLiteral("31847.00"),
                                                     QStringLiteral("330413.00"), QStringLiteral("27000.00"), QStringLiteral("27000.00"),
                                                     QStringLiteral("353793.00")}));
        QCOMPARE(attached.value(QStringLiteral("cash-by-head.csv")).csvRows.at(1),
                 (QStringList{QStringLiteral("WORKS"), QStringLiteral("0.00"), QStringLiteral("330413.00")}));
        QCOMPARE(attached.value(QStringLiteral("stock.csv")).csvRows.at(0),
                 (QStringList{QStringLiteral("PEN"), QStringLiteral("नग"), QStringLiteral("59"), QStringLiteral("0"),
                              QStringLiteral("15"), QStringLiteral("44")}));
        // In Hindi the accounts go by their Hindi names.
        const Document hindi = monthlyReportDocument(r, nullptr, PrintLanguage::Hindi, QDate(2026, 12, 7));
        bool sbiInHindi = false;
        for (const DocumentBlock &block : hindi.blocks)
            if (const Table *t = std::get_if<Table>(&block); t && t->attachmentName == u"cash-accounts.csv")
                sbiInHindi = t->rows.at(1).first() == QStringLiteral("भारतीय स्टेट बैंक (SBI)");
        QVERIFY(sbiInHindi);
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
        const QString text = pdfText(doc).simplified();
        QVERIFY2(text.contains(QStringLiteral("Cash book: each cash and bank account")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("₹ 3,53,206.00")));
        QVERIFY(text.contains(QStringLiteral("₹ 3,53,793.00")));  // all accounts at month end
        QVERIFY(text.contains(QStringLiteral("Receipts and payments by head of account")));
        QVERIFY(text.contains(QStringLiteral("Pen (PEN)")));
    }
};

QTEST_MAIN(TestDocuments)
#include "tst_documents.moc"
