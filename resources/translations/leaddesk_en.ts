<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ChannelsTab</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/rules_channels.py" line="324"/>
        <source>%n channel(s) saved.</source>
        <translation>
            <numerusform>%n channel saved.</numerusform>
            <numerusform>%n channels saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CoverageView</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/schedule/coverage_view.py" line="181"/>
        <source>%n hour(s) a week with leads and nobody on duty: about %1 leads a week arrive in them.</source>
        <translation>
            <numerusform>%n hour a week with leads and nobody on duty: about %1 leads a week arrive in it.</numerusform>
            <numerusform>%n hours a week with leads and nobody on duty: about %1 leads a week arrive in them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="179"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="263"/>
        <source>%n lead(s) would be created</source>
        <translation>
            <numerusform>%n lead would be created</numerusform>
            <numerusform>%n leads would be created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="264"/>
        <source>%n new contact(s)</source>
        <translation>
            <numerusform>%n new contact</numerusform>
            <numerusform>%n new contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="265"/>
        <source>%n known contact(s)</source>
        <translation>
            <numerusform>%n known contact</numerusform>
            <numerusform>%n known contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="266"/>
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="303"/>
        <source>%n row(s) with errors</source>
        <translation>
            <numerusform>%n row with errors</numerusform>
            <numerusform>%n rows with errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="268"/>
        <source>%n row(s) imported before, to be skipped</source>
        <translation>
            <numerusform>%n row imported before, to be skipped</numerusform>
            <numerusform>%n rows imported before, to be skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="299"/>
        <source>%n lead(s) imported</source>
        <translation>
            <numerusform>%n lead imported</numerusform>
            <numerusform>%n leads imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/csv_import_dialog.py" line="301"/>
        <source>%n row(s) imported before were skipped</source>
        <translation>
            <numerusform>%n row imported before was skipped</numerusform>
            <numerusform>%n rows imported before were skipped</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadActions</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/lead_actions.py" line="276"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LeadCardPlurals</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/lead_card_html.py" line="30"/>
        <source>%n remote images were not loaded (privacy)</source>
        <translation>
            <numerusform>%n remote image was not loaded (privacy)</numerusform>
            <numerusform>%n remote images were not loaded (privacy)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/lead_card_html.py" line="33"/>
        <source>%n bytes</source>
        <translation>
            <numerusform>%n byte</numerusform>
            <numerusform>%n bytes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="517"/>
        <source>%n answer(s) could not be sent; they will be tried again</source>
        <translation>
            <numerusform>%n answer could not be sent; it will be tried again</numerusform>
            <numerusform>%n answers could not be sent; they will be tried again</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="520"/>
        <source>%n answer(s) sent</source>
        <translation>
            <numerusform>%n answer sent</numerusform>
            <numerusform>%n answers sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="545"/>
        <source>%n alert(s) since you last looked</source>
        <translation>
            <numerusform>%n alert since you last looked</numerusform>
            <numerusform>%n alerts since you last looked</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="586"/>
        <source>%n lead(s)</source>
        <translation>
            <numerusform>%n lead</numerusform>
            <numerusform>%n leads</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/main_window.py" line="588"/>
        <source>%n or more found</source>
        <translation>
            <numerusform>%n or more found</numerusform>
            <numerusform>%n or more found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManualLeadDialog</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/manual_lead_dialog.py" line="162"/>
        <source>Known contact: %1 · %n lead(s)</source>
        <translation>
            <numerusform>Known contact: %1 · %n lead</numerusform>
            <numerusform>Known contact: %1 · %n leads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OriginsEdit</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/web_chat_form.py" line="129"/>
        <source>Not a site address: %1. Write each site on its own line with http:// or https://, e.g. https://shop.ru</source>
        <translation>
            <numerusform>Not a site address: %1. Write each site on its own line with http:// or https://, e.g. https://shop.ru</numerusform>
            <numerusform>Not site addresses: %1. Write each site on its own line with http:// or https://, e.g. https://shop.ru</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReasonsTab</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/rules_reasons.py" line="113"/>
        <source>%n reason(s) saved.</source>
        <translation>
            <numerusform>%n reason saved.</numerusform>
            <numerusform>%n reasons saved.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="91"/>
        <source>no schedule: its %n lead(s) went to everyone</source>
        <translation>
            <numerusform>no schedule: its %n lead went to everyone</numerusform>
            <numerusform>no schedule: its %n leads went to everyone</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/schedule/replay_panel.py" line="95"/>
        <source>%1 of %n lead(s) would have arrived with nobody on duty</source>
        <translation>
            <numerusform>%1 of %n lead would have arrived with nobody on duty</numerusform>
            <numerusform>%1 of %n leads would have arrived with nobody on duty</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScoringTab</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/rules_scoring.py" line="203"/>
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatePicker</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/template_picker.py" line="109"/>
        <source>%n template(s)</source>
        <translation>
            <numerusform>%n template</numerusform>
            <numerusform>%n templates</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplatesTab</name>
    <message numerus="yes">
        <location filename="../../leaddesk/ui/dialogs/rules_templates.py" line="197"/>
        <source>%n template(s) saved.</source>
        <translation>
            <numerusform>%n template saved.</numerusform>
            <numerusform>%n templates saved.</numerusform>
        </translation>
    </message>
</context>
</TS>
