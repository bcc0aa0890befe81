#include "Schema.h"
#include "SchemaParts.h"

#include "AuditLog.h"
#include "Book.h"
#include "../registers/SearchIndex.h"

#include <QDir>
#include <QTemporaryDir>
#include <mutex>
#include <optional>

namespace gd {

namespace schema {

Status run(Book &book, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto r = book.exec(sql); !r)
            return r.error();
    }
    return {};
}

}  // namespace schema

namespace {

using namespace schema;

// Version 1: the office, its users and settings, the audit log and the backup log.
Status stepFoundation(Book &book)
{
    if (auto s = AuditLog::createTable(book); !s)
        return s;
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE settings ("
                           " key TEXT PRIMARY KEY,"
                           " value TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE office ("
                           " id INTEGER PRIMARY KEY CHECK (id = 1),"
                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL,"
                           " lgd_code TEXT NOT NULL, lgd_valid_from TEXT,"
                           " block TEXT NOT NULL DEFAULT '', district TEXT NOT NULL DEFAULT '',"
                           " state TEXT NOT NULL DEFAULT '', state_lgd_code TEXT NOT NULL DEFAULT '',"
                           " address TEXT NOT NULL DEFAULT '', villages TEXT NOT NULL DEFAULT '',"
                           " secretary_name TEXT NOT NULL DEFAULT '', pradhan_name TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE users ("
                           " id INTEGER PRIMARY KEY,"
                           " user_name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                           " full_name TEXT NOT NULL,"
                           " role TEXT NOT NULL CHECK (role IN ('admin','secretary','operator','auditor')),"
                           " password_hash TEXT NOT NULL,"
                           " language TEXT NOT NULL DEFAULT 'hi' CHECK (language IN ('hi','en')),"
                           " active INTEGER NOT NULL DEFAULT 1,"
                           " failed_attempts INTEGER NOT NULL DEFAULT 0,"
                           " locked_until TEXT,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE backup_log ("
                           " id INTEGER PRIMARY KEY,"
                           " at TEXT NOT NULL,"
                           " kind TEXT NOT NULL,"
                           " place TEXT NOT NULL,"
                           " ok INTEGER NOT NULL,"
                           " message TEXT NOT NULL DEFAULT '',"
                           " actor TEXT NOT NULL DEFAULT '')"),
        });
        !s)
        return s;
    for (const QString &table : {QStringLiteral("settings"), QStringLiteral("office"), QStringLiteral("backup_log")}) {
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    }
    // Password hashes never enter the audit log; that a password changed does (version 17 logs their digest).
    return AuditLog::installTriggers(book, QStringLiteral("users"), {QStringLiteral("password_hash")});
}

}  // namespace

namespace schema {

Status appendOnly(Book &book, const QString &table, const char *why)
{
    return run(book, {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN"
                                     " SELECT RAISE(ABORT, '%2'); END")
                          .arg(table, QLatin1String(why)),
                      QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN"
                                     " SELECT RAISE(ABORT, '%2'); END")
                          .arg(table, QLatin1String(why))});
}

QString entryColumns()
{
    return QStringLiteral(" id INTEGER PRIMARY KEY,"
                          " number TEXT NOT NULL,"
                          " fy TEXT NOT NULL,"
                          " serial INTEGER,"
                          " version INTEGER NOT NULL CHECK (version >= 1),"
                          " is_current INTEGER NOT NULL DEFAULT 1 CHECK (is_current IN (0, 1)),"
                          " change TEXT NOT NULL CHECK (change IN ('new','correction','update','reopen','cancel')),"
                          " reason TEXT NOT NULL DEFAULT '',"
                          " changed_at TEXT NOT NULL,"
                          " changed_by TEXT NOT NULL,"
                          " cancelled INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),");
}

QString countTrigger(const QString &table)
{
    // Not while the book's batch writer counts the register's new entries itself (Book::RowTriggersAside).
    return QStringLiteral("CREATE TRIGGER %1_count AFTER INSERT ON %1 WHEN NEW.version = 1 AND gd_by_trigger('%1') BEGIN"
                          " INSERT INTO register_stats (register, entries) VALUES ('%1', 1)"
                          " ON CONFLICT (register) DO UPDATE SET entries = entries + 1; END")
        .arg(table);
}

