#pragma once
// Damage as a failing disk or a stray program makes it: bytes overwritten inside pages that hold the visitors'
// rows, leaving the header and the schema sound, so that only a deep check finds it.

#include <QFile>
#include <QList>
#include <sqlite3.h>

namespace gd::test {

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
