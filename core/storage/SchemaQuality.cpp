// The schema steps of the quality system: the Annexure-2 tracker, meetings, the steps to certification, risks, and
// the quality system's own records.
#include "AuditLog.h"
#include "Book.h"
#include "SchemaParts.h"

namespace gd::schema {

namespace {

struct SeedReadiness {
    const char *code;
    const char16_t *hi;
    const char *en;
    const char *frequency;
    const char *liveCheck;
};

// Annexure-2 of the UP order of September 2023 (DOMAIN.md): what a GP must have before ISO 9001 certification.
constexpr SeedReadiness kReadiness[] = {
    {"01", u"ग्राम सचिवालय/पंचायत भवन क्रियाशील हो", "The Gram Sachivalaya / Panchayat Bhawan is functional", "", ""},
    {"02", u"ग्राम सचिवालय में फ्रन्ट ऑफिस की उपलब्धता हो", "A front office is available", "", ""},
    {"03", u"कर्मचारियों एवं वार्ड सदस्यों का विवरण दीवार लेखन/फ्लेक्सी बोर्ड पर प्रदर्शन", "Staff and ward members displayed on a wall or flex board", "", ""},
    {"04", u"नागरिक चार्टर लागू किये जाने के साथ प्रदर्शित हो", "Citizen charter adopted and displayed", "", ""},
    {"05", u"नोटिस बोर्ड की व्यवस्था", "Notice board", "", ""},
    {"06", u"शिकायत/सुझाव बॉक्स/रजिस्टर की उपलब्धता", "Complaint/suggestion box and register", "", "complaints"},
    {"07", u"दी जाने वाली सर्विसेज का दीवार लेखन/फ्लेक्सी बोर्ड पर प्रदर्शन", "Services offered displayed on a wall or flex board", "", ""},
    {"08", u"रिकार्ड रूम की व्यवस्था/स्थापना जिसमें पत्रावलियों को व्यवस्थित रूप से रखा जाये", "Record room with files kept in order", "", "record_room"},
    {"09", u"पत्रावलियों के संक्षिप्त विवरण को कम्प्यूटर में सूचीबद्ध किया जाना ताकि कम समय में प्राप्त किया जा सके", "Files' brief descriptions listed on computer for quick retrieval", "", "files"},
    {"10", u"सर्विस में लगने वाला समय, कर्मचारियों का व्यवहार आदि पर आगंतुक से फीडबैक", "Visitor feedback on service time and staff behaviour", "monthly", "feedback"},
    {"11", u"संस्था संरचना (आर्गेनाइजेशन स्ट्रक्चर) प्रदर्शित हो", "Organisation structure displayed", "", ""},
    {"12", u"फायर फाइटिंग ट्रेनिंग", "Fire-fighting training", "yearly", "fire_drill"},
    {"13", u"रिस्क असेसमेंट प्रोसेस", "Risk assessment process", "yearly", "risks"},
    {"14", u"कूड़ादान की व्यवस्था", "Dustbins", "", ""},
    {"15", u"कोडिंग-यूनिक संख्या के साथ सभी पत्रावलियों को व्यवस्थित किया जाना", "All files organised with unique code numbers", "", "files"},
    {"16", u"संकेतक बोर्ड प्रदर्शित हो", "Signboards displayed", "", ""},
    {"17", u"महत्वपूर्ण (Emergency) नंबर का प्रदर्शन", "Emergency numbers displayed", "", ""},
    {"18", u"बैठक हेतु सभाकक्ष की व्यवस्था", "Meeting hall for GP and committee meetings", "", ""},
    {"19", u"आगंतुक हेतु प्रतीक्षालय की व्यवस्था", "Waiting room for visitors", "", ""},
    {"20", u"प्रतीक्षालय में पेयजल एवं टी0वी0/अखबार/पत्रिका", "Drinking water and TV/newspapers in the waiting room", "", ""},
    {"21", u"महिला एवं पुरुष हेतु पृथक शौचालय तथा दिव्यांग हेतु रैम्प", "Separate toilets for women and men; ramp for persons with disabilities", "", ""},
    {"22", u"शिशु फीडिंग कक्ष की व्यवस्था", "Infant feeding room", "", ""},
    {"23", u"आवश्यक अभिलेख: शिकायत रजिस्टर, बैठकों की कार्यवाही रजिस्टर, जन्म-मृत्यु रजिस्टर, परिवार रजिस्टर, स्टॉक रजिस्टर, कैश-बुक, उपस्थिति रजिस्टर, आगंतुक रजिस्टर आदि",
     "Essential registers kept: complaints, meeting proceedings, birth-death, family, stock, cash book, attendance, visitors, etc.", "monthly", "registers"},
    {"24", u"ग्राम पंचायत, समिति, ग्राम सभा की नियमित बैठक", "Regular meetings of the GP, committees and Gram Sabha", "monthly", "meetings"},
    {"25", u"नियमित सोशल ऑडिट कराने की व्यवस्था", "Regular social audits", "yearly", "social_audit"},
};

}  // namespace

// Version 8: the Annexure-2 readiness tracker with its evidence (photos and scans kept in the book).
Status stepReadiness(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE readiness_items ("
                           " code TEXT PRIMARY KEY, name_hi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
                           " status TEXT NOT NULL DEFAULT 'not_started'"
                           "   CHECK (status IN ('not_started','in_progress','done','not_applicable')),"
                           " owner TEXT NOT NULL DEFAULT '', target_date TEXT, last_checked TEXT,"
                           " frequency TEXT NOT NULL DEFAULT '' CHECK (frequency IN ('','monthly','quarterly','half_yearly','yearly')),"
                           " notes TEXT NOT NULL DEFAULT '', live_check TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE readiness_evidence ("
                           " id INTEGER PRIMARY KEY, item_code TEXT NOT NULL REFERENCES readiness_items(code),"
                           " added_at TEXT NOT NULL, added_by TEXT NOT NULL, file_name TEXT NOT NULL, mime TEXT NOT NULL,"
                           " bytes INTEGER NOT NULL, data BLOB NOT NULL, note TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX readiness_evidence_item ON readiness_evidence (item_code)"),
        });
        !s)
        return s;
    if (auto s = appendOnly(book, QStringLiteral("readiness_evidence"), refusal::kEvidenceKept); !s)
        return s;
    if (auto s = AuditLog::installTriggers(book, QStringLiteral("readiness_items")); !s)
        return s;
    // The picture itself stays out of the audit log; its size, name and who added it go in.
    if (auto s = AuditLog::installTriggers(book, QStringLiteral("readiness_evidence"), {QStringLiteral("data")}); !s)
        return s;
    for (const SeedReadiness &r : kReadiness)
        if (auto q = book.exec(QStringLiteral("INSERT INTO readiness_items (code, name_hi, name_en, frequency, live_check)"
                                              " VALUES (?,?,?,?,?)"),
                               {QString::fromLatin1(r.code), QString::fromUtf16(r.hi), QString::fromUtf8(r.en),
                                QString::fromLatin1(r.frequency), QString::fromLatin1(r.liveCheck)});
            !q)
            return q.error();
    return {};
}


