#include "HomePage.h"

#include "../LanguageManager.h"
#include "base/Dates.h"
#include "office/OfficeProfile.h"
#include "base/Money.h"
#include "reports/Dashboard.h"
#include "storage/AuditLog.h"

#include <QDir>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

Tile::Tile(QWidget *parent) : QAbstractButton(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void Tile::setFigures(const QString &figure, const QString &caption, const QString &detail, bool alert)
{
    m_figure = figure;
    m_caption = caption;
    m_detail = detail;
    m_alert = alert;
    // What a screen reader says, and what the tests read.
    setAccessibleName(figure + u' ' + caption);
    setAccessibleDescription(detail);
    setToolTip(detail);
    update();
}

QSize Tile::sizeHint() const
{
    const QFontMetrics fm(font());
    return {fm.averageCharWidth() * 24, fm.height() * 5 + 12};
}

void Tile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect()).adjusted(2, 2, -2, -2);
    const QColor accent = m_alert ? QColor(190, 40, 30) : palette().color(QPalette::Highlight);
    QPainterPath path;
    path.addRoundedRect(box, 6, 6);
    p.fillPath(path, palette().color(QPalette::Base));
    p.setPen(QPen(hasFocus() ? accent : palette().color(QPalette::Mid), hasFocus() ? 2.5 : 1));
    p.drawPath(path);
    p.fillRect(QRectF(box.left(), box.top() + 6, 5, box.height() - 12), accent);
    const QRectF inner = box.adjusted(16, 6, -10, -6);
    QFont big = font();
    big.setPointSizeF(font().pointSizeF() * 1.9);
    big.setBold(true);
    const QFontMetricsF bigMetrics(big);
    p.setFont(big);
    p.setPen(m_alert ? accent : palette().color(QPalette::Text));
    const QRectF figureRect(inner.left(), inner.top(), inner.width(), bigMetrics.height());
    p.drawText(figureRect, Qt::AlignLeft | Qt::AlignVCenter, bigMetrics.elidedText(m_figure, Qt::ElideRight, inner.width()));
    QFont captionFont = font();
    captionFont.setBold(true);
    const QFontMetricsF cm(captionFont);
    p.setFont(captionFont);
    p.setPen(palette().color(QPalette::Text));
    const QRectF captionRect(inner.left(), figureRect.bottom(), inner.width(), cm.height());
    p.drawText(captionRect, Qt::AlignLeft | Qt::AlignVCenter, cm.elidedText(m_caption, Qt::ElideRight, inner.width()));
    p.setFont(font());
    p.setPen(palette().color(QPalette::PlaceholderText));
    const QRectF detailRect(inner.left(), captionRect.bottom(), inner.width(), inner.bottom() - captionRect.bottom());
    p.drawText(detailRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, m_detail);
}

void Tile::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

HomePage::HomePage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(u"homePage"_s);
    auto *layout = new QVBoxLayout(this);
    m_office = new QLabel(this);
    m_office->setObjectName(u"officeNameLabel"_s);
    QFont big = m_office->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_office->setFont(big);
    m_today = new QLabel(this);
    m_today->setObjectName(u"homeTodayLabel"_s);
    m_grid = new QGridLayout;
    m_grid->setSpacing(10);
    addTile("visitorsInside", u"visitors"_s, u"inside"_s);
    addTile("applicationsDueToday", u"applications"_s, u"due_today"_s);
    addTile("applicationsOverdue", u"applications"_s, u"overdue"_s);
    addTile("complaintsDueToday", u"complaints"_s, u"due_today"_s);
    addTile("complaintsOverdue", u"complaints"_s, u"overdue"_s);
    addTile("cashDaysNotClosed", u"cash-entries"_s, QString());
    addTile("filesOverdue", u"file-movements"_s, u"overdue"_s);
    addTile("crsAwaiting", u"vital-events"_s, u"awaiting_crs"_s);
    addTile("actionsOverdue", u"meeting-actions"_s, u"overdue"_s);
    addTile("findingsOpen", u"audit-findings"_s, u"open"_s);
    addTile("readiness", u"readiness-items"_s, QString());
    addTile("lastBackup", u"backups"_s, QString());
    m_details = new QLabel(this);
    m_details->setObjectName(u"homeDetailsLabel"_s);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_office);
    layout->addWidget(m_today);
    layout->addSpacing(6);
    layout->addLayout(m_grid);
    layout->addSpacing(10);
    layout->addWidget(m_details, 1);
    refreshWhenShown();
}

Tile *HomePage::addTile(const char *name, const QString &registerId, const QString &status)
{
    auto *tile = new Tile(this);
    tile->setObjectName(QString::fromLatin1(name) + u"Tile"_s);
    const int index = int(m_tiles.size());
    // Four across, three down: the twelve figures and the office's details fit a 1366×768 screen whole.
    m_grid->addWidget(tile, index / 4, index % 4);
    m_tiles.append(tile);
    connect(tile, &Tile::clicked, this, [this, registerId, status] { emit openList(registerId, status); });
    return tile;
}

