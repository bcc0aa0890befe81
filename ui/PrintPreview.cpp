#include "PrintPreview.h"
#include "FileDialogs.h"

#include "Messages.h"
#include "documents/DocumentRenderer.h"
#include "documents/PdfExport.h"

#include <QCoreApplication>
#include <QPrintPreviewDialog>
#include <QPaintEngine>
#include <QPrinter>
#include <QStandardPaths>

namespace gd::ui {

void previewDocument(QWidget *parent, const Document &document)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    dialog.resize(1000, 760);
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document, &dialog](QPrinter *p) { paintDocument(&dialog, document, p); });
    dialog.exec();
}

void paintDocument(QWidget *parent, const Document &document, QPrinter *printer)
{
    const bool preview = printer->paintEngine() && printer->paintEngine()->type() == QPaintEngine::Picture;
    if (!preview && printer->outputFormat() == QPrinter::PdfFormat && !printer->outputFileName().isEmpty()) {
        // The printer would write straight into the file it was given, whatever it is.
        if (auto written = PdfExport::write(document, printer->outputFileName()); !written)
            Messages::current().error(parent, QCoreApplication::translate("gd::ui::PrintPreview", "Print to file"),
                                      written.error().message);
        return;
    }
    (void)DocumentRenderer::render(document, *printer);
}

void saveDocumentAsPdf(QWidget *parent, const Document &document, const QString &suggestedName)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = FileDialogs::saveFile(parent, QCoreApplication::translate("gd::ui::PrintPreview", "Save as PDF"),
                                                      folder + u'/' + suggestedName,
                                                      QCoreApplication::translate("gd::ui::PrintPreview", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    auto written = PdfExport::write(document, path);
    if (!written)
        Messages::current().error(parent, QCoreApplication::translate("gd::ui::PrintPreview", "Save as PDF"),
                                  written.error().message);
}

}  // namespace gd::ui
