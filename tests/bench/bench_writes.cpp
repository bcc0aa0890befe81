// Writing: saving one visitor through the form's path (rules, search index, audit row, synchronous=FULL) on the
// demo book, against a bare one-row INSERT with synchronous=FULL in a file beside it; and a CSV import of 100,000
// visitors into a new book, against storing the same in plain SQL (and against reading the same CSV alone). The
// issue asks for saves under 20 ms at the 95th percentile and imports of 50,000 rows a second or more.
#include "BenchBook.h"
#include "base/Csv.h"
#include "base/Dates.h"
#include "office/OfficeSetup.h"
#include "office/Users.h"
#include "registers/CsvTransfer.h"
#include "registers/EntryService.h"
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

// The floor of an import: what SQLite alone takes to store what an import of these visitors stores, in a copy
// of the new book with its triggers dropped (the same tables, indexes and full-text index, the same page cache and
// log settings as an import's): the rows bound one by one from the CSV already read, then in plain SQL their
// audit entries (the same JSON, with hashes as long as real ones but not computed), search rows and words, and
// the commit with synchronous=FULL. None of GramDesk's own work: no checks, numbering, hashing or phonetic keys.
double plainSqlImport(Book &fresh, const csv::Table &table, const QString &copyPath)
{
    QFile::remove(copyPath);
    if (!fresh.exec(QStringLiteral("VACUUM INTO ?"), {copyPath}))
        return -1;
    sqlite3 *db = nullptr;
    if (sqlite3_open(QFile::encodeName(copyPath).constData(), &db) != SQLITE_OK)
        return -1;
    const auto run = [&](const char *sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; };
    // The triggers call GramDesk's SQL functions, which this connection does not have.
    sqlite3_stmt *names = nullptr;
    QStringList triggers;
    sqlite3_prepare_v2(db, "SELECT name FROM sqlite_master WHERE type = 'trigger'", -1, &names, nullptr);
    while (sqlite3_step(names) == SQLITE_ROW)
        triggers += QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(names, 0)));
    sqlite3_finalize(names);
    for (const QString &t : std::as_const(triggers))
        run(QStringLiteral("DROP TRIGGER \"%1\"").arg(t).toUtf8().constData());
    bool ok = run("PRAGMA journal_mode = WAL") && run("PRAGMA synchronous = FULL") && run("PRAGMA cache_size = -262144")
        && run("PRAGMA wal_autocheckpoint = 0");
    QElapsedTimer t;
    t.start();
    ok = ok && run("BEGIN IMMEDIATE");
    sqlite3_stmt *insert = nullptr;
    ok = ok && sqlite3_prepare_v2(db, "INSERT INTO visitors (number, fy, serial, version, change, changed_at, changed_by, date,"
                                  " time_in, name, purpose, mobile) VALUES (?, ?, ?, 1, 'new', '2026-11-22T10:30:00', 'admin',"
                                  " ?, ?, ?, ?, ?)", -1, &insert, nullptr) == SQLITE_OK;
    for (qsizetype r = 0; ok && r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        const QByteArray number = QStringLiteral("VIS/2025-26/%1").arg(r + 1, 6, 10, QLatin1Char('0')).toUtf8();
        sqlite3_bind_text(insert, 1, number.constData(), int(number.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(insert, 2, "2025-26", -1, SQLITE_STATIC);
        sqlite3_bind_int64(insert, 3, r + 1);
        for (int c = 0; c < 5; ++c) {
            const QByteArray cell = cells.at(c).toUtf8();
            sqlite3_bind_text(insert, 4 + c, cell.constData(), int(cell.size()), SQLITE_TRANSIENT);
        }
        ok = sqlite3_step(insert) == SQLITE_DONE;
        sqlite3_reset(insert);
    }
    sqlite3_finalize(insert);
    ok = ok
        && run("INSERT INTO audit_log (at, actor, action, table_name, row_id, new_values, prev_hash, hash)"
               " SELECT changed_at, 'admin', 'insert', 'visitors', id, json_object('id', id, 'number', number, 'fy', fy,"
               " 'serial', serial, 'version', version, 'is_current', is_current, 'change', change, 'reason', reason,"
               " 'changed_at', changed_at, 'changed_by', changed_by, 'cancelled', cancelled, 'date', date, 'time_in', time_in,"
               " 'time_out', time_out, 'name', name, 'relative_name', relative_name, 'village', village, 'mobile', mobile,"
               " 'purpose', purpose, 'service_code', service_code, 'met_whom', met_whom, 'outcome', outcome,"
               " 'outcome_ref', outcome_ref, 'service_time_rating', service_time_rating, 'behaviour_rating',"
               " behaviour_rating, 'suggestion', suggestion), printf('%064d', id - 1), printf('%064d', id) FROM visitors")
        && run("INSERT INTO search_docs (register, key, date, code, title, body, phonetic)"
               " SELECT 'visitors', number, date, number || ' ' || serial, name, purpose || ' · ' || mobile, name || ' ' || number"
               " FROM visitors")
        && run("INSERT INTO search_fts (rowid, code, title, body, phonetic) SELECT id, code, title, body, phonetic FROM search_docs")
        && run("UPDATE register_stats SET entries = entries + (SELECT count(*) FROM visitors) WHERE register = 'visitors'")
        && run("COMMIT");
    const double ms = double(t.nsecsElapsed()) / 1e6;
    sqlite3_close(db);
    QFile::remove(copyPath);
    QFile::remove(copyPath + QStringLiteral("-wal"));
    QFile::remove(copyPath + QStringLiteral("-shm"));
    return ok ? ms : -1;
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
    EntryService office(*book);
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
    const double floorMs = parsed ? plainSqlImport(*fresh.value().book, parsed.value(), demo.dir.filePath(QStringLiteral("floor.gramdesk")))
                                  : -1;
    if (floorMs < 0) {
        std::fprintf(stderr, "the plain-SQL floor of the import failed\n");
        return 1;
    }
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
    std::printf("  %-44s %10.2f %10.2f %8.2f\n", qPrintable(QStringLiteral("import %1 visitors (floor: plain SQL)").arg(kRows)),
                floorMs, importMs, importMs / std::max(floorMs, 0.001));
    std::printf("  %-44s %10.2f %10.2f %8.2f\n", "the same import (floor: reading the CSV alone)", parseMs, importMs,
                importMs / std::max(parseMs, 0.001));
    std::printf("  import rate: %.0f rows/s; plain SQL: %.0f rows/s\n", double(kRows) / (importMs / 1000.0),
                double(kRows) / (floorMs / 1000.0));
    return 0;
}
