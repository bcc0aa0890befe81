#pragma once
// Staff attendance on screen: the day's sheet beside the register, every member of staff marked by one key
// (P, A, L, M, E, T, R, B) with arrival and departure typed in place; the month's sheet and the year's leave printed.

#include "../registers/RegisterPage.h"

class QLabel;
class QLineEdit;
class QTableWidget;

namespace gd::ui {

class PrintLanguageCombo;

class AttendancePage : public RegisterPage {
    Q_OBJECT
public:
    explicit AttendancePage(Workspace &workspace, QWidget *parent = nullptr);

    // The day the sheet shows (today when the page opens).
    QDate day() const { return m_day; }
    void showDay(const QDate &day);
    // Marks the sheet's current row with the mark of `key` and moves to the next person.
    bool markCurrent(QChar key);
    QTableWidget *sheet() const { return m_sheet; }
    void printMonth();
    void printYear();

protected:
    void retranslateExtras() override;
    void refreshExtras() override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fillSheet();
    void timeEdited(int row, int column);

    QDate m_day;
    QStringList m_codes;  // the sheet's rows
    bool m_filling = false;
    QLabel *m_dayTitle;
    QLineEdit *m_dayEdit;
    QLabel *m_hint;
    QTableWidget *m_sheet;
    QLabel *m_languageLabel;
    PrintLanguageCombo *m_language;
    QPushButton *m_markToday;
    QPushButton *m_month;
    QPushButton *m_year;
};

}  // namespace gd::ui
