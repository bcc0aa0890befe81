#include "PdfExport.h"

#include "base/Csv.h"
#include "DocumentRenderer.h"
#include "storage/OutputFile.h"

#include <QBuffer>
#include <QDir>
#include <QPdfWriter>
#include <QRegularExpression>

namespace gd {

namespace {

// PDF literal strings need \, ( and ) escaped; names here are ASCII.
QByteArray pdfString(const QString &s)
{
    QByteArray out = s.toLatin1();
    out.replace('\\', "\\\\").replace('(', "\\(").replace(')', "\\)");
    return '(' + out + ')';
}

}  // namespace

QList<QPair<QString, QByteArray>> PdfExport::tableAttachments(const Document &document)
{
    QList<QPair<QString, QByteArray>> files;
    int n = 0;
    for (const DocumentBlock &block : document.blocks) {
        const auto *t = std::get_if<Table>(&block);
        if (!t)
            continue;
        ++n;
        QStringList header = t->csvHeader;
        if (header.isEmpty()) {
            for (const TableColumn &c : t->columns)
                header += PrintText::pick(c.header, document.language);
        }
        QString name = t->attachmentName.isEmpty() ? QStringLiteral("table-%1.csv").arg(n) : t->attachmentName;
        files.append({name, csv::document(header, t->csvRows.isEmpty() ? t->rows : t->csvRows)});
    }
    return files;
}

Result<QByteArray> PdfExport::attachFiles(const QByteArray &pdf, const QList<QPair<QString, QByteArray>> &files)
{
    if (files.isEmpty())
        return pdf;
    const auto malformed = makeError(ErrorCode::Storage, tr("The PDF could not be completed (unexpected structure)."));
    const qsizetype startxrefPos = pdf.lastIndexOf("startxref");
    const qsizetype trailerPos = pdf.lastIndexOf("trailer");
    if (startxrefPos < 0 || trailerPos < 0 || trailerPos > startxrefPos)
        return malformed;
    const QByteArray trailer = pdf.mid(trailerPos, startxrefPos - trailerPos);
    const QByteArray tail = pdf.mid(startxrefPos + 9).trimmed();
    bool okXref = false;
    const qint64 prevXref = tail.left(tail.indexOf('\n') < 0 ? tail.size() : tail.indexOf('\n')).trimmed().toLongLong(&okXref);
    static const QRegularExpression sizeRe(QStringLiteral("/Size\\s+(\\d+)"));
    static const QRegularExpression rootRe(QStringLiteral("/Root\\s+(\\d+)\\s+0\\s+R"));
    static const QRegularExpression infoRe(QStringLiteral("/Info\\s+(\\d+)\\s+0\\s+R"));
    const QString trailerText = QString::fromLatin1(trailer);
    const auto size = sizeRe.match(trailerText);
    const auto root = rootRe.match(trailerText);
    if (!okXref || !size.hasMatch() || !root.hasMatch())
        return malformed;
    const int rootObj = root.captured(1).toInt();
    int nextObj = size.captured(1).toInt();

    // The catalog's dictionary, to be rewritten with a /Names entry.
    const QByteArray objHead = QByteArray::number(rootObj) + " 0 obj";
    qsizetype objPos = -1;
    for (qsizetype from = 0; (from = pdf.indexOf(objHead, from)) >= 0; from += objHead.size()) {
        if (from == 0 || pdf.at(from - 1) == '\n' || pdf.at(from - 1) == '\r')
            objPos = from;
    }
    if (objPos < 0)
        return malformed;
    const qsizetype dictStart = pdf.indexOf("<<", objPos);
    const qsizetype endObj = pdf.indexOf("endobj", objPos);
    const qsizetype dictEnd = pdf.lastIndexOf(">>", endObj);
    if (dictStart < 0 || endObj < 0 || dictEnd < dictStart || pdf.mid(dictStart, dictEnd - dictStart).contains("/Names"))
        return malformed;
    const QByteArray catalogBody = pdf.mid(dictStart + 2, dictEnd - dictStart - 2);

    QByteArray out = pdf;
    if (!out.endsWith('\n'))
        out += '\n';
    QList<QPair<int, qsizetype>> offsets;
    QByteArray namesArray;
    for (const auto &[name, data] : files) {
        const int streamObj = nextObj++;
        const int specObj = nextObj++;
        offsets.append({streamObj, out.size()});
        out += QByteArray::number(streamObj) + " 0 obj\n<< /Type /EmbeddedFile /Subtype /text#2Fcsv /Length "
            + QByteArray::number(data.size()) + " /Params << /Size " + QByteArray::number(data.size())
            + " >> >>\nstream\n" + data + "\nendstream\nendobj\n";
        offsets.append({specObj, out.size()});
        out += QByteArray::number(specObj) + " 0 obj\n<< /Type /Filespec /F " + pdfString(name) + " /UF "
            + pdfString(name) + " /EF << /F " + QByteArray::number(streamObj) + " 0 R >> >>\nendobj\n";
        namesArray += pdfString(name) + ' ' + QByteArray::number(specObj) + " 0 R ";
    }
    offsets.append({rootObj, out.size()});
    out += QByteArray::number(rootObj) + " 0 obj\n<<" + catalogBody + "/Names << /EmbeddedFiles << /Names [ "
        + namesArray + "] >> >>\n>>\nendobj\n";

    std::sort(offsets.begin(), offsets.end());
    const qsizetype xrefPos = out.size();
    out += "xref\n";
    for (const auto &[obj, offset] : offsets) {
        out += QByteArray::number(obj) + " 1\n";
        out += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    }
    const auto info = infoRe.match(trailerText);
    out += "trailer\n<< /Size " + QByteArray::number(nextObj) + " /Root " + QByteArray::number(rootObj) + " 0 R";
    if (info.hasMatch())
        out += " /Info " + info.captured(1).toLatin1() + " 0 R";
    out += " /Prev " + QByteArray::number(prevXref) + " >>\nstartxref\n" + QByteArray::number(xrefPos) + "\n%%EOF\n";
    return out;
}

Result<int> PdfExport::write(const Document &document, const QString &path)
{
    QByteArray bytes;
    int pages = 0;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QPdfWriter writer(&buffer);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("GramDesk"));
        writer.setTitle(PrintText::pick(document.header.title, document.language));
        auto rendered = DocumentRenderer::render(document, writer);
        if (!rendered)
            return rendered.error();
        pages = rendered.value();
    }
    auto withFiles = attachFiles(bytes, tableAttachments(document));
    if (!withFiles)
        return withFiles.error();
    if (auto written = OutputFile::write(path, withFiles.value()); !written)
        return written.error();
    return pages;
}

}  // namespace gd
