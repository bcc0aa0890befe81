#include "demo/Demo.h"
#include "storage/Seals.h"

#include "demo/DemoAccounts.h"
#include "demo/DemoFamilies.h"
#include "demo/DemoNames.h"
#include "demo/DemoQuality.h"
#include "demo/DemoRecordRoom.h"

#include "office/OfficeSetup.h"
#include "registers/EntryStore.h"
#include "registers/Family.h"
#include "registers/CashBook.h"
#include "registers/EntryService.h"
#include "registers/VitalEvents.h"

#include <QRandomGenerator>

#include <cmath>

namespace gd {

using demo::kLatin;
using demo::kMen;
using demo::kStaff;
using demo::kSurnames;
using demo::kWomen;

namespace {

struct Place {
    const char16_t *hi;
    const char16_t *en;
    const char16_t *block;
    const char16_t *district;
};

// Real-sounding Gram Panchayats of Uttar Pradesh for the synthetic office.
constexpr Place kPlaces[] = {
    {u"रामपुर", u"Rampur", u"Sarojini Nagar", u"Lucknow"},
    {u"सिसवां", u"Siswan", u"Chiraigaon", u"Varanasi"},
    {u"बरौली", u"Barauli", u"Bakshi Ka Talab", u"Lucknow"},
    {u"महुआडीह", u"Mahuadih", u"Sewapuri", u"Varanasi"},
    {u"कुसुमी", u"Kusumi", u"Pipraich", u"Gorakhpur"},
};

constexpr const char16_t *kVillages[] = {u"रामपुर", u"पूरे तिवारी", u"नयागाँव", u"भीखीपुर", u"मझगवाँ", u"कटरा"};


struct Complaint {
    const char *category;
    const char16_t *text;
};
constexpr Complaint kComplaints[] = {
    {"WATER", u"हैंडपंप खराब है, पानी नहीं आ रहा"},
    {"WATER", u"पाइप लाइन से पानी रिस रहा है"},
    {"SANITATION", u"गली में कूड़ा कई दिन से नहीं उठा"},
    {"STREETLIGHT", u"स्ट्रीट लाइट बंद है"},
    {"ROADS", u"खड़ंजा टूट गया है"},
    {"DRAINS", u"नाली जाम है, पानी सड़क पर"},
    {"PENSION", u"वृद्धावस्था पेंशन तीन माह से नहीं आई"},
    {"RATION", u"राशन कम दिया गया"},
    {"CERTIFICATES", u"परिवार रजिस्टर की नकल नहीं मिली"},
    {"STAFF", u"कर्मचारी ने ठीक से बात नहीं की"},
    {"OTHER", u"आवारा पशुओं से फसल को नुकसान"},
};

class Generator {
public:
    // `scale`: the population against the 5,000 people the daily figures are set for.
    Generator(Book &book, QRandomGenerator &random, const Office &office, double busyness, int population)
        : m_book(book), m_random(random), m_office(office), m_busyness(busyness * population / 5000.0),
          m_room(book, random, office.villages, m_busyness * 0.15), m_accounts(book, random),
          m_families(book, random, office.villages, population)
    {
    }

