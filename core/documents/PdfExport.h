#pragma once
// Writes a Document as a PDF file, with each table also embedded as a UTF-8 CSV attachment
// (text copied out of a PDF loses Devanagari conjuncts; the attachment does not).

#include "Document.h"
#include "base/Result.h"

#include <QCoreApplication>

namespace gd {

class PdfExport {
    Q_DECLARE_TR_FUNCTIONS(gd::PdfExport)
public:
    // Returns the number of pages.
    static Result<int> write(const Document &document, const QString &path);
    // The PDF bytes with files attached (name → contents), by an incremental update of the file.
    static Result<QByteArray> attachFiles(const QByteArray &pdf, const QList<QPair<QString, QByteArray>> &files);
    // The CSV attachments a document carries.
    static QList<QPair<QString, QByteArray>> tableAttachments(const Document &document);
};

}  // namespace gd
