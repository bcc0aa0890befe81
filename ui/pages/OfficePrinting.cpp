#include "OfficePrinting.h"

#include "../PrintPreview.h"
#include "../registers/FieldsDialog.h"
#include "base/Dates.h"
#include "office/OfficeSettings.h"
#include "documents/OfficePrintouts.h"
#include "registers/Masters.h"

using namespace Qt::StringLiterals;

namespace gd::ui {

namespace {

FieldDef choiceField(const char *key, const char *label, QList<Choice> choices)
{
    FieldDef f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.kind = FieldKind::Choice;
    f.required = true;
    f.choices = std::move(choices);
    return f;
}

FieldDef textField(const char *key, const char *label, FieldKind kind = FieldKind::Text)
{
    FieldDef f;
    f.key = QString::fromLatin1(key);
    f.label = label;
    f.kind = kind;
    return f;
}

}  // namespace

namespace {

QList<FieldDef> sheetFields()
{
    return {choiceField("paper", QT_TRANSLATE_NOOP("gd::Fields", "Paper"),
                        {{u"A4"_s, QT_TRANSLATE_NOOP("gd::Fields", "A4")}, {u"A3"_s, QT_TRANSLATE_NOOP("gd::Fields", "A3 (poster)")}}),
            choiceField("orientation", QT_TRANSLATE_NOOP("gd::Fields", "Orientation"),
                        {{u"landscape"_s, QT_TRANSLATE_NOOP("gd::Fields", "landscape")},
                         {u"portrait"_s, QT_TRANSLATE_NOOP("gd::Fields", "portrait")}}),
            choiceField("language", QT_TRANSLATE_NOOP("gd::Fields", "Language"),
                        {{u"hi"_s, QT_TRANSLATE_NOOP("gd::Fields", "Hindi")},
                         {u"en"_s, QT_TRANSLATE_NOOP("gd::Fields", "English")},
                         {u"both"_s, QT_TRANSLATE_NOOP("gd::Fields", "Hindi and English")}})};
}

// The paper, orientation and language typed in the dialog.
SheetOptions sheetOptions(const QVariantMap &v, const Workspace &workspace)
{
    SheetOptions o;
    o.size = v.value(u"paper"_s).toString() == u"A3" ? QPageSize::A3 : QPageSize::A4;
    o.orientation = v.value(u"orientation"_s).toString() == u"portrait" ? QPageLayout::Portrait : QPageLayout::Landscape;
    PrintText::fromCode(v.value(u"language"_s).toString(), &o.language);
    o.printedOn = workspace.clock().today();
    return o;
}

QVariantMap sheetDefaults(const Workspace &workspace, const char *orientation)
{
    return {{u"paper"_s, u"A4"_s}, {u"orientation"_s, QString::fromLatin1(orientation)},
            {u"language"_s, workspace.user().language == u"en" ? u"en"_s : u"hi"_s}};
}

// Asks for the paper, orientation and language of a sheet built from a master's rows, then previews it.
void printSheet(QWidget *parent, Workspace &workspace, const char *title, const RegisterDef &master, const char *orientation,
                const std::function<Result<Document>(const Office &, const QList<QVariantMap> &, const SheetOptions &)> &make)
{
    Document sheet;
    FieldsDialog box(
        workspace, title, sheetFields(),
        [&](const QVariantMap &v) -> Status {
            auto office = OfficeProfile(workspace.book()).load();
            if (!office)
                return office.error();
            auto rows = MasterStore(workspace.book(), master).list();
            if (!rows)
                return rows.error();
            auto made = make(office.value(), rows.value(), sheetOptions(v, workspace));
            if (!made)
                return made.error();
            sheet = made.value();
            return {};
        },
        parent);
    box.setAcceptText(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "&Preview (Enter)"));
    box.form()->setValues(sheetDefaults(workspace, orientation));
    box.form()->focusFirst();
    if (box.exec() == QDialog::Accepted)
        previewDocument(parent, sheet);
}

}  // namespace

void printStaffBoard(QWidget *parent, Workspace &workspace)
{
    printSheet(parent, workspace, QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Print the board of representatives and staff"),
               Registers::people(), "portrait", fittedStaffBoard);
}

