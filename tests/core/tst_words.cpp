#include "base/AmountInWords.h"

#include <QTest>

using namespace gd::words;

class TestWords : public QObject {
    Q_OBJECT
private slots:
    // Every Hindi number word from 1 to 99, written out by hand: each is irregular.
    void hindiUpToNinetyNine()
    {
        const QStringList expected = QStringLiteral(
            "एक दो तीन चार पाँच छह सात आठ नौ दस "
            "ग्यारह बारह तेरह चौदह पंद्रह सोलह सत्रह अठारह उन्नीस बीस "
            "इक्कीस बाईस तेईस चौबीस पच्चीस छब्बीस सत्ताईस अट्ठाईस उनतीस तीस "
            "इकतीस बत्तीस तैंतीस चौंतीस पैंतीस छत्तीस सैंतीस अड़तीस उनतालीस चालीस "
            "इकतालीस बयालीस तैंतालीस चवालीस पैंतालीस छियालीस सैंतालीस अड़तालीस उनचास पचास "
            "इक्यावन बावन तिरपन चौवन पचपन छप्पन सत्तावन अट्ठावन उनसठ साठ "
            "इकसठ बासठ तिरसठ चौंसठ पैंसठ छियासठ सड़सठ अड़सठ उनहत्तर सत्तर "
            "इकहत्तर बहत्तर तिहत्तर चौहत्तर पचहत्तर छिहत्तर सतहत्तर अठहत्तर उनासी अस्सी "
            "इक्यासी बयासी तिरासी चौरासी पचासी छियासी सत्तासी अट्ठासी नवासी नब्बे "
            "इक्यानवे बानवे तिरानवे चौरानवे पंचानवे छियानवे सत्तानवे अट्ठानवे निन्यानवे").split(u' ');
        QCOMPARE(expected.size(), 99);
        for (int n = 1; n <= 99; ++n)
            QCOMPARE(hindiNumber(n), expected.at(n - 1));
    }

    void englishBelowHundred_data()
    {
        QTest::addColumn<int>("n");
        QTest::addColumn<QString>("words");
        QTest::newRow("1") << 1 << "One";
        QTest::newRow("13") << 13 << "Thirteen";
        QTest::newRow("19") << 19 << "Nineteen";
        QTest::newRow("20") << 20 << "Twenty";
        QTest::newRow("21") << 21 << "Twenty-One";
        QTest::newRow("40") << 40 << "Forty";
        QTest::newRow("67") << 67 << "Sixty-Seven";
        QTest::newRow("99") << 99 << "Ninety-Nine";
    }
    void englishBelowHundred()
    {
        QFETCH(int, n);
        QFETCH(QString, words);
        QCOMPARE(englishNumber(n), words);
    }

    void amounts_data()
    {
        QTest::addColumn<qint64>("paise");
        QTest::addColumn<QString>("english");
        QTest::addColumn<QString>("hindi");
        QTest::newRow("issue example") << 123456750LL
                                       << "Rupees Twelve Lakh Thirty-Four Thousand Five Hundred Sixty-Seven and Fifty Paise Only"
                                       << "बारह लाख चौंतीस हज़ार पाँच सौ सड़सठ रुपये पचास पैसे मात्र";
        QTest::newRow("domain example") << 12345650LL
                                        << "Rupees One Lakh Twenty-Three Thousand Four Hundred Fifty-Six and Fifty Paise Only"
                                        << "एक लाख तेईस हज़ार चार सौ छप्पन रुपये पचास पैसे मात्र";
        QTest::newRow("largest") << 9999999999999LL / 100
                                 << "Rupees Ninety-Nine Crore Ninety-Nine Lakh Ninety-Nine Thousand Nine Hundred Ninety-Nine and Ninety-Nine Paise Only"
                                 << "निन्यानवे करोड़ निन्यानवे लाख निन्यानवे हज़ार नौ सौ निन्यानवे रुपये निन्यानवे पैसे मात्र";
        QTest::newRow("zero") << 0LL << "Rupees Zero Only" << "शून्य रुपये मात्र";
        QTest::newRow("one rupee") << 100LL << "Rupees One Only" << "एक रुपया मात्र";
        QTest::newRow("paise only") << 75LL << "Seventy-Five Paise Only" << "पचहत्तर पैसे मात्र";
        QTest::newRow("one paisa") << 1LL << "One Paisa Only" << "एक पैसा मात्र";
        QTest::newRow("round crore") << 10000000000LL << "Rupees Ten Crore Only" << "दस करोड़ रुपये मात्र";
        QTest::newRow("gaps") << 100000100LL << "Rupees Ten Lakh One Only" << "दस लाख एक रुपये मात्र";
        QTest::newRow("hundreds") << 50500LL << "Rupees Five Hundred Five Only" << "पाँच सौ पाँच रुपये मात्र";
        QTest::newRow("thousand") << 100000LL << "Rupees One Thousand Only" << "एक हज़ार रुपये मात्र";
        QTest::newRow("beyond 99 crore") << 123400000000LL
                                         << "Rupees One Hundred Twenty-Three Crore Forty Lakh Only"
                                         << "एक सौ तेईस करोड़ चालीस लाख रुपये मात्र";
    }
    void amounts()
    {
        QFETCH(qint64, paise);
        QFETCH(QString, english);
        QFETCH(QString, hindi);
        QCOMPARE(englishAmount(paise), english);
        QCOMPARE(hindiAmount(paise), hindi);
    }
};

QTEST_GUILESS_MAIN(TestWords)
#include "tst_words.moc"
