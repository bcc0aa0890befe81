#include "base/Translations.h"

#include <QCoreApplication>
#include <QTranslator>

namespace gd {

namespace {

struct Installed {
    QTranslator app;
    QTranslator qt;
    QString language = QStringLiteral("en");
};

Installed &installed()
{
    static Installed state;
    return state;
}

}  // namespace

bool Translations::install(const QString &language)
{
    Installed &s = installed();
    QCoreApplication::removeTranslator(&s.app);
    QCoreApplication::removeTranslator(&s.qt);
    s.language = language == u"hi" ? QStringLiteral("hi") : QStringLiteral("en");
    bool ok = true;
    if (s.language == u"hi") {
        ok = s.app.load(QStringLiteral(":/i18n/gramdesk_hi.qm")) && s.qt.load(QStringLiteral(":/i18n/qtbase_hi.qm"));
        QCoreApplication::installTranslator(&s.qt);
        QCoreApplication::installTranslator(&s.app);
    } else {
        // English needs only its plural forms ("1 row", "2 rows").
        ok = s.app.load(QStringLiteral(":/i18n/gramdesk_en.qm"));
        QCoreApplication::installTranslator(&s.app);
    }
    return ok;
}

QString Translations::current()
{
    return installed().language;
}

QString Translations::fromEnvironment()
{
    for (const char *var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
        const QString v = qEnvironmentVariable(var);
        if (!v.isEmpty())
            return v.startsWith(u"hi") ? QStringLiteral("hi") : QStringLiteral("en");
    }
    return QStringLiteral("en");
}

}  // namespace gd
