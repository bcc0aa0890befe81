#pragma once
// What the schema's steps are built from, shared by Schema.cpp and the steps kept in their own files by area.
// Not for other code.

#include "base/Result.h"
#include "Refusals.h"

#include <QStringList>

namespace gd {

class Book;

namespace schema {

Status run(Book &book, const QStringList &statements);
// Rows of a table that are kept as written: no update, no delete (a closed day, a closed month, a count).
Status appendOnly(Book &book, const QString &table, const char *why);  // why: a refusal (Refusals.h)
// The columns every register table shares: one row per version of an entry; only the newest is current.
QString entryColumns();
// Register rows are legal records: never deleted; the only change allowed is marking a version superseded.
// The trigger that counts a register's entries (register_stats).
QString countTrigger(const QString &table);
Status protectRegister(Book &book, const QString &table, const QString &dateColumn);

// The office's accounts (SchemaAccounts.cpp).
Status stepCashBook(Book &book);    // 4
Status stepCashMonths(Book &book);  // 5
Status stepStock(Book &book);       // 6

// The quality system's steps (SchemaQuality.cpp).
Status stepReadiness(Book &book);      // 8
Status stepMeetings(Book &book);       // 9
Status stepCertification(Book &book);  // 10
Status stepRisks(Book &book);          // 11
Status stepQualitySystem(Book &book);  // 12
Status stepReadinessWords(Book &book);  // 19

// The office's own steps (SchemaOffice.cpp).
Status stepNotices(Book &book);  // 13
Status stepPeople(Book &book);   // 14

}  // namespace schema

}  // namespace gd
