#include "ReadinessPage.h"
#include "FileDialogs.h"

#include "../Messages.h"
#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "../registers/FieldsDialog.h"
#include "base/Dates.h"
#include "office/OfficeProfile.h"
#include "base/Translations.h"
#include "documents/ReadinessPrintouts.h"
#include "registers/Masters.h"

#include <QBuffer>
#include <QCheckBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QMimeDatabase>
#include <QPushButton>
#include <QShortcut>
#include <QStandardPaths>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

// A photo is kept at most 1600 pixels on its longer side, as JPEG; other files as they are.
QByteArray scaledPhoto(const QString &path, QString *mime)
{
    QImageReader reader(path);
    reader.setAutoTransform(true);
    QImage image = reader.read();
    if (image.isNull())
        return {};
    if (std::max(image.width(), image.height()) > 1600)
        image = image.scaled(1600, 1600, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 80);
    *mime = u"image/jpeg"_s;
    return bytes;
}

}  // namespace

ReadinessPage::ReadinessPage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(u"readinessPage"_s);
    m_score = new QLabel(this);
    m_score->setObjectName(u"readinessScoreLabel"_s);
    QFont big = m_score->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_score->setFont(big);
    m_nextStep = new QLabel(this);
    m_nextStep->setObjectName(u"nextStepLabel"_s);
    m_onlyGaps = new QCheckBox(this);
    m_onlyGaps->setObjectName(u"onlyGapsCheck"_s);
    m_language = new PrintLanguageCombo(this);
    m_table = new QTableWidget(this);
    m_table->setObjectName(u"readinessTable"_s);
    m_table->setColumnCount(8);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { editItem(false); });
    m_message = new QLabel(this);
    m_message->setObjectName(u"readinessMessageLabel"_s);
    m_message->setWordWrap(true);
    const auto button = [this](const char *name, const QKeySequence &key, const std::function<void()> &run) {
        auto *b = new QPushButton(this);
        b->setObjectName(QString::fromLatin1(name));
        connect(b, &QPushButton::clicked, this, run);
        if (!key.isEmpty()) {
            auto *shortcut = new QShortcut(key, this);
            shortcut->setEnabled(false);  // enabled while the page is in view
            shortcut->setContext(Qt::WindowShortcut);
            connect(shortcut, &QShortcut::activated, this, run);
        }
        return b;
    };
    m_edit = button("editItemButton", QKeySequence(Qt::Key_F2), [this] { editItem(false); });
    m_add = button("newItemButton", QKeySequence(Qt::CTRL | Qt::Key_N), [this] { editItem(true); });
    m_attach = button("attachEvidenceButton", QKeySequence(Qt::CTRL | Qt::Key_E), [this] { attachEvidence(); });
    m_evidence = button("showEvidenceButton", QKeySequence(), [this] { showEvidence(); });
    m_print = button("gapReportButton", QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printGaps(); });
    connect(m_onlyGaps, &QCheckBox::toggled, this, [this] { refresh(); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_score, 1);
    top->addWidget(m_onlyGaps);
    auto *bar = new QHBoxLayout;
    for (QPushButton *b : {m_edit, m_add, m_attach, m_evidence})
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(m_language);
    bar->addWidget(m_print);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_nextStep);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    retranslate();
}

void ReadinessPage::retranslate()
{
    m_onlyGaps->setText(tr("Only the &gaps"));
    m_edit->setText(tr("&Change (F2)"));
    m_add->setText(tr("&New item (Ctrl+N)"));
    m_attach->setText(tr("&Attach evidence… (Ctrl+E)"));
    m_evidence->setText(tr("E&vidence…"));
    m_print->setText(tr("Gap &report (Ctrl+P)"));
    m_table->setHorizontalHeaderLabels({tr("No."), tr("Arrangement"), tr("Status"), tr("Owner"), tr("Target date"),
                                        tr("Evidence"), tr("What the books show"), tr("Needs a look")});
    refreshWhenShown();
}

