#pragma once
// Dates as the office writes them (day first), as the book stores them (ISO), and the financial year.

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QTime>

namespace gd {

class Dates {
    Q_DECLARE_TR_FUNCTIONS(gd::Dates)
public:
    // YYYY-MM-DD, DD-MM-YYYY, DD/MM/YYYY or DD.MM.YYYY (day first, always); Devanagari digits allowed.
    // A two-digit year, as a spreadsheet writes "6/12/26", is read only when `today` is given: YY is 20YY when that
    // lies from ten years before today's year to one year after it (2016–2027 in 2026); any other two-digit year
    // is refused with a request for the four digits, and so is every two-digit year when `today` is not given
    // (a date of birth, where "01-01-20" could be 1920 or 2020).
    static Result<QDate> parse(const QString &text, const QDate &today = QDate());
    // The years a two-digit year may stand for on `today`: [first, last].
    static int twoDigitYearFirst(const QDate &today) { return today.year() - 10; }
    static int twoDigitYearLast(const QDate &today) { return today.year() + 1; }
    // HH:MM on the 24-hour clock, also "18.30", with seconds ("10:15:00", which are dropped) and with AM/PM as
    // spreadsheets write it ("10:15:00 AM", "6:30 pm", "10:15 पूर्वाह्न").
    static Result<QTime> parseTime(const QString &text);
    static QString display(const QDate &date, bool devanagariDigits = false);  // dd-MM-yyyy
    static QString iso(const QDate &date);                                     // yyyy-MM-dd
    static QDate fromIso(const QString &iso);                                  // invalid if not ISO

    // The financial year (1 April – 31 March) a date falls in, written "2026-27".
    static QString financialYear(const QDate &date);
    static QDate financialYearStart(const QDate &date);
};

}  // namespace gd