Status protectRegister(Book &book, const QString &table, const QString &dateColumn)
{
    auto info = book.exec(QStringLiteral("SELECT name FROM pragma_table_info(?)"), {table});
    if (!info)
        return info.error();
    QStringList changed;
    while (info.value().next()) {
        const QString c = info.value().value(0).toString();
        if (c != u"is_current")
            changed += QStringLiteral("NEW.\"%1\" IS NOT OLD.\"%1\"").arg(c);
    }
    const QString t = table;
    return run(book,
               {QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN"
                               " SELECT RAISE(ABORT, '%2'); END")
                    .arg(t, QLatin1String(refusal::kEntriesNeverDeleted)),
                QStringLiteral("CREATE TRIGGER %1_no_overwrite BEFORE UPDATE ON %1"
                               " WHEN OLD.is_current = 0 OR NEW.is_current <> 0 OR %2 BEGIN"
                               " SELECT RAISE(ABORT, '%3'); END")
                    .arg(t, changed.join(QStringLiteral(" OR ")), QLatin1String(refusal::kEntriesNeverOverwritten)),
                countTrigger(t),
                QStringLiteral("CREATE UNIQUE INDEX %1_number ON %1 (number) WHERE is_current = 1").arg(t),
                QStringLiteral("CREATE UNIQUE INDEX %1_version ON %1 (number, version)").arg(t),
                QStringLiteral("CREATE INDEX %1_serial ON %1 (fy, serial)").arg(t),
                QStringLiteral("CREATE INDEX %1_by_date ON %1 (%2, id) WHERE is_current = 1").arg(t, dateColumn)});
}

}  // namespace schema

