#include "Seals.h"

#include "Book.h"
#include "DiskSync.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>
#include <algorithm>
#include <cstring>

namespace gd {

namespace {

constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";  // Crockford's: no I, L, O or U
constexpr int kCodeLength = 12;
const QString kRestored = QStringLiteral("restored");

// A line of a seal list: a seal, or a restore that set aside the seals of entries after `entry`.
struct Line {
    bool restore = false;
    Seal seal;
};

QList<Line> readList(const QString &path)
{
    QList<Line> lines;
    QFile file(path);
    if (path.isEmpty() || !file.open(QIODevice::ReadOnly))
        return lines;
    while (!file.atEnd()) {
        const QString text = QString::fromUtf8(file.readLine()).trimmed();
        if (text.isEmpty() || text.startsWith(u'#'))
            continue;
        const QStringList fields = text.split(u'\t');
        if (fields.size() < 3)
            continue;
        Line line;
        line.seal.madeAt = fields.at(0);
        line.restore = fields.at(1) == kRestored;
        bool ok = false;
        line.seal.entry = fields.at(line.restore ? 2 : 1).toLongLong(&ok);
        if (!ok || line.seal.entry < 0)
            continue;
        if (!line.restore) {
            auto parsed = Seals::parse(fields.at(1) + u':' + fields.at(2));
            if (!parsed)
                continue;
            line.seal.code = parsed.value().code;
        }
        line.seal.madeFor = fields.value(3);
        lines.append(line);
    }
    return lines;
}

// The seals of a list that no later restore set aside.
QList<Seal> standing(const QList<Line> &lines)
{
    QList<Seal> seals;
    for (const Line &line : lines) {
        if (line.restore)
            seals.removeIf([&](const Seal &s) { return s.entry > line.seal.entry; });
        else
            seals.append(line.seal);
    }
    return seals;
}

QString lineOf(const Seal &seal)
{
    const QString what = QString(seal.madeFor).replace(u'\t', u' ').replace(u'\n', u' ');
    return QStringList{seal.madeAt, QString::number(seal.entry), seal.text().section(u':', 1), what}.join(u'\t') + u'\n';
}

QString headerOf(const QString &bookPath)
{
    return QStringLiteral("# ") +
        Seals::tr("GramDesk: the seals of the book %1. Each line is a seal: when it was made, the audit log's entry "
                  "number, the code of the chain at that entry, and what it was printed on. Keep this file: "
                  "\"gramdesk-cli verify\" checks the book against every seal in it.")
            .arg(QDir::toNativeSeparators(QFileInfo(bookPath).absoluteFilePath())) +
        u'\n';
}

// Adds a line at the end of a list, made readable by its owner only; the line is on the disk when this returns.
// A list that cannot be written (read-only media) is left as it is: the seal is on paper and in the other lists.
void append(const QString &path, const QString &header, const QString &line)
{
    if (path.isEmpty())
        return;
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    const bool isNew = !file.exists();
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append, QFileDevice::ReadOwner | QFileDevice::WriteOwner))
        return;
    if (isNew || file.size() == 0)
        file.write(header.toUtf8());
    file.write(line.toUtf8());
    file.close();
    disk::syncFile(path);
    if (isNew)
        disk::syncFolder(QFileInfo(path).absolutePath());
}

void startAgain(const QString &path, const QString &header, const QString &line)
{
    if (!path.isEmpty())
        QFile::remove(path);
    append(path, header, line);
}

