#include "FrontOfficePages.h"

#include "../Messages.h"
#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "office/OfficeProfile.h"
#include "documents/Printouts.h"
#include "base/Dates.h"
#include "registers/FrontOffice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

// A field of a register with fewer choices (an action offers only the statuses it can reach).
FieldDef restricted(const RegisterDef &def, const char *key, const QStringList &codes, bool required)
{
    FieldDef f = *def.field(QString::fromLatin1(key));
    QList<Choice> kept;
    for (const Choice &c : f.choices)
        if (codes.contains(c.code))
            kept += c;
    f.choices = kept;
    f.required = required;
    f.defaultValue.clear();
    return f;
}

FieldDef requiredField(const RegisterDef &def, const char *key)
{
    FieldDef f = *def.field(QString::fromLatin1(key));
    f.required = true;
    return f;
}

// Buttons for the work lists ("Due today: 3"), each showing its list in the register.
QGroupBox *workLists(RegisterPage *page, const QStringList &codes, QList<QPushButton *> *buttons)
{
    auto *box = new QGroupBox(page);
    box->setObjectName(QStringLiteral("workListsBox"));
    auto *layout = new QVBoxLayout(box);
    for (const QString &code : codes) {
        auto *b = new QPushButton(box);
        b->setObjectName(code + QStringLiteral("ListButton"));
        b->setProperty("status", code);
        b->setStyleSheet(QStringLiteral("text-align: left; padding: 6px;"));
        QObject::connect(b, &QPushButton::clicked, page, [page, code] { page->showStatus(code); });
        layout->addWidget(b);
        buttons->append(b);
    }
    auto *all = new QPushButton(box);
    all->setObjectName(QStringLiteral("allListButton"));
    all->setProperty("status", QString());
    all->setStyleSheet(QStringLiteral("text-align: left; padding: 6px;"));
    QObject::connect(all, &QPushButton::clicked, page, [page] { page->showStatus(QString()); });
    layout->addWidget(all);
    buttons->append(all);
    return box;
}

void updateWorkLists(Workspace &workspace, const RegisterDef &def, QGroupBox *box, const QList<QPushButton *> &buttons)
{
    box->setTitle(QCoreApplication::translate("gd::ui::FrontOfficePages", "Work lists"));
    EntryStore store(workspace.book(), def);
    for (QPushButton *b : buttons) {
        const QString code = b->property("status").toString();
        EntryFilter f;
        f.status = code;
        const auto n = store.count(f);
        QString label = QCoreApplication::translate("gd::ui::FrontOfficePages", "All entries");
        for (const StatusFilter &st : def.statuses)
            if (st.code == code)
                label = QCoreApplication::translate("gd::Fields", st.label);
        b->setText(QStringLiteral("%1: %2").arg(label).arg(n ? n.value() : 0));
        b->setToolTip(b->text());  // whole, should a narrow window cut the button short
        b->setMinimumWidth(b->sizeHint().width());  // the side panel is made as wide as its longest list (up to 400 px)
    }
}

Office office(Workspace &workspace)
{
    auto o = OfficeProfile(workspace.book()).load();
    return o ? o.value() : Office{};
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------

SlipOptions::SlipOptions(QWidget *parent) : QWidget(parent)
{
    m_language = new PrintLanguageCombo(this);
    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("slipSizeCombo"));
    m_after = new QCheckBox(this);
    m_after->setObjectName(QStringLiteral("printAfterSavingCheck"));
    m_after->setChecked(true);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_language);
    layout->addWidget(m_size);
    layout->addWidget(m_after);
    retranslate();
}

PrintLanguage SlipOptions::language() const
{
    return m_language->language();
}

QPageSize::PageSizeId SlipOptions::pageSize() const
{
    return m_size->currentData().toInt() == 4 ? QPageSize::A4 : QPageSize::A5;
}

bool SlipOptions::printAfterSaving() const
{
    return m_after->isChecked();
}

