<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_IN" sourcelanguage="en">
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
</context>
</TS>
