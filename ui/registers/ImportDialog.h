#pragma once
// Import a CSV file into a register: choose the file, see its first rows and every problem, then import
// all of it or nothing, with progress for long files.

#include "registers/CsvTransfer.h"
#include "../Workspace.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QCheckBox;
class QComboBox;
class QPushButton;
class QTableWidget;

namespace gd::ui {

class ImportDialog : public QDialog {
    Q_OBJECT
public:
    ImportDialog(Workspace &workspace, const RegisterDef &def, QWidget *parent = nullptr);
    // Checks a file as if chosen in the file dialog (tests call this directly).
    void loadFile(const QString &path);
    int written() const { return m_written; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void chooseFile();
    void runImport();
    void retranslate();
    void showReport();
    // Reads and checks the file (a dry run) as the font choice stands.
    void check();

    Workspace &m_workspace;
    const RegisterDef &m_def;
    QString m_path;
    QByteArray m_bytes;
    ImportReport m_report;
    bool m_checked = false;
    int m_written = 0;
    QLabel *m_intro;
    QLabel *m_file;
    QLabel *m_summary;
    QTableWidget *m_preview;
    QPlainTextEdit *m_problems;
    QCheckBox *m_convertLegacy;  // shown when text columns look typed in an old Hindi font
    QComboBox *m_legacyFont;     // which: KrutiDev 010 or Walkman Chanakya
    ImportChanges m_changes;  // the font conversion chosen and the cells corrected in the preview
    QList<QStringList> m_original;  // the first rows as the file has them
    bool m_filling = false;   // the preview is being filled (its changes are not the clerk's)
    QPushButton *m_choose;
    QPushButton *m_import;
    QPushButton *m_close;
};

}  // namespace gd::ui