void printOrganisationChart(QWidget *parent, Workspace &workspace)
{
    printSheet(parent, workspace, QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Print the organisation chart"), Registers::people(),
               "landscape", fittedOrganisationChart);
}

void printEmergencySheet(QWidget *parent, Workspace &workspace)
{
    printSheet(parent, workspace, QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Print the emergency numbers"),
               Registers::emergencyNumbers(), "portrait", fittedEmergencySheet);
}

void printCharterPoster(QWidget *parent, Workspace &workspace)
{
    Book &book = workspace.book();
    OfficeSettings settings(book);
    const QList<FieldDef> fields = sheetFields() + QList<FieldDef>{
        textField("charter_adopted_on", QT_TRANSLATE_NOOP("gd::Fields", "Adopted by the Gram Sabha on"), FieldKind::Date),
        textField("charter_resolution", QT_TRANSLATE_NOOP("gd::Fields", "Gram Sabha resolution number")),
        textField("grievance_contact", QT_TRANSLATE_NOOP("gd::Fields", "Complaints and suggestions to (name, phone)")),
        choiceField("sheets", QT_TRANSLATE_NOOP("gd::Fields", "Sheets"),
                    {{u"one"_s, QT_TRANSLATE_NOOP("gd::Fields", "one sheet")},
                     {u"several"_s, QT_TRANSLATE_NOOP("gd::Fields", "as many as needed")}}),
    };
    Document poster;
    FieldsDialog box(
        workspace, QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "Print the citizen charter"), fields,
        [&](const QVariantMap &v) -> Status {
            // What the charter states is remembered for the next printing (by those who may change settings).
            const QString adopted = v.value(u"charter_adopted_on"_s).toDate().isValid()
                ? Dates::iso(v.value(u"charter_adopted_on"_s).toDate())
                : QString();
            if (workspace.may(Right::EditSettings)) {
                for (const auto &[key, value] : {std::pair{u"charter_adopted_on"_s, adopted},
                                                 std::pair{u"charter_resolution"_s, v.value(u"charter_resolution"_s).toString()},
                                                 std::pair{u"grievance_contact"_s, v.value(u"grievance_contact"_s).toString()}})
                    if (auto saved = settings.set(workspace.user(), key, value); !saved)
                        return saved;
            }
            auto office = OfficeProfile(book).load();
            if (!office)
                return office.error();
            auto services = MasterStore(book, Registers::services()).list();
            if (!services)
                return services.error();
            auto categories = MasterStore(book, Registers::complaintCategories()).list();
            if (!categories)
                return categories.error();
            CharterPoster o;
            o.complaintCategories = categories.value();
            o.severalSheets = v.value(u"sheets"_s).toString() == u"several";
            static_cast<SheetOptions &>(o) = sheetOptions(v, workspace);
            o.adoptedOn = v.value(u"charter_adopted_on"_s).toDate();
            o.resolution = v.value(u"charter_resolution"_s).toString().simplified();
            o.grievanceContact = v.value(u"grievance_contact"_s).toString().simplified();
            auto fitted = fittedCharterPoster(office.value(), services.value(), o);
            if (!fitted)
                return fitted.error();
            poster = fitted.value();
            return {};
        },
        parent);
    QVariantMap initial = sheetDefaults(workspace, "portrait");  // a tall sheet holds the most services at a readable size
    initial.insert(u"sheets"_s, u"one"_s);
    for (const char *key : {"charter_resolution", "grievance_contact"})
        if (auto v = settings.get(QString::fromLatin1(key)); v)
            initial.insert(QString::fromLatin1(key), v.value());
    if (auto v = settings.get(u"charter_adopted_on"_s); v && !v.value().isEmpty())
        initial.insert(u"charter_adopted_on"_s, QDate::fromString(v.value(), Qt::ISODate));
    box.setAcceptText(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "&Preview (Enter)"));
    box.form()->setValues(initial);
    box.form()->focusFirst();
    if (box.exec() != QDialog::Accepted)
        return;
    previewDocument(parent, poster);
}

}  // namespace gd::ui