namespace {

using namespace schema;

struct SeedService {
    const char *code;
    const char16_t *hi;
    const char *en;
    int days;
    const char *kind;
    qint64 fee;
    const char16_t *documents;
};

// A model charter of common Gram Panchayat services (DOMAIN.md); every office edits it to its own.
constexpr SeedService kServices[] = {
    {"FAMREG-COPY", u"परिवार रजिस्टर की नकल", "Copy of family register", 3, "working", 500,
     u"आवेदन पत्र; पहचान पत्र की छाया प्रति"},
    {"BIRTH-REG", u"जन्म पंजीकरण में सहायता", "Help with birth registration", 7, "working", 0,
     u"जन्म की सूचना; माता-पिता के पहचान पत्र; अस्पताल की पर्ची (यदि हो)"},
    {"DEATH-REG", u"मृत्यु पंजीकरण में सहायता", "Help with death registration", 7, "working", 0,
     u"मृत्यु की सूचना; मृतक व सूचक के पहचान पत्र"},
    {"WATER-CONN", u"नया पेयजल कनेक्शन", "New water connection", 30, "calendar", 0,
     u"आवेदन पत्र; मकान का विवरण; पहचान पत्र"},
    {"STREETLIGHT", u"स्ट्रीट लाइट की मरम्मत", "Street-light repair", 2, "working", 0, u"खम्भे का स्थान"},
    {"WATER-LEAK", u"पेयजल पाइप रिसाव की मरम्मत", "Water-leak repair", 2, "working", 0, u"रिसाव का स्थान"},
    {"RESIDENCE", u"निवास प्रमाण पत्र हेतु संस्तुति", "Recommendation for residence certificate", 7, "working", 0,
     u"आवेदन पत्र; परिवार रजिस्टर की नकल; पहचान पत्र"},
    {"PENSION", u"वृद्धावस्था/विधवा/दिव्यांग पेंशन आवेदन का अग्रसारण",
     "Forwarding of old-age/widow/disability pension application", 15, "working", 0,
     u"आवेदन पत्र; आयु/मृत्यु/दिव्यांगता प्रमाण पत्र; बैंक पासबुक; आधार"},
    {"HOUSING", u"आवास योजना हेतु आवेदन", "Application for rural housing scheme", 30, "working", 0,
     u"आवेदन पत्र; परिवार रजिस्टर की नकल; बैंक पासबुक"},
    {"TOILET", u"व्यक्तिगत शौचालय हेतु आवेदन", "Application for individual household toilet", 30, "working", 0,
     u"आवेदन पत्र; बैंक पासबुक; पहचान पत्र"},
    {"JOBCARD", u"मनरेगा जॉब कार्ड", "MGNREGA job card", 15, "working", 0,
     u"आवेदन पत्र; परिवार के सदस्यों के फोटो; पहचान पत्र"},
    {"RATION-FWD", u"राशन कार्ड आवेदन का अग्रसारण", "Forwarding of ration card application", 15, "working", 0,
     u"आवेदन पत्र; परिवार रजिस्टर की नकल; आय का विवरण"},
};

struct SeedCategory {
    const char *code;
    const char16_t *hi;
    const char *en;
    int days;
};

constexpr SeedCategory kCategories[] = {
    {"WATER", u"पेयजल", "Drinking water", 2},
    {"SANITATION", u"स्वच्छता", "Sanitation", 3},
    {"STREETLIGHT", u"स्ट्रीट लाइट", "Street light", 2},
    {"ROADS", u"सड़क/खड़ंजा", "Roads", 30},
    {"DRAINS", u"नाली", "Drains", 7},
    {"PENSION", u"पेंशन", "Pension", 21},
    {"RATION", u"राशन", "Ration", 15},
    {"CERTIFICATES", u"प्रमाण पत्र", "Certificates", 7},
    {"STAFF", u"कर्मचारी का व्यवहार", "Staff behaviour", 15},
    {"OTHER", u"अन्य", "Other", 21},
};

// Version 2: the working calendar, the citizen charter, complaint categories, and the front-office registers.
Status stepFrontOffice(Book &book)
{
    const QString entry = entryColumns();
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE register_stats ("
                           " register TEXT PRIMARY KEY,"
                           " entries INTEGER NOT NULL)"),
            QStringLiteral("CREATE TABLE holidays ("
                           " date TEXT PRIMARY KEY,"
                           " name TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE services ("
                           " code TEXT PRIMARY KEY,"
                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL,"
                           " time_limit_days INTEGER NOT NULL CHECK (time_limit_days BETWEEN 0 AND 365),"
                           " day_kind TEXT NOT NULL DEFAULT 'working' CHECK (day_kind IN ('working','calendar')),"
                           " fee INTEGER CHECK (fee >= 0),"
                           " documents TEXT NOT NULL DEFAULT '', where_to_apply TEXT NOT NULL DEFAULT '',"
                           " designated_officer TEXT NOT NULL DEFAULT '', first_appellate TEXT NOT NULL DEFAULT '',"
                           " second_appellate TEXT NOT NULL DEFAULT '',"
                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
            QStringLiteral("CREATE TABLE complaint_categories ("
                           " code TEXT PRIMARY KEY,"
                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL,"
                           " time_limit_days INTEGER NOT NULL CHECK (time_limit_days BETWEEN 0 AND 365),"
                           " day_kind TEXT NOT NULL DEFAULT 'working' CHECK (day_kind IN ('working','calendar')),"
                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
            QStringLiteral("CREATE TABLE visitors (") + entry
                + QStringLiteral(" date TEXT NOT NULL, time_in TEXT NOT NULL, time_out TEXT,"
                                 " name TEXT NOT NULL, relative_name TEXT NOT NULL DEFAULT '',"
                                 " village TEXT NOT NULL DEFAULT '', mobile TEXT NOT NULL DEFAULT '',"
                                 " purpose TEXT NOT NULL, service_code TEXT NOT NULL DEFAULT '',"
                                 " met_whom TEXT NOT NULL DEFAULT '', outcome TEXT NOT NULL DEFAULT '',"
                                 " outcome_ref TEXT NOT NULL DEFAULT '',"
                                 " service_time_rating INTEGER CHECK (service_time_rating BETWEEN 1 AND 5),"
                                 " behaviour_rating INTEGER CHECK (behaviour_rating BETWEEN 1 AND 5),"
                                 " suggestion TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE applications (") + entry
                + QStringLiteral(" service_code TEXT NOT NULL REFERENCES services(code),"
                                 " received_on TEXT NOT NULL,"
                                 " applicant_name TEXT NOT NULL, relative_name TEXT NOT NULL DEFAULT '',"
                                 " village TEXT NOT NULL DEFAULT '', mobile TEXT NOT NULL DEFAULT '',"
                                 " documents_received TEXT NOT NULL DEFAULT '',"
                                 " status TEXT NOT NULL CHECK (status IN ('pending','delivered','rejected')),"
                                 " closed_on TEXT, remarks TEXT NOT NULL DEFAULT '',"
                                 " due_on TEXT NOT NULL, fee INTEGER)"),
            QStringLiteral("CREATE TABLE complaints (") + entry
                + QStringLiteral(" received_on TEXT NOT NULL,"
                                 " mode TEXT NOT NULL, portal_ref TEXT NOT NULL DEFAULT '',"
                                 " complainant_name TEXT NOT NULL, relative_name TEXT NOT NULL DEFAULT '',"
                                 " village TEXT NOT NULL DEFAULT '', mobile TEXT NOT NULL DEFAULT '',"
                                 " category_code TEXT NOT NULL REFERENCES complaint_categories(code),"
                                 " description TEXT NOT NULL, marked_to TEXT NOT NULL DEFAULT '',"
                                 " status TEXT NOT NULL CHECK (status IN ('received','in_progress','interim_reply',"
                                 "'disposed','rejected','transferred')),"
                                 " disposed_on TEXT, action_taken TEXT NOT NULL DEFAULT '',"
                                 " satisfied TEXT NOT NULL DEFAULT '', interim_reply TEXT NOT NULL DEFAULT '',"
                                 " reply_sent_on TEXT, escalated_to TEXT NOT NULL DEFAULT '', escalated_on TEXT,"
                                 " due_on TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX applications_open ON applications (status, due_on) WHERE is_current = 1"),
            QStringLiteral("CREATE INDEX complaints_open ON complaints (status, due_on) WHERE is_current = 1"),
        });
        !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("visitors"), QStringLiteral("date")); !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("applications"), QStringLiteral("received_on")); !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("complaints"), QStringLiteral("received_on")); !s)
        return s;
    for (const QString &table : {QStringLiteral("holidays"), QStringLiteral("services"),
                                 QStringLiteral("complaint_categories"), QStringLiteral("visitors"),
                                 QStringLiteral("applications"), QStringLiteral("complaints")}) {
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    }
    const QString officer = QStringLiteral("ग्राम पंचायत अधिकारी (Gram Panchayat Adhikari)");
    const QString first = QStringLiteral("सहायक विकास अधिकारी (पंचायत) (ADO Panchayat)");
    const QString second = QStringLiteral("जिला पंचायत राज अधिकारी (DPRO)");
    const QString where = QStringLiteral("पंचायत भवन, कार्य दिवस में 10 से 5 बजे (Panchayat Bhawan, working days 10–5)");
    for (const SeedService &sv : kServices) {
        if (auto r = book.exec(QStringLiteral("INSERT INTO services (code, name_hi, name_en, time_limit_days, day_kind,"
                                              " fee, documents, where_to_apply, designated_officer, first_appellate,"
                                              " second_appellate) VALUES (?,?,?,?,?,?,?,?,?,?,?)"),
                               {QString::fromLatin1(sv.code), QString::fromUtf16(sv.hi), QString::fromLatin1(sv.en),
                                sv.days, QString::fromLatin1(sv.kind), sv.fee, QString::fromUtf16(sv.documents),
                                where, officer, first, second});
            !r)
            return r.error();
    }
    for (const SeedCategory &c : kCategories) {
        if (auto r = book.exec(QStringLiteral("INSERT INTO complaint_categories (code, name_hi, name_en, time_limit_days)"
                                              " VALUES (?,?,?,?)"),
                               {QString::fromLatin1(c.code), QString::fromUtf16(c.hi), QString::fromLatin1(c.en), c.days});
            !r)
            return r.error();
    }
    return {};
}

