#include "Readiness.h"

#include "base/Dates.h"
#include "office/Roles.h"
#include "base/Text.h"
#include "../storage/Book.h"
#include "Masters.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace gd {

namespace {

constexpr qint64 kMaxEvidence = 8 * 1024 * 1024;
const char *const kContext = "gd::Readiness";

// A message in both languages with its %1, %2… filled in.
Bilingual args(const char *source, const QStringList &values)
{
    Bilingual b = PrintText::both(kContext, source);
    for (const QString &v : values) {
        b.hi = b.hi.arg(v);
        b.en = b.en.arg(v);
    }
    return b;
}

QDate nextCheck(const QDate &last, const QString &frequency)
{
    if (!last.isValid())
        return {};
    if (frequency == u"monthly")
        return last.addMonths(1);
    if (frequency == u"quarterly")
        return last.addMonths(3);
    if (frequency == u"half_yearly")
        return last.addMonths(6);
    if (frequency == u"yearly")
        return last.addYears(1);
    return {};
}

}  // namespace

Readiness::Readiness(Book &book) : m_book(book) {}

namespace {

// Visitors who gave feedback in the last 30 days.
Result<QPair<bool, Bilingual>> judgeFeedback(const Book &book, const QDate &today)
{
    const QString from30 = Dates::iso(today.addDays(-30));
    const QString to = Dates::iso(today);
    auto n = book.scalar(QStringLiteral("SELECT count(*) FROM visitors WHERE is_current = 1 AND cancelled = 0"
                                        " AND \"date\" BETWEEN ? AND ? AND service_time_rating IS NOT NULL"
                                        " AND behaviour_rating IS NOT NULL"),
                         {from30, to});
    if (!n)
        return n.error();
    const int count = n.value().toInt();
    return qMakePair(count > 0, PrintText::both(kContext, QT_TRANSLATE_N_NOOP("gd::Readiness", "%n visitor(s) gave feedback in the last 30 days"), count));
}

// Complaints recorded in the last 90 days.
Result<QPair<bool, Bilingual>> judgeComplaints(const Book &book, const QDate &today)
{
    const QString to = Dates::iso(today);
    auto n = book.scalar(QStringLiteral("SELECT count(*) FROM complaints WHERE is_current = 1 AND cancelled = 0"
                                        " AND received_on BETWEEN ? AND ?"),
                         {Dates::iso(today.addDays(-90)), to});
    if (!n)
        return n.error();
    const int count = n.value().toInt();
    return qMakePair(count > 0, PrintText::both(kContext, QT_TRANSLATE_N_NOOP("gd::Readiness", "%n complaint(s) recorded in the last 90 days"), count));
}

// Files coded and listed in the file index.
Result<QPair<bool, Bilingual>> judgeFiles(const Book &book, const QDate &)
{
    auto n = book.scalar(QStringLiteral("SELECT count(*) FROM files WHERE is_current = 1 AND cancelled = 0"));
    if (!n)
        return n.error();
    const int count = n.value().toInt();
    return qMakePair(count > 0, PrintText::both(kContext, QT_TRANSLATE_N_NOOP("gd::Readiness", "%n file(s) coded and listed in the file index"), count));
}

// Places described, and every file that is kept given its place.
Result<QPair<bool, Bilingual>> judgeRecordRoom(const Book &book, const QDate &)
{
    auto q = book.exec(QStringLiteral("SELECT (SELECT count(*) FROM places),"
                                      " (SELECT count(*) FROM files WHERE is_current = 1 AND cancelled = 0 AND status <> 'destroyed'),"
                                      " (SELECT count(*) FROM files WHERE is_current = 1 AND cancelled = 0 AND status <> 'destroyed'"
                                      "   AND room <> '')"));
    if (!q)
        return q.error();
    q.value().next();
    const int places = q.value().value(0).toInt();
    const int files = q.value().value(1).toInt();
    const int placed = q.value().value(2).toInt();
    return qMakePair(places > 0 && files > 0 && placed == files,
                     args(QT_TRANSLATE_NOOP("gd::Readiness", "%1 places described; %2 of %3 files have their place"),
                          {QString::number(places), QString::number(placed), QString::number(files)}));
}

// The latest GP meeting and Gram Sabha, social audit, or fire-fighting training or drill, against how often each is
// due (check: "meetings", "social_audit" or "fire_drill").
Result<QPair<bool, Bilingual>> judgeRecurring(const Book &book, const QString &check, const QDate &today)
{
    const QString to = Dates::iso(today);
    const auto latest = [&](const QString &sql, const QVariantList &bindings) -> Result<QDate> {
        auto v = book.scalar(sql, bindings);
        if (!v)
            return v.error();
        return QDate::fromString(v.value().toString(), Qt::ISODate);
    };
    const auto last = [&](const char *kind) -> Result<QDate> {
        auto held = latest(QStringLiteral("SELECT max(held_on) FROM meetings WHERE is_current = 1 AND cancelled = 0"
                                          " AND kind = ? AND held_on <= ?"),
                           {QString::fromLatin1(kind), to});
        if (!held || qstrcmp(kind, "fire_drill") != 0)
            return held;
        // A fire-fighting training is a drill in the meetings register or a fire-safety training.
        auto trained = latest(QStringLiteral("SELECT max(held_on) FROM trainings WHERE is_current = 1 AND cancelled = 0"
                                             " AND kind = 'fire_safety' AND held_on <= ?"),
                              {to});
        if (!trained)
            return trained;
        return std::max(held.value(), trained.value());
    };
    const auto when = [](const QDate &d) {
        return d.isValid() ? Bilingual{Dates::display(d), Dates::display(d)}
                           : PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness", "none recorded"));
    };
    if (check == u"meetings") {
        // The GP meets every month, its committees at least once a quarter, the Gram Sabha at least twice a year
        // (Kharif and Rabi).
        auto gp = last("gp");
        auto committee = last("committee");
        auto sabha = last("gram_sabha");
        if (!gp || !committee || !sabha)
            return !gp ? gp.error() : !committee ? committee.error() : sabha.error();
        const bool ok = gp.value().isValid() && gp.value() >= today.addDays(-31) && committee.value().isValid()
            && committee.value() >= today.addMonths(-3) && sabha.value().isValid() && sabha.value() >= today.addMonths(-6);
        Bilingual b = PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness",
                                                                  "Last GP meeting: %1; last committee meeting: %2; last Gram Sabha: %3"));
        const Bilingual g = when(gp.value());
        const Bilingual c = when(committee.value());
        const Bilingual sb = when(sabha.value());
        return qMakePair(ok, Bilingual{b.hi.arg(g.hi, c.hi, sb.hi), b.en.arg(g.en, c.en, sb.en)});
    }
    auto held = last(check == u"social_audit" ? "social_audit" : "fire_drill");
    if (!held)
        return held.error();
    const bool ok = held.value().isValid() && held.value() >= today.addYears(-1);
    Bilingual b = check == u"social_audit"
        ? PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness", "Last social audit: %1 (one a year is due)"))
        : PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness", "Last fire-fighting training or drill: %1 (one a year is due)"));
    const Bilingual w = when(held.value());
    return qMakePair(ok, Bilingual{b.hi.arg(w.hi), b.en.arg(w.en)});
}

