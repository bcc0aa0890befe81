#include "AttendancePrintouts.h"

#include "PrintoutParts.h"
#include "base/PrintText.h"

using namespace Qt::StringLiterals;

namespace gd {

using namespace printout;

namespace {

QString personName(const Attendance::Person &p, PrintLanguage language)
{
    if (language == PrintLanguage::English && !p.nameEn.isEmpty())
        return p.nameEn;
    return p.nameHi;
}

QString letter(const QString &mark, PrintLanguage language)
{
    for (const Attendance::Mark &m : Attendance::marks())
        if (QString::fromLatin1(m.code) == mark)
            return PrintText::text(language == PrintLanguage::Both ? PrintLanguage::Hindi : language, "gd::Attendance", m.letter);
    return {};
}

// The key under the table: "P present · A absent · CL casual leave …" in the print language.
QString legend(PrintLanguage language)
{
    const RegisterDef &def = Registers::attendance();
    QStringList parts;
    for (const Attendance::Mark &m : Attendance::marks())
        parts += letter(QString::fromLatin1(m.code), language) + u' '
            + choiceText(def, "mark", QString::fromLatin1(m.code), language);
    return parts.join(u"  ·  "_s);
}

}  // namespace

Document attendanceSheetDocument(const Office &office, const Attendance::MonthSheet &sheet, PrintLanguage language,
                                 const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Attendance register"), QPageLayout::Landscape);
    doc.header.subtitle = monthName(sheet.first, language);
    doc.fontScale = 0.8;  // 31 days across a landscape page
    const int days = sheet.first.daysInMonth();
    Table t;
    t.attachmentName = u"attendance.csv"_s;
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Name and post"), 3.2)};
    QSet<int> working;
    for (const QDate &d : sheet.workingDays)
        working.insert(d.day());
    for (int d = 1; d <= days; ++d)
        t.columns += TableColumn{{QString::number(d), QString::number(d)}, 0.52, Qt::AlignHCenter};
    for (const Attendance::Mark &m : Attendance::marks())
        t.columns += TableColumn{PrintText::both("gd::Attendance", m.letter), 0.6, Qt::AlignRight};
    t.columns += column(QT_TRANSLATE_NOOP("gd::Print", "Signature"), 1.6);
    for (const Attendance::Row &r : sheet.rows) {
        QStringList cells{personName(r.person, language) + u", "
                          + pickPair(r.person.designationHi, r.person.designationEn.isEmpty() ? r.person.designationHi : r.person.designationEn,
                                     language == PrintLanguage::English ? language : PrintLanguage::Hindi)};
        for (int d = 1; d <= days; ++d)
            cells += working.contains(d) ? letter(r.marks.value(d), language) : u"–"_s;
        for (const Attendance::Mark &m : Attendance::marks())
            cells += QString::number(r.totals.value(QString::fromLatin1(m.code)));
        cells += QString();
        t.rows += cells;
    }
    doc.blocks.append(t);
    doc.blocks.append(Paragraph{legend(language) + u'\n'
                                + eachLanguage(language, [&](PrintLanguage l) {
                                      return PrintText::text(l, "gd::Print",
                                                             QT_TRANSLATE_NOOP("gd::Print", "Working days in the month: %1. A dash is a holiday or the weekly off."))
                                          .arg(sheet.workingDays.size());
                                  })});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary, Gram Panchayat"))}});
    return doc;
}

Document yearLeaveDocument(const Office &office, int year, const QList<Attendance::Row> &rows, PrintLanguage language,
                           const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Leave taken in the year"));
    doc.header.subtitle = QString::number(year);
    Table t;
    t.attachmentName = u"leave.csv"_s;
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Name and post"), 2.6)};
    const RegisterDef &def = Registers::attendance();
    for (const Choice &c : def.field(u"mark"_s)->choices)
        if (c.code != u"present")
            t.columns += TableColumn{PrintText::both("gd::Fields", c.label), 0.9, Qt::AlignRight};
    for (const Attendance::Row &r : rows) {
        QStringList cells{personName(r.person, language)};
        for (const Attendance::Mark &m : Attendance::marks())
            if (QString::fromLatin1(m.code) != u"present")
                cells += QString::number(r.totals.value(QString::fromLatin1(m.code)));
        t.rows += cells;
    }
    doc.blocks.append(t);
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary, Gram Panchayat"))}});
    return doc;
}

}  // namespace gd
