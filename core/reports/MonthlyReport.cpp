#include "MonthlyReport.h"
#include "MonthlyReportParts.h"

#include "base/Csv.h"
#include "base/Dates.h"
#include "base/Money.h"
#include "../registers/Fields.h"
#include "../registers/FrontOfficeRegisters.h"
#include "../registers/Readiness.h"
#include "../storage/Book.h"

#include <QRegularExpression>
#include <QSqlRecord>
#include <QSqlQuery>

namespace gd {

namespace {

QString jsonString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (const QChar c : s) {
        if (c == u'"' || c == u'\\')
            out += u'\\' + QString(c);
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            out += c;
    }
    return out + u'"';
}

}  // namespace

Hundredths Hundredths::ratio(qint64 numerator, qint64 denominator, qint64 scale)
{
    if (denominator == 0)
        return {};
    // Rounded half up to hundredths, in integers.
    return {(numerator * scale * 100 * 2 + denominator) / (2 * denominator)};
}

QString Hundredths::json() const
{
    if (!value)
        return QStringLiteral("null");
    return QStringLiteral("%1.%2").arg(*value / 100).arg(*value % 100, 2, 10, QLatin1Char('0'));
}

QString Hundredths::text() const
{
    return value ? json() : QStringLiteral("—");
}

Result<MonthlyReport> MonthlyReport::compute(const Book &book, const QString &month)
{
    static const QRegularExpression form(QStringLiteral("^(\\d{4})-(\\d{2})$"));
    const auto m = form.match(month.trimmed());
    const QDate first = m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), 1) : QDate();
    if (!first.isValid())
        return makeError(ErrorCode::Usage, tr("Give the month as YYYY-MM, for example 2026-10."));
    const QDate today = book.clock().today();
    if (first > today)
        return makeError(ErrorCode::InputRejected,
                         tr("%1 has not begun yet; a report is made for this month or an earlier one.").arg(month));
    auto r = computePeriod(book, first, first.addMonths(1).addDays(-1));
    if (r)
        r.value().month = month.trimmed();
    return r;
}

namespace {

// The visitors of the period and their feedback.
Status visitorsOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto v = book.exec(QStringLiteral(
                           "SELECT count(*),"
                           " coalesce(sum(service_time_rating IS NOT NULL AND behaviour_rating IS NOT NULL), 0),"
                           " coalesce(sum(CASE WHEN behaviour_rating IS NOT NULL THEN service_time_rating END), 0),"
                           " coalesce(sum(CASE WHEN service_time_rating IS NOT NULL THEN behaviour_rating END), 0)"
                           " FROM visitors WHERE is_current = 1 AND cancelled = 0 AND \"date\" BETWEEN ? AND ?"),
                       {a, z});
    if (!v)
        return v.error();
    if (v.value().next()) {
        r.visitors.count = v.value().value(0).toLongLong();
        r.visitors.withFeedback = v.value().value(1).toLongLong();
        r.visitors.avgServiceTimeRating = Hundredths::ratio(v.value().value(2).toLongLong(), r.visitors.withFeedback, 1);
        r.visitors.avgBehaviourRating = Hundredths::ratio(v.value().value(3).toLongLong(), r.visitors.withFeedback, 1);
    }
    return {};
}

// Applications received, delivered and rejected in the period; pending and overdue at its end.
Status applicationsOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto ap = book.exec(QStringLiteral(
                            "SELECT"
                            " coalesce(sum(received_on BETWEEN ? AND ?), 0),"
                            " coalesce(sum(status = 'delivered' AND closed_on BETWEEN ? AND ?), 0),"
                            " coalesce(sum(status = 'delivered' AND closed_on BETWEEN ? AND ? AND closed_on <= due_on), 0),"
                            " coalesce(sum(status = 'rejected' AND closed_on BETWEEN ? AND ?), 0),"
                            " coalesce(sum(received_on <= ? AND NOT (status <> 'pending' AND closed_on <= ?)), 0),"
                            " coalesce(sum(received_on <= ? AND NOT (status <> 'pending' AND closed_on <= ?)"
                            " AND due_on < ?), 0)"
                            " FROM applications WHERE is_current = 1 AND cancelled = 0"),
                        {a, z, a, z, a, z, a, z, z, z, z, z, z});
    if (!ap)
        return ap.error();
    if (ap.value().next()) {
        auto &x = r.applications;
        x.received = ap.value().value(0).toLongLong();
        x.delivered = ap.value().value(1).toLongLong();
        x.deliveredInTime = ap.value().value(2).toLongLong();
        x.rejected = ap.value().value(3).toLongLong();
        x.pendingAtMonthEnd = ap.value().value(4).toLongLong();
        x.overdueAtMonthEnd = ap.value().value(5).toLongLong();
        x.inTimePct = Hundredths::ratio(x.deliveredInTime, x.delivered);
    }
    return {};
}