// Risks assessed within the year, none overdue for review.
Result<QPair<bool, Bilingual>> judgeRisks(const Book &book, const QDate &today)
{
    const QString to = Dates::iso(today);
    // Risks assessed: identified or reviewed (a new version) within the year, and none overdue for review.
    auto q = book.exec(QStringLiteral("SELECT count(*), coalesce(sum(review_on < ?), 0),"
                                      " coalesce(max(max(identified_on), max(substr(changed_at, 1, 10))), '')"
                                      " FROM risks WHERE is_current = 1 AND cancelled = 0 AND status <> 'closed'"),
                       {to});
    if (!q)
        return q.error();
    q.value().next();
    const int open = q.value().value(0).toInt();
    const int overdue = q.value().value(1).toInt();
    const QDate last = QDate::fromString(q.value().value(2).toString(), Qt::ISODate);
    const bool ok = open > 0 && overdue == 0 && last.isValid() && last >= today.addYears(-1);
    const Bilingual b = PrintText::both(kContext, QT_TRANSLATE_N_NOOP("gd::Readiness", "%n open risk(s) in the risk register, %1 overdue for review"), open);
    return qMakePair(ok, Bilingual{b.hi.arg(overdue), b.en.arg(overdue)});
}

// Every register item 23 of the order names is kept, each with an entry in the last 30 days (the meetings register:
// a meeting held in the last 31 days). GramDesk does not keep the family register and the attendance register yet;
// the item says so instead of looking done.
Result<QPair<bool, Bilingual>> judgeRegisters(const Book &book, const QDate &today)
{
    // Each register the order names, with the date that shows it kept (the family register: a member entered, or
    // one of its events). A register with no entry at all is not kept yet.
    struct Dated {
        const RegisterDef &def;
        const char *column;
    };
    const struct {
        Dated kept;
        std::optional<Dated> also;
        int days;
    } kept[] = {{{Registers::complaints(), "received_on"}, {}, 30},
                {{Registers::meetings(), "held_on"}, {}, 31},
                {{Registers::vitalEvents(), "reported_on"}, {}, 30},
                {{Registers::familyMembers(), "entered_on"}, Dated{Registers::familyEvents(), "event_on"}, 30},
                {{Registers::stockMoves(), "date"}, {}, 30},
                {{Registers::cashEntries(), "date"}, {}, 30},
                {{Registers::attendance(), "date"}, {}, 30},
                {{Registers::visitors(), "date"}, {}, 30}};
    const auto latest = [&](const Dated &k) {
        return book.scalar(QStringLiteral("SELECT max(\"%1\") FROM %2 WHERE is_current = 1 AND cancelled = 0")
                               .arg(QString::fromLatin1(k.column), k.def.table));
    };
    QStringList staleHi;
    QStringList staleEn;
    QStringList missingHi;
    QStringList missingEn;
    for (const auto &k : kept) {
        auto last = latest(k.kept);
        if (!last)
            return last.error();
        QString date = last.value().toString();
        if (k.also) {
            auto other = latest(*k.also);
            if (!other)
                return other.error();
            date = std::max(date, other.value().toString());
        }
        const Bilingual title = PrintText::both("gd::Fields", k.kept.def.title);
        if (date.isEmpty()) {
            missingHi += title.hi;
            missingEn += title.en;
        } else if (date < Dates::iso(today.addDays(-k.days))) {
            staleHi += title.hi;
            staleEn += title.en;
        }
    }
    Bilingual said;
    if (!missingEn.isEmpty()) {
        const Bilingual b = PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness", "No entries at all yet: %1"));
        said = {b.hi.arg(missingHi.join(QStringLiteral(", "))), b.en.arg(missingEn.join(QStringLiteral(", ")))};
    }
    if (!staleEn.isEmpty()) {
        const Bilingual b = PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness", "No entries in the last 30 days: %1"));
        const Bilingual stale{b.hi.arg(staleHi.join(QStringLiteral(", "))), b.en.arg(staleEn.join(QStringLiteral(", ")))};
        said = said.en.isEmpty() ? stale : Bilingual{said.hi + QStringLiteral("; ") + stale.hi, said.en + QStringLiteral("; ") + stale.en};
    }
    if (said.en.isEmpty())
        return qMakePair(true, PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness", "Every register the order names has entries in the last 30 days")));
    return qMakePair(false, said);
}

// The emergency numbers the office displays are on its list (the sheet is printed from it).
Result<QPair<bool, Bilingual>> judgeEmergency(const Book &book, const QDate &)
{
    auto n = book.scalar(QStringLiteral("SELECT count(*) FROM emergency_numbers WHERE active = 'yes'"));
    if (!n)
        return n.error();
    const int count = n.value().toInt();
    if (count == 0)
        return qMakePair(false, PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness",
                                                                            "No emergency numbers on the list yet: add them under Emergency numbers and print the sheet")));
    return qMakePair(true, PrintText::both(kContext, QT_TRANSLATE_N_NOOP("gd::Readiness", "%n emergency number(s) on the list to display"), count));
}

}  // namespace

