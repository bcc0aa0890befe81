// The office's accounts as modules: cash and bank accounts, heads of account, the cash book, stock items and
// the stock register, each defined beside its rules.

#include "Registers.h"
#include "RegisterParts.h"
#include "CashBook.h"
#include "StockBook.h"
#include "../storage/Book.h"

using namespace Qt::StringLiterals;

namespace gd {

namespace {

using namespace regparts;
using S = FieldDef::Source;

class Rules {
    Q_DECLARE_TR_FUNCTIONS(gd::MasterStore)
public:
    // One cash in hand; once vouchers use an account, its kind and opening stay as they were.
    static QList<FieldProblem> cashAccount(const MasterStore &store, QVariantMap &values)
    {
        Book &book = store.book();
        QList<FieldProblem> problems;
        const QString code = values.value(QStringLiteral("code")).toString();
        if (values.value(QStringLiteral("kind")).toString() == u"cash") {
            auto other = book.scalar(QStringLiteral("SELECT code FROM cash_accounts WHERE kind = 'cash' AND code <> ?"), {code});
            if (other && other.value().isValid())
                problems += {QStringLiteral("kind"), tr("the cash book has one cash in hand, %1; this account is a bank account")
                                                         .arg(other.value().toString())};
        }
        // Once vouchers use an account, its opening stays as it was: a mistake is corrected by a voucher.
        auto stored = book.exec(QStringLiteral("SELECT opening_balance, opening_date, kind FROM cash_accounts WHERE code = ?"), {code});
        auto used = book.scalar(QStringLiteral("SELECT 1 FROM cash_entries WHERE account = ? OR to_account = ? LIMIT 1"), {code, code});
        if (stored && stored.value().next() && used && used.value().isValid()) {
            if (stored.value().value(0).toLongLong() != values.value(QStringLiteral("opening_balance")).toLongLong()
                || stored.value().value(1).toString() != Fields::toStorage(*store.def().field(QStringLiteral("opening_date")),
                                                                          values.value(QStringLiteral("opening_date"))).toString()
                || stored.value().value(2).toString() != values.value(QStringLiteral("kind")).toString())
                problems += {QStringLiteral("opening_balance"),
                             tr("vouchers already use %1, so its kind and opening stay as they are; correct a mistake with a "
                                "voucher").arg(code)};
        }
        return problems;
    }

