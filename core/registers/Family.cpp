#include "Family.h"

#include "EntryService.h"
#include "FrontOffice.h"
#include "FrontOfficeRegisters.h"
#include "base/Text.h"
#include "../storage/Book.h"

using namespace Qt::StringLiterals;

namespace gd {

using K = FamilyMemberKeys;
using E = FamilyEventKeys;

QString FamilyId::text() const
{
    return village + u'/' + QString::number(number);
}

FamilyId FamilyId::parse(const QString &text)
{
    const QString t = text::normalized(text);
    const qsizetype slash = t.lastIndexOf(u'/');
    if (slash <= 0)
        return {};
    bool ok = false;
    const int n = t.mid(slash + 1).trimmed().toInt(&ok);
    return ok ? FamilyId{t.left(slash).trimmed(), n} : FamilyId{};
}

FamilyId FamilyId::of(const Entry &member)
{
    return {member.text(K::village), member.value(K::familyNo).toInt()};
}

FamilyRegister::FamilyRegister(Book &book) : m_book(book) {}

QString FamilyRegister::headNameOf(const QList<Entry> &members)
{
    for (const Entry &m : members)
        if (m.text(K::relation) == u"head" && m.text(K::status) == u"living")
            return m.text(K::name);
    return {};
}

Result<QList<Entry>> FamilyRegister::members(const FamilyId &family) const
{
    return EntryStore(m_book, Registers::familyMembers())
        .currentWhere(u"cancelled = 0 AND village = ? AND family_no = ?"_s, {family.village, family.number}, u"member_serial, id"_s);
}

Result<QList<FamilyRegister::Row>> FamilyRegister::asOn(const FamilyId &family, const QDate &date) const
{
    auto all = members(family);
    if (!all)
        return all.error();
    QList<Row> rows;
    for (const Entry &m : all.value()) {
        const QDate joined = m.date(K::joinedOn);
        if (joined.isValid() && joined > date)
            continue;
        const QDate left = m.date(K::leftOn);
        rows.append({m, left.isValid() && left <= date ? m.text(K::status) : u"living"_s});
    }
    return rows;
}

Result<QList<Entry>> FamilyRegister::events(const FamilyId &family) const
{
    return EntryStore(m_book, Registers::familyEvents())
        .currentWhere(u"cancelled = 0 AND village = ? AND family_no = ?"_s, {family.village, family.number},
                      u"event_on, id"_s);
}

Result<int> FamilyRegister::nextFamilyNumber(const QString &village) const
{
    auto last = m_book.scalar(u"SELECT coalesce(max(family_no), 0) FROM family_members WHERE village = ? AND is_current = 1"_s,
                              {text::normalized(village)});
    if (!last)
        return last.error();
    return last.value().toInt() + 1;
}

Result<QList<Entry>> FamilyRegister::vitalEventsToCarry() const
{
    return EntryStore(m_book, Registers::vitalEvents())
        .currentWhere(u"cancelled = 0 AND event_type IN ('birth','death') AND coalesce(family_register_updated, '') <> 'yes'"_s,
                      {}, u"event_date, id"_s);
}

Result<bool> FamilyRegister::hasMembers(const FamilyId &family) const
{
    if (!family.isValid())
        return makeError(ErrorCode::InputRejected, tr("Give the family's village and number."));
    auto found = m_book.scalar(u"SELECT 1 FROM family_members WHERE village = ? AND family_no = ? AND is_current = 1"
                               " AND cancelled = 0 LIMIT 1"_s,
                               {family.village, family.number});
    if (!found)
        return found.error();
    return found.value().isValid();
}

Status FamilyRegister::familyExists(const FamilyId &family) const
{
    auto has = hasMembers(family);
    if (!has)
        return has.error();
    if (!has.value())
        return makeError(ErrorCode::InputRejected, tr("There is no family %1 in the register.").arg(family.text()));
    return {};
}

Status FamilyRegister::familyFree(const FamilyId &family) const
{
    auto has = hasMembers(family);
    if (!has)
        return has.error();
    if (has.value())
        return makeError(ErrorCode::InputRejected,
                         tr("Family number %1 is already used in %2; the next free number is offered.")
                             .arg(family.number).arg(family.village));
    return {};
}

Result<Entry> FamilyRegister::record(const User &by, const FamilyId &family, const QString &kind,
                                     const QString &memberNo, const QString &memberName, const Change &change,
                                     const QString &otherFamily, const QVariantMap &extra)
{
    QVariantMap v = extra;
    v.insert(E::eventOn, change.on);
    v.insert(E::kind, kind);
    v.insert(E::village, family.village);
    v.insert(E::familyNo, family.number);
    v.insert(E::memberNo, memberNo);
    v.insert(E::memberName, memberName);
    v.insert(E::reason, change.reason);
    v.insert(E::authority, change.authority);
    v.insert(E::otherFamily, otherFamily);
    v.insert(E::vitalEventNo, change.vitalEventNo);
    return EntryService(m_book).add(by, Registers::familyEvents(), v);
}

Status FamilyRegister::markVitalCarried(const User &by, const QString &vitalNo)
{
    if (vitalNo.isEmpty())
        return {};
    auto event = EntryStore(m_book, Registers::vitalEvents()).current(vitalNo);
    if (!event)
        return event.error();
    QVariantMap v = event.value().values;
    v.insert(u"family_register_updated"_s, u"yes"_s);
    auto written = EntryService(m_book).update(by, Registers::vitalEvents(), event.value(), v, u"update"_s,
                                               tr("Carried into the family register"));
    if (!written)
        return written.error();
    return {};
}

Result<Entry> FamilyRegister::join(const User &by, const FamilyId &family, const QString &joinedBy, QVariantMap values,
                                   const Change &change, const QString &otherFamily)
{
    values.remove(Registers::familyMembers().numberKey);  // a new row, with its own number
    values.insert(K::village, family.village);
    values.insert(K::familyNo, family.number);
    values.insert(K::joinedBy, joinedBy);
    values.insert(K::joinedOn, change.on);
    values.insert(K::status, u"living"_s);
    values.remove(K::leftOn);
    values.remove(K::leftBy);
    values.remove(K::serial);
    values.insert(K::crossRef, otherFamily);
    values.insert(K::vitalEventNo, change.vitalEventNo);
    return EntryService(m_book).add(by, Registers::familyMembers(), values);
}

Result<Entry> FamilyRegister::leave(const User &by, const Entry &member, const QString &leftBy, const Change &change,
                                    const QString &otherFamily)
{
    if (member.text(K::status) != u"living")
        return makeError(ErrorCode::InputRejected, tr("%1 (%2) is no longer a living member of the family.")
                                                       .arg(member.text(K::name), member.number));
    if (text::normalized(change.reason).isEmpty() && text::normalized(change.authority).isEmpty() && change.vitalEventNo.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write the reason of the change or the authority it follows."));
    QVariantMap v = member.values;
    v.insert(K::status, leftBy == u"death" ? u"deceased"_s : u"left"_s);
    v.insert(K::leftOn, change.on);
    v.insert(K::leftBy, leftBy);
    if (!otherFamily.isEmpty())
        v.insert(K::crossRef, otherFamily);
    if (!change.vitalEventNo.isEmpty())
        v.insert(K::vitalEventNo, change.vitalEventNo);
    const QString why = Fields::choiceLabel(*Registers::familyMembers().field(K::leftBy), leftBy);
    return EntryService(m_book).update(by, Registers::familyMembers(), member, v, u"update"_s,
                                       text::normalized(change.reason).isEmpty() ? why : why + u": " + change.reason);
}

Result<Entry> FamilyRegister::newFamily(const User &by, QVariantMap head, const Change &change)
{
    const FamilyId family{text::normalized(head.value(K::village).toString()), head.value(K::familyNo).toInt()};
    Entry written;
    const Status s = m_book.transact([&]() -> Status {
        if (auto free = familyFree(family); !free)
            return free;
        head.insert(K::relation, u"head"_s);
        head.insert(K::status, u"living"_s);
        head.insert(K::headName, head.value(K::name));
        if (!head.contains(K::joinedOn) && change.on.isValid())
            head.insert(K::joinedOn, change.on);
        auto member = EntryService(m_book).add(by, Registers::familyMembers(), head);
        if (!member)
            return member.error();
        written = member.value();
        auto event = record(by, family, u"new_family"_s, written.number, written.text(K::name), change, {});
        return event ? Status() : Status(event.error());
    });
    if (!s)
        return s.error();
    return written;
}

Result<Entry> FamilyRegister::addMember(const User &by, const FamilyId &family, const QString &kind, QVariantMap values,
                                        const Change &change, const QString &otherFamily)
{
    static const QHash<QString, QString> joinedBy = {
        {u"birth"_s, u"birth"_s}, {u"marriage_in"_s, u"marriage"_s}, {u"migration_in"_s, u"migration"_s}};
    if (!joinedBy.contains(kind))
        return makeError(ErrorCode::InputRejected, tr("A member joins a family by birth, marriage or migration."));
    if (kind == u"birth" && !values.value(K::birthDate).toDate().isValid())
        values.insert(K::birthDate, change.on);
    Entry written;
    const Status s = m_book.transact([&]() -> Status {
        if (auto ok = familyExists(family); !ok)
            return ok;
        auto member = join(by, family, joinedBy.value(kind), values, change, otherFamily);
        if (!member)
            return member.error();
        written = member.value();
        if (auto ok = markVitalCarried(by, change.vitalEventNo); !ok)
            return ok;
        auto event = record(by, family, kind, written.number, written.text(K::name), change, otherFamily);
        return event ? Status() : Status(event.error());
    });
    if (!s)
        return s.error();
    return written;
}

Result<Entry> FamilyRegister::memberLeaves(const User &by, const Entry &member, const QString &kind, const Change &change,
                                           const QString &otherFamily)
{
    static const QHash<QString, QString> leftBy = {
        {u"death"_s, u"death"_s}, {u"marriage_out"_s, u"marriage"_s}, {u"migration_out"_s, u"migration"_s}};
    if (!leftBy.contains(kind))
        return makeError(ErrorCode::InputRejected, tr("A member leaves a family by death, marriage or migration."));
    Entry written;
    const Status s = m_book.transact([&]() -> Status {
        auto left = leave(by, member, leftBy.value(kind), change, otherFamily);
        if (!left)
            return left.error();
        written = left.value();
        if (auto ok = markVitalCarried(by, change.vitalEventNo); !ok)
            return ok;
        auto event = record(by, FamilyId::of(member), kind, member.number, member.text(K::name), change, otherFamily);
        return event ? Status() : Status(event.error());
    });
    if (!s)
        return s.error();
    return written;
}

Result<Entry> FamilyRegister::marryInto(const User &by, const Entry &member, const FamilyId &to, const QString &relation,
                                        const QString &relativeName, const Change &change)
{
    const FamilyId from = FamilyId::of(member);
    if (from == to)
        return makeError(ErrorCode::InputRejected, tr("%1 is already in family %2.").arg(member.text(K::name), to.text()));
    Entry written;
    const Status s = m_book.transact([&]() -> Status {
        if (auto ok = familyExists(to); !ok)
            return ok;
        auto left = leave(by, member, u"marriage"_s, change, to.text());
        if (!left)
            return left.error();
        QVariantMap v = member.values;
        v.insert(K::relation, relation);
        v.insert(K::relativeName, relativeName);
        v.remove(K::houseNo);
        v.remove(K::headName);
        v.remove(K::enteredOn);
        v.remove(K::remarks);
        auto joined = join(by, to, u"marriage"_s, v, change, from.text());
        if (!joined)
            return joined.error();
        written = joined.value();
        if (auto out = record(by, from, u"marriage_out"_s, member.number, member.text(K::name), change, to.text()); !out)
            return out.error();
        auto in = record(by, to, u"marriage_in"_s, written.number, written.text(K::name), change, from.text());
        return in ? Status() : Status(in.error());
    });
    if (!s)
        return s.error();
    return written;
}

Result<Entry> FamilyRegister::split(const User &by, const QList<Entry> &members, int newNumber, const QString &houseNo,
                                    const Change &change)
{
    if (members.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Choose the members who form the new family."));
    const FamilyId from = FamilyId::of(members.first());
    const FamilyId to{from.village, newNumber};
    Entry head;
    const Status s = m_book.transact([&]() -> Status {
        if (auto free = familyFree(to); !free)
            return free;
        QStringList names;
        for (qsizetype i = 0; i < members.size(); ++i) {
            const Entry &m = members.at(i);
            if (!(FamilyId::of(m) == from))
                return makeError(ErrorCode::InputRejected, tr("The members who split off come from one family."));
            auto left = leave(by, m, u"split"_s, change, to.text());
            if (!left)
                return left.error();
            QVariantMap v = m.values;
            v.insert(K::houseNo, houseNo);
            v.insert(K::headName, members.first().text(K::name));
            v.remove(K::enteredOn);
            if (i == 0)
                v.insert(K::relation, u"head"_s);
            auto joined = join(by, to, u"split"_s, v, change, from.text());
            if (!joined)
                return joined.error();
            if (i == 0)
                head = joined.value();
            names += m.text(K::name);
        }
        if (auto out = record(by, from, u"split"_s, {}, names.join(u", "_s), change, to.text()); !out)
            return out.error();
        auto in = record(by, to, u"new_family"_s, head.number, names.join(u", "_s), change, from.text());
        return in ? Status() : Status(in.error());
    });
    if (!s)
        return s.error();
    return head;
}

Result<Entry> FamilyRegister::correctOnOrder(const User &by, const Entry &member, QVariantMap values, const Change &change)
{
    if (text::normalized(change.authority).isEmpty())
        return makeError(ErrorCode::InputRejected,
                         tr("A correction of the family register follows an order: write the order and who made it."));
    Entry written;
    const Status s = m_book.transact([&]() -> Status {
        QString reason = text::normalized(change.reason);
        reason = reason.isEmpty() ? change.authority : reason + u" (" + change.authority + u')';
        auto corrected = EntryService(m_book).correct(by, Registers::familyMembers(), member, values, reason);
        if (!corrected)
            return corrected.error();
        written = corrected.value();
        auto event = record(by, FamilyId::of(written), u"correction"_s, written.number, written.text(K::name), change, {});
        return event ? Status() : Status(event.error());
    });
    if (!s)
        return s.error();
    return written;
}

Result<Entry> FamilyRegister::issueCopy(const User &by, const FamilyId &family, const QDate &onDate, const Entry &application,
                                        const QString &feeReceipt)
{
    if (application.text(ApplicationKeys::serviceCode) != copyService)
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is not an application for a copy of the family register (service %2).")
                             .arg(application.number, copyService));
    if (application.value(ApplicationKeys::fee).toLongLong() > 0 && text::normalized(feeReceipt).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write the number of the fee receipt."));
    Entry copy;
    const Status s = m_book.transact([&]() -> Status {
        auto rows = asOn(family, onDate);
        if (!rows)
            return rows.error();
        if (rows.value().isEmpty())
            return makeError(ErrorCode::InputRejected,
                             tr("Family %1 had no members on %2.").arg(family.text(), onDate.toString(u"dd-MM-yyyy"_s)));
        QList<Entry> present;
        for (const Row &r : rows.value())
            present += r.member;
        auto event = record(by, family, u"copy"_s, {}, headNameOf(present),
                            Change{m_book.clock().today(), {}, {}, {}}, {},
                            {{E::applicationNo, application.number}, {E::feeReceipt, feeReceipt}, {E::asOn, onDate}});
        if (!event)
            return event.error();
        copy = event.value();
        auto closed = FrontOffice(m_book).closeApplication(
            by, application, u"delivered"_s, copy.date(E::eventOn),
            tr("Certified copy %1 of family %2 as on %3").arg(copy.number, family.text(), onDate.toString(u"dd-MM-yyyy"_s)));
        return closed ? Status() : Status(closed.error());
    });
    if (!s)
        return s.error();
    return copy;
}

}  // namespace gd