void SlipOptions::retranslate()
{
    const int size = std::max(0, m_size->currentIndex());
    m_size->clear();
    m_size->addItem(tr("A5 (half of A4)"), 5);
    m_size->addItem(tr("A4"), 4);
    m_size->setCurrentIndex(size);
    m_after->setText(tr(m_afterText));
}

void SlipOptions::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

// ---------------------------------------------------------------------------------------------------------

AcknowledgedPage::AcknowledgedPage(Workspace &workspace, const RegisterDef &def, QWidget *parent)
    : RegisterPage(workspace, def, parent)
{
    auto *panel = new QWidget(this);
    auto *layout = m_panel = new QVBoxLayout(panel);
    m_lists = workLists(this, def.workLists, &m_listButtons);
    m_slip = new SlipOptions(panel);
    layout->addWidget(m_lists);
    layout->addWidget(m_slip);
    layout->addStretch(1);
    addSidePanel(panel);
}

void AcknowledgedPage::addToPanel(QWidget *widget)
{
    m_panel->insertWidget(m_panel->count() - 1, widget);
}

void AcknowledgedPage::retranslateExtras()
{
    retranslateActions();
    whenInView([this] { updateWorkLists(workspace(), def(), m_lists, m_listButtons); });
}

void AcknowledgedPage::refreshExtras()
{
    refreshActions();
    updateWorkLists(workspace(), def(), m_lists, m_listButtons);
}

void AcknowledgedPage::afterNewEntry(const Entry &entry)
{
    if (m_slip->printAfterSaving())
        printSlip(entry);
}

void AcknowledgedPage::printSlip(const Entry &entry)
{
    auto charter = Charter::load(workspace().book());
    previewDocument(this, slip(office(workspace()), entry, charter ? charter.value() : Charter{}, m_slip->language(),
                               m_slip->pageSize()));
}

// ---------------------------------------------------------------------------------------------------------

ApplicationsPage::ApplicationsPage(Workspace &workspace, QWidget *parent)
    : AcknowledgedPage(workspace, Registers::applications(), parent)
{
    m_close = addAction(QStringLiteral("closeApplicationButton"), QKeySequence(Qt::Key_F6), [this] { closeSelected(); });
    m_appeals = new QLabel(this);
    m_appeals->setObjectName(QStringLiteral("applicationAppealsLabel"));
    m_appeals->setWordWrap(true);
    m_appeals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    addToPanel(m_appeals);
    m_print = addAction(QStringLiteral("printSlipButton"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
        if (const auto e = selectedOrSay())
            printSlip(*e);
    });
    retranslate();
    refreshWhenShown();
}

void ApplicationsPage::retranslateActions()
{
    m_close->setText(tr("&Deliver or reject (F6)"));
    m_print->setText(tr("&Print slip (Ctrl+P)"));
}

// The appeals against the application in view, with their outcome: the application shows its appeals.
void ApplicationsPage::currentChanged(const Entry *application)
{
    m_appeals->clear();
    if (!application)
        return;
    auto appeals = FrontOffice(workspace().book()).appealsOf(*application);
    if (!appeals || appeals.value().isEmpty())
        return;
    const RegisterDef &def = Registers::appeals();
    QStringList lines;
    for (const Entry &a : appeals.value())
        lines += tr("%1: %2, filed %3, %4").arg(a.number, Fields::choiceLabel(*def.field(u"level"_s), a.text(u"level"_s)),
                                                Dates::display(a.date(u"filed_on"_s)),
                                                Fields::choiceLabel(*def.field(u"outcome"_s), a.text(u"outcome"_s)));
    m_appeals->setText(tr("Appeals against %1:").arg(application->number) + u'\n' + lines.join(u'\n'));
}

void ApplicationsPage::refreshActions()
{
    m_close->setEnabled(mayWrite());
}

Document ApplicationsPage::slip(const Office &office, const Entry &entry, const Charter &charter,
                                PrintLanguage language, QPageSize::PageSizeId size) const
{
    return applicationSlip(office, entry, charter.services.value(entry.text(u"service_code"_s)), language,
                           workspace().clock().today(), size);
}

