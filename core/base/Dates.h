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
    static Result<QDate> parse(const QString &text);
    // HH:MM, 24-hour.
    static Result<QTime> parseTime(const QString &text);
    static QString display(const QDate &date, bool devanagariDigits = false);  // dd-MM-yyyy
    static QString iso(const QDate &date);                                     // yyyy-MM-dd
    static QDate fromIso(const QString &iso);                                  // invalid if not ISO

    // The financial year (1 April – 31 March) a date falls in, written "2026-27".
    static QString financialYear(const QDate &date);
    static QDate financialYearStart(const QDate &date);
};

}  // namespace gd
