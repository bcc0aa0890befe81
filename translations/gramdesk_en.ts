<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_IN" sourcelanguage="en">
<context>
    <name>gd::Print</name>
    <message numerus="yes">
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::Readiness</name>
    <message numerus="yes">
        <source>%n visitor(s) gave feedback in the last 30 days</source>
        <translation>
            <numerusform>%n visitor gave feedback in the last 30 days</numerusform>
            <numerusform>%n visitors gave feedback in the last 30 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n complaint(s) recorded in the last 90 days</source>
        <translation>
            <numerusform>%n complaint recorded in the last 90 days</numerusform>
            <numerusform>%n complaints recorded in the last 90 days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) coded and listed in the file index</source>
        <translation>
            <numerusform>%n file coded and listed in the file index</numerusform>
            <numerusform>%n files coded and listed in the file index</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step: %1, planned for %2, %n day(s) ago</source>
        <translation>
            <numerusform>Next step: %1, planned for %2, %n day ago</numerusform>
            <numerusform>Next step: %1, planned for %2, %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Next step: %1, planned for %2 (in %n day(s))</source>
        <translation>
            <numerusform>Next step: %1, planned for %2 (in %n day)</numerusform>
            <numerusform>Next step: %1, planned for %2 (in %n days)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open risk(s) in the risk register, %1 overdue for review</source>
        <translation>
            <numerusform>%n open risk in the risk register, %1 overdue for review</numerusform>
            <numerusform>%n open risks in the risk register, %1 overdue for review</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emergency number(s) on the list to display</source>
        <translation>
            <numerusform>%n emergency number on the list to display</numerusform>
            <numerusform>%n emergency numbers on the list to display</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::cli::Cli</name>
    <message numerus="yes">
        <source>%n row(s) checked and found good; nothing was written (dry run).</source>
        <translation>
            <numerusform>%n row checked and found good; nothing was written (dry run).</numerusform>
            <numerusform>%n rows checked and found good; nothing was written (dry run).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n row(s) into %1.</source>
        <translation>
            <numerusform>Imported %n row into %1.</numerusform>
            <numerusform>Imported %n rows into %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Closed %n day(s) of the cash book.</source>
        <translation>
            <numerusform>Closed %n day of the cash book.</numerusform>
            <numerusform>Closed %n days of the cash book.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It passes through every seal known of it (%n checked).</source>
        <translation>
            <numerusform>It passes through the one seal known of it (%n checked).</numerusform>
            <numerusform>It passes through every seal known of it (%n checked).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Marked %n person(s) for %1.</source>
        <translation>
            <numerusform>Marked %n person for %1.</numerusform>
            <numerusform>Marked %n people for %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::AuditPage</name>
    <message numerus="yes">
        <source>%n entry(s), %1; the newest first. Printing takes all of them.</source>
        <translation>
            <numerusform>%n entry, %1; the newest first. Printing takes all of them.</numerusform>
            <numerusform>%n entries, %1; the newest first. Printing takes all of them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entry(s), %1; the newest first. Printing takes the newest %2; choose fewer days for the rest.</source>
        <translation>
            <numerusform>%n entry, %1; the newest first. Printing takes the newest %2; choose fewer days for the rest.</numerusform>
            <numerusform>%n entries, %1; the newest first. Printing takes the newest %2; choose fewer days for the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::BackupPage</name>
    <message numerus="yes">
        <source>It passes through every seal known of it (%n checked).</source>
        <translation>
            <numerusform>It passes through the one seal known of it (%n checked).</numerusform>
            <numerusform>It passes through every seal known of it (%n checked).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::CashBookPage</name>
    <message numerus="yes">
        <source>Closed %n day(s), the last %1. Closing balance ₹ %2 (%3).</source>
        <translation>
            <numerusform>Closed %n day, %1. Closing balance ₹ %2 (%3).</numerusform>
            <numerusform>Closed %n days, the last %1. Closing balance ₹ %2 (%3).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::FamilyPage</name>
    <message numerus="yes">
        <source>House %1 · head %2 · %n living member(s)</source>
        <translation>
            <numerusform>House %1 · head %2 · %n living member</numerusform>
            <numerusform>House %1 · head %2 · %n living members</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%2); %n more after it.</source>
        <translation>
            <numerusform>%1 (%2); %n more after it.</numerusform>
            <numerusform>%1 (%2); %n more after it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::FilesPage</name>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n file</numerusform>
            <numerusform>%n files</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::HistoryDialog</name>
    <message numerus="yes">
        <source>%1 has %n version(s). Nothing is ever erased: each correction, action or cancellation is a new version; changed values are marked.</source>
        <translation>
            <numerusform>%1 has %n version. Nothing is ever erased: each correction, action or cancellation is a new version; changed values are marked.</numerusform>
            <numerusform>%1 has %n versions. Nothing is ever erased: each correction, action or cancellation is a new version; changed values are marked.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::HomePage</name>
    <message numerus="yes">
        <source>longest since %1 (%n day(s))</source>
        <translation>
            <numerusform>longest since %1 (%n day)</numerusform>
            <numerusform>longest since %1 (%n days)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::ImportDialog</name>
    <message numerus="yes">
        <source>%n cell(s) corrected here (the file itself is unchanged).</source>
        <translation>
            <numerusform>%n cell corrected here (the file itself is unchanged).</numerusform>
            <numerusform>%n cells corrected here (the file itself is unchanged).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::ReadinessPage</name>
    <message numerus="yes">
        <source>Readiness %1% · %2 of %3 applicable arrangements done · %n gap(s)</source>
        <translation>
            <numerusform>Readiness %1% · %2 of %3 applicable arrangements done · %n gap</numerusform>
            <numerusform>Readiness %1% · %2 of %3 applicable arrangements done · %n gaps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::RecoveryDialog</name>
    <message numerus="yes">
        <source>%n newer backup(s) failed the check and were passed over.</source>
        <translation>
            <numerusform>%n newer backup failed the check and was passed over.</numerusform>
            <numerusform>%n newer backups failed the check and were passed over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::RegisterPage</name>
    <message numerus="yes">
        <source>%n entries</source>
        <translation>
            <numerusform>%n entry</numerusform>
            <numerusform>%n entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::VisitorsPage</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::VitalEventsPage</name>
    <message numerus="yes">
        <source>Reported after %n day(s): %1; fee ₹ %2.</source>
        <translation>
            <numerusform>Reported after %n day: %1; fee ₹ %2.</numerusform>
            <numerusform>Reported after %n days: %1; fee ₹ %2.</numerusform>
        </translation>
    </message>
</context>
</TS>
