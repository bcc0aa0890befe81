// Opening a register and jumping to its end: the cost at 1,000 entries (the floor) against the cost at
// 1,000,000, in the same run. Both books start as `gramdesk-cli demo` writes them; the large one then has its
// visitor register multiplied by SQL to a million entries (audit triggers of that table dropped first:
// this measures reading, and a million audited inserts would only slow the set-up).
#include "BenchBook.h"
#include "demo/Demo.h"
#include "registers/RegisterModel.h"
#include "storage/Book.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <algorithm>
#include <sys/resource.h>
#include <cstdio>

using namespace gd;

namespace {

struct Timings {
    double openTop = 0;
    double jumpEnd = 0;
    double insideNow = 0;
    double sortByName = 0;
    qint64 rows = 0;
};

double medianMs(const std::function<void()> &work, int runs)
{
    QList<double> ms;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    std::sort(ms.begin(), ms.end());
    return ms.at(ms.size() / 2);
}

// What the visitor register's screen does: open with the newest entries in view (40 rows), or the top.
Timings measure(Book &book)
{
    Timings t;
    const QStringList columns = {QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("time_in"),
                                 QStringLiteral("name"), QStringLiteral("village"), QStringLiteral("purpose")};
    const auto show = [](ui::RegisterModel &m, int first) {
        for (int r = first; r < std::min(first + 40, m.rowCount()); ++r)
            for (int c = 0; c < m.columnCount(); ++c)
                (void)m.data(m.index(r, c), Qt::DisplayRole);
    };
    t.openTop = medianMs([&] {
        ui::RegisterModel m(book, Registers::visitors(), columns);
        m.reload();
        show(m, 0);
    }, 15);
    t.jumpEnd = medianMs([&] {
        ui::RegisterModel m(book, Registers::visitors(), columns);
        m.reload();
        t.rows = m.rowCount();
        show(m, m.rowCount() - 40);
    }, 15);
    t.insideNow = medianMs([&] {
        ui::RegisterModel m(book, Registers::visitors(), columns);
        EntryFilter f;
        f.status = QStringLiteral("inside");
        m.setFilter(f);
        m.reload();  // a model not yet read keeps the filter for its first reading
        show(m, 0);
    }, 15);
    t.sortByName = medianMs([&] {
        ui::RegisterModel m(book, Registers::visitors(), columns);
        m.sort(3, Qt::AscendingOrder);
        m.reload();
        show(m, 0);
    }, 3);
    return t;
}

}  // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const qint64 target = qEnvironmentVariableIsSet("GRAMDESK_BENCH_ROWS") ? qEnvironmentVariable("GRAMDESK_BENCH_ROWS").toLongLong()
                                                                          : 1000000;
    FixedClock clock(bench::benchNow());
    QTemporaryDir dir;
    Demo::Options small;
    small.years = 1;
    small.busyness = 0.05;  // about a thousand visits
    auto floorBook = Demo::create(dir.filePath(QStringLiteral("small.gramdesk")), clock, small);
    Demo::Options large;
    large.years = 1;
    auto bigBook = Demo::create(dir.filePath(QStringLiteral("large.gramdesk")), clock, large);
    if (!floorBook || !bigBook) {
        std::fprintf(stderr, "%s\n", qPrintable((floorBook ? bigBook.error() : floorBook.error()).message));
        return 1;
    }
    Book &big = *bigBook.value();
    QElapsedTimer setup;
    setup.start();
    const Status grown = big.transact([&]() -> Status {
        for (const char *trigger : {"audit_visitors_insert", "audit_visitors_update", "audit_visitors_delete"})
            if (auto r = big.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(QString::fromLatin1(trigger))); !r)
                return r.error();
        auto have = big.scalar(QStringLiteral("SELECT count(*) FROM visitors"));
        if (!have)
            return have.error();
        const qint64 copies = std::max<qint64>(0, target / std::max<qint64>(1, have.value().toLongLong()) - 1);
        auto r = big.exec(QStringLiteral(
                              "WITH RECURSIVE k(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM k WHERE n < ?)"
                              " INSERT INTO visitors (number, fy, serial, version, is_current, change, reason, changed_at,"
                              " changed_by, cancelled, date, time_in, time_out, name, relative_name, village, mobile,"
                              " purpose, service_code, met_whom, outcome, outcome_ref, service_time_rating,"
                              " behaviour_rating, suggestion)"
                              " SELECT number || '-' || n, fy, serial, version, is_current, change, reason, changed_at,"
                              " changed_by, cancelled, date(\"date\", '-' || (n * 7) || ' days'), time_in, time_out, name,"
                              " relative_name, village, mobile, purpose, service_code, met_whom, outcome, outcome_ref,"
                              " service_time_rating, behaviour_rating, suggestion"
                              " FROM visitors, k WHERE version = 1"),
                          {copies});
        return r ? Status() : Status(r.error());
    });
    if (!grown) {
        std::fprintf(stderr, "%s\n", qPrintable(grown.error().message));
        return 1;
    }
    const qint64 setupMs = setup.elapsed();
    const Timings f = measure(*floorBook.value());
    const Timings b = measure(big);
    std::printf("bench_registers: visitor register, %lld entries (floor book) vs %lld entries (grown in %lld ms)\n",
                static_cast<long long>(f.rows), static_cast<long long>(b.rows), static_cast<long long>(setupMs));
    std::printf("  %-34s %10s %10s %8s\n", "median of runs", "floor ms", "large ms", "ratio");
    const auto line = [](const char *what, double floorMs, double largeMs) {
        std::printf("  %-34s %10.2f %10.2f %8.2f\n", what, floorMs, largeMs, largeMs / std::max(floorMs, 0.001));
    };
    line("open, first rows in view", f.openTop, b.openTop);
    line("open and jump to the end", f.jumpEnd, b.jumpEnd);
    line("filter: inside now", f.insideNow, b.insideNow);
    line("sort by name (QCollator), top rows", f.sortByName, b.sortByName);
    // The most this process held at once: both books, the large register browsed, sorted and filtered.
    struct rusage usage {};
    ::getrusage(RUSAGE_SELF, &usage);
    std::printf("  peak memory while browsing: %.0f MB\n", double(usage.ru_maxrss) / 1024.0);
    return 0;
}
