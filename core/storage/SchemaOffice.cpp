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

}  // namespace gd::schema
