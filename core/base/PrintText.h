#pragma once
// Text for printouts: the language comes from the print request (Hindi, English or both), not from the UI.

#include <QString>

namespace gd {

enum class PrintLanguage { Hindi, English, Both };

struct Bilingual {
    QString hi;
    QString en;
};

class PrintText {
public:
    // `source` is an English string marked with QT_TRANSLATE_NOOP(context, …); its Hindi comes from gramdesk_hi.qm.
    static QString text(PrintLanguage language, const char *context, const char *source);
    static Bilingual both(const char *context, const char *source);
    // A message with a count (QT_TRANSLATE_N_NOOP): each language's plural form, %n filled in.
    static Bilingual both(const char *context, const char *source, int n);
    // The one line a printout shows for a pair: "हिंदी / English" when both are asked for.
    static QString pick(const Bilingual &pair, PrintLanguage language, const QString &separator = QStringLiteral(" / "));
    static QString code(PrintLanguage language);  // hi, en, both
    static bool fromCode(const QString &code, PrintLanguage *out);
};

}  // namespace gd