// Version 3: the birth and death register, which tracks each case to its CRS registration.
Status stepVitalEvents(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE vital_events (") + entryColumns()
                + QStringLiteral(" event_type TEXT NOT NULL CHECK (event_type IN ('birth','death','still_birth')),"
                                 " event_date TEXT NOT NULL, reported_on TEXT NOT NULL,"
                                 " name TEXT NOT NULL DEFAULT '',"
                                 " sex TEXT NOT NULL CHECK (sex IN ('male','female','other')),"
                                 " father_name TEXT NOT NULL DEFAULT '', mother_name TEXT NOT NULL DEFAULT '',"
                                 " spouse_name TEXT NOT NULL DEFAULT '', age_years INTEGER,"
                                 " place_type TEXT NOT NULL CHECK (place_type IN ('home','institution','other')),"
                                 " place_name TEXT NOT NULL DEFAULT '', address TEXT NOT NULL DEFAULT '',"
                                 " informant_name TEXT NOT NULL, informant_relation TEXT NOT NULL DEFAULT '',"
                                 " informant_mobile TEXT NOT NULL DEFAULT '',"
                                 " late_fee_receipt TEXT NOT NULL DEFAULT '', permission_ref TEXT NOT NULL DEFAULT '',"
                                 " crs_application_no TEXT NOT NULL DEFAULT '', crs_registration_no TEXT NOT NULL DEFAULT '',"
                                 " crs_registered_on TEXT, certificate_issued_on TEXT,"
                                 " certificate_issued_to TEXT NOT NULL DEFAULT '', remarks TEXT NOT NULL DEFAULT '',"
                                 " aadhaar_last4 TEXT NOT NULL DEFAULT '' CHECK (length(aadhaar_last4) IN (0, 4)),"
                                 " id_shown TEXT NOT NULL DEFAULT '', family_register_updated TEXT NOT NULL DEFAULT '',"
                                 " copies TEXT NOT NULL DEFAULT '', correction_order TEXT NOT NULL DEFAULT '',"
                                 " delay_days INTEGER NOT NULL, delay_category TEXT NOT NULL"
                                 " CHECK (delay_category IN ('on_time','late','permission','order')),"
                                 " fee INTEGER)"),
            QStringLiteral("CREATE INDEX vital_events_crs ON vital_events (crs_registration_no, reported_on)"
                           " WHERE is_current = 1"),
        });
        !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("vital_events"), QStringLiteral("reported_on")); !s)
        return s;
    return AuditLog::installTriggers(book, QStringLiteral("vital_events"));
}

