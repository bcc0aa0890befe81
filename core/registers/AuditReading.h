#pragma once
// An audit log entry in the office's words, for the audit log's page and its printout: the kind of change, the
// register or part of the book, the entry's number or code, and the values a person reads.

#include <QString>
#include <functional>

namespace gd {

struct AuditRow;

struct AuditReading {
    QString change;   // "New entry", "Corrected (version 2)", "Replaced by a newer version", "Changed", "Removed"
    QString where;    // the register's title, or the part of the book ("Users", "Backups"…)
    QString entry;    // its number, code or key
    QString details;  // a new entry's values; a change's values as they were → as they are

    // A text in the language wanted (the UI's, or a printout's), from a context and source text as tr() takes them.
    using Translate = std::function<QString(const char *context, const char *source)>;
    static AuditReading of(const AuditRow &row, const Translate &translate);
    // The UI's language.
    static AuditReading of(const AuditRow &row);
};

}  // namespace gd
