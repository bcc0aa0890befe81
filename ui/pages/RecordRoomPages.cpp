#include "RecordRoomPages.h"

#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "base/Dates.h"
#include "documents/RecordRoomPrintouts.h"
#include "registers/RecordRoom.h"

#include <QGroupBox>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

FieldDef fieldOf(const RegisterDef &def, const char *key, bool required)
{
    FieldDef f = *def.field(QString::fromLatin1(key));
    f.required = required;
    return f;
}

const char *const kLists[] = {"out", "overdue", "review", "destroyed"};

}  // namespace

FilesPage::FilesPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::files(), parent)
{
    m_issue = addAction(u"issueFileButton"_s, QKeySequence(Qt::Key_F6), [this] { issue(); });
    m_return = addAction(u"returnFileButton"_s, QKeySequence(Qt::Key_F7), [this] { returnSelected(); });
    m_move = addAction(u"moveFileButton"_s, QKeySequence(), [this] { move(); });
    m_volume = addAction(u"newVolumeButton"_s, QKeySequence(), [this] { newVolume(); });
    m_close = addAction(u"closeFileButton"_s, QKeySequence(), [this] { closeSelected(); });
    m_destroy = addAction(u"destroyFileButton"_s, QKeySequence(), [this] { destroySelected(); });
    m_labels = addAction(u"labelsButton"_s, QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printLabels(); });
    m_shelf = addAction(u"shelfListButton"_s, QKeySequence(), [this] { printShelfList(); });
    m_list = addAction(u"printListButton"_s, QKeySequence(), [this] { printList(); });

    auto *panel = new QWidget(this);
    auto *layout = new QVBoxLayout(panel);
    m_language = new PrintLanguageCombo(panel);
    layout->addWidget(m_language);
    m_listsTitle = new QLabel(panel);
    layout->addWidget(m_listsTitle);
    for (const char *code : kLists) {
        auto *button = new QPushButton(panel);
        button->setObjectName(QStringLiteral("filesList_") + QString::fromLatin1(code));
        connect(button, &QPushButton::clicked, this, [this, code] { showStatus(QString::fromLatin1(code)); });
        layout->addWidget(button);
        m_lists += button;
    }
    m_where = new QLabel(panel);
    m_where->setObjectName(u"fileWhereLabel"_s);
    m_where->setWordWrap(true);
    m_where->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_where);
    m_movements = new QListWidget(panel);
    m_movements->setObjectName(u"fileMovementsList"_s);
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
        f.status = QString::fromLatin1(kLists[i]);
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
        where += u'\n' + tr("Out with %1 since %2").arg(out.value()->text(u"issued_to"_s), Dates::display(out.value()->date(u"issued_on"_s)));
    else if (file->text(u"status"_s) == u"destroyed")
        where += u'\n' + tr("Destroyed on %1 (%2)").arg(Dates::display(file->date(u"destroyed_on"_s)), file->text(u"destruction_order"_s));
    else
        where += u'\n' + tr("In the record room");
    m_where->setText(where);
    auto moves = room.movements(file->number);
    for (const Entry &m : moves ? moves.value() : QList<Entry>()) {
        const QDate back = m.date(u"returned_on"_s);
        m_movements->addItem(tr("%1 → %2 (%3)%4")
                                 .arg(Dates::display(m.date(u"issued_on"_s)), m.text(u"issued_to"_s), m.text(u"purpose"_s),
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
                 {{u"issued_on"_s, today}, {u"due_back_on"_s, today.addDays(7)}},
                 [this, file](const QVariantMap &v) {
                     return RecordRoom(workspace().book())
                         .issue(workspace().user(), file, v.value(u"issued_to"_s).toString(), v.value(u"purpose"_s).toString(),
                                v.value(u"issued_on"_s).toDate(), v.value(u"due_back_on"_s).toDate());
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
                     {fieldOf(Registers::fileMovements(), "returned_on", true)}, {{u"returned_on"_s, workspace().clock().today()}},
                     [this, movement](const QVariantMap &v) {
                         return RecordRoom(workspace().book()).returned(workspace().user(), movement, v.value(u"returned_on"_s).toDate());
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
    setStatus(e ? tr("%1 continues in volume %2.").arg(e.value().number).arg(e.value().value(u"volume"_s).toInt()) : e.error().message);
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
                 {{u"closed_on"_s, workspace().clock().today()}}, [this, file](const QVariantMap &v) {
                     return RecordRoom(workspace().book()).close(workspace().user(), file, v.value(u"closed_on"_s).toDate());
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
                 {{u"destroyed_on"_s, workspace().clock().today()}}, [this, file](const QVariantMap &v) {
                     return RecordRoom(workspace().book())
                         .destroy(workspace().user(), file, v.value(u"destroyed_on"_s).toDate(), v.value(u"destruction_order"_s).toString());
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
    const QString room = chosen->text(u"room"_s);
    const QString almirah = chosen->text(u"almirah"_s);
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
        outWith.insert(it.key(), it->text(u"issued_to"_s));
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
    : RegisterPage(workspace, Registers::fileMovements(), parent)
{
    m_return = addAction(u"returnMovementButton"_s, QKeySequence(Qt::Key_F7), [this] {
        const std::optional<Entry> chosen = selectedOrSay();
        if (!chosen)
            return;
        const Entry movement = *chosen;
        actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Return a file"), {fieldOf(def(), "returned_on", true)},
                     {{u"returned_on"_s, this->workspace().clock().today()}}, [this, movement](const QVariantMap &v) {
                         return RecordRoom(this->workspace().book())
                             .returned(this->workspace().user(), movement, v.value(u"returned_on"_s).toDate());
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
