// The register framework and the front office's rules: due dates, numbering, versions, cancellation,
// paging and sorting, and the checks of visitors, applications and complaints. Values worked out by hand.

#include "office/OfficeSettings.h"
#include "TestBook.h"
#include "registers/Calendar.h"
#include "registers/EntryStore.h"
#include "registers/FrontOffice.h"
#include "registers/EntryService.h"
#include "registers/FrontOfficeRegisters.h"
#include "registers/Masters.h"
#include "reports/MonthlyReport.h"

#include <QRegularExpression>
#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

QDate d(const char *iso)
{
    return QDate::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

QVariantMap visitor(const char *date, const char *name, const char *in = "10:00")
{
    return {{QStringLiteral("date"), d(date)},
            {QStringLiteral("time_in"), QTime::fromString(QString::fromLatin1(in), QStringLiteral("HH:mm"))},
            {QStringLiteral("name"), QString::fromUtf8(name)},
            {QStringLiteral("purpose"), QStringLiteral("enquiry")}};
}

}  // namespace

class TestRegisters : public QObject {
    Q_OBJECT

private slots:
    // SQL text is put together from these names (tests/data/check_sql.py relies on it): each must be a plain
    // lower-case identifier, never anything that could end a name or start a value.
    void namesAreIdentifiers()
    {
        static const QRegularExpression name(QStringLiteral("^[a-z][a-z0-9_]*$"));
        const auto check = [](const QString &n, const RegisterDef *def) {
            QVERIFY2(name.match(n).hasMatch(), qPrintable(def->id + QStringLiteral(": ") + n));
        };
        QVERIFY(Registers::all().size() >= 20);
        for (const RegisterDef *def : Registers::all()) {
            check(def->table, def);
            for (const QString &k : {def->keyKey, def->dateKey, def->numberKey}) {
                if (!k.isEmpty())
                    check(k, def);
            }
            for (const FieldDef &f : def->fields) {
                check(f.key, def);
                check(def->column(f), def);
            }
            for (const QString &k : def->textKeys)
                check(k, def);
        }
    }

    // Each register's definition matches its table in a new book: every stored field is a column of the type its
    // kind is stored as (whole numbers, paise and thousandths as INTEGER, everything else as TEXT), and a column
    // that may not be empty and has no default is a field the form requires or GramDesk fills itself.
    void everyDefinitionMatchesItsTable()
    {
        TestBook t;
        QVERIFY(t.create());
        for (const RegisterDef *def : Registers::all()) {
            struct Column {
                QString type;
                bool notNull = false;
                bool hasDefault = false;
            };
            QHash<QString, Column> columns;
            auto q = t.book->exec(QStringLiteral("SELECT name, upper(type), \"notnull\", dflt_value IS NOT NULL FROM pragma_table_info(?)"),
                                  {def->table});
            QVERIFY(q.ok());
            while (q.value().next())
                columns.insert(q.value().value(0).toString(),
                               {q.value().value(1).toString(), q.value().value(2).toBool(), q.value().value(3).toBool()});
            QVERIFY2(!columns.isEmpty(), qPrintable(def->table));
            for (const FieldDef &f : def->fields) {
                if (f.source == FieldDef::Source::Virtual)
                    continue;
                const QString where = def->id + u'.' + f.key;
                const QString column = def->column(f);
                QVERIFY2(columns.contains(column), qPrintable(where + QStringLiteral(": no column ") + column));
                const bool whole = f.kind == FieldKind::Integer || f.kind == FieldKind::Rating || f.kind == FieldKind::Money
                    || f.kind == FieldKind::Quantity;
                QVERIFY2(columns.value(column).type == (whole ? QStringLiteral("INTEGER") : QStringLiteral("TEXT")),
                         qPrintable(where + QStringLiteral(" is ") + columns.value(column).type));
                const Column c = columns.value(column);
                if (c.notNull && !c.hasDefault)
                    QVERIFY2(f.required || f.source != FieldDef::Source::Input || f.kind == FieldKind::EntryNumber
                                 || !f.defaultValue.isEmpty(),
                             qPrintable(where + QStringLiteral(" may not be empty in the book, but the form lets it be")));
            }
        }
    }