// Complaints received and disposed in the period; pending and overdue at its end.
Status complaintsOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto cp = book.exec(QStringLiteral(
                            "SELECT"
                            " coalesce(sum(received_on BETWEEN ? AND ?), 0),"
                            " coalesce(sum(closed AND disposed_on BETWEEN ? AND ?), 0),"
                            " coalesce(sum(closed AND disposed_on BETWEEN ? AND ? AND disposed_on <= due_on), 0),"
                            " coalesce(sum(received_on <= ? AND NOT (closed AND disposed_on <= ?)), 0),"
                            " coalesce(sum(received_on <= ? AND NOT (closed AND disposed_on <= ?) AND due_on < ?), 0)"
                            " FROM (SELECT *, %1 AS closed"
                            "       FROM complaints WHERE is_current = 1 AND cancelled = 0)")
                            .arg(frontoffice::complaintClosedSql()),
                        {a, z, a, z, a, z, z, z, z, z, z});
    if (!cp)
        return cp.error();
    if (cp.value().next()) {
        auto &x = r.complaints;
        x.received = cp.value().value(0).toLongLong();
        x.disposed = cp.value().value(1).toLongLong();
        x.disposedInTime = cp.value().value(2).toLongLong();
        x.pendingAtMonthEnd = cp.value().value(3).toLongLong();
        x.overdueAtMonthEnd = cp.value().value(4).toLongLong();
        x.inTimePct = Hundredths::ratio(x.disposedInTime, x.disposed);
    }
    return {};
}

// Appeals filed and decided in the period, by outcome and in time; pending and overdue at its end.
Status appealsOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto q = book.exec(QStringLiteral(
                           "SELECT"
                           " coalesce(sum(filed_on BETWEEN ? AND ?), 0),"
                           " coalesce(sum(decided AND order_on BETWEEN ? AND ?), 0),"
                           " coalesce(sum(decided AND order_on BETWEEN ? AND ? AND outcome = 'allowed'), 0),"
                           " coalesce(sum(decided AND order_on BETWEEN ? AND ? AND outcome = 'dismissed'), 0),"
                           " coalesce(sum(decided AND order_on BETWEEN ? AND ? AND outcome = 'remanded'), 0),"
                           " coalesce(sum(decided AND order_on BETWEEN ? AND ? AND order_on <= due_on), 0),"
                           " coalesce(sum(filed_on <= ? AND NOT (decided AND order_on <= ?)), 0),"
                           " coalesce(sum(filed_on <= ? AND NOT (decided AND order_on <= ?) AND due_on < ?), 0)"
                           " FROM (SELECT *, outcome <> 'pending' AS decided"
                           "       FROM appeals WHERE is_current = 1 AND cancelled = 0)"),
                       {a, z, a, z, a, z, a, z, a, z, a, z, z, z, z, z, z});
    if (!q)
        return q.error();
    q.value().next();
    const auto v = [&](int i) { return q.value().value(i).toLongLong(); };
    r.appeals = {v(0), v(1), v(2), v(3), v(4), v(5), v(6), v(7)};
    return {};
}

// Births and deaths reported in the period, by delay; certificates; awaiting CRS registration at its end.
Status vitalEventsOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto ve = book.exec(QStringLiteral(
                            "SELECT"
                            " coalesce(sum(reported_on BETWEEN ? AND ? AND event_type = 'birth'), 0),"
                            " coalesce(sum(reported_on BETWEEN ? AND ? AND event_type = 'death'), 0),"
                            " coalesce(sum(reported_on BETWEEN ? AND ? AND event_type = 'still_birth'), 0),"
                            " coalesce(sum(reported_on BETWEEN ? AND ? AND delay_category = 'on_time'), 0),"
                            " coalesce(sum(reported_on BETWEEN ? AND ? AND delay_category = 'late'), 0),"
                            " coalesce(sum(reported_on BETWEEN ? AND ? AND delay_category = 'permission'), 0),"
                            " coalesce(sum(reported_on BETWEEN ? AND ? AND delay_category = 'order'), 0),"
                            " coalesce(sum(certificate_issued_on BETWEEN ? AND ?), 0),"
                            " coalesce(sum(reported_on <= ? AND (crs_registered_on IS NULL OR crs_registered_on > ?)), 0)"
                            " FROM vital_events WHERE is_current = 1 AND cancelled = 0"),
                        {a, z, a, z, a, z, a, z, a, z, a, z, a, z, a, z, z, z});
    if (!ve)
        return ve.error();
    if (ve.value().next()) {
        auto &x = r.vitalEvents;
        qint64 *fields[] = {&x.births,     &x.deaths, &x.stillBirths,        &x.onTime,
                            &x.late,       &x.permission, &x.order, &x.certificatesIssued, &x.awaitingCrsRegistration};
        for (int i = 0; i < 9; ++i)
            *fields[i] = ve.value().value(i).toLongLong();
    }
    return {};
}

