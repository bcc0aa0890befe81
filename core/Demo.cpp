#include "Demo.h"

#include "OfficeSetup.h"

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
    return std::move(demo.book);
}

}  // namespace gd
