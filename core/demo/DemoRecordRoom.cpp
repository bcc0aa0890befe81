#include "demo/DemoRecordRoom.h"

#include "registers/EntryService.h"
#include "storage/Book.h"

#include <QMultiMap>

using namespace Qt::StringLiterals;

namespace gd {

namespace {

struct Subject {
    const char *code;
    int weight;               // of a hundred new files
    const char *retention;
    int years;                // C only
    const char16_t *titles[3];
};

constexpr Subject kSubjects[] = {
    {"ADM", 14, "E", 0, {u"परिपत्र", u"शासनादेश", u"स्थापना पत्राचार"}},
    {"ACC", 16, "C", 10, {u"वाउचर", u"बैंक विवरण", u"रोकड़ बही"}},
    {"WRK", 18, "C", 5, {u"खड़ंजा निर्माण", u"नाली निर्माण", u"हैंडपंप मरम्मत"}},
    {"BD", 6, "A", 0, {u"जन्म-मृत्यु सूचना", u"विलंबित पंजीकरण आदेश", u"जन्म-मृत्यु प्रमाण पत्र"}},
    {"FAM", 8, "A", 0, {u"परिवार रजिस्टर", u"परिवार रजिस्टर संशोधन", u"परिवार रजिस्टर नकल"}},
    {"GRV", 8, "C", 3, {u"शिकायत पत्रावली", u"आईजीआरएस शिकायतें", u"शिकायत निस्तारण"}},
    {"RTI", 6, "C", 3, {u"सूचना आवेदन", u"प्रथम अपील", u"सूचना का अधिकार पत्राचार"}},
    {"MTG", 8, "B", 0, {u"ग्राम सभा बैठक", u"ग्राम पंचायत बैठक", u"समिति बैठक"}},
    {"SCH", 12, "C", 5, {u"प्रधानमंत्री आवास", u"वृद्धावस्था पेंशन", u"स्वच्छ भारत शौचालय"}},
    {"STF", 4, "A", 0, {u"सेवा पुस्तिका", u"वेतन निर्धारण", u"अवकाश"}},
};

constexpr const char16_t *kPeople[] = {u"सचिव", u"प्रधान", u"लेखपाल", u"अवर अभियंता", u"पंचायत सहायक", u"लेखा परीक्षक"};
constexpr const char16_t *kPurposes[] = {u"अवलोकन", u"ऑडिट", u"माप पुस्तिका", u"नकल", u"बैठक"};

}  // namespace

DemoRecordRoom::DemoRecordRoom(Book &book, QRandomGenerator &random, const QStringList &villages, double busyness)
    : m_book(book), m_random(random), m_villages(villages), m_busyness(busyness)
{
}

Status DemoRecordRoom::places()
{
    User admin;
    admin.role = Role::Admin;
    MasterStore store(m_book, Registers::places());
    if (auto r = store.save(admin, {{u"code"_s, u"R1"_s}, {u"kind"_s, u"room"_s}, {u"name"_s, QStringLiteral("अभिलेख कक्ष")}}); !r)
        return r;
    for (int a = 1; a <= 8; ++a) {
        const QString almirah = QStringLiteral("A%1").arg(a);
        if (auto r = store.save(admin, {{u"code"_s, almirah}, {u"kind"_s, u"almirah"_s}, {u"name"_s, QStringLiteral("अलमारी %1").arg(a)},
                                        {u"parent"_s, u"R1"_s}});
            !r)
            return r;
        for (int shelf = 1; shelf <= 5; ++shelf)
            if (auto r = store.save(admin, {{u"code"_s, QStringLiteral("%1-S%2").arg(almirah).arg(shelf)}, {u"kind"_s, u"shelf"_s},
                                            {u"name"_s, QStringLiteral("खाना %1").arg(shelf)}, {u"parent"_s, almirah}});
                !r)
                return r;
    }
    return {};
}

Result<Entry> DemoRecordRoom::insert(const RegisterDef &def, QVariantMap values, const Charter &charter)
{
    if (const auto problems = EntryService::prepare(def, values, charter); !problems.isEmpty())
        return EntryService::problemError(def, problems);
    return EntryStore(m_book, def).insert(values);
}

Status DemoRecordRoom::day(const QDate &day, const QDate &last, const Charter &charter)
{
    const auto revise = [&](const RegisterDef &def, const QString &number, const char *key, const QVariant &value,
                            const QString &reason) -> Status {
        auto base = EntryStore(m_book, def).current(number);
        if (!base)
            return base.error();
        QVariantMap v = base.value().values;
        v.insert(QString::fromLatin1(key), value);
        if (const auto problems = EntryService::prepare(def, v, charter, &base.value()); !problems.isEmpty())
            return EntryService::problemError(def, problems);
        if (auto e = EntryStore(m_book, def).revise(base.value(), v, u"update"_s, reason); !e)
            return e.error();
        return {};
    };

    // Files come back.
    for (auto it = m_due.begin(); it != m_due.end() && it->first <= day;) {
        if (auto r = revise(Registers::fileMovements(), it->second, "returned_on", day, QStringLiteral("वापस आई")); !r)
            return r;
        m_out.remove(m_out.key(it->second));
        it = m_due.erase(it);
    }
    // Files are closed.
    for (auto it = m_open.begin(); it != m_open.end();) {
        if (it->closeOn.isValid() && it->closeOn <= day) {
            if (auto r = revise(Registers::files(), it->code, "closed_on", day, QStringLiteral("बंद")); !r)
                return r;
            it = m_open.erase(it);
        } else {
            ++it;
        }
    }
    // New files.
    const double mean = 16 * m_busyness;
    for (int n = int(mean * 0.6 + m_random.bounded(mean * 0.8 + 1.0)); n > 0; --n) {
        int roll = m_random.bounded(100);
        const Subject *subject = &kSubjects[0];
        for (const Subject &candidate : kSubjects) {
            subject = &candidate;
            if ((roll -= candidate.weight) < 0)
                break;
        }
        const QString village = m_villages.at(m_random.bounded(int(m_villages.size())));
        const int almirah = 1 + m_random.bounded(8);
        QVariantMap v{{u"subject_code"_s, QString::fromLatin1(subject->code)},
                      {u"title"_s, QString(QString::fromUtf16(subject->titles[m_random.bounded(3)]) + u' ' + village)},
                      {u"opened_on"_s, day},
                      {u"retention"_s, QString::fromLatin1(subject->retention)},
                      {u"retention_years"_s, subject->years ? QVariant(subject->years) : QVariant()},
                      {u"room"_s, QStringLiteral("अभिलेख कक्ष")},
                      {u"almirah"_s, QStringLiteral("अलमारी %1").arg(almirah)},
                      {u"shelf"_s, QStringLiteral("खाना %1").arg(1 + m_random.bounded(5))}};
        auto file = insert(Registers::files(), v, charter);
        if (!file)
            return file.error();
        Open open{file.value().number, QString::fromLatin1(subject->code), day, {}};
        if (chance(80)) {
            const QDate closeOn = day.addDays(30 + m_random.bounded(600));
            if (closeOn < last)
                open.closeOn = closeOn;
        }
        m_open += open;
        m_recent += file.value().number;
        if (m_recent.size() > 3000)
            m_recent.removeFirst();
    }
    // Files go out to staff and auditors: back in one to twelve days, some later than promised.
    for (int n = int(m_random.bounded(6.0 * m_busyness + 1.0)); n > 0 && !m_recent.isEmpty(); --n) {
        const QString code = m_recent.at(m_random.bounded(int(m_recent.size())));
        if (m_out.contains(code))
            continue;
        QVariantMap v{{u"file_code"_s, code},
                      {u"issued_on"_s, day},
                      {u"issued_to"_s, QString::fromUtf16(kPeople[m_random.bounded(int(std::size(kPeople)))])},
                      {u"purpose"_s, QString::fromUtf16(kPurposes[m_random.bounded(int(std::size(kPurposes)))])},
                      {u"due_back_on"_s, day.addDays(7)}};
        auto movement = insert(Registers::fileMovements(), v, charter);
        if (!movement)
            return movement.error();
        m_out.insert(code, movement.value().number);
        const QDate back = day.addDays(1 + m_random.bounded(chance(85) ? 7 : 30));
        if (back < last) {
            auto at = std::upper_bound(m_due.begin(), m_due.end(), back,
                                       [](const QDate &d, const QPair<QDate, QString> &p) { return d < p.first; });
            m_due.insert(at, {back, movement.value().number});
        }
    }
    // Once a year, in the second half of March, ephemeral files past their year are weeded out on an order.
    if (day.month() == 3 && day.day() >= 15 && m_weededYear != day.year()) {
        m_weededYear = day.year();
        ++m_orders;
        const QString order = QStringLiteral("DPRO/%1/%2").arg(day.year()).arg(m_orders);
        auto due = m_book.exec(QStringLiteral("SELECT number FROM files WHERE is_current = 1 AND cancelled = 0 AND status = 'closed'"
                                              " AND retention = 'E' AND review_on <= ?"),
                               {day.toString(Qt::ISODate)});
        if (!due)
            return due.error();
        QStringList codes;
        while (due.value().next())
            codes += due.value().value(0).toString();
        for (const QString &code : codes) {
            if (m_out.contains(code))
                continue;
            auto base = EntryStore(m_book, Registers::files()).current(code);
            if (!base)
                return base.error();
            QVariantMap v = base.value().values;
            v.insert(u"destroyed_on"_s, day);
            v.insert(u"destruction_order"_s, order);
            if (const auto problems = EntryService::prepare(Registers::files(), v, charter, &base.value()); !problems.isEmpty())
                return EntryService::problemError(Registers::files(), problems);
            if (auto e = EntryStore(m_book, Registers::files()).revise(base.value(), v, u"update"_s, QStringLiteral("नष्ट: ") + order); !e)
                return e.error();
            m_recent.removeOne(code);
        }
    }
    return {};
}

}  // namespace gd
