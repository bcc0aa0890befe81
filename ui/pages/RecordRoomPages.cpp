#include "RecordRoomPages.h"

#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "Dates.h"
#include "documents/RecordRoomPrintouts.h"
#include "registers/RecordRoom.h"

#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QString s(const char *latin)
{
    return QString::fromLatin1(latin);
}

FieldDef fieldOf(const RegisterDef &def, const char *key, bool required)
{
    FieldDef f = *def.field(s(key));
    f.required = required;
    return f;
}

const char *const kLists[] = {"out", "overdue", "review", "destroyed"};

}  // namespace

FilesPage::FilesPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::files(),
                   {s("code"), s("title"), s("subject_code"), s("section"), s("opened_on"), s("closed_on"), s("retention"),
                    s("retention_years"), s("room"), s("almirah"), s("rack"), s("shelf"), s("bundle"), s("volume"),
                    s("status"), s("review_on")},
                   {s("code"), s("subject_code"), s("title"), s("section"), s("opened_on"), s("retention"), s("retention_years"),
                    s("room"), s("almirah"), s("rack"), s("shelf"), s("bundle"), s("remarks")},
                   parent)
{
    m_issue = addAction(s("issueFileButton"), QKeySequence(Qt::Key_F6), [this] { issue(); });
    m_return = addAction(s("returnFileButton"), QKeySequence(Qt::Key_F7), [this] { returnSelected(); });
    m_move = addAction(s("moveFileButton"), QKeySequence(), [this] { move(); });
    m_volume = addAction(s("newVolumeButton"), QKeySequence(), [this] { newVolume(); });
    m_close = addAction(s("closeFileButton"), QKeySequence(), [this] { closeSelected(); });
    m_destroy = addAction(s("destroyFileButton"), QKeySequence(), [this] { destroySelected(); });
    m_labels = addAction(s("labelsButton"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printLabels(); });
    m_shelf = addAction(s("shelfListButton"), QKeySequence(), [this] { printShelfList(); });
    m_list = addAction(s("printListButton"), QKeySequence(), [this] { printList(); });

    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_language = new PrintLanguageCombo(panel);
    layout->addWidget(m_language);
    m_listsTitle = new QLabel(panel);
    layout->addWidget(m_listsTitle);
    for (const char *code : kLists) {
        auto *button = new QPushButton(panel);
        button->setObjectName(QStringLiteral("filesList_") + s(code));
        connect(button, &QPushButton::clicked, this, [this, code] { showStatus(s(code)); });
        layout->addWidget(button);
        m_lists += button;
    }
    m_where = new QLabel(panel);
    m_where->setObjectName(s("fileWhereLabel"));
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);
    m_movements = new QListWidget(panel);
    m_movements->setObjectName(s("fileMovementsList"));
    layout->addWidget(m_movements, 1);
    addSidePanel(panel);
    connect(table()->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] { showSelected(); });
    retranslate();
    refreshWhenShown();
}

void FilesPage::retranslateExtras()
{
    m_issue->setText(tr("Iss&ue (F6)"));
    m_return->setText(tr("Retu&rn (F7)"));
    m_move->setText(tr("&Move…"));
    m_volume->setText(tr("New &volume"));
    m_close->setText(tr("Cl&ose file…"));
    m_destroy->setText(tr("&Destroy…"));
    m_labels->setText(tr("La&bels (Ctrl+P)"));
    m_shelf->setText(tr("&Shelf list…"));
    m_list->setText(tr("&Print this list…"));
    m_listsTitle->setText(tr("Lists:"));
    whenInView([this] { refreshExtras(); });
}

void FilesPage::refreshExtras()
{
    const char *labels[] = {QT_TR_NOOP("Out of the record room: %1"), QT_TR_NOOP("Out, overdue: %1"),
                            QT_TR_NOOP("Due for review this year: %1"), QT_TR_NOOP("Destroyed: %1")};
    EntryStore store(workspace().book(), Registers::files());
    for (int i = 0; i < 4; ++i) {
        EntryFilter f;
        f.status = s(kLists[i]);
        auto n = store.count(f);
        m_lists[i]->setText(tr(labels[i]).arg(n ? n.value() : 0));
    }
    for (QPushButton *b : {m_issue, m_return, m_move, m_volume, m_close})
        b->setEnabled(mayWrite());
    m_destroy->setEnabled(workspace().may(Right::CloseBooks));
    showSelected();
}

