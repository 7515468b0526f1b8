<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdminFormat</name>
    <message numerus="yes">
        <location filename="../app/studio/admin_format.cpp" line="53"/>
        <source>every %n month(s)</source>
        <translation>
            <numerusform>every %n month</numerusform>
            <numerusform>every %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::BuyMinutesDialog</name>
    <message numerus="yes">
        <location filename="../app/studio/buy_minutes_dialog.cpp" line="45"/>
        <source>%1 · %n minute(s) · %2</source>
        <translation>
            <numerusform>%1 · %n minute · %2</numerusform>
            <numerusform>%1 · %n minutes · %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::ExportDialog</name>
    <message numerus="yes">
        <location filename="../app/studio/export_dialog.cpp" line="160"/>
        <source>Cost: %1 min of credit (%n second(s), billed per second, rounded up)</source>
        <translation>
            <numerusform>Cost: %1 min of credit (%n second, billed per second, rounded up)</numerusform>
            <numerusform>Cost: %1 min of credit (%n seconds, billed per second, rounded up)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::JobRow</name>
    <message numerus="yes">
        <location filename="../app/studio/job_row.cpp" line="117"/>
        <source>%n s left</source>
        <translation>
            <numerusform>%n s left</numerusform>
            <numerusform>%n s left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::MainWindow</name>
    <message numerus="yes">
        <location filename="../app/studio/main_window.cpp" line="655"/>
        <source>Duration %1 · %2 Hz · %n channel(s)</source>
        <translation>
            <numerusform>Duration %1 · %2 Hz · %n channel</numerusform>
            <numerusform>Duration %1 · %2 Hz · %n channels</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sonara::studio::PagedTable</name>
    <message numerus="yes">
        <location filename="../app/studio/paged_table.cpp" line="216"/>
        <source>Page %1 of %2 · %n row(s)</source>
        <translation>
            <numerusform>Page %1 of %2 · %n row</numerusform>
            <numerusform>Page %1 of %2 · %n rows</numerusform>
        </translation>
    </message>
</context>
</TS>