    Status run(const QDate &from, const QDate &to)
    {
        if (auto s = holidays(from, to); !s)
            return s;
        if (auto s = m_accounts.masters(from); !s)
            return s;
        if (auto s = m_room.places(); !s)
            return s;
        auto charter = Charter::load(m_book);
        if (!charter)
            return charter.error();
        m_charter = charter.value();
        for (auto it = m_charter.services.cbegin(); it != m_charter.services.cend(); ++it)
            m_serviceCodes += it.key();
        std::sort(m_serviceCodes.begin(), m_serviceCodes.end());
        if (auto s = m_book.transact([&] { return m_families.seed(from, m_charter); }); !s)
            return s;
        // One transaction a month: fast, and a failure leaves whole months.
        QDate day = from;
        while (day <= to) {
            const QDate monthEnd = qMin(to, QDate(day.year(), day.month(), 1).addMonths(1).addDays(-1));
            Status s = m_book.transact([&]() -> Status {
                for (; day <= monthEnd; day = day.addDays(1)) {
                    if (!m_charter.calendar.isWorkingDay(day))
                        continue;
                    if (auto w = workDay(day, to); !w)
                        return w;
                    if (auto a = m_accounts.day(day, m_charter); !a)
                        return a;
                    if (auto r = m_room.day(day, to, m_charter); !r)
                        return r;
                }
                return m_families.month(QDate(monthEnd.year(), monthEnd.month(), 1), monthEnd, m_charter);
            });
            if (!s)
                return s;
            // The secretary prints each whole month's report on the first of the next month: its seal is kept.
            if (monthEnd.addDays(1).day() == 1) {
                if (auto seal = Seals::make(m_book, Seals::forMonthlyReport(monthEnd.toString(QStringLiteral("yyyy-MM"))),
                                            QDateTime(monthEnd.addDays(1), QTime(11, 0)));
                    !seal)
                    return seal.error();
            }
        }
        return {};
    }

private:
    int count(double mean)
    {
        const double m = mean * m_busyness;
        return int(m * 0.6 + m_random.bounded(m * 0.8 + 1.0));
    }
    bool chance(int percent) { return int(m_random.bounded(100)) < percent; }
    // How many of a rare event happen in a day that sees `mean` of them on average (Knuth's method).
    int poisson(double mean)
    {
        const double limit = std::exp(-mean * m_busyness);
        double p = 1.0;
        int k = 0;
        do {
            ++k;
            p *= m_random.generateDouble();
        } while (p > limit);
        return k - 1;
    }
    template <typename T, size_t N>
    QString pick(const T (&list)[N])
    {
        return demo::pick(m_random, list);
    }

    QString village() { return m_office.villages.at(m_random.bounded(int(m_office.villages.size()))); }
    QString mobile() { return QString::number(6000000000LL + qint64(m_random.bounded(3999999999.0))); }

    struct Person {
        QString name, relative, village, mobile;
    };
    Person person()
    {
        Person p;
        if (chance(8)) {
            p.name = pick(kLatin);
        } else {
            const bool woman = chance(40);
            p.name = (woman ? pick(kWomen) : pick(kMen)) + u' ' + pick(kSurnames);
        }
        p.relative = pick(kMen) + u' ' + pick(kSurnames);
        p.village = village();
        p.mobile = chance(75) ? mobile() : QString();
        return p;
    }

    Result<Entry> insert(const RegisterDef &def, QVariantMap values)
    {
        if (const auto problems = EntryService::prepare(def, values, m_charter); !problems.isEmpty())
            return EntryService::problemError(def, problems);
        return EntryStore(m_book, def).insert(values);
    }

    // A closing date: mostly within the time limit, sometimes late (the caller keeps it up to today).
    QDate closing(const QDate &received, const QDate &due, int latePercent)
    {
        const qint64 span = qMax<qint64>(0, received.daysTo(due));
        return chance(latePercent) ? due.addDays(1 + m_random.bounded(20)) : received.addDays(m_random.bounded(int(span) + 1));
    }

