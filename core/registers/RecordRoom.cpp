#include "RecordRoom.h"

#include "base/Dates.h"
#include "office/Roles.h"
#include "base/Text.h"
#include "../storage/Book.h"
#include "EntryService.h"

using namespace Qt::StringLiterals;

namespace gd {

namespace {

const char *const kLevels[] = {"room", "almirah", "rack", "shelf", "bundle"};

int levelOf(const QString &kind)
{
    for (int i = 0; i < 5; ++i)
        if (kind == QLatin1String(kLevels[i]))
            return i;
    return -1;
}

QString kindLabel(const QString &kind)
{
    return Fields::choiceLabel(*Registers::places().field(u"kind"), kind);
}

}  // namespace

QString Place::path() const
{
    QStringList parts;
    for (const QString &p : {room, almirah, rack, shelf, bundle})
        if (!p.isEmpty())
            parts += p;
    return parts.join(QStringLiteral(" › "));
}

Place Place::of(const QVariantMap &v)
{
    return {v.value(u"room"_s).toString(), v.value(u"almirah"_s).toString(), v.value(u"rack"_s).toString(),
            v.value(u"shelf"_s).toString(), v.value(u"bundle"_s).toString()};
}

void Place::into(QVariantMap &v) const
{
    v.insert(u"room"_s, room);
    v.insert(u"almirah"_s, almirah);
    v.insert(u"rack"_s, rack);
    v.insert(u"shelf"_s, shelf);
    v.insert(u"bundle"_s, bundle);
}

RecordRoom::RecordRoom(Book &book) : m_book(book) {}

QDate RecordRoom::reviewDate(const QString &retention, int years, const QDate &closedOn)
{
    if (!closedOn.isValid())
        return {};
    if (retention == u"C")
        return closedOn.addYears(years);
    if (retention == u"E")
        return closedOn.addYears(1);
    return {};
}

QList<FieldProblem> RecordRoom::checkPlace(const Place &place, const QHash<QString, QVariantMap> &places)
{
    // An office that has not described its record room yet keeps places as typed.
    if (places.isEmpty() || place.isEmpty())
        return {};
    const QString names[] = {place.room, place.almirah, place.rack, place.shelf, place.bundle};
    QString parent;  // the code of the last place found
    QString parentName;
    for (int level = 0; level < 5; ++level) {
        const QString &name = names[level];
        if (name.isEmpty())
            continue;
        const QString kind = QString::fromLatin1(kLevels[level]);
        QString found;
        for (auto it = places.cbegin(); it != places.cend(); ++it)
            if (it->value(u"kind"_s).toString() == kind && it->value(u"name"_s).toString().compare(name, Qt::CaseInsensitive) == 0
                && it->value(u"parent"_s).toString() == parent) {
                found = it.key();
                break;
            }
        if (found.isEmpty()) {
            const QString message = parent.isEmpty()
                ? tr("there is no %1 \"%2\" at the top of the record room; describe it under Places first, or pick one "
                     "that is there")
                      .arg(kindLabel(kind), name)
                : tr("there is no %1 \"%2\" inside \"%3\"; describe it under Places first, or pick one that is there")
                      .arg(kindLabel(kind), name, parentName);
            return {{kind, message}};
        }
        parent = found;
        parentName = name;
    }
    return {};
}

QList<FieldProblem> RecordRoom::checkPlaceRow(const QVariantMap &row, const QHash<QString, QVariantMap> &places)
{
    const QString code = row.value(u"code"_s).toString();
    const int level = levelOf(row.value(u"kind"_s).toString());
    const QString parent = row.value(u"parent"_s).toString();
    if (level == 0)
        return parent.isEmpty() ? QList<FieldProblem>{}
                                : QList<FieldProblem>{{u"parent"_s, tr("a room is not inside another place; leave this empty")}};
    if (parent.isEmpty())
        return {{u"parent"_s, tr("say which place this %1 is in").arg(kindLabel(row.value(u"kind"_s).toString()))}};
    if (!places.contains(parent) || parent == code)
        return {{u"parent"_s, tr("there is no place with the code %1").arg(parent)}};
    const QString parentKind = places.value(parent).value(u"kind"_s).toString();
    if (levelOf(parentKind) >= level)
        return {{u"parent"_s, tr("a %1 cannot be inside a %2").arg(kindLabel(row.value(u"kind"_s).toString()), kindLabel(parentKind))}};
    const QString name = row.value(u"name"_s).toString();
    for (auto it = places.cbegin(); it != places.cend(); ++it)
        if (it.key() != code && it->value(u"parent"_s).toString() == parent
            && it->value(u"name"_s).toString().compare(name, Qt::CaseInsensitive) == 0)
            return {{u"name"_s, tr("%1 already holds a place named \"%2\"").arg(places.value(parent).value(u"name"_s).toString(), name)}};
    return {};
}

QList<FieldProblem> RecordRoom::checkFile(QVariantMap &values, const Charter &charter, const Entry *base)
{
    QList<FieldProblem> problems;
    const QDate opened = values.value(u"opened_on"_s).toDate();
    const QDate closed = values.value(u"closed_on"_s).toDate();
    if (closed.isValid() && closed < opened)
        problems += {u"closed_on"_s, tr("a file closes on or after the day it was opened (%1)").arg(Dates::display(opened))};
    const QString retention = values.value(u"retention"_s).toString();
    const QVariant years = values.value(u"retention_years"_s);
    if (retention == u"C" && Fields::isEmpty(years))
        problems += {u"retention_years"_s, tr("a file of category C says how many years it is kept (1 to 10)")};
    if (retention != u"C" && !Fields::isEmpty(years))
        problems += {u"retention_years"_s, tr("only a file of category C is kept for a number of years; leave this empty")};
    if (Fields::isEmpty(values.value(u"volume"_s)))
        values.insert(u"volume"_s, base ? base->value(u"volume"_s) : QVariant(1));
    const QDate destroyed = values.value(u"destroyed_on"_s).toDate();
    const QString order = values.value(u"destruction_order"_s).toString();
    const QDate review = reviewDate(retention, years.toInt(), closed);
    if (destroyed.isValid() != !order.isEmpty())
        problems += {u"destruction_order"_s, tr("a destruction needs both its date and the order that allows it")};
    else if (destroyed.isValid()) {
        if (retention == u"A" || retention == u"B")
            problems += {u"destroyed_on"_s, tr("a file of category %1 is kept for ever and is never destroyed").arg(retention)};
        else if (!closed.isValid())
            problems += {u"destroyed_on"_s, tr("an open file is not destroyed; close it first")};
        else if (destroyed < review)
            problems += {u"destroyed_on"_s, tr("this file is kept until %1; it may be destroyed from then on")
                                                .arg(Dates::display(review))};
    }
    problems += checkPlace(Place::of(values), charter.places);
    values.insert(u"status"_s, destroyed.isValid() ? u"destroyed"_s : closed.isValid() ? u"closed"_s : u"open"_s);
    values.insert(u"review_on"_s, review.isValid() ? QVariant(review) : QVariant());
    return problems;
}

QList<FieldProblem> RecordRoom::checkMovement(QVariantMap &values)
{
    QList<FieldProblem> problems;
    values.insert(u"file_code"_s, values.value(u"file_code"_s).toString().trimmed());
    const QDate issued = values.value(u"issued_on"_s).toDate();
    const QDate returned = values.value(u"returned_on"_s).toDate();
    const QDate due = values.value(u"due_back_on"_s).toDate();
    if (returned.isValid() && returned < issued)
        problems += {u"returned_on"_s, tr("a file comes back on or after the day it was issued (%1)").arg(Dates::display(issued))};
    if (due.isValid() && due < issued)
        problems += {u"due_back_on"_s, tr("the file is due back on or after the day it is issued (%1)").arg(Dates::display(issued))};
    return problems;
}

Status RecordRoom::checkFileWrite(const QVariantMap *after, const Entry *before) const
{
    const bool leaving = !after || !after->value(u"destroyed_on"_s).toDate().isNull();
    if (before && leaving) {
        auto out = outNow(before->number);
        if (!out)
            return out.error();
        if (out.value())
            return makeError(ErrorCode::InputRejected,
                             tr("%1 is out with %2 since %3; record its return first.")
                                 .arg(before->number, out.value()->text(u"issued_to"_s),
                                      Dates::display(out.value()->date(u"issued_on"_s))));
    }
    return {};
}

Status RecordRoom::checkMovementWrite(QVariantMap *after, const Entry *before) const
{
    if (!after)
        return {};
    const QString code = after->value(u"file_code"_s).toString();
    auto file = m_book.exec(QStringLiteral("SELECT number, opened_on, status, cancelled FROM files"
                                           " WHERE number = ? COLLATE NOCASE AND is_current = 1"),
                            {code});
    if (!file)
        return file.error();
    if (!file.value().next() || file.value().value(3).toInt() == 1)
        return makeError(ErrorCode::InputRejected, tr("File code: there is no file %1 in the file index.").arg(code));
    const QString number = file.value().value(0).toString();
    after->insert(u"file_code"_s, number);  // as the index writes it
    if (file.value().value(2).toString() == u"destroyed" && (!before || before->text(u"file_code"_s) != number))
        return makeError(ErrorCode::InputRejected, tr("%1 was destroyed; it cannot be issued.").arg(number));
    const QDate opened = QDate::fromString(file.value().value(1).toString(), Qt::ISODate);
    if (after->value(u"issued_on"_s).toDate() < opened)
        return makeError(ErrorCode::InputRejected,
                         tr("Issued on: %1 was opened on %2; it cannot be issued before.").arg(number, Dates::display(opened)));
    if (!after->value(u"returned_on"_s).toDate().isValid()) {
        auto out = outNow(number);
        if (!out)
            return out.error();
        if (out.value() && (!before || out.value()->number != before->number))
            return makeError(ErrorCode::InputRejected,
                             tr("%1 is already out with %2 since %3; record its return first.")
                                 .arg(number, out.value()->text(u"issued_to"_s),
                                      Dates::display(out.value()->date(u"issued_on"_s))));
    }
    return {};
}

Result<std::optional<Entry>> RecordRoom::outNow(const QString &fileCode) const
{
    auto out = EntryStore(m_book, Registers::fileMovements())
                   .currentWhere(QStringLiteral("file_code = ? AND cancelled = 0 AND returned_on IS NULL"), {fileCode});
    if (!out)
        return out.error();
    return out.value().isEmpty() ? std::optional<Entry>() : std::optional<Entry>(out.value().first());
}

Result<QHash<QString, Entry>> RecordRoom::outInAlmirah(const QString &room, const QString &almirah) const
{
    auto out = EntryStore(m_book, Registers::fileMovements())
                   .currentWhere(QStringLiteral("cancelled = 0 AND returned_on IS NULL AND file_code IN"
                                                " (SELECT number FROM files WHERE is_current = 1 AND room = ? AND almirah = ?)"),
                                 {room, almirah});
    if (!out)
        return out.error();
    QHash<QString, Entry> byFile;
    for (const Entry &m : out.value())
        byFile.insert(m.text(QStringLiteral("file_code")), m);
    return byFile;
}

Result<QList<Entry>> RecordRoom::movements(const QString &fileCode) const
{
    return EntryStore(m_book, Registers::fileMovements())
        .currentWhere(QStringLiteral("file_code = ?"), {fileCode}, QStringLiteral("issued_on, id"));
}

Result<QList<Entry>> RecordRoom::shelfList(const QString &room, const QString &almirah) const
{
    return EntryStore(m_book, Registers::files())
        .currentWhere(QStringLiteral("cancelled = 0 AND status <> 'destroyed' AND room = ? AND almirah = ?"), {room, almirah},
                      QStringLiteral("rack COLLATE gd_text, shelf COLLATE gd_text, bundle COLLATE gd_text, number"));
}

Result<QList<Entry>> RecordRoom::filesWithStatus(const QString &status) const
{
    EntryStore store(m_book, Registers::files());
    EntryFilter filter;
    filter.status = status;
    auto total = store.count(filter);
    if (!total)
        return total.error();
    return store.page(filter, {}, 0, int(total.value()), total.value());
}

Result<Entry> RecordRoom::issue(const User &by, const Entry &file, const QString &to, const QString &purpose, const QDate &on,
                                const QDate &dueBack)
{
    return EntryService(m_book).add(by, Registers::fileMovements(),
                                   {{u"file_code"_s, file.number}, {u"issued_on"_s, on}, {u"issued_to"_s, to},
                                    {u"purpose"_s, purpose}, {u"due_back_on"_s, dueBack.isValid() ? QVariant(dueBack) : QVariant()}});
}

Result<Entry> RecordRoom::returned(const User &by, const Entry &movement, const QDate &on)
{
    if (movement.date(u"returned_on"_s).isValid())
        return makeError(ErrorCode::InputRejected, tr("%1 came back on %2 already.")
                                                       .arg(movement.text(u"file_code"_s), Dates::display(movement.date(u"returned_on"_s))));
    QVariantMap v = movement.values;
    v.insert(u"returned_on"_s, on);
    return EntryService(m_book).update(by, Registers::fileMovements(), movement, v, u"update"_s, tr("returned"));
}

Result<Entry> RecordRoom::close(const User &by, const Entry &file, const QDate &on)
{
    if (file.date(u"closed_on"_s).isValid())
        return makeError(ErrorCode::InputRejected,
                         tr("%1 was closed on %2 already.").arg(file.number, Dates::display(file.date(u"closed_on"_s))));
    QVariantMap v = file.values;
    v.insert(u"closed_on"_s, on);
    return EntryService(m_book).update(by, Registers::files(), file, v, u"update"_s, tr("closed"));
}

Result<Entry> RecordRoom::move(const User &by, const Entry &file, const Place &to)
{
    if (file.text(u"status"_s) == u"destroyed")
        return makeError(ErrorCode::InputRejected, tr("%1 was destroyed; it has no place any more.").arg(file.number));
    if (to.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Say where the file goes: at least the room."));
    const Place from = Place::of(file.values);
    QVariantMap v = file.values;
    to.into(v);
    return EntryService(m_book).update(by, Registers::files(), file, v, u"update"_s,
                                      tr("moved from %1 to %2").arg(from.isEmpty() ? tr("no place") : from.path(), to.path()));
}

Result<Entry> RecordRoom::newVolume(const User &by, const Entry &file)
{
    if (file.text(u"status"_s) != u"open")
        return makeError(ErrorCode::InputRejected, tr("%1 is closed; only an open file continues in a new volume.").arg(file.number));
    QVariantMap v = file.values;
    const int volume = file.value(u"volume"_s).toInt() + 1;
    v.insert(u"volume"_s, volume);
    return EntryService(m_book).update(by, Registers::files(), file, v, u"update"_s, tr("volume %1 opened").arg(volume));
}

Result<Entry> RecordRoom::destroy(const User &by, const Entry &file, const QDate &on, const QString &order)
{
    if (auto r = Roles::require(by.role, Right::CloseBooks); !r)
        return r.error();
    if (file.text(u"status"_s) == u"destroyed")
        return makeError(ErrorCode::InputRejected, tr("%1 was destroyed on %2 already.").arg(file.number, Dates::display(file.date(u"destroyed_on"_s))));
    if (text::normalized(order).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Give the order that allows the destruction (its number and date)."));
    QVariantMap v = file.values;
    v.insert(u"destroyed_on"_s, on);
    v.insert(u"destruction_order"_s, order);
    return EntryService(m_book).update(by, Registers::files(), file, v, u"update"_s, tr("destroyed under %1").arg(order));
}

QList<FieldProblem> RecordRoom::checkPlaceMaster(const MasterStore &store, QVariantMap &values)
{
    QHash<QString, QVariantMap> places;
    if (auto rows = store.list(); rows)
        for (const QVariantMap &row : rows.value())
            places.insert(row.value(u"code"_s).toString(), row);
    if (!values.value(u"parent"_s).toString().isEmpty())
        values.insert(u"parent"_s, values.value(u"parent"_s).toString().toUpper());
    places.insert(store.rowsSeen());
    const QList<FieldProblem> problems = checkPlaceRow(values, places);
    if (problems.isEmpty())
        store.rowsSeen().insert(values.value(u"code"_s).toString(), values);
    return problems;
}

}  // namespace gd
