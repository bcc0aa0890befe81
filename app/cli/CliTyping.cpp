// gramdesk-cli's type command: Hindi from English keys through m17n, and the spellings a book or the built-in list
// knows.
#include "Cli.h"
#include "input/HindiTyping.h"
#include "input/TypingLexicon.h"
#include "StandardOutput.h"

#include "office/Roles.h"

namespace gd::cli {

int Cli::type()
{
    const QString schemeText = option(QStringLiteral("--scheme"));
    const QString suggestText = option(QStringLiteral("--suggest"));
    TypingScheme scheme = TypingScheme::Phonetic;
    if (!schemeText.isEmpty() && !HindiTyping::schemeFromCode(schemeText, &scheme))
        return usage(tr("--scheme takes phonetic, remington or inscript, not \"%1\".").arg(schemeText));
    bool ok = true;
    const int suggest = suggestText.isEmpty() ? 0 : suggestText.toInt(&ok);
    if (!ok || suggest < 0 || suggest > 50)
        return usage(tr("--suggest takes a number from 1 to 50."));
    if (m_args.isEmpty())
        return usage(tr("type needs the text: type [--scheme phonetic|remington|inscript] [--suggest N] TEXT."));
    auto typing = HindiTyping::open(scheme);
    if (!typing)
        return fail(typing.error());
    const QString text = m_args.join(u' ');
    m_out << typing.value().convert(text) << Qt::endl;
    if (suggest == 0)
        return 0;

    // The spellings the book (with --book) or the built-in list knows, for the last word; the words before it
    // as the lexicon would pick them.
    TypingLexicon lexicon = TypingLexicon::builtIn();
    if (!m_bookOption.isEmpty()) {
        auto session = login(Book::Options::Access::Read);
        if (!session)
            return fail(session.error());
        if (auto s = Roles::require(session.value().user.role, Right::Read); !s)
            return fail(s.error());
        auto read = TypingLexicon::forBook(*session.value().book);
        if (!read)
            return fail(read.error());
        lexicon = std::move(read.value());
    }
    // Phonetic keys are compared with the spellings as typed; Remington's and InScript's keys say nothing of sound,
    // so there what they made is compared.
    const auto spellings = [&](const QString &word, int limit) {
        const QString converted = typing.value().convert(word);
        return lexicon.suggest(scheme == TypingScheme::Phonetic ? word : converted, converted, limit);
    };
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    QStringList before;
    for (qsizetype i = 0; i + 1 < words.size(); ++i)
        before += spellings(words.at(i), 1).value(0, typing.value().convert(words.at(i)));
    for (const QString &candidate : spellings(words.last(), suggest))
        m_out << QStringList(before + QStringList{candidate}).join(u' ') << Qt::endl;
    return 0;
}

}  // namespace gd::cli
