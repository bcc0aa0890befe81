#pragma once
// CSV as spreadsheets read it: RFC 4180 quoting, UTF-8 with BOM, CRLF, and formula-safe cells.

#include <QByteArray>
#include <QStringList>

namespace gd::csv {

// One cell: quoted when needed; a leading = + - or @ gets a ' so that a spreadsheet never runs it.
QString cell(const QString &value);
QString row(const QStringList &cells);
// A whole file: BOM, header, rows, CRLF line ends.
QByteArray document(const QStringList &header, const QList<QStringList> &rows);

}  // namespace gd::csv
