#pragma once
// The Annexure-2 readiness tracker: each arrangement's status as the office records it, beside what
// GramDesk's own books show for the items it can judge, the score, the gap list and the evidence.

#include "base/PrintText.h"
#include "office/Users.h"
#include "../reports/MonthlyReport.h"
#include "Registers.h"

#include <QVariantMap>

namespace gd {

class Book;

struct ReadinessItem {
    QVariantMap row;      // the item as the office keeps it (code, names, status, owner, dates, notes…)
    bool judged = false;  // GramDesk judges this item from its books
    bool booksShow = false;
    Bilingual live;       // what the books show, in words, in Hindi and English
    Bilingual warning;    // the books and the status disagree, or a recurring check is due
    QDate checkDue;       // last checked + the frequency, for a recurring item
    int evidence = 0;     // photos and documents attached

    QString code() const { return row.value(QStringLiteral("code")).toString(); }
    QString status() const { return row.value(QStringLiteral("status")).toString(); }
};

struct ReadinessEvidence {
    qint64 id = 0;
    QString itemCode;
    QString addedAt;
    QString addedBy;
    QString fileName;
    QString mime;
    qint64 bytes = 0;
    QString note;
};

class Readiness {
    Q_DECLARE_TR_FUNCTIONS(gd::Readiness)
public:
    explicit Readiness(Book &book);

    // Every item by code, with what the books show on `today`.
    Result<QList<ReadinessItem>> items(const QDate &today) const;
    // Applicable items not done, by target date (items without one last), then code.
    static QList<ReadinessItem> gaps(const QList<ReadinessItem> &items);
    struct Score {
        qint64 done = 0;
        qint64 applicable = 0;
        Hundredths pct;  // done ÷ applicable × 100; null when nothing applies
    };
    static Score score(const QList<ReadinessItem> &items);
    // The score as the office's statuses give it now, without judging anything from the books.
    Result<Score> score() const;

    // The next step to certification not yet done (by step, then planned date), if any.
    struct NextStep {
        QVariantMap row;
        Bilingual text;  // "Next step: Stage 1 certification audit, planned for 15-01-2027 (in 54 days)"
        bool overdue = false;
    };
    Result<std::optional<NextStep>> nextStep(const QDate &today) const;

    // Attaches a photo or a document to an item (at most 8 MB; the screen scales photos down first).
    Result<qint64> addEvidence(const User &by, const QString &itemCode, const QString &fileName, const QString &mime,
                               const QByteArray &data, const QString &note);
    Result<QList<ReadinessEvidence>> evidence(const QString &itemCode) const;
    // A file the book keeps (evidence, a procedure's approved copy): not empty, at most 8 MB.
    static Status checkKeptFile(const QString &fileName, const QByteArray &data);
    Result<QByteArray> evidenceData(qint64 id) const;

private:
    // What the books show for a judged item: whether it is in place, and the words for it.
    Result<QPair<bool, Bilingual>> judge(const QString &check, const QDate &today) const;

    Book &m_book;
};

}  // namespace gd
