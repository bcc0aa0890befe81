#include "WholeText.h"

#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLineEdit>
#include <QProxyStyle>
#include <QStyleOptionHeader>
#include <QToolTip>

namespace gd::ui {

namespace {

class WholeText : public QObject {
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        // A heading with no tooltip of its own shows its whole text on hover (a QTableWidget's headings have none).
        if (event->type() == QEvent::ToolTip && watched->parent()) {
            auto *header = qobject_cast<QHeaderView *>(watched->parent());
            if (header && watched == header->viewport() && header->model()) {
                const QPoint at = static_cast<QHelpEvent *>(event)->pos();
                const int section = header->logicalIndexAt(at);
                const QAbstractItemModel *model = header->model();
                if (section >= 0 && model->headerData(section, header->orientation(), Qt::ToolTipRole).toString().isEmpty()) {
                    const QString whole = model->headerData(section, header->orientation(), Qt::DisplayRole).toString();
                    if (!whole.isEmpty()) {
                        QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), whole, header);
                        return true;
                    }
                }
                return false;
            }
        }
        // A list with no tooltip of its own shows its chosen item whole on hover.
        if (event->type() == QEvent::ToolTip) {
            auto *list = qobject_cast<QComboBox *>(watched);
            if (!list || !list->toolTip().isEmpty() || list->currentText().isEmpty())
                return false;
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), list->currentText(), list);
            return true;
        }
        if (event->type() != QEvent::Polish)
            return false;
        if (auto *header = qobject_cast<QHeaderView *>(watched)) {
            header->setTextElideMode(Qt::ElideRight);
        } else if (auto *list = qobject_cast<QComboBox *>(watched); list && !list->property("gdWholeText").toBool()) {
            list->setProperty("gdWholeText", true);
            const auto show = [list] {
                // An editable list shows its chosen item from the start ("प्रमाण पत्र हेतु…"), not from the end.
                if (QLineEdit *edit = list->lineEdit(); edit && !edit->hasFocus())
                    edit->setCursorPosition(0);
            };
            QObject::connect(list, &QComboBox::currentIndexChanged, list, show);
            show();
        }
        return false;
    }
};

// Qt's styles draw a header's label clipped at both sides when it is wider than its section ("ather/husband nam"),
// whatever the header's elide mode: the label is cut as the header says (at its end, "Father/husb…") before it
// is drawn.
class HeaderLabels : public QProxyStyle {
public:
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        const auto *label = qstyleoption_cast<const QStyleOptionHeader *>(option);
        const auto *header = qobject_cast<const QHeaderView *>(widget);
        if (element != CE_HeaderLabel || !label || !header || header->textElideMode() == Qt::ElideNone) {
            QProxyStyle::drawControl(element, option, painter, widget);
            return;
        }
        QStyleOptionHeader cut = *label;
        int room = label->rect.width() - 4;
        if (!label->icon.isNull())
            room -= proxy()->pixelMetric(PM_SmallIconSize, label, widget) + 2;
        cut.text = label->fontMetrics.elidedText(label->text, header->textElideMode(), room);
        QProxyStyle::drawControl(element, &cut, painter, widget);
    }
};

}  // namespace

void showWholeTexts()
{
    static WholeText *filter = nullptr;
    if (filter || !qApp)
        return;
    filter = new WholeText(qApp);
    qApp->installEventFilter(filter);
    QApplication::setStyle(new HeaderLabels);
}

}  // namespace gd::ui