// Each account opened by the end: opening, receipts, payments, contra, closing; the period by head.
Status cashOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto accounts = book.exec(QStringLiteral(
                                  "SELECT a.code, a.opening_balance,"
                                  " coalesce(sum(CASE WHEN e.date < ? THEN CASE WHEN e.type = 'receipt' THEN e.amount"
                                  "   WHEN e.type = 'payment' THEN -e.amount WHEN e.account = a.code THEN -e.amount"
                                  "   ELSE e.amount END END), 0),"
                                  " coalesce(sum(CASE WHEN e.date BETWEEN ? AND ? AND e.type = 'receipt' THEN e.amount END), 0),"
                                  " coalesce(sum(CASE WHEN e.date BETWEEN ? AND ? AND e.type = 'payment' THEN e.amount END), 0),"
                                  " coalesce(sum(CASE WHEN e.date BETWEEN ? AND ? AND e.type = 'contra' AND e.to_account = a.code"
                                  "   THEN e.amount END), 0),"
                                  " coalesce(sum(CASE WHEN e.date BETWEEN ? AND ? AND e.type = 'contra' AND e.account = a.code"
                                  "   THEN e.amount END), 0),"
                                  " a.name_hi, a.name_en"
                                  " FROM cash_accounts a LEFT JOIN cash_entries e"
                                  "   ON e.is_current = 1 AND e.cancelled = 0 AND (e.account = a.code OR e.to_account = a.code)"
                                  " WHERE a.opening_date <= ? GROUP BY a.code ORDER BY a.code"),
                              {a, a, z, a, z, a, z, a, z, z});
    if (!accounts)
        return accounts.error();
    while (accounts.value().next()) {
        const QSqlQuery &q = accounts.value();
        MonthlyReport::CashAccount c;
        c.code = q.value(0).toString();
        c.opening = q.value(1).toLongLong() + q.value(2).toLongLong();
        c.receipts = q.value(3).toLongLong();
        c.payments = q.value(4).toLongLong();
        c.contraIn = q.value(5).toLongLong();
        c.contraOut = q.value(6).toLongLong();
        c.closing = c.opening + c.receipts - c.payments + c.contraIn - c.contraOut;
        c.nameHi = q.value(7).toString();
        c.nameEn = q.value(8).toString();
        r.cash.accounts += c;
        r.cash.opening += c.opening;
        r.cash.receipts += c.receipts;
        r.cash.payments += c.payments;
        r.cash.closing += c.closing;
    }
    auto heads = book.exec(QStringLiteral(
                               "SELECT e.head, coalesce(sum(CASE WHEN e.type = 'receipt' THEN e.amount END), 0),"
                               " coalesce(sum(CASE WHEN e.type = 'payment' THEN e.amount END), 0), h.name_hi, h.name_en"
                               " FROM cash_entries e LEFT JOIN cash_heads h ON h.code = e.head"
                               " WHERE e.is_current = 1 AND e.cancelled = 0 AND e.type <> 'contra'"
                               " AND e.date BETWEEN ? AND ? GROUP BY e.head ORDER BY e.head"),
                           {a, z});
    if (!heads)
        return heads.error();
    while (heads.value().next())
        r.cash.byHead += MonthlyReport::CashHead{heads.value().value(0).toString(), heads.value().value(3).toString(),
                                                 heads.value().value(4).toString(), heads.value().value(1).toLongLong(),
                                                 heads.value().value(2).toLongLong()};
    return {};
}

// Each item that exists by the end (its opening date, or its first move, on or before it): opening, received,
// issued, closing.
Status stockOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto items = book.exec(QStringLiteral(
                               "SELECT i.code, coalesce(i.opening_qty, 0),"
                               " coalesce(sum(CASE WHEN m.date < ? THEN CASE WHEN m.type = 'receipt' THEN m.quantity"
                               "   ELSE -m.quantity END END), 0),"
                               " coalesce(sum(CASE WHEN m.date BETWEEN ? AND ? AND m.type = 'receipt' THEN m.quantity END), 0),"
                               " coalesce(sum(CASE WHEN m.date BETWEEN ? AND ? AND m.type = 'issue' THEN m.quantity END), 0),"
                               " i.name_hi, i.name_en, i.unit"
                               " FROM stock_items i LEFT JOIN stock_moves m"
                               "   ON m.is_current = 1 AND m.cancelled = 0 AND m.item_code = i.code"
                               // From its opening date, or without one from its first receipt or issue.
                               " GROUP BY i.code HAVING coalesce(nullif(i.opening_date, ''), min(m.date)) <= ?"
                               " ORDER BY i.code"),
                           {a, a, z, a, z, z});
    if (!items)
        return items.error();
    while (items.value().next()) {
        MonthlyReport::StockItem it;
        it.code = items.value().value(0).toString();
        it.opening = items.value().value(1).toLongLong() + items.value().value(2).toLongLong();
        it.received = items.value().value(3).toLongLong();
        it.issued = items.value().value(4).toLongLong();
        it.closing = it.opening + it.received - it.issued;
        it.nameHi = items.value().value(5).toString();
        it.nameEn = items.value().value(6).toString();
        it.unit = items.value().value(7).toString();
        r.stock += it;
    }
    return {};
}

