#include "HindiKeyboard.h"

#include "Application.h"
#include "Messages.h"
#include "input/LegacyFont.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QAbstractPrintDialog>
#include <QCompleter>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTextCharFormat>
#include <QTextEdit>

namespace gd::ui {

namespace {

constexpr const char *kLatinProperty = "gdKeepsLatin";
constexpr int kMostCandidates = 9;

// Keys that end a phonetic word as they would in any text (ITRANS itself uses . ~ ^ | _ inside words).
bool endsPhoneticWord(QChar c)
{
    return QStringLiteral(",;:?!()[]{}\"/-").contains(c);
}

}  // namespace

HindiKeyboard &HindiKeyboard::instance()
{
    static HindiKeyboard *keyboard = [] {
        auto *k = new HindiKeyboard;
        k->setParent(qApp);
        return k;
    }();
    return *keyboard;
}

HindiKeyboard::HindiKeyboard()
{
    qApp->installEventFilter(this);
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *old, QWidget *) {
        if (old && old == m_target && !m_word.isEmpty())
            commitChosen();
    });
    load();
}

QString HindiKeyboard::schemeName(TypingScheme scheme)
{
    switch (scheme) {
    case TypingScheme::Phonetic:
        return tr("Phonetic (ramesh → रमेश)");
    case TypingScheme::Remington:
        return tr("Remington (KrutiDev keys)");
    case TypingScheme::InScript:
        return tr("InScript");
    }
    return {};
}

QString HindiKeyboard::stateText() const
{
    if (!m_on)
        return tr("Typing: English (F12: Hindi)");
    switch (m_scheme) {
    case TypingScheme::Phonetic:
        return tr("Typing: Hindi, phonetic (F12: English)");
    case TypingScheme::Remington:
        return tr("Typing: Hindi, Remington (F12: English)");
    case TypingScheme::InScript:
        return tr("Typing: Hindi, InScript (F12: English)");
    }
    return {};
}

HindiKeyboard::~HindiKeyboard()
{
    delete m_popup;
}

void HindiKeyboard::keepLatin(QWidget *field)
{
    field->setProperty(kLatinProperty, true);
}

void HindiKeyboard::setUser(const QString &userName)
{
    if (!m_word.isEmpty())
        commitChosen();
    m_user = userName;
    load();
    emit changed();
}

void HindiKeyboard::setLexicon(TypingLexicon lexicon)
{
    m_lexicon.emplace(std::move(lexicon));
}

TypingLexicon &HindiKeyboard::lexicon()
{
    if (!m_lexicon)
        m_lexicon.emplace(TypingLexicon::builtIn());  // until the book's words have been read
    return *m_lexicon;
}

QString HindiKeyboard::userPrefix() const
{
    return m_user.isEmpty() ? QStringLiteral("typing/") : QStringLiteral("typing/users/%1/").arg(m_user);
}

void HindiKeyboard::load()
{
    const QSettings settings = Application::settings();
    const QString prefix = userPrefix();
    const QString code = settings.value(prefix + QStringLiteral("scheme"), settings.value(QStringLiteral("typing/scheme"))).toString();
    TypingScheme scheme = TypingScheme::Phonetic;
    if (HindiTyping::schemeFromCode(code, &scheme) && scheme != m_scheme) {
        m_scheme = scheme;
        m_typing.reset();
    }
    // A user who has not chosen yet goes on as the PC was left (the administrator fresh from the set-up wizard).
    m_on = settings.value(prefix + QStringLiteral("hindi"), settings.value(QStringLiteral("typing/hindi"), false)).toBool();
}

void HindiKeyboard::remember()
{
    // The user's choice, and the PC's (which a user who has not chosen yet goes on with).
    QSettings settings = Application::settings();
    for (const QString &prefix : QStringList{QStringLiteral("typing/"), userPrefix()}) {
        settings.setValue(prefix + QStringLiteral("scheme"), HindiTyping::codeOf(m_scheme));
        settings.setValue(prefix + QStringLiteral("hindi"), m_on);
    }
}

