#include "RegisterModel.h"

#include "base/Translations.h"
#include "registers/EntryService.h"
#include "storage/Book.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace gd::ui {

RegisterModel::RegisterModel(Book &book, const RegisterDef &def, QStringList columns, QObject *parent)
    : QAbstractTableModel(parent), m_book(book), m_def(def)
{
    for (const QString &key : columns)
        if (const FieldDef *f = def.field(key))
            m_columns += f;
}

void RegisterModel::setFilter(const EntryFilter &filter)
{
    m_filter = filter;
    if (m_read)
        reload();
}

void RegisterModel::reload()
{
    m_read = true;
    beginResetModel();
    m_blocks.clear();
    m_recent.clear();
    auto n = EntryStore(m_book, m_def).count(m_filter);
    m_total = n ? n.value() : 0;
    m_referenceNames.clear();
    const bool names = std::any_of(m_columns.begin(), m_columns.end(),
                                   [](const FieldDef *f) { return f->kind == FieldKind::Reference; });
    // The masters are read only for registers that show their names (not on every filter of the others).
    if (names) {
        if (auto charter = Charter::load(m_book)) {
            for (const FieldDef *f : m_columns) {
                if (f->kind != FieldKind::Reference)
                    continue;
                const auto &table = charter.value().table(f->lookup);
                for (auto it = table.cbegin(); it != table.cend(); ++it)
                    m_referenceNames.insert(f->lookup + u'/' + it.key(),
                                            {it.value().value(QStringLiteral("name_hi")).toString(),
                                             it.value().value(QStringLiteral("name_en")).toString()});
            }
        }
    }
    endResetModel();
}

const Entry *RegisterModel::entryAt(int row) const
{
    if (row < 0 || row >= m_total)
        return nullptr;
    const qint64 block = row / kBlock;
    std::shared_ptr<const QList<Entry>> rows = m_blocks.value(block);
    if (!rows) {
        // Keep a few thousand rows at most: memory stays small however far the user scrolls.
        while (m_recent.size() >= 40)
            m_blocks.remove(m_recent.takeFirst());
        auto page = EntryStore(m_book, m_def).page(m_filter, m_sort, block * kBlock, kBlock, m_total);
        rows = std::make_shared<const QList<Entry>>(page ? page.value() : QList<Entry>());
        m_blocks.insert(block, rows);
        m_recent.append(block);
    }
    const qsizetype i = row % kBlock;
    return i < rows->size() ? &rows->at(i) : nullptr;
}

int RegisterModel::rowOf(const QString &number) const
{
    for (auto it = m_blocks.cbegin(); it != m_blocks.cend(); ++it)
        for (qsizetype i = 0; i < it.value()->size(); ++i)
            if (it.value()->at(i).number == number)
                return int(it.key() * kBlock + i);
    return -1;
}

int RegisterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_total, std::numeric_limits<int>::max()));
}

int RegisterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant RegisterModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Entry *e = entryAt(index.row());
    if (!e)
        return {};
    const FieldDef *f = m_columns.at(index.column());
    const bool overdue = m_def.rules.overdue && m_def.rules.overdue(*e, m_book.clock().today());
    switch (role) {
    case Qt::DisplayRole:
        if (f->source == FieldDef::Source::Virtual)
            return Fields::display(*f, EntryService::virtualValue(m_def, f->key, *e, m_book.clock().today()));
        if (f->kind == FieldKind::Reference && m_referenceNames.contains(f->lookup + u'/' + e->text(f->key))) {
            const auto &names = m_referenceNames.value(f->lookup + u'/' + e->text(f->key));
            return Translations::current() == u"hi" ? names.first : names.second;
        }
        if (f->kind == FieldKind::LongText)
            return e->text(f->key).replace(u'\n', u' ').left(120);
        return Fields::display(*f, e->value(f->key));
    case Qt::ToolTipRole:
        if (f->kind == FieldKind::Reference)
            return e->text(f->key);
        if (e->cancelled)
            return tr("Cancelled by %1: %2").arg(e->changedBy, e->reason);
        if (overdue)
            return tr("Overdue: the due date %1 has passed").arg(Fields::display(*m_def.field(QStringLiteral("due_on")),
                                                                                 e->value(QStringLiteral("due_on"))));
        if (f->kind == FieldKind::LongText)
            return e->text(f->key);
        return data(index, Qt::DisplayRole);  // the whole text of a cell too narrow for it
    case Qt::FontRole:
        if (e->cancelled) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        if (e->cancelled)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (overdue)
            return QBrush(QColor(0x9a, 0x00, 0x12));
        return {};
    case Qt::BackgroundRole:
        if (overdue && !e->cancelled)
            return QBrush(QColor(0xfd, 0xe3, 0xe3));
        return {};
    case Qt::TextAlignmentRole:
        if (f->kind == FieldKind::Money || f->kind == FieldKind::Quantity || f->kind == FieldKind::Integer
            || f->kind == FieldKind::Rating)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant RegisterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Vertical)
        return role == Qt::DisplayRole ? QVariant(section + 1) : QVariant();
    return Fields::label(*m_columns.at(section));
}

void RegisterModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= m_columns.size())
        m_sort = {};
    else
        m_sort = {m_columns.at(column)->key, order};
    if (m_read)
        reload();
}

void RegisterModel::retranslate()
{
    if (!m_columns.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_columns.size()) - 1);
    if (m_total > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

}  // namespace gd::ui
