// The family register: a family and its members, every change an event (a birth carried from the birth register,
// a death that marks the member, a marriage across two families, a split), the family as on a date, a certified
// copy delivered against its application, and an office's register brought in from a spreadsheet. Expected values
// are worked out by hand in the comments.

#include "TestBook.h"
#include "registers/CsvTransfer.h"
#include "registers/Family.h"
#include "registers/FrontOfficeRegisters.h"
#include "registers/SearchIndex.h"

#include <QFile>
#include <QtTest>

using namespace gd;
using namespace gd::test;
using namespace gd::test::shorthand;
using K = FamilyMemberKeys;

namespace {

QVariantMap person(const char *name, const char *relative, const char *relation, const char *sex, const char *born)
{
    return {{K::name, q(name)}, {K::relativeName, q(relative)}, {K::relation, QString::fromLatin1(relation)},
            {K::sex, QString::fromLatin1(sex)}, {K::birthDate, d(born)}, {K::religion, QStringLiteral("hindu")},
            {K::category, QStringLiteral("obc")}};
}

FamilyRegister::Change on(const char *iso, const char *reason = "", const char *authority = "")
{
    return {d(iso), q(reason), q(authority), {}};
}

QStringList names(const QList<Entry> &members)
{
    QStringList out;
    for (const Entry &m : members)
        out += m.text(K::name);
    return out;
}

}  // namespace

class TestFamily : public QObject {
    Q_OBJECT