void FilesPage::showSelected()
{
    m_movements->clear();
    const Entry *file = selected();
    if (!file) {
        m_where->setText(tr("Select a file to see where it is and who had it."));
        return;
    }
    const Place place = Place::of(file->values);
    QString where = tr("%1\nPlace: %2").arg(file->number, place.isEmpty() ? tr("not given") : place.path());
    RecordRoom room(workspace().book());
    auto out = room.outNow(file->number);
    if (out && out.value())
        where += u'\n' + tr("Out with %1 since %2").arg(out.value()->text(s("issued_to")), Dates::display(out.value()->date(s("issued_on"))));
    else if (file->text(s("status")) == u"destroyed")
        where += u'\n' + tr("Destroyed on %1 (%2)").arg(Dates::display(file->date(s("destroyed_on"))), file->text(s("destruction_order")));
    else
        where += u'\n' + tr("In the record room");
    m_where->setText(where);
    auto moves = room.movements(file->number);
    for (const Entry &m : moves ? moves.value() : QList<Entry>()) {
        const QDate back = m.date(s("returned_on"));
        m_movements->addItem(tr("%1 → %2 (%3)%4")
                                 .arg(Dates::display(m.date(s("issued_on"))), m.text(s("issued_to")), m.text(s("purpose")),
                                      back.isValid() ? tr(", back %1").arg(Dates::display(back)) : tr(", not back")));
    }
}

void FilesPage::issue()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry file = *chosen;
    const RegisterDef &m = Registers::fileMovements();
    const QDate today = workspace().clock().today();
    const bool issued = actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Issue a file"),
                 {fieldOf(m, "issued_to", true), fieldOf(m, "purpose", false), fieldOf(m, "issued_on", true),
                  fieldOf(m, "due_back_on", false)},
                 {{s("issued_on"), today}, {s("due_back_on"), today.addDays(7)}},
                 [this, file](const QVariantMap &v) {
                     return RecordRoom(workspace().book())
                         .issue(workspace().user(), file, v.value(s("issued_to")).toString(), v.value(s("purpose")).toString(),
                                v.value(s("issued_on")).toDate(), v.value(s("due_back_on")).toDate());
                 });
    if (issued)
        selectNumber(file.number);
    showSelected();
}

void FilesPage::returnSelected()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    auto out = RecordRoom(workspace().book()).outNow(chosen->number);
    if (!out || !out.value()) {
        setStatus(tr("%1 is in the record room; there is nothing to return.").arg(chosen->number));
        return;
    }
    const Entry movement = *out.value();
    const QString code = chosen->number;
    if (actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Return a file"),
                     {fieldOf(Registers::fileMovements(), "returned_on", true)}, {{s("returned_on"), workspace().clock().today()}},
                     [this, movement](const QVariantMap &v) {
                         return RecordRoom(workspace().book()).returned(workspace().user(), movement, v.value(s("returned_on")).toDate());
                     }))
        selectNumber(code);
    showSelected();
}

void FilesPage::move()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry file = *chosen;
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Move a file"),
                 {fieldOf(def(), "room", true), fieldOf(def(), "almirah", false), fieldOf(def(), "rack", false),
                  fieldOf(def(), "shelf", false), fieldOf(def(), "bundle", false)},
                 file.values, [this, file](const QVariantMap &v) {
                     return RecordRoom(workspace().book()).move(workspace().user(), file, Place::of(v));
                 });
}

void FilesPage::newVolume()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    auto e = RecordRoom(workspace().book()).newVolume(workspace().user(), *chosen);
    setStatus(e ? tr("%1 continues in volume %2.").arg(e.value().number).arg(e.value().value(s("volume")).toInt()) : e.error().message);
    if (e) {
        refresh();
        selectNumber(e.value().number);
    }
}

void FilesPage::closeSelected()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry file = *chosen;
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Close a file"), {fieldOf(def(), "closed_on", true)},
                 {{s("closed_on"), workspace().clock().today()}}, [this, file](const QVariantMap &v) {
                     return RecordRoom(workspace().book()).close(workspace().user(), file, v.value(s("closed_on")).toDate());
                 });
}

