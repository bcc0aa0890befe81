#include "Masters.h"
#include "QualitySystem.h"
#include "RecordRoom.h"

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
    if (problems.isEmpty() && &m_def == &Registers::places()) {
        QHash<QString, QVariantMap> places;
        if (auto rows = list(); rows)
            for (const QVariantMap &row : rows.value())
                places.insert(row.value(QStringLiteral("code")).toString(), row);
        if (!values.value(QStringLiteral("parent")).toString().isEmpty())
            values.insert(QStringLiteral("parent"), values.value(QStringLiteral("parent")).toString().toUpper());
        places.insert(m_placesSeen);
        const qsizetype before = problems.size();
        problems += RecordRoom::checkPlaceRow(values, places);
        if (problems.size() == before)
            m_placesSeen.insert(values.value(QStringLiteral("code")).toString(), values);
    }
    if (problems.isEmpty() && &m_def == &Registers::qualityObjectives())
        problems += QualitySystem::checkObjective(values);
    if (problems.isEmpty() && &m_def == &Registers::cashAccounts())
        problems += checkCashAccount(values);
    if (problems.isEmpty() && &m_def == &Registers::stockItems() && values.value(QStringLiteral("opening_qty")).toLongLong() > 0
        && !values.value(QStringLiteral("opening_date")).toDate().isValid())
        problems += {QStringLiteral("opening_date"), tr("an opening quantity needs the date it was counted")};
    if (problems.isEmpty() && &m_def == &Registers::stockItems()) {
        const bool asset = values.value(QStringLiteral("kind")).toString() == u"asset";
        const bool writtenOff = values.value(QStringLiteral("written_off_on")).toDate().isValid();
        for (const char *key : {"tag", "location", "condition", "write_off_authority"})
            if (!asset && !values.value(QString::fromLatin1(key)).toString().isEmpty())
                problems += {QString::fromLatin1(key), tr("only a fixed asset has a tag, location, condition or write-off")};
        if (!asset && writtenOff)
            problems += {QStringLiteral("written_off_on"), tr("only a fixed asset has a tag, location, condition or write-off")};
        if (writtenOff != !values.value(QStringLiteral("write_off_authority")).toString().isEmpty())
            problems += {QStringLiteral("write_off_authority"),
                         tr("a write-off needs both its date and the authority that ordered it")};
    }
    if (problems.isEmpty() && &m_def == &Registers::people())
        problems += checkPerson(values);
    if (problems.isEmpty() && &m_def == &Registers::emergencyNumbers()) {
        static const QRegularExpression dialable(QStringLiteral("^\\+?[0-9][0-9 -]{1,18}[0-9]$"));
        if (!dialable.match(values.value(QStringLiteral("number")).toString().trimmed()).hasMatch())
            problems += {QStringLiteral("number"), tr("a telephone number is digits (3 to 20), with spaces or hyphens between")};
    }
    if (problems.isEmpty() && &m_def == &Registers::stockItems()) {
        // Once moves use an item, its opening stays as it was: a mistake is corrected by a receipt or an issue.
        const QString code = values.value(QStringLiteral("code")).toString();
        auto stored = m_book.exec(QStringLiteral("SELECT coalesce(opening_qty, 0), coalesce(opening_date, '') FROM stock_items"
                                                 " WHERE code = ?"),
                                  {code});
        auto used = m_book.scalar(QStringLiteral("SELECT 1 FROM stock_moves WHERE item_code = ? LIMIT 1"), {code});
        if (stored && stored.value().next() && used && used.value().isValid()
            && (stored.value().value(0).toLongLong() != values.value(QStringLiteral("opening_qty")).toLongLong()
                || stored.value().value(1).toString()
                    != Fields::toStorage(*m_def.field(QStringLiteral("opening_date")), values.value(QStringLiteral("opening_date"))).toString()))
            problems += {QStringLiteral("opening_qty"),
                         tr("receipts and issues already use %1, so its opening stays as it is; correct a mistake with a "
                            "receipt or an issue").arg(code)};
    }
    return problems;
}

// Whom a person reports to is someone on the list, never the person, and never someone who reports to the person
// (the organisation chart is a tree).
QList<FieldProblem> MasterStore::checkPerson(QVariantMap &values) const
{
    const QString code = values.value(QStringLiteral("code")).toString().toUpper();
    const QString boss = values.value(QStringLiteral("reports_to")).toString().trimmed().toUpper();
    values.insert(QStringLiteral("reports_to"), boss);
    if (boss.isEmpty())
        return {};
    auto rows = m_book.exec(QStringLiteral("SELECT code, reports_to FROM people"));
    if (!rows)
        return {{QStringLiteral("reports_to"), rows.error().message}};
    QHash<QString, QString> above;
    while (rows.value().next())
        above.insert(rows.value().value(0).toString().toUpper(), rows.value().value(1).toString().toUpper());
    if (boss == code)
        return {{QStringLiteral("reports_to"), tr("a person does not report to themselves")}};
    if (!above.contains(boss))
        return {{QStringLiteral("reports_to"), tr("there is no one with the code %1 on the list").arg(boss)}};
    QSet<QString> seen;
    for (QString up = boss; !up.isEmpty() && !seen.contains(up); up = above.value(up)) {
        if (up == code)
            return {{QStringLiteral("reports_to"), tr("%1 already reports to %2, directly or through others").arg(boss, code)}};
        seen.insert(up);
    }
    return {};
}

QList<FieldProblem> MasterStore::checkCashAccount(const QVariantMap &values) const
{
    QList<FieldProblem> problems;
    const QString code = values.value(QStringLiteral("code")).toString();
    if (values.value(QStringLiteral("kind")).toString() == u"cash") {
        auto other = m_book.scalar(QStringLiteral("SELECT code FROM cash_accounts WHERE kind = 'cash' AND code <> ?"), {code});
        if (other && other.value().isValid())
            problems += {QStringLiteral("kind"), tr("the cash book has one cash in hand, %1; this account is a bank account")
                                                     .arg(other.value().toString())};
    }
    // Once vouchers use an account, its opening stays as it was: a mistake is corrected by a voucher.
    auto stored = m_book.exec(QStringLiteral("SELECT opening_balance, opening_date, kind FROM cash_accounts WHERE code = ?"), {code});
    auto used = m_book.scalar(QStringLiteral("SELECT 1 FROM cash_entries WHERE account = ? OR to_account = ? LIMIT 1"), {code, code});
    if (stored && stored.value().next() && used && used.value().isValid()) {
        if (stored.value().value(0).toLongLong() != values.value(QStringLiteral("opening_balance")).toLongLong()
            || stored.value().value(1).toString() != Fields::toStorage(*m_def.field(QStringLiteral("opening_date")),
                                                                      values.value(QStringLiteral("opening_date"))).toString()
            || stored.value().value(2).toString() != values.value(QStringLiteral("kind")).toString())
            problems += {QStringLiteral("opening_balance"),
                         tr("vouchers already use %1, so its kind and opening stay as they are; correct a mistake with a "
                            "voucher").arg(code)};
    }
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