    // A page made from a definition shows fields of that register and offers statuses it has; a master a
    // reference looks up says what it does not hold.
    void aDefinitionsPageAndListsNameItsOwnFields()
    {
        for (const RegisterDef *def : Registers::all()) {
            for (const QStringList *keys : {&def->listKeys, &def->formKeys})
                for (const QString &key : *keys)
                    QVERIFY2(def->field(key), qPrintable(def->id + QStringLiteral(" shows no field ") + key));
            for (const QString &code : def->workLists)
                QVERIFY2(std::any_of(def->statuses.cbegin(), def->statuses.cend(), [&](const StatusFilter &f) { return f.code == code; }),
                         qPrintable(def->id + QStringLiteral(" has no status ") + code));
            if (def->area != PageArea::None && !def->isMaster())
                QVERIFY2(!def->listKeys.isEmpty() && !def->formKeys.isEmpty(), qPrintable(def->id));
            for (const FieldDef &f : def->fields)
                if (f.kind == FieldKind::Reference) {
                    const RegisterDef *master = Registers::byTable(f.lookup);
                    QVERIFY2(master && master->isMaster() && master->unknownCode,
                             qPrintable(def->id + u'.' + f.key + QStringLiteral(" looks up ") + f.lookup));
                }
        }
    }

    // The front office's key constants are fields of their registers (a misspelt one would read as empty).
    void keyConstantsAreFieldsOfTheirRegister()
    {
        using V = VisitorKeys;
        using A = ApplicationKeys;
        using C = ComplaintKeys;
        const struct {
            const RegisterDef &def;
            QStringList keys;
        } sets[] = {{Registers::visitors(), {V::number, V::date, V::timeIn, V::timeOut, V::name, V::purpose, V::serviceCode,
                                             V::outcome, V::outcomeRef, V::timeRating, V::behaviourRating, V::suggestion}},
                    {Registers::applications(), {A::number, A::serviceCode, A::receivedOn, A::status, A::closedOn,
                                                 A::remarks, A::dueOn, A::fee}},
                    {Registers::complaints(), {C::number, C::receivedOn, C::mode, C::portalRef, C::categoryCode,
                                               C::markedTo, C::status, C::disposedOn, C::actionTaken, C::satisfied,
                                               C::interimReply, C::replySentOn, C::escalatedTo, C::escalatedOn, C::dueOn}}};
        for (const auto &set : sets)
            for (const QString &key : set.keys)
                QVERIFY2(set.def.field(key), qPrintable(set.def.id + QStringLiteral(" has no ") + key));
        // The statuses that count as open are the same in the filter bar's SQL and in C++.
        QCOMPARE(frontoffice::complaintOpenSql(), QStringLiteral("status IN ('received','in_progress','interim_reply')"));
        QVERIFY(frontoffice::complaintOpen(QStringLiteral("interim_reply")));
        QVERIFY(!frontoffice::complaintOpen(QStringLiteral("disposed")));
        QVERIFY(frontoffice::complaintClosed(QStringLiteral("transferred")));
    }

    void dueDates_data()
    {
        QTest::addColumn<QString>("weeklyOff");
        QTest::addColumn<QStringList>("holidays");
        QTest::addColumn<QDate>("received");
        QTest::addColumn<int>("days");
        QTest::addColumn<bool>("working");
        QTest::addColumn<QDate>("due");
        const QStringList none;
        // Calendar days simply add up, across month ends, leap days and the year end.
        QTest::newRow("calendar month end") << "sun" << none << d("2026-01-30") << 3 << false << d("2026-02-02");
        QTest::newRow("calendar leap day") << "sun" << none << d("2028-02-27") << 2 << false << d("2028-02-29");
        QTest::newRow("calendar no leap day") << "sun" << none << d("2027-02-27") << 2 << false << d("2027-03-01");
        QTest::newRow("calendar year end") << "sun" << none << d("2026-12-30") << 5 << false << d("2027-01-04");
        QTest::newRow("calendar ignores holidays") << "sun" << QStringList{QStringLiteral("2026-11-23")} << d("2026-11-22") << 1 << false << d("2026-11-23");
        // N = 0: the same day, even when it is a Sunday.
        QTest::newRow("working N=0 on a Sunday") << "sun" << none << d("2026-11-22") << 0 << true << d("2026-11-22");
        QTest::newRow("calendar N=0") << "sun" << none << d("2026-11-22") << 0 << false << d("2026-11-22");
        // Working days: the received day is not counted; Sundays are off.
        QTest::newRow("Fri + 1 = Sat") << "sun" << none << d("2026-11-20") << 1 << true << d("2026-11-21");
        QTest::newRow("Sat + 1 skips Sunday") << "sun" << none << d("2026-11-21") << 1 << true << d("2026-11-23");
        QTest::newRow("across a month end") << "sun" << none << d("2026-11-27") << 3 << true << d("2026-12-01");
        QTest::newRow("Christmas on a Friday") << "sun" << QStringList{QStringLiteral("2026-12-25")} << d("2026-12-24") << 3 << true << d("2026-12-29");
        QTest::newRow("a week of holidays")
            << "sun"
            << QStringList{QStringLiteral("2026-10-19"), QStringLiteral("2026-10-20"), QStringLiteral("2026-10-21"),
                           QStringLiteral("2026-10-22"), QStringLiteral("2026-10-23")}
            << d("2026-10-17") << 2 << true << d("2026-10-26");
        QTest::newRow("two weekly offs to a leap day") << "sat,sun" << none << d("2028-02-25") << 2 << true << d("2028-02-29");
        QTest::newRow("year end with New Year holiday")
            << "sat,sun" << QStringList{QStringLiteral("2027-01-01")} << d("2026-12-30") << 3 << true << d("2027-01-05");
        QTest::newRow("received on a holiday")
            << "sun" << QStringList{QStringLiteral("2026-08-15")} << d("2026-08-15") << 1 << true << d("2026-08-17");
    }