Tile *HomePage::tile(const QString &name) const
{
    return findChild<Tile *>(name + u"Tile"_s);
}

void HomePage::refresh()
{
    Book &book = workspace().book();
    auto office = OfficeProfile(book).load();
    const bool hindi = LanguageManager::instance().language() == u"hi";
    if (office)
        m_office->setText(hindi ? office.value().nameHi : office.value().nameEn);
    const QDate today = workspace().clock().today();
    const User &u = workspace().user();
    m_today->setText(tr("Today %1 · financial year %2 · %3 (%4)")
                         .arg(Dates::display(today), Dates::financialYear(today), u.fullName, Roles::displayName(u.role)));

    auto computed = Dashboard::compute(book);
    if (computed) {
        const Dashboard &d = computed.value();
        const auto n = [](qint64 v) { return Money::groupIndian(v); };
        tile(u"visitorsInside"_s)->setFigures(n(d.visitorsInside), tr("visitors inside now"), tr("came today and not yet left"), false);
        tile(u"applicationsDueToday"_s)->setFigures(n(d.applicationsDueToday), tr("applications due today"),
                                             tr("within the citizen charter's time if delivered today"), false);
        tile(u"applicationsOverdue"_s)->setFigures(n(d.applicationsOverdue), tr("applications overdue"),
                                            tr("pending past the charter's time limit"), d.applicationsOverdue > 0);
        tile(u"complaintsDueToday"_s)->setFigures(n(d.complaintsDueToday), tr("complaints due today"),
                                           tr("to be disposed of today to be in time"), false);
        tile(u"complaintsOverdue"_s)->setFigures(n(d.complaintsOverdue), tr("complaints overdue"),
                                          tr("open past their time limit"), d.complaintsOverdue > 0);
        tile(u"cashDaysNotClosed"_s)->setFigures(n(d.cashDaysNotClosed), tr("cash-book days not closed"),
                                          d.cashClosedThrough.isValid()
                                              ? tr("closed up to %1").arg(Dates::display(d.cashClosedThrough))
                                              : tr("no day closed yet"),
                                          d.cashDaysNotClosed > 1);
        tile(u"filesOverdue"_s)->setFigures(n(d.filesOverdue), tr("files out, overdue"),
                                     tr("%1 files out of the record room in all").arg(n(d.filesOut)), d.filesOverdue > 0);
        QString waiting = tr("none waiting");
        if (!d.crsLongest.isEmpty()) {
            const QDate reported = d.crsLongest.first().date(u"reported_on"_s);
            waiting = tr("longest since %1 (%n day(s))", nullptr, int(reported.daysTo(today))).arg(Dates::display(reported));
        }
        tile(u"crsAwaiting"_s)->setFigures(n(d.crsAwaiting), tr("births and deaths awaiting CRS"), waiting,
                                    !d.crsLongest.isEmpty() && d.crsLongest.first().date(u"reported_on"_s).daysTo(today) > 21);
        tile(u"actionsOverdue"_s)->setFigures(n(d.actionsOverdue), tr("meeting actions overdue"),
                                       tr("decided in meetings, past their due date"), d.actionsOverdue > 0);
        tile(u"findingsOpen"_s)->setFigures(n(d.findingsOpen), tr("corrective actions open"),
                                     tr("audit findings not yet closed"), false);
        tile(u"readiness"_s)->setFigures(d.readiness.pct.text() + u'%',
                                   tr("ISO readiness, %1 of %2 done").arg(d.readiness.done).arg(d.readiness.applicable),
                                   d.nextStep ? (hindi ? d.nextStep->text.hi : d.nextStep->text.en) : tr("every step to certification done"),
                                   d.nextStep && d.nextStep->overdue);
        if (d.lastBackupAt.isEmpty()) {
            tile(u"lastBackup"_s)->setFigures(tr("none"), tr("last backup"), tr("make one now: File → Back up now"), true);
        } else {
            const QDateTime at = QDateTime::fromString(d.lastBackupAt, Qt::ISODate);
            tile(u"lastBackup"_s)->setFigures(Dates::display(at.date()) + u' ' + at.toString(u"HH:mm"_s), tr("last backup"),
                                        QDir::toNativeSeparators(d.lastBackupPlace), at.date().daysTo(today) > 1);
        }
    } else {
        for (Tile *t : m_tiles)
            t->setFigures(u"—"_s, QString(), computed.error().message, true);
    }

    QStringList lines;
    const auto row = [&](const QString &label, const QString &value) {
        lines += u"<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (office) {
        const Office &o = office.value();
        row(tr("LGD code"), o.lgdCode);
        row(tr("Block / district / state"), QStringList{o.block, o.district, o.state}.join(u" / "_s));
        row(tr("Secretary"), o.secretaryName);
        row(tr("Pradhan"), o.pradhanName);
    }
    row(tr("Book"), QDir::toNativeSeparators(book.path()));
    if (auto count = AuditLog::count(book); count)
        row(tr("Audit log"), tr("%1 entries").arg(count.value()));
    m_details->setText(u"<table>"_s + lines.join(QString()) + u"</table>"_s);
}

}  // namespace gd::ui
