#pragma once
// Helpers for tests: a temporary folder, a fixed clock, a fresh book with an admin.

#include "base/Clock.h"
#include "office/OfficeSetup.h"
#include "registers/EntryService.h"

#include <QTemporaryDir>
#include <QTest>

namespace gd::test {

inline QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 22), QTime(10, 30, 0));
}

inline const QString kPassword = QStringLiteral("correct-horse");

struct TestBook {
    QTemporaryDir dir;
    FixedClock clock{fixedNow()};
    std::unique_ptr<Book> book;
    User admin;

    QString at;  // where the book goes, when not in the test's own folder (a small or read-only medium)

    QString path() const { return at.isEmpty() ? dir.filePath(QStringLiteral("office.gramdesk")) : at; }

    // Creates the book with an office and an admin; fails the calling test if that does not work.
    bool create()
    {
        Office office;
        office.nameHi = QStringLiteral("ग्राम पंचायत रामपुर");
        office.nameEn = QStringLiteral("Gram Panchayat Rampur");
        office.lgdCode = QStringLiteral("123456");
        auto created = OfficeSetup::create(path(), clock, office, QStringLiteral("admin"), QStringLiteral("प्रशासक"), kPassword);
        if (!created) {
            qWarning("%s", qPrintable(created.error().message));
            return false;
        }
        book = std::move(created.value().book);
        admin = created.value().admin;
        return true;
    }

    // An entry the test needs in place, written by the admin as the form would; a refusal ends the test.
    Entry add(const RegisterDef &def, const QVariantMap &values)
    {
        auto e = EntryService(*book).add(admin, def, values);
        if (!e)
            qFatal("%s", qPrintable(e.error().message));
        return e.value();
    }
};

// Short names for the literals tests are full of: q("रमेश") a QString from UTF-8, d("2026-11-22") a QDate.
namespace shorthand {

inline QString q(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

inline QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

}  // namespace shorthand

}  // namespace gd::test
