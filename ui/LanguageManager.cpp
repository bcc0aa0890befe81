#include "LanguageManager.h"

#include "base/Translations.h"

#include <QGuiApplication>

namespace gd::ui {

LanguageManager &LanguageManager::instance()
{
    static LanguageManager manager;
    return manager;
}

QString LanguageManager::language() const
{
    return Translations::current();
}

void LanguageManager::switchTo(const QString &language)
{
    Translations::install(language);
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    emit languageChanged(Translations::current());
}

}  // namespace gd::ui
