#include "VitalEvents.h"

#include "base/Dates.h"
#include "base/Money.h"
#include "base/Text.h"
#include "../storage/Book.h"
#include "EntryService.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace gd {

namespace {

bool delayed(const QString &category)
{
    return category == u"permission" || category == u"order";
}

}  // namespace

VitalEvents::VitalEvents(Book &book) : m_book(book) {}

VitalDelay VitalEvents::delay(const QDate &event, const QDate &reported)
{
    VitalDelay d;
    d.days = event.daysTo(reported);
    d.category = d.days <= 21 ? u"on_time"_s : d.days <= 30 ? u"late"_s : d.days <= 365 ? u"permission"_s : u"order"_s;
    return d;
}

Paise VitalEvents::fee(const QString &category, const QList<Paise> &fees)
{
    const int i = category == u"on_time" ? 0 : category == u"late" ? 1 : category == u"permission" ? 2 : 3;
    return i < fees.size() ? fees.at(i) : 0;
}

VitalEvents::NextStep VitalEvents::nextStepOf(const QVariantMap &v, const QList<Paise> &fees)
{
    const QString category = v.value(u"delay_category"_s).toString();
    const QString rupees = Money::format(fee(category, fees));
    if (v.value(u"certificate_issued_on"_s).toDate().isValid())
        return {QT_TR_NOOP("Certificate handed over; nothing is pending."), {}};
    if (!v.value(u"crs_registration_no"_s).toString().isEmpty())
        return {QT_TR_NOOP("Registered on CRS: hand over the certificate and record to whom."), {}};
    if (category == u"late")
        return v.value(u"late_fee_receipt"_s).toString().isEmpty()
            ? NextStep{QT_TR_NOOP("Late (22–30 days): collect the late fee of ₹ %1, record the receipt number, then "
                                  "register on CRS."),
                       rupees}
            : NextStep{QT_TR_NOOP("Late fee received: register on CRS."), {}};
    if (category == u"permission")
        return v.value(u"permission_ref"_s).toString().isEmpty()
            ? NextStep{QT_TR_NOOP("Over 30 days: needs the written permission of the DPRO, an affidavit and the fee of "
                                  "₹ %1. Record the permission reference before the CRS registration."),
                       rupees}
            : NextStep{QT_TR_NOOP("Permission recorded: register on CRS."), {}};
    if (category == u"order")
        return v.value(u"permission_ref"_s).toString().isEmpty()
            ? NextStep{QT_TR_NOOP("Over a year: needs an order of the SDM (magistrate) and the fee of ₹ %1. Record the "
                                  "order reference before the CRS registration."),
                       rupees}
            : NextStep{QT_TR_NOOP("Order recorded: register on CRS."), {}};
    return {QT_TR_NOOP("Within 21 days: register on the CRS portal now; it is free."), {}};
}

QString VitalEvents::nextStep(const QVariantMap &values, const QList<Paise> &fees)
{
    const NextStep n = nextStepOf(values, fees);
    const QString text = tr(n.source);
    return n.fee.isEmpty() ? text : text.arg(n.fee);
}

QList<FieldProblem> VitalEvents::check(QVariantMap &v, const Charter &charter)
{
    QList<FieldProblem> problems;
    const QString type = v.value(u"event_type"_s).toString();
    const QDate event = v.value(u"event_date"_s).toDate();
    const QDate reported = v.value(u"reported_on"_s).toDate();
    const auto label = [](const char *key) { return Fields::label(*Registers::vitalEvents().field(QString::fromLatin1(key))); };
    if (event.isValid() && reported.isValid() && reported < event)
        problems += {u"reported_on"_s, tr("the information cannot come before the event (%1)").arg(Dates::display(event))};
    if (type == u"death" && v.value(u"name"_s).toString().isEmpty())
        problems += {u"name"_s, tr("a death is registered with the name of the deceased")};
    const QVariant age = v.value(u"age_years"_s);
    if (type != u"death" && !Fields::isEmpty(age) && age.toInt() != 0)
        problems += {u"age_years"_s, tr("an age is given for a death only")};
    if (type != u"death" && !v.value(u"spouse_name"_s).toString().isEmpty())
        problems += {u"spouse_name"_s, tr("a spouse is recorded for a death only")};
    if (type == u"birth" && v.value(u"mother_name"_s).toString().isEmpty())
        problems += {u"mother_name"_s, tr("a birth is registered with the mother's name")};
    const QString aadhaar = v.value(u"aadhaar_last4"_s).toString();
    static const QRegularExpression four(QStringLiteral("^[0-9]{4}$"));
    if (!aadhaar.isEmpty() && !four.match(text::toAsciiDigits(aadhaar)).hasMatch())
        problems += {u"aadhaar_last4"_s, tr("only the last four digits of an Aadhaar number are kept; type just those four")};
    else
        v.insert(u"aadhaar_last4"_s, text::toAsciiDigits(aadhaar));
    // A full Aadhaar number must not slip into the book through another field.
    static const QRegularExpression twelve(QStringLiteral("(^|\\D)\\d{4}[ -]?\\d{4}[ -]?\\d{4}(\\D|$)"));
    for (const char *key : {"name", "father_name", "mother_name", "spouse_name", "address", "informant_name",
                            "remarks", "id_shown", "certificate_issued_to", "copies"}) {
        if (twelve.match(text::toAsciiDigits(v.value(QString::fromLatin1(key)).toString())).hasMatch())
            problems += {QString::fromLatin1(key), tr("this looks like a full Aadhaar number; GramDesk keeps only its last four digits "
                                    "(in \"%1\")").arg(label("aadhaar_last4"))};
    }
    const QString registration = v.value(u"crs_registration_no"_s).toString();
    const QDate registeredOn = v.value(u"crs_registered_on"_s).toDate();
    if (registration.isEmpty() != !registeredOn.isValid())
        problems += {u"crs_registered_on"_s, tr("a CRS registration needs both its number and its date")};
    if (registeredOn.isValid() && reported.isValid() && registeredOn < reported)
        problems += {u"crs_registered_on"_s, tr("the CRS registration cannot come before the information (%1)")
                                                 .arg(Dates::display(reported))};
    const QDate issued = v.value(u"certificate_issued_on"_s).toDate();
    if (issued.isValid() && registration.isEmpty())
        problems += {u"certificate_issued_on"_s, tr("a certificate is handed over after the CRS registration")};
    if (issued.isValid() && registeredOn.isValid() && issued < registeredOn)
        problems += {u"certificate_issued_on"_s, tr("the certificate cannot be handed over before the CRS registration (%1)")
                                                     .arg(Dates::display(registeredOn))};
    if (issued.isValid() != !v.value(u"certificate_issued_to"_s).toString().isEmpty())
        problems += {u"certificate_issued_to"_s, tr("a handover needs both the date and to whom")};
    if (event.isValid() && reported.isValid() && reported >= event) {
        const VitalDelay d = delay(event, reported);
        v.insert(u"delay_days"_s, int(d.days));
        v.insert(u"delay_category"_s, d.category);
        v.insert(u"fee"_s, QVariant::fromValue<qint64>(fee(d.category, charter.vitalFees)));
        if (!registration.isEmpty() && delayed(d.category) && v.value(u"permission_ref"_s).toString().isEmpty())
            problems += {u"permission_ref"_s, d.category == u"order"
                                                  ? tr("reported after a year: record the SDM's order before the CRS registration number")
                                                  : tr("reported after 30 days: record the DPRO's permission before the CRS registration number")};
    }
    return problems;
}

