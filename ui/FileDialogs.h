#pragma once
// File dialogs that never open a file to show it. Qt's own file model reads each file of a folder to name its type
// (and its platform's dialogs do the same to choose an icon); in the folder that holds the book that means opening and
// closing the book, its -wal and its -shm. GramDesk's dialogs name types and choose icons from names alone, and every
// dialog Qt makes for GramDesk (the print dialog's output file box, the preview's print dialog) gets the same once
// it shows.

#include <QCoreApplication>
#include <QFileDialog>
#include <memory>

class QAbstractFileIconProvider;

namespace gd::ui {

class FileDialogs {
    Q_DECLARE_TR_FUNCTIONS(gd::ui::FileDialogs)
public:
    enum class Kind { OpenFile, SaveFile, Folder };

    // Where the office's files go and come from: the user's Documents folder (made when missing), else home.
    static QString documentsFolder();
    static QString openFile(QWidget *parent, const QString &caption, const QString &start, const QString &filter);
    static QString saveFile(QWidget *parent, const QString &caption, const QString &suggested, const QString &filter);
    static QString folder(QWidget *parent, const QString &caption, const QString &start = {});

    // The dialog those run, not yet shown (for tests).
    static std::unique_ptr<QFileDialog> make(QWidget *parent, Kind kind, const QString &caption, const QString &start,
                                             const QString &filter = {});

    // Names types and chooses icons without reading files.
    static QAbstractFileIconProvider *namesOnly();

    // From now on every window of the program that shows a file model (Qt's own dialogs too) gets namesOnly, and
    // Qt's file dialogs are its own rather than the platform's.
    static void guardApplication();
};

}  // namespace gd::ui
