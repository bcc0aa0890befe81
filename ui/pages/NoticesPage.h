#pragma once
// The notice register: a notice is written from its template's fields (the form says which the chosen kind
// needs), numbered, shown in the print preview when saved (if asked), and printed again from the list (Ctrl+P).

#include "FrontOfficePages.h"

namespace gd::ui {

class NoticesPage : public AcknowledgedPage {
    Q_OBJECT
public:
    explicit NoticesPage(Workspace &workspace, QWidget *parent = nullptr);

protected:
    Document slip(const Office &office, const Entry &entry, const Charter &charter, PrintLanguage language,
                  QPageSize::PageSizeId size) const override;
    void retranslateActions() override;
    void refreshActions() override;
    void decorate(FieldsDialog *dialog) override;

private:
    QPushButton *m_print;
};

}  // namespace gd::ui