    Status workDay(const QDate &day, const QDate &last)
    {
        const int visitors = count(18);
        QTime clock(10, 0);
        for (int i = 0; i < visitors; ++i) {
            clock = clock.addSecs(60 + m_random.bounded(420));
            const Person p = person();
            const int purposeRoll = m_random.bounded(100);
            const QString purpose = purposeRoll < 20 ? QStringLiteral("service")
                : purposeRoll < 25                   ? QStringLiteral("complaint")
                : purposeRoll < 75                   ? QStringLiteral("enquiry")
                : purposeRoll < 92                   ? QStringLiteral("meeting")
                                                     : QStringLiteral("other");
            QVariantMap v{{QStringLiteral("date"), day},
                          {QStringLiteral("time_in"), clock},
                          {QStringLiteral("name"), p.name},
                          {QStringLiteral("relative_name"), p.relative},
                          {QStringLiteral("village"), p.village},
                          {QStringLiteral("mobile"), p.mobile},
                          {QStringLiteral("purpose"), purpose},
                          {QStringLiteral("met_whom"), pick(kStaff)}};
            const bool stillInside = day == last && clock > m_book.clock().now().time().addSecs(-1800);
            if (day == last && clock > m_book.clock().now().time())
                break;
            if (!stillInside) {
                v.insert(QStringLiteral("time_out"), clock.addSecs(300 + m_random.bounded(2400)));
                if (chance(70)) {
                    v.insert(QStringLiteral("service_time_rating"), 2 + m_random.bounded(4));
                    v.insert(QStringLiteral("behaviour_rating"), 2 + m_random.bounded(4));
                    if (chance(10))
                        v.insert(QStringLiteral("suggestion"), chance(50) ? QStringLiteral("बैठने की व्यवस्था हो")
                                                                          : QStringLiteral("पीने का पानी रखें"));
                }
                v.insert(QStringLiteral("outcome"), chance(80) ? QStringLiteral("done") : QStringLiteral("pending"));
            }
            if (purpose == u"service") {
                const QString code = m_serviceCodes.at(m_random.bounded(int(m_serviceCodes.size())));
                v.insert(QStringLiteral("service_code"), code);
                auto a = application(day, last, p, code);
                if (!a)
                    return a.error();
                v.insert(QStringLiteral("outcome_ref"), a.value().number);
            } else if (purpose == u"complaint") {
                auto c = complaint(day, last, p, QStringLiteral("in_person"));
                if (!c)
                    return c.error();
                v.insert(QStringLiteral("outcome_ref"), c.value().number);
            }
            if (auto e = insert(Registers::visitors(), v); !e)
                return e.error();
        }
        // Births and deaths reported today: India's rates (about 25 births and 7 deaths a year per thousand) give
        // 5,000 people about 10 births and 3 to 4 deaths a month, reported over some 22 working days.
        for (const auto &[type, mean] : {std::pair{"birth", 0.48}, std::pair{"death", 0.15}, std::pair{"still_birth", 0.01}}) {
            for (int i = poisson(mean); i > 0; --i) {
                if (auto e = vitalEvent(QString::fromLatin1(type), day, last); !e)
                    return e.error();
            }
        }
        // Complaints that arrive by box, letter, phone and portal.
        for (int i = count(0.3); i > 0; --i) {
            const int roll = m_random.bounded(4);
            const QString mode = roll == 0 ? QStringLiteral("box")
                : roll == 1               ? QStringLiteral("letter")
                : roll == 2               ? QStringLiteral("phone")
                                          : QStringLiteral("portal");
            if (auto c = complaint(day, last, person(), mode); !c)
                return c.error();
        }
        return {};
    }

    Result<Entry> application(const QDate &day, const QDate &last, const Person &p, const QString &code)
    {
        const QVariantMap service = m_charter.services.value(code);
        QVariantMap v{{QStringLiteral("service_code"), code},
                      {QStringLiteral("received_on"), day},
                      {QStringLiteral("applicant_name"), p.name},
                      {QStringLiteral("relative_name"), p.relative},
                      {QStringLiteral("village"), p.village},
                      {QStringLiteral("mobile"), p.mobile},
                      {QStringLiteral("documents_received"), service.value(QStringLiteral("documents"))}};
        const QDate due = m_charter.calendar.due(day, service.value(QStringLiteral("time_limit_days")).toInt(),
                                                 WorkingCalendar::dayKind(service.value(QStringLiteral("day_kind")).toString()));
        const QDate closed = closing(day, due, 12);
        if (closed <= last && !(day.daysTo(last) < 40 && chance(30))) {
            const bool rejected = chance(5);
            v.insert(QStringLiteral("status"), rejected ? QStringLiteral("rejected") : QStringLiteral("delivered"));
            v.insert(QStringLiteral("closed_on"), closed);
            if (rejected)
                v.insert(QStringLiteral("remarks"), QStringLiteral("अभिलेख अपूर्ण"));
        }
        auto written = insert(Registers::applications(), v);
        // A copy of the family register delivered is the register's certified copy.
        if (written && code == FamilyRegister::copyService && v.value(QStringLiteral("status")).toString() == u"delivered") {
            if (auto copy = m_families.copy(v.value(QStringLiteral("closed_on")).toDate(), written.value().number, m_charter); !copy)
                return copy.error();
        }
        return written;
    }

