// The record room's registers: file subjects, places, the file index and the movement register.
#include "RegisterParts.h"
#include "RecordRoom.h"

namespace gd {

namespace {

using namespace regparts;

RegisterDef makeFileSubjects()
{
    RegisterDef d;
    d.id = QStringLiteral("file-subjects");
    d.table = QStringLiteral("file_subjects");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "File subjects");
    d.unknownCode = QT_TRANSLATE_NOOP("gd::Fields", "there is no file subject with the code %1");
    d.keyKey = QStringLiteral("code");
    d.fields = codeAndNames(true);
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name_hi"), QStringLiteral("name_en")};
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "The subject heads of the file index (administration, accounts, works…); a new file's code "
                               "carries its subject's code and a serial counted per subject and year.");
    d.area = PageArea::Masters;
    return d;
}

RegisterDef makePlaces()
{
    RegisterDef d;
    d.id = QStringLiteral("places");
    d.table = QStringLiteral("places");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "Record room places");
    d.unknownCode = QT_TRANSLATE_NOOP("gd::Fields", "there is no place with the code %1");
    d.keyKey = QStringLiteral("code");
    d.fields = {of("code", QT_TRANSLATE_NOOP("gd::Fields", "Code"), FieldKind::Code, true),
                choice("kind", QT_TRANSLATE_NOOP("gd::Fields", "Kind of place"),
                       {{QStringLiteral("room"), QT_TRANSLATE_NOOP("gd::Fields", "room")},
                        {QStringLiteral("almirah"), QT_TRANSLATE_NOOP("gd::Fields", "almirah")},
                        {QStringLiteral("rack"), QT_TRANSLATE_NOOP("gd::Fields", "rack")},
                        {QStringLiteral("shelf"), QT_TRANSLATE_NOOP("gd::Fields", "shelf")},
                        {QStringLiteral("bundle"), QT_TRANSLATE_NOOP("gd::Fields", "bundle")}},
                       true),
                text("name", QT_TRANSLATE_NOOP("gd::Fields", "Name"), true),
                reference("parent", QT_TRANSLATE_NOOP("gd::Fields", "Inside"), "places", false)};
    d.textKeys = {QStringLiteral("code"), QStringLiteral("name")};
    d.rules.checkRow = &RecordRoom::checkPlaceMaster;
    d.intro = QT_TRANSLATE_NOOP("gd::Fields", "The record room as a small tree: rooms, the almirahs in them, racks, shelves and bundles. "
                               "Once it is described, a file's place must be one of these.");
    d.area = PageArea::Masters;
    return d;
}