struct SeedSubject {
    const char *code;
    const char16_t *hi;
    const char *en;
};

// The functional index of DOMAIN.md; every office extends it.
constexpr SeedSubject kSubjects[] = {
    {"ADM", u"प्रशासन", "Administration"},
    {"ACC", u"लेखा", "Accounts"},
    {"WRK", u"निर्माण कार्य", "Works"},
    {"BD", u"जन्म-मृत्यु", "Births and deaths"},
    {"FAM", u"परिवार रजिस्टर", "Family register"},
    {"GRV", u"शिकायतें", "Grievances"},
    {"RTI", u"सूचना का अधिकार", "Right to information"},
    {"MTG", u"बैठकें", "Meetings"},
    {"SCH", u"योजनाएँ", "Schemes"},
    {"STF", u"कर्मचारी", "Staff"},
};

// Version 7: the record room (file subjects, places, the file index, movements) and the search index.
Status stepRecordRoom(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE file_subjects ("
                           " code TEXT PRIMARY KEY, name_hi TEXT NOT NULL, name_en TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE places ("
                           " code TEXT PRIMARY KEY,"
                           " kind TEXT NOT NULL CHECK (kind IN ('room','almirah','rack','shelf','bundle')),"
                           " name TEXT NOT NULL, parent TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE files (") + entryColumns()
                + QStringLiteral(" subject_code TEXT NOT NULL REFERENCES file_subjects(code),"
                                 " title TEXT NOT NULL, section TEXT NOT NULL DEFAULT '',"
                                 " opened_on TEXT NOT NULL, closed_on TEXT,"
                                 " retention TEXT NOT NULL CHECK (retention IN ('A','B','C','E')),"
                                 " retention_years INTEGER CHECK (retention_years BETWEEN 1 AND 10),"
                                 " room TEXT NOT NULL DEFAULT '', almirah TEXT NOT NULL DEFAULT '',"
                                 " rack TEXT NOT NULL DEFAULT '', shelf TEXT NOT NULL DEFAULT '',"
                                 " bundle TEXT NOT NULL DEFAULT '', remarks TEXT NOT NULL DEFAULT '',"
                                 " volume INTEGER NOT NULL DEFAULT 1 CHECK (volume >= 1),"
                                 " status TEXT NOT NULL CHECK (status IN ('open','closed','destroyed')),"
                                 " review_on TEXT, destroyed_on TEXT, destruction_order TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX files_subject ON files (fy, subject_code, serial)"),
            QStringLiteral("CREATE INDEX files_place ON files (room, almirah) WHERE is_current = 1"),
            QStringLiteral("CREATE TABLE file_movements (") + entryColumns()
                + QStringLiteral(" file_code TEXT NOT NULL, issued_on TEXT NOT NULL, issued_to TEXT NOT NULL,"
                                 " purpose TEXT NOT NULL DEFAULT '', due_back_on TEXT, returned_on TEXT)"),
            QStringLiteral("CREATE INDEX file_movements_out ON file_movements (file_code)"
                           " WHERE is_current = 1 AND cancelled = 0 AND returned_on IS NULL"),
            QStringLiteral("CREATE INDEX file_movements_file ON file_movements (file_code, issued_on) WHERE is_current = 1"),
        });
        !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("files"), QStringLiteral("opened_on")); !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("file_movements"), QStringLiteral("issued_on")); !s)
        return s;
    for (const QString &table : {QStringLiteral("file_subjects"), QStringLiteral("places"), QStringLiteral("files"),
                                 QStringLiteral("file_movements")})
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    for (const SeedSubject &subject : kSubjects)
        if (auto r = book.exec(QStringLiteral("INSERT INTO file_subjects (code, name_hi, name_en) VALUES (?,?,?)"),
                               {QString::fromLatin1(subject.code), QString::fromUtf16(subject.hi), QString::fromUtf8(subject.en)});
            !r)
            return r.error();
    if (auto s = SearchIndex::create(book); !s)
        return s;
    return SearchIndex::rebuild(book);
}