void ApplicationsPage::closeSelected()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry base = *chosen;
    const QList<FieldDef> fields = {restricted(def(), "status", {u"delivered"_s, u"rejected"_s}, true),
                                    requiredField(def(), "closed_on"), *def().field(u"remarks"_s)};
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Deliver or reject an application"), fields,
                 {{u"status"_s, u"delivered"_s}, {u"closed_on"_s, workspace().clock().today()},
                  {u"remarks"_s, base.text(u"remarks"_s)}},
                 [this, base](const QVariantMap &v) {
                     return FrontOffice(workspace().book())
                         .closeApplication(workspace().user(), base, v.value(u"status"_s).toString(),
                                           v.value(u"closed_on"_s).toDate(), v.value(u"remarks"_s).toString());
                 });
}

// ---------------------------------------------------------------------------------------------------------

ComplaintsPage::ComplaintsPage(Workspace &workspace, QWidget *parent)
    : AcknowledgedPage(workspace, Registers::complaints(), parent)
{
    m_act = addAction(QStringLiteral("complaintActionButton"), QKeySequence(Qt::Key_F6), [this] { actOnSelected(); });
    m_reopen = addAction(QStringLiteral("reopenButton"), QKeySequence(), [this] { reopenSelected(); });
    m_escalate = addAction(QStringLiteral("escalateButton"), QKeySequence(), [this] { escalateSelected(); });
    m_print = addAction(QStringLiteral("printSlipButton"), QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
        if (const auto e = selectedOrSay())
            printSlip(*e);
    });
    retranslate();
    refreshWhenShown();
}

void ComplaintsPage::retranslateActions()
{
    m_act->setText(tr("&Action or reply (F6)"));
    m_reopen->setText(tr("Re&open"));
    m_escalate->setText(tr("E&scalate"));
    m_print->setText(tr("&Print acknowledgement (Ctrl+P)"));
}

void ComplaintsPage::refreshActions()
{
    for (QPushButton *b : {m_act, m_reopen, m_escalate})
        b->setEnabled(mayWrite());
}

Document ComplaintsPage::slip(const Office &office, const Entry &entry, const Charter &charter,
                              PrintLanguage language, QPageSize::PageSizeId size) const
{
    return complaintSlip(office, entry, charter.categories.value(entry.text(u"category_code"_s)), language,
                         workspace().clock().today(), size);
}

void ComplaintsPage::actOnSelected()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry base = *chosen;
    const QList<FieldDef> fields = {
        restricted(def(), "status", {u"in_progress"_s, u"interim_reply"_s, u"disposed"_s, u"rejected"_s, u"transferred"_s}, true),
        *def().field(u"disposed_on"_s),     *def().field(u"action_taken"_s), *def().field(u"interim_reply"_s),
        *def().field(u"reply_sent_on"_s),   *def().field(u"marked_to"_s),    *def().field(u"satisfied"_s)};
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Action on a complaint"), fields,
                 {{u"status"_s, u"disposed"_s},
                  {u"disposed_on"_s, workspace().clock().today()},
                  {u"action_taken"_s, base.text(u"action_taken"_s)},
                  {u"interim_reply"_s, base.text(u"interim_reply"_s)},
                  {u"reply_sent_on"_s, base.value(u"reply_sent_on"_s)},
                  {u"marked_to"_s, base.text(u"marked_to"_s)}},
                 [this, base](const QVariantMap &v) {
                     FrontOffice::ComplaintAction a;
                     a.status = v.value(u"status"_s).toString();
                     a.date = v.value(u"disposed_on"_s).toDate();
                     a.actionTaken = v.value(u"action_taken"_s).toString();
                     a.interimReply = v.value(u"interim_reply"_s).toString();
                     a.replySentOn = v.value(u"reply_sent_on"_s).toDate();
                     a.satisfied = v.value(u"satisfied"_s).toString();
                     a.markedTo = v.value(u"marked_to"_s).toString();
                     return FrontOffice(workspace().book()).actOnComplaint(workspace().user(), base, a);
                 });
}

