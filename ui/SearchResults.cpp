#include "SearchResults.h"

#include "base/Dates.h"

#include <QEvent>
#include <QHeaderView>
#include <QKeyEvent>

namespace gd::ui {

namespace {

constexpr int kRegisterRole = Qt::UserRole;
constexpr int kKeyRole = Qt::UserRole + 1;

}  // namespace

SearchResults::SearchResults(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("searchResults"));
    setColumnCount(4);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    header()->setSectionResizeMode(QHeaderView::Interactive);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) { openItem(item); });
    retranslate();
}

void SearchResults::retranslate()
{
    setHeaderLabels({tr("Number or code"), tr("Name or title"), tr("Date"), tr("Details")});
    showHits(m_query, m_hits);
}

void SearchResults::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QTreeWidget::changeEvent(event);
}

void SearchResults::showHits(const QString &query, const QList<SearchHit> &hits)
{
    m_query = query;
    m_hits = hits;
    clear();
    QTreeWidgetItem *group = nullptr;
    QString groupId;
    for (const SearchHit &h : hits) {
        if (!group || groupId != h.registerId) {
            groupId = h.registerId;
            const RegisterDef *def = Registers::find(h.registerId);
            group = new QTreeWidgetItem(this);
            group->setFirstColumnSpanned(true);
            group->setFlags(Qt::ItemIsEnabled);
            QFont bold = font();
            bold.setBold(true);
            group->setFont(0, bold);
            group->setData(0, kRegisterRole, h.registerId);
            group->setText(0, def ? Registers::title(*def) : h.registerId);
        }
        auto *item = new QTreeWidgetItem(group, {h.key, h.title, Dates::display(h.date), h.detail});
        item->setData(0, kRegisterRole, h.registerId);
        item->setData(0, kKeyRole, h.key);
        group->setText(0, tr("%1 (%2)").arg(Registers::title(*Registers::find(h.registerId))).arg(group->childCount()));
    }
    if (hits.isEmpty() && !query.trimmed().isEmpty()) {
        auto *none = new QTreeWidgetItem(this, {tr("Nothing found for \"%1\". Try part of a name, a village, a mobile "
                                                   "number or a code.")
                                                    .arg(query.trimmed())});
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::ItemIsEnabled);
    }
    expandAll();
    for (int c = 0; c < 3; ++c)
        resizeColumnToContents(c);
    if (QTreeWidgetItem *top = topLevelItem(0); top && top->childCount() > 0)
        setCurrentItem(top->child(0));
}

std::optional<SearchHit> SearchResults::first() const
{
    if (m_hits.isEmpty())
        return std::nullopt;
    return m_hits.first();
}

void SearchResults::openItem(QTreeWidgetItem *item)
{
    if (!item || item->data(0, kKeyRole).toString().isEmpty())
        return;
    emit opened(item->data(0, kRegisterRole).toString(), item->data(0, kKeyRole).toString());
}

void SearchResults::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        openItem(currentItem());
        return;
    }
    QTreeWidget::keyPressEvent(event);
}

}  // namespace gd::ui
