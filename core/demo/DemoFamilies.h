#pragma once
// The demo office's family register: the villages' families entered at the register's start, then the births and
// deaths of the birth and death register taken from them (most carried into the family register), marriages
// within and beyond the panchayat, families that split, people who move away, and certified copies delivered.
// Used by Demo only.

#include "registers/EntryStore.h"
#include "registers/Masters.h"

#include <QRandomGenerator>

namespace gd {

class DemoFamilies {
public:
    DemoFamilies(Book &book, QRandomGenerator &random, const QStringList &villages, int population);

    // The register at its start: families of about five and a half people until `population` are entered.
    Status seed(const QDate &start, const Charter &charter);

    // A birth or death the birth and death register receives, taken from a family: the names its entry carries.
    struct Vital {
        int family = -1;
        int member = -1;  // the one who died; for a birth, the mother
        QString name, father, mother, spouse, village, informant, informantRelation;
        bool female = false;
        int age = 0;
    };
    Vital birth(bool female);
    Vital death();
    // Carries the birth or death (entry `vitalNo`, of `eventDate`) into the family register on `day`.
    Status carry(const Vital &vital, bool isBirth, const QDate &eventDate, const QString &vitalNo, const QDate &day,
                 const Charter &charter);
    // The month's other changes: marriages, splits, people moving away (about what 5,000 people see).
    Status month(const QDate &first, const QDate &last, const Charter &charter);
    // A certified copy delivered on `on` against `application`: recorded as the register's event.
    Result<QString> copy(const QDate &on, const QString &application, const Charter &charter);

private:
    struct Member {
        QString number;
        QString name, relative;
        bool female = false;
        QDate born;
        QString relation;
        int spouse = -1;     // index in the family
        bool living = true;  // and still in the family
        QString religion, category;
    };
    struct Family {
        QString village;
        int number = 0;
        QString house;
        QString surname;
        QList<Member> members;
    };
    Result<Entry> insert(const RegisterDef &def, QVariantMap values, const Charter &charter);
    Status addMember(Family &family, Member m, const QDate &joined, const QString &joinedBy, const QString &crossRef,
                     const QString &vitalNo, const Charter &charter, const QString &occupation = {});
    Status leave(Family &family, int index, const QString &leftBy, const QDate &on, const QString &crossRef,
                 const QString &vitalNo, const Charter &charter);
    Status event(const Family &family, const QString &kind, const QDate &on, const Member *m, const QString &reason,
                 const QString &other, const QString &vitalNo, const Charter &charter, const QVariantMap &extra = {});
    int livingAge(const Member &m, const QDate &on) const;
    int randomFamily();
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }

    Book &m_book;
    QRandomGenerator &m_random;
    QStringList m_villages;
    int m_population;
    QList<Family> m_families;
    QDate m_today;  // the day being written
};

}  // namespace gd
