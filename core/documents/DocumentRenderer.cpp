#include "DocumentRenderer.h"

#include <QBuffer>
#include <QFontDatabase>
#include <QPdfWriter>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QRegularExpression>
#include <QSet>
#include <memory>
#include <qrencode.h>

namespace gd {

namespace {

const char *const kContext = "gd::Print";

// One thing to paint on a page, recorded in the layout pass so the paint pass knows the page count.
struct Op {
    // Bar: a rectangle filled with the colour in `flags` (a QRgb); AlertText: text in red.
    enum Kind { Text, Line, Fill, PageNumber, Qr, Box, Image, Bar, AlertText } kind = Text;
    QRectF rect;
    QString text;
    QFont font;
    int flags = 0;
    QImage image;
};

using Page = QList<Op>;

class Layout {
public:
    Layout(const Document &doc, QPagedPaintDevice &device) : m_doc(doc), m_device(device)
    {
        const QRect paint = device.pageLayout().paintRectPixels(device.logicalDpiY());
        m_width = paint.width();
        m_height = paint.height();
        m_mm = device.logicalDpiY() / 25.4;
    }

    QList<Page> run()
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

private:
    // `scaled`: the document's font scale applies (everything but the footer).
    QFont font(qreal points, bool bold = false, bool scaled = true) const
    {
        QFont f;
        f.setFamilies({QStringLiteral("Noto Sans Devanagari"), QStringLiteral("Noto Sans")});
        f.setPointSizeF(points * (scaled ? m_doc.fontScale : 1.0));
        f.setBold(bold);
        return f;
    }

    qreal textHeight(const QFont &f, qreal width, const QString &text) const
    {
        const QFontMetricsF fm(f, &m_device);
        // Measured a little narrower than drawn: shaped Devanagari that just fits by the metrics may still wrap
        // when painted, and a row must never be shorter than its text.
        static const QRegularExpression plain(QStringLiteral("^[\\x{20}-\\x{7e}]*$"));
        if (plain.match(text).hasMatch() && fm.horizontalAdvance(text) <= width * 0.97)
            return fm.height();
        return fm.boundingRect(QRectF(0, 0, width * 0.97, 1e9), Qt::TextWordWrap, text).height();
    }

    void add(Op op) { m_pages.last().append(std::move(op)); }

    void text(const QRectF &rect, const QString &s, const QFont &f, int flags)
    {
        add(Op{Op::Text, rect, s, f, flags | Qt::TextWordWrap, {}});
    }

    void line(qreal x1, qreal y1, qreal x2, qreal y2)
    {
        add(Op{Op::Line, QRectF(QPointF(x1, y1), QPointF(x2, y2)), {}, {}, 0, {}});
    }

    void startPage()
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
        centred(PrintText::pick(h.title, lang), font(12, true));
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
        text(QRectF(0, fy, m_width * 0.6, fh), printed, footFont, Qt::AlignLeft | Qt::AlignVCenter);
        add(Op{Op::PageNumber, QRectF(m_width * 0.6, fy, m_width * 0.4, fh), {}, footFont,
               Qt::AlignRight | Qt::AlignVCenter, {}});
        m_bottom = fy - m_mm * 4;
    }

    void ensure(qreal height)
    {
        if (m_y + height > m_bottom)
            startPage();
    }

    void paragraph(const Paragraph &p)
    {
        const QFont f = font(10, p.bold);
        const qreal h = textHeight(f, m_width, p.text);
        ensure(h);
        text(QRectF(0, m_y, m_width, h), p.text, f, Qt::AlignLeft | Qt::AlignTop);
        m_y += h + m_mm * 2;
    }

    void heading(const Heading &h)
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

    // Pictures in rows, each scaled into its cell (its shape kept) with the caption under it.
    void thumbnails(const ThumbnailGrid &grid)
    {
        const int columns = std::max(1, grid.columns);
        const qreal w = m_width / columns;
        const qreal h = m_mm * grid.heightMm;
        const qreal pad = m_mm * 1.5;
        const QFont captionFont = font(7.5);
        const qreal captionHeight = QFontMetricsF(captionFont, &m_device).height() * 2;
        for (qsizetype i = 0; i < grid.items.size(); ++i) {
            const int column = int(i % columns);
            if (column == 0)
                ensure(h);
            const Thumbnail &t = grid.items.at(i);
            const qreal x = w * column;
            const QRectF cell(x + pad, m_y + pad, w - 2 * pad, h - 2 * pad - captionHeight);
            if (!t.image.isNull()) {
                const QSizeF fitted = QSizeF(t.image.size()).scaled(cell.size(), Qt::KeepAspectRatio);
                const QRectF place(cell.left() + (cell.width() - fitted.width()) / 2, cell.top(), fitted.width(), fitted.height());
                add(Op{Op::Image, place, {}, {}, 0, t.image});
            }
            add(Op{Op::Box, QRectF(x + pad / 2, m_y + pad / 2, w - pad, h - pad), {}, {}, 0, {}});
            text(QRectF(x + pad, cell.bottom() + pad / 2, w - 2 * pad, captionHeight), t.caption, captionFont,
                 Qt::AlignHCenter | Qt::AlignTop);
            if (column == columns - 1 || i == grid.items.size() - 1)
                m_y += h;
        }
        m_y += m_mm * 4;
    }

