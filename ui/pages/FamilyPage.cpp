#include "FamilyPage.h"

#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "base/Dates.h"
#include "documents/FamilyPrintouts.h"
#include "documents/Printouts.h"
#include "registers/FrontOfficeRegisters.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

using K = FamilyMemberKeys;

namespace {

FieldDef field(const char *key, const char *label, FieldKind kind, bool required = false)
{
    FieldDef f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.kind = kind;
    f.required = required;
    return f;
}

FieldDef memberField(const char *key, bool required = false)
{
    FieldDef f = *Registers::familyMembers().field(QString::fromLatin1(key));
    f.required = f.required || required;
    return f;
}

// Why the change happens: its date, reason and authority.
QList<FieldDef> changeFields()
{
    return {field("on", QT_TRANSLATE_NOOP("gd::Fields", "Date of the change"), FieldKind::Date, true),
            field("why", QT_TRANSLATE_NOOP("gd::Fields", "Reason"), FieldKind::Text),
            field("authority", QT_TRANSLATE_NOOP("gd::Fields", "Authority (order and by whom)"), FieldKind::Text)};
}

FieldDef kindField(QList<Choice> choices)
{
    FieldDef f = field("kind", QT_TRANSLATE_NOOP("gd::Fields", "Event"), FieldKind::Choice, true);
    f.choices = std::move(choices);
    f.defaultValue = f.choices.first().code;
    return f;
}

QTableWidget *smallTable()
{
    auto *t = new QTableWidget;
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionMode(QAbstractItemView::NoSelection);
    t->setFocusPolicy(Qt::NoFocus);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    return t;
}

void setRow(QTableWidget *t, int row, const QStringList &cells, bool dim = false)
{
    for (int c = 0; c < cells.size(); ++c) {
        auto *item = new QTableWidgetItem(cells.at(c));
        item->setToolTip(cells.at(c));
        if (dim)
            item->setForeground(t->palette().color(QPalette::Disabled, QPalette::Text));
        t->setItem(row, c, item);
    }
}

}  // namespace

FamilyPage::FamilyPage(Workspace &workspace, QWidget *parent) : RegisterPage(workspace, Registers::familyMembers(), parent)
{
    setObjectName(u"familyPage"_s);
    auto *panel = new QWidget;
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 0, 0);
    m_familyTitle = new QLabel;
    m_familyTitle->setObjectName(u"familyTitle"_s);
    QFont bold = m_familyTitle->font();
    bold.setBold(true);
    m_familyTitle->setFont(bold);
    m_familyLine = new QLabel;
    m_familyLine->setWordWrap(true);
    m_members = smallTable();
    m_members->setObjectName(u"familyMembers"_s);
    m_members->setColumnCount(3);
    m_eventsTitle = new QLabel;
    m_eventsTitle->setFont(bold);
    m_events = smallTable();
    m_events->setObjectName(u"familyEvents"_s);
    m_events->setColumnCount(3);
    v->addWidget(m_familyTitle);
    v->addWidget(m_familyLine);
    v->addWidget(m_members, 3);
    v->addWidget(m_eventsTitle);
    v->addWidget(m_events, 2);
    m_languageLabel = new QLabel;
    m_language = new PrintLanguageCombo;
    m_language->setObjectName(u"familyCopyLanguage"_s);
    m_languageLabel->setBuddy(m_language);
    auto *row = new QHBoxLayout;
    row->addWidget(m_languageLabel);
    row->addWidget(m_language, 1);
    v->addLayout(row);
    addSidePanel(panel);

    m_newFamily = addAction(u"newFamilyButton"_s, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] { newFamily(); });
    m_addMember = addAction(u"addMemberButton"_s, QKeySequence(Qt::Key_F6), [this] { addMember(); });
    m_leaves = addAction(u"memberLeavesButton"_s, QKeySequence(Qt::Key_F7), [this] { memberLeaves(); });
    m_marry = addAction(u"marryIntoButton"_s, QKeySequence(), [this] { marryInto(); });
    m_split = addAction(u"splitFamilyButton"_s, QKeySequence(), [this] { splitFamily(); });
    m_correctOnOrder = addAction(u"correctOnOrderButton"_s, QKeySequence(), [this] { correctOnOrder(); });
    m_carry = addAction(u"carryVitalButton"_s, QKeySequence(Qt::Key_F8), [this] { carryVitalEvent(); });
    m_copy = addAction(u"familyCopyButton"_s, QKeySequence(Qt::CTRL | Qt::Key_P), [this] { issueCopy(); });
    retranslate();
    refreshWhenShown();
}

