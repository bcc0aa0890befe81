#pragma once
// Shows a document in Qt's print preview (print from there) or saves it as a PDF.

#include "documents/Document.h"

class QWidget;

namespace gd::ui {

void previewDocument(QWidget *parent, const Document &document);
void saveDocumentAsPdf(QWidget *parent, const Document &document, const QString &suggestedName);

}  // namespace gd::ui
