// The family register as a module (परिवार रजिस्टर): a row per member, in the 12 printed columns of the UP rules
// and what GramDesk keeps of each change (joined, left, cross-reference), and the register of its events.

#include "Family.h"
#include "RegisterParts.h"
#include "../storage/Book.h"

using namespace Qt::StringLiterals;

namespace gd {

namespace {

using namespace regparts;
using K = FamilyMemberKeys;

class Rules {
    Q_DECLARE_TR_FUNCTIONS(gd::FamilyRegister)
public:
    // A date of birth or an age on a stated date; a member who is no longer living says since when and why; the
    // row is dated the day it is written.
    static QList<FieldProblem> check(const RegisterDef &def, QVariantMap &values, const Charter &charter,
                                     const Entry *base)
    {
        QList<FieldProblem> problems;
        const bool born = values.value(K::birthDate).toDate().isValid();
        const bool aged = !Fields::isEmpty(values.value(K::age));
        if (!born && !aged)
            problems += {K::birthDate, tr("give the date of birth or, when it is not known, the age")};
        if (born && aged)
            problems += {K::age, tr("give the date of birth or the age, not both")};
        QDate entered = base ? base->date(K::enteredOn) : values.value(K::enteredOn).toDate();
        if (!entered.isValid())
            entered = charter.today;
        values.insert(K::enteredOn, entered);
        if (aged && !values.value(K::ageOn).toDate().isValid())
            values.insert(K::ageOn, values.value(K::joinedOn).toDate().isValid() ? values.value(K::joinedOn) : QVariant(entered));
        if (!aged)
            values.insert(K::ageOn, QVariant());
        const QString status = values.value(K::status).toString();
        const QString leftBy = values.value(K::leftBy).toString();
        if (status == u"living") {
            if (!Fields::isEmpty(values.value(K::leftOn)) || !leftBy.isEmpty())
                problems += {K::status, tr("a living member has not left the family; choose deceased or left, or clear "
                                           "the date and the reason of leaving")};
        } else {
            if (!values.value(K::leftOn).toDate().isValid())
                problems += {K::leftOn, tr("give the date of the death or of leaving")};
            if ((status == u"deceased") != (leftBy == u"death"))
                problems += {K::leftBy, status == u"deceased" ? tr("a deceased member left by death")
                                                              : tr("a member who left went by marriage, migration or a split")};
        }
        Registers::dateNotBefore(def, values, K::leftOn, K::joinedOn, problems);
        Registers::dateNotBefore(def, values, K::leftOn, K::birthDate, problems);
        Registers::dateNotBefore(def, values, K::joinedOn, K::birthDate, problems);
        return problems;
    }

