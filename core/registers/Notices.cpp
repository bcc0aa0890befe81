#include "Notices.h"

#include "base/Dates.h"
#include "base/Text.h"
#include "Masters.h"
#include "../storage/Book.h"

#include <QRegularExpression>
#include <QSet>

using namespace Qt::StringLiterals;

namespace gd {

QList<FieldProblem> Notices::check(QVariantMap &values)
{
    QList<FieldProblem> problems;
    const QString kind = values.value(u"kind"_s).toString();
    const auto missing = [&](const char *key) {
        const QVariant v = values.value(QString::fromLatin1(key));
        return v.isNull() || (v.typeId() == QMetaType::QString && text::normalized(v.toString()).isEmpty());
    };
    const auto need = [&](const char *key, const QString &message) {
        if (missing(key))
            problems += {QString::fromLatin1(key), message};
    };
    const QDate issued = values.value(u"issued_on"_s).toDate();
    if (kind == u"gram_sabha" || kind == u"gp_meeting") {
        need("meeting_on", tr("a meeting notice gives the day of the meeting"));
        need("meeting_time", tr("a meeting notice gives the time of the meeting"));
        need("venue", tr("a meeting notice gives where the meeting is held"));
        need("agenda", tr("a meeting notice gives the agenda, one item per line"));
        const QDate meeting = values.value(u"meeting_on"_s).toDate();
        if (meeting.isValid() && issued.isValid() && meeting <= issued)
            problems += {u"meeting_on"_s, tr("the meeting comes after the notice (%1)").arg(Dates::display(issued))};
    } else if (kind == u"public") {
        need("body", tr("write the text of the notice"));
    } else if (kind == u"tender") {
        need("work", tr("a tender notice names the work"));
        need("estimated_cost", tr("a tender notice gives the estimated cost"));
        need("last_date", tr("a tender notice gives the last day for tenders"));
        need("opening_date", tr("a tender notice gives the day tenders are opened"));
        const QDate last = values.value(u"last_date"_s).toDate();
        const QDate opening = values.value(u"opening_date"_s).toDate();
        if (last.isValid() && issued.isValid() && last <= issued)
            problems += {u"last_date"_s, tr("tenders are received after the notice (%1)").arg(Dates::display(issued))};
        if (opening.isValid() && last.isValid() && opening < last)
            problems += {u"opening_date"_s, tr("tenders are opened on or after the last day for them (%1)").arg(Dates::display(last))};
    }
    return problems;
}

QList<FieldProblem> Notices::checkPerson(const MasterStore &store, QVariantMap &values)
{
    const QString code = values.value(QStringLiteral("code")).toString().toUpper();
    const QString boss = values.value(QStringLiteral("reports_to")).toString().trimmed().toUpper();
    values.insert(QStringLiteral("reports_to"), boss);
    if (boss.isEmpty())
        return {};
    auto rows = store.book().exec(QStringLiteral("SELECT code, reports_to FROM people"));
    if (!rows)
        return {{QStringLiteral("reports_to"), rows.error().message}};
    QHash<QString, QString> above;
    while (rows.value().next())
        above.insert(rows.value().value(0).toString().toUpper(), rows.value().value(1).toString().toUpper());
    if (boss == code)
        return {{QStringLiteral("reports_to"), tr("a person does not report to themselves")}};
    if (!above.contains(boss))
        return {{QStringLiteral("reports_to"), tr("there is no one with the code %1 on the list").arg(boss)}};
    QSet<QString> seen;
    for (QString up = boss; !up.isEmpty() && !seen.contains(up); up = above.value(up)) {
        if (up == code)
            return {{QStringLiteral("reports_to"), tr("%1 already reports to %2, directly or through others").arg(boss, code)}};
        seen.insert(up);
    }
    return {};
}

QList<FieldProblem> Notices::checkEmergencyNumber(const MasterStore &, QVariantMap &values)
{
    static const QRegularExpression dialable(QStringLiteral("^\\+?[0-9][0-9 -]{1,18}[0-9]$"));
    if (!dialable.match(values.value(QStringLiteral("number")).toString().trimmed()).hasMatch())
        return {{QStringLiteral("number"), tr("a telephone number is digits (3 to 20), with spaces or hyphens between")}};
    return {};
}

}  // namespace gd
