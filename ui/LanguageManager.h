#pragma once
// Switches the whole program between Hindi and English while it runs.

#include <QObject>

namespace gd::ui {

class LanguageManager : public QObject {
    Q_OBJECT
public:
    static LanguageManager &instance();
    QString language() const;  // "hi" or "en"
    // Installs the translators; Qt then sends every widget a LanguageChange event.
    void switchTo(const QString &language);

signals:
    void languageChanged(const QString &language);

private:
    LanguageManager() = default;
};

}  // namespace gd::ui
