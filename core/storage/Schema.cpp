#include "Schema.h"

#include "AuditLog.h"
#include "Book.h"
#include "../registers/SearchIndex.h"

namespace gd {

namespace {

Status run(Book &book, const QStringList &statements)
{
    for (const QString &sql : statements) {
        if (auto r = book.exec(sql); !r)
            return r.error();
    }
    return {};
}

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
    // Password hashes never enter the audit log; that a password changed does.
    return AuditLog::installTriggers(book, QStringLiteral("users"), {QStringLiteral("password_hash")});
}

// Rows of a table that are kept as written: no update, no delete (a closed day, a closed month, a count).
Status appendOnly(Book &book, const QString &table, const QString &why)
{
    return run(book, {QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN"
                                     " SELECT RAISE(ABORT, '%2'); END")
                          .arg(table, why),
                      QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN"
                                     " SELECT RAISE(ABORT, '%2'); END")
                          .arg(table, why)});
}

// The columns every register table shares: one row per version of an entry; only the newest is current.
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

// Register rows are legal records: never deleted; the only change allowed is marking a version superseded.
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
                               " SELECT RAISE(ABORT, 'register entries are never deleted'); END")
                    .arg(t),
                QStringLiteral("CREATE TRIGGER %1_no_overwrite BEFORE UPDATE ON %1"
                               " WHEN OLD.is_current = 0 OR NEW.is_current <> 0 OR %2 BEGIN"
                               " SELECT RAISE(ABORT, 'register entries are never overwritten'); END")
                    .arg(t, changed.join(QStringLiteral(" OR "))),
                QStringLiteral("CREATE TRIGGER %1_count AFTER INSERT ON %1 WHEN NEW.version = 1 BEGIN"
                               " INSERT INTO register_stats (register, entries) VALUES ('%1', 1)"
                               " ON CONFLICT (register) DO UPDATE SET entries = entries + 1; END")
                    .arg(t),
                QStringLiteral("CREATE UNIQUE INDEX %1_number ON %1 (number) WHERE is_current = 1").arg(t),
                QStringLiteral("CREATE UNIQUE INDEX %1_version ON %1 (number, version)").arg(t),
                QStringLiteral("CREATE INDEX %1_serial ON %1 (fy, serial)").arg(t),
                QStringLiteral("CREATE INDEX %1_by_date ON %1 (%2, id) WHERE is_current = 1").arg(t, dateColumn)});
}

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

struct SeedHead {
    const char *code;
    const char16_t *hi;
    const char *en;
    const char *kind;
};

// Common heads of a Gram Panchayat's receipts and payments (editable).
constexpr SeedHead kHeads[] = {
    {"FC15-TIED", u"15वाँ वित्त आयोग (बद्ध अनुदान)", "15th Finance Commission (tied grant)", "receipt"},
    {"FC15-UNTIED", u"15वाँ वित्त आयोग (अबद्ध अनुदान)", "15th Finance Commission (untied grant)", "receipt"},
    {"SFC", u"राज्य वित्त आयोग", "State Finance Commission", "receipt"},
    {"HOUSE-TAX", u"गृह कर", "House tax", "receipt"},
    {"WATER-CHG", u"जल कर / जल शुल्क", "Water charges", "receipt"},
    {"FEES", u"शुल्क (नकल, प्रमाण पत्र आदि)", "Fees (copies, certificates…)", "receipt"},
    {"INTEREST", u"बैंक ब्याज", "Bank interest", "receipt"},
    {"OTHER-REC", u"अन्य प्राप्तियाँ", "Other receipts", "receipt"},
    {"SALARY", u"वेतन एवं मानदेय", "Salaries and honoraria", "payment"},
    {"ELECTRICITY", u"बिजली", "Electricity", "payment"},
    {"MAINTENANCE", u"मरम्मत एवं रखरखाव", "Repairs and maintenance", "payment"},
    {"STATIONERY", u"लेखन सामग्री", "Stationery", "payment"},
    {"WORKS", u"निर्माण कार्य", "Works", "payment"},
    {"SANITATION", u"स्वच्छता", "Sanitation", "payment"},
    {"BANK-CHG", u"बैंक शुल्क", "Bank charges", "payment"},
    {"OTHER-PAY", u"अन्य भुगतान", "Other payments", "payment"},
};

