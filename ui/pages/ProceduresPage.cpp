#include "ProceduresPage.h"

#include "../FileDialogs.h"
#include "../PrintPreview.h"
#include "documents/ReadinessPrintouts.h"
#include "registers/Procedures.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace gd::ui {

using K = ProcedureKeys;

ProceduresPage::ProceduresPage(Workspace &workspace, QWidget *parent) : RegisterPage(workspace, Registers::procedures(), parent)
{
    setObjectName(u"proceduresPage"_s);
    m_newVersion = addAction(u"newVersionButton"_s, QKeySequence(Qt::Key_F6), [this] { newVersion(); });
    m_attach = addAction(u"attachProcedureButton"_s, QKeySequence(Qt::Key_F7), [this] { attachFile(); });
    m_open = addAction(u"openProcedureButton"_s, QKeySequence(Qt::Key_F8), [this] { openFile(); });
    m_print = addAction(u"printProceduresButton"_s, QKeySequence(Qt::CTRL | Qt::Key_P), [this] { printList(); });
    retranslate();
    refreshWhenShown();
}

void ProceduresPage::retranslateExtras()
{
    m_newVersion->setText(tr("New &version (F6)"));
    m_attach->setText(tr("&Keep a file (F7)"));
    m_open->setText(tr("&Open the file (F8)"));
    m_print->setText(tr("&Print the master list (Ctrl+P)"));
}

bool ProceduresPage::chooseFile(QString *name, QString *mime, QByteArray *bytes)
{
    const QString path = FileDialogs::openFile(this, tr("The approved procedure or form"), FileDialogs::documentsFolder(),
                                               tr("PDF and scans (*.pdf *.jpg *.jpeg *.png);;All files (*)"));
    if (path.isEmpty())
        return false;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        setStatus(tr("%1 could not be read: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
        return false;
    }
    *bytes = f.readAll();
    *name = QFileInfo(path).fileName();
    *mime = QMimeDatabase().mimeTypeForFile(path).name();
    return true;
}

void ProceduresPage::newVersion()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    const Entry current = *chosen;
    QList<FieldDef> fields;
    for (const QString &key : {K::title, K::kind, K::version, K::approvedOn, K::approvedBy, K::copiesAt})
        fields += *def().field(key);
    QVariantMap initial = current.values;
    initial.insert(K::version, QString());
    initial.insert(K::approvedOn, workspace().clock().today());
    actionDialog(QT_TRANSLATE_NOOP("gd::ui::FieldsDialog", "A new version"), fields, initial, [this, current](const QVariantMap &v) {
        return Procedures(workspace().book()).newVersion(workspace().user(), current, v);
    });
}

void ProceduresPage::attachFile()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    QString name, mime;
    QByteArray bytes;
    if (!chooseFile(&name, &mime, &bytes))
        return;
    auto id = Procedures(workspace().book()).attach(workspace().user(), chosen->number, name, mime, bytes);
    setStatus(id ? tr("%1 is kept with %2 version %3.").arg(name, chosen->text(K::code), chosen->text(K::version))
                 : id.error().message);
}

void ProceduresPage::openFile()
{
    const std::optional<Entry> chosen = selectedOrSay();
    if (!chosen)
        return;
    auto files = Procedures(workspace().book()).files(chosen->number);
    if (!files || files.value().isEmpty()) {
        setStatus(files ? tr("No file is kept with %1 version %2 yet; keep one with F7.").arg(chosen->text(K::code), chosen->text(K::version))
                        : files.error().message);
        return;
    }
    // The latest file, written to a temporary file for the system's viewer.
    const ProcedureFile &f = files.value().last();
    auto stored = Procedures(workspace().book()).fileData(f.id);
    if (!stored)
        return setStatus(stored.error().message);
    const QString path = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                             .filePath(u"gramdesk-procedure-%1-%2"_s.arg(f.id).arg(f.fileName));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(stored.value()) != stored.value().size()) {
        setStatus(tr("%1 could not be written: %2").arg(QDir::toNativeSeparators(path), out.errorString()));
        return;
    }
    out.close();
    setStatus(tr("Opened %1.").arg(f.fileName));
    QDesktopServices::openUrl(QUrl::fromLocalFile(path));
}

void ProceduresPage::printList()
{
    Procedures p(workspace().book());
    auto list = p.masterList();
    auto files = p.fileNames();
    auto office = OfficeProfile(workspace().book()).load();
    if (!list || !files) {
        setStatus((!list ? list.error() : files.error()).message);
        return;
    }
    previewDocument(this, procedureListDocument(office ? office.value() : Office{}, list.value(), files.value(),
                                                workspace().user().language == u"en" ? PrintLanguage::English : PrintLanguage::Hindi,
                                                workspace().clock().today()));
}

}  // namespace gd::ui
