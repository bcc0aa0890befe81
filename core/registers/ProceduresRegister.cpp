// Documented procedures as a module: the controlled list, one entry per version.

#include "Procedures.h"
#include "RegisterParts.h"
#include "../storage/Book.h"

using namespace Qt::StringLiterals;

namespace gd {

namespace {

using namespace regparts;
using K = ProcedureKeys;

class Rules {
    Q_DECLARE_TR_FUNCTIONS(gd::Procedures)
public:
    static QList<FieldProblem> check(const RegisterDef &def, QVariantMap &values, const Charter &, const Entry *)
    {
        QList<FieldProblem> problems;
        const bool withdrawn = values.value(K::status).toString() == u"withdrawn";
        if (withdrawn && !values.value(K::withdrawnOn).toDate().isValid())
            problems += {K::withdrawnOn, tr("give the date the version was withdrawn")};
        if (!withdrawn && values.value(K::withdrawnOn).toDate().isValid())
            problems += {K::withdrawnOn, tr("a version in force has no withdrawal date; clear it, or mark it withdrawn")};
        Registers::dateNotBefore(def, values, K::withdrawnOn, K::approvedOn, problems);
        return problems;
    }

    // One version of a code in force, and each version of a code once.
    static Status checkWrite(Book &book, QVariantMap *after, const Entry *before)
    {
        if (!after)
            return {};
        const QString code = after->value(K::code).toString().toUpper();
        after->insert(K::code, code);
        auto same = book.exec(u"SELECT number, doc_version, status FROM procedures WHERE doc_code = ? AND number <> ?"
                              " AND is_current = 1 AND cancelled = 0"_s,
                              {code, before ? before->number : QString()});
        if (!same)
            return same.error();
        while (same.value().next()) {
            const QString number = same.value().value(0).toString();
            if (same.value().value(1).toString() == after->value(K::version).toString().trimmed())
                return makeError(ErrorCode::InputRejected, tr("%1 version %2 is already in the list (%3).")
                                                               .arg(code, after->value(K::version).toString(), number));
            if (same.value().value(2).toString() == u"current" && after->value(K::status).toString() == u"current")
                return makeError(ErrorCode::InputRejected,
                                 tr("%1 already has a version in force (%2); add the new one with New version, which "
                                    "withdraws the old one.")
                                     .arg(code, number));
        }
        return {};
    }
};

RegisterDef makeProcedures()
{
    RegisterDef d;
    d.id = u"procedures"_s;
    d.table = u"procedures"_s;
    d.prefix = u"PRC"_s;
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Documented procedures");
    d.dateKey = K::approvedOn;
    d.numberKey = u"number"_s;
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("doc_code", QT_TRANSLATE_NOOP("gd::Fields", "Document number"), FieldKind::Code, true),
                text("title", QT_TRANSLATE_NOOP("gd::Fields", "Title"), true, true),
                choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Kind"),
                       {{u"procedure"_s, QT_TRANSLATE_NOOP("gd::Fields", "procedure")},
                        {u"form"_s, QT_TRANSLATE_NOOP("gd::Fields", "form")},
                        {u"instruction"_s, QT_TRANSLATE_NOOP("gd::Fields", "work instruction")},
                        {u"manual"_s, QT_TRANSLATE_NOOP("gd::Fields", "manual")}},
                       true, "procedure"),
                text("doc_version", QT_TRANSLATE_NOOP("gd::Fields", "Version"), true),
                of("approved_on", QT_TRANSLATE_NOOP("gd::Fields", "Approved on"), FieldKind::Date, true),
                text("approved_by", QT_TRANSLATE_NOOP("gd::Fields", "Approved by"), true, true),
                text("copies_at", QT_TRANSLATE_NOOP("gd::Fields", "Copies kept at"), false, true),
                choice("status", QT_TRANSLATE_NOOP("gd::Fields", "Status"),
                       {{u"current"_s, QT_TRANSLATE_NOOP("gd::Fields", "in force")},
                        {u"withdrawn"_s, QT_TRANSLATE_NOOP("gd::Fields", "withdrawn")}},
                       true, "current"),
                of("withdrawn_on", QT_TRANSLATE_NOOP("gd::Fields", "Withdrawn on"), FieldKind::Date),
                source(text("superseded_by", QT_TRANSLATE_NOOP("gd::Fields", "Replaced by")), S::Form),
                of("remarks", QT_TRANSLATE_NOOP("gd::Fields", "Remarks"), FieldKind::LongText)};
    d.statuses = {{u"current"_s, QT_TRANSLATE_NOOP("gd::Fields", "In force"), u"cancelled = 0 AND status = 'current'"_s},
                  {u"withdrawn"_s, QT_TRANSLATE_NOOP("gd::Fields", "Withdrawn"), u"cancelled = 0 AND status = 'withdrawn'"_s},
                  {u"cancelled"_s, QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), u"cancelled = 1"_s}};
    d.textKeys = {u"number"_s, u"doc_code"_s, u"title"_s, u"approved_by"_s, u"copies_at"_s};
    d.rules.check = &Rules::check;
    d.rules.checkWrite = &Rules::checkWrite;
    d.listKeys = {u"doc_code"_s, u"title"_s, u"kind"_s, u"doc_version"_s, u"approved_on"_s, u"approved_by"_s,
                  u"copies_at"_s, u"status"_s, u"withdrawn_on"_s, u"superseded_by"_s};
    d.formKeys = {u"doc_code"_s, u"title"_s, u"kind"_s, u"doc_version"_s, u"approved_on"_s, u"approved_by"_s, u"copies_at"_s,
                  u"remarks"_s};
    return d;
}

}  // namespace

const RegisterDef &Registers::procedures()
{
    static const RegisterDef d = makeProcedures();
    return d;
}

}  // namespace gd
