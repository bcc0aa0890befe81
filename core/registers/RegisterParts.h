#pragma once
// The pieces register definitions are built from (Registers.cpp, RecordRoomRegisters.cpp); not for other code.

#include "Registers.h"

namespace gd::regparts {

using S = FieldDef::Source;

inline FieldDef text(const char *key, const char *label, bool required = false, bool complete = false)
{
    FieldDef f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.required = required;
    f.complete = complete;
    return f;
}

inline FieldDef of(const char *key, const char *label, FieldKind kind, bool required = false)
{
    FieldDef f = text(key, label, required);
    f.kind = kind;
    return f;
}

inline FieldDef source(FieldDef f, S s)
{
    f.source = s;
    return f;
}

inline FieldDef future(FieldDef f)
{
    f.futureAllowed = true;
    return f;
}

// A date far in the past, such as a date of birth: a two-digit year is refused there.
inline FieldDef fullYear(FieldDef f)
{
    f.fourDigitYear = true;
    return f;
}

inline FieldDef choice(const char *key, const char *label, QList<Choice> choices, bool required = false,
                const char *byDefault = nullptr)
{
    FieldDef f = of(key, label, FieldKind::Choice, required);
    f.choices = std::move(choices);
    if (byDefault)
        f.defaultValue = QString::fromLatin1(byDefault);
    return f;
}

inline FieldDef reference(const char *key, const char *label, const char *lookup, bool required)
{
    FieldDef f = of(key, label, FieldKind::Reference, required);
    f.lookup = QString::fromLatin1(lookup);
    return f;
}

inline FieldDef integer(const char *key, const char *label, int min, int max, bool required)
{
    FieldDef f = of(key, label, FieldKind::Integer, required);
    f.min = min;
    f.max = max;
    return f;
}

inline QList<Choice> dayKinds()
{
    return {{QStringLiteral("working"), QT_TRANSLATE_NOOP("gd::Fields", "working days")},
            {QStringLiteral("calendar"), QT_TRANSLATE_NOOP("gd::Fields", "calendar days")}};
}

inline QList<Choice> yesNo()
{
    return {{QStringLiteral("yes"), QT_TRANSLATE_NOOP("gd::Fields", "yes")},
            {QStringLiteral("no"), QT_TRANSLATE_NOOP("gd::Fields", "no")}};
}

inline FieldDef active()
{
    return source(choice("active", QT_TRANSLATE_NOOP("gd::Fields", "In use"), yesNo(), true, "yes"), S::Form);
}

// A master's key and its two names (every master is named in Hindi and, mostly, English).
inline QList<FieldDef> codeAndNames(bool englishRequired)
{
    return {of("code", QT_TRANSLATE_NOOP("gd::Fields", "Code"), FieldKind::Code, true),
            text("name_hi", QT_TRANSLATE_NOOP("gd::Fields", "Name (Hindi)"), true),
            text("name_en", QT_TRANSLATE_NOOP("gd::Fields", "Name (English)"), englishRequired)};
}

// A master keyed by a code, named in Hindi and English, searched by all three, with a page among the masters.
inline RegisterDef codedMaster(const char *id, const char *table, const char *title, const char *unknownCode,
                               bool englishRequired)
{
    RegisterDef d;
    d.id = QString::fromLatin1(id);
    d.table = QString::fromLatin1(table);
    d.title = title;
    d.unknownCode = unknownCode;
    d.keyKey = QStringLiteral("code");
    d.fields = codeAndNames(englishRequired);
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en")};
    d.area = PageArea::Masters;
    return d;
}

// The people fields every front-office register shares.
inline QList<FieldDef> person(const char *nameKey, const char *nameLabel)
{
    return {text(nameKey, nameLabel, true, true),
            text("relative_name", QT_TRANSLATE_NOOP("gd::Fields", "Father/husband name"), false, true),
            text("village", QT_TRANSLATE_NOOP("gd::Fields", "Village/ward"), false, true),
            of("mobile", QT_TRANSLATE_NOOP("gd::Fields", "Mobile"), FieldKind::Mobile)};
}


}  // namespace gd::regparts
