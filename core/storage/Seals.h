#pragma once
// Seals: the audit chain anchored outside the book. A seal is the chain's head at a moment: the number of its
// newest entry and a code from that entry's hash that a person can read aloud (12 characters of Crockford base32
// in groups of four). Printed on the monthly report, each closed cash-book day, the audit pack and the backup
// receipt, and kept in three lists: the book's own, a text file beside the book, and a copy in the user's
// settings. Anyone who rewrites an entry before a seal, and the chain after it, cannot make the chain pass
// through the seal again; anyone who cuts entries off the end is caught by the newest seal past the cut.

#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace gd {

class Book;

struct Seal {
    qint64 entry = 0;
    QString code;     // 12 characters of Crockford base32, without dashes
    QString madeAt;   // ISO time
    QString madeFor;  // what it was printed on
    // As it is printed and typed: "1234:ABCD-EFGH-JKMN".
    QString text() const;
};

class Seals {
    Q_DECLARE_TR_FUNCTIONS(gd::Seals)
public:
    // The code of an entry's hash (64 hex digits): its first 60 bits in Crockford base32.
    static QString codeOf(const QByteArray &hexHash);
    // A seal as a person types it: "1234:ABCD-EFGH-JKMN", spaces and dashes anywhere, any case, O for 0 and I or L
    // for 1 (Crockford's reading).
    static Result<Seal> parse(const QString &text);

    // The seal of the chain's head as the book reads now, kept in every list it can be written to (the book's
    // own only by the book's writer). What a printout prints.
    static Result<Seal> make(Book &book, const QString &madeFor, const QDateTime &at = {});
    // The first seal of a new book: the lists beside it and in the settings start again (a book that once stood
    // at the same place is not this one).
    static Result<Seal> first(Book &book);

    // Whether the book's chain passes through the seal: a translated problem, or an empty text when it does.
    // The chain itself is AuditLog::verify's to check.
    static Result<QString> check(const Book &book, const Seal &seal);
    // Every seal known of the book, checked in the order of their entries: the first broken one's problem, or an
    // empty text. `checked` gets how many were checked.
    static Result<QString> checkKnown(const Book &book, int *checked = nullptr);

    // A restore put a book whose chain ends at `head` in this one's place: the seals the lists hold of entries
    // after it belong to a history that is gone (all of them for another office's book, head 0).
    static void restored(const Book &book, qint64 head, const QString &from);
    // Before a backup: the seals the lists outside hold, that the chain passes through, into the book's own list,
    // so that every backup carries them.
    static Status keepInBook(Book &book);

    // What a seal was printed on, as the lists say it.
    static QString forMonthlyReport(const QString &month);
    static QString forAuditPack(const QDate &from, const QDate &to);
    static QString forCashDay(const QDate &day);

    // The list beside the book ("office.gramdesk-seals.txt") and its copy in the settings (none without a home).
    static QString besideBook(const QString &bookPath);
    static QString besideSuffix();  // "-seals.txt", after the book's name
    static QString inSettings(const QString &bookPath);
};

}  // namespace gd