void FamilyPage::retranslateExtras()
{
    m_newFamily->setText(tr("New &family (Ctrl+Shift+N)"));
    m_addMember->setText(tr("&Member joins (F6)"));
    m_leaves->setText(tr("Death or &leaving (F7)"));
    m_marry->setText(tr("Marr&iage…"));
    m_split->setText(tr("&Split…"));
    m_correctOnOrder->setText(tr("On an &order…"));
    m_carry->setText(tr("Births, deaths (F8)"));
    m_copy->setText(tr("Certified &copy (Ctrl+P)"));
    m_marry->setToolTip(tr("Marries into another family of the panchayat: both families keep a cross-reference"));
    m_split->setToolTip(tr("Some members form a new family under a new number"));
    m_correctOnOrder->setToolTip(tr("Corrects the member's row on an order of the ADO (Panchayat) or another authority"));
    m_carry->setToolTip(tr("Births and deaths of the birth and death register not yet carried into the family register"));
    m_members->setHorizontalHeaderLabels({tr("No."), tr("Member"), tr("Relation, status")});
    m_events->setHorizontalHeaderLabels({tr("Date"), tr("Event"), tr("Member, other family")});
    // Headed whole before any family is chosen (each heading is whole on hover too, as every table's is).
    for (QTableWidget *t : {m_members, m_events})
        t->resizeColumnsToContents();
    m_eventsTitle->setText(tr("Events of the family"));
    m_languageLabel->setText(tr("Copy in"));
    showFamily(m_family);
}

void FamilyPage::refreshExtras()
{
    auto pending = FamilyRegister(workspace().book()).vitalEventsToCarry();
    const int n = pending ? int(pending.value().size()) : 0;
    m_carry->setText(n > 0 ? tr("Births, deaths: %1 (F8)").arg(n) : tr("Births, deaths (F8)"));
    showFamily(m_family);
}

void FamilyPage::currentChanged(const Entry *entry)
{
    showFamily(entry ? FamilyId::of(*entry) : FamilyId{});
}

void FamilyPage::showFamily(const FamilyId &family)
{
    m_family = family;
    m_members->setRowCount(0);
    m_events->setRowCount(0);
    if (!family.isValid()) {
        m_familyTitle->setText(tr("Family"));
        m_familyLine->setText(tr("Choose a member to see the family."));
        return;
    }
    FamilyRegister reg(workspace().book());
    auto members = reg.members(family);
    auto events = reg.events(family);
    if (!members || !events) {
        m_familyLine->setText((!members ? members.error() : events.error()).message);
        return;
    }
    const RegisterDef &def = Registers::familyMembers();
    int living = 0;
    QString house;
    for (const Entry &m : members.value()) {
        living += m.text(K::status) == u"living" ? 1 : 0;
        if (!m.text(K::houseNo).isEmpty())
            house = m.text(K::houseNo);
    }
    m_familyTitle->setText(tr("Family %1").arg(family.text()));
    const QString head = FamilyRegister::headNameOf(members.value());
    m_familyLine->setText(tr("House %1 · head %2 · %n living member(s)", nullptr, living)
                              .arg(house.isEmpty() ? u"—"_s : house, head.isEmpty() ? u"—"_s : head));
    m_members->setRowCount(int(members.value().size()));
    for (int i = 0; i < members.value().size(); ++i) {
        const Entry &m = members.value().at(i);
        QString status = Fields::choiceLabel(*def.field(K::relation), m.text(K::relation));
        if (m.text(K::status) != u"living") {
            status += u", " + Fields::choiceLabel(*def.field(K::status), m.text(K::status)) + u' '
                + Dates::display(m.date(K::leftOn));
            if (!m.text(K::crossRef).isEmpty())
                status += u" → " + m.text(K::crossRef);
        }
        setRow(m_members, i, {m.text(K::serial), m.text(K::name), status}, m.text(K::status) != u"living");
    }
    const RegisterDef &ev = Registers::familyEvents();
    m_events->setRowCount(int(events.value().size()));
    for (int i = 0; i < events.value().size(); ++i) {
        const Entry &e = events.value().at(i);
        QString who = e.text(FamilyEventKeys::memberName);
        if (!e.text(FamilyEventKeys::otherFamily).isEmpty())
            who += u" (" + e.text(FamilyEventKeys::otherFamily) + u')';
        if (e.text(FamilyEventKeys::kind) == u"copy")
            who = e.number + u", " + e.text(FamilyEventKeys::applicationNo);
        setRow(m_events, i, {Dates::display(e.date(FamilyEventKeys::eventOn)),
                             Fields::choiceLabel(*ev.field(FamilyEventKeys::kind), e.text(FamilyEventKeys::kind)), who});
    }
    m_members->resizeColumnsToContents();
    m_events->resizeColumnsToContents();
}

