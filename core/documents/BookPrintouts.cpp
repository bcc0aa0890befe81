#include "Printouts.h"
#include "PrintoutParts.h"

#include "base/Dates.h"
#include "base/Money.h"

namespace gd {

using namespace printout;


Document cashDayPage(const Office &office, const CashDay &day, PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Cash book: day page"), QPageLayout::Landscape);
    doc.header.subtitle = Dates::display(day.date);
    if (day.entries.isEmpty()) {
        doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Nil: no receipts or payments on this day.")),
                                                    language),
                                    true});
    } else {
        Table t;
        t.attachmentName = QStringLiteral("cash-day.csv");
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Voucher"), 1.4),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Receipt / payment"), 0.9),
                     column(QT_TRANSLATE_NOOP("gd::Print", "From / to whom, particulars"), 2.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Head, fund"), 1.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Account"), 1.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Receipts (₹)"), 1.1, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Payments (₹)"), 1.1, Qt::AlignRight)};
        for (const Entry &e : day.entries) {
            const auto text = [&](const char *key) { return e.text(QString::fromLatin1(key)); };
            const QString typeText = choiceText(Registers::cashEntries(), "type", text("type"), language);
            QString who = text("party");
            who += (who.isEmpty() ? QString() : QStringLiteral(": ")) + text("particulars");
            if (!text("reference").isEmpty())
                who += QStringLiteral(" (") + text("reference") + u')';
            QString head = text("head");
            if (!text("fund").isEmpty())
                head += (head.isEmpty() ? QString() : QStringLiteral(", ")) + text("fund");
            const QString amount = rupees(e.value(QStringLiteral("amount")).toLongLong());
            // A contra stands on both sides: received by one account, paid by the other.
            const bool contra = text("type") == u"contra";
            const QString account = contra ? text("account") + QStringLiteral(" → ") + text("to_account") : text("account");
            t.rows.append({e.number, typeText, who, head, account,
                           contra || text("type") == u"receipt" ? amount : QString(),
                           contra || text("type") == u"payment" ? amount : QString()});
        }
        doc.blocks.append(t);
    }
    Table b;
    b.attachmentName = QStringLiteral("cash-day-balances.csv");
    b.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Account"), 2.4),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Opening (₹)"), 1.2, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "In (₹)"), 1.2, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Out (₹)"), 1.2, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Closing (₹)"), 1.2, Qt::AlignRight)};
    for (const CashDay::Account &a : day.accounts)
        b.rows.append({pickPair(a.nameHi, a.nameEn, language), rupees(a.opening), rupees(a.in), rupees(a.out), rupees(a.closing)});
    b.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Total")), language), rupees(day.opening), QString(),
                   QString(), rupees(day.closing)});
    doc.blocks.append(b);
    doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Closing balance")), language)
                                    + QStringLiteral(": ₹ ") + rupees(day.closing),
                                true});
    doc.blocks.append(Paragraph{inWords(day.closing, language)});
    if (day.closed)
        doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Day closed by %1.")), language)
                                        .arg(day.closedBy)});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

Table cashBookTable(const QList<CashDay> &days, PrintLanguage language)
{
    Table t;
    t.attachmentName = QStringLiteral("cash-book.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Date"), 0.9),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Voucher"), 1.3),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Receipts: particulars"), 2.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Cash (₹)"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Bank (₹)"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Voucher"), 1.3),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Payments: particulars"), 2.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Cash (₹)"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Bank (₹)"), 1.0, Qt::AlignRight)};
    for (const CashDay &day : days) {
        QList<QStringList> in;
        QList<QStringList> out;
        for (const Entry &e : day.entries) {
            const QString type = e.text(QStringLiteral("type"));
            const QString amount = rupees(e.value(QStringLiteral("amount")).toLongLong());
            QString what = e.text(QStringLiteral("party"));
            what += (what.isEmpty() ? QString() : QStringLiteral(": ")) + e.text(QStringLiteral("particulars"));
            const auto isCash = [&](const QString &code) {
                for (const CashDay::Account &a : day.accounts)
                    if (a.code == code)
                        return a.isCash;
                return false;
            };
            const QString account = e.text(QStringLiteral("account"));
            const QString to = e.text(QStringLiteral("to_account"));
            if (type == u"receipt" || type == u"contra") {
                const QString into = type == u"contra" ? to : account;
                in.append({e.number, what, isCash(into) ? amount : QString(), isCash(into) ? QString() : amount});
            }
            if (type == u"payment" || type == u"contra")
                out.append({e.number, what, isCash(account) ? amount : QString(), isCash(account) ? QString() : amount});
        }
        const qsizetype n = std::max(in.size(), out.size());
        for (qsizetype i = 0; i < n; ++i) {
            QStringList row = {i == 0 ? Dates::display(day.date) : QString()};
            row += i < in.size() ? in.at(i) : QStringList{QString(), QString(), QString(), QString()};
            row += i < out.size() ? out.at(i) : QStringList{QString(), QString(), QString(), QString()};
            t.rows.append(row);
        }
        Paise cash = 0;
        Paise bank = 0;
        for (const CashDay::Account &a : day.accounts)
            (a.isCash ? cash : bank) += a.closing;
        t.rows.append({n == 0 ? Dates::display(day.date) : QString(), QString(),
                       n == 0 ? PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Nil")), language) : QString(), QString(),
                       QString(), QString(), PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Closing balance")), language),
                       rupees(cash), rupees(bank)});
    }
    return t;
}