// Version 9: the meetings register (GP, committees, Gram Sabha, social audits, drills, reviews) and the action
// items of its resolutions; items 12, 24 and 25 of Annexure-2 are judged from it.
Status stepMeetings(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE meetings (") + entryColumns()
                + QStringLiteral(" kind TEXT NOT NULL CHECK (kind IN ('gp','committee','gram_sabha','social_audit','fire_drill',"
                                 "'management_review')),"
                                 " committee TEXT NOT NULL DEFAULT '', session TEXT NOT NULL DEFAULT '',"
                                 " held_on TEXT NOT NULL, venue TEXT NOT NULL DEFAULT '', notice_on TEXT,"
                                 " presided_by TEXT NOT NULL DEFAULT '',"
                                 " members INTEGER NOT NULL CHECK (members >= 1), present INTEGER NOT NULL CHECK (present >= 0),"
                                 " quorum INTEGER, quorum_met TEXT NOT NULL DEFAULT '',"
                                 " agenda TEXT NOT NULL DEFAULT '', resolutions TEXT NOT NULL DEFAULT '', minutes TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX meetings_kind ON meetings (kind, held_on) WHERE is_current = 1 AND cancelled = 0"),
            QStringLiteral("CREATE TABLE meeting_actions (") + entryColumns()
                + QStringLiteral(" meeting_no TEXT NOT NULL, decided_on TEXT NOT NULL, action TEXT NOT NULL, owner TEXT NOT NULL,"
                                 " due_on TEXT, done_on TEXT, remarks TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("UPDATE readiness_items SET live_check = 'fire_drill' WHERE code = '12' AND live_check = ''"),
            QStringLiteral("UPDATE readiness_items SET live_check = 'meetings' WHERE code = '24' AND live_check = ''"),
            QStringLiteral("UPDATE readiness_items SET live_check = 'social_audit' WHERE code = '25' AND live_check = ''"),
        });
        !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("meetings"), QStringLiteral("held_on")); !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("meeting_actions"), QStringLiteral("decided_on")); !s)
        return s;
    for (const QString &table : {QStringLiteral("meetings"), QStringLiteral("meeting_actions")})
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    return {};
}