    // Within its family: one living head; serials unique, the next one when left empty; house number and the
    // head's name taken from the family when left empty.
    static Status checkWrite(Book &book, QVariantMap *after, const Entry *before)
    {
        if (!after)
            return {};
        const QString village = after->value(K::village).toString();
        const int number = after->value(K::familyNo).toInt();
        const QString self = before ? before->number : QString();
        auto rows = EntryStore(book, Registers::familyMembers())
                        .currentWhere(u"cancelled = 0 AND village = ? AND family_no = ? AND number <> ?"_s,
                                      {village, number, self}, u"member_serial, id"_s);
        if (!rows)
            return rows.error();
        const FamilyId family{village, number};
        const bool living = after->value(K::status).toString() == u"living";
        int lastSerial = 0;
        for (const Entry &m : rows.value()) {
            lastSerial = std::max(lastSerial, m.value(K::serial).toInt());
            if (living && after->value(K::relation).toString() == u"head" && m.text(K::relation) == u"head"
                && m.text(K::status) == u"living")
                return makeError(ErrorCode::InputRejected,
                                 tr("Family %1 already has a living head, %2 (%3). Correct that row first.")
                                     .arg(family.text(), m.text(K::name), m.number));
            if (!Fields::isEmpty(after->value(K::serial)) && m.value(K::serial).toInt() == after->value(K::serial).toInt())
                return makeError(ErrorCode::InputRejected, tr("Family %1 already has serial %2: %3.")
                                                               .arg(family.text(), m.text(K::serial), m.text(K::name)));
        }
        if (Fields::isEmpty(after->value(K::serial)))
            after->insert(K::serial, lastSerial + 1);
        if (after->value(K::houseNo).toString().trimmed().isEmpty())
            for (const Entry &m : rows.value())
                if (!m.text(K::houseNo).isEmpty())
                    after->insert(K::houseNo, m.text(K::houseNo));
        if (after->value(K::headName).toString().trimmed().isEmpty()) {
            QString head = after->value(K::relation).toString() == u"head" ? after->value(K::name).toString()
                                                                 : FamilyRegister::headNameOf(rows.value());
            if (head.isEmpty() && !rows.value().isEmpty())
                head = rows.value().constLast().text(K::headName);
            after->insert(K::headName, head);
        }
        return {};
    }
};

QList<Choice> relations()
{
    return {{u"head"_s, QT_TRANSLATE_NOOP("gd::Fields", "head of the family")},
            {u"wife"_s, QT_TRANSLATE_NOOP("gd::Fields", "wife")},
            {u"husband"_s, QT_TRANSLATE_NOOP("gd::Fields", "husband")},
            {u"son"_s, QT_TRANSLATE_NOOP("gd::Fields", "son")},
            {u"daughter"_s, QT_TRANSLATE_NOOP("gd::Fields", "daughter")},
            {u"daughter_in_law"_s, QT_TRANSLATE_NOOP("gd::Fields", "daughter-in-law")},
            {u"son_in_law"_s, QT_TRANSLATE_NOOP("gd::Fields", "son-in-law")},
            {u"grandson"_s, QT_TRANSLATE_NOOP("gd::Fields", "grandson")},
            {u"granddaughter"_s, QT_TRANSLATE_NOOP("gd::Fields", "granddaughter")},
            {u"father"_s, QT_TRANSLATE_NOOP("gd::Fields", "father")},
            {u"mother"_s, QT_TRANSLATE_NOOP("gd::Fields", "mother")},
            {u"brother"_s, QT_TRANSLATE_NOOP("gd::Fields", "brother")},
            {u"sister"_s, QT_TRANSLATE_NOOP("gd::Fields", "sister")},
            {u"other"_s, QT_TRANSLATE_NOOP("gd::Fields", "other relation")}};
}

// A spreadsheet writes M and F, or पु and म, as often as the words.
FieldDef sexField()
{
    FieldDef f = choice("sex", QT_TRANSLATE_NOOP("gd::Fields", "Sex"),
                        {{u"male"_s, QT_TRANSLATE_NOOP("gd::Fields", "male")},
                         {u"female"_s, QT_TRANSLATE_NOOP("gd::Fields", "female")},
                         {u"other"_s, QT_TRANSLATE_NOOP("gd::Fields", "other")}},
                        true);
    f.choiceAliases = {u"M"_s, u"F"_s, u"O"_s};
    return f;
}

RegisterDef makeMembers()
{
    RegisterDef d;
    d.id = u"family-register"_s;
    d.table = u"family_members"_s;
    d.prefix = u"FR"_s;
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Family register");
    d.dateKey = K::enteredOn;
    d.numberKey = u"number"_s;
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                text("village", QT_TRANSLATE_NOOP("gd::Fields", "Village"), true, true),
                integer("family_no", QT_TRANSLATE_NOOP("gd::Fields", "Family number"), 1, 99999, true),
                text("house_no", QT_TRANSLATE_NOOP("gd::Fields", "House number")),
                text("head_name", QT_TRANSLATE_NOOP("gd::Fields", "Head of the family"), false, true),
                integer("member_serial", QT_TRANSLATE_NOOP("gd::Fields", "Serial in the family"), 1, 999, false),
                text("name", QT_TRANSLATE_NOOP("gd::Fields", "Member's name"), true, true),
                text("relative_name", QT_TRANSLATE_NOOP("gd::Fields", "Father/husband name"), false, true),
                choice("relation", QT_TRANSLATE_NOOP("gd::Fields", "Relation to the head"), relations(), true),
                sexField(),
                choice("religion", QT_TRANSLATE_NOOP("gd::Fields", "Religion"),
                       {{u"hindu"_s, QT_TRANSLATE_NOOP("gd::Fields", "Hindu")},
                        {u"muslim"_s, QT_TRANSLATE_NOOP("gd::Fields", "Muslim")},
                        {u"sikh"_s, QT_TRANSLATE_NOOP("gd::Fields", "Sikh")},
                        {u"christian"_s, QT_TRANSLATE_NOOP("gd::Fields", "Christian")},
                        {u"buddhist"_s, QT_TRANSLATE_NOOP("gd::Fields", "Buddhist")},
                        {u"jain"_s, QT_TRANSLATE_NOOP("gd::Fields", "Jain")},
                        {u"other"_s, QT_TRANSLATE_NOOP("gd::Fields", "other")}}),
                choice("category", QT_TRANSLATE_NOOP("gd::Fields", "Caste category"),
                       {{u"sc"_s, QT_TRANSLATE_NOOP("gd::Fields", "SC")},
                        {u"st"_s, QT_TRANSLATE_NOOP("gd::Fields", "ST")},
                        {u"obc"_s, QT_TRANSLATE_NOOP("gd::Fields", "OBC")},
                        {u"general"_s, QT_TRANSLATE_NOOP("gd::Fields", "general")}}),
                fullYear(of("birth_date", QT_TRANSLATE_NOOP("gd::Fields", "Date of birth"), FieldKind::Date)),
                integer("age", QT_TRANSLATE_NOOP("gd::Fields", "Age (years)"), 0, 120, false),
                of("age_on", QT_TRANSLATE_NOOP("gd::Fields", "Age stated on"), FieldKind::Date),
                text("occupation", QT_TRANSLATE_NOOP("gd::Fields", "Occupation"), false, true),
                choice("literate", QT_TRANSLATE_NOOP("gd::Fields", "Literate"), yesNo()),
                of("remarks", QT_TRANSLATE_NOOP("gd::Fields", "Remarks"), FieldKind::LongText),
                source(of("entered_on", QT_TRANSLATE_NOOP("gd::Fields", "Entered on"), FieldKind::Date), S::Computed),
                of("joined_on", QT_TRANSLATE_NOOP("gd::Fields", "Joined the family on"), FieldKind::Date),
                choice("joined_by", QT_TRANSLATE_NOOP("gd::Fields", "Joined by"),
                       {{u"register"_s, QT_TRANSLATE_NOOP("gd::Fields", "in the register from its start")},
                        {u"birth"_s, QT_TRANSLATE_NOOP("gd::Fields", "birth")},
                        {u"marriage"_s, QT_TRANSLATE_NOOP("gd::Fields", "marriage")},
                        {u"migration"_s, QT_TRANSLATE_NOOP("gd::Fields", "migration")},
                        {u"split"_s, QT_TRANSLATE_NOOP("gd::Fields", "family split")}},
                       true, "register"),
                choice("status", QT_TRANSLATE_NOOP("gd::Fields", "Status"),
                       {{u"living"_s, QT_TRANSLATE_NOOP("gd::Fields", "living")},
                        {u"deceased"_s, QT_TRANSLATE_NOOP("gd::Fields", "deceased")},
                        {u"left"_s, QT_TRANSLATE_NOOP("gd::Fields", "left the family")}},
                       true, "living"),
                of("left_on", QT_TRANSLATE_NOOP("gd::Fields", "Died or left on"), FieldKind::Date),
                choice("left_by", QT_TRANSLATE_NOOP("gd::Fields", "Left by"),
                       {{u"death"_s, QT_TRANSLATE_NOOP("gd::Fields", "death")},
                        {u"marriage"_s, QT_TRANSLATE_NOOP("gd::Fields", "marriage")},
                        {u"migration"_s, QT_TRANSLATE_NOOP("gd::Fields", "migration")},
                        {u"split"_s, QT_TRANSLATE_NOOP("gd::Fields", "family split")}}),
                text("cross_ref", QT_TRANSLATE_NOOP("gd::Fields", "Cross-reference")),
                source(text("vital_event_no", QT_TRANSLATE_NOOP("gd::Fields", "Birth/death register entry")), S::Form)};
    d.statuses = {{u"living"_s, QT_TRANSLATE_NOOP("gd::Fields", "Living members"), u"cancelled = 0 AND status = 'living'"_s},
                  {u"heads"_s, QT_TRANSLATE_NOOP("gd::Fields", "Heads of families"),
                   u"cancelled = 0 AND status = 'living' AND relation = 'head'"_s},
                  {u"deceased"_s, QT_TRANSLATE_NOOP("gd::Fields", "Deceased"), u"cancelled = 0 AND status = 'deceased'"_s},
                  {u"left"_s, QT_TRANSLATE_NOOP("gd::Fields", "Left the family"), u"cancelled = 0 AND status = 'left'"_s},
                  {u"cancelled"_s, QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), u"cancelled = 1"_s}};
    d.textKeys = {u"number"_s, u"village"_s, u"house_no"_s, u"head_name"_s, u"name"_s, u"relative_name"_s,
                  u"cross_ref"_s};
    d.rules.check = &Rules::check;
    d.rules.checkWrite = &Rules::checkWrite;
    d.listKeys = {u"village"_s, u"family_no"_s, u"house_no"_s, u"head_name"_s, u"member_serial"_s, u"name"_s,
                  u"relative_name"_s, u"relation"_s, u"sex"_s, u"birth_date"_s, u"age"_s, u"status"_s};
    d.formKeys = {u"village"_s, u"family_no"_s, u"house_no"_s, u"name"_s, u"relative_name"_s, u"relation"_s,
                  u"sex"_s, u"religion"_s, u"category"_s, u"birth_date"_s, u"age"_s, u"occupation"_s,
                  u"literate"_s, u"remarks"_s};
    return d;
}

