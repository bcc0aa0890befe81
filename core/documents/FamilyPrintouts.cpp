#include "FamilyPrintouts.h"

#include "PrintoutParts.h"
#include "base/Dates.h"
#include "base/PrintText.h"
#include "registers/FrontOfficeRegisters.h"

using namespace Qt::StringLiterals;

namespace gd {

using namespace printout;
using K = FamilyMemberKeys;

namespace {

// "12-03-1992", or "52 (01-01-2015)": the age on the day it was stated.
QString bornOrAge(const Entry &m)
{
    if (const QDate born = m.date(K::birthDate); born.isValid())
        return Dates::display(born);
    if (Fields::isEmpty(m.value(K::age)))
        return {};
    return QString::number(m.value(K::age).toInt()) + u" (" + Dates::display(m.date(K::ageOn)) + u')';
}

// What the register's remarks column says of the member as on the copy's date: joined, died or left, with the
// cross-reference, then the office's own remarks.
QString remarksOf(const FamilyRegister::Row &row, PrintLanguage language)
{
    const Entry &m = row.member;
    const RegisterDef &def = Registers::familyMembers();
    QStringList parts;
    const QString joinedBy = m.text(K::joinedBy);
    if (joinedBy != u"register" && m.date(K::joinedOn).isValid()) {
        QString s = eachLanguage(language, [&](PrintLanguage l) {
            return PrintText::text(l, "gd::Print", QT_TRANSLATE_NOOP("gd::Print", "joined by %1 on %2"))
                .arg(choiceText(def, "joined_by", joinedBy, l), Dates::display(m.date(K::joinedOn)));
        });
        if (!m.text(K::crossRef).isEmpty() && row.status == u"living")
            s += u" (" + m.text(K::crossRef) + u')';
        parts += s;
    }
    if (row.status != u"living") {
        QString s = eachLanguage(language, [&](PrintLanguage l) {
            return (row.status == u"deceased"
                        ? PrintText::text(l, "gd::Print", QT_TRANSLATE_NOOP("gd::Print", "deceased on %1"))
                              .arg(Dates::display(m.date(K::leftOn)))
                        : PrintText::text(l, "gd::Print", QT_TRANSLATE_NOOP("gd::Print", "left by %1 on %2"))
                              .arg(choiceText(def, "left_by", m.text(K::leftBy), l), Dates::display(m.date(K::leftOn))));
        });
        if (!m.text(K::crossRef).isEmpty() && row.status == u"left")
            s += u" → " + m.text(K::crossRef);
        parts += s;
    }
    if (!m.text(K::remarks).isEmpty())
        parts += m.text(K::remarks);
    return parts.join(u"; "_s);
}

}  // namespace

Document familyCopyDocument(const Office &office, const FamilyId &family, const QList<FamilyRegister::Row> &rows,
                            const Entry &copy, const Entry &application, const QString &issuedBy,
                            PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Certified copy of the family register"),
                          QPageLayout::Landscape);
    const QDate asOn = copy.date(FamilyEventKeys::asOn);
    QString house;
    QString head;
    for (const auto &r : rows) {
        if (house.isEmpty())
            house = r.member.text(K::houseNo);
        if (head.isEmpty() && r.member.text(K::relation) == u"head" && r.status == u"living")
            head = r.member.text(K::name);
    }
    if (head.isEmpty() && !rows.isEmpty())
        head = rows.first().member.text(K::headName);
    const QVariant fee = application.value(ApplicationKeys::fee);
    QString feeLine = feeText(fee, language);
    if (!copy.text(FamilyEventKeys::feeReceipt).isEmpty())
        feeLine += u", " + PrintText::pick(PrintText::both("gd::Print", QT_TRANSLATE_NOOP("gd::Print", "receipt %1")), language)
                               .arg(copy.text(FamilyEventKeys::feeReceipt));
    // The copy's particulars in two lines above the family, so that a family of eight fits one landscape page.
    const auto fact = [&](const char *label, const QString &value) -> QString {
        return PrintText::pick(PrintText::both("gd::Print", label), language) + u": " + value;
    };
    const QString first = QStringList{fact(QT_TRANSLATE_NOOP("gd::Print", "Copy number"), copy.number),
                                      fact(QT_TRANSLATE_NOOP("gd::Print", "Family as on"), Dates::display(asOn)),
                                      fact(QT_TRANSLATE_NOOP("gd::Print", "Village and family number"),
                                           family.village + u" / " + QString::number(family.number)),
                                      fact(QT_TRANSLATE_NOOP("gd::Print", "House number"), house)}
                              .join(u"   ·   "_s);
    const QString second = QStringList{fact(QT_TRANSLATE_NOOP("gd::Print", "Application"),
                                            application.number + u", " + application.text(u"applicant_name"_s)),
                                       fact(QT_TRANSLATE_NOOP("gd::Print", "Fee"), feeLine),
                                       fact(QT_TRANSLATE_NOOP("gd::Print", "Issued by, on"),
                                            issuedBy + u", " + Dates::display(copy.date(FamilyEventKeys::eventOn)))}
                               .join(u"   ·   "_s);
    doc.blocks.append(Paragraph{first + u'\n' + second, true});
    Table t;
    t.attachmentName = u"family-copy.csv"_s;
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Serial"), 0.45, Qt::AlignRight),
                 column(QT_TRANSLATE_NOOP("gd::Print", "House number"), 0.6),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Head of the family"), 1.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Member's name"), 1.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Father's or husband's name"), 1.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Male/female"), 0.6),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Religion"), 0.6),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Caste category"), 0.8),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Date of birth or age"), 0.9),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Occupation"), 0.8),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Literate/illiterate"), 0.6),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Details/remarks"), 1.7)};
    const RegisterDef &def = Registers::familyMembers();
    for (const auto &r : rows) {
        const Entry &m = r.member;
        const QString literate = m.text(K::literate).isEmpty()
            ? QString()
            : eachLanguage(language, [&](PrintLanguage l) {
                  return PrintText::text(l, "gd::Print", m.text(K::literate) == u"yes" ? QT_TRANSLATE_NOOP("gd::Print", "literate")
                                                                                       : QT_TRANSLATE_NOOP("gd::Print", "illiterate"));
              });
        t.rows.append({m.text(K::serial), m.text(K::houseNo), m.text(K::headName), m.text(K::name), m.text(K::relativeName),
                       choiceText(def, "sex", m.text(K::sex), language), choiceText(def, "religion", m.text(K::religion), language),
                       choiceText(def, "category", m.text(K::category), language), bornOrAge(m), m.text(K::occupation),
                       literate, remarksOf(r, language)});
    }
    doc.blocks.append(t);
    doc.blocks.append(Paragraph{eachLanguage(language, [&](PrintLanguage l) {
        return PrintText::text(l, "gd::Print",
                               QT_TRANSLATE_NOOP("gd::Print", "Certified that this is a true copy of the family register of "
                                                              "the Gram Panchayat for the family above, as it stood on %1."))
            .arg(Dates::display(asOn));
    })});
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Office seal")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary, Gram Panchayat"))}});
    return doc;
}

}  // namespace gd
