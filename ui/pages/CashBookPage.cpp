#include "CashBookPage.h"

#include "../Messages.h"
#include "CashBookView.h"
#include "CloseMonthDialog.h"
#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "office/OfficeProfile.h"
#include "documents/Printouts.h"
#include "reports/MonthlyReport.h"
#include "base/AmountInWords.h"
#include "base/Dates.h"
#include "base/Money.h"
#include "base/Translations.h"
#include "registers/CashBook.h"

#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

CashBookPage::CashBookPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::cashEntries(), parent)
{
    m_close = addAction(QStringLiteral("closeDayButton"), QKeySequence(), [this] { closeDay(); });
    m_closeMonth = addAction(QStringLiteral("closeMonthButton"), QKeySequence(), [this] { closeMonth(); });
    m_reverse = addAction(QStringLiteral("reverseButton"), QKeySequence(), [this] { reverseSelected(); });
    m_bookView = addAction(QStringLiteral("bookViewButton"), QKeySequence(), [this] {
        CashBookView view(this->workspace(), this);
        view.exec();
    });
    m_dayPage = addAction(QStringLiteral("dayPageButton"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printDayPage(); });
    m_abstract = addAction(QStringLiteral("abstractButton"), QKeySequence(), [this] { printAbstract(); });
    m_balances = new QLabel(this);
    m_balances->setObjectName(QStringLiteral("balancesLabel"));
    m_balances->setWordWrap(true);
    m_balances->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_balances->setMargin(8);
    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_language = new PrintLanguageCombo(panel);
    layout->addWidget(m_balances);
    layout->addWidget(m_language);
    layout->addStretch(1);
    addSidePanel(panel);
    retranslate();
    refreshWhenShown();
}

void CashBookPage::retranslateExtras()
{
    m_close->setText(tr("Close the &day…"));
    m_closeMonth->setText(tr("Close the &month…"));
    m_reverse->setText(tr("Re&verse (closed day)"));
    m_bookView->setText(tr("Two-sided &book…"));
    m_dayPage->setText(tr("Day &page (Ctrl+P)"));
    m_abstract->setText(tr("Month's &abstract by head"));
    whenInView([this] { refreshExtras(); });
}

void CashBookPage::refreshExtras()
{
    m_close->setEnabled(workspace().may(Right::CloseBooks));
    m_closeMonth->setEnabled(workspace().may(Right::CloseBooks));
    m_reverse->setEnabled(mayWrite());
    Book &book = workspace().book();
    const QDate today = workspace().clock().today();
    auto charter = Charter::load(book);
    QStringList lines = {QStringLiteral("<b>") + tr("Balances on %1").arg(Dates::display(today)) + QStringLiteral("</b>")};
    if (charter) {
        QStringList codes = charter.value().cashAccounts.keys();
        std::sort(codes.begin(), codes.end());
        const bool hindi = Translations::current() == u"hi";
        for (const QString &code : codes) {
            const QVariantMap a = charter.value().cashAccounts.value(code);
            auto b = CashBook(book).balance(code, today);
            lines += a.value(hindi ? u"name_hi"_s : u"name_en"_s).toString() + QStringLiteral(": ₹ ")
                + (b ? Money::format(b.value()) : QStringLiteral("—"));
        }
        if (codes.isEmpty())
            lines += tr("No accounts yet: add the cash in hand and the bank accounts (Cash and bank accounts).");
    }
    auto closed = CashBook(book).lastClosedDay();
    lines += closed && closed.value().isValid() ? tr("Closed up to %1.").arg(Dates::display(closed.value()))
                                                : tr("No day closed yet.");
    m_balances->setText(lines.join(QStringLiteral("<br>")));
}

void CashBookPage::closeDay()
{
    const QDate today = workspace().clock().today();
    if (!Messages::current().confirm(this, tr("Close the day"),
                                     tr("Close the cash book up to %1? Closed days cannot be changed; a mistake found "
                                        "later is corrected by a reversal entry.")
                                         .arg(Dates::display(today))))
        return;
    auto closed = CashBook(workspace().book()).closeDays(workspace().user(), today);
    if (!closed) {
        Messages::current().error(this, tr("Close the day"), closed.error().message);
        return;
    }
    const ClosedDay &last = closed.value().last();
    const QString words = Translations::current() == u"hi" ? words::hindiAmount(last.closing) : words::englishAmount(last.closing);
    Messages::current().info(this, tr("Close the day"),
                             tr("Closed %n day(s), the last %1. Closing balance ₹ %2 (%3).", nullptr, int(closed.value().size()))
                                 .arg(Dates::display(last.date), Money::format(last.closing), words));
    refresh();
}

void CashBookPage::closeMonth()
{
    CloseMonthDialog dialog(workspace(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    setStatus(tr("Closed the month %1.").arg(dialog.closing().month));
    refresh();
    // The certificate and the reconciliation go on paper with the month's accounts.
    auto office = OfficeProfile(workspace().book()).load();
    auto kept = CashBook(workspace().book()).monthClosing(dialog.closing().month);
    if (office && kept)
        previewDocument(this, monthClosingDocument(office.value(), kept.value(), m_language->language(), workspace().clock().today()));
}

// The day of the selected voucher, or today.
void CashBookPage::printDayPage()
{
    const Entry *e = selected();
    const QDate date = e ? e->date(u"date"_s) : workspace().clock().today();
    auto day = CashBook(workspace().book()).day(date);
    auto office = OfficeProfile(workspace().book()).load();
    if (!day || !office) {
        Messages::current().error(this, tr("Day page"), day ? office.error().message : day.error().message);
        return;
    }
    previewDocument(this, cashDayPage(workspace().book(), office.value(), day.value(), m_language->language(),
                                      workspace().clock().today()));
}

// The month of the selected voucher, or the month just ended.
void CashBookPage::printAbstract()
{
    const Entry *e = selected();
    const QDate today = workspace().clock().today();
    const QDate in = e ? e->date(u"date"_s) : QDate(today.year(), today.month(), 1).addMonths(-1);
    auto report = MonthlyReport::compute(workspace().book(), in.toString(QStringLiteral("yyyy-MM")));
    auto charter = Charter::load(workspace().book());
    if (!report || !charter) {
        Messages::current().error(this, tr("Month's abstract"), report ? charter.error().message : report.error().message);
        return;
    }
    previewDocument(this, cashAbstract(report.value(), charter.value().cashHeads, m_language->language(), today));
}

void CashBookPage::reverseSelected()
{
    reasonDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Reverse a voucher"),
                 QT_TRANSLATE_NOOP("gd::Fields", "Reason for the reversal"), [this](const Entry &base, const QString &reason) {
                     return CashBook(workspace().book()).reverse(workspace().user(), base, reason);
                 });
}

}  // namespace gd::ui
