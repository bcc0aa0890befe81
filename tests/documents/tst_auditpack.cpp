// The audit pack: what a GP hands the certification body, built from a small book worked out by hand and read
// back from the PDF (text with pdftotext, pictures with pdfimages), in English, Hindi and both.

#include "PdfText.h"
#include "TestBook.h"
#include "documents/AuditPack.h"
#include "registers/EntryService.h"
#include "registers/Masters.h"
#include "registers/Readiness.h"
#include "reports/AuditPackFigures.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTest>

using namespace gd;
using namespace gd::test;
using namespace gd::test::shorthand;

namespace {

QByteArray png(const QColor &colour, int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

}  // namespace

class TestAuditPack : public QObject {
    Q_OBJECT

    TestBook t;

    void master(const RegisterDef &def, const QVariantMap &row)
    {
        if (auto s = MasterStore(*t.book, def).save(t.admin, row); !s)
            qFatal("%s", qPrintable(s.error().message));
    }

    QString pack(PrintLanguage language, QString *pdfPath = nullptr, QTemporaryDir *dir = nullptr)
    {
        auto doc = auditPack(*t.book, {d("2026-10-01"), d("2026-11-22"), language, d("2026-11-22")});
        if (!doc)
            qFatal("%s", qPrintable(doc.error().message));
        if (pdfPath && dir) {
            *pdfPath = dir->filePath(QStringLiteral("pack.pdf"));
            if (!PdfExport::write(doc.value(), *pdfPath).ok())
                return {};
            keepPdf(doc.value(), *pdfPath);
            return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), *pdfPath, QStringLiteral("-")});
        }
        return pdfText(doc.value());
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty())
            QSKIP("poppler-utils is not installed");
        QVERIFY(t.create());
        t.add(Registers::qualityPolicy(), {{q("adopted_on"), d("2026-08-15")}, {q("adopted_by"), q("GP meeting, resolution 7")},
                                         {q("text_hi"), q("हम हर नागरिक को तय समय में सेवा देंगे।")},
                                         {q("text_en"), q("We serve every citizen within the promised time.")},
                                         {q("review_on"), d("2027-08-15")}});
        // Services: 3 delivered in October, 2 of them in time (66.67%) against a target of 95%.
        for (const auto &[received, closed] : {std::pair{"2026-10-01", "2026-10-05"}, std::pair{"2026-10-10", "2026-10-20"},
                                               std::pair{"2026-10-19", "2026-10-21"}})
            t.add(Registers::applications(), {{q("service_code"), q("FAMREG-COPY")}, {q("received_on"), d(received)},
                                            {q("applicant_name"), q("आवेदक")}, {q("status"), q("delivered")},
                                            {q("closed_on"), d(closed)}});
        master(Registers::qualityObjectives(), {{q("code"), q("Q1")}, {q("name_hi"), q("समय पर सेवा")},
                                                {q("name_en"), q("Services on time")}, {q("measure"), q("services_in_time")},
                                                {q("comparison"), q("at_least")}, {q("target"), qint64(95000)},
                                                {q("owner"), q("Secretary")}, {q("active"), q("yes")}});
        master(Registers::qualityRoles(), {{q("code"), q("QMR")}, {q("name_hi"), q("गुणवत्ता प्रबंधन प्रतिनिधि")},
                                           {q("name_en"), q("Quality management representative")}, {q("holder"), q("Suresh Yadav")},
                                           {q("responsibilities"), q("Keeps the quality system")}, {q("circle"), q("convenor")},
                                           {q("active"), q("yes")}});
        // Item 04 done, with two photos and a scan.
        QVariantMap item = *MasterStore(*t.book, Registers::readinessItems()).find(q("04")).value();
        item.insert(q("status"), q("done"));
        master(Registers::readinessItems(), item);
        Readiness r(*t.book);
        QVERIFY(r.addEvidence(t.admin, q("04"), q("board.png"), q("image/png"), png(Qt::red, 1600, 1200), q("Charter board")).ok());
        QVERIFY(r.addEvidence(t.admin, q("04"), q("wall.png"), q("image/png"), png(Qt::blue, 600, 900), {}).ok());
        QVERIFY(r.addEvidence(t.admin, q("04"), q("resolution-scan.pdf"), q("application/pdf"), QByteArray("%PDF-1.4 scan"), {}).ok());
        const Entry gp = t.add(Registers::meetings(), {{q("kind"), q("gp")}, {q("held_on"), d("2026-10-05")}, {q("members"), 15},
                                                     {q("present"), 11}, {q("presided_by"), q("Pradhan")},
                                                     {q("resolutions"), q("Adopt the citizen charter")}});
        t.add(Registers::meetingActions(), {{q("meeting_no"), gp.number}, {q("decided_on"), d("2026-10-05")},
                                          {q("action"), q("Paint the charter board")}, {q("owner"), q("Secretary")},
                                          {q("due_on"), d("2026-10-31")}});
        t.add(Registers::meetings(), {{q("kind"), q("gp")}, {q("held_on"), d("2026-09-05")}, {q("members"), 15},
                                    {q("present"), 12}, {q("resolutions"), q("September resolution")}});  // before the period
        t.add(Registers::trainings(), {{q("held_on"), d("2026-11-05")}, {q("topic"), q("ISO awareness")}, {q("kind"), q("iso")},
                                     {q("attendees"), q("Ramesh Kumar\nSita Devi")}, {q("hours"), qint64(2500)}});
        t.add(Registers::surveys(), {{q("done_on"), d("2026-10-15")}, {q("title"), q("Satisfaction survey")},
                                   {q("method"), q("door_to_door")}, {q("respondents"), 40}, {q("satisfied"), 34},
                                   {q("findings"), q("Queue too long")}});
        t.add(Registers::auditFindings(), {{q("found_on"), d("2026-10-10")}, {q("audit"), q("internal")}, {q("type"), q("minor")},
                                         {q("clause"), q("7.5.3")}, {q("finding"), q("Twelve files not listed")},
                                         {q("action"), q("List every file")}, {q("owner"), q("Secretary")},
                                         {q("due_on"), d("2026-10-31")}});
        t.add(Registers::auditFindings(), {{q("found_on"), d("2026-10-11")}, {q("audit"), q("internal")}, {q("type"), q("observation")},
                                         {q("finding"), q("Old notice board")}, {q("action"), q("New board")},
                                         {q("done_on"), d("2026-10-12")}});
        t.add(Registers::risks(), {{q("identified_on"), d("2026-10-01")}, {q("risk"), q("Fire in the record room")},
                                 {q("likelihood"), 3}, {q("impact"), 5}, {q("status"), q("open")}});
    }

    void english()
    {
        QTemporaryDir dir;
        QString pdf;
        const QString text = pack(PrintLanguage::English, &pdf, &dir);
        const QString flat = QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        QVERIFY2(flat.contains(q("ISO 9001 audit pack")), qPrintable(text));
        QVERIFY(flat.contains(q("Period 01-10-2026 – 22-11-2026")));
        // The book's seal at the foot of every page, the one now at the end of the list beside the book.
        QFile list(t.path() + q("-seals.txt"));
        QVERIFY(list.open(QIODevice::ReadOnly));
        const QStringList last = QString::fromUtf8(list.readAll()).trimmed().split(u'\n').last().split(u'\t');
        QCOMPARE(last.value(3), q("audit pack 2026-10-01 – 2026-11-22"));
        const QString seal = q("Seal ") + last.value(1) + u':' + last.value(2);
        QVERIFY(pdfPages(pdf) >= 2);
        QCOMPARE(flat.count(seal), pdfPages(pdf));
        // Overview: 1 of 25 items done (4%); the objective measured and missed; one corrective action open.
        QVERIFY2(flat.contains(q("4.00% — 1 of 25 applicable items done")), qPrintable(flat));
        QVERIFY(flat.contains(q("0 of 1 measured (1 objectives in all)")));
        QVERIFY(flat.contains(q("We serve every citizen within the promised time.")));
        QVERIFY(!flat.contains(q("हम हर नागरिक")));
        QVERIFY(flat.contains(q("Adopted on 15-08-2026")));
        QVERIFY(flat.contains(q("at least 95%")));
        QVERIFY(flat.contains(q("66.67")));
        QVERIFY(flat.contains(q("Suresh Yadav")));
        QVERIFY(flat.contains(q("resolution-scan.pdf")));
        QVERIFY(flat.contains(q("04 · 22-11-2026")));  // a photo's caption
        QVERIFY(flat.contains(q("MTG/2026-27/000001")));
        QVERIFY(!flat.contains(q("September resolution")));  // held before the period
        QVERIFY(flat.contains(q("Paint the charter board")));  // the open action
        QVERIFY(flat.contains(q("Ramesh Kumar, Sita Devi")));
        QVERIFY(flat.contains(q("34 (85%)")));
        QVERIFY(flat.contains(q("Twelve")));  // (pdftotext writes "fi" as a ligature)
        QVERIFY(!flat.contains(q("Old notice board")));  // closed: not among the open actions
        QVERIFY(flat.contains(q("minor nonconformity: 1, observation: 1")));
        QVERIFY(flat.contains(q("Fire in the record room")));
        QVERIFY(flat.contains(q("15 (3 × 5)")));
        QVERIFY(flat.contains(q("3 delivered, 2 of them in time (66.67%)")));
        // The registers' summary: one GP meeting in the period, two attendances, 34 of 40 satisfied, one high risk.
        QVERIFY(flat.contains(q("Gram Panchayat 1, Gram Sabha 0, committees, audits, drills and reviews 0")));
        QVERIFY(flat.contains(q("2 attendances")));
        QVERIFY(flat.contains(q("40 citizens asked, 34 ")) && flat.contains(q("(85.00%)")));  // ("fi" is a ligature)
        QVERIFY(flat.contains(q("not closed now 1, of them scoring 15 or more 1")));
        QVERIFY(flat.contains(q("corrective actions not closed now: 1")));
        // The two photos are in the PDF as pictures, scaled down to at most 480 pixels.
        if (QStandardPaths::findExecutable(QStringLiteral("pdfimages")).isEmpty())
            QSKIP("pdfimages is not installed");
        const QStringList images = run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf})
                                       .split(u'\n', Qt::SkipEmptyParts)
                                       .mid(2);
        QCOMPARE(images.size(), 2);
        QVERIFY2(images.at(0).contains(QRegularExpression(QStringLiteral("\\s480\\s+360\\s"))), qPrintable(images.at(0)));
        QVERIFY2(images.at(1).contains(QRegularExpression(QStringLiteral("\\s320\\s+480\\s"))), qPrintable(images.at(1)));
    }

    // The pack's figures as data (report audit-pack --json), each worked out from what initTestCase wrote.
    void theFiguresAsJson()
    {
        auto figures = AuditPackFigures::compute(*t.book, d("2026-10-01"), d("2026-11-22"), d("2026-11-22"));
        QVERIFY(figures.ok());
        const QJsonObject o = QJsonDocument::fromJson(figures.value().toJson()).object();
        QCOMPARE(o.value(q("schema")).toString(), q("gramdesk.audit-pack/1"));
        QCOMPARE(o.value(q("office")).toObject().value(q("lgd_code")).toString(), q("123456"));
        QCOMPARE(o.value(q("from")).toString(), q("2026-10-01"));
        const QJsonObject readiness = o.value(q("readiness")).toObject();
        QCOMPARE(readiness.value(q("done")).toInt(), 1);  // item 04
        QCOMPARE(readiness.value(q("applicable")).toInt(), 25);
        QCOMPARE(readiness.value(q("score_pct")).toDouble(), 4.0);  // 1 ÷ 25
        QCOMPARE(o.value(q("policy")).toObject().value(q("adopted_on")).toString(), q("2026-08-15"));
        // Q1: 3 delivered, 2 in time = 66.67%, against at least 95%: not met.
        const QJsonObject q1 = o.value(q("objectives")).toArray().at(0).toObject();
        QCOMPARE(q1.value(q("code")).toString(), q("Q1"));
        QCOMPARE(q1.value(q("value")).toDouble(), 66.67);
        QCOMPARE(q1.value(q("counted")).toInt(), 3);
        QCOMPARE(q1.value(q("met")).toBool(true), false);
        // One GP meeting in the period (September's is before it); its action open and past 31 October.
        const QJsonObject meetings = o.value(q("meetings")).toObject();
        QCOMPARE(meetings.value(q("held")).toInt(), 1);
        QCOMPARE(meetings.value(q("by_kind")).toObject().value(q("gp")).toInt(), 1);
        QCOMPARE(meetings.value(q("open_actions")).toInt(), 1);
        QCOMPARE(meetings.value(q("overdue_actions")).toInt(), 1);
        QCOMPARE(o.value(q("trainings")).toObject().value(q("attendances")).toInt(), 2);  // Ramesh Kumar, Sita Devi
        const QJsonObject surveys = o.value(q("surveys")).toObject();
        QCOMPARE(surveys.value(q("asked")).toInt(), 40);
        QCOMPARE(surveys.value(q("satisfied")).toInt(), 34);
        QCOMPARE(surveys.value(q("satisfied_pct")).toDouble(), 85.0);
        const QJsonObject findings = o.value(q("findings")).toObject();
        QCOMPARE(findings.value(q("in_period")).toObject().value(q("minor")).toInt(), 1);
        QCOMPARE(findings.value(q("in_period")).toObject().value(q("observation")).toInt(), 1);
        QCOMPARE(findings.value(q("closed_since")).toInt(), 1);  // the old notice board
        QCOMPARE(findings.value(q("open_corrective_actions")).toInt(), 1);
        QCOMPARE(o.value(q("risks")).toObject().value(q("scoring_15_or_more")).toInt(), 1);  // 3 × 5
        // The registers in the pack's order, with their entries dated in the period.
        QStringList registers;
        for (const QJsonValue &r : o.value(q("registers")).toArray())
            registers += r.toObject().value(q("register")).toString() + u'=' + QString::number(r.toObject().value(q("entries")).toInt());
        QCOMPARE(registers, QStringList({q("visitors=0"), q("applications=3"), q("complaints=0"), q("vital-events=0"),
                                         q("cash-entries=0"), q("stock-moves=0"), q("files=0"), q("file-movements=0"),
                                         q("meetings=1"), q("meeting-actions=1"), q("risks=1"), q("trainings=1"), q("surveys=1"),
                                         q("audit-findings=2")}));
        QCOMPARE(o.value(q("period")).toObject().value(q("applications")).toObject().value(q("delivered")).toInt(), 3);
    }

    void hindi()
    {
        const QString text = pack(PrintLanguage::Hindi);
        const QString flat = QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        // (pdftotext loses some vowel signs of shaped Devanagari, so the checks use words it keeps whole.)
        QVERIFY2(flat.contains(q("हम हर")), qPrintable(flat));
        QVERIFY(flat.contains(q("QP/2026-27/000001")));
        QVERIFY(!flat.contains(q("We serve every citizen")));
        // No English heading or label is left.
        for (const char *english : {"Quality policy", "Quality objectives", "Steps to certification", "Meetings held",
                                    "Trainings in the period", "Open corrective", "The registers in the period",
                                    "Readiness", "delivered", "at least", "minor nonconformity", "Evidence"})
            QVERIFY2(!flat.contains(q(english)), english);
        QVERIFY(flat.contains(q("66.67")));
    }

    void bothLanguages()
    {
        const QString text = pack(PrintLanguage::Both);
        const QString flat = QString(text).replace(QRegularExpression(QStringLiteral("\\s+")), QStringLiteral(" "));
        QVERIFY(flat.contains(q("हम हर")));
        QVERIFY(flat.contains(q("We serve every citizen within the promised time.")));
    }
};

QTEST_MAIN(TestAuditPack)
#include "tst_auditpack.moc"
