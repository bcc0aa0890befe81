#pragma once
// The quality system's records and their rules: the policy in force, the quality objectives measured from the
// registers, trainings with their attendees, citizen surveys, and audit findings with corrective actions that
// are verified by someone other than their owner before they close.

#include "../reports/MonthlyReport.h"
#include "EntryStore.h"

#include <optional>

namespace gd {

class QualitySystem {
    Q_DECLARE_TR_FUNCTIONS(gd::QualitySystem)
public:
    explicit QualitySystem(const Book &book) : m_book(book) {}

    // Rules of each record, as a form or an import hands it over; computed values are filled in.
    static QList<FieldProblem> checkPolicy(QVariantMap &values);
    static QList<FieldProblem> checkObjective(QVariantMap &values);
    static QList<FieldProblem> checkTraining(QVariantMap &values);   // counts the attendees (one per line)
    static QList<FieldProblem> checkSurvey(QVariantMap &values);     // works out the share satisfied
    static QList<FieldProblem> checkFinding(QVariantMap &values);    // works out the status

    // An objective's value over a period, as the registers give it (or as the office entered it).
    struct Measured {
        Hundredths value;   // a percentage or an average rating; empty when there was nothing to count
        qint64 counted = 0; // how many entries (or survey respondents) the value rests on
        std::optional<bool> met;  // empty when there is no value
    };
    static bool isRating(const QString &measure);
    static bool isPercent(const QString &measure);
    Result<Measured> measure(const QVariantMap &objective, const QDate &from, const QDate &to) const;
    // Several objectives over one period, the period's figures worked out once.
    Result<QList<Measured>> measure(const QList<QVariantMap> &objectives, const QDate &from, const QDate &to) const;

    struct Objective {
        QVariantMap row;
        Measured measured;
    };
    // The objectives in use, by code, each measured over [from, to].
    Result<QList<Objective>> objectives(const QDate &from, const QDate &to) const;

    // The policy in force on `on`: the latest adopted on or before that day.
    Result<std::optional<Entry>> policy(const QDate &on) const;
    // Roles in use, by code.
    Result<QList<QVariantMap>> roles() const;
    // Entries of a register dated within [from, to], not cancelled, in date order.
    Result<QList<Entry>> entriesBetween(const RegisterDef &def, const QDate &from, const QDate &to) const;
    // How many entries of a register are dated within [from, to] (not cancelled).
    Result<qint64> countBetween(const RegisterDef &def, const QDate &from, const QDate &to) const;
    // Findings not closed on `on` (open, or done and waiting for verification), oldest first.
    Result<QList<Entry>> openFindings() const;

private:
    const Book &m_book;
};

}  // namespace gd
