#include "CashBookView.h"

#include "../HindiKeyboard.h"
#include "../ColumnFit.h"
#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "base/Dates.h"
#include "office/OfficeProfile.h"
#include "base/Translations.h"
#include "documents/Printouts.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gd::ui {

CashBookView::CashBookView(Workspace &workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("cashBookView"));
    setWindowTitle(tr("Cash book: receipts and payments side by side"));
    const QDate today = workspace.clock().today();
    m_from = new QLineEdit(Dates::display(QDate(today.year(), today.month(), 1)), this);
    m_from->setObjectName(QStringLiteral("fromEdit"));
    m_to = new QLineEdit(Dates::display(today), this);
    m_to->setObjectName(QStringLiteral("toEdit"));
    auto *show = new QPushButton(tr("&Show"), this);
    auto *language = new PrintLanguageCombo(this);
    auto *printButton = new QPushButton(tr("&Print…"), this);
    auto *close = new QPushButton(tr("Close"), this);
    m_message = new QLabel(this);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("cashBookTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    auto *bar = new QHBoxLayout;
    auto *fromLabel = new QLabel(tr("&From"), this);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("&To"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addWidget(show);
    bar->addStretch(1);
    bar->addWidget(language);
    bar->addWidget(printButton);
    bar->addWidget(close);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    connect(show, &QPushButton::clicked, this, &CashBookView::reload);
    HindiKeyboard::keepLatin(m_from);  // dates, typed in digits while Hindi typing is on
    HindiKeyboard::keepLatin(m_to);
    connect(m_from, &QLineEdit::returnPressed, this, &CashBookView::reload);
    connect(m_to, &QLineEdit::returnPressed, this, &CashBookView::reload);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(printButton, &QPushButton::clicked, this, [this, language] {
        auto from = Dates::parse(m_from->text(), m_workspace.clock().today());
        auto to = Dates::parse(m_to->text(), m_workspace.clock().today());
        auto days = from && to ? CashBook(m_workspace.book()).days(from.value(), to.value())
                               : Result<QList<CashDay>>(makeError(ErrorCode::InputRejected, QString()));
        auto office = OfficeProfile(m_workspace.book()).load();
        if (days && office)
            previewDocument(this, cashBookDocument(office.value(), days.value(), language->language(), m_workspace.clock().today()));
    });
    resize(1100, 680);
    reload();
}

void CashBookView::show(const QDate &from, const QDate &to)
{
    m_from->setText(Dates::display(from));
    m_to->setText(Dates::display(to));
    reload();
}

void CashBookView::reload()
{
    auto from = Dates::parse(m_from->text(), m_workspace.clock().today());
    auto to = Dates::parse(m_to->text(), m_workspace.clock().today());
    if (!from || !to) {
        m_message->setText(!from ? from.error().message : to.error().message);
        return;
    }
    auto days = CashBook(m_workspace.book()).days(from.value(), to.value());
    if (!days) {
        m_message->setText(days.error().message);
        return;
    }
    m_message->clear();
    const PrintLanguage language = Translations::current() == u"hi" ? PrintLanguage::Hindi : PrintLanguage::English;
    const Table t = cashBookTable(days.value(), language);
    m_table->clear();
    m_table->setColumnCount(int(t.columns.size()));
    QStringList headers;
    for (const TableColumn &c : t.columns)
        headers += PrintText::pick(c.header, language);
    m_table->setHorizontalHeaderLabels(headers);
    m_table->setRowCount(int(t.rows.size()));
    for (int r = 0; r < t.rows.size(); ++r) {
        const bool closingRow = t.rows.at(r).value(1).isEmpty() && !t.rows.at(r).value(7).isEmpty();
        for (int c = 0; c < t.rows.at(r).size(); ++c) {
            auto *item = new QTableWidgetItem(t.rows.at(r).at(c));
            if (t.columns.at(c).alignment & Qt::AlignRight)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            if (closingRow) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(0xee, 0xf5, 0xff));
            }
            m_table->setItem(r, c, item);
        }
    }
    fitColumns(m_table, [table = m_table] { table->resizeColumnsToContents(); });
}

}  // namespace gd::ui
