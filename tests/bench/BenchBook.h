#pragma once
// The demo book a benchmark runs on: GRAMDESK_BENCH_BOOK names one to reuse (made there when missing), else a
// temporary one; GRAMDESK_BENCH_YEARS sets the demo's years (default 10, as the issues ask; the suite uses 2).

#include "demo/Demo.h"
#include "storage/Book.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <memory>

namespace gd::bench {

// The p-th percentile (0.5: the median) of timings in milliseconds.
inline double percentile(QList<double> ms, double p)
{
    std::sort(ms.begin(), ms.end());
    return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(p * double(ms.size()))));
}

// The moment every benchmark's clock stands at (the demo books are made up to it).
inline QDateTime benchNow()
{
    return QDateTime(QDate(2026, 11, 20), QTime(11, 0));
}

inline int demoYears()
{
    return qEnvironmentVariableIsSet("GRAMDESK_BENCH_YEARS") ? qEnvironmentVariableIntValue("GRAMDESK_BENCH_YEARS") : 10;
}

// Null (with the reason on stderr) when the book can be neither opened nor made; `setupMs` gets the time taken.
inline std::unique_ptr<Book> demoBook(const Clock &clock, const QTemporaryDir &dir, qint64 *setupMs)
{
    const QString path = qEnvironmentVariable("GRAMDESK_BENCH_BOOK");
    QElapsedTimer setup;
    setup.start();
    std::unique_ptr<Book> book;
    if (!path.isEmpty() && QFile::exists(path)) {
        auto opened = Book::open(path, clock);
        if (!opened) {
            std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
            return nullptr;
        }
        book = std::move(opened.value());
    } else {
        Demo::Options options;
        options.years = demoYears();
        auto created = Demo::create(path.isEmpty() ? dir.filePath(QStringLiteral("demo.gramdesk")) : path, clock, options);
        if (!created) {
            std::fprintf(stderr, "%s\n", qPrintable(created.error().message));
            return nullptr;
        }
        book = std::move(created.value());
    }
    *setupMs = setup.elapsed();
    return book;
}

// What most benchmarks start from: the clock, a temporary folder and the demo book in it (null when it could
// not be had; the reason is on stderr), with the time it took to make or open.
struct DemoBook {
    FixedClock clock{benchNow()};
    QTemporaryDir dir;
    qint64 setupMs = 0;
    std::unique_ptr<Book> book = demoBook(clock, dir, &setupMs);
};

}  // namespace gd::bench
