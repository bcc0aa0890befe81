#include "AuditReading.h"

#include "../storage/AuditLog.h"
#include "../storage/Backup.h"
#include "base/Dates.h"
#include "base/Money.h"
#include "office/Roles.h"
#include "Fields.h"
#include "Registers.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace gd {

namespace {

const char *const kContext = "gd::AuditReading";

// The columns every register keeps for each version of an entry; the reading names the change instead.
const QStringList kVersionColumns = {QStringLiteral("id"),      QStringLiteral("fy"),         QStringLiteral("serial"),
                                     QStringLiteral("version"), QStringLiteral("is_current"), QStringLiteral("change"),
                                     QStringLiteral("reason"),  QStringLiteral("changed_at"), QStringLiteral("changed_by"),
                                     QStringLiteral("cancelled")};

// The parts of the book that are not registers, by table.
struct Part {
    const char *table;
    const char *title;
};
constexpr Part kParts[] = {
    {"users", QT_TRANSLATE_NOOP("gd::AuditReading", "Users")},
    {"settings", QT_TRANSLATE_NOOP("gd::AuditReading", "Settings")},
    {"office", QT_TRANSLATE_NOOP("gd::AuditReading", "Office")},
    {"backup_log", QT_TRANSLATE_NOOP("gd::AuditReading", "Backups")},
    {"cash_days", QT_TRANSLATE_NOOP("gd::AuditReading", "Cash book: days closed")},
    {"cash_months", QT_TRANSLATE_NOOP("gd::AuditReading", "Cash book: months closed")},
    {"cash_reconciliations", QT_TRANSLATE_NOOP("gd::AuditReading", "Bank reconciliations")},
    {"stock_verifications", QT_TRANSLATE_NOOP("gd::AuditReading", "Stock verifications")},
    {"readiness_evidence", QT_TRANSLATE_NOOP("gd::AuditReading", "ISO readiness: evidence")},
};

// The columns of those parts, with their labels and how their values read.
enum class Shown { Text, Date, Time, Money, Quantity, YesNo, Role, Fingerprint, BackupKind, Language };
struct Column {
    const char *key;
    const char *label;
    Shown shown = Shown::Text;
};
constexpr Column kColumns[] = {
    {"user_name", QT_TRANSLATE_NOOP("gd::AuditReading", "User name")},
    {"full_name", QT_TRANSLATE_NOOP("gd::AuditReading", "Full name")},
    {"role", QT_TRANSLATE_NOOP("gd::AuditReading", "Role"), Shown::Role},
    {"language", QT_TRANSLATE_NOOP("gd::AuditReading", "Language"), Shown::Language},
    {"active", QT_TRANSLATE_NOOP("gd::AuditReading", "Active"), Shown::YesNo},
    {"failed_attempts", QT_TRANSLATE_NOOP("gd::AuditReading", "Failed logins")},
    {"locked_until", QT_TRANSLATE_NOOP("gd::AuditReading", "Locked until"), Shown::Time},
    {"created_at", QT_TRANSLATE_NOOP("gd::AuditReading", "Created"), Shown::Time},
    // A password is logged as the SHA-256 of its hash: a change shows as a new fingerprint, never the password.
    {"sha256(password_hash)", QT_TRANSLATE_NOOP("gd::AuditReading", "Password (fingerprint)"), Shown::Fingerprint},
    {"key", QT_TRANSLATE_NOOP("gd::AuditReading", "Setting")},
    {"value", QT_TRANSLATE_NOOP("gd::AuditReading", "Value")},
    {"name_hi", QT_TRANSLATE_NOOP("gd::AuditReading", "Name in Hindi")},
    {"name_en", QT_TRANSLATE_NOOP("gd::AuditReading", "Name in English")},
    {"lgd_code", QT_TRANSLATE_NOOP("gd::AuditReading", "LGD code")},
    {"lgd_valid_from", QT_TRANSLATE_NOOP("gd::AuditReading", "LGD code valid from"), Shown::Date},
    {"block", QT_TRANSLATE_NOOP("gd::AuditReading", "Block")},
    {"district", QT_TRANSLATE_NOOP("gd::AuditReading", "District")},
    {"state", QT_TRANSLATE_NOOP("gd::AuditReading", "State")},
    {"state_lgd_code", QT_TRANSLATE_NOOP("gd::AuditReading", "State LGD code")},
    {"address", QT_TRANSLATE_NOOP("gd::AuditReading", "Address")},
    {"villages", QT_TRANSLATE_NOOP("gd::AuditReading", "Villages")},
    {"secretary_name", QT_TRANSLATE_NOOP("gd::AuditReading", "Secretary")},
    {"pradhan_name", QT_TRANSLATE_NOOP("gd::AuditReading", "Pradhan")},
    {"at", QT_TRANSLATE_NOOP("gd::AuditReading", "When"), Shown::Time},
    {"kind", QT_TRANSLATE_NOOP("gd::AuditReading", "Kind"), Shown::BackupKind},
    {"place", QT_TRANSLATE_NOOP("gd::AuditReading", "Place")},
    {"ok", QT_TRANSLATE_NOOP("gd::AuditReading", "Succeeded"), Shown::YesNo},
    {"message", QT_TRANSLATE_NOOP("gd::AuditReading", "Message")},
    {"actor", QT_TRANSLATE_NOOP("gd::AuditReading", "By")},
    {"date", QT_TRANSLATE_NOOP("gd::AuditReading", "Date"), Shown::Date},
    {"closed_at", QT_TRANSLATE_NOOP("gd::AuditReading", "Closed at"), Shown::Time},
    {"closed_by", QT_TRANSLATE_NOOP("gd::AuditReading", "Closed by")},
    {"nil", QT_TRANSLATE_NOOP("gd::AuditReading", "No entries"), Shown::YesNo},
    {"month", QT_TRANSLATE_NOOP("gd::AuditReading", "Month")},
    {"cash_book", QT_TRANSLATE_NOOP("gd::AuditReading", "Cash by the book"), Shown::Money},
    {"cash_counted", QT_TRANSLATE_NOOP("gd::AuditReading", "Cash counted"), Shown::Money},
    {"denominations", QT_TRANSLATE_NOOP("gd::AuditReading", "Notes and coins")},
    {"explanation", QT_TRANSLATE_NOOP("gd::AuditReading", "Explanation")},
    {"account", QT_TRANSLATE_NOOP("gd::AuditReading", "Account")},
    {"book_balance", QT_TRANSLATE_NOOP("gd::AuditReading", "Balance by the book"), Shown::Money},
    {"cheques_not_presented", QT_TRANSLATE_NOOP("gd::AuditReading", "Cheques not yet presented"), Shown::Money},
    {"deposits_not_credited", QT_TRANSLATE_NOOP("gd::AuditReading", "Deposits not yet credited"), Shown::Money},
    {"charges_not_booked", QT_TRANSLATE_NOOP("gd::AuditReading", "Bank charges not yet in the book"), Shown::Money},
    {"interest_not_booked", QT_TRANSLATE_NOOP("gd::AuditReading", "Interest not yet in the book"), Shown::Money},
    {"statement_balance", QT_TRANSLATE_NOOP("gd::AuditReading", "Balance by the statement"), Shown::Money},
    {"item_code", QT_TRANSLATE_NOOP("gd::AuditReading", "Item")},
    {"book_qty", QT_TRANSLATE_NOOP("gd::AuditReading", "Quantity by the book"), Shown::Quantity},
    {"counted_qty", QT_TRANSLATE_NOOP("gd::AuditReading", "Quantity counted"), Shown::Quantity},
    {"verified_by", QT_TRANSLATE_NOOP("gd::AuditReading", "Verified by")},
    {"custodian", QT_TRANSLATE_NOOP("gd::AuditReading", "Custodian")},
    {"recorded_at", QT_TRANSLATE_NOOP("gd::AuditReading", "Recorded at"), Shown::Time},
    {"recorded_by", QT_TRANSLATE_NOOP("gd::AuditReading", "Recorded by")},
    {"added_at", QT_TRANSLATE_NOOP("gd::AuditReading", "Added at"), Shown::Time},
    {"added_by", QT_TRANSLATE_NOOP("gd::AuditReading", "Added by")},
    {"file_name", QT_TRANSLATE_NOOP("gd::AuditReading", "File")},
    {"mime", QT_TRANSLATE_NOOP("gd::AuditReading", "Kind of file")},
    {"bytes", QT_TRANSLATE_NOOP("gd::AuditReading", "Size in bytes")},
    {"note", QT_TRANSLATE_NOOP("gd::AuditReading", "Note")},
};

const Column *columnOf(const QString &key)
{
    for (const Column &c : kColumns)
        if (key == QLatin1String(c.key))
            return &c;
    return nullptr;
}

// What a new version of an entry was made for (EntryStore's `change`).
struct Kind {
    const char *change;
    const char *text;
};
constexpr Kind kKinds[] = {
    {"correction", QT_TRANSLATE_NOOP("gd::AuditReading", "Corrected (version %1)")},
    {"update", QT_TRANSLATE_NOOP("gd::AuditReading", "Action recorded (version %1)")},
    {"reopen", QT_TRANSLATE_NOOP("gd::AuditReading", "Reopened (version %1)")},
    {"cancel", QT_TRANSLATE_NOOP("gd::AuditReading", "Cancelled (version %1)")},
};

const RegisterDef *registerOf(const QString &table)
{
    for (const RegisterDef *def : Registers::all())
        if (def->table == table)
            return def;
    return nullptr;
}

QString stored(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return {};
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return v.toVariant().toString();
}

class Reader {
public:
    Reader(const AuditRow &row, const AuditReading::Translate &translate)
        : m_row(row), m_translate(translate), m_def(registerOf(row.table))
    {
    }

