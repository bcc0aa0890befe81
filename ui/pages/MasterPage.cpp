#include "MasterPage.h"
#include "FileDialogs.h"
#include "storage/OutputFile.h"

#include "../ColumnFit.h"
#include "../Messages.h"
#include "../RowsModel.h"
#include "../registers/ImportDialog.h"
#include "base/Dates.h"

#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QList<const char *> headers(const RegisterDef &def, const ExtraColumns &extra)
{
    QList<const char *> out;
    for (const FieldDef &f : def.fields)
        out += f.label;
    const qsizetype at = extra.at < 0 ? out.size() : std::min<qsizetype>(extra.at, out.size());
    for (qsizetype i = 0; i < extra.headers.size(); ++i)
        out.insert(at + i, extra.headers.at(i));
    return out;
}

}  // namespace

MasterPage::MasterPage(Workspace &workspace, const RegisterDef &def, QWidget *parent, ExtraColumns extra)
    : Page(workspace, parent), m_def(def), m_extra(std::move(extra))
{
    setObjectName(QString(def.id).remove(u'-') + QStringLiteral("Page"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_model = new RowsModel("gd::Fields", headers(def, m_extra), this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("masterTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table, &QTableView::doubleClicked, this, [this](const QModelIndex &i) { editRow(i.row()); });
    m_new = new QPushButton(this);
    m_new->setObjectName(QStringLiteral("newRowButton"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editRowButton"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeRowButton"));
    m_remove->setVisible(def.rowsRemovable);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importCsvButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("masterMessageLabel"));
    auto *bar = m_bar = new QHBoxLayout;
    bar->addWidget(m_new);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    bar->addWidget(m_message, 1);
    bar->addWidget(m_import);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    connect(m_new, &QPushButton::clicked, this, [this] { editRow(-1); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRow(m_table->currentIndex().row()); });
    connect(m_remove, &QPushButton::clicked, this, &MasterPage::removeSelected);
    auto *newShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    newShortcut->setEnabled(false);  // enabled while the page is in view
    newShortcut->setContext(Qt::WindowShortcut);
    connect(newShortcut, &QShortcut::activated, this, [this] { editRow(-1); });
    auto *editShortcut = new QShortcut(QKeySequence(Qt::Key_F2), this);
    editShortcut->setEnabled(false);  // enabled while the page is in view
    editShortcut->setContext(Qt::WindowShortcut);
    connect(editShortcut, &QShortcut::activated, this, [this] { editRow(m_table->currentIndex().row()); });
    connect(m_import, &QPushButton::clicked, this, [this] {
        ImportDialog dialog(this->workspace(), m_def, this);
        dialog.exec();
        if (dialog.written() > 0)
            refresh();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(this, tr("Export as CSV"),
                                                          QDir(FileDialogs::documentsFolder()).filePath(m_def.id + QStringLiteral(".csv")),
                                                          tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        auto bytes = CsvTransfer::exportData(this->workspace().book(), this->workspace().user(), m_def, {}, {});
        const Status written = bytes ? OutputFile::write(path, bytes.value()) : Status(bytes.error());
        if (!written) {
            Messages::current().error(this, tr("Export failed"), written.error().message);
            return;
        }
        m_message->setText(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
    });
    retranslate();
    refreshWhenShown();
}

void MasterPage::retranslate()
{
    m_intro->setText(m_def.intro ? QCoreApplication::translate("gd::Fields", m_def.intro) : QString());
    m_new->setText(tr("&New (Ctrl+N)"));
    m_edit->setText(tr("&Change (F2)"));
    m_remove->setText(tr("&Remove"));
    m_import->setText(tr("&Import CSV…"));
    m_export->setText(tr("&Export CSV…"));
    for (const auto &[button, source] : m_prints)
        button->setText(tr(source));
    m_model->retranslate();
}

QPushButton *MasterPage::addPrintAction(const QString &objectName, const char *textSource, const std::function<void()> &print,
                                        const QKeySequence &key)
{
    auto *button = new QPushButton(tr(textSource), this);
    button->setObjectName(objectName);
    m_bar->insertWidget(m_bar->indexOf(m_remove) + 1 + int(m_prints.size()), button);
    m_prints.append({button, textSource});
    connect(button, &QPushButton::clicked, this, print);
    auto *shortcut = new QShortcut(key, this);
    shortcut->setEnabled(isVisible());  // enabled while the page is in view
    shortcut->setContext(Qt::WindowShortcut);
    connect(shortcut, &QShortcut::activated, this, print);
    return button;
}

void MasterPage::refresh()
{
    const bool edit = workspace().may(Right::EditSettings);
    m_new->setEnabled(edit);
    m_edit->setEnabled(edit);
    m_remove->setEnabled(edit);
    m_import->setEnabled(edit);
    auto rows = MasterStore(workspace().book(), m_def).list();
    m_rows = rows ? rows.value() : QList<QVariantMap>();
    const QList<QStringList> extra = m_extra.cells ? m_extra.cells(m_rows) : QList<QStringList>();
    QList<QStringList> shown;
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        QStringList cells;
        for (const FieldDef &f : m_def.fields)
            cells += Fields::display(f, m_rows.at(i).value(f.key)).replace(u'\n', u' ');
        const qsizetype at = m_extra.at < 0 ? cells.size() : std::min<qsizetype>(m_extra.at, cells.size());
        const QStringList more = extra.value(i, QStringList(m_extra.headers.size()));
        for (qsizetype c = 0; c < more.size(); ++c)
            cells.insert(at + c, more.at(c));
        shown += cells;
    }
    m_model->setRows(shown);
    fitColumns(m_table, [table = m_table] { table->resizeColumnsToContents(); });
}

void MasterPage::editRow(int row)
{
    if (!workspace().may(Right::EditSettings))
        return;
    if (row >= m_rows.size())
        return;
    const bool adding = row < 0;
    QVariantMap initial = adding ? QVariantMap() : m_rows.at(row);
    FieldsDialog box(workspace(),
                     adding ? QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "New row")
                            : QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Change a row"),
                     m_def.fields,
                     [&](const QVariantMap &values) -> Status {
                         MasterStore store(workspace().book(), m_def);
                         if (adding) {
                             auto existing = store.find(values.value(m_def.keyKey));
                             if (existing && existing.value())
                                 return makeError(ErrorCode::InputRejected,
                                                  tr("%1 is already in the list; change that row instead.")
                                                      .arg(Fields::display(*m_def.field(m_def.keyKey), values.value(m_def.keyKey))));
                         }
                         return store.save(workspace().user(), values);
                     },
                     this);
    box.setWindowTitle(Registers::title(m_def));
    if (adding) {
        for (const FieldDef &f : m_def.fields)
            if (!f.defaultValue.isEmpty())
                if (auto v = Fields::parse(f, f.defaultValue, workspace().clock().today()))
                    initial.insert(f.key, v.value());
    }
    if (auto charter = Charter::load(workspace().book()))
        for (const FieldDef &f : m_def.fields)
            if (f.kind == FieldKind::Reference)
                box.form()->setReferenceRows(f.key, charter.value().table(f.lookup));
    box.form()->setValues(initial);
    // The key of a row never changes: entries refer to it.
    if (!adding)
        if (QWidget *key = box.form()->editor(m_def.keyKey))
            key->setEnabled(false);
    box.form()->focusFirst();
    if (box.exec() != QDialog::Accepted)
        return;
    m_message->setText(tr("Saved."));
    refresh();
}

void MasterPage::removeSelected()
{
    const int row = m_table->currentIndex().row();
    if (row < 0 || row >= m_rows.size())
        return;
    const QVariant key = m_rows.at(row).value(m_def.keyKey);
    const QString shown = Fields::display(*m_def.field(m_def.keyKey), key);
    if (!Messages::current().confirm(this, tr("Remove"), tr("Remove %1 from the list?").arg(shown)))
        return;
    if (auto s = MasterStore(workspace().book(), m_def).remove(workspace().user(), key); !s) {
        Messages::current().error(this, tr("Remove"), s.error().message);
        return;
    }
    m_message->setText(tr("Removed %1.").arg(shown));
    refresh();
}

}  // namespace gd::ui
