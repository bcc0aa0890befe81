#include "DemoQuality.h"

#include "registers/FrontOffice.h"
#include "registers/Masters.h"

namespace gd {

// The office's meetings: the GP on the 5th of every month, the Gram Sabha for Kharif (May) and Rabi (October),
// a social audit each January, a fire drill each August; a GP meeting's resolutions become action items, done
// within a few weeks except the latest ones.
Status demoMeetings(Book &book, const User &admin, QRandomGenerator &random, const QDate &from, const QDate &to)
{
    FrontOffice fo(book);
    const auto add = [&](const char *kind, const QDate &day, int members, int present, const char *session,
                         const QString &agenda) -> Result<Entry> {
        return fo.add(admin, Registers::meetings(),
                      {{QStringLiteral("kind"), QString::fromLatin1(kind)}, {QStringLiteral("held_on"), day},
                       {QStringLiteral("session"), QString::fromLatin1(session)}, {QStringLiteral("venue"), QStringLiteral("पंचायत भवन")},
                       {QStringLiteral("notice_on"), day.addDays(-7)}, {QStringLiteral("presided_by"), QStringLiteral("कमला देवी")},
                       {QStringLiteral("members"), members}, {QStringLiteral("present"), present},
                       {QStringLiteral("agenda"), agenda}});
    };
    for (QDate month(from.year(), from.month(), 1); month <= to; month = month.addMonths(1)) {
        const QDate fifth = month.addDays(4);
        if (fifth >= from && fifth <= to) {
            auto gp = add("gp", fifth, 15, 9 + random.bounded(6), "", QStringLiteral("पिछली बैठक की पुष्टि; विकास कार्यों की समीक्षा; आय-व्यय"));
            if (!gp)
                return gp.error();
            for (int i = random.bounded(3); i > 0; --i) {
                const QDate due = fifth.addDays(15);
                QVariantMap a{{QStringLiteral("meeting_no"), gp.value().number}, {QStringLiteral("decided_on"), fifth},
                              {QStringLiteral("action"), i == 1 ? QStringLiteral("हैंडपंप की मरम्मत") : QStringLiteral("नाली की सफाई")},
                              {QStringLiteral("owner"), i == 1 ? QStringLiteral("सचिव") : QStringLiteral("सफाई कर्मी")},
                              {QStringLiteral("due_on"), due}};
                const QDate done = fifth.addDays(5 + random.bounded(25));
                if (done < to.addDays(-20))
                    a.insert(QStringLiteral("done_on"), done);
                if (auto e = fo.add(admin, Registers::meetingActions(), a); !e)
                    return e.error();
            }
        }
        const QDate mid = month.addDays(14);
        if (mid < from || mid > to)
            continue;
        Result<Entry> e = Entry();
        if (month.month() == 5 || month.month() == 10)
            e = add("gram_sabha", mid, 1200, 240 + random.bounded(200), month.month() == 5 ? "kharif" : "rabi",
                    QStringLiteral("वार्षिक कार्य योजना; लाभार्थियों का चयन"));
        else if (month.month() == 1)
            e = add("social_audit", mid, 1200, 150 + random.bounded(100), "", QStringLiteral("मनरेगा एवं पेंशन योजनाओं का सोशल ऑडिट"));
        else if (month.month() == 8)
            e = add("fire_drill", mid, 12, 10, "", QStringLiteral("अग्निशामक यंत्र का प्रयोग; निकास मार्ग"));
        if (!e)
            return e.error();
    }
    return {};
}

Status demoReadiness(Book &book, const User &admin, const QDate &today)
{
    const struct {
        const char *code;
        const char *status;
        const char16_t *owner;
        int targetDays;  // from today; 0: none
    } kStates[] = {
        {"01", "done", u"प्रधान", 0},          {"02", "done", u"सचिव", 0},          {"03", "done", u"सचिव", 0},
        {"04", "done", u"सचिव", 0},            {"05", "done", u"पंचायत सहायक", 0},  {"06", "done", u"पंचायत सहायक", 0},
        {"07", "in_progress", u"सचिव", 20},    {"08", "done", u"पंचायत सहायक", 0},  {"09", "done", u"पंचायत सहायक", 0},
        {"10", "done", u"पंचायत सहायक", 0},   {"11", "in_progress", u"सचिव", 35},  {"12", "not_started", u"प्रधान", 60},
        {"13", "not_started", u"सचिव", 90},    {"14", "done", u"सफाई कर्मी", 0},     {"15", "done", u"पंचायत सहायक", 0},
        {"16", "in_progress", u"सचिव", 15},    {"17", "done", u"सचिव", 0},          {"18", "done", u"प्रधान", 0},
        {"19", "done", u"प्रधान", 0},          {"20", "in_progress", u"प्रधान", 45}, {"21", "done", u"प्रधान", 0},
        {"22", "not_applicable", u"", 0},       {"23", "done", u"सचिव", 0},          {"24", "in_progress", u"प्रधान", 30},
        {"25", "not_started", u"सचिव", 120},
    };
    MasterStore store(book, Registers::readinessItems());
    for (const auto &st : kStates) {
        auto row = store.find(QString::fromLatin1(st.code));
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        QVariantMap v = *row.value();
        v.insert(QStringLiteral("status"), QString::fromLatin1(st.status));
        v.insert(QStringLiteral("owner"), QString::fromUtf16(st.owner));
        v.insert(QStringLiteral("target_date"), st.targetDays ? QVariant(today.addDays(st.targetDays)) : QVariant());
        if (QLatin1String(st.status) == QLatin1String("done"))
            v.insert(QStringLiteral("last_checked"), today.addDays(-7));
        if (auto s = store.save(admin, v); !s)
            return s;
    }
    // The risks the office assessed this year.
    const struct {
        const char16_t *risk;
        const char16_t *area;
        int likelihood, impact;
        const char16_t *treatment;
    } kRisks[] = {{u"अभिलेख कक्ष में आग या दीमक", u"अभिलेख कक्ष", 3, 5, u"अग्निशामक यंत्र, दीमक उपचार, स्कैन की प्रतियाँ"},
                  {u"बिजली कटौती में कंप्यूटर का डेटा नष्ट", u"कार्यालय", 4, 4, u"यूपीएस; हर दिन बैकअप पेन ड्राइव पर"},
                  {u"शिकायतों का समय पर निस्तारण न होना", u"शिकायत", 3, 3, u"साप्ताहिक समीक्षा; विलंबित सूची"}};
    FrontOffice fo(book);
    for (const auto &r : kRisks)
        if (auto e = fo.add(admin, Registers::risks(),
                            {{QStringLiteral("identified_on"), today.addDays(-60)}, {QStringLiteral("risk"), QString::fromUtf16(r.risk)},
                             {QStringLiteral("area"), QString::fromUtf16(r.area)}, {QStringLiteral("likelihood"), r.likelihood},
                             {QStringLiteral("impact"), r.impact}, {QStringLiteral("treatment"), QString::fromUtf16(r.treatment)},
                             {QStringLiteral("owner"), QStringLiteral("सचिव")}, {QStringLiteral("review_on"), today.addDays(120)}});
            !e)
            return e.error();
    // Steps 1 to 3 done this year, the documentation nearly so, the audits booked.
    const struct {
        const char *code;
        int plannedDays;
        int doneDays;  // 0: not done
    } kSteps[] = {{"S1-AWARE", -200, -200}, {"S2-GAP", -170, -160}, {"S3-PLAN", -120, -40},
                  {"S4-DOCS", 10, 0},       {"S5-PRE", 40, 0},      {"S5-STAGE1", 75, 0}, {"S5-STAGE2", 120, 0}};
    MasterStore steps(book, Registers::certificationSteps());
    for (const auto &st : kSteps) {
        auto row = steps.find(QString::fromLatin1(st.code));
        if (!row)
            return row.error();
        if (!row.value())
            continue;
        QVariantMap v = *row.value();
        v.insert(QStringLiteral("planned_on"), today.addDays(st.plannedDays));
        v.insert(QStringLiteral("done_on"), st.doneDays ? QVariant(today.addDays(st.doneDays)) : QVariant());
        if (auto s = steps.save(admin, v); !s)
            return s;
    }
    return {};
}

}  // namespace gd
