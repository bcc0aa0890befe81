#include "FieldForm.h"

#include "../HindiKeyboard.h"

#include "base/Dates.h"
#include "base/Money.h"
#include "base/PrintText.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStringListModel>
#include <QVBoxLayout>

namespace gd::ui {

namespace {

QString objectNameFor(const QString &key)
{
    QString name;
    bool upper = false;
    for (const QChar c : key) {
        if (c == u'_') {
            upper = true;
            continue;
        }
        name += upper ? c.toUpper() : c;
        upper = false;
    }
    return name + QStringLiteral("Edit");
}

QCompleter *containsCompleter(QObject *parent)
{
    auto *c = new QCompleter(parent);
    c->setCaseSensitivity(Qt::CaseInsensitive);
    c->setFilterMode(Qt::MatchContains);
    c->setModel(new QStringListModel(c));
    return c;
}

}  // namespace

FieldForm::FieldForm(Workspace &workspace, QList<FieldDef> fields, QWidget *parent)
    : QWidget(parent), m_workspace(workspace), m_fields(std::move(fields))
{
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    m_layout = new QFormLayout;
    m_layout->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    outer->addLayout(m_layout);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("formMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    outer->addWidget(m_message);
    for (const FieldDef &f : m_fields) {
        QWidget *editor = nullptr;
        switch (f.kind) {
        case FieldKind::LongText: {
            auto *e = new QPlainTextEdit(this);
            connect(e, &QPlainTextEdit::textChanged, this, &FieldForm::edited);
            e->setTabChangesFocus(true);
            e->setFixedHeight(fontMetrics().lineSpacing() * 3 + 12);
            e->installEventFilter(this);  // Ctrl+Enter saves from here
            editor = e;
            break;
        }
        case FieldKind::Choice:
        case FieldKind::Rating: {
            auto *e = new QComboBox(this);
            connect(e, &QComboBox::currentIndexChanged, this, &FieldForm::edited);
            e->installEventFilter(this);  // picked by digit or first letter
            editor = e;
            break;
        }
        case FieldKind::Reference: {
            auto *e = new QComboBox(this);
            e->setEditable(true);
            e->setInsertPolicy(QComboBox::NoInsert);
            e->completer()->setFilterMode(Qt::MatchContains);
            e->completer()->setCompletionMode(QCompleter::PopupCompletion);
            connect(e, &QComboBox::currentTextChanged, this, &FieldForm::edited);
            editor = e;
            break;
        }
        default: {
            auto *e = new QLineEdit(this);
            // Numbers, codes, mobiles and entry numbers are typed in Latin letters and digits even while Hindi
            // typing is on.
            if (f.kind != FieldKind::Text)
                HindiKeyboard::keepLatin(e);
            if (f.complete)
                e->setCompleter(containsCompleter(e));
            connect(e, &QLineEdit::textChanged, this, &FieldForm::edited);
            editor = e;
            break;
        }
        }
        editor->setObjectName(objectNameFor(f.key));
        auto *label = new QLabel(this);
        label->setBuddy(editor);
        m_layout->addRow(label, editor);
        m_editors.insert(f.key, editor);
        m_labels.insert(f.key, label);
    }
    retranslate();
}

void FieldForm::setCompletions(const QString &key, const QStringList &values)
{
    auto *e = qobject_cast<QLineEdit *>(m_editors.value(key));
    if (e && e->completer())
        qobject_cast<QStringListModel *>(e->completer()->model())->setStringList(values);
}

void FieldForm::setReferenceItems(const QString &key, const QList<QPair<QString, QString>> &items)
{
    auto *e = qobject_cast<QComboBox *>(m_editors.value(key));
    if (!e)
        return;
    const QString current = e->currentData().toString();
    e->clear();
    e->addItem(QString(), QString());
    for (const auto &item : items)
        e->addItem(item.second, item.first);
    e->setCurrentIndex(std::max(0, e->findData(current)));
}

void FieldForm::setReferenceRows(const QString &key, const QHash<QString, QVariantMap> &rows)
{
    const QString active = QStringLiteral("active");
    const QString parent = QStringLiteral("parent");
    QList<QPair<QString, QString>> items;
    for (auto it = rows.cbegin(); it != rows.cend(); ++it) {
        if (it->contains(active) && it->value(active).toString() != u"yes")
            continue;
        QStringList names;
        for (const char *name : {"name_hi", "name_en"})
            if (const QString n = it->value(QString::fromLatin1(name)).toString(); !n.isEmpty())
                names += n;
        if (it->contains(QStringLiteral("name"))) {
            // A place: its path from the room down.
            QStringList path{it->value(QStringLiteral("name")).toString()};
            QString up = it->value(parent).toString();
            for (int depth = 0; !up.isEmpty() && depth < 5 && rows.contains(up); ++depth) {
                path.prepend(rows.value(up).value(QStringLiteral("name")).toString());
                up = rows.value(up).value(parent).toString();
            }
            names = {path.join(QStringLiteral(" › "))};
        }
        items.append({it.key(), names.join(QStringLiteral(" — ")) + QStringLiteral(" (") + it.key() + u')'});
    }
    std::sort(items.begin(), items.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    setReferenceItems(key, items);
}

void FieldForm::retranslate()
{
    for (const FieldDef &f : m_fields) {
        m_labels.value(f.key)->setText((f.required ? QStringLiteral("* ") : QString()) + Fields::label(f));
        QWidget *w = m_editors.value(f.key);
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            if (f.kind == FieldKind::Date)
                e->setPlaceholderText(tr("dd-mm-yyyy"));
            else if (f.kind == FieldKind::Time)
                e->setPlaceholderText(tr("hh:mm"));
            else if (f.kind == FieldKind::Mobile)
                e->setPlaceholderText(tr("10 digits"));
            else if (f.kind == FieldKind::EntryNumber)
                e->setPlaceholderText(tr("empty: the next number"));
        }
        if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            p->setPlaceholderText(tr("Enter starts a new line here; Ctrl+Enter saves"));
        if ((f.kind == FieldKind::Choice || f.kind == FieldKind::Rating) && qobject_cast<QComboBox *>(w)) {
            auto *c = qobject_cast<QComboBox *>(w);
            const QVariant current = c->currentData();
            c->clear();
            if (!f.required || f.defaultValue.isEmpty())
                c->addItem(QString(), QVariant());
            if (f.kind == FieldKind::Rating) {
                const char *names[] = {QT_TR_NOOP("1 – very poor"), QT_TR_NOOP("2 – poor"), QT_TR_NOOP("3 – fair"),
                                       QT_TR_NOOP("4 – good"), QT_TR_NOOP("5 – very good")};
                for (int i = 0; i < 5; ++i)
                    c->addItem(tr(names[i]), i + 1);
            } else {
                // Numbered, as the digit keys pick them.
                for (qsizetype i = 0; i < f.choices.size(); ++i) {
                    const QString label = Fields::choiceLabel(f, f.choices.at(i).code);
                    c->addItem(i < 9 ? tr("%1 · %2").arg(i + 1).arg(label) : label, f.choices.at(i).code);
                }
            }
            c->setCurrentIndex(std::max(0, c->findData(current)));
        }
    }
}

void FieldForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void FieldForm::setValues(const QVariantMap &values)
{
    for (const FieldDef &f : m_fields) {
        QWidget *w = m_editors.value(f.key);
        const QVariant v = values.value(f.key);
        if (auto *e = qobject_cast<QLineEdit *>(w)) {
            QString s;
            if (!Fields::isEmpty(v)) {
                switch (f.kind) {
                case FieldKind::Date:
                    s = Dates::display(v.toDate());
                    break;
                case FieldKind::Time:
                    s = v.toTime().toString(QStringLiteral("HH:mm"));
                    break;
                case FieldKind::Money:
                    s = Money::plain(v.toLongLong());
                    break;
                case FieldKind::Quantity:
                    s = Fields::quantityText(v.toLongLong());
                    break;
                case FieldKind::Integer:
                    s = QString::number(v.toInt());
                    break;
                default:
                    s = v.toString();
                }
            }
            e->setText(s);
        } else if (auto *p = qobject_cast<QPlainTextEdit *>(w)) {
            p->setPlainText(v.toString());
        } else if (auto *c = qobject_cast<QComboBox *>(w)) {
            const QVariant wanted = f.kind == FieldKind::Rating && !Fields::isEmpty(v) ? QVariant(v.toInt())
                : Fields::isEmpty(v)                                                  ? QVariant()
                                                                                      : QVariant(v.toString());
            int index = wanted.isValid() ? c->findData(wanted) : 0;
            if (index < 0 && f.kind == FieldKind::Reference) {
                c->addItem(v.toString(), v.toString());  // a code no longer in use still shows
                index = c->count() - 1;
            }
            c->setCurrentIndex(std::max(0, index));
        }
    }
}

QString FieldForm::text(const FieldDef &f) const
{
    QWidget *w = m_editors.value(f.key);
    if (auto *e = qobject_cast<QLineEdit *>(w))
        return e->text();
    if (auto *p = qobject_cast<QPlainTextEdit *>(w))
        return p->toPlainText();
    return {};
}

QVariantMap FieldForm::values(QList<FieldProblem> *problems) const
{
    QVariantMap out;
    const QDate today = m_workspace.clock().today();
    for (const FieldDef &f : m_fields) {
        QWidget *w = m_editors.value(f.key);
        if (auto *c = qobject_cast<QComboBox *>(w)) {
            QVariant chosen = c->currentData();
            if (f.kind == FieldKind::Reference) {
                // The typed text must be one of the items (or empty).
                const int i = c->findText(c->currentText(), Qt::MatchFixedString);
                chosen = c->currentText().trimmed().isEmpty() ? QVariant(QString()) : (i >= 0 ? c->itemData(i) : QVariant());
                if (!chosen.isValid()) {
                    problems->append({f.key, tr("choose one from the list (type a part of the name to find it)")});
                    continue;
                }
            }
            auto checked = Fields::check(f, chosen, today);
            if (!checked)
                problems->append({f.key, checked.error().message});
            else
                out.insert(f.key, checked.value());
            continue;
        }
        auto parsed = Fields::parse(f, text(f), today);
        if (!parsed)
            problems->append({f.key, parsed.error().message});
        else
            out.insert(f.key, parsed.value());
    }
    return out;
}

void FieldForm::showProblems(const QList<FieldProblem> &problems)
{
    for (auto it = m_labels.cbegin(); it != m_labels.cend(); ++it)
        it.value()->setStyleSheet(QString());
    QStringList lines;
    QWidget *first = nullptr;
    for (const FieldProblem &p : problems) {
        const FieldDef *f = nullptr;
        for (const FieldDef &d : m_fields)
            if (d.key == p.key)
                f = &d;
        if (f) {
            m_labels.value(f->key)->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
            if (!first)
                first = m_editors.value(f->key);
            lines += Fields::label(*f) + QStringLiteral(": ") + p.message;
        } else {
            lines += p.message;
        }
    }
    showMessage(lines.join(u'\n'));
    if (first)
        first->setFocus();
}

void FieldForm::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void FieldForm::focusFirst()
{
    const auto isEmpty = [](QWidget *w) {
        if (auto *e = qobject_cast<QLineEdit *>(w))
            return e->text().trimmed().isEmpty();
        if (auto *p = qobject_cast<QPlainTextEdit *>(w))
            return p->toPlainText().trimmed().isEmpty();
        if (auto *c = qobject_cast<QComboBox *>(w))
            return c->currentText().trimmed().isEmpty();
        return false;
    };
    QWidget *first = nullptr;
    for (const FieldDef &f : m_fields) {
        QWidget *w = m_editors.value(f.key);
        if (!w || !w->isEnabled())
            continue;
        if (!first)
            first = w;
        if (isEmpty(w)) {
            first = w;
            break;
        }
    }
    if (!first)
        return;
    first->setFocus();
    if (auto *e = qobject_cast<QLineEdit *>(first))
        e->selectAll();
}

QString FieldForm::state() const
{
    QString out;
    for (const FieldDef &f : m_fields) {
        QWidget *w = m_editors.value(f.key);
        if (auto *c = qobject_cast<QComboBox *>(w))
            out += c->currentText();
        else
            out += text(f);
        out += u'\x1f';
    }
    return out;
}

bool FieldForm::pickByKey(const FieldDef &field, QComboBox *list, const QString &typed)
{
    if (typed.size() != 1)
        return false;
    const QChar key = typed.at(0);
    QStringList codes;  // the items' values, in the list's order
    for (int i = 0; i < list->count(); ++i)
        codes += list->itemData(i).toString();
    if (key.isDigit()) {
        const int digit = key.digitValue();
        const QString wanted = field.kind == FieldKind::Rating ? QString::number(digit)
            : digit >= 1 && digit <= field.choices.size()      ? field.choices.at(digit - 1).code
                                                               : QString();
        const int index = wanted.isEmpty() ? -1 : int(codes.indexOf(wanted));
        if (index < 0)
            return true;  // no such item: the key does nothing
        list->setCurrentIndex(index);
        focusNextPrevChild(true);  // on from the list just picked (it has the focus)
        return true;
    }
    if (!key.isLetter() || field.kind != FieldKind::Choice)
        return false;
    // The next item after the current one whose code or name starts with the letter (pressed again, the one after).
    for (int step = 1; step <= list->count(); ++step) {
        const int i = (list->currentIndex() + step) % list->count();
        const QString code = codes.at(i);
        if (code.isEmpty())
            continue;
        const Choice *choice = nullptr;
        for (const Choice &c : field.choices)
            if (c.code == code)
                choice = &c;
        const Bilingual names = choice ? PrintText::both("gd::Fields", choice->label) : Bilingual{};
        for (const QString &name : {code, names.en, names.hi})
            if (name.startsWith(key, Qt::CaseInsensitive)) {
                list->setCurrentIndex(i);
                return true;
            }
    }
    return true;
}

bool FieldForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    auto *key = static_cast<QKeyEvent *>(event);
    if (qobject_cast<QPlainTextEdit *>(watched) && (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
        && (key->modifiers() & Qt::ControlModifier)) {
        emit submitRequested();
        return true;
    }
    if (auto *list = qobject_cast<QComboBox *>(watched); list && !list->isEditable()
        && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))) {
        for (const FieldDef &f : m_fields)
            if (m_editors.value(f.key) == list)
                return pickByKey(f, list, key->text()) || QWidget::eventFilter(watched, event);
    }
    return QWidget::eventFilter(watched, event);
}

}  // namespace gd::ui
