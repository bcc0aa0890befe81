#include "base/PhoneticKey.h"

#include <QTest>

using gd::PhoneticKey;

class TestPhonetic : public QObject {
    Q_OBJECT
private slots:
    // The same name as offices write it in Devanagari and in Latin letters.
    void sameName_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        const QList<QPair<const char16_t *, const char16_t *>> pairs = {
            {u"Ramesh Kumar", u"रमेश कुमार"}, {u"ramesh kumaar", u"रमेश कुमार"}, {u"Ramesh Kumar", u"ramesh kumaar"},
            {u"Sharma", u"शर्मा"}, {u"Prasad", u"प्रसाद"}, {u"Devi", u"देवी"}, {u"Sita", u"सीता"},
            {u"Seeta", u"Sita"}, {u"Yadav", u"यादव"}, {u"Verma", u"वर्मा"}, {u"Gupta", u"गुप्ता"},
            {u"Mishra", u"मिश्रा"}, {u"Misra", u"Mishra"}, {u"Tiwari", u"तिवारी"}, {u"Tripathi", u"त्रिपाठी"},
            {u"Pandey", u"पाण्डेय"}, {u"Srivastava", u"श्रीवास्तव"}, {u"Chaudhary", u"चौधरी"},
            {u"Choudhary", u"Chaudhary"}, {u"Rajesh", u"राजेश"}, {u"Suresh", u"सुरेश"}, {u"Mahesh", u"महेश"},
            {u"Dinesh", u"दिनेश"}, {u"Anil", u"अनिल"}, {u"Kamla", u"कमला"}, {u"Kamala", u"कमला"},
            {u"Sunita", u"सुनीता"}, {u"Santosh", u"संतोष"}, {u"Pooja", u"पूजा"}, {u"Puja", u"Pooja"},
            {u"Neha", u"नेहा"}, {u"Amit", u"अमित"}, {u"Ankit", u"अंकित"}, {u"Rahul", u"राहुल"},
            {u"Vikas", u"विकास"}, {u"Sachin", u"सचिन"}, {u"Deepak", u"दीपक"}, {u"Manoj", u"मनोज"},
            {u"Sanjay", u"संजय"}, {u"Vijay", u"विजय"}, {u"Ajay", u"अजय"}, {u"Ravi", u"रवि"},
            {u"Mukesh", u"मुकेश"}, {u"Geeta", u"गीता"}, {u"Radha", u"राधा"}, {u"Savitri", u"सावित्री"},
            {u"Urmila", u"उर्मिला"}, {u"Om Prakash", u"ओम प्रकाश"}, {u"Ram Singh", u"राम सिंह"},
            {u"Phoolmati", u"फूलमती"}, {u"Lakshmi", u"लक्ष्मी"}, {u"Laxmi", u"लक्ष्मी"}, {u"Krishna", u"कृष्ण"},
            {u"Mamta", u"ममता"}, {u"Ambika", u"अंबिका"}, {u"Jaiswal", u"जायसवाल"}, {u"Maurya", u"मौर्य"},
            {u"Gyan Chand", u"ज्ञान चंद"}, {u"Shri Ram", u"श्री राम"},
        };
        for (const auto &[a, b] : pairs)
            QTest::newRow(qPrintable(QString::fromUtf16(a) + QStringLiteral(" ~ ") + QString::fromUtf16(b)))
                << QString::fromUtf16(a) << QString::fromUtf16(b);
    }
    void sameName()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        const QString ka = PhoneticKey::forText(a);
        QVERIFY(!ka.isEmpty());
        QCOMPARE(ka, PhoneticKey::forText(b));
    }

    // Different people must not meet.
    void differentNames_data()
    {
        QTest::addColumn<QString>("a");
        QTest::addColumn<QString>("b");
        const QList<QPair<const char16_t *, const char16_t *>> pairs = {
            {u"Ramesh", u"राकेश"}, {u"Sita", u"गीता"}, {u"Mohan", u"सोहन"}, {u"Ram", u"श्याम"},
            {u"Kumar", u"कमल"}, {u"Prasad", u"प्रकाश"}, {u"Sharma", u"वर्मा"}, {u"Suresh", u"नरेश"},
            {u"Anil", u"सुनील"}, {u"Sunita", u"सरिता"}, {u"Rajesh", u"रमेश"}, {u"Vikas", u"विशाल"},
            {u"Pooja", u"पुनीत"}, {u"Yadav", u"जाधव"},
        };
        for (const auto &[a, b] : pairs)
            QTest::newRow(qPrintable(QString::fromUtf16(a) + QStringLiteral(" / ") + QString::fromUtf16(b)))
                << QString::fromUtf16(a) << QString::fromUtf16(b);
    }
    void differentNames()
    {
        QFETCH(QString, a);
        QFETCH(QString, b);
        QVERIFY2(PhoneticKey::forText(a) != PhoneticKey::forText(b),
                 qPrintable(QStringLiteral("both give %1").arg(PhoneticKey::forText(a))));
    }

    void keyShape()
    {
        QCOMPARE(PhoneticKey::forText(QStringLiteral("Ramesh Kumar")), QStringLiteral("RMS KMR"));
        QCOMPARE(PhoneticKey::forText(QStringLiteral("  ")), QString());
        QCOMPARE(PhoneticKey::forText(QStringLiteral("12-B")), QStringLiteral("B"));
    }
};

QTEST_GUILESS_MAIN(TestPhonetic)
#include "tst_phonetic.moc"
