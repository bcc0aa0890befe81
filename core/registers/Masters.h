#pragma once
// The masters behind the registers: citizen charter services, complaint categories and holidays.

#include "base/Money.h"
#include "office/Users.h"
#include "Calendar.h"
#include "Registers.h"

#include <QHash>
#include <QVariantMap>
#include <optional>

namespace gd {

class Book;

class MasterStore {
    Q_DECLARE_TR_FUNCTIONS(gd::MasterStore)
public:
    MasterStore(Book &book, const RegisterDef &def);

    Result<QList<QVariantMap>> list() const;  // by key
    Result<std::optional<QVariantMap>> find(const QVariant &key) const;

    // Checks a row as typed or imported; normalises its values in place.
    QList<FieldProblem> check(QVariantMap &values) const;
    // Adds a row, or changes the row with the same key; needs the right to edit settings.
    Status save(const User &by, QVariantMap values);
    // Several rows in one transaction (import): all or nothing.
    Status saveAll(const User &by, const QList<QVariantMap> &rows);
    // Only a master whose definition says so (holidays) may lose rows; services and categories are switched off
    // instead (entries refer to them).
    Status remove(const User &by, const QVariant &key);

    // For a master's rules (RegisterRules::checkRow): the book, and the rows this store has accepted so far by
    // key (an import's earlier rows), so that a tree of places imports in one file.
    Book &book() const { return m_book; }
    const RegisterDef &def() const { return m_def; }
    QHash<QString, QVariantMap> &rowsSeen() const { return m_seen; }

private:
    Status write(const QVariantMap &values);
    mutable QHash<QString, QVariantMap> m_seen;

    Book &m_book;
    const RegisterDef &m_def;
};

// What the front-office rules look up: the charter, the categories, the calendar and today.
struct Charter {
    QHash<QString, QVariantMap> services;
    QHash<QString, QVariantMap> categories;
    WorkingCalendar calendar{{}, {}};
    QList<Paise> vitalFees;  // on time, late, permission, order
    QHash<QString, QVariantMap> cashAccounts;
    QHash<QString, QVariantMap> cashHeads;
    QHash<QString, QVariantMap> stockItems;
    QHash<QString, QVariantMap> fileSubjects;
    QHash<QString, QVariantMap> places;
    // The rows a Reference field looks up ("services", "complaint_categories", "cash_accounts", "cash_heads").
    const QHash<QString, QVariantMap> &table(const QString &lookup) const;
    QDate today;
    static Result<Charter> load(const Book &book);
};

}  // namespace gd
