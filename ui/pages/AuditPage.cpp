#include "AuditPage.h"

#include "../HindiKeyboard.h"
#include "../FilterDay.h"
#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "../RowsModel.h"
#include "registers/AuditReading.h"
#include "storage/AuditLog.h"
#include "base/Dates.h"
#include "documents/AuditExtract.h"

#include <QApplication>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>
#include <limits>

namespace gd::ui {

namespace {

// The most entries of the days asked for that one printout takes (some 700 pages).
constexpr int kPrintMost = 10000;

}  // namespace

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

    void setPeriod(const AuditLog::Period &period) { m_period = period; }
    bool hasPeriod() const { return m_period.from.isValid() || m_period.to.isValid(); }
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
        auto page = hasPeriod() ? AuditLog::page(m_book, m_period, m_loaded.size(), kPage)
                                : AuditLog::page(m_book, m_loaded.size(), kPage);
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
    AuditLog::Period m_period;
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
    m_count->setWordWrap(true);  // a long count with its days must not widen the window
    m_language = new PrintLanguageCombo(this);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    m_fromLabel = new QLabel(this);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("auditFromEdit"));
    m_from->setMaximumWidth(150);
    m_fromLabel->setBuddy(m_from);
    m_toLabel = new QLabel(this);
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("auditToEdit"));
    m_to->setMaximumWidth(150);
    m_toLabel->setBuddy(m_to);
    for (QLineEdit *edit : {m_from, m_to}) {
        HindiKeyboard::keepLatin(edit);  // dates, typed in digits while Hindi typing is on
        connect(edit, &QLineEdit::editingFinished, this, [this] {
            const AuditLog::Period before = m_period;
            if (readPeriod() && (m_period.from != before.from || m_period.to != before.to))
                refresh();
        });
    }
    auto *days = new QHBoxLayout;
    days->addWidget(m_fromLabel);
    days->addWidget(m_from);
    days->addWidget(m_toLabel);
    days->addWidget(m_to);
    days->addStretch();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_count, 1);
    bar->addWidget(m_language);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(days);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    // The days asked for are printed whole; the whole log, as far as it is loaded in the list.
    const auto document = [this] {
        Book &book = this->workspace().book();
        auto office = OfficeProfile(book).load();
        QList<AuditRow> rows = m_model->loaded();
        if (m_model->hasPeriod())
            if (auto all = AuditLog::page(book, m_period, 0, int(std::min<qint64>(m_period.entries, kPrintMost))); all)
                rows = all.value();
        return auditExtract(office ? office.value() : Office{}, rows, m_language->language(), this->workspace().clock().today());
    };
    connect(m_print, &QPushButton::clicked, this, [this, document] { previewDocument(this, document()); });
    connect(m_pdf, &QPushButton::clicked, this, [this, document] { saveDocumentAsPdf(this, document(), QStringLiteral("audit-log.pdf")); });
    retranslate();
    refreshWhenShown();
}

void AuditPage::retranslate()
{
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_from->setPlaceholderText(tr("dd-mm-yyyy"));
    m_to->setPlaceholderText(tr("dd-mm-yyyy"));
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_model->retranslateRows();
    whenInView([this] { showCount(); });
}

void AuditPage::showCount()
{
    m_count->setStyleSheet(QString());
    if (m_model->hasPeriod()) {
        const QString days = !m_period.to.isValid() ? tr("from %1 on").arg(Dates::display(m_period.from))
            : !m_period.from.isValid()              ? tr("up to %1").arg(Dates::display(m_period.to))
                                                    : tr("%1 to %2").arg(Dates::display(m_period.from), Dates::display(m_period.to));
        const int n = int(std::min<qint64>(m_period.entries, std::numeric_limits<int>::max()));
        m_count->setText(n <= kPrintMost
                             ? tr("%n entry(s), %1; the newest first. Printing takes all of them.", nullptr, n).arg(days)
                             : tr("%n entry(s), %1; the newest first. Printing takes the newest %2; choose fewer days for the rest.",
                                  nullptr, n)
                                   .arg(days)
                                   .arg(kPrintMost));
        return;
    }
    if (auto n = AuditLog::count(this->workspace().book()); n)
        m_count->setText(tr("%1 entries; the newest first. Printing takes the entries loaded in the list.").arg(n.value()));
}

bool AuditPage::readPeriod()
{
    QStringList bad;
    const QDate from = readFilterDay(m_from, workspace().clock().today(), &bad);
    const QDate to = readFilterDay(m_to, workspace().clock().today(), &bad);
    if (bad.isEmpty() && from.isValid() && to.isValid() && from > to)
        bad += tr("The first day comes after the last: swap them.");
    if (!bad.isEmpty()) {
        m_count->setStyleSheet(QStringLiteral("color: #b00020;"));
        m_count->setText(bad.join(u' '));
        return false;
    }
    m_period.from = from;
    m_period.to = to;
    return true;
}

void AuditPage::refresh()
{
    if (m_period.from.isValid() || m_period.to.isValid()) {
        // The period's ids and count, found again: entries written since are in it. One pass over the times of
        // the whole log: a fifth of a second over ten years here, longer from a cold disk.
        QApplication::setOverrideCursor(Qt::WaitCursor);
        auto found = AuditLog::find(this->workspace().book(), m_period.from, m_period.to);
        QApplication::restoreOverrideCursor();
        if (found)
            m_period = found.value();
    } else {
        m_period = AuditLog::Period();  // the whole log
    }
    m_model->setPeriod(m_period);
    m_model->reload();
    for (int c = 0; c < AuditModel::kDetails; ++c)
        m_table->resizeColumnToContents(c);
    showCount();
}

}  // namespace gd::ui
