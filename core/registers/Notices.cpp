#include "Notices.h"

#include "../Dates.h"
#include "../Text.h"

namespace gd {

namespace {

QString s(const char *latin)
{
    return QString::fromLatin1(latin);
}

}  // namespace

QList<FieldProblem> Notices::check(QVariantMap &values)
{
    QList<FieldProblem> problems;
    const QString kind = values.value(s("kind")).toString();
    const auto missing = [&](const char *key) {
        const QVariant v = values.value(s(key));
        return v.isNull() || (v.typeId() == QMetaType::QString && text::normalized(v.toString()).isEmpty());
    };
    const auto need = [&](const char *key, const QString &message) {
        if (missing(key))
            problems += {s(key), message};
    };
    const QDate issued = values.value(s("issued_on")).toDate();
    if (kind == u"gram_sabha" || kind == u"gp_meeting") {
        need("meeting_on", tr("a meeting notice gives the day of the meeting"));
        need("meeting_time", tr("a meeting notice gives the time of the meeting"));
        need("venue", tr("a meeting notice gives where the meeting is held"));
        need("agenda", tr("a meeting notice gives the agenda, one item per line"));
        const QDate meeting = values.value(s("meeting_on")).toDate();
        if (meeting.isValid() && issued.isValid() && meeting <= issued)
            problems += {s("meeting_on"), tr("the meeting comes after the notice (%1)").arg(Dates::display(issued))};
    } else if (kind == u"public") {
        need("body", tr("write the text of the notice"));
    } else if (kind == u"tender") {
        need("work", tr("a tender notice names the work"));
        need("estimated_cost", tr("a tender notice gives the estimated cost"));
        need("last_date", tr("a tender notice gives the last day for tenders"));
        need("opening_date", tr("a tender notice gives the day tenders are opened"));
        const QDate last = values.value(s("last_date")).toDate();
        const QDate opening = values.value(s("opening_date")).toDate();
        if (last.isValid() && issued.isValid() && last <= issued)
            problems += {s("last_date"), tr("tenders are received after the notice (%1)").arg(Dates::display(issued))};
        if (opening.isValid() && last.isValid() && opening < last)
            problems += {s("opening_date"), tr("tenders are opened on or after the last day for them (%1)").arg(Dates::display(last))};
    }
    return problems;
}

}  // namespace gd
