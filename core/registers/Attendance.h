#pragma once
// Staff attendance (उपस्थिति रजिस्टर): for each working day, each member of staff present, absent, on leave
// (casual, medical, earned) or on duty outside (tour, training, a meeting at the block), with arrival and
// departure times where the office keeps them. The staff are the office's people list (group staff).

#include "EntryStore.h"
#include "Masters.h"

#include <optional>

namespace gd {

struct AttendanceKeys {
    static inline const QString date = QStringLiteral("date");
    static inline const QString person = QStringLiteral("person_code");
    static inline const QString personName = QStringLiteral("person_name");
    static inline const QString mark = QStringLiteral("mark");
    static inline const QString arrival = QStringLiteral("arrival");
    static inline const QString departure = QStringLiteral("departure");
    static inline const QString remarks = QStringLiteral("remarks");
};

class Attendance {
    Q_DECLARE_TR_FUNCTIONS(gd::Attendance)
public:
    explicit Attendance(Book &book);

    // The marks, in the order the sheet totals them, with the key that marks each on the day's screen.
    struct Mark {
        const char *code;
        QChar key;          // P, A, L, M, E, T, R, B
        const char *letter; // on the month's sheet (QT_TRANSLATE_NOOP "gd::Attendance")
    };
    static const QList<Mark> &marks();
    static QString markOfKey(QChar key);  // empty when the key marks nothing
    static bool isLeave(const QString &mark);
    static bool isDuty(const QString &mark);  // on duty outside the office

    // The staff (active members of the people list's staff group), in board order.
    struct Person {
        QString code;
        QString nameHi;
        QString nameEn;
        QString designationHi;
        QString designationEn;
    };
    Result<QList<Person>> staff() const;

    // The day's marks, by person code.
    Result<QHash<QString, Entry>> day(const QDate &date) const;
    // Marks a person for a day: a new entry, or a correction of the day's entry when the mark or times change
    // (nothing is written when nothing changes). Times may be invalid.
    Result<Entry> mark(const User &by, const QDate &date, const QString &person, const QString &mark,
                       const QTime &arrival = {}, const QTime &departure = {});

    // The month's sheet: the working days, each person's mark of each day and totals by mark.
    struct Row {
        Person person;
        QHash<int, QString> marks;       // day of month → mark
        QHash<QString, int> totals;      // mark → days
        int unmarked = 0;                // working days with no mark
    };
    struct MonthSheet {
        QDate first;
        QList<QDate> workingDays;
        QList<Row> rows;
    };
    Result<MonthSheet> month(const QDate &first) const;
    // A year's (January to December) days of each mark per person.
    Result<QList<Row>> year(int year) const;
    // Any period's days of each mark per person; `workingDays` gets how many working days it has.
    Result<QList<Row>> totalsBetween(const QDate &from, const QDate &to, qint64 *workingDays) const;

private:
    Result<QList<Row>> totals(const QDate &from, const QDate &to, QList<QDate> *workingDays) const;

    Book &m_book;
};

}  // namespace gd
