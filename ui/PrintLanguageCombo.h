#pragma once
// The choice every printout offers: Hindi, English or both; its texts follow the UI language.

#include "base/PrintText.h"

#include <QComboBox>

namespace gd::ui {

class PrintLanguageCombo : public QComboBox {
    Q_OBJECT
public:
    explicit PrintLanguageCombo(QWidget *parent = nullptr);
    PrintLanguage language() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
};

}  // namespace gd::ui
