#pragma once
// A register as a table: rows are read a block at a time when the view needs them, so opening a register
// costs the same at a thousand entries as at a million; sorting and filtering happen in the book.

#include "registers/EntryStore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <memory>

namespace gd::ui {

class RegisterModel : public QAbstractTableModel {
    Q_OBJECT
public:
    RegisterModel(Book &book, const RegisterDef &def, QStringList columns, QObject *parent = nullptr);

    // The filter and sort take effect at once once the model has been read; before its first reload() (a
    // register out of sight at start) they are only kept, and the book is not read.
    void setFilter(const EntryFilter &filter);
    const EntryFilter &filter() const { return m_filter; }
    void reload();
    // The entry shown in a row (read on demand), or nullptr.
    const Entry *entryAt(int row) const;
    int rowOf(const QString &number) const;  // among the rows read so far; -1 if not found
    const RegisterDef &definition() const { return m_def; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void sort(int column, Qt::SortOrder order) override;
    void retranslate();

    static constexpr int kBlock = 100;

private:
    Book &m_book;
    const RegisterDef &m_def;
    QList<const FieldDef *> m_columns;
    // Names of the rows Reference columns point to ("lookup/code" → Hindi, English).
    QHash<QString, QPair<QString, QString>> m_referenceNames;
    EntryFilter m_filter;
    EntrySort m_sort;
    qint64 m_total = 0;
    bool m_read = false;  // reload() has run
    // Blocks live on the heap, so that an Entry handed out stays put while other blocks come and go.
    mutable QHash<qint64, std::shared_ptr<const QList<Entry>>> m_blocks;
    mutable QList<qint64> m_recent;
};

}  // namespace gd::ui
