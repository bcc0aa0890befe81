#include "demo/DemoAccounts.h"

#include "demo/DemoNames.h"
#include "registers/EntryService.h"

namespace gd {

using demo::kMen;
using demo::kStaff;
using demo::kSurnames;

namespace {

struct StockItem {
    const char *code;
    const char16_t *hi;
    const char *en;
    const char16_t *unit;
    int opening;  // whole units
    int rate;     // rupees
};
constexpr StockItem kStock[] = {
    {"PAPER", u"कागज़ (रिम)", "Paper (ream)", u"रिम", 20, 260},
    {"REGISTER", u"रजिस्टर", "Register", u"नग", 15, 180},
    {"FILE-COVER", u"फाइल कवर", "File cover", u"नग", 200, 12},
    {"PEN", u"पेन", "Pen", u"नग", 50, 10},
    {"BLEACHING", u"ब्लीचिंग पाउडर (किलो)", "Bleaching powder (kg)", u"किलो", 25, 45},
    {"BULB", u"एलईडी बल्ब", "LED bulb", u"नग", 30, 90},
    {"PHENYL", u"फिनाइल (लीटर)", "Phenyl (litre)", u"लीटर", 20, 60},
    {"CEMENT", u"सीमेंट (बोरी)", "Cement (bag)", u"बोरी", 10, 380},
};

}  // namespace

DemoAccounts::DemoAccounts(Book &book, QRandomGenerator &random) : m_book(book), m_random(random) {}

Status DemoAccounts::masters(const QDate &from)
{
    if (auto s = cashAccounts(from); !s)
        return s;
    return stockItems(from);
}

Status DemoAccounts::day(const QDate &day, const Charter &charter)
{
    m_charter = &charter;
    if (auto s = cashDay(day); !s)
        return s;
    return stockDay(day);
}

Result<Entry> DemoAccounts::insert(const RegisterDef &def, QVariantMap values)
{
    if (const auto problems = EntryService::prepare(def, values, *m_charter); !problems.isEmpty())
        return EntryService::problemError(def, problems);
    return EntryStore(m_book, def).insert(values);
}

Status DemoAccounts::cashAccounts(const QDate &from)
{
    User admin;
    admin.role = Role::Admin;
    m_cash = 500000;      // Rs 5,000.00
    m_bank = 25000000;    // Rs 2,50,000.00
    MasterStore store(m_book, Registers::cashAccounts());
    if (auto s = store.save(admin, {{QStringLiteral("code"), QStringLiteral("CASH")},
                                    {QStringLiteral("name_hi"), QStringLiteral("हाथ में नकद")},
                                    {QStringLiteral("name_en"), QStringLiteral("Cash in hand")},
                                    {QStringLiteral("kind"), QStringLiteral("cash")},
                                    {QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(m_cash)},
                                    {QStringLiteral("opening_date"), from}});
        !s)
        return s;
    return store.save(admin, {{QStringLiteral("code"), QStringLiteral("SBI")},
                              {QStringLiteral("name_hi"), QStringLiteral("भारतीय स्टेट बैंक (ग्राम निधि)")},
                              {QStringLiteral("name_en"), QStringLiteral("State Bank of India (Gram Nidhi)")},
                              {QStringLiteral("kind"), QStringLiteral("bank")},
                              {QStringLiteral("opening_balance"), QVariant::fromValue<qint64>(m_bank)},
                              {QStringLiteral("opening_date"), from}});
}

// One voucher; the generator keeps its own running balances so that no account ever goes below zero.
Status DemoAccounts::voucher(const QDate &day, const char *type, const char *account, qint64 paise, const char *head,
               const QString &party, const QString &particulars, const char *to)
{
    qint64 &from = QByteArray(account) == "CASH" ? m_cash : m_bank;
    if (QByteArray(type) != "receipt" && paise > from)
        return {};  // not enough money today: the office waits
    QVariantMap v{{QStringLiteral("date"), day},
                  {QStringLiteral("type"), QString::fromLatin1(type)},
                  {QStringLiteral("account"), QString::fromLatin1(account)},
                  {QStringLiteral("to_account"), QString::fromLatin1(to)},
                  {QStringLiteral("amount"), QVariant::fromValue<qint64>(paise)},
                  {QStringLiteral("head"), QString::fromLatin1(head)},
                  {QStringLiteral("party"), party},
                  {QStringLiteral("particulars"), particulars}};
    if (QByteArray(type) == "payment" && QByteArray(head) != "BANK-CHG")
        v.insert(QStringLiteral("reference"), QStringLiteral("PFMS/%1").arg(m_random.bounded(9000000) + 1000000));
    if (auto e = insert(Registers::cashEntries(), v); !e)
        return e.error();
    if (QByteArray(type) == "receipt")
        from += paise;
    else if (QByteArray(type) == "payment")
        from -= paise;
    else {
        from -= paise;
        (QByteArray(to) == "CASH" ? m_cash : m_bank) += paise;
    }
    return {};
}


Status DemoAccounts::stockItems(const QDate &from)
{
    User admin;
    admin.role = Role::Admin;
    MasterStore store(m_book, Registers::stockItems());
    for (const StockItem &i : kStock) {
        if (auto s = store.save(admin, {{QStringLiteral("code"), QString::fromLatin1(i.code)},
                                        {QStringLiteral("name_hi"), QString::fromUtf16(i.hi)},
                                        {QStringLiteral("name_en"), QString::fromLatin1(i.en)},
                                        {QStringLiteral("unit"), QString::fromUtf16(i.unit)},
                                        {QStringLiteral("kind"), QStringLiteral("consumable")},
                                        {QStringLiteral("opening_qty"), QVariant::fromValue<qint64>(qint64(i.opening) * 1000)},
                                        {QStringLiteral("opening_date"), from},
                                        {QStringLiteral("rate"), QVariant::fromValue<qint64>(qint64(i.rate) * 100)},
                                        {QStringLiteral("low_level"), QVariant::fromValue<qint64>(qint64(i.opening) * 250)}});
            !s)
            return s;
        m_stock.insert(QString::fromLatin1(i.code), qint64(i.opening) * 1000);
    }
    return store.save(admin, {{QStringLiteral("code"), QStringLiteral("COMPUTER")},
                              {QStringLiteral("name_hi"), QStringLiteral("कंप्यूटर सेट")},
                              {QStringLiteral("name_en"), QStringLiteral("Computer set")},
                              {QStringLiteral("unit"), QStringLiteral("सेट")},
                              {QStringLiteral("kind"), QStringLiteral("asset")},
                              {QStringLiteral("opening_qty"), QVariant::fromValue<qint64>(2000)},
                              {QStringLiteral("opening_date"), from},
                              {QStringLiteral("tag"), QStringLiteral("GP/IT/01-02")},
                              {QStringLiteral("location"), QStringLiteral("पंचायत भवन, कार्यालय कक्ष")},
                              {QStringLiteral("condition"), QStringLiteral("good")}});
}

// Consumables are issued most days and bought again when they run low.
Status DemoAccounts::stockDay(const QDate &day)
{
    for (const StockItem &i : kStock) {
        const QString code = QString::fromLatin1(i.code);
        qint64 &balance = m_stock[code];
        if (chance(25)) {
            const qint64 quantity = qint64(1 + m_random.bounded(std::max(1, i.opening / 10))) * 1000;
            if (quantity <= balance) {
                QVariantMap v{{QStringLiteral("date"), day},
                              {QStringLiteral("item_code"), code},
                              {QStringLiteral("type"), QStringLiteral("issue")},
                              {QStringLiteral("quantity"), QVariant::fromValue<qint64>(quantity)},
                              {QStringLiteral("party"), demo::pick(m_random, kStaff)},
                              {QStringLiteral("reference"), QStringLiteral("IV-%1").arg(m_random.bounded(9000) + 1000)}};
                if (auto e = insert(Registers::stockMoves(), v); !e)
                    return e.error();
                balance -= quantity;
            }
        }
        if (balance < qint64(i.opening) * 250) {
            const qint64 quantity = qint64(i.opening) * 1000;
            QVariantMap v{{QStringLiteral("date"), day},
                          {QStringLiteral("item_code"), code},
                          {QStringLiteral("type"), QStringLiteral("receipt")},
                          {QStringLiteral("quantity"), QVariant::fromValue<qint64>(quantity)},
                          {QStringLiteral("rate"), QVariant::fromValue<qint64>(qint64(i.rate) * 100)},
                          {QStringLiteral("party"), QStringLiteral("गुप्ता ट्रेडर्स")},
                          {QStringLiteral("reference"), QStringLiteral("बिल %1").arg(m_random.bounded(90000) + 10000)}};
            if (auto e = insert(Registers::stockMoves(), v); !e)
                return e.error();
            balance += quantity;
        }
    }
    return {};
}

qint64 DemoAccounts::rupees(int low, int high)
{
    return qint64(low + m_random.bounded(high - low + 1)) * 100;
}

Status DemoAccounts::cashDay(const QDate &day)
{
    const bool firstOfMonth = day.day() <= 3 && m_paidMonth != day.month();
    for (int i = m_random.bounded(4); i > 0; --i) {
        if (auto s = voucher(day, "receipt", "CASH", rupees(100, 1500), "HOUSE-TAX", demo::pick(m_random, kMen) + u' ' + demo::pick(m_random, kSurnames),
                             QStringLiteral("गृह कर वसूली"));
            !s)
            return s;
    }
    if (chance(30))
        if (auto s = voucher(day, "receipt", "CASH", rupees(50, 400), "WATER-CHG", demo::pick(m_random, kMen) + u' ' + demo::pick(m_random, kSurnames),
                             QStringLiteral("जल शुल्क"));
            !s)
            return s;
    if (day.dayOfWeek() == 1 && m_cash > 300000)
        if (auto s = voucher(day, "contra", "CASH", m_cash - 200000, "", QString(), QStringLiteral("नकद बैंक में जमा"), "SBI"); !s)
            return s;
    if (m_cash < 100000)
        if (auto s = voucher(day, "contra", "SBI", 500000, "", QString(), QStringLiteral("बैंक से नकद आहरण"), "CASH"); !s)
            return s;
    if (chance(15))
        if (auto s = voucher(day, "payment", "CASH", rupees(150, 1200), "STATIONERY", QStringLiteral("गुप्ता स्टेशनरी"),
                             QStringLiteral("रजिस्टर, फाइल कवर, पेन"));
            !s)
            return s;
    if (firstOfMonth) {
        m_paidMonth = day.month();
        if (auto s = voucher(day, "payment", "SBI", rupees(18000, 26000), "SALARY", QStringLiteral("पंचायत सहायक, सफाई कर्मी"),
                             QStringLiteral("मासिक मानदेय"));
            !s)
            return s;
        if (auto s = voucher(day, "payment", "SBI", rupees(1500, 4000), "ELECTRICITY", QStringLiteral("विद्युत विभाग"),
                             QStringLiteral("पंचायत भवन का बिजली बिल"));
            !s)
            return s;
        if (day.month() % 3 == 1)
            if (auto s = voucher(day, "receipt", "SBI", rupees(300000, 600000), "FC15-UNTIED", QStringLiteral("वित्त विभाग"),
                                 QStringLiteral("15वें वित्त आयोग की किस्त"));
                !s)
                return s;
        if (day.month() == 7 || day.month() == 1)
            if (auto s = voucher(day, "receipt", "SBI", rupees(100000, 200000), "SFC", QStringLiteral("पंचायती राज विभाग"),
                                 QStringLiteral("राज्य वित्त आयोग अनुदान"));
                !s)
                return s;
    }
    if (chance(8))
        if (auto s = voucher(day, "payment", "SBI", rupees(20000, 150000), chance(60) ? "WORKS" : "MAINTENANCE",
                             QStringLiteral("मेसर्स ") + demo::pick(m_random, kSurnames) + QStringLiteral(" कंस्ट्रक्शन"),
                             chance(50) ? QStringLiteral("खड़ंजा निर्माण") : QStringLiteral("नाली मरम्मत"));
            !s)
            return s;
    return {};
}

}  // namespace gd
