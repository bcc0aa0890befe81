// Text typed in the old KrutiDev 010 and Walkman Chanakya fonts made readable: words worked out by hand from the
// fonts' keyboard (j र, e म, s े, 'k श, d क, q ु, k ा; f the i sign typed before its consonant; Z the reph typed
// after its syllable; capitals the half letters) and, for Walkman Chanakya, from its glyphs (each word below was
// drawn in the WalkmanChanakya901 font and read); the recognition of such a column beside English ones, and of
// which of the two fonts a text was typed in.
#include "base/Csv.h"
#include "input/LegacyFont.h"
#include "registers/Registers.h"

#include <QRandomGenerator>
#include <QTest>

using gd::LegacyFont;
using gd::LegacyText;

namespace {

QStringList utf8(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out += QString::fromUtf8(t);
    return out;
}

}  // namespace

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
        QTest::newRow("dha") << "/keksZ" << "धर्मो";
        QTest::newRow("ru") << "#i;s" << "रुपये";
        QTest::newRow("long i vowel") << "bZ'oj" << "ईश्वर";
        QTest::newRow("o vowel") << "vkse" << "ओम";
        QTest::newRow("candra o") << "MkWDVj" << "डॉक्टर";
        QTest::newRow("danda and digits") << "okMZ 3 A" << "वार्ड 3 ।";
        // The glyphs typed with Alt that a hymn book typed in KrutiDev and the Walkman Chanakya font agree on.
        QTest::newRow("hr glyph") << "ân;" << "हृदय";
        QTest::newRow("half dha glyph") << "laè;k" << "संध्या";
        QTest::newRow("tta glyph") << "mÙke" << "उत्तम";
        QTest::newRow("kr glyph") << "Ñik" << "कृपा";
        QTest::newRow("reph with a bindu") << "Loxks± rkb±" << "स्वर्गों ताईं";
        QTest::newRow("pra glyph") << "çHkq" << "प्रभु";
        QTest::newRow("a glyph not read stays") << "mðkj" << "उðार";
        QTest::newRow("unicode stays") << "रमेश" << "रमेश";
    }
    void words()
    {
        QFETCH(QString, legacy);
        QFETCH(QString, unicode);
        QCOMPARE(LegacyText::toUnicode(LegacyFont::KrutiDev, legacy), unicode);
    }

    void walkmanChanakyaWords_data()
    {
        QTest::addColumn<QString>("legacy");
        QTest::addColumn<QString>("unicode");
        QTest::newRow("pha is pa and its hook") << "iQwypUn" << "फूलचन्द";
        QTest::newRow("pha inside a word") << "viQlj" << "अफसर";
        QTest::newRow("half pha") << "eqIQr" << "मुफ्त";
        QTest::newRow("pha with nukta") << "iQ+dhj" << "फ़कीर";
        QTest::newRow("vowel r") << "½f\"k" << "ऋषि";
        QTest::newRow("dha whole") << "ç/ku" << "प्रधान";
        QTest::newRow("dha half") << "è;ku" << "ध्यान";
        QTest::newRow("ddha and reph") << "fl¼kFkZ" << "सिद्धार्थ";
        QTest::newRow("quotes") << "¶jkeiqj¸" << "“रामपुर”";
        QTest::newRow("brackets as they are") << "(la;qDr)" << "(संयुक्त)";
        QTest::newRow("pra glyph") << "çdk'k" << "प्रकाश";
        QTest::newRow("tta glyph") << "nÙk" << "दत्त";
        QTest::newRow("nna glyph") << "vÂ" << "अन्न";
        QTest::newRow("i sign with the reph") << "dh£r" << "कीर्ति";
        QTest::newRow("i sign with a bindu") << "¯lg" << "सिंह";
        QTest::newRow("reph with a bindu") << "Loxks±" << "स्वर्गों";
        QTest::newRow("slash and Devanagari digits") << "eSuiqjh@dUukSt ûú@üý" << "मैनपुरी/कन्नौज १०/२३";
        QTest::newRow("shared with KrutiDev") << "jes'k dqekj" << "रमेश कुमार";
    }
    void walkmanChanakyaWords()
    {
        QFETCH(QString, legacy);
        QFETCH(QString, unicode);
        QCOMPARE(LegacyText::toUnicode(LegacyFont::WalkmanChanakya, legacy), unicode);
    }

    // Where the fonts draw a glyph differently, the text says which it was typed in: KrutiDev's फ is "Q" and its
    // brackets "¼ ½"; Walkman Chanakya's फ is "iQ", and its "¼ ½" are द्ध and ऋ.
    void whichFont_data()
    {
        QTest::addColumn<QStringList>("texts");
        QTest::addColumn<LegacyFont>("font");
        QTest::newRow("KrutiDev pha") << utf8({"Qwypan"}) << LegacyFont::KrutiDev;
        QTest::newRow("Walkman pha") << utf8({"iQwypUn"}) << LegacyFont::WalkmanChanakya;
        QTest::newRow("KrutiDev brackets") << utf8({"¼jkeiqj½"}) << LegacyFont::KrutiDev;
        QTest::newRow("Walkman ddha") << utf8({"fl¼kFkZ"}) << LegacyFont::WalkmanChanakya;
        QTest::newRow("Walkman vowel r") << utf8({"½f\"k"}) << LegacyFont::WalkmanChanakya;
        QTest::newRow("KrutiDev half pha") << utf8({"eq¶r"}) << LegacyFont::KrutiDev;
        QTest::newRow("Walkman quotes") << utf8({"¶jkeiqj¸"}) << LegacyFont::WalkmanChanakya;
        QTest::newRow("nothing drawn differently") << utf8({"jes'k dqekj"}) << LegacyFont::KrutiDev;
        QTest::newRow("a column, most cells Walkman")
            << utf8({"iQwyerh", "jes'k dqekj", "fl¼kFkZ", "Qwypan"}) << LegacyFont::WalkmanChanakya;
    }
    void whichFont()
    {
        QFETCH(QStringList, texts);
        QFETCH(LegacyFont, font);
        QCOMPARE(LegacyText::fontOf(texts), font);
    }

    // The same bytes read in the other font: the reason the font is asked for.
    void theFontsDiffer()
    {
        QCOMPARE(LegacyText::toUnicode(LegacyFont::KrutiDev, QStringLiteral("Qwypan ¼jkeiqj½")), QStringLiteral("फूलचंद (रामपुर)"));
        QCOMPARE(LegacyText::toUnicode(LegacyFont::KrutiDev, QStringLiteral("iQwypUn")), QStringLiteral("पफूलचन्द"));
        QCOMPARE(LegacyText::toUnicode(LegacyFont::WalkmanChanakya, QStringLiteral("¼jkeiqj½")), QStringLiteral("द्धरामपुरऋ"));
        QCOMPARE(LegacyText::toUnicode(LegacyFont::None, QStringLiteral("jes'k")), QStringLiteral("jes'k"));
        QCOMPARE(LegacyText::fromCode(QStringLiteral("chanakya")), LegacyFont::WalkmanChanakya);
        QCOMPARE(LegacyText::fromCode(QStringLiteral("KrutiDev")), LegacyFont::KrutiDev);
        QCOMPARE(LegacyText::fromCode(QStringLiteral("devlys")), LegacyFont::None);
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
        QCOMPARE(LegacyText::looksLike(text), krutiDev);
    }

    // Text drawn by another old font (a made-up line thick with the Windows code page's accented letters, as such
    // fonts store Hindi) is told apart from KrutiDev, English and Unicode Hindi.
    void otherOldFonts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("other");
        QTest::newRow("accented letters throughout") << QStringLiteral("¥æßæü ·é¤×æÚU") << true;
        QTest::newRow("KrutiDev") << QStringLiteral("jes'k dqekj") << false;
        QTest::newRow("Walkman Chanakya") << QStringLiteral("iQwypUn çdk'k fl¼kFkZ") << false;
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
        const QString alphabet = QStringLiteral("fZzkhqwsSa~+'\"[{/?.;|=}#:ÅØ¶¸¡¼½ vbmjedlgptrnuicoyxKJDRLQ£²¯±³iI_")
                                 + QChar(0xE001) + QChar(0xE002) + QChar(0xE003) + QChar(0xE004) + QChar(0xE005)
                                 + QStringLiteral("्ािर");
        for (int n = 0; n < 20000; ++n) {
            QString text;
            const int length = int(random.bounded(12));
            for (int i = 0; i < length; ++i)
                text += alphabet.at(random.bounded(int(alphabet.size())));
            for (LegacyFont font : LegacyText::fonts()) {
                const QString unicode = LegacyText::toUnicode(font, text);
                QVERIFY(std::none_of(unicode.cbegin(), unicode.cend(),
                                     [](QChar c) { return c.unicode() >= 0xE001 && c.unicode() <= 0xE005; }));
            }
            (void)LegacyText::looksLike(text);
            (void)LegacyText::fontOf({text});
        }
    }

    // A visitors' sheet whose names and villages were typed in KrutiDev, its purpose column in English codes:
    // only the KrutiDev columns are offered for conversion.
    void columnsOfATable()
    {
        gd::csv::Table table;
        table.header = utf8({"date", "time_in", "name", "purpose", "village", "mobile"});
        table.rows = {utf8({"2026-11-20", "10:00", "jes'k dqekj", "enquiry", "jkeiqj", "9415012345"}),
                      utf8({"2026-11-20", "10:05", "lhrk nsoh", "service", "dVjk", ""}),
                      utf8({"2026-11-20", "10:09", "eksgu yky", "enquiry", "jkeiqj", "9415012346"})};
        QCOMPARE(LegacyText::columns(table, gd::Registers::visitors()), (QList<qsizetype>{2, 4}));
        QCOMPARE(LegacyText::fontOfColumns(table, {2, 4}), LegacyFont::KrutiDev);
    }
};

QTEST_GUILESS_MAIN(TestLegacyFont)
#include "tst_legacy_font.moc"