// The seal of the chain's head, made now (or at `at`) for `madeFor`.
Result<Seal> head(const Book &book, const QString &madeFor = {}, const QDateTime &at = {})
{
    auto q = book.exec(QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"));
    if (!q)
        return q.error();
    Seal seal;
    if (q.value().next()) {
        seal.entry = q.value().value(0).toLongLong();
        seal.code = Seals::codeOf(q.value().value(1).toString().toLatin1());
    }
    seal.madeAt = (at.isValid() ? at : book.clock().now()).toString(Qt::ISODate);
    seal.madeFor = madeFor;
    return seal;
}

// A seal into the book's own list (once: an entry's seal is always the same).
Status keep(Book &book, const Seal &seal)
{
    return book.write(QStringLiteral("INSERT OR IGNORE INTO seals (entry, code, made_at, made_for) VALUES (?, ?, ?, ?)"),
                      {seal.entry, seal.code, seal.madeAt, seal.madeFor});
}

Result<QList<Seal>> inBook(const Book &book)
{
    auto q = book.exec(QStringLiteral("SELECT entry, code, made_at, made_for FROM seals ORDER BY entry"));
    if (!q)
        return q.error();
    QList<Seal> seals;
    while (q.value().next())
        seals.append({q.value().value(0).toLongLong(), q.value().value(1).toString(), q.value().value(2).toString(),
                      q.value().value(3).toString()});
    return seals;
}

bool hasSealsTable(const Book &book)
{
    auto t = book.scalar(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'seals'"));
    return t && !t.value().isNull();
}

// The seals the lists outside the book hold, less those a restore set aside.
QList<Seal> outside(const QString &bookPath)
{
    return standing(readList(Seals::besideBook(bookPath))) + standing(readList(Seals::inSettings(bookPath)));
}

QString described(const Seal &seal)
{
    if (seal.madeFor.isEmpty())
        return seal.text();
    return Seals::tr("%1 (%2, %3)").arg(seal.text(), seal.madeFor, seal.madeAt.left(10));
}

}  // namespace

QString Seal::text() const
{
    return QString::number(entry) + u':' + code.mid(0, 4) + u'-' + code.mid(4, 4) + u'-' + code.mid(8, 4);
}

QString Seals::codeOf(const QByteArray &hexHash)
{
    const QByteArray bytes = QByteArray::fromHex(hexHash.left(16));
    quint64 v = 0;
    for (const char b : bytes)
        v = (v << 8) | static_cast<unsigned char>(b);
    v >>= 4;  // the first 60 bits
    QString code;
    for (int i = kCodeLength - 1; i >= 0; --i)
        code += QLatin1Char(kAlphabet[(v >> (5 * i)) & 31]);
    return code;
}

Result<Seal> Seals::parse(const QString &text)
{
    const auto bad = [&] {
        return makeError(ErrorCode::InputRejected,
                         tr("\"%1\" is not a seal. A seal is the entry number, a colon and the 12-character code, as "
                            "printed: for example 1234:ABCD-EFGH-JKMN.")
                             .arg(text));
    };
    const qsizetype colon = text.indexOf(u':');
    if (colon < 0)
        return bad();
    bool ok = false;
    Seal seal;
    seal.entry = text.left(colon).trimmed().toLongLong(&ok);
    if (!ok || seal.entry <= 0)
        return bad();
    for (QChar c : text.mid(colon + 1)) {
        if (c.isSpace() || c == u'-')
            continue;
        c = c.toUpper();
        if (c == u'O')
            c = u'0';
        else if (c == u'I' || c == u'L')
            c = u'1';
        if (c.unicode() == 0 || c.unicode() > 127 || !std::strchr(kAlphabet, char(c.unicode())))
            return bad();
        seal.code += c;
    }
    if (seal.code.size() != kCodeLength)
        return bad();
    return seal;
}

QString Seals::forMonthlyReport(const QString &month)
{
    return tr("monthly report %1").arg(month);
}

QString Seals::forAuditPack(const QDate &from, const QDate &to)
{
    return tr("audit pack %1 – %2").arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate));
}

QString Seals::forCashDay(const QDate &day)
{
    return tr("cash book day %1").arg(day.toString(Qt::ISODate));
}

QString Seals::besideSuffix()
{
    return QStringLiteral("-seals.txt");
}

QString Seals::besideBook(const QString &bookPath)
{
    return QFileInfo(bookPath).absoluteFilePath() + besideSuffix();
}