void ReadinessPage::refresh()
{
    const QString selectedCode = m_table->currentRow() >= 0 && m_table->item(m_table->currentRow(), 0)
        ? m_table->item(m_table->currentRow(), 0)->text()
        : QString();
    auto items = Readiness(workspace().book()).items(workspace().clock().today());
    if (!items) {
        m_message->setText(items.error().message);
        return;
    }
    m_items = items.value();
    const Readiness::Score score = Readiness::score(m_items);
    const QList<ReadinessItem> gaps = Readiness::gaps(m_items);
    m_score->setText(tr("Readiness %1% · %2 of %3 applicable arrangements done · %n gap(s)", nullptr, int(gaps.size()))
                         .arg(score.pct.text())
                         .arg(score.done)
                         .arg(score.applicable));
    const QList<ReadinessItem> shown = m_onlyGaps->isChecked() ? gaps : m_items;
    const bool hindi = Translations::current() == u"hi";
    auto next = Readiness(workspace().book()).nextStep(workspace().clock().today());
    m_nextStep->setText(!next ? next.error().message
                        : next.value() ? (hindi ? next.value()->text.hi : next.value()->text.en)
                                       : tr("Every step to certification is done."));
    m_nextStep->setStyleSheet(next && next.value() && next.value()->overdue ? u"color: #b00020;"_s : QString());
    const FieldDef &status = *Registers::readinessItems().field(u"status");
    m_table->setRowCount(int(shown.size()));
    for (int r = 0; r < shown.size(); ++r) {
        const ReadinessItem &i = shown.at(r);
        const QString en = i.row.value(u"name_en"_s).toString();
        const QStringList cells = {i.code(),
                                   hindi || en.isEmpty() ? i.row.value(u"name_hi"_s).toString() : en,
                                   Fields::choiceLabel(status, i.status()),
                                   i.row.value(u"owner"_s).toString(),
                                   Dates::display(i.row.value(u"target_date"_s).toDate()),
                                   i.evidence > 0 ? QString::number(i.evidence) : QString(),
                                   hindi ? i.live.hi : i.live.en,
                                   hindi ? i.warning.hi : i.warning.en};
        for (int c = 0; c < cells.size(); ++c) {
            auto *cell = new QTableWidgetItem(cells.at(c));
            if (c == 6 && i.judged)
                cell->setForeground(i.booksShow ? QColor(0, 110, 40) : QColor(176, 0, 32));
            if (c == 7 && !i.warning.en.isEmpty())
                cell->setForeground(QColor(160, 80, 0));
            m_table->setItem(r, c, cell);
        }
        if (i.code() == selectedCode)
            m_table->selectRow(r);
    }
    m_table->resizeColumnToContents(0);
    m_table->setColumnWidth(1, 330);
    for (int c = 2; c <= 5; ++c)
        m_table->resizeColumnToContents(c);
    m_table->setColumnWidth(6, 230);
    m_table->resizeRowsToContents();
    const bool may = workspace().may(Right::EditSettings);
    for (QPushButton *b : {m_edit, m_add, m_attach})
        b->setEnabled(may);
}

std::optional<ReadinessItem> ReadinessPage::selectedOrSay()
{
    const int row = m_table->currentRow();
    if (row >= 0 && m_table->item(row, 0)) {
        const QString code = m_table->item(row, 0)->text();
        for (const ReadinessItem &i : m_items)
            if (i.code() == code)
                return i;
    }
    m_message->setText(tr("Select an arrangement first."));
    return std::nullopt;
}

void ReadinessPage::editItem(bool adding)
{
    if (!workspace().may(Right::EditSettings)) {
        m_message->setText(tr("Only the secretary or the administrator changes the readiness tracker."));
        return;
    }
    std::optional<ReadinessItem> chosen;
    if (!adding && !(chosen = selectedOrSay()))
        return;
    const RegisterDef &def = Registers::readinessItems();
    QList<FieldDef> fields;
    for (const FieldDef &f : def.fields)
        if (f.source != FieldDef::Source::Computed)
            fields += f;
    FieldsDialog box(workspace(),
                     adding ? QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "New readiness item")
                            : QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Change a readiness item"),
                     fields,
                     [&](const QVariantMap &typed) -> Status {
                         MasterStore store(workspace().book(), def);
                         QVariantMap values = typed;
                         if (adding) {
                             auto existing = store.find(values.value(u"code"_s));
                             if (existing && existing.value())
                                 return makeError(ErrorCode::InputRejected,
                                                  tr("%1 is already in the list; change that item instead.")
                                                      .arg(values.value(u"code"_s).toString()));
                         } else {
                             values.insert(u"live_check"_s, chosen->row.value(u"live_check"_s));
                         }
                         return store.save(workspace().user(), values);
                     },
                     this);
    QVariantMap initial = adding ? QVariantMap{{u"status"_s, u"not_started"_s}} : chosen->row;
    box.form()->setValues(initial);
    if (!adding)
        if (QWidget *key = box.form()->editor(u"code"_s))
            key->setEnabled(false);
    box.form()->focusFirst();
    if (box.exec() != QDialog::Accepted)
        return;
    m_message->setText(tr("Saved."));
    refresh();
}