    Result<Entry> complaint(const QDate &day, const QDate &last, const Person &p, const QString &mode)
    {
        const Complaint &c = kComplaints[m_random.bounded(int(std::size(kComplaints)))];
        const QString category = QString::fromLatin1(c.category);
        const QVariantMap cat = m_charter.categories.value(category);
        QVariantMap v{{QStringLiteral("received_on"), day},
                      {QStringLiteral("mode"), mode},
                      {QStringLiteral("complainant_name"), p.name},
                      {QStringLiteral("relative_name"), p.relative},
                      {QStringLiteral("village"), p.village},
                      {QStringLiteral("mobile"), p.mobile},
                      {QStringLiteral("category_code"), category},
                      {QStringLiteral("description"), QString::fromUtf16(c.text)},
                      {QStringLiteral("marked_to"), pick(kStaff)}};
        if (mode == u"portal")
            v.insert(QStringLiteral("portal_ref"), QStringLiteral("IGRS-%1").arg(40000000 + m_random.bounded(9999999)));
        const QDate due = m_charter.calendar.due(day, cat.value(QStringLiteral("time_limit_days")).toInt(),
                                                 WorkingCalendar::dayKind(cat.value(QStringLiteral("day_kind")).toString()));
        const QDate closed = closing(day, due, 18);
        if (closed <= last && !(day.daysTo(last) < 30 && chance(35))) {
            const int roll = m_random.bounded(100);
            v.insert(QStringLiteral("status"), roll < 88 ? QStringLiteral("disposed")
                                                 : roll < 95 ? QStringLiteral("rejected")
                                                             : QStringLiteral("transferred"));
            v.insert(QStringLiteral("disposed_on"), closed);
            v.insert(QStringLiteral("action_taken"), roll < 88 ? QStringLiteral("समस्या का निस्तारण कराया गया")
                                                               : QStringLiteral("संबंधित विभाग को भेजा गया"));
            if (chance(60))
                v.insert(QStringLiteral("satisfied"), chance(85) ? QStringLiteral("yes") : QStringLiteral("no"));
        } else if (chance(50)) {
            v.insert(QStringLiteral("status"), QStringLiteral("in_progress"));
            if (due < last && chance(30)) {
                v.insert(QStringLiteral("escalated_to"), QStringLiteral("सहायक विकास अधिकारी (पंचायत)"));
                v.insert(QStringLiteral("escalated_on"), due.addDays(1));
            }
        }
        return insert(Registers::complaints(), v);
    }

