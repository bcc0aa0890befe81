#pragma once
// The fields of registers and masters: one definition serves the form, the table view, CSV import and export.

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QVariant>

namespace gd {

enum class FieldKind {
    Text,         // one line, up to 200 characters
    LongText,     // several lines, up to 2,000 characters
    Code,         // a master's code: letters, digits, - and _
    Date,         // QDate
    Time,         // QTime, HH:MM
    Mobile,       // ten digits starting 6–9; +91/0 prefix removed
    Choice,       // one of `choices` (stored as its code)
    Integer,      // int within [min, max]
    Rating,       // int 1–5
    Money,        // qint64 paise
    Quantity,     // qint64 thousandths of a unit (up to 3 decimals)
    Reference,    // the code of a row in `lookup` (services, complaint categories)
    EntryNumber,  // a register number such as APP/2026-27/000123; empty gives the next one
};

struct Choice {
    QString code;
    const char *label = nullptr;  // QT_TRANSLATE_NOOP("gd::Fields", …)
};

struct FieldDef {
    QString key;                  // column in the book and in CSV
    const char *label = nullptr;  // QT_TRANSLATE_NOOP("gd::Fields", …)
    FieldKind kind = FieldKind::Text;
    bool required = false;
    QList<Choice> choices;
    QStringList choiceAliases;    // what a paper register writes for each choice ("CL"), in their order; read from CSV
    enum class Source {
        Input,     // typed in the form and read from CSV
        Form,      // typed in the form (or set by an action); exported, ignored on import
        Computed,  // worked out by GramDesk; shown and exported, ignored on import
        Virtual,   // worked out when shown (it changes with today's date); never stored or exported
    };
    Source source = Source::Input;
    bool futureAllowed = false;   // dates: may lie after today
    bool fourDigitYear = false;   // dates: a two-digit year is refused (a date of birth: "20" may be 1920 or 2020)
    bool complete = false;        // the form offers earlier entries' values
    int min = 0;
    int max = 0;
    QString lookup;               // Reference: "services" or "complaint_categories"
    QString defaultValue;         // as CSV text, used when the cell is empty
};

// A problem with one field of one entry; `key` names the field (empty: the entry as a whole).
struct FieldProblem {
    QString key;
    QString message;  // translated
};

class Fields {
    Q_DECLARE_TR_FUNCTIONS(gd::Fields)
public:
    static QString label(const FieldDef &field);
    static QString choiceLabel(const FieldDef &field, const QString &code);

    // Text as typed or read from CSV → the typed value: QString (text kinds), QDate, QTime, int, qint64 (money);
    // an empty cell gives the default, else a null QVariant (or an empty QString for text kinds).
    static Result<QVariant> parse(const FieldDef &field, const QString &text, const QDate &today);
    // Checks a typed value as a form hands it over (required, ranges, dates not after today).
    static Result<QVariant> check(const FieldDef &field, const QVariant &value, const QDate &today);

    static QVariant toStorage(const FieldDef &field, const QVariant &value);
    static QVariant fromStorage(const FieldDef &field, const QVariant &stored);
    static QString toCsv(const FieldDef &field, const QVariant &value);
    // For screens and printouts: dates dd-MM-yyyy, money with Indian grouping, choices by their label.
    static QString display(const FieldDef &field, const QVariant &value);

    static bool isEmpty(const QVariant &value);
    // "12.5" → 12500 thousandths; at most three decimals, never negative.
    static Result<qint64> parseQuantity(const QString &text);
    static QString quantityText(qint64 thousandths);  // 12500 → "12.5", 3000 → "3"
    static Result<QString> mobile(const QString &text);
};

}  // namespace gd
