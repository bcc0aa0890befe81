#pragma once
// The front office's printouts as Documents: acknowledgement slips and the monthly report.

#include "Document.h"
#include "base/Money.h"
#include "office/OfficeProfile.h"
#include "registers/CashBook.h"
#include "registers/StockBook.h"
#include "registers/EntryStore.h"
#include "reports/MonthlyReport.h"

namespace gd {

class Book;

// The office lines every printout starts with.
DocumentHeader officeHeader(const Office &office);

// The applicant's acknowledgement: number, service, documents received, fee, due date, designated officer.
Document applicationSlip(const Office &office, const Entry &application, const QVariantMap &service,
                         PrintLanguage language, const QDate &printedOn, QPageSize::PageSizeId size = QPageSize::A5);
// The complainant's पावती: number, category, complaint, due date.
Document complaintSlip(const Office &office, const Entry &complaint, const QVariantMap &category,
                       PrintLanguage language, const QDate &printedOn, QPageSize::PageSizeId size = QPageSize::A5);

// The informant's receipt: the entry number, the event, the delay category and fee, and what happens next.
Document vitalReceipt(const Office &office, const Entry &event, const QList<Paise> &fees, PrintLanguage language,
                      const QDate &printedOn, QPageSize::PageSizeId size = QPageSize::A5);
// The birth and death register for a period, in ledger layout (landscape).
Document vitalRegisterExtract(const Office &office, const QList<Entry> &events, const QDate &from, const QDate &to,
                              PrintLanguage language, const QDate &printedOn);

// The day page of the cash book: the day's receipts and payments, each account's balances, and the closing
// balance in figures and words; a day without entries says nil (निरंक).
Document cashDayPage(const Office &office, const CashDay &day, PrintLanguage language, const QDate &printedOn);
// The same as printed from the book: a closed day's page, which can no longer change, carries the book's seal.
Document cashDayPage(Book &book, const Office &office, const CashDay &day, PrintLanguage language, const QDate &printedOn);
// The cash book for a period in its two-sided form: receipts | payments, cash and bank columns, and the
// balances at the end of every day (one row pairs the n-th receipt and the n-th payment of a day).
Table cashBookTable(const QList<CashDay> &days, PrintLanguage language);
Document cashBookDocument(const Office &office, const QList<CashDay> &days, PrintLanguage language, const QDate &printedOn);
// An item's ledger for a period: opening, each receipt and issue with the balance after it, closing.
Document stockLedgerDocument(const Office &office, const QVariantMap &item, const StockBook::Ledger &ledger,
                             PrintLanguage language, const QDate &printedOn);
// The whole stock register for a period: every item's ledger in turn.
Document stockRegisterDocument(const Office &office, const QList<StockBook::Ledger> &ledgers,
                               const QHash<QString, QVariantMap> &items, PrintLanguage language, const QDate &printedOn);
// The physical verification sheet: each item's book quantity, and the count, difference and explanation
// (left blank for counting when `counts` carry no count).
Document stockVerificationSheet(const Office &office, const QDate &date, const QList<StockBook::Count> &counts,
                                const QHash<QString, QVariantMap> &items, const QString &verifiedBy, const QString &custodian,
                                PrintLanguage language, const QDate &printedOn);
// The month's cash verification certificate and bank reconciliation statements.
Document monthClosingDocument(const Office &office, const MonthClosing &closing, PrintLanguage language,
                              const QDate &printedOn);
// The month's receipts and payments by head of account (MAS Format I style) with opening and closing balances.
Document cashAbstract(const MonthlyReport &report, const QHash<QString, QVariantMap> &heads, PrintLanguage language,
                      const QDate &printedOn);

// The book's seal as it reads now (Seals::make, kept in every seal list) in the footer of every page; without
// one when it cannot be made (the printout matters more).
void sealDocument(Document &doc, Book &book, const QString &madeFor);

// The secretary's monthly report: with `trend`, a first page of the month's key figures and charts of the last
// twelve months; then each register's figures; signatures.
Document monthlyReportDocument(const MonthlyReport &report, const MonthlyTrend *trend, PrintLanguage language,
                               const QDate &printedOn);

}  // namespace gd