    // A consumable has no tag, place, condition or write-off; an opening needs its date; once moves use an item,
    // its opening stays as it was.
    static QList<FieldProblem> stockItem(const MasterStore &store, QVariantMap &values)
    {
        QList<FieldProblem> problems;
        if (values.value(u"opening_qty"_s).toLongLong() > 0 && !values.value(u"opening_date"_s).toDate().isValid())
            return {{u"opening_date"_s, tr("an opening quantity needs the date it was counted")}};
        const bool asset = values.value(u"kind"_s).toString() == u"asset";
        const bool writtenOff = values.value(u"written_off_on"_s).toDate().isValid();
        for (const char *key : {"tag", "location", "condition", "write_off_authority"})
            if (!asset && !values.value(QString::fromLatin1(key)).toString().isEmpty())
                problems += {QString::fromLatin1(key), tr("only a fixed asset has a tag, location, condition or write-off")};
        if (!asset && writtenOff)
            problems += {u"written_off_on"_s, tr("only a fixed asset has a tag, location, condition or write-off")};
        if (writtenOff != !values.value(u"write_off_authority"_s).toString().isEmpty())
            problems += {u"write_off_authority"_s, tr("a write-off needs both its date and the authority that ordered it")};
        if (!problems.isEmpty())
            return problems;
        // Once moves use an item, its opening stays as it was: a mistake is corrected by a receipt or an issue.
        Book &book = store.book();
        const QString code = values.value(u"code"_s).toString();
        auto stored = book.exec(u"SELECT coalesce(opening_qty, 0), coalesce(opening_date, '') FROM stock_items"
                                " WHERE code = ?"_s,
                                {code});
        auto used = book.scalar(u"SELECT 1 FROM stock_moves WHERE item_code = ? LIMIT 1"_s, {code});
        if (stored && stored.value().next() && used && used.value().isValid()
            && (stored.value().value(0).toLongLong() != values.value(u"opening_qty"_s).toLongLong()
                || stored.value().value(1).toString()
                    != Fields::toStorage(*store.def().field(u"opening_date"_s), values.value(u"opening_date"_s)).toString()))
            problems += {u"opening_qty"_s,
                         tr("receipts and issues already use %1, so its opening stays as it is; correct a mistake with a "
                            "receipt or an issue").arg(code)};
        return problems;
    }
};

RegisterDef makeCashAccounts()
{
    RegisterDef d = codedMaster("cash-accounts", "cash_accounts", QT_TRANSLATE_NOOP("gd::Fields", "Cash and bank accounts"),
                                QT_TRANSLATE_NOOP("gd::Fields", "there is no cash or bank account with the code %1"), true);
    d.fields += {choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Kind"),
                       {{QStringLiteral("cash"), QT_TRANSLATE_NOOP("gd::Fields", "cash in hand")},
                        {QStringLiteral("bank"), QT_TRANSLATE_NOOP("gd::Fields", "bank account")}},
                       true),
                of("opening_balance", QT_TRANSLATE_NOOP("gd::Fields", "Opening balance"), FieldKind::Money, true),
                of("opening_date", QT_TRANSLATE_NOOP("gd::Fields", "Opening date"), FieldKind::Date, true),
                active()};
    d.rules.checkRow = &Rules::cashAccount;
    d.onlyOne = {QStringLiteral("kind"), QStringLiteral("cash"),
                 QT_TRANSLATE_NOOP("gd::Fields", "line %1 already names the cash in hand; there is only one")};
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "The cash in hand (exactly one) and the bank accounts of the cash book, each with its opening "
                               "balance and the date it was taken into the book.");
    return d;
}

RegisterDef makeCashHeads()
{
    RegisterDef d = codedMaster("cash-heads", "cash_heads", QT_TRANSLATE_NOOP("gd::Fields", "Heads of account"),
                                QT_TRANSLATE_NOOP("gd::Fields", "there is no head of account with the code %1"), true);
    d.fields += {choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Used for"),
                       {{QStringLiteral("receipt"), QT_TRANSLATE_NOOP("gd::Fields", "receipts")},
                        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("gd::Fields", "payments")},
                        {QStringLiteral("both"), QT_TRANSLATE_NOOP("gd::Fields", "receipts and payments")}},
                       true),
                active()};
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "Heads of account (मद) for receipts and payments; the monthly abstract adds up by head.");
    return d;
}

