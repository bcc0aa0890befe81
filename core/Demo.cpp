#include "Demo.h"

#include "OfficeProfile.h"
#include "Users.h"

#include <QFile>
#include <QRandomGenerator>

namespace gd {

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

}  // namespace

Result<std::unique_ptr<Book>> Demo::create(const QString &path, const Clock &clock, Options options)
{
    if (options.years < 1 || options.years > 30)
        return makeError(ErrorCode::Usage, tr("--years takes a number from 1 to 30."));
    QRandomGenerator random(options.seed);
    auto created = Book::create(path, clock);
    if (!created)
        return created.error();
    std::unique_ptr<Book> book = std::move(created).value();
    const auto fail = [&](const Error &e) -> Result<std::unique_ptr<Book>> {
        book.reset();
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return e;
    };

    book->setActor(QStringLiteral("admin"));
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
    if (auto s = OfficeProfile(*book).saveFirst(office); !s)
        return fail(s.error());

    UserDirectory users(*book);
    auto admin = users.createFirstAdmin(QStringLiteral("admin"), QStringLiteral("प्रशासक"), password());
    if (!admin)
        return fail(admin.error());
    book->setActor(admin.value().userName);
    const struct {
        const char16_t *name;
        const char16_t *fullName;
        Role role;
    } staff[] = {{u"secretary", u"सुरेश कुमार वर्मा", Role::Secretary},
                 {u"operator", u"पूजा यादव", Role::Operator},
                 {u"auditor", u"राजेश प्रसाद", Role::Auditor}};
    for (const auto &s : staff) {
        auto added = users.add(admin.value(), QString::fromUtf16(s.name), QString::fromUtf16(s.fullName), s.role, password());
        if (!added)
            return fail(added.error());
    }
    return book;
}

}  // namespace gd
