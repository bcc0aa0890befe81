#pragma once
// The birth and death register: intake of the information, its delay category and fee shown while typing,
// and the case followed to its CRS registration and the certificate's handover.

#include "FrontOfficePages.h"

namespace gd::ui {

class VitalEventsPage : public AcknowledgedPage {
    Q_OBJECT
public:
    explicit VitalEventsPage(Workspace &workspace, QWidget *parent = nullptr);
    void recordCrs();
    void handOver();
    void copyIssued();
    void printExtract();

protected:
    Document slip(const Office &office, const Entry &entry, const Charter &charter, PrintLanguage language,
                  QPageSize::PageSizeId size) const override;
    void retranslateActions() override;
    void refreshActions() override;
    void decorate(FieldsDialog *dialog) override;

private:
    QPushButton *m_crs;
    QPushButton *m_handOver;
    QPushButton *m_copy;
    QPushButton *m_print;
    QPushButton *m_extract;
};

}  // namespace gd::ui
