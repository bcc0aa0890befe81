#pragma once
// The family register (परिवार रजिस्टर, UP Panchayat Raj (Maintenance of Family Registers) Rules, 1970): families
// numbered within their village, a row per member, and every change an event with its reason and authority.
// Nothing is erased: a member who dies stays, marked deceased; one who leaves (marriage, migration, a family
// split) stays in the old family with a cross-reference and joins the new one as a new row.

#include "EntryStore.h"
#include "Masters.h"

namespace gd {

struct FamilyMemberKeys {
    static inline const QString village = QStringLiteral("village");
    static inline const QString familyNo = QStringLiteral("family_no");
    static inline const QString houseNo = QStringLiteral("house_no");
    static inline const QString headName = QStringLiteral("head_name");
    static inline const QString serial = QStringLiteral("member_serial");
    static inline const QString name = QStringLiteral("name");
    static inline const QString relativeName = QStringLiteral("relative_name");
    static inline const QString relation = QStringLiteral("relation");
    static inline const QString sex = QStringLiteral("sex");
    static inline const QString religion = QStringLiteral("religion");
    static inline const QString category = QStringLiteral("category");
    static inline const QString birthDate = QStringLiteral("birth_date");
    static inline const QString age = QStringLiteral("age");
    static inline const QString ageOn = QStringLiteral("age_on");
    static inline const QString occupation = QStringLiteral("occupation");
    static inline const QString literate = QStringLiteral("literate");
    static inline const QString remarks = QStringLiteral("remarks");
    static inline const QString enteredOn = QStringLiteral("entered_on");
    static inline const QString joinedOn = QStringLiteral("joined_on");
    static inline const QString joinedBy = QStringLiteral("joined_by");
    static inline const QString status = QStringLiteral("status");
    static inline const QString leftOn = QStringLiteral("left_on");
    static inline const QString leftBy = QStringLiteral("left_by");
    static inline const QString crossRef = QStringLiteral("cross_ref");
    static inline const QString vitalEventNo = QStringLiteral("vital_event_no");
};

struct FamilyEventKeys {
    static inline const QString eventOn = QStringLiteral("event_on");
    static inline const QString kind = QStringLiteral("kind");
    static inline const QString village = QStringLiteral("village");
    static inline const QString familyNo = QStringLiteral("family_no");
    static inline const QString memberNo = QStringLiteral("member_no");
    static inline const QString memberName = QStringLiteral("member_name");
    static inline const QString reason = QStringLiteral("cause");
    static inline const QString authority = QStringLiteral("authority");
    static inline const QString otherFamily = QStringLiteral("other_family");
    static inline const QString vitalEventNo = QStringLiteral("vital_event_no");
    static inline const QString applicationNo = QStringLiteral("application_no");
    static inline const QString feeReceipt = QStringLiteral("fee_receipt");
    static inline const QString asOn = QStringLiteral("as_on");
};

// A family: its village and its number there.
struct FamilyId {
    QString village;
    int number = 0;
    bool isValid() const { return !village.trimmed().isEmpty() && number > 0; }
    // "रामपुर/45", as cross-references write it.
    QString text() const;
    static FamilyId parse(const QString &text);
    static FamilyId of(const Entry &member);
    bool operator==(const FamilyId &o) const { return village == o.village && number == o.number; }
};

class FamilyRegister {
    Q_DECLARE_TR_FUNCTIONS(gd::FamilyRegister)
public:
    explicit FamilyRegister(Book &book);

    // Why a change happens: the event's date, reason and authority (the order and who made it).
    struct Change {
        QDate on;
        QString reason;
        QString authority;
        QString vitalEventNo;  // the birth or death register's entry it follows, if any
    };

    // Every member of a family (current versions, cancelled ones left out), in serial order.
    Result<QList<Entry>> members(const FamilyId &family) const;
    // The family as on a date: the members who had joined by then (or were in the register from its start), each
    // with the status they had that day. A death or departure after the date is not shown.
    struct Row {
        Entry member;
        QString status;  // living, deceased or left, as on the date
    };
    Result<QList<Row>> asOn(const FamilyId &family, const QDate &date) const;
    // The family's events, oldest first.
    Result<QList<Entry>> events(const FamilyId &family) const;
    // The next free family number in a village.
    Result<int> nextFamilyNumber(const QString &village) const;
    // Births and deaths of the birth and death register not yet carried into the family register (its
    // "family register updated" is not yes), oldest first.
    Result<QList<Entry>> vitalEventsToCarry() const;

    // A new family: its head as its first member (relation head).
    Result<Entry> newFamily(const User &by, QVariantMap head, const Change &change);
    // A member joins `family` by birth, marriage or migration (`kind`: birth, marriage_in, migration_in); `values`
    // are the member's columns. A birth that follows the birth register marks that entry as carried.
    Result<Entry> addMember(const User &by, const FamilyId &family, const QString &kind, QVariantMap values,
                            const Change &change, const QString &otherFamily = {});
    // A member dies (the row stays, marked deceased) or leaves by marriage or migration; `otherFamily` is where
    // she or he went, written as the cross-reference.
    Result<Entry> memberLeaves(const User &by, const Entry &member, const QString &kind, const Change &change,
                               const QString &otherFamily = {});
    // A bride (or groom) of one family of the panchayat joins another: she leaves the first with a
    // cross-reference and joins the second as a new row, with her new relation and husband's name.
    Result<Entry> marryInto(const User &by, const Entry &member, const FamilyId &to, const QString &relation,
                            const QString &relativeName, const Change &change);
    // Some members form a new family (number `newNumber`, house `houseNo`), the first of them its head. Each
    // leaves the old family with a cross-reference and joins the new one. Returns the new family's head.
    Result<Entry> split(const User &by, const QList<Entry> &members, int newNumber, const QString &houseNo,
                        const Change &change);
    // A correction of a member's row on an order (the authority is required).
    Result<Entry> correctOnOrder(const User &by, const Entry &member, QVariantMap values, const Change &change);
    // A certified copy of the family as on `asOn`, delivered against `application` (an application for the
    // charter's family register copy, which this closes as delivered). The returned event's number is the
    // copy's number.
    Result<Entry> issueCopy(const User &by, const FamilyId &family, const QDate &onDate, const Entry &application,
                            const QString &feeReceipt);

    // The member's living head's name in the family, empty when it has none.
    static QString headNameOf(const QList<Entry> &members);

    // The charter's service a certified copy is delivered against.
    static inline const QString copyService = QStringLiteral("FAMREG-COPY");

private:
    Result<Entry> record(const User &by, const FamilyId &family, const QString &kind, const QString &memberNo,
                         const QString &memberName, const Change &change, const QString &otherFamily,
                         const QVariantMap &extra = {});
    // A member's row written into a family (no event), and a member's row closed (no event).
    Result<Entry> join(const User &by, const FamilyId &family, const QString &joinedBy, QVariantMap values,
                       const Change &change, const QString &otherFamily);
    Result<Entry> leave(const User &by, const Entry &member, const QString &leftBy, const Change &change,
                        const QString &otherFamily);
    Status markVitalCarried(const User &by, const QString &vitalNo);
    Result<bool> hasMembers(const FamilyId &family) const;
    Status familyExists(const FamilyId &family) const;
    Status familyFree(const FamilyId &family) const;

    Book &m_book;
};

}  // namespace gd
