#pragma once
// The book's schema as an ordered list of migration steps; a new book is simply every step applied.

#include "../Result.h"

#include <QCoreApplication>
#include <QString>
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
    // The schema as text (sqlite_master, sorted), to compare a fresh book with a migrated one.
    static Result<QString> describe(const Book &book);
};

}  // namespace gd
