#include "CloseMonthDialog.h"

#include "../HindiKeyboard.h"
#include "base/Dates.h"
#include "base/Money.h"
#include "base/Translations.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gd::ui {

CloseMonthDialog::CloseMonthDialog(Workspace &workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("closeMonthDialog"));
    setWindowTitle(tr("Close a month of the cash book"));
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("monthCombo"));
    const QDate today = workspace.clock().today();
    for (int i = 1; i <= 12; ++i) {
        const QDate m = QDate(today.year(), today.month(), 1).addMonths(-i);
        m_month->addItem(m.toString(QStringLiteral("yyyy-MM")));
    }
    auto *cashBox = new QGroupBox(tr("Cash counted (number of notes and coins)"), this);
    auto *grid = new QGridLayout(cashBox);
    int i = 0;
    for (const int denomination : CashBook::denominations()) {
        auto *spin = new QSpinBox(cashBox);
        spin->setObjectName(QStringLiteral("count%1").arg(denomination));
        spin->setRange(0, 1000000);
        auto *label = new QLabel(QStringLiteral("₹ %1 ×").arg(denomination), cashBox);
        label->setBuddy(spin);
        grid->addWidget(label, i / 5, (i % 5) * 2);
        grid->addWidget(spin, i / 5, (i % 5) * 2 + 1);
        connect(spin, &QSpinBox::valueChanged, this, &CloseMonthDialog::update);
        m_counts.append({denomination, spin});
        ++i;
    }
    m_cashSummary = new QLabel(cashBox);
    m_cashSummary->setObjectName(QStringLiteral("cashSummaryLabel"));
    m_cashNote = new QLineEdit(cashBox);
    m_cashNote->setObjectName(QStringLiteral("cashNoteEdit"));
    m_cashNote->setPlaceholderText(tr("Why the count differs from the book (only if it does)"));
    grid->addWidget(m_cashSummary, 2, 0, 1, 10);
    grid->addWidget(m_cashNote, 3, 0, 1, 10);

    m_banksBox = new QWidget(this);
    m_banksLayout = new QVBoxLayout(m_banksBox);
    m_banksLayout->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_banksBox);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("closeMonthMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    auto *close = new QPushButton(tr("&Close the month"), this);
    close->setObjectName(QStringLiteral("closeMonthButton"));
    close->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel (Esc)"), this);
    cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(close);
    buttons->addWidget(cancel);
    auto *top = new QFormLayout;
    top->addRow(tr("&Month"), m_month);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(cashBox);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(m_month, &QComboBox::currentIndexChanged, this, &CloseMonthDialog::loadMonth);
    connect(close, &QPushButton::clicked, this, &CloseMonthDialog::tryClose);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(820, 640);
    loadMonth();
}

Paise CloseMonthDialog::amount(QLineEdit *edit, bool *ok) const
{
    if (edit->text().trimmed().isEmpty())
        return 0;
    auto m = Money::parse(edit->text());
    if (!m) {
        *ok = false;
        return 0;
    }
    return m.value();
}