Result<QPair<bool, Bilingual>> Readiness::judge(const QString &check, const QDate &today) const
{
    using Judge = Result<QPair<bool, Bilingual>> (*)(const Book &, const QDate &);
    static const QHash<QString, Judge> judges = {{u"feedback"_s, judgeFeedback}, {u"complaints"_s, judgeComplaints},
                                                 {u"files"_s, judgeFiles},       {u"record_room"_s, judgeRecordRoom},
                                                 {u"risks"_s, judgeRisks},       {u"registers"_s, judgeRegisters},
                                                 {u"emergency"_s, judgeEmergency}};
    if (const Judge j = judges.value(check))
        return j(m_book, today);
    if (check == u"meetings" || check == u"social_audit" || check == u"fire_drill")
        return judgeRecurring(m_book, check, today);
    return qMakePair(false, Bilingual());
}

Result<QList<ReadinessItem>> Readiness::items(const QDate &today) const
{
    auto rows = MasterStore(m_book, Registers::readinessItems()).list();
    if (!rows)
        return rows.error();
    auto counts = m_book.exec(QStringLiteral("SELECT item_code, count(*) FROM readiness_evidence GROUP BY item_code"));
    if (!counts)
        return counts.error();
    QHash<QString, int> evidence;
    while (counts.value().next())
        evidence.insert(counts.value().value(0).toString(), counts.value().value(1).toInt());
    QList<ReadinessItem> out;
    for (const QVariantMap &row : rows.value()) {
        ReadinessItem item;
        item.row = row;
        item.evidence = evidence.value(item.code());
        const QString check = row.value(u"live_check"_s).toString();
        const QString status = item.status();
        if (!check.isEmpty()) {
            auto judged = judge(check, today);
            if (!judged)
                return judged.error();
            item.judged = true;
            item.booksShow = judged.value().first;
            item.live = judged.value().second;
            if (status == u"done" && !item.booksShow)
                item.warning = PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness", "Marked done, but the books do not show it."));
            else if ((status == u"not_started" || status == u"in_progress") && item.booksShow)
                item.warning = PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness",
                                                                           "The books show this in place, but it is not marked done."));
        }
        item.checkDue = nextCheck(row.value(u"last_checked"_s).toDate(), row.value(u"frequency"_s).toString());
        if (item.warning.en.isEmpty() && status == u"done" && item.checkDue.isValid() && item.checkDue < today)
            item.warning = args(QT_TRANSLATE_NOOP("gd::Readiness", "The regular check was due on %1."), {Dates::display(item.checkDue)});
        out += item;
    }
    return out;
}