// Files opened by the end and in the period; out of the record room at the end, and overdue.
Status filesOf(const Book &book, MonthlyReport &r, const QString &a, const QString &z)
{
    auto files = book.exec(QStringLiteral("SELECT count(*), coalesce(sum(opened_on >= ?), 0) FROM files"
                                          " WHERE is_current = 1 AND cancelled = 0 AND opened_on <= ?"),
                           {a, z});
    if (!files)
        return files.error();
    if (files.value().next()) {
        r.files.total = files.value().value(0).toLongLong();
        r.files.opened = files.value().value(1).toLongLong();
    }
    auto out = book.exec(QStringLiteral("SELECT count(*), coalesce(sum(due_back_on < ?), 0) FROM file_movements"
                                        " WHERE is_current = 1 AND cancelled = 0 AND issued_on <= ?"
                                        " AND (returned_on IS NULL OR returned_on > ?)"),
                         {z, z, z});
    if (!out)
        return out.error();
    if (out.value().next()) {
        r.files.issuedOutAtMonthEnd = out.value().value(0).toLongLong();
        r.files.overdueReturnsAtMonthEnd = out.value().value(1).toLongLong();
    }
    return {};
}

}  // namespace

Result<MonthlyReport> MonthlyReport::computePeriod(const Book &book, const QDate &first, const QDate &last)
{
    MonthlyReport r;
    r.month = first.toString(QStringLiteral("yyyy-MM"));
    r.first = first;
    r.last = last;
    auto office = OfficeProfile(const_cast<Book &>(book)).load();
    if (!office)
        return office.error();
    r.office = office.value();
    const QString a = Dates::iso(r.first);
    const QString z = Dates::iso(r.last);

    for (Status (*part)(const Book &, MonthlyReport &, const QString &, const QString &) :
         {visitorsOf, applicationsOf, complaintsOf, appealsOf, vitalEventsOf, cashOf, stockOf, filesOf,
          monthly::familyRegisterOf, monthly::attendanceOf, monthly::meetingsOf}) {
        if (auto s = part(book, r, a, z); !s)
            return s.error();
    }
    auto score = gd::Readiness(const_cast<Book &>(book)).score();
    if (!score)
        return score.error();
    r.readiness = {score.value().done, score.value().applicable, score.value().pct};
    return r;
}

