#include "DocumentRenderer.h"

#include "PageLayout.h"
#include "base/PrintText.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QPagedPaintDevice>
#include <QPainter>
#include <memory>
#include <qrencode.h>

namespace gd {

namespace {

using layout::Layout;
using layout::Op;
using layout::Page;
using layout::kContext;

// A QR code (libqrencode, error correction M) filling `rect`, with its quiet zone of four modules.
void paintQr(QPainter &painter, const QRectF &rect, const QString &payload)
{
    const QByteArray utf8 = payload.toUtf8();
    QRcode *code = QRcode_encodeString(utf8.constData(), 0, QR_ECLEVEL_M, QR_MODE_8, 1);
    if (!code)
        return;
    const int quiet = 4;
    const qreal module = std::min(rect.width(), rect.height()) / (code->width + 2 * quiet);
    painter.fillRect(rect, Qt::white);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::black);
    for (int y = 0; y < code->width; ++y)
        for (int x = 0; x < code->width; ++x)
            if (code->data[y * code->width + x] & 1)
                painter.drawRect(QRectF(rect.left() + (x + quiet) * module, rect.top() + (y + quiet) * module, module, module));
    painter.setBrush(Qt::NoBrush);
    QRcode_free(code);
}

}  // namespace

Result<int> DocumentRenderer::pageCount(const Document &document)
{
    QBuffer sink;
    sink.open(QIODevice::WriteOnly);
    QPdfWriter writer(&sink);
    writer.setResolution(300);
    return render(document, writer);
}

void DocumentRenderer::loadFonts()
{
    static const bool loaded = [] {
        for (const char *file : {":/fonts/NotoSans-Regular.ttf", ":/fonts/NotoSans-Bold.ttf",
                                 ":/fonts/NotoSansDevanagari-Regular.ttf", ":/fonts/NotoSansDevanagari-Bold.ttf"})
            QFontDatabase::addApplicationFont(QString::fromLatin1(file));
        return true;
    }();
    Q_UNUSED(loaded);
}

Result<int> DocumentRenderer::render(const Document &document, QPagedPaintDevice &device)
{
    loadFonts();
    device.setPageSize(QPageSize(document.pageSize));
    device.setPageOrientation(document.orientation);
    device.setPageMargins(QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter);

    const QList<Page> pages = Layout(document, device).run();
    QPainter painter;
    if (!painter.begin(&device))
        return makeError(ErrorCode::Storage, tr("The printout could not be started. Check the printer or the file name."));
    const QString pageOf = PrintText::text(document.language, kContext, QT_TRANSLATE_NOOP("gd::Print", "Page %1 of %2"));
    const QPen thin(QColor(60, 60, 60), device.logicalDpiY() / 300.0);
    for (qsizetype n = 0; n < pages.size(); ++n) {
        if (n > 0 && !device.newPage()) {
            painter.end();
            return makeError(ErrorCode::Storage, tr("The printout could not start a new page."));
        }
        for (const Op &op : pages[n]) {
            switch (op.kind) {
            case Op::Fill:
                painter.fillRect(op.rect, QColor(230, 230, 230));
                break;
            case Op::Line:
                painter.setPen(thin);
                painter.drawLine(op.rect.topLeft(), op.rect.bottomRight());
                break;
            case Op::Text:
                painter.setPen(Qt::black);
                painter.setFont(op.font);
                painter.save();
                painter.setClipRect(op.rect.adjusted(-2, -2, 2, 2));
                painter.drawText(op.rect, op.flags, op.text);
                painter.restore();
                break;
            case Op::Box: {
                QPen dashed(QColor(120, 120, 120), device.logicalDpiY() / 300.0, Qt::DashLine);
                painter.setPen(dashed);
                painter.setBrush(Qt::NoBrush);
                painter.drawRect(op.rect);
                break;
            }
            case Op::Qr:
                paintQr(painter, op.rect, op.text);
                break;
            case Op::Image:
                painter.drawImage(op.rect, op.image);
                break;
            case Op::Bar:
                painter.fillRect(op.rect, QColor::fromRgb(QRgb(op.flags)));
                break;
            case Op::AlertText:
                painter.setPen(QColor(190, 40, 30));
                painter.setFont(op.font);
                painter.drawText(op.rect, op.flags, op.text);
                break;
            case Op::PageNumber:
                painter.setPen(Qt::black);
                painter.setFont(op.font);
                painter.drawText(op.rect, op.flags, pageOf.arg(n + 1).arg(pages.size()));
                break;
            }
        }
    }
    painter.end();
    return int(pages.size());
}

}  // namespace gd
