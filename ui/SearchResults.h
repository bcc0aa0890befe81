#pragma once
// What the search box found: hits grouped under their register, best first; Enter or a double click opens one.

#include "registers/SearchIndex.h"

#include <QTreeWidget>

namespace gd::ui {

class SearchResults : public QTreeWidget {
    Q_OBJECT
public:
    explicit SearchResults(QWidget *parent = nullptr);

    void showHits(const QString &query, const QList<SearchHit> &hits);
    // The first hit, if any.
    std::optional<SearchHit> first() const;

signals:
    void opened(const QString &registerId, const QString &key);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void openItem(QTreeWidgetItem *item);
    void retranslate();

    QString m_query;
    QList<SearchHit> m_hits;
};

}  // namespace gd::ui