// Version 16: the triggers that keep the books of a new row (its audit entry, the register's count) ask
// gd_by_trigger whether they run now: an import's batch writer keeps them itself (EntryBatch).
Status stepBatchWrites(Book &book)
{
    if (auto s = AuditLog::reinstallTriggers(book); !s)
        return s;
    auto tables = book.exec(QStringLiteral("SELECT tbl_name FROM sqlite_master WHERE type = 'trigger'"
                                           " AND name = tbl_name || '_count' ORDER BY tbl_name"));
    if (!tables)
        return tables.error();
    QStringList statements;
    while (tables.value().next()) {
        const QString t = tables.value().value(0).toString();
        statements << QStringLiteral("DROP TRIGGER %1_count").arg(t) << countTrigger(t);
    }
    return run(book, statements);
}

// Version 17: a user's password hash is logged as its SHA-256, so that a hash changed behind GramDesk's back
// shows (each user's row is logged once as it stands, the digest with it); and the seals printed so far, each
// the audit chain's head at a moment (Seals).
Status stepSealsAndPasswords(Book &book)
{
    if (auto s = AuditLog::installTriggers(book, QStringLiteral("users"), {}, {QStringLiteral("password_hash")}); !s)
        return s;
    if (auto r = book.exec(QStringLiteral("UPDATE users SET id = id")); !r)
        return r.error();
    if (auto s = run(book, {QStringLiteral("CREATE TABLE seals ("
                                           " entry INTEGER PRIMARY KEY,"
                                           " code TEXT NOT NULL,"
                                           " made_at TEXT NOT NULL,"
                                           " made_for TEXT NOT NULL DEFAULT '')")});
        !s)
        return s;
    return appendOnly(book, QStringLiteral("seals"), refusal::kSealKept);
}

// A register's table: the entry columns and its own `columns` (a fixed list written in its step), any further
// statements (its indexes), then its protection against deletion and overwriting, and its audit triggers.
Status createRegister(Book &book, const QString &table, const QString &columns, const QString &dateColumn,
                      const QStringList &more = {})
{
    if (auto s = run(book, QStringList{QStringLiteral("CREATE TABLE ") + table + QStringLiteral(" (") + entryColumns() + columns
                                       + u')'}
                               + more);
        !s)
        return s;
    if (auto s = protectRegister(book, table, dateColumn); !s)
        return s;
    return AuditLog::installTriggers(book, table);
}

// Version 18: the appeal register: an appeal against an application rejected or not delivered in time, at the
// first or second appellate officer, with its hearing, order and outcome.
Status stepAppeals(Book &book)
{
    return createRegister(book, QStringLiteral("appeals"),
                          QStringLiteral(" application_no TEXT NOT NULL, filed_on TEXT NOT NULL,"
                                         " level TEXT NOT NULL CHECK (level IN ('first','second')),"
                                         " appellant_name TEXT NOT NULL DEFAULT '',"
                                         " appellate_officer TEXT NOT NULL DEFAULT '', grounds TEXT NOT NULL DEFAULT '',"
                                         " hearing_on TEXT, due_on TEXT,"
                                         " outcome TEXT NOT NULL CHECK (outcome IN ('pending','allowed','dismissed','remanded')),"
                                         " order_on TEXT, order_text TEXT NOT NULL DEFAULT ''"),
                          QStringLiteral("filed_on"));
}