    void frame(const QRectF &r)
    {
        line(r.left(), r.top(), r.right(), r.top());
        line(r.right(), r.top(), r.right(), r.bottom());
        line(r.right(), r.bottom(), r.left(), r.bottom());
        line(r.left(), r.bottom(), r.left(), r.top());
    }

    // Boxes in rows: the value large (red when late), what it is under it.
    void keyFigures(const KeyFigures &k)
    {
        const int columns = std::max(1, k.columns);
        const qreal gap = m_mm * 3;
        const qreal w = (m_width - gap * (columns - 1)) / columns;
        const QFont valueFont = font(15, true);
        const QFont labelFont = font(8.5);
        const qreal pad = m_mm * 2;
        const qreal valueHeight = QFontMetricsF(valueFont, &m_device).height();
        qreal labelHeight = 0;
        for (const KeyFigure &f : k.figures)
            labelHeight = std::max(labelHeight, textHeight(labelFont, w - 2 * pad, f.label));
        const qreal h = valueHeight + labelHeight + 2 * pad + m_mm;
        for (qsizetype i = 0; i < k.figures.size(); ++i) {
            const int column = int(i % columns);
            if (column == 0) {
                if (i > 0)
                    m_y += h + gap;
                ensure(h);
            }
            const KeyFigure &f = k.figures.at(i);
            const QRectF box(column * (w + gap), m_y, w, h);
            add(Op{Op::Fill, box, {}, {}, 0, {}});
            frame(box);
            add(Op{f.alert ? Op::AlertText : Op::Text, QRectF(box.left() + pad, box.top() + pad, w - 2 * pad, valueHeight), f.value,
                   valueFont, int(Qt::AlignLeft | Qt::AlignVCenter), {}});
            text(QRectF(box.left() + pad, box.top() + pad + valueHeight + m_mm, w - 2 * pad, labelHeight), f.label, labelFont,
                 Qt::AlignLeft | Qt::AlignTop);
        }
        if (!k.figures.isEmpty())
            m_y += h;
        m_y += m_mm * 5;
    }

    void charts(const ChartRow &row)
    {
        if (row.charts.isEmpty())
            return;
        const qreal gap = m_mm * 6;
        const qreal h = m_mm * row.heightMm;
        const qreal w = (m_width - gap * (row.charts.size() - 1)) / row.charts.size();
        ensure(h);
        for (qsizetype i = 0; i < row.charts.size(); ++i)
            chart(row.charts.at(i), QRectF(i * (w + gap), m_y, w, h));
        m_y += h + m_mm * 5;
    }