void ComplaintsPage::reopenSelected()
{
    reasonDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Reopen a complaint"),
                 QT_TRANSLATE_NOOP("gd::Fields", "Reason for reopening"), [this](const Entry &base, const QString &reason) {
                     return FrontOffice(workspace().book()).reopenComplaint(workspace().user(), base, reason);
                 });
}

void ComplaintsPage::escalateSelected()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry base = *chosen;
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Escalate a complaint"),
                 {requiredField(def(), "escalated_to"), requiredField(def(), "escalated_on")},
                 {{u"escalated_to"_s, base.text(u"escalated_to"_s)}, {u"escalated_on"_s, workspace().clock().today()}},
                 [this, base](const QVariantMap &v) {
                     return FrontOffice(workspace().book())
                         .escalateComplaint(workspace().user(), base, v.value(u"escalated_to"_s).toString(),
                                            v.value(u"escalated_on"_s).toDate());
                 });
}

// ---------------------------------------------------------------------------------------------------------

VisitorsPage::VisitorsPage(Workspace &workspace, ApplicationsPage *applications, ComplaintsPage *complaints,
                           QWidget *parent)
    : RegisterPage(workspace, Registers::visitors(), parent),
      m_applications(applications), m_complaints(complaints)
{
    m_leave = addAction(QStringLiteral("visitorLeavesButton"), QKeySequence(Qt::Key_F6), [this] { visitorLeaves(); });
    m_follow = addAction(QStringLiteral("followUpButton"), QKeySequence(Qt::Key_F7), [this] { followUp(); });
    m_insideBox = new QGroupBox(this);
    m_insideBox->setObjectName(QStringLiteral("insideNowBox"));
    m_inside = new QListWidget(m_insideBox);
    m_inside->setObjectName(QStringLiteral("insideNowList"));
    m_inside->setMinimumWidth(260);
    auto *layout = new QVBoxLayout(m_insideBox);
    layout->addWidget(m_inside);
    connect(m_inside, &QListWidget::itemActivated, this, [this] { visitorLeaves(); });
    addSidePanel(m_insideBox);
    // The list of who is inside stays current while the page is open.
    auto *timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, this, [this] {
        if (isVisible())
            refreshExtras();
    });
    timer->start();
    retranslate();
    refreshWhenShown();
}

void VisitorsPage::retranslateExtras()
{
    m_leave->setText(tr("Visitor lea&ves (F6)"));
    m_follow->setText(tr("&Application or complaint of this visit (F7)"));
    whenInView([this] { refreshExtras(); });
}

void VisitorsPage::refreshExtras()
{
    m_leave->setEnabled(mayWrite());
    m_follow->setEnabled(mayWrite());
    EntryFilter inside;
    inside.status = u"inside"_s;
    auto page = EntryStore(workspace().book(), def()).page(inside, {}, 0, 500);
    m_insideEntries = page ? page.value() : QList<Entry>();
    const QTime now = workspace().clock().now().time();
    m_inside->clear();
    for (const Entry &e : m_insideEntries) {
        const QTime in = e.value(u"time_in"_s).toTime();
        const int minutes = std::max(0, int(in.secsTo(now) / 60));
        QString line = in.toString(QStringLiteral("HH:mm")) + QStringLiteral("  ") + e.text(u"name"_s);
        if (!e.text(u"village"_s).isEmpty())
            line += QStringLiteral(" (") + e.text(u"village"_s) + u')';
        line += QStringLiteral(" — ") + tr("%n min", nullptr, minutes);
        auto *item = new QListWidgetItem(line, m_inside);
        item->setData(Qt::UserRole, e.number);
    }
    m_insideBox->setTitle(tr("Inside now: %1").arg(m_insideEntries.size()));
}

