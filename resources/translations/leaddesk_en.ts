<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="247" />
        <source>%n lead(s)</source>
        <translation><numerusform>%n lead</numerusform><numerusform>%n leads</numerusform></translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="249" />
        <source>%n or more found</source>
        <translation><numerusform>%n or more found</numerusform><numerusform>%n or more found</numerusform></translation>
    </message>
</context>
</TS>