HindiTyping *HindiKeyboard::typing()
{
    if (!m_typing) {
        auto opened = HindiTyping::open(m_scheme);
        if (!opened) {
            emit unavailable(opened.error().message);
            return nullptr;
        }
        m_typing.emplace(std::move(opened.value()));
    }
    return &*m_typing;
}

void HindiKeyboard::setOn(bool on)
{
    if (!m_word.isEmpty())
        commitChosen();
    if (on && !typing())
        on = false;
    m_on = on;
    remember();
    emit changed();
}

void HindiKeyboard::setScheme(TypingScheme scheme)
{
    if (!m_word.isEmpty())
        commitChosen();
    if (scheme != m_scheme) {
        m_scheme = scheme;
        m_typing.reset();
    }
    m_on = typing() != nullptr;
    remember();
    emit changed();
}

bool HindiKeyboard::takesHindi(QWidget *widget) const
{
    if (!widget || widget->property(kLatinProperty).toBool() || !widget->isEnabled())
        return false;
    // A file's name and folder are typed as the disk has them: in a file dialog, in the print dialog's "Output
    // file", and in any field that completes paths.
    if (qobject_cast<QFileDialog *>(widget->window()) || qobject_cast<QAbstractPrintDialog *>(widget->window()))
        return false;
    if (auto *combo = qobject_cast<QComboBox *>(widget))
        return combo->isEditable() && combo->lineEdit() && !combo->property(kLatinProperty).toBool() && takesHindi(combo->lineEdit());
    if (auto *line = qobject_cast<QLineEdit *>(widget)) {
        if (line->isReadOnly() || line->echoMode() != QLineEdit::Normal)
            return false;
        if (line->completer() && qobject_cast<QFileSystemModel *>(line->completer()->model()))
            return false;
        // A date's, a time's or a number's own line.
        for (QWidget *p = line->parentWidget(); p; p = p->parentWidget()) {
            if (qobject_cast<QAbstractSpinBox *>(p) || p->property(kLatinProperty).toBool())
                return false;
            if (p->isWindow())
                break;
        }
        return true;
    }
    if (auto *edit = qobject_cast<QPlainTextEdit *>(widget))
        return !edit->isReadOnly();
    if (auto *edit = qobject_cast<QTextEdit *>(widget))
        return !edit->isReadOnly();
    return false;
}

bool HindiKeyboard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        // A field's completer list is open: it has the keys, and hands them to the field behind Qt's back.
        if (widget && widget == QApplication::activePopupWidget() && qobject_cast<QAbstractItemView *>(widget) && widget != m_popup)
            widget = QApplication::focusWidget();
        else if (!widget || widget != QApplication::focusWidget())
            return false;  // the same key, passed on to a parent: seen already
        if (!widget)
            return false;
        if (key->key() == Qt::Key_F12 && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::ShiftModifier))) {
            setOn(!m_on);
            return true;
        }
        if (key->matches(QKeySequence::Paste) && m_word.isEmpty() && takesHindi(widget))
            return pasteLegacy(widget);
        if (!m_on || !takesHindi(widget))
            return false;
        return handleKey(widget, key);
    }
    if (event->type() == QEvent::ShortcutOverride && !m_word.isEmpty() && watched == QApplication::focusWidget()) {
        // A key the word takes (a letter, Backspace, Esc, Tab, the arrows through the spellings, Enter) comes to
        // it as a key, not as a shortcut; any other shortcut (Ctrl+S) finds the word taken first.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool plain = !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
        static const QList<int> kept{Qt::Key_Backspace, Qt::Key_Escape, Qt::Key_Tab, Qt::Key_Up, Qt::Key_Down,
                                     Qt::Key_Return, Qt::Key_Enter};
        if (plain && (kept.contains(key->key()) || (key->text().size() == 1 && key->text().at(0).isPrint()))) {
            event->accept();
            return true;
        }
        commitChosen();
        return false;
    }
    // A click in the field (or in a text box's viewport) moves the cursor: the word goes in first, where it is.
    if (event->type() == QEvent::MouseButtonPress && !m_word.isEmpty() && m_target) {
        auto *clicked = qobject_cast<QWidget *>(watched);
        if (clicked && (clicked == m_target || m_target->isAncestorOf(clicked)))
            commitChosen();
    }
    return false;
}

