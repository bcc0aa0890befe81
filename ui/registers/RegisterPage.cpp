#include "RegisterPage.h"
#include "FileDialogs.h"
#include "HindiKeyboard.h"
#include "storage/OutputFile.h"

#include "../ColumnFit.h"
#include "../FilterDay.h"
#include "../Messages.h"
#include "base/Dates.h"
#include "HistoryDialog.h"
#include "registers/EntryService.h"
#include "ImportDialog.h"
#include "office/OfficeProfile.h"

#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace gd::ui {

RegisterPage::RegisterPage(Workspace &workspace, const RegisterDef &def, QWidget *parent)
    : Page(workspace, parent), m_def(def), m_newFields(def.formKeys)
{
    setObjectName(def.id + QStringLiteral("Page"));
    m_model = new RegisterModel(workspace.book(), def, def.listKeys, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("registerTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->setDefaultSectionSize(fontMetrics().lineSpacing() + 10);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(130);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);

    m_fromLabel = new QLabel(this);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("filterFromEdit"));
    m_from->setMaximumWidth(150);
    m_toLabel = new QLabel(this);
    m_to = new QLineEdit(this);
    m_to->setObjectName(QStringLiteral("filterToEdit"));
    m_to->setMaximumWidth(150);
    m_fromLabel->setBuddy(m_from);
    m_toLabel->setBuddy(m_to);
    HindiKeyboard::keepLatin(m_from);  // dates, typed in digits while Hindi typing is on
    HindiKeyboard::keepLatin(m_to);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("filterStatusCombo"));
    m_status->setSizeAdjustPolicy(QComboBox::AdjustToContents);  // "समय सीमा पार" whole, not cut
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("filterTextEdit"));
    m_search->setClearButtonEnabled(true);
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(m_toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_status);
    filters->addWidget(m_search, 1);

    m_actions = new QHBoxLayout;
    m_pageActions = new QHBoxLayout;
    m_pageActions->addStretch(1);
    m_new = addButton(m_actions, QStringLiteral("newEntryButton"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newEntry(); });
    m_correct = addButton(m_actions, QStringLiteral("correctEntryButton"), QKeySequence(Qt::Key_F2), [this] { correctSelected(); });
    m_cancel = addButton(m_actions, QStringLiteral("cancelEntryButton"), QKeySequence(), [this] { cancelSelected(); });
    m_history = addButton(m_actions, QStringLiteral("historyButton"), QKeySequence(Qt::CTRL | Qt::Key_H), [this] { showHistory(); });
    m_actions->addStretch(1);
    m_import = new QPushButton(this);
    m_import->setObjectName(QStringLiteral("importCsvButton"));
    m_export = new QPushButton(this);
    m_export->setObjectName(QStringLiteral("exportCsvButton"));
    connect(m_import, &QPushButton::clicked, this, &RegisterPage::importCsv);
    connect(m_export, &QPushButton::clicked, this, &RegisterPage::exportCsv);

    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("registerCountLabel"));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("registerMessageLabel"));
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_count);
    bottom->addWidget(m_message, 1);
    bottom->addWidget(m_import);
    bottom->addWidget(m_export);

    m_splitter = new QSplitter(this);
    m_splitter->addWidget(m_table);
    m_splitter->setStretchFactor(0, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(m_actions);
    layout->addLayout(m_pageActions);
    layout->addWidget(m_splitter, 1);
    layout->addLayout(bottom);

    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(250);
    connect(m_searchDelay, &QTimer::timeout, this, &RegisterPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_from, &QLineEdit::editingFinished, this, &RegisterPage::applyFilter);
    connect(m_to, &QLineEdit::editingFinished, this, &RegisterPage::applyFilter);
    connect(m_status, &QComboBox::activated, this, &RegisterPage::applyFilter);
    connect(m_table, &QTableView::doubleClicked, this, [this] { showHistory(); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { currentChanged(selected()); });
    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setEnabled(false);  // enabled while the page is in view
    connect(find, &QShortcut::activated, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    retranslate();
}

QPushButton *RegisterPage::addAction(const QString &objectName, const QKeySequence &key, const std::function<void()> &run)
{
    return addButton(m_pageActions, objectName, key, run);
}

QPushButton *RegisterPage::addButton(QHBoxLayout *row, const QString &objectName, const QKeySequence &key,
                                     const std::function<void()> &run)
{
    auto *button = new QPushButton(this);
    button->setObjectName(objectName);
    if (!key.isEmpty()) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setEnabled(false);  // enabled while the page is in view
        shortcut->setContext(Qt::WindowShortcut);
        connect(shortcut, &QShortcut::activated, this, run);
        button->setToolTip(key.toString(QKeySequence::NativeText));
    }
    connect(button, &QPushButton::clicked, this, run);
    // The register's own row keeps its stretch at the end.
    row->insertWidget(row == m_pageActions ? row->count() - 1 : row->count(), button);
    return button;
}

void RegisterPage::addSidePanel(QWidget *panel)
{
    panel->setMaximumWidth(400);  // room for a work list's name and its count ("Registered, certificate not handed over: 239")
    m_splitter->addWidget(panel);
    m_splitter->setStretchFactor(1, 0);
    m_splitter->setSizes({900, 280});
}

void RegisterPage::setStatus(const QString &text)
{
    m_message->setText(text);
}

void RegisterPage::retranslate()
{
    m_fromLabel->setText(tr("&From"));
    m_toLabel->setText(tr("&To"));
    m_from->setPlaceholderText(tr("dd-mm-yyyy"));
    m_to->setPlaceholderText(tr("dd-mm-yyyy"));
    m_search->setPlaceholderText(tr("Search number, name, village, mobile… (Ctrl+F)"));
    const QString status = m_status->currentData().toString();
    m_status->clear();
    m_status->addItem(tr("All entries"), QString());
    for (const StatusFilter &s : m_def.statuses)
        m_status->addItem(QCoreApplication::translate("gd::Fields", s.label), s.code);
    m_status->setCurrentIndex(std::max(0, m_status->findData(status)));
    m_new->setText(tr("&New entry (Ctrl+N)"));
    m_correct->setText(tr("&Correct (F2)"));
    m_cancel->setText(tr("Cancel entr&y"));
    m_history->setText(tr("&History (Ctrl+H)"));
    m_import->setText(tr("&Import CSV…"));
    m_export->setText(tr("&Export CSV…"));
    m_model->retranslate();
    updateCount();
    retranslateExtras();
}

void RegisterPage::refresh()
{
    const bool write = mayWrite();
    m_new->setEnabled(write);
    m_correct->setEnabled(write);
    m_cancel->setEnabled(write);
    m_import->setEnabled(workspace().may(m_def.isMaster() ? Right::EditSettings : Right::EnterEntries));
    m_model->reload();
    updateCount();
    refreshExtras();
    // The newest entries are at the end of the register; show them.
    // (After the layout has given the view its size; a register out of sight waits until it is shown.)
    QTimer::singleShot(0, this, [this] {
        fitColumns(m_table, [this] {
            if (m_model->rowCount() > 0 && m_table->horizontalHeader()->sortIndicatorSection() < 0)
                m_table->scrollToBottom();
            // Widths from the rows in view only (sizeHintForColumn looks at visible rows), so this stays cheap.
            m_table->resizeColumnsToContents();
            for (int c = 0; c < m_model->columnCount(); ++c)
                m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
        });
    });
}

void RegisterPage::updateCount()
{
    m_count->setText(tr("%n entries", nullptr, m_model->rowCount()));
}

void RegisterPage::applyFilter()
{
    EntryFilter f;
    QStringList bad;
    f.from = readFilterDay(m_from, workspace().clock().today(), &bad);
    f.to = readFilterDay(m_to, workspace().clock().today(), &bad);
    f.status = m_status->currentData().toString();
    f.text = m_search->text();
    setStatus(bad.join(u' '));
    m_model->setFilter(f);
    updateCount();
}

void RegisterPage::showEntry(const QString &number)
{
    m_searchDelay->stop();
    m_from->clear();
    m_to->clear();
    m_status->setCurrentIndex(0);
    m_search->setText(number);
    m_searchDelay->stop();
    applyFilter();
    selectNumber(number);
    m_table->setFocus();
}

void RegisterPage::showStatus(const QString &code)
{
    m_status->setCurrentIndex(std::max(0, m_status->findData(code)));
    applyFilter();
}

std::optional<Entry> RegisterPage::selectedOrSay()
{
    if (const Entry *e = selected())
        return *e;
    setStatus(tr("Select an entry first."));
    return std::nullopt;
}

const Entry *RegisterPage::selected() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->entryAt(i.row()) : nullptr;
}

