#include "ImportDialog.h"
#include "FileDialogs.h"

#include "../Messages.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFile>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressDialog>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gd::ui {

ImportDialog::ImportDialog(Workspace &workspace, const RegisterDef &def, QWidget *parent)
    : QDialog(parent), m_workspace(workspace), m_def(def)
{
    setObjectName(QStringLiteral("importDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_file = new QLabel(this);
    m_file->setObjectName(QStringLiteral("importFileLabel"));
    m_choose = new QPushButton(this);
    m_choose->setObjectName(QStringLiteral("chooseFileButton"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummaryLabel"));
    m_summary->setWordWrap(true);
    m_preview = new QTableWidget(this);
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    // A cell of the first rows can be corrected here (Hindi typing works in it); the file stays as it is.
    m_preview->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                               | QAbstractItemView::AnyKeyPressed);
    connect(m_preview, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling)
            return;
        m_changes.cells.insert({item->row(), item->column()}, item->text());
        // Checked again once the table is done with the item (the check fills the table anew).
        QMetaObject::invokeMethod(
            this,
            [this, row = item->row(), column = item->column()] {
                check();
                m_preview->setCurrentCell(row, column);
            },
            Qt::QueuedConnection);
    });
    m_convertLegacy = new QCheckBox(this);
    m_convertLegacy->setObjectName(QStringLiteral("convertLegacyCheck"));
    m_convertLegacy->setVisible(false);
    m_legacyFont = new QComboBox(this);
    m_legacyFont->setObjectName(QStringLiteral("legacyFontCombo"));
    for (LegacyFont f : LegacyText::fonts())
        m_legacyFont->addItem(LegacyText::name(f), int(f));
    m_legacyFont->setVisible(false);
    const auto chooseConversion = [this] {
        m_changes.legacy = m_convertLegacy->isChecked() ? LegacyFont(m_legacyFont->currentData().toInt())
                                                        : LegacyFont::None;
        check();
    };
    connect(m_convertLegacy, &QCheckBox::toggled, this, chooseConversion);
    connect(m_legacyFont, &QComboBox::currentIndexChanged, this, chooseConversion);
    m_problems = new QPlainTextEdit(this);
    m_problems->setObjectName(QStringLiteral("importProblemsText"));
    m_problems->setReadOnly(true);
    m_problems->setMaximumHeight(160);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_close = new QPushButton(this);
    m_close->setObjectName(QStringLiteral("closeButton"));
    auto *top = new QHBoxLayout;
    top->addWidget(m_choose);
    top->addWidget(m_file, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(top);
    layout->addWidget(m_summary);
    auto *legacy = new QHBoxLayout;
    legacy->addWidget(m_convertLegacy);
    legacy->addWidget(m_legacyFont);
    legacy->addStretch(1);
    layout->addLayout(legacy);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problems);
    layout->addLayout(buttons);
    connect(m_choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    resize(980, 640);
    retranslate();
}

void ImportDialog::chooseFile()
{
    const QString path = FileDialogs::openFile(this, tr("Choose a CSV file"), FileDialogs::documentsFolder(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        loadFile(path);
}

void ImportDialog::loadFile(const QString &path)
{
    m_path = path;
    m_checked = false;
    m_report = {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_bytes.clear();
        m_summary->setText(tr("%1 cannot be read (%2).").arg(QDir::toNativeSeparators(path), file.errorString()));
        m_import->setEnabled(false);
        return;
    }
    m_bytes = file.readAll();
    m_changes = {};
    {
        const QSignalBlocker quiet(m_convertLegacy);
        m_convertLegacy->setChecked(false);
    }
    check();
    m_original = m_report.preview;
    // Names typed in an old font are offered converted from the font they look typed in: the preview shows them as
    // they will be written.
    if (m_checked && !m_report.legacyColumns.isEmpty()) {
        const QSignalBlocker quiet(m_convertLegacy), quietFont(m_legacyFont);
        m_convertLegacy->setChecked(true);
        m_legacyFont->setCurrentIndex(m_legacyFont->findData(int(m_report.legacyFont)));
        m_changes.legacy = m_report.legacyFont;
        check();
    }
}

void ImportDialog::check()
{
    m_checked = false;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    auto report = CsvTransfer::importData(m_workspace.book(), m_workspace.user(), m_def, m_bytes,
                                          QFileInfo(m_path).fileName(), true, {}, m_changes);
    QApplication::restoreOverrideCursor();
    if (!report) {
        m_summary->setText(report.error().message);
        m_preview->clear();
        m_preview->setRowCount(0);
        m_problems->clear();
        m_convertLegacy->setVisible(false);
        m_legacyFont->setVisible(false);
        m_import->setEnabled(false);
        return;
    }
    m_report = report.value();
    m_checked = true;
    showReport();
}

void ImportDialog::showReport()
{
    m_file->setText(QDir::toNativeSeparators(m_path));
    if (!m_checked)
        return;
    const QString sep = m_report.separator == u'\t' ? tr("tab") : QString(m_report.separator);
    if (m_report.ok())
        m_summary->setText(tr("%1 rows read (%2, separated by %3); all are good. Import writes them all.")
                               .arg(m_report.rows)
                               .arg(m_report.encoding, sep));
    else
        m_summary->setText(tr("%1 rows read (%2, separated by %3); %4 problem(s) below. Nothing will be imported "
                              "until each is corrected, in the file or, in the first rows, here.")
                               .arg(m_report.rows)
                               .arg(m_report.encoding, sep)
                               .arg(m_report.problems.size()));
    if (!m_changes.cells.isEmpty())
        m_summary->setText(m_summary->text() + u' '
                           + tr("%n cell(s) corrected here (the file itself is unchanged).", nullptr,
                                int(m_changes.cells.size())));
    m_filling = true;
    m_preview->clear();
    m_preview->setColumnCount(int(m_report.header.size()));
    m_preview->setHorizontalHeaderLabels(m_report.header);
    m_preview->setRowCount(int(m_report.preview.size()));
    const QColor corrected = palette().color(QPalette::Highlight).lighter(185);
    for (int r = 0; r < m_report.preview.size(); ++r) {
        for (int c = 0; c < m_report.header.size(); ++c) {
            auto *item = new QTableWidgetItem(m_report.preview.at(r).value(c));
            if (m_changes.cells.contains({r, c})) {
                item->setBackground(corrected);
                item->setToolTip(tr("Corrected here; the file has: %1").arg(m_original.value(r).value(c)));
            }
            m_preview->setItem(r, c, item);
        }
    }
    m_preview->setToolTip(tr("Double-click a cell, or start typing in it, to correct it before importing."));
    m_filling = false;
    m_convertLegacy->setVisible(!m_report.legacyColumns.isEmpty());
    m_legacyFont->setVisible(!m_report.legacyColumns.isEmpty());
    m_legacyFont->setEnabled(m_convertLegacy->isChecked());
    m_convertLegacy->setText(tr("Convert the columns %1 to Unicode Hindi (\"jes'k dqekj\" is रमेश कुमार), typed in the font")
                                 .arg(m_report.legacyColumns.join(QStringLiteral(", "))));
    m_legacyFont->setToolTip(tr("KrutiDev 010 and Walkman Chanakya are typed on the same keys and draw a few letters "
                                "differently (फ, ऋ, द्ध); the names in the preview show whether the font is right."));
    m_problems->setPlainText(m_report.problems.join(u'\n'));
    m_problems->setVisible(!m_report.ok());
    m_import->setEnabled(m_report.ok() && m_report.rows > 0 && m_written == 0);
}

void ImportDialog::runImport()
{
    QProgressDialog progress(tr("Importing…"), tr("Stop"), 0, 1000, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(400);
    auto report = CsvTransfer::importData(m_workspace.book(), m_workspace.user(), m_def, m_bytes,
                                          QFileInfo(m_path).fileName(), false, [&](qint64 done, qint64 total) {
                                              progress.setValue(total > 0 ? int(done * 1000 / total) : 0);
                                              QApplication::processEvents();
                                              return !progress.wasCanceled();
                                          },
                                          m_changes);
    progress.setValue(1000);
    if (!report) {
        Messages::current().error(this, tr("Nothing was imported"), report.error().message);
        return;
    }
    m_report = report.value();
    if (!m_report.ok()) {
        showReport();
        return;
    }
    m_written = m_report.written;
    m_import->setEnabled(false);
    m_summary->setText(tr("Imported %1 rows into the %2.").arg(m_written).arg(Registers::title(m_def)));
}

void ImportDialog::retranslate()
{
    setWindowTitle(tr("Import into: %1").arg(Registers::title(m_def)));
    QStringList columns;
    for (const FieldDef &f : m_def.fields)
        if (f.source == FieldDef::Source::Input || (m_def.isMaster() && f.source == FieldDef::Source::Form))
            columns += f.required && f.defaultValue.isEmpty() ? f.key + u'*' : f.key;
    m_intro->setText(tr("A CSV file saved from a spreadsheet (UTF-8 or UTF-16; comma, semicolon or tab). The first "
                        "row names the columns: %1 (* required). Dates day first. All rows are imported, or none.")
                         .arg(columns.join(QStringLiteral(", "))));
    m_choose->setText(tr("&Choose file…"));
    m_import->setText(tr("&Import"));
    m_close->setText(tr("Close"));
    if (m_path.isEmpty())
        m_file->setText(tr("No file chosen yet."));
    else
        showReport();
}

void ImportDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

}  // namespace gd::ui
