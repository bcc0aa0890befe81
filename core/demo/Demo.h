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
    };
    // The password of every demo user (admin, secretary, operator, auditor).
    static QString password() { return QStringLiteral("demo1234"); }
    // Writes a new book at `path` (refuses an existing file): the office, its users, holidays, and `years` of
    // visitors (about 65 a working day), service applications (about 13), complaints (about 10) and births and
    // deaths (about 8), with the outcomes a real office has (late cases, CRS registrations, certificates).
    static Result<std::unique_ptr<Book>> create(const QString &path, const Clock &clock, Options options);
};

}  // namespace gd
