#include "DemoFamilies.h"

#include "DemoNames.h"
#include "registers/EntryService.h"
#include "registers/Family.h"

using namespace Qt::StringLiterals;

namespace gd {

using K = FamilyMemberKeys;
using E = FamilyEventKeys;
using demo::kMen;
using demo::kSurnames;
using demo::kWomen;

namespace {

constexpr const char16_t *kOutside[] = {u"ग्राम सरैया, जनपद प्रतापगढ़", u"ग्राम बेलहा, जनपद सुल्तानपुर", u"ग्राम कोटवा, जनपद जौनपुर",
                                       u"ग्राम मनिकपुर, जनपद प्रयागराज", u"ग्राम धौरहरा, जनपद अमेठी"};
constexpr const char16_t *kCities[] = {u"मुंबई", u"दिल्ली", u"लखनऊ", u"सूरत", u"लुधियाना"};
constexpr const char16_t *kMenWork[] = {u"खेती", u"खेती", u"मजदूरी", u"दुकान", u"पशुपालन", u"नौकरी"};

}  // namespace

DemoFamilies::DemoFamilies(Book &book, QRandomGenerator &random, const QStringList &villages, int population)
    : m_book(book), m_random(random), m_villages(villages), m_population(population)
{
}

Result<Entry> DemoFamilies::insert(const RegisterDef &def, QVariantMap values, const Charter &charter)
{
    if (const auto problems = EntryService::prepare(def, values, charter); !problems.isEmpty())
        return EntryService::problemError(def, problems);
    return EntryStore(m_book, def).insert(values);
}

int DemoFamilies::livingAge(const Member &m, const QDate &on) const
{
    return int(m.born.daysTo(on) / 365);
}

int DemoFamilies::randomFamily()
{
    return m_random.bounded(int(m_families.size()));
}

Status DemoFamilies::addMember(Family &family, Member m, const QDate &joined, const QString &joinedBy,
                               const QString &crossRef, const QString &vitalNo, const Charter &charter,
                               const QString &occupation)
{
    const int age = livingAge(m, m_today.isValid() ? m_today : joined);
    QString head;
    for (const Member &x : family.members)
        if (x.relation == u"head" && x.living)
            head = x.name;
    if (m.relation == u"head")
        head = m.name;
    QVariantMap v{{K::village, family.village},
                  {K::familyNo, family.number},
                  {K::houseNo, family.house},
                  {K::headName, head},
                  {K::serial, int(family.members.size()) + 1},
                  {K::name, m.name},
                  {K::relativeName, m.relative},
                  {K::relation, m.relation},
                  {K::sex, m.female ? u"female"_s : u"male"_s},
                  {K::religion, m.religion},
                  {K::category, m.category},
                  {K::occupation, occupation.isEmpty() ? (age < 6 ? QString() : age < 18 ? u"पढ़ाई"_s : m.female ? u"गृहकार्य"_s : demo::pick(m_random, kMenWork)) : occupation},
                  {K::literate, age < 6 ? QString() : (chance(age > 50 ? (m.female ? 30 : 60) : 85) ? u"yes"_s : u"no"_s)},
                  {K::enteredOn, joined},
                  {K::joinedBy, joinedBy},
                  {K::crossRef, crossRef},
                  {K::vitalEventNo, vitalNo}};
    if (joinedBy != u"register")
        v.insert(K::joinedOn, joined);
    // The old register knew the elders' age, not their date of birth.
    if (joinedBy == u"register" && age >= 35 && chance(80)) {
        v.insert(K::age, age);
        v.insert(K::ageOn, joined);
    } else {
        v.insert(K::birthDate, m.born);
    }
    auto e = insert(Registers::familyMembers(), v, charter);
    if (!e)
        return e.error();
    m.number = e.value().number;
    family.members.append(m);
    return {};
}

Status DemoFamilies::event(const Family &family, const QString &kind, const QDate &on, const Member *m,
                           const QString &reason, const QString &other, const QString &vitalNo, const Charter &charter,
                           const QVariantMap &extra)
{
    QVariantMap v = extra;
    v.insert(E::eventOn, on);
    v.insert(E::kind, kind);
    v.insert(E::village, family.village);
    v.insert(E::familyNo, family.number);
    v.insert(E::memberNo, m ? m->number : QString());
    v.insert(E::memberName, m ? m->name : QString());
    v.insert(E::reason, reason);
    v.insert(E::otherFamily, other);
    v.insert(E::vitalEventNo, vitalNo);
    auto e = insert(Registers::familyEvents(), v, charter);
    return e ? Status() : Status(e.error());
}

Status DemoFamilies::leave(Family &family, int index, const QString &leftBy, const QDate &on, const QString &crossRef,
                           const QString &vitalNo, const Charter &charter)
{
    Member &m = family.members[index];
    m.living = false;
    EntryStore store(m_book, Registers::familyMembers());
    auto current = store.current(m.number);
    if (!current)
        return current.error();
    QVariantMap v = current.value().values;
    v.insert(K::status, leftBy == u"death" ? u"deceased"_s : u"left"_s);
    v.insert(K::leftOn, on);
    v.insert(K::leftBy, leftBy);
    if (!crossRef.isEmpty())
        v.insert(K::crossRef, crossRef);
    if (!vitalNo.isEmpty())
        v.insert(K::vitalEventNo, vitalNo);
    if (const auto problems = EntryService::prepare(Registers::familyMembers(), v, charter, &current.value()); !problems.isEmpty())
        return EntryService::problemError(Registers::familyMembers(), problems);
    auto r = store.revise(current.value(), v, u"update"_s,
                          Fields::choiceLabel(*Registers::familyMembers().field(K::leftBy), leftBy));
    return r ? Status() : Status(r.error());
}

Status DemoFamilies::seed(const QDate &start, const Charter &charter)
{
    m_today = start;
    QHash<QString, int> numbers;
    int people = 0;
    while (people < m_population) {
        Family f;
        // The main village is the largest.
        f.village = chance(35) ? m_villages.first() : m_villages.at(m_random.bounded(int(m_villages.size())));
        f.number = ++numbers[f.village];
        f.house = QString::number(f.number + m_random.bounded(3)) + (chance(15) ? u"/1"_s : QString());
        const bool muslim = chance(11);
        f.surname = muslim ? (chance(50) ? u"अंसारी"_s : u"खान"_s) : demo::pick(m_random, kSurnames);
        const QString religion = muslim ? u"muslim"_s : (chance(1) ? u"sikh"_s : u"hindu"_s);
        const int roll = m_random.bounded(100);
        const QString category = muslim ? (roll < 60 ? u"obc"_s : u"general"_s)
            : roll < 25 ? u"sc"_s : roll < 28 ? u"st"_s : roll < 78 ? u"obc"_s : u"general"_s;
        const auto member = [&](bool female, int age, const QString &relation, const QString &relative) {
            Member m;
            m.female = female;
            m.name = female ? QString(demo::pick(m_random, kWomen) + (chance(50) ? u" देवी"_s : QString()))
                            : QString(demo::pick(m_random, kMen) + u' ' + f.surname);
            m.relative = relative;
            m.relation = relation;
            m.born = start.addDays(-(age * 365 + m_random.bounded(365)));
            m.religion = religion;
            m.category = category;
            return m;
        };
        const int headAge = 28 + m_random.bounded(50);
        Member head = member(false, headAge, u"head"_s, demo::pick(m_random, kMen) + u' ' + f.surname);
        if (auto s = addMember(f, head, start, u"register"_s, {}, {}, charter); !s)
            return s;
        if (headAge < 72 || chance(60)) {
            Member wife = member(true, headAge - 2 - m_random.bounded(6), u"wife"_s, head.name);
            if (auto s = addMember(f, wife, start, u"register"_s, {}, {}, charter); !s)
                return s;
            f.members[0].spouse = 1;
            f.members[1].spouse = 0;
        }
        // Children born when the head was 23 to 40; an elder son married, with children of his own.
        const int children = headAge < 30 ? m_random.bounded(3) : 2 + m_random.bounded(4);
        for (int c = 0; c < children; ++c) {
            const int age = headAge - 23 - c * 2 - m_random.bounded(3);
            if (age < 0)
                break;
            const bool girl = chance(48);
            if (girl && age >= 24)
                continue;  // married away before the register began
            Member child = member(girl, age, girl ? u"daughter"_s : u"son"_s, head.name);
            if (auto s = addMember(f, child, start, u"register"_s, {}, {}, charter); !s)
                return s;
            if (!girl && age >= 22 && chance(70)) {
                const int sonIndex = int(f.members.size()) - 1;
                Member bride = member(true, age - 2 - m_random.bounded(3), u"daughter_in_law"_s, child.name);
                if (auto s = addMember(f, bride, start, u"register"_s, {}, {}, charter); !s)
                    return s;
                f.members[sonIndex].spouse = int(f.members.size()) - 1;
                f.members.last().spouse = sonIndex;
                for (int g = age >= 25 ? m_random.bounded(3) : 0; g > 0; --g) {
                    const bool gGirl = chance(48);
                    Member grandchild = member(gGirl, m_random.bounded(qMax(1, age - 22)), gGirl ? u"granddaughter"_s : u"grandson"_s,
                                               child.name);
                    if (auto s = addMember(f, grandchild, start, u"register"_s, {}, {}, charter); !s)
                        return s;
                }
            }
        }
        people += int(f.members.size());
        m_families.append(f);
    }
    return {};
}

DemoFamilies::Vital DemoFamilies::birth(bool female)
{
    // A mother of 19 to 40 with her husband in the family; a few tries, then any married couple.
    for (int tries = 0; tries < 60; ++tries) {
        const int fi = randomFamily();
        const Family &f = m_families.at(fi);
        for (int i = 0; i < f.members.size(); ++i) {
            const Member &m = f.members.at(i);
            if (!m.female || !m.living || m.spouse < 0 || !f.members.at(m.spouse).living)
                continue;
            const int age = livingAge(m, m_today);
            if (age < 19 || age > (tries < 50 ? 40 : 48))
                continue;
            Vital v;
            v.family = fi;
            v.member = i;
            v.female = female;
            v.father = f.members.at(m.spouse).name;
            v.mother = m.name;
            v.village = f.village;
            v.informant = v.father;
            v.informantRelation = u"पिता"_s;
            if (chance(40))
                v.name = female ? demo::pick(m_random, kWomen) : QString(demo::pick(m_random, kMen) + u' ' + f.surname);
            return v;
        }
    }
    return {};
}

DemoFamilies::Vital DemoFamilies::death()
{
    // Mostly the old; now and then someone younger.
    for (int tries = 0; tries < 200; ++tries) {
        const int fi = randomFamily();
        const Family &f = m_families.at(fi);
        const int i = m_random.bounded(int(f.members.size()));
        const Member &m = f.members.at(i);
        const int age = livingAge(m, m_today);
        if (!m.living || (age < 55 && !chance(tries > 150 ? 100 : 4)))
            continue;
        Vital v;
        v.family = fi;
        v.member = i;
        v.female = m.female;
        v.name = m.name;
        v.age = age;
        v.village = f.village;
        const bool married = m.spouse >= 0;
        if (m.female && married)
            v.spouse = m.relative;
        else
            v.father = m.relative;
        for (const Member &x : f.members)
            if (x.living && !x.female && livingAge(x, m_today) >= 18 && x.name != m.name) {
                v.informant = x.name;
                v.informantRelation = x.relative == m.name ? u"पुत्र"_s : u"परिजन"_s;
                break;
            }
        if (v.informant.isEmpty()) {
            v.informant = demo::pick(m_random, kMen) + u' ' + f.surname;
            v.informantRelation = u"पड़ोसी"_s;
        }
        return v;
    }
    return {};
}

Status DemoFamilies::carry(const Vital &vital, bool isBirth, const QDate &eventDate, const QString &vitalNo, const QDate &day,
                           const Charter &charter)
{
    if (vital.family < 0)
        return {};
    m_today = day;
    Family &f = m_families[vital.family];
    if (isBirth) {
        const Member &mother = f.members.at(vital.member);
        const Member &father = f.members.at(mother.spouse);
        Member child;
        child.female = vital.female;
        child.name = vital.name.isEmpty() ? (vital.female ? u"बेबी"_s : u"बाबू"_s) : vital.name;
        child.relative = father.name;
        child.relation = father.relation == u"head" ? (vital.female ? u"daughter"_s : u"son"_s)
                                                    : (vital.female ? u"granddaughter"_s : u"grandson"_s);
        child.born = eventDate;
        child.religion = mother.religion;
        child.category = mother.category;
        if (auto s = addMember(f, child, eventDate, u"birth"_s, {}, vitalNo, charter); !s)
            return s;
        return event(f, u"birth"_s, eventDate, &f.members.last(), u"जन्म"_s, {}, vitalNo, charter);
    }
    if (!f.members.at(vital.member).living)
        return {};
    if (auto s = leave(f, vital.member, u"death"_s, eventDate, {}, vitalNo, charter); !s)
        return s;
    return event(f, u"death"_s, eventDate, &f.members.at(vital.member), u"मृत्यु"_s, {}, vitalNo, charter);
}

Status DemoFamilies::month(const QDate &first, const QDate &last, const Charter &charter)
{
    const double scale = m_population / 5000.0;
    const auto day = [&] { return first.addDays(m_random.bounded(int(first.daysTo(last)) + 1)); };
    // About 40 weddings a year in 5,000 people: a daughter leaves, a bride arrives.
    for (int n = int(3 * scale + m_random.bounded(3)); n > 0; --n) {
        const QDate on = day();
        m_today = on;
        int fi = -1;
        int bride = -1;
        for (int tries = 0; tries < 40 && bride < 0; ++tries) {
            fi = randomFamily();
            const Family &b = m_families.at(fi);
            for (int i = 0; i < b.members.size(); ++i) {
                const Member &m = b.members.at(i);
                const int age = livingAge(m, on);
                if (m.female && m.living && m.spouse < 0 && m.relation == u"daughter" && age >= 19 && age <= 28)
                    bride = i;
            }
        }
        Family &f = m_families[fi];
        int groom = -1;
        int gi = -1;
        for (int tries = 0; tries < 40 && groom < 0; ++tries) {
            gi = randomFamily();
            const Family &g = m_families.at(gi);
            for (int i = 0; i < g.members.size(); ++i) {
                const Member &m = g.members.at(i);
                const int age = livingAge(m, on);
                if (gi != fi && !m.female && m.living && m.spouse < 0 && m.relation == u"son" && age >= 21 && age <= 32)
                    groom = i;
            }
        }
        if (bride >= 0 && groom >= 0 && chance(40)) {
            // Within the panchayat: she leaves one family and joins the other, each naming the other.
            Family &g = m_families[gi];
            const FamilyId from{f.village, f.number};
            const FamilyId to{g.village, g.number};
            if (auto s = leave(f, bride, u"marriage"_s, on, to.text(), {}, charter); !s)
                return s;
            if (auto s = event(f, u"marriage_out"_s, on, &f.members.at(bride), u"विवाह"_s, to.text(), {}, charter); !s)
                return s;
            Member m = f.members.at(bride);
            m.relation = u"daughter_in_law"_s;
            m.relative = g.members.at(groom).name;
            m.living = true;
            m.spouse = groom;
            if (auto s = addMember(g, m, on, u"marriage"_s, from.text(), {}, charter, u"गृहकार्य"_s); !s)
                return s;
            g.members[groom].spouse = int(g.members.size()) - 1;
            if (auto s = event(g, u"marriage_in"_s, on, &g.members.last(), u"विवाह"_s, from.text(), {}, charter); !s)
                return s;
        } else if (bride >= 0 && chance(50)) {
            const QString where = demo::pick(m_random, kOutside);
            if (auto s = leave(f, bride, u"marriage"_s, on, where, {}, charter); !s)
                return s;
            if (auto s = event(f, u"marriage_out"_s, on, &f.members.at(bride), u"विवाह"_s, where, {}, charter); !s)
                return s;
        } else if (groom >= 0) {
            Family &g = m_families[gi];
            Member m;
            m.female = true;
            m.name = demo::pick(m_random, kWomen) + u" देवी"_s;
            m.relative = g.members.at(groom).name;
            m.relation = u"daughter_in_law"_s;
            m.born = on.addDays(-(19 + m_random.bounded(6)) * 365);
            m.religion = g.members.at(groom).religion;
            m.category = g.members.at(groom).category;
            m.spouse = groom;
            const QString where = demo::pick(m_random, kOutside);
            if (auto s = addMember(g, m, on, u"marriage"_s, where, {}, charter, u"गृहकार्य"_s); !s)
                return s;
            g.members[groom].spouse = int(g.members.size()) - 1;
            if (auto s = event(g, u"marriage_in"_s, on, &g.members.last(), u"विवाह"_s, where, {}, charter); !s)
                return s;
        }
    }
    // Now and then a married son sets up his own household (a split), and a young man leaves for work in a city.
    if (chance(int(40 * scale))) {
        const QDate on = day();
        m_today = on;
        const int fi = randomFamily();
        Family &f = m_families[fi];
        int son = -1;
        for (int i = 0; i < f.members.size(); ++i)
            if (f.members.at(i).relation == u"son" && f.members.at(i).living && f.members.at(i).spouse >= 0
                && f.members.at(f.members.at(i).spouse).living)
                son = i;
        if (son >= 0) {
            Family n;
            n.village = f.village;
            n.surname = f.surname;
            int highest = 0;
            for (const Family &x : m_families)
                if (x.village == f.village)
                    highest = qMax(highest, x.number);
            n.number = highest + 1;
            n.house = f.house + u"-क"_s;
            const FamilyId from{f.village, f.number};
            const FamilyId to{n.village, n.number};
            QList<int> moving = {son, f.members.at(son).spouse};
            for (int i = 0; i < f.members.size(); ++i)
                if (f.members.at(i).living && f.members.at(i).relative == f.members.at(son).name && i != moving.at(1))
                    moving += i;
            QStringList names;
            for (int k = 0; k < moving.size(); ++k) {
                Member m = f.members.at(moving.at(k));
                if (auto s = leave(f, moving.at(k), u"split"_s, on, to.text(), {}, charter); !s)
                    return s;
                m.relation = k == 0 ? u"head"_s : k == 1 ? u"wife"_s : (m.female ? u"daughter"_s : u"son"_s);
                m.living = true;
                m.spouse = k == 0 ? 1 : k == 1 ? 0 : -1;
                if (auto s = addMember(n, m, on, u"split"_s, from.text(), {}, charter); !s)
                    return s;
                names += m.name;
            }
            const QString reason = u"अलग चूल्हा; सहायक विकास अधिकारी (पं.) का आदेश"_s;
            if (auto s = event(f, u"split"_s, on, nullptr, reason, to.text(), {}, charter, {{E::memberName, names.join(u", "_s)}}); !s)
                return s;
            if (auto s = event(n, u"new_family"_s, on, &n.members.first(), reason, from.text(), {}, charter); !s)
                return s;
            m_families.append(n);
        }
    }
    if (chance(int(50 * scale))) {
        const QDate on = day();
        m_today = on;
        Family &f = m_families[randomFamily()];
        for (int i = 0; i < f.members.size(); ++i) {
            const Member &m = f.members.at(i);
            if (m.living && !m.female && m.spouse < 0 && m.relation == u"son" && livingAge(m, on) >= 20) {
                const QString where = demo::pick(m_random, kCities);
                if (auto s = leave(f, i, u"migration"_s, on, where, {}, charter); !s)
                    return s;
                if (auto s = event(f, u"migration_out"_s, on, &f.members.at(i), u"रोज़गार हेतु"_s, where, {}, charter); !s)
                    return s;
                break;
            }
        }
    }
    return {};
}

Result<QString> DemoFamilies::copy(const QDate &on, const QString &application, const Charter &charter)
{
    const Family &f = m_families.at(randomFamily());
    QVariantMap extra{{E::applicationNo, application},
                      {E::feeReceipt, u"R-%1"_s.arg(1000 + m_random.bounded(9000))},
                      {E::asOn, on}};
    QString head;
    for (const Member &m : f.members)
        if (m.relation == u"head" && m.living)
            head = m.name;
    extra.insert(E::memberName, head);
    QVariantMap v = extra;
    v.insert(E::eventOn, on);
    v.insert(E::kind, u"copy"_s);
    v.insert(E::village, f.village);
    v.insert(E::familyNo, f.number);
    auto e = insert(Registers::familyEvents(), v, charter);
    if (!e)
        return e.error();
    return QString(FamilyId{f.village, f.number}.text() + u' ' + e.value().number);
}

}  // namespace gd