void RegisterPage::selectNumber(const QString &number)
{
    int row = m_model->rowOf(number);
    if (row < 0 && m_model->rowCount() > 0) {
        // New entries sit at the end of the default order; read that block and look again.
        m_model->entryAt(m_model->rowCount() - 1);
        row = m_model->rowOf(number);
    }
    if (row >= 0) {
        m_table->selectRow(row);
        m_table->scrollTo(m_model->index(row, 0));
    }
}

QList<FieldDef> RegisterPage::fieldsNamed(const QStringList &keys) const
{
    QList<FieldDef> out;
    for (const QString &k : keys)
        if (const FieldDef *f = m_def.field(k))
            out += *f;
    return out;
}

void RegisterPage::prepareForm(FieldForm *form) const
{
    Book &book = workspace().book();
    auto office = OfficeProfile(book).load();
    const auto charter = Charter::load(book);
    for (const FieldDef &f : m_def.fields) {
        if (f.complete) {
            // A field completes from its own register's earlier entries; names also from the people of every
            // front-office register, villages also from the office.
            static const QStringList people = {QStringLiteral("name"), QStringLiteral("applicant_name"),
                                               QStringLiteral("complainant_name"), QStringLiteral("relative_name")};
            const QStringList keys = people.contains(f.key) ? people : QStringList{f.key};
            QStringList values;
            if (f.key == u"village" && office)
                values = office.value().villages;
            QList<const RegisterDef *> from = {&Registers::visitors(), &Registers::applications(), &Registers::complaints()};
            if (!from.contains(&m_def))
                from.prepend(&m_def);
            for (const RegisterDef *d : std::as_const(from))
                for (const QString &k : keys)
                    if (d->field(k))
                        if (auto v = EntryStore(book, *d).recentValues(k))
                            values += v.value();
            values.removeDuplicates();
            form->setCompletions(f.key, values);
        }
        if (f.kind == FieldKind::Reference) {
            if (!charter)
                continue;
            form->setReferenceRows(f.key, charter.value().table(f.lookup));
        }
    }
}