RegisterDef makeFiles()
{
    RegisterDef d;
    d.id = QStringLiteral("files");
    d.table = QStringLiteral("files");
    d.prefix = QStringLiteral("FILE");
    d.fileCodes = true;
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "File index");
    d.dateKey = QStringLiteral("opened_on");
    d.numberKey = QStringLiteral("code");
    d.fields = {of("code", QT_TRANSLATE_NOOP("gd::Fields", "File code"), FieldKind::EntryNumber),
                reference("subject_code", QT_TRANSLATE_NOOP("gd::Fields", "Subject"), "file_subjects", true),
                text("title", QT_TRANSLATE_NOOP("gd::Fields", "Title"), true),
                text("section", QT_TRANSLATE_NOOP("gd::Fields", "Section"), false, true),
                fullYear(of("opened_on", QT_TRANSLATE_NOOP("gd::Fields", "Opened on"), FieldKind::Date, true)),
                fullYear(of("closed_on", QT_TRANSLATE_NOOP("gd::Fields", "Closed on"), FieldKind::Date)),
                choice("retention", QT_TRANSLATE_NOOP("gd::Fields", "Retention"),
                       {{QStringLiteral("A"), QT_TRANSLATE_NOOP("gd::Fields", "A: keep for ever, scan")},
                        {QStringLiteral("B"), QT_TRANSLATE_NOOP("gd::Fields", "B: keep for ever")},
                        {QStringLiteral("C"), QT_TRANSLATE_NOOP("gd::Fields", "C: keep some years, then review")},
                        {QStringLiteral("E"), QT_TRANSLATE_NOOP("gd::Fields", "E: ephemeral, one year")}},
                       true),
                integer("retention_years", QT_TRANSLATE_NOOP("gd::Fields", "Years to keep (C)"), 1, 10, false),
                text("room", QT_TRANSLATE_NOOP("gd::Fields", "Room"), false, true),
                text("almirah", QT_TRANSLATE_NOOP("gd::Fields", "Almirah"), false, true),
                text("rack", QT_TRANSLATE_NOOP("gd::Fields", "Rack"), false, true),
                text("shelf", QT_TRANSLATE_NOOP("gd::Fields", "Shelf"), false, true),
                text("bundle", QT_TRANSLATE_NOOP("gd::Fields", "Bundle"), false, true),
                of("remarks", QT_TRANSLATE_NOOP("gd::Fields", "Remarks"), FieldKind::LongText),
                source(integer("volume", QT_TRANSLATE_NOOP("gd::Fields", "Volume"), 1, 999, false), S::Form),
                source(choice("status", QT_TRANSLATE_NOOP("gd::Fields", "Status"),
                              {{QStringLiteral("open"), QT_TRANSLATE_NOOP("gd::Fields", "open")},
                               {QStringLiteral("closed"), QT_TRANSLATE_NOOP("gd::Fields", "closed")},
                               {QStringLiteral("destroyed"), QT_TRANSLATE_NOOP("gd::Fields", "destroyed")}}),
                       S::Computed),
                source(future(of("review_on", QT_TRANSLATE_NOOP("gd::Fields", "Review or destroy from"), FieldKind::Date)),
                       S::Computed),
                source(of("destroyed_on", QT_TRANSLATE_NOOP("gd::Fields", "Destroyed on"), FieldKind::Date), S::Form),
                source(text("destruction_order", QT_TRANSLATE_NOOP("gd::Fields", "Destruction order")), S::Form)};
    const QString out = QStringLiteral("number IN (SELECT file_code FROM file_movements WHERE is_current = 1"
                                       " AND cancelled = 0 AND returned_on IS NULL");
    d.statuses = {{QStringLiteral("open"), QT_TRANSLATE_NOOP("gd::Fields", "Open files"),
                   QStringLiteral("cancelled = 0 AND status = 'open'")},
                  {QStringLiteral("closed"), QT_TRANSLATE_NOOP("gd::Fields", "Closed files"),
                   QStringLiteral("cancelled = 0 AND status = 'closed'")},
                  {QStringLiteral("out"), QT_TRANSLATE_NOOP("gd::Fields", "Out of the record room"),
                   QStringLiteral("cancelled = 0 AND ") + out + u')'},
                  {QStringLiteral("overdue"), QT_TRANSLATE_NOOP("gd::Fields", "Out, overdue"),
                   QStringLiteral("cancelled = 0 AND ") + out + QStringLiteral(" AND due_back_on < ?)")},
                  {QStringLiteral("review"), QT_TRANSLATE_NOOP("gd::Fields", "Due for review or destruction this year"),
                   QStringLiteral("cancelled = 0 AND status = 'closed' AND review_on <= strftime('%Y-12-31', ?)")},
                  {QStringLiteral("destroyed"), QT_TRANSLATE_NOOP("gd::Fields", "Destroyed files"),
                   QStringLiteral("cancelled = 0 AND status = 'destroyed'")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("title"), QStringLiteral("subject_code"),
                  QStringLiteral("section"), QStringLiteral("almirah"), QStringLiteral("remarks")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &charter, const Entry *base) {
        return RecordRoom::checkFile(values, charter, base);
    };
    d.rules.checkWrite = [](Book &book, QVariantMap *after, const Entry *before) {
        return RecordRoom(book).checkFileWrite(after, before);
    };
    d.listKeys = {QStringLiteral("code"), QStringLiteral("title"), QStringLiteral("subject_code"),
                  QStringLiteral("section"), QStringLiteral("opened_on"), QStringLiteral("closed_on"),
                  QStringLiteral("retention"), QStringLiteral("retention_years"), QStringLiteral("room"),
                  QStringLiteral("almirah"), QStringLiteral("rack"), QStringLiteral("shelf"),
                  QStringLiteral("bundle"), QStringLiteral("volume"), QStringLiteral("status"),
                  QStringLiteral("review_on")};
    d.formKeys = {QStringLiteral("code"), QStringLiteral("subject_code"), QStringLiteral("title"),
                  QStringLiteral("section"), QStringLiteral("opened_on"), QStringLiteral("retention"),
                  QStringLiteral("retention_years"), QStringLiteral("room"), QStringLiteral("almirah"),
                  QStringLiteral("rack"), QStringLiteral("shelf"), QStringLiteral("bundle"),
                  QStringLiteral("remarks")};
    return d;
}

