#include "base/PrintText.h"

#include <QTranslator>

namespace gd {

namespace {

const QTranslator &hindi()
{
    static QTranslator *translator = [] {
        auto *t = new QTranslator;
        (void)t->load(QStringLiteral(":/i18n/gramdesk_hi.qm"));
        return t;
    }();
    return *translator;
}

}  // namespace

Bilingual PrintText::both(const char *context, const char *source)
{
    QString hi = hindi().translate(context, source);
    const QString en = QString::fromUtf8(source);
    return {hi.isEmpty() ? en : hi, en};
}

Bilingual PrintText::both(const char *context, const char *source, int n)
{
    static QTranslator *english = [] {
        auto *t = new QTranslator;
        (void)t->load(QStringLiteral(":/i18n/gramdesk_en.qm"));
        return t;
    }();
    QString en = english->translate(context, source, nullptr, n);
    if (en.isEmpty())
        en = QString::fromUtf8(source);
    QString hi = hindi().translate(context, source, nullptr, n);
    if (hi.isEmpty())
        hi = en;
    const QString number = QString::number(n);
    return {hi.replace(QStringLiteral("%n"), number), en.replace(QStringLiteral("%n"), number)};
}

QString PrintText::pick(const Bilingual &pair, PrintLanguage language, const QString &separator)
{
    switch (language) {
    case PrintLanguage::Hindi:
        return pair.hi.isEmpty() ? pair.en : pair.hi;
    case PrintLanguage::English:
        return pair.en.isEmpty() ? pair.hi : pair.en;
    case PrintLanguage::Both:
        if (pair.hi.isEmpty() || pair.hi == pair.en)
            return pair.en;
        if (pair.en.isEmpty())
            return pair.hi;
        return pair.hi + separator + pair.en;
    }
    return pair.en;
}

QString PrintText::text(PrintLanguage language, const char *context, const char *source)
{
    return pick(both(context, source), language);
}

QString PrintText::code(PrintLanguage language)
{
    switch (language) {
    case PrintLanguage::Hindi:
        return QStringLiteral("hi");
    case PrintLanguage::English:
        return QStringLiteral("en");
    case PrintLanguage::Both:
        return QStringLiteral("both");
    }
    return {};
}

bool PrintText::fromCode(const QString &code, PrintLanguage *out)
{
    for (PrintLanguage l : {PrintLanguage::Hindi, PrintLanguage::English, PrintLanguage::Both}) {
        if (PrintText::code(l) == code) {
            *out = l;
            return true;
        }
    }
    return false;
}

}  // namespace gd