RegisterDef makeCashEntries()
{
    RegisterDef d;
    d.id = QStringLiteral("cash-entries");
    d.table = QStringLiteral("cash_entries");
    d.prefix = QStringLiteral("CB");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Cash book");
    d.dateKey = QStringLiteral("date");
    d.numberKey = QStringLiteral("voucher_no");
    FieldDef amount = of("amount", QT_TRANSLATE_NOOP("gd::Fields", "Amount"), FieldKind::Money, true);
    d.fields = {of("voucher_no", QT_TRANSLATE_NOOP("gd::Fields", "Voucher number"), FieldKind::EntryNumber),
                of("date", QT_TRANSLATE_NOOP("gd::Fields", "Date"), FieldKind::Date, true),
                choice("type", QT_TRANSLATE_NOOP("gd::Fields", "Voucher"),
                       {{QStringLiteral("receipt"), QT_TRANSLATE_NOOP("gd::Fields", "receipt")},
                        {QStringLiteral("payment"), QT_TRANSLATE_NOOP("gd::Fields", "payment")},
                        {QStringLiteral("contra"), QT_TRANSLATE_NOOP("gd::Fields", "contra (cash ⇄ bank)")}},
                       true),
                reference("account", QT_TRANSLATE_NOOP("gd::Fields", "Account"), "cash_accounts", true),
                reference("to_account", QT_TRANSLATE_NOOP("gd::Fields", "To account (contra)"), "cash_accounts", false),
                amount,
                reference("head", QT_TRANSLATE_NOOP("gd::Fields", "Head of account"), "cash_heads", false),
                text("fund", QT_TRANSLATE_NOOP("gd::Fields", "Fund or scheme"), false, true),
                text("party", QT_TRANSLATE_NOOP("gd::Fields", "From/to whom"), false, true),
                text("particulars", QT_TRANSLATE_NOOP("gd::Fields", "Particulars"), true, true),
                text("reference", QT_TRANSLATE_NOOP("gd::Fields", "Cheque/PFMS reference")),
                source(text("reverses", QT_TRANSLATE_NOOP("gd::Fields", "Reverses voucher")), S::Computed)};
    d.statuses = {{QStringLiteral("receipts"), QT_TRANSLATE_NOOP("gd::Fields", "Receipts"),
                   QStringLiteral("cancelled = 0 AND type = 'receipt'")},
                  {QStringLiteral("payments"), QT_TRANSLATE_NOOP("gd::Fields", "Payments"),
                   QStringLiteral("cancelled = 0 AND type = 'payment'")},
                  {QStringLiteral("contra"), QT_TRANSLATE_NOOP("gd::Fields", "Contra"),
                   QStringLiteral("cancelled = 0 AND type = 'contra'")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("party"), QStringLiteral("particulars"),
                  QStringLiteral("reference"), QStringLiteral("fund"), QStringLiteral("head")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &charter, const Entry *) {
        return CashBook::check(values, charter);
    };
    d.rules.checkWrite = [](Book &book, QVariantMap *after, const Entry *before) {
        return CashBook(book).checkWrite(after, before);
    };
    d.listKeys = {QStringLiteral("voucher_no"), QStringLiteral("date"), QStringLiteral("type"),
                  QStringLiteral("account"), QStringLiteral("to_account"), QStringLiteral("amount"),
                  QStringLiteral("head"), QStringLiteral("fund"), QStringLiteral("party"),
                  QStringLiteral("particulars"), QStringLiteral("reference"), QStringLiteral("reverses")};
    d.formKeys = {QStringLiteral("date"), QStringLiteral("type"), QStringLiteral("account"),
                  QStringLiteral("to_account"), QStringLiteral("amount"), QStringLiteral("head"),
                  QStringLiteral("fund"), QStringLiteral("party"), QStringLiteral("particulars"),
                  QStringLiteral("reference")};
    return d;
}

RegisterDef makeStockItems()
{
    RegisterDef d = codedMaster("stock-items", "stock_items", QT_TRANSLATE_NOOP("gd::Fields", "Stock items"),
                                QT_TRANSLATE_NOOP("gd::Fields", "there is no stock item with the code %1"), false);
    d.fields += {text("unit", QT_TRANSLATE_NOOP("gd::Fields", "Unit"), true, true),
                choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Kind"),
                       {{QStringLiteral("consumable"), QT_TRANSLATE_NOOP("gd::Fields", "consumable")},
                        {QStringLiteral("asset"), QT_TRANSLATE_NOOP("gd::Fields", "fixed asset")}},
                       true),
                of("opening_qty", QT_TRANSLATE_NOOP("gd::Fields", "Opening quantity"), FieldKind::Quantity),
                of("opening_date", QT_TRANSLATE_NOOP("gd::Fields", "Opening date"), FieldKind::Date),
                of("rate", QT_TRANSLATE_NOOP("gd::Fields", "Rate"), FieldKind::Money),
                source(of("low_level", QT_TRANSLATE_NOOP("gd::Fields", "Low-stock level"), FieldKind::Quantity), S::Form),
                source(text("tag", QT_TRANSLATE_NOOP("gd::Fields", "Asset tag")), S::Form),
                source(text("location", QT_TRANSLATE_NOOP("gd::Fields", "Location"), false, true), S::Form),
                source(choice("condition", QT_TRANSLATE_NOOP("gd::Fields", "Condition"),
                              {{QStringLiteral("good"), QT_TRANSLATE_NOOP("gd::Fields", "good")},
                               {QStringLiteral("repair"), QT_TRANSLATE_NOOP("gd::Fields", "needs repair")},
                               {QStringLiteral("unserviceable"), QT_TRANSLATE_NOOP("gd::Fields", "unserviceable")}}),
                       S::Form),
                source(of("written_off_on", QT_TRANSLATE_NOOP("gd::Fields", "Written off on"), FieldKind::Date), S::Form),
                source(text("write_off_authority", QT_TRANSLATE_NOOP("gd::Fields", "Write-off authority")), S::Form),
                active()};
    d.rules.checkRow = &Rules::stockItem;
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "Items of the stock register (consumables and fixed assets) with their unit, the quantity "
                               "counted when the register began and the level below which a consumable is low.");
    return d;
}