namespace {

struct SeedStep {
    const char *code;
    int step;
    const char16_t *hi;
    const char *en;
};

// The six steps to ISO 9001 certification of a GP (Ministry slides, DOMAIN.md), the audits of step 5 and 6 apart.
constexpr SeedStep kSteps[] = {
    {"S1-AWARE", 1, u"आईएसओ को समझना: जागरूकता प्रशिक्षण", "Understand ISO: awareness training"},
    {"S2-GAP", 2, u"कमियों की पहचान: स्थिति विश्लेषण", "Recognise the gap: status analysis"},
    {"S3-PLAN", 3, u"कार्य योजना लागू करना", "Implement the action plan"},
    {"S4-DOCS", 4, u"दस्तावेज़ीकरण", "Documentation"},
    {"S5-PRE", 5, u"पूर्व-मूल्यांकन ऑडिट", "Pre-assessment audit"},
    {"S5-STAGE1", 5, u"चरण-1 प्रमाणन ऑडिट", "Stage 1 certification audit"},
    {"S5-STAGE2", 5, u"चरण-2 प्रमाणन ऑडिट", "Stage 2 certification audit"},
    {"S6-SURV1", 6, u"पहला निगरानी ऑडिट", "First surveillance audit"},
    {"S6-SURV2", 6, u"दूसरा निगरानी ऑडिट", "Second surveillance audit"},
};

}  // namespace

// Version 10: the steps to certification with their planned and actual dates.
Status stepCertification(Book &book)
{
    if (auto s = run(book, {QStringLiteral("CREATE TABLE certification_steps ("
                                           " code TEXT PRIMARY KEY, step INTEGER NOT NULL CHECK (step BETWEEN 1 AND 6),"
                                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
                                           " planned_on TEXT, done_on TEXT, notes TEXT NOT NULL DEFAULT '')")});
        !s)
        return s;
    if (auto s = AuditLog::installTriggers(book, QStringLiteral("certification_steps")); !s)
        return s;
    for (const SeedStep &st : kSteps)
        if (auto q = book.exec(QStringLiteral("INSERT INTO certification_steps (code, step, name_hi, name_en) VALUES (?,?,?,?)"),
                               {QString::fromLatin1(st.code), st.step, QString::fromUtf16(st.hi), QString::fromUtf8(st.en)});
            !q)
            return q.error();
    return {};
}


// Version 11: the risk register (likelihood × impact, treatment, owner, review date); Annexure-2 item 13 is judged
// from it.
Status stepRisks(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE risks (") + entryColumns()
                + QStringLiteral(" identified_on TEXT NOT NULL, risk TEXT NOT NULL, area TEXT NOT NULL DEFAULT '',"
                                 " likelihood INTEGER NOT NULL CHECK (likelihood BETWEEN 1 AND 5),"
                                 " impact INTEGER NOT NULL CHECK (impact BETWEEN 1 AND 5), score INTEGER,"
                                 " treatment TEXT NOT NULL DEFAULT '', owner TEXT NOT NULL DEFAULT '', review_on TEXT,"
                                 " status TEXT NOT NULL CHECK (status IN ('open','treated','closed')))"),
            QStringLiteral("UPDATE readiness_items SET live_check = 'risks' WHERE code = '13' AND live_check = ''"),
        });
        !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("risks"), QStringLiteral("identified_on")); !s)
        return s;
    return AuditLog::installTriggers(book, QStringLiteral("risks"));
}

