#pragma once
// Every register and master GramDesk keeps, described once: fields, numbering prefix, status filters.

#include "Fields.h"

namespace gd {

class Book;
class MasterStore;
struct Charter;
struct Entry;
struct RegisterDef;

// A preset of the filter bar: an SQL condition on the register's table (constant text, never user input);
// each `?` in it is bound to today's date.
struct StatusFilter {
    QString code;
    const char *label = nullptr;  // QT_TRANSLATE_NOOP("gd::Fields", …)
    QString condition;
};

// What a register checks and works out beyond each field's own check, written beside its definition. Every
// rule is optional; the generic write path (EntryService, MasterStore, CsvTransfer) calls them and knows no
// register by name.
struct RegisterRules {
    // The register's rules over an entry's values (a form's or an import row's) once each field is checked, and
    // the values it works out (an application's due date and fee, a risk's score). `charter`: the masters and
    // calendar as they are now; `base`: the entry being corrected or updated, if any.
    QList<FieldProblem> (*check)(const RegisterDef &def, QVariantMap &values, const Charter &charter,
                                 const Entry *base) = nullptr;
    // A master's rules over a row; `store` reads the book and remembers the rows an import has accepted so far.
    QList<FieldProblem> (*checkRow)(const MasterStore &store, QVariantMap &values) = nullptr;
    // Rules over the rest of the book (balances, closed days, files out), checked inside the writing
    // transaction; an import writes the rows before an entry before checking it.
    Status (*checkWrite)(Book &book, QVariantMap *after, const Entry *before) = nullptr;
    // A value worked out when shown (FieldDef::Source::Virtual), e.g. days a registration has waited.
    QVariant (*virtualValue)(const QString &key, const Entry &entry, const QDate &today) = nullptr;
    // Whether an entry is past its due date and still open today (its row is marked in the list).
    bool (*overdue)(const Entry &entry, const QDate &today) = nullptr;
    // Why a correction of `base` to `values` is refused (translated); empty when it may go ahead.
    QString (*refuseCorrection)(const RegisterDef &def, const QVariantMap &values, const Entry &base) = nullptr;
};

// Where the page of a register whose screen comes from its definition sits in the list of areas (registers
// with a screen of their own, like the cash book, are placed by MainWindow).
enum class PageArea {
    None,         // no page of its own (shown inside another page, or a special screen)
    FrontOffice,  // after the complaint register
    Quality,      // the quality system's registers, after the meetings
    Masters,      // the lists the registers look up, after the notice board
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
    // Whether a CSV file may add entries; a register written only by its actions (the family register's events,
    // which change its members as they are recorded) is exported but not imported.
    bool importable = true;

    RegisterRules rules;
    // A value at most one row may hold (the one cash in hand: kind = cash), and what an import says of a second
    // row that holds it ("line %1 already names …").
    struct OnlyOne {
        QString key;
        QString value;
        const char *already = nullptr;  // QT_TRANSLATE_NOOP("gd::Fields", …)
    } onlyOne;
    // The page made from the definition: where it sits, the columns of its list and the fields of a new entry's
    // form (every page of a register shows these, special screens included), and for a master the line above
    // its table.
    PageArea area = PageArea::None;
    QStringList listKeys;
    QStringList formKeys;
    QStringList workLists;  // status codes offered as buttons beside the list (today's work)
    const char *intro = nullptr;  // QT_TRANSLATE_NOOP("gd::Fields", …)
    // A master a Reference field looks up: what is said of a code it does not hold ("there is no … %1").
    const char *unknownCode = nullptr;  // QT_TRANSLATE_NOOP("gd::Fields", …)

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
    static const RegisterDef &appeals();
    static const RegisterDef &vitalEvents();
    static const RegisterDef &familyMembers();
    static const RegisterDef &familyEvents();
    static const RegisterDef &attendance();
    static const RegisterDef &procedures();
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
    static const RegisterDef *byTable(const QString &table);
    // For a register's rules: a problem on `later` when both dates are given and it lies before `earlier`.
    static void dateNotBefore(const RegisterDef &def, const QVariantMap &values, const QString &later,
                              const QString &earlier, QList<FieldProblem> &problems);
    static QString title(const RegisterDef &def);
};

}  // namespace gd
