// The catalogue of bad input: what a clerk may type into a form, or an office's spreadsheet may hold, that the
// book must refuse. Each case is refused with its own message saying what is wrong (the words checked here),
// in English and in Hindi, and changes nothing: a digest of every table of the book is the same before and
// after. Forms are filled as the form does it (each typed text read by its field, then saved); imports go
// through the CSV import, all or nothing.

#include "TestBook.h"
#include "registers/EntryService.h"
#include "base/Translations.h"
#include "registers/CashBook.h"
#include "registers/CsvTransfer.h"
#include "registers/Masters.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace gd;
using namespace gd::test;

namespace {

using Texts = QList<QPair<const char *, QString>>;

// One refusal to try: returns the message, or an empty string when the input was (wrongly) accepted.
using Attempt = std::function<QString(TestBook &)>;

struct Case {
    QString name;
    Attempt attempt;
    QString expect;  // English words the message must hold
};

// What a form does with what the clerk typed: each text read by its field, then the entry or row saved.
QString typedIntoForm(TestBook &t, const RegisterDef &def, const Texts &typed)
{
    QVariantMap values;
    for (const auto &[key, text] : typed) {
        const FieldDef *f = def.field(QString::fromLatin1(key));
        if (!f)
            qFatal("no field %s in %s", key, qPrintable(def.id));
        auto v = Fields::parse(*f, text, t.clock.today());
        if (!v)  // shown beside the field, under its label
            return Fields::label(*f) + QStringLiteral(": ") + v.error().message;
        values.insert(f->key, v.value());
    }
    if (def.isMaster()) {
        auto s = MasterStore(*t.book, def).save(t.admin, values);
        return s ? QString() : s.error().message;
    }
    auto e = EntryService(*t.book).add(t.admin, def, values);
    return e ? QString() : e.error().message;
}

// A CSV file imported into a register: its first problem, or the error that stopped it.
QString imported(TestBook &t, const RegisterDef &def, const QByteArray &bytes)
{
    auto r = CsvTransfer::importData(*t.book, t.admin, def, bytes, QStringLiteral("office.csv"), false);
    if (!r)
        return r.error().message;
    return r.value().problems.value(0);
}

Attempt form(const RegisterDef &def, const Texts &typed)
{
    return [&def, typed](TestBook &t) { return typedIntoForm(t, def, typed); };
}

// The form filled with `base`, one field typed otherwise (or added).
Attempt formWith(const RegisterDef &def, const Texts &base, const char *key, const QString &text)
{
    Texts typed;
    for (const auto &p : base)
        if (qstrcmp(p.first, key) != 0)
            typed += p;
    typed += qMakePair(key, text);
    return form(def, typed);
}

Attempt csv(const RegisterDef &def, const QByteArray &bytes)
{
    return [&def, bytes](TestBook &t) { return imported(t, def, bytes); };
}

Attempt csvText(const RegisterDef &def, const QString &text)
{
    return csv(def, text.toUtf8());
}

// Every table's rows, in order, hashed: equal digests mean nothing in the book changed.
QByteArray digest(Book &book)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(book.database());
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names += tables.value(0).toString();
    for (const QString &name : names) {
        QSqlQuery rows(book.database());
        rows.setForwardOnly(true);
        if (!rows.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(name)))  // every row, as stored
            qFatal("cannot read %s", qPrintable(name));
        hash.addData(name.toUtf8());
        while (rows.next()) {
            for (int c = 0; c < rows.record().count(); ++c)
                hash.addData(QByteArray(rows.value(c).toString().toUtf8() + '\x1f'));
            hash.addData("\x1e");
        }
    }
    return hash.result();
}

const QString kLong(10000, u'क');

