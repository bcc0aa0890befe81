#include "AuditPage.h"

#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "../RowsModel.h"
#include "registers/AuditReading.h"
#include "storage/AuditLog.h"
#include "Dates.h"
#include "documents/AuditExtract.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gd::ui {

// Loads the log a page at a time as the view scrolls: opening it costs the same at any size.
class AuditModel : public RowsModel {
public:
    AuditModel(Book &book, QObject *parent)
        : RowsModel("gd::ui::AuditPage",
                    {QT_TRANSLATE_NOOP("gd::ui::AuditPage", "No."), QT_TRANSLATE_NOOP("gd::ui::AuditPage", "When"),
                     QT_TRANSLATE_NOOP("gd::ui::AuditPage", "By"), QT_TRANSLATE_NOOP("gd::ui::AuditPage", "Change"),
                     QT_TRANSLATE_NOOP("gd::ui::AuditPage", "Register"), QT_TRANSLATE_NOOP("gd::ui::AuditPage", "Entry"),
                     QT_TRANSLATE_NOOP("gd::ui::AuditPage", "Details")},
                    parent),
          m_book(book)
    {
    }
    static constexpr int kPage = 200;

    void reload()
    {
        m_loaded.clear();
        m_end = false;
        setRows({});
        fetchMore({});
    }
    bool canFetchMore(const QModelIndex &parent) const override { return !parent.isValid() && !m_end; }
    void fetchMore(const QModelIndex &parent) override
    {
        if (parent.isValid())
            return;
        auto page = AuditLog::page(m_book, m_loaded.size(), kPage);
        if (!page || page.value().size() < kPage)
            m_end = true;
        if (!page)
            return;
        QList<QStringList> rows;
        for (const AuditRow &r : page.value())
            rows.append(rowOf(r));
        m_loaded += page.value();
        appendRows(rows);
    }
    const QList<AuditRow> &loaded() const { return m_loaded; }
    // The entries loaded, in the language now shown.
    void retranslateRows()
    {
        retranslate();
        QList<QStringList> rows;
        for (const AuditRow &r : std::as_const(m_loaded))
            rows.append(rowOf(r));
        setRows(rows);
    }
    // The whole of a long change, which the cell cuts short.
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::ToolTipRole && index.column() == kDetails)
            return row(index.row()).value(kDetails);
        return RowsModel::data(index, role);
    }
    static constexpr int kDetails = 6;

private:
    static QStringList rowOf(const AuditRow &r)
    {
        const QDateTime at = QDateTime::fromString(r.at, Qt::ISODate);
        const AuditReading reading = AuditReading::of(r);
        return {QString::number(r.id), Dates::display(at.date()) + u' ' + at.toString(QStringLiteral("HH:mm:ss")), r.actor,
                reading.change, reading.where, reading.entry, reading.details};
    }

    Book &m_book;
    QList<AuditRow> m_loaded;
    bool m_end = false;
};

AuditPage::AuditPage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(QStringLiteral("auditPage"));
    m_model = new AuditModel(workspace.book(), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTableView"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("auditCountLabel"));
    m_language = new PrintLanguageCombo(this);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_language);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    const auto document = [this] {
        auto office = OfficeProfile(this->workspace().book()).load();
        return auditExtract(office ? office.value() : Office{}, m_model->loaded(), m_language->language(), this->workspace().clock().today());
    };
    connect(m_print, &QPushButton::clicked, this, [this, document] { previewDocument(this, document()); });
    connect(m_pdf, &QPushButton::clicked, this, [this, document] { saveDocumentAsPdf(this, document(), QStringLiteral("audit-log.pdf")); });
    retranslate();
    refreshWhenShown();
}

void AuditPage::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_model->retranslateRows();
    whenInView([this] { showCount(); });
}

void AuditPage::showCount()
{
    if (auto n = AuditLog::count(this->workspace().book()); n)
        m_count->setText(tr("%1 entries; the newest first. Printing takes the entries loaded in the list.").arg(n.value()));
}

void AuditPage::refresh()
{
    m_model->reload();
    for (int c = 0; c < AuditModel::kDetails; ++c)
        m_table->resizeColumnToContents(c);
    showCount();
}

}  // namespace gd::ui