void ReadinessPage::attachEvidence()
{
    if (!workspace().may(Right::EditSettings)) {
        m_message->setText(tr("Only the secretary or the administrator attaches evidence."));
        return;
    }
    const std::optional<ReadinessItem> chosen = selectedOrSay();
    if (!chosen)
        return;
    const QString path = FileDialogs::openFile(this, tr("Evidence for %1").arg(chosen->code()), FileDialogs::documentsFolder(),
                                                      tr("Photos and documents (*.jpg *.jpeg *.png *.pdf);;All files (*)"));
    if (path.isEmpty())
        return;
    QString mime = QMimeDatabase().mimeTypeForFile(path).name();
    QByteArray bytes;
    if (mime.startsWith(u"image/"))
        bytes = scaledPhoto(path, &mime);
    if (bytes.isEmpty()) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly)) {
            m_message->setText(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
            return;
        }
        bytes = f.readAll();
    }
    QString name = QFileInfo(path).fileName();
    if (mime == u"image/jpeg" && !name.endsWith(QStringLiteral(".jpg"), Qt::CaseInsensitive))
        name = QFileInfo(path).completeBaseName() + QStringLiteral(".jpg");
    auto id = Readiness(workspace().book()).addEvidence(workspace().user(), chosen->code(), name, mime, bytes, QString());
    m_message->setText(id ? tr("%1 is attached to item %2.").arg(name, chosen->code()) : id.error().message);
    refresh();
}

void ReadinessPage::showEvidence()
{
    const std::optional<ReadinessItem> chosen = selectedOrSay();
    if (!chosen)
        return;
    auto list = Readiness(workspace().book()).evidence(chosen->code());
    if (!list)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Evidence for %1").arg(chosen->code()));
    auto *files = new QListWidget(&dialog);
    files->setObjectName(u"evidenceList"_s);
    for (const ReadinessEvidence &e : list.value()) {
        auto *item = new QListWidgetItem(tr("%1 · %2 KB · added by %3 on %4")
                                             .arg(e.fileName)
                                             .arg((e.bytes + 1023) / 1024)
                                             .arg(e.addedBy, Dates::display(QDate::fromString(e.addedAt.left(10), Qt::ISODate))),
                                         files);
        item->setData(Qt::UserRole, e.id);
        item->setData(Qt::UserRole + 1, e.fileName);
    }
    if (list.value().isEmpty())
        files->addItem(tr("No evidence attached yet."));
    // Opening one writes it to a temporary file and hands it to the system's viewer.
    const auto open = [&](QListWidgetItem *item) {
        if (!item || !item->data(Qt::UserRole).isValid())
            return;
        auto stored = Readiness(workspace().book()).evidenceData(item->data(Qt::UserRole).toLongLong());
        if (!stored)
            return;
        const QString folder = QStandardPaths::writableLocation(QStandardPaths::TempLocation);
        const QString file = QDir(folder).filePath(QStringLiteral("gramdesk-evidence-%1-%2")
                                                       .arg(item->data(Qt::UserRole).toLongLong())
                                                       .arg(item->data(Qt::UserRole + 1).toString()));
        QFile out(file);
        if (out.open(QIODevice::WriteOnly) && out.write(stored.value()) == stored.value().size()) {
            out.close();
            QDesktopServices::openUrl(QUrl::fromLocalFile(file));
        }
    };
    connect(files, &QListWidget::itemActivated, &dialog, open);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(files);
    layout->addWidget(buttons);
    dialog.resize(520, 300);
    dialog.exec();
}

void ReadinessPage::printGaps()
{
    auto office = OfficeProfile(workspace().book()).load();
    if (!office)
        return;
    previewDocument(this, readinessGapReport(office.value(), m_items, m_language->language(), workspace().clock().today()));
}

}  // namespace gd::ui
