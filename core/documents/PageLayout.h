#pragma once
// The layout pass of DocumentRenderer: a Document laid out into pages of things to paint, so that the paint pass
// knows the page count. PageLayout.cpp lays out the header, text, tables, labels and signatures; PageFigures.cpp
// the figures (key figures, bar charts, the organisation chart, thumbnails). Used by DocumentRenderer only.

#include "Document.h"

#include <QFont>
#include <QImage>
#include <QList>
#include <QRectF>

class QPagedPaintDevice;

namespace gd::layout {

// The translation context of the words the layout and the paint pass add ("Page %1 of %2", "No entries.").
inline const char *const kContext = "gd::Print";

// One thing to paint on a page.
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
    Layout(const Document &doc, QPagedPaintDevice &device);
    QList<Page> run();
    // A chart's scale: large sums in the Indian words, "7.4 लाख" and "1.2 करोड़" in Hindi (and in both languages),
    // "7.4 lakh" and "1.2 crore" in English; thousands as "12.5 हज़ार" / "12.5k".
    static QString axisNumber(double v, PrintLanguage language);

private:
    // `scaled`: the document's font scale applies (everything but the footer).
    QFont font(qreal points, bool bold = false, bool scaled = true) const;
    qreal textHeight(const QFont &f, qreal width, const QString &text) const;
    void add(Op op) { m_pages.last().append(std::move(op)); }
    void text(const QRectF &rect, const QString &s, const QFont &f, int flags);
    void line(qreal x1, qreal y1, qreal x2, qreal y2);
    void startPage();
    void ensure(qreal height);
    void paragraph(const Paragraph &p);
    void heading(const Heading &h);
    QList<qreal> columnWidths(const Table &t) const;

    // Draws one row of cells; returns its height. Rows taller than a page are cut at the page.
    qreal row(const QStringList &cells, const QList<qreal> &widths, const Table &t, const QFont &f, bool header);
    void tableHeader(const Table &t, const QList<qreal> &widths);
    void table(const Table &t);

    // Labels in rows of `columns`, each a cut-line box with the QR code on the left and the text beside it.
    void labels(const LabelSheet &sheet);
    void signatures(const SignatureBlock &s);

    // The figures (PageFigures.cpp).

    // Pictures in rows, each scaled into its cell (its shape kept) with the caption under it.
    void thumbnails(const ThumbnailGrid &grid);
    void frame(const QRectF &r);

    // Boxes in rows: the value large (red when late), what it is under it.
    void keyFigures(const KeyFigures &k);
    void charts(const ChartRow &row);
    void chart(const BarChart &c, const QRectF &area);

    // Levels from the top boxes down; each level in rows of at most `perRow` boxes on one grid, joined to their
    // parents by a line down from the parent, across just above the row, and down into each box. A line to a second
    // row of a level runs down a gap of the grid, never through a box.
    void orgChart(const OrgChart &chart);

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

}  // namespace gd::layout