Document cashBookDocument(const Office &office, const QList<CashDay> &days, PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Cash book"), QPageLayout::Landscape);
    if (!days.isEmpty())
        doc.header.subtitle = Dates::display(days.first().date) + QStringLiteral(" – ") + Dates::display(days.last().date);
    doc.blocks.append(cashBookTable(days, language));
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

Document stockLedgerDocument(const Office &office, const QVariantMap &item, const StockBook::Ledger &l,
                             PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Stock ledger"));
    const QString unit = item.value(QStringLiteral("unit")).toString();
    doc.header.subtitle = pickPair(item.value(QStringLiteral("name_hi")).toString(),
                                   item.value(QStringLiteral("name_en")).toString().isEmpty()
                                       ? item.value(QStringLiteral("name_hi")).toString()
                                       : item.value(QStringLiteral("name_en")).toString(),
                                   language)
        + QStringLiteral(" (") + l.item + QStringLiteral(", ") + unit + QStringLiteral(") · ") + Dates::display(l.from)
        + QStringLiteral(" – ") + Dates::display(l.to);
    Table t;
    t.attachmentName = l.item + QStringLiteral("-ledger.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Date"), 0.9),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Entry number"), 1.4),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Supplier or issued to, bill or voucher"), 2.6),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Received"), 0.9, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Issued"), 0.9, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Balance"), 0.9, Qt::AlignRight)};
    t.rows.append({Dates::display(l.from), QString(), PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Opening balance")), language),
                   QString(), QString(), Fields::quantityText(l.opening)});
    for (qsizetype i = 0; i < l.moves.size(); ++i) {
        const Entry &e = l.moves.at(i);
        const bool in = e.text(QStringLiteral("type")) == u"receipt";
        QString who = e.text(QStringLiteral("party"));
        if (!e.text(QStringLiteral("reference")).isEmpty())
            who += QStringLiteral(", ") + e.text(QStringLiteral("reference"));
        const QString q = Fields::quantityText(e.value(QStringLiteral("quantity")).toLongLong());
        t.rows.append({Dates::display(e.date(QStringLiteral("date"))), e.number, who, in ? q : QString(), in ? QString() : q,
                       Fields::quantityText(l.balances.at(i))});
    }
    t.rows.append({Dates::display(l.to), QString(), PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Closing balance")), language),
                   QString(), QString(), Fields::quantityText(l.closing)});
    doc.blocks.append(t);
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Store keeper")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary"))}});
    return doc;
}

Document stockRegisterDocument(const Office &office, const QList<StockBook::Ledger> &ledgers,
                               const QHash<QString, QVariantMap> &items, PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Stock register"));
    if (!ledgers.isEmpty())
        doc.header.subtitle = Dates::display(ledgers.first().from) + QStringLiteral(" – ") + Dates::display(ledgers.first().to);
    for (const StockBook::Ledger &l : ledgers) {
        // Each item's ledger as it prints alone, under the item's name.
        const Document one = stockLedgerDocument(office, items.value(l.item), l, language, printedOn);
        doc.blocks.append(Paragraph{one.header.subtitle, true});
        doc.blocks.append(one.blocks.first());
    }
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Store keeper")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary"))}});
    return doc;
}

Document stockVerificationSheet(const Office &office, const QDate &date, const QList<StockBook::Count> &counts,
                                const QHash<QString, QVariantMap> &items, const QString &verifiedBy, const QString &custodian,
                                PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Physical verification of stock"), QPageLayout::Landscape);
    doc.header.subtitle = Dates::display(date);
    Table t;
    t.attachmentName = QStringLiteral("stock-verification.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Item"), 2.4), column(QT_TRANSLATE_NOOP("gd::Print", "Unit"), 0.7),
                 column(QT_TRANSLATE_NOOP("gd::Print", "As per the book"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Counted"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Difference"), 1.0, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Explanation"), 3.0)};
    for (const StockBook::Count &c : counts) {
        const QVariantMap item = items.value(c.item);
        const QString name = pickPair(item.value(QStringLiteral("name_hi")).toString(),
                                      item.value(QStringLiteral("name_en")).toString().isEmpty()
                                          ? item.value(QStringLiteral("name_hi")).toString()
                                          : item.value(QStringLiteral("name_en")).toString(),
                                      language);
        const bool counted = c.counted >= 0;
        t.rows.append({name + QStringLiteral(" (") + c.item + u')', item.value(QStringLiteral("unit")).toString(),
                       Fields::quantityText(c.book), counted ? Fields::quantityText(c.counted) : QString(),
                       counted ? Fields::quantityText(c.counted - c.book) : QString(), c.explanation});
    }
    doc.blocks.append(t);
    doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Verified by")), language) + QStringLiteral(": ")
                                + verifiedBy + QStringLiteral("    ")
                                + PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Custodian")), language) + QStringLiteral(": ")
                                + custodian});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Verified by")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Custodian")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary"))}});
    return doc;
}