QString Seals::inSettings(const QString &bookPath)
{
    const QString key = QString::fromLatin1(
        QCryptographicHash::hash(QFileInfo(bookPath).absoluteFilePath().toUtf8(), QCryptographicHash::Sha256).toHex().left(16));
    const QString settings = QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation);
    if (settings.isEmpty())
        return {};  // no home to keep settings in: the list beside the book and the book's own remain
    return settings + QStringLiteral("/GramDesk/seals/") + key + QStringLiteral(".txt");
}

Result<Seal> Seals::make(Book &book, const QString &madeFor, const QDateTime &at)
{
    auto seal = head(book, madeFor, at);
    if (!seal)
        return seal;
    if (book.writes() && hasSealsTable(book)) {
        if (auto s = keep(book, seal.value()); !s)
            return s.error();
    }
    const QString header = headerOf(book.path());
    for (const QString &list : {besideBook(book.path()), inSettings(book.path())}) {
        const QList<Seal> kept = standing(readList(list));
        const bool known = std::any_of(kept.cbegin(), kept.cend(), [&](const Seal &s) {
            return s.entry == seal.value().entry && s.code == seal.value().code;
        });
        if (!known)
            append(list, header, lineOf(seal.value()));
    }
    return seal;
}

Result<Seal> Seals::first(Book &book)
{
    auto seal = head(book, tr("new book"));
    if (!seal)
        return seal;
    if (auto s = keep(book, seal.value()); !s)
        return s.error();
    const QString header = headerOf(book.path());
    for (const QString &list : {besideBook(book.path()), inSettings(book.path())})
        startAgain(list, header, lineOf(seal.value()));
    return seal;
}

Result<QString> Seals::check(const Book &book, const Seal &seal)
{
    auto hash = book.scalar(QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), {seal.entry});
    if (!hash)
        return hash.error();
    if (hash.value().isNull()) {
        auto end = head(book);
        if (!end)
            return end.error();
        return tr("The audit log ends at entry %1, before the seal %2: entries were removed from its end.")
            .arg(end.value().entry)
            .arg(described(seal));
    }
    if (codeOf(hash.value().toString().toLatin1()) != seal.code)
        return tr("The book does not pass through the seal %1: its history up to that seal was written again.")
            .arg(described(seal));
    return QString();
}

Result<QString> Seals::checkKnown(const Book &book, int *checked)
{
    QList<Seal> seals;
    if (hasSealsTable(book)) {
        auto own = inBook(book);
        if (!own)
            return own.error();
        seals = own.value();
    }
    seals += outside(book.path());
    std::stable_sort(seals.begin(), seals.end(), [](const Seal &a, const Seal &b) { return a.entry < b.entry; });
    const auto same = [](const Seal &a, const Seal &b) { return a.entry == b.entry && a.code == b.code; };
    seals.erase(std::unique(seals.begin(), seals.end(), same), seals.end());
    if (checked)
        *checked = int(seals.size());
    for (const Seal &seal : seals) {
        auto problem = check(book, seal);
        if (!problem || !problem.value().isEmpty())
            return problem;
    }
    return QString();
}

void Seals::restored(const Book &book, qint64 head, const QString &from)
{
    Seal mark;
    mark.madeAt = book.clock().now().toString(Qt::ISODate);
    mark.entry = head;
    const QString line = QStringList{mark.madeAt, kRestored, QString::number(head), QString(from).replace(u'\t', u' ')}.join(u'\t') + u'\n';
    const QString header = headerOf(book.path());
    for (const QString &list : {besideBook(book.path()), inSettings(book.path())})
        append(list, header, line);
}

Status Seals::keepInBook(Book &book)
{
    if (!hasSealsTable(book))
        return {};
    auto own = inBook(book);
    if (!own)
        return own.error();
    for (const Seal &seal : outside(book.path())) {
        const bool known = std::any_of(own.value().cbegin(), own.value().cend(),
                                       [&](const Seal &s) { return s.entry == seal.entry; });
        if (known)
            continue;
        auto problem = check(book, seal);
        if (!problem)
            return problem.error();
        if (!problem.value().isEmpty())
            continue;  // verify names it; a backup does not carry it
        if (auto s = keep(book, seal); !s)
            return s;
        own.value().append(seal);
    }
    return {};
}

}  // namespace gd
