#include "base/Money.h"

#include <QTest>

using gd::Money;

class TestMoney : public QObject {
    Q_OBJECT
private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("paise");
        QTest::newRow("plain") << "1234.5" << 123450LL;
        QTest::newRow("western grouping") << "1,234.50" << 123450LL;
        QTest::newRow("indian grouping") << "1,23,456.50" << 12345650LL;
        QTest::newRow("rupee sign") << "₹ 1,23,456.50" << 12345650LL;
        QTest::newRow("Rs.") << "Rs. 25" << 2500LL;
        QTest::newRow("Rs no dot") << "Rs 25.05" << 2505LL;
        QTest::newRow("zero") << "0" << 0LL;
        QTest::newRow("one paisa") << "0.01" << 1LL;
        QTest::newRow("devanagari digits") << "१,२५०.५०" << 125050LL;
        QTest::newRow("crore") << "1,00,00,000" << 1000000000LL;
        QTest::newRow("largest in words") << "99,99,99,999.99" << 99999999999LL;
        QTest::newRow("spaces") << "  42.10 " << 4210LL;
        QTest::newRow("thousands, either way") << "12,345" << 1234500LL;
        QTest::newRow("international lakh") << "123,456.50" << 12345650LL;
        QTest::newRow("international million") << "1,234,567" << 123456700LL;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qint64, paise);
        auto r = Money::parse(text);
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().message));
        QCOMPARE(r.value(), paise);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << "";
        QTest::newRow("three decimals") << "1.234";
        QTest::newRow("negative") << "-5";
        QTest::newRow("letters") << "12a";
        QTest::newRow("leading comma") << ",123";
        QTest::newRow("double comma") << "1,,234";
        QTest::newRow("trailing comma") << "123,";
        QTest::newRow("one digit group") << "1,2,3";
        QTest::newRow("two dots") << "1.2.3";
        QTest::newRow("comma in decimals") << "1.2,3";
        QTest::newRow("only dot") << ".";
        QTest::newRow("too large") << "1000000000000000";
    }
    void rejects()
    {
        QFETCH(QString, text);
        auto r = Money::parse(text);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted %1").arg(text)));
        QCOMPARE(r.error().code, gd::ErrorCode::InputRejected);
        QVERIFY(!r.error().message.isEmpty());
    }

    // Commas that group digits neither the Indian nor the international way (a European decimal comma, a slip of
    // the hand) are refused, naming both ways, instead of read as a larger amount.
    void groupingThatIsNeitherWay_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("European hundred") << "100,00";
        QTest::newRow("twelve point three four") << "12,34";
        QTest::newRow("with paise") << "12,34.50";
        QTest::newRow("last group of two") << "1,234,56";
        QTest::newRow("Indian lakh with a wide first group") << "123,45,678";
        QTest::newRow("mixed groups") << "1,23,456,789";
    }
    void groupingThatIsNeitherWay()
    {
        QFETCH(QString, text);
        auto r = Money::parse(text);
        QVERIFY2(!r.ok(), qPrintable(QStringLiteral("accepted %1 as %2").arg(text).arg(r.ok() ? r.value() : 0)));
        QVERIFY2(r.error().message.contains(QStringLiteral("the Indian way (1,23,456.50) or the international way (123,456.50)")),
                 qPrintable(r.error().message));
    }

    void format_data()
    {
        QTest::addColumn<qint64>("paise");
        QTest::addColumn<QString>("text");
        QTest::newRow("zero") << 0LL << "0.00";
        QTest::newRow("paise only") << 5LL << "0.05";
        QTest::newRow("hundreds") << 99999LL << "999.99";
        QTest::newRow("thousand") << 100000LL << "1,000.00";
        QTest::newRow("lakh") << 10000000LL << "1,00,000.00";
        QTest::newRow("example") << 12345678LL * 100 + 50 << "1,23,45,678.50";
        QTest::newRow("crore") << 1000000000LL << "1,00,00,000.00";
        QTest::newRow("negative") << -123456LL << "-1,234.56";
    }
    void format()
    {
        QFETCH(qint64, paise);
        QFETCH(QString, text);
        QCOMPARE(Money::format(paise), text);
    }

    void formatDevanagari() { QCOMPARE(Money::format(12345650, true), QStringLiteral("१,२३,४५६.५०")); }
    void plain()
    {
        QCOMPARE(Money::plain(12345650), QStringLiteral("123456.50"));
        QCOMPARE(Money::plain(7), QStringLiteral("0.07"));
        QCOMPARE(Money::plain(0), QStringLiteral("0.00"));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
