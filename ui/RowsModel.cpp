#include "RowsModel.h"

#include <QCoreApplication>

namespace gd::ui {

RowsModel::RowsModel(const char *context, QList<const char *> headers, QObject *parent)
    : QAbstractTableModel(parent), m_context(context), m_headers(std::move(headers))
{
}

void RowsModel::setRows(QList<QStringList> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void RowsModel::appendRows(const QList<QStringList> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
}

int RowsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RowsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RowsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    return m_rows.at(index.row()).value(index.column());
}

QVariant RowsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_headers.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return QCoreApplication::translate(m_context, m_headers.at(section));
}

void RowsModel::retranslate()
{
    if (!m_headers.isEmpty())
        emit headerDataChanged(Qt::Horizontal, 0, int(m_headers.size()) - 1);
}

}  // namespace gd::ui
