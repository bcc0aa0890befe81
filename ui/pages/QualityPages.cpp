#include "QualityPages.h"

#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "base/Dates.h"
#include "MasterPage.h"
#include "documents/AuditPack.h"
#include "registers/EntryService.h"
#include "registers/QualitySystem.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

QStringList keys(std::initializer_list<const char *> list)
{
    QStringList out;
    for (const char *k : list)
        out += QString::fromLatin1(k);
    return out;
}

// An objective's value last month and in this financial year so far, and whether the year's meets the target.
QList<QStringList> measuredCells(const Book &book, const QDate &today, const QList<QVariantMap> &rows)
{
    const QDate monthStart(today.year(), today.month(), 1);
    const QDate lastMonth = monthStart.addMonths(-1);
    const QDate yearStart = Dates::financialYearStart(today);
    QualitySystem qs(book);
    auto month = qs.measure(rows, lastMonth, monthStart.addDays(-1));
    auto year = qs.measure(rows, yearStart, today);
    QList<QStringList> out;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (!month || !year) {
            out += QStringList{QStringLiteral("—"), QStringLiteral("—"), QString()};
            continue;
        }
        const auto &met = year.value().at(i).met;
        out += QStringList{month.value().at(i).value.text(), year.value().at(i).value.text(),
                           met ? QCoreApplication::translate("gd::Fields", *met ? "yes" : "no") : QString()};
    }
    return out;
}

}  // namespace

FindingsPage::FindingsPage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::auditFindings(), parent)
{
    m_plan = addAction(u"planActionButton"_s, QKeySequence(Qt::Key_F6), [this] {
        step(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Corrective action"), keys({"cause", "action", "owner", "due_on"}),
             keys({"action"}), {});
    });
    m_done = addAction(u"actionDoneButton"_s, QKeySequence(Qt::Key_F7), [this] {
        step(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Action done"), keys({"done_on"}), keys({"done_on"}),
             {{u"done_on"_s, this->workspace().clock().today()}});
    });
    m_verify = addAction(u"verifyButton"_s, QKeySequence(Qt::Key_F8), [this] {
        step(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Verification of the action"), keys({"verified_on", "verified_by", "effective"}),
             keys({"verified_on", "verified_by", "effective"}), {{u"verified_on"_s, this->workspace().clock().today()}});
    });
    retranslate();
    refreshWhenShown();
    showStatus(u"open"_s);
}

// One step of a finding's life: some of its fields typed in a dialog, saved as an update of the entry.
void FindingsPage::step(const char *title, const QStringList &fieldKeys, const QStringList &required, const QVariantMap &initial)
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry finding = *chosen;
    QList<FieldDef> fields;
    QVariantMap start;
    for (const QString &key : fieldKeys) {
        FieldDef f = *def().field(key);
        f.required = f.required || required.contains(key);
        fields += f;
        const QVariant current = finding.value(key);
        start.insert(key, Fields::isEmpty(current) ? initial.value(key) : current);
    }
    // The step's name is the reason the entry's history shows for this version.
    const QString reason = QCoreApplication::translate("gd::ui::FieldsDialog", title);
    actionDialog(title, fields, start, [this, finding, reason](const QVariantMap &typed) {
        QVariantMap v = finding.values;
        for (auto it = typed.begin(); it != typed.end(); ++it)
            v.insert(it.key(), it.value());
        return EntryService(this->workspace().book())
            .update(this->workspace().user(), Registers::auditFindings(), finding, v, u"update"_s, reason);
    });
    selectNumber(finding.number);
}

void FindingsPage::retranslateExtras()
{
    m_plan->setText(tr("Corrective &action (F6)"));
    m_done->setText(tr("&Done (F7)"));
    m_verify->setText(tr("&Verify (F8)"));
    for (QPushButton *b : {m_plan, m_done, m_verify})
        b->setEnabled(mayWrite());
}

