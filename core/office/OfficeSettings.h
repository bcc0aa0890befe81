#pragma once
// The office's settings kept in the book (weekly off, vital-event fees, Devanagari digits), validated.

#include "base/Money.h"
#include "office/Users.h"

#include <QCoreApplication>
#include <QList>

namespace gd {

class Book;

class OfficeSettings {
    Q_DECLARE_TR_FUNCTIONS(gd::OfficeSettings)
public:
    explicit OfficeSettings(Book &book);

    // weekly_off, vital_fees, devanagari_digits, charter_adopted_on, charter_resolution, grievance_contact
    static QStringList keys();
    static QString defaultValue(const QString &key);
    // The value in its canonical form ("sat,sun", "0,2.50,5,10", "on"), or why it is wrong.
    static Result<QString> normalize(const QString &key, const QString &value);

    Result<QString> get(const QString &key) const;
    Status set(const User &by, const QString &key, const QString &value);

    // A day as weekly_off names it: 1 (Monday) → "mon" … 7 (Sunday) → "sun".
    static QString dayCode(int day);

    // Typed views.
    Result<QList<int>> weeklyOff() const;     // Qt day numbers, 1 = Monday … 7 = Sunday
    Result<QList<Paise>> vitalFees() const;   // on time, late, permission, order
    Result<bool> devanagariDigits() const;

private:
    Book &m_book;
};

}  // namespace gd