// Version 12: the quality system's records (Annexure-1): the policy, objectives, roles and the quality circle,
// trainings, citizen surveys, and audit findings with their corrective actions.
Status stepQualitySystem(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE quality_policy (") + entryColumns()
                + QStringLiteral(" adopted_on TEXT NOT NULL, adopted_by TEXT NOT NULL DEFAULT '', text_hi TEXT NOT NULL,"
                                 " text_en TEXT NOT NULL DEFAULT '', review_on TEXT)"),
            QStringLiteral("CREATE TABLE quality_objectives ("
                           " code TEXT PRIMARY KEY, name_hi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
                           " measure TEXT NOT NULL CHECK (measure IN ('services_in_time','complaints_in_time','feedback_share',"
                           "'behaviour_rating','service_time_rating','vital_on_time','survey_satisfaction','manual')),"
                           " comparison TEXT NOT NULL DEFAULT 'at_least' CHECK (comparison IN ('at_least','at_most')),"
                           " target INTEGER NOT NULL CHECK (target >= 0), measured_value INTEGER, measured_on TEXT,"
                           " owner TEXT NOT NULL DEFAULT '', active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
            QStringLiteral("CREATE TABLE quality_roles ("
                           " code TEXT PRIMARY KEY, name_hi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
                           " holder TEXT NOT NULL, designation TEXT NOT NULL DEFAULT '', responsibilities TEXT NOT NULL DEFAULT '',"
                           " circle TEXT NOT NULL DEFAULT '' CHECK (circle IN ('','chair','convenor','member')), since TEXT,"
                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
            QStringLiteral("CREATE TABLE trainings (") + entryColumns()
                + QStringLiteral(" held_on TEXT NOT NULL, topic TEXT NOT NULL, kind TEXT NOT NULL, trainer TEXT NOT NULL DEFAULT '',"
                                 " venue TEXT NOT NULL DEFAULT '', hours INTEGER, attendees TEXT NOT NULL,"
                                 " attendee_count INTEGER NOT NULL DEFAULT 0, remarks TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE surveys (") + entryColumns()
                + QStringLiteral(" done_on TEXT NOT NULL, title TEXT NOT NULL, method TEXT NOT NULL,"
                                 " respondents INTEGER NOT NULL CHECK (respondents >= 1),"
                                 " satisfied INTEGER NOT NULL CHECK (satisfied BETWEEN 0 AND respondents), satisfied_pct INTEGER,"
                                 " findings TEXT NOT NULL DEFAULT '', actions TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE audit_findings (") + entryColumns()
                + QStringLiteral(" found_on TEXT NOT NULL, audit TEXT NOT NULL, auditor TEXT NOT NULL DEFAULT '',"
                                 " area TEXT NOT NULL DEFAULT '', clause TEXT NOT NULL DEFAULT '',"
                                 " type TEXT NOT NULL CHECK (type IN ('major','minor','observation','improvement')),"
                                 " finding TEXT NOT NULL, cause TEXT NOT NULL DEFAULT '', action TEXT NOT NULL DEFAULT '',"
                                 " owner TEXT NOT NULL DEFAULT '', due_on TEXT, done_on TEXT, verified_on TEXT,"
                                 " verified_by TEXT NOT NULL DEFAULT '', effective TEXT NOT NULL DEFAULT '',"
                                 " status TEXT NOT NULL CHECK (status IN ('open','to_verify','closed')))"),
        });
        !s)
        return s;
    const std::pair<const char *, const char *> registers[] = {
        {"quality_policy", "adopted_on"}, {"trainings", "held_on"}, {"surveys", "done_on"}, {"audit_findings", "found_on"}};
    for (const auto &[table, date] : registers)
        if (auto s = protectRegister(book, QString::fromLatin1(table), QString::fromLatin1(date)); !s)
            return s;
    for (const char *table : {"quality_policy", "quality_objectives", "quality_roles", "trainings", "surveys", "audit_findings"})
        if (auto s = AuditLog::installTriggers(book, QString::fromLatin1(table)); !s)
            return s;
    return {};
}

