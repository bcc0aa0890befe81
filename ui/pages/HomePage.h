#pragma once
// The first screen after login: what needs doing today, each figure a tile that opens its list (visitors inside,
// applications and complaints due today and overdue, cash-book days not closed, files out overdue, births and
// deaths waiting longest for CRS registration, the readiness score and the next step, the last backup), and
// which office and who is logged in.

#include "Page.h"

#include <QAbstractButton>

class QGridLayout;
class QLabel;

namespace gd::ui {

// A figure with its caption and a line of detail; red when something is late. Click, Space or Enter opens it.
class Tile : public QAbstractButton {
    Q_OBJECT
public:
    explicit Tile(QWidget *parent = nullptr);
    void setFigures(const QString &figure, const QString &caption, const QString &detail, bool alert);
    QString figure() const { return m_figure; }
    QString caption() const { return m_caption; }
    QString detail() const { return m_detail; }
    bool alert() const { return m_alert; }
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_figure, m_caption, m_detail;
    bool m_alert = false;
};

class HomePage : public Page {
    Q_OBJECT
public:
    explicit HomePage(Workspace &workspace, QWidget *parent = nullptr);
    QString title() const override { return tr("Home"); }
    void refresh() override;
    Tile *tile(const QString &name) const;  // "applicationsOverdue"…

signals:
    void openList(const QString &registerId, const QString &status);

protected:
    void retranslate() override { refresh(); }

private:
    Tile *addTile(const char *name, const QString &registerId, const QString &status);

    QLabel *m_office = nullptr;
    QLabel *m_today = nullptr;
    QLabel *m_details = nullptr;
    QGridLayout *m_grid = nullptr;
    QList<Tile *> m_tiles;
};

}  // namespace gd::ui
