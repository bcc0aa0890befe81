#include "ReportPage.h"
#include "FileDialogs.h"
#include "storage/OutputFile.h"
#include "storage/Seals.h"

#include "../Messages.h"
#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "base/Translations.h"
#include "documents/Printouts.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gd::ui {

ReportPage::ReportPage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(QStringLiteral("reportPage"));
    m_month = new QComboBox(this);
    m_month->setObjectName(QStringLiteral("reportMonthCombo"));
    m_language = new PrintLanguageCombo(this);
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("printButton"));
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("savePdfButton"));
    m_json = new QPushButton(this);
    m_json->setObjectName(QStringLiteral("saveJsonButton"));
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("saveCsvButton"));
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_figures = new QTableWidget(this);
    m_figures->setObjectName(QStringLiteral("reportFiguresTable"));
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->setColumnCount(2);
    m_figures->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_figures->verticalHeader()->hide();
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_month);
    bar->addWidget(m_language);
    bar->addStretch(1);
    bar->addWidget(m_print);
    bar->addWidget(m_pdf);
    bar->addWidget(m_json);
    bar->addWidget(m_csv);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_message);
    layout->addWidget(m_figures, 1);
    connect(m_month, &QComboBox::activated, this, &ReportPage::compute);
    connect(m_print, &QPushButton::clicked, this, [this] {
        if (m_report)
            previewDocument(this, reportDocument(m_language->language()));
    });
    connect(m_pdf, &QPushButton::clicked, this, [this] { save(QStringLiteral("pdf")); });
    connect(m_json, &QPushButton::clicked, this, [this] { save(QStringLiteral("json")); });
    connect(m_csv, &QPushButton::clicked, this, [this] { save(QStringLiteral("csv")); });
    retranslate();
    refreshWhenShown();
}

void ReportPage::refresh()
{
    const QString current = m_month->currentData().toString();
    m_month->clear();
    const QDate today = workspace().clock().today();
    QDate first(today.year(), today.month(), 1);
    const QLocale locale = Translations::current() == u"hi" ? QLocale(QLocale::Hindi, QLocale::India)
                                                           : QLocale(QLocale::English, QLocale::UnitedKingdom);
    // The month just ended first: that is the one the review meeting asks for.
    for (int i = 0; i < 36; ++i) {
        const QDate m = first.addMonths(i == 0 ? -1 : (i == 1 ? 0 : -i));
        m_month->addItem(locale.monthName(m.month()) + u' ' + QString::number(m.year()), m.toString(QStringLiteral("yyyy-MM")));
    }
    m_month->setCurrentIndex(std::max(0, m_month->findData(current)));
    compute();
}

void ReportPage::compute()
{
    auto r = MonthlyReport::compute(workspace().book(), m_month->currentData().toString());
    if (!r) {
        m_report.reset();
        m_message->setText(r.error().message);
        m_figures->setRowCount(0);
        return;
    }
    m_report = r.value();
    m_message->clear();
    const auto &v = m_report->visitors;
    const auto &a = m_report->applications;
    const auto &c = m_report->complaints;
    const QList<QPair<QString, QString>> rows = {
        {tr("Visitors recorded"), QString::number(v.count)},
        {tr("Visitors who gave both ratings"), QString::number(v.withFeedback)},
        {tr("Average rating of time taken (1–5)"), v.avgServiceTimeRating.text()},
        {tr("Average rating of staff behaviour (1–5)"), v.avgBehaviourRating.text()},
        {tr("Applications received"), QString::number(a.received)},
        {tr("Applications delivered"), QString::number(a.delivered)},
        {tr("… of which within the charter's time"), QString::number(a.deliveredInTime)},
        {tr("Applications rejected"), QString::number(a.rejected)},
        {tr("Applications pending at month end"), QString::number(a.pendingAtMonthEnd)},
        {tr("Applications overdue at month end"), QString::number(a.overdueAtMonthEnd)},
        {tr("Applications delivered in time (%)"), a.inTimePct.text()},
        {tr("Complaints received"), QString::number(c.received)},
        {tr("Complaints disposed"), QString::number(c.disposed)},
        {tr("… of which within the time limit"), QString::number(c.disposedInTime)},
        {tr("Complaints pending at month end"), QString::number(c.pendingAtMonthEnd)},
        {tr("Complaints overdue at month end"), QString::number(c.overdueAtMonthEnd)},
        {tr("Complaints disposed in time (%)"), c.inTimePct.text()},
        {tr("Births reported"), QString::number(m_report->vitalEvents.births)},
        {tr("Deaths reported"), QString::number(m_report->vitalEvents.deaths)},
        {tr("Still births reported"), QString::number(m_report->vitalEvents.stillBirths)},
        {tr("… reported within 21 days"), QString::number(m_report->vitalEvents.onTime)},
        {tr("… late (22–30 days)"), QString::number(m_report->vitalEvents.late)},
        {tr("… with permission (31 days–1 year)"), QString::number(m_report->vitalEvents.permission)},
        {tr("… with an order (over 1 year)"), QString::number(m_report->vitalEvents.order)},
        {tr("Birth and death certificates handed over"), QString::number(m_report->vitalEvents.certificatesIssued)},
        {tr("Awaiting CRS registration at month end"), QString::number(m_report->vitalEvents.awaitingCrsRegistration)},
    };
    m_figures->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_figures->setItem(i, 0, new QTableWidgetItem(rows.at(i).first));
        auto *value = new QTableWidgetItem(rows.at(i).second);
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_figures->setItem(i, 1, value);
    }
}

Document ReportPage::reportDocument(PrintLanguage language)
{
    // The charts' twelve months come from the book as it is now; without them the report still prints.
    auto trend = MonthlyTrend::compute(workspace().book(), m_report->first);
    Document doc = monthlyReportDocument(*m_report, trend ? &trend.value() : nullptr, language, workspace().clock().today());
    sealDocument(doc, workspace().book(), Seals::forMonthlyReport(m_report->month));
    return doc;
}

void ReportPage::save(const QString &kind)
{
    if (!m_report)
        return;
    const PrintLanguage l = m_language->language();
    const QString name = QStringLiteral("monthly-report-") + m_report->month + u'.' + kind;
    if (kind == u"pdf") {
        saveDocumentAsPdf(this, reportDocument(l), name);
        return;
    }
    const QString path = FileDialogs::saveFile(this, tr("Save the report"), QDir(FileDialogs::documentsFolder()).filePath(name), {});
    if (path.isEmpty())
        return;
    const QByteArray bytes = kind == u"json" ? m_report->toJson() : m_report->toCsv();
    if (auto written = OutputFile::write(path, bytes); !written) {
        Messages::current().error(this, tr("Save the report"), written.error().message);
        return;
    }
    m_message->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
}

void ReportPage::retranslate()
{
    m_print->setText(tr("&Print…"));
    m_pdf->setText(tr("Save as P&DF…"));
    m_json->setText(tr("Save as &JSON…"));
    m_csv->setText(tr("Save as &CSV…"));
    m_figures->setHorizontalHeaderLabels({tr("Indicator"), tr("Value")});
    if (m_month->count() > 0)
        refresh();
}

}  // namespace gd::ui