RegisterDef makeEvents()
{
    RegisterDef d;
    d.id = u"family-events"_s;
    d.table = u"family_events"_s;
    d.prefix = u"FE"_s;
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Family register events");
    d.dateKey = u"event_on"_s;
    d.numberKey = u"number"_s;
    d.importable = false;
    const auto form = [](FieldDef f) { return source(std::move(f), S::Form); };
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                form(of("event_on", QT_TRANSLATE_NOOP("gd::Fields", "Date"), FieldKind::Date, true)),
                form(choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Event"),
                            {{u"new_family"_s, QT_TRANSLATE_NOOP("gd::Fields", "new family")},
                             {u"birth"_s, QT_TRANSLATE_NOOP("gd::Fields", "birth")},
                             {u"death"_s, QT_TRANSLATE_NOOP("gd::Fields", "death")},
                             {u"marriage_in"_s, QT_TRANSLATE_NOOP("gd::Fields", "joined by marriage")},
                             {u"marriage_out"_s, QT_TRANSLATE_NOOP("gd::Fields", "left by marriage")},
                             {u"migration_in"_s, QT_TRANSLATE_NOOP("gd::Fields", "came to live here")},
                             {u"migration_out"_s, QT_TRANSLATE_NOOP("gd::Fields", "moved away")},
                             {u"split"_s, QT_TRANSLATE_NOOP("gd::Fields", "family split")},
                             {u"correction"_s, QT_TRANSLATE_NOOP("gd::Fields", "correction on an order")},
                             {u"copy"_s, QT_TRANSLATE_NOOP("gd::Fields", "certified copy issued")}},
                            true)),
                form(text("village", QT_TRANSLATE_NOOP("gd::Fields", "Village"), true)),
                form(integer("family_no", QT_TRANSLATE_NOOP("gd::Fields", "Family number"), 1, 99999, true)),
                form(text("member_no", QT_TRANSLATE_NOOP("gd::Fields", "Member's entry"))),
                form(text("member_name", QT_TRANSLATE_NOOP("gd::Fields", "Member's name"))),
                form(of("cause", QT_TRANSLATE_NOOP("gd::Fields", "Reason"), FieldKind::LongText)),
                form(text("authority", QT_TRANSLATE_NOOP("gd::Fields", "Authority (order and by whom)"))),
                form(text("other_family", QT_TRANSLATE_NOOP("gd::Fields", "Other family"))),
                form(text("vital_event_no", QT_TRANSLATE_NOOP("gd::Fields", "Birth/death register entry"))),
                form(text("application_no", QT_TRANSLATE_NOOP("gd::Fields", "Application number"))),
                form(text("fee_receipt", QT_TRANSLATE_NOOP("gd::Fields", "Fee receipt"))),
                form(of("as_on", QT_TRANSLATE_NOOP("gd::Fields", "Family as on"), FieldKind::Date))};
    d.statuses = {{u"copies"_s, QT_TRANSLATE_NOOP("gd::Fields", "Certified copies"), u"cancelled = 0 AND kind = 'copy'"_s},
                  {u"changes"_s, QT_TRANSLATE_NOOP("gd::Fields", "Changes"), u"cancelled = 0 AND kind <> 'copy'"_s},
                  {u"cancelled"_s, QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), u"cancelled = 1"_s}};
    d.textKeys = {u"number"_s, u"village"_s, u"member_name"_s, u"other_family"_s, u"authority"_s, u"application_no"_s};
    d.listKeys = {u"number"_s, u"event_on"_s, u"kind"_s, u"village"_s, u"family_no"_s, u"member_name"_s,
                  u"cause"_s, u"authority"_s, u"other_family"_s};
    return d;
}

}  // namespace

const RegisterDef &Registers::familyMembers()
{
    static const RegisterDef d = makeMembers();
    return d;
}

const RegisterDef &Registers::familyEvents()
{
    static const RegisterDef d = makeEvents();
    return d;
}

}  // namespace gd
