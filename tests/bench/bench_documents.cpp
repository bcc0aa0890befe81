// Renders a 50-page register extract to PDF and reports the time as a ratio against a floor measured in
// the same run: painting the same number of text cells with no layout at all. Then the secretary's monthly
// report of the demo book's last whole month as the CLI and the Report page make it (figures computed, the
// twelve-month trend, the PDF written), which the issue asks for in under a second, against a floor of the
// PDF writer alone: the same number of pages, each with one line of text.
#include "BenchBook.h"
#include "documents/AuditExtract.h"
#include "documents/DocumentRenderer.h"
#include "documents/PdfExport.h"
#include "documents/Printouts.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <cstdio>

using namespace gd;

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    DocumentRenderer::loadFonts();
    Office office;
    office.nameHi = QStringLiteral("ग्राम पंचायत रामपुर");
    office.nameEn = QStringLiteral("Gram Panchayat Rampur");
    office.lgdCode = QStringLiteral("123456");
    QList<AuditRow> rows;
    for (int i = 1100; i >= 1; --i)
        rows.append({i, QStringLiteral("2026-11-22T10:30:00"), QStringLiteral("operator"), QStringLiteral("insert"),
                     QStringLiteral("visitors"), i, QString(), QStringLiteral("{\"name\":\"रमेश कुमार %1\"}").arg(i)});
    const Document doc = auditExtract(office, rows, PrintLanguage::Both, QDate(2026, 11, 22));
    QTemporaryDir dir;

    QElapsedTimer timer;
    timer.start();
    auto pages = PdfExport::write(doc, dir.filePath(QStringLiteral("extract.pdf")));
    const qint64 renderMs = timer.elapsed();
    if (!pages) {
        std::fprintf(stderr, "%s\n", qPrintable(pages.error().message));
        return 1;
    }

    // Floor: the same cells drawn at fixed places on the same number of pages.
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    timer.restart();
    {
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        QPainter p(&writer);
        QFont f;
        f.setFamilies({QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans")});
        f.setPointSizeF(8.5);
        p.setFont(f);
        const int perPage = int(rows.size() / pages.value()) + 1;
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i > 0 && i % perPage == 0)
                writer.newPage();
            const int y = int(i % perPage) * 60 + 100;
            p.drawText(QPoint(50, y), QString::number(rows[i].id));
            p.drawText(QPoint(300, y), rows[i].at);
            p.drawText(QPoint(900, y), rows[i].actor);
            p.drawText(QPoint(1300, y), rows[i].newValues);
        }
    }
    const qint64 floorMs = std::max<qint64>(1, timer.elapsed());
    std::printf("bench_documents: %d pages rendered in %lld ms; floor (plain text, no layout) %lld ms; ratio %.2f\n",
                pages.value(), static_cast<long long>(renderMs), static_cast<long long>(floorMs),
                double(renderMs) / double(floorMs));

    bench::DemoBook demo;
    if (!demo.book)
        return 1;
    const Book &book = *demo.book;
    QList<double> reportMs, plainMs;
    int reportPages = 0;
    for (int round = 0; round < 5; ++round) {
        timer.restart();
        auto report = MonthlyReport::compute(book, QStringLiteral("2026-10"));
        auto trend = report ? MonthlyTrend::compute(book, report.value().first) : Result<MonthlyTrend>(report.error());
        if (!report || !trend) {
            std::fprintf(stderr, "%s\n", qPrintable(report ? trend.error().message : report.error().message));
            return 1;
        }
        auto written = PdfExport::write(monthlyReportDocument(report.value(), &trend.value(), PrintLanguage::Hindi, demo.clock.today()),
                                        dir.filePath(QStringLiteral("monthly.pdf")));
        reportMs.append(double(timer.nsecsElapsed()) / 1e6);
        if (!written) {
            std::fprintf(stderr, "%s\n", qPrintable(written.error().message));
            return 1;
        }
        reportPages = written.value();
        timer.restart();
        {
            QPdfWriter writer(dir.filePath(QStringLiteral("plain.pdf")));
            writer.setResolution(300);
            QPainter p(&writer);
            QFont f;
            f.setFamilies({QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans")});
            p.setFont(f);
            for (int page = 0; page < reportPages; ++page) {
                if (page > 0)
                    writer.newPage();
                p.drawText(QPoint(100, 200), QStringLiteral("ग्राम पंचायत रामपुर: मासिक रिपोर्ट अक्टूबर 2026"));
            }
        }
        plainMs.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const double plain = bench::percentile(plainMs, 0.5), monthly = bench::percentile(reportMs, 0.5);
    std::printf("bench_documents: monthly report of 2026-10 on the demo book (%lld ms to make or open), %d pages, "
                "median of 5\n",
                static_cast<long long>(demo.setupMs), reportPages);
    std::printf("  %-44s %10s %10s %8s\n", "", "floor ms", "ms", "ratio");
    std::printf("  %-44s %10.2f %10.2f %8.2f\n", "monthly report PDF (floor: plain pages)", plain, monthly,
                monthly / std::max(plain, 0.001));
    return 0;
}
