#pragma once
// What the audit pack shows, as data: read from the book once, laid out by documents/AuditPack, and written as
// JSON by `gramdesk-cli report audit-pack --json`.

#include "MonthlyReport.h"
#include "office/OfficeProfile.h"
#include "registers/QualitySystem.h"
#include "registers/Readiness.h"

#include <QHash>
#include <optional>

namespace gd {

class Book;

struct AuditPackFigures {
    Office office;
    QDate from;
    QDate to;
    QDate today;  // the day it is made: the next step and what is overdue are judged on it

    QList<ReadinessItem> items;  // Annexure-2, with what the books show on `to`
    Readiness::Score score;
    std::optional<Readiness::NextStep> nextStep;
    std::optional<Entry> policy;  // in force on `to`
    QList<QualitySystem::Objective> objectives;  // measured over the period
    QList<QVariantMap> roles;
    QList<Entry> procedures;                     // the controlled list: in force, then withdrawn
    QHash<QString, QStringList> procedureFiles;  // procedure number → files kept with it
    struct Evidence {
        QString itemCode;
        ReadinessEvidence file;
        QByteArray image;  // a photo's bytes; empty for a scan or another document
    };
    QList<Evidence> evidence;  // by item, then as attached
    QList<QVariantMap> steps;  // the steps to certification, by step
    QList<Entry> meetings;     // held in the period
    QList<Entry> openActions;  // action items of meetings not done, whenever decided
    qint64 openActionsNow = 0;
    qint64 overdueActionsNow = 0;
    QList<Entry> trainings;         // in the period
    QList<Entry> surveys;           // in the period
    QList<Entry> findingsInPeriod;  // audit findings found in the period
    QList<Entry> openFindings;      // corrective actions not closed now
    QList<Entry> openRisks;         // risks not closed, highest score first
    MonthlyReport period;           // every register over the period, in the monthly report's terms
    QList<std::pair<QString, qint64>> entries;  // register id → its entries dated in the period, in the pack's order

    // Sums of the lists above.
    QHash<QString, qint64> meetingsByKind() const;
    qint64 attendances() const;
    qint64 asked() const;
    qint64 satisfied() const;
    qint64 highRisks() const;  // scoring 15 or more
    QHash<QString, qint64> findingsByType() const;
    qint64 findingsClosed() const;

    static Result<AuditPackFigures> compute(Book &book, const QDate &from, const QDate &to, const QDate &today);
    // The figures as JSON ("gramdesk.audit-pack/1"): counts, scores and lists of codes and numbers, not the texts.
    QByteArray toJson() const;
};

}  // namespace gd