QList<ReadinessItem> Readiness::gaps(const QList<ReadinessItem> &items)
{
    QList<ReadinessItem> out;
    for (const ReadinessItem &i : items)
        if (i.status() != u"done" && i.status() != u"not_applicable")
            out += i;
    std::stable_sort(out.begin(), out.end(), [](const ReadinessItem &a, const ReadinessItem &b) {
        const QDate x = a.row.value(u"target_date"_s).toDate();
        const QDate y = b.row.value(u"target_date"_s).toDate();
        if (x.isValid() != y.isValid())
            return x.isValid();
        if (x != y)
            return x < y;
        return a.code() < b.code();
    });
    return out;
}

Readiness::Score Readiness::score(const QList<ReadinessItem> &items)
{
    Score sc;
    for (const ReadinessItem &i : items) {
        if (i.status() == u"not_applicable")
            continue;
        ++sc.applicable;
        if (i.status() == u"done")
            ++sc.done;
    }
    sc.pct = Hundredths::ratio(sc.done, sc.applicable);
    return sc;
}

Result<std::optional<Readiness::NextStep>> Readiness::nextStep(const QDate &today) const
{
    auto rows = MasterStore(m_book, Registers::certificationSteps()).list();
    if (!rows)
        return rows.error();
    QList<QVariantMap> open;
    for (const QVariantMap &r : rows.value())
        if (!r.value(u"done_on"_s).toDate().isValid())
            open += r;
    if (open.isEmpty())
        return std::optional<NextStep>();
    std::stable_sort(open.begin(), open.end(), [](const QVariantMap &a, const QVariantMap &b) {
        if (a.value(u"step"_s).toInt() != b.value(u"step"_s).toInt())
            return a.value(u"step"_s).toInt() < b.value(u"step"_s).toInt();
        const QDate x = a.value(u"planned_on"_s).toDate();
        const QDate y = b.value(u"planned_on"_s).toDate();
        if (x.isValid() != y.isValid())
            return x.isValid();
        return x < y;
    });
    NextStep next;
    next.row = open.first();
    const Bilingual name{next.row.value(u"name_hi"_s).toString(),
                         next.row.value(u"name_en"_s).toString().isEmpty() ? next.row.value(u"name_hi"_s).toString()
                                                                            : next.row.value(u"name_en"_s).toString()};
    const QDate planned = next.row.value(u"planned_on"_s).toDate();
    next.overdue = planned.isValid() && planned < today;
    if (!planned.isValid()) {
        const Bilingual b = PrintText::both(kContext, QT_TRANSLATE_NOOP("gd::Readiness", "Next step: %1, not planned yet"));
        next.text = {b.hi.arg(name.hi), b.en.arg(name.en)};
    } else {
        const int days = int(std::abs(today.daysTo(planned)));
        const Bilingual b = next.overdue
            ? PrintText::both(kContext, QT_TRANSLATE_N_NOOP("gd::Readiness", "Next step: %1, planned for %2, %n day(s) ago"), days)
            : PrintText::both(kContext, QT_TRANSLATE_N_NOOP("gd::Readiness", "Next step: %1, planned for %2 (in %n day(s))"), days);
        next.text = {b.hi.arg(name.hi, Dates::display(planned)), b.en.arg(name.en, Dates::display(planned))};
    }
    return std::optional<NextStep>(next);
}

