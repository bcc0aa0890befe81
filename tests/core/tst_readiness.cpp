// The Annexure-2 readiness tracker: the seeded items, the score and gap list, what the books show beside the
// office's own status, recurring checks, evidence, and the readiness section of the monthly report, against
// values worked out by hand.

#include "TestBook.h"
#include "registers/CsvTransfer.h"
#include "registers/EntryService.h"
#include "registers/Masters.h"
#include "registers/Readiness.h"
#include "reports/MonthlyReport.h"
#include "storage/Book.h"
#include "storage/SchemaParts.h"

#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

QString q(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

}  // namespace

class TestReadiness : public QObject {
    Q_OBJECT

    static void set(TestBook &t, const char *code, const char *status, QDate target = {}, QDate checked = {},
                    const char *frequency = nullptr)
    {
        MasterStore store(*t.book, Registers::readinessItems());
        QVariantMap row = *store.find(q(code)).value();
        if (frequency)
            row.insert(q("frequency"), q(frequency));
        row.insert(q("status"), q(status));
        row.insert(q("target_date"), target.isValid() ? QVariant(target) : QVariant());
        row.insert(q("last_checked"), checked.isValid() ? QVariant(checked) : QVariant());
        const Status s = store.save(t.admin, row);
        QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    }

    static ReadinessItem item(TestBook &t, const char *code)
    {
        const auto all = Readiness(*t.book).items(t.clock.today()).value();
        for (const ReadinessItem &i : all)
            if (i.code() == q(code))
                return i;
        return {};
    }

private slots:
    // Schema step 19 on a book seeded before it: an item still in its abridged seeded words takes the order's words,
    // an item the office reworded keeps its own, and item 17 is judged from the emergency numbers.
    void olderItemsTakeTheOrdersWordsUnlessTheOfficeEditedThem()
    {
        TestBook t;
        QVERIFY(t.create());
        t.book->setActor(q("admin"));
        QVERIFY(t.book->exec(q("UPDATE readiness_items SET name_hi = ? WHERE code = '07'"),
                             {q("दी जाने वाली सर्विसेज का दीवार लेखन/फ्लेक्सी बोर्ड पर प्रदर्शन")}).ok());
        QVERIFY(t.book->exec(q("UPDATE readiness_items SET name_hi = ? WHERE code = '03'"), {q("कर्मचारियों का बोर्ड")}).ok());
        QVERIFY(t.book->exec(q("UPDATE readiness_items SET live_check = '' WHERE code = '17'")).ok());
        QVERIFY(t.book->transact([&] { return schema::stepReadinessWords(*t.book); }).ok());
        const auto name = [&](const char *code) {
            return t.book->scalar(q("SELECT name_hi FROM readiness_items WHERE code = ?"), {q(code)}).value().toString();
        };
        QCOMPARE(name("07"), q("ग्राम सचिवालय द्वारा दी जाने वाली सर्विसेज का दीवार लेखन/फ्लेक्सी बोर्ड पर प्रदर्शन"));
        QCOMPARE(name("03"), q("कर्मचारियों का बोर्ड"));
        QCOMPARE(t.book->scalar(q("SELECT live_check FROM readiness_items WHERE code = '17'")).value().toString(), q("emergency"));
        // With a number on the list, item 17 shows it.
        QVERIFY(MasterStore(*t.book, Registers::emergencyNumbers())
                    .save(t.admin, {{q("code"), q("POLICE")}, {q("name_hi"), q("पुलिस")}, {q("number"), q("112")}})
                    .ok());
        QVERIFY(item(t, "17").booksShow);
        QCOMPARE(item(t, "17").live.en, q("1 emergency number on the list to display"));
    }