FamilyRegister::Change FamilyPage::changeOf(const QVariantMap &typed) const
{
    return {typed.value(u"on"_s).toDate(), typed.value(u"why"_s).toString(), typed.value(u"authority"_s).toString(), {}};
}

void FamilyPage::newFamily()
{
    QList<FieldDef> fields = {memberField("village"), memberField("family_no"), memberField("house_no"),
                              memberField("name"), memberField("relative_name"), memberField("sex"),
                              memberField("religion"), memberField("category"), memberField("birth_date"),
                              memberField("age"), memberField("occupation"), memberField("literate")};
    fields += changeFields();
    QVariantMap initial = {{u"on"_s, workspace().clock().today()}};
    if (m_family.isValid()) {
        initial.insert(K::village, m_family.village);
        if (auto next = FamilyRegister(workspace().book()).nextFamilyNumber(m_family.village))
            initial.insert(K::familyNo, next.value());
    }
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "A new family"), fields, initial, [this](const QVariantMap &v) {
        QVariantMap head = v;
        head.insert(K::joinedBy, u"register"_s);
        return FamilyRegister(workspace().book()).newFamily(workspace().user(), head, changeOf(v));
    });
}

void FamilyPage::addMember()
{
    if (!m_family.isValid()) {
        setStatus(tr("Choose a member of the family first."));
        return;
    }
    const FamilyId family = m_family;
    QList<FieldDef> fields = {kindField({{u"birth"_s, QT_TRANSLATE_NOOP("gd::Fields", "birth")},
                                         {u"marriage_in"_s, QT_TRANSLATE_NOOP("gd::Fields", "joined by marriage")},
                                         {u"migration_in"_s, QT_TRANSLATE_NOOP("gd::Fields", "came to live here")}}),
                              memberField("name"), memberField("relative_name"), memberField("relation"), memberField("sex"),
                              memberField("religion"), memberField("category"), memberField("birth_date"), memberField("age"),
                              memberField("occupation"), memberField("literate")};
    fields += changeFields();
    fields += field("other_family", QT_TRANSLATE_NOOP("gd::Fields", "Came from (family or place)"), FieldKind::Text);
    QVariantMap initial = {{u"on"_s, workspace().clock().today()}};
    if (auto members = FamilyRegister(workspace().book()).members(family); members && !members.value().isEmpty()) {
        const Entry &any = members.value().first();
        for (const QString &key : {K::religion, K::category})
            initial.insert(key, any.value(key));
    }
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "A member joins the family"), fields, initial,
                 [this, family](const QVariantMap &v) {
                     return FamilyRegister(workspace().book())
                         .addMember(workspace().user(), family, v.value(u"kind"_s).toString(), v, changeOf(v),
                                    v.value(u"other_family"_s).toString());
                 });
}

void FamilyPage::memberLeaves()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry member = *chosen;
    QList<FieldDef> fields = {kindField({{u"death"_s, QT_TRANSLATE_NOOP("gd::Fields", "death")},
                                         {u"marriage_out"_s, QT_TRANSLATE_NOOP("gd::Fields", "left by marriage")},
                                         {u"migration_out"_s, QT_TRANSLATE_NOOP("gd::Fields", "moved away")}})};
    fields += changeFields();
    fields += field("other_family", QT_TRANSLATE_NOOP("gd::Fields", "Went to (family or place)"), FieldKind::Text);
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "A member dies or leaves"), fields,
                 {{u"on"_s, workspace().clock().today()}}, [this, member](const QVariantMap &v) {
                     return FamilyRegister(workspace().book())
                         .memberLeaves(workspace().user(), member, v.value(u"kind"_s).toString(), changeOf(v),
                                       v.value(u"other_family"_s).toString());
                 });
}

