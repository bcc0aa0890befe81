#include "office/OfficeProfile.h"

#include "base/Dates.h"
#include "base/Text.h"
#include "storage/Book.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace gd {

namespace {

Office normalizedOffice(const Office &in)
{
    Office o = in;
    for (QString *s : {&o.nameHi, &o.nameEn, &o.block, &o.district, &o.state, &o.address, &o.secretaryName,
                       &o.pradhanName})
        *s = text::normalized(*s);
    o.lgdCode = text::toAsciiDigits(text::normalized(o.lgdCode));
    o.stateLgdCode = text::toAsciiDigits(text::normalized(o.stateLgdCode));
    QStringList villages;
    for (const QString &v : in.villages) {
        const QString n = text::normalized(v);
        if (!n.isEmpty() && !villages.contains(n))
            villages += n;
    }
    o.villages = villages;
    return o;
}

}  // namespace

OfficeProfile::OfficeProfile(Book &book) : m_book(book) {}

QList<OfficeProfile::Problem> OfficeProfile::validate(const Office &in)
{
    const Office o = normalizedOffice(in);
    QList<Problem> problems;
    if (o.nameHi.isEmpty())
        problems.append({QStringLiteral("name_hi"), tr("Enter the Gram Panchayat's name in Hindi.")});
    if (o.nameEn.isEmpty())
        problems.append({QStringLiteral("name_en"), tr("Enter the Gram Panchayat's name in English.")});
    static const QRegularExpression digits(QStringLiteral("^\\d{1,10}$"));
    if (!digits.match(o.lgdCode).hasMatch())
        problems.append({QStringLiteral("lgd_code"),
                         tr("The LGD code is the Gram Panchayat's number in the Local Government Directory: digits "
                            "only (for example 123456).")});
    if (!o.stateLgdCode.isEmpty() && !digits.match(o.stateLgdCode).hasMatch())
        problems.append({QStringLiteral("state_lgd_code"), tr("The state's LGD code has digits only (Uttar Pradesh: 9).")});
    return problems;
}

Result<bool> OfficeProfile::exists() const
{
    auto n = m_book.scalar(QStringLiteral("SELECT count(*) FROM office"));
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Result<Office> OfficeProfile::load() const
{
    auto q = m_book.exec(QStringLiteral("SELECT name_hi, name_en, lgd_code, lgd_valid_from, block, district, state, "
                                        "state_lgd_code, address, villages, secretary_name, pradhan_name FROM office WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return makeError(ErrorCode::NotFound, tr("The office profile has not been filled in yet."));
    const QSqlQuery &r = q.value();
    Office o;
    o.nameHi = r.value(0).toString();
    o.nameEn = r.value(1).toString();
    o.lgdCode = r.value(2).toString();
    o.lgdValidFrom = Dates::fromIso(r.value(3).toString());
    o.block = r.value(4).toString();
    o.district = r.value(5).toString();
    o.state = r.value(6).toString();
    o.stateLgdCode = r.value(7).toString();
    o.address = r.value(8).toString();
    o.villages = r.value(9).toString().split(u'\n', Qt::SkipEmptyParts);
    o.secretaryName = r.value(10).toString();
    o.pradhanName = r.value(11).toString();
    return o;
}

Status OfficeProfile::store(const Office &in)
{
    const QList<Problem> problems = validate(in);
    if (!problems.isEmpty())
        return makeError(ErrorCode::InputRejected, problems.first().message);
    const Office o = normalizedOffice(in);
    return m_book.write(
        QStringLiteral("INSERT INTO office (id, name_hi, name_en, lgd_code, lgd_valid_from, block, district, state, "
                       "state_lgd_code, address, villages, secretary_name, pradhan_name) "
                       "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET name_hi = excluded.name_hi, name_en = excluded.name_en, "
                       "lgd_code = excluded.lgd_code, lgd_valid_from = excluded.lgd_valid_from, block = excluded.block, "
                       "district = excluded.district, state = excluded.state, state_lgd_code = excluded.state_lgd_code, "
                       "address = excluded.address, villages = excluded.villages, "
                       "secretary_name = excluded.secretary_name, pradhan_name = excluded.pradhan_name"),
        {o.nameHi, o.nameEn, o.lgdCode, o.lgdValidFrom.isValid() ? Dates::iso(o.lgdValidFrom) : QVariant(), o.block,
         o.district, o.state, o.stateLgdCode, o.address, o.villages.join(u'\n'), o.secretaryName, o.pradhanName});
}

Status OfficeProfile::saveFirst(const Office &office)
{
    auto has = exists();
    if (!has)
        return has.error();
    if (has.value())
        return makeError(ErrorCode::NotAllowed, tr("The office profile exists already; change it from the Office page."));
    return store(office);
}

Status OfficeProfile::save(const User &by, const Office &office)
{
    if (auto s = Roles::require(by.role, Right::EditOffice); !s)
        return s;
    return store(office);
}

}  // namespace gd
