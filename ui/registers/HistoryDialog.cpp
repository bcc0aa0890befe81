#include "HistoryDialog.h"

#include "base/Dates.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gd::ui {

HistoryDialog::HistoryDialog(const RegisterDef &def, QList<Entry> versions, QWidget *parent)
    : QDialog(parent), m_def(def), m_versions(std::move(versions))
{
    setObjectName(QStringLiteral("historyDialog"));
    m_intro = new QLabel(this);
    m_intro->setWordWrap(true);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("historyTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setDefaultSectionSize(220);
    m_table->setWordWrap(true);
    auto *close = new QPushButton(this);
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(close, 0, Qt::AlignRight);
    resize(960, 640);
    fill();
}

void HistoryDialog::fill()
{
    const QString number = m_versions.isEmpty() ? QString() : m_versions.first().number;
    setWindowTitle(tr("History of %1").arg(number));
    m_intro->setText(tr("%1 has %n version(s). Nothing is ever erased: each correction, action or cancellation is a "
                        "new version; changed values are marked.",
                        nullptr, int(m_versions.size()))
                         .arg(number));
    if (auto *close = findChild<QPushButton *>(QStringLiteral("closeButton")))
        close->setText(tr("Close"));
    QList<const FieldDef *> fields;
    for (const FieldDef &f : m_def.fields)
        if (f.kind != FieldKind::EntryNumber)
            fields += &f;
    const QStringList meta = {tr("Change"), tr("Reason"), tr("When"), tr("By")};
    m_table->clear();
    m_table->setRowCount(int(meta.size() + fields.size()));
    m_table->setColumnCount(int(m_versions.size()));
    QStringList rows = meta;
    for (const FieldDef *f : fields)
        rows += Fields::label(*f);
    m_table->setVerticalHeaderLabels(rows);
    const QHash<QString, QString> changes = {{QStringLiteral("new"), tr("entered")},
                                             {QStringLiteral("correction"), tr("corrected")},
                                             {QStringLiteral("update"), tr("action")},
                                             {QStringLiteral("reopen"), tr("reopened")},
                                             {QStringLiteral("cancel"), tr("cancelled")}};
    QStringList headers;
    for (int c = 0; c < m_versions.size(); ++c) {
        const Entry &e = m_versions.at(c);
        headers += tr("Version %1").arg(e.version);
        const QDateTime at = QDateTime::fromString(e.changedAt, Qt::ISODate);
        const QStringList head = {changes.value(e.change, e.change), e.reason,
                                  Dates::display(at.date()) + u' ' + at.toString(QStringLiteral("HH:mm")), e.changedBy};
        for (int r = 0; r < head.size(); ++r)
            m_table->setItem(r, c, new QTableWidgetItem(head.at(r)));
        for (int r = 0; r < fields.size(); ++r) {
            const FieldDef *f = fields.at(r);
            auto *item = new QTableWidgetItem(Fields::display(*f, e.value(f->key)));
            if (c > 0 && Fields::toStorage(*f, e.value(f->key)) != Fields::toStorage(*f, m_versions.at(c - 1).value(f->key))) {
                QFont bold = item->font();
                bold.setBold(true);
                item->setFont(bold);
                item->setBackground(QColor(0xff, 0xf3, 0xb0));
                item->setToolTip(tr("Before: %1").arg(Fields::display(*f, m_versions.at(c - 1).value(f->key))));
            }
            m_table->setItem(int(meta.size()) + r, c, item);
        }
    }
    m_table->setHorizontalHeaderLabels(headers);
    m_table->resizeRowsToContents();
}

void HistoryDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        fill();
    QDialog::changeEvent(event);
}

}  // namespace gd::ui
