#include "Dashboard.h"

#include "../registers/CashBook.h"
#include "../storage/Backup.h"
#include "../storage/Book.h"

using namespace Qt::StringLiterals;

namespace gd {

Result<Dashboard> Dashboard::compute(Book &book)
{
    const QDate today = book.clock().today();
    Dashboard d;
    d.today = today;
    // The numbers the lists show: each tile opens its register with this status filter.
    const struct {
        const RegisterDef &def;
        const char *status;
        qint64 *into;
    } counts[] = {{Registers::visitors(), "inside", &d.visitorsInside},
                  {Registers::applications(), "due_today", &d.applicationsDueToday},
                  {Registers::applications(), "overdue", &d.applicationsOverdue},
                  {Registers::complaints(), "due_today", &d.complaintsDueToday},
                  {Registers::complaints(), "overdue", &d.complaintsOverdue},
                  {Registers::fileMovements(), "out", &d.filesOut},
                  {Registers::fileMovements(), "overdue", &d.filesOverdue},
                  {Registers::vitalEvents(), "awaiting_crs", &d.crsAwaiting},
                  {Registers::meetingActions(), "overdue", &d.actionsOverdue},
                  {Registers::auditFindings(), "open", &d.findingsOpen}};
    for (const auto &c : counts) {
        EntryFilter f;
        f.status = QString::fromLatin1(c.status);
        auto n = EntryStore(book, c.def).count(f);
        if (!n)
            return n.error();
        *c.into = n.value();
    }
    auto longest = EntryStore(book, Registers::vitalEvents())
                       .currentWhere(u"cancelled = 0 AND crs_registration_no = ''"_s, {}, u"reported_on, id LIMIT 5"_s);
    if (!longest)
        return longest.error();
    d.crsLongest = longest.value();

    auto closed = CashBook(book).lastClosedDay();
    if (!closed)
        return closed.error();
    d.cashClosedThrough = closed.value();
    QDate from = d.cashClosedThrough.isValid() ? d.cashClosedThrough.addDays(1) : QDate();
    if (!from.isValid()) {
        auto first = book.scalar(u"SELECT min(opening_date) FROM cash_accounts"_s);
        if (!first)
            return first.error();
        from = QDate::fromString(first.value().toString(), Qt::ISODate);
    }
    d.cashDaysNotClosed = from.isValid() ? std::max<qint64>(0, from.daysTo(today)) : 0;

    Readiness readiness(book);
    auto score = readiness.score();
    if (!score)
        return score.error();
    d.readiness = score.value();
    auto next = readiness.nextStep(today);
    if (!next)
        return next.error();
    d.nextStep = next.value();

    auto backup = BackupService(book).lastSuccessful();
    if (backup) {
        d.lastBackupAt = backup.value().at;
        d.lastBackupPlace = backup.value().place;
    }
    return d;
}

}  // namespace gd
