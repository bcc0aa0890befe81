#include "HelpPrintouts.h"

#include "PrintoutParts.h"

namespace gd {

using namespace printout;

Document keyboardCard(const Office &office, const QList<AreaKey> &areas, PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Keyboard card"));
    const auto pick = [&](const char *source) { return PrintText::pick(tr2(source), language); };
    doc.header.subtitle = pick(QT_TRANSLATE_NOOP("gd::Print", "GramDesk is worked from the keyboard: keep this card beside it"));
    // A heading over a table of keys and what each does (or, for the areas, the area each opens).
    const auto keysTable = [&](const char *title, const char *second, const QList<QStringList> &rows) {
        doc.blocks.append(Heading{pick(title), false});
        Table t;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Key"), 1.0), column(second, 3.0)};
        t.rows = rows;
        doc.blocks.append(t);
    };
    const auto table = [&](const char *title, const QList<QPair<QString, const char *>> &rows) {
        QList<QStringList> translated;
        for (const auto &[key, what] : rows)
            translated.append({key, pick(what)});
        keysTable(title, QT_TRANSLATE_NOOP("gd::Print", "What it does"), translated);
    };
    table(QT_TRANSLATE_NOOP("gd::Print", "Anywhere"),
          {{QStringLiteral("Ctrl+K"), QT_TRANSLATE_NOOP("gd::Print", "Find a file or an entry by code, number, name (in either script), village or mobile; Enter opens the first")},
           {QStringLiteral("F12"), QT_TRANSLATE_NOOP("gd::Print", "Hindi typing on or off, from the English keys (the status bar shows which; click it for phonetic, Remington or InScript)")},
           {QStringLiteral("Ctrl+B"), QT_TRANSLATE_NOOP("gd::Print", "Back up the book now")},
           {QStringLiteral("Ctrl+Shift+H / Ctrl+Shift+E"), QT_TRANSLATE_NOOP("gd::Print", "Show the program in Hindi / in English")},
           {QStringLiteral("Ctrl+Shift+U"), QT_TRANSLATE_NOOP("gd::Print", "Switch user")},
           {QStringLiteral("Ctrl+Q"), QT_TRANSLATE_NOOP("gd::Print", "Quit (the book is backed up as it closes)")}});
    QList<QStringList> areaRows;
    for (const AreaKey &a : areas)
        areaRows.append({a.key, a.area});
    keysTable(QT_TRANSLATE_NOOP("gd::Print", "The areas"), QT_TRANSLATE_NOOP("gd::Print", "Area"), areaRows);
    table(QT_TRANSLATE_NOOP("gd::Print", "In a register"),
          {{QStringLiteral("Ctrl+N"), QT_TRANSLATE_NOOP("gd::Print", "New entry (typing starts at the first empty field)")},
           {QStringLiteral("F2"), QT_TRANSLATE_NOOP("gd::Print", "Correct the chosen entry (the old version stays visible)")},
           {QStringLiteral("Ctrl+H"), QT_TRANSLATE_NOOP("gd::Print", "History of the chosen entry")},
           {QStringLiteral("F6 · F7 · F8"), QT_TRANSLATE_NOOP("gd::Print", "The register's own actions, named on its buttons (F6 at the visitor register: the visitor leaves)")},
           {QStringLiteral("Ctrl+F"), QT_TRANSLATE_NOOP("gd::Print", "Filter the list (names in either script and by sound)")},
           {QStringLiteral("Ctrl+P"), QT_TRANSLATE_NOOP("gd::Print", "Print")}});
    table(QT_TRANSLATE_NOOP("gd::Print", "In a form"),
          {{QStringLiteral("Tab / Shift+Tab"), QT_TRANSLATE_NOOP("gd::Print", "Next / previous field")},
           {QStringLiteral("1 … 9"), QT_TRANSLATE_NOOP("gd::Print", "In a list: choose the numbered item and go on to the next field (ratings too)")},
           {QStringLiteral("A … Z"), QT_TRANSLATE_NOOP("gd::Print", "In a list: the next item starting with the letter")},
           {QStringLiteral("Enter"), QT_TRANSLATE_NOOP("gd::Print", "Save (in a one-line field or a list)")},
           {QStringLiteral("Ctrl+Enter"), QT_TRANSLATE_NOOP("gd::Print", "Save from a field of several lines (Enter starts a new line there)")},
           {QStringLiteral("Esc"), QT_TRANSLATE_NOOP("gd::Print", "Close the form (asks first when something is typed)")},
           {QStringLiteral("↑ ↓ · 1 … 9 · Space · Tab · Esc"), QT_TRANSLATE_NOOP("gd::Print", "While a Hindi word is typed: ↑ ↓ choose a spelling offered, 1 … 9 picks one, Space takes the chosen one (the first), Tab takes it and goes to the next field, Esc keeps the word as the keys made it")}});
    return onOneSheet(doc);  // a card: one sheet in either language
}

Document firstDayGuide(const Office &office, PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "The first day with GramDesk"));
    const auto pick = [&](const char *source) { return PrintText::pick(tr2(source), language); };
    doc.header.subtitle = pick(QT_TRANSLATE_NOOP("gd::Print", "For the secretary and the operator of a new office"));
    const auto steps = [&](const char *title, const QList<const char *> &items) {
        doc.blocks.append(Heading{pick(title), false});
        QStringList lines;
        int n = 0;
        for (const char *item : items)
            lines += QString::number(++n) + QStringLiteral(". ") + pick(item);
        doc.blocks.append(Paragraph{lines.join(u'\n'), false});
    };
    steps(QT_TRANSLATE_NOOP("gd::Print", "Once, as the administrator"),
          {QT_TRANSLATE_NOOP("gd::Print", "The office (THE OFFICE → Office and settings): name in Hindi and English, LGD code, block, district, the secretary and the pradhan; the weekly off and the fees."),
           QT_TRANSLATE_NOOP("gd::Print", "Users (THE OFFICE → Users): one for each person who works on GramDesk, with the role that fits (operator, secretary, auditor). Each chooses a password at the first login."),
           QT_TRANSLATE_NOOP("gd::Print", "The citizen charter (MASTERS → Citizen charter services): check each service's time limit, fee, documents and officers against the Gram Sabha's resolution; print the poster (Ctrl+P) and put it up."),
           QT_TRANSLATE_NOOP("gd::Print", "Holidays (MASTERS → Holidays): the year's gazetted holidays, so that due dates count working days."),
           QT_TRANSLATE_NOOP("gd::Print", "Cash and bank accounts (MASTERS): the cash in hand and each bank account with its opening balance and date."),
           QT_TRANSLATE_NOOP("gd::Print", "Staff and ward members (MASTERS): each with designation and mobile; print the board and the organisation chart for the wall."),
           QT_TRANSLATE_NOOP("gd::Print", "Old registers kept in Excel: save each sheet as CSV UTF-8 and bring it in with Import CSV on its register; nothing is written until every row is right."),
           QT_TRANSLATE_NOOP("gd::Print", "Sheets typed in the KrutiDev or Walkman Chanakya font are recognised on import: keep the box ticked that converts them, and the preview shows the names in Unicode Hindi before anything is written."),
           QT_TRANSLATE_NOOP("gd::Print", "A backup to a USB stick (THE OFFICE → Backups), and a restore tried once, so that the office knows it works.")});
    steps(QT_TRANSLATE_NOOP("gd::Print", "Every working day"),
          {QT_TRANSLATE_NOOP("gd::Print", "Each visitor at the visitor register (Ctrl+2, Ctrl+N): the name, the purpose's digit, Enter; as they leave, F6 and their two ratings."),
           QT_TRANSLATE_NOOP("gd::Print", "An application or a complaint: enter it, hand over the printed slip with its due date."),
           QT_TRANSLATE_NOOP("gd::Print", "Births and deaths as they are reported; register them on CRS and record the registration number."),
           QT_TRANSLATE_NOOP("gd::Print", "Receipts and payments in the cash book; close the day when the cash is counted."),
           QT_TRANSLATE_NOOP("gd::Print", "Files that leave the record room and come back, at the file movement register."),
           QT_TRANSLATE_NOOP("gd::Print", "The home page shows what is due today and what is late; work down it."),
           QT_TRANSLATE_NOOP("gd::Print", "GramDesk backs the book up each day and as it closes; take a copy to the USB stick each week.")});
    steps(QT_TRANSLATE_NOOP("gd::Print", "Every month"),
          {QT_TRANSLATE_NOOP("gd::Print", "Close the month in the cash book with the bank reconciliation."),
           QT_TRANSLATE_NOOP("gd::Print", "Print the secretary's monthly report (the monthly report area), sign it and send it."),
           QT_TRANSLATE_NOOP("gd::Print", "Look at the ISO readiness area: the next arrangement to make and its evidence.")});
    return doc;
}

}  // namespace gd
