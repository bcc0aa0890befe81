#include "input/HindiTyping.h"

#ifdef GRAMDESK_HAVE_M17N
#include <m17n.h>
#endif

namespace gd {

QString HindiTyping::codeOf(TypingScheme scheme)
{
    switch (scheme) {
    case TypingScheme::Phonetic:
        return QStringLiteral("phonetic");
    case TypingScheme::Remington:
        return QStringLiteral("remington");
    case TypingScheme::InScript:
        return QStringLiteral("inscript");
    }
    return QStringLiteral("phonetic");
}

QList<TypingScheme> HindiTyping::schemes()
{
    return {TypingScheme::Phonetic, TypingScheme::Remington, TypingScheme::InScript};
}

bool HindiTyping::schemeFromCode(const QString &code, TypingScheme *scheme)
{
    for (TypingScheme s : schemes()) {
        if (code == codeOf(s)) {
            *scheme = s;
            return true;
        }
    }
    return false;
}

#ifdef GRAMDESK_HAVE_M17N

namespace {

// m17n's text as UTF-16 (its own coding, so that no character is lost on the way).
QString toQString(MText *text)
{
    if (!text || mtext_len(text) == 0)
        return {};
    QString out;
    for (int i = 0; i < mtext_len(text); ++i) {
        const char32_t c = char32_t(mtext_ref_char(text, i));
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

void initialiseOnce()
{
    static const bool done = [] {
        M17N_INIT();
        return true;
    }();
    (void)done;
}

const char *methodName(TypingScheme scheme)
{
    switch (scheme) {
    case TypingScheme::Phonetic:
        return "itrans";
    case TypingScheme::Remington:
        return "remington";
    case TypingScheme::InScript:
        return "inscript";
    }
    return "itrans";
}

}  // namespace

struct HindiTyping::State {
    TypingScheme scheme = TypingScheme::Phonetic;
    MInputMethod *method = nullptr;
    MInputContext *context = nullptr;
    ~State()
    {
        if (context)
            minput_destroy_ic(context);
        if (method)
            minput_close_im(method);
    }
};

Result<HindiTyping> HindiTyping::open(TypingScheme scheme)
{
    initialiseOnce();
    auto state = std::make_unique<State>();
    state->scheme = scheme;
    state->method = minput_open_im(msymbol("hi"), msymbol(methodName(scheme)), nullptr);
    if (state->method)
        state->context = minput_create_ic(state->method, nullptr);
    if (!state->method || !state->context)
        return makeError(ErrorCode::NotFound,
                         tr("The Hindi typing method hi-%1 could not be opened. Install the package m17n-db (on "
                            "Debian: apt-get install m17n-db) and start GramDesk again.")
                             .arg(QString::fromLatin1(methodName(scheme))));
    return HindiTyping(std::move(state));
}

HindiTyping::HindiTyping(std::unique_ptr<State> state) : m_state(std::move(state)) {}
HindiTyping::HindiTyping(HindiTyping &&) noexcept = default;
HindiTyping &HindiTyping::operator=(HindiTyping &&) noexcept = default;
HindiTyping::~HindiTyping() = default;

QString HindiTyping::key(QChar typed)
{
    // m17n names a key by its character, and the space bar "space".
    const QByteArray name = typed == u' ' ? QByteArrayLiteral("space") : QString(typed).toUtf8();
    const MSymbol key = msymbol(name.constData());
    MText *produced = mtext();
    minput_filter(m_state->context, key, nullptr);
    const bool taken = minput_lookup(m_state->context, key, nullptr, produced) == 0;
    QString out = toQString(produced);
    m17n_object_unref(produced);
    if (!taken)
        out += typed;  // a key the method does not take goes through as it is (after what it committed)
    return out;
}

QString HindiTyping::preedit() const
{
    return toQString(m_state->context->preedit);
}

QString HindiTyping::finish()
{
    MText *produced = mtext();
    minput_filter(m_state->context, Mnil, nullptr);
    minput_lookup(m_state->context, Mnil, nullptr, produced);
    QString out = toQString(produced) + preedit();
    m17n_object_unref(produced);
    minput_reset_ic(m_state->context);
    return out;
}

QString HindiTyping::convert(const QString &typed)
{
    QString keys = typed;
    if (m_state->scheme == TypingScheme::Phonetic) {
        // Everyone writes ee for ी and oo for ू ("deepak", "pooja"); m17n's hi-itrans gives them the South Indian
        // short ॆ and ॊ, which Hindi never writes. ITRANS's own ii and uu are what is meant.
        keys.replace(QStringLiteral("ee"), QStringLiteral("ii"));
        keys.replace(QStringLiteral("oo"), QStringLiteral("uu"));
    }
    QString out;
    for (const QChar c : std::as_const(keys))
        out += key(c);
    return out + finish();
}

#else

// A build without the m17n library (Windows, where MSYS2 does not package it): no scheme can be opened, and the
// message says so; the program goes on in English typing.
struct HindiTyping::State {};

Result<HindiTyping> HindiTyping::open(TypingScheme)
{
    return makeError(ErrorCode::NotFound, tr("This build of GramDesk has no Hindi typing (the m17n library was not "
                                             "available when it was built). Type Hindi with the keyboard of Windows."));
}

HindiTyping::HindiTyping(std::unique_ptr<State> state) : m_state(std::move(state)) {}
HindiTyping::HindiTyping(HindiTyping &&) noexcept = default;
HindiTyping &HindiTyping::operator=(HindiTyping &&) noexcept = default;
HindiTyping::~HindiTyping() = default;
QString HindiTyping::key(QChar typed) { return typed; }
QString HindiTyping::preedit() const { return {}; }
QString HindiTyping::finish() { return {}; }
QString HindiTyping::convert(const QString &typed) { return typed; }

#endif

}  // namespace gd