// Version 19: Annexure-2 in the order's own words. Nine items had been seeded abridged (3, 7, 9, 10, 15, 18, 20, 21,
// 23); a book whose item still reads as seeded moves to the exact text, one the office has edited keeps its own.
// Item 17 is judged from the list of emergency numbers.
Status stepReadinessWords(Book &book)
{
    const struct {
        const char *code;
        const char16_t *seeded;
        const char16_t *exact;
    } kWords[] = {
        {"03", u"कर्मचारियों एवं वार्ड सदस्यों का विवरण दीवार लेखन/फ्लेक्सी बोर्ड पर प्रदर्शन",
         u"ग्राम सचिवालय में कार्यरत कर्मचारियों एवं वार्ड सदस्यों का विवरण दीवार लेखन/फ्लेक्सी बोर्ड पर प्रदर्शन"},
        {"07", u"दी जाने वाली सर्विसेज का दीवार लेखन/फ्लेक्सी बोर्ड पर प्रदर्शन",
         u"ग्राम सचिवालय द्वारा दी जाने वाली सर्विसेज का दीवार लेखन/फ्लेक्सी बोर्ड पर प्रदर्शन"},
        {"09", u"पत्रावलियों के संक्षिप्त विवरण को कम्प्यूटर में सूचीबद्ध किया जाना ताकि कम समय में प्राप्त किया जा सके",
         u"रिकार्ड रूम में पत्रावलियों के रख-रखाव एवं पत्रावलियों के संक्षिप्त विवरण को कम्प्यूटर में सूचीबद्ध किया जाना "
         u"जिससे आसानी से कम समय में संबंधित पत्रावलियों को प्राप्त किया जा सके"},
        {"10", u"सर्विस में लगने वाला समय, कर्मचारियों का व्यवहार आदि पर आगंतुक से फीडबैक",
         u"ग्राम सचिवालय द्वारा निर्गत की जा रही सर्विस में लगने वाला समय, कर्मचारियों का व्यवहार आदि पर आगंतुक से फीडबैक "
         u"प्राप्त करना"},
        {"15", u"कोडिंग-यूनिक संख्या के साथ सभी पत्रावलियों को व्यवस्थित किया जाना",
         u"कोडिंग-यूनिक संख्या के साथ सभी पत्रावलियों को कार्यालय में व्यवस्थित किया जाना"},
        {"18", u"बैठक हेतु सभाकक्ष की व्यवस्था", u"ग्राम पंचायत एवं समिति की बैठक हेतु सभाकक्ष की व्यवस्था"},
        {"20", u"प्रतीक्षालय में पेयजल एवं टी0वी0/अखबार/पत्रिका",
         u"प्रतीक्षालय कक्ष में आगंतुकों हेतु पेयजल एवं टी0वी0/अखबार/पत्रिका की उपलब्धता"},
        {"21", u"महिला एवं पुरुष हेतु पृथक शौचालय तथा दिव्यांग हेतु रैम्प",
         u"ग्राम सचिवालय में महिला एवं पुरुष हेतु पृथक-पृथक शौचालय तथा दिव्यांग हेतु रैम्प की व्यवस्था हो"},
        {"23", u"आवश्यक अभिलेख: शिकायत रजिस्टर, बैठकों की कार्यवाही रजिस्टर, जन्म-मृत्यु रजिस्टर, परिवार रजिस्टर, स्टॉक "
               u"रजिस्टर, कैश-बुक, उपस्थिति रजिस्टर, आगंतुक रजिस्टर आदि",
         u"आवश्यक अभिलेखों जैसे-ग्राम पंचायत शिकायत रजिस्टर, समितियों एवं ग्राम सभा के बैठकों की कार्यवाही रजिस्टर, "
         u"जन्म-मृत्यु रजिस्टर, परिवार रजिस्टर, स्टॉक रजिस्टर, केश-बुक, उपस्थिति रजिस्टर, आगंतुक रजिस्टर आदि की व्यवस्था"},
    };
    for (const auto &w : kWords)
        if (auto r = book.exec(QStringLiteral("UPDATE readiness_items SET name_hi = ? WHERE code = ? AND name_hi = ?"),
                               {QString::fromUtf16(w.exact), QString::fromLatin1(w.code), QString::fromUtf16(w.seeded)});
            !r)
            return r.error();
    if (auto r = book.exec(QStringLiteral("UPDATE readiness_items SET live_check = 'emergency' WHERE code = '17' AND live_check = ''")); !r)
        return r.error();
    return {};
}

}  // namespace gd::schema
