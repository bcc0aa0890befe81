#pragma once
// Births, deaths and still births: the legal delay category and fee (RBD Act 1969 s.13, UP rules), what a
// case needs next, and the actions that follow a case to its CRS registration and certificate.

#include "EntryStore.h"
#include "Masters.h"

namespace gd {

struct VitalDelay {
    qint64 days = 0;
    QString category;  // on_time, late, permission, order
};

class VitalEvents {
    Q_DECLARE_TR_FUNCTIONS(gd::VitalEvents)
public:
    explicit VitalEvents(Book &book);

    // delay = reported − event in days: 0–21 on_time, 22–30 late, 31–365 permission, over 365 order.
    static VitalDelay delay(const QDate &event, const QDate &reported);
    // The matching amount of the `vital_fees` setting (on time, late, permission, order).
    static Paise fee(const QString &category, const QList<Paise> &fees);
    // What the case needs next: an English source (context gd::VitalEvents) and the fee for its %1, so that the
    // form says it in the UI language and a receipt in the print language.
    struct NextStep {
        const char *source = nullptr;
        QString fee;
    };
    static NextStep nextStepOf(const QVariantMap &values, const QList<Paise> &fees);
    static QString nextStep(const QVariantMap &values, const QList<Paise> &fees);  // in the UI language
    // Rules of the register; fills delay_days, delay_category and fee.
    static QList<FieldProblem> check(QVariantMap &values, const Charter &charter);
    // Values worked out when shown: days_waiting (for CRS registration, counted from the information date).
    static QVariant virtualValue(const QString &key, const Entry &entry, const QDate &today);
    // A correction names the order it follows, a new one each time.
    static QString refuseCorrection(const RegisterDef &def, const QVariantMap &values, const Entry &base);

    Result<Entry> recordCrs(const User &by, const Entry &event, const QString &applicationNo,
                            const QString &registrationNo, const QDate &registeredOn, const QString &permissionRef);
    // The certificate handed over; `familyRegisterUpdated` is yes, no or empty (not known).
    Result<Entry> handOver(const User &by, const Entry &event, const QDate &on, const QString &to, const QString &idShown,
                           const QString &familyRegisterUpdated = {});
    Result<Entry> copyIssued(const User &by, const Entry &event, const QDate &on, const QString &to);

private:
    Book &m_book;
};

}  // namespace gd