QVariant VitalEvents::virtualValue(const QString &key, const Entry &e, const QDate &today)
{
    if (key == u"days_waiting" && e.text(u"crs_registration_no"_s).isEmpty() && !e.cancelled)
        return int(e.date(u"reported_on"_s).daysTo(today));
    return {};
}

Result<Entry> VitalEvents::recordCrs(const User &by, const Entry &event, const QString &applicationNo,
                                     const QString &registrationNo, const QDate &registeredOn, const QString &permissionRef)
{
    QVariantMap v = event.values;
    v.insert(u"crs_application_no"_s, applicationNo);
    v.insert(u"crs_registration_no"_s, registrationNo);
    v.insert(u"crs_registered_on"_s, registeredOn);
    if (!text::normalized(permissionRef).isEmpty())
        v.insert(u"permission_ref"_s, permissionRef);
    return EntryService(m_book).update(by, Registers::vitalEvents(), event, v, QStringLiteral("update"),
                                      tr("CRS registration %1").arg(text::normalized(registrationNo)));
}

Result<Entry> VitalEvents::handOver(const User &by, const Entry &event, const QDate &on, const QString &to,
                                    const QString &idShown, const QString &familyRegisterUpdated)
{
    if (event.date(u"certificate_issued_on"_s).isValid())
        return makeError(ErrorCode::InputRejected,
                         tr("The certificate of %1 was already handed over; record a copy instead.").arg(event.number));
    QVariantMap v = event.values;
    v.insert(u"certificate_issued_on"_s, on);
    v.insert(u"certificate_issued_to"_s, to);
    v.insert(u"id_shown"_s, idShown);
    if (!familyRegisterUpdated.isEmpty())
        v.insert(u"family_register_updated"_s, familyRegisterUpdated);
    return EntryService(m_book).update(by, Registers::vitalEvents(), event, v, QStringLiteral("update"),
                                      tr("certificate handed over to %1").arg(text::normalized(to)));
}

Result<Entry> VitalEvents::copyIssued(const User &by, const Entry &event, const QDate &on, const QString &to)
{
    if (!event.date(u"certificate_issued_on"_s).isValid())
        return makeError(ErrorCode::InputRejected, tr("A copy follows the first handover; record the handover first."));
    if (!on.isValid() || text::normalized(to).isEmpty())
        return makeError(ErrorCode::InputRejected, tr("Give the date and to whom the copy was given."));
    if (on < event.date(u"certificate_issued_on"_s) || on > m_book.clock().today())
        return makeError(ErrorCode::InputRejected,
                         tr("A copy is dated between the first handover (%1) and today.")
                             .arg(Dates::display(event.date(u"certificate_issued_on"_s))));
    QVariantMap v = event.values;
    QString copies = event.text(u"copies"_s);
    if (!copies.isEmpty())
        copies += u'\n';
    copies += Dates::display(on) + QStringLiteral(" — ") + text::normalized(to);
    v.insert(u"copies"_s, copies);
    return EntryService(m_book).update(by, Registers::vitalEvents(), event, v, QStringLiteral("update"),
                                      tr("copy given to %1").arg(text::normalized(to)));
}

// The birth and death register is corrected only on an order, like a marginal entry in the paper register.
QString VitalEvents::refuseCorrection(const RegisterDef &def, const QVariantMap &values, const Entry &base)
{
    const QString order = text::normalized(values.value(u"correction_order"_s).toString());
    if (order.isEmpty() || order == base.text(u"correction_order"_s))
        return tr("A correction in the birth and death register names the order it follows (who ordered it, with "
                  "reference) in \"%1\".")
            .arg(Fields::label(*def.field(u"correction_order"_s)));
    return {};
}

}  // namespace gd
