#pragma once
// The book's own refusals: the words its triggers RAISE (Schema) and Book says again in the office's words, written
// once for both. The schema's trigger text holds them, so they never change once shipped.

#include <QtGlobal>

namespace gd::refusal {

inline constexpr const char *kAuditLogAppendOnly = QT_TRANSLATE_NOOP("gd::Book", "the audit log is append-only");
inline constexpr const char *kEntriesNeverDeleted = QT_TRANSLATE_NOOP("gd::Book", "register entries are never deleted");
inline constexpr const char *kEntriesNeverOverwritten = QT_TRANSLATE_NOOP("gd::Book", "register entries are never overwritten");
inline constexpr const char *kClosedDay = QT_TRANSLATE_NOOP("gd::Book", "a closed day is never reopened");
inline constexpr const char *kClosedMonth = QT_TRANSLATE_NOOP("gd::Book", "a closed month is never reopened");
inline constexpr const char *kVerificationKept = QT_TRANSLATE_NOOP("gd::Book", "a verification is kept as it was recorded");
inline constexpr const char *kEvidenceKept = QT_TRANSLATE_NOOP("gd::Book", "evidence is kept as it was added");
inline constexpr const char *kSealKept = QT_TRANSLATE_NOOP("gd::Book", "a seal is kept as it was made");

inline constexpr const char *kAll[] = {kAuditLogAppendOnly, kEntriesNeverDeleted, kEntriesNeverOverwritten, kClosedDay,
                                       kClosedMonth,        kVerificationKept,    kEvidenceKept,            kSealKept};

}  // namespace gd::refusal
