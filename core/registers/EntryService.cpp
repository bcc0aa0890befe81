#include "EntryService.h"

#include "base/Dates.h"
#include "base/Text.h"
#include "office/Roles.h"
#include "../storage/Book.h"

using namespace Qt::StringLiterals;

namespace gd {

EntryService::EntryService(Book &book, const Charter *charter) : m_book(book), m_charter(charter) {}

Result<Charter> EntryService::charterNow() const
{
    if (m_charter)
        return *m_charter;
    return Charter::load(m_book);
}

QList<FieldProblem> EntryService::prepare(const RegisterDef &def, QVariantMap &values, const Charter &charter,
                                         const Entry *base)
{
    QList<FieldProblem> problems;
    for (const FieldDef &f : def.fields) {
        if (f.source == FieldDef::Source::Computed || f.kind == FieldKind::EntryNumber)
            continue;
        QVariant v = values.value(f.key);
        if (Fields::isEmpty(v) && !f.defaultValue.isEmpty()) {
            if (auto d = Fields::parse(f, f.defaultValue, charter.today))
                v = d.value();
        }
        auto checked = Fields::check(f, v, charter.today);
        if (!checked) {
            problems += {f.key, checked.error().message};
            continue;
        }
        QVariant value = checked.value();
        if (f.kind == FieldKind::Reference && !Fields::isEmpty(value)) {
            const auto &table = charter.table(f.lookup);
            const QString code = value.toString().toUpper();
            if (!table.contains(code)) {
                const RegisterDef *master = Registers::byTable(f.lookup);
                problems += {f.key, QCoreApplication::translate("gd::Fields", master->unknownCode).arg(code)};
                continue;
            }
            value = code;
        }
        values.insert(f.key, value);
    }
    if (!problems.isEmpty())
        return problems;

    if (def.rules.check)
        problems += def.rules.check(def, values, charter, base);
    return problems;
}

QVariant EntryService::virtualValue(const RegisterDef &def, const QString &key, const Entry &entry, const QDate &today)
{
    return def.rules.virtualValue ? def.rules.virtualValue(key, entry, today) : QVariant();
}

Error EntryService::problemError(const RegisterDef &def, const QList<FieldProblem> &problems)
{
    const FieldProblem &p = problems.first();
    const FieldDef *f = def.field(p.key);
    return makeError(ErrorCode::InputRejected, (f ? Fields::label(*f) + QStringLiteral(": ") : QString()) + p.message);
}

Result<Entry> EntryService::add(const User &by, const RegisterDef &def, QVariantMap values)
{
    if (auto r = Roles::require(by.role, Right::EnterEntries); !r)
        return r.error();
    auto charter = charterNow();
    if (!charter)
        return charter.error();
    if (const auto problems = prepare(def, values, charter.value()); !problems.isEmpty())
        return problemError(def, problems);
    return writeChecked(def, &values, nullptr,
                        [&] { return EntryStore(m_book, def).insert(values, values.value(def.numberKey).toString()); });
}

Result<Entry> EntryService::writeChecked(const RegisterDef &def, QVariantMap *after, const Entry *before,
                                        const std::function<Result<Entry>()> &write)
{
    Entry written;
    const Status s = m_book.transact([&]() -> Status {
        if (auto ok = checkWrite(m_book, def, after, before); !ok)
            return ok;
        auto e = write();
        if (!e)
            return e.error();
        written = e.value();
        return {};
    });
    if (!s)
        return s.error();
    return written;
}

Status EntryService::checkWrite(Book &book, const RegisterDef &def, QVariantMap *after, const Entry *before)
{
    return def.rules.checkWrite ? def.rules.checkWrite(book, after, before) : Status();
}

bool EntryService::checkReadsBook(const RegisterDef &def)
{
    return def.rules.checkWrite != nullptr;
}

Result<Entry> EntryService::update(const User &by, const RegisterDef &def, const Entry &base, QVariantMap values,
                                  const QString &change, const QString &reason)
{
    if (auto r = Roles::require(by.role, Right::EnterEntries); !r)
        return r.error();
    auto charter = charterNow();
    if (!charter)
        return charter.error();
    if (const auto problems = prepare(def, values, charter.value(), &base); !problems.isEmpty())
        return problemError(def, problems);
    return writeChecked(def, &values, &base, [&] { return EntryStore(m_book, def).revise(base, values, change, reason); });
}

Result<Entry> EntryService::correct(const User &by, const RegisterDef &def, const Entry &base, QVariantMap values,
                                   const QString &reason)
{
    if (text::normalized(reason).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Write why the entry is corrected; the old version stays visible."));
    if (def.rules.refuseCorrection)
        if (const QString refused = def.rules.refuseCorrection(def, values, base); !refused.isEmpty())
            return makeError(ErrorCode::InputRejected, refused);
    return update(by, def, base, std::move(values), QStringLiteral("correction"), reason);
}

Result<Entry> EntryService::cancel(const User &by, const RegisterDef &def, const Entry &base, const QString &reason)
{
    if (auto r = Roles::require(by.role, Right::EnterEntries); !r)
        return r.error();
    return writeChecked(def, nullptr, &base, [&] { return EntryStore(m_book, def).cancel(base, reason); });
}

}  // namespace gd