    void dueDates()
    {
        QFETCH(QString, weeklyOff);
        QFETCH(QStringList, holidays);
        QFETCH(QDate, received);
        QFETCH(int, days);
        QFETCH(bool, working);
        QFETCH(QDate, due);
        TestBook t;
        QVERIFY(t.create());
        QVERIFY(OfficeSettings(*t.book).set(t.admin, QStringLiteral("weekly_off"), weeklyOff).ok());
        MasterStore store(*t.book, Registers::holidays());
        for (const QString &h : holidays)
            QVERIFY(store.save(t.admin, {{QStringLiteral("date"), d(h.toLatin1().constData())},
                                         {QStringLiteral("name"), QStringLiteral("holiday")}})
                        .ok());
        auto calendar = WorkingCalendar::load(*t.book);
        QVERIFY(calendar.ok());
        QCOMPARE(calendar.value().due(received, days, working ? DayKind::Working : DayKind::Calendar), due);
    }

    void newBookHoldsTheSeededMasters()
    {
        TestBook t;
        QVERIFY(t.create());
        auto services = MasterStore(*t.book, Registers::services()).list();
        QVERIFY(services.ok());
        QCOMPARE(services.value().size(), 12);
        auto copy = MasterStore(*t.book, Registers::services()).find(QStringLiteral("FAMREG-COPY")).value();
        QVERIFY(copy.has_value());
        QCOMPARE(copy->value(QStringLiteral("name_hi")).toString(), QStringLiteral("परिवार रजिस्टर की नकल"));
        QCOMPARE(copy->value(QStringLiteral("time_limit_days")).toInt(), 3);
        QCOMPARE(copy->value(QStringLiteral("fee")).toLongLong(), 500);
        auto categories = MasterStore(*t.book, Registers::complaintCategories()).list().value();
        QStringList codes;
        for (const auto &c : categories)
            codes += c.value(QStringLiteral("code")).toString();
        QCOMPARE(codes, (QStringList{QStringLiteral("CERTIFICATES"), QStringLiteral("DRAINS"), QStringLiteral("OTHER"),
                                     QStringLiteral("PENSION"), QStringLiteral("RATION"), QStringLiteral("ROADS"),
                                     QStringLiteral("SANITATION"), QStringLiteral("STAFF"), QStringLiteral("STREETLIGHT"),
                                     QStringLiteral("WATER")}));
        QCOMPARE(MasterStore(*t.book, Registers::holidays()).list().value().size(), 0);
    }

    void numbersRestartEachFinancialYear()
    {
        TestBook t;
        QVERIFY(t.create());
        FrontOffice fo(*t.book);
        const auto &def = Registers::visitors();
        QCOMPARE(EntryService(*t.book).add(t.admin, def, visitor("2026-03-31", "रमेश")).value().number, QStringLiteral("VIS/2025-26/000001"));
        QCOMPARE(EntryService(*t.book).add(t.admin, def, visitor("2026-04-01", "सीता")).value().number, QStringLiteral("VIS/2026-27/000001"));
        QCOMPARE(EntryService(*t.book).add(t.admin, def, visitor("2026-04-01", "गीता")).value().number, QStringLiteral("VIS/2026-27/000002"));
        // An entry of the earlier year typed late continues that year's series.
        QCOMPARE(EntryService(*t.book).add(t.admin, def, visitor("2026-03-30", "मोहन")).value().number, QStringLiteral("VIS/2025-26/000002"));
        QCOMPARE(EntryStore(*t.book, def).count({}).value(), 4);
    }

