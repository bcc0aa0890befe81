#pragma once
// Installs the translators for the chosen language (Hindi or English) into the running application.

#include <QString>

namespace gd {

class Translations {
public:
    // "hi" or "en"; replaces whatever was installed before. Returns false if a .qm could not be loaded.
    static bool install(const QString &language);
    static QString current();
    // "hi" when the environment's locale is Hindi, else "en": for messages before anyone logs in.
    static QString fromEnvironment();
};

}  // namespace gd
