#include "Masters.h"

#include "office/OfficeSettings.h"
#include "office/Roles.h"
#include "../storage/Book.h"

#include <QSet>

#include <QRegularExpression>

namespace gd {

MasterStore::MasterStore(Book &book, const RegisterDef &def) : m_book(book), m_def(def) {}

Result<QList<QVariantMap>> MasterStore::list() const
{
    QStringList cols;
    for (const FieldDef &f : m_def.fields)
        cols += u'"' + f.key + u'"';
    auto q = m_book.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY \"%3\"")
                             .arg(cols.join(u','), m_def.table, m_def.keyKey));
    if (!q)
        return q.error();
    QList<QVariantMap> out;
    while (q.value().next()) {
        QVariantMap row;
        for (int i = 0; i < m_def.fields.size(); ++i)
            row.insert(m_def.fields.at(i).key, Fields::fromStorage(m_def.fields.at(i), q.value().value(i)));
        out += row;
    }
    return out;
}

Result<std::optional<QVariantMap>> MasterStore::find(const QVariant &key) const
{
    const FieldDef *kf = m_def.field(m_def.keyKey);
    auto all = list();
    if (!all)
        return all.error();
    const QVariant stored = Fields::toStorage(*kf, key);
    for (const QVariantMap &row : all.value())
        if (Fields::toStorage(*kf, row.value(m_def.keyKey)) == stored)
            return std::optional<QVariantMap>(row);
    return std::optional<QVariantMap>();
}

QList<FieldProblem> MasterStore::check(QVariantMap &values) const
{
    QList<FieldProblem> problems;
    const QDate today = m_book.clock().today();
    for (const FieldDef &f : m_def.fields) {
        QVariant v = values.value(f.key);
        if (Fields::isEmpty(v) && !f.defaultValue.isEmpty()) {
            auto d = Fields::parse(f, f.defaultValue, today);
            if (d)
                v = d.value();
        }
        auto checked = Fields::check(f, v, today);
        if (!checked)
            problems += {f.key, checked.error().message};
        else
            values.insert(f.key, checked.value());
    }
    if (problems.isEmpty() && m_def.rules.checkRow)
        problems += m_def.rules.checkRow(*this, values);
    return problems;
}

Status MasterStore::write(const QVariantMap &values)
{
    QStringList cols;
    QStringList updates;
    QVariantList binds;
    for (const FieldDef &f : m_def.fields) {
        cols += u'"' + f.key + u'"';
        // What GramDesk works out itself is kept as it is when a row is changed (an import does not carry it).
        if (f.key != m_def.keyKey && f.source != FieldDef::Source::Computed)
            updates += QStringLiteral("\"%1\" = excluded.\"%1\"").arg(f.key);
        binds += Fields::toStorage(f, values.value(f.key));
    }
    QStringList marks(cols.size(), QStringLiteral("?"));
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (\"%4\") DO ")
                      .arg(m_def.table, cols.join(u','), marks.join(u','), m_def.keyKey);
    sql += updates.isEmpty() ? QStringLiteral("NOTHING") : QStringLiteral("UPDATE SET ") + updates.join(u',');
    if (auto r = m_book.exec(sql, binds); !r)
        return r.error();
    return {};
}

Status MasterStore::save(const User &by, QVariantMap values)
{
    if (auto s = Roles::require(by.role, Right::EditSettings); !s)
        return s;
    if (const auto problems = check(values); !problems.isEmpty()) {
        const FieldDef *f = m_def.field(problems.first().key);
        return makeError(ErrorCode::InputRejected,
                         (f ? Fields::label(*f) + QStringLiteral(": ") : QString()) + problems.first().message);
    }
    return m_book.transact([&] { return write(values); });
}

Status MasterStore::saveAll(const User &by, const QList<QVariantMap> &rows)
{
    if (auto s = Roles::require(by.role, Right::EditSettings); !s)
        return s;
    return m_book.transact([&]() -> Status {
        for (const QVariantMap &row : rows)
            if (auto s = write(row); !s)
                return s;
        return {};
    });
}

Status MasterStore::remove(const User &by, const QVariant &key)
{
    if (auto s = Roles::require(by.role, Right::EditSettings); !s)
        return s;
    if (!m_def.rowsRemovable)
        return makeError(ErrorCode::NotAllowed,
                         tr("Entries refer to this row, so it stays; set \"In use\" to no instead."));
    const FieldDef *kf = m_def.field(m_def.keyKey);
    return m_book.write(QStringLiteral("DELETE FROM %1 WHERE \"%2\" = ?").arg(m_def.table, m_def.keyKey),
                        {Fields::toStorage(*kf, key)});
}

Result<Charter> Charter::load(const Book &book)
{
    Charter c;
    auto cal = WorkingCalendar::load(book);
    if (!cal)
        return cal.error();
    c.calendar = cal.value();
    c.today = book.clock().today();
    Book &b = const_cast<Book &>(book);
    auto fees = OfficeSettings(b).vitalFees();
    if (!fees)
        return fees.error();
    c.vitalFees = fees.value();
    auto services = MasterStore(b, Registers::services()).list();
    if (!services)
        return services.error();
    for (const QVariantMap &s : services.value())
        c.services.insert(s.value(QStringLiteral("code")).toString(), s);
    const struct {
        const RegisterDef &def;
        QHash<QString, QVariantMap> &into;
    } others[] = {{Registers::complaintCategories(), c.categories},
                  {Registers::cashAccounts(), c.cashAccounts},
                  {Registers::cashHeads(), c.cashHeads},
                  {Registers::stockItems(), c.stockItems},
                  {Registers::fileSubjects(), c.fileSubjects},
                  {Registers::places(), c.places}};
    for (const auto &o : others) {
        auto rows = MasterStore(b, o.def).list();
        if (!rows)
            return rows.error();
        for (const QVariantMap &row : rows.value())
            o.into.insert(row.value(QStringLiteral("code")).toString(), row);
    }
    return c;
}

const QHash<QString, QVariantMap> &Charter::table(const QString &lookup) const
{
    if (lookup == u"services")
        return services;
    if (lookup == u"cash_accounts")
        return cashAccounts;
    if (lookup == u"cash_heads")
        return cashHeads;
    if (lookup == u"stock_items")
        return stockItems;
    if (lookup == u"file_subjects")
        return fileSubjects;
    if (lookup == u"places")
        return places;
    return categories;
}

}  // namespace gd
