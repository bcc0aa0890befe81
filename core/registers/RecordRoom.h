#pragma once
// The record room's rules: coded files in their places, issued and returned, kept for their retention period,
// destroyed only on an order (the entry stays, marked destroyed).

#include "EntryStore.h"
#include "Masters.h"

namespace gd {

struct Place {
    QString room, almirah, rack, shelf, bundle;
    bool isEmpty() const { return room.isEmpty() && almirah.isEmpty() && rack.isEmpty() && shelf.isEmpty() && bundle.isEmpty(); }
    // "Record room › Almirah 3 › Shelf 2"
    QString path() const;
    static Place of(const QVariantMap &values);
    void into(QVariantMap &values) const;
};

class RecordRoom {
    Q_DECLARE_TR_FUNCTIONS(gd::RecordRoom)
public:
    explicit RecordRoom(Book &book);

    // A file as typed or imported: dates in order, retention years for C only, its place in the office's tree;
    // fills status and the review date.
    static QList<FieldProblem> checkFile(QVariantMap &values, const Charter &charter, const Entry *base);
    static QList<FieldProblem> checkMovement(QVariantMap &values);
    // Checks against the rest of the book inside the writing transaction: a file that is out is not destroyed or
    // cancelled; the file of a movement exists and is in the room.
    Status checkFileWrite(const QVariantMap *after, const Entry *before) const;
    Status checkMovementWrite(QVariantMap *after, const Entry *before) const;
    // The first date a closed file may be reviewed (C) or destroyed (C, E); invalid for A and B or an open file.
    static QDate reviewDate(const QString &retention, int years, const QDate &closedOn);
    // A place path as the office's tree has it, or the problem (which level is missing where).
    static QList<FieldProblem> checkPlace(const Place &place, const QHash<QString, QVariantMap> &places);
    // Rules of the places master: a room at the top, each place inside one of a higher kind.
    static QList<FieldProblem> checkPlaceRow(const QVariantMap &row, const QHash<QString, QVariantMap> &places);
    // The places master's rule: a row checked against the places in the book and those an import has
    // accepted before it.
    static QList<FieldProblem> checkPlaceMaster(const MasterStore &store, QVariantMap &values);

    Result<Entry> issue(const User &by, const Entry &file, const QString &to, const QString &purpose, const QDate &on,
                        const QDate &dueBack);
    Result<Entry> returned(const User &by, const Entry &movement, const QDate &on);
    Result<Entry> close(const User &by, const Entry &file, const QDate &on);
    Result<Entry> move(const User &by, const Entry &file, const Place &to);
    Result<Entry> newVolume(const User &by, const Entry &file);
    // Needs the right to close the books (secretary or administrator), an order reference, and the review date
    // reached.
    Result<Entry> destroy(const User &by, const Entry &file, const QDate &on, const QString &order);

    // The open movement of a file, if it is out.
    Result<std::optional<Entry>> outNow(const QString &fileCode) const;
    // Every movement of a file, oldest first.
    Result<QList<Entry>> movements(const QString &fileCode) const;
    // The files kept in a room and almirah, in shelf order (rack, shelf, bundle, code); destroyed ones left out.
    Result<QList<Entry>> shelfList(const QString &room, const QString &almirah) const;
    // The files of one of the register's status presets ("out", "review"…), as of the book's today.
    Result<QList<Entry>> filesWithStatus(const QString &status) const;
    // The open movements of the files kept in a room and almirah, by file code (for the shelf list).
    Result<QHash<QString, Entry>> outInAlmirah(const QString &room, const QString &almirah) const;

private:
    Book &m_book;
};

}  // namespace gd
