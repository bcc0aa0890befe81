#pragma once
// A new office's book in one step: the file, the office profile and the first administrator, or nothing.

#include "office/OfficeProfile.h"
#include "office/Users.h"
#include "storage/Book.h"

#include <memory>

namespace gd {

struct NewOffice {
    std::unique_ptr<Book> book;
    User admin;  // logged in; the book's actor
};

class OfficeSetup {
public:
    // Checks the office and the password before touching the disk; removes the file again if a later step fails.
    static Result<NewOffice> create(const QString &path, const Clock &clock, const Office &office,
                                    const QString &adminName, const QString &adminFullName, const QString &password);
};

}  // namespace gd
