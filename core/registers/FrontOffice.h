#pragma once
// The front office's rules: visitors, service applications and complaints, and what may happen to them.

#include "EntryStore.h"
#include "Masters.h"

#include <functional>

namespace gd {

class FrontOffice {
    Q_DECLARE_TR_FUNCTIONS(gd::FrontOffice)
public:
    explicit FrontOffice(Book &book);

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

    Result<Entry> add(const User &by, const RegisterDef &def, QVariantMap values);
    Result<Entry> correct(const User &by, const RegisterDef &def, const Entry &base, QVariantMap values,
                          const QString &reason);
    Result<Entry> cancel(const User &by, const RegisterDef &def, const Entry &base, const QString &reason);

    // The visitor leaves: time out, the two ratings (1–5, or empty if the visitor would not say) and a suggestion.
    Result<Entry> visitorLeaves(const User &by, const Entry &visitor, const QTime &timeOut, const QVariant &timeRating,
                                const QVariant &behaviourRating, const QString &suggestion,
                                const QString &outcome = {});
    // Records the application or complaint a visit produced.
    Result<Entry> linkVisitor(const User &by, const Entry &visitor, const QString &reference);
    // Delivered or rejected on `date`.
    Result<Entry> closeApplication(const User &by, const Entry &application, const QString &status, const QDate &date,
                                   const QString &remarks);

    struct ComplaintAction {
        QString status;        // in_progress, interim_reply, disposed, rejected, transferred
        QDate date;            // disposal date for the last three
        QString actionTaken;
        QString interimReply;
        QDate replySentOn;
        QString satisfied;     // yes, no or empty
        QString markedTo;
    };
    Result<Entry> actOnComplaint(const User &by, const Entry &complaint, const ComplaintAction &action);
    Result<Entry> reopenComplaint(const User &by, const Entry &complaint, const QString &reason);
    Result<Entry> escalateComplaint(const User &by, const Entry &complaint, const QString &to, const QDate &on);

    // Applications pending on `day` whose due date is `day` (dueToday) or before it (overdue).
    static bool isOverdue(const Entry &entry, const QDate &today);

    // A new version after an action (rules checked again; rights: entering entries).
    Result<Entry> update(const User &by, const RegisterDef &def, const Entry &base, QVariantMap values,
                         const QString &change, const QString &reason);

private:
    // Runs `write` in one transaction with the book-wide checks of the change.
    Result<Entry> writeChecked(const RegisterDef &def, QVariantMap *after, const Entry *before,
                               const std::function<Result<Entry>()> &write);

    Book &m_book;
};

}  // namespace gd
