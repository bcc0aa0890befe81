#include "PageLayout.h"

#include "base/PrintText.h"

#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QRegularExpression>

namespace gd::layout {

Layout::Layout(const Document &doc, QPagedPaintDevice &device) : m_doc(doc), m_device(device)
{
    const QRect paint = device.pageLayout().paintRectPixels(device.logicalDpiY());
    m_width = paint.width();
    m_height = paint.height();
    m_mm = device.logicalDpiY() / 25.4;
}

QList<Page> Layout::run()
{
    startPage();
    for (const DocumentBlock &block : m_doc.blocks) {
        if (const auto *p = std::get_if<Paragraph>(&block))
            paragraph(*p);
        else if (const auto *t = std::get_if<Table>(&block))
            table(*t);
        else if (const auto *l = std::get_if<LabelSheet>(&block))
            labels(*l);
        else if (const auto *s = std::get_if<SignatureBlock>(&block))
            signatures(*s);
        else if (const auto *h = std::get_if<Heading>(&block))
            heading(*h);
        else if (const auto *g = std::get_if<ThumbnailGrid>(&block))
            thumbnails(*g);
        else if (const auto *k = std::get_if<KeyFigures>(&block))
            keyFigures(*k);
        else if (const auto *c = std::get_if<ChartRow>(&block))
            charts(*c);
        else if (const auto *o = std::get_if<OrgChart>(&block))
            orgChart(*o);
    }
    return m_pages;
}

QFont Layout::font(qreal points, bool bold, bool scaled) const
{
    QFont f;
    f.setFamilies({QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans")});
    f.setPointSizeF(points * (scaled ? m_doc.fontScale : 1.0));
    f.setBold(bold);
    return f;
}

qreal Layout::textHeight(const QFont &f, qreal width, const QString &text) const
{
    const QFontMetricsF fm(f, &m_device);
    // Measured a little narrower than drawn: shaped Devanagari that just fits by the metrics may still wrap
    // when painted, and a row must never be shorter than its text.
    static const QRegularExpression plain(QStringLiteral("^[\\x{20}-\\x{7e}]*$"));
    if (plain.match(text).hasMatch() && fm.horizontalAdvance(text) <= width * 0.97)
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, width * 0.97, 1e9), Qt::TextWordWrap, text).height();
}

void Layout::text(const QRectF &rect, const QString &s, const QFont &f, int flags)
{
    add(Op{Op::Text, rect, s, f, flags | Qt::TextWordWrap, {}});
}

void Layout::line(qreal x1, qreal y1, qreal x2, qreal y2)
{
    add(Op{Op::Line, QRectF(QPointF(x1, y1), QPointF(x2, y2)), {}, {}, 0, {}});
}

void Layout::startPage()
{
    m_pages.append(Page{});
    const DocumentHeader &h = m_doc.header;
    const PrintLanguage lang = m_doc.language;
    qreal y = 0;
    const auto centred = [&](const QString &s, const QFont &f) {
        if (s.isEmpty())
            return;
        const qreal hgt = textHeight(f, m_width, s);
        text(QRectF(0, y, m_width, hgt), s, f, Qt::AlignHCenter | Qt::AlignTop);
        y += hgt;
    };
    const QFont officeFont = font(13, true);
    if (lang == PrintLanguage::Both) {
        centred(h.officeHi, officeFont);
        centred(h.officeEn, officeFont);
    } else {
        centred(PrintText::pick({h.officeHi, h.officeEn}, lang), officeFont);
    }
    QStringList place;
    if (!h.lgdCode.isEmpty())
        place += PrintText::text(lang, kContext, QT_TRANSLATE_NOOP("gd::Print", "LGD code")) + QStringLiteral(": ") + h.lgdCode;
    if (!h.placeLine.isEmpty())
        place += h.placeLine;
    centred(place.join(QStringLiteral("  ·  ")), font(9));
    y += m_mm * 1.5;
    centred(PrintText::pick(h.title, lang), font(h.titlePoints, true));
    centred(h.subtitle, font(9));
    y += m_mm * 1.5;
    line(0, y, m_width, y);
    y += m_mm * 3;
    m_y = y;
    m_top = y;

    // Footer: printed date on the left, page number on the right.
    const QFont footFont = font(8, false, false);
    const qreal fh = QFontMetricsF(footFont, &m_device).height();
    const qreal fy = m_height - fh;
    line(0, fy - m_mm * 1.5, m_width, fy - m_mm * 1.5);
    QString printed = QStringLiteral("GramDesk");
    if (!m_doc.printedOn.isEmpty())
        printed = PrintText::text(lang, kContext, QT_TRANSLATE_NOOP("gd::Print", "Printed on")) + u' '
            + m_doc.printedOn + QStringLiteral("  ·  GramDesk");
    if (!m_doc.seal.isEmpty())
        printed += QStringLiteral("  ·  ") + PrintText::text(lang, kContext, QT_TRANSLATE_NOOP("gd::Print", "Seal")) + u' '
            + m_doc.seal;
    text(QRectF(0, fy, m_width * 0.6, fh), printed, footFont, Qt::AlignLeft | Qt::AlignVCenter);
    add(Op{Op::PageNumber, QRectF(m_width * 0.6, fy, m_width * 0.4, fh), {}, footFont,
           Qt::AlignRight | Qt::AlignVCenter, {}});
    m_bottom = fy - m_mm * 4;
}

void Layout::ensure(qreal height)
{
    if (m_y + height > m_bottom)
        startPage();
}

void Layout::paragraph(const Paragraph &p)
{
    const QFont f = font(10, p.bold);
    const qreal h = textHeight(f, m_width, p.text);
    ensure(h);
    text(QRectF(0, m_y, m_width, h), p.text, f, Qt::AlignLeft | Qt::AlignTop);
    m_y += h + m_mm * 2;
}

void Layout::heading(const Heading &h)
{
    if (h.newPage && m_y > m_top)
        startPage();
    const QFont f = font(11.5, true);
    const qreal height = textHeight(f, m_width, h.text);
    // Never the last thing on a page: keep room for a few lines of what follows.
    ensure(height + m_mm * 30);
    if (m_y > m_top)
        m_y += m_mm * 2;
    text(QRectF(0, m_y, m_width, height), h.text, f, Qt::AlignLeft | Qt::AlignTop);
    m_y += height + m_mm * 0.8;
    line(0, m_y, m_width, m_y);
    m_y += m_mm * 2.5;
}

QList<qreal> Layout::columnWidths(const Table &t) const
{
    qreal total = 0;
    for (const TableColumn &c : t.columns)
        total += c.weight;
    QList<qreal> widths;
    for (const TableColumn &c : t.columns)
        widths += m_width * c.weight / (total > 0 ? total : 1);
    return widths;
}

qreal Layout::row(const QStringList &cells, const QList<qreal> &widths, const Table &t, const QFont &f, bool header)
{
    const qreal pad = m_mm * 1.2 * std::min<qreal>(1.0, m_doc.fontScale);  // small text, narrow margins
    qreal h = 0;
    for (qsizetype i = 0; i < widths.size(); ++i)
        h = std::max(h, textHeight(f, widths[i] - 2 * pad, cells.value(i)) + 2 * pad);
    if (m_y + h > m_bottom) {
        startPage();
        if (!header)
            tableHeader(t, widths);
    }
    h = std::min(h, m_bottom - m_y);
    if (header)
        add(Op{Op::Fill, QRectF(0, m_y, m_width, h), {}, {}, 0, {}});
    qreal x = 0;
    for (qsizetype i = 0; i < widths.size(); ++i) {
        const Qt::Alignment align = header ? Qt::AlignHCenter : t.columns[i].alignment;
        text(QRectF(x + pad, m_y + pad, widths[i] - 2 * pad, h - 2 * pad), cells.value(i), f,
             int(align) | Qt::AlignTop);
        line(x, m_y, x, m_y + h);
        x += widths[i];
    }
    line(m_width, m_y, m_width, m_y + h);
    line(0, m_y, m_width, m_y);
    line(0, m_y + h, m_width, m_y + h);
    m_y += h;
    return h;
}

void Layout::tableHeader(const Table &t, const QList<qreal> &widths)
{
    QStringList names;
    for (const TableColumn &c : t.columns)
        names += PrintText::pick(c.header, m_doc.language, QStringLiteral("\n"));
    row(names, widths, t, font(8.5, true), true);
}

void Layout::table(const Table &t)
{
    if (t.columns.isEmpty())
        return;
    const QList<qreal> widths = columnWidths(t);
    const QFont bodyFont = font(8.5);
    // Keep the header with at least one row.
    ensure(QFontMetricsF(bodyFont, &m_device).height() * 5);
    tableHeader(t, widths);
    if (t.rows.isEmpty()) {
        const QString none = PrintText::text(m_doc.language, kContext, QT_TRANSLATE_NOOP("gd::Print", "No entries."));
        const qreal h = textHeight(bodyFont, m_width, none) + m_mm * 2.4;
        text(QRectF(0, m_y + m_mm * 1.2, m_width, h), none, bodyFont, Qt::AlignHCenter | Qt::AlignTop);
        line(0, m_y + h, m_width, m_y + h);
        line(0, m_y, 0, m_y + h);
        line(m_width, m_y, m_width, m_y + h);
        m_y += h;
    }
    for (const QStringList &r : t.rows)
        row(r, widths, t, bodyFont, false);
    m_y += m_mm * 4;
}

void Layout::labels(const LabelSheet &sheet)
{
    const int columns = std::max(1, sheet.columns);
    const qreal w = m_width / columns;
    const qreal h = m_mm * sheet.heightMm;
    const qreal pad = m_mm * 3;
    for (qsizetype i = 0; i < sheet.labels.size(); ++i) {
        const int column = int(i % columns);
        if (column == 0)
            ensure(h);
        const FileLabel &label = sheet.labels.at(i);
        const qreal x = w * column;
        add(Op{Op::Box, QRectF(x, m_y, w, h), {}, {}, 0, {}});
        const qreal side = h - 2 * pad;
        add(Op{Op::Qr, QRectF(x + pad, m_y + pad, side, side), label.code, {}, 0, {}});
        const QRectF textArea(x + 2 * pad + side, m_y + pad, w - 3 * pad - side, side);
        const QFont codeFont = font(10, true);
        const qreal codeHeight = textHeight(codeFont, textArea.width(), label.code);
        text(QRectF(textArea.topLeft(), QSizeF(textArea.width(), codeHeight)), label.code, codeFont,
             Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere);
        text(textArea.adjusted(0, codeHeight + m_mm, 0, 0), label.lines.join(u'\n'), font(8.5), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap);
        if (column == columns - 1 || i == sheet.labels.size() - 1)
            m_y += h;
    }
    m_y += m_mm * 4;
}

void Layout::signatures(const SignatureBlock &s)
{
    if (s.signatories.isEmpty())
        return;
    const QFont f = font(9);
    const qreal labelHeight = textHeight(f, m_width, QStringLiteral("X\nX"));
    const qreal height = m_mm * 15 + labelHeight;  // room enough to sign above the line
    ensure(height);
    const qreal slot = m_width / s.signatories.size();
    const qreal lineY = m_y + m_mm * 13;
    for (qsizetype i = 0; i < s.signatories.size(); ++i) {
        const qreal x = slot * i + slot * 0.12;
        const qreal w = slot * 0.76;
        line(x, lineY, x + w, lineY);
        text(QRectF(x, lineY + m_mm, w, labelHeight), PrintText::pick(s.signatories[i], m_doc.language, QStringLiteral("\n")),
             f, Qt::AlignHCenter | Qt::AlignTop);
    }
    m_y += height;
}

}  // namespace gd::layout
