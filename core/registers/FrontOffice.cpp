#include "FrontOffice.h"

#include "base/Dates.h"
#include "office/Roles.h"
#include "base/Text.h"
#include "../storage/Book.h"
#include "CashBook.h"
#include "Meetings.h"
#include "Notices.h"
#include "QualitySystem.h"
#include "RecordRoom.h"
#include "StockBook.h"
#include "VitalEvents.h"

using namespace Qt::StringLiterals;

namespace gd {

namespace {

const QString kClosedComplaint[] = {QStringLiteral("disposed"), QStringLiteral("rejected"),
                                    QStringLiteral("transferred")};

bool complaintClosed(const QString &status)
{
    return std::find(std::begin(kClosedComplaint), std::end(kClosedComplaint), status) != std::end(kClosedComplaint);
}

}  // namespace

FrontOffice::FrontOffice(Book &book) : m_book(book) {}

bool FrontOffice::isOverdue(const Entry &entry, const QDate &today)
{
    const QString status = entry.text(u"status"_s);
    const bool open = status == u"pending" || status == u"received" || status == u"in_progress"
        || status == u"interim_reply";
    return !entry.cancelled && open && entry.date(u"due_on"_s).isValid() && entry.date(u"due_on"_s) < today;
}

QList<FieldProblem> FrontOffice::prepare(const RegisterDef &def, QVariantMap &values, const Charter &charter,
                                         const Entry *base)
{
    QList<FieldProblem> problems;
    for (const FieldDef &f : def.fields) {
        if (f.source == FieldDef::Source::Computed || f.kind == FieldKind::EntryNumber)
            continue;
        QVariant v = values.value(f.key);
        if (Fields::isEmpty(v) && !f.defaultValue.isEmpty()) {
            if (auto d = Fields::parse(f, f.defaultValue, charter.today))
                v = d.value();
        }
        auto checked = Fields::check(f, v, charter.today);
        if (!checked) {
            problems += {f.key, checked.error().message};
            continue;
        }
        QVariant value = checked.value();
        if (f.kind == FieldKind::Reference && !Fields::isEmpty(value)) {
            const auto &table = charter.table(f.lookup);
            const QString code = value.toString().toUpper();
            if (!table.contains(code)) {
                problems += {f.key, f.lookup == u"services"     ? tr("there is no service with the code %1 in the citizen charter").arg(code)
                                    : f.lookup == u"cash_accounts" ? tr("there is no cash or bank account with the code %1").arg(code)
                                    : f.lookup == u"cash_heads"    ? tr("there is no head of account with the code %1").arg(code)
                                    : f.lookup == u"stock_items"   ? tr("there is no stock item with the code %1").arg(code)
                                    : f.lookup == u"file_subjects" ? tr("there is no file subject with the code %1").arg(code)
                                    : f.lookup == u"places"        ? tr("there is no place with the code %1").arg(code)
                                                                   : tr("there is no complaint category with the code %1").arg(code)};
                continue;
            }
            value = code;
        }
        values.insert(f.key, value);
    }
    if (!problems.isEmpty())
        return problems;

    const auto dateAfter = [&](const char *later, const char *earlier) {
        const QDate a = values.value(QString::fromLatin1(later)).toDate();
        const QDate b = values.value(QString::fromLatin1(earlier)).toDate();
        if (a.isValid() && b.isValid() && a < b) {
            const FieldDef *fb = def.field(QString::fromLatin1(earlier));
            problems += {QString::fromLatin1(later), tr("%1 is before %2 (%3)").arg(Dates::display(a), Fields::label(*fb), Dates::display(b))};
        }
    };

    if (&def == &Registers::visitors()) {
        const QTime in = values.value(u"time_in"_s).toTime();
        const QTime out = values.value(u"time_out"_s).toTime();
        if (out.isValid() && out < in)
            problems += {u"time_out"_s, tr("the time out %1 is before the time in %2")
                                            .arg(out.toString(u"HH:mm"_s), in.toString(u"HH:mm"_s))};
    } else if (&def == &Registers::applications()) {
        const QString status = values.value(u"status"_s).toString();
        const QDate closed = values.value(u"closed_on"_s).toDate();
        if (status == u"pending" && closed.isValid())
            problems += {u"closed_on"_s, tr("a pending application has no closing date; set the status to delivered "
                                            "or rejected, or clear the date")};
        if (status != u"pending" && !closed.isValid())
            problems += {u"closed_on"_s, tr("give the date the application was %1")
                                             .arg(Fields::choiceLabel(*def.field(u"status"_s), status))};
        dateAfter("closed_on", "received_on");
        const QString code = values.value(u"service_code"_s).toString();
        const QDate received = values.value(u"received_on"_s).toDate();
        const QVariantMap service = charter.services.value(code);
        if (base && base->text(u"service_code"_s) == code && base->date(u"received_on"_s) == received) {
            values.insert(u"due_on"_s, base->value(u"due_on"_s));
            values.insert(u"fee"_s, base->value(u"fee"_s));
        } else {
            values.insert(u"due_on"_s, charter.calendar.due(received, service.value(u"time_limit_days"_s).toInt(),
                                                            WorkingCalendar::dayKind(service.value(u"day_kind"_s).toString())));
            values.insert(u"fee"_s, service.value(u"fee"_s));
        }
    } else if (&def == &Registers::complaints()) {
        const QString status = values.value(u"status"_s).toString();
        const QDate disposed = values.value(u"disposed_on"_s).toDate();
        const bool closed = complaintClosed(status);
        if (!closed && disposed.isValid())
            problems += {u"disposed_on"_s, tr("an open complaint has no disposal date; set the status to disposed, "
                                              "rejected or transferred, or clear the date")};
        if (closed && !disposed.isValid())
            problems += {u"disposed_on"_s, tr("give the date the complaint was %1")
                                               .arg(Fields::choiceLabel(*def.field(u"status"_s), status))};
        if (!closed && !values.value(u"satisfied"_s).toString().isEmpty())
            problems += {u"satisfied"_s, tr("whether the complainant is satisfied is recorded after disposal")};
        if (values.value(u"mode"_s).toString() == u"portal" && values.value(u"portal_ref"_s).toString().isEmpty())
            problems += {u"portal_ref"_s, tr("a complaint from a portal needs the portal's reference number")};
        const bool escalatedTo = !values.value(u"escalated_to"_s).toString().isEmpty();
        if (escalatedTo != values.value(u"escalated_on"_s).toDate().isValid())
            problems += {u"escalated_on"_s, tr("an escalation needs both to whom and the date")};
        dateAfter("disposed_on", "received_on");
        dateAfter("reply_sent_on", "received_on");
        dateAfter("escalated_on", "received_on");
        const QString code = values.value(u"category_code"_s).toString();
        const QDate received = values.value(u"received_on"_s).toDate();
        const QVariantMap category = charter.categories.value(code);
        if (base && base->text(u"category_code"_s) == code && base->date(u"received_on"_s) == received)
            values.insert(u"due_on"_s, base->value(u"due_on"_s));
        else
            values.insert(u"due_on"_s, charter.calendar.due(received, category.value(u"time_limit_days"_s).toInt(),
                                                            WorkingCalendar::dayKind(category.value(u"day_kind"_s).toString())));
    } else if (&def == &Registers::vitalEvents()) {
        problems += VitalEvents::check(values, charter);
    } else if (&def == &Registers::cashEntries()) {
        problems += CashBook::check(values, charter);
    } else if (&def == &Registers::stockMoves()) {
        problems += StockBook::check(values, charter);
    } else if (&def == &Registers::files()) {
        problems += RecordRoom::checkFile(values, charter, base);
    } else if (&def == &Registers::fileMovements()) {
        problems += RecordRoom::checkMovement(values);
    } else if (&def == &Registers::meetings()) {
        problems += Meetings::checkMeeting(values);
    } else if (&def == &Registers::meetingActions()) {
        problems += Meetings::checkAction(values);
    } else if (&def == &Registers::risks()) {
        // The score is likelihood × impact (1–25).
        values.insert(u"score"_s, values.value(u"likelihood"_s).toInt() * values.value(u"impact"_s).toInt());
        dateAfter("review_on", "identified_on");
    } else if (&def == &Registers::qualityPolicy()) {
        problems += QualitySystem::checkPolicy(values);
    } else if (&def == &Registers::trainings()) {
        problems += QualitySystem::checkTraining(values);
    } else if (&def == &Registers::surveys()) {
        problems += QualitySystem::checkSurvey(values);
    } else if (&def == &Registers::auditFindings()) {
        problems += QualitySystem::checkFinding(values);
    } else if (&def == &Registers::notices()) {
        problems += Notices::check(values);
    }
    return problems;
}

QVariant FrontOffice::virtualValue(const RegisterDef &def, const QString &key, const Entry &entry, const QDate &today)
{
    if (&def == &Registers::vitalEvents())
        return VitalEvents::virtualValue(key, entry, today);
    return {};
}

Error FrontOffice::problemError(const RegisterDef &def, const QList<FieldProblem> &problems)
{
    const FieldProblem &p = problems.first();
    const FieldDef *f = def.field(p.key);
    return makeError(ErrorCode::InputRejected, (f ? Fields::label(*f) + QStringLiteral(": ") : QString()) + p.message);
}

Result<Entry> FrontOffice::add(const User &by, const RegisterDef &def, QVariantMap values)
{
    if (auto r = Roles::require(by.role, Right::EnterEntries); !r)
        return r.error();
    auto charter = Charter::load(m_book);
    if (!charter)
        return charter.error();
    if (const auto problems = prepare(def, values, charter.value()); !problems.isEmpty())
        return problemError(def, problems);
    return writeChecked(def, &values, nullptr,
                        [&] { return EntryStore(m_book, def).insert(values, values.value(def.numberKey).toString()); });
}

Result<Entry> FrontOffice::writeChecked(const RegisterDef &def, QVariantMap *after, const Entry *before,
                                        const std::function<Result<Entry>()> &write)
{
    Entry written;
    const Status s = m_book.transact([&]() -> Status {
        if (auto ok = checkWrite(m_book, def, after, before); !ok)
            return ok;
        auto e = write();
        if (!e)
            return e.error();
        written = e.value();
        return {};
    });
    if (!s)
        return s.error();
    return written;
}

Status FrontOffice::checkWrite(Book &book, const RegisterDef &def, QVariantMap *after, const Entry *before)
{
    if (&def == &Registers::files() || &def == &Registers::fileMovements())
        return RecordRoom(book).checkWrite(def, after, before);
    if (&def == &Registers::meetingActions())
        return Meetings::checkWrite(book, after);
    if (&def == &Registers::cashEntries())
        return CashBook(book).checkWrite(after, before);
    if (&def == &Registers::stockMoves())
        return StockBook(book).checkWrite(after, before);
    return {};
}

bool FrontOffice::checkReadsBook(const RegisterDef &def)
{
    return &def == &Registers::files() || &def == &Registers::fileMovements() || &def == &Registers::meetingActions()
        || &def == &Registers::cashEntries() || &def == &Registers::stockMoves();
}

Result<Entry> FrontOffice::update(const User &by, const RegisterDef &def, const Entry &base, QVariantMap values,
                                  const QString &change, const QString &reason)
{
    if (auto r = Roles::require(by.role, Right::EnterEntries); !r)
        return r.error();
    auto charter = Charter::load(m_book);
    if (!charter)
        return charter.error();
    if (const auto problems = prepare(def, values, charter.value(), &base); !problems.isEmpty())
        return problemError(def, problems);
    return writeChecked(def, &values, &base, [&] { return EntryStore(m_book, def).revise(base, values, change, reason); });
}

Result<Entry> FrontOffice::correct(const User &by, const RegisterDef &def, const Entry &base, QVariantMap values,
                                   const QString &reason)
{
    if (text::normalized(reason).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write why the entry is corrected; the old version stays visible."));
    // The birth and death register is corrected only on an order, like a marginal entry in the paper register.
    const QString order = text::normalized(values.value(u"correction_order"_s).toString());
    if (&def == &Registers::vitalEvents() && (order.isEmpty() || order == base.text(u"correction_order"_s)))
        return makeError(ErrorCode::InputRejected,
                         tr("A correction in the birth and death register names the order it follows (who ordered "
                            "it, with reference) in \"%1\".")
                             .arg(Fields::label(*def.field(u"correction_order"_s))));
    return update(by, def, base, std::move(values), QStringLiteral("correction"), reason);
}

Result<Entry> FrontOffice::cancel(const User &by, const RegisterDef &def, const Entry &base, const QString &reason)
{
    if (auto r = Roles::require(by.role, Right::EnterEntries); !r)
        return r.error();
    return writeChecked(def, nullptr, &base, [&] { return EntryStore(m_book, def).cancel(base, reason); });
}

Result<Entry> FrontOffice::visitorLeaves(const User &by, const Entry &visitor, const QTime &timeOut,
                                         const QVariant &timeRating, const QVariant &behaviourRating,
                                         const QString &suggestion, const QString &outcome)
{
    if (visitor.value(u"time_out"_s).toTime().isValid())
        return makeError(ErrorCode::InputRejected, tr("%1 has already left at %2.")
                                                       .arg(visitor.text(u"name"_s),
                                                            visitor.value(u"time_out"_s).toTime().toString(u"HH:mm"_s)));
    QVariantMap v = visitor.values;
    v.insert(u"time_out"_s, timeOut);
    v.insert(u"service_time_rating"_s, timeRating);
    v.insert(u"behaviour_rating"_s, behaviourRating);
    v.insert(u"suggestion"_s, suggestion);
    if (!outcome.isEmpty())
        v.insert(u"outcome"_s, outcome);
    return update(by, Registers::visitors(), visitor, v, QStringLiteral("update"), tr("visitor left"));
}

Result<Entry> FrontOffice::linkVisitor(const User &by, const Entry &visitor, const QString &reference)
{
    QVariantMap v = visitor.values;
    v.insert(u"outcome_ref"_s, reference);
    if (v.value(u"outcome"_s).toString().isEmpty())
        v.insert(u"outcome"_s, QStringLiteral("pending"));
    return update(by, Registers::visitors(), visitor, v, QStringLiteral("update"), tr("recorded as %1").arg(reference));
}

Result<Entry> FrontOffice::closeApplication(const User &by, const Entry &application, const QString &status,
                                            const QDate &date, const QString &remarks)
{
    if (application.text(u"status"_s) != u"pending")
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is already closed. To change it, correct the entry with a reason.").arg(application.number));
    if (status != u"delivered" && status != u"rejected")
        return makeError(ErrorCode::InputRejected, tr("An application is closed as delivered or rejected."));
    if (status == u"rejected" && text::normalized(remarks).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write why the application is rejected; the applicant is told."));
    QVariantMap v = application.values;
    v.insert(u"status"_s, status);
    v.insert(u"closed_on"_s, date);
    if (!text::normalized(remarks).isEmpty())
        v.insert(u"remarks"_s, remarks);
    return update(by, Registers::applications(), application, v, QStringLiteral("update"),
                  Fields::choiceLabel(*Registers::applications().field(u"status"_s), status));
}

Result<Entry> FrontOffice::actOnComplaint(const User &by, const Entry &complaint, const ComplaintAction &action)
{
    if (complaintClosed(complaint.text(u"status"_s)))
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is closed. Reopen it first, with a reason.").arg(complaint.number));
    const bool closing = complaintClosed(action.status);
    if ((action.status == u"rejected" || action.status == u"transferred") && text::normalized(action.actionTaken).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write the reason (rejected) or where it went (transferred)."));
    if (action.status == u"interim_reply" && text::normalized(action.interimReply).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write the interim reply given to the complainant."));
    QVariantMap v = complaint.values;
    v.insert(u"status"_s, action.status);
    v.insert(u"disposed_on"_s, closing ? QVariant(action.date) : QVariant());
    if (!text::normalized(action.actionTaken).isEmpty())
        v.insert(u"action_taken"_s, action.actionTaken);
    if (!text::normalized(action.interimReply).isEmpty())
        v.insert(u"interim_reply"_s, action.interimReply);
    if (action.replySentOn.isValid())
        v.insert(u"reply_sent_on"_s, action.replySentOn);
    if (!action.markedTo.isEmpty())
        v.insert(u"marked_to"_s, action.markedTo);
    v.insert(u"satisfied"_s, closing ? action.satisfied : QString());
    return update(by, Registers::complaints(), complaint, v, QStringLiteral("update"),
                  Fields::choiceLabel(*Registers::complaints().field(u"status"_s), action.status));
}

Result<Entry> FrontOffice::reopenComplaint(const User &by, const Entry &complaint, const QString &reason)
{
    if (!complaintClosed(complaint.text(u"status"_s)))
        return makeError(ErrorCode::InputRejected, tr("%1 is still open.").arg(complaint.number));
    if (text::normalized(reason).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write why the complaint is reopened."));
    QVariantMap v = complaint.values;
    v.insert(u"status"_s, QStringLiteral("in_progress"));
    v.insert(u"disposed_on"_s, QVariant());
    v.insert(u"satisfied"_s, QString());
    return update(by, Registers::complaints(), complaint, v, QStringLiteral("reopen"), reason);
}

Result<Entry> FrontOffice::escalateComplaint(const User &by, const Entry &complaint, const QString &to, const QDate &on)
{
    if (text::normalized(to).isEmpty() || !on.isValid())
        return makeError(ErrorCode::InputRejected, tr("Give to whom the complaint is escalated and the date."));
    QVariantMap v = complaint.values;
    v.insert(u"escalated_to"_s, to);
    v.insert(u"escalated_on"_s, on);
    return update(by, Registers::complaints(), complaint, v, QStringLiteral("update"), tr("escalated to %1").arg(to));
}

}  // namespace gd
