<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
    <context>
        <name>CsvImportDialog</name>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="179" />
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="263" />
            <source>%n lead(s) would be created</source>
            <translation>
                <numerusform>%n lead would be created</numerusform>
                <numerusform>%n leads would be created</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="264" />
            <source>%n new contact(s)</source>
            <translation>
                <numerusform>%n new contact</numerusform>
                <numerusform>%n new contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="265" />
            <source>%n known contact(s)</source>
            <translation>
                <numerusform>%n known contact</numerusform>
                <numerusform>%n known contacts</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="266" />
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="303" />
            <source>%n row(s) with errors</source>
            <translation>
                <numerusform>%n row with errors</numerusform>
                <numerusform>%n rows with errors</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="268" />
            <source>%n row(s) imported before, to be skipped</source>
            <translation>
                <numerusform>%n row imported before, to be skipped</numerusform>
                <numerusform>%n rows imported before, to be skipped</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="299" />
            <source>%n lead(s) imported</source>
            <translation>
                <numerusform>%n lead imported</numerusform>
                <numerusform>%n leads imported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/csv_import_dialog.py" line="301" />
            <source>%n row(s) imported before were skipped</source>
            <translation>
                <numerusform>%n row imported before was skipped</numerusform>
                <numerusform>%n rows imported before were skipped</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/main_window.py" line="247" />
            <source>%n lead(s)</source>
            <translation>
                <numerusform>%n lead</numerusform>
                <numerusform>%n leads</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../leaddesk/ui/main_window.py" line="249" />
            <source>%n or more found</source>
            <translation>
                <numerusform>%n or more found</numerusform>
                <numerusform>%n or more found</numerusform>
            </translation>
        </message>
    </context>
</TS>