// Hindi typing per keystroke on the words of tests/data/typing-accuracy.tsv, typed key by key, in two ways:
// - in core, as the field asks it: the word so far converted by m17n (hi-itrans) and the spellings the book knows
//   looked up and ranked; the floor is the m17n conversion alone;
// - whole, as a clerk types: each key sent to a text field with Hindi typing on (the preedit drawn, the popup of
//   spellings placed) and the word ended by Space; the floor is the same keys into the same field with Hindi
//   typing off (Qt's own typing).
// The budget is a 95th percentile under 16 ms per keystroke on the ten-year demo book (the default here).
#include "BenchBook.h"
#include "HindiKeyboard.h"
#include "input/HindiTyping.h"
#include "input/TypingLexicon.h"

#include <QApplication>
#include <QFile>
#include <QKeyEvent>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTest>

using namespace gd;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QStandardPaths::setTestModeEnabled(true);  // turning Hindi typing on and off is remembered: not in the user's settings
    // The offscreen platform says at every popup that it cannot raise it; the figures are what is read here.
    qInstallMessageHandler([](QtMsgType, const QMessageLogContext &, const QString &message) {
        if (!message.contains(QStringLiteral("does not support")))
            std::fprintf(stderr, "%s\n", qPrintable(message));
    });
    bench::DemoBook demo;
    if (!demo.book)
        return 1;
    QElapsedTimer read;
    read.start();
    auto lexicon = TypingLexicon::forBook(*demo.book);
    if (!lexicon) {
        std::fprintf(stderr, "%s\n", qPrintable(lexicon.error().message));
        return 1;
    }
    const qint64 readMs = read.elapsed();
    auto typing = HindiTyping::open(TypingScheme::Phonetic);
    if (!typing) {
        std::fprintf(stderr, "%s\n", qPrintable(typing.error().message));
        return 1;
    }
    QFile file(QStringLiteral(GRAMDESK_TEST_DATA "/typing-accuracy.tsv"));
    if (!file.open(QIODevice::ReadOnly))
        return 1;
    QStringList words;
    for (const QString &line : QString::fromUtf8(file.readAll()).split(u'\n')) {
        if (!line.isEmpty() && !line.startsWith(u'#'))
            words += line.section(u'\t', 0, 0);
    }
    QList<double> floor, ours;
    qint64 offered = 0;
    for (int round = 0; round < 3; ++round) {
        for (const QString &word : std::as_const(words)) {
            for (qsizetype n = 1; n <= word.size(); ++n) {
                const QString typed = word.left(n);
                QElapsedTimer t;
                t.start();
                typing.value().convert(typed);
                floor.append(double(t.nsecsElapsed()) / 1e6);
                t.restart();
                const QString converted = typing.value().convert(typed);
                offered += lexicon.value().suggest(typed, converted, 9).size();
                ours.append(double(t.nsecsElapsed()) / 1e6);
            }
        }
    }
    std::printf("bench_typing: %lld words known (the book's and the built-in list), demo of %d years; read in %lld ms "
                "(once, beside the window)\n",
                static_cast<long long>(lexicon.value().size()), bench::demoYears(), static_cast<long long>(readMs));
    std::printf("  %lld keystrokes, %lld spellings offered in all\n", static_cast<long long>(ours.size()),
                static_cast<long long>(offered));
    std::printf("  %-40s %10s %10s %8s\n", "per keystroke", "floor ms", "typing ms", "ratio");
    const auto line = [](const char *what, double f, double s) {
        std::printf("  %-40s %10.3f %10.3f %8.2f\n", what, f, s, s / std::max(f, 0.001));
    };
    line("50th percentile", bench::percentile(floor, 0.5), bench::percentile(ours, 0.5));
    line("95th percentile (budget 16 ms)", bench::percentile(floor, 0.95), bench::percentile(ours, 0.95));

    // Whole keystrokes into a field on screen (offscreen), with the book's words.
    QLineEdit field;
    field.resize(600, 30);
    field.show();
    field.activateWindow();
    field.setFocus();
    if (!QTest::qWaitForWindowActive(&field)) {
        std::fprintf(stderr, "the field could not be shown\n");
        return 1;
    }
    ui::HindiKeyboard &keyboard = ui::HindiKeyboard::instance();
    keyboard.setLexicon(lexicon.value());
    const auto typeAll = [&](bool hindi, QList<double> &ms) {
        keyboard.setOn(hindi);
        for (const QString &word : std::as_const(words)) {
            field.clear();
            const QString keys = word + u' ';
            for (const QChar c : keys) {
                QElapsedTimer t;
                t.start();
                QKeyEvent press(QEvent::KeyPress, c == u' ' ? Qt::Key_Space : Qt::Key_unknown, Qt::NoModifier, QString(c));
                QApplication::sendEvent(&field, &press);
                QKeyEvent release(QEvent::KeyRelease, c == u' ' ? Qt::Key_Space : Qt::Key_unknown, Qt::NoModifier, QString(c));
                QApplication::sendEvent(&field, &release);
                QApplication::processEvents();
                ms.append(double(t.nsecsElapsed()) / 1e6);
            }
        }
    };
    QList<double> plain, hindi;
    for (int round = 0; round < 3; ++round) {
        typeAll(false, plain);
        typeAll(true, hindi);
    }
    keyboard.setOn(false);
    std::printf("  %lld keystrokes into a text field, Hindi typing off (floor) and on\n", static_cast<long long>(hindi.size()));
    line("field: 50th percentile", bench::percentile(plain, 0.5), bench::percentile(hindi, 0.5));
    line("field: 95th percentile (budget 16 ms)", bench::percentile(plain, 0.95), bench::percentile(hindi, 0.95));
    return 0;
}