    void seededItemsScoreAndGaps()
    {
        TestBook t;
        QVERIFY(t.create());
        auto items = Readiness(*t.book).items(t.clock.today()).value();
        QCOMPARE(items.size(), 25);
        // The order's own words (DOMAIN.md), not the abridged text the first books were seeded with.
        QCOMPARE(items.at(9).row.value(q("name_hi")).toString(),
                 q("ग्राम सचिवालय द्वारा निर्गत की जा रही सर्विस में लगने वाला समय, कर्मचारियों का व्यवहार आदि पर आगंतुक से "
                   "फीडबैक प्राप्त करना"));
        QCOMPARE(items.at(22).row.value(q("name_hi")).toString(),
                 q("आवश्यक अभिलेखों जैसे-ग्राम पंचायत शिकायत रजिस्टर, समितियों एवं ग्राम सभा के बैठकों की कार्यवाही रजिस्टर, "
                   "जन्म-मृत्यु रजिस्टर, परिवार रजिस्टर, स्टॉक रजिस्टर, केश-बुक, उपस्थिति रजिस्टर, आगंतुक रजिस्टर आदि की व्यवस्था"));
        // A new book has no emergency numbers, and item 17 says so.
        QVERIFY(items.at(16).judged && !items.at(16).booksShow);
        QCOMPARE(items.at(16).live.en, q("No emergency numbers on the list yet: add them under Emergency numbers and print the sheet"));
        QCOMPARE(items.at(16).row.value(q("name_en")).toString(), q("Emergency numbers displayed"));
        // A new book: nothing done, everything applies: 0 of 25.
        Readiness::Score sc = Readiness::score(items);
        QCOMPARE(sc.done, 0);
        QCOMPARE(sc.applicable, 25);
        QCOMPARE(sc.pct.json(), q("0.00"));

        for (const char *code : {"01", "02", "03", "04", "05"})
            set(t, code, "done");
        set(t, "21", "not_applicable");
        set(t, "22", "not_applicable");
        set(t, "07", "in_progress", QDate(2026, 12, 31));
        set(t, "08", "not_started", QDate(2026, 12, 1));
        items = Readiness(*t.book).items(t.clock.today()).value();
        sc = Readiness::score(items);
        // 5 done of 25 − 2 not applicable = 23: 5 ÷ 23 = 21.739…%
        QCOMPARE(sc.done, 5);
        QCOMPARE(sc.applicable, 23);
        QCOMPARE(sc.pct.json(), q("21.74"));
        // The gap list: dated targets first (1 Dec before 31 Dec), then by code; 23 − 5 = 18 items.
        const QList<ReadinessItem> gaps = Readiness::gaps(items);
        QCOMPARE(gaps.size(), 18);
        QCOMPARE(gaps.at(0).code(), q("08"));
        QCOMPARE(gaps.at(1).code(), q("07"));
        QCOMPARE(gaps.at(2).code(), q("06"));
        QCOMPARE(gaps.at(3).code(), q("09"));
        QCOMPARE(gaps.last().code(), q("25"));
        // The monthly report shows the same score.
        const MonthlyReport r = MonthlyReport::compute(*t.book, q("2026-11")).value();
        QVERIFY2(r.toJson().contains("\"readiness\": {\"score_pct\": 21.74, \"done\": 5, \"applicable\": 23}"), r.toJson().constData());
        QVERIFY(r.toCsv().contains("readiness,applicable,23"));
    }

    void theBooksBesideTheStatus()
    {
        TestBook t;
        QVERIFY(t.create());
        // Item 10, visitor feedback: marked done while the books show none.
        set(t, "10", "done");
        ReadinessItem feedback = item(t, "10");
        QVERIFY(feedback.judged);
        QVERIFY(!feedback.booksShow);
        QCOMPARE(feedback.live.en, q("0 visitors gave feedback in the last 30 days"));
        QCOMPARE(feedback.warning.en, q("Marked done, but the books do not show it."));
        const auto visit = [&](QDate date) {
            return EntryService(*t.book).add(t.admin, Registers::visitors(),
                                            {{q("date"), date}, {q("time_in"), QTime(10, 0)}, {q("time_out"), QTime(10, 20)},
                                             {q("name"), q("सीता देवी")}, {q("purpose"), q("enquiry")},
                                             {q("service_time_rating"), 4}, {q("behaviour_rating"), 5}});
        };
        QVERIFY(visit(QDate(2026, 10, 22)).ok());  // 31 days before 22-11-2026: outside the window
        QVERIFY(!item(t, "10").booksShow);
        QVERIFY(visit(QDate(2026, 10, 23)).ok());  // 30 days before: inside
        feedback = item(t, "10");
        QVERIFY(feedback.booksShow);
        QCOMPARE(feedback.live.en, q("1 visitor gave feedback in the last 30 days"));
        QCOMPARE(feedback.live.hi, q("पिछले 30 दिनों में 1 आगंतुक ने फीडबैक दिया"));
        QVERIFY(feedback.warning.en.isEmpty());

        // Items 9 and 15, files listed and coded: one file, not yet marked done.
        QVERIFY(!item(t, "09").booksShow);
        QVERIFY(EntryService(*t.book).add(t.admin, Registers::files(),
                                         {{q("subject_code"), q("ADM")}, {q("title"), q("स्थापना")},
                                          {q("opened_on"), QDate(2026, 4, 1)}, {q("retention"), q("B")}})
                    .ok());
        QCOMPARE(item(t, "15").live.en, q("1 file coded and listed in the file index"));
        QCOMPARE(item(t, "15").warning.en, q("The books show this in place, but it is not marked done."));
        // Item 8, the record room: no places described yet, the file has no place.
        QCOMPARE(item(t, "08").live.en, q("0 places described; 0 of 1 files have their place"));
        QVERIFY(!item(t, "08").booksShow);
        // Item 23: the registers the order names with no entry at all (the visitor register has one today), then
        // those with none in the last 30 days: a complaint of 01-10-2026 is 52 days before 22-11-2026.
        ReadinessItem registers = item(t, "23");
        QVERIFY(!registers.booksShow);
        QCOMPARE(registers.live.en, q("No entries at all yet: Complaint register, Meetings register, Birth and death register, "
                                      "Family register, Stock register, Cash book, Attendance register"));
        // The same in Hindi, for a Hindi printout whatever language the screen shows.
        QVERIFY2(registers.live.hi.startsWith(q("अभी तक कोई प्रविष्टि नहीं: शिकायत रजिस्टर")) && registers.live.hi.contains(q("परिवार रजिस्टर"))
                     && registers.live.hi.contains(q("उपस्थिति रजिस्टर")),
                 qPrintable(registers.live.hi));
        t.add(Registers::complaints(), {{q("received_on"), QDate(2026, 10, 1)}, {q("mode"), q("in_person")},
                                        {q("complainant_name"), q("रमेश")}, {q("category_code"), q("WATER")},
                                        {q("description"), q("हैंडपंप खराब")}});
        registers = item(t, "23");
        QVERIFY2(registers.live.en.endsWith(q("Attendance register; No entries in the last 30 days: Complaint register")),
                 qPrintable(registers.live.en));
        // An item without a check from the books has nothing to say.
        QVERIFY(!item(t, "01").judged);
        QVERIFY(item(t, "01").warning.en.isEmpty());

        // Item 14, dustbins, looked at once a year: last checked 01-11-2025, so due again on 01-11-2026, before today.
        set(t, "14", "done", {}, QDate(2025, 11, 1), "yearly");
        QCOMPARE(item(t, "14").checkDue, QDate(2026, 11, 1));
        QCOMPARE(item(t, "14").warning.en, q("The regular check was due on 01-11-2026."));
        set(t, "14", "done", {}, QDate(2025, 11, 22), "yearly");
        QVERIFY(item(t, "14").warning.en.isEmpty());  // due today, not yet late
    }

    void nextStepToCertification()
    {
        TestBook t;
        QVERIFY(t.create());
        Readiness r(*t.book);
        MasterStore steps(*t.book, Registers::certificationSteps());
        const auto set = [&](const char *code, const QDate &planned, const QDate &done) {
            QVariantMap row = *steps.find(q(code)).value();
            row.insert(q("planned_on"), planned.isValid() ? QVariant(planned) : QVariant());
            row.insert(q("done_on"), done.isValid() ? QVariant(done) : QVariant());
            return steps.save(t.admin, row).ok();
        };
        // Nothing done: step 1 comes first, not planned yet.
        QCOMPARE(r.nextStep(t.clock.today()).value()->text.en, q("Next step: Understand ISO: awareness training, not planned yet"));
        QVERIFY(set("S1-AWARE", QDate(2026, 4, 10), QDate(2026, 4, 10)));
        QVERIFY(set("S2-GAP", QDate(2026, 5, 1), QDate(2026, 5, 20)));
        QVERIFY(set("S3-PLAN", QDate(2026, 6, 1), QDate(2026, 9, 30)));
        // Step 4 planned for 15-11-2026, not done: 7 days late on 22-11-2026.
        QVERIFY(set("S4-DOCS", QDate(2026, 11, 15), {}));
        auto next = r.nextStep(t.clock.today()).value();
        QCOMPARE(next->row.value(q("code")).toString(), q("S4-DOCS"));
        QVERIFY(next->overdue);
        QCOMPARE(next->text.en, q("Next step: Documentation, planned for 15-11-2026, 7 days ago"));
        // Done; the audits of step 5 in order of their dates: stage 1 on 15-01-2027 is 54 days away.
        QVERIFY(set("S4-DOCS", QDate(2026, 11, 15), QDate(2026, 11, 20)));
        QVERIFY(set("S5-PRE", QDate(2026, 12, 10), QDate(2026, 11, 21)));
        QVERIFY(set("S5-STAGE2", QDate(2027, 3, 1), {}));
        QVERIFY(set("S5-STAGE1", QDate(2027, 1, 15), {}));
        next = r.nextStep(t.clock.today()).value();
        QVERIFY(!next->overdue);
        QCOMPARE(next->text.en, q("Next step: Stage 1 certification audit, planned for 15-01-2027 (in 54 days)"));
        QCOMPARE(next->text.hi, q("अगला चरण: चरण-1 प्रमाणन ऑडिट, नियत तिथि 15-01-2027 (54 दिन बाद)"));
    }

