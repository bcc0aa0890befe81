#pragma once
// The book's schema as an ordered list of migration steps; a new book is simply every step applied.

#include "base/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace gd {

class Book;

class Schema {
    Q_DECLARE_TR_FUNCTIONS(gd::Schema)
public:
    struct Step {
        int version;  // user_version after this step
        QString description;
        std::function<Status(Book &)> apply;
    };

    static const std::vector<Step> &steps();
    static int latestVersion();
    // Applies every step after `from`, each in its own transaction together with its user_version.
    static Status migrate(Book &book, int from, int to = -1);
    // The schema as text (objects(), one after another), to compare a fresh book with a migrated one.
    static Result<QString> describe(const Book &book);

    // What this program makes a book at the latest version hold, from a new book it makes once a process: every
    // table, index, view and trigger ("type name" → its SQL) and each audited table with the columns it logs.
    // `verify` holds a book to this, not to what the book says of itself.
    struct Expected {
        QMap<QString, QString> objects;
        QList<QPair<QString, QStringList>> audited;
    };
    static Result<Expected> expected();
    // The same of a book as it is (the planner's statistics left out).
    static Result<QMap<QString, QString>> objects(const Book &book);
};

}  // namespace gd
