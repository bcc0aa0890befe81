#include "Cli.h"

#include "base/AppPaths.h"
#include "demo/Demo.h"
#include "office/OfficeSetup.h"
#include "office/OfficeSettings.h"
#include "base/Translations.h"
#include "storage/Backup.h"
#include "storage/OutputFile.h"
#include "storage/Seals.h"

#include <QDir>
#include <QFile>
#include <optional>

namespace gd::cli {

Cli::Cli(QStringList arguments, const Clock &clock, QTextStream &out, QTextStream &err)
    : m_args(std::move(arguments)), m_clock(clock), m_out(out), m_err(err)
{
}

QString Cli::option(const QString &name)
{
    const qsizetype i = m_args.indexOf(name);
    if (i < 0 || i + 1 >= m_args.size())
        return {};
    const QString value = m_args.at(i + 1);
    m_args.remove(i, 2);
    return value;
}

bool Cli::flag(const QString &name)
{
    return m_args.removeAll(name) > 0;
}

int Cli::fail(const Error &error)
{
    m_err << error.message << Qt::endl;
    return exitStatusFor(error.code);
}

int Cli::usage(const QString &message)
{
    m_err << message << u'\n' << tr("Run gramdesk-cli --help to see the commands.") << Qt::endl;
    return 2;
}

Result<QString> Cli::password() const
{
    if (!m_passwordFile.isEmpty()) {
        QFile f(m_passwordFile);
        if (!f.open(QIODevice::ReadOnly))
            return makeError(ErrorCode::Usage, tr("The password file %1 cannot be read.").arg(QDir::toNativeSeparators(m_passwordFile)));
#ifndef Q_OS_WIN
        if (f.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
            m_err << tr("Warning: others on this PC may read the password file %1. Make it yours alone (chmod 600 %1).")
                         .arg(QDir::toNativeSeparators(m_passwordFile))
                  << Qt::endl;
#endif
        QString line = QString::fromUtf8(f.readLine());
        while (line.endsWith(u'\n') || line.endsWith(u'\r'))
            line.chop(1);
        return line;
    }
    if (qEnvironmentVariableIsSet("GRAMDESK_PASSWORD"))
        return qEnvironmentVariable("GRAMDESK_PASSWORD");
    return makeError(ErrorCode::Usage, tr("Give the password in a file with --password-file FILE, or in the "
                                          "environment variable GRAMDESK_PASSWORD."));
}

Result<Cli::Session> Cli::login(Book::Options::Access access)
{
    if (m_userOption.isEmpty())
        return makeError(ErrorCode::Usage, tr("This command needs a user: add --user NAME."));
    auto pw = password();
    if (!pw)
        return pw.error();
    Book::Options options;
    options.access = access;
    auto book = Book::open(AppPaths::book(m_bookOption), m_clock, options);
    if (!book)
        return book.error();
    auto user = UserDirectory(*book.value()).login(m_userOption, pw.value());
    if (!user)
        return user.error();
    if (access == Book::Options::Access::Read) {
        // One consistent view of the book for the whole command, whatever its writer does meanwhile.
        if (auto s = book.value()->holdSnapshot(); !s)
            return s.error();
    }
    book.value()->setActor(user.value().userName);
    if (m_language.isEmpty())
        Translations::install(user.value().language);
    return Session{std::move(book).value(), user.value()};
}

std::optional<int> Cli::refuseOutputs(const QStringList &paths)
{
    const QString book = AppPaths::book(m_bookOption);
    for (const QString &path : paths) {
        if (path.isEmpty())
            continue;
        if (auto s = OutputFile::refuseBook(path, book); !s)
            return fail(s.error());
    }
    return std::nullopt;
}

int Cli::run()
{
    m_language = option(QStringLiteral("--lang"));
    PrintLanguage known = PrintLanguage::Hindi;
    if (!m_language.isEmpty() && !PrintText::fromCode(m_language, &known)) {
        Translations::install(Translations::fromEnvironment());
        return usage(tr("--lang takes hi, en or both, not \"%1\".").arg(m_language));
    }
    if (!m_language.isEmpty())
        Translations::install(m_language == u"both" ? QStringLiteral("hi") : m_language);
    else
        Translations::install(Translations::fromEnvironment());
    m_bookOption = option(QStringLiteral("--book"));
    m_userOption = option(QStringLiteral("--user"));
    m_passwordFile = option(QStringLiteral("--password-file"));
    if (m_args.isEmpty() || flag(QStringLiteral("--help")) || flag(QStringLiteral("-h")))
        return help();
    if (flag(QStringLiteral("--version"))) {
        m_out << "gramdesk-cli " << GRAMDESK_VERSION << Qt::endl;
        return 0;
    }
    const QString command = m_args.takeFirst();
    if (command == u"init")
        return init();
    if (command == u"settings")
        return settings();
    if (command == u"backup")
        return backup();
    if (command == u"restore")
        return restore();
    if (command == u"verify")
        return verify();
    if (command == u"demo")
        return demo();
    if (command == u"import")
        return importRows();
    if (command == u"export")
        return exportRows();
    if (command == u"report")
        return report();
    if (command == u"cash")
        return cash();
    if (command == u"search")
        return search();
    if (command == u"type")
        return type();
    if (command == u"family")
        return family();
    if (command == u"attendance")
        return attendance();
    if (command == u"procedures")
        return procedures();
    return usage(tr("Unknown command \"%1\".").arg(command));
}

int Cli::help()
{
    m_out << tr("gramdesk-cli: the GramDesk book from the command line.\n"
                "\n"
                "Usage: gramdesk-cli [--book PATH] [--user NAME] [--password-file FILE] COMMAND [ARGS]\n"
                "The password is read from --password-file, else from GRAMDESK_PASSWORD; never from the command line.\n"
                "\n"
                "Commands:\n"
                "  init --office-hi TEXT --office-en TEXT --lgd CODE --admin NAME [--block T] [--district T] [--state T]\n"
                "                        create a new book with its first administrator\n"
                "  settings get KEY      show a setting (weekly_off, vital_fees, devanagari_digits)\n"
                "  settings set KEY VALUE\n"
                "                        change a setting\n"
                "  backup [--to DIR]     make a verified copy of the book\n"
                "  restore FILE [--other-office]\n"
                "                        replace the book with a backup (the current book is backed up first;\n"
                "                        another office's backup only with --other-office)\n"
                "  verify [--seal N:CODE]\n"
                "                        check the book's integrity, its audit chain and its seals\n"
                "  demo [--years N] [--seed S] [--population N]\n"
                "                        write a synthetic office book at --book (a panchayat of N people, 5000 by\n"
                "                        default)\n"
                "  import REGISTER FILE [--dry-run] [--legacy-font krutidev|chanakya]\n"
                "                        import CSV rows, all or nothing (converting text typed in KrutiDev 010\n"
                "                        or Walkman Chanakya)\n"
                "  export REGISTER [--from DATE] [--to DATE] [--out FILE]\n"
                "                        write a register as CSV (to stdout without --out)\n"
                "  report monthly --month YYYY-MM [--lang hi|en|both] [--pdf F] [--json F] [--csv F]\n"
                "                        the secretary's monthly report (JSON on stdout without a file)\n"
                "  report audit-pack --from DATE --to DATE [--pdf F] [--json F] [--lang hi|en|both]\n"
                "                        the ISO 9001 audit pack for a period (its figures as JSON with --json)\n"
                "  cash close-day DATE   close the cash book up to DATE (every open day before it too; empty days as nil)\n"
                "  cash close-month YYYY-MM --cash 500x4,100x2 [--cash-note T]\n"
                "                   --bank ACCOUNT:statement=A,cheques=A,deposits=A,charges=A,interest=A[,note=T] (each bank)\n"
                "                        close a month: cash counted by note and coin, each bank reconciled\n"
                "  search TEXT [--limit N] [--json]\n"
                "                        find files and entries of every register by code, number, name, title, village\n"
                "                        or mobile, in Hindi or English; best first, grouped by register\n"
                "  family show VILLAGE/NUMBER [--as-on DATE]\n"
                "                        a family of the family register as on a date (today without one), and its events\n"
                "  family copy VILLAGE/NUMBER --application NUMBER [--receipt R] [--as-on DATE] --pdf F [--lang hi|en|both]\n"
                "                        issue a certified copy against its application (which it closes as delivered)\n"
                "  attendance mark DATE CODE=MARK[@HH:MM-HH:MM] …\n"
                "                        mark staff for a working day (MARK: P, A, CL, ML, EL, T, TR, BM)\n"
                "  attendance sheet --month YYYY-MM --pdf F [--lang hi|en|both]\n"
                "                        the month's attendance sheet, to be signed\n"
                "  attendance leave --year YYYY --pdf F [--lang hi|en|both]\n"
                "                        leave and absence in a year per person\n"
                "  procedures print --pdf F [--lang hi|en|both]\n"
                "                        the master list of documented procedures (versions in force, then withdrawn)\n"
                "  type [--scheme phonetic|remington|inscript] [--suggest N] TEXT\n"
                "                        Hindi from English keys, offline (phonetic by default); with --suggest, up to N\n"
                "                        spellings the book (with --book) or the built-in list knows, best first\n"
                "Registers: services, holidays, complaint-categories, visitors, applications, complaints, appeals,\n"
                "vital-events, family-register, family-events, attendance, procedures,\n"
                "cash-accounts, cash-heads, cash-entries, stock-items, stock-moves, file-subjects, places, files,\n"
                "file-movements, readiness-items, meetings, meeting-actions, certification-steps, risks,\n"
                "quality-policy, quality-objectives, quality-roles, trainings, surveys, audit-findings, notices, people,\n"
                "emergency-numbers.\n"
                "\n"
                "Exit status: 0 done, 1 input rejected, 2 usage error, 3 not allowed, 4 book failed verification,\n"
                "5 storage error.")
          << Qt::endl;
    return 0;
}

int Cli::init()
{
    const QString officeHi = option(QStringLiteral("--office-hi"));
    const QString officeEn = option(QStringLiteral("--office-en"));
    const QString lgd = option(QStringLiteral("--lgd"));
    const QString admin = option(QStringLiteral("--admin"));
    Office office;
    office.nameHi = officeHi;
    office.nameEn = officeEn;
    office.lgdCode = lgd;
    office.block = option(QStringLiteral("--block"));
    office.district = option(QStringLiteral("--district"));
    if (const QString state = option(QStringLiteral("--state")); !state.isEmpty())
        office.state = state;
    if (!m_args.isEmpty())
        return usage(tr("init does not take \"%1\".").arg(m_args.first()));
    if (officeHi.isEmpty() || officeEn.isEmpty() || lgd.isEmpty() || admin.isEmpty())
        return usage(tr("init needs --office-hi, --office-en, --lgd and --admin."));
    auto pw = password();
    if (!pw)
        return fail(pw.error());
    const QString path = AppPaths::book(m_bookOption);
    auto created = OfficeSetup::create(path, m_clock, office, admin, admin, pw.value());
    if (!created)
        return fail(created.error());
    m_err << tr("Created the book %1 for %2 with the administrator \"%3\".")
                 .arg(QDir::toNativeSeparators(path), officeEn, created.value().admin.userName)
          << Qt::endl;
    return 0;
}

int Cli::settings()
{
    if (m_args.isEmpty())
        return usage(tr("settings needs get KEY or set KEY VALUE."));
    const QString verb = m_args.takeFirst();
    if (!(verb == u"get" && m_args.size() == 1) && !(verb == u"set" && m_args.size() == 2))
        return usage(tr("settings needs get KEY or set KEY VALUE."));
    auto session = login(verb == u"get" ? Book::Options::Access::Read : Book::Options::Access::Write);
    if (!session)
        return fail(session.error());
    OfficeSettings settings(*session.value().book);
    if (verb == u"get") {
        auto v = settings.get(m_args.at(0));
        if (!v)
            return fail(v.error());
        m_out << v.value() << Qt::endl;
        return 0;
    }
    if (auto s = settings.set(session.value().user, m_args.at(0), m_args.at(1)); !s)
        return fail(s.error());
    return 0;
}

int Cli::backup()
{
    const QString to = option(QStringLiteral("--to"));
    if (!m_args.isEmpty())
        return usage(tr("backup takes only --to DIR."));
    auto session = login();
    if (!session)
        return fail(session.error());
    if (auto s = Roles::require(session.value().user.role, Right::Backup); !s)
        return fail(s.error());
    BackupService backups(*session.value().book);
    auto copy = backups.backupTo(to.isEmpty() ? backups.defaultFolder() : to);
    if (!copy)
        return fail(copy.error());
    m_out << QDir::toNativeSeparators(copy.value()) << Qt::endl;
    if (backups.seal().entry > 0)
        m_err << tr("Seal of this backup: %1. Write it in the backup register beside the date.").arg(backups.seal().text())
              << Qt::endl;
    return 0;
}

int Cli::restore()
{
    const bool otherOffice = flag(QStringLiteral("--other-office"));
    if (m_args.size() != 1)
        return usage(tr("restore needs the backup file: restore FILE [--other-office]."));
    const QString file = m_args.takeFirst();
    auto session = login();
    if (!session)
        return fail(session.error());
    if (auto s = Roles::require(session.value().user.role, Right::Restore); !s)
        return fail(s.error());
    if (auto s = BackupService(*session.value().book).restore(file, otherOffice); !s) {
        if (s.error().code == ErrorCode::OtherOffice)
            m_err << tr("To restore it all the same, add --other-office.") << u'\n';
        return fail(s.error());
    }
    m_err << tr("Restored the book from %1. The book as it was before is kept in %2.")
                 .arg(QDir::toNativeSeparators(file),
                      QDir::toNativeSeparators(BackupService(*session.value().book).defaultFolder()))
          << Qt::endl;
    return 0;
}

int Cli::verify()
{
    const bool sealGiven = m_args.contains(QStringLiteral("--seal"));
    const QString sealText = option(QStringLiteral("--seal"));
    if (!m_args.isEmpty())
        return usage(tr("verify takes only --seal N:CODE (a seal as printed)."));
    std::optional<Seal> printed;
    if (sealGiven) {
        auto parsed = Seals::parse(sealText);
        if (!parsed)
            return usage(parsed.error().message);
        printed = parsed.value();
    }
    auto session = login(Book::Options::Access::Read);
    if (!session)
        return fail(session.error());
    if (auto s = Roles::require(session.value().user.role, Right::Verify); !s)
        return fail(s.error());
    const Book &book = *session.value().book;
    auto audit = book.verifyWhole();
    if (!audit)
        return fail(audit.error());
    if (!audit.value().ok)
        return fail(makeError(ErrorCode::VerificationFailed,
                              tr("The book failed its check: %1 Restore the latest backup.").arg(audit.value().problem)));
    if (printed) {
        auto problem = Seals::check(book, *printed);
        if (!problem)
            return fail(problem.error());
        if (!problem.value().isEmpty())
            return fail(makeError(ErrorCode::VerificationFailed,
                                  tr("%1 Keep the paper with the seal and a copy of this book for the auditor.").arg(problem.value())));
    }
    m_out << tr("The book is intact: %1 audit entries checked.").arg(audit.value().rowsChecked) << Qt::endl;
    m_out << tr("It passes through every seal known of it (%n checked).", nullptr, audit.value().sealsChecked) << Qt::endl;
    if (printed)
        m_out << tr("It passes through the seal %1.").arg(printed->text()) << Qt::endl;
    return 0;
}

int Cli::demo()
{
    Demo::Options options;
    bool ok = true;
    if (const QString years = option(QStringLiteral("--years")); !years.isEmpty())
        options.years = years.toInt(&ok);
    if (!ok)
        return usage(tr("--years takes a number from 1 to 30."));
    if (const QString seed = option(QStringLiteral("--seed")); !seed.isEmpty())
        options.seed = seed.toUInt(&ok);
    if (!ok)
        return usage(tr("--seed takes a whole number."));
    if (const QString people = option(QStringLiteral("--population")); !people.isEmpty())
        options.population = people.toInt(&ok);
    if (!ok)
        return usage(tr("--population takes a number from 500 to 50000."));
    if (!m_args.isEmpty())
        return usage(tr("demo does not take \"%1\".").arg(m_args.first()));
    const QString path = AppPaths::book(m_bookOption);
    auto book = Demo::create(path, m_clock, options);
    if (!book)
        return fail(book.error());
    m_err << tr("Wrote a demo office book at %1. Users admin, secretary, operator and auditor; password %2.")
                 .arg(QDir::toNativeSeparators(path), Demo::password())
          << Qt::endl;
    return 0;
}

}  // namespace gd::cli
