#include "PageLayout.h"

#include <QFontMetricsF>
#include <QHash>
#include <QPagedPaintDevice>
#include <QSet>

namespace gd::layout {

void Layout::thumbnails(const ThumbnailGrid &grid)
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

void Layout::frame(const QRectF &r)
{
    line(r.left(), r.top(), r.right(), r.top());
    line(r.right(), r.top(), r.right(), r.bottom());
    line(r.right(), r.bottom(), r.left(), r.bottom());
    line(r.left(), r.bottom(), r.left(), r.top());
}

void Layout::keyFigures(const KeyFigures &k)
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

void Layout::charts(const ChartRow &row)
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

void Layout::chart(const BarChart &c, const QRectF &area)
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
    const QString maxText = c.unit == u"%" ? QStringLiteral("100%") : axisNumber(max, m_doc.language);
    const qreal axisWidth = sm.horizontalAdvance(maxText) + m_mm;
    const QRectF plot(area.left() + axisWidth, top + sm.height() / 2, area.width() - axisWidth,
                      area.bottom() - top - sm.height() * 1.5 - m_mm);
    // The scale: the top value and half of it, with light lines across.
    for (const double share : {0.0, 0.5, 1.0}) {
        const qreal y = plot.bottom() - plot.height() * share;
        line(plot.left(), y, plot.right(), y);
        const QString label = share == 0.0 ? QStringLiteral("0")
                              : c.unit == u"%" ? QString::number(int(100 * share)) + u'%'
                                               : axisNumber(max * share, m_doc.language);
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

QString Layout::axisNumber(double v, PrintLanguage language)
{
    const bool english = language == PrintLanguage::English;
    const auto shortened = [](double x) {
        QString s = QString::number(x, 'f', x >= 10 ? 0 : 1);
        if (s.endsWith(QStringLiteral(".0")))
            s.chop(2);
        return s;
    };
    if (v >= 10000000)
        return shortened(v / 10000000) + (english ? QStringLiteral(" crore") : QStringLiteral(" करोड़"));
    if (v >= 100000)
        return shortened(v / 100000) + (english ? QStringLiteral(" lakh") : QStringLiteral(" लाख"));
    if (v >= 1000)
        return shortened(v / 1000) + (english ? QStringLiteral("k") : QStringLiteral(" हज़ार"));
    return QString::number(v, 'f', 0);
}

void Layout::orgChart(const OrgChart &chart)
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

}  // namespace gd::layout