void FamilyPage::marryInto()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry member = *chosen;
    QList<FieldDef> fields = {field("to", QT_TRANSLATE_NOOP("gd::Fields", "Joins the family (village/number)"), FieldKind::Text, true),
                              memberField("relation"), memberField("relative_name", true)};
    fields += changeFields();
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Marries into a family of the panchayat"), fields,
                 {{u"on"_s, workspace().clock().today()}, {K::relation, u"wife"_s}}, [this, member](const QVariantMap &v) {
                     return FamilyRegister(workspace().book())
                         .marryInto(workspace().user(), member, FamilyId::parse(v.value(u"to"_s).toString()),
                                    v.value(K::relation).toString(), v.value(K::relativeName).toString(), changeOf(v));
                 });
}

void FamilyPage::splitFamily()
{
    if (!m_family.isValid()) {
        setStatus(tr("Choose a member of the family first."));
        return;
    }
    const FamilyId family = m_family;
    auto next = FamilyRegister(workspace().book()).nextFamilyNumber(family.village);
    QList<FieldDef> fields = {field("serials", QT_TRANSLATE_NOOP("gd::Fields", "Serials of the members who form the new family, its head first (3, 5, 6)"),
                                    FieldKind::Text, true),
                              memberField("family_no"), memberField("house_no")};
    fields += changeFields();
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "The family splits"), fields,
                 {{u"on"_s, workspace().clock().today()}, {K::familyNo, next ? next.value() : 0}},
                 [this, family](const QVariantMap &v) -> Result<Entry> {
                     FamilyRegister reg(workspace().book());
                     auto members = reg.members(family);
                     if (!members)
                         return members.error();
                     QList<Entry> chosen;
                     for (const QString &part : v.value(u"serials"_s).toString().split(u',', Qt::SkipEmptyParts)) {
                         const int serial = part.trimmed().toInt();
                         auto it = std::find_if(members.value().cbegin(), members.value().cend(), [&](const Entry &m) {
                             return m.value(K::serial).toInt() == serial && m.text(K::status) == u"living";
                         });
                         if (it == members.value().cend())
                             return makeError(ErrorCode::InputRejected,
                                              tr("Family %1 has no living member with serial %2.").arg(family.text(), part.trimmed()));
                         chosen += *it;
                     }
                     return reg.split(workspace().user(), chosen, v.value(K::familyNo).toInt(), v.value(K::houseNo).toString(),
                                      changeOf(v));
                 });
}

void FamilyPage::correctOnOrder()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry member = *chosen;
    QList<FieldDef> fields;
    for (const QString &key : def().formKeys)
        fields += *def().field(key);
    QList<FieldDef> change = changeFields();
    change[2].required = true;
    fields += change;
    QVariantMap initial = member.values;
    initial.insert(u"on"_s, workspace().clock().today());
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "A correction on an order"), fields, initial,
                 [this, member](const QVariantMap &v) {
                     QVariantMap values = member.values;
                     for (const QString &key : def().formKeys)
                         values.insert(key, v.value(key));
                     return FamilyRegister(workspace().book()).correctOnOrder(workspace().user(), member, values, changeOf(v));
                 });
}