    AuditReading read() const
    {
        const QJsonObject before = QJsonDocument::fromJson(m_row.oldValues.toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(m_row.newValues.toUtf8()).object();
        const QJsonObject &shown = after.isEmpty() ? before : after;
        AuditReading r;
        r.where = where();
        r.entry = entry(shown);
        if (m_row.action == u"delete") {
            r.change = text(QT_TRANSLATE_NOOP("gd::AuditReading", "Removed"));
            r.details = valuesText(before);
        } else if (m_row.action == u"update") {
            const QStringList changed = changes(before, after);
            const bool replaced = changed == QStringList{QStringLiteral("is_current")}
                && before.value(QStringLiteral("is_current")).toInt() == 1 && after.value(QStringLiteral("is_current")).toInt() == 0;
            r.change = replaced ? text(QT_TRANSLATE_NOOP("gd::AuditReading", "Replaced by a newer version"))
                                : text(QT_TRANSLATE_NOOP("gd::AuditReading", "Changed"));
            if (!replaced)
                r.details = changesText(changed, before, after);
        } else {
            const int version = after.value(QStringLiteral("version")).toInt();
            r.change = text(QT_TRANSLATE_NOOP("gd::AuditReading", "New entry"));
            if (version > 1) {
                const QString change = after.value(QStringLiteral("change")).toString();
                r.change = text(QT_TRANSLATE_NOOP("gd::AuditReading", "New version %1")).arg(version);
                for (const Kind &k : kKinds)
                    if (change == QLatin1String(k.change))
                        r.change = text(k.text).arg(version);
            }
            r.details = valuesText(after);
            if (const QString reason = after.value(QStringLiteral("reason")).toString(); !reason.isEmpty()) {
                const QString first = item(text(QT_TRANSLATE_NOOP("gd::AuditReading", "Reason")), reason);
                r.details = r.details.isEmpty() ? first : first + kSeparator + r.details;
            }
        }
        return r;
    }

private:
    static inline const QString kSeparator = QStringLiteral(" · ");

    QString text(const char *source) const { return m_translate(kContext, source); }
    static QString item(const QString &label, const QString &value) { return label + QStringLiteral(": ") + value; }

    QString where() const
    {
        if (m_def)
            return m_translate("gd::Fields", m_def->title);
        for (const Part &p : kParts)
            if (m_row.table == QLatin1String(p.table))
                return text(p.title);
        return m_row.table;
    }

    QString entry(const QJsonObject &values) const
    {
        if (m_def && m_def->isMaster())
            if (const FieldDef *f = m_def->field(m_def->keyKey))
                return display(*f, values.value(m_def->keyKey));
        if (m_def)
            return stored(values.value(QStringLiteral("number")));
        for (const char *key : {"number", "code", "user_name", "key", "date", "month", "item_code", "file_name", "at"})
            if (const QString v = shownValue(QLatin1String(key), values); !v.isEmpty())
                return v;
        return text(QT_TRANSLATE_NOOP("gd::AuditReading", "row %1")).arg(m_row.rowId);
    }

    // A value as the register's forms show it, in the language wanted.
    QString display(const FieldDef &f, const QJsonValue &v) const
    {
        if (v.isNull() || v.isUndefined())
            return {};
        if (f.kind == FieldKind::Choice) {
            const QString code = v.toVariant().toString();
            for (const Choice &c : f.choices)
                if (c.code == code)
                    return m_translate("gd::Fields", c.label);
            return code;
        }
        return Fields::display(f, Fields::fromStorage(f, v.toVariant()));
    }

    // The fields a person reads: a register's in its order, with their labels; another part's columns by name.
    QList<std::pair<QString, QString>> fields(const QJsonObject &values) const
    {
        QList<std::pair<QString, QString>> out;
        if (m_def) {
            for (const FieldDef &f : m_def->fields) {
                if (f.kind == FieldKind::EntryNumber || f.source == FieldDef::Source::Virtual || !values.contains(f.key))
                    continue;
                out.append({f.key, m_translate("gd::Fields", f.label)});
            }
            return out;
        }
        for (auto it = values.begin(); it != values.end(); ++it)
            if (it.key() != u"id")
                out.append({it.key(), label(it.key())});
        return out;
    }

    QString label(const QString &key) const
    {
        if (const FieldDef *f = m_def ? m_def->field(key) : nullptr)
            return m_translate("gd::Fields", f->label);
        if (const Column *c = m_def ? nullptr : columnOf(key))
            return text(c->label);
        return key;
    }

    QString shownValue(const QString &key, const QJsonObject &values) const
    {
        const QJsonValue v = values.value(key);
        if (m_def) {
            if (const FieldDef *f = m_def->field(key))
                return display(*f, v);
            return stored(v);
        }
        const Column *c = columnOf(key);
        const QString s = stored(v);
        if (!c || s.isEmpty())
            return s;
        switch (c->shown) {
        case Shown::Date:
            return Dates::display(QDate::fromString(s, Qt::ISODate));
        case Shown::Time: {
            const QDateTime at = QDateTime::fromString(s, Qt::ISODate);
            return at.isValid() ? Dates::display(at.date()) + u' ' + at.toString(QStringLiteral("HH:mm")) : s;
        }
        case Shown::Money:
            return QStringLiteral("₹ ") + Money::format(qint64(v.toDouble()));
        case Shown::Quantity:
            return Fields::quantityText(qint64(v.toDouble()));
        case Shown::YesNo:
            return v.toInt() ? text(QT_TRANSLATE_NOOP("gd::AuditReading", "yes")) : text(QT_TRANSLATE_NOOP("gd::AuditReading", "no"));
        case Shown::BackupKind:
            if (const char *words = BackupService::kindWords(s))
                return m_translate("gd::BackupService", words);
            return s;
        case Shown::Language:
            // Each language in its own script, as the Language menu names it.
            return s == u"hi" ? QStringLiteral("हिन्दी") : s == u"en" ? QStringLiteral("English") : s;
        case Shown::Role:
            if (const auto role = Roles::fromCode(s))
                return m_translate("gd::Roles", Roles::displaySource(*role));
            return s;
        case Shown::Fingerprint:
            return s.left(12) + u'…';
        case Shown::Text:
            break;
        }
        return s;
    }

    QString valuesText(const QJsonObject &values) const
    {
        QStringList out;
        for (const auto &[key, name] : fields(values))
            if (const QString v = shownValue(key, values); !v.isEmpty())
                out += item(name, v);
        return out.join(kSeparator);
    }

    QStringList changes(const QJsonObject &before, const QJsonObject &after) const
    {
        QStringList keys;
        for (auto it = after.begin(); it != after.end(); ++it)
            if (before.value(it.key()) != it.value())
                keys += it.key();
        for (auto it = before.begin(); it != before.end(); ++it)
            if (!after.contains(it.key()))
                keys += it.key();
        return keys;
    }

    QString changesText(const QStringList &changed, const QJsonObject &before, const QJsonObject &after) const
    {
        QStringList out;
        for (const QString &key : changed) {
            if (m_def && kVersionColumns.contains(key))
                continue;
            const QString was = shownValue(key, before);
            const QString is = shownValue(key, after);
            out += item(label(key), (was.isEmpty() ? QStringLiteral("—") : was) + QStringLiteral(" → ")
                                        + (is.isEmpty() ? QStringLiteral("—") : is));
        }
        return out.join(kSeparator);
    }

    const AuditRow &m_row;
    const AuditReading::Translate &m_translate;
    const RegisterDef *m_def;
};

}  // namespace

AuditReading AuditReading::of(const AuditRow &row, const Translate &translate)
{
    return Reader(row, translate).read();
}

AuditReading AuditReading::of(const AuditRow &row)
{
    return of(row, [](const char *context, const char *source) { return QCoreApplication::translate(context, source); });
}

}  // namespace gd
