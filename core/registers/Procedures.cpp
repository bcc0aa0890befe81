#include "Procedures.h"

#include "EntryService.h"
#include "Readiness.h"
#include "base/Text.h"
#include "office/Roles.h"
#include "../storage/Book.h"

using namespace Qt::StringLiterals;

namespace gd {

using K = ProcedureKeys;

Procedures::Procedures(Book &book) : m_book(book) {}

Result<Entry> Procedures::newVersion(const User &by, const Entry &current, QVariantMap values, const QString &fileName,
                                     const QString &mime, const QByteArray &data)
{
    if (current.text(K::status) != u"current")
        return makeError(ErrorCode::InputRejected, tr("%1 version %2 is already withdrawn; start from the version in force.")
                                                       .arg(current.text(K::code), current.text(K::version)));
    values.insert(K::code, current.text(K::code));
    values.insert(K::status, u"current"_s);
    values.remove(K::withdrawnOn);
    values.remove(Registers::procedures().numberKey);
    const QDate approved = values.value(K::approvedOn).toDate();
    if (approved.isValid() && approved < current.date(K::approvedOn))
        return makeError(ErrorCode::InputRejected, tr("The new version is approved before the one in force (%1).")
                                                       .arg(current.date(K::approvedOn).toString(u"dd-MM-yyyy"_s)));
    Entry written;
    const Status s = m_book.transact([&]() -> Status {
        // The old version first, so that one version is in force at a time.
        QVariantMap old = current.values;
        old.insert(K::status, u"withdrawn"_s);
        old.insert(K::withdrawnOn, approved.isValid() ? QVariant(approved) : QVariant());
        auto withdrawn = EntryService(m_book).update(by, Registers::procedures(), current, old, u"update"_s,
                                                     tr("Replaced by version %1").arg(values.value(K::version).toString()));
        if (!withdrawn)
            return withdrawn.error();
        auto added = EntryService(m_book).add(by, Registers::procedures(), values);
        if (!added)
            return added.error();
        written = added.value();
        old = withdrawn.value().values;
        old.insert(K::supersededBy, written.number);
        auto pointed = EntryService(m_book).update(by, Registers::procedures(), withdrawn.value(), old, u"update"_s,
                                                   tr("Replaced by %1").arg(written.number));
        if (!pointed)
            return pointed.error();
        if (!data.isEmpty())
            if (auto f = attach(by, written.number, fileName, mime, data); !f)
                return f.error();
        return {};
    });
    if (!s)
        return s.error();
    return written;
}

Result<qint64> Procedures::attach(const User &by, const QString &procedureNo, const QString &fileName, const QString &mime,
                                  const QByteArray &data)
{
    if (auto r = Roles::require(by.role, Right::EnterEntries); !r)
        return r.error();
    if (auto ok = Readiness::checkKeptFile(fileName, data); !ok)
        return ok.error();
    qint64 id = 0;
    const Status s = m_book.transact([&]() -> Status {
        auto entry = EntryStore(m_book, Registers::procedures()).current(procedureNo);
        if (!entry)
            return entry.error();
        auto q = m_book.exec(u"INSERT INTO procedure_files (procedure_no, added_at, added_by, file_name, mime, bytes, data)"
                             " VALUES (?,?,?,?,?,?,?) RETURNING id"_s,
                             {entry.value().number, m_book.clock().now().toString(Qt::ISODate), by.userName,
                              text::normalized(fileName), mime, qint64(data.size()), data});
        if (!q)
            return q.error();
        q.value().next();
        id = q.value().value(0).toLongLong();
        return {};
    });
    if (!s)
        return s.error();
    return id;
}

Result<QList<ProcedureFile>> Procedures::files(const QString &procedureNo) const
{
    auto q = m_book.exec(u"SELECT id, procedure_no, file_name, mime, bytes, added_at, added_by FROM procedure_files"
                         " WHERE procedure_no = ? ORDER BY id"_s,
                         {procedureNo});
    if (!q)
        return q.error();
    QList<ProcedureFile> out;
    while (q.value().next())
        out += ProcedureFile{q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
                             q.value().value(3).toString(), q.value().value(4).toLongLong(), q.value().value(5).toString(),
                             q.value().value(6).toString()};
    return out;
}

Result<QByteArray> Procedures::fileData(qint64 id) const
{
    auto v = m_book.scalar(u"SELECT data FROM procedure_files WHERE id = ?"_s, {id});
    if (!v)
        return v.error();
    return v.value().toByteArray();
}

Result<QList<Entry>> Procedures::masterList() const
{
    return EntryStore(m_book, Registers::procedures())
        .currentWhere(u"cancelled = 0"_s, {}, u"status = 'withdrawn', doc_code, approved_on, id"_s);
}

Result<QHash<QString, QStringList>> Procedures::fileNames() const
{
    auto q = m_book.exec(u"SELECT procedure_no, file_name FROM procedure_files ORDER BY id"_s);
    if (!q)
        return q.error();
    QHash<QString, QStringList> out;
    while (q.value().next())
        out[q.value().value(0).toString()] += q.value().value(1).toString();
    return out;
}

}  // namespace gd