// Version 4: the cash book (accounts, heads of account, vouchers, closed days).
Status stepCashBook(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE cash_accounts ("
                           " code TEXT PRIMARY KEY,"
                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('cash','bank')),"
                           " opening_balance INTEGER NOT NULL CHECK (opening_balance >= 0),"
                           " opening_date TEXT NOT NULL,"
                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
            QStringLiteral("CREATE UNIQUE INDEX cash_accounts_one_cash ON cash_accounts (kind) WHERE kind = 'cash'"),
            QStringLiteral("CREATE TABLE cash_heads ("
                           " code TEXT PRIMARY KEY,"
                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('receipt','payment','both')),"
                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
            QStringLiteral("CREATE TABLE cash_entries (") + entryColumns()
                + QStringLiteral(" date TEXT NOT NULL,"
                                 " type TEXT NOT NULL CHECK (type IN ('receipt','payment','contra')),"
                                 " account TEXT NOT NULL REFERENCES cash_accounts(code),"
                                 " to_account TEXT NOT NULL DEFAULT '',"
                                 " amount INTEGER NOT NULL CHECK (amount > 0),"
                                 " head TEXT NOT NULL DEFAULT '', fund TEXT NOT NULL DEFAULT '',"
                                 " party TEXT NOT NULL DEFAULT '', particulars TEXT NOT NULL,"
                                 " reference TEXT NOT NULL DEFAULT '', reverses TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX cash_entries_account ON cash_entries (account, date) WHERE is_current = 1"),
            QStringLiteral("CREATE INDEX cash_entries_to_account ON cash_entries (to_account, date) WHERE is_current = 1"),
            QStringLiteral("CREATE TABLE cash_days ("
                           " date TEXT PRIMARY KEY,"
                           " closed_at TEXT NOT NULL, closed_by TEXT NOT NULL,"
                           " nil INTEGER NOT NULL CHECK (nil IN (0, 1)))"),
        });
        !s)
        return s;
    if (auto s = appendOnly(book, QStringLiteral("cash_days"), QStringLiteral("a closed day is never reopened")); !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("cash_entries"), QStringLiteral("date")); !s)
        return s;
    for (const QString &table : {QStringLiteral("cash_accounts"), QStringLiteral("cash_heads"),
                                 QStringLiteral("cash_entries"), QStringLiteral("cash_days")}) {
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    }
    for (const SeedHead &h : kHeads) {
        if (auto r = book.exec(QStringLiteral("INSERT INTO cash_heads (code, name_hi, name_en, kind) VALUES (?,?,?,?)"),
                               {QString::fromLatin1(h.code), QString::fromUtf16(h.hi), QString::fromUtf8(h.en),
                                QString::fromLatin1(h.kind)});
            !r)
            return r.error();
    }
    return {};
}

// Version 5: closing a month of the cash book (cash counted by denomination, bank reconciliation).
Status stepCashMonths(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE cash_months ("
                           " month TEXT PRIMARY KEY,"
                           " closed_at TEXT NOT NULL, closed_by TEXT NOT NULL,"
                           " cash_book INTEGER NOT NULL, cash_counted INTEGER NOT NULL,"
                           " denominations TEXT NOT NULL, explanation TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE TABLE cash_reconciliations ("
                           " month TEXT NOT NULL REFERENCES cash_months(month), account TEXT NOT NULL,"
                           " book_balance INTEGER NOT NULL, cheques_not_presented INTEGER NOT NULL,"
                           " deposits_not_credited INTEGER NOT NULL, charges_not_booked INTEGER NOT NULL,"
                           " interest_not_booked INTEGER NOT NULL, statement_balance INTEGER NOT NULL,"
                           " explanation TEXT NOT NULL DEFAULT '',"
                           " PRIMARY KEY (month, account))"),
        });
        !s)
        return s;
    for (const QString &table : {QStringLiteral("cash_months"), QStringLiteral("cash_reconciliations")}) {
        if (auto s = appendOnly(book, table, QStringLiteral("a closed month is never reopened")); !s)
            return s;
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    }
    return {};
}