    void correctionKeepsTheOldVersionAndCancelStopsChanges()
    {
        TestBook t;
        QVERIFY(t.create());
        FrontOffice fo(*t.book);
        const auto &def = Registers::visitors();
        const Entry first = EntryService(*t.book).add(t.admin, def, visitor("2026-11-22", "रमेश कुमर")).value();
        QVariantMap fixed = first.values;
        fixed.insert(QStringLiteral("name"), QStringLiteral("रमेश कुमार"));
        QVERIFY(!EntryService(*t.book).correct(t.admin, def, first, fixed, QString()).ok());  // a reason is required
        t.clock.advanceSecs(60);
        const Entry second = EntryService(*t.book).correct(t.admin, def, first, fixed, QStringLiteral("spelling")).value();
        QCOMPARE(second.number, first.number);
        QCOMPARE(second.version, 2);
        // Someone holding the first version cannot overwrite the second.
        QVERIFY(!EntryService(*t.book).correct(t.admin, def, first, fixed, QStringLiteral("again")).ok());
        const Entry third = EntryService(*t.book).cancel(t.admin, def, second, QStringLiteral("entered twice")).value();
        QVERIFY(third.cancelled);
        QVERIFY(!EntryService(*t.book).correct(t.admin, def, third, fixed, QStringLiteral("after cancel")).ok());

        const QList<Entry> history = EntryStore(*t.book, def).history(first.number).value();
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).text(QStringLiteral("name")), QStringLiteral("रमेश कुमर"));
        QCOMPARE(history.at(0).change, QStringLiteral("new"));
        QCOMPARE(history.at(1).text(QStringLiteral("name")), QStringLiteral("रमेश कुमार"));
        QCOMPARE(history.at(1).change, QStringLiteral("correction"));
        QCOMPARE(history.at(1).reason, QStringLiteral("spelling"));
        QCOMPARE(history.at(1).changedBy, QStringLiteral("admin"));
        QCOMPARE(history.at(1).changedAt, QStringLiteral("2026-11-22T10:31:00"));
        QCOMPARE(history.at(2).change, QStringLiteral("cancel"));
        QCOMPARE(history.at(2).reason, QStringLiteral("entered twice"));
        // Still one entry, and it is still in the register.
        QCOMPARE(EntryStore(*t.book, def).count({}).value(), 1);
        QVERIFY(EntryStore(*t.book, def).current(first.number).value().cancelled);
        // Nothing is ever deleted or overwritten, not even by SQL from inside.
        QVERIFY(!t.book->exec(QStringLiteral("DELETE FROM visitors")).ok());
        QVERIFY(!t.book->exec(QStringLiteral("UPDATE visitors SET name = 'x' WHERE version = 1")).ok());
        QVERIFY(!t.book->exec(QStringLiteral("UPDATE visitors SET is_current = 1 WHERE version = 1")).ok());
        QVERIFY(AuditLog::verify(*t.book).value().ok);
    }

    void readOnlyRolesCannotWrite()
    {
        TestBook t;
        QVERIFY(t.create());
        User auditor = t.admin;
        auditor.role = Role::Auditor;
        auto r = EntryService(*t.book).add(auditor, Registers::visitors(), visitor("2026-11-22", "रमेश"));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::NotAllowed);
        User op = t.admin;
        op.role = Role::Operator;
        QCOMPARE(MasterStore(*t.book, Registers::holidays())
                     .save(op, {{QStringLiteral("date"), d("2026-12-25")}})
                     .error()
                     .code,
                 ErrorCode::NotAllowed);
    }

    void applicationGetsDueDateAndFeeFromTheCharter()
    {
        TestBook t;
        QVERIFY(t.create());
        FrontOffice fo(*t.book);
        const auto &def = Registers::applications();
        QVariantMap v{{QStringLiteral("service_code"), QStringLiteral("famreg-copy")},
                      {QStringLiteral("received_on"), d("2026-11-20")},
                      {QStringLiteral("applicant_name"), QStringLiteral("सीता देवी")},
                      {QStringLiteral("mobile"), QStringLiteral("+91 98765 43210")}};
        const Entry a = EntryService(*t.book).add(t.admin, def, v).value();
        QCOMPARE(a.number, QStringLiteral("APP/2026-27/000001"));
        QCOMPARE(a.text(QStringLiteral("service_code")), QStringLiteral("FAMREG-COPY"));
        // Fri 20 Nov + 3 working days (Sunday off): Sat 21, Mon 23, Tue 24.
        QCOMPARE(a.date(QStringLiteral("due_on")), d("2026-11-24"));
        QCOMPARE(a.value(QStringLiteral("fee")).toLongLong(), 500);
        QCOMPARE(a.text(QStringLiteral("status")), QStringLiteral("pending"));
        QCOMPARE(a.text(QStringLiteral("mobile")), QStringLiteral("9876543210"));
        // A holiday declared later does not move a due date already given to the citizen.
        QVERIFY(MasterStore(*t.book, Registers::holidays()).save(t.admin, {{QStringLiteral("date"), d("2026-11-23")}}).ok());
        QVariantMap fixed = a.values;
        fixed.insert(QStringLiteral("applicant_name"), QStringLiteral("सीता देवी शर्मा"));
        const Entry b = EntryService(*t.book).correct(t.admin, def, a, fixed, QStringLiteral("full name")).value();
        QCOMPARE(b.date(QStringLiteral("due_on")), d("2026-11-24"));
        QVERIFY(!fo.closeApplication(t.admin, b, QStringLiteral("rejected"), d("2026-11-22"), QString()).ok());
        const Entry c = fo.closeApplication(t.admin, b, QStringLiteral("delivered"), d("2026-11-22"), QString()).value();
        QCOMPARE(c.text(QStringLiteral("status")), QStringLiteral("delivered"));
        QCOMPARE(c.version, 3);
        QVERIFY(!fo.closeApplication(t.admin, c, QStringLiteral("delivered"), d("2026-11-22"), QString()).ok());
    }

    // An appeal lies against an application rejected or not delivered by its due date, at the appellate officer
    // the charter names; a second appeal follows a decided first one; the officer has 30 days.
    void appealsFollowTheApplicationAndTheCharter()
    {
        TestBook t;
        QVERIFY(t.create());
        const RegisterDef *appeals = &Registers::appeals();
        const auto application = [&](const char *received) {
            return t.add(Registers::applications(), {{QStringLiteral("service_code"), QStringLiteral("FAMREG-COPY")},
                                                     {QStringLiteral("received_on"), d(received)},
                                                     {QStringLiteral("applicant_name"), QStringLiteral("सीता देवी")}});
        };
        // Tue 10 Nov + 3 working days: due Fri 13 Nov, still pending; Fri 20 Nov: due Tue 24 Nov.
        const Entry late = application("2026-11-10");
        const Entry onTime = application("2026-11-20");
        QCOMPARE(late.date(QStringLiteral("due_on")), d("2026-11-13"));
        EntryService entries(*t.book);
        const auto appeal = [&](const QString &number, const char *filed, const char *level = "first") {
            return entries.add(t.admin, *appeals, {{QStringLiteral("application_no"), number},
                                                   {QStringLiteral("filed_on"), d(filed)},
                                                   {QStringLiteral("level"), QString::fromLatin1(level)}});
        };
        auto early = appeal(onTime.number, "2026-11-22");
        QVERIFY(!early.ok());
        QVERIFY2(early.error().message.contains(QStringLiteral("neither rejected nor late (due 24-11-2026)")), qPrintable(early.error().message));
        QVERIFY(!appeal(QStringLiteral("APP/2026-27/000099"), "2026-11-20").ok());

        auto first = appeal(QStringLiteral("app/2026-27/000001"), "2026-11-20");
        QVERIFY2(first.ok(), first.ok() ? "" : qPrintable(first.error().message));
        QCOMPARE(first.value().number, QStringLiteral("APL/2026-27/000001"));
        QCOMPARE(first.value().text(QStringLiteral("application_no")), QStringLiteral("APP/2026-27/000001"));
        QCOMPARE(first.value().text(QStringLiteral("appellant_name")), QStringLiteral("सीता देवी"));
        QCOMPARE(first.value().text(QStringLiteral("appellate_officer")), QStringLiteral("सहायक विकास अधिकारी (पंचायत) (ADO Panchayat)"));
        QCOMPARE(first.value().date(QStringLiteral("due_on")), d("2026-12-20"));  // 20 Nov + 30 days
        QCOMPARE(first.value().text(QStringLiteral("outcome")), QStringLiteral("pending"));
        QVERIFY(!appeal(late.number, "2026-11-21", "second").ok());  // the first is still pending
        auto again = appeal(late.number, "2026-11-21");
        QVERIFY(!again.ok());
        QCOMPARE(again.error().message, QStringLiteral("APP/2026-27/000001 already has this appeal: APL/2026-27/000001."));

        QVariantMap decided = first.value().values;
        decided.insert(QStringLiteral("outcome"), QStringLiteral("dismissed"));
        auto noDate = entries.correct(t.admin, *appeals, first.value(), decided, QStringLiteral("order"));
        QVERIFY(!noDate.ok());
        QVERIFY2(noDate.error().message.startsWith(QStringLiteral("Order dated: ")), qPrintable(noDate.error().message));
        decided.insert(QStringLiteral("order_on"), d("2026-11-18"));
        QVERIFY(!entries.correct(t.admin, *appeals, first.value(), decided, QStringLiteral("order")).ok());  // before filing
        decided.insert(QStringLiteral("order_on"), d("2026-11-21"));
        QVERIFY(entries.correct(t.admin, *appeals, first.value(), decided, QStringLiteral("order")).ok());

        auto second = appeal(late.number, "2026-11-22", "second");
        QVERIFY2(second.ok(), second.ok() ? "" : qPrintable(second.error().message));
        QCOMPARE(second.value().text(QStringLiteral("appellate_officer")), QStringLiteral("जिला पंचायत राज अधिकारी (DPRO)"));
        EntryStore store(*t.book, *appeals);
        QCOMPARE(store.count({{}, {}, QStringLiteral("pending"), {}}).value(), 1);
        QCOMPARE(store.count({{}, {}, QStringLiteral("decided"), {}}).value(), 1);

        // November's report: two filed, one decided (dismissed on 21 Nov, due 20 Dec: in time), one pending at
        // month end and not yet overdue (due 22 Dec).
        const MonthlyReport nov = MonthlyReport::compute(*t.book, QStringLiteral("2026-11")).value();
        QCOMPARE(nov.appeals.filed, 2);
        QCOMPARE(nov.appeals.decided, 1);
        QCOMPARE(nov.appeals.dismissed, 1);
        QCOMPARE(nov.appeals.allowed, 0);
        QCOMPARE(nov.appeals.decidedInTime, 1);
        QCOMPARE(nov.appeals.pendingAtMonthEnd, 1);
        QCOMPARE(nov.appeals.overdueAtMonthEnd, 0);
        QVERIFY(nov.toJson().contains("  \"appeals\": {\"filed\": 2, \"decided\": 1,\n"
                                      "              \"by_outcome\": {\"allowed\": 0, \"dismissed\": 1, \"remanded\": 0},\n"
                                      "              \"decided_in_time\": 1, \"pending_at_month_end\": 1, \"overdue_at_month_end\": 0},\n"));
        QVERIFY(nov.toCsv().contains("appeals,pending_at_month_end,1\r\n"));
    }

    void frontOfficeRules_data()
    {
        QTest::addColumn<QString>("registerId");
        QTest::addColumn<QVariantMap>("values");
        QTest::addColumn<QString>("field");
        const QVariantMap app{{QStringLiteral("service_code"), QStringLiteral("FAMREG-COPY")},
                              {QStringLiteral("received_on"), d("2026-11-10")},
                              {QStringLiteral("applicant_name"), QStringLiteral("सीता")}};
        const QVariantMap cmp{{QStringLiteral("received_on"), d("2026-11-10")},
                              {QStringLiteral("mode"), QStringLiteral("in_person")},
                              {QStringLiteral("complainant_name"), QStringLiteral("रमेश")},
                              {QStringLiteral("category_code"), QStringLiteral("WATER")},
                              {QStringLiteral("description"), QStringLiteral("हैंडपंप खराब")}};
        auto with = [](QVariantMap m, const char *k, const QVariant &v) {
            m.insert(QString::fromLatin1(k), v);
            return m;
        };
        QVariantMap late = visitor("2026-11-22", "रमेश", "11:00");
        late.insert(QStringLiteral("time_out"), QTime(10, 0));
        QTest::newRow("time out before time in") << "visitors" << late << "time_out";
        QTest::newRow("visit tomorrow") << "visitors" << visitor("2026-11-23", "रमेश") << "date";
        QTest::newRow("no visitor name") << "visitors" << visitor("2026-11-22", "") << "name";
        QTest::newRow("rating 6") << "visitors" << with(visitor("2026-11-22", "र"), "behaviour_rating", 6) << "behaviour_rating";
        QTest::newRow("mobile 5…") << "visitors" << with(visitor("2026-11-22", "र"), "mobile", QStringLiteral("5876543210")) << "mobile";
        QTest::newRow("unknown service") << "applications" << with(app, "service_code", QStringLiteral("NOPE")) << "service_code";
        QTest::newRow("pending with a date") << "applications" << with(app, "closed_on", d("2026-11-12")) << "closed_on";
        QTest::newRow("delivered without date") << "applications" << with(app, "status", QStringLiteral("delivered")) << "closed_on";
        QTest::newRow("closed before received")
            << "applications" << with(with(app, "status", QStringLiteral("delivered")), "closed_on", d("2026-11-09")) << "closed_on";
        QTest::newRow("portal without reference") << "complaints" << with(cmp, "mode", QStringLiteral("portal")) << "portal_ref";
        QTest::newRow("satisfied while open") << "complaints" << with(cmp, "satisfied", QStringLiteral("yes")) << "satisfied";
        QTest::newRow("disposed without date") << "complaints" << with(cmp, "status", QStringLiteral("disposed")) << "disposed_on";
        QTest::newRow("unknown category") << "complaints" << with(cmp, "category_code", QStringLiteral("XYZ")) << "category_code";
        QTest::newRow("escalated without date") << "complaints" << with(cmp, "escalated_to", QStringLiteral("BDO")) << "escalated_on";
        QTest::newRow("no description") << "complaints" << with(cmp, "description", QString()) << "description";
    }

    void frontOfficeRules()
    {
        QFETCH(QString, registerId);
        QFETCH(QVariantMap, values);
        QFETCH(QString, field);
        TestBook t;
        QVERIFY(t.create());
        const RegisterDef &def = *Registers::find(registerId);
        auto charter = Charter::load(*t.book).value();
        const auto problems = EntryService::prepare(def, values, charter);
        QVERIFY(!problems.isEmpty());
        QCOMPARE(problems.first().key, field);
        QVERIFY(!problems.first().message.isEmpty());
        auto r = EntryService(*t.book).add(t.admin, def, values);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().code, ErrorCode::InputRejected);
        QCOMPARE(EntryStore(*t.book, def).count({}).value(), 0);
    }

    void complaintLifecycle()
    {
        TestBook t;
        QVERIFY(t.create());
        FrontOffice fo(*t.book);
        const auto &def = Registers::complaints();
        const Entry c = EntryService(*t.book).add(t.admin, def,
                               {{QStringLiteral("received_on"), d("2026-11-21")},
                                {QStringLiteral("mode"), QStringLiteral("box")},
                                {QStringLiteral("complainant_name"), QStringLiteral("रमेश")},
                                {QStringLiteral("category_code"), QStringLiteral("WATER")},
                                {QStringLiteral("description"), QStringLiteral("नल से पानी नहीं")}})
                            .value();
        // Sat 21 Nov + 2 working days: Mon 23, Tue 24.
        QCOMPARE(c.date(QStringLiteral("due_on")), d("2026-11-24"));
        QCOMPARE(c.text(QStringLiteral("status")), QStringLiteral("received"));
        FrontOffice::ComplaintAction interim;
        interim.status = QStringLiteral("interim_reply");
        QVERIFY(!fo.actOnComplaint(t.admin, c, interim).ok());  // the reply must be written
        interim.interimReply = QStringLiteral("मिस्त्री भेजा गया");
        const Entry c2 = fo.actOnComplaint(t.admin, c, interim).value();
        const Entry c3 = fo.escalateComplaint(t.admin, c2, QStringLiteral("ADO Panchayat"), d("2026-11-22")).value();
        FrontOffice::ComplaintAction done;
        done.status = QStringLiteral("disposed");
        done.date = d("2026-11-22");
        done.actionTaken = QStringLiteral("नल ठीक किया");
        done.satisfied = QStringLiteral("no");
        const Entry c4 = fo.actOnComplaint(t.admin, c3, done).value();
        QCOMPARE(c4.text(QStringLiteral("status")), QStringLiteral("disposed"));
        QCOMPARE(c4.text(QStringLiteral("escalated_to")), QStringLiteral("ADO Panchayat"));
        QVERIFY(!fo.reopenComplaint(t.admin, c4, QString()).ok());
        const Entry c5 = fo.reopenComplaint(t.admin, c4, QStringLiteral("फिर से खराब")).value();
        QCOMPARE(c5.text(QStringLiteral("status")), QStringLiteral("in_progress"));
        QVERIFY(!c5.date(QStringLiteral("disposed_on")).isValid());
        QCOMPARE(c5.text(QStringLiteral("satisfied")), QString());
        // The disposal stays in the history.
        const auto history = EntryStore(*t.book, def).history(c.number).value();
        QCOMPARE(history.size(), 5);
        QCOMPARE(history.at(3).text(QStringLiteral("status")), QStringLiteral("disposed"));
        QCOMPARE(history.at(4).change, QStringLiteral("reopen"));
        QCOMPARE(history.at(4).reason, QStringLiteral("फिर से खराब"));
        // Overdue once the due date has passed.
        QVERIFY(!FrontOffice::isOverdue(c5, d("2026-11-24")));
        QVERIFY(FrontOffice::isOverdue(c5, d("2026-11-25")));
    }

    void visitorLeavesWithFeedback()
    {
        TestBook t;
        QVERIFY(t.create());
        FrontOffice fo(*t.book);
        const Entry v = EntryService(*t.book).add(t.admin, Registers::visitors(), visitor("2026-11-22", "रमेश", "10:05")).value();
        EntryFilter inside;
        inside.status = QStringLiteral("inside");
        QCOMPARE(EntryStore(*t.book, Registers::visitors()).count(inside).value(), 1);
        QVERIFY(!fo.visitorLeaves(t.admin, v, QTime(10, 0), 4, 5, QString()).ok());  // before time in
        const Entry out = fo.visitorLeaves(t.admin, v, QTime(10, 25), 4, 5, QStringLiteral("बैठने की जगह")).value();
        QCOMPARE(out.value(QStringLiteral("time_out")).toTime(), QTime(10, 25));
        QCOMPARE(out.value(QStringLiteral("service_time_rating")).toInt(), 4);
        QCOMPARE(out.value(QStringLiteral("behaviour_rating")).toInt(), 5);
        QCOMPARE(EntryStore(*t.book, Registers::visitors()).count(inside).value(), 0);
        QVERIFY(!fo.visitorLeaves(t.admin, out, QTime(10, 30), {}, {}, QString()).ok());  // already left
        const Entry linked = fo.linkVisitor(t.admin, out, QStringLiteral("APP/2026-27/000001")).value();
        QCOMPARE(linked.text(QStringLiteral("outcome_ref")), QStringLiteral("APP/2026-27/000001"));
    }

    void pagesFromEitherEndAndSortsNamesLikePeople()
    {
        TestBook t;
        QVERIFY(t.create());
        const auto &def = Registers::visitors();
        EntryStore store(*t.book, def);
        const QStringList names = {QStringLiteral("ज़ाकिर"), QStringLiteral("अमित"), QStringLiteral("कमला"),
                                   QStringLiteral("आशा"), QStringLiteral("Ramesh 10"), QStringLiteral("Ramesh 9")};
        QVERIFY(t.book->transact([&]() -> Status {
                          for (int i = 0; i < 300; ++i) {
                              QVariantMap v = visitor("2026-11-01", "x");
                              v.insert(QStringLiteral("date"), d("2026-10-01").addDays(i / 10));
                              v.insert(QStringLiteral("name"), QString(names.at(i % names.size()) + QStringLiteral(" %1").arg(i, 3, 10, QLatin1Char('0'))));
                              if (auto e = store.insert(v); !e)
                                  return e.error();
                          }
                          return {};
                      }).ok());
        const qint64 total = store.count({}).value();
        QCOMPARE(total, 300);
        // Row 250 read from the far end is the same row as read from the front.
        const auto near = store.page({}, {}, 250, 20).value();
        const auto far = store.page({}, {}, 250, 20, total).value();
        QCOMPARE(far.size(), 20);
        for (int i = 0; i < 20; ++i)
            QCOMPARE(far.at(i).number, near.at(i).number);
        const auto last = store.page({}, {}, 290, 50, total).value();
        QCOMPARE(last.size(), 10);
        QCOMPARE(last.last().number, QStringLiteral("VIS/2026-27/000300"));
        // Devanagari in dictionary order (अ आ क ज़), Latin names with numbers by value.
        EntryFilter f;
        f.from = d("2026-10-01");  // the first day: names ending 000-009
        f.to = d("2026-10-01");
        const auto sorted = store.page(f, {QStringLiteral("name"), Qt::AscendingOrder}, 0, 50).value();
        QStringList got;
        for (const Entry &e : sorted)
            got += e.text(QStringLiteral("name"));
        QCOMPARE(store.count(f).value(), 10);
        QVERIFY(got.indexOf(QStringLiteral("अमित 001")) < got.indexOf(QStringLiteral("आशा 003")));
        QVERIFY(got.indexOf(QStringLiteral("आशा 003")) < got.indexOf(QStringLiteral("कमला 002")));
        QVERIFY(got.indexOf(QStringLiteral("कमला 002")) < got.indexOf(QStringLiteral("ज़ाकिर 000")));
        QVERIFY(got.indexOf(QStringLiteral("Ramesh 9 005")) < got.indexOf(QStringLiteral("Ramesh 10 004")));
        EntryFilter byName;
        byName.text = QStringLiteral("कमला");
        QCOMPARE(store.count(byName).value(), 50);
        // Date range filter: 1–3 October hold 30 visits.
        EntryFilter range;
        range.from = d("2026-10-01");
        range.to = d("2026-10-03");
        QCOMPARE(store.count(range).value(), 30);
    }
};

QTEST_GUILESS_MAIN(TestRegisters)
#include "tst_registers.moc"