bool HindiKeyboard::handleKey(QWidget *target, QKeyEvent *key)
{
    if (m_target != target && !m_word.isEmpty())
        commitChosen();
    m_target = target;
    const bool composing = !m_word.isEmpty();
    const bool popup = m_popup && m_popup->isVisible();
    const Qt::KeyboardModifiers mods = key->modifiers() & ~(Qt::ShiftModifier | Qt::KeypadModifier);
    const QString text = key->text();
    const QChar c = text.size() == 1 ? text.at(0) : QChar();

    if (composing) {
        switch (key->key()) {
        case Qt::Key_Backspace:
            m_word.chop(1);
            refresh();
            return true;
        case Qt::Key_Escape:
            // What the keys made, not a suggestion; the dialog stays.
            {
                const QString made = typing() ? typing()->convert(m_word) : m_word;
                learn(made);
                commit(made);
            }
            return true;
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
        case Qt::Key_Return:
        case Qt::Key_Enter:
            // Takes the chosen spelling, then moves on (or saves) as ever. Put in quietly: as typing, the word
            // would open the field's completer list, which would keep this key and the next field's first.
            m_quietly = true;
            commitChosen();
            m_quietly = false;
            return false;
        case Qt::Key_Down:
        case Qt::Key_Up:
            if (popup) {
                const int n = int(m_candidates.size());
                m_chosen = (m_chosen + (key->key() == Qt::Key_Down ? 1 : n - 1)) % n;
                refresh();
                return true;
            }
            break;
        default:
            break;
        }
        if (popup && mods == Qt::NoModifier && c >= u'1' && c <= u'9' && c.digitValue() <= m_candidates.size()) {
            m_chosen = c.digitValue() - 1;
            commitChosen();
            return true;
        }
    }
    const bool printable = mods == Qt::NoModifier && !c.isNull() && c.unicode() > 0x20 && c.unicode() < 0x7F;
    // Digits stay digits (registers write numbers in them), in every scheme.
    const bool wordKey = printable && !c.isDigit() && !(m_scheme == TypingScheme::Phonetic && endsPhoneticWord(c));
    if (wordKey) {
        if (!typing())
            return false;
        m_word += c;
        refresh();
        return true;
    }
    // Any other key (space, Enter, a digit, an arrow, a shortcut) takes the word first and then does what it does.
    if (composing)
        commitChosen();
    return false;
}

bool HindiKeyboard::pasteLegacy(QWidget *target)
{
    const QString text = QGuiApplication::clipboard()->text();
    if (text.size() > 2000)
        return false;  // pasted as it is
    if (OtherLegacyFont::looksLike(text)) {
        // Another old font's text cannot be converted: pasted only when the clerk says so.
        return !Messages::current().confirm(
            target->window(), tr("Paste text in an old font?"),
            tr("The text being pasted looks typed in an old Hindi font that GramDesk cannot convert (it reads "
               "KrutiDev 010 and Walkman Chanakya):\n%1\n\nIt would be saved as these letters, not as Hindi. Convert "
               "it to Unicode first (for example with the converter that came with the font), or type it here. Paste "
               "it as it is anyway?")
                .arg(text));
    }
    if (!LegacyText::looksLike(text))
        return false;  // pasted as it is
    const LegacyFont font = LegacyText::fontOf({text});
    const QString converted = LegacyText::toUnicode(font, text);
    // A short English word may make Hindi letters too ("the" would be जीम): asked only when the text has a sign
    // that English text hardly has (' ; [ | = …) or makes a word the book or the list knows (dqekj: कुमार).
    const bool sign = std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return QStringLiteral("';[{}/|=#:~+`]\\&%").contains(c) || (c.unicode() >= 0xA0 && c.unicode() <= 0xFF);
    });
    const QStringList words = converted.split(u' ', Qt::SkipEmptyParts);
    if (!sign && std::none_of(words.cbegin(), words.cend(), [this](const QString &w) { return lexicon().knows(w); }))
        return false;
    if (!Messages::current().confirm(target->window(), tr("Paste as Unicode Hindi?"),
                                     tr("The text being pasted looks typed in the %1 font:\n%2\n\nConverted to "
                                        "Unicode Hindi it reads:\n%3\n\nPaste it converted? (No pastes it as it is.)")
                                         .arg(LegacyText::name(font), text, converted)))
        return false;
    QInputMethodEvent paste;
    paste.setCommitString(converted);
    QCoreApplication::sendEvent(target, &paste);
    return true;
}

