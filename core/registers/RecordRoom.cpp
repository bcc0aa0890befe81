#include "RecordRoom.h"

#include "../Dates.h"
#include "../Roles.h"
#include "../Text.h"
#include "../storage/Book.h"
#include "FrontOffice.h"

namespace gd {

namespace {

QString s(const char *latin)
{
    return QString::fromLatin1(latin);
}

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
    return {v.value(s("room")).toString(), v.value(s("almirah")).toString(), v.value(s("rack")).toString(),
            v.value(s("shelf")).toString(), v.value(s("bundle")).toString()};
}

void Place::into(QVariantMap &v) const
{
    v.insert(s("room"), room);
    v.insert(s("almirah"), almirah);
    v.insert(s("rack"), rack);
    v.insert(s("shelf"), shelf);
    v.insert(s("bundle"), bundle);
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
        const QString kind = s(kLevels[level]);
        QString found;
        for (auto it = places.cbegin(); it != places.cend(); ++it)
            if (it->value(s("kind")).toString() == kind && it->value(s("name")).toString().compare(name, Qt::CaseInsensitive) == 0
                && it->value(s("parent")).toString() == parent) {
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
    const QString code = row.value(s("code")).toString();
    const int level = levelOf(row.value(s("kind")).toString());
    const QString parent = row.value(s("parent")).toString();
    if (level == 0)
        return parent.isEmpty() ? QList<FieldProblem>{}
                                : QList<FieldProblem>{{s("parent"), tr("a room is not inside another place; leave this empty")}};
    if (parent.isEmpty())
        return {{s("parent"), tr("say which place this %1 is in").arg(kindLabel(row.value(s("kind")).toString()))}};
    if (!places.contains(parent) || parent == code)
        return {{s("parent"), tr("there is no place with the code %1").arg(parent)}};
    const QString parentKind = places.value(parent).value(s("kind")).toString();
    if (levelOf(parentKind) >= level)
        return {{s("parent"), tr("a %1 cannot be inside a %2").arg(kindLabel(row.value(s("kind")).toString()), kindLabel(parentKind))}};
    const QString name = row.value(s("name")).toString();
    for (auto it = places.cbegin(); it != places.cend(); ++it)
        if (it.key() != code && it->value(s("parent")).toString() == parent
            && it->value(s("name")).toString().compare(name, Qt::CaseInsensitive) == 0)
            return {{s("name"), tr("%1 already holds a place named \"%2\"").arg(places.value(parent).value(s("name")).toString(), name)}};
    return {};
}

QList<FieldProblem> RecordRoom::checkFile(QVariantMap &values, const Charter &charter, const Entry *base)
{
    QList<FieldProblem> problems;
    const QDate opened = values.value(s("opened_on")).toDate();
    const QDate closed = values.value(s("closed_on")).toDate();
    if (closed.isValid() && closed < opened)
        problems += {s("closed_on"), tr("a file closes on or after the day it was opened (%1)").arg(Dates::display(opened))};
    const QString retention = values.value(s("retention")).toString();
    const QVariant years = values.value(s("retention_years"));
    if (retention == u"C" && Fields::isEmpty(years))
        problems += {s("retention_years"), tr("a file of category C says how many years it is kept (1 to 10)")};
    if (retention != u"C" && !Fields::isEmpty(years))
        problems += {s("retention_years"), tr("only a file of category C is kept for a number of years; leave this empty")};
    if (Fields::isEmpty(values.value(s("volume"))))
        values.insert(s("volume"), base ? base->value(s("volume")) : QVariant(1));
    const QDate destroyed = values.value(s("destroyed_on")).toDate();
    const QString order = values.value(s("destruction_order")).toString();
    const QDate review = reviewDate(retention, years.toInt(), closed);
    if (destroyed.isValid() != !order.isEmpty())
        problems += {s("destruction_order"), tr("a destruction needs both its date and the order that allows it")};
    else if (destroyed.isValid()) {
        if (retention == u"A" || retention == u"B")
            problems += {s("destroyed_on"), tr("a file of category %1 is kept for ever and is never destroyed").arg(retention)};
        else if (!closed.isValid())
            problems += {s("destroyed_on"), tr("an open file is not destroyed; close it first")};
        else if (destroyed < review)
            problems += {s("destroyed_on"), tr("this file is kept until %1; it may be destroyed from then on")
                                                .arg(Dates::display(review))};
    }
    problems += checkPlace(Place::of(values), charter.places);
    values.insert(s("status"), destroyed.isValid() ? s("destroyed") : closed.isValid() ? s("closed") : s("open"));
    values.insert(s("review_on"), review.isValid() ? QVariant(review) : QVariant());
    return problems;
}

QList<FieldProblem> RecordRoom::checkMovement(QVariantMap &values)
{
    QList<FieldProblem> problems;
    values.insert(s("file_code"), values.value(s("file_code")).toString().trimmed());
    const QDate issued = values.value(s("issued_on")).toDate();
    const QDate returned = values.value(s("returned_on")).toDate();
    const QDate due = values.value(s("due_back_on")).toDate();
    if (returned.isValid() && returned < issued)
        problems += {s("returned_on"), tr("a file comes back on or after the day it was issued (%1)").arg(Dates::display(issued))};
    if (due.isValid() && due < issued)
        problems += {s("due_back_on"), tr("the file is due back on or after the day it is issued (%1)").arg(Dates::display(issued))};
    return problems;
}

Status RecordRoom::checkWrite(const RegisterDef &def, QVariantMap *after, const Entry *before) const
{
    if (&def == &Registers::files()) {
        const bool leaving = !after || !after->value(s("destroyed_on")).toDate().isNull();
        if (before && leaving) {
            auto out = outNow(before->number);
            if (!out)
                return out.error();
            if (out.value())
                return makeError(ErrorCode::InputRejected,
                                 tr("%1 is out with %2 since %3; record its return first.")
                                     .arg(before->number, out.value()->text(s("issued_to")),
                                          Dates::display(out.value()->date(s("issued_on")))));
        }
        return {};
    }
    if (&def != &Registers::fileMovements() || !after)
        return {};
    const QString code = after->value(s("file_code")).toString();
    auto file = m_book.exec(QStringLiteral("SELECT number, opened_on, status, cancelled FROM files"
                                           " WHERE number = ? COLLATE NOCASE AND is_current = 1"),
                            {code});
    if (!file)
        return file.error();
    if (!file.value().next() || file.value().value(3).toInt() == 1)
        return makeError(ErrorCode::InputRejected, tr("File code: there is no file %1 in the file index.").arg(code));
    const QString number = file.value().value(0).toString();
    after->insert(s("file_code"), number);  // as the index writes it
    if (file.value().value(2).toString() == u"destroyed" && (!before || before->text(s("file_code")) != number))
        return makeError(ErrorCode::InputRejected, tr("%1 was destroyed; it cannot be issued.").arg(number));
    const QDate opened = QDate::fromString(file.value().value(1).toString(), Qt::ISODate);
    if (after->value(s("issued_on")).toDate() < opened)
        return makeError(ErrorCode::InputRejected,
                         tr("Issued on: %1 was opened on %2; it cannot be issued before.").arg(number, Dates::display(opened)));
    if (!after->value(s("returned_on")).toDate().isValid()) {
        auto out = outNow(number);
        if (!out)
            return out.error();
        if (out.value() && (!before || out.value()->number != before->number))
            return makeError(ErrorCode::InputRejected,
                             tr("%1 is already out with %2 since %3; record its return first.")
                                 .arg(number, out.value()->text(s("issued_to")),
                                      Dates::display(out.value()->date(s("issued_on")))));
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
    return FrontOffice(m_book).add(by, Registers::fileMovements(),
                                   {{s("file_code"), file.number}, {s("issued_on"), on}, {s("issued_to"), to},
                                    {s("purpose"), purpose}, {s("due_back_on"), dueBack.isValid() ? QVariant(dueBack) : QVariant()}});
}

Result<Entry> RecordRoom::returned(const User &by, const Entry &movement, const QDate &on)
{
    if (movement.date(s("returned_on")).isValid())
        return makeError(ErrorCode::InputRejected, tr("%1 came back on %2 already.")
                                                       .arg(movement.text(s("file_code")), Dates::display(movement.date(s("returned_on")))));
    QVariantMap v = movement.values;
    v.insert(s("returned_on"), on);
    return FrontOffice(m_book).update(by, Registers::fileMovements(), movement, v, s("update"), tr("returned"));
}

Result<Entry> RecordRoom::close(const User &by, const Entry &file, const QDate &on)
{
    if (file.date(s("closed_on")).isValid())
        return makeError(ErrorCode::InputRejected,
                         tr("%1 was closed on %2 already.").arg(file.number, Dates::display(file.date(s("closed_on")))));
    QVariantMap v = file.values;
    v.insert(s("closed_on"), on);
    return FrontOffice(m_book).update(by, Registers::files(), file, v, s("update"), tr("closed"));
}

Result<Entry> RecordRoom::move(const User &by, const Entry &file, const Place &to)
{
    if (file.text(s("status")) == u"destroyed")
        return makeError(ErrorCode::InputRejected, tr("%1 was destroyed; it has no place any more.").arg(file.number));
    if (to.isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Say where the file goes: at least the room."));
    const Place from = Place::of(file.values);
    QVariantMap v = file.values;
    to.into(v);
    return FrontOffice(m_book).update(by, Registers::files(), file, v, s("update"),
                                      tr("moved from %1 to %2").arg(from.isEmpty() ? tr("no place") : from.path(), to.path()));
}

Result<Entry> RecordRoom::newVolume(const User &by, const Entry &file)
{
    if (file.text(s("status")) != u"open")
        return makeError(ErrorCode::InputRejected, tr("%1 is closed; only an open file continues in a new volume.").arg(file.number));
    QVariantMap v = file.values;
    const int volume = file.value(s("volume")).toInt() + 1;
    v.insert(s("volume"), volume);
    return FrontOffice(m_book).update(by, Registers::files(), file, v, s("update"), tr("volume %1 opened").arg(volume));
}

Result<Entry> RecordRoom::destroy(const User &by, const Entry &file, const QDate &on, const QString &order)
{
    if (auto r = Roles::require(by.role, Right::CloseBooks); !r)
        return r.error();
    if (file.text(s("status")) == u"destroyed")
        return makeError(ErrorCode::InputRejected, tr("%1 was destroyed on %2 already.").arg(file.number, Dates::display(file.date(s("destroyed_on")))));
    if (text::normalized(order).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Give the order that allows the destruction (its number and date)."));
    QVariantMap v = file.values;
    v.insert(s("destroyed_on"), on);
    v.insert(s("destruction_order"), order);
    return FrontOffice(m_book).update(by, Registers::files(), file, v, s("update"), tr("destroyed under %1").arg(order));
}

}  // namespace gd