Result<MonthlyTrend> MonthlyTrend::compute(const Book &book, const QDate &lastMonth)
{
    MonthlyTrend t;
    const QDate last(lastMonth.year(), lastMonth.month(), 1);
    for (int i = 11; i >= 0; --i)
        t.months += last.addMonths(-i);
    const QString a = Dates::iso(t.months.first());
    const QString z = Dates::iso(last.addMonths(1).addDays(-1));
    // One grouped query per register over the twelve months, by the month of the date each figure counts by.
    QHash<QString, QList<qint64>> rows;
    const auto collect = [&](const char *key, const QString &sql) -> Status {
        auto q = book.exec(sql, {a, z});
        if (!q)
            return q.error();
        while (q.value().next()) {
            QList<qint64> values;
            for (int c = 1; c < q.value().record().count(); ++c)
                values += q.value().value(c).toLongLong();
            rows.insert(QString::fromLatin1(key) + q.value().value(0).toString(), values);
        }
        return {};
    };
    if (auto s = collect("app", QStringLiteral("SELECT substr(closed_on, 1, 7), count(*), coalesce(sum(closed_on <= due_on), 0)"
                                               " FROM applications WHERE is_current = 1 AND cancelled = 0 AND status = 'delivered'"
                                               " AND closed_on BETWEEN ? AND ? GROUP BY 1"));
        !s)
        return s.error();
    if (auto s = collect("cmp", QStringLiteral("SELECT substr(disposed_on, 1, 7), count(*), coalesce(sum(disposed_on <= due_on), 0)"
                                               " FROM complaints WHERE is_current = 1 AND cancelled = 0"
                                               " AND %1 AND disposed_on BETWEEN ? AND ?"
                                               " GROUP BY 1")
                                    .arg(frontoffice::complaintClosedSql()));
        !s)
        return s.error();
    if (auto s = collect("vis", QStringLiteral("SELECT substr(\"date\", 1, 7), count(*) FROM visitors WHERE is_current = 1"
                                               " AND cancelled = 0 AND \"date\" BETWEEN ? AND ? GROUP BY 1"));
        !s)
        return s.error();
    if (auto s = collect("cash", QStringLiteral("SELECT substr(\"date\", 1, 7),"
                                                " coalesce(sum(CASE WHEN type = 'receipt' THEN amount END), 0),"
                                                " coalesce(sum(CASE WHEN type = 'payment' THEN amount END), 0)"
                                                " FROM cash_entries WHERE is_current = 1 AND cancelled = 0 AND \"date\" BETWEEN ? AND ?"
                                                " GROUP BY 1"));
        !s)
        return s.error();
    for (const QDate &m : t.months) {
        const QString key = m.toString(QStringLiteral("yyyy-MM"));
        const QList<qint64> app = rows.value(QStringLiteral("app") + key, {0, 0});
        const QList<qint64> cmp = rows.value(QStringLiteral("cmp") + key, {0, 0});
        const QList<qint64> cash = rows.value(QStringLiteral("cash") + key, {0, 0});
        t.servicesInTimePct += Hundredths::ratio(app.value(1), app.value(0));
        t.complaintsInTimePct += Hundredths::ratio(cmp.value(1), cmp.value(0));
        t.visitors += rows.value(QStringLiteral("vis") + key, {0}).value(0);
        t.receipts += cash.value(0);
        t.payments += cash.value(1);
    }
    return t;
}