void HindiKeyboard::refresh()
{
    if (m_word.isEmpty()) {
        cancelWord();
        return;
    }
    HindiTyping *t = typing();
    const QString converted = t ? t->convert(m_word) : m_word;
    if (m_scheme == TypingScheme::Phonetic) {
        m_candidates = lexicon().suggest(m_word, converted, kMostCandidates);
    } else {
        m_candidates = {converted};
    }
    if (m_candidates.isEmpty())
        m_candidates = {converted};
    m_chosen = std::clamp(m_chosen, 0, int(m_candidates.size()) - 1);
    const QString shown = m_candidates.at(m_chosen);
    QTextCharFormat underline;
    underline.setFontUnderline(true);
    QList<QInputMethodEvent::Attribute> attributes{
        {QInputMethodEvent::TextFormat, 0, int(shown.size()), underline},
        {QInputMethodEvent::Cursor, int(shown.size()), 1, QVariant()}};
    QInputMethodEvent preedit(shown, attributes);
    if (m_target)
        QCoreApplication::sendEvent(m_target, &preedit);
    placePopup();
}

void HindiKeyboard::commit(const QString &text)
{
    QInputMethodEvent done;
    done.setCommitString(text);
    m_word.clear();
    m_candidates.clear();
    m_chosen = 0;
    if (m_popup)
        m_popup->hide();
    if (!m_target)
        return;
    auto *line = qobject_cast<QLineEdit *>(m_target);
    if (auto *combo = qobject_cast<QComboBox *>(m_target))
        line = combo->lineEdit();
    if (m_quietly && line && line->completer() && !text.isEmpty()) {
        // The word being composed goes, and the spelling is set in its place as a change of the text rather than
        // as typing (the completer answers typing only).
        QInputMethodEvent clear;
        QCoreApplication::sendEvent(m_target, &clear);
        const int at = line->cursorPosition();
        QString whole = line->text();
        if (line->hasSelectedText())
            whole.remove(line->selectionStart(), line->selectedText().size());
        const int from = line->hasSelectedText() ? line->selectionStart() : at;
        whole.insert(from, text);
        line->setText(whole);
        line->setCursorPosition(from + int(text.size()));
        return;
    }
    QCoreApplication::sendEvent(m_target, &done);
}

void HindiKeyboard::commitChosen()
{
    if (m_word.isEmpty())
        return;
    if (m_candidates.isEmpty())
        refresh();
    const int at = std::clamp(m_chosen, 0, int(m_candidates.size()) - 1);
    const QString word = m_candidates.isEmpty() ? m_word : m_candidates.at(at);
    learn(word);
    commit(word);
}

void HindiKeyboard::learn(const QString &word)
{
    // A spelling the clerk has just taken is one the book is about to use: it counts from now on, not from the
    // next start (as a use of the book's, so that it outweighs the built-in list).
    if (m_scheme == TypingScheme::Phonetic)
        lexicon().addText(word, 1, true);
}

void HindiKeyboard::cancelWord()
{
    commit(QString());
}

