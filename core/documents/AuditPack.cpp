#include "AuditPack.h"
#include "ReadinessPrintouts.h"

#include "base/Dates.h"
#include "base/Money.h"
#include "PrintoutParts.h"
#include "reports/AuditPackFigures.h"
#include "storage/Seals.h"

#include <QImage>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace gd {

using namespace printout;

namespace {

class PackBuilder {
public:
    PackBuilder(const AuditPackFigures &figures, const AuditPackRequest &request) : m_f(figures), m_r(request) {}

    Document build()
    {
        m_doc = pageOf(m_f.office, m_r.language, m_r.printedOn, QT_TRANSLATE_NOOP("gd::Print", "ISO 9001 audit pack"));
        m_doc.header.subtitle = pick(QT_TRANSLATE_NOOP("gd::Print", "Period %1 – %2")).arg(Dates::display(m_r.from), Dates::display(m_r.to));
        for (void (PackBuilder::*part)() : {&PackBuilder::overview, &PackBuilder::policy, &PackBuilder::objectives,
                                              &PackBuilder::roles, &PackBuilder::procedures, &PackBuilder::readiness, &PackBuilder::evidence,
                                              &PackBuilder::steps, &PackBuilder::meetings, &PackBuilder::trainings,
                                              &PackBuilder::surveys, &PackBuilder::findings, &PackBuilder::risks,
                                              &PackBuilder::registers})
            (this->*part)();
        m_doc.blocks.append(SignatureBlock{{tr2(QT_TRANSLATE_NOOP("gd::Print", "Quality management representative")),
                                            tr2(QT_TRANSLATE_NOOP("gd::Print", "Secretary")),
                                            tr2(QT_TRANSLATE_NOOP("gd::Print", "Pradhan"))}});
        return m_doc;
    }

private:
    QString pick(const char *source) const { return PrintText::pick(tr2(source), m_r.language); }
    QString pair(const QVariantMap &row, const char *hi, const char *en) const
    {
        return pickPair(row.value(QString::fromLatin1(hi)).toString(), row.value(QString::fromLatin1(en)).toString(), m_r.language);
    }
    QString choice(const RegisterDef &def, const char *key, const QString &code) const
    {
        return choiceText(def, key, code, m_r.language);
    }
    QString yesNo(std::optional<bool> v) const
    {
        if (!v)
            return QStringLiteral("—");
        return *v ? pick(QT_TRANSLATE_NOOP("gd::Print", "yes")) : pick(QT_TRANSLATE_NOOP("gd::Print", "no"));
    }
    void heading(const char *title, bool newPage = false)
    {
        ++m_section;
        m_doc.blocks.append(Heading{QString::number(m_section) + QStringLiteral(". ") + pick(title), newPage});
    }
    void note(const QString &text) { m_doc.blocks.append(Paragraph{text, false}); }
    static QString n(qint64 v) { return Money::groupIndian(v); }