const Entry *VisitorsPage::target() const
{
    if (m_inside->hasFocus() && m_inside->currentRow() >= 0 && m_inside->currentRow() < m_insideEntries.size())
        return &m_insideEntries.at(m_inside->currentRow());
    if (const Entry *e = selected())
        return e;
    if (m_inside->currentRow() >= 0 && m_inside->currentRow() < m_insideEntries.size())
        return &m_insideEntries.at(m_inside->currentRow());
    return nullptr;
}

void VisitorsPage::visitorLeaves()
{
    const Entry *current = target();
    if (!current) {
        setStatus(tr("Select the visitor who is leaving (in the register or in \"Inside now\")."));
        return;
    }
    const Entry base = *current;
    if (base.value(u"time_out"_s).toTime().isValid()) {
        setStatus(tr("%1 has already left.").arg(base.text(u"name"_s)));
        return;
    }
    // The ratings first, each picked by its digit, which moves on; Enter then saves from the outcome (the
    // suggestion, several lines, comes last: Enter starts a new line there).
    const QList<FieldDef> fields = {requiredField(def(), "time_out"), *def().field(u"service_time_rating"_s),
                                    *def().field(u"behaviour_rating"_s), *def().field(u"outcome"_s),
                                    *def().field(u"suggestion"_s)};
    const QString who = tr("%1 (%2, came at %3)")
                            .arg(base.text(u"name"_s), base.number,
                                 base.value(u"time_in"_s).toTime().toString(QStringLiteral("HH:mm")));
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Visitor leaves: exit feedback"), fields,
                 {{u"time_out"_s, workspace().clock().now().time()}, {u"outcome"_s, base.text(u"outcome"_s)}},
                 [this, base](const QVariantMap &v) {
                     return FrontOffice(workspace().book())
                         .visitorLeaves(workspace().user(), base, v.value(u"time_out"_s).toTime(),
                                        v.value(u"service_time_rating"_s), v.value(u"behaviour_rating"_s),
                                        v.value(u"suggestion"_s).toString(), v.value(u"outcome"_s).toString());
                 },
                 who);
}

void VisitorsPage::afterNewEntry(const Entry &entry)
{
    const QString purpose = entry.text(u"purpose"_s);
    if (purpose == u"service" || purpose == u"complaint")
        followUp(entry);
}

void VisitorsPage::followUp()
{
    const Entry *current = target();
    if (!current) {
        setStatus(tr("Select an entry first."));
        return;
    }
    followUp(*current);
}

void VisitorsPage::followUp(const Entry &visitor)
{
    if (!visitor.text(u"outcome_ref"_s).isEmpty()) {
        setStatus(tr("This visit already produced %1.").arg(visitor.text(u"outcome_ref"_s)));
        return;
    }
    const bool complaint = visitor.text(u"purpose"_s) == u"complaint";
    QVariantMap initial{{u"relative_name"_s, visitor.text(u"relative_name"_s)},
                        {u"village"_s, visitor.text(u"village"_s)},
                        {u"mobile"_s, visitor.text(u"mobile"_s)}};
    const QString number = visitor.number;
    const auto link = [this, number](const Entry &created) {
        auto now = EntryStore(workspace().book(), def()).current(number);
        if (!now)
            return;
        if (auto linked = FrontOffice(workspace().book()).linkVisitor(workspace().user(), now.value(), created.number); !linked)
            Messages::current().error(this, tr("The visit was not linked"), linked.error().message);
        refresh();
        selectNumber(number);
        setStatus(tr("%1 recorded for the visit %2.").arg(created.number, number));
    };
    if (complaint) {
        initial.insert(u"complainant_name"_s, visitor.text(u"name"_s));
        initial.insert(u"received_on"_s, visitor.date(u"date"_s));
        initial.insert(u"mode"_s, u"in_person"_s);
        m_complaints->newEntry(initial, link);
    } else {
        initial.insert(u"applicant_name"_s, visitor.text(u"name"_s));
        initial.insert(u"received_on"_s, visitor.date(u"date"_s));
        initial.insert(u"service_code"_s, visitor.text(u"service_code"_s));
        m_applications->newEntry(initial, link);
    }
}

}  // namespace gd::ui
