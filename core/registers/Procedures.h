#pragma once
// Documented procedures (प्रलेखित प्रक्रियाएँ): the controlled list of the office's procedures and forms, each
// version an entry with its number, title, approval and where its copies are, and its file kept in the book. A new
// version withdraws the old one, which stays in the list.

#include "EntryStore.h"
#include "Masters.h"

namespace gd {

struct ProcedureKeys {
    static inline const QString code = QStringLiteral("doc_code");
    static inline const QString title = QStringLiteral("title");
    static inline const QString kind = QStringLiteral("kind");
    static inline const QString version = QStringLiteral("doc_version");
    static inline const QString approvedOn = QStringLiteral("approved_on");
    static inline const QString approvedBy = QStringLiteral("approved_by");
    static inline const QString copiesAt = QStringLiteral("copies_at");
    static inline const QString status = QStringLiteral("status");
    static inline const QString withdrawnOn = QStringLiteral("withdrawn_on");
    static inline const QString supersededBy = QStringLiteral("superseded_by");
};

struct ProcedureFile {
    qint64 id = 0;
    QString procedureNo;
    QString fileName;
    QString mime;
    qint64 bytes = 0;
    QString addedAt;
    QString addedBy;
};

class Procedures {
    Q_DECLARE_TR_FUNCTIONS(gd::Procedures)
public:
    explicit Procedures(Book &book);

    // A new version of `current` (its code kept): the new entry is written, the old one withdrawn on the new one's
    // approval date and pointed to it. With a file, the file is kept with the new version.
    Result<Entry> newVersion(const User &by, const Entry &current, QVariantMap values, const QString &fileName = {},
                             const QString &mime = {}, const QByteArray &data = {});
    // Keeps a file (PDF or scan, at most 8 MB) with a version.
    Result<qint64> attach(const User &by, const QString &procedureNo, const QString &fileName, const QString &mime,
                          const QByteArray &data);
    Result<QList<ProcedureFile>> files(const QString &procedureNo) const;
    Result<QByteArray> fileData(qint64 id) const;
    // Every version, current ones first (by code), then the withdrawn (by code and version).
    Result<QList<Entry>> masterList() const;
    // Procedure number → its files' names.
    Result<QHash<QString, QStringList>> fileNames() const;

private:
    Book &m_book;
};

}  // namespace gd
