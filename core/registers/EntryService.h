#pragma once
// The write path every register shares: a form's or an import row's values checked field by field and by the
// register's own rules (RegisterDef::rules), then numbered, versioned, cancelled and audited in one transaction.
// It knows no register by name.

#include "EntryStore.h"
#include "Masters.h"

#include <functional>

namespace gd {

class EntryService {
    Q_DECLARE_TR_FUNCTIONS(gd::EntryService)
public:
    // `charter`: the masters and calendar the caller has just read to check a form (RegisterPage), so that a save
    // reads them once; without it each write reads them.
    explicit EntryService(Book &book, const Charter *charter = nullptr);

    // Checks the typed values of an entry of `def` (a form's or an import row's), normalises them and fills
    // the computed ones (due date, fee). `base` is the entry being corrected, if any.
    static QList<FieldProblem> prepare(const RegisterDef &def, QVariantMap &values, const Charter &charter,
                                       const Entry *base = nullptr);
    // A value worked out when shown (FieldDef::Source::Virtual), e.g. days a case has waited.
    static QVariant virtualValue(const RegisterDef &def, const QString &key, const Entry &entry, const QDate &today);
    // Rules that depend on the rest of the book (closed days, balances), checked inside the writing transaction.
    static Status checkWrite(Book &book, const RegisterDef &def, QVariantMap *after, const Entry *before);
    // Whether checkWrite reads other rows of the book (files, balances, meetings): an import then writes the
    // rows before an entry before checking it.
    static bool checkReadsBook(const RegisterDef &def);
    // The first problem as an error: "Field: message".
    static Error problemError(const RegisterDef &def, const QList<FieldProblem> &problems);

    // Rights: entering entries.
    Result<Entry> add(const User &by, const RegisterDef &def, QVariantMap values);
    Result<Entry> correct(const User &by, const RegisterDef &def, const Entry &base, QVariantMap values,
                          const QString &reason);
    Result<Entry> cancel(const User &by, const RegisterDef &def, const Entry &base, const QString &reason);
    // A new version after an action (rules checked again).
    Result<Entry> update(const User &by, const RegisterDef &def, const Entry &base, QVariantMap values,
                         const QString &change, const QString &reason);

private:
    // Runs `write` in one transaction with the book-wide checks of the change.
    Result<Entry> writeChecked(const RegisterDef &def, QVariantMap *after, const Entry *before,
                               const std::function<Result<Entry>()> &write);

    Result<Charter> charterNow() const;

    Book &m_book;
    const Charter *m_charter = nullptr;
};

}  // namespace gd
