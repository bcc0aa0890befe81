#pragma once
// gramdesk-cli: the commands of CONTRACTS.md over the same core rules as the GUI.

#include "base/PrintText.h"
#include "base/Result.h"
#include "office/Users.h"
#include "storage/Book.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

namespace gd {
struct Document;
}

namespace gd::cli {

class Cli {
    Q_DECLARE_TR_FUNCTIONS(gd::cli::Cli)
public:
    Cli(QStringList arguments, const Clock &clock, QTextStream &out, QTextStream &err);
    int run();

private:
    struct Session {
        std::unique_ptr<Book> book;
        User user;
    };

    // Takes "--name value" out of the remaining arguments.
    QString option(const QString &name);
    bool flag(const QString &name);
    int fail(const Error &error);
    int usage(const QString &message);
    Result<QString> password() const;
    // A writer holds the book (another GramDesk process that writes to it is refused); a reader reads one snapshot
    // of it beside whoever holds it.
    Result<Session> login(Book::Options::Access access = Book::Options::Access::Write);
    // A reader, and the language its printouts take: --lang, else the user's own.
    Result<Session> reader(PrintLanguage *language);
    PrintLanguage printLanguage(const User &user) const;
    // Writes `doc` as a PDF at `path`: 0, or the failure's exit status.
    int writePdf(const Document &doc, const QString &path);
    // Refuses outputs that would be the book or anything of it (exit 1), before the book is opened.
    std::optional<int> refuseOutputs(const QStringList &paths);

    int help();
    int init();
    int settings();
    int backup();
    int restore();
    int verify();
    int demo();
    int importRows();
    int exportRows();
    int report();
    int auditPackReport();
    int cash();
    int search();
    int type();
    int family();
    int attendance();
    int procedures();
    int closeMonth();
    // Writes bytes to a file safely (all or nothing), or to stdout when path is empty.
    Status writeOut(const QString &path, const QByteArray &bytes);

    QStringList m_args;
    const Clock &m_clock;
    QTextStream &m_out;
    QTextStream &m_err;
    QString m_bookOption;
    QString m_userOption;
    QString m_passwordFile;
    QString m_language;  // --lang as given (hi, en, both), for printouts
};

}  // namespace gd::cli
