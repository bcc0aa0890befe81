// KrutiDev 010 text made readable: words worked out by hand from the font's keyboard (j र, e म, s े, 'k श, d क,
// q ु, k ा; f the i sign typed before its consonant; Z the reph typed after its syllable; capitals the half
// letters), and the recognition of a KrutiDev column beside English ones.
#include "base/Csv.h"
#include "input/LegacyFont.h"
#include "registers/Registers.h"

#include <QRandomGenerator>
#include <QTest>

using gd::KrutiDev;

class TestLegacyFont : public QObject {
    Q_OBJECT
private slots:
    void words_data()
    {
        QTest::addColumn<QString>("legacy");
        QTest::addColumn<QString>("unicode");
        QTest::newRow("name") << "jes'k dqekj" << "रमेश कुमार";
        QTest::newRow("nasal") << "iapk;r" << "पंचायत";
        QTest::newRow("village") << "xkao" << "गांव";
        QTest::newRow("i sign before its consonant") << "fd'kksj" << "किशोर";
        QTest::newRow("i sign before a half letter's cluster") << "fLFkr" << "स्थित";
        QTest::newRow("i sign before a rakar cluster") << "fiz;k" << "प्रिया";
        QTest::newRow("i sign before a glyph conjunct") << "fo|ky;" << "विद्यालय";
        QTest::newRow("reph after a vowel sign") << "oekZ" << "वर्मा";
        QTest::newRow("reph on a bare consonant") << "/keZ" << "धर्म";
        QTest::newRow("reph on ya") << "dk;Z" << "कार्य";
        QTest::newRow("i sign and reph in one word") << "fo'odekZ" << "विश्वकर्मा";
        QTest::newRow("reph before a later syllable") << "fuokZpu" << "निर्वाचन";
        QTest::newRow("half letter") << "iRuh" << "पत्नी";
        QTest::newRow("half na") << "fgUnh" << "हिन्दी";
        QTest::newRow("rakar") << "izek.k i=" << "प्रमाण पत्र";
        QTest::newRow("gram") << "xzke" << "ग्राम";
        QTest::newRow("nukta") << "yM+dh" << "लड़की";
        QTest::newRow("shri") << "Jherh" << "श्रीमती";
        QTest::newRow("ru") << "#i;s" << "रुपये";
        QTest::newRow("long i vowel") << "bZ'oj" << "ईश्वर";
        QTest::newRow("o vowel") << "vkse" << "ओम";
        QTest::newRow("candra o") << "MkWDVj" << "डॉक्टर";
        QTest::newRow("danda and digits") << "okMZ 3 A" << "वार्ड 3 ।";
        QTest::newRow("unicode stays") << "रमेश" << "रमेश";
    }
    void words()
    {
        QFETCH(QString, legacy);
        QFETCH(QString, unicode);
        QCOMPARE(KrutiDev::toUnicode(legacy), unicode);
    }

    void recognises_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("krutiDev");
        QTest::newRow("KrutiDev name") << "jes'k dqekj" << true;
        QTest::newRow("KrutiDev address") << "xzke jkeiqj] okMZ 3" << true;
        QTest::newRow("KrutiDev with an English abbreviation") << "jes'k dqekj S/o eksgu yky" << true;
        QTest::newRow("English name") << "Ramesh Kumar" << false;
        QTest::newRow("English sentence") << "Ramesh Kumar lives in the village" << false;
        QTest::newRow("English name 2") << "Sita Devi" << false;
        QTest::newRow("lower-case English") << "income certificate" << false;
        QTest::newRow("Hindi") << "रमेश कुमार" << false;
        QTest::newRow("a number") << "9415012345" << false;
    }
    void recognises()
    {
        QFETCH(QString, text);
        QFETCH(bool, krutiDev);
        QCOMPARE(KrutiDev::looksLike(text), krutiDev);
    }

    // Text drawn by another old font (a made-up line thick with the Windows code page's accented letters, as such
    // fonts store Hindi) is told apart from KrutiDev, English and Unicode Hindi.
    void otherOldFonts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("other");
        QTest::newRow("accented letters throughout") << QStringLiteral("¥æßæü ·é¤×æÚU") << true;
        QTest::newRow("KrutiDev") << QStringLiteral("jes'k dqekj") << false;
        QTest::newRow("an accented English name") << QStringLiteral("José Fernandes") << false;
        QTest::newRow("English") << QStringLiteral("Ramesh Kumar") << false;
        QTest::newRow("Hindi") << QStringLiteral("रमेश कुमार") << false;
    }
    void otherOldFonts()
    {
        QFETCH(QString, text);
        QFETCH(bool, other);
        QCOMPARE(gd::OtherLegacyFont::looksLike(text), other);
    }

    // Any text at all (bytes of a damaged file, the stand-ins the conversion uses inside, marks alone) converts
    // without harm and is judged without harm.
    void anyTextIsSafe()
    {
        QRandomGenerator random(27);
        const QString alphabet = QStringLiteral("fZzkhqwsSa~+'\"[{/?.;|=}#:ÅØ¶¸¡¼½ vbmjedlgptrnuicoyxKJDRL") + QChar(0xE001)
                                 + QChar(0xE002) + QStringLiteral("्ािर");
        for (int n = 0; n < 20000; ++n) {
            QString text;
            const int length = int(random.bounded(12));
            for (int i = 0; i < length; ++i)
                text += alphabet.at(random.bounded(int(alphabet.size())));
            const QString unicode = KrutiDev::toUnicode(text);
            QVERIFY(!unicode.contains(QChar(0xE001)) && !unicode.contains(QChar(0xE002)));
            (void)KrutiDev::looksLike(text);
        }
    }

    // A visitors' sheet whose names and villages were typed in KrutiDev, its purpose column in English codes:
    // only the KrutiDev columns are offered for conversion.
    void columnsOfATable()
    {
        const auto row = [](std::initializer_list<const char *> cells) {
            QStringList out;
            for (const char *c : cells)
                out += QString::fromUtf8(c);
            return out;
        };
        gd::csv::Table table;
        table.header = row({"date", "time_in", "name", "purpose", "village", "mobile"});
        table.rows = {row({"2026-11-20", "10:00", "jes'k dqekj", "enquiry", "jkeiqj", "9415012345"}),
                      row({"2026-11-20", "10:05", "lhrk nsoh", "service", "dVjk", ""}),
                      row({"2026-11-20", "10:09", "eksgu yky", "enquiry", "jkeiqj", "9415012346"})};
        QCOMPARE(KrutiDev::columns(table, gd::Registers::visitors()), (QList<qsizetype>{2, 4}));
    }
};

QTEST_GUILESS_MAIN(TestLegacyFont)
#include "tst_legacy_font.moc"
