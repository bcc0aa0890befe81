#include "StockVerificationDialog.h"

#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "base/Dates.h"
#include "office/OfficeProfile.h"
#include "base/Translations.h"
#include "documents/Printouts.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gd::ui {

StockVerificationDialog::StockVerificationDialog(Workspace &workspace, QWidget *parent) : QDialog(parent), m_workspace(workspace)
{
    setObjectName(QStringLiteral("stockVerificationDialog"));
    setWindowTitle(tr("Physical verification of stock on %1").arg(Dates::display(workspace.clock().today())));
    m_verifiedBy = new QLineEdit(this);
    m_verifiedBy->setObjectName(QStringLiteral("verifiedByEdit"));
    m_custodian = new QLineEdit(this);
    m_custodian->setObjectName(QStringLiteral("custodianEdit"));
    auto *form = new QFormLayout;
    form->addRow(tr("Verified by (not the custodian)"), m_verifiedBy);
    form->addRow(tr("Custodian of the stock"), m_custodian);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("countsTable"));
    m_table->setColumnCount(5);
    m_table->setHorizontalHeaderLabels({tr("Item"), tr("Unit"), tr("As per the book"), tr("Counted"), tr("Explanation")});
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    auto sheet = StockBook(workspace.book()).sheet(workspace.clock().today());
    auto charter = Charter::load(workspace.book());
    m_sheet = sheet ? sheet.value() : QList<StockBook::Count>();
    m_table->setRowCount(int(m_sheet.size()));
    const bool hindi = Translations::current() == u"hi";
    for (int r = 0; r < m_sheet.size(); ++r) {
        const QVariantMap item = charter ? charter.value().stockItems.value(m_sheet.at(r).item) : QVariantMap();
        const QString name = item.value(hindi || item.value(QStringLiteral("name_en")).toString().isEmpty() ? QStringLiteral("name_hi")
                                                                                                         : QStringLiteral("name_en"))
                                 .toString();
        const auto fixed = [&](int c, const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(cell->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(r, c, cell);
        };
        fixed(0, name + QStringLiteral(" (") + m_sheet.at(r).item + u')');
        fixed(1, item.value(QStringLiteral("unit")).toString());
        fixed(2, Fields::quantityText(m_sheet.at(r).book));
        m_table->item(r, 2)->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(r, 3, new QTableWidgetItem());
        m_table->setItem(r, 4, new QTableWidgetItem());
    }
    m_table->resizeColumnsToContents();
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("verificationMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_language = new PrintLanguageCombo(this);
    auto *printSheet = new QPushButton(tr("Print the &sheet to count from"), this);
    auto *recordButton = new QPushButton(tr("&Record the verification"), this);
    recordButton->setObjectName(QStringLiteral("recordButton"));
    auto *cancel = new QPushButton(tr("Cancel (Esc)"), this);
    cancel->setAutoDefault(false);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_language);
    buttons->addWidget(printSheet);
    buttons->addStretch(1);
    buttons->addWidget(recordButton);
    buttons->addWidget(cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);
    connect(printSheet, &QPushButton::clicked, this, [this] { print(false); });
    connect(recordButton, &QPushButton::clicked, this, &StockVerificationDialog::record);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(900, 600);
}

QList<StockBook::Count> StockVerificationDialog::counts(QString *problem) const
{
    QList<StockBook::Count> out;
    for (int r = 0; r < m_sheet.size(); ++r) {
        StockBook::Count c = m_sheet.at(r);
        const QString text = m_table->item(r, 3)->text();
        c.counted = -1;
        if (!text.trimmed().isEmpty()) {
            auto q = Fields::parseQuantity(text);
            if (q)
                c.counted = q.value();
            else if (problem && problem->isEmpty())
                *problem = c.item + QStringLiteral(": ") + q.error().message;
        } else if (problem && problem->isEmpty()) {
            *problem = tr("Count %1 too: a verification covers every item in use.").arg(c.item);
        }
        c.explanation = m_table->item(r, 4)->text();
        out += c;
    }
    return out;
}

void StockVerificationDialog::print(bool withCounts)
{
    auto office = OfficeProfile(m_workspace.book()).load();
    auto charter = Charter::load(m_workspace.book());
    if (!office || !charter)
        return;
    previewDocument(this, stockVerificationSheet(office.value(), m_workspace.clock().today(), withCounts ? counts(nullptr) : m_sheet,
                                                 charter.value().stockItems, m_verifiedBy->text(), m_custodian->text(),
                                                 m_language->language(), m_workspace.clock().today()));
}

void StockVerificationDialog::record()
{
    QString problem;
    const QList<StockBook::Count> typed = counts(&problem);
    if (!problem.isEmpty()) {
        m_message->setText(problem);
        return;
    }
    auto done = StockBook(m_workspace.book())
                    .recordVerification(m_workspace.user(), m_workspace.clock().today(), m_verifiedBy->text(),
                                        m_custodian->text(), typed);
    if (!done) {
        m_message->setText(done.error().message);
        return;
    }
    // The counted sheet goes on paper for the signatures.
    if (!m_quiet)
        print(true);
    accept();
}

}  // namespace gd::ui