Status RegisterPage::checkRules(FieldsDialog *dialog, QVariantMap &values, const Charter &charter, const Entry *base) const
{
    const auto problems = EntryService::prepare(m_def, values, charter, base);
    if (!problems.isEmpty()) {
        dialog->form()->showProblems(problems);
        return makeError(ErrorCode::InputRejected, QString());
    }
    return {};
}

void RegisterPage::newEntry(const QVariantMap &initial, const std::function<void(const Entry &)> &saved)
{
    if (!mayWrite())
        return;
    Entry created;
    FieldsDialog *dialog = nullptr;
    FieldsDialog box(workspace(), QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "New entry"), fieldsNamed(m_newFields),
                     [&](const QVariantMap &typed) -> Status {
                         QVariantMap values = initial;
                         values.insert(typed);
                         // The masters and calendar are read once for the form's check and the write.
                         auto charter = Charter::load(workspace().book());
                         if (!charter)
                             return charter.error();
                         if (auto s = checkRules(dialog, values, charter.value(), nullptr); !s)
                             return s;
                         auto e = EntryService(workspace().book(), &charter.value()).add(workspace().user(), m_def, values);
                         if (!e)
                             return e.error();
                         created = e.value();
                         return {};
                     },
                     this);
    dialog = &box;
    box.setWindowTitle(tr("New entry: %1").arg(title()));
    prepareForm(box.form());
    QVariantMap start = initial;
    if (!start.contains(m_def.dateKey))
        start.insert(m_def.dateKey, workspace().clock().today());
    if (m_def.field(QStringLiteral("time_in")) && !start.contains(QStringLiteral("time_in")))
        start.insert(QStringLiteral("time_in"), workspace().clock().now().time());
    // A field's default shows in the new form, as an import would take it (a notice starts as a public notice).
    for (const FieldDef &f : m_def.fields)
        if (!f.defaultValue.isEmpty() && !start.contains(f.key))
            if (auto v = Fields::parse(f, f.defaultValue, workspace().clock().today()))
                start.insert(f.key, v.value());
    box.form()->setValues(start);
    decorate(&box);
    box.form()->focusFirst();
    if (box.exec() != QDialog::Accepted)
        return;
    setStatus(tr("Saved %1.").arg(created.number));
    refresh();
    selectNumber(created.number);
    if (saved)
        saved(created);
    afterNewEntry(created);
}

void RegisterPage::correctSelected()
{
    const std::optional<Entry> chosen = mayWrite() ? selectedOrSay() : std::nullopt;
    if (!chosen)
        return;
    const Entry base = *chosen;
    if (base.cancelled) {
        setStatus(tr("%1 is cancelled; a cancelled entry is not changed any more.").arg(base.number));
        return;
    }
    QStringList keys;
    for (const FieldDef &f : m_def.fields)
        if (f.source != FieldDef::Source::Computed && f.kind != FieldKind::EntryNumber)
            keys += f.key;
    QList<FieldDef> fields = fieldsNamed(keys);
    FieldDef reason;
    reason.key = QStringLiteral("reason");
    reason.label = QT_TRANSLATE_NOOP("gd::Fields", "Reason for the correction");
    reason.required = true;
    fields += reason;
    FieldsDialog *dialog = nullptr;
    QString number;
    FieldsDialog box(workspace(), QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Correct an entry"), fields,
                     [&](const QVariantMap &typed) -> Status {
                         QVariantMap values = base.values;
                         values.insert(typed);
                         values.remove(QStringLiteral("reason"));
                         auto charter = Charter::load(workspace().book());
                         if (!charter)
                             return charter.error();
                         if (auto s = checkRules(dialog, values, charter.value(), &base); !s)
                             return s;
                         auto e = EntryService(workspace().book(), &charter.value())
                                      .correct(workspace().user(), m_def, base, values, typed.value(QStringLiteral("reason")).toString());
                         if (!e)
                             return e.error();
                         number = e.value().number;
                         return {};
                     },
                     this);
    dialog = &box;
    box.setWindowTitle(tr("Correct %1 (the old version stays visible)").arg(base.number));
    prepareForm(box.form());
    box.form()->setValues(base.values);
    decorate(&box);
    box.form()->focusFirst();
    if (box.exec() != QDialog::Accepted)
        return;
    setStatus(tr("Corrected %1.").arg(number));
    refresh();
    selectNumber(number);
}