void FamilyPage::carryVitalEvent()
{
    auto pending = FamilyRegister(workspace().book()).vitalEventsToCarry();
    if (!pending || pending.value().isEmpty()) {
        setStatus(pending ? tr("Every birth and death of the birth and death register is in the family register.")
                          : pending.error().message);
        return;
    }
    // The oldest case first; the clerk names the family (and, for a death, the member's serial).
    const Entry event = pending.value().first();
    const bool birth = event.text(u"event_type"_s) == u"birth";
    const QString who = birth ? tr("birth of a child of %1 on %2").arg(event.text(u"father_name"_s), Dates::display(event.date(u"event_date"_s)))
                              : tr("death of %1 on %2").arg(event.text(u"name"_s), Dates::display(event.date(u"event_date"_s)));
    setStatus(tr("%1 (%2); %n more after it.", nullptr, int(pending.value().size()) - 1).arg(who, event.number));
    QList<FieldDef> fields = {field("family", QT_TRANSLATE_NOOP("gd::Fields", "Family (village/number)"), FieldKind::Text, true)};
    if (birth) {
        fields += {memberField("name"), memberField("relation")};
    } else {
        fields += field("serial", QT_TRANSLATE_NOOP("gd::Fields", "Serial of the member who died"), FieldKind::Integer, true);
        fields.last().min = 1;
        fields.last().max = 999;
    }
    fields += field("why", QT_TRANSLATE_NOOP("gd::Fields", "Reason"), FieldKind::Text);
    QVariantMap initial = {{u"why"_s, event.number}};
    if (m_family.isValid())
        initial.insert(u"family"_s, m_family.text());
    if (birth) {
        initial.insert(K::name, event.text(u"name"_s));
        initial.insert(K::relation, event.text(u"sex"_s) == u"female" ? u"granddaughter"_s : u"grandson"_s);
    }
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Carry into the family register"), fields, initial,
                 [this, event, birth](const QVariantMap &v) -> Result<Entry> {
                     FamilyRegister reg(workspace().book());
                     const FamilyId family = FamilyId::parse(v.value(u"family"_s).toString());
                     const FamilyRegister::Change change{event.date(u"event_date"_s), v.value(u"why"_s).toString(), {}, event.number};
                     if (birth) {
                         QVariantMap child = {{K::name, v.value(K::name)},
                                              {K::relation, v.value(K::relation)},
                                              {K::sex, event.text(u"sex"_s)},
                                              {K::relativeName, event.text(u"father_name"_s)},
                                              {K::birthDate, event.date(u"event_date"_s)}};
                         if (auto members = reg.members(family); members && !members.value().isEmpty())
                             for (const QString &key : {K::religion, K::category})
                                 child.insert(key, members.value().first().value(key));
                         return reg.addMember(workspace().user(), family, u"birth"_s, child, change);
                     }
                     auto members = reg.members(family);
                     if (!members)
                         return members.error();
                     for (const Entry &m : members.value())
                         if (m.value(K::serial).toInt() == v.value(u"serial"_s).toInt())
                             return reg.memberLeaves(workspace().user(), m, u"death"_s, change);
                     return makeError(ErrorCode::InputRejected, tr("Family %1 has no member with serial %2.")
                                                                    .arg(family.text(), v.value(u"serial"_s).toString()));
                 });
}

void FamilyPage::issueCopy()
{
    if (!m_family.isValid()) {
        setStatus(tr("Choose a member of the family first."));
        return;
    }
    const FamilyId family = m_family;
    Book &book = workspace().book();
    auto apps = EntryStore(book, Registers::applications())
                    .currentWhere(u"cancelled = 0 AND status = 'pending' AND service_code = ?"_s, {FamilyRegister::copyService},
                                  u"received_on, id"_s);
    if (!apps || apps.value().isEmpty()) {
        setStatus(apps ? tr("There is no pending application for a copy of the family register (%1). Take the "
                            "application first, in the service applications.").arg(FamilyRegister::copyService)
                       : apps.error().message);
        return;
    }
    FieldDef app = field("application", QT_TRANSLATE_NOOP("gd::Fields", "Application number"), FieldKind::Text, true);
    const QList<FieldDef> fields = {app, field("as_on", QT_TRANSLATE_NOOP("gd::Fields", "Family as on"), FieldKind::Date, true),
                                    field("receipt", QT_TRANSLATE_NOOP("gd::Fields", "Fee receipt"), FieldKind::Text)};
    // The newest pending application whose applicant is of this family, else the oldest one.
    QString suggested = apps.value().first().number;
    if (auto members = FamilyRegister(book).members(family))
        for (const Entry &a : apps.value())
            for (const Entry &m : members.value())
                if (a.text(u"applicant_name"_s) == m.text(K::name))
                    suggested = a.number;
    Entry copy;
    Entry application;
    const bool done = actionDialog(
        QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Certified copy of the family register"), fields,
        {{u"application"_s, suggested}, {u"as_on"_s, workspace().clock().today()}}, [&](const QVariantMap &v) -> Result<Entry> {
            auto a = EntryStore(book, Registers::applications()).current(v.value(u"application"_s).toString().trimmed().toUpper());
            if (!a)
                return a.error();
            application = a.value();
            auto c = FamilyRegister(book).issueCopy(workspace().user(), family, v.value(u"as_on"_s).toDate(), application,
                                                    v.value(u"receipt"_s).toString());
            if (c)
                copy = c.value();
            return c;
        });
    if (!done)
        return;
    auto rows = FamilyRegister(book).asOn(family, copy.date(FamilyEventKeys::asOn));
    auto office = OfficeProfile(book).load();
    Document doc = familyCopyDocument(office ? office.value() : Office{}, family, rows ? rows.value() : QList<FamilyRegister::Row>{},
                                      copy, application, workspace().user().fullName, m_language->language(),
                                      workspace().clock().today());
    sealDocument(doc, book, copy.number);
    previewDocument(this, doc);
}

}  // namespace gd::ui
