#include "PrintLanguageCombo.h"

#include <QEvent>

namespace gd::ui {

PrintLanguageCombo::PrintLanguageCombo(QWidget *parent) : QComboBox(parent)
{
    setObjectName(QStringLiteral("printLanguageComboBox"));
    retranslate();
}

PrintLanguage PrintLanguageCombo::language() const
{
    PrintLanguage l = PrintLanguage::Hindi;
    PrintText::fromCode(currentData().toString(), &l);
    return l;
}

void PrintLanguageCombo::retranslate()
{
    const int current = std::max(0, currentIndex());
    clear();
    addItem(tr("Print in Hindi"), QStringLiteral("hi"));
    addItem(tr("Print in English"), QStringLiteral("en"));
    addItem(tr("Print in both"), QStringLiteral("both"));
    setCurrentIndex(current);
}

void PrintLanguageCombo::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QComboBox::changeEvent(event);
}

}  // namespace gd::ui
