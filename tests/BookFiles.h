#pragma once
// Book files as the fault tests see them: a file's hash, visitors added and counted, and damage as a failing disk
// or a stray program makes it (bytes overwritten inside pages that hold the visitors' rows, leaving the header
// and the schema sound, so that only a deep check finds it).

#include "TestBook.h"
#include "registers/Registers.h"
#include "storage/Book.h"

#include <QCryptographicHash>
#include <QFile>
#include <QList>
#include <sqlite3.h>

namespace gd::test {

// SHA-256 of a file's bytes (empty when it cannot be read).
inline QByteArray fileHash(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256) : QByteArray();
}

// SQL run on the book file with plain SQLite, as an outsider with sqlite3 would: without GramDesk's functions, so
// a change to an audited table needs its triggers dropped first.
inline void tamper(const QString &path, const QByteArray &sql)
{
    sqlite3 *db = nullptr;
    QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
    char *error = nullptr;
    const int rc = sqlite3_exec(db, sql.constData(), nullptr, nullptr, &error);
    const QByteArray said = error ? QByteArray(error) : QByteArray();
    sqlite3_free(error);
    sqlite3_close(db);
    QVERIFY2(rc == SQLITE_OK, said.constData());
}

// The statement that made one of the book's objects (a trigger), with its ';': to put it back as it was after a
// change made behind its back.
inline QByteArray objectSql(const Book &book, const char *name)
{
    return book.scalar(QStringLiteral("SELECT sql FROM sqlite_master WHERE name = ?"), {QString::fromLatin1(name)})
               .value()
               .toString()
               .toUtf8()
        + ';';
}

// Visitors numbered from..to, each long enough that a hundred fill many pages.
inline void addVisitors(TestBook &t, int from, int to)
{
    for (int n = from; n <= to; ++n)
        t.add(Registers::visitors(), {{QStringLiteral("date"), t.clock.today()},
                                      {QStringLiteral("time_in"), QTime(10, 0)},
                                      {QStringLiteral("name"), QString(QStringLiteral("visitor %1 ").arg(n) + QString(150, u'x'))},
                                      {QStringLiteral("purpose"), QStringLiteral("enquiry")}});
}

// Visitors in the book file at `path` (opened with its deep check), or -1 when it does not open.
inline int visitorsIn(const QString &path, const Clock &clock)
{
    auto book = Book::open(path, clock);
    if (!book)
        return -1;
    auto n = book.value()->scalar(QStringLiteral("SELECT count(*) FROM visitors"));
    return n ? n.value().toInt() : -1;
}

// Pages holding the visitors' rows (SQLite's dbstat table), counted from 1.
inline QList<qint64> visitorPages(const QString &path)
{
    QList<qint64> pages;
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt *q = nullptr;
        sqlite3_prepare_v2(db, "SELECT pageno FROM dbstat WHERE name = 'visitors' AND pagetype = 'leaf'", -1, &q,
                           nullptr);
        while (q && sqlite3_step(q) == SQLITE_ROW)
            pages << sqlite3_column_int64(q, 0);
        sqlite3_finalize(q);
    }
    sqlite3_close(db);
    return pages;
}

// Overwrites 300 bytes in three of those pages; false when the book has too few of them to damage.
inline bool damageVisitorPages(const QString &path)
{
    const QList<qint64> pages = visitorPages(path);
    QFile f(path);
    if (pages.size() < 6 || !f.open(QIODevice::ReadWrite))
        return false;
    for (qint64 page : {pages.at(1), pages.at(pages.size() / 2), pages.at(pages.size() - 2)}) {
        f.seek((page - 1) * 4096 + 10);
        f.write(QByteArray(300, '\x5a'));
    }
    return true;
}

}  // namespace gd::test
