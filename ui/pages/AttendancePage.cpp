#include "AttendancePage.h"

#include "../HindiKeyboard.h"
#include "../PrintLanguageCombo.h"
#include "../PrintPreview.h"
#include "base/Dates.h"
#include "documents/AttendancePrintouts.h"
#include "registers/Attendance.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gd::ui {

using K = AttendanceKeys;

namespace {

enum Column { Name, Mark, In, Out };

}  // namespace

AttendancePage::AttendancePage(Workspace &workspace, QWidget *parent)
    : RegisterPage(workspace, Registers::attendance(), parent), m_day(workspace.clock().today())
{
    setObjectName(u"attendancePage"_s);
    auto *panel = new QWidget;
    auto *v = new QVBoxLayout(panel);
    v->setContentsMargins(0, 0, 0, 0);
    m_dayTitle = new QLabel;
    QFont bold = m_dayTitle->font();
    bold.setBold(true);
    m_dayTitle->setFont(bold);
    m_dayEdit = new QLineEdit;
    HindiKeyboard::keepLatin(m_dayEdit);  // a date, typed in digits while Hindi typing is on
    m_dayEdit->setObjectName(u"attendanceDay"_s);
    m_dayEdit->setMaximumWidth(m_dayEdit->fontMetrics().horizontalAdvance(u"00-00-00000"_s) + 16);
    m_dayTitle->setBuddy(m_dayEdit);
    auto *dayRow = new QHBoxLayout;
    dayRow->addWidget(m_dayTitle);
    dayRow->addWidget(m_dayEdit);
    dayRow->addStretch(1);
    v->addLayout(dayRow);
    m_sheet = new QTableWidget;
    m_sheet->setObjectName(u"attendanceSheet"_s);
    m_sheet->setColumnCount(4);
    m_sheet->verticalHeader()->hide();
    m_sheet->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_sheet->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sheet->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_sheet->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_sheet->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sheet->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_sheet->installEventFilter(this);
    v->addWidget(m_sheet, 1);
    m_hint = new QLabel;
    m_hint->setWordWrap(true);
    v->addWidget(m_hint);
    m_languageLabel = new QLabel;
    m_language = new PrintLanguageCombo;
    m_languageLabel->setBuddy(m_language);
    auto *row = new QHBoxLayout;
    row->addWidget(m_languageLabel);
    row->addWidget(m_language, 1);
    v->addLayout(row);
    addSidePanel(panel);

    connect(m_dayEdit, &QLineEdit::editingFinished, this, [this] {
        auto d = Dates::parse(m_dayEdit->text(), this->workspace().clock().today());
        if (d)
            showDay(d.value());
        else
            setStatus(d.error().message);
    });
    connect(m_sheet, &QTableWidget::cellChanged, this, &AttendancePage::timeEdited);
    m_markToday = addAction(u"markAttendanceButton"_s, QKeySequence(Qt::Key_F6), [this] {
        showDay(this->workspace().clock().today());
        m_sheet->setFocus();
        m_sheet->setCurrentCell(0, Mark);
    });
    m_month = addAction(u"attendanceSheetButton"_s, QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printMonth(); });
    m_year = addAction(u"yearLeaveButton"_s, QKeySequence(), [this] { printYear(); });
    retranslate();
    refreshWhenShown();
}

void AttendancePage::retranslateExtras()
{
    m_dayTitle->setText(tr("&Day"));
    m_sheet->setHorizontalHeaderLabels({tr("Staff"), tr("Mark"), tr("Arrived"), tr("Left")});
    QStringList keys;
    const FieldDef &field = *Registers::attendance().field(K::mark);
    for (const Attendance::Mark &m : Attendance::marks())
        keys += QString(m.key) + u' ' + Fields::choiceLabel(field, QString::fromLatin1(m.code));
    m_hint->setText(tr("Press a key on a person: %1. Type the times as HH:MM.").arg(keys.join(u", "_s)));
    m_languageLabel->setText(tr("Print in"));
    m_markToday->setText(tr("Mark &today (F6)"));
    m_month->setText(tr("&Month's sheet (Ctrl+P)"));
    m_year->setText(tr("&Year's leave"));
    fillSheet();
}

void AttendancePage::refreshExtras()
{
    fillSheet();
}

void AttendancePage::showDay(const QDate &day)
{
    m_day = day;
    fillSheet();
}

