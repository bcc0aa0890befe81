#include "NoticesPage.h"

#include "documents/OfficePrintouts.h"

#include <QPushButton>

using namespace Qt::StringLiterals;

namespace gd::ui {

NoticesPage::NoticesPage(Workspace &workspace, QWidget *parent)
    : AcknowledgedPage(workspace, Registers::notices(), parent)
{
    m_print = addAction(u"printNoticeButton"_s, QKeySequence(Qt::CTRL | Qt::Key_P), [this] {
        if (const auto e = selectedOrSay())
            printSlip(*e);
    });
    slipOptions()->setAfterSavingText(QT_TRANSLATE_NOOP("gd::ui::SlipOptions", "Show the notice for printing after saving"));
    retranslate();
    refreshWhenShown();
}

Document NoticesPage::slip(const Office &office, const Entry &entry, const Charter &, PrintLanguage language,
                           QPageSize::PageSizeId size) const
{
    return noticeDocument(office, entry, language, size, workspace().clock().today());
}

void NoticesPage::retranslateActions()
{
    m_print->setText(tr("&Print notice (Ctrl+P)"));
}

void NoticesPage::refreshActions()
{
    m_print->setEnabled(true);
}

void NoticesPage::decorate(FieldsDialog *dialog)
{
    // Which fields the chosen template fills in.
    dialog->setLiveNote([](const QVariantMap &v) -> QString {
        const QString kind = v.value(u"kind"_s).toString();
        if (kind == u"gram_sabha" || kind == u"gp_meeting")
            return tr("A meeting notice: fill in the meeting's day, time and venue and the agenda, one item per line.");
        if (kind == u"tender")
            return tr("A tender notice: fill in the work, its estimated cost, the earnest money and the last day for tenders "
                      "and the day they are opened.");
        return tr("A public notice: write its text.");
    });
}

}  // namespace gd::ui