RegisterDef makeFileMovements()
{
    RegisterDef d;
    d.id = QStringLiteral("file-movements");
    d.table = QStringLiteral("file_movements");
    d.prefix = QStringLiteral("MOV");
    d.title = QT_TRANSLATE_NOOP("gd::Fields", "File movement register");
    d.dateKey = QStringLiteral("issued_on");
    d.numberKey = QStringLiteral("number");
    d.fields = {source(of("number", QT_TRANSLATE_NOOP("gd::Fields", "Number"), FieldKind::EntryNumber), S::Computed),
                text("file_code", QT_TRANSLATE_NOOP("gd::Fields", "File code"), true),
                of("issued_on", QT_TRANSLATE_NOOP("gd::Fields", "Issued on"), FieldKind::Date, true),
                text("issued_to", QT_TRANSLATE_NOOP("gd::Fields", "Issued to"), true, true),
                text("purpose", QT_TRANSLATE_NOOP("gd::Fields", "Purpose"), false, true),
                future(of("due_back_on", QT_TRANSLATE_NOOP("gd::Fields", "Due back on"), FieldKind::Date)),
                of("returned_on", QT_TRANSLATE_NOOP("gd::Fields", "Returned on"), FieldKind::Date)};
    const QString out = QStringLiteral("cancelled = 0 AND returned_on IS NULL");
    d.statuses = {{QStringLiteral("out"), QT_TRANSLATE_NOOP("gd::Fields", "Not returned"), out},
                  {QStringLiteral("overdue"), QT_TRANSLATE_NOOP("gd::Fields", "Overdue"), out + QStringLiteral(" AND due_back_on < ?")},
                  {QStringLiteral("returned"), QT_TRANSLATE_NOOP("gd::Fields", "Returned"),
                   QStringLiteral("cancelled = 0 AND returned_on IS NOT NULL")},
                  {QStringLiteral("cancelled"), QT_TRANSLATE_NOOP("gd::Fields", "Cancelled"), QStringLiteral("cancelled = 1")}};
    d.textKeys = {QStringLiteral("number"), QStringLiteral("issued_to"), QStringLiteral("file_code"), QStringLiteral("purpose")};
    d.rules.check = [](const RegisterDef &, QVariantMap &values, const Charter &, const Entry *) {
        return RecordRoom::checkMovement(values);
    };
    d.rules.checkWrite = [](Book &book, QVariantMap *after, const Entry *before) {
        return RecordRoom(book).checkMovementWrite(after, before);
    };
    d.listKeys = {QStringLiteral("number"), QStringLiteral("file_code"), QStringLiteral("issued_on"),
                  QStringLiteral("issued_to"), QStringLiteral("purpose"), QStringLiteral("due_back_on"),
                  QStringLiteral("returned_on")};
    d.formKeys = {QStringLiteral("file_code"), QStringLiteral("issued_on"), QStringLiteral("issued_to"),
                  QStringLiteral("purpose"), QStringLiteral("due_back_on")};
    return d;
}

}  // namespace

const RegisterDef &Registers::fileSubjects()
{
    static const RegisterDef d = makeFileSubjects();
    return d;
}

const RegisterDef &Registers::places()
{
    static const RegisterDef d = makePlaces();
    return d;
}

const RegisterDef &Registers::files()
{
    static const RegisterDef d = makeFiles();
    return d;
}

const RegisterDef &Registers::fileMovements()
{
    static const RegisterDef d = makeFileMovements();
    return d;
}

}  // namespace gd
