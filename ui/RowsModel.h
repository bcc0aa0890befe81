#pragma once
// A read-only table model over rows of strings, with headers that follow the language at run time.

#include <QAbstractTableModel>
#include <QStringList>

namespace gd::ui {

class RowsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    // `headers` are English sources translated in `context` each time they are shown.
    RowsModel(const char *context, QList<const char *> headers, QObject *parent = nullptr);

    void setRows(QList<QStringList> rows);
    void appendRows(const QList<QStringList> &rows);
    const QStringList &row(int r) const { return m_rows.at(r); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    // Call on QEvent::LanguageChange.
    void retranslate();

private:
    const char *m_context;
    QList<const char *> m_headers;
    QList<QStringList> m_rows;
};

}  // namespace gd::ui
