#pragma once
// Reading a printout back: a document written as a PDF and turned into text with poppler's pdftotext.

#include "documents/PdfExport.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

namespace gd::test {

inline QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(30000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Keeps a copy of `pdf` for a look by eye when GRAMDESK_KEEP_PDF names a folder.
inline void keepPdf(const Document &doc, const QString &pdf)
{
    if (const QString keep = qEnvironmentVariable("GRAMDESK_KEEP_PDF"); !keep.isEmpty()) {
        const QString name = QStringList{doc.header.title.en, doc.header.subtitle, PrintText::code(doc.language)}.join(u' ');
        QFile::remove(keep + u'/' + name + QStringLiteral(".pdf"));
        QFile::copy(pdf, keep + u'/' + name + QStringLiteral(".pdf"));
    }
}

// How many pages pdfinfo counts in a PDF (0 when it cannot read it).
inline int pdfPages(const QString &pdf)
{
    const QString info = run(QStringLiteral("pdfinfo"), {pdf});
    const qsizetype at = info.indexOf(QStringLiteral("Pages:"));
    return at < 0 ? 0 : info.mid(at + 6).section(u'\n', 0, 0).trimmed().toInt();
}

// The document written as a PDF and read back as text (kept for a look when GRAMDESK_KEEP_PDF names a folder).
inline QString pdfText(const Document &doc)
{
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("doc.pdf"));
    if (!PdfExport::write(doc, pdf).ok())
        return QString();
    keepPdf(doc, pdf);
    return run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
}

}  // namespace gd::test
