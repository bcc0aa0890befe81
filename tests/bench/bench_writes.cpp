// Writing: saving one visitor through the form's path (rules, search index, audit row, synchronous=FULL) on the
// demo book, against a bare one-row INSERT with synchronous=FULL in a file beside it; and a CSV import of 100,000
// visitors into a new book, against reading the same CSV alone. The issue asks for saves under 20 ms at the 95th
// percentile and imports of 50,000 rows a second or more.
#include "BenchBook.h"
#include "Csv.h"
#include "Dates.h"
#include "OfficeSetup.h"
#include "Users.h"
#include "registers/CsvTransfer.h"
#include "registers/FrontOffice.h"
#include "registers/Registers.h"

#include <QCoreApplication>
#include <algorithm>
#include <sqlite3.h>

using namespace gd;

namespace {

// One-row INSERTs, each its own transaction, in a WAL file with synchronous=FULL: what any save must cost.
QList<double> bareInserts(const QString &path, int n)
{
    QList<double> ms;
    sqlite3 *db = nullptr;
    sqlite3_open(QFile::encodeName(path).constData(), &db);
    sqlite3_exec(db, "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; CREATE TABLE t (v TEXT)", nullptr, nullptr, nullptr);
    for (int i = 0; i < n; ++i) {
        QElapsedTimer t;
        t.start();
        sqlite3_exec(db, "BEGIN IMMEDIATE; INSERT INTO t VALUES ('a visitor'); COMMIT", nullptr, nullptr, nullptr);
        ms.append(double(t.nsecsElapsed()) / 1e6);
    }
    sqlite3_close(db);
    return ms;
}

}  // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    bench::DemoBook demo;
    if (!demo.book)
        return 1;
    const Clock &clock = demo.clock;
    Book *book = demo.book.get();
    auto users = UserDirectory(*book).list();
    if (!users || users.value().isEmpty())
        return 1;
    const User admin = users.value().first();

    constexpr int kSaves = 200;
    const QList<double> floor = bareInserts(QFileInfo(book->path()).absolutePath() + QStringLiteral("/bench-floor.db"), kSaves);
    QFile::remove(QFileInfo(book->path()).absolutePath() + QStringLiteral("/bench-floor.db"));
    QList<double> saves;
    FrontOffice office(*book);
    for (int i = 0; i < kSaves; ++i) {
        QElapsedTimer t;
        t.start();
        auto e = office.add(admin, Registers::visitors(),
                            {{QStringLiteral("date"), clock.today()}, {QStringLiteral("time_in"), QTime(11, 0)},
                             {QStringLiteral("name"), QStringLiteral("बेंच आगंतुक %1").arg(i)},
                             {QStringLiteral("purpose"), QStringLiteral("enquiry")}});
        saves.append(double(t.nsecsElapsed()) / 1e6);
        if (!e) {
            std::fprintf(stderr, "%s\n", qPrintable(e.error().message));
            return 1;
        }
    }
    auto visits = book->scalar(QStringLiteral("SELECT count(*) FROM visitors"));
    std::printf("bench_writes: demo book of %lld visits (%lld ms to make or open)\n",
                visits ? visits.value().toLongLong() : -1LL, demo.setupMs);
    std::printf("  %-44s %10s %10s %8s\n", "", "floor ms", "ms", "ratio");
    const double f95 = bench::percentile(floor, 0.95), s95 = bench::percentile(saves, 0.95);
    std::printf("  %-44s %10.2f %10.2f %8.2f\n", "save a visitor, 95th percentile", f95, s95, s95 / std::max(f95, 0.001));
    const double f50 = bench::percentile(floor, 0.5), s50 = bench::percentile(saves, 0.5);
    std::printf("  %-44s %10.2f %10.2f %8.2f\n", "save a visitor, median", f50, s50, s50 / std::max(f50, 0.001));

    // 100,000 visitors from a CSV file into a new book (GRAMDESK_BENCH_IMPORT_ROWS sets fewer for the suite).
    const int kRows = qEnvironmentVariableIsSet("GRAMDESK_BENCH_IMPORT_ROWS")
        ? qEnvironmentVariableIntValue("GRAMDESK_BENCH_IMPORT_ROWS") : 100000;
    QByteArray csv = "date,time_in,name,purpose,mobile\n";
    for (int i = 0; i < kRows; ++i) {
        const QDate d = QDate(2025, 4, 1).addDays(i / 300);
        csv += Dates::iso(d).toUtf8() + ",10:" + QByteArray::number(10 + i % 50) + ",Visitor " + QByteArray::number(i)
            + " रामपुर,enquiry,98" + QByteArray::number(10000000 + i) + '\n';
    }
    Office office2;
    office2.nameHi = QStringLiteral("ग्राम पंचायत");
    office2.nameEn = QStringLiteral("Gram Panchayat");
    office2.lgdCode = QStringLiteral("123456");
    auto fresh = OfficeSetup::create(demo.dir.filePath(QStringLiteral("import.gramdesk")), clock, office2, QStringLiteral("admin"),
                                     QStringLiteral("प्रशासक"), QStringLiteral("bench-password"));
    if (!fresh) {
        std::fprintf(stderr, "%s\n", qPrintable(fresh.error().message));
        return 1;
    }
    QElapsedTimer t;
    t.start();
    auto parsed = csv::Reader::read(csv, QStringLiteral("visitors.csv"));
    const double parseMs = double(t.nsecsElapsed()) / 1e6;
    t.restart();
    auto report = CsvTransfer::importData(*fresh.value().book, fresh.value().admin, Registers::visitors(), csv,
                                          QStringLiteral("visitors.csv"), false);
    const double importMs = double(t.nsecsElapsed()) / 1e6;
    if (!parsed || !report) {
        std::fprintf(stderr, "%s\n", qPrintable(parsed ? report.error().message : parsed.error().message));
        return 1;
    }
    if (!report.value().ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(report.value().problems.mid(0, 3).join(u'\n')));
        return 1;
    }
    auto imported = fresh.value().book->scalar(QStringLiteral("SELECT count(*) FROM visitors"));
    if (!imported || imported.value().toInt() != kRows) {
        std::fprintf(stderr, "the import wrote %d rows, not %d\n", imported ? imported.value().toInt() : -1, kRows);
        return 1;
    }
    std::printf("  %-44s %10.2f %10.2f %8.2f\n", qPrintable(QStringLiteral("import %1 visitors from CSV (floor: read)").arg(kRows)),
                parseMs, importMs, importMs / std::max(parseMs, 0.001));
    std::printf("  import rate: %.0f rows/s\n", double(kRows) / (importMs / 1000.0));
    return 0;
}