Result<Readiness::Score> Readiness::score() const
{
    auto rows = MasterStore(m_book, Registers::readinessItems()).list();
    if (!rows)
        return rows.error();
    QList<ReadinessItem> items;
    for (const QVariantMap &row : rows.value()) {
        ReadinessItem item;
        item.row = row;
        items += item;
    }
    return score(items);
}

Status Readiness::checkKeptFile(const QString &fileName, const QByteArray &data)
{
    if (data.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("The file %1 is empty; choose the photo or scan again.").arg(fileName));
    if (data.size() > kMaxEvidence)
        return makeError(ErrorCode::InputRejected,
                         tr("The file %1 is larger than 8 MB; scan it at a lower resolution or save it as a smaller PDF.")
                             .arg(fileName));
    return {};
}

Result<qint64> Readiness::addEvidence(const User &by, const QString &itemCode, const QString &fileName, const QString &mime,
                                      const QByteArray &data, const QString &note)
{
    if (auto r = Roles::require(by.role, Right::EditSettings); !r)
        return r.error();
    if (auto ok = checkKeptFile(fileName, data); !ok)
        return ok.error();
    qint64 id = 0;
    const Status s = m_book.transact([&]() -> Status {
        auto known = m_book.scalar(QStringLiteral("SELECT 1 FROM readiness_items WHERE code = ?"), {itemCode});
        if (!known)
            return known.error();
        if (!known.value().isValid())
            return makeError(ErrorCode::InputRejected, tr("There is no readiness item %1.").arg(itemCode));
        auto q = m_book.exec(QStringLiteral("INSERT INTO readiness_evidence (item_code, added_at, added_by, file_name, mime, bytes,"
                                            " data, note) VALUES (?,?,?,?,?,?,?,?) RETURNING id"),
                             {itemCode, m_book.clock().now().toString(Qt::ISODate), by.userName, text::normalized(fileName), mime,
                              qint64(data.size()), data, text::normalized(note)});
        if (!q)
            return q.error();
        q.value().next();
        id = q.value().value(0).toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<ReadinessEvidence>> Readiness::evidence(const QString &itemCode) const
{
    auto q = m_book.exec(QStringLiteral("SELECT id, item_code, added_at, added_by, file_name, mime, bytes, note"
                                        " FROM readiness_evidence WHERE item_code = ? ORDER BY id"),
                         {itemCode});
    if (!q)
        return q.error();
    QList<ReadinessEvidence> out;
    while (q.value().next()) {
        const QSqlQuery &r = q.value();
        out += ReadinessEvidence{r.value(0).toLongLong(), r.value(1).toString(), r.value(2).toString(), r.value(3).toString(),
                                 r.value(4).toString(), r.value(5).toString(), r.value(6).toLongLong(), r.value(7).toString()};
    }
    return out;
}

Result<QByteArray> Readiness::evidenceData(qint64 id) const
{
    auto v = m_book.scalar(QStringLiteral("SELECT data FROM readiness_evidence WHERE id = ?"), {id});
    if (!v)
        return v.error();
    return v.value().toByteArray();
}

}  // namespace gd
