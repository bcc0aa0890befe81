#include "RecordRoomPrintouts.h"

#include "base/Dates.h"
#include "PrintoutParts.h"
#include "registers/RecordRoom.h"

using namespace Qt::StringLiterals;

namespace gd {

using namespace printout;

namespace {

QString subjectName(const QHash<QString, QVariantMap> &subjects, const QString &code, PrintLanguage language)
{
    const QVariantMap row = subjects.value(code);
    if (row.isEmpty())
        return code;
    return pickPair(row.value(u"name_hi"_s).toString(), row.value(u"name_en"_s).toString(), language) + QStringLiteral(" (") + code
        + u')';
}

// "C: 5 years", "A: for ever"
QString retentionText(const Entry &file, PrintLanguage language)
{
    const QString r = file.text(u"retention"_s);
    const Bilingual kept = r == u"C" ? PrintText::both("gd::Print", QT_TRANSLATE_N_NOOP("gd::Print", "%n year(s)"),
                                                       file.value(u"retention_years"_s).toInt())
        : r == u"E"                  ? tr2(QT_TRANSLATE_NOOP("gd::Print", "one year"))
                                     : tr2(QT_TRANSLATE_NOOP("gd::Print", "for ever"));
    const QString text = PrintText::pick(kept, language, QStringLiteral(" / "));
    return r + QStringLiteral(": ") + text;
}

QStringList fileRow(const Entry &f, const QHash<QString, QVariantMap> &subjects, PrintLanguage language)
{
    return {f.number, f.text(u"title"_s), subjectName(subjects, f.text(u"subject_code"_s), language),
            Dates::display(f.date(u"opened_on"_s)), Dates::display(f.date(u"closed_on"_s)), retentionText(f, language),
            Place::of(f.values).path()};
}

}  // namespace

Document fileLabels(const Office &office, const QList<Entry> &files, const QHash<QString, QVariantMap> &subjects,
                    PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "File labels"));
    LabelSheet sheet;
    const QString label = PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Opened")), language, QStringLiteral(" / "));
    const QString volume = PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Volume")), language, QStringLiteral(" / "));
    const QString retention = PrintText::pick(tr2(QT_TRANSLATE_NOOP("gd::Print", "Retention")), language, QStringLiteral(" / "));
    for (const Entry &f : files) {
        QStringList lines = {f.text(u"title"_s), subjectName(subjects, f.text(u"subject_code"_s), language),
                             QStringLiteral("%1: %2 (%3)").arg(label, Dates::display(f.date(u"opened_on"_s)), f.fy),
                             QStringLiteral("%1: %2").arg(retention, retentionText(f, language))};
        if (f.value(u"volume"_s).toInt() > 1)
            lines += QStringLiteral("%1 %2").arg(volume).arg(f.value(u"volume"_s).toInt());
        sheet.labels += FileLabel{f.number, lines};
    }
    doc.blocks.append(sheet);
    return doc;
}

Document shelfListDocument(const Office &office, const QString &room, const QString &almirah, const QList<Entry> &files,
                           const QHash<QString, QString> &outWith, const QHash<QString, QVariantMap> &subjects,
                           PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, QT_TRANSLATE_NOOP("gd::Print", "Shelf list"), QPageLayout::Landscape);
    doc.header.subtitle = room + QStringLiteral(" › ") + almirah;
    Table t;
    t.attachmentName = QStringLiteral("shelf-list.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Rack"), 0.6), column(QT_TRANSLATE_NOOP("gd::Print", "Shelf"), 0.6),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Bundle"), 0.6), column(QT_TRANSLATE_NOOP("gd::Print", "File code"), 1.8),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Title"), 2.4), column(QT_TRANSLATE_NOOP("gd::Print", "Subject"), 1.3),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Retention"), 1.0), column(QT_TRANSLATE_NOOP("gd::Print", "Out with"), 1.2)};
    for (const Entry &f : files)
        t.rows.append({f.text(u"rack"_s), f.text(u"shelf"_s), f.text(u"bundle"_s), f.number, f.text(u"title"_s),
                       subjectName(subjects, f.text(u"subject_code"_s), language), retentionText(f, language),
                       outWith.value(f.number)});
    doc.blocks.append(t);
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Record keeper")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary"))}});
    return doc;
}

Document fileListDocument(const Office &office, const char *title, const QString &subtitle, const QList<Entry> &files,
                          const QHash<QString, QVariantMap> &subjects, PrintLanguage language, const QDate &printedOn)
{
    Document doc = pageOf(office, language, printedOn, title, QPageLayout::Landscape);
    doc.header.subtitle = subtitle;
    Table t;
    t.attachmentName = QStringLiteral("files.csv");
    t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "File code"), 1.7), column(QT_TRANSLATE_NOOP("gd::Print", "Title"), 2.2),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Subject"), 1.2), column(QT_TRANSLATE_NOOP("gd::Print", "Opened"), 0.8),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Closed"), 0.8), column(QT_TRANSLATE_NOOP("gd::Print", "Retention"), 0.9),
                 column(QT_TRANSLATE_NOOP("gd::Print", "Place"), 1.4), column(QT_TRANSLATE_NOOP("gd::Print", "Review or destroyed"), 2.0)};
    for (const Entry &f : files) {
        QStringList row = fileRow(f, subjects, language);
        const QDate destroyed = f.date(u"destroyed_on"_s);
        row += destroyed.isValid() ? Dates::display(destroyed) + QStringLiteral(", ") + f.text(u"destruction_order"_s)
                                   : Dates::display(f.date(u"review_on"_s));
        t.rows.append(row);
    }
    doc.blocks.append(t);
    doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Record keeper")),
                                      tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary"))}});
    return doc;
}

}  // namespace gd
