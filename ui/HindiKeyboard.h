#pragma once
// Hindi typing in every text field of the program, from an English keyboard: F12 turns it on and off; the scheme
// (phonetic, Remington, InScript) is chosen from the status bar and remembered per user. Keys typed into a text
// field are composed by m17n (core/input/HindiTyping) word by word: the word shows under the cursor as it is
// typed, and in phonetic typing a popup offers the spellings the book already uses (↑/↓ choose, 1–9 picks, Space
// takes the chosen one, Tab takes it and moves on, Esc keeps what the keys made). Fields for numbers, codes, dates
// and passwords stay Latin.

#include "input/HindiTyping.h"
#include "input/TypingLexicon.h"

#include <QObject>
#include <QPointer>
#include <QToolButton>
#include <optional>

class QListWidget;
class QKeyEvent;

namespace gd::ui {

class HindiKeyboard : public QObject {
    Q_OBJECT
public:
    // The one keyboard of the program (made on first use, watching every key of the application).
    static HindiKeyboard &instance();

    bool isOn() const { return m_on; }
    TypingScheme scheme() const { return m_scheme; }
    // Turns Hindi typing on (with the scheme chosen last) or off; remembered for the user.
    void setOn(bool on);
    void setScheme(TypingScheme scheme);
    // The user whose choice is remembered (empty before anyone has logged in: the choice of the PC).
    void setUser(const QString &userName);
    // Where the spellings come from: the book's words once they are read, the built-in list until then.
    void setLexicon(TypingLexicon lexicon);

    // "हिंदी (फ़ोनेटिक)", "English": the state as the status bar shows it.
    QString stateText() const;
    static QString schemeName(TypingScheme scheme);

    // A field that keeps Latin letters (numbers, codes, dates): Hindi typing passes its keys through.
    static void keepLatin(QWidget *field);

    // The word being composed (Latin keys) and the spellings offered, for tests.
    QString composing() const { return m_word; }
    QStringList candidates() const { return m_candidates; }

    ~HindiKeyboard() override;

signals:
    void changed();
    // Hindi typing could not start (m17n-db missing): the message says what to install.
    void unavailable(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    HindiKeyboard();
    bool takesHindi(QWidget *widget) const;
    bool handleKey(QWidget *target, QKeyEvent *key);
    // Ctrl+V of text typed in KrutiDev or Walkman Chanakya: offered converted to Unicode; of another old font's
    // text: pasted only when the clerk confirms. Whether the paste was done (or refused) here.
    bool pasteLegacy(QWidget *target);
    void refresh();
    void commit(const QString &text);
    void commitChosen();
    void learn(const QString &word);
    void cancelWord();
    void placePopup();
    void remember();
    void load();
    QString userPrefix() const;  // where the user's choice is kept in the settings
    HindiTyping *typing();
    TypingLexicon &lexicon();

    bool m_on = false;
    TypingScheme m_scheme = TypingScheme::Phonetic;
    QString m_user;
    std::optional<HindiTyping> m_typing;
    std::optional<TypingLexicon> m_lexicon;
    QPointer<QWidget> m_target;
    QString m_word;
    QStringList m_candidates;
    int m_chosen = 0;
    bool m_quietly = false;  // the word is put in as a change, not as typing (Tab, Enter: no completer list)
    QListWidget *m_popup = nullptr;
};

// The typing state for a status bar or a dialog's corner: "Typing: Hindi, phonetic (F12: English)"; a click
// offers English and the three schemes.
class TypingButton : public QToolButton {
    Q_OBJECT
public:
    explicit TypingButton(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void update();
    QList<QAction *> m_choices;  // English, then the schemes in TypingScheme's order
};

}  // namespace gd::ui
