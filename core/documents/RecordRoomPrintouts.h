#pragma once
// The record room's printouts: file-cover labels with a QR code, the shelf list of an almirah, lists of files.

#include "Document.h"
#include "office/OfficeProfile.h"
#include "registers/EntryStore.h"

#include <QHash>

namespace gd {

// File-cover labels, two across an A4 sheet: the file code as text and as a QR code, the title, subject, year,
// volume and retention.
Document fileLabels(const Office &office, const QList<Entry> &files, const QHash<QString, QVariantMap> &subjects,
                    PrintLanguage language, const QDate &printedOn);
// The files kept in an almirah in shelf order, each with who has it when it is out (`outWith`: code → person).
Document shelfListDocument(const Office &office, const QString &room, const QString &almirah, const QList<Entry> &files,
                           const QHash<QString, QString> &outWith, const QHash<QString, QVariantMap> &subjects,
                           PrintLanguage language, const QDate &printedOn);
// A list of files under a title ("Destroyed files", "Files due for review or destruction").
Document fileListDocument(const Office &office, const char *title, const QString &subtitle, const QList<Entry> &files,
                          const QHash<QString, QVariantMap> &subjects, PrintLanguage language, const QDate &printedOn);

}  // namespace gd
