#include "PrintoutParts.h"
#include "DocumentRenderer.h"

#include "base/AmountInWords.h"
#include "base/Dates.h"
#include "base/Money.h"

#include <QLocale>

namespace gd::printout {

const char *const kContext = "gd::Print";

Bilingual tr2(const char *source)
{
    return PrintText::both(kContext, source);
}

QString pickPair(const QString &hi, const QString &en, PrintLanguage language)
{
    return PrintText::pick({hi, en}, language);
}

TableColumn column(const char *source, qreal weight, Qt::Alignment alignment)
{
    return {tr2(source), weight, alignment};
}

// A table of "particular | detail" rows.
Table particulars(PrintLanguage language, const QList<QPair<const char *, QString>> &rows)
{
    Table t;
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Particular"), 1.6),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Detail"), 2.0)};
    for (const auto &r : rows)
        t.rows.append({PrintText::pick(tr2(r.first), language), r.second});
    return t;
}

QString eachLanguage(PrintLanguage language, const std::function<QString(PrintLanguage)> &make)
{
    if (language != PrintLanguage::Both)
        return make(language);
    return make(PrintLanguage::Hindi) + u'\n' + make(PrintLanguage::English);
}

QString choiceText(const RegisterDef &def, const char *key, const QString &code, PrintLanguage language, const QString &separator)
{
    if (const FieldDef *f = def.field(QString::fromLatin1(key)))
        for (const Choice &c : f->choices)
            if (c.code == code)
                return PrintText::pick(PrintText::both("gd::Fields", c.label), language, separator);
    return code;
}

QString person(const Entry &e, const QString &nameKey)
{
    QString s = e.text(nameKey);
    if (!e.text(QStringLiteral("relative_name")).isEmpty())
        s += QStringLiteral(" (") + e.text(QStringLiteral("relative_name")) + u')';
    return s;
}

// A slip's page: the office header, its title and the entry number under it.
Document pageOf(const Office &office, PrintLanguage language, const QDate &printedOn, const char *title,
                QPageLayout::Orientation orientation)
{
    Document doc;
    doc.orientation = orientation;
    doc.language = language;
    doc.printedOn = Dates::display(printedOn);
    doc.header = officeHeader(office);
    doc.header.title = tr2(title);
    return doc;
}

Result<std::optional<Document>> firstOnOneSheet(const std::function<Document(qreal scale)> &make, const QList<qreal> &scales)
{
    for (const qreal scale : scales) {
        Document doc = make(scale);
        auto pages = DocumentRenderer::pageCount(doc);
        if (!pages)
            return pages.error();
        if (pages.value() <= 1)
            return std::optional<Document>(std::move(doc));
    }
    return std::optional<Document>();
}

Document onOneSheet(Document slip)
{
    const QList<qreal> scales = {1.0, 0.93, 0.86, 0.79, 0.72};
    const auto at = [&slip](qreal scale) {
        Document d = slip;
        d.fontScale = scale;
        return d;
    };
    // A slip that cannot be laid out is printed as it is; one too long even at 72 % at 72 %.
    auto fitted = firstOnOneSheet(at, scales);
    return fitted && fitted.value() ? *fitted.value() : fitted ? at(scales.last()) : slip;
}

Document slipDocument(const Office &office, PrintLanguage language, const QDate &printedOn, QPageSize::PageSizeId size,
                      const char *title, const QString &number)
{
    Document doc = pageOf(office, language, printedOn, title);
    doc.pageSize = size;
    doc.header.subtitle = number;
    return doc;
}

QString monthName(const QDate &first, PrintLanguage language)
{
    const QString hi = QLocale(QLocale::Hindi, QLocale::India).monthName(first.month()) + u' ' + QString::number(first.year());
    const QString en = QLocale(QLocale::English, QLocale::UnitedKingdom).monthName(first.month()) + u' '
        + QString::number(first.year());
    return pickPair(hi, en, language);
}



QString inWords(Paise amount, PrintLanguage language)
{
    return PrintText::pick({words::hindiAmount(amount), words::englishAmount(amount)}, language, QStringLiteral("\n"));
}

QString rupees(Paise amount)
{
    return Money::format(amount);
}


QString feeText(const QVariant &fee, PrintLanguage language)
{
    return fee.isNull() || fee.toLongLong() == 0 ? PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "none")), language)
                                                 : QStringLiteral("₹ ") + Money::format(fee.toLongLong());
}

}  // namespace gd::printout