    // Family रामपुर/1 of house 12: the head (serial 1), his wife and son (2, 3) entered from the old register.
    static FamilyId makeFamily(TestBook &t)
    {
        QVariantMap head = person("रामप्रसाद यादव", "शिवनाथ यादव", "head", "male", "1970-05-01");
        head.insert(K::village, q("रामपुर"));
        head.insert(K::familyNo, 1);
        head.insert(K::houseNo, QStringLiteral("12"));
        auto h = FamilyRegister(*t.book).newFamily(t.admin, head, on("2026-04-01", "परिवार रजिस्टर में प्रविष्टि"));
        if (!h)
            qFatal("%s", qPrintable(h.error().message));
        for (const QVariantMap &m : {person("गीता देवी", "रामप्रसाद यादव", "wife", "female", "1975-08-10"),
                                     person("सुरेश यादव", "रामप्रसाद यादव", "son", "male", "1998-01-20")}) {
            QVariantMap v = m;
            v.insert(K::village, q("रामपुर"));
            v.insert(K::familyNo, 1);
            t.add(Registers::familyMembers(), v);
        }
        return {q("रामपुर"), 1};
    }

private slots:
    void membersTakeTheFamilysHouseHeadAndNextSerial()
    {
        TestBook t;
        QVERIFY(t.create());
        const FamilyId family = makeFamily(t);
        auto members = FamilyRegister(*t.book).members(family);
        QVERIFY(members.ok());
        QCOMPARE(names(members.value()), QStringList({q("रामप्रसाद यादव"), q("गीता देवी"), q("सुरेश यादव")}));
        const Entry &son = members.value().at(2);
        QCOMPARE(son.value(K::serial).toInt(), 3);
        QCOMPARE(son.text(K::houseNo), QStringLiteral("12"));
        QCOMPARE(son.text(K::headName), q("रामप्रसाद यादव"));
        QCOMPARE(son.text(K::status), QStringLiteral("living"));
        QCOMPARE(son.date(K::enteredOn), d("2026-11-22"));  // the fixed clock's day
        // A second living head, a serial already used, and a member with neither birth date nor age are refused.
        QVariantMap second = person("मोहन", "रामप्रसाद यादव", "head", "male", "2000-01-01");
        second.insert(K::village, q("रामपुर"));
        second.insert(K::familyNo, 1);
        auto r = EntryService(*t.book).add(t.admin, Registers::familyMembers(), second);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(q("रामप्रसाद यादव")), qPrintable(r.error().message));
        second.insert(K::relation, QStringLiteral("son"));
        second.insert(K::serial, 2);
        r = EntryService(*t.book).add(t.admin, Registers::familyMembers(), second);
        QVERIFY(!r.ok());
        QVERIFY2(r.error().message.contains(q("गीता देवी")), qPrintable(r.error().message));
        second.remove(K::serial);
        second.remove(K::birthDate);
        r = EntryService(*t.book).add(t.admin, Registers::familyMembers(), second);
        QVERIFY(!r.ok());
        // The same number in the same village is refused for a new family; the next free one is 2.
        QVariantMap other = person("कल्लू", "बुद्धू", "head", "male", "1960-01-01");
        other.insert(K::village, q("रामपुर"));
        other.insert(K::familyNo, 1);
        QVERIFY(!FamilyRegister(*t.book).newFamily(t.admin, other, on("2026-11-01", "नया परिवार")).ok());
        QCOMPARE(FamilyRegister(*t.book).nextFamilyNumber(q("रामपुर")).value(), 2);
        QCOMPARE(FamilyRegister(*t.book).nextFamilyNumber(q("नयागाँव")).value(), 1);
    }

    // A death registered in the birth and death register marks the member deceased; the row stays.
    void aDeathMarksTheMemberAndTheBirthRegistersEntry()
    {
        TestBook t;
        QVERIFY(t.create());
        const FamilyId family = makeFamily(t);
        const Entry death = t.add(Registers::vitalEvents(),
                                  {{QStringLiteral("event_type"), QStringLiteral("death")},
                                   {QStringLiteral("event_date"), d("2026-10-05")},
                                   {QStringLiteral("reported_on"), d("2026-10-07")},
                                   {QStringLiteral("name"), q("रामप्रसाद यादव")},
                                   {QStringLiteral("sex"), QStringLiteral("male")},
                                   {QStringLiteral("age_years"), 56},
                                   {QStringLiteral("place_type"), QStringLiteral("home")},
                                   {QStringLiteral("informant_name"), q("सुरेश यादव")}});
        FamilyRegister reg(*t.book);
        QCOMPARE(reg.vitalEventsToCarry().value().size(), 1);
        const Entry head = reg.members(family).value().first();
        FamilyRegister::Change change = on("2026-10-05");
        change.vitalEventNo = death.number;
        auto marked = reg.memberLeaves(t.admin, head, QStringLiteral("death"), change);
        QVERIFY2(marked.ok(), marked.ok() ? "" : qPrintable(marked.error().message));
        auto members = reg.members(family).value();
        QCOMPARE(members.size(), 3);  // never removed
        QCOMPARE(members.first().text(K::status), QStringLiteral("deceased"));
        QCOMPARE(members.first().date(K::leftOn), d("2026-10-05"));
        QCOMPARE(members.first().text(K::vitalEventNo), death.number);
        QCOMPARE(reg.vitalEventsToCarry().value().size(), 0);
        auto carried = EntryStore(*t.book, Registers::vitalEvents()).current(death.number);
        QCOMPARE(carried.value().text(QStringLiteral("family_register_updated")), QStringLiteral("yes"));
        // The events: the family's start and the death.
        auto events = reg.events(family).value();
        QCOMPARE(events.size(), 2);
        QCOMPARE(events.last().text(FamilyEventKeys::kind), QStringLiteral("death"));
        QCOMPARE(events.last().text(FamilyEventKeys::memberName), q("रामप्रसाद यादव"));
        // A second death of the same member is refused, and nothing more is written.
        QVERIFY(!reg.memberLeaves(t.admin, members.first(), QStringLiteral("death"), on("2026-10-06", "दोबारा")).ok());
        QCOMPARE(reg.events(family).value().size(), 2);
        // Leaving needs a reason or an authority.
        QVERIFY(!reg.memberLeaves(t.admin, members.at(2), QStringLiteral("migration_out"), on("2026-11-01")).ok());
    }

    // A bride of family 1 marries into family 2: she stays in family 1, marked left with a cross-reference, and
    // joins family 2 as its next serial; both rows are found by her name.
    void aMarriageCrossReferencesBothFamilies()
    {
        TestBook t;
        QVERIFY(t.create());
        const FamilyId first = makeFamily(t);
        FamilyRegister reg(*t.book);
        QVariantMap daughter = person("पूजा यादव", "रामप्रसाद यादव", "daughter", "female", "2002-02-02");
        auto pooja = reg.addMember(t.admin, first, QStringLiteral("migration_in"), daughter, on("2026-04-10", "ननिहाल से लौटी"));
        QVERIFY(pooja.ok());
        QVariantMap groom = person("विनोद पाल", "हरिराम पाल", "head", "male", "1999-03-03");
        groom.insert(K::village, q("रामपुर"));
        groom.insert(K::familyNo, 2);
        QVERIFY(reg.newFamily(t.admin, groom, on("2026-04-01", "परिवार रजिस्टर में प्रविष्टि")).ok());
        const FamilyId second{q("रामपुर"), 2};
        auto bride = reg.marryInto(t.admin, pooja.value(), second, QStringLiteral("wife"), q("विनोद पाल"),
                                   on("2026-05-15", "विवाह"));
        QVERIFY2(bride.ok(), bride.ok() ? "" : qPrintable(bride.error().message));
        QCOMPARE(bride.value().text(K::crossRef), q("रामपुर/1"));
        QCOMPARE(bride.value().value(K::serial).toInt(), 2);
        QCOMPARE(bride.value().text(K::joinedBy), QStringLiteral("marriage"));
        QCOMPARE(bride.value().text(K::headName), q("विनोद पाल"));
        const Entry old = EntryStore(*t.book, Registers::familyMembers()).current(pooja.value().number).value();
        QCOMPARE(old.text(K::status), QStringLiteral("left"));
        QCOMPARE(old.text(K::crossRef), q("रामपुर/2"));
        auto found = EntryStore(*t.book, Registers::familyMembers()).count({{}, {}, {}, q("पूजा")});
        QCOMPARE(found.value(), 2);
        // Marrying into one's own family is refused.
        QVERIFY(!reg.marryInto(t.admin, bride.value(), second, QStringLiteral("wife"), q("x"), on("2026-06-01", "x")).ok());
    }

    // The son and a new daughter-in-law split off as family 3 of the village: both families keep them, cross-
    // referenced; the son heads the new family; the search finds him in both.
    void aSplitKeepsBothFamiliesFindable()
    {
        TestBook t;
        QVERIFY(t.create());
        const FamilyId first = makeFamily(t);
        FamilyRegister reg(*t.book);
        auto members = reg.members(first).value();
        const Entry son = members.at(2);
        auto split = reg.split(t.admin, {son}, 3, QStringLiteral("12-A"), on("2026-09-01", "अलग चूल्हा", "ADO (पं.) आदेश 14/2026"));
        QVERIFY2(split.ok(), split.ok() ? "" : qPrintable(split.error().message));
        QCOMPARE(split.value().text(K::relation), QStringLiteral("head"));
        QCOMPARE(split.value().text(K::houseNo), QStringLiteral("12-A"));
        QCOMPARE(split.value().text(K::crossRef), q("रामपुर/1"));
        QCOMPARE(split.value().value(K::serial).toInt(), 1);
        const FamilyId third{q("रामपुर"), 3};
        QCOMPARE(names(reg.members(third).value()), QStringList({q("सुरेश यादव")}));
        const Entry old = reg.members(first).value().at(2);
        QCOMPARE(old.text(K::status), QStringLiteral("left"));
        QCOMPARE(old.text(K::leftBy), QStringLiteral("split"));
        QCOMPARE(old.text(K::crossRef), q("रामपुर/3"));
        // The search of Ctrl+K finds him twice, in Latin letters too.
        auto hits = SearchIndex::search(*t.book, QStringLiteral("suresh yadav"), 20);
        QVERIFY(hits.ok());
        int inFamilies = 0;
        for (const auto &h : hits.value())
            inFamilies += h.registerId == Registers::familyMembers().id ? 1 : 0;
        QCOMPARE(inFamilies, 2);
        // The register's own filter (Ctrl+F) finds both rows from the Latin spelling too, and from another Hindi one.
        QCOMPARE(EntryStore(*t.book, Registers::familyMembers()).count({{}, {}, {}, QStringLiteral("suresh")}).value(), 2);
        QCOMPARE(EntryStore(*t.book, Registers::familyMembers()).count({{}, {}, {}, q("सुरेश")}).value(), 2);
        QCOMPARE(EntryStore(*t.book, Registers::familyMembers()).count({{}, {}, {}, QStringLiteral("12-A")}).value(), 1);
        // Each family's events name the other: split in 1, new family in 3.
        QCOMPARE(reg.events(first).value().last().text(FamilyEventKeys::otherFamily), q("रामपुर/3"));
        QCOMPARE(reg.events(third).value().last().text(FamilyEventKeys::otherFamily), q("रामपुर/1"));
        // A number already used is refused, and nothing of the split is written.
        QVERIFY(!reg.split(t.admin, {members.at(1)}, 1, {}, on("2026-09-02", "x")).ok());
        QCOMPARE(reg.members(first).value().at(1).text(K::status), QStringLiteral("living"));
    }

    // The family as on a date: a child born on 2026-06-10 is not in a copy as on 2026-06-01; the father who died
    // on 2026-10-05 is living as on 2026-10-04 and deceased as on 2026-10-05.
    void theFamilyAsOnADate()
    {
        TestBook t;
        QVERIFY(t.create());
        const FamilyId family = makeFamily(t);
        FamilyRegister reg(*t.book);
        auto baby = reg.addMember(t.admin, family, QStringLiteral("birth"),
                                  person("बेबी", "सुरेश यादव", "grandson", "male", "2026-06-10"), on("2026-06-10", "जन्म"));
        QVERIFY(baby.ok());
        QCOMPARE(baby.value().date(K::joinedOn), d("2026-06-10"));
        const Entry head = reg.members(family).value().first();
        QVERIFY(reg.memberLeaves(t.admin, head, QStringLiteral("death"), on("2026-10-05", "मृत्यु")).ok());
        const auto statuses = [&](const char *iso) {
            QStringList out;
            const auto rows = reg.asOn(family, d(iso));
            for (const auto &row : rows.value())
                out += row.member.text(K::name) + u':' + row.status;
            return out;
        };
        QCOMPARE(statuses("2026-06-01"), QStringList({q("रामप्रसाद यादव:living"), q("गीता देवी:living"), q("सुरेश यादव:living")}));
        QCOMPARE(statuses("2026-10-04").size(), 4);
        QCOMPARE(statuses("2026-10-04").first(), q("रामप्रसाद यादव:living"));
        QCOMPARE(statuses("2026-10-05").first(), q("रामप्रसाद यादव:deceased"));
        QCOMPARE(statuses("2026-10-05").last(), q("बेबी:living"));
    }

    // A certified copy is delivered against an application for the family register copy: it closes the
    // application as delivered and is numbered as an event; the fee (₹5 in the model charter) needs its receipt.
    void aCopyIsDeliveredAgainstItsApplication()
    {
        TestBook t;
        QVERIFY(t.create());
        const FamilyId family = makeFamily(t);
        const Entry app = t.add(Registers::applications(), {{QStringLiteral("received_on"), d("2026-11-20")},
                                                            {QStringLiteral("service_code"), FamilyRegister::copyService},
                                                            {QStringLiteral("applicant_name"), q("सुरेश यादव")}});
        const Entry other = t.add(Registers::applications(), {{QStringLiteral("received_on"), d("2026-11-20")},
                                                              {QStringLiteral("service_code"), QStringLiteral("STREETLIGHT")},
                                                              {QStringLiteral("applicant_name"), q("सुरेश यादव")}});
        FamilyRegister reg(*t.book);
        QVERIFY(!reg.issueCopy(t.admin, family, d("2026-11-22"), other, QStringLiteral("R-1")).ok());
        QVERIFY(!reg.issueCopy(t.admin, family, d("2026-11-22"), app, QString()).ok());  // no receipt for ₹5
        QVERIFY(!reg.issueCopy(t.admin, {q("रामपुर"), 99}, d("2026-11-22"), app, QStringLiteral("R-1")).ok());
        auto copy = reg.issueCopy(t.admin, family, d("2026-11-22"), app, QStringLiteral("R-1"));
        QVERIFY2(copy.ok(), copy.ok() ? "" : qPrintable(copy.error().message));
        QCOMPARE(copy.value().text(FamilyEventKeys::kind), QStringLiteral("copy"));
        QCOMPARE(copy.value().text(FamilyEventKeys::applicationNo), app.number);
        QCOMPARE(copy.value().date(FamilyEventKeys::eventOn), d("2026-11-22"));
        const Entry delivered = EntryStore(*t.book, Registers::applications()).current(app.number).value();
        QCOMPARE(delivered.text(ApplicationKeys::status), QStringLiteral("delivered"));
        QCOMPARE(delivered.date(ApplicationKeys::closedOn), d("2026-11-22"));
        QVERIFY(delivered.text(ApplicationKeys::remarks).contains(copy.value().number));
        // The application is closed: a second copy against it is refused.
        QVERIFY(!reg.issueCopy(t.admin, family, d("2026-11-22"), delivered, QStringLiteral("R-2")).ok());
    }

    // A correction of a member follows an order; without one it is refused.
    void aCorrectionNamesItsOrder()
    {
        TestBook t;
        QVERIFY(t.create());
        const FamilyId family = makeFamily(t);
        FamilyRegister reg(*t.book);
        const Entry wife = reg.members(family).value().at(1);
        QVariantMap v = wife.values;
        v.insert(K::birthDate, d("1976-08-10"));
        QVERIFY(!reg.correctOnOrder(t.admin, wife, v, on("2026-11-22", "जन्म तिथि")).ok());
        auto c = reg.correctOnOrder(t.admin, wife, v, on("2026-11-22", "जन्म तिथि", "सहायक विकास अधिकारी (पं.) आदेश 7/2026"));
        QVERIFY(c.ok());
        QCOMPARE(c.value().date(K::birthDate), d("1976-08-10"));
        QCOMPARE(c.value().version, 2);
        QCOMPARE(reg.events(family).value().last().text(FamilyEventKeys::authority), q("सहायक विकास अधिकारी (पं.) आदेश 7/2026"));
    }

    // The office's register typed in a spreadsheet, one row per member with the family number, saved as CSV by
    // LibreOffice Calc (tests/data/family-register.fods): 7 members of 3 families, Hindi and English labels.
    void anOfficesSpreadsheetComesIn()
    {
        TestBook t;
        QVERIFY(t.create());
        QFile file(QStringLiteral(GRAMDESK_TEST_DATA "/family-register.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        auto r = CsvTransfer::importData(*t.book, t.admin, Registers::familyMembers(), bytes, QStringLiteral("family-register.csv"), false);
        QVERIFY(r.ok());
        QVERIFY2(r.value().ok(), qPrintable(r.value().problems.join(u'\n')));
        QCOMPARE(r.value().written, 7);
        FamilyRegister reg(*t.book);
        auto seven = reg.members({q("रामपुर"), 7}).value();
        QCOMPARE(seven.size(), 4);
        QCOMPARE(seven.at(1).text(K::sex), QStringLiteral("female"));      // "महिला"
        QCOMPARE(seven.at(1).text(K::religion), QStringLiteral("hindu"));  // "हिन्दू"
        QCOMPARE(seven.at(1).value(K::age).toInt(), 52);
        QCOMPARE(seven.at(1).date(K::ageOn), d("2015-01-01"));
        QCOMPARE(seven.at(2).date(K::birthDate), d("1992-03-12"));
        const auto eight = reg.members({q("रामपुर"), 8}).value();
        QCOMPARE(eight.at(0).text(K::religion), QStringLiteral("muslim"));  // "Muslim"
        // The head's name left empty in नयागाँव/1 is the head's own.
        QCOMPARE(reg.members({q("नयागाँव"), 1}).value().first().text(K::headName), q("मुन्नी लाल"));
        // A second file with a bad row writes nothing and names the line and column.
        QByteArray bad = bytes.left(bytes.indexOf('\n') + 1);
        bad += QStringLiteral("रामपुर,9,50,,1,नया,,head,पुरुष,,,,,,,,\n").toUtf8();
        bad += QStringLiteral("रामपुर,9,50,,2,दूसरा,,बेटा,M,,,,30,,,,\n").toUtf8();
        auto r2 = CsvTransfer::importData(*t.book, t.admin, Registers::familyMembers(), bad, QStringLiteral("bad.csv"), false);
        QVERIFY(r2.ok());
        QCOMPARE(r2.value().written, 0);
        QCOMPARE(r2.value().problems.size(), 2);
        QVERIFY2(r2.value().problems.at(0).startsWith(QStringLiteral("bad.csv:2: birth_date")), qPrintable(r2.value().problems.join(u'\n')));
        QVERIFY2(r2.value().problems.at(1).startsWith(QStringLiteral("bad.csv:3: relation")), qPrintable(r2.value().problems.join(u'\n')));
        // The events are written by the register's actions only.
        auto events = CsvTransfer::importData(*t.book, t.admin, Registers::familyEvents(), QByteArrayLiteral("event_on\n2026-01-01\n"),
                                              QStringLiteral("e.csv"), false);
        QVERIFY(!events.ok());
    }
};

QTEST_GUILESS_MAIN(TestFamily)
#include "tst_family.moc"
