#include "FilterDay.h"

#include "base/Dates.h"

#include <QLineEdit>

namespace gd::ui {

QDate readFilterDay(QLineEdit *edit, const QDate &today, QStringList *problems)
{
    edit->setStyleSheet(QString());
    if (edit->text().trimmed().isEmpty())
        return {};
    auto day = Dates::parse(edit->text(), today);
    if (!day) {
        edit->setStyleSheet(QStringLiteral("color: #b00020;"));
        problems->append(day.error().message);
        return {};
    }
    return day.value();
}

}  // namespace gd::ui