QByteArray MonthlyReport::toJson() const
{
    const auto n = [](qint64 v) { return QString::number(v); };
    QString j;
    j += QStringLiteral("{\n  \"schema\": \"gramdesk.monthly-report/1\",\n");
    j += QStringLiteral("  \"office\": {\"name_hi\": %1, \"name_en\": %2, \"lgd_code\": %3},\n")
             .arg(jsonString(office.nameHi), jsonString(office.nameEn), jsonString(office.lgdCode));
    j += QStringLiteral("  \"month\": %1,\n").arg(jsonString(month));
    j += QStringLiteral("  \"visitors\": {\"count\": %1, \"with_feedback\": %2,\n"
                        "               \"avg_service_time_rating\": %3, \"avg_behaviour_rating\": %4},\n")
             .arg(n(visitors.count), n(visitors.withFeedback), visitors.avgServiceTimeRating.json(),
                  visitors.avgBehaviourRating.json());
    const auto &ap = applications;
    j += QStringLiteral("  \"applications\": {\"received\": %1, \"delivered\": %2, \"delivered_in_time\": %3, "
                        "\"rejected\": %4,\n                   \"pending_at_month_end\": %5, "
                        "\"overdue_at_month_end\": %6, \"in_time_pct\": %7},\n")
             .arg(n(ap.received), n(ap.delivered), n(ap.deliveredInTime), n(ap.rejected), n(ap.pendingAtMonthEnd),
                  n(ap.overdueAtMonthEnd), ap.inTimePct.json());
    const auto &cp = complaints;
    j += QStringLiteral("  \"complaints\": {\"received\": %1, \"disposed\": %2, \"disposed_in_time\": %3,\n"
                        "                 \"pending_at_month_end\": %4, \"overdue_at_month_end\": %5, "
                        "\"in_time_pct\": %6},\n")
             .arg(n(cp.received), n(cp.disposed), n(cp.disposedInTime), n(cp.pendingAtMonthEnd),
                  n(cp.overdueAtMonthEnd), cp.inTimePct.json());
    const auto &ve = vitalEvents;
    j += QStringLiteral("  \"vital_events\": {\"births\": %1, \"deaths\": %2, \"still_births\": %3,\n"
                        "                   \"by_delay\": {\"on_time\": %4, \"late\": %5, \"permission\": %6, "
                        "\"order\": %7},\n"
                        "                   \"certificates_issued\": %8, \"awaiting_crs_registration\": %9},\n")
             .arg(n(ve.births), n(ve.deaths), n(ve.stillBirths), n(ve.onTime), n(ve.late), n(ve.permission),
                  n(ve.order), n(ve.certificatesIssued), n(ve.awaitingCrsRegistration));
    const auto m = [](qint64 paise) -> QString { return u'"' + Money::plain(paise) + u'"'; };
    QStringList accountLines;
    for (const CashAccount &c : cash.accounts)
        accountLines += QStringLiteral("{\"code\": %1, \"opening\": %2, \"receipts\": %3, \"payments\": %4, "
                                       "\"contra_in\": %5, \"contra_out\": %6, \"closing\": %7}")
                            .arg(jsonString(c.code), m(c.opening), m(c.receipts), m(c.payments), m(c.contraIn),
                                 m(c.contraOut), m(c.closing));
    QStringList headLines;
    for (const CashHead &h : cash.byHead)
        headLines += QStringLiteral("{\"head\": %1, \"receipts\": %2, \"payments\": %3}")
                         .arg(jsonString(h.head), m(h.receipts), m(h.payments));
    const QString indent = QStringLiteral(",\n                ");
    j += QStringLiteral("  \"cash\": {\"accounts\": [%1],\n"
                        "           \"total\": {\"opening\": %2, \"receipts\": %3, \"payments\": %4, \"closing\": %5},\n"
                        "           \"by_head\": [%6]},\n")
             .arg(accountLines.join(indent), m(cash.opening), m(cash.receipts), m(cash.payments), m(cash.closing),
                  headLines.join(indent));
    const auto qty = [](qint64 thousandths) -> QString { return u'"' + Fields::quantityText(thousandths) + u'"'; };
    QStringList itemLines;
    for (const StockItem &s : stock)
        itemLines += QStringLiteral("{\"code\": %1, \"opening\": %2, \"received\": %3, \"issued\": %4, \"closing\": %5}")
                         .arg(jsonString(s.code), qty(s.opening), qty(s.received), qty(s.issued), qty(s.closing));
    j += QStringLiteral("  \"stock\": {\"items\": [%1]},\n").arg(itemLines.join(QStringLiteral(",\n                       ")));
    j += QStringLiteral("  \"files\": {\"total\": %1, \"opened\": %2, \"issued_out_at_month_end\": %3, "
                        "\"overdue_returns_at_month_end\": %4},\n")
             .arg(n(files.total), n(files.opened), n(files.issuedOutAtMonthEnd), n(files.overdueReturnsAtMonthEnd));
    j += QStringLiteral("  \"readiness\": {\"score_pct\": %1, \"done\": %2, \"applicable\": %3},\n")
             .arg(readiness.scorePct.json(), n(readiness.done), n(readiness.applicable));
    const auto &al = appeals;
    j += QStringLiteral("  \"appeals\": {\"filed\": %1, \"decided\": %2,\n"
                        "              \"by_outcome\": {\"allowed\": %3, \"dismissed\": %4, \"remanded\": %5},\n"
                        "              \"decided_in_time\": %6, \"pending_at_month_end\": %7, \"overdue_at_month_end\": %8},\n")
             .arg(n(al.filed), n(al.decided), n(al.allowed), n(al.dismissed), n(al.remanded), n(al.decidedInTime),
                  n(al.pendingAtMonthEnd), n(al.overdueAtMonthEnd));
    const auto &fr = familyRegister;
    QStringList kinds;
    for (const auto &[kind, count] : fr.events)
        kinds += jsonString(kind) + QStringLiteral(": ") + n(count);
    j += QStringLiteral("  \"family_register\": {\"families\": %1, \"members_living\": %2,\n"
                        "                      \"events\": {%3},\n"
                        "                      \"copies_issued\": %4, \"births_and_deaths_not_carried\": %5},\n")
             .arg(n(fr.families), n(fr.membersLiving), kinds.join(QStringLiteral(", ")), n(fr.copiesIssued), n(fr.notCarried));
    QStringList staffLines;
    for (const StaffAttendance &s : attendance.staff)
        staffLines += QStringLiteral("{\"code\": %1, \"name\": %2, \"present\": %3, \"absent\": %4, \"leave\": %5, "
                                     "\"duty\": %6, \"unmarked\": %7}")
                          .arg(jsonString(s.code), jsonString(s.name), n(s.present), n(s.absent), n(s.leave), n(s.duty),
                               n(s.unmarked));
    j += QStringLiteral("  \"attendance\": {\"working_days\": %1, \"present_pct\": %2,\n"
                        "                 \"staff\": [%3]},\n")
             .arg(n(attendance.workingDays), attendance.presentPct.json(), staffLines.join(QStringLiteral(",\n                           ")));
    j += QStringLiteral("  \"meetings\": {\"gp\": %1, \"committee\": %2, \"gram_sabha\": %3, \"quorum_not_met\": %4},\n")
             .arg(n(meetings.gp), n(meetings.committee), n(meetings.gramSabha), n(meetings.quorumNotMet));
    j += QStringLiteral("  \"social_audit\": {\"held\": %1},\n").arg(n(socialAudits));
    j += QStringLiteral("  \"corrective_actions\": {\"raised\": %1, \"closed\": %2, \"open_at_month_end\": %3, "
                        "\"overdue_at_month_end\": %4}\n")
             .arg(n(correctiveActions.raised), n(correctiveActions.closed), n(correctiveActions.openAtMonthEnd),
                  n(correctiveActions.overdueAtMonthEnd));
    j += QStringLiteral("}\n");
    return j.toUtf8();
}

