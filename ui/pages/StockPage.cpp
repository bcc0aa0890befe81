#include "StockPage.h"

#include "Translations.h"
#include "registers/StockBook.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QString s(const char *latin)
{
    return QString::fromLatin1(latin);
}

}  // namespace

StockPage::StockPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::stockMoves(),
                   {s("number"), s("date"), s("item_code"), s("type"), s("quantity"), s("rate"), s("party"), s("reference"),
                    s("remarks")},
                   {s("date"), s("item_code"), s("type"), s("quantity"), s("rate"), s("party"), s("reference"), s("remarks")},
                   parent)
{
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_lowTitle = new QLabel(panel);
    m_lowTitle->setWordWrap(true);
    m_low = new QListWidget(panel);
    m_low->setObjectName(QStringLiteral("lowStockList"));
    layout->addWidget(m_lowTitle);
    layout->addWidget(m_low, 1);
    addSidePanel(panel);
    retranslate();
    refresh();
}

void StockPage::retranslateExtras()
{
    refreshExtras();
}

void StockPage::refreshExtras()
{
    m_low->clear();
    auto charter = Charter::load(workspace().book());
    if (!charter)
        return;
    const bool hindi = Translations::current() == u"hi";
    auto low = StockBook(workspace().book()).lowStock(workspace().clock().today());
    for (const StockBook::Low &l : low ? low.value() : QList<StockBook::Low>()) {
        const QVariantMap item = charter.value().stockItems.value(l.code);
        const QString name = item.value(hindi || item.value(s("name_en")).toString().isEmpty() ? s("name_hi") : s("name_en")).toString();
        m_low->addItem(tr("%1: %2 %3 left (level %4)")
                           .arg(name, Fields::quantityText(l.balance), item.value(s("unit")).toString(),
                                Fields::quantityText(l.level)));
    }
    m_lowTitle->setText(tr("Low stock: %1 item(s) below their level").arg(m_low->count()));
}

}  // namespace gd::ui
