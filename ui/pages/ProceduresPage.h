#pragma once
// Documented procedures on screen: the controlled list with its versions, a new version that withdraws the old
// one, the file kept with a version (attached, opened) and the printed master list.

#include "../registers/RegisterPage.h"

namespace gd::ui {

class ProceduresPage : public RegisterPage {
    Q_OBJECT
public:
    explicit ProceduresPage(Workspace &workspace, QWidget *parent = nullptr);
    void newVersion();
    void attachFile();
    void openFile();
    void printList();

protected:
    void retranslateExtras() override;

private:
    // Reads a chosen file: its name, type and bytes (empty when none was chosen or it could not be read).
    bool chooseFile(QString *name, QString *mime, QByteArray *bytes);

    QPushButton *m_newVersion;
    QPushButton *m_attach;
    QPushButton *m_open;
    QPushButton *m_print;
};

}  // namespace gd::ui