QualityPage::QualityPage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(u"qualityPage"_s);
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_language = new PrintLanguageCombo(this);
    m_language->setObjectName(u"packLanguageCombo"_s);
    m_pack = new QPushButton(this);
    m_pack->setObjectName(u"auditPackButton"_s);
    connect(m_pack, &QPushButton::clicked, this, &QualityPage::printAuditPack);
    auto *packKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_P), this);
    packKey->setEnabled(false);  // enabled while the page is in view
    packKey->setContext(Qt::WindowShortcut);
    connect(packKey, &QShortcut::activated, this, &QualityPage::printAuditPack);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"qualityTabs"_s);
    m_pages = {
        new RegisterPage(workspace, Registers::qualityPolicy(), m_tabs),
        new MasterPage(workspace, Registers::qualityObjectives(), m_tabs,
                       {{QT_TRANSLATE_NOOP("gd::Fields", "Last month"), QT_TRANSLATE_NOOP("gd::Fields", "This financial year"),
                         QT_TRANSLATE_NOOP("gd::Fields", "Target met this year")},
                        [&workspace](const QList<QVariantMap> &rows) {
                            return measuredCells(workspace.book(), workspace.clock().today(), rows);
                        },
                        2}),  // beside the Hindi name
        new MasterPage(workspace, Registers::qualityRoles(), m_tabs),
        new RegisterPage(workspace, Registers::trainings(), m_tabs),
        new RegisterPage(workspace, Registers::surveys(), m_tabs),
        new FindingsPage(workspace, m_tabs),
    };
    for (Page *p : m_pages)
        m_tabs->addTab(p, p->title());
    // Ctrl+Tab and Ctrl+PgDown move to the next part, wherever the focus is (a table keeps Tab for itself).
    const auto move = [this](int by) { m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + m_tabs->count()) % m_tabs->count()); };
    for (const QKeySequence &key : {QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::CTRL | Qt::Key_PageUp)}) {
        auto *shortcut = new QShortcut(key, this);
        shortcut->setEnabled(false);  // enabled while the page is in view
        shortcut->setContext(Qt::WindowShortcut);
        const bool back = key == QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab) || key == QKeySequence(Qt::CTRL | Qt::Key_PageUp);
        connect(shortcut, &QShortcut::activated, this, [move, back] { move(back ? -1 : 1); });
    }
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int i) {
        if (i >= 0 && i < m_pages.size())
            m_pages.at(i)->refresh();
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_intro, 1);
    bar->addWidget(m_language);
    bar->addWidget(m_pack);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);
    retranslate();
}

void QualityPage::retranslate()
{
    m_intro->setText(tr("The quality system of Annexure-1: Ctrl+Tab moves between its parts."));
    m_pack->setText(tr("Audit &pack… (Ctrl+P)"));
    for (int i = 0; i < m_pages.size(); ++i)
        m_tabs->setTabText(i, m_pages.at(i)->title());
}

void QualityPage::refresh()
{
    if (Page *p = qobject_cast<Page *>(m_tabs->currentWidget()))
        p->refresh();
}

bool QualityPage::shows(const QString &registerId) const
{
    for (Page *p : m_pages)
        if (p->shows(registerId))
            return true;
    return false;
}

void QualityPage::openEntry(const QString &registerId, const QString &key)
{
    for (Page *p : m_pages)
        if (p->shows(registerId)) {
            m_tabs->setCurrentWidget(p);
            p->openEntry(registerId, key);
            return;
        }
}

void QualityPage::showList(const QString &registerId, const QString &status)
{
    for (Page *p : m_pages)
        if (p->shows(registerId)) {
            m_tabs->setCurrentWidget(p);
            p->showList(registerId, status);
            return;
        }
}

void QualityPage::printAuditPack()
{
    const QDate today = workspace().clock().today();
    FieldDef from;
    from.key = u"from"_s;
    from.label = QT_TRANSLATE_NOOP("gd::Fields", "From");
    from.kind = FieldKind::Date;
    from.required = true;
    FieldDef to = from;
    to.key = u"to"_s;
    to.label = QT_TRANSLATE_NOOP("gd::Fields", "To");
    Document pack;
    FieldsDialog box(workspace(), QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Audit pack: the period"), {from, to},
                     [&](const QVariantMap &v) -> Status {
                         const QDate a = v.value(u"from"_s).toDate();
                         const QDate z = v.value(u"to"_s).toDate();
                         if (z < a)
                             return makeError(ErrorCode::InputRejected, tr("The period ends before it begins; check the dates."));
                         auto doc = auditPack(workspace().book(), {a, z, m_language->language(), today});
                         if (!doc)
                             return doc.error();
                         pack = doc.value();
                         return {};
                     },
                     this);
    box.setAcceptText(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "&Preview (Enter)"));
    box.form()->setValues({{u"from"_s, Dates::financialYearStart(today)}, {u"to"_s, today}});
    box.form()->focusFirst();
    if (box.exec() != QDialog::Accepted)
        return;
    previewDocument(this, pack);
}

}  // namespace gd::ui
