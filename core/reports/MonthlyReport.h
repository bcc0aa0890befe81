#pragma once
// The secretary's monthly report (CONTRACTS.md) computed once, as plain data, with JSON and CSV forms.
// Later registers add their sections here; documents lays it out as a PDF.

#include "office/OfficeProfile.h"
#include "base/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <optional>

namespace gd {

class Book;

// A share or an average with two decimals, kept as hundredths so that it prints exactly; empty when the
// divisor is 0.
struct Hundredths {
    std::optional<qint64> value;
    static Hundredths ratio(qint64 numerator, qint64 denominator, qint64 scale = 100);
    QString json() const;  // "66.67" or "null"
    QString text() const;  // "66.67" or "—"
};

struct MonthlyReport {
    Q_DECLARE_TR_FUNCTIONS(gd::MonthlyReport)
public:
    QString month;  // 2026-10
    QDate first;
    QDate last;
    Office office;

    struct Visitors {
        qint64 count = 0;
        qint64 withFeedback = 0;
        Hundredths avgServiceTimeRating;
        Hundredths avgBehaviourRating;
    } visitors;

    struct Applications {
        qint64 received = 0;
        qint64 delivered = 0;
        qint64 deliveredInTime = 0;
        qint64 rejected = 0;
        qint64 pendingAtMonthEnd = 0;
        qint64 overdueAtMonthEnd = 0;
        Hundredths inTimePct;
    } applications;

    struct Complaints {
        qint64 received = 0;
        qint64 disposed = 0;
        qint64 disposedInTime = 0;
        qint64 pendingAtMonthEnd = 0;
        qint64 overdueAtMonthEnd = 0;
        Hundredths inTimePct;
    } complaints;

    struct VitalEvents {
        qint64 births = 0;
        qint64 deaths = 0;
        qint64 stillBirths = 0;
        qint64 onTime = 0;
        qint64 late = 0;
        qint64 permission = 0;
        qint64 order = 0;
        qint64 certificatesIssued = 0;
        qint64 awaitingCrsRegistration = 0;
    } vitalEvents;

    // Masters' names travel with their codes for the printed report (the JSON and CSV keep the codes).
    struct CashAccount {
        QString code, nameHi, nameEn;
        qint64 opening = 0, receipts = 0, payments = 0, contraIn = 0, contraOut = 0, closing = 0;  // paise
    };
    struct CashHead {
        QString head, nameHi, nameEn;
        qint64 receipts = 0, payments = 0;
    };
    struct Cash {
        QList<CashAccount> accounts;  // by code
        qint64 opening = 0, receipts = 0, payments = 0, closing = 0;
        QList<CashHead> byHead;       // by head code
    } cash;

    struct StockItem {
        QString code, nameHi, nameEn, unit;
        qint64 opening = 0, received = 0, issued = 0, closing = 0;  // thousandths of the unit
    };
    QList<StockItem> stock;  // by code

    struct Files {
        qint64 total = 0, opened = 0, issuedOutAtMonthEnd = 0, overdueReturnsAtMonthEnd = 0;
    } files;

    struct Readiness {
        qint64 done = 0, applicable = 0;
        Hundredths scorePct;
    } readiness;

    // Appeals against applications (added to gramdesk.monthly-report/1; docs/monthly-report.md).
    struct Appeals {
        qint64 filed = 0;
        qint64 decided = 0, allowed = 0, dismissed = 0, remanded = 0;
        qint64 decidedInTime = 0;
        qint64 pendingAtMonthEnd = 0;
        qint64 overdueAtMonthEnd = 0;
    } appeals;

    // The family register, staff attendance, meetings, social audits and corrective actions (added to
    // gramdesk.monthly-report/1; docs/monthly-report.md).
    struct FamilyRegister {
        qint64 families = 0;        // with a living member at month end
        qint64 membersLiving = 0;   // at month end
        QList<QPair<QString, qint64>> events;  // kind → events of the month (every kind, in the register's order)
        qint64 copiesIssued = 0;
        qint64 notCarried = 0;      // births and deaths reported by month end not yet in the family register
    } familyRegister;
    struct StaffAttendance {
        QString code;
        QString name;
        qint64 present = 0, absent = 0, leave = 0, duty = 0, unmarked = 0;
    };
    struct Attendance {
        qint64 workingDays = 0;
        QList<StaffAttendance> staff;
        Hundredths presentPct;  // (present + on duty) over working days × staff
    } attendance;
    struct Meetings {
        qint64 gp = 0, committee = 0, gramSabha = 0, quorumNotMet = 0;
    } meetings;
    qint64 socialAudits = 0;
    struct CorrectiveActions {
        qint64 raised = 0, closed = 0, openAtMonthEnd = 0, overdueAtMonthEnd = 0;
    } correctiveActions;

    // "2026-10" → the report of October 2026. A month after the current one is refused.
    static Result<MonthlyReport> compute(const Book &book, const QString &month);
    // The same figures for any period (the audit pack's): "month end" is then `last`.
    static Result<MonthlyReport> computePeriod(const Book &book, const QDate &first, const QDate &last);

    QByteArray toJson() const;
    // section,key,value rows (UTF-8 with BOM, CRLF), the same figures as the JSON.
    QByteArray toCsv() const;
};

// The twelve months ending with a report's month, for the report's charts: month by month, the figures the
// report defines (services and complaints closed in time, visitors, cash receipts and payments).
struct MonthlyTrend {
    QList<QDate> months;  // first days, oldest first
    QList<Hundredths> servicesInTimePct;
    QList<Hundredths> complaintsInTimePct;
    QList<qint64> visitors;
    QList<qint64> receipts;  // paise
    QList<qint64> payments;  // paise
    static Result<MonthlyTrend> compute(const Book &book, const QDate &lastMonth);
};

}  // namespace gd
