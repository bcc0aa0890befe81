// gramdesk-cli's commands over the registers' entries: import, export, report, search, cash, close-month.
#include "Cli.h"
#include "StandardOutput.h"

#include "base/AmountInWords.h"
#include "AuditPack.h"
#include "base/Dates.h"
#include "DocumentRenderer.h"
#include "base/Money.h"
#include "PdfExport.h"
#include "AttendancePrintouts.h"
#include "FamilyPrintouts.h"
#include "Printouts.h"
#include "ReadinessPrintouts.h"
#include "registers/CashBook.h"
#include "registers/CsvTransfer.h"
#include "registers/SearchIndex.h"
#include "reports/AuditPackFigures.h"
#include "reports/MonthlyReport.h"
#include "storage/OutputFile.h"
#include "storage/Seals.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>

namespace gd::cli {

namespace {

QString registerList()
{
    QStringList ids;
    for (const RegisterDef *d : Registers::all())
        ids += d->id;
    return ids.join(QStringLiteral(", "));
}

}  // namespace

Status Cli::writeOut(const QString &path, const QByteArray &bytes)
{
    if (path.isEmpty()) {
        m_out.flush();
        QIODevice *out = m_out.device();
        if (out->write(bytes) != bytes.size()) {
            const auto *standard = dynamic_cast<const StandardOutput *>(out);
            return OutputFile::writeError(tr("The output"), standard && standard->failure() ? standard->failure() : EIO);
        }
        return {};
    }
    return OutputFile::write(path, bytes);
}

int Cli::importRows()
{
    const bool dryRun = flag(QStringLiteral("--dry-run"));
    const QString fontText = option(QStringLiteral("--legacy-font"));
    const LegacyFont legacy = LegacyText::fromCode(fontText);
    if (!fontText.isEmpty() && legacy == LegacyFont::None)
        return usage(tr("--legacy-font takes krutidev (text typed in the KrutiDev 010 font) or chanakya (in Walkman "
                        "Chanakya), not \"%1\".")
                         .arg(fontText));
    if (m_args.size() != 2)
        return usage(tr("import needs a register and a file: import REGISTER FILE [--dry-run] [--legacy-font "
                        "krutidev|chanakya]."));
    const RegisterDef *def = Registers::find(m_args.at(0));
    if (!def)
        return usage(tr("There is no register \"%1\". Registers: %2.").arg(m_args.at(0), registerList()));
    const QString path = m_args.at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(makeError(ErrorCode::InputRejected,
                              tr("%1 cannot be read (%2).").arg(QDir::toNativeSeparators(path), file.errorString())));
    const QByteArray bytes = file.readAll();
    auto session = login();
    if (!session)
        return fail(session.error());
    auto report = CsvTransfer::importData(*session.value().book, session.value().user, *def, bytes,
                                          QFileInfo(path).fileName(), dryRun, {}, ImportChanges{legacy, {}});
    if (!report)
        return fail(report.error());
    const QString legacyColumns = report.value().legacyColumns.join(QStringLiteral(", "));
    if (report.value().legacyConverted) {
        m_err << tr("Converted from the %1 font to Unicode Hindi: %2.").arg(LegacyText::name(legacy), legacyColumns)
              << Qt::endl;
        if (report.value().legacyFont != legacy)
            m_err << tr("Their text looks typed in %1 rather than %2: if the names read wrongly, import with "
                        "--legacy-font %3.")
                         .arg(LegacyText::name(report.value().legacyFont), LegacyText::name(legacy),
                              LegacyText::code(report.value().legacyFont))
                  << Qt::endl;
    } else if (!legacyColumns.isEmpty()) {
        m_err << tr("These columns look typed in the %1 font: %2. To convert them to Unicode Hindi, import with "
                    "--legacy-font %3.")
                     .arg(LegacyText::name(report.value().legacyFont), legacyColumns,
                          LegacyText::code(report.value().legacyFont))
              << Qt::endl;
    }
    for (const QString &p : report.value().problems)
        m_err << p << u'\n';
    if (!report.value().ok()) {
        m_err << tr("Nothing was imported: correct the rows above and import the file again.") << Qt::endl;
        return 1;
    }
    if (dryRun)
        m_err << tr("%n row(s) checked and found good; nothing was written (dry run).", nullptr, report.value().rows)
              << Qt::endl;
    else
        m_err << tr("Imported %n row(s) into %1.", nullptr, report.value().written).arg(def->id) << Qt::endl;
    return 0;
}

int Cli::exportRows()
{
    const QString fromText = option(QStringLiteral("--from"));
    const QString toText = option(QStringLiteral("--to"));
    const QString out = option(QStringLiteral("--out"));
    if (m_args.size() != 1)
        return usage(tr("export needs a register: export REGISTER [--from DATE] [--to DATE] [--out FILE]."));
    const RegisterDef *def = Registers::find(m_args.at(0));
    if (!def)
        return usage(tr("There is no register \"%1\". Registers: %2.").arg(m_args.at(0), registerList()));
    QDate from;
    QDate to;
    if (!fromText.isEmpty()) {
        auto d = Dates::parse(fromText, m_clock.today());
        if (!d)
            return usage(QStringLiteral("--from: ") + d.error().message);
        from = d.value();
    }
    if (!toText.isEmpty()) {
        auto d = Dates::parse(toText, m_clock.today());
        if (!d)
            return usage(QStringLiteral("--to: ") + d.error().message);
        to = d.value();
    }
    if (from.isValid() && to.isValid() && to < from)
        return usage(tr("The period ends before it begins; check --from and --to."));
    if (auto refused = refuseOutputs({out}))
        return *refused;
    auto session = login(Book::Options::Access::Read);
    if (!session)
        return fail(session.error());
    auto bytes = CsvTransfer::exportData(*session.value().book, session.value().user, *def, from, to);
    if (!bytes)
        return fail(bytes.error());
    if (auto s = writeOut(out, bytes.value()); !s)
        return fail(s.error());
    return 0;
}

// A user with the right to read, logged in; without --lang, printouts take the user's own language.
Result<Cli::Session> Cli::reader(PrintLanguage *language)
{
    auto session = login(Book::Options::Access::Read);
    if (!session)
        return session.error();
    if (auto s = Roles::require(session.value().user.role, Right::Read); !s)
        return s.error();
    *language = printLanguage(session.value().user);
    return session;
}

PrintLanguage Cli::printLanguage(const User &user) const
{
    PrintLanguage language = user.language == u"en" ? PrintLanguage::English : PrintLanguage::Hindi;
    if (!m_language.isEmpty())
        (void)PrintText::fromCode(m_language, &language);  // checked as the command line was read
    return language;
}

int Cli::writePdf(const Document &doc, const QString &path)
{
    DocumentRenderer::loadFonts();
    if (auto pages = PdfExport::write(doc, path); !pages)
        return fail(pages.error());
    return 0;
}

int Cli::report()
{
    if (!m_args.isEmpty() && m_args.first() == u"audit-pack")
        return auditPackReport();
    const QString month = option(QStringLiteral("--month"));
    const QString pdf = option(QStringLiteral("--pdf"));
    const QString json = option(QStringLiteral("--json"));
    const QString csvPath = option(QStringLiteral("--csv"));
    if (m_args.size() != 1 || m_args.first() != u"monthly")
        return usage(tr("report needs: report monthly --month YYYY-MM [--lang hi|en|both] [--pdf F] [--json F] [--csv F]."));
    if (month.isEmpty())
        return usage(tr("report monthly needs --month YYYY-MM."));
    PrintLanguage language = PrintLanguage::Hindi;  // set by reader()
    if (auto refused = refuseOutputs({pdf, json, csvPath}))
        return *refused;
    auto session = reader(&language);
    if (!session)
        return fail(session.error());
    auto r = MonthlyReport::compute(*session.value().book, month);
    if (!r)
        return fail(r.error());
    if (!json.isEmpty() || (pdf.isEmpty() && csvPath.isEmpty())) {
        if (auto s = writeOut(json, r.value().toJson()); !s)
            return fail(s.error());
    }
    if (!csvPath.isEmpty()) {
        if (auto s = writeOut(csvPath, r.value().toCsv()); !s)
            return fail(s.error());
    }
    if (!pdf.isEmpty()) {
        DocumentRenderer::loadFonts();
        auto trend = MonthlyTrend::compute(*session.value().book, r.value().first);
        if (!trend)
            return fail(trend.error());
        Document doc = monthlyReportDocument(r.value(), &trend.value(), language, m_clock.today());
        sealDocument(doc, *session.value().book, Seals::forMonthlyReport(month));
        if (int failed = writePdf(doc, pdf))
            return failed;
    }
    return 0;
}

// The audit pack for a period as a PDF: report audit-pack --from DATE --to DATE --pdf FILE [--lang hi|en|both].
int Cli::auditPackReport()
{
    const QString fromText = option(QStringLiteral("--from"));
    const QString toText = option(QStringLiteral("--to"));
    const QString pdf = option(QStringLiteral("--pdf"));
    const QString json = option(QStringLiteral("--json"));
    if (m_args.size() != 1 || fromText.isEmpty() || toText.isEmpty() || (pdf.isEmpty() && json.isEmpty()))
        return usage(tr("report audit-pack needs --from DATE --to DATE and --pdf FILE, --json FILE or both."));
    auto from = Dates::parse(fromText, m_clock.today());
    if (!from)
        return usage(QStringLiteral("--from: ") + from.error().message);
    auto to = Dates::parse(toText, m_clock.today());
    if (!to)
        return usage(QStringLiteral("--to: ") + to.error().message);
    if (to.value() < from.value())
        return usage(tr("The period ends before it begins; check --from and --to."));
    PrintLanguage language = PrintLanguage::Hindi;  // set by reader()
    if (auto refused = refuseOutputs({pdf, json}))
        return *refused;
    auto session = reader(&language);
    if (!session)
        return fail(session.error());
    Book &book = *session.value().book;
    auto figures = AuditPackFigures::compute(book, from.value(), to.value(), m_clock.today());
    if (!figures)
        return fail(figures.error());
    if (!json.isEmpty()) {
        if (auto s = writeOut(json, figures.value().toJson()); !s)
            return fail(s.error());
    }
    if (!pdf.isEmpty()) {
        Document doc = auditPack(figures.value(), {from.value(), to.value(), language, m_clock.today()});
        sealDocument(doc, book, Seals::forAuditPack(from.value(), to.value()));
        if (int failed = writePdf(doc, pdf))
            return failed;
    }
    return 0;
}

int Cli::search()
{
    const QString limitText = option(QStringLiteral("--limit"));
    const bool json = flag(QStringLiteral("--json"));
    if (m_args.isEmpty())
        return usage(tr("search needs the text to find: search TEXT [--limit N] [--json]."));
    bool ok = true;
    const int limit = limitText.isEmpty() ? 20 : limitText.toInt(&ok);
    if (!ok || limit < 1 || limit > 1000)
        return usage(tr("--limit takes a number from 1 to 1000."));
    const QString text = m_args.join(u' ');
    auto session = login(Book::Options::Access::Read);
    if (!session)
        return fail(session.error());
    if (auto s = Roles::require(session.value().user.role, Right::Read); !s)
        return fail(s.error());
    auto hits = SearchIndex::search(*session.value().book, text, limit);
    if (!hits)
        return fail(hits.error());
    const QList<SearchHit> shown = hits.value().mid(0, limit);
    if (json) {
        QJsonArray list;
        for (const SearchHit &h : shown)
            list.append(QJsonObject{{QStringLiteral("register"), h.registerId}, {QStringLiteral("key"), h.key},
                                    {QStringLiteral("title"), h.title}});
        const QJsonObject doc{{QStringLiteral("query"), text}, {QStringLiteral("hits"), list}};
        m_out << QString::fromUtf8(QJsonDocument(doc).toJson(QJsonDocument::Compact)) << Qt::endl;
        return 0;
    }
    // One hit a line, its fields between tabs: a line break or tab inside a title becomes a space.
    const auto field = [](QString value) {
        for (QChar &c : value) {
            if (c == u'\t' || c == u'\n' || c == u'\r' || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
                c = u' ';
        }
        return value;
    };
    for (const SearchHit &h : shown)
        m_out << QStringList{field(h.registerId), field(h.key), field(h.title), field(h.detail)}.join(u'\t') << Qt::endl;
    if (shown.isEmpty())
        m_err << tr("Nothing found for \"%1\".").arg(text) << Qt::endl;
    return 0;
}

int Cli::cash()
{
    if (m_args.size() >= 1 && m_args.first() == u"close-month")
        return closeMonth();
    if (m_args.size() != 2 || m_args.first() != u"close-day")
        return usage(tr("cash needs: cash close-day DATE, or cash close-month YYYY-MM --cash COUNT --bank ACCOUNT:ITEMS."));
    auto date = Dates::parse(m_args.at(1), m_clock.today());
    if (!date)
        return usage(date.error().message);
    auto session = login();
    if (!session)
        return fail(session.error());
    auto closed = CashBook(*session.value().book).closeDays(session.value().user, date.value());
    if (!closed)
        return fail(closed.error());
    for (const ClosedDay &d : closed.value()) {
        m_out << Dates::display(d.date) << u' ';
        if (d.nil)
            m_out << tr("nil (no entries)") << u' ';
        m_out << tr("closing balance ₹ %1 (%2 / %3)")
                     .arg(Money::format(d.closing), words::hindiAmount(d.closing), words::englishAmount(d.closing))
              << u'\n';
    }
    m_err << tr("Closed %n day(s) of the cash book.", nullptr, int(closed.value().size())) << Qt::endl;
    return 0;
}

int Cli::closeMonth()
{
    const QString cashText = option(QStringLiteral("--cash"));
    const QString note = option(QStringLiteral("--cash-note"));
    QStringList bankTexts;
    for (QString b = option(QStringLiteral("--bank")); !b.isEmpty(); b = option(QStringLiteral("--bank")))
        bankTexts += b;
    if (m_args.size() != 2)
        return usage(tr("close-month needs the month: cash close-month YYYY-MM --cash 500x4,100x2 "
                        "--bank SBI:statement=50070,cheques=12000,deposits=1000,charges=50,interest=120."));
    const QString month = m_args.at(1);
    CashCount count;
    count.explanation = note;
    for (const QString &part : cashText.split(u',', Qt::SkipEmptyParts)) {
        const QStringList pair = part.trimmed().split(u'x');
        bool okNote = false;
        bool okCount = false;
        const int denomination = pair.value(0).toInt(&okNote);
        const int pieces = pair.value(1).toInt(&okCount);
        if (pair.size() != 2 || !okNote || !okCount)
            return usage(tr("--cash lists notes and coins as RUPEESxCOUNT separated by commas, for example 500x4,100x2,1x7."));
        count.pieces[denomination] += pieces;
    }
    QList<BankReconciliation> banks;
    for (const QString &text : bankTexts) {
        const qsizetype colon = text.indexOf(u':');
        BankReconciliation b;
        b.account = text.left(colon).trimmed().toUpper();
        if (colon <= 0)
            return usage(tr("--bank takes ACCOUNT:statement=…,cheques=…,deposits=…,charges=…,interest=…[,note=…]."));
        for (const QString &item : text.mid(colon + 1).split(u',', Qt::SkipEmptyParts)) {
            const QString key = item.section(u'=', 0, 0).trimmed();
            const QString value = item.section(u'=', 1).trimmed();
            if (key == u"note") {
                b.explanation = value;
                continue;
            }
            auto amount = Money::parse(value);
            if (!amount)
                return usage(QStringLiteral("--bank %1: %2").arg(key, amount.error().message));
            if (key == u"statement")
                b.statement = amount.value();
            else if (key == u"cheques")
                b.chequesNotPresented = amount.value();
            else if (key == u"deposits")
                b.depositsNotCredited = amount.value();
            else if (key == u"charges")
                b.chargesNotBooked = amount.value();
            else if (key == u"interest")
                b.interestNotBooked = amount.value();
            else
                return usage(tr("--bank takes ACCOUNT:statement=…,cheques=…,deposits=…,charges=…,interest=…[,note=…]."));
        }
        banks += b;
    }
    auto session = login();
    if (!session)
        return fail(session.error());
    auto closed = CashBook(*session.value().book).closeMonth(session.value().user, month, count, banks);
    if (!closed)
        return fail(closed.error());
    m_out << tr("Cash: book ₹ %1, counted ₹ %2.").arg(Money::format(closed.value().cashBook), Money::format(closed.value().cashCounted))
          << u'\n';
    for (const BankReconciliation &b : closed.value().banks)
        m_out << tr("%1: book ₹ %2, statement ₹ %3, difference ₹ %4.")
                     .arg(b.account, Money::format(b.book), Money::format(b.statement), Money::format(b.difference()))
              << u'\n';
    m_err << tr("Closed the month %1.").arg(month) << Qt::endl;
    return 0;
}

// The family register from the command line: a family as on a date, and a certified copy issued and printed.
int Cli::family()
{
    const QString asOnText = option(QStringLiteral("--as-on"));
    const QString applicationNo = option(QStringLiteral("--application"));
    const QString receipt = option(QStringLiteral("--receipt"));
    const QString pdf = option(QStringLiteral("--pdf"));
    const QString verb = m_args.value(0);
    if (m_args.size() != 2 || (verb != u"show" && verb != u"copy"))
        return usage(tr("family needs: family show VILLAGE/NUMBER [--as-on DATE], or family copy VILLAGE/NUMBER "
                        "--application NUMBER [--receipt R] [--as-on DATE] --pdf FILE."));
    const FamilyId id = FamilyId::parse(m_args.at(1));
    if (!id.isValid())
        return usage(tr("Write the family as VILLAGE/NUMBER, for example रामपुर/45."));
    QDate asOn = m_clock.today();
    if (!asOnText.isEmpty()) {
        auto parsed = Dates::parse(asOnText, m_clock.today());
        if (!parsed)
            return usage(QStringLiteral("--as-on: ") + parsed.error().message);
        asOn = parsed.value();
    }
    PrintLanguage language = PrintLanguage::Hindi;  // set by reader()
    if (verb == u"show") {
        auto session = reader(&language);
        if (!session)
            return fail(session.error());
        FamilyRegister reg(*session.value().book);
        auto rows = reg.asOn(id, asOn);
        if (!rows)
            return fail(rows.error());
        if (rows.value().isEmpty())
            return fail(makeError(ErrorCode::InputRejected, tr("There is no family %1 in the register on %2.")
                                                                .arg(id.text(), Dates::display(asOn))));
        const RegisterDef &def = Registers::familyMembers();
        for (const auto &r : rows.value()) {
            const Entry &m = r.member;
            m_out << m.text(FamilyMemberKeys::serial) << u'\t' << m.text(FamilyMemberKeys::name) << u'\t'
                  << Fields::choiceLabel(*def.field(FamilyMemberKeys::relation), m.text(FamilyMemberKeys::relation)) << u'\t'
                  << Fields::choiceLabel(*def.field(FamilyMemberKeys::status), r.status) << u'\t' << m.number << u'\n';
        }
        auto events = reg.events(id);
        if (!events)
            return fail(events.error());
        const RegisterDef &ev = Registers::familyEvents();
        for (const Entry &e : events.value())
            m_out << Dates::display(e.date(FamilyEventKeys::eventOn)) << u'\t'
                  << Fields::choiceLabel(*ev.field(FamilyEventKeys::kind), e.text(FamilyEventKeys::kind)) << u'\t'
                  << e.text(FamilyEventKeys::memberName) << u'\t' << e.text(FamilyEventKeys::otherFamily) << u'\t' << e.number
                  << u'\n';
        m_out.flush();
        return 0;
    }
    if (applicationNo.isEmpty() || pdf.isEmpty())
        return usage(tr("family copy needs --application NUMBER and --pdf FILE."));
    if (auto refused = refuseOutputs({pdf}))
        return *refused;
    auto session = login();
    if (!session)
        return fail(session.error());
    Book &book = *session.value().book;
    language = printLanguage(session.value().user);
    auto application = EntryStore(book, Registers::applications()).current(applicationNo.trimmed().toUpper());
    if (!application)
        return fail(application.error());
    FamilyRegister reg(book);
    auto copy = reg.issueCopy(session.value().user, id, asOn, application.value(), receipt);
    if (!copy)
        return fail(copy.error());
    auto rows = reg.asOn(id, asOn);
    auto office = OfficeProfile(book).load();
    if (!rows || !office)
        return fail(!rows ? rows.error() : office.error());
    Document doc = familyCopyDocument(office.value(), id, rows.value(), copy.value(), application.value(),
                                      session.value().user.fullName, language, m_clock.today());
    sealDocument(doc, book, copy.value().number);
    if (int failed = writePdf(doc, pdf))
        return failed;
    m_err << tr("Certified copy %1 issued; %2 delivered.").arg(copy.value().number, application.value().number) << Qt::endl;
    return 0;
}

// Staff attendance from the command line: marks for a day, and the month's sheet and the year's leave as PDFs.
int Cli::attendance()
{
    const QString verb = m_args.value(0);
    if (verb == u"mark") {
        if (m_args.size() < 3)
            return usage(tr("attendance mark needs a date and CODE=MARK for each person, for example SECRETARY=P."));
        auto date = Dates::parse(m_args.at(1), m_clock.today());
        if (!date)
            return usage(date.error().message);
        const FieldDef &markField = *Registers::attendance().field(AttendanceKeys::mark);
        struct Mark {
            QString person, mark;
            QTime in, out;
        };
        QList<Mark> marks;
        for (const QString &arg : m_args.mid(2)) {
            const QString person = arg.section(u'=', 0, 0).trimmed();
            const QString rest = arg.section(u'=', 1);
            auto mark = Fields::parse(markField, rest.section(u'@', 0, 0), m_clock.today());
            if (person.isEmpty() || !mark || Fields::isEmpty(mark.value()))
                return usage(tr("\"%1\": write CODE=MARK, the mark one of P, A, CL, ML, EL, T, TR, BM.").arg(arg));
            Mark m{person, mark.value().toString(), {}, {}};
            if (const QString times = rest.section(u'@', 1); !times.isEmpty()) {
                m.in = QTime::fromString(times.section(u'-', 0, 0), QStringLiteral("HH:mm"));
                m.out = QTime::fromString(times.section(u'-', 1), QStringLiteral("HH:mm"));
                if (!m.in.isValid() || (!times.section(u'-', 1).isEmpty() && !m.out.isValid()))
                    return usage(tr("\"%1\": write the times as @HH:MM-HH:MM.").arg(arg));
            }
            marks += m;
        }
        auto session = login();
        if (!session)
            return fail(session.error());
        Attendance a(*session.value().book);
        Status all = session.value().book->transact([&]() -> Status {
            for (const Mark &m : marks)
                if (auto e = a.mark(session.value().user, date.value(), m.person, m.mark, m.in, m.out); !e)
                    return makeError(e.error().code, m.person + u": " + e.error().message);
            return {};
        });
        if (!all)
            return fail(all.error());
        m_err << tr("Marked %n person(s) for %1.", nullptr, int(marks.size())).arg(Dates::display(date.value())) << Qt::endl;
        return 0;
    }
    const QString month = option(QStringLiteral("--month"));
    const QString yearText = option(QStringLiteral("--year"));
    const QString pdf = option(QStringLiteral("--pdf"));
    if (m_args.size() != 1 || (verb != u"sheet" && verb != u"leave") || pdf.isEmpty()
        || (verb == u"sheet" ? month.isEmpty() : yearText.isEmpty()))
        return usage(tr("attendance needs: attendance mark DATE CODE=MARK …, attendance sheet --month YYYY-MM --pdf FILE, "
                        "or attendance leave --year YYYY --pdf FILE."));
    const QDate first = QDate::fromString(month + u"-01", Qt::ISODate);
    bool yearOk = true;
    const int year = yearText.isEmpty() ? 0 : yearText.toInt(&yearOk);
    if ((verb == u"sheet" && !first.isValid()) || !yearOk || (verb == u"leave" && (year < 2000 || year > 2100)))
        return usage(verb == u"sheet" ? tr("--month takes YYYY-MM.") : tr("--year takes a year such as 2026."));
    PrintLanguage language = PrintLanguage::Hindi;  // set by reader()
    if (auto refused = refuseOutputs({pdf}))
        return *refused;
    auto session = reader(&language);
    if (!session)
        return fail(session.error());
    Book &book = *session.value().book;
    auto office = OfficeProfile(book).load();
    if (!office)
        return fail(office.error());
    Attendance a(book);
    Document doc;
    if (verb == u"sheet") {
        auto sheet = a.month(first);
        if (!sheet)
            return fail(sheet.error());
        doc = attendanceSheetDocument(office.value(), sheet.value(), language, m_clock.today());
    } else {
        auto rows = a.year(year);
        if (!rows)
            return fail(rows.error());
        doc = yearLeaveDocument(office.value(), year, rows.value(), language, m_clock.today());
    }
    return writePdf(doc, pdf);
}

// The master list of documented procedures as a PDF.
int Cli::procedures()
{
    const QString pdf = option(QStringLiteral("--pdf"));
    if (m_args.size() != 1 || m_args.first() != u"print" || pdf.isEmpty())
        return usage(tr("procedures needs: procedures print --pdf FILE [--lang hi|en|both]."));
    PrintLanguage language = PrintLanguage::Hindi;  // set by reader()
    if (auto refused = refuseOutputs({pdf}))
        return *refused;
    auto session = reader(&language);
    if (!session)
        return fail(session.error());
    Procedures p(*session.value().book);
    auto list = p.masterList();
    auto files = p.fileNames();
    auto office = OfficeProfile(*session.value().book).load();
    if (!list || !files || !office)
        return fail(!list ? list.error() : !files ? files.error() : office.error());
    return writePdf(procedureListDocument(office.value(), list.value(), files.value(), language, m_clock.today()), pdf);
}

}  // namespace gd::cli
