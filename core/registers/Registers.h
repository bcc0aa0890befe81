#pragma once
// Every register and master GramDesk keeps, described once: fields, numbering prefix, status filters.

#include "Fields.h"

namespace gd {

// A preset of the filter bar: an SQL condition on the register's table (constant text, never user input);
// each `?` in it is bound to today's date.
struct StatusFilter {
    QString code;
    const char *label = nullptr;  // QT_TRANSLATE_NOOP("gd::Fields", …)
    QString condition;
};

struct RegisterDef {
    QString id;        // the name in CSV and on the command line: "visitors"
    QString table;     // the table in the book
    QString prefix;    // numbering prefix ("VIS"); empty for a master
    const char *title = nullptr;  // QT_TRANSLATE_NOOP("gd::Fields", …)
    QString keyKey;    // masters: the key field ("code", "date")
    QString dateKey;   // registers: the entry's date; masters: empty
    QString numberKey; // registers: the field holding the entry number
    QList<FieldDef> fields;
    QList<StatusFilter> statuses;
    QStringList textKeys;  // what the filter bar's text searches (and the search index holds)
    // Numbers are file codes <LGD code>/<subject>/<serial>/<financial year>, the serial per subject and year.
    bool fileCodes = false;
    // A master whose rows may be removed (nothing refers to them); the others' rows are switched off instead.
    bool rowsRemovable = false;

    bool isMaster() const { return prefix.isEmpty(); }
    const FieldDef *field(QStringView key) const;
    // The column in the book: a register's number lives in `number`.
    QString column(const FieldDef &field) const;
};

class Registers {
    Q_DECLARE_TR_FUNCTIONS(gd::Registers)
public:
    static const RegisterDef &services();
    static const RegisterDef &complaintCategories();
    static const RegisterDef &holidays();
    static const RegisterDef &visitors();
    static const RegisterDef &applications();
    static const RegisterDef &complaints();
    static const RegisterDef &vitalEvents();
    static const RegisterDef &cashAccounts();
    static const RegisterDef &cashHeads();
    static const RegisterDef &cashEntries();
    static const RegisterDef &stockItems();
    static const RegisterDef &stockMoves();
    static const RegisterDef &fileSubjects();
    static const RegisterDef &places();
    static const RegisterDef &files();
    static const RegisterDef &fileMovements();
    static const RegisterDef &readinessItems();
    static const RegisterDef &meetings();
    static const RegisterDef &meetingActions();
    static const RegisterDef &certificationSteps();
    static const RegisterDef &risks();
    static const RegisterDef &qualityPolicy();
    static const RegisterDef &qualityObjectives();
    static const RegisterDef &qualityRoles();
    static const RegisterDef &trainings();
    static const RegisterDef &surveys();
    static const RegisterDef &auditFindings();
    static const RegisterDef &notices();
    static const RegisterDef &people();
    static const RegisterDef &emergencyNumbers();
    // In the order the CLI lists them.
    static QList<const RegisterDef *> all();
    static const RegisterDef *find(const QString &id);
    static QString title(const RegisterDef &def);
};

}  // namespace gd