    Result<Entry> vitalEvent(const QString &type, const QDate &reported, const QDate &last)
    {
        // Most information comes within three weeks; some late, some after months, a few after years.
        const int delayRoll = m_random.bounded(100);
        const int days = delayRoll < 80 ? m_random.bounded(22)
            : delayRoll < 88             ? 22 + m_random.bounded(9)
            : delayRoll < 98             ? 31 + m_random.bounded(335)
                                         : 366 + m_random.bounded(1500);
        const QDate event = reported.addDays(-days);
        const bool woman = chance(48);
        // The people come from the family register (a still birth names only its parents).
        const DemoFamilies::Vital who = type == u"death" ? m_families.death() : m_families.birth(woman);
        const QString surname = pick(kSurnames);
        const QString father = who.father.isEmpty() ? QString(pick(kMen) + u' ' + surname) : who.father;
        const QString mother = who.mother.isEmpty() ? QString(pick(kWomen) + u' ' + surname) : who.mother;
        QVariantMap v{{QStringLiteral("event_type"), type},
                      {QStringLiteral("event_date"), event},
                      {QStringLiteral("reported_on"), reported},
                      {QStringLiteral("sex"), woman ? QStringLiteral("female") : QStringLiteral("male")},
                      {QStringLiteral("father_name"), father},
                      {QStringLiteral("mother_name"), mother},
                      {QStringLiteral("place_type"), chance(65) ? QStringLiteral("institution") : QStringLiteral("home")},
                      {QStringLiteral("address"), who.village.isEmpty() ? village() : who.village},
                      {QStringLiteral("informant_name"), who.informant.isEmpty() ? father : who.informant},
                      {QStringLiteral("informant_relation"), who.informantRelation.isEmpty() ? QStringLiteral("पिता") : who.informantRelation},
                      {QStringLiteral("informant_mobile"), mobile()}};
        if (v.value(QStringLiteral("place_type")).toString() == u"institution")
            v.insert(QStringLiteral("place_name"), chance(60) ? QStringLiteral("सामुदायिक स्वास्थ्य केंद्र") : QStringLiteral("जिला महिला चिकित्सालय"));
        if (type == u"death") {
            v.insert(QStringLiteral("sex"), who.female ? QStringLiteral("female") : QStringLiteral("male"));
            v.insert(QStringLiteral("name"), who.name);
            v.insert(QStringLiteral("age_years"), who.age);
            v.insert(QStringLiteral("father_name"), who.father);
            v.insert(QStringLiteral("spouse_name"), who.spouse);
            v.insert(QStringLiteral("mother_name"), QString());
        } else if (type == u"birth" && !who.name.isEmpty()) {
            v.insert(QStringLiteral("name"), who.name);
        }
        // Most births and deaths are carried into the family register within days; some still wait.
        const bool carried = type != u"still_birth" && who.family >= 0 && reported.daysTo(last) > 3 && chance(88);
        if (carried)
            v.insert(QStringLiteral("family_register_updated"), QStringLiteral("yes"));
        const VitalDelay delay = VitalEvents::delay(event, reported);
        if (delay.category == u"late")
            v.insert(QStringLiteral("late_fee_receipt"), QStringLiteral("R-%1").arg(1000 + m_random.bounded(9000)));
        // Cases reported more than a fortnight ago are mostly registered on CRS, and most certificates collected.
        const qint64 age = reported.daysTo(last);
        const bool needsPermission = delay.category == u"permission" || delay.category == u"order";
        if (age > 14 && chance(92)) {
            if (needsPermission)
                v.insert(QStringLiteral("permission_ref"),
                         delay.category == u"order" ? QStringLiteral("SDM/%1/%2").arg(reported.year()).arg(m_random.bounded(900) + 100)
                                                    : QStringLiteral("DPRO/%1/%2").arg(reported.year()).arg(m_random.bounded(900) + 100));
            const QDate registered = reported.addDays(1 + m_random.bounded(needsPermission ? 20 : 7));
            if (registered <= last) {
                v.insert(QStringLiteral("crs_application_no"), QStringLiteral("%1%2").arg(reported.year()).arg(m_random.bounded(999999), 6, 10, QLatin1Char('0')));
                v.insert(QStringLiteral("crs_registration_no"),
                         QStringLiteral("%1-%2:%3-%4").arg(type == u"death" ? QStringLiteral("D") : QStringLiteral("B"))
                             .arg(registered.year()).arg(9).arg(m_random.bounded(99999), 5, 10, QLatin1Char('0')));
                v.insert(QStringLiteral("crs_registered_on"), registered);
                const QDate handed = registered.addDays(m_random.bounded(15));
                if (handed <= last && chance(90)) {
                    v.insert(QStringLiteral("certificate_issued_on"), handed);
                    v.insert(QStringLiteral("certificate_issued_to"), v.value(QStringLiteral("informant_name")));
                    v.insert(QStringLiteral("id_shown"), QStringLiteral("आधार (अंतिम 4 अंक)"));
                }
            }
        }
        auto written = insert(Registers::vitalEvents(), v);
        if (written && carried) {
            if (auto s = m_families.carry(who, type == u"birth", event, written.value().number, reported, m_charter); !s)
                return s.error();
        }
        return written;
    }

    Status holidays(const QDate &from, const QDate &to)
    {
        MasterStore store(m_book, Registers::holidays());
        const struct {
            int month, day;
            const char16_t *name;
        } fixed[] = {{1, 26, u"गणतंत्र दिवस"}, {8, 15, u"स्वतंत्रता दिवस"}, {10, 2, u"गांधी जयंती"},
                     {12, 25, u"क्रिसमस"}, {4, 14, u"अम्बेडकर जयंती"}};
        QList<QVariantMap> rows;
        for (int y = from.year(); y <= to.year() + 1; ++y)
            for (const auto &h : fixed)
                rows += QVariantMap{{QStringLiteral("date"), QDate(y, h.month, h.day)},
                                    {QStringLiteral("name"), QString::fromUtf16(h.name)}};
        User admin;
        admin.role = Role::Admin;
        return store.saveAll(admin, rows);
    }

