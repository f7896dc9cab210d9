<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Counts</name>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/backup_dialog.py" line="79"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="140"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="169"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="303"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/backup_dialog.py" line="85"/>
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="142"/>
        <location filename="../../fieldlog/ui/models.py" line="236"/>
        <source>%Ln plant(s)</source>
        <translation>
            <numerusform>%Ln plant</numerusform>
            <numerusform>%Ln plants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="144"/>
        <source>%Ln removal(s)</source>
        <translation>
            <numerusform>%Ln removal</numerusform>
            <numerusform>%Ln removals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="146"/>
        <location filename="../../fieldlog/ui/models.py" line="250"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="162"/>
        <source>Sites (%Ln on the map, sized by events)</source>
        <translation>
            <numerusform>Sites (%Ln on the map, sized by events)</numerusform>
            <numerusform>Sites (%Ln on the map, sized by events)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="170"/>
        <source>%Ln site(s) without coordinates ({events}) are counted but not on the map.</source>
        <translation>
            <numerusform>%Ln site without coordinates ({events}) is counted but not on the map.</numerusform>
            <numerusform>%Ln sites without coordinates ({events}) are counted but not on the map.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="304"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="559"/>
        <source>%Ln planting(s) without a species: counted in the totals, not here.</source>
        <translation>
            <numerusform>%Ln planting without a species: counted in the totals, not here.</numerusform>
            <numerusform>%Ln plantings without a species: counted in the totals, not here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="560"/>
        <source>%Ln removal(s) without a species: counted in the totals, not here.</source>
        <translation>
            <numerusform>%Ln removal without a species: counted in the totals, not here.</numerusform>
            <numerusform>%Ln removals without a species: counted in the totals, not here.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/formatting.py" line="77"/>
        <location filename="../../fieldlog/ui/models.py" line="241"/>
        <source>%Ln seed(s)</source>
        <translation>
            <numerusform>%Ln seed</numerusform>
            <numerusform>%Ln seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/formatting.py" line="78"/>
        <location filename="../../fieldlog/ui/models.py" line="228"/>
        <source>%Ln bag(s)</source>
        <translation>
            <numerusform>%Ln bag</numerusform>
            <numerusform>%Ln bags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/models.py" line="244"/>
        <source>%Ln seedball(s)</source>
        <translation>
            <numerusform>%Ln seedball</numerusform>
            <numerusform>%Ln seedballs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="217"/>
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="236"/>
        <source>%Ln file(s) were not attached:</source>
        <translation>
            <numerusform>%Ln file was not attached:</numerusform>
            <numerusform>%Ln files were not attached:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="242"/>
        <source>%Ln photo(s) attached; the record is otherwise unchanged.</source>
        <translation>
            <numerusform>%Ln photo attached; the record is otherwise unchanged.</numerusform>
            <numerusform>%Ln photos attached; the record is otherwise unchanged.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="1057"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="1066"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="1067"/>
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/forms.py" line="584"/>
        <source>Worked out: %Ln participant(s) x {hours} h</source>
        <translation>
            <numerusform>Worked out: %Ln participant x {hours} h</numerusform>
            <numerusform>Worked out: %Ln participants x {hours} h</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="972"/>
        <source>%Ln row(s) have errors: fix the file and preview again, or tick “Skip invalid rows” to import the others.</source>
        <translation>
            <numerusform>%Ln row has errors: fix the file and preview again, or tick “Skip invalid rows” to import the others.</numerusform>
            <numerusform>%Ln rows have errors: fix the file and preview again, or tick “Skip invalid rows” to import the others.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="978"/>
        <source>Ready: {new} new and {updated} updated, in one step after a backup; %Ln error row(s) left out.</source>
        <translation>
            <numerusform>Ready: {new} new and {updated} updated, in one step after a backup; %Ln error row left out.</numerusform>
            <numerusform>Ready: {new} new and {updated} updated, in one step after a backup; %Ln error rows left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1091"/>
        <source>%Ln sheet(s); {chosen} chosen. Next: check the columns.</source>
        <translation>
            <numerusform>%Ln sheet; {chosen} chosen. Next: check the columns.</numerusform>
            <numerusform>%Ln sheets; {chosen} chosen. Next: check the columns.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1105"/>
        <source>%Ln column(s); not imported</source>
        <translation>
            <numerusform>%Ln column; not imported</numerusform>
            <numerusform>%Ln columns; not imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1108"/>
        <source>{matched} of %Ln column(s) recognised</source>
        <translation>
            <numerusform>{matched} of %Ln column recognised</numerusform>
            <numerusform>{matched} of %Ln columns recognised</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1109"/>
        <source>{matched} of %Ln column(s) recognised: map them on the next page</source>
        <translation>
            <numerusform>{matched} of %Ln column recognised: map them on the next page</numerusform>
            <numerusform>{matched} of %Ln columns recognised: map them on the next page</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1369"/>
        <source>Reading {file}… %Ln row(s) so far: {statuses}</source>
        <translation>
            <numerusform>Reading {file}… %Ln row so far: {statuses}</numerusform>
            <numerusform>Reading {file}… %Ln rows so far: {statuses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1370"/>
        <source>Reading {file}… %Ln row(s) so far</source>
        <translation>
            <numerusform>Reading {file}… %Ln row so far</numerusform>
            <numerusform>Reading {file}… %Ln rows so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1392"/>
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1394"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1396"/>
        <source>%Ln planting(s)</source>
        <translation>
            <numerusform>%Ln planting</numerusform>
            <numerusform>%Ln plantings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1398"/>
        <source>%Ln seed collection(s)</source>
        <translation>
            <numerusform>%Ln seed collection</numerusform>
            <numerusform>%Ln seed collections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1400"/>
        <source>%Ln seedball batch(es)</source>
        <translation>
            <numerusform>%Ln seedball batch</numerusform>
            <numerusform>%Ln seedball batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1402"/>
        <source>%Ln invasive removal(s)</source>
        <translation>
            <numerusform>%Ln invasive removal</numerusform>
            <numerusform>%Ln invasive removals</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1404"/>
        <source>%Ln litter pickup(s)</source>
        <translation>
            <numerusform>%Ln litter pickup</numerusform>
            <numerusform>%Ln litter pickups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1406"/>
        <source>%Ln other activit(y/ies)</source>
        <translation>
            <numerusform>%Ln other activity</numerusform>
            <numerusform>%Ln other activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1412"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1414"/>
        <source>%Ln plant(s)</source>
        <translation>
            <numerusform>%Ln plant</numerusform>
            <numerusform>%Ln plants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1416"/>
        <source>%Ln seedball(s)</source>
        <translation>
            <numerusform>%Ln seedball</numerusform>
            <numerusform>%Ln seedballs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1418"/>
        <source>%Ln seed(s)</source>
        <translation>
            <numerusform>%Ln seed</numerusform>
            <numerusform>%Ln seeds</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1420"/>
        <source>%Ln bag(s)</source>
        <translation>
            <numerusform>%Ln bag</numerusform>
            <numerusform>%Ln bags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1422"/>
        <source>%Ln stem(s)</source>
        <translation>
            <numerusform>%Ln stem</numerusform>
            <numerusform>%Ln stems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1424"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1443"/>
        <source>%Ln new</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln new</numerusform>
            <numerusform>%Ln new</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1445"/>
        <source>%Ln updated</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln updated</numerusform>
            <numerusform>%Ln updated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1447"/>
        <source>%Ln unchanged</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln unchanged</numerusform>
            <numerusform>%Ln unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1449"/>
        <source>%Ln duplicate(s)</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln duplicate</numerusform>
            <numerusform>%Ln duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1451"/>
        <source>%Ln error(s)</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1453"/>
        <source>%Ln skipped</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln skipped</numerusform>
            <numerusform>%Ln skipped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1583"/>
        <source>{file}: %Ln record(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>{file}: %Ln record added, {updated} updated, {unchanged} unchanged.</numerusform>
            <numerusform>{file}: %Ln records added, {updated} updated, {unchanged} unchanged.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1592"/>
        <source>%Ln row(s) were left out as probable duplicates of records already in fieldlog.</source>
        <translation>
            <numerusform>%Ln row was left out as a probable duplicate of records already in fieldlog.</numerusform>
            <numerusform>%Ln rows were left out as probable duplicates of records already in fieldlog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1596"/>
        <source>%Ln row(s) with errors were not imported. They are in {file} with the reason: fix them there and import that file.</source>
        <translation>
            <numerusform>%Ln row with errors was not imported. It is in {file} with the reason: fix it there and import that file.</numerusform>
            <numerusform>%Ln rows with errors were not imported. They are in {file} with the reason: fix them there and import that file.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1599"/>
        <source>%Ln row(s) with errors were not imported.</source>
        <translation>
            <numerusform>%Ln row with errors was not imported.</numerusform>
            <numerusform>%Ln rows with errors were not imported.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="893"/>
        <source>%Ln event(s) match the filter</source>
        <translation>
            <numerusform>%Ln event matches the filter</numerusform>
            <numerusform>%Ln events match the filter</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="893"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="953"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="956"/>
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln activity</numerusform>
            <numerusform>%Ln activities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1138"/>
        <source>Delete “{event}” and its %Ln activity(-ies)?

Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Delete “{event}” and its %Ln activity?

Edit &gt; Undo brings it back.</numerusform>
            <numerusform>Delete “{event}” and its %Ln activities?

Edit &gt; Undo brings it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1230"/>
        <source>Loaded %Ln sample record(s).</source>
        <translation>
            <numerusform>Loaded %Ln sample record.</numerusform>
            <numerusform>Loaded %Ln sample records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1443"/>
        <source>Attaching %Ln photo(s)…</source>
        <translation>
            <numerusform>Attaching %Ln photo…</numerusform>
            <numerusform>Attaching %Ln photos…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1549"/>
        <source>Wrote {export} to {file} (%Ln record(s)).</source>
        <translation>
            <numerusform>Wrote {export} to {file} (%Ln record).</numerusform>
            <numerusform>Wrote {export} to {file} (%Ln records).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1700"/>
        <source>%Ln photo(s) copied back into the photo store from the photo backup.</source>
        <translation>
            <numerusform>%Ln photo copied back into the photo store from the photo backup.</numerusform>
            <numerusform>%Ln photos copied back into the photo store from the photo backup.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1704"/>
        <source>%Ln photo(s) of the restored records cannot be found: {files}</source>
        <translation>
            <numerusform>%Ln photo of the restored records cannot be found: {files}</numerusform>
            <numerusform>%Ln photos of the restored records cannot be found: {files}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="808"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln event</numerusform>
            <numerusform>%Ln events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="809"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="564"/>
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln photo</numerusform>
            <numerusform>%Ln photos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SiteChoiceField</name>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/forms.py" line="482"/>
        <source>%Ln site(s) match &apos;{text}&apos;; pick one from the list</source>
        <translation>
            <numerusform>%Ln site matches &apos;{text}&apos;; pick one from the list</numerusform>
            <numerusform>%Ln sites match &apos;{text}&apos;; pick one from the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TallyField</name>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/fields.py" line="1377"/>
        <source>Total: %Ln item(s)</source>
        <translation>
            <numerusform>Total: %Ln item</numerusform>
            <numerusform>Total: %Ln items</numerusform>
        </translation>
    </message>
</context>
</TS>