// The family register: a row per member in its family (village and number), and the register of its events.
Status stepFamilyRegister(Book &book)
{
    if (auto s = createRegister(book, QStringLiteral("family_members"),
                                QStringLiteral(" village TEXT NOT NULL, family_no INTEGER NOT NULL CHECK (family_no >= 1),"
                                               " house_no TEXT NOT NULL DEFAULT '', head_name TEXT NOT NULL DEFAULT '',"
                                               " member_serial INTEGER, name TEXT NOT NULL, relative_name TEXT NOT NULL DEFAULT '',"
                                               " relation TEXT NOT NULL, sex TEXT NOT NULL CHECK (sex IN ('male','female','other')),"
                                               " religion TEXT, category TEXT, birth_date TEXT, age INTEGER, age_on TEXT,"
                                               " occupation TEXT NOT NULL DEFAULT '', literate TEXT, remarks TEXT NOT NULL DEFAULT '',"
                                               " entered_on TEXT NOT NULL, joined_on TEXT, joined_by TEXT NOT NULL,"
                                               " status TEXT NOT NULL CHECK (status IN ('living','deceased','left')),"
                                               " left_on TEXT, left_by TEXT, cross_ref TEXT NOT NULL DEFAULT '',"
                                               " vital_event_no TEXT NOT NULL DEFAULT ''"),
                                QStringLiteral("entered_on"),
                                {QStringLiteral("CREATE INDEX family_members_family ON family_members (village, family_no)"
                                                " WHERE is_current = 1")});
        !s)
        return s;
    return createRegister(book, QStringLiteral("family_events"),
                          QStringLiteral(" event_on TEXT NOT NULL, kind TEXT NOT NULL, village TEXT NOT NULL,"
                                         " family_no INTEGER NOT NULL, member_no TEXT NOT NULL DEFAULT '',"
                                         " member_name TEXT NOT NULL DEFAULT '', cause TEXT NOT NULL DEFAULT '',"
                                         " authority TEXT NOT NULL DEFAULT '', other_family TEXT NOT NULL DEFAULT '',"
                                         " vital_event_no TEXT NOT NULL DEFAULT '',"
                                         " application_no TEXT NOT NULL DEFAULT '', fee_receipt TEXT NOT NULL DEFAULT '',"
                                         " as_on TEXT"),
                          QStringLiteral("event_on"),
                          {QStringLiteral("CREATE INDEX family_events_family ON family_events (village, family_no)"
                                          " WHERE is_current = 1")});
}

// Staff attendance: one entry per person per working day.
Status stepAttendance(Book &book)
{
    return createRegister(book, QStringLiteral("attendance"),
                          QStringLiteral(" date TEXT NOT NULL, person_code TEXT NOT NULL, person_name TEXT NOT NULL DEFAULT '',"
                                         " mark TEXT NOT NULL CHECK (mark IN ('present','absent','casual_leave','medical_leave',"
                                         "'earned_leave','tour','training','block_meeting')),"
                                         " arrival TEXT, departure TEXT, remarks TEXT NOT NULL DEFAULT ''"),
                          QStringLiteral("date"),
                          {QStringLiteral("CREATE UNIQUE INDEX attendance_person_day ON attendance (person_code, date)"
                                          " WHERE is_current = 1 AND cancelled = 0")});
}

// Documented procedures: the controlled list, a version an entry, and the files kept with the versions.
Status stepProcedures(Book &book)
{
    if (auto s = run(book, {QStringLiteral("CREATE TABLE procedure_files ("
                                           " id INTEGER PRIMARY KEY, procedure_no TEXT NOT NULL, added_at TEXT NOT NULL,"
                                           " added_by TEXT NOT NULL, file_name TEXT NOT NULL, mime TEXT NOT NULL,"
                                           " bytes INTEGER NOT NULL, data BLOB NOT NULL)"),
                            QStringLiteral("CREATE INDEX procedure_files_no ON procedure_files (procedure_no)")});
        !s)
        return s;
    if (auto s = appendOnly(book, QStringLiteral("procedure_files"), refusal::kEvidenceKept); !s)
        return s;
    if (auto s = AuditLog::installTriggers(book, QStringLiteral("procedure_files"), {}, {QStringLiteral("data")}); !s)
        return s;
    return createRegister(book, QStringLiteral("procedures"),
                          QStringLiteral(" doc_code TEXT NOT NULL, title TEXT NOT NULL, kind TEXT NOT NULL,"
                                         " doc_version TEXT NOT NULL, approved_on TEXT NOT NULL, approved_by TEXT NOT NULL,"
                                         " copies_at TEXT NOT NULL DEFAULT '',"
                                         " status TEXT NOT NULL CHECK (status IN ('current','withdrawn')),"
                                         " withdrawn_on TEXT, superseded_by TEXT NOT NULL DEFAULT '',"
                                         " remarks TEXT NOT NULL DEFAULT ''"),
                          QStringLiteral("approved_on"));
}

}  // namespace