    void chart(const BarChart &c, const QRectF &area)
    {
        static const QRgb colours[] = {qRgb(38, 84, 150), qRgb(222, 128, 40)};
        const QFont titleFont = font(9, true);
        const QFont small = font(6.5);
        const QFontMetricsF sm(small, &m_device);
        const qreal titleHeight = textHeight(titleFont, area.width(), c.title);
        text(QRectF(area.left(), area.top(), area.width(), titleHeight), c.title, titleFont, Qt::AlignLeft | Qt::AlignTop);
        qreal top = area.top() + titleHeight + m_mm * 1.5;
        // The legend, for two series: a swatch and the name of each.
        if (c.series.size() > 1) {
            qreal x = area.left();
            for (qsizetype s = 0; s < c.series.size() && s < 2; ++s) {
                add(Op{Op::Bar, QRectF(x, top + sm.height() * 0.2, sm.height() * 0.6, sm.height() * 0.6), {}, {}, int(colours[s]), {}});
                const QString name = c.seriesNames.value(s);
                const qreal nameWidth = sm.horizontalAdvance(name) + m_mm;
                text(QRectF(x + sm.height(), top, nameWidth, sm.height()), name, small, Qt::AlignLeft | Qt::AlignVCenter);
                x += sm.height() + nameWidth + m_mm * 4;
            }
            top += sm.height() + m_mm;
        }
        double max = c.unit == u"%" ? 100.0 : 0.0;
        for (const QList<double> &s : c.series)
            for (double v : s)
                max = std::max(max, v);
        if (max < 2)
            max = 2;  // an empty or nearly empty chart still has a whole-number scale: 0, 1, 2
        const QString maxText = c.unit == u"%" ? QStringLiteral("100%") : axisNumber(max);
        const qreal axisWidth = sm.horizontalAdvance(maxText) + m_mm;
        const QRectF plot(area.left() + axisWidth, top + sm.height() / 2, area.width() - axisWidth,
                          area.bottom() - top - sm.height() * 1.5 - m_mm);
        // The scale: the top value and half of it, with light lines across.
        for (const double share : {0.0, 0.5, 1.0}) {
            const qreal y = plot.bottom() - plot.height() * share;
            line(plot.left(), y, plot.right(), y);
            const QString label = share == 0.0 ? QStringLiteral("0")
                                  : c.unit == u"%" ? QString::number(int(100 * share)) + u'%'
                                                   : axisNumber(max * share);
            text(QRectF(area.left(), y - sm.height() / 2, axisWidth - m_mm * 0.5, sm.height()), label, small,
                 Qt::AlignRight | Qt::AlignVCenter);
        }
        const qsizetype n = std::max<qsizetype>(1, c.labels.size());
        const qreal group = plot.width() / n;
        const qsizetype seriesCount = std::max<qsizetype>(1, std::min<qsizetype>(2, c.series.size()));
        const qreal barWidth = group * 0.7 / seriesCount;
        for (qsizetype i = 0; i < c.labels.size(); ++i) {
            const qreal gx = plot.left() + group * i;
            for (qsizetype s = 0; s < seriesCount && s < c.series.size(); ++s) {
                const double v = c.series.at(s).value(i, -1);
                if (v < 0)
                    continue;
                const qreal bh = plot.height() * std::min(1.0, v / max);
                add(Op{Op::Bar, QRectF(gx + group * 0.15 + barWidth * s, plot.bottom() - bh, barWidth, bh), {}, {}, int(colours[s]), {}});
            }
            text(QRectF(gx, plot.bottom() + m_mm * 0.5, group, sm.height()), c.labels.at(i), small, Qt::AlignHCenter | Qt::AlignTop);
        }
    }