QList<Case> badInputs()
{
    const auto &V = Registers::visitors();
    const Texts visitor = {{"date", QStringLiteral("20-11-2026")}, {"time_in", QStringLiteral("10:00")},
                           {"name", QStringLiteral("रमेश कुमार")}, {"purpose", QStringLiteral("enquiry")}};
    const auto visitorWith = [&](const char *key, const QString &text) { return formWith(V, visitor, key, text); };
    QList<Case> c;
    const auto add = [&](const char *name, Attempt a, const char *expect) {
        c.append({QString::fromUtf8(name), std::move(a), QString::fromUtf8(expect)});
    };

    // --- The visitor register's form.
    add("visitor: a date after today", visitorWith("date", QStringLiteral("23-11-2026")), "23-11-2026 is after today");
    add("visitor: 30 February", visitorWith("date", QStringLiteral("30-02-2026")), "\"30-02-2026\" is not a real calendar date");
    add("visitor: month 13", visitorWith("date", QStringLiteral("01-13-2026")), "has no month 13: a date is written day first");
    add("visitor: a date in words", visitorWith("date", QStringLiteral("kal")), "\"kal\" is not a date. Write it as DD-MM-YYYY");
    add("visitor: before 1900", visitorWith("date", QStringLiteral("31-12-1899")), "is before 1900; check the year");
    add("visitor: a two-digit year from last century", visitorWith("date", QStringLiteral("15-08-89")), "which is read only for 2016 to 2027; write the year in four digits");
    add("visitor: AM with hour 13", visitorWith("time_in", QStringLiteral("13:15 PM")), "with AM or PM the hour is from 1 to 12");
    add("visitor: no name", visitorWith("name", QString()), "Visitor name: is required");
    add("visitor: a name of spaces", visitorWith("name", QStringLiteral("   ")), "Visitor name: is required");
    add("visitor: time 25:61", visitorWith("time_in", QStringLiteral("25:61")), "\"25:61\" is not a time");
    add("visitor: leaves before coming", form(V, visitor + Texts{{"time_out", QStringLiteral("09:00")}}), "the time out 09:00 is before the time in 10:00");
    add("visitor: mobile of 5 digits", visitorWith("mobile", QStringLiteral("98765")), "a mobile number has 10 digits");
    add("visitor: mobile starting with 5", visitorWith("mobile", QStringLiteral("5876543210")), "starts with 6, 7, 8 or 9");
    add("visitor: mobile with letters", visitorWith("mobile", QStringLiteral("98765abcde")), "a mobile number has 10 digits");
    add("visitor: rating 6", form(V, visitor + Texts{{"time_out", QStringLiteral("10:30")}, {"service_time_rating", QStringLiteral("6")}}), "must be from 1 to 5");
    add("visitor: rating 0", form(V, visitor + Texts{{"time_out", QStringLiteral("10:30")}, {"behaviour_rating", QStringLiteral("0")}}), "must be from 1 to 5");
    add("visitor: rating in words", form(V, visitor + Texts{{"time_out", QStringLiteral("10:30")}, {"behaviour_rating", QStringLiteral("good")}}), "\"good\" is not a whole number");
    add("visitor: a purpose not on the list", visitorWith("purpose", QStringLiteral("shopping")), "\"shopping\" is not one of");
    add("visitor: a service not in the charter", form(V, visitor + Texts{{"purpose", QStringLiteral("service")}, {"service_code", QStringLiteral("NOPE")}}), "no service with the code NOPE in the citizen charter");
    add("visitor: a bell character in the name", visitorWith("name", QStringLiteral("Ram\aKumar")), "contains control characters");
    add("visitor: a NUL in the village", visitorWith("village", QStringLiteral("Katra") + QChar(0) + QStringLiteral("x")), "Village/ward: contains control characters");
    add("visitor: right-to-left override in the name", visitorWith("name", QStringLiteral("Ram") + QChar(0x202E) + QStringLiteral("Kumar")), "invisible direction or spacing marks");
    add("visitor: 10,000 characters of suggestion", form(V, visitor + Texts{{"time_out", QStringLiteral("10:30")}, {"suggestion", kLong}}), "is 10000 characters long; at most 2000 fit");
    add("visitor: a 10,000-character name", visitorWith("name", kLong), "is 10000 characters long; at most 200 fit");
    add("visitor: Devanagari and Latin inside one word", visitorWith("name", QStringLiteral("रमेshकुमार")), "mixes Devanagari and Latin letters in one word");
    add("visitor: half a surrogate pair in the name", visitorWith("name", QStringLiteral("Ram") + QChar(0xD800)), "a broken character");

    // --- Applications and complaints.
    const auto &A = Registers::applications();
    const Texts application = {{"service_code", QStringLiteral("FAMREG-COPY")}, {"received_on", QStringLiteral("20-11-2026")},
                               {"applicant_name", QStringLiteral("सीता देवी")}};
    add("application: a service not in the charter", form(A, {{"service_code", QStringLiteral("NOPE")}, {"received_on", QStringLiteral("20-11-2026")}, {"applicant_name", QStringLiteral("Sita")}}), "no service with the code NOPE");
    add("application: received tomorrow", form(A, {{"service_code", QStringLiteral("FAMREG-COPY")}, {"received_on", QStringLiteral("23-11-2026")}, {"applicant_name", QStringLiteral("Sita")}}), "is after today; an entry cannot be dated in the future");
    add("application: delivered before it came", form(A, application + Texts{{"status", QStringLiteral("delivered")}, {"closed_on", QStringLiteral("19-11-2026")}}), "19-11-2026 is before Received on (20-11-2026)");
    add("application: delivered with no date", form(A, application + Texts{{"status", QStringLiteral("delivered")}}), "give the date the application was delivered");
    add("application: a status not on the list", form(A, application + Texts{{"status", QStringLiteral("lost")}}), "\"lost\" is not one of: pending, delivered, rejected");
    add("application: a number already given", form(A, application + Texts{{"application_no", QStringLiteral("APP/2026-27/000001")}}), "APP/2026-27/000001 is already in the register");
    add("application: a negative fee", form(A, application + Texts{{"fee", QStringLiteral("-20")}}), "cannot be negative");
    const auto &C = Registers::complaints();
    const Texts complaint = {{"received_on", QStringLiteral("20-11-2026")}, {"mode", QStringLiteral("in_person")},
                             {"complainant_name", QStringLiteral("Pooja")}, {"category_code", QStringLiteral("WATER")},
                             {"description", QStringLiteral("हैंडपंप खराब")}};
    const auto complaintWith = [&](const char *key, const QString &text) { return formWith(C, complaint, key, text); };
    add("complaint: a category not on the list", complaintWith("category_code", QStringLiteral("SKY")), "no complaint category with the code SKY");
    add("complaint: a mode not on the list", complaintWith("mode", QStringLiteral("pigeon")), "\"pigeon\" is not one of");
    add("complaint: no description", complaintWith("description", QString()), ": is required; fill it in");
    add("complaint: disposed before received", form(C, complaint + Texts{{"status", QStringLiteral("disposed")}, {"disposed_on", QStringLiteral("18-11-2026")}}), "18-11-2026 is before Received on (20-11-2026)");
    add("complaint: satisfied as maybe", form(C, complaint + Texts{{"satisfied", QStringLiteral("maybe")}}), "\"maybe\" is not one of: yes, no");

    // --- Births and deaths.
    const auto &E = Registers::vitalEvents();
    const Texts birth = {{"event_type", QStringLiteral("birth")}, {"event_date", QStringLiteral("10-11-2026")},
                         {"reported_on", QStringLiteral("12-11-2026")}, {"name", QStringLiteral("शिशु")},
                         {"sex", QStringLiteral("female")}, {"father_name", QStringLiteral("राम")},
                         {"mother_name", QStringLiteral("सीता")}, {"place_type", QStringLiteral("home")},
                         {"address", QStringLiteral("रामपुर")}, {"informant_name", QStringLiteral("राम")}};
    const auto birthWith = [&](const char *key, const QString &text) { return formWith(E, birth, key, text); };
    add("birth: born tomorrow", birthWith("event_date", QStringLiteral("23-11-2026")), "23-11-2026 is after today");
    add("birth: reported before it happened", birthWith("reported_on", QStringLiteral("09-11-2026")), "the information cannot come before the event (10-11-2026)");
    add("birth: sex X", birthWith("sex", QStringLiteral("X")), "\"X\" is not one of: male, female, other");
    add("birth: Aadhaar last four as five digits", birthWith("aadhaar_last4", QStringLiteral("12345")), "only the last four digits of an Aadhaar number are kept");
    add("birth: a whole Aadhaar number", birthWith("aadhaar_last4", QStringLiteral("123456789012")), "only the last four digits of an Aadhaar number are kept");
    add("death: a negative age", form(E, {{"event_type", QStringLiteral("death")}, {"event_date", QStringLiteral("10-11-2026")}, {"reported_on", QStringLiteral("11-11-2026")}, {"name", QStringLiteral("रामलाल")}, {"sex", QStringLiteral("male")}, {"age_years", QStringLiteral("-3")}, {"place_type", QStringLiteral("home")}, {"address", QStringLiteral("रामपुर")}, {"informant_name", QStringLiteral("श्याम")}}), "must be from 0 to 130");
    add("birth: CRS registration before the birth", form(E, birth + Texts{{"crs_registration_no", QStringLiteral("B-2026-123")}, {"crs_registered_on", QStringLiteral("01-11-2026")}}), "the CRS registration cannot come before the information (12-11-2026)");

    // --- The cash book (closed up to 31-10-2026; cash in hand 5,000.00).
    const auto &M = Registers::cashEntries();
    const Texts receipt = {{"date", QStringLiteral("20-11-2026")}, {"type", QStringLiteral("receipt")},
                           {"account", QStringLiteral("CASH")}, {"head", QStringLiteral("HOUSE-TAX")},
                           {"party", QStringLiteral("अनिल")}, {"particulars", QStringLiteral("गृह कर")}};
    const auto cashWith = [&](const Texts &more) { return form(M, receipt + more); };
    add("cash: a negative amount", cashWith({{"amount", QStringLiteral("-100")}}), "An amount cannot be negative");
    add("cash: an amount of twenty digits", cashWith({{"amount", QStringLiteral("99999999999999999999")}}), "is larger than any amount GramDesk keeps");
    add("cash: three places of paise", cashWith({{"amount", QStringLiteral("10.555")}}), "has more than two decimals");
    add("cash: an amount in words", cashWith({{"amount", QStringLiteral("sau rupaye")}}), "\"sau rupaye\" is not an amount");
    add("cash: nothing at all", cashWith({{"amount", QStringLiteral("0")}}), "an amount is more than zero");
    add("cash: a misplaced comma", cashWith({{"amount", QStringLiteral("1,00,0.5,0")}}), "\"1,00,0.5,0\" is not an amount");
    add("cash: an account not in the book", form(M, {{"date", QStringLiteral("20-11-2026")}, {"type", QStringLiteral("receipt")}, {"account", QStringLiteral("NOPE")}, {"head", QStringLiteral("HOUSE-TAX")}, {"amount", QStringLiteral("10")}, {"particulars", QStringLiteral("x")}}), "no cash or bank account with the code NOPE");
    add("cash: a head not in the book", form(M, {{"date", QStringLiteral("20-11-2026")}, {"type", QStringLiteral("receipt")}, {"account", QStringLiteral("CASH")}, {"head", QStringLiteral("LOTTERY")}, {"amount", QStringLiteral("10")}, {"particulars", QStringLiteral("x")}}), "no head of account with the code LOTTERY");
    add("cash: a day already closed", form(M, {{"date", QStringLiteral("15-10-2026")}, {"type", QStringLiteral("receipt")}, {"account", QStringLiteral("CASH")}, {"head", QStringLiteral("HOUSE-TAX")}, {"amount", QStringLiteral("10")}, {"particulars", QStringLiteral("x")}}), "The cash book is closed up to 31-10-2026");
    add("cash: paying out more than the cash in hand", form(M, {{"date", QStringLiteral("20-11-2026")}, {"type", QStringLiteral("payment")}, {"account", QStringLiteral("CASH")}, {"head", QStringLiteral("BANK-CHG")}, {"amount", QStringLiteral("6000")}, {"particulars", QStringLiteral("x")}}), "would take CASH below zero on 20-11-2026 (the balance there would be ₹ -1,000.00)");
    add("cash: a contra to the same account", form(M, {{"date", QStringLiteral("20-11-2026")}, {"type", QStringLiteral("contra")}, {"account", QStringLiteral("CASH")}, {"to_account", QStringLiteral("CASH")}, {"amount", QStringLiteral("10")}, {"particulars", QStringLiteral("x")}}), "moves money between two different accounts");

    // --- The stock register (paper: 10 reams counted on 01-10-2026).
    const auto &S = Registers::stockMoves();
    const auto move = [&](const QString &date, const QString &item, const QString &type, const QString &qty) {
        return form(S, {{"date", date}, {"item_code", item}, {"type", type}, {"quantity", qty}, {"party", QStringLiteral("सफाई कर्मी")}});
    };
    add("stock: issuing more than is there", move(QStringLiteral("20-11-2026"), QStringLiteral("PAPER"), QStringLiteral("issue"), QStringLiteral("11")), "would issue more PAPER than the register holds on 20-11-2026 (the balance there would be -1)");
    add("stock: a negative quantity", move(QStringLiteral("20-11-2026"), QStringLiteral("PAPER"), QStringLiteral("receipt"), QStringLiteral("-5")), "\"-5\" is not a quantity");
    add("stock: a quantity of nothing", move(QStringLiteral("20-11-2026"), QStringLiteral("PAPER"), QStringLiteral("receipt"), QStringLiteral("0")), "a quantity is more than zero");
    add("stock: an item not on the list", move(QStringLiteral("20-11-2026"), QStringLiteral("GOLD"), QStringLiteral("receipt"), QStringLiteral("1")), "no stock item with the code GOLD");
    add("stock: before the item's opening count", move(QStringLiteral("30-09-2026"), QStringLiteral("PAPER"), QStringLiteral("receipt"), QStringLiteral("1")), "PAPER was taken into the register on 01-10-2026");
    add("stock: four places of decimals", move(QStringLiteral("20-11-2026"), QStringLiteral("PAPER"), QStringLiteral("receipt"), QStringLiteral("1.2345")), "at most three decimals");

    // --- The record room.
    const auto &F = Registers::files();
    const Texts file = {{"subject_code", QStringLiteral("ACC")}, {"title", QStringLiteral("रोकड़ बही")},
                        {"opened_on", QStringLiteral("01-11-2026")}, {"retention", QStringLiteral("C")}, {"retention_years", QStringLiteral("5")}};
    add("file: a subject not on the list", form(F, {{"subject_code", QStringLiteral("ZZZ")}, {"title", QStringLiteral("x")}, {"opened_on", QStringLiteral("01-11-2026")}, {"retention", QStringLiteral("C")}}), "no file subject with the code ZZZ");
    add("file: closed before it was opened", form(F, file + Texts{{"closed_on", QStringLiteral("01-10-2026")}, {"status", QStringLiteral("closed")}}), "a file closes on or after the day it was opened (01-11-2026)");
    add("file: a retention class not on the list", form(F, {{"subject_code", QStringLiteral("ACC")}, {"title", QStringLiteral("x")}, {"opened_on", QStringLiteral("01-11-2026")}, {"retention", QStringLiteral("Z")}}), "\"Z\" is not one of: A, B, C, E");
    add("file: a code already given", form(F, file + Texts{{"code", QStringLiteral("123456/ACC/0001/2026-27")}}), "The code 123456/ACC/0001/2026-27 is already in the file index");
    const auto &FM = Registers::fileMovements();
    add("file movement: a file not in the index", form(FM, {{"file_code", QStringLiteral("123456/ACC/9999/2026-27")}, {"issued_on", QStringLiteral("20-11-2026")}, {"issued_to", QStringLiteral("सचिव")}, {"purpose", QStringLiteral("x")}, {"due_back_on", QStringLiteral("25-11-2026")}}), "there is no file 123456/ACC/9999/2026-27 in the file index");
    add("file movement: due back before it went out", form(FM, {{"file_code", QStringLiteral("123456/ACC/0001/2026-27")}, {"issued_on", QStringLiteral("20-11-2026")}, {"issued_to", QStringLiteral("सचिव")}, {"purpose", QStringLiteral("x")}, {"due_back_on", QStringLiteral("19-11-2026")}}), "due back on or after the day it is issued (20-11-2026)");
    add("file movement: a file already out", form(FM, {{"file_code", QStringLiteral("123456/ACC/0001/2026-27")}, {"issued_on", QStringLiteral("21-11-2026")}, {"issued_to", QStringLiteral("प्रधान")}, {"purpose", QStringLiteral("x")}, {"due_back_on", QStringLiteral("25-11-2026")}}), "is already out with सचिव since 20-11-2026; record its return first");

    // --- Meetings.
    const auto &G = Registers::meetings();
    add("meeting: more present than members", form(G, {{"kind", QStringLiteral("gp")}, {"held_on", QStringLiteral("05-11-2026")}, {"members", QStringLiteral("15")}, {"present", QStringLiteral("16")}}), "more present (16) than members (15)");
    add("meeting: a negative number of members", form(G, {{"kind", QStringLiteral("gp")}, {"held_on", QStringLiteral("05-11-2026")}, {"members", QStringLiteral("-15")}, {"present", QStringLiteral("1")}}), "must be from 1 to 100000");
    add("meeting: notice given after it was held", form(G, {{"kind", QStringLiteral("gp")}, {"held_on", QStringLiteral("05-11-2026")}, {"notice_on", QStringLiteral("06-11-2026")}, {"members", QStringLiteral("15")}, {"present", QStringLiteral("9")}}), "the notice is given before the meeting (05-11-2026)");

    // --- Lists kept in settings (masters).
    add("service: a time limit over a year", form(Registers::services(), {{"code", QStringLiteral("NEW-SVC")}, {"name_hi", QStringLiteral("नई सेवा")}, {"name_en", QStringLiteral("New")}, {"time_limit_days", QStringLiteral("400")}, {"day_kind", QStringLiteral("working")}}), "must be from 0 to 365");
    add("service: a code with spaces", form(Registers::services(), {{"code", QStringLiteral("new service!")}, {"name_hi", QStringLiteral("नई सेवा")}, {"name_en", QStringLiteral("New")}, {"time_limit_days", QStringLiteral("7")}, {"day_kind", QStringLiteral("working")}}), "a code is 1 to 20 letters");
    add("stock item: a negative opening count", form(Registers::stockItems(), {{"code", QStringLiteral("INK")}, {"name_hi", QStringLiteral("स्याही")}, {"unit", QStringLiteral("बोतल")}, {"kind", QStringLiteral("consumable")}, {"opening_qty", QStringLiteral("-2")}, {"opening_date", QStringLiteral("01-10-2026")}}), "\"-2\" is not a quantity");
    add("stock item: no unit", form(Registers::stockItems(), {{"code", QStringLiteral("INK")}, {"name_hi", QStringLiteral("स्याही")}, {"kind", QStringLiteral("consumable")}}), "Unit: is required");
    add("cash account: a second cash in hand", form(Registers::cashAccounts(), {{"code", QStringLiteral("CASH2")}, {"name_hi", QStringLiteral("नकद 2")}, {"name_en", QStringLiteral("Cash 2")}, {"kind", QStringLiteral("cash")}, {"opening_balance", QStringLiteral("0")}, {"opening_date", QStringLiteral("01-04-2026")}}), "the cash book has one cash in hand, CASH");
    add("holiday: 31 April", form(Registers::holidays(), {{"date", QStringLiteral("31-04-2026")}, {"name", QStringLiteral("x")}}), "\"31-04-2026\" is not a real calendar date");
    add("person: a mobile of 11 digits", form(Registers::people(), {{"code", QStringLiteral("CLERK")}, {"name_hi", QStringLiteral("राम")}, {"group", QStringLiteral("staff")}, {"mobile", QStringLiteral("98765432101")}}), "a mobile number has 10 digits");
    add("emergency number: letters in the number", form(Registers::emergencyNumbers(), {{"code", QStringLiteral("FIRE")}, {"name_hi", QStringLiteral("अग्निशमन")}, {"number", QStringLiteral("10a")}}), "a telephone number is digits (3 to 20)");
    add("place: inside a place not on the list", form(Registers::places(), {{"code", QStringLiteral("A9")}, {"kind", QStringLiteral("almirah")}, {"name", QStringLiteral("अलमारी 9")}, {"parent", QStringLiteral("NOWHERE")}}), "no place with the code NOWHERE");

    // --- Imports: the file itself.
    const QByteArray visitorsHead = "date,time_in,name,purpose\n";
    add("import: a quote never closed", csv(V, visitorsHead + "2026-11-20,10:00,\"Ram Kumar,enquiry\n"), "office.csv:2: a quoted cell is never closed");
    add("import: Windows-1252 bytes, not UTF-8", csv(V, visitorsHead + "2026-11-20,10:00,Jos\xe9 \x93Ram\x94,enquiry\n"), "is not a CSV text file GramDesk can read");
    add("import: UTF-16 with half a surrogate pair", csv(V, QByteArray("\xFF\xFE", 2) + QByteArray::fromRawData(reinterpret_cast<const char *>(u"date,time_in,name,purpose\n2026-11-20,10:00,R\xD800m,enquiry\n"), 2 * 47)), "is not a CSV text file GramDesk can read");
    add("import: a picture, not a table", csv(V, QByteArray::fromHex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489")), "is not a CSV text file GramDesk can read");
    add("import: an empty file", csv(V, QByteArray()), "office.csv is empty. The first row must name the columns");
    add("import: a column name misspelt", csv(V, "date,time_in,nmae,purpose\n2026-11-20,10:00,Ram,enquiry\n"), "office.csv:1: nmae: unknown column (a typo?)");
    add("import: a column twice", csv(V, "date,time_in,name,name,purpose\n2026-11-20,10:00,Ram,Ram,enquiry\n"), "office.csv:1: name: the column appears twice");
    add("import: a required column missing", csv(V, "date,time_in,purpose\n2026-11-20,10:00,enquiry\n"), "office.csv:1: name: this required column is missing");
    add("import: a row with a cell too many", csv(V, visitorsHead + "2026-11-20,10:00,Ram,enquiry,surplus\n"), "office.csv:2: -: the row has 5 cells but the first row names 4 columns");
    add("import: a first row of blanks", csv(V, QByteArrayLiteral(" , , \n2026-11-20,10:00,Ram,enquiry\n")), "office.csv is empty");
    // --- Imports: the rows.
    add("import: a formula in a cell", csv(V, visitorsHead + "2026-11-20,10:00,=HYPERLINK(\"http://x\"),enquiry\n"), "office.csv:2: name: holds the spreadsheet formula =HYPERLINK");
    add("import: Hindi saved in a Western code page", csv(V, visitorsHead + "2026-11-20,10:00,???? ?????,enquiry\n"), "office.csv:2: name: reads \"???? ?????\": the letters became question marks, because the file was saved in a code page without Hindi. In the spreadsheet use Save As → \"CSV UTF-8\"");
    add("import: a formula behind a space", csv(V, visitorsHead + "2026-11-20,10:00, =1+1,enquiry\n"), "office.csv:2: name: holds the spreadsheet formula  =1+1");
    add("import: a formula behind a tab and a no-break space", csv(V, visitorsHead + "2026-11-20,10:00,\"\t\xC2\xA0=1+1\",enquiry\n"), "office.csv:2: name: holds the spreadsheet formula");
    add("import: a date after today", csv(V, visitorsHead + "2026-11-23,10:00,Ram,enquiry\n"), "office.csv:2: date: 23-11-2026 is after today");
    add("import: a month-first date", csv(V, visitorsHead + "11/30/2026,10:00,Ram,enquiry\n"), "office.csv:2: date: \"11/30/2026\" has no month 30: a date is written day first");
    add("import: a control character in a cell", csv(V, visitorsHead + "2026-11-20,10:00,Ram\x01,enquiry\n"), "office.csv:2: name: contains control characters");
    add("import: 10,000 characters in a cell", csvText(V, QString::fromUtf8(visitorsHead) + QStringLiteral("2026-11-20,10:00,%1,enquiry\n").arg(kLong)), "office.csv:2: name: is 10000 characters long");
    add("import: a row marked cancelled", csv(V, "date,time_in,name,purpose,cancelled\n2026-11-20,10:00,Ram,enquiry,yes\n"), "office.csv:2: cancelled: a cancelled entry is not imported");
    add("import: one number twice in the file", csv(A, "application_no,service_code,received_on,applicant_name\nAPP/2026-27/000007,FAMREG-COPY,2026-11-02,Sita\nAPP/2026-27/000007,FAMREG-COPY,2026-11-03,Gita\n"), "office.csv:3: application_no: APP/2026-27/000007 is also on line 2");
    add("import: a number already in the register", csv(A, "application_no,service_code,received_on,applicant_name\nAPP/2026-27/000001,FAMREG-COPY,2026-11-02,Sita\n"), "office.csv:2: application_no: APP/2026-27/000001 is already in the register");
    add("import: a second cash in hand in one file", csv(Registers::cashAccounts(), "code,name_hi,name_en,kind,opening_balance,opening_date\nC1,नकद 1,Cash 1,cash,0,2026-04-01\nC2,नकद 2,Cash 2,cash,0,2026-04-01\n"), "office.csv:2: kind: the cash book has one cash in hand");
    add("import: an issue of stock beyond the count", csv(S, "date,item_code,type,quantity,party\n2026-11-20,PAPER,receipt,2,भंडार\n2026-11-21,PAPER,issue,13,सचिव\n"), "office.csv:3: number: This would issue more PAPER than the register holds on 21-11-2026 (the balance there would be -1)");
    add("import: cash into a closed month", csv(M, "date,type,account,head,amount,particulars\n2026-10-10,receipt,CASH,HOUSE-TAX,100.00,x\n"), "office.csv:2: voucher_no: The cash book is closed up to 31-10-2026");
    add("import: an amount with a minus", csv(M, "date,type,account,head,amount,particulars\n2026-11-20,receipt,CASH,HOUSE-TAX,-100.00,x\n"), "office.csv:2: amount: An amount cannot be negative");
    add("import: an amount too large", csv(M, "date,type,account,head,amount,particulars\n2026-11-20,receipt,CASH,HOUSE-TAX,1000000000000000,x\n"), "office.csv:2: amount: \"1000000000000000\" is larger than any amount");
    add("import: an unknown register key in a birth", csv(E, "event_type,event_date,reported_on,name,sex,place_type,address,informant_name\nmarriage,2026-11-10,2026-11-12,x,female,home,x,x\n"), "office.csv:2: event_type: \"marriage\" is not one of: birth, death, still_birth");
    add("import: a stock item with its opening date in the future", csv(Registers::stockItems(), "code,name_hi,unit,kind,opening_qty,opening_date\nINK,स्याही,बोतल,consumable,2,2026-12-01\n"), "office.csv:2: opening_date: 01-12-2026 is after today");
    return c;
}

}  // namespace

class TestBadInput : public QObject {
    Q_OBJECT

    TestBook t;

private slots:
    void initTestCase()
    {
        QVERIFY(t.create());
        const auto load = [&](const RegisterDef &def, const char *text) {
            auto r = CsvTransfer::importData(*t.book, t.admin, def, QByteArray(text), QStringLiteral("setup.csv"), false);
            QVERIFY2(r && r.value().ok(), qPrintable(r ? r.value().problems.join(u'\n') : r.error().message));
        };
        load(Registers::cashAccounts(), "code,name_hi,name_en,kind,opening_balance,opening_date\nCASH,हाथ में नकद,Cash in hand,cash,5000.00,2026-04-01\n");
        load(Registers::stockItems(), "code,name_hi,name_en,unit,kind,opening_qty,opening_date\nPAPER,कागज़ रिम,Paper ream,रिम,consumable,10,2026-10-01\n");
        load(Registers::applications(), "service_code,received_on,applicant_name\nFAMREG-COPY,2026-11-02,Mohan\n");
        load(Registers::files(), "subject_code,title,opened_on,retention,retention_years\nACC,रोकड़ बही,2026-04-01,C,5\n");
        load(Registers::fileMovements(), "file_code,issued_on,issued_to,purpose,due_back_on\n123456/ACC/0001/2026-27,2026-11-20,सचिव,ऑडिट,2026-11-27\n");
        auto closed = CashBook(*t.book).closeDays(t.admin, QDate(2026, 10, 31));
        QVERIFY2(closed.ok(), qPrintable(closed ? QString() : closed.error().message));
    }

    void cleanupTestCase() { Translations::install(QStringLiteral("en")); }

    void catalogue_data()
    {
        QTest::addColumn<int>("index");
        const QList<Case> all = badInputs();
        for (int i = 0; i < all.size(); ++i)
            QTest::newRow(qPrintable(all.at(i).name)) << i;
    }

    void catalogue()
    {
        QFETCH(int, index);
        const Case c = badInputs().at(index);
        QVERIFY(Translations::install(QStringLiteral("en")));
        const QByteArray before = digest(*t.book);
        const QString english = c.attempt(t);
        QCOMPARE(digest(*t.book), before);
        QVERIFY2(!english.isEmpty(), "accepted");
        QVERIFY2(english.contains(c.expect), qPrintable(english));
        QVERIFY(Translations::install(QStringLiteral("hi")));
        const QString hindi = c.attempt(t);
        QCOMPARE(digest(*t.book), before);
        QVERIFY2(hindi != english, qPrintable(hindi));
        static const QRegularExpression devanagari(QStringLiteral("[\\x{0900}-\\x{097F}]"));
        QVERIFY2(hindi.contains(devanagari), qPrintable(hindi));
    }

    void atLeastEightyCases() { QVERIFY(badInputs().size() >= 80); }
};

QTEST_GUILESS_MAIN(TestBadInput)
#include "tst_bad_input.moc"
