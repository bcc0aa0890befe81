#include "office/OfficeSetup.h"

#include "storage/Seals.h"

namespace gd {

Result<NewOffice> OfficeSetup::create(const QString &path, const Clock &clock, const Office &office,
                                      const QString &adminName, const QString &adminFullName, const QString &password)
{
    if (const auto problems = OfficeProfile::validate(office); !problems.isEmpty())
        return makeError(ErrorCode::InputRejected, problems.first().message);
    if (auto s = UserDirectory::validatePassword(password); !s)
        return s.error();
    auto created = Book::create(path, clock);
    if (!created)
        return created.error();
    NewOffice result{std::move(created).value(), {}};
    const auto undo = [&](const Error &e) -> Result<NewOffice> {
        result.book.reset();
        Book::removeFiles(path);
        return e;
    };
    result.book->setActor(adminName.trimmed());
    if (auto s = OfficeProfile(*result.book).saveFirst(office); !s)
        return undo(s.error());
    auto admin = UserDirectory(*result.book).createFirstAdmin(adminName, adminFullName, password);
    if (!admin)
        return undo(admin.error());
    result.admin = admin.value();
    result.book->setActor(result.admin.userName);
    // The chain's first seal: from now on a history rewritten from the start is caught.
    if (auto seal = Seals::first(*result.book); !seal)
        return undo(seal.error());
    return result;
}

}  // namespace gd