    void evidenceIsKeptInTheBook()
    {
        TestBook t;
        QVERIFY(t.create());
        Readiness r(*t.book);
        User op = t.admin;
        op.role = Role::Operator;
        const QByteArray photo("\x89PNG\r\n\x1a\n fake but not empty", 26);
        QCOMPARE(r.addEvidence(op, q("17"), q("board.png"), q("image/png"), photo, {}).error().code, ErrorCode::NotAllowed);
        QVERIFY(!r.addEvidence(t.admin, q("17"), q("board.png"), q("image/png"), {}, {}).ok());
        QVERIFY(!r.addEvidence(t.admin, q("99"), q("board.png"), q("image/png"), photo, {}).ok());
        const auto tooBig = r.addEvidence(t.admin, q("17"), q("scan.pdf"), q("application/pdf"), QByteArray(8 * 1024 * 1024 + 1, 'x'), {});
        QVERIFY(!tooBig.ok());
        QVERIFY(tooBig.error().message.contains(q("8 MB")));
        const auto id = r.addEvidence(t.admin, q("17"), q("board.png"), q("image/png"), photo, q("आपातकालीन नंबर बोर्ड"));
        QVERIFY(id.ok());
        QCOMPARE(r.evidenceData(id.value()).value(), photo);
        const auto list = r.evidence(q("17")).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().bytes, 26);
        QCOMPARE(list.first().addedBy, q("admin"));
        QCOMPARE(item(t, "17").evidence, 1);
        // Kept as added; the picture stays out of the audit log.
        QVERIFY(!t.book->exec(q("DELETE FROM readiness_evidence")).ok());
        QCOMPARE(t.book->scalar(q("SELECT count(*) FROM audit_log WHERE new_values LIKE '%fake but%'")).value().toInt(), 0);
        QCOMPARE(t.book->scalar(q("SELECT count(*) FROM audit_log WHERE new_values LIKE '%board.png%'")).value().toInt(), 1);
    }

    void officeItemsAndImport()
    {
        TestBook t;
        QVERIFY(t.create());
        // The state asks for one more item; a re-import of a seeded one keeps its check from the books.
        const QByteArray csv = "code,name_hi,name_en,status,owner,target_date,last_checked,frequency,notes\r\n"
                               "S01,ई-ग्राम स्वराज पर लेखा,Accounts on eGramSwaraj,in_progress,सचिव,31-03-2027,,,\r\n"
                               "10,आगंतुक फीडबैक,Visitor feedback,done,सचिव,,22-11-2026,monthly,\r\n";
        const auto in = CsvTransfer::importData(*t.book, t.admin, Registers::readinessItems(), csv, q("items.csv"), false);
        QVERIFY(in.ok());
        QVERIFY2(in.value().problems.isEmpty(), qPrintable(in.value().problems.join(u'\n')));
        auto items = Readiness(*t.book).items(t.clock.today()).value();
        QCOMPARE(items.size(), 26);
        QCOMPARE(item(t, "10").row.value(q("live_check")).toString(), q("feedback"));
        QCOMPARE(item(t, "10").row.value(q("name_hi")).toString(), q("आगंतुक फीडबैक"));
        QCOMPARE(Readiness::score(items).applicable, 26);
        QCOMPARE(Readiness::score(items).done, 1);
    }
};

QTEST_GUILESS_MAIN(TestReadiness)
#include "tst_readiness.moc"