QByteArray MonthlyReport::toCsv() const
{
    const auto n = [](qint64 v) { return QString::number(v); };
    const auto pct = [](const Hundredths &h) { return h.value ? h.json() : QString(); };
    const QString o = QStringLiteral("office");
    const QString v = QStringLiteral("visitors");
    const QString ap = QStringLiteral("applications");
    const QString cp = QStringLiteral("complaints");
    const QString ve = QStringLiteral("vital_events");
    const QList<QStringList> rows = {
        {o, QStringLiteral("name_hi"), office.nameHi},
        {o, QStringLiteral("name_en"), office.nameEn},
        {o, QStringLiteral("lgd_code"), office.lgdCode},
        {QStringLiteral("report"), QStringLiteral("month"), month},
        {v, QStringLiteral("count"), n(visitors.count)},
        {v, QStringLiteral("with_feedback"), n(visitors.withFeedback)},
        {v, QStringLiteral("avg_service_time_rating"), pct(visitors.avgServiceTimeRating)},
        {v, QStringLiteral("avg_behaviour_rating"), pct(visitors.avgBehaviourRating)},
        {ap, QStringLiteral("received"), n(applications.received)},
        {ap, QStringLiteral("delivered"), n(applications.delivered)},
        {ap, QStringLiteral("delivered_in_time"), n(applications.deliveredInTime)},
        {ap, QStringLiteral("rejected"), n(applications.rejected)},
        {ap, QStringLiteral("pending_at_month_end"), n(applications.pendingAtMonthEnd)},
        {ap, QStringLiteral("overdue_at_month_end"), n(applications.overdueAtMonthEnd)},
        {ap, QStringLiteral("in_time_pct"), pct(applications.inTimePct)},
        {cp, QStringLiteral("received"), n(complaints.received)},
        {cp, QStringLiteral("disposed"), n(complaints.disposed)},
        {cp, QStringLiteral("disposed_in_time"), n(complaints.disposedInTime)},
        {cp, QStringLiteral("pending_at_month_end"), n(complaints.pendingAtMonthEnd)},
        {cp, QStringLiteral("overdue_at_month_end"), n(complaints.overdueAtMonthEnd)},
        {cp, QStringLiteral("in_time_pct"), pct(complaints.inTimePct)},
        {ve, QStringLiteral("births"), n(vitalEvents.births)},
        {ve, QStringLiteral("deaths"), n(vitalEvents.deaths)},
        {ve, QStringLiteral("still_births"), n(vitalEvents.stillBirths)},
        {ve, QStringLiteral("by_delay.on_time"), n(vitalEvents.onTime)},
        {ve, QStringLiteral("by_delay.late"), n(vitalEvents.late)},
        {ve, QStringLiteral("by_delay.permission"), n(vitalEvents.permission)},
        {ve, QStringLiteral("by_delay.order"), n(vitalEvents.order)},
        {ve, QStringLiteral("certificates_issued"), n(vitalEvents.certificatesIssued)},
        {ve, QStringLiteral("awaiting_crs_registration"), n(vitalEvents.awaitingCrsRegistration)},
    };
    QList<QStringList> all = rows;
    const QString c = QStringLiteral("cash");
    for (const CashAccount &a : cash.accounts) {
        const QString p = QStringLiteral("accounts.") + a.code + u'.';
        all += QList<QStringList>{{c, p + QStringLiteral("opening"), Money::plain(a.opening)},
                                  {c, p + QStringLiteral("receipts"), Money::plain(a.receipts)},
                                  {c, p + QStringLiteral("payments"), Money::plain(a.payments)},
                                  {c, p + QStringLiteral("contra_in"), Money::plain(a.contraIn)},
                                  {c, p + QStringLiteral("contra_out"), Money::plain(a.contraOut)},
                                  {c, p + QStringLiteral("closing"), Money::plain(a.closing)}};
    }
    all += QList<QStringList>{{c, QStringLiteral("total.opening"), Money::plain(cash.opening)},
                              {c, QStringLiteral("total.receipts"), Money::plain(cash.receipts)},
                              {c, QStringLiteral("total.payments"), Money::plain(cash.payments)},
                              {c, QStringLiteral("total.closing"), Money::plain(cash.closing)}};
    for (const CashHead &h : cash.byHead)
        all += QList<QStringList>{{c, QStringLiteral("by_head.") + h.head + QStringLiteral(".receipts"), Money::plain(h.receipts)},
                                  {c, QStringLiteral("by_head.") + h.head + QStringLiteral(".payments"), Money::plain(h.payments)}};
    for (const StockItem &it : stock) {
        const QString p = QStringLiteral("items.") + it.code + u'.';
        all += QList<QStringList>{{QStringLiteral("stock"), p + QStringLiteral("opening"), Fields::quantityText(it.opening)},
                                  {QStringLiteral("stock"), p + QStringLiteral("received"), Fields::quantityText(it.received)},
                                  {QStringLiteral("stock"), p + QStringLiteral("issued"), Fields::quantityText(it.issued)},
                                  {QStringLiteral("stock"), p + QStringLiteral("closing"), Fields::quantityText(it.closing)}};
    }
    const QString f = QStringLiteral("files");
    all += QList<QStringList>{{f, QStringLiteral("total"), n(files.total)},
                              {f, QStringLiteral("opened"), n(files.opened)},
                              {f, QStringLiteral("issued_out_at_month_end"), n(files.issuedOutAtMonthEnd)},
                              {f, QStringLiteral("overdue_returns_at_month_end"), n(files.overdueReturnsAtMonthEnd)},
                              {QStringLiteral("readiness"), QStringLiteral("score_pct"), pct(readiness.scorePct)},
                              {QStringLiteral("readiness"), QStringLiteral("done"), n(readiness.done)},
                              {QStringLiteral("readiness"), QStringLiteral("applicable"), n(readiness.applicable)}};
    const QString al = QStringLiteral("appeals");
    all += QList<QStringList>{{al, QStringLiteral("filed"), n(appeals.filed)},
                              {al, QStringLiteral("decided"), n(appeals.decided)},
                              {al, QStringLiteral("by_outcome.allowed"), n(appeals.allowed)},
                              {al, QStringLiteral("by_outcome.dismissed"), n(appeals.dismissed)},
                              {al, QStringLiteral("by_outcome.remanded"), n(appeals.remanded)},
                              {al, QStringLiteral("decided_in_time"), n(appeals.decidedInTime)},
                              {al, QStringLiteral("pending_at_month_end"), n(appeals.pendingAtMonthEnd)},
                              {al, QStringLiteral("overdue_at_month_end"), n(appeals.overdueAtMonthEnd)}};
    const QString fr = QStringLiteral("family_register");
    all += QList<QStringList>{{fr, QStringLiteral("families"), n(familyRegister.families)},
                              {fr, QStringLiteral("members_living"), n(familyRegister.membersLiving)}};
    for (const auto &[kind, count] : familyRegister.events)
        all += QStringList{fr, QStringLiteral("events.") + kind, n(count)};
    all += QList<QStringList>{{fr, QStringLiteral("copies_issued"), n(familyRegister.copiesIssued)},
                              {fr, QStringLiteral("births_and_deaths_not_carried"), n(familyRegister.notCarried)}};
    const QString at = QStringLiteral("attendance");
    all += QList<QStringList>{{at, QStringLiteral("working_days"), n(attendance.workingDays)},
                              {at, QStringLiteral("present_pct"), pct(attendance.presentPct)}};
    for (const StaffAttendance &s : attendance.staff)
        for (const auto &[key, value] : {std::pair{"present", s.present}, std::pair{"absent", s.absent}, std::pair{"leave", s.leave},
                                         std::pair{"duty", s.duty}, std::pair{"unmarked", s.unmarked}})
            all += QStringList{at, QStringLiteral("staff.") + s.code + u'.' + QString::fromLatin1(key), n(value)};
    const QString mt = QStringLiteral("meetings");
    all += QList<QStringList>{{mt, QStringLiteral("gp"), n(meetings.gp)},
                              {mt, QStringLiteral("committee"), n(meetings.committee)},
                              {mt, QStringLiteral("gram_sabha"), n(meetings.gramSabha)},
                              {mt, QStringLiteral("quorum_not_met"), n(meetings.quorumNotMet)},
                              {QStringLiteral("social_audit"), QStringLiteral("held"), n(socialAudits)}};
    const QString ca = QStringLiteral("corrective_actions");
    all += QList<QStringList>{{ca, QStringLiteral("raised"), n(correctiveActions.raised)},
                              {ca, QStringLiteral("closed"), n(correctiveActions.closed)},
                              {ca, QStringLiteral("open_at_month_end"), n(correctiveActions.openAtMonthEnd)},
                              {ca, QStringLiteral("overdue_at_month_end"), n(correctiveActions.overdueAtMonthEnd)}};
    return csv::document({QStringLiteral("section"), QStringLiteral("key"), QStringLiteral("value")}, all);
}

}  // namespace gd