    // Levels from the top boxes down; each level in rows of at most `perRow` boxes on one grid, joined to their
    // parents by a line down from the parent, across just above the row, and down into each box. A line to a second
    // row of a level runs down a gap of the grid, never through a box.
    void orgChart(const OrgChart &chart)
    {
        QHash<QString, int> index;
        for (qsizetype i = 0; i < chart.nodes.size(); ++i)
            index.insert(chart.nodes.at(i).key, int(i));
        QList<QList<int>> levels;
        QList<int> current;
        for (qsizetype i = 0; i < chart.nodes.size(); ++i)
            if (!index.contains(chart.nodes.at(i).parent) || chart.nodes.at(i).parent == chart.nodes.at(i).key)
                current += int(i);
        QSet<int> placed(current.begin(), current.end());
        while (!current.isEmpty()) {
            levels += current;
            QList<int> next;
            for (const int parent : current)
                for (qsizetype i = 0; i < chart.nodes.size(); ++i)
                    if (!placed.contains(int(i)) && chart.nodes.at(i).parent == chart.nodes.at(parent).key) {
                        next += int(i);
                        placed.insert(int(i));
                    }
            current = next;
        }
        const int perRow = std::max(1, chart.perRow);
        const qreal gapX = m_mm * 4;
        const qreal gapY = m_mm * 9;
        const qreal w = (m_width - gapX * (perRow - 1)) / perRow;
        const QFont titleFont = font(9, true);
        const QFont nameFont = font(9);
        const qreal pad = m_mm * 1.5;
        QHash<int, QRectF> boxes;
        for (const QList<int> &level : levels) {
            for (qsizetype start = 0; start < level.size(); start += perRow) {
                const QList<int> row = level.mid(start, perRow);
                qreal h = 0;
                for (const int i : row)
                    h = std::max(h, textHeight(titleFont, w - 2 * pad, chart.nodes.at(i).title)
                                        + textHeight(nameFont, w - 2 * pad, chart.nodes.at(i).name) + 2 * pad);
                if (!boxes.isEmpty())
                    m_y += gapY;
                if (m_y + h > m_bottom) {
                    startPage();
                }
                const qreal rowWidth = row.size() * w + (row.size() - 1) * gapX;
                const qreal left = (m_width - rowWidth) / 2;
                const qreal fullLeft = (m_width - (std::min<qsizetype>(level.size(), perRow) * w
                                                   + (std::min<qsizetype>(level.size(), perRow) - 1) * gapX)) / 2;
                for (qsizetype k = 0; k < row.size(); ++k) {
                    const int i = row.at(k);
                    // Later rows of a level stand on the first row's grid, so the gaps line up.
                    const qreal x = (start == 0 ? left : fullLeft) + k * (w + gapX);
                    const QRectF box(x, m_y, w, h);
                    boxes.insert(i, box);
                    add(Op{Op::Fill, box, {}, {}, 0, {}});
                    frame(box);
                    const OrgNode &node = chart.nodes.at(i);
                    const qreal th = textHeight(titleFont, w - 2 * pad, node.title);
                    text(QRectF(x + pad, m_y + pad, w - 2 * pad, th), node.title, titleFont, Qt::AlignHCenter | Qt::AlignTop);
                    text(QRectF(x + pad, m_y + pad + th, w - 2 * pad, h - 2 * pad - th), node.name, nameFont, Qt::AlignHCenter | Qt::AlignTop);
                    // The line from the parent, if the parent is on this page above.
                    if (const auto p = boxes.find(index.value(node.parent, -1)); p != boxes.end() && p->bottom() < m_y) {
                        const qreal busY = m_y - gapY / 2;
                        const qreal px = p->center().x();
                        if (busY - (p->bottom() + gapY / 2) < 1) {
                            line(px, p->bottom(), px, busY);
                            line(px, busY, box.center().x(), busY);
                        } else {
                            // Rows in between are full rows of the page-wide grid: down a little, along to the nearest
                            // gap of that grid, down the gap, along to the box.
                            const qreal parentBus = p->bottom() + gapY / 3;
                            qreal gap = w + gapX / 2;
                            for (int c = 1; c < perRow; ++c) {
                                const qreal g = c * (w + gapX) - gapX / 2;
                                if (std::abs(g - px) < std::abs(gap - px))
                                    gap = g;
                            }
                            line(px, p->bottom(), px, parentBus);
                            line(px, parentBus, gap, parentBus);
                            line(gap, parentBus, gap, busY);
                            line(gap, busY, box.center().x(), busY);
                        }
                        line(box.center().x(), busY, box.center().x(), m_y);
                    }
                }
                m_y += h;
            }
        }
        m_y += m_mm * 5;
    }

    static QString axisNumber(double v)
    {
        // Large sums shortened: 12,500 → 12.5k; 2,50,000 → 2.5L (lakh).
        if (v >= 100000)
            return QString::number(v / 100000, 'f', v >= 1000000 ? 0 : 1) + u'L';
        if (v >= 1000)
            return QString::number(v / 1000, 'f', v >= 10000 ? 0 : 1) + u'k';
        return QString::number(v, 'f', 0);
    }

    QList<qreal> columnWidths(const Table &t) const
    {
        qreal total = 0;
        for (const TableColumn &c : t.columns)
            total += c.weight;
        QList<qreal> widths;
        for (const TableColumn &c : t.columns)
            widths += m_width * c.weight / (total > 0 ? total : 1);
        return widths;
    }

    // Draws one row of cells; returns its height. Rows taller than a page are cut at the page.
    qreal row(const QStringList &cells, const QList<qreal> &widths, const Table &t, const QFont &f, bool header)
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

    void tableHeader(const Table &t, const QList<qreal> &widths)
    {
        QStringList names;
        for (const TableColumn &c : t.columns)
            names += PrintText::pick(c.header, m_doc.language, QStringLiteral("\n"));
        row(names, widths, t, font(8.5, true), true);
    }

    void table(const Table &t)
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

    // Labels in rows of `columns`, each a cut-line box with the QR code on the left and the text beside it.
    void labels(const LabelSheet &sheet)
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

    void signatures(const SignatureBlock &s)
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

    const Document &m_doc;
    QPagedPaintDevice &m_device;
    qreal m_width = 0;
    qreal m_height = 0;
    qreal m_mm = 1;
    qreal m_y = 0;
    qreal m_top = 0;  // where a page's content begins, under the header
    qreal m_bottom = 0;
    QList<Page> m_pages;
};

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