void HindiKeyboard::placePopup()
{
    if (!m_target || m_candidates.size() < 2) {
        if (m_popup)
            m_popup->hide();
        return;
    }
    if (!m_popup) {
        m_popup = new QListWidget;
        m_popup->setObjectName(QStringLiteral("hindiSuggestions"));
        m_popup->setWindowFlags(Qt::ToolTip | Qt::FramelessWindowHint);
        m_popup->setAttribute(Qt::WA_ShowWithoutActivating);
        m_popup->setFocusPolicy(Qt::NoFocus);
        m_popup->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        m_popup->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
        QFont font = m_popup->font();
        font.setPointSizeF(font.pointSizeF() * 1.25);
        m_popup->setFont(font);
        connect(m_popup, &QListWidget::itemClicked, this, [this](QListWidgetItem *item) {
            m_chosen = m_popup->row(item);
            commitChosen();
        });
    }
    m_popup->clear();
    for (qsizetype i = 0; i < m_candidates.size(); ++i)
        m_popup->addItem(QStringLiteral("%1  %2").arg(i + 1).arg(m_candidates.at(i)));
    m_popup->setCurrentRow(m_chosen);
    int width = 0;
    for (int i = 0; i < m_popup->count(); ++i)
        width = std::max(width, m_popup->fontMetrics().horizontalAdvance(m_popup->item(i)->text()));
    const int rowHeight = m_popup->sizeHintForRow(0);
    m_popup->resize(width + 40, rowHeight * m_popup->count() + 2 * m_popup->frameWidth() + 2);
    const QRect cursor = m_target->inputMethodQuery(Qt::ImCursorRectangle).toRect();
    QPoint at = m_target->mapToGlobal(cursor.bottomLeft() + QPoint(0, 4));
    if (const QScreen *screen = m_target->screen()) {
        const QRect room = screen->availableGeometry();
        if (at.y() + m_popup->height() > room.bottom())
            at.setY(m_target->mapToGlobal(cursor.topLeft()).y() - m_popup->height() - 4);
        at.setX(std::min(at.x(), room.right() - m_popup->width()));
    }
    m_popup->move(at);
    m_popup->show();
}

TypingButton::TypingButton(QWidget *parent) : QToolButton(parent)
{
    setObjectName(QStringLiteral("typingButton"));
    setAutoRaise(true);
    setPopupMode(QToolButton::InstantPopup);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setFocusPolicy(Qt::NoFocus);  // a click here leaves the cursor in the field being typed
    auto *menu = new QMenu(this);
    auto *group = new QActionGroup(this);
    const auto add = [&](std::function<void()> pick) {
        QAction *a = menu->addAction(QString());
        a->setCheckable(true);
        group->addAction(a);
        connect(a, &QAction::triggered, this, std::move(pick));
        m_choices += a;
    };
    add([] { HindiKeyboard::instance().setOn(false); });
    for (TypingScheme scheme : HindiTyping::schemes())
        add([scheme] { HindiKeyboard::instance().setScheme(scheme); });
    setMenu(menu);
    connect(&HindiKeyboard::instance(), &HindiKeyboard::changed, this, &TypingButton::update);
    update();
}

void TypingButton::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        update();
    QToolButton::changeEvent(event);
}

void TypingButton::update()
{
    const HindiKeyboard &k = HindiKeyboard::instance();
    setText(k.stateText());
    setToolTip(tr("Hindi typing from an English keyboard in every text field. F12 turns it on and off; click to "
                  "choose how the keys are read."));
    m_choices.at(0)->setText(tr("English (F12)"));
    m_choices.at(0)->setChecked(!k.isOn());
    const QList<TypingScheme> schemes = HindiTyping::schemes();
    for (qsizetype i = 0; i < schemes.size(); ++i) {
        m_choices.at(i + 1)->setText(tr("Hindi: %1").arg(HindiKeyboard::schemeName(schemes.at(i))));
        m_choices.at(i + 1)->setChecked(k.isOn() && k.scheme() == schemes.at(i));
    }
}

}  // namespace gd::ui
