#include "base/Csv.h"

#include <QStringDecoder>
#include <algorithm>

namespace gd::csv {

namespace {

bool startsLikeFormula(const QString &v)
{
    qsizetype i = 0;
    while (i < v.size() && v.at(i) == u'\'')
        ++i;
    return i < v.size() && (v.at(i) == u'=' || v.at(i) == u'+' || v.at(i) == u'-' || v.at(i) == u'@');
}

}  // namespace

QString cell(const QString &value)
{
    QString v = value;
    // A cell that a spreadsheet would run as a formula (=, +, - or @ after any ' marks) gets one ' more; reading
    // takes exactly that one away again.
    if (startsLikeFormula(v))
        v.prepend(u'\'');
    const bool quote = v.contains(u',') || v.contains(u';') || v.contains(u'\t') || v.contains(u'"')
        || v.contains(u'\n') || v.contains(u'\r');
    if (!quote)
        return v;
    v.replace(QStringLiteral("\""), QStringLiteral("\"\""));
    return u'"' + v + u'"';
}

QString row(const QStringList &cells)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out += cell(c);
    return out.join(u',');
}

QByteArray document(const QStringList &header, const QList<QStringList> &rows)
{
    QString text = row(header) + QStringLiteral("\r\n");
    for (const QStringList &r : rows)
        text += row(r) + QStringLiteral("\r\n");
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

}  // namespace gd::csv

namespace gd::csv {

namespace {

bool formulaGuarded(const QString &cell)
{
    return cell.startsWith(u'\'') && startsLikeFormula(cell);
}

QChar detectSeparator(const QString &text)
{
    int counts[3] = {0, 0, 0};
    const QChar seps[3] = {u',', u';', u'\t'};
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && (c == u'\n' || c == u'\r'))
            break;
        else if (!quoted)
            for (int i = 0; i < 3; ++i)
                counts[i] += c == seps[i] ? 1 : 0;
    }
    int best = 0;
    for (int i = 1; i < 3; ++i)
        if (counts[i] > counts[best])
            best = i;
    return seps[best];
}

}  // namespace

Result<Table> Reader::read(const QByteArray &bytes, const QString &fileName)
{
    Table table;
    QString text;
    const auto notText = [&]() {
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is not a CSV text file GramDesk can read. In the spreadsheet choose Save As → "
                            "\"CSV UTF-8 (comma delimited)\" and import that file.")
                             .arg(fileName));
    };
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        table.encoding = QStringLiteral("UTF-8 with BOM");
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder(bytes.mid(3));
        if (decoder.hasError())
            return notText();
    } else if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        table.encoding = QStringLiteral("UTF-16");
        if (bytes.size() % 2 != 0)
            return notText();
        QStringDecoder decoder(bytes.startsWith("\xFF\xFE") ? QStringDecoder::Utf16LE : QStringDecoder::Utf16BE,
                               QStringDecoder::Flag::Stateless);
        text = decoder(bytes.mid(2));
        if (decoder.hasError())
            return notText();
    } else {
        table.encoding = QStringLiteral("UTF-8");
        QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        text = decoder(bytes);
        if (decoder.hasError())
            return notText();
    }
    // NUL, or half of a surrogate pair (a damaged UTF-16 file, found by fuzzing), is no text a register holds.
    if (text.contains(QChar(0)) || !QStringView(text).isValidUtf16())
        return notText();
    table.separator = detectSeparator(text);

    QList<QStringList> records;
    QList<int> startLines;
    QStringList record;
    QString cell;
    bool quoted = false;
    bool cellWasQuoted = false;
    int line = 1;
    int recordLine = 1;
    const qsizetype n = text.size();
    QSet<qint64> formulas;  // record << 32 | column
    const auto endCell = [&]() {
        // Spaces before it (a space, a tab, a no-break space) do not hide a formula: they are trimmed later.
        qsizetype first = 0;
        while (first < cell.size() && cell.at(first).isSpace())
            ++first;
        if (first < cell.size() && cell.at(first) == u'=')
            formulas.insert((qint64(records.size()) << 32) | record.size());
        record += formulaGuarded(cell) ? cell.mid(1) : cell;
        cell.clear();
        cellWasQuoted = false;
    };
    const auto endRecord = [&]() {
        endCell();
        const bool blank = record.size() == 1 && record.first().isEmpty();
        if (!blank) {
            records += record;
            startLines += recordLine;
        }
        record.clear();
    };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    cell += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == u'"' && cell.isEmpty() && !cellWasQuoted) {
            quoted = true;
            cellWasQuoted = true;
        } else if (c == table.separator) {
            endCell();
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n')
                ++i;
            endRecord();
            ++line;
            recordLine = line;
        } else {
            cell += c;
        }
    }
    if (quoted)
        return makeError(ErrorCode::InputRejected,
                         tr("%1:%2: a quoted cell is never closed (a \" is missing). Correct the file and import it "
                            "again.")
                             .arg(fileName)
                             .arg(recordLine));
    if (!cell.isEmpty() || !record.isEmpty() || cellWasQuoted)
        endRecord();
    if (records.isEmpty())
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is empty. The first row must name the columns.").arg(fileName));
    for (QString &h : records.first())
        h = h.remove(QChar(0xFEFF)).trimmed().toLower();  // a stray byte-order mark is no part of a name
    // A first row of spaces and control characters names no column: the file is as good as empty (found by fuzzing).
    if (std::all_of(records.first().cbegin(), records.first().cend(), [](const QString &h) { return h.isEmpty(); }))
        return makeError(ErrorCode::InputRejected,
                         tr("%1 is empty. The first row must name the columns.").arg(fileName));
    for (const qint64 at : std::as_const(formulas))
        if ((at >> 32) > 0)
            table.formulas.insert(at - (qint64(1) << 32));  // rows count from the first after the header
    table.header = records.takeFirst();
    startLines.removeFirst();
    table.rows = std::move(records);
    table.lines = std::move(startLines);
    return table;
}

}  // namespace gd::csv
