<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="265"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="265"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="266"/>
        <source>How much</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="266"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="663"/>
        <source>Blank: the day the event starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="688"/>
        <source>No event chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="693"/>
        <source>{event} at {site}, {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="696"/>
        <source>{event}, {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="702"/>
        <source>Choose the event this activity belongs to first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="665"/>
        <source>Click a bar to filter the events list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="695"/>
        <source>Click to show these events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="977"/>
        <source>Pick one from the list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="118"/>
        <source>Changed by someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="121"/>
        <source>Overwrite with mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="124"/>
        <source>Keep theirs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="130"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CoordinateField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="753"/>
        <source>{decimal} or {dms}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="771"/>
        <source>Read as {value}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1095"/>
        <source>Country name or code, like Kenya or KE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1101"/>
        <source>&apos;{text}&apos; is not a country fieldlog knows; type its English name or its two-letter code, like KE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="78"/>
        <source>? events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/backup_dialog.py" line="79"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="140"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="169"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="303"/>
        <source>%Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="84"/>
        <source>? activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/backup_dialog.py" line="85"/>
        <source>%Ln activity(-ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="142"/>
        <location filename="../../fieldlog/ui/models.py" line="235"/>
        <source>%Ln plant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="144"/>
        <source>%Ln removal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="146"/>
        <location filename="../../fieldlog/ui/models.py" line="249"/>
        <source>%Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="162"/>
        <source>Sites (%Ln on the map, sized by events)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="170"/>
        <source>%Ln site(s) without coordinates ({events}) are counted but not on the map.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="304"/>
        <source>%Ln participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="559"/>
        <source>%Ln planting(s) without a species: counted in the totals, not here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="560"/>
        <source>%Ln removal(s) without a species: counted in the totals, not here.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/formatting.py" line="61"/>
        <location filename="../../fieldlog/ui/models.py" line="240"/>
        <source>%Ln seed(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/formatting.py" line="62"/>
        <location filename="../../fieldlog/ui/models.py" line="227"/>
        <source>%Ln bag(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/models.py" line="243"/>
        <source>%Ln seedball(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="217"/>
        <source>%Ln photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="236"/>
        <source>%Ln file(s) were not attached:</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="242"/>
        <source>%Ln photo(s) attached; the record is otherwise unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="249"/>
        <source>The database is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="254"/>
        <source>{name} is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="260"/>
        <source>SQLite&apos;s check of the file found damage, so fieldlog has stopped using it. Nothing was deleted: the damaged file is kept beside it as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="267"/>
        <source>The newest good backup is from &lt;b&gt;{when}&lt;/b&gt; and holds {events} and {activities}. Restoring it brings back everything saved up to then; anything saved after it is only in the damaged file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="273"/>
        <source>No good backup of it was found in the &lt;i&gt;backups&lt;/i&gt; folder beside it, and fieldlog does not start a new, empty database in its place by itself. Keep the damaged file: someone who knows SQLite may rescue its records (sqlite3&apos;s &lt;i&gt;.recover&lt;/i&gt;). To start again with an empty database, move {name} to another folder and open fieldlog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="279"/>
        <source>Folder: {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="286"/>
        <source>What SQLite reported: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="312"/>
        <source>Restore the backup of {when} ({events})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="318"/>
        <source>Open another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="322"/>
        <source>Quit fieldlog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="912"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="1005"/>
        <source>Click a site on the map to see its events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="972"/>
        <source>{filter} · adding up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="990"/>
        <source>The dashboard could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="1047"/>
        <source>&lt;b&gt;{site}&lt;/b&gt; ({country}): reading its events…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="1057"/>
        <source>%Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="1059"/>
        <source>&lt;b&gt;{site}&lt;/b&gt; ({country}): {events}, the newest {listed} listed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="1061"/>
        <source>&lt;b&gt;{site}&lt;/b&gt; ({country}): {events}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="1066"/>
        <source>%Ln participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="1067"/>
        <source>%Ln activity(-ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="806"/>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="822"/>
        <source>Event day: {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="886"/>
        <source>HH:MM</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="500"/>
        <source>Event name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="501"/>
        <source>Like Karura planting day 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="503"/>
        <source>Like MAD-Week 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="508"/>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="508"/>
        <source>Local time at the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="509"/>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="510"/>
        <source>Local time at the site; needed to work out volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="512"/>
        <source>People who took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="515"/>
        <source>Hours everyone worked together; left blank, participants x duration is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="522"/>
        <source>Email or phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="523"/>
        <source>Personal: stays on this laptop, never in a report unless you ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="524"/>
        <source>Personal: stays on this laptop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="572"/>
        <source>Typed in (empty the field to work it out from participants x duration)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/forms.py" line="583"/>
        <source>Worked out: %Ln participant(s) x {hours} h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="585"/>
        <source>Worked out from participants x duration once both are in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="596"/>
        <source>Site {id}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="56"/>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="202"/>
        <source>Not counted at the event: participants × duration.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="76"/>
        <source>Export {export}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="83"/>
        <source>Events of {filter}, as the window is filtered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="84"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="87"/>
        <source>Covers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="89"/>
        <source>Leave blank to export everything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="90"/>
        <source>Include personal data (organizer names and contacts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="92"/>
        <source>For sharing: leave out personal data (organizer names and contacts) and
where photos were taken, the camera&apos;s owner and serial numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="96"/>
        <source>Changes since (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="99"/>
        <source>Personal data stays on this laptop unless you tick this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="104"/>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="110"/>
        <source>Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="110"/>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="116"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="136"/>
        <source>Export CSV files into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="138"/>
        <source>Save {export}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="161"/>
        <source>Choose where to write it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="166"/>
        <source>{path} is a file; choose a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="169"/>
        <source>The folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="172"/>
        <source>Only changes since: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="652"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="968"/>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="676"/>
        <source>&lt; &amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="679"/>
        <source>&amp;Next &gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="682"/>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="685"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="902"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="734"/>
        <source>C&amp;hoose another file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="740"/>
        <source>Automatic (UTF-8)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="745"/>
        <source>&amp;Encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="759"/>
        <source>Sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="760"/>
        <source>Tick the sheets to import and choose the table each one fills. Sheets named after a table (Events, Planting, …) are chosen for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="772"/>
        <source>&amp;Load mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="774"/>
        <source>Sa&amp;ve mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="788"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1042"/>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="789"/>
        <source>Choose the field each column of the file goes to; columns left at “{ignore}” are not imported. Fields with * are required. fieldlog remembers these choices for files with the same headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="813"/>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="820"/>
        <source>S&amp;top preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="824"/>
        <source>Preview a&amp;gain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="865"/>
        <source>&amp;Skip invalid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="869"/>
        <source>Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="869"/>
        <source>What importing would do with every row. Nothing is written until you press Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="902"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="921"/>
        <source>Tick at least one sheet and choose its table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="927"/>
        <source>Fix the mapping of {sheets} first (the message under its columns says how).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="942"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1445"/>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="944"/>
        <source>Import is possible once the preview has read the whole file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="947"/>
        <source>Import is possible after a complete preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="951"/>
        <source>%Ln row(s) have errors: fix the file and preview again, or tick “Skip invalid rows” to import the others.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="954"/>
        <source>Nothing to import: every row is already in fieldlog or left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="957"/>
        <source>Ready: {new} new and {updated} updated, in one step after a backup; %Ln error row(s) left out.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="959"/>
        <source>Ready: {new} new and {updated} updated, in one step after a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="967"/>
        <source>Spreadsheets ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="967"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1225"/>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="984"/>
        <source>&amp;Skip invalid rows: import the others, and write the rows with errors to “{file}” for fixing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="987"/>
        <source>Reading the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1010"/>
        <source>Choose the file&apos;s encoding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1011"/>
        <source>Which encoding was the file saved in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1042"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1042"/>
        <source>Fills the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1049"/>
        <source>Table for sheet {sheet}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1070"/>
        <source>%Ln sheet(s); {chosen} chosen. Next: check the columns.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1072"/>
        <source>No sheet is named after a table fieldlog knows, and no headers match one: choose the table of each sheet to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1082"/>
        <source>row {row} is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1084"/>
        <source>%Ln column(s); not imported</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1087"/>
        <source>{matched} of %Ln column(s) recognised</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1088"/>
        <source>{matched} of %Ln column(s) recognised: map them on the next page</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1173"/>
        <source>The date format is written with codes like %d.%m.%Y (day.month.year); leave it blank for dates the spreadsheet already knows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1192"/>
        <source>Reading row {row} of {sheet}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1225"/>
        <source>Column mappings ({patterns})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1230"/>
        <source>Save the column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1239"/>
        <source>The mapping was not saved: {error} ({file}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1242"/>
        <source>Saved the mapping to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1246"/>
        <source>Load a column mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1276"/>
        <source>Loaded {file} for {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1277"/>
        <source>Loaded {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1279"/>
        <source>This file has no sheet {sheets}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1302"/>
        <source>Reading {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1349"/>
        <source>Reading {file}… %Ln row(s) so far: {statuses}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1350"/>
        <source>Reading {file}… %Ln row(s) so far</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1365"/>
        <source>Would add nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1370"/>
        <source>Sheets not imported: {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1388"/>
        <source>Preview stopped. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1394"/>
        <source>The file cannot be imported as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1400"/>
        <source>Reading {file} as {encoding}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1429"/>
        <source>The rows with errors could not be written to {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1457"/>
        <source>Imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1457"/>
        <source>Nothing imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1465"/>
        <source>{file}: %Ln record(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1472"/>
        <source>Added: {what}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1475"/>
        <source>%Ln row(s) were left out as probable duplicates of records already in fieldlog.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1479"/>
        <source>%Ln row(s) with errors were not imported. They are in {file} with the reason: fix them there and import that file.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1482"/>
        <source>%Ln row(s) with errors were not imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1487"/>
        <source>The database was backed up before the import: {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1500"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InvasiveRemovalForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="813"/>
        <source>Area treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="814"/>
        <source>Weight removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="815"/>
        <source>Wet weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="816"/>
        <source>Bags filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="817"/>
        <source>Stems or plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="818"/>
        <source>Give at least one of area, weight, bags or stems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="819"/>
        <source>Cover (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="820"/>
        <source>How much of the area the species covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="821"/>
        <source>Life stage</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LitterPickupForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="842"/>
        <source>Bags filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="843"/>
        <source>Weight collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="844"/>
        <source>Distance covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="845"/>
        <source>Give at least one of bags, weight or an item count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="846"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="354"/>
        <source>fieldlog — {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="364"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="408"/>
        <source>&amp;New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="410"/>
        <source>New &amp;site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="416"/>
        <source>&amp;Edit event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="417"/>
        <source>Edit &amp;site…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="419"/>
        <source>&amp;Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="421"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="423"/>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="425"/>
        <source>Open a ser&amp;ver database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="427"/>
        <source>Back &amp;up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="428"/>
        <source>&amp;Restore from backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="432"/>
        <source>Load &amp;sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="434"/>
        <source>&amp;Import spreadsheet or package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="436"/>
        <source>New spreadsheet &amp;template…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="443"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="446"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="449"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="457"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="459"/>
        <source>New &amp;activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="468"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="475"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="481"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="482"/>
        <location filename="../../fieldlog/ui/main_window.py" line="800"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="483"/>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="486"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="487"/>
        <source>&amp;About fieldlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="492"/>
        <source>Scale down &amp;new photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="497"/>
        <source>Off: keep photos as taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="498"/>
        <source>To {pixels} pixels on the longest side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="510"/>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="514"/>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="529"/>
        <source>fieldlog will be in {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="532"/>
        <source>fieldlog will follow the system&apos;s language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="550"/>
        <source>New event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="554"/>
        <source>Load sample data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="603"/>
        <source>Search events, sites, campaigns (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="611"/>
        <source>Any campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="612"/>
        <location filename="../../fieldlog/ui/main_window.py" line="623"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="613"/>
        <location filename="../../fieldlog/ui/main_window.py" line="623"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="620"/>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="622"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="624"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="653"/>
        <source>Show all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="654"/>
        <source>Stop narrowing the events to this activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="665"/>
        <source>Showing only the events {activity}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="725"/>
        <location filename="../../fieldlog/ui/main_window.py" line="941"/>
        <source>Choose an event to see what was done there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="728"/>
        <source>Edit event…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="731"/>
        <source>Add activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="734"/>
        <source>Delete event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="748"/>
        <source>Edit activity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="751"/>
        <source>Delete activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="763"/>
        <source>Choose an event to see its photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="765"/>
        <source>Choose an activity in the list above to see its photos, or drop photo files on it to attach them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="799"/>
        <source>&amp;Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="889"/>
        <source>%Ln event(s) match the filter</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="889"/>
        <source>%Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="891"/>
        <source>{events}; scroll for more ({loaded} loaded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="947"/>
        <source>{site}, {country}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="948"/>
        <source>%Ln participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="950"/>
        <source>{hours} h</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="951"/>
        <source>%Ln activity(-ies)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="968"/>
        <source>Photos of the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="972"/>
        <source>Photos of the {activity}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="973"/>
        <source>Photos of the {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1026"/>
        <source>New site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1035"/>
        <source>Edit site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1046"/>
        <source>First, a site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1047"/>
        <source>Events happen at a site. Describe the site first; the event editor opens after you save it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1056"/>
        <source>Edit event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1056"/>
        <source>New event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1070"/>
        <source>Choose the event first: activities belong to an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1088"/>
        <source>Edit {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1088"/>
        <source>New {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1098"/>
        <source>add {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1101"/>
        <source>edit {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1108"/>
        <source>Saved the {record}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1114"/>
        <source>Kept the {record} as someone else saved it {when}; your changes were not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1124"/>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1124"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1133"/>
        <source>Delete “{event}” and its %Ln activity(-ies)?

Edit &gt; Undo brings it back.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1136"/>
        <source>Delete “{event}”?

Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1137"/>
        <source>Delete event?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1139"/>
        <source>delete event “{event}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1147"/>
        <source>Delete activity?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1148"/>
        <source>Delete this {activity}?

Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1151"/>
        <source>delete {activity}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1159"/>
        <source>Deleted. Edit &gt; Undo brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1186"/>
        <source>since your edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1187"/>
        <source>Undo anyway: put back your version, replacing their changes.
Keep theirs: leave the {record} as they saved it (the undo history starts afresh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1189"/>
        <source>Redo anyway: put back your version, replacing their changes.
Keep theirs: leave the {record} as they saved it (the undo history starts afresh).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1191"/>
        <source>Undo anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1191"/>
        <source>Redo anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1203"/>
        <source>Kept the {record} as someone else saved it; nothing was undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1204"/>
        <source>Kept the {record} as someone else saved it; nothing was redone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1225"/>
        <source>Loaded %Ln sample record(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1228"/>
        <source>Loading sample data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1237"/>
        <source>Open a fieldlog database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1238"/>
        <source>fieldlog databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1244"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1272"/>
        <source>Opening {database}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1257"/>
        <source>Open a server database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1258"/>
        <source>The database&apos;s URL, as your coordinator or server administrator gave it, for example
{example}

Keep the password out of it: fieldlog reads it from ~/.pgpass or PGPASSWORD, as every
PostgreSQL program does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1269"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1285"/>
        <source>Database not opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1283"/>
        <source>fieldlog is already open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1306"/>
        <source>Import a spreadsheet or an exchange package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1307"/>
        <source>Spreadsheets and packages (*.xlsx *.xlsm *.csv *.tsv *.txt *.fieldlog);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1317"/>
        <source>Finish or close the import that is open first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1334"/>
        <source>Imported: {added} added, {updated} updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1339"/>
        <source>Merged: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1396"/>
        <source>Choose an activity first, then drop its photos on its strip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1405"/>
        <source>Attach photos to the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1406"/>
        <source>Attach photos to the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1422"/>
        <source>Photos are being attached: wait until that is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1438"/>
        <source>Attaching %Ln photo(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1457"/>
        <source>Some files were not attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1458"/>
        <source>Nothing attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1463"/>
        <source>Use the photo&apos;s date and place?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1477"/>
        <source>fill {activity} from photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1479"/>
        <source>The {activity} now has the photo&apos;s date and position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1507"/>
        <source>Save the spreadsheet template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1508"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1513"/>
        <source>Writing the template to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1517"/>
        <source>The template was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1518"/>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1519"/>
        <source>The template could not be written to {file}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1521"/>
        <source>Saved the template to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1540"/>
        <source>Writing {export} to {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1543"/>
        <source>Wrote {export} to {file} (%Ln record(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1549"/>
        <source>Export cancelled: no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1551"/>
        <source>{export} was not written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1553"/>
        <source>Export not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1555"/>
        <source>Writing {export}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1567"/>
        <source>The backup was not made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1568"/>
        <source>Backup not made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1569"/>
        <source>{reason}

The database itself was not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1572"/>
        <source>Backed up to {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1574"/>
        <source>Backing up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1585"/>
        <source>Backed up automatically to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1590"/>
        <source>The automatic backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1619"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1726"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1730"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1815"/>
        <source>Backup not restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1626"/>
        <source>Restore the backup of {backup}?

The database is replaced by it: anything saved after that backup is taken out.

The current database is backed up first (as “Before a restore”), so File &gt; Restore from backup… can bring it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1629"/>
        <source>Restore this backup?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1645"/>
        <source>Restore later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1646"/>
        <source>Finish or close the editor or import that is open, then restore the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1648"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1818"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1694"/>
        <source>%Ln photo(s) copied back into the photo store from the photo backup.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1698"/>
        <source>%Ln photo(s) of the restored records cannot be found: {files}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1717"/>
        <source>Restored {backup}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1719"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1727"/>
        <source>{reason}

This window closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1731"/>
        <source>{reason}

The database is open as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1742"/>
        <source>The database could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1744"/>
        <source>The database is damaged: keeping the damaged file aside…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1764"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1780"/>
        <source>The database file is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1765"/>
        <source>{reason}

Records that cannot be read may be missing. File &gt; Restore from backup… replaces the database with a backup (the damaged file is kept), or close fieldlog and open it again to have the damaged file set aside and its newest backup offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1771"/>
        <source>fieldlog — {database} (damaged, set aside)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1781"/>
        <source>{reason}

This window closes; open fieldlog again to have the damaged file set aside.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1796"/>
        <source>Quit fieldlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1796"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1836"/>
        <source>Database on a network share or removable disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1840"/>
        <source>The last import did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1845"/>
        <source>The database file looks damaged: checking it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1864"/>
        <source>About fieldlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1865"/>
        <source>&lt;b&gt;fieldlog {version}&lt;/b&gt;&lt;p&gt;Log volunteer ecological-restoration events offline and report the Society for Ecological Restoration&apos;s totals.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="712"/>
        <source>Drag to pan · wheel to zoom · double-click to fit · click a site for its events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="807"/>
        <source>{site} ({country}): {events}, {participants}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="808"/>
        <source>%Ln event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="809"/>
        <source>%Ln participant(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="328"/>
        <source>The row of the sheet that holds the column headers (rows above it are skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="335"/>
        <source>automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="336"/>
        <source>Only for dates written as text in an unusual order, e.g. %d.%m.%Y for 31.05.2026 or %m/%d/%Y for 05/31/2026; several, separated by ;, are tried in order. Leave blank otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="342"/>
        <source>Header &amp;row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="344"/>
        <source>&amp;Date format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="361"/>
        <source>&amp;Add constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="363"/>
        <source>A value for a field that every row of this sheet shares (e.g. the country); {Header} takes the value of that column in the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="367"/>
        <source>&lt;b&gt;Constants&lt;/b&gt; (the same value on every row; {Header} takes that column&apos;s value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="421"/>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="421"/>
        <source>First value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="421"/>
        <source>Goes to field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="421"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="428"/>
        <source>Column {number}: {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="434"/>
        <source>Field for column {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="438"/>
        <source>Unit of column {header}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="451"/>
        <source>Row {row} of this sheet is empty: set the header row to the row with the column names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="508"/>
        <source>— choose a field —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="513"/>
        <source>value, e.g. KE or {Year}-01-01</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="515"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="516"/>
        <source>Remove this constant</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="41"/>
        <source>Merge {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="42"/>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="79"/>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="51"/>
        <source>Conflicts (the newer edit wins; the other is kept in the merge log):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="57"/>
        <source>&amp;Merge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="61"/>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="120"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="86"/>
        <source>What merging {file} would do (nothing is written yet):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="106"/>
        <source>Merging {file}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="118"/>
        <source>Merged {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="126"/>
        <source>Cancelled: nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="129"/>
        <source>{file} was not merged.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OtherActivityForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="873"/>
        <source>What was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="874"/>
        <source>Like Trail maintenance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="877"/>
        <source>Like m, boxes, surveys</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="349"/>
        <source>Photos of the {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="359"/>
        <source>Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="361"/>
        <source>Attach photos to the {record} (or drop photo files here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="431"/>
        <source>Loading photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="463"/>
        <source>The photos could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="469"/>
        <source>No photos of this {record} yet. Drop photo files here, or click Add photos…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="513"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="513"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="564"/>
        <source>%Ln photo(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="665"/>
        <source>record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="666"/>
        <source>Photos of the {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="683"/>
        <source>◀  Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="685"/>
        <source>Left arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="687"/>
        <source>Next  ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="689"/>
        <source>Right arrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="696"/>
        <source>&amp;Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="700"/>
        <source>What the photo shows (Enter saves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="703"/>
        <source>&amp;Caption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="705"/>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="707"/>
        <source>Take this photo off the {record}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="709"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="759"/>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="769"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="806"/>
        <source>Photo not changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="837"/>
        <source>Take {photo} off the {record}?

The picture itself stays in the photo store and its backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="838"/>
        <source>this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="840"/>
        <source>Remove photo?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="856"/>
        <source>Photo not removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlantingForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="754"/>
        <source>Plants planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="756"/>
        <source>Is the species native where it was planted?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="758"/>
        <source>Area planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="760"/>
        <source>Nursery, seed lot or provenance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantityField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="697"/>
        <source>The unit of the number you typed; it is converted exactly when saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="165"/>
        <source>Save and &amp;next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="167"/>
        <source>Enter: save, then start the next one with the same event and date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="168"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="170"/>
        <source>Ctrl+S: save and close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="171"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="195"/>
        <source>Not saved: fix what is marked in red first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="203"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="214"/>
        <source>Saved, with warnings: {warnings}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="215"/>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="228"/>
        <source>Not saved: {problems}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="232"/>
        <source>Not saved. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="233"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="234"/>
        <source>{reason}

What you typed is still here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="238"/>
        <location filename="../../fieldlog/ui/dialogs.py" line="261"/>
        <source>since you opened it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="239"/>
        <source>Not saved yet. {conflict}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="241"/>
        <source>Overwrite with mine: save what you typed here, replacing their changes.
Keep theirs: close this editor without saving; the {record} stays as they saved it.
Cancel: go back to what you typed, nothing saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="262"/>
        <source>Not saved: {conflict} Save again to choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="276"/>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="276"/>
        <source>What you typed here is not saved. Close and discard it?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="140"/>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="252"/>
        <source>Some fields need attention (marked in red).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="373"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="386"/>
        <source>{field}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="402"/>
        <source>WGS84 degrees: -1.2367, or 1°14&apos;12&quot;S; south is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="404"/>
        <source>WGS84 degrees: 36.835, or 36°50&apos;06&quot;E; west is negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="126"/>
        <source>Made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="126"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="127"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="127"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="128"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="135"/>
        <source>Restore from a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="136"/>
        <source>Backups of &lt;b&gt;{name}&lt;/b&gt;, newest first. Restoring one replaces the database with it; the database as it is now is backed up first, so a restore can itself be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="140"/>
        <source>Reading the backups…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="163"/>
        <source>Backups are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="169"/>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="172"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="196"/>
        <source>There are no backups of this database yet. File &gt; Back up now makes one; fieldlog also makes one every 30 minutes after a change, and when it closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="219"/>
        <source>The backups could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedCollectionForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="775"/>
        <source>Seed lot id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="775"/>
        <source>Like KE-2026-000123</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="778"/>
        <source>Give the seed mass, the seed count, or both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="780"/>
        <source>At least 50 keeps the lot&apos;s diversity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="782"/>
        <source>Plants in the population, roughly</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeedballMakingForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="795"/>
        <source>Seedballs made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="796"/>
        <source>Seed used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="797"/>
        <source>Species in the mix</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteChoiceField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="471"/>
        <source>Type part of a site&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/forms.py" line="481"/>
        <source>%Ln site(s) match &apos;{text}&apos;; pick one from the list</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="483"/>
        <source>Pick a site from the list; a new site is added in the site editor first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="487"/>
        <source>Site {id}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="429"/>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="430"/>
        <source>Like Karura Forest, east gate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="433"/>
        <source>Town, district or park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="437"/>
        <source>The whole site; converted to m² when saved</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeciesField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1147"/>
        <source>Scientific or common names, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1148"/>
        <source>Scientific or common name, like Quercus robur or oak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TallyField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1218"/>
        <source>Add another item…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1331"/>
        <source>Row {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1332"/>
        <source>{item}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1335"/>
        <source>Row {number}: name the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/fields.py" line="1338"/>
        <source>Total: %Ln item(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../fieldlog/ui/tasks.py" line="142"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="40"/>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="41"/>
        <source>Automatic (every 30 minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="42"/>
        <source>When fieldlog closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="43"/>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="44"/>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="53"/>
        <source>Before merging {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="56"/>
        <source>Before an upgrade of fieldlog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="65"/>
        <source>Today {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="67"/>
        <source>Yesterday {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="95"/>
        <source>Restored the backup of {when}: the database now holds {events} and {activities}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="100"/>
        <source>The database as it was before is kept as the backup {name}; File &gt; Restore from backup… brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="104"/>
        <source>The damaged file that was there is kept as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="126"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="506"/>
        <location filename="../../fieldlog/ui/models.py" line="54"/>
        <source>Site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="127"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="431"/>
        <location filename="../../fieldlog/ui/models.py" line="55"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="128"/>
        <source>ISO code like KE, or the English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="129"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="432"/>
        <source>Locality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="130"/>
        <location filename="../../fieldlog/io/columns.py" line="173"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="400"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="131"/>
        <location filename="../../fieldlog/io/columns.py" line="133"/>
        <source>WGS84 decimal degrees (DMS accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="132"/>
        <location filename="../../fieldlog/io/columns.py" line="174"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="403"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="134"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="435"/>
        <source>Site area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="137"/>
        <location filename="../../fieldlog/io/columns.py" line="167"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="661"/>
        <location filename="../../fieldlog/ui/models.py" line="53"/>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="138"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="502"/>
        <location filename="../../fieldlog/ui/models.py" line="54"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="139"/>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="140"/>
        <source>date, or date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="141"/>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="144"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="519"/>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="145"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="520"/>
        <source>Organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="146"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="521"/>
        <source>Organizer contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="147"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="511"/>
        <location filename="../../fieldlog/ui/models.py" line="55"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="148"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="513"/>
        <location filename="../../fieldlog/ui/models.py" line="218"/>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="149"/>
        <source>blank: participants x duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="151"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="525"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="666"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="156"/>
        <location filename="../../fieldlog/io/columns.py" line="166"/>
        <source>Event id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="165"/>
        <location filename="../../fieldlog/io/columns.py" line="239"/>
        <source>Activity id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="168"/>
        <source>the event&apos;s name as on the Events sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="169"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="662"/>
        <location filename="../../fieldlog/ui/models.py" line="53"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="170"/>
        <source>blank: the event&apos;s start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="186"/>
        <location filename="../../fieldlog/io/columns.py" line="195"/>
        <location filename="../../fieldlog/io/columns.py" line="205"/>
        <location filename="../../fieldlog/io/columns.py" line="209"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="752"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="773"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="810"/>
        <source>Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="187"/>
        <source>scientific name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="188"/>
        <source>Plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="189"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="755"/>
        <source>Native status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="190"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="757"/>
        <source>Stock type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="191"/>
        <location filename="../../fieldlog/io/columns.py" line="211"/>
        <source>Area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="192"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="759"/>
        <source>Seed source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="196"/>
        <source>Seed lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="197"/>
        <location filename="../../fieldlog/io/columns.py" line="204"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="776"/>
        <source>Seed mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="198"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="777"/>
        <source>Seed count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="199"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="779"/>
        <source>Plants sampled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="200"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="781"/>
        <source>Population size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="203"/>
        <source>Seedballs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="206"/>
        <source>the seed mix, separated by ;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="210"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="812"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="212"/>
        <location filename="../../fieldlog/io/columns.py" line="223"/>
        <source>Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="213"/>
        <location filename="../../fieldlog/io/columns.py" line="222"/>
        <source>Bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="214"/>
        <source>Stems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="215"/>
        <source>Cover %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="216"/>
        <source>Phenology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="217"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="822"/>
        <source>Disposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="221"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="841"/>
        <source>Cleanup type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="224"/>
        <source>Distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="227"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="228"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="875"/>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="229"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="876"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="235"/>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1224"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="236"/>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1225"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="92"/>
        <source>Activities by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="93"/>
        <source>Events and participants over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="94"/>
        <source>Top countries (events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="95"/>
        <source>Top species planted (plants)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="96"/>
        <source>Top invasive species removed (removals)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="97"/>
        <source>Litter by item category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="99"/>
        <source>No plantings with a species.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="100"/>
        <source>No removals with a species.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="101"/>
        <source>No litter items tallied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="102"/>
        <source>events per day (up to {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="103"/>
        <source>events per month (up to {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="104"/>
        <source>events per year (up to {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="127"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="216"/>
        <source>Nothing recorded for this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="250"/>
        <source>{label}: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="259"/>
        <source>No events for this filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="279"/>
        <source>participants (up to {most})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="297"/>
        <source>{start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="301"/>
        <source>{period}: {events}, {participants}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="454"/>
        <source>Outline: Natural Earth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="498"/>
        <source>Events of {filter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="499"/>
        <source>All events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="519"/>
        <source>What the volunteers achieved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="525"/>
        <source>{filter} · fieldlog dashboard, {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="585"/>
        <source>fieldlog dashboard</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="52"/>
        <source>event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="52"/>
        <source>site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="53"/>
        <source>litter item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="53"/>
        <source>photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="71"/>
        <source>at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="73"/>
        <source>on {date} at {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="95"/>
        <source>Someone else changed this {record} {when} ({fields}) {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="97"/>
        <source>Someone else changed this {record} {when} {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="99"/>
        <source>Someone else changed this {record} ({fields}) {since}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="101"/>
        <source>Someone else changed this {record} {since}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="34"/>
        <source>The SER summary with charts, then every event and activity on the template&apos;s sheets, so the report can itself be imported by SER staff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="37"/>
        <source>Every record and photo, deletions included, for another fieldlog: import it there with File &gt; Import. Importing it twice changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="40"/>
        <source>Plantings, seed collections and invasive removals as Darwin Core occurrences for a GBIF publisher, with an EML description to complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="43"/>
        <source>Every site with coordinates as a point, with its totals, for a map.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="45"/>
        <source>One CSV file per table (UTF-8, a header row), which fieldlog can import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="47"/>
        <source>The dashboard on one page: the headline figures, the charts and the map of sites, as a PDF (A4 landscape) or, named .png, as an image for a newsletter. No personal data.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="55"/>
        <source>the SER report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="56"/>
        <source>&amp;SER report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="57"/>
        <source>Excel workbooks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="58"/>
        <source>the exchange package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="59"/>
        <source>Exchange &amp;package…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="60"/>
        <source>fieldlog packages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="61"/>
        <source>the Darwin Core archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="62"/>
        <source>&amp;Darwin Core archive…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="63"/>
        <source>Zip archives</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="64"/>
        <source>the sites as GeoJSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="65"/>
        <source>&amp;GeoJSON of sites…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="67"/>
        <source>the CSV files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="67"/>
        <source>&amp;CSV files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="68"/>
        <source>the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="69"/>
        <source>Dash&amp;board as PDF or PNG…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="71"/>
        <source>acres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="159"/>
        <source>Not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="173"/>
        <source>Write {whole} or {decimal}: {typed} could mean either</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="181"/>
        <source>Not a number; write decimals with a dot: {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="209"/>
        <source>Cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="220"/>
        <source>Write a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="256"/>
        <source>YYYY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="257"/>
        <source>MM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="258"/>
        <source>DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="268"/>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="269"/>
        <source>month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="270"/>
        <source>day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="281"/>
        <source>There is no month {month}; write the date as {order}, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="287"/>
        <source>There is no {day} {month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="309"/>
        <source>Write the date as {order}, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="324"/>
        <source>Write the date and time as {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="328"/>
        <source>Add the time too, like {example}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="332"/>
        <source>Hours go from 00 to 23</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="334"/>
        <source>Minutes must be below 60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="336"/>
        <source>Seconds must be below 60</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="79"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="80"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="81"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="82"/>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="83"/>
        <source>Plants planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="84"/>
        <source>Seed collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="85"/>
        <source>Invasives removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="86"/>
        <source>Litter collected</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="101"/>
        <source>— ignore —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="105"/>
        <source>acres</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="115"/>
        <source>All rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="116"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="117"/>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="118"/>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="119"/>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="120"/>
        <source>Unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="121"/>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="124"/>
        <source>new</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="125"/>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="126"/>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="127"/>
        <source>duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="128"/>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="129"/>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="180"/>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="180"/>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="181"/>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="181"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="182"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="182"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="128"/>
        <source>&lt;p style=&apos;font-size: x-large&apos;&gt;&lt;b&gt;Welcome to fieldlog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Log your restoration events and what volunteers did at them: plantings, seed collection, seedballs, invasive plant pulls and litter pickups. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Start with your first event, or load sample data to look around.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="134"/>
        <source>No events match the filter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="168"/>
        <source>The backup was restored, but the database could not be opened again: {reason} Open fieldlog again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="214"/>
        <source>This database was closed (restored from a backup, or set aside as damaged); nothing was read or written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="247"/>
        <source>fieldlog: no backup was made at exit: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1942"/>
        <source>Opening the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1962"/>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1970"/>
        <source>fieldlog cannot open the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1982"/>
        <source>Restoring the backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1989"/>
        <source>Open a fieldlog database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1990"/>
        <source>fieldlog databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="83"/>
        <source>Photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="83"/>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="105"/>
        <source>N</source>
        <comment>compass: north</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="106"/>
        <source>S</source>
        <comment>compass: south</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="107"/>
        <source>E</source>
        <comment>compass: east</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="108"/>
        <source>W</source>
        <comment>compass: west</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="122"/>
        <source>taken {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="125"/>
        <source>at {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="127"/>
        <source>{width} × {height} pixels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="148"/>
        <source>The picture of {photo} could not be shown ({file} is unreadable); `fieldlog check` checks the photo store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="219"/>
        <source>{photos} ({count} already there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="222"/>
        <source>Cancelled: attached {photos} of {total}; the rest were not attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="225"/>
        <source>Attached {photos}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="232"/>
        <source>…and {count} more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="239"/>
        <source>Attaching stopped: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="253"/>
        <source>Date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="255"/>
        <source>Position: {position}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="260"/>
        <source>The photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="263"/>
        <source>{photo} says when and where it was taken, and this {record} has no date and position of its own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="266"/>
        <source>{photo} says when and where it was taken, and this {record} has no date of its own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="269"/>
        <source>{photo} says when and where it was taken, and this {record} has no position of its own yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="272"/>
        <source>Use it for the {record}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="274"/>
        <source>Use them for the {record}?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../fieldlog/io/report.py" line="45"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="46"/>
        <location filename="../../fieldlog/io/report.py" line="573"/>
        <source>Species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="47"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="48"/>
        <source>SER report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="60"/>
        <location filename="../../fieldlog/io/report.py" line="533"/>
        <location filename="../../fieldlog/io/report.py" line="558"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="60"/>
        <source>events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="61"/>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="61"/>
        <source>countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="62"/>
        <location filename="../../fieldlog/io/report.py" line="533"/>
        <source>Participants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="62"/>
        <source>persons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="63"/>
        <location filename="../../fieldlog/io/report.py" line="534"/>
        <source>Volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="64"/>
        <source>Planting activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="65"/>
        <location filename="../../fieldlog/io/report.py" line="70"/>
        <location filename="../../fieldlog/io/report.py" line="78"/>
        <location filename="../../fieldlog/io/report.py" line="82"/>
        <location filename="../../fieldlog/io/report.py" line="90"/>
        <location filename="../../fieldlog/io/report.py" line="95"/>
        <source>activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="66"/>
        <source>Plants planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="66"/>
        <source>plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="67"/>
        <source>Species planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="67"/>
        <location filename="../../fieldlog/io/report.py" line="76"/>
        <location filename="../../fieldlog/io/report.py" line="88"/>
        <source>species</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="68"/>
        <source>Area planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="69"/>
        <source>Seed collections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="71"/>
        <source>Seed collected, by mass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="72"/>
        <source>Seed collected, by count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="73"/>
        <source>seeds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="74"/>
        <source>Seed lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="74"/>
        <source>lots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="75"/>
        <source>Species collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="77"/>
        <source>Seedball making activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="79"/>
        <source>Seedballs made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="80"/>
        <source>seedballs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="81"/>
        <source>Invasive removals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="83"/>
        <source>Area cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="84"/>
        <source>Invasive plants removed, by weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="85"/>
        <source>Bags of invasive plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="86"/>
        <location filename="../../fieldlog/io/report.py" line="91"/>
        <source>bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="87"/>
        <source>Invasive species removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="89"/>
        <source>Litter pickups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="91"/>
        <source>Bags of litter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="92"/>
        <source>Litter collected, by weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="93"/>
        <source>Litter items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="93"/>
        <source>items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="94"/>
        <source>Distance covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="95"/>
        <source>Other activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="100"/>
        <source>Plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="100"/>
        <source>Area (m²)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="101"/>
        <source>Seed mass (g)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="101"/>
        <source>Seed count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="102"/>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="102"/>
        <source>Bags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="179"/>
        <source>all events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="302"/>
        <source>SER summary of {events}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="305"/>
        <source>Made by fieldlog {version}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="487"/>
        <location filename="../../fieldlog/io/report.py" line="603"/>
        <source>Events covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="489"/>
        <location filename="../../fieldlog/io/report.py" line="602"/>
        <source>Generated at (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="491"/>
        <location filename="../../fieldlog/io/report.py" line="604"/>
        <source>Personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="495"/>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="495"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="496"/>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="496"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="497"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="497"/>
        <source>Reported by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="498"/>
        <source>Of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="498"/>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="515"/>
        <source>Activities by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="518"/>
        <location filename="../../fieldlog/io/report.py" line="573"/>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="518"/>
        <location filename="../../fieldlog/io/report.py" line="548"/>
        <location filename="../../fieldlog/io/report.py" line="574"/>
        <source>Activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="519"/>
        <source>Events with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="530"/>
        <source>By country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="532"/>
        <location filename="../../fieldlog/services/reporting.py" line="244"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="532"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="562"/>
        <source>Events by country (the {shown} with most events)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="565"/>
        <source>Events by country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="596"/>
        <source>About this report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="599"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="600"/>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="601"/>
        <source>Database schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="615"/>
        <source>Records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="622"/>
        <source>continued on {sheets}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="624"/>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="626"/>
        <source>The Events sheet, the activity sheets and Litter items use the columns of fieldlog&apos;s spreadsheet template, so `fieldlog import` reads this workbook back without a mapping. Every record keeps its id: importing the same report twice, or two reports that overlap, counts each record once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="630"/>
        <source>Reported by n of N events: how many of the events this report counts gave at least one value for the figure (most fields are optional).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="632"/>
        <source>Volunteer hours left blank on the Events sheet were not counted at the event; fieldlog derives them as participants × duration, and the Summary&apos;s total includes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="644"/>
        <source>Included at the user&apos;s request: the organizer&apos;s name and contact are on the Events sheet. Treat this file as personal data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="647"/>
        <source>Left out: this report holds no organizer names or contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="214"/>
        <source>counted at {entered} events; derived as participants × duration at {derived} (included in the total); none at {unknown}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="219"/>
        <source>distinct countries of the events&apos; sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="220"/>
        <source>summed over events: a person at two events counts twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="223"/>
        <source>distinct species names, ignoring case and spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="225"/>
        <source>distinct seed lot ids, ignoring case and spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="237"/>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="239"/>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="241"/>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="153"/>
        <source>Sites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="154"/>
        <source>One row per place where events happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="155"/>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="158"/>
        <source>One row per event. Activities refer to an event by its name (or id).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="185"/>
        <source>Planting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="193"/>
        <source>One row per species planted at an event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="194"/>
        <source>Seed collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="201"/>
        <source>One row per seed lot; give its mass or its seed count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="202"/>
        <source>Seedball making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="207"/>
        <source>One row per batch of seedballs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="208"/>
        <source>Invasive removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="218"/>
        <source>One row per species removed; give at least one of area, weight, bags, stems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="220"/>
        <source>Litter pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="225"/>
        <source>One row per pickup; its item tally goes on the Litter items sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="226"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="230"/>
        <source>Anything else volunteers did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="238"/>
        <source>Litter items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="241"/>
        <source>One row per item category of a pickup; rows with the same event and date make one pickup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../fieldlog/ui/tasks.py" line="74"/>
        <source>Something went wrong with the database ({kind}: {error}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <location filename="../../fieldlog/io/template.py" line="33"/>
        <source>Instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="34"/>
        <source>Lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="62"/>
        <source>Example row: delete it or write over it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="97"/>
        <source>There is one sheet per table: {events}, one sheet for each kind of activity, then {litter_items}. Leave a sheet empty when you have nothing for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="99"/>
        <source>Each row is one record. Keep the sheet names and the words in row 1 as they are (except units, see below).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="101"/>
        <source>Required columns have bold headers and a * in the tables below. Point at a header to read a note about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="103"/>
        <source>Units are in brackets in the header, like &quot;{area} (m²)&quot;. You may change the unit to the one you measured in, like &quot;{area} (ha)&quot; or &quot;{weight} (lb)&quot;: fieldlog converts the numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="106"/>
        <source>Dates: type a real date, or text like 2026-05-30. A start or end time may follow: 2026-05-30 09:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="108"/>
        <source>{country}: the two-letter ISO code (KE, FR, US) from the drop-down, or the English name (Kenya).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="110"/>
        <source>Each activity row names its event in the {event} column, spelled as on the {events} sheet (or gives its {event_id}). If that event is neither on the {events} sheet nor already in fieldlog, add the columns {start}, {site}, {country} and {participants} to the activity sheet and fieldlog creates the event from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="114"/>
        <source>{litter_items}: one row per item category with its count. Rows with the same {event} and {date} make one litter pickup, together with the {litter_pickup} row of that {event} and {date} if there is one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="117"/>
        <source>Text that starts with = is kept as text; fieldlog never runs it as a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="118"/>
        <source>Row 2 of every sheet is an example (grey italics). Delete it or write over it before you send the file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="120"/>
        <source>Leave {event_id} and {activity_id} blank for new records: fieldlog fills them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="121"/>
        <source>{organizer} and {organizer_contact} are personal data: they stay on your laptop and go into no report unless you ask for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="211"/>
        <source>Country code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="211"/>
        <location filename="../../fieldlog/io/template.py" line="345"/>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="212"/>
        <source>Litter item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="282"/>
        <source>Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="287"/>
        <source>In {unit}. Write another unit in the brackets instead ({units}) and fieldlog converts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="291"/>
        <source>One of: {choices}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="294"/>
        <source>Personal data: it stays on the laptop and goes into no report unless asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="341"/>
        <source>Pick a {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="342"/>
        <source>{column} must be one of: {choices}. Pick one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="346"/>
        <source>Use the two-letter ISO code from the list (like KE). An English country name (like Kenya) also works: choose Yes to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="350"/>
        <source>Whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="351"/>
        <source>{column} must be a whole number, 0 or more (no units, no decimals).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="354"/>
        <source>Percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="355"/>
        <source>{column} must be a number from 0 to 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="358"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="359"/>
        <source>{column} must be a number, 0 or more. Write the unit in the header, not in the cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="363"/>
        <source>2026-05-30 or 2026-05-30 09:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="364"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="365"/>
        <source>{column} must be a date, like {example}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="368"/>
        <source>Latitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="369"/>
        <source>Latitude is in decimal degrees from -90 to 90 (south is negative), like -1.2833. Degrees-minutes-seconds text also works: choose Yes to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="374"/>
        <source>Longitude</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="375"/>
        <source>Longitude is in decimal degrees from -180 to 180 (west is negative), like 36.8167. Degrees-minutes-seconds text also works: choose Yes to keep it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="380"/>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="381"/>
        <source>Pick a unit from the list, or choose Yes to keep your own (like trees or nest boxes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="384"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="385"/>
        <source>Pick an item category from the list, or choose Yes to keep your own words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="391"/>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="392"/>
        <source>text; line breaks are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="393"/>
        <source>blank for a new record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="394"/>
        <source>whole number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="395"/>
        <source>number, 0 or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="396"/>
        <source>date, or text YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="397"/>
        <source>date (and time), or text YYYY-MM-DD hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="398"/>
        <source>ISO code (KE, FR, US, …) or English name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="399"/>
        <source>-90 to 90, decimal degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="400"/>
        <source>-180 to 180, decimal degrees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="401"/>
        <source>one of the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="407"/>
        <source>the id fieldlog gave the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="408"/>
        <source>the id fieldlog gave the activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="409"/>
        <location filename="../../fieldlog/io/template.py" line="410"/>
        <source>WGS84 decimal degrees (DMS accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="411"/>
        <source>the event&apos;s name; activity rows use it to name their event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="412"/>
        <source>the campaign the event is part of, like MAD Week 2026</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="413"/>
        <source>when the event ended; with Start it gives the volunteer hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="414"/>
        <source>the name of the place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="415"/>
        <source>town, park or area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="416"/>
        <source>the size of the whole site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="417"/>
        <source>the group that ran the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="418"/>
        <source>who ran the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="419"/>
        <source>phone number or e-mail of the organizer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="420"/>
        <source>how many volunteers took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="421"/>
        <source>anything else worth keeping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="422"/>
        <source>scientific name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="423"/>
        <source>how many plants were put in the ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="424"/>
        <source>whether the species is native at the site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="425"/>
        <source>what was planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="426"/>
        <source>the area planted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="427"/>
        <source>the area cleared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="428"/>
        <source>where the seed or seedlings came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="429"/>
        <source>your label for the seed lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="430"/>
        <source>the weight of seed collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="431"/>
        <source>how many seeds were collected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="432"/>
        <source>how many plants seed was taken from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="433"/>
        <source>how many plants the population has</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="434"/>
        <source>how many seedballs were made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="435"/>
        <source>the weight of seed used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="436"/>
        <source>how the plants were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="437"/>
        <source>the weight removed or picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="438"/>
        <source>how many bags were filled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="439"/>
        <source>how many stems were removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="440"/>
        <source>how much of the ground the species covered before removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="441"/>
        <source>the plants&apos; life stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="442"/>
        <source>what happened to the removed plants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="443"/>
        <source>where the pickup took place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="444"/>
        <source>the distance covered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="445"/>
        <source>what was done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="446"/>
        <source>how much was done, if it can be counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="447"/>
        <source>the unit of Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="448"/>
        <source>the kind of item picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="449"/>
        <source>how many of them were picked up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="457"/>
        <source>(personal data: goes into no report unless you ask)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="465"/>
        <source>a unit from the drop-down ({units}, …) or your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="468"/>
        <source>an item category from the drop-down, or your own words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="470"/>
        <source>number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="472"/>
        <source>an {event} name from the {events} sheet or from fieldlog (or fill in {event_id} instead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="476"/>
        <source>{kind}; header unit may be changed to {units}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="512"/>
        <source>fieldlog spreadsheet template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="514"/>
        <source>Fill in this workbook with your volunteer events and what was done at them, then import it into fieldlog (Import in the window, or: fieldlog import FILE.xlsx).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="519"/>
        <source>How to fill it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="525"/>
        <source>The sheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="530"/>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="530"/>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="531"/>
        <source>What it holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="531"/>
        <source>Allowed values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="532"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="535"/>
        <source>Columns of the {sheet} sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="128"/>
        <source>Planting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="129"/>
        <source>Seed collection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="130"/>
        <source>Seedball making</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="131"/>
        <source>Invasive removal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="132"/>
        <source>Litter pickup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="133"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="135"/>
        <source>Native</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="136"/>
        <source>Introduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="137"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="139"/>
        <source>Bare root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="140"/>
        <source>Container</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="141"/>
        <source>Plug</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="142"/>
        <source>Cutting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="143"/>
        <source>Direct seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="144"/>
        <source>Seedball</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="146"/>
        <source>Hand pull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="147"/>
        <source>Dig</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="148"/>
        <source>Cut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="149"/>
        <source>Mow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="150"/>
        <source>Girdle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="151"/>
        <source>Herbicide cut stump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="152"/>
        <source>Herbicide foliar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="153"/>
        <source>Smother</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="155"/>
        <source>Vegetative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="156"/>
        <source>Flowering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="157"/>
        <source>Seeding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="159"/>
        <source>Left on site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="160"/>
        <source>Composted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="161"/>
        <source>Bagged landfill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="162"/>
        <source>Burned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="164"/>
        <source>Beach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="165"/>
        <source>Shore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="166"/>
        <source>Underwater</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="167"/>
        <source>Trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="168"/>
        <source>Street</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="169"/>
        <source>Park</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="171"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="172"/>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="174"/>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="175"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
