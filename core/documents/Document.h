#pragma once
// A printout as plain data: office header, title, paragraphs, tables and signature blocks.

#include "base/PrintText.h"

#include <QImage>
#include <QPageLayout>
#include <QPageSize>
#include <QStringList>
#include <variant>

namespace gd {

struct DocumentHeader {
    QString officeHi;
    QString officeEn;
    QString lgdCode;
    QString placeLine;  // block, district, state
    Bilingual title;
    QString subtitle;   // period, filters
    qreal titlePoints = 12;  // before the document's font scale (a poster's title is larger)
};

struct Paragraph {
    QString text;
    bool bold = false;
};

struct TableColumn {
    Bilingual header;
    qreal weight = 1.0;  // share of the table width
    Qt::Alignment alignment = Qt::AlignLeft;
};

struct Table {
    QList<TableColumn> columns;
    QList<QStringList> rows;
    QString attachmentName;  // the CSV file embedded in the PDF, e.g. "audit-log.csv"
    QStringList csvHeader;   // machine-readable headers for the CSV; the printed ones when empty
    QList<QStringList> csvRows;  // the CSV's rows, when not the printed ones (with csvHeader)
};

struct SignatureBlock {
    QList<Bilingual> signatories;  // "Secretary", "Pradhan"…
};

// A sheet of stick-on labels: each with a QR code of `code` and a few lines beside it.
struct FileLabel {
    QString code;
    QStringList lines;  // under the code: title, subject, year, retention
};

struct LabelSheet {
    QList<FileLabel> labels;
    int columns = 2;
    qreal heightMm = 42;
};

// A section's title, kept on the page with the start of what follows; optionally on a new page.
struct Heading {
    QString text;
    bool newPage = false;
};

// Small pictures in rows (evidence photos), each with a caption under it.
struct Thumbnail {
    QImage image;
    QString caption;
};

struct ThumbnailGrid {
    QList<Thumbnail> items;
    int columns = 4;
    qreal heightMm = 48;  // a cell: picture and caption
};

// The figures a report opens with, each in a box: the value large, what it is under it; red when it is late.
struct KeyFigure {
    QString value;
    QString label;
    bool alert = false;
};

struct KeyFigures {
    QList<KeyFigure> figures;
    int columns = 4;
};

// A small bar chart (one or two series side by side per label), with its title and, for two series, a legend.
struct BarChart {
    QString title;
    QStringList labels;               // under the bars
    QList<QList<double>> series;      // a value per label; a negative value: none
    QStringList seriesNames;          // the legend, when there are two series
    QString unit;                     // "%" keeps the scale at 0–100
};

// Charts in a row (two across an A4 page).
struct ChartRow {
    QList<BarChart> charts;
    qreal heightMm = 58;
};

// An organisation chart: boxes by level (a node under its parent), joined by lines; wide levels wrap into rows.
struct OrgNode {
    QString key;
    QString parent;  // empty, or a key not in the chart: a top box
    QString title;   // the post
    QString name;    // who holds it
};

struct OrgChart {
    QList<OrgNode> nodes;  // in the order they are shown within a level
    int perRow = 6;
};

using DocumentBlock = std::variant<Paragraph, Table, SignatureBlock, LabelSheet, Heading, ThumbnailGrid, KeyFigures, ChartRow,
                                   OrgChart>;

struct Document {
    QPageSize::PageSizeId pageSize = QPageSize::A4;
    QPageLayout::Orientation orientation = QPageLayout::Portrait;
    PrintLanguage language = PrintLanguage::Hindi;
    DocumentHeader header;
    QList<DocumentBlock> blocks;
    QString printedOn;  // dd-MM-yyyy, shown in the footer
    QString seal;       // the book's seal when it was printed ("1234:ABCD-EFGH-JKMN"), in the footer of every page
    qreal fontScale = 1.0;  // every text larger or smaller (a poster is read from across the room)
};

}  // namespace gd
