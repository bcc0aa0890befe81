#include "demo/DemoQuality.h"

#include "registers/EntryService.h"
#include "registers/Attendance.h"
#include "registers/Procedures.h"
#include "storage/Book.h"
#include "registers/Masters.h"

using namespace Qt::StringLiterals;

namespace gd {

// The office's meetings: the GP on the 5th of every month, one of its six committees on the 20th (each in turn,
// so each meets twice a year), the Gram Sabha for Kharif (May) and Rabi (October), a social audit each January, a
// fire drill each August; a GP meeting's resolutions become action items, done within a few weeks except the
// latest ones.
Status demoMeetings(Book &book, const User &admin, QRandomGenerator &random, const QDate &from, const QDate &to)
{
    EntryService fo(book);
    const auto add = [&](const char *kind, const QDate &day, int members, int present, const char *session,
                         const QString &agenda, const char *committee = "") -> Result<Entry> {
        return fo.add(admin, Registers::meetings(),
                      {{QStringLiteral("kind"), QString::fromLatin1(kind)}, {QStringLiteral("held_on"), day},
                       {QStringLiteral("committee"), QString::fromLatin1(committee)},
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
        // A committee of the GP: its chairperson and six members.
        const struct {
            const char *code;
            const char16_t *agenda;
        } kCommittees[] = {{"planning", u"ग्राम पंचायत विकास योजना के कार्यों का चयन"},
                           {"education", u"विद्यालय में नामांकन और मध्याह्न भोजन"},
                           {"works", u"निर्माण कार्यों की गुणवत्ता और माप"},
                           {"health", u"टीकाकरण और आंगनबाड़ी"},
                           {"administration", u"कर्मचारियों की उपस्थिति और अभिलेख"},
                           {"water", u"हैंडपंप और पेयजल योजना का रख-रखाव"}};
        const QDate twentieth = month.addDays(19);
        if (twentieth >= from && twentieth <= to) {
            const auto &c = kCommittees[(month.year() * 12 + month.month()) % 6];
            if (auto e = add("committee", twentieth, 7, 4 + random.bounded(4), "", QString::fromUtf16(c.agenda), c.code); !e)
                return e.error();
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
        {"22", "not_applicable", u"", 0},       {"23", "in_progress", u"सचिव", 60},          {"24", "in_progress", u"प्रधान", 30},
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
    EntryService fo(book);
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

namespace {

QString u16(const char16_t *text)
{
    return QString::fromUtf16(text);
}

}  // namespace

Status demoQualitySystem(Book &book, const User &admin, QRandomGenerator &random, const QDate &from, const QDate &to)
{
    EntryService fo(book);
    const QDate began = std::max(from, to.addDays(-200));  // the office took up ISO 9001 with step 1
    const auto add = [&](const RegisterDef &def, const QVariantMap &v) -> Status {
        if (auto e = fo.add(admin, def, v); !e)
            return e.error();
        return {};
    };
    if (auto s = add(Registers::qualityPolicy(),
                     {{QStringLiteral("adopted_on"), began.addDays(20)},
                      {QStringLiteral("adopted_by"), QStringLiteral("ग्राम पंचायत की बैठक, प्रस्ताव संख्या 4")},
                      {QStringLiteral("text_hi"), u16(u"ग्राम पंचायत हर नागरिक को नागरिक अधिकार पत्र में तय समय में, शिष्टता और पारदर्शिता के "
                                                    u"साथ सेवा देगी; शिकायतों का समय पर निस्तारण करेगी; अभिलेखों को सुरक्षित और "
                                                    u"व्यवस्थित रखेगी; और नागरिकों की राय से अपनी सेवाओं में निरंतर सुधार करेगी।")},
                      {QStringLiteral("text_en"), QStringLiteral("The Gram Panchayat will serve every citizen within the time its citizen "
                                                                 "charter promises, courteously and openly; redress complaints in time; keep "
                                                                 "its records safe and in order; and keep improving its services from what "
                                                                 "citizens tell it.")},
                      {QStringLiteral("review_on"), began.addDays(20).addYears(1)}});
        !s)
        return s;
    MasterStore objectives(book, Registers::qualityObjectives());
    const struct {
        const char *code;
        const char16_t *hi;
        const char *en;
        const char *measure;
        qint64 target;
    } kObjectives[] = {
        {"OBJ-01", u"95% सेवाएँ नागरिक अधिकार पत्र के समय में", "95% of services within charter time", "services_in_time", 95000},
        {"OBJ-02", u"90% शिकायतों का समय पर निस्तारण", "90% of complaints disposed in time", "complaints_in_time", 90000},
        {"OBJ-03", u"60% आगंतुकों से फीडबैक", "Feedback from 60% of visitors", "feedback_share", 60000},
        {"OBJ-04", u"कर्मचारियों के व्यवहार की औसत रेटिंग 4 या अधिक", "Staff behaviour rated 4 or more", "behaviour_rating", 4000},
        {"OBJ-05", u"90% जन्म-मृत्यु 21 दिन में दर्ज", "90% of births and deaths reported within 21 days", "vital_on_time", 90000},
        {"OBJ-06", u"नागरिक सर्वे में 80% संतुष्ट", "80% satisfied in the citizen survey", "survey_satisfaction", 80000},
        {"OBJ-07", u"कोई भी पत्रावली 5 मिनट में उपलब्ध (% नमूना जाँच)", "Any file found within 5 minutes (% of a sample check)",
         "manual", 90000},
    };
    for (const auto &o : kObjectives) {
        QVariantMap v{{QStringLiteral("code"), QString::fromLatin1(o.code)}, {QStringLiteral("name_hi"), u16(o.hi)},
                      {QStringLiteral("name_en"), QString::fromUtf8(o.en)}, {QStringLiteral("measure"), QString::fromLatin1(o.measure)},
                      {QStringLiteral("comparison"), QStringLiteral("at_least")}, {QStringLiteral("target"), o.target},
                      {QStringLiteral("owner"), QStringLiteral("सचिव")}, {QStringLiteral("active"), QStringLiteral("yes")}};
        if (QByteArray(o.measure) == "manual") {
            v.insert(QStringLiteral("measured_value"), qint64(92000));
            v.insert(QStringLiteral("measured_on"), to.addDays(-12));
        }
        if (auto s = objectives.save(admin, v); !s)
            return s;
    }
    MasterStore roles(book, Registers::qualityRoles());
    const struct {
        const char *code;
        const char16_t *role;
        const char *roleEn;
        const char16_t *holder;
        const char16_t *designation;
        const char16_t *duties;
        const char *circle;
    } kRoles[] = {
        {"QMR", u"गुणवत्ता प्रबंधन प्रतिनिधि", "Quality management representative", u"सुरेश यादव", u"ग्राम पंचायत सचिव",
         u"गुणवत्ता प्रणाली चलाना; आंतरिक ऑडिट और प्रबंधन समीक्षा कराना; सुधारात्मक कार्यवाही पर नज़र", "convenor"},
        {"CHAIR", u"गुणवत्ता मंडल अध्यक्ष", "Chair of the quality circle", u"कमला देवी", u"प्रधान",
         u"गुणवत्ता नीति लागू कराना; प्रबंधन समीक्षा की अध्यक्षता", "chair"},
        {"RECORDS", u"अभिलेख प्रभारी", "Record keeper", u"राजेश कुमार", u"पंचायत सहायक",
         u"पत्रावलियों की कोडिंग, सूची और अभिलेख कक्ष; पत्रावली निर्गम-वापसी रजिस्टर", "member"},
        {"FRONT", u"फ्रंट ऑफिस प्रभारी", "Front office in charge", u"पूजा सिंह", u"कंप्यूटर ऑपरेटर",
         u"आगंतुक रजिस्टर और फीडबैक; आवेदन और शिकायत की पावती", "member"},
        {"GRIEV", u"शिकायत अधिकारी", "Grievance officer", u"सुरेश यादव", u"ग्राम पंचायत सचिव",
         u"शिकायतों का समय पर निस्तारण और उत्तर", ""},
        {"WARD", u"वार्ड सदस्य प्रतिनिधि", "Ward members' representative", u"रामवती", u"वार्ड सदस्य, वार्ड 3",
         u"नागरिकों की राय गुणवत्ता मंडल तक लाना", "member"},
    };
    for (const auto &r : kRoles)
        if (auto s = roles.save(admin, {{QStringLiteral("code"), QString::fromLatin1(r.code)}, {QStringLiteral("name_hi"), u16(r.role)},
                                        {QStringLiteral("name_en"), QString::fromUtf8(r.roleEn)}, {QStringLiteral("holder"), u16(r.holder)},
                                        {QStringLiteral("designation"), u16(r.designation)},
                                        {QStringLiteral("responsibilities"), u16(r.duties)},
                                        {QStringLiteral("circle"), QString::fromLatin1(r.circle)}, {QStringLiteral("since"), began},
                                        {QStringLiteral("active"), QStringLiteral("yes")}});
            !s)
            return s;
    // Trainings: front office each June and records each November; ISO awareness when the office began.
    const QString staff = QStringLiteral("सुरेश यादव\nराजेश कुमार\nपूजा सिंह\nकमला देवी\nरामवती");
    const auto training = [&](const QDate &day, const char *kind, const char16_t *topic, const char16_t *trainer) {
        return add(Registers::trainings(), {{QStringLiteral("held_on"), day}, {QStringLiteral("kind"), QString::fromLatin1(kind)},
                                            {QStringLiteral("topic"), u16(topic)}, {QStringLiteral("trainer"), u16(trainer)},
                                            {QStringLiteral("venue"), QStringLiteral("पंचायत भवन")},
                                            {QStringLiteral("hours"), qint64(3000)}, {QStringLiteral("attendees"), staff}});
    };
    for (int year = from.year(); year <= to.year(); ++year) {
        for (const auto &[day, kind, topic, trainer] :
             {std::tuple{QDate(year, 6, 12), "front_office", u"आगंतुकों से व्यवहार और फीडबैक", u"ब्लॉक प्रशिक्षक"},
              std::tuple{QDate(year, 11, 8), "records", u"पत्रावलियों की कोडिंग और अभिलेख कक्ष", u"जिला पंचायत राज अधिकारी कार्यालय"}})
            if (day >= from && day <= to)
                if (auto s = training(day, kind, topic, trainer); !s)
                    return s;
    }
    if (auto s = training(began.addDays(5), "iso", u"आईएसओ 9001:2015 जागरूकता", u"प्रमाणन संस्था के प्रशिक्षक"); !s)
        return s;
    // Citizen surveys each March and September.
    for (QDate month(from.year(), 3, 20); month <= to; month = month.addMonths(6)) {
        if (month < from)
            continue;
        const int asked = 60 + random.bounded(60);
        const int satisfied = asked * (70 + random.bounded(23)) / 100;
        if (auto s = add(Registers::surveys(),
                         {{QStringLiteral("done_on"), month}, {QStringLiteral("title"), QStringLiteral("नागरिक संतुष्टि सर्वे")},
                          {QStringLiteral("method"), QStringLiteral("door_to_door")}, {QStringLiteral("respondents"), asked},
                          {QStringLiteral("satisfied"), satisfied},
                          {QStringLiteral("findings"), QStringLiteral("प्रतीक्षा का समय लंबा; सूचना पट पर सूचना देर से")},
                          {QStringLiteral("actions"), QStringLiteral("टोकन व्यवस्था; सूचना पट हर सोमवार अद्यतन")}});
            !s)
            return s;
    }
    // Internal audits: the first after the documentation (closed since), the second a month ago (in hand).
    const struct {
        int days;  // after `began`
        const char *type;
        const char *clause;
        const char16_t *finding;
        const char16_t *cause;
        const char16_t *action;
        int doneDays, verifiedDays;  // after the finding; 0: not yet
    } kFindings[] = {
        {90, "minor", "7.5.3", u"12 पत्रावलियाँ कंप्यूटर सूची में नहीं", u"नई पत्रावलियाँ खुलते ही सूची में नहीं चढ़ाई गईं",
         u"हर नई पत्रावली उसी दिन सूची में; साप्ताहिक मिलान", 10, 30},
        {90, "observation", "7.1.4", u"प्रतीक्षालय में पेयजल नहीं", u"", u"पानी का कैंपर और गिलास रखे गए", 5, 0},
        {90, "minor", "9.1.2", u"अगस्त में आधे आगंतुकों से फीडबैक नहीं लिया गया", u"निकास पर पूछने वाला कोई नहीं",
         u"फ्रंट ऑफिस प्रभारी निकास पर फीडबैक लेंगी", 7, 0},
        {170, "minor", "8.2.1", u"नागरिक अधिकार पत्र में दो सेवाओं के शुल्क पुराने", u"शासनादेश के बाद अद्यतन नहीं",
         u"नागरिक अधिकार पत्र अद्यतन कर पुनः प्रदर्शित", 0, 0},
        {170, "improvement", "10.3", u"शिकायतों का साप्ताहिक विश्लेषण किया जा सकता है", u"", u"", 0, 0},
    };
    for (const auto &f : kFindings) {
        const QDate found = began.addDays(f.days);
        if (found > to)
            continue;
        QVariantMap v{{QStringLiteral("found_on"), found}, {QStringLiteral("audit"), QStringLiteral("internal")},
                      {QStringLiteral("auditor"), QStringLiteral("ब्लॉक के सहायक विकास अधिकारी (पंचायत)")},
                      {QStringLiteral("clause"), QString::fromLatin1(f.clause)}, {QStringLiteral("type"), QString::fromLatin1(f.type)},
                      {QStringLiteral("finding"), u16(f.finding)}, {QStringLiteral("cause"), u16(f.cause)},
                      {QStringLiteral("action"), u16(f.action)}};
        if (!QString::fromUtf16(f.action).isEmpty()) {
            v.insert(QStringLiteral("owner"), QStringLiteral("सुरेश यादव"));
            v.insert(QStringLiteral("due_on"), found.addDays(20));
        }
        if (f.doneDays && found.addDays(f.doneDays) <= to)
            v.insert(QStringLiteral("done_on"), found.addDays(f.doneDays));
        if (f.verifiedDays && found.addDays(f.verifiedDays) <= to) {
            v.insert(QStringLiteral("verified_on"), found.addDays(f.verifiedDays));
            v.insert(QStringLiteral("verified_by"), QStringLiteral("कमला देवी"));
            v.insert(QStringLiteral("effective"), QStringLiteral("yes"));
        }
        if (auto s = add(Registers::auditFindings(), v); !s)
            return s;
    }
    return {};
}

Status demoPeople(Book &book, const User &admin)
{
    MasterStore people(book, Registers::people());
    const struct {
        const char *code;
        const char16_t *name;
        const char *group;
        const char16_t *designation;
        const char *designationEn;
        const char *ward;
        const char *mobile;
        const char *reportsTo;
    } kPeople[] = {
        {"PRADHAN", u"कमला देवी", "elected", u"प्रधान", "Pradhan", "", "9415000001", ""},
        {"UPPRADHAN", u"रामेश्वर प्रसाद", "elected", u"उप-प्रधान", "Up-Pradhan", "5", "9415000002", "PRADHAN"},
        {"SECRETARY", u"सुरेश कुमार वर्मा", "staff", u"ग्राम पंचायत सचिव", "Panchayat Secretary", "", "9415000010", "PRADHAN"},
        {"ASSISTANT", u"राजेश कुमार", "staff", u"पंचायत सहायक", "Panchayat Assistant", "", "9415000011", "SECRETARY"},
        {"OPERATOR", u"पूजा सिंह", "staff", u"कंप्यूटर ऑपरेटर", "Computer operator", "", "9415000012", "SECRETARY"},
        {"SAFAI1", u"मुन्ना लाल", "staff", u"सफाई कर्मी", "Sanitation worker", "", "", "SECRETARY"},
        {"SAFAI2", u"शिव शंकर", "staff", u"सफाई कर्मी", "Sanitation worker", "", "", "SECRETARY"},
    };
    int position = 0;
    for (const auto &p : kPeople)
        if (auto s = people.save(admin, {{QStringLiteral("code"), QString::fromLatin1(p.code)}, {QStringLiteral("name_hi"), u16(p.name)},
                                         {QStringLiteral("group"), QString::fromLatin1(p.group)},
                                         {QStringLiteral("designation_hi"), u16(p.designation)},
                                         {QStringLiteral("designation_en"), QString::fromLatin1(p.designationEn)},
                                         {QStringLiteral("ward"), QString::fromLatin1(p.ward)},
                                         {QStringLiteral("mobile"), QString::fromLatin1(p.mobile)},
                                         {QStringLiteral("reports_to"), QString::fromLatin1(p.reportsTo)},
                                         {QStringLiteral("position"), ++position}, {QStringLiteral("active"), QStringLiteral("yes")}});
            !s)
            return s;
    const char16_t *kWardMembers[] = {u"सीता देवी", u"मोहन लाल", u"गीता यादव", u"रफ़ीक अहमद", u"सुनीता", u"बबलू सिंह",
                                      u"राम प्यारी", u"दिनेश", u"शकुंतला", u"अशोक कुमार", u"नसीम बानो", u"हरि ओम", u"मीरा"};
    int ward = 0;
    for (const char16_t *name : kWardMembers) {
        if (++ward == 5)
            ++ward;  // ward 5's member is the Up-Pradhan
        if (auto s = people.save(admin, {{QStringLiteral("code"), QStringLiteral("WARD%1").arg(ward, 2, 10, QLatin1Char('0'))},
                                         {QStringLiteral("name_hi"), u16(name)}, {QStringLiteral("group"), QStringLiteral("elected")},
                                         {QStringLiteral("designation_hi"), u16(u"वार्ड सदस्य")},
                                         {QStringLiteral("designation_en"), QStringLiteral("Ward member")},
                                         {QStringLiteral("ward"), QString::number(ward)}, {QStringLiteral("reports_to"), QStringLiteral("PRADHAN")},
                                         {QStringLiteral("position"), ++position}, {QStringLiteral("active"), QStringLiteral("yes")}});
            !s)
            return s;
    }
    MasterStore numbers(book, Registers::emergencyNumbers());
    const struct {
        const char *code;
        const char16_t *hi;
        const char *en;
        const char *number;
    } kNumbers[] = {{"ERSS", u"आपातकालीन सहायता (पुलिस, आग, एम्बुलेंस)", "Emergency (police, fire, ambulance)", "112"},
                    {"FIRE", u"अग्निशमन", "Fire", "101"},
                    {"AMBULANCE", u"एम्बुलेंस", "Ambulance", "108"},
                    {"MATERNAL", u"गर्भवती महिला एवं शिशु एम्बुलेंस", "Ambulance for pregnant women and infants", "102"},
                    {"CHILD", u"चाइल्ड हेल्पलाइन", "Child helpline", "1098"},
                    {"WOMEN", u"महिला हेल्पलाइन", "Women's helpline", "181"},
                    {"BLOCK", u"विकास खंड कार्यालय", "Block office", "0522-2400000"}};
    position = 0;
    for (const auto &n : kNumbers)
        if (auto s = numbers.save(admin, {{QStringLiteral("code"), QString::fromLatin1(n.code)}, {QStringLiteral("name_hi"), u16(n.hi)},
                                          {QStringLiteral("name_en"), QString::fromUtf8(n.en)},
                                          {QStringLiteral("number"), QString::fromLatin1(n.number)},
                                          {QStringLiteral("position"), ++position}, {QStringLiteral("active"), QStringLiteral("yes")}});
            !s)
            return s;
    return {};
}

Status demoAttendance(Book &book, QRandomGenerator &random, const QDate &from, const QDate &to)
{
    auto charter = Charter::load(book);
    if (!charter)
        return charter.error();
    auto staff = Attendance(book).staff();
    if (!staff)
        return staff.error();
    const QTime now = book.clock().now().time();
    QDate day = from;
    while (day <= to) {
        const QDate monthEnd = qMin(to, QDate(day.year(), day.month(), 1).addMonths(1).addDays(-1));
        Status s = book.transact([&]() -> Status {
            for (; day <= monthEnd; day = day.addDays(1)) {
                if (!charter.value().calendar.isWorkingDay(day))
                    continue;
                for (const Attendance::Person &p : staff.value()) {
                    // About one casual leave day a month, a few medical days a year, and duty outside the office.
                    const int roll = int(random.bounded(1000));
                    const QString mark = roll < 45 ? u"casual_leave"_s : roll < 55 ? u"medical_leave"_s
                        : roll < 58 ? u"earned_leave"_s : roll < 66 ? u"absent"_s : roll < 86 ? u"tour"_s
                        : roll < 93 ? u"block_meeting"_s : roll < 96 ? u"training"_s : u"present"_s;
                    QVariantMap v{{u"date"_s, day}, {u"person_code"_s, p.code}, {u"person_name"_s, p.nameHi}, {u"mark"_s, mark}};
                    if (mark == u"present") {
                        const QTime in = QTime(9, 45).addSecs(60 * random.bounded(40));
                        if (day == to && in > now)
                            continue;  // not in yet today
                        v.insert(u"arrival"_s, in);
                        const QTime out = QTime(16, 45).addSecs(60 * random.bounded(60));
                        if (day < to || out <= now)
                            v.insert(u"departure"_s, out);
                    }
                    if (const auto problems = EntryService::prepare(Registers::attendance(), v, charter.value()); !problems.isEmpty())
                        return EntryService::problemError(Registers::attendance(), problems);
                    if (auto e = EntryStore(book, Registers::attendance()).insert(v); !e)
                        return e.error();
                }
            }
            return {};
        });
        if (!s)
            return s;
    }
    return {};
}

Status demoProcedures(Book &book, const User &admin, const QDate &from)
{
    const struct {
        const char *code;
        const char16_t *title;
        const char *kind;
        int revisedAfterDays;  // 0: still the first version
    } docs[] = {{"QM-01", u"गुणवत्ता नियमावली", "manual", 200},
                {"QP-01", u"शिकायत प्राप्ति एवं निस्तारण की प्रक्रिया", "procedure", 120},
                {"QP-02", u"नागरिक अधिकार पत्र के अनुसार सेवा प्रदायगी", "procedure", 0},
                {"QP-03", u"अभिलेख कक्ष: पत्रावली कोडिंग, संधारण एवं विनष्टीकरण", "procedure", 0},
                {"QP-04", u"जन्म-मृत्यु पंजीकरण एवं CRS प्रविष्टि", "procedure", 300},
                {"QP-05", u"परिवार रजिस्टर का अनुरक्षण एवं नकल जारी करना", "procedure", 0},
                {"QP-06", u"रोकड़ बही, भंडार एवं मासिक मिलान", "procedure", 0},
                {"F-01", u"आगंतुक फीडबैक प्रपत्र", "form", 90},
                {"F-02", u"शिकायत पंजीकरण प्रपत्र", "form", 0},
                {"F-03", u"सेवा आवेदन की पावती", "form", 0}};
    const QDate approved = from.addDays(30);
    const QDate today = book.clock().today();
    Procedures procedures(book);
    for (const auto &doc : docs) {
        QVariantMap v{{u"doc_code"_s, QString::fromLatin1(doc.code)}, {u"title"_s, QString::fromUtf16(doc.title)},
                      {u"kind"_s, QString::fromLatin1(doc.kind)}, {u"doc_version"_s, u"1.0"_s}, {u"approved_on"_s, approved},
                      {u"approved_by"_s, u"ग्राम प्रधान (बैठक प्रस्ताव)"_s},
                      {u"copies_at"_s, QString::fromLatin1(doc.kind) == u"form" ? u"सहायता कक्ष"_s : u"सचिव कक्ष; सूचना पट्ट"_s}};
        auto first = EntryService(book).add(admin, Registers::procedures(), v);
        if (!first)
            return first.error();
        const QDate revised = approved.addDays(doc.revisedAfterDays);
        if (doc.revisedAfterDays > 0 && revised < today) {
            v.insert(u"doc_version"_s, u"1.1"_s);
            v.insert(u"approved_on"_s, revised);
            v.insert(u"remarks"_s, u"आंतरिक ऑडिट के निष्कर्ष पर संशोधित"_s);
            if (auto next = procedures.newVersion(admin, first.value(), v); !next)
                return next.error();
        }
    }
    return {};
}

}  // namespace gd
