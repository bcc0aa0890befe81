#pragma once
// Lays a Document out onto any paged device (QPdfWriter, QPrinter): headers, tables that break across
// pages with their header repeated, "page N of M", signature blocks.

#include "Document.h"
#include "base/Result.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace gd {

class DocumentRenderer {
    Q_DECLARE_TR_FUNCTIONS(gd::DocumentRenderer)
public:
    // Registers the bundled Noto fonts once; needs a QGuiApplication.
    static void loadFonts();
    // Returns the number of pages painted.
    static Result<int> render(const Document &document, QPagedPaintDevice &device);
    // How many pages the document takes (laid out on a PDF page of its size, nothing kept).
    static Result<int> pageCount(const Document &document);
};

}  // namespace gd