// Version 6: the stock register (items, receipts and issues in thousandths of a unit).
Status stepStock(Book &book)
{
    if (auto s = run(book, {
            QStringLiteral("CREATE TABLE stock_items ("
                           " code TEXT PRIMARY KEY,"
                           " name_hi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
                           " unit TEXT NOT NULL,"
                           " kind TEXT NOT NULL CHECK (kind IN ('consumable','asset')),"
                           " opening_qty INTEGER CHECK (opening_qty >= 0), opening_date TEXT,"
                           " rate INTEGER CHECK (rate >= 0), low_level INTEGER CHECK (low_level >= 0),"
                           " tag TEXT NOT NULL DEFAULT '', location TEXT NOT NULL DEFAULT '',"
                           " condition TEXT NOT NULL DEFAULT '', written_off_on TEXT,"
                           " write_off_authority TEXT NOT NULL DEFAULT '',"
                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
            QStringLiteral("CREATE TABLE stock_moves (") + entryColumns()
                + QStringLiteral(" date TEXT NOT NULL,"
                                 " item_code TEXT NOT NULL REFERENCES stock_items(code),"
                                 " type TEXT NOT NULL CHECK (type IN ('receipt','issue')),"
                                 " quantity INTEGER NOT NULL CHECK (quantity > 0),"
                                 " rate INTEGER, party TEXT NOT NULL, reference TEXT NOT NULL DEFAULT '',"
                                 " remarks TEXT NOT NULL DEFAULT '')"),
            QStringLiteral("CREATE INDEX stock_moves_item ON stock_moves (item_code, date) WHERE is_current = 1"),
            // Physical verification: counted against the book by someone other than the custodian; kept for good.
            QStringLiteral("CREATE TABLE stock_verifications ("
                           " id INTEGER PRIMARY KEY, date TEXT NOT NULL, item_code TEXT NOT NULL REFERENCES stock_items(code),"
                           " book_qty INTEGER NOT NULL, counted_qty INTEGER NOT NULL CHECK (counted_qty >= 0),"
                           " verified_by TEXT NOT NULL, custodian TEXT NOT NULL, explanation TEXT NOT NULL DEFAULT '',"
                           " recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL,"
                           " UNIQUE (date, item_code))"),
        });
        !s)
        return s;
    if (auto s = appendOnly(book, QStringLiteral("stock_verifications"), QStringLiteral("a verification is kept as it was recorded")); !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("stock_moves"), QStringLiteral("date")); !s)
        return s;
    for (const QString &table : {QStringLiteral("stock_items"), QStringLiteral("stock_moves"), QStringLiteral("stock_verifications")})
        if (auto s = AuditLog::installTriggers(book, table); !s)
            return s;
    return {};
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
    if (auto s = appendOnly(book, QStringLiteral("readiness_evidence"), QStringLiteral("evidence is kept as it was added")); !s)
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
    auto q = book.exec(QStringLiteral(
        "SELECT type, name, tbl_name, coalesce(sql, '') FROM sqlite_master"
        // The planner's statistics (PRAGMA optimize at close) are not part of the schema.
        " WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name"));
    if (!q)
        return q.error();
    QString out;
    while (q.value().next()) {
        out += q.value().value(0).toString() + u' ' + q.value().value(1).toString() + u' '
            + q.value().value(2).toString() + u'\n' + q.value().value(3).toString() + u'\n';
    }
    return out;
}

}  // namespace gd
