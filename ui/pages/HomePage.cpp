#include "HomePage.h"

#include "../LanguageManager.h"
#include "storage/AuditLog.h"
#include "Dates.h"
#include "OfficeProfile.h"
#include "storage/Backup.h"

#include <QDir>
#include <QLabel>
#include <QVBoxLayout>

namespace gd::ui {

HomePage::HomePage(Workspace &workspace, QWidget *parent) : Page(workspace, parent)
{
    setObjectName(QStringLiteral("homePage"));
    auto *layout = new QVBoxLayout(this);
    m_office = new QLabel(this);
    m_office->setObjectName(QStringLiteral("officeNameLabel"));
    QFont big = m_office->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_office->setFont(big);
    m_details = new QLabel(this);
    m_details->setObjectName(QStringLiteral("homeDetailsLabel"));
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    layout->addWidget(m_office);
    layout->addWidget(m_details, 1);
    refresh();
}

void HomePage::refresh()
{
    Book &book = workspace().book();
    auto office = OfficeProfile(book).load();
    const bool hindi = LanguageManager::instance().language() == u"hi";
    if (office)
        m_office->setText(hindi ? office.value().nameHi : office.value().nameEn);
    QStringList lines;
    const auto row = [&](const QString &label, const QString &value) {
        lines += QStringLiteral("<tr><td style='padding-right:16px'><b>%1</b></td><td>%2</td></tr>")
                     .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    if (office) {
        const Office &o = office.value();
        row(tr("LGD code"), o.lgdCode);
        row(tr("Block / district / state"), QStringList{o.block, o.district, o.state}.join(QStringLiteral(" / ")));
        row(tr("Secretary"), o.secretaryName);
        row(tr("Pradhan"), o.pradhanName);
    }
    const User &u = workspace().user();
    row(tr("Logged in as"), QStringLiteral("%1 (%2)").arg(u.fullName, Roles::displayName(u.role)));
    row(tr("Today"), Dates::display(workspace().clock().today()) + QStringLiteral("  ·  ")
            + tr("financial year %1").arg(Dates::financialYear(workspace().clock().today())));
    row(tr("Book"), QDir::toNativeSeparators(book.path()));
    auto last = BackupService(book).lastSuccessful();
    if (last && !last.value().at.isEmpty()) {
        const QDateTime at = QDateTime::fromString(last.value().at, Qt::ISODate);
        row(tr("Last backup"), Dates::display(at.date()) + u' ' + at.toString(QStringLiteral("HH:mm")) + QStringLiteral("  ·  ")
                + last.value().place);
    } else {
        row(tr("Last backup"), tr("none yet"));
    }
    if (auto n = AuditLog::count(book); n)
        row(tr("Audit log"), tr("%1 entries").arg(n.value()));
    m_details->setText(QStringLiteral("<table>") + lines.join(QString()) + QStringLiteral("</table>"));
}

}  // namespace gd::ui