    Book &m_book;
    QRandomGenerator &m_random;
    const Office &m_office;
    double m_busyness;
    Charter m_charter;
    QStringList m_serviceCodes;
    DemoRecordRoom m_room;
    DemoAccounts m_accounts;
    DemoFamilies m_families;
};

}  // namespace

Result<std::unique_ptr<Book>> Demo::create(const QString &path, const Clock &clock, Options options)
{
    if (options.years < 1 || options.years > 30)
        return makeError(ErrorCode::Usage, tr("--years takes a number from 1 to 30."));
    if (options.population < 500 || options.population > 50000)
        return makeError(ErrorCode::Usage, tr("--population takes a number from 500 to 50000."));
    QRandomGenerator random(options.seed);
    const UserDirectory::SeededSalts salts(options.seed);
    const Place &place = kPlaces[random.bounded(int(std::size(kPlaces)))];
    Office office;
    office.nameHi = QStringLiteral("ग्राम पंचायत ") + QString::fromUtf16(place.hi);
    office.nameEn = QStringLiteral("Gram Panchayat ") + QString::fromUtf16(place.en);
    office.lgdCode = QString::number(100000 + random.bounded(800000));
    office.lgdValidFrom = clock.today().addYears(-options.years);
    office.block = QString::fromUtf16(place.block);
    office.district = QString::fromUtf16(place.district);
    office.address = QStringLiteral("पंचायत भवन, ") + QString::fromUtf16(place.hi);
    for (const char16_t *v : kVillages)
        office.villages += QString::fromUtf16(v);
    office.villages.first() = QString::fromUtf16(place.hi);
    office.secretaryName = QStringLiteral("सुरेश कुमार वर्मा");
    office.pradhanName = QStringLiteral("कमला देवी");

    auto created = OfficeSetup::create(path, clock, office, QStringLiteral("admin"), QStringLiteral("प्रशासक"), password());
    if (!created)
        return created.error();
    NewOffice demo = std::move(created).value();
    const struct {
        const char16_t *name;
        const char16_t *fullName;
        Role role;
    } staff[] = {{u"secretary", u"सुरेश कुमार वर्मा", Role::Secretary},
                 {u"operator", u"पूजा यादव", Role::Operator},
                 {u"auditor", u"राजेश प्रसाद", Role::Auditor}};
    UserDirectory users(*demo.book);
    for (const auto &s : staff) {
        auto added = users.add(demo.admin, QString::fromUtf16(s.name), QString::fromUtf16(s.fullName), s.role, password());
        if (!added) {
            demo.book.reset();
            Book::removeFiles(path);
            return added.error();
        }
    }
    demo.book->setActor(QStringLiteral("operator"));
    const QDate last = clock.today();
    Generator generator(*demo.book, random, office, options.busyness, options.population);
    if (auto s = generator.run(last.addYears(-options.years).addDays(1), last); !s) {
        demo.book.reset();
        Book::removeFiles(path);
        return s.error();
    }
    demo.book->setActor(QStringLiteral("secretary"));
    // The office is on its way to ISO 9001: most arrangements done, some in hand with a target date.
    if (auto s = demoMeetings(*demo.book, demo.admin, random, last.addYears(-options.years).addDays(1), last); !s) {
        demo.book.reset();
        Book::removeFiles(path);
        return s.error();
    }
    if (auto s = demoQualitySystem(*demo.book, demo.admin, random, last.addYears(-options.years).addDays(1), last); !s) {
        demo.book.reset();
        Book::removeFiles(path);
        return s.error();
    }
    if (auto s = demoPeople(*demo.book, demo.admin); !s) {
        demo.book.reset();
        Book::removeFiles(path);
        return s.error();
    }
    if (auto s = demoProcedures(*demo.book, demo.admin, last.addYears(-options.years).addDays(1)); !s) {
        demo.book.reset();
        Book::removeFiles(path);
        return s.error();
    }
    demo.book->setActor(QStringLiteral("operator"));
    if (auto s = demoAttendance(*demo.book, random, last.addYears(-options.years).addDays(1), last); !s) {
        demo.book.reset();
        Book::removeFiles(path);
        return s.error();
    }
    demo.book->setActor(QStringLiteral("secretary"));
    if (auto s = demoReadiness(*demo.book, demo.admin, last); !s) {
        demo.book.reset();
        Book::removeFiles(path);
        return s.error();
    }
    // The secretary has closed every day of the cash book up to yesterday.
    if (auto closed = CashBook(*demo.book).closeDays(demo.admin, last.addDays(-1)); !closed) {
        demo.book.reset();
        Book::removeFiles(path);
        return closed.error();
    }
    demo.book->setActor(demo.admin.userName);
    return std::move(demo.book);
}

}  // namespace gd
