// Schema steps of the office's own records beyond the registers of the front office.
#include "AuditLog.h"
#include "Book.h"
#include "SchemaParts.h"

namespace gd::schema {

// Version 13: the notice register (Gram Sabha and GP meetings, public notices, tenders).
Status stepNotices(Book &book)
{
    if (auto s = run(book, {QStringLiteral("CREATE TABLE notices (") + entryColumns()
                            + QStringLiteral(" issued_on TEXT NOT NULL,"
                                             " kind TEXT NOT NULL CHECK (kind IN ('gram_sabha','gp_meeting','public','tender')),"
                                             " subject TEXT NOT NULL, meeting_on TEXT, meeting_time TEXT, venue TEXT NOT NULL DEFAULT '',"
                                             " agenda TEXT NOT NULL DEFAULT '', body TEXT NOT NULL DEFAULT '', work TEXT NOT NULL DEFAULT '',"
                                             " estimated_cost INTEGER, earnest_money INTEGER, last_date TEXT, opening_date TEXT,"
                                             " issued_by TEXT NOT NULL DEFAULT '')")});
        !s)
        return s;
    if (auto s = protectRegister(book, QStringLiteral("notices"), QStringLiteral("issued_on")); !s)
        return s;
    return AuditLog::installTriggers(book, QStringLiteral("notices"));
}

// Version 14: the office's people (for the staff and ward-member board and the organisation chart) and its
// emergency numbers.
Status stepPeople(Book &book)
{
    if (auto s = run(book, {QStringLiteral("CREATE TABLE people ("
                                           " code TEXT PRIMARY KEY, name_hi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
                                           " \"group\" TEXT NOT NULL CHECK (\"group\" IN ('elected','staff')),"
                                           " designation_hi TEXT NOT NULL, designation_en TEXT NOT NULL DEFAULT '',"
                                           " ward TEXT NOT NULL DEFAULT '', mobile TEXT NOT NULL DEFAULT '',"
                                           " reports_to TEXT NOT NULL DEFAULT '', position INTEGER,"
                                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))"),
                            QStringLiteral("CREATE TABLE emergency_numbers ("
                                           " code TEXT PRIMARY KEY, name_hi TEXT NOT NULL, name_en TEXT NOT NULL DEFAULT '',"
                                           " number TEXT NOT NULL, position INTEGER,"
                                           " active TEXT NOT NULL DEFAULT 'yes' CHECK (active IN ('yes','no')))")});
        !s)
        return s;
    for (const char *table : {"people", "emergency_numbers"})
        if (auto s = AuditLog::installTriggers(book, QString::fromLatin1(table)); !s)
            return s;
    return {};
}

}  // namespace gd::schema
