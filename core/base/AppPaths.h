#pragma once
// Where the office's book lives unless the user says otherwise.

#include <QString>

namespace gd {

class AppPaths {
public:
    static constexpr const char *kApplicationName = "gramdesk";
    // --book wins; then GRAMDESK_BOOK; then <AppDataLocation>/office.gramdesk.
    static QString book(const QString &fromCommandLine = {});
};

}  // namespace gd
