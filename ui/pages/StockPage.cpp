#include "StockPage.h"

#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "StockVerificationDialog.h"
#include "base/Dates.h"
#include "office/OfficeProfile.h"
#include "base/Translations.h"
#include "documents/Printouts.h"
#include "registers/StockBook.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

StockPage::StockPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::stockMoves(), parent)
{
    m_ledger = addAction(QStringLiteral("ledgerButton"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printLedger(); });
    m_register = addAction(QStringLiteral("registerPrintButton"), QKeySequence(), [this] { printRegister(); });
    m_verify = addAction(QStringLiteral("verifyButton"), QKeySequence(), [this] {
        StockVerificationDialog dialog(this->workspace(), this);
        if (dialog.exec() == QDialog::Accepted)
            setStatus(tr("The physical verification of %1 is recorded.").arg(Dates::display(this->workspace().clock().today())));
    });
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_language = new PrintLanguageCombo(panel);
    layout->addWidget(m_language);
    m_lowTitle = new QLabel(panel);
    m_lowTitle->setWordWrap(true);
    m_low = new QListWidget(panel);
    m_low->setObjectName(QStringLiteral("lowStockList"));
    layout->addWidget(m_lowTitle);
    layout->addWidget(m_low, 1);
    addSidePanel(panel);
    retranslate();
    refreshWhenShown();
}

void StockPage::retranslateExtras()
{
    m_ledger->setText(tr("Item le&dger (Ctrl+P)"));
    m_verify->setText(tr("Physical &verification…"));
    m_register->setText(tr("Print the &register…"));
    whenInView([this] { refreshExtras(); });
}

// Every item's ledger for the filter bar's period, or this financial year.
void StockPage::printRegister()
{
    const QDate today = workspace().clock().today();
    const QDate from = model()->filter().from.isValid() ? model()->filter().from : Dates::financialYearStart(today);
    const QDate to = model()->filter().to.isValid() ? model()->filter().to : today;
    auto charter = Charter::load(workspace().book());
    auto office = OfficeProfile(workspace().book()).load();
    if (!charter || !office)
        return;
    QStringList codes = charter.value().stockItems.keys();
    std::sort(codes.begin(), codes.end());
    QList<StockBook::Ledger> ledgers;
    for (const QString &code : codes) {
        auto l = StockBook(workspace().book()).ledger(code, from, to);
        if (!l) {
            setStatus(l.error().message);
            return;
        }
        ledgers += l.value();
    }
    previewDocument(this, stockRegisterDocument(office.value(), ledgers, charter.value().stockItems, m_language->language(), today));
}

// The ledger of the selected entry's item, for the filter bar's period or this financial year.
void StockPage::printLedger()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const QDate today = workspace().clock().today();
    const QDate from = model()->filter().from.isValid() ? model()->filter().from : Dates::financialYearStart(today);
    const QDate to = model()->filter().to.isValid() ? model()->filter().to : today;
    const QString code = chosen->text(u"item_code"_s);
    auto ledger = StockBook(workspace().book()).ledger(code, from, to);
    auto charter = Charter::load(workspace().book());
    auto office = OfficeProfile(workspace().book()).load();
    if (!ledger || !charter || !office) {
        setStatus(!ledger ? ledger.error().message : !charter ? charter.error().message : office.error().message);
        return;
    }
    previewDocument(this, stockLedgerDocument(office.value(), charter.value().stockItems.value(code), ledger.value(),
                                              m_language->language(), today));
}

void StockPage::refreshExtras()
{
    m_verify->setEnabled(workspace().may(Right::CloseBooks));
    m_low->clear();
    auto charter = Charter::load(workspace().book());
    if (!charter)
        return;
    const bool hindi = Translations::current() == u"hi";
    auto low = StockBook(workspace().book()).lowStock(workspace().clock().today());
    for (const StockBook::Low &l : low ? low.value() : QList<StockBook::Low>()) {
        const QVariantMap item = charter.value().stockItems.value(l.code);
        const QString name = item.value(hindi || item.value(u"name_en"_s).toString().isEmpty() ? u"name_hi"_s : u"name_en"_s).toString();
        m_low->addItem(tr("%1: %2 %3 left (level %4)")
                           .arg(name, Fields::quantityText(l.balance), item.value(u"unit"_s).toString(),
                                Fields::quantityText(l.level)));
    }
    m_lowTitle->setText(tr("Low stock: %1 item(s) below their level").arg(m_low->count()));
}

}  // namespace gd::ui