void RegisterPage::cancelSelected()
{
    const std::optional<Entry> chosen = mayWrite() ? selectedOrSay() : std::nullopt;
    if (!chosen)
        return;
    const Entry base = *chosen;
    FieldDef reason;
    reason.key = QStringLiteral("reason");
    reason.label = QT_TRANSLATE_NOOP("gd::Fields", "Reason for cancelling");
    reason.required = true;
    FieldsDialog box(workspace(), QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Cancel an entry"), {reason},
                     [&](const QVariantMap &typed) -> Status {
                         auto e = EntryService(workspace().book())
                                      .cancel(workspace().user(), m_def, base, typed.value(QStringLiteral("reason")).toString());
                         if (!e)
                             return e.error();
                         return {};
                     },
                     this);
    box.setWindowTitle(tr("Cancel %1 (it stays in the register, struck through)").arg(base.number));
    box.form()->focusFirst();
    if (box.exec() != QDialog::Accepted)
        return;
    setStatus(tr("Cancelled %1.").arg(base.number));
    refresh();
    selectNumber(base.number);
}

bool RegisterPage::actionDialog(const char *titleSource, const QList<FieldDef> &fields, const QVariantMap &initial,
                                const std::function<Result<Entry>(const QVariantMap &)> &save, const QString &subject)
{
    QString number;
    FieldsDialog box(workspace(), titleSource, fields,
                     [&](const QVariantMap &typed) -> Status {
                         auto e = save(typed);
                         if (!e)
                             return e.error();
                         number = e.value().number;
                         return {};
                     },
                     this);
    prepareForm(box.form());
    box.form()->setValues(initial);
    if (!subject.isEmpty())
        box.setWindowTitle(tr("%1: %2").arg(box.windowTitle(), subject));
    box.form()->focusFirst();
    if (box.exec() != QDialog::Accepted)
        return false;
    setStatus(tr("Saved %1.").arg(number));
    refresh();
    selectNumber(number);
    return true;
}

bool RegisterPage::reasonDialog(const char *titleSource, const char *reasonLabel,
                                const std::function<Result<Entry>(const Entry &, const QString &)> &act)
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return false;
    const Entry base = *chosen;
    FieldDef reason;
    reason.key = QStringLiteral("reason");
    reason.label = reasonLabel;
    reason.required = true;
    return actionDialog(titleSource, {reason}, {},
                        [&](const QVariantMap &v) { return act(base, v.value(QStringLiteral("reason")).toString()); });
}

void RegisterPage::showHistory()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    auto versions = EntryStore(workspace().book(), m_def).history(chosen->number);
    if (!versions) {
        Messages::current().error(this, tr("History"), versions.error().message);
        return;
    }
    HistoryDialog dialog(m_def, versions.value(), this);
    dialog.exec();
}

void RegisterPage::exportCsv()
{
    const QString suggested = QDir(FileDialogs::documentsFolder()).filePath(m_def.id + u'-' + Dates::iso(workspace().clock().today()) + QStringLiteral(".csv"));
    const QString path = FileDialogs::saveFile(this, tr("Export as CSV"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    auto bytes = CsvTransfer::exportData(workspace().book(), workspace().user(), m_def, m_model->filter().from,
                                         m_model->filter().to);
    if (!bytes) {
        Messages::current().error(this, tr("Export failed"), bytes.error().message);
        return;
    }
    if (auto written = OutputFile::write(path, bytes.value()); !written) {
        Messages::current().error(this, tr("Export failed"), written.error().message);
        return;
    }
    setStatus(tr("Exported to %1.").arg(QDir::toNativeSeparators(path)));
}

void RegisterPage::importCsv()
{
    ImportDialog dialog(workspace(), m_def, this);
    dialog.exec();
    if (dialog.written() > 0)
        refresh();
}

}  // namespace gd::ui
