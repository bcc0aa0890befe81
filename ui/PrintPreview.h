#pragma once
// Shows a document in Qt's print preview (print from there) or saves it as a PDF.

#include "documents/Document.h"

class QPrinter;
class QWidget;

namespace gd::ui {

void previewDocument(QWidget *parent, const Document &document);
// What the preview does when asked to paint: draws the document for the preview or a printer; a printer set to
// write a PDF file gets it written as "Save as PDF" writes one (through a temporary file, never over the book).
void paintDocument(QWidget *parent, const Document &document, QPrinter *printer);
void saveDocumentAsPdf(QWidget *parent, const Document &document, const QString &suggestedName);

}  // namespace gd::ui
