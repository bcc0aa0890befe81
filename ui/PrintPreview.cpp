#include "PrintPreview.h"
#include "FileDialogs.h"

#include "Messages.h"
#include "documents/DocumentRenderer.h"
#include "documents/PdfExport.h"

#include <QCoreApplication>
#include <QDir>
#include <QScreen>
#include <QRegularExpression>
#include <QPrintPreviewDialog>
#include <QPaintEngine>
#include <QPrinter>
#include <QStandardPaths>

namespace gd::ui {

void previewDocument(QWidget *parent, const Document &document)
{
    QPrinter printer(QPrinter::HighResolution);
    // Printed to a file, it goes to the Documents folder under the printout's title (Qt's print dialog offers the
    // working folder, when it is in the home folder, and the document's name).
    QString name = PrintText::pick(document.header.title, document.language == PrintLanguage::English ? PrintLanguage::English
                                                                                                        : PrintLanguage::Hindi);
    name.replace(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|]+")), QStringLiteral("-"));
    printer.setDocName(name.simplified() + u' ' + document.printedOn);
    const QString working = QDir::currentPath();
    QDir::setCurrent(FileDialogs::documentsFolder());
    QPrintPreviewDialog dialog(&printer, parent);
    dialog.setObjectName(QStringLiteral("printPreviewDialog"));
    // As large as the screen leaves room for, up to 1000×760.
    const QRect room = (parent && parent->screen()) ? parent->screen()->availableGeometry() : QRect(0, 0, 1000, 760);
    dialog.resize(std::min(1000, room.width()), std::min(760, room.height() - 40));
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog,
                     [&document, &dialog](QPrinter *p) { paintDocument(&dialog, document, p); });
    dialog.exec();
    QDir::setCurrent(working);
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
    const QString folder = FileDialogs::documentsFolder();
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
