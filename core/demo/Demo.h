#pragma once
// The synthetic office: a realistic book for trying GramDesk out and for benchmarks.

#include "storage/Book.h"

#include <QCoreApplication>

namespace gd {

class Demo {
    Q_DECLARE_TR_FUNCTIONS(gd::Demo)
public:
    struct Options {
        int years = 10;
        quint32 seed = 1;
        double busyness = 1.0;  // scales the daily number of visitors, applications and complaints
        int population = 5000;  // people in the family register; the office's daily work follows from it
    };
    // The password of every demo user (admin, secretary, operator, auditor).
    static QString password() { return QStringLiteral("demo1234"); }
    // Writes a new book at `path` (refuses an existing file): the office, its users, holidays, the family register
    // of `population` people in about one family per five and a half, and `years` of the work such a panchayat
    // sees. For 5,000 people: 10 to 30 visitors a working day, about 4 service applications and 3 complaints,
    // about 10 births and 3 to 4 deaths a month (India's rates), with the outcomes a real office has (late cases,
    // CRS registrations, certificates, births and deaths carried into the family register, copies issued).
    static Result<std::unique_ptr<Book>> create(const QString &path, const Clock &clock, Options options);
};

}  // namespace gd
