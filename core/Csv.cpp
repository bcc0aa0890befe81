#include "Csv.h"

namespace gd::csv {

QString cell(const QString &value)
{
    QString v = value;
    if (!v.isEmpty() && (v.front() == u'=' || v.front() == u'+' || v.front() == u'-' || v.front() == u'@'))
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
