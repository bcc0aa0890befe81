#include "FileDialogs.h"

#include <QAbstractFileIconProvider>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QStandardPaths>
#include <QStyle>

namespace gd::ui {

namespace {

class NamesOnly final : public QAbstractFileIconProvider {
public:
    QIcon icon(IconType type) const override
    {
        switch (type) {
        case Folder:
        case Desktop:
        case Trashcan:
        case Network:
            return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        case Drive:
            return QApplication::style()->standardIcon(QStyle::SP_DriveHDIcon);
        case Computer:
            return QApplication::style()->standardIcon(QStyle::SP_ComputerIcon);
        case File:
            break;
        }
        return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    }
    QIcon icon(const QFileInfo &info) const override { return icon(info.isDir() ? Folder : File); }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return FileDialogs::tr("Folder");
        const QString suffix = info.suffix();
        return suffix.isEmpty() ? FileDialogs::tr("File") : FileDialogs::tr("%1 file").arg(suffix.toUpper());
    }
};

// Gives every file model of a window that shows namesOnly.
class Guard final : public QObject {
public:
    using QObject::QObject;
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // Windows only: every widget of a window shown gets a Show event, and its models are found from the window.
        if (event->type() == QEvent::Show && watched->isWidgetType() && static_cast<QWidget *>(watched)->isWindow()) {
            for (QFileSystemModel *model : watched->findChildren<QFileSystemModel *>()) {
                if (model->iconProvider() != FileDialogs::namesOnly())
                    model->setIconProvider(FileDialogs::namesOnly());
            }
        }
        return QObject::eventFilter(watched, event);
    }
};

}  // namespace

QAbstractFileIconProvider *FileDialogs::namesOnly()
{
    static NamesOnly provider;
    return &provider;
}

void FileDialogs::guardApplication()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
    static Guard *guard = nullptr;
    if (!guard) {
        guard = new Guard(qApp);
        qApp->installEventFilter(guard);
    }
}

QString FileDialogs::documentsFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QDir().mkpath(documents))
        return documents;
    return QDir::homePath();
}

std::unique_ptr<QFileDialog> FileDialogs::make(QWidget *parent, Kind kind, const QString &caption, const QString &start,
                                               const QString &filter)
{
    // Opened at the root first: its model starts reading at once, before it can be given namesOnly.
    auto dialog = std::make_unique<QFileDialog>(parent, caption, QDir::rootPath(), filter);
    dialog->setOption(QFileDialog::DontUseNativeDialog);
    dialog->setIconProvider(namesOnly());
    switch (kind) {
    case Kind::OpenFile:
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::ExistingFile);
        break;
    case Kind::SaveFile:
        dialog->setAcceptMode(QFileDialog::AcceptSave);
        dialog->setFileMode(QFileDialog::AnyFile);
        break;
    case Kind::Folder:
        dialog->setAcceptMode(QFileDialog::AcceptOpen);
        dialog->setFileMode(QFileDialog::Directory);
        dialog->setOption(QFileDialog::ShowDirsOnly);
        break;
    }
    const QFileInfo at(start.isEmpty() ? documentsFolder() : start);
    if (at.isDir()) {
        dialog->setDirectory(at.absoluteFilePath());
    } else {
        dialog->setDirectory(at.absolutePath());
        dialog->selectFile(at.fileName());
    }
    return dialog;
}

namespace {

QString chosen(std::unique_ptr<QFileDialog> dialog)
{
    if (dialog->exec() != QDialog::Accepted)
        return {};
    return dialog->selectedFiles().value(0);
}

}  // namespace

QString FileDialogs::openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    return chosen(make(parent, Kind::OpenFile, caption, start, filter));
}

QString FileDialogs::saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter)
{
    return chosen(make(parent, Kind::SaveFile, caption, suggested, filter));
}

QString FileDialogs::folder(QWidget *parent, const QString &caption, const QString &start)
{
    return chosen(make(parent, Kind::Folder, caption, start));
}

}  // namespace gd::ui