    // The first page: where the office stands, in a few lines.
    void overview()
    {
        const Readiness::Score &score = m_f.score;
        int met = 0, measured = 0;
        for (const auto &o : m_f.objectives)
            if (o.measured.met) {
                ++measured;
                met += *o.measured.met ? 1 : 0;
            }
        Table t;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Particular"), 2.2),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Detail"), 2.0)};
        t.rows.append({pick(QT_TRANSLATE_NOOP("gd::Print", "Readiness score (Annexure-2)")),
                       pick(QT_TRANSLATE_NOOP("gd::Print", "%1% — %2 of %3 applicable items done"))
                           .arg(score.pct.text(), QString::number(score.done), QString::number(score.applicable))});
        t.rows.append({pick(QT_TRANSLATE_NOOP("gd::Print", "Certification")),
                       m_f.nextStep ? PrintText::pick(m_f.nextStep->text, m_r.language)
                                    : pick(QT_TRANSLATE_NOOP("gd::Print", "every step done"))});
        t.rows.append({pick(QT_TRANSLATE_NOOP("gd::Print", "Quality objectives met in the period")),
                       pick(QT_TRANSLATE_NOOP("gd::Print", "%1 of %2 measured (%3 objectives in all)"))
                           .arg(QString::number(met), QString::number(measured), QString::number(m_f.objectives.size()))});
        t.rows.append({pick(QT_TRANSLATE_NOOP("gd::Print", "Open corrective actions")), n(m_f.openFindings.size())});
        m_doc.blocks.append(t);
        note(pick(QT_TRANSLATE_NOOP("gd::Print", "Contents: 1 overview · 2 quality policy · 3 quality objectives · 4 roles and "
                                                 "quality circle · 5 Annexure-2 readiness · 6 evidence · 7 steps to "
                                                 "certification · 8 meetings · 9 trainings · 10 citizen surveys · 11 audit "
                                                 "findings and corrective actions · 12 risks · 13 the registers in the period")));
    }

    void policy()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Quality policy"));
        if (!m_f.policy) {
            note(pick(QT_TRANSLATE_NOOP("gd::Print", "No quality policy has been adopted yet.")));
            return;
        }
        const Entry &e = *m_f.policy;
        const QString hi = e.text(u"text_hi"_s);
        const QString en = e.text(u"text_en"_s);
        if (m_r.language == PrintLanguage::Both && !en.isEmpty()) {
            m_doc.blocks.append(Paragraph{hi, false});
            m_doc.blocks.append(Paragraph{en, false});
        } else {
            m_doc.blocks.append(Paragraph{pickPair(hi, en, m_r.language == PrintLanguage::Both ? PrintLanguage::Hindi : m_r.language), false});
        }
        QStringList facts{pick(QT_TRANSLATE_NOOP("gd::Print", "Adopted on %1")).arg(Dates::display(e.date(u"adopted_on"_s)))};
        if (!e.text(u"adopted_by"_s).isEmpty())
            facts += e.text(u"adopted_by"_s);
        if (e.date(u"review_on"_s).isValid())
            facts += pick(QT_TRANSLATE_NOOP("gd::Print", "next review %1")).arg(Dates::display(e.date(u"review_on"_s)));
        facts += e.number;
        note(facts.join(QStringLiteral(" · ")));
    }

    void objectives()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Quality objectives and what the registers show"));
        const RegisterDef &def = Registers::qualityObjectives();
        Table t;
        t.attachmentName = u"quality-objectives.csv"_s;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Objective"), 2.2),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Measured by"), 1.8),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Target"), 0.9, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "In the period"), 0.8, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Counted"), 0.85, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Met"), 0.5),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Owner"), 0.9)};
        for (const auto &o : m_f.objectives) {
            const QString measure = o.row.value(u"measure"_s).toString();
            const QString target = choice(def, "comparison", o.row.value(u"comparison"_s).toString()) + u' '
                + Fields::quantityText(o.row.value(u"target"_s).toLongLong())
                + (QualitySystem::isPercent(measure) ? QStringLiteral("%") : QString());
            QString counted = o.measured.value.value ? n(o.measured.counted) : QString();
            if (measure == u"manual" && o.measured.value.value)
                counted = Dates::display(o.row.value(u"measured_on"_s).toDate());
            t.rows.append({pair(o.row, "name_hi", "name_en"), choice(def, "measure", measure), target,
                           o.measured.value.text(), counted, yesNo(o.measured.met), o.row.value(u"owner"_s).toString()});
        }
        m_doc.blocks.append(t);
    }

    void roles()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Roles, responsibilities and the quality circle"));
        Table t;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Role"), 1.5),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Held by"), 1.2),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Designation"), 1.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Responsibilities"), 2.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Quality circle"), 0.8)};
        for (const QVariantMap &r : m_f.roles)
            t.rows.append({pair(r, "name_hi", "name_en"), r.value(u"holder"_s).toString(), r.value(u"designation"_s).toString(),
                           r.value(u"responsibilities"_s).toString(),
                           choice(Registers::qualityRoles(), "circle", r.value(u"circle"_s).toString())});
        m_doc.blocks.append(t);
    }

    // The controlled list of procedures and forms, as the auditor asks for it.
    void procedures()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Documented procedures (master list)"));
        if (m_f.procedures.isEmpty()) {
            note(pick(QT_TRANSLATE_NOOP("gd::Print", "No documented procedure is in the list yet.")));
            return;
        }
        m_doc.blocks.append(procedureTable(m_f.procedures, m_f.procedureFiles, true, m_r.language));
        const Table withdrawn = procedureTable(m_f.procedures, m_f.procedureFiles, false, m_r.language);
        if (!withdrawn.rows.isEmpty()) {
            note(pick(QT_TRANSLATE_NOOP("gd::Print", "Withdrawn versions (kept, not in use)")));
            m_doc.blocks.append(withdrawn);
        }
    }

    void readiness()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Annexure-2 arrangements: status and evidence"), true);
        const Readiness::Score &score = m_f.score;
        note(pick(QT_TRANSLATE_NOOP("gd::Print", "Readiness %1% — %2 of %3 applicable items done"))
                 .arg(score.pct.text(), QString::number(score.done), QString::number(score.applicable)));
        Table t;
        t.attachmentName = u"readiness.csv"_s;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "No."), 0.35),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Arrangement"), 2.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Status"), 0.8),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Owner"), 0.8),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Last checked"), 0.85),
                     column(QT_TRANSLATE_NOOP("gd::Print", "What the books show"), 1.9),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Evidence"), 0.7, Qt::AlignRight)};
        for (const ReadinessItem &i : m_f.items) {
            QString books = PrintText::pick(i.live, m_r.language);
            if (!i.warning.en.isEmpty())
                books += (books.isEmpty() ? QString() : QStringLiteral("\n")) + PrintText::pick(i.warning, m_r.language);
            t.rows.append({i.code(), pair(i.row, "name_hi", "name_en"),
                           choice(Registers::readinessItems(), "status", i.status()), i.row.value(u"owner"_s).toString(),
                           Dates::display(i.row.value(u"last_checked"_s).toDate()), books,
                           i.evidence ? QString::number(i.evidence) : QString()});
        }
        m_doc.blocks.append(t);
    }

    // Photos as thumbnails under their item; scans and other files listed by name.
    void evidence()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Evidence attached to the arrangements"));
        ThumbnailGrid grid;
        Table files;
        files.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "No."), 0.35),
                         column(QT_TRANSLATE_NOOP("gd::Print", "Document"), 2.4),
                         column(QT_TRANSLATE_NOOP("gd::Print", "Added on"), 0.8),
                         column(QT_TRANSLATE_NOOP("gd::Print", "Note"), 2.0)};
        for (const AuditPackFigures::Evidence &ev : m_f.evidence) {
            const ReadinessEvidence &e = ev.file;
            const QString added = Dates::display(QDate::fromString(e.addedAt.left(10), Qt::ISODate));
            if (e.mime.startsWith(u"image/")) {
                QImage image = QImage::fromData(ev.image);
                if (image.width() > m_r.thumbnailPixels || image.height() > m_r.thumbnailPixels)
                    image = image.scaled(m_r.thumbnailPixels, m_r.thumbnailPixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
                // The item and the day on the first line; the note, or else the item's name, under it.
                const auto item = std::find_if(m_f.items.cbegin(), m_f.items.cend(),
                                               [&](const ReadinessItem &i) { return i.code() == ev.itemCode; });
                const QString caption = ev.itemCode + QStringLiteral(" · ") + added + u'\n'
                    + (e.note.isEmpty() && item != m_f.items.cend() ? pair(item->row, "name_hi", "name_en") : e.note);
                grid.items.append(Thumbnail{image, caption});
            } else {
                files.rows.append({ev.itemCode, e.fileName, added, e.note});
            }
        }
        if (grid.items.isEmpty() && files.rows.isEmpty()) {
            note(pick(QT_TRANSLATE_NOOP("gd::Print", "No photos or documents are attached yet.")));
            return;
        }
        if (!grid.items.isEmpty())
            m_doc.blocks.append(grid);
        if (!files.rows.isEmpty())
            m_doc.blocks.append(files);
    }

    void steps()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Steps to certification"));
        Table t;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Step"), 0.4, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "What"), 2.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Planned for"), 0.8),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Done on"), 0.8),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Notes"), 1.6)};
        for (const QVariantMap &r : m_f.steps)
            t.rows.append({r.value(u"step"_s).toString(), pair(r, "name_hi", "name_en"),
                           Dates::display(r.value(u"planned_on"_s).toDate()), Dates::display(r.value(u"done_on"_s).toDate()),
                           r.value(u"notes"_s).toString()});
        m_doc.blocks.append(t);
    }

    void meetings()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Meetings held in the period"));
        const RegisterDef &def = Registers::meetings();
        Table t;
        t.attachmentName = u"meetings.csv"_s;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Number"), 1.65),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Date"), 0.85),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Meeting"), 1.4),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Presided by"), 1.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Present / members"), 0.8, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Quorum met"), 0.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Resolutions"), 2.0)};
        for (const Entry &e : m_f.meetings) {
            QString kind = choice(def, "kind", e.text(u"kind"_s));
            if (!e.text(u"committee"_s).isEmpty())
                kind += QStringLiteral(": ") + choice(def, "committee", e.text(u"committee"_s));
            if (!e.text(u"session"_s).isEmpty())
                kind += QStringLiteral(" (") + choice(def, "session", e.text(u"session"_s)) + u')';
            t.rows.append({e.number, Dates::display(e.date(u"held_on"_s)), kind, e.text(u"presided_by"_s),
                           e.text(u"present"_s) + QStringLiteral(" / ") + e.text(u"members"_s),
                           e.text(u"quorum_met"_s).isEmpty() ? QStringLiteral("—") : yesNo(e.text(u"quorum_met"_s) == u"yes"),
                           e.text(u"resolutions"_s)});
        }
        m_doc.blocks.append(t);
        // Action items still open, whenever they were decided.
        m_doc.blocks.append(Paragraph{pick(QT_TRANSLATE_NOOP("gd::Print", "Open action items of meetings")), true});
        Table a;
        a.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Number"), 1.65),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Meeting"), 1.65),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Action"), 2.6),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Owner"), 1.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Due on"), 0.8)};
        for (const Entry &e : m_f.openActions)
            a.rows.append({e.number, e.text(u"meeting_no"_s), e.text(u"action"_s), e.text(u"owner"_s),
                           Dates::display(e.date(u"due_on"_s))});
        m_doc.blocks.append(a);
    }

    void trainings()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Trainings in the period"));
        const RegisterDef &def = Registers::trainings();
        Table t;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Date"), 0.7),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Topic"), 1.8),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Trainer"), 1.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Hours"), 0.5, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Attended"), 0.6, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Attendees"), 2.6)};
        for (const Entry &e : m_f.trainings)
            t.rows.append({Dates::display(e.date(u"held_on"_s)),
                           e.text(u"topic"_s) + u'\n' + choice(def, "kind", e.text(u"kind"_s)), e.text(u"trainer"_s),
                           e.value(u"hours"_s).isNull() ? QString() : Fields::quantityText(e.value(u"hours"_s).toLongLong()),
                           e.text(u"attendee_count"_s), e.text(u"attendees"_s).split(u'\n').join(QStringLiteral(", "))});
        m_doc.blocks.append(t);
    }

    void surveys()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Citizen surveys in the period"));
        const RegisterDef &def = Registers::surveys();
        Table t;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Date"), 0.7),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Survey"), 1.5),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Citizens asked"), 0.6, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Satisfied"), 0.8, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Main findings"), 2.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Actions decided"), 1.8)};
        for (const Entry &e : m_f.surveys)
            t.rows.append({Dates::display(e.date(u"done_on"_s)),
                           e.text(u"title"_s) + u'\n' + choice(def, "method", e.text(u"method"_s)), n(e.value(u"respondents"_s).toLongLong()),
                           n(e.value(u"satisfied"_s).toLongLong()) + QStringLiteral(" (")
                               + Fields::quantityText(e.value(u"satisfied_pct"_s).toLongLong()) + QStringLiteral("%)"),
                           e.text(u"findings"_s), e.text(u"actions"_s)});
        m_doc.blocks.append(t);
    }

    void findings()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Audit findings and corrective actions"));
        const RegisterDef &def = Registers::auditFindings();
        const QHash<QString, qint64> byType = m_f.findingsByType();
        const qint64 closed = m_f.findingsClosed();
        note(eachLanguage(m_r.language, [&](PrintLanguage language) {
            QStringList counts;
            for (const char *type : {"major", "minor", "observation", "improvement"})
                counts += choiceText(def, "type", QString::fromLatin1(type), language) + QStringLiteral(": ") + QString::number(byType.value(QString::fromLatin1(type)));
            return PrintText::text(language, "gd::Print", QT_TRANSLATE_NOOP("gd::Print", "Found in the period: %1; closed since: %2."))
                .arg(counts.join(QStringLiteral(", ")), QString::number(closed));
        }));
        m_doc.blocks.append(Paragraph{pick(QT_TRANSLATE_NOOP("gd::Print", "Corrective actions not yet closed")), true});
        Table t;
        t.attachmentName = u"open-corrective-actions.csv"_s;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Number"), 1.65),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Found on"), 0.85),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Finding"), 2.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Corrective action"), 1.8),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Owner"), 0.8),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Due on"), 0.85),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Status"), 0.9)};
        for (const Entry &e : m_f.openFindings) {
            QString finding = choice(def, "type", e.text(u"type"_s));
            if (!e.text(u"clause"_s).isEmpty())
                finding += QStringLiteral(" (") + e.text(u"clause"_s) + u')';
            finding += u'\n' + e.text(u"finding"_s);
            QString status = choice(def, "status", e.text(u"status"_s));
            if (e.text(u"status"_s) == u"open" && e.date(u"due_on"_s).isValid() && e.date(u"due_on"_s) < m_r.printedOn)
                status += u'\n' + pick(QT_TRANSLATE_NOOP("gd::Print", "overdue"));
            t.rows.append({e.number, Dates::display(e.date(u"found_on"_s)), finding, e.text(u"action"_s), e.text(u"owner"_s),
                           Dates::display(e.date(u"due_on"_s)), status});
        }
        m_doc.blocks.append(t);
    }

    void risks()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "Risks not closed"));
        Table t;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Risk"), 2.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Area"), 1.0),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Score (L × I)"), 0.8, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Treatment"), 2.2),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Owner"), 0.8),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Review on"), 0.85)};
        for (const Entry &e : m_f.openRisks)
            t.rows.append({e.text(u"risk"_s), e.text(u"area"_s),
                           e.text(u"score"_s) + QStringLiteral(" (") + e.text(u"likelihood"_s) + QStringLiteral(" × ")
                               + e.text(u"impact"_s) + u')',
                           e.text(u"treatment"_s), e.text(u"owner"_s), Dates::display(e.date(u"review_on"_s))});
        m_doc.blocks.append(t);
    }

    // Every register over the period, in the monthly report's terms.
    void registers()
    {
        heading(QT_TRANSLATE_NOOP("gd::Print", "The registers in the period"), true);
        const MonthlyReport &r = m_f.period;
        Table t;
        t.attachmentName = u"registers.csv"_s;
        t.columns = {column(QT_TRANSLATE_NOOP("gd::Print", "Register"), 1.3),
                     column(QT_TRANSLATE_NOOP("gd::Print", "Entries"), 0.6, Qt::AlignRight),
                     column(QT_TRANSLATE_NOOP("gd::Print", "What they show"), 3.6)};
        const auto row = [&](const RegisterDef &def, const QString &shows) {
            qint64 count = 0;
            for (const auto &[id, entries] : m_f.entries)
                if (id == def.id)
                    count = entries;
            t.rows.append({PrintText::pick(PrintText::both("gd::Fields", def.title), m_r.language), n(count), shows});
        };
        row(Registers::visitors(), pick(QT_TRANSLATE_NOOP("gd::Print", "%1 gave feedback; time taken rated %2, staff behaviour %3 (of 5)"))
                                       .arg(n(r.visitors.withFeedback), r.visitors.avgServiceTimeRating.text(),
                                            r.visitors.avgBehaviourRating.text()));
        const auto &ap = r.applications;
        row(Registers::applications(),
            pick(QT_TRANSLATE_NOOP("gd::Print", "%1 delivered, %2 of them in time (%3%); %4 rejected; at the end %5 pending, %6 overdue"))
                .arg(n(ap.delivered), n(ap.deliveredInTime), ap.inTimePct.text(), n(ap.rejected), n(ap.pendingAtMonthEnd),
                     n(ap.overdueAtMonthEnd)));
        const auto &cp = r.complaints;
        row(Registers::complaints(),
            pick(QT_TRANSLATE_NOOP("gd::Print", "%1 disposed, %2 of them in time (%3%); at the end %4 pending, %5 overdue"))
                .arg(n(cp.disposed), n(cp.disposedInTime), cp.inTimePct.text(), n(cp.pendingAtMonthEnd), n(cp.overdueAtMonthEnd)));
        const auto &ve = r.vitalEvents;
        row(Registers::vitalEvents(),
            pick(QT_TRANSLATE_NOOP("gd::Print", "births %1, deaths %2; %3 reported within 21 days; %4 awaiting CRS registration at the end"))
                .arg(n(ve.births), n(ve.deaths), n(ve.onTime), n(ve.awaitingCrsRegistration)));
        row(Registers::cashEntries(), pick(QT_TRANSLATE_NOOP("gd::Print", "receipts ₹ %1, payments ₹ %2; closing balance ₹ %3"))
                                          .arg(rupees(r.cash.receipts), rupees(r.cash.payments), rupees(r.cash.closing)));
        int moved = 0;
        for (const auto &it : r.stock)
            moved += (it.received || it.issued) ? 1 : 0;
        row(Registers::stockMoves(), pick(QT_TRANSLATE_NOOP("gd::Print", "%1 items in the register, %2 of them received or issued"))
                                         .arg(n(r.stock.size()), n(moved)));
        row(Registers::files(), pick(QT_TRANSLATE_NOOP("gd::Print", "%1 files in the index; at the end %2 out, %3 overdue for return"))
                                    .arg(n(r.files.total), n(r.files.issuedOutAtMonthEnd), n(r.files.overdueReturnsAtMonthEnd)));
        row(Registers::fileMovements(), QString());
        const QHash<QString, qint64> byKind = m_f.meetingsByKind();
        const auto kinds = [&](const char *kind) { return n(byKind.value(QString::fromLatin1(kind))); };
        const qint64 others = byKind.value(u"committee"_s) + byKind.value(u"social_audit"_s) + byKind.value(u"fire_drill"_s)
            + byKind.value(u"management_review"_s);
        row(Registers::meetings(), pick(QT_TRANSLATE_NOOP("gd::Print", "Gram Panchayat %1, Gram Sabha %2, committees, audits, drills and reviews %3"))
                                       .arg(kinds("gp"), kinds("gram_sabha"), n(others)));
        row(Registers::meetingActions(),
            pick(QT_TRANSLATE_NOOP("gd::Print", "open now %1, of them overdue %2")).arg(n(m_f.openActionsNow), n(m_f.overdueActionsNow)));
        row(Registers::risks(), pick(QT_TRANSLATE_NOOP("gd::Print", "not closed now %1, of them scoring 15 or more %2"))
                                    .arg(n(m_f.openRisks.size()), n(m_f.highRisks())));
        row(Registers::trainings(), pick(QT_TRANSLATE_NOOP("gd::Print", "%1 attendances")).arg(n(m_f.attendances())));
        row(Registers::surveys(), pick(QT_TRANSLATE_NOOP("gd::Print", "%1 citizens asked, %2 satisfied (%3%)"))
                                      .arg(n(m_f.asked()), n(m_f.satisfied()), Hundredths::ratio(m_f.satisfied(), m_f.asked()).text()));
        row(Registers::auditFindings(),
            pick(QT_TRANSLATE_NOOP("gd::Print", "corrective actions not closed now: %1")).arg(n(m_f.openFindings.size())));
        m_doc.blocks.append(t);
    }

    const AuditPackFigures &m_f;
    const AuditPackRequest &m_r;
    Document m_doc;
    int m_section = 1;  // the overview is section 1
};

}  // namespace

Document auditPack(const AuditPackFigures &figures, const AuditPackRequest &request)
{
    return PackBuilder(figures, request).build();
}

Result<Document> auditPack(Book &book, const AuditPackRequest &request)
{
    auto figures = AuditPackFigures::compute(book, request.from, request.to, request.printedOn);
    if (!figures)
        return figures.error();
    Document doc = auditPack(figures.value(), request);
    sealDocument(doc, book, Seals::forAuditPack(request.from, request.to));
    return doc;
}

}  // namespace gd
