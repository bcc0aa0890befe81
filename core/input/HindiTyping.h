#pragma once
// Hindi from an English keyboard, offline, through the m17n library's Hindi input methods (Debian's m17n-db):
// phonetic (hi-itrans: "ramesh kumaar" → रमेश कुमार), Remington as a KrutiDev typist's fingers know it
// (hi-remington: "jes'k dqekj" → रमेश कुमार) and InScript (hi-inscript). The GUI and the CLI feed it keys; it
// gives back what is committed and what is still being composed.

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <memory>

namespace gd {

enum class TypingScheme { Phonetic, Remington, InScript };

class HindiTyping {
    Q_DECLARE_TR_FUNCTIONS(gd::HindiTyping)
public:
    // "phonetic", "remington", "inscript" (as the CLI's --scheme takes them and the settings keep them).
    static bool schemeFromCode(const QString &code, TypingScheme *scheme);
    static QString codeOf(TypingScheme scheme);
    // The schemes, in the order the program offers them.
    static QList<TypingScheme> schemes();

    // The input method of `scheme`; an error names the Debian package to install when it is missing.
    static Result<HindiTyping> open(TypingScheme scheme);
    HindiTyping(HindiTyping &&) noexcept;
    HindiTyping &operator=(HindiTyping &&) noexcept;
    ~HindiTyping();

    // One key as typed (a printable character): what it commits; the key itself when the method does not take it.
    QString key(QChar typed);
    // What is still being composed (shown under the cursor, committed by the next key or by finish()).
    QString preedit() const;
    // Commits what is being composed and starts afresh.
    QString finish();
    // A whole text typed key by key, committed to the end (in phonetic typing ee and oo are ी and ू, as everyone
    // types them).
    QString convert(const QString &typed);

private:
    struct State;
    explicit HindiTyping(std::unique_ptr<State> state);
    std::unique_ptr<State> m_state;
};

}  // namespace gd