const std::vector<Schema::Step> &Schema::steps()
{
    static const std::vector<Step> list = {
        {1, QStringLiteral("office, users, settings, audit log, backup log"), stepFoundation},
        {2, QStringLiteral("working calendar, citizen charter, visitors, applications, complaints"), stepFrontOffice},
        {3, QStringLiteral("birth and death register"), stepVitalEvents},
        {4, QStringLiteral("cash book"), stepCashBook},
        {5, QStringLiteral("cash book month closing"), stepCashMonths},
        {6, QStringLiteral("stock register"), stepStock},
        {7, QStringLiteral("record room and search index"), stepRecordRoom},
        {8, QStringLiteral("ISO readiness tracker"), stepReadiness},
        {9, QStringLiteral("meetings register"), stepMeetings},
        {10, QStringLiteral("steps to certification"), stepCertification},
        {11, QStringLiteral("risk register"), stepRisks},
        {12, QStringLiteral("quality policy, objectives, roles, trainings, surveys, audit findings"), stepQualitySystem},
        {13, QStringLiteral("notice register"), stepNotices},
        {14, QStringLiteral("staff, ward members and emergency numbers"), stepPeople},
        // The same audit log entries from shorter triggers (SQLite reads every trigger when it opens the book):
        // each table's trigger hands its row, as JSON made once, to one trigger that chains and hashes it.
        {15, QStringLiteral("shorter audit triggers"), AuditLog::reinstallTriggers},
        {16, QStringLiteral("audit entries and counts kept by an import"), stepBatchWrites},
        {17, QStringLiteral("password changes in the audit log; seals"), stepSealsAndPasswords},
        {18, QStringLiteral("appeal register"), stepAppeals},
        {19, QStringLiteral("Annexure-2 in the order's words; emergency numbers judged"), stepReadinessWords},
        {20, QStringLiteral("family register"), stepFamilyRegister},
        {21, QStringLiteral("staff attendance"), stepAttendance},
        {22, QStringLiteral("documented procedures"), stepProcedures},
    };
    return list;
}

int Schema::latestVersion()
{
    return steps().back().version;
}

Status Schema::migrate(Book &book, int from, int to)
{
    if (to < 0)
        to = latestVersion();
    for (const Step &step : steps()) {
        if (step.version <= from || step.version > to)
            continue;
        Status s = book.transact([&]() -> Status {
            if (auto applied = step.apply(book); !applied)
                return applied;
            if (auto r = book.exec(QStringLiteral("PRAGMA user_version = %1").arg(step.version)); !r)
                return r.error();
            return {};
        });
        if (!s)
            return makeError(s.error().code, tr("The book could not be upgraded to version %1 (%2). It was left "
                                                "as it was; a backup was taken first.")
                                                 .arg(step.version)
                                                 .arg(s.error().message));
    }
    return {};
}

Result<QString> Schema::describe(const Book &book)
{
    auto objects = Schema::objects(book);
    if (!objects)
        return objects.error();
    QString out;
    for (auto it = objects.value().cbegin(); it != objects.value().cend(); ++it)
        out += it.key() + u'\n' + it.value() + u'\n';
    return out;
}

Result<QMap<QString, QString>> Schema::objects(const Book &book)
{
    // The planner's statistics (PRAGMA optimize at close) are not part of the schema.
    auto q = book.exec(QStringLiteral("SELECT type, name, coalesce(sql, '') FROM sqlite_master"
                                      " WHERE name NOT LIKE 'sqlite_stat%'"));
    if (!q)
        return q.error();
    QMap<QString, QString> objects;
    while (q.value().next())
        objects.insert(q.value().value(0).toString() + u' ' + q.value().value(1).toString(), q.value().value(2).toString());
    return objects;
}

Result<Schema::Expected> Schema::expected()
{
    static std::mutex lock;
    static std::optional<Expected> made;
    const std::lock_guard<std::mutex> held(lock);
    if (made)
        return *made;
    QTemporaryDir dir;
    if (!dir.isValid())
        return makeError(ErrorCode::Storage, tr("GramDesk could not make a folder in %1 to check the book's structure "
                                                "against (%2). Free some space there and try again.")
                                                 .arg(QDir::toNativeSeparators(QDir::tempPath()), dir.errorString()));
    const FixedClock clock(QDateTime(QDate(2000, 1, 1), QTime(0, 0)));
    auto book = Book::create(dir.filePath(QStringLiteral("expected.gramdesk")), clock, Book::Kept::Scratch);
    if (!book)
        return book.error();
    Expected e;
    auto objects = Schema::objects(*book.value());
    if (!objects)
        return objects.error();
    e.objects = objects.value();
    auto q = book.value()->exec(QStringLiteral("SELECT name, json_columns FROM audited_tables ORDER BY name"));
    if (!q)
        return q.error();
    while (q.value().next())
        e.audited.append({q.value().value(0).toString(), q.value().value(1).toString().split(u',')});
    made = e;
    return e;
}

}  // namespace gd