Document monthClosingDocument(const Office &office, const MonthClosing &c, PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Cash verification and bank reconciliation"));
    const QDate first = QDate::fromString(c.month + QStringLiteral("-01"), Qt::ISODate);
    const QDate last = first.addMonths(1).addDays(-1);
    doc.header.subtitle = monthName(first, language) + QStringLiteral(" (") + Dates::display(last) + u')';
    doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Cash verification certificate")), language), true});
    Table cash;
    cash.attachmentName = QStringLiteral("cash-count.csv");
    cash.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Note or coin (₹)"), 1.5, Qt::AlignRight),
                    column(QT_TRANSLATE_NOOP("gd::Print", "Number"), 1.0, Qt::AlignRight),
                    column(QT_TRANSLATE_NOOP("gd::Print", "Amount (₹)"), 1.5, Qt::AlignRight)};
    for (const int d : CashBook::denominations())
        if (c.count.pieces.value(d) > 0)
            cash.rows.append({QString::number(d), QString::number(c.count.pieces.value(d)),
                              rupees(Paise(d) * 100 * c.count.pieces.value(d))});
    cash.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Cash counted")), language), QString(), rupees(c.cashCounted)});
    cash.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Balance as per the cash book")), language), QString(),
                      rupees(c.cashBook)});
    cash.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Difference")), language), QString(),
                      rupees(c.cashCounted - c.cashBook)});
    doc.blocks.append(cash);
    if (!c.count.explanation.isEmpty())
        doc.blocks.append(Paragraph{c.count.explanation});
    doc.blocks.append(Paragraph{PrintText::pick(
        tr2(QT_TRANSLATE_NOOP("gd::Print", "Certified that the cash in hand was counted by me on the date above and found as shown.")),
        language, QStringLiteral("\n"))});
    for (const BankReconciliation &b : c.banks) {
        doc.blocks.append(Paragraph{PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Bank reconciliation statement")), language)
                                        + QStringLiteral(": ") + b.account,
                                    true});
        Table t;
        t.attachmentName = b.account + QStringLiteral("-reconciliation.csv");
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Item"), 3.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Amount (₹)"), 1.2, Qt::AlignRight)};
        const auto row = [&](const char *label, const QString &value) {
            t.rows.append({PrintText::pick(tr2(label), language), value});
        };
        row(QT_TRANSLATE_NOOP("gd::Print", "Balance as per the cash book"), rupees(b.book));
        row(QT_TRANSLATE_NOOP("gd::Print", "Add: cheques issued, not yet presented"), rupees(b.chequesNotPresented));
        row(QT_TRANSLATE_NOOP("gd::Print", "Less: deposits not yet credited"), rupees(b.depositsNotCredited));
        row(QT_TRANSLATE_NOOP("gd::Print", "Less: bank charges not yet in the book"), rupees(b.chargesNotBooked));
        row(QT_TRANSLATE_NOOP("gd::Print", "Add: interest not yet in the book"), rupees(b.interestNotBooked));
        row(QT_TRANSLATE_NOOP("gd::Print", "Balance the statement should show"), rupees(b.expectedStatement()));
        row(QT_TRANSLATE_NOOP("gd::Print", "Balance as per the bank statement"), rupees(b.statement));
        row(QT_TRANSLATE_NOOP("gd::Print", "Difference"), rupees(b.difference()));
        doc.blocks.append(t);
        if (!b.explanation.isEmpty())
            doc.blocks.append(Paragraph{b.explanation});
    }
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}

Document cashAbstract(const MonthlyReport &r, const QHash<QString, QVariantMap> &heads, PrintLanguage language,
                      const QDate &printedOn)
{
    Document doc = pageOf(r.office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Receipts and payments by head of account"));
    doc.header.subtitle = monthName(r.first, language);
    Table t;
    t.attachmentName = QStringLiteral("abstract.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Head of account"), 3.0),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Receipts (₹)"), 1.2, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Payments (₹)"), 1.2, Qt::AlignRight)};
    t.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Opening balance (cash and bank)")), language),
                   rupees(r.cash.opening), QString()});
    for (const MonthlyReport::CashHead &h : r.cash.byHead) {
        const QVariantMap head = heads.value(h.head);
        const QString name = head.isEmpty() ? h.head
                                            : pickPair(head.value(QStringLiteral("name_hi")).toString(),
                                                       head.value(QStringLiteral("name_en")).toString(), language);
        t.rows.append({name + QStringLiteral(" (") + h.head + u')', h.receipts ? rupees(h.receipts) : QString(),
                       h.payments ? rupees(h.payments) : QString()});
    }
    t.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Closing balance (cash and bank)")), language),
                   QString(), rupees(r.cash.closing)});
    t.rows.append({PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Total")), language),
                   rupees(r.cash.opening + r.cash.receipts), rupees(r.cash.payments + r.cash.closing)});
    doc.blocks.append(t);
    doc.blocks.append(Paragraph{inWords(r.cash.closing, language)});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
    return doc;
}


}  // namespace gd