void CloseMonthDialog::loadMonth()
{
    for (const Bank &b : m_banks)
        delete b.statement->parentWidget();
    m_banks.clear();
    const QDate first = QDate::fromString(m_month->currentText() + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = first.addMonths(1).addDays(-1);
    auto charter = Charter::load(m_workspace.book());
    m_cashBook = 0;
    if (!charter)
        return;
    QStringList codes = charter.value().cashAccounts.keys();
    std::sort(codes.begin(), codes.end());
    for (const QString &code : codes) {
        const QVariantMap a = charter.value().cashAccounts.value(code);
        if (a.value(QStringLiteral("opening_date")).toDate() > last)
            continue;
        auto balance = CashBook(m_workspace.book()).balance(code, last);
        const Paise book = balance ? balance.value() : 0;
        if (a.value(QStringLiteral("kind")).toString() == u"cash") {
            m_cashBook = book;
            continue;
        }
        const QString name = a.value(Translations::current() == u"hi" ? QStringLiteral("name_hi") : QStringLiteral("name_en")).toString();
        auto *box = new QGroupBox(tr("%1: reconciliation with the bank statement of %2").arg(name, Dates::display(last)), m_banksBox);
        auto *form = new QFormLayout(box);
        Bank b;
        b.code = code;
        b.book = book;
        const auto edit = [&](const QString &suffix, const QString &label) {
            auto *e = new QLineEdit(box);
            e->setObjectName(code + suffix);
            if (suffix != u"Note")
                HindiKeyboard::keepLatin(e);  // an amount, typed in digits while Hindi typing is on
            form->addRow(label, e);
            connect(e, &QLineEdit::textChanged, this, &CloseMonthDialog::update);
            return e;
        };
        form->addRow(tr("Balance as per the cash book"), new QLabel(QStringLiteral("₹ ") + Money::format(book), box));
        b.statement = edit(QStringLiteral("Statement"), tr("Balance as per the bank statement"));
        b.cheques = edit(QStringLiteral("Cheques"), tr("Cheques issued, not yet presented"));
        b.deposits = edit(QStringLiteral("Deposits"), tr("Deposits not yet credited"));
        b.charges = edit(QStringLiteral("Charges"), tr("Bank charges not yet in the book"));
        b.interest = edit(QStringLiteral("Interest"), tr("Interest not yet in the book"));
        b.explanation = edit(QStringLiteral("Note"), tr("Why a difference remains (only if it does)"));
        b.difference = new QLabel(box);
        form->addRow(tr("Difference"), b.difference);
        m_banksLayout->addWidget(box);
        m_banks += b;
    }
    update();
}

void CloseMonthDialog::update()
{
    Paise counted = 0;
    for (const auto &[denomination, spin] : m_counts)
        counted += Paise(denomination) * 100 * spin->value();
    m_cashSummary->setText(tr("Counted ₹ %1; the book says ₹ %2; difference ₹ %3.")
                               .arg(Money::format(counted), Money::format(m_cashBook), Money::format(counted - m_cashBook)));
    for (Bank &b : m_banks) {
        bool ok = true;
        BankReconciliation r;
        r.book = b.book;
        r.statement = amount(b.statement, &ok);
        r.chequesNotPresented = amount(b.cheques, &ok);
        r.depositsNotCredited = amount(b.deposits, &ok);
        r.chargesNotBooked = amount(b.charges, &ok);
        r.interestNotBooked = amount(b.interest, &ok);
        b.difference->setText(ok ? QStringLiteral("₹ ") + Money::format(r.difference()) : tr("an amount is not readable"));
    }
}

void CloseMonthDialog::tryClose()
{
    CashCount count;
    for (const auto &[denomination, spin] : m_counts)
        if (spin->value() > 0)
            count.pieces[denomination] = spin->value();
    count.explanation = m_cashNote->text();
    QList<BankReconciliation> banks;
    for (const Bank &b : m_banks) {
        bool ok = true;
        BankReconciliation r;
        r.account = b.code;
        r.statement = amount(b.statement, &ok);
        r.chequesNotPresented = amount(b.cheques, &ok);
        r.depositsNotCredited = amount(b.deposits, &ok);
        r.chargesNotBooked = amount(b.charges, &ok);
        r.interestNotBooked = amount(b.interest, &ok);
        r.explanation = b.explanation->text();
        if (!ok) {
            m_message->setText(tr("An amount of %1 is not readable; write it like 1,23,456.50.").arg(b.code));
            return;
        }
        banks += r;
    }
    auto closed = CashBook(m_workspace.book()).closeMonth(m_workspace.user(), m_month->currentText(), count, banks);
    if (!closed) {
        m_message->setText(closed.error().message);
        return;
    }
    m_closing = closed.value();
    accept();
}

}  // namespace gd::ui
