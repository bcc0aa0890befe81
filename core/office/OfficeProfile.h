#pragma once
// The office's identity that heads every printout: GP names, LGD code, block, district, state.

#include "office/Users.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace gd {

class Book;

struct Office {
    QString nameHi;
    QString nameEn;
    QString lgdCode;
    QDate lgdValidFrom;
    QString block;
    QString district;
    QString state = QStringLiteral("Uttar Pradesh");
    QString stateLgdCode = QStringLiteral("9");
    QString address;
    QStringList villages;
    QString secretaryName;
    QString pradhanName;
};

class OfficeProfile {
    Q_DECLARE_TR_FUNCTIONS(gd::OfficeProfile)
public:
    explicit OfficeProfile(Book &book);

    // The field that is wrong and what to do, or ok. `field` names the column (name_hi, lgd_code…).
    struct Problem {
        QString field;
        QString message;
    };
    static QList<Problem> validate(const Office &office);

    Result<Office> load() const;
    Result<bool> exists() const;
    // First save (by the set-up wizard or `init`) needs no user; later ones need EditOffice.
    Status saveFirst(const Office &office);
    Status save(const User &by, const Office &office);

private:
    Status store(const Office &office);
    Book &m_book;
};

}  // namespace gd
