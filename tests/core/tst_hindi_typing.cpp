// Hindi from an English keyboard through m17n's Hindi input methods: each scheme on words worked out by hand
// from its rules (ITRANS for phonetic typing, the Remington/KrutiDev typewriter layout, InScript).
#include "input/HindiTyping.h"

#include <QTest>

using gd::HindiTyping;
using gd::TypingScheme;

class TestHindiTyping : public QObject {
    Q_OBJECT
private slots:
    void words_data()
    {
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("hindi");
        // ITRANS: aa/A = ा, I = ी, sh = श, a vowel after a consonant in its inherent form.
        QTest::newRow("phonetic name") << int(TypingScheme::Phonetic) << "ramesh kumaar" << "रमेश कुमार";
        QTest::newRow("phonetic long vowels") << int(TypingScheme::Phonetic) << "sItA devI" << "सीता देवी";
        QTest::newRow("phonetic short word") << int(TypingScheme::Phonetic) << "raam" << "राम";
        QTest::newRow("phonetic two words") << int(TypingScheme::Phonetic) << "mohan laal" << "मोहन लाल";
        // ee and oo as everyone types them: ी and ू (not hi-itrans's South Indian ॆ and ॊ).
        QTest::newRow("phonetic ee") << int(TypingScheme::Phonetic) << "deepak" << "दीपक";
        QTest::newRow("phonetic oo") << int(TypingScheme::Phonetic) << "poonam" << "पूनम";
        // KrutiDev/Remington keys: j र, e म, s े, 'k श, d क, q ु, k ा.
        QTest::newRow("remington name") << int(TypingScheme::Remington) << "jes'k dqekj" << "रमेश कुमार";
        // InScript: k क, d the halant.
        QTest::newRow("inscript consonant") << int(TypingScheme::InScript) << "k" << "क";
        QTest::newRow("inscript half letter") << int(TypingScheme::InScript) << "kd" << "क्";
    }
    void words()
    {
        QFETCH(int, scheme);
        QFETCH(QString, typed);
        QFETCH(QString, hindi);
        auto typing = HindiTyping::open(TypingScheme(scheme));
        QVERIFY2(typing.ok(), qPrintable(typing.ok() ? QString() : typing.error().message));
        QCOMPARE(typing.value().convert(typed), hindi);
        // The same method types the next text afresh.
        QCOMPARE(typing.value().convert(typed), hindi);
    }

    // Key by key, as a text field feeds it: what is being composed shows until the next key commits it.
    void keyByKey()
    {
        auto typing = HindiTyping::open(TypingScheme::Phonetic).value();
        QString committed = typing.key(u'r');
        QCOMPARE(committed, QString());
        QCOMPARE(typing.preedit(), QStringLiteral("र्"));  // ITRANS: a consonant alone is half (with its halant)
        committed += typing.key(u'a');
        committed += typing.key(u'a');
        committed += typing.key(u'm');
        committed += typing.finish();
        QCOMPARE(committed, QStringLiteral("राम"));
        QCOMPARE(typing.preedit(), QString());
    }

    void schemesByName()
    {
        TypingScheme s = TypingScheme::Phonetic;
        QVERIFY(HindiTyping::schemeFromCode(QStringLiteral("remington"), &s));
        QCOMPARE(s, TypingScheme::Remington);
        QVERIFY(HindiTyping::schemeFromCode(QStringLiteral("inscript"), &s));
        QCOMPARE(s, TypingScheme::InScript);
        QVERIFY(!HindiTyping::schemeFromCode(QStringLiteral("krutidev"), &s));
    }
};

QTEST_GUILESS_MAIN(TestHindiTyping)
#include "tst_hindi_typing.moc"