void FilesPage::destroySelected()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry file = *chosen;
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Destroy a file"),
                 {fieldOf(def(), "destroyed_on", true), fieldOf(def(), "destruction_order", true)},
                 {{s("destroyed_on"), workspace().clock().today()}}, [this, file](const QVariantMap &v) {
                     return RecordRoom(workspace().book())
                         .destroy(workspace().user(), file, v.value(s("destroyed_on")).toDate(), v.value(s("destruction_order")).toString());
                 });
}

// The files the filter bar shows, at most `most` of them.
QList<Entry> FilesPage::listed(int most) const
{
    QList<Entry> files;
    const int rows = std::min(model()->rowCount(), most);
    for (int i = 0; i < rows; ++i)
        if (const Entry *e = model()->entryAt(i))
            files += *e;
    return files;
}

void FilesPage::printLabels()
{
    // The selected file's label, or every file the list shows (up to 300: filter by date or status first).
    QList<Entry> files;
    if (const Entry *e = selected(); e && model()->rowCount() > 1 && table()->selectionModel()->selectedRows().size() == 1)
        files = {*e};
    else
        files = listed(300);
    if (files.isEmpty()) {
        setStatus(tr("There are no files in the list to print labels for."));
        return;
    }
    auto office = OfficeProfile(workspace().book()).load();
    auto charter = Charter::load(workspace().book());
    if (!office || !charter)
        return;
    previewDocument(this, fileLabels(office.value(), files, charter.value().fileSubjects, m_language->language(),
                                     workspace().clock().today()));
}

void FilesPage::printShelfList()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const QString room = chosen->text(s("room"));
    const QString almirah = chosen->text(s("almirah"));
    if (room.isEmpty() || almirah.isEmpty()) {
        setStatus(tr("%1 has no room and almirah; select a file kept in the almirah whose list you want.").arg(chosen->number));
        return;
    }
    RecordRoom rr(workspace().book());
    auto files = rr.shelfList(room, almirah);
    auto office = OfficeProfile(workspace().book()).load();
    auto charter = Charter::load(workspace().book());
    if (!files || !office || !charter)
        return;
    auto out = rr.outInAlmirah(room, almirah);
    if (!out)
        return;
    QHash<QString, QString> outWith;
    for (auto it = out.value().cbegin(); it != out.value().cend(); ++it)
        outWith.insert(it.key(), it->text(s("issued_to")));
    previewDocument(this, shelfListDocument(office.value(), room, almirah, files.value(), outWith, charter.value().fileSubjects,
                                            m_language->language(), workspace().clock().today()));
}

void FilesPage::printList()
{
    const QString status = model()->filter().status;
    const char *title = status == u"destroyed" ? QT_TRANSLATE_NOOP("gd::Print", "Destroyed files")
        : status == u"review"                 ? QT_TRANSLATE_NOOP("gd::Print", "Files due for review or destruction")
                                              : QT_TRANSLATE_NOOP("gd::Print", "File index");
    auto office = OfficeProfile(workspace().book()).load();
    auto charter = Charter::load(workspace().book());
    if (!office || !charter)
        return;
    const QList<Entry> files = listed(5000);
    previewDocument(this, fileListDocument(office.value(), title, tr("%n file(s)", nullptr, int(files.size())), files,
                                           charter.value().fileSubjects, m_language->language(), workspace().clock().today()));
}

// ---------------------------------------------------------------------------------------------------------

MovementsPage::MovementsPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::fileMovements(),
                   {s("number"), s("file_code"), s("issued_on"), s("issued_to"), s("purpose"), s("due_back_on"), s("returned_on")},
                   {s("file_code"), s("issued_on"), s("issued_to"), s("purpose"), s("due_back_on")}, parent)
{
    m_return = addAction(s("returnMovementButton"), QKeySequence(Qt::Key_F7), [this] {
        const std::optional<Entry> chosen = selectedOrSay();
        if (!chosen)
            return;
        const Entry movement = *chosen;
        actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Return a file"), {fieldOf(def(), "returned_on", true)},
                     {{s("returned_on"), this->workspace().clock().today()}}, [this, movement](const QVariantMap &v) {
                         return RecordRoom(this->workspace().book())
                             .returned(this->workspace().user(), movement, v.value(s("returned_on")).toDate());
                     });
    });
    retranslate();
    refreshWhenShown();
}

void MovementsPage::retranslateExtras()
{
    m_return->setText(tr("Retu&rn (F7)"));
}

}  // namespace gd::ui