RegisterDef makeStockMoves()
{
    RegisterDef d;
    d.id = QStringLiteral("stock-moves");
    d.table = QStringLiteral("stock_moves");
    d.prefix = QStringLiteral("ST");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Stock register");
    d.dateKey = QStringLiteral("date");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                of("date", QT_TRANSLATE_NOOP("gd::Fields", "Date"), FieldKind::Date, true),
                reference("item_code", QT_TRANSLATE_NOOP("gd::Fields", "Item"), "stock_items", true),
                choice("type", QT_TRANSLATE_NOOP("gd::Fields", "Receipt or issue"),
                       {{QStringLiteral("receipt"), QT_TRANSLATE_NOOP("gd::Fields", "receipt")},
                        {QStringLiteral("issue"), QT_TRANSLATE_NOOP("gd::Fields", "issue")}},
                       true),
                of("quantity", QT_TRANSLATE_NOOP("gd::Fields", "Quantity"), FieldKind::Quantity, true),
                of("rate", QT_TRANSLATE_NOOP("gd::Fields", "Rate"), FieldKind::Money),
                text("party", QT_TRANSLATE_NOOP("gd::Fields", "Supplier or issued to"), true, true),
                text("reference", QT_TRANSLATE_NOOP("gd::Fields", "Bill or issue voucher")),
                of("remarks", QT_TRANSLATE_NOOP("gd::Fields", "Remarks"), FieldKind::LongText)};
    d.statuses = {{QStringLiteral("receipts"), QT_TRANSLATE_NOOP("gd::Fields", "Receipts"),
                   QStringLiteral("cancelled = 0 AND type = 'receipt'")},
                  {QStringLiteral("issues"), QT_TRANSLATE_NOOP("gd::Fields", "Issues"),
                   QStringLiteral("cancelled = 0 AND type = 'issue'")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("item_code"), QStringLiteral("party"), QStringLiteral("reference")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &charter, const Entry *) {
        return StockBook::check(values, charter);
    };
    d.rules.checkWrite = [](Book &book, QVariantMap *after, const Entry *before) {
        return StockBook(book).checkWrite(after, before);
    };
    d.listKeys = {QStringLiteral("number"), QStringLiteral("date"), QStringLiteral("item_code"),
                  QStringLiteral("type"), QStringLiteral("quantity"), QStringLiteral("rate"),
                  QStringLiteral("party"), QStringLiteral("reference"), QStringLiteral("remarks")};
    d.formKeys = {QStringLiteral("date"), QStringLiteral("item_code"), QStringLiteral("type"),
                  QStringLiteral("quantity"), QStringLiteral("rate"), QStringLiteral("party"),
                  QStringLiteral("reference"), QStringLiteral("remarks")};
    return d;
}

}  // namespace

const RegisterDef &Registers::cashAccounts()
{
    static const RegisterDef d = makeCashAccounts();
    return d;
}

const RegisterDef &Registers::cashHeads()
{
    static const RegisterDef d = makeCashHeads();
    return d;
}

const RegisterDef &Registers::cashEntries()
{
    static const RegisterDef d = makeCashEntries();
    return d;
}

const RegisterDef &Registers::stockItems()
{
    static const RegisterDef d = makeStockItems();
    return d;
}

const RegisterDef &Registers::stockMoves()
{
    static const RegisterDef d = makeStockMoves();
    return d;
}

}  // namespace gd