void AttendancePage::fillSheet()
{
    m_filling = true;
    m_dayEdit->setText(Dates::display(m_day));
    auto staff = Attendance(workspace().book()).staff();
    auto marks = Attendance(workspace().book()).day(m_day);
    const int current = std::max(0, m_sheet->currentRow());
    m_sheet->setRowCount(0);
    m_codes.clear();
    if (!staff || !marks) {
        setStatus((!staff ? staff.error() : marks.error()).message);
        m_filling = false;
        return;
    }
    const FieldDef &field = *Registers::attendance().field(K::mark);
    m_sheet->setRowCount(int(staff.value().size()));
    for (int r = 0; r < staff.value().size(); ++r) {
        const Attendance::Person &p = staff.value().at(r);
        m_codes += p.code;
        const Entry e = marks.value().value(p.code);
        const auto item = [&](const QString &text, bool editable) {
            auto *i = new QTableWidgetItem(text);
            i->setToolTip(text);
            if (!editable)
                i->setFlags(i->flags() & ~Qt::ItemIsEditable);
            return i;
        };
        m_sheet->setItem(r, Name, item(p.nameHi + u", " + p.designationHi, false));
        m_sheet->setItem(r, Mark, item(e.number.isEmpty() ? QString() : Fields::choiceLabel(field, e.text(K::mark)), false));
        const auto time = [&](const QString &key) {
            const QTime t = e.number.isEmpty() ? QTime() : e.value(key).toTime();
            return t.isValid() ? t.toString(u"HH:mm"_s) : QString();
        };
        m_sheet->setItem(r, In, item(time(K::arrival), true));
        m_sheet->setItem(r, Out, item(time(K::departure), true));
    }
    if (m_sheet->rowCount() > 0)
        m_sheet->setCurrentCell(std::min(current, m_sheet->rowCount() - 1), std::max(int(Mark), m_sheet->currentColumn()));
    if (staff.value().isEmpty())
        setStatus(tr("There is no staff on the list; add them in Staff and ward members (group: staff)."));
    m_filling = false;
}

bool AttendancePage::markCurrent(QChar key)
{
    const int row = m_sheet->currentRow();
    const QString mark = Attendance::markOfKey(key);
    if (row < 0 || row >= m_codes.size() || mark.isEmpty())
        return false;
    if (!mayWrite()) {
        setStatus(tr("You may read the register but not mark it."));
        return true;
    }
    const auto parseTime = [&](int column) {
        const QString text = m_sheet->item(row, column) ? m_sheet->item(row, column)->text().trimmed() : QString();
        return mark == u"present" ? QTime::fromString(text, u"HH:mm"_s) : QTime();
    };
    auto written = Attendance(workspace().book()).mark(workspace().user(), m_day, m_codes.at(row), mark, parseTime(In), parseTime(Out));
    if (!written) {
        setStatus(written.error().message);
        return true;
    }
    setStatus(tr("Saved %1.").arg(written.value().number));
    refresh();
    m_sheet->setCurrentCell(std::min(row + 1, m_sheet->rowCount() - 1), Mark);
    return true;
}

void AttendancePage::timeEdited(int row, int column)
{
    if (m_filling || (column != In && column != Out) || row >= m_codes.size())
        return;
    QTableWidgetItem *item = m_sheet->item(row, column);
    const QString text = item->text().trimmed();
    auto parsed = Fields::parse(*Registers::attendance().field(column == In ? K::arrival : K::departure), text,
                                workspace().clock().today());
    if (!parsed) {
        setStatus(parsed.error().message);
        return;
    }
    auto marks = Attendance(workspace().book()).day(m_day);
    if (!marks)
        return;
    const Entry e = marks.value().value(m_codes.at(row));
    const QTime in = column == In ? parsed.value().toTime() : (e.number.isEmpty() ? QTime() : e.value(K::arrival).toTime());
    const QTime out = column == Out ? parsed.value().toTime() : (e.number.isEmpty() ? QTime() : e.value(K::departure).toTime());
    // A time typed for someone not yet marked marks them present.
    auto written = Attendance(workspace().book()).mark(workspace().user(), m_day, m_codes.at(row), u"present"_s, in, out);
    setStatus(written ? tr("Saved %1.").arg(written.value().number) : written.error().message);
    refresh();
    m_sheet->setCurrentCell(row, column);
}

bool AttendancePage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_sheet && event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const int column = m_sheet->currentColumn();
        if ((column == Name || column == Mark) && key->modifiers() == Qt::NoModifier && key->text().size() == 1
            && key->text().at(0).isLetter())
            return markCurrent(key->text().at(0)) || true;
    }
    return RegisterPage::eventFilter(watched, event);
}

void AttendancePage::printMonth()
{
    auto sheet = Attendance(workspace().book()).month(m_day);
    auto office = OfficeProfile(workspace().book()).load();
    if (!sheet) {
        setStatus(sheet.error().message);
        return;
    }
    previewDocument(this, attendanceSheetDocument(office ? office.value() : Office{}, sheet.value(), m_language->language(),
                                                  workspace().clock().today()));
}

void AttendancePage::printYear()
{
    auto rows = Attendance(workspace().book()).year(m_day.year());
    auto office = OfficeProfile(workspace().book()).load();
    if (!rows) {
        setStatus(rows.error().message);
        return;
    }
    previewDocument(this, yearLeaveDocument(office ? office.value() : Office{}, m_day.year(), rows.value(),
                                            m_language->language(), workspace().clock().today()));
}

}  // namespace gd::ui
