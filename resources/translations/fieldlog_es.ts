<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="266"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="266"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="267"/>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="267"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="664"/>
        <source>Blank: the day the event starts</source>
        <translation>En blanco: el día en que empieza el evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="689"/>
        <source>No event chosen</source>
        <translation>No se eligió ningún evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="694"/>
        <source>{event} at {site}, {start}</source>
        <translation>{event} en {site}, {start}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="697"/>
        <source>{event}, {start}</source>
        <translation>{event}, {start}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="703"/>
        <source>Choose the event this activity belongs to first.</source>
        <translation>Primero elija el evento al que pertenece esta actividad.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="665"/>
        <source>Click a bar to filter the events list.</source>
        <translation>Haga clic en una barra para filtrar la lista de eventos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="695"/>
        <source>Click to show these events</source>
        <translation>Haga clic para mostrar estos eventos</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1010"/>
        <source>Pick one from the list</source>
        <translation>Elija una opción de la lista</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="120"/>
        <source>Changed by someone else</source>
        <translation>Otra persona hizo cambios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="123"/>
        <source>Overwrite with mine</source>
        <translation>Sobrescribir con los míos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="126"/>
        <source>Keep theirs</source>
        <translation>Conservar los suyos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="132"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>CoordinateField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="786"/>
        <source>{decimal} or {dms}</source>
        <translation>{decimal} o {dms}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="804"/>
        <source>Read as {value}</source>
        <translation>Se lee como {value}</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1130"/>
        <source>Country name or code, like Kenya or KE</source>
        <translation>Nombre o código del país, como Kenia o KE</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1136"/>
        <source>&apos;{text}&apos; is not a country fieldlog knows; type its name or its two-letter code, like KE</source>
        <translation>&apos;{text}&apos; no es un país que fieldlog conozca; escriba su nombre o su código de dos letras, como KE</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="78"/>
        <source>? events</source>
        <translation>? eventos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/backup_dialog.py" line="79"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="140"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="169"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="303"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="84"/>
        <source>? activities</source>
        <translation>? actividades</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/backup_dialog.py" line="85"/>
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="142"/>
        <location filename="../../fieldlog/ui/models.py" line="236"/>
        <source>%Ln plant(s)</source>
        <translation>
            <numerusform>%Ln planta</numerusform>
            <numerusform>%Ln plantas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="144"/>
        <source>%Ln removal(s)</source>
        <translation>
            <numerusform>%Ln remoción</numerusform>
            <numerusform>%Ln remociones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="146"/>
        <location filename="../../fieldlog/ui/models.py" line="250"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="162"/>
        <source>Sites (%Ln on the map, sized by events)</source>
        <translation>
            <numerusform>Sitios (%Ln en el mapa, con tamaño según los eventos)</numerusform>
            <numerusform>Sitios (%Ln en el mapa, con tamaño según los eventos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="170"/>
        <source>%Ln site(s) without coordinates ({events}) are counted but not on the map.</source>
        <translation>
            <numerusform>%Ln sitio sin coordenadas ({events}) se cuenta, pero no aparece en el mapa.</numerusform>
            <numerusform>%Ln sitios sin coordenadas ({events}) se cuentan, pero no aparecen en el mapa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="304"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="559"/>
        <source>%Ln planting(s) without a species: counted in the totals, not here.</source>
        <translation>
            <numerusform>%Ln plantación sin especie: se cuenta en los totales, no aquí.</numerusform>
            <numerusform>%Ln plantaciones sin especie: se cuentan en los totales, no aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="560"/>
        <source>%Ln removal(s) without a species: counted in the totals, not here.</source>
        <translation>
            <numerusform>%Ln remoción sin especie: se cuenta en los totales, no aquí.</numerusform>
            <numerusform>%Ln remociones sin especie: se cuentan en los totales, no aquí.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/formatting.py" line="77"/>
        <location filename="../../fieldlog/ui/models.py" line="241"/>
        <source>%Ln seed(s)</source>
        <translation>
            <numerusform>%Ln semilla</numerusform>
            <numerusform>%Ln semillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/formatting.py" line="78"/>
        <location filename="../../fieldlog/ui/models.py" line="228"/>
        <source>%Ln bag(s)</source>
        <translation>
            <numerusform>%Ln bolsa</numerusform>
            <numerusform>%Ln bolsas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/models.py" line="244"/>
        <source>%Ln seedball(s)</source>
        <translation>
            <numerusform>%Ln bomba de semillas</numerusform>
            <numerusform>%Ln bombas de semillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="217"/>
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="236"/>
        <source>%Ln file(s) were not attached:</source>
        <translation>
            <numerusform>%Ln archivo no se adjuntó:</numerusform>
            <numerusform>%Ln archivos no se adjuntaron:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="242"/>
        <source>%Ln photo(s) attached; the record is otherwise unchanged.</source>
        <translation>
            <numerusform>%Ln foto adjuntada; el registro no tiene otros cambios.</numerusform>
            <numerusform>%Ln fotos adjuntadas; el registro no tiene otros cambios.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="249"/>
        <source>The database is damaged</source>
        <translation>La base de datos está dañada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="254"/>
        <source>{name} is damaged</source>
        <translation>{name} está dañado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="260"/>
        <source>SQLite&apos;s check of the file found damage, so fieldlog has stopped using it. Nothing was deleted: the damaged file is kept beside it as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>La verificación de SQLite encontró daños en el archivo, así que fieldlog dejó de usarlo. No se borró nada: el archivo dañado se conserva junto a él como &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="267"/>
        <source>The newest good backup is from &lt;b&gt;{when}&lt;/b&gt; and holds {events} and {activities}. Restoring it brings back everything saved up to then; anything saved after it is only in the damaged file.</source>
        <translation>La copia de seguridad buena más reciente es de &lt;b&gt;{when}&lt;/b&gt; y contiene {events} y {activities}. Al restaurarla se recupera todo lo guardado hasta ese momento; lo que se guardó después solo está en el archivo dañado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="273"/>
        <source>No good backup of it was found in the &lt;i&gt;backups&lt;/i&gt; folder beside it, and fieldlog does not start a new, empty database in its place by itself. Keep the damaged file: someone who knows SQLite may rescue its records (sqlite3&apos;s &lt;i&gt;.recover&lt;/i&gt;). To start again with an empty database, move {name} to another folder and open fieldlog again.</source>
        <translation>No se encontró ninguna copia de seguridad buena en la carpeta &lt;i&gt;backups&lt;/i&gt; que está junto a él, y fieldlog no crea por su cuenta una base de datos nueva y vacía en su lugar. Conserve el archivo dañado: alguien que conozca SQLite podría rescatar sus registros (&lt;i&gt;.recover&lt;/i&gt; de sqlite3). Para empezar de nuevo con una base de datos vacía, mueva {name} a otra carpeta y vuelva a abrir fieldlog.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="279"/>
        <source>Folder: {folder}</source>
        <translation>Carpeta: {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="286"/>
        <source>What SQLite reported: {detail}</source>
        <translation>Lo que informó SQLite: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="312"/>
        <source>Restore the backup of {when} ({events})</source>
        <translation>Restaurar la copia de seguridad de {when} ({events})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="318"/>
        <source>Open another database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="322"/>
        <source>Quit fieldlog</source>
        <translation>Salir de fieldlog</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="912"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="1005"/>
        <source>Click a site on the map to see its events.</source>
        <translation>Haga clic en un sitio del mapa para ver sus eventos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="972"/>
        <source>{filter} · adding up…</source>
        <translation>{filter} · sumando…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="990"/>
        <source>The dashboard could not be read: {reason}</source>
        <translation>No se pudo leer el panel: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="1047"/>
        <source>&lt;b&gt;{site}&lt;/b&gt; ({country}): reading its events…</source>
        <translation>&lt;b&gt;{site}&lt;/b&gt; ({country}): leyendo sus eventos…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="1057"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="1059"/>
        <source>&lt;b&gt;{site}&lt;/b&gt; ({country}): {events}, the newest {listed} listed</source>
        <translation>&lt;b&gt;{site}&lt;/b&gt; ({country}): {events}; se muestran los {listed} más recientes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="1061"/>
        <source>&lt;b&gt;{site}&lt;/b&gt; ({country}): {events}</source>
        <translation>&lt;b&gt;{site}&lt;/b&gt; ({country}): {events}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="1066"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="1067"/>
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="839"/>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Elegir en un calendario (Alt+Flecha abajo)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="855"/>
        <source>Event day: {date}</source>
        <translation>Día del evento: {date}</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="919"/>
        <source>HH:MM</source>
        <translation>HH:MM</translation>
    </message>
</context>
<context>
    <name>EventForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="501"/>
        <source>Event name</source>
        <translation>Nombre del evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="502"/>
        <source>Like Karura planting day 2026</source>
        <translation>Por ejemplo: Jornada de plantación en Karura 2026</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="504"/>
        <source>Like MAD-Week 2026</source>
        <translation>Por ejemplo: MAD-Week 2026</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="509"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="509"/>
        <source>Local time at the site</source>
        <translation>Hora local del sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="510"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="511"/>
        <source>Local time at the site; needed to work out volunteer hours</source>
        <translation>Hora local del sitio; se necesita para calcular las horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="513"/>
        <source>People who took part</source>
        <translation>Personas que participaron</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="516"/>
        <source>Hours everyone worked together; left blank, participants x duration is used</source>
        <translation>Horas que trabajaron todos en conjunto; si se deja en blanco, se usa participantes x duración</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="523"/>
        <source>Email or phone</source>
        <translation>Correo electrónico o teléfono</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="524"/>
        <source>Personal: stays on this laptop, never in a report unless you ask</source>
        <translation>Dato personal: se queda en esta computadora, nunca va en un informe a menos que usted lo pida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="525"/>
        <source>Personal: stays on this laptop</source>
        <translation>Dato personal: se queda en esta computadora</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="573"/>
        <source>Typed in (empty the field to work it out from participants x duration)</source>
        <translation>Ingresado a mano (vacíe el campo para calcularlo a partir de participantes x duración)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/forms.py" line="584"/>
        <source>Worked out: %Ln participant(s) x {hours} h</source>
        <translation>
            <numerusform>Calculado: %Ln participante x {hours} h</numerusform>
            <numerusform>Calculado: %Ln participantes x {hours} h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="586"/>
        <source>Worked out from participants x duration once both are in</source>
        <translation>Se calcula a partir de participantes x duración cuando ambos estén completos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="597"/>
        <source>Site {id}…</source>
        <translation>Sitio {id}…</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="57"/>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="203"/>
        <source>Not counted at the event: participants × duration.</source>
        <translation>No se contaron en el evento: participantes × duración.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="72"/>
        <source>Export {export}</source>
        <translation>Exportar {export}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="79"/>
        <source>Events {filter}, as the window is filtered</source>
        <translation>Eventos {filter}, según el filtro de la ventana</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="80"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="83"/>
        <source>Covers:</source>
        <translation>Abarca:</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="85"/>
        <source>Leave blank to export everything</source>
        <translation>Deje en blanco para exportar todo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="86"/>
        <source>Include personal data (organizer names and contacts)</source>
        <translation>Incluir datos personales (nombres y contactos de organizadores)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="88"/>
        <source>For sharing: leave out personal data (organizer names and contacts) and
where photos were taken, the camera&apos;s owner and serial numbers</source>
        <translation>Para compartir: omite los datos personales (nombres y contactos de organizadores) y
dónde se tomaron las fotos, el propietario de la cámara y los números de serie</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="92"/>
        <source>Changes since (optional):</source>
        <translation>Cambios desde (opcional):</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="95"/>
        <source>Personal data stays on this laptop unless you tick this.</source>
        <translation>Los datos personales se quedan en esta computadora a menos que marque esta opción.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="100"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="106"/>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="106"/>
        <source>File:</source>
        <translation>Archivo:</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="112"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="132"/>
        <source>Export CSV files into</source>
        <translation>Exportar archivos CSV a</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="134"/>
        <source>Save {export}</source>
        <translation>Guardar {export}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="158"/>
        <source>Choose where to write it.</source>
        <translation>Elija dónde escribirlo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="163"/>
        <source>{path} is a file; choose a folder.</source>
        <translation>{path} es un archivo; elija una carpeta.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="166"/>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="169"/>
        <source>Only changes since: {problem}</source>
        <translation>Solo cambios desde: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="664"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="989"/>
        <source>Import a spreadsheet</source>
        <translation>Importar una hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="688"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Atrás</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="691"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Siguiente &gt;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="694"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="697"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="923"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="746"/>
        <source>C&amp;hoose another file…</source>
        <translation>&amp;Elegir otro archivo…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="752"/>
        <source>Automatic (UTF-8)</source>
        <translation>Automática (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="757"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificación</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="771"/>
        <source>Sheets</source>
        <translation>Hojas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="772"/>
        <source>Tick the sheets to import and choose the table each one fills. Sheets named after a table (Events, Planting, …) are chosen for you.</source>
        <translation>Marque las hojas que quiere importar y elija la tabla que llena cada una. Las hojas con el nombre de una tabla (Eventos, Plantación, …) se eligen automáticamente.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="784"/>
        <source>&amp;Load mapping…</source>
        <translation>Ca&amp;rgar asignación…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="786"/>
        <source>Sa&amp;ve mapping…</source>
        <translation>&amp;Guardar asignación…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="800"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1063"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="801"/>
        <source>Choose the field each column of the file goes to; columns left at “{ignore}” are not imported. Fields with * are required. fieldlog remembers these choices for files with the same headers.</source>
        <translation>Elija el campo al que va cada columna del archivo; las columnas que queden en “{ignore}” no se importan. Los campos con * son obligatorios. fieldlog recuerda estas opciones para los archivos con los mismos encabezados.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="825"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="832"/>
        <source>S&amp;top preview</source>
        <translation>&amp;Detener vista previa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="836"/>
        <source>Preview a&amp;gain</source>
        <translation>&amp;Volver a previsualizar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="885"/>
        <source>&amp;Skip invalid rows</source>
        <translation>&amp;Omitir filas no válidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="889"/>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="889"/>
        <source>What importing would do with every row. Nothing is written until you press Import.</source>
        <translation>Lo que haría la importación con cada fila. No se escribe nada hasta que presione Importar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="923"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="942"/>
        <source>Tick at least one sheet and choose its table.</source>
        <translation>Marque al menos una hoja y elija su tabla.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="948"/>
        <source>Fix the mapping of {sheets} first (the message under its columns says how).</source>
        <translation>Primero corrija la asignación de {sheets} (el mensaje debajo de sus columnas explica cómo).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="963"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1563"/>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="965"/>
        <source>Import is possible once the preview has read the whole file.</source>
        <translation>Se podrá importar cuando la vista previa haya leído todo el archivo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="968"/>
        <source>Import is possible after a complete preview.</source>
        <translation>Se podrá importar después de una vista previa completa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="972"/>
        <source>%Ln row(s) have errors: fix the file and preview again, or tick “Skip invalid rows” to import the others.</source>
        <translation>
            <numerusform>%Ln fila tiene errores: corrija el archivo y vuelva a previsualizar, o marque “Omitir filas no válidas” para importar las demás.</numerusform>
            <numerusform>%Ln filas tienen errores: corrija el archivo y vuelva a previsualizar, o marque “Omitir filas no válidas” para importar las demás.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="975"/>
        <source>Nothing to import: every row is already in fieldlog or left out.</source>
        <translation>Nada que importar: todas las filas ya están en fieldlog o se omitieron.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="978"/>
        <source>Ready: {new} new and {updated} updated, in one step after a backup; %Ln error row(s) left out.</source>
        <translation>
            <numerusform>Listo: {new} nuevos y {updated} actualizados, en un solo paso después de una copia de seguridad; se omite %Ln fila con errores.</numerusform>
            <numerusform>Listo: {new} nuevos y {updated} actualizados, en un solo paso después de una copia de seguridad; se omiten %Ln filas con errores.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="980"/>
        <source>Ready: {new} new and {updated} updated, in one step after a backup.</source>
        <translation>Listo: {new} nuevos y {updated} actualizados, en un solo paso después de una copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="988"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Hojas de cálculo ({patterns})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="988"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1246"/>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1005"/>
        <source>&amp;Skip invalid rows: import the others, and write the rows with errors to “{file}” for fixing</source>
        <translation>&amp;Omitir filas no válidas: importar las demás y escribir las filas con errores en “{file}” para corregirlas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1008"/>
        <source>Reading the file…</source>
        <translation>Leyendo el archivo…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1031"/>
        <source>Choose the file&apos;s encoding</source>
        <translation>Elija la codificación del archivo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1032"/>
        <source>Which encoding was the file saved in?</source>
        <translation>¿Con qué codificación se guardó el archivo?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1063"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1063"/>
        <source>Fills the table</source>
        <translation>Llena la tabla</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1070"/>
        <source>Table for sheet {sheet}</source>
        <translation>Tabla para la hoja {sheet}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1091"/>
        <source>%Ln sheet(s); {chosen} chosen. Next: check the columns.</source>
        <translation>
            <numerusform>%Ln hoja; {chosen} elegidas. Siguiente: revisar las columnas.</numerusform>
            <numerusform>%Ln hojas; {chosen} elegidas. Siguiente: revisar las columnas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1093"/>
        <source>No sheet is named after a table fieldlog knows, and no headers match one: choose the table of each sheet to import.</source>
        <translation>Ninguna hoja tiene el nombre de una tabla que fieldlog conozca y ningún encabezado coincide con una: elija la tabla de cada hoja que quiera importar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1103"/>
        <source>row {row} is empty</source>
        <translation>la fila {row} está vacía</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1105"/>
        <source>%Ln column(s); not imported</source>
        <translation>
            <numerusform>%Ln columna; no se importa</numerusform>
            <numerusform>%Ln columnas; no se importan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1108"/>
        <source>{matched} of %Ln column(s) recognised</source>
        <translation>
            <numerusform>{matched} de %Ln columna reconocida</numerusform>
            <numerusform>{matched} de %Ln columnas reconocidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1109"/>
        <source>{matched} of %Ln column(s) recognised: map them on the next page</source>
        <translation>
            <numerusform>{matched} de %Ln columna reconocida: asígnela en la página siguiente</numerusform>
            <numerusform>{matched} de %Ln columnas reconocidas: asígnelas en la página siguiente</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1194"/>
        <source>The date format is written with codes like %d.%m.%Y (day.month.year); leave it blank for dates the spreadsheet already knows.</source>
        <translation>El formato de fecha se escribe con códigos como %d.%m.%Y (día.mes.año); déjelo en blanco para las fechas que la hoja de cálculo ya reconoce.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1213"/>
        <source>Reading row {row} of {sheet}…</source>
        <translation>Leyendo la fila {row} de {sheet}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1246"/>
        <source>Column mappings ({patterns})</source>
        <translation>Asignaciones de columnas ({patterns})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1251"/>
        <source>Save the column mapping</source>
        <translation>Guardar la asignación de columnas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1260"/>
        <source>The mapping was not saved: {error} ({file}).</source>
        <translation>No se guardó la asignación: {error} ({file}).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1263"/>
        <source>Saved the mapping to {file}.</source>
        <translation>Se guardó la asignación en {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1267"/>
        <source>Load a column mapping</source>
        <translation>Cargar una asignación de columnas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1297"/>
        <source>Loaded {file} for {sheets}.</source>
        <translation>Se cargó {file} para {sheets}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1298"/>
        <source>Loaded {file}.</source>
        <translation>Se cargó {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1300"/>
        <source>This file has no sheet {sheets}.</source>
        <translation>Este archivo no tiene la hoja {sheets}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1323"/>
        <source>Reading {file}…</source>
        <translation>Leyendo {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1369"/>
        <source>Reading {file}… %Ln row(s) so far: {statuses}</source>
        <translation>
            <numerusform>Leyendo {file}… %Ln fila hasta ahora: {statuses}</numerusform>
            <numerusform>Leyendo {file}… %Ln filas hasta ahora: {statuses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1370"/>
        <source>Reading {file}… %Ln row(s) so far</source>
        <translation>
            <numerusform>Leyendo {file}… %Ln fila hasta ahora</numerusform>
            <numerusform>Leyendo {file}… %Ln filas hasta ahora</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1385"/>
        <source>{records} ({details})</source>
        <translation>{records} ({details})</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1392"/>
        <source>%Ln site(s)</source>
        <translation>
            <numerusform>%Ln sitio</numerusform>
            <numerusform>%Ln sitios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1394"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1396"/>
        <source>%Ln planting(s)</source>
        <translation>
            <numerusform>%Ln plantación</numerusform>
            <numerusform>%Ln plantaciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1398"/>
        <source>%Ln seed collection(s)</source>
        <translation>
            <numerusform>%Ln recolección de semillas</numerusform>
            <numerusform>%Ln recolecciones de semillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1400"/>
        <source>%Ln seedball batch(es)</source>
        <translation>
            <numerusform>%Ln tanda de bombas de semillas</numerusform>
            <numerusform>%Ln tandas de bombas de semillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1402"/>
        <source>%Ln invasive removal(s)</source>
        <translation>
            <numerusform>%Ln remoción de invasoras</numerusform>
            <numerusform>%Ln remociones de invasoras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1404"/>
        <source>%Ln litter pickup(s)</source>
        <translation>
            <numerusform>%Ln recolección de basura</numerusform>
            <numerusform>%Ln recolecciones de basura</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1406"/>
        <source>%Ln other activit(y/ies)</source>
        <translation>
            <numerusform>%Ln otra actividad</numerusform>
            <numerusform>%Ln otras actividades</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1412"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1414"/>
        <source>%Ln plant(s)</source>
        <translation>
            <numerusform>%Ln planta</numerusform>
            <numerusform>%Ln plantas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1416"/>
        <source>%Ln seedball(s)</source>
        <translation>
            <numerusform>%Ln bomba de semillas</numerusform>
            <numerusform>%Ln bombas de semillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1418"/>
        <source>%Ln seed(s)</source>
        <translation>
            <numerusform>%Ln semilla</numerusform>
            <numerusform>%Ln semillas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1420"/>
        <source>%Ln bag(s)</source>
        <translation>
            <numerusform>%Ln bolsa</numerusform>
            <numerusform>%Ln bolsas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1422"/>
        <source>%Ln stem(s)</source>
        <translation>
            <numerusform>%Ln tallo</numerusform>
            <numerusform>%Ln tallos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1424"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln artículo</numerusform>
            <numerusform>%Ln artículos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1443"/>
        <source>%Ln new</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln nuevo</numerusform>
            <numerusform>%Ln nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1445"/>
        <source>%Ln updated</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln actualizado</numerusform>
            <numerusform>%Ln actualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1447"/>
        <source>%Ln unchanged</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln sin cambios</numerusform>
            <numerusform>%Ln sin cambios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1449"/>
        <source>%Ln duplicate(s)</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln duplicado</numerusform>
            <numerusform>%Ln duplicados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1451"/>
        <source>%Ln error(s)</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln error</numerusform>
            <numerusform>%Ln errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1453"/>
        <source>%Ln skipped</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln omitido</numerusform>
            <numerusform>%Ln omitidos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1467"/>
        <source>{file}: {statuses}</source>
        <translation>{file}: {statuses}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1469"/>
        <source>{file}: no rows to import</source>
        <translation>{file}: ninguna fila para importar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1471"/>
        <source>Would add: {what}</source>
        <translation>Agregaría: {what}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1472"/>
        <source>Would add nothing new.</source>
        <translation>No agregaría nada nuevo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1476"/>
        <source>Sheets not imported: {sheets}</source>
        <translation>Hojas no importadas: {sheets}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1490"/>
        <source>Row {row} of sheet {sheet}:</source>
        <translation>Fila {row} de la hoja {sheet}:</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1506"/>
        <source>Preview stopped. Nothing was imported.</source>
        <translation>Vista previa detenida. No se importó nada.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1512"/>
        <source>The file cannot be imported as it is.</source>
        <translation>El archivo no se puede importar tal como está.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1518"/>
        <source>Reading {file} as {encoding}…</source>
        <translation>Leyendo {file} como {encoding}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1547"/>
        <source>The rows with errors could not be written to {file}: {error}</source>
        <translation>No se pudieron escribir las filas con errores en {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1575"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1575"/>
        <source>Nothing imported</source>
        <translation>No se importó nada</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1583"/>
        <source>{file}: %Ln record(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>{file}: %Ln registro agregado, {updated} actualizados, {unchanged} sin cambios.</numerusform>
            <numerusform>{file}: %Ln registros agregados, {updated} actualizados, {unchanged} sin cambios.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1589"/>
        <source>Added: {what}.</source>
        <translation>Agregado: {what}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1592"/>
        <source>%Ln row(s) were left out as probable duplicates of records already in fieldlog.</source>
        <translation>
            <numerusform>%Ln fila se omitió por ser un probable duplicado de registros que ya están en fieldlog.</numerusform>
            <numerusform>%Ln filas se omitieron por ser probables duplicados de registros que ya están en fieldlog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1596"/>
        <source>%Ln row(s) with errors were not imported. They are in {file} with the reason: fix them there and import that file.</source>
        <translation>
            <numerusform>%Ln fila con errores no se importó. Está en {file} con el motivo: corríjala allí e importe ese archivo.</numerusform>
            <numerusform>%Ln filas con errores no se importaron. Están en {file} con el motivo: corríjalas allí e importe ese archivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1599"/>
        <source>%Ln row(s) with errors were not imported.</source>
        <translation>
            <numerusform>%Ln fila con errores no se importó.</numerusform>
            <numerusform>%Ln filas con errores no se importaron.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1604"/>
        <source>The database was backed up before the import: {file}</source>
        <translation>Se hizo una copia de seguridad de la base de datos antes de la importación: {file}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1617"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importación cancelada. No se importó nada.</translation>
    </message>
</context>
<context>
    <name>InvasiveRemovalForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="814"/>
        <source>Area treated</source>
        <translation>Superficie tratada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="815"/>
        <source>Weight removed</source>
        <translation>Peso removido</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="816"/>
        <source>Wet weight</source>
        <translation>Peso húmedo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="817"/>
        <source>Bags filled</source>
        <translation>Bolsas llenadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="818"/>
        <source>Stems or plants</source>
        <translation>Tallos o plantas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="819"/>
        <source>Give at least one of area, weight, bags or stems</source>
        <translation>Indique al menos uno de estos datos: superficie, peso, bolsas o tallos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="820"/>
        <source>Cover (%)</source>
        <translation>Cobertura (%)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="821"/>
        <source>How much of the area the species covered</source>
        <translation>Qué parte de la superficie cubría la especie</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="822"/>
        <source>Life stage</source>
        <translation>Etapa de vida</translation>
    </message>
</context>
<context>
    <name>LitterPickupForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="843"/>
        <source>Bags filled</source>
        <translation>Bolsas llenadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="844"/>
        <source>Weight collected</source>
        <translation>Peso recolectado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="845"/>
        <source>Distance covered</source>
        <translation>Distancia recorrida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="846"/>
        <source>Give at least one of bags, weight or an item count</source>
        <translation>Indique al menos uno de estos datos: bolsas, peso o una cantidad de artículos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="847"/>
        <source>Items</source>
        <translation>Artículos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="357"/>
        <source>fieldlog — {database}</source>
        <translation>fieldlog — {database}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="367"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="411"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="413"/>
        <source>New &amp;site…</source>
        <translation>Nuevo &amp;sitio…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="419"/>
        <source>&amp;Edit event…</source>
        <translation>&amp;Editar evento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="420"/>
        <source>Edit &amp;site…</source>
        <translation>Editar s&amp;itio…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="422"/>
        <source>&amp;Delete event</source>
        <translation>E&amp;liminar evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="424"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="426"/>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de datos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="428"/>
        <source>Open a ser&amp;ver database…</source>
        <translation>Abrir una base de datos de ser&amp;vidor…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="430"/>
        <source>Back &amp;up now</source>
        <translation>&amp;Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="431"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar desde copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="435"/>
        <source>Load &amp;sample data</source>
        <translation>Cargar datos de &amp;ejemplo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="437"/>
        <source>&amp;Import spreadsheet or package…</source>
        <translation>&amp;Importar hoja de cálculo o paquete…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="439"/>
        <source>New spreadsheet &amp;template…</source>
        <translation>Nueva &amp;plantilla de hoja de cálculo…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="446"/>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="449"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="452"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="460"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="462"/>
        <source>New &amp;activity</source>
        <translation>Nueva &amp;actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="471"/>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="478"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="484"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="485"/>
        <location filename="../../fieldlog/ui/main_window.py" line="804"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="486"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="489"/>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="490"/>
        <source>&amp;About fieldlog</source>
        <translation>&amp;Acerca de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="495"/>
        <source>Scale down &amp;new photos</source>
        <translation>Reducir las fotos &amp;nuevas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="500"/>
        <source>Off: keep photos as taken</source>
        <translation>Desactivado: conservar las fotos tal como se tomaron</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="501"/>
        <source>To {pixels} pixels on the longest side</source>
        <translation>A {pixels} píxeles en el lado más largo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="513"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="517"/>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="532"/>
        <source>fieldlog will be in {language} the next time it starts.</source>
        <translation>fieldlog estará en {language} la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="535"/>
        <source>fieldlog will follow the system&apos;s language the next time it starts.</source>
        <translation>fieldlog usará el idioma del sistema la próxima vez que se inicie.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="553"/>
        <source>New event…</source>
        <translation>Nuevo evento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="557"/>
        <source>Load sample data</source>
        <translation>Cargar datos de ejemplo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="606"/>
        <source>Search events, sites, campaigns (Ctrl+F)</source>
        <translation>Buscar eventos, sitios, campañas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="614"/>
        <source>Any campaign</source>
        <translation>Cualquier campaña</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="615"/>
        <location filename="../../fieldlog/ui/main_window.py" line="626"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="616"/>
        <location filename="../../fieldlog/ui/main_window.py" line="626"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="623"/>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="625"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="627"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="656"/>
        <source>Show all events</source>
        <translation>Mostrar todos los eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="657"/>
        <source>Stop narrowing the events to this activity</source>
        <translation>Dejar de limitar los eventos a esta actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="668"/>
        <source>Showing only the events {activity}.</source>
        <translation>Se muestran solo los eventos {activity}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="728"/>
        <location filename="../../fieldlog/ui/main_window.py" line="945"/>
        <source>Choose an event to see what was done there.</source>
        <translation>Elija un evento para ver lo que se hizo allí.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="731"/>
        <source>Edit event…</source>
        <translation>Editar evento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="734"/>
        <source>Add activity</source>
        <translation>Agregar actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="737"/>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="751"/>
        <source>Edit activity…</source>
        <translation>Editar actividad…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="754"/>
        <source>Delete activity</source>
        <translation>Eliminar actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="767"/>
        <source>Choose an event to see its photos.</source>
        <translation>Elija un evento para ver sus fotos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="769"/>
        <source>Choose an activity in the list above to see its photos, or drop photo files on it to attach them.</source>
        <translation>Elija una actividad en la lista de arriba para ver sus fotos, o suelte archivos de fotos sobre ella para adjuntarlos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="803"/>
        <source>&amp;Events</source>
        <translation>&amp;Eventos</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="893"/>
        <source>%Ln event(s) match the filter</source>
        <translation>
            <numerusform>%Ln evento coincide con el filtro</numerusform>
            <numerusform>%Ln eventos coinciden con el filtro</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="893"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="895"/>
        <source>{events}; scroll for more ({loaded} loaded)</source>
        <translation>{events}; desplácese para ver más ({loaded} cargados)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="952"/>
        <source>{site}, {country}</source>
        <translation>{site}, {country}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="953"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="955"/>
        <source>{hours} h</source>
        <translation>{hours} h</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="956"/>
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln actividad</numerusform>
            <numerusform>%Ln actividades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="973"/>
        <source>Photos of the activity</source>
        <translation>Fotos de la actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="977"/>
        <source>Photos of the {activity}: {what}</source>
        <translation>Fotos de la {activity}: {what}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="978"/>
        <source>Photos of the {activity}</source>
        <translation>Fotos de la {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1031"/>
        <source>New site</source>
        <translation>Nuevo sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1040"/>
        <source>Edit site</source>
        <translation>Editar sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1051"/>
        <source>First, a site</source>
        <translation>Primero, un sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1052"/>
        <source>Events happen at a site. Describe the site first; the event editor opens after you save it.</source>
        <translation>Los eventos se realizan en un sitio. Primero describa el sitio; el editor del evento se abre después de guardarlo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1061"/>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1061"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1075"/>
        <source>Choose the event first: activities belong to an event.</source>
        <translation>Primero elija el evento: las actividades pertenecen a un evento.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1093"/>
        <source>Edit {activity}</source>
        <translation>Editar {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1093"/>
        <source>New {activity}</source>
        <translation>Nueva {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1103"/>
        <source>add {record}</source>
        <translation>agregar {record}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1106"/>
        <source>edit {record}</source>
        <translation>editar {record}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1113"/>
        <source>Saved the {record}.</source>
        <translation>Guardado: {record}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1119"/>
        <source>Kept the {record} as someone else saved it {when}; your changes were not saved.</source>
        <translation>Se conservó el registro ({record}) tal como otra persona lo guardó {when}; sus cambios no se guardaron.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1129"/>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="766"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1129"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1138"/>
        <source>Delete “{event}” and its %Ln activity(-ies)?

Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>¿Eliminar “{event}” y su %Ln actividad?

Editar &gt; Deshacer lo recupera.</numerusform>
            <numerusform>¿Eliminar “{event}” y sus %Ln actividades?

Editar &gt; Deshacer lo recupera.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1141"/>
        <source>Delete “{event}”?

Edit &gt; Undo brings it back.</source>
        <translation>¿Eliminar “{event}”?

Editar &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1142"/>
        <source>Delete event?</source>
        <translation>¿Eliminar el evento?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1144"/>
        <source>delete event “{event}”</source>
        <translation>eliminar el evento “{event}”</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1152"/>
        <source>Delete activity?</source>
        <translation>¿Eliminar la actividad?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1153"/>
        <source>Delete this {activity}?

Edit &gt; Undo brings it back.</source>
        <translation>¿Eliminar esta {activity}?

Editar &gt; Deshacer la recupera.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1156"/>
        <source>delete {activity}</source>
        <translation>eliminar {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1164"/>
        <source>Deleted. Edit &gt; Undo brings it back.</source>
        <translation>Eliminado. Editar &gt; Deshacer lo recupera.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1191"/>
        <source>since your edit</source>
        <translation>desde su edición</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1192"/>
        <source>Undo anyway: put back your version, replacing their changes.
Keep theirs: leave the {record} as they saved it (the undo history starts afresh).</source>
        <translation>Deshacer de todos modos: restaura su versión y reemplaza los cambios de la otra persona.
Conservar los suyos: deja el registro ({record}) tal como lo guardó la otra persona (el historial de deshacer empieza de nuevo).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1194"/>
        <source>Redo anyway: put back your version, replacing their changes.
Keep theirs: leave the {record} as they saved it (the undo history starts afresh).</source>
        <translation>Rehacer de todos modos: restaura su versión y reemplaza los cambios de la otra persona.
Conservar los suyos: deja el registro ({record}) tal como lo guardó la otra persona (el historial de deshacer empieza de nuevo).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1196"/>
        <source>Undo anyway</source>
        <translation>Deshacer de todos modos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1196"/>
        <source>Redo anyway</source>
        <translation>Rehacer de todos modos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1208"/>
        <source>Kept the {record} as someone else saved it; nothing was undone.</source>
        <translation>Se conservó el registro ({record}) tal como otra persona lo guardó; no se deshizo nada.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1209"/>
        <source>Kept the {record} as someone else saved it; nothing was redone.</source>
        <translation>Se conservó el registro ({record}) tal como otra persona lo guardó; no se rehízo nada.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1230"/>
        <source>Loaded %Ln sample record(s).</source>
        <translation>
            <numerusform>Se cargó %Ln registro de ejemplo.</numerusform>
            <numerusform>Se cargaron %Ln registros de ejemplo.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1233"/>
        <source>Loading sample data…</source>
        <translation>Cargando datos de ejemplo…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1242"/>
        <source>Open a fieldlog database</source>
        <translation>Abrir una base de datos de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1243"/>
        <source>fieldlog databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de fieldlog (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1249"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1277"/>
        <source>Opening {database}…</source>
        <translation>Abriendo {database}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1262"/>
        <source>Open a server database</source>
        <translation>Abrir una base de datos de servidor</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1263"/>
        <source>The database&apos;s URL, as your coordinator or server administrator gave it, for example
{example}

Keep the password out of it: fieldlog reads it from ~/.pgpass or PGPASSWORD, as every
PostgreSQL program does.</source>
        <translation>La URL de la base de datos, tal como se la dio su coordinador o el administrador del servidor, por ejemplo
{example}

No incluya la contraseña: fieldlog la lee de ~/.pgpass o PGPASSWORD, como cualquier
programa de PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1274"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1290"/>
        <source>Database not opened</source>
        <translation>No se abrió la base de datos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1288"/>
        <source>fieldlog is already open</source>
        <translation>fieldlog ya está abierto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1311"/>
        <source>Import a spreadsheet or an exchange package</source>
        <translation>Importar una hoja de cálculo o un paquete de intercambio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1312"/>
        <source>Spreadsheets and packages (*.xlsx *.xlsm *.csv *.tsv *.txt *.fieldlog);;All files (*)</source>
        <translation>Hojas de cálculo y paquetes (*.xlsx *.xlsm *.csv *.tsv *.txt *.fieldlog);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1322"/>
        <source>Finish or close the import that is open first.</source>
        <translation>Primero termine o cierre la importación que está abierta.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1339"/>
        <source>Imported: {added} added, {updated} updated.</source>
        <translation>Importado: {added} agregados, {updated} actualizados.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1344"/>
        <source>Merged: {summary}</source>
        <translation>Combinado: {summary}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1401"/>
        <source>Choose an activity first, then drop its photos on its strip.</source>
        <translation>Primero elija una actividad y luego suelte sus fotos en su franja.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1410"/>
        <source>Attach photos to the event</source>
        <translation>Adjuntar fotos al evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1411"/>
        <source>Attach photos to the activity</source>
        <translation>Adjuntar fotos a la actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1427"/>
        <source>Photos are being attached: wait until that is done.</source>
        <translation>Se están adjuntando fotos: espere a que termine.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1443"/>
        <source>Attaching %Ln photo(s)…</source>
        <translation>
            <numerusform>Adjuntando %Ln foto…</numerusform>
            <numerusform>Adjuntando %Ln fotos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1462"/>
        <source>Some files were not attached</source>
        <translation>Algunos archivos no se adjuntaron</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1463"/>
        <source>Nothing attached</source>
        <translation>No se adjuntó nada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1468"/>
        <source>Use the photo&apos;s date and place?</source>
        <translation>¿Usar la fecha y el lugar de la foto?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1482"/>
        <source>fill {activity} from photo</source>
        <translation>completar {activity} con la foto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1484"/>
        <source>The {activity} now has the photo&apos;s date and position.</source>
        <translation>La {activity} ahora tiene la fecha y la posición de la foto.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1512"/>
        <source>Save the spreadsheet template</source>
        <translation>Guardar la plantilla de hoja de cálculo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1513"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Libros de Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1518"/>
        <source>Writing the template to {file}…</source>
        <translation>Escribiendo la plantilla en {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1522"/>
        <source>The template was not saved.</source>
        <translation>No se guardó la plantilla.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1523"/>
        <source>Template not saved</source>
        <translation>Plantilla no guardada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1524"/>
        <source>The template could not be written to {file}: {reason}</source>
        <translation>No se pudo escribir la plantilla en {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1526"/>
        <source>Saved the template to {file}.</source>
        <translation>Se guardó la plantilla en {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1546"/>
        <source>Writing {export} to {file}…</source>
        <translation>Escribiendo {export} en {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1549"/>
        <source>Wrote {export} to {file} (%Ln record(s)).</source>
        <translation>
            <numerusform>Se escribió {export} en {file} (%Ln registro).</numerusform>
            <numerusform>Se escribió {export} en {file} (%Ln registros).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1555"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportación cancelada: no se escribió ningún archivo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1557"/>
        <source>{export} was not written.</source>
        <translation>No se escribió {export}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1559"/>
        <source>Export not written</source>
        <translation>Exportación no escrita</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1561"/>
        <source>Writing {export}…</source>
        <translation>Escribiendo {export}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1573"/>
        <source>The backup was not made.</source>
        <translation>No se hizo la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1574"/>
        <source>Backup not made</source>
        <translation>Copia de seguridad no realizada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1575"/>
        <source>{reason}

The database itself was not changed.</source>
        <translation>{reason}

La base de datos en sí no se modificó.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1578"/>
        <source>Backed up to {backup}.</source>
        <translation>Copia de seguridad guardada en {backup}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1580"/>
        <source>Backing up…</source>
        <translation>Haciendo la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1591"/>
        <source>Backed up automatically to {file}.</source>
        <translation>Copia de seguridad automática guardada en {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1596"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>Falló la copia de seguridad automática: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1625"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1732"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1736"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1821"/>
        <source>Backup not restored</source>
        <translation>Copia de seguridad no restaurada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1632"/>
        <source>Restore the backup of {backup}?

The database is replaced by it: anything saved after that backup is taken out.

The current database is backed up first (as “Before a restore”), so File &gt; Restore from backup… can bring it back.</source>
        <translation>¿Restaurar la copia de seguridad de {backup}?

La base de datos se reemplaza por ella: todo lo que se guardó después de esa copia se pierde.

Antes se hace una copia de seguridad de la base de datos actual (como “Antes de una restauración”), así que Archivo &gt; Restaurar desde copia de seguridad… puede recuperarla.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1635"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia de seguridad?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1651"/>
        <source>Restore later</source>
        <translation>Restaurar más tarde</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1652"/>
        <source>Finish or close the editor or import that is open, then restore the backup.</source>
        <translation>Termine o cierre el editor o la importación que está abierta y luego restaure la copia de seguridad.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1654"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1824"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1700"/>
        <source>%Ln photo(s) copied back into the photo store from the photo backup.</source>
        <translation>
            <numerusform>Se copió de nuevo %Ln foto al almacén de fotos desde la copia de seguridad de fotos.</numerusform>
            <numerusform>Se copiaron de nuevo %Ln fotos al almacén de fotos desde la copia de seguridad de fotos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1704"/>
        <source>%Ln photo(s) of the restored records cannot be found: {files}</source>
        <translation>
            <numerusform>%Ln foto de los registros restaurados no se encuentra: {files}</numerusform>
            <numerusform>%Ln fotos de los registros restaurados no se encuentran: {files}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1723"/>
        <source>Restored {backup}.</source>
        <translation>Se restauró {backup}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1725"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1733"/>
        <source>{reason}

This window closes.</source>
        <translation>{reason}

Esta ventana se cierra.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1737"/>
        <source>{reason}

The database is open as it was.</source>
        <translation>{reason}

La base de datos está abierta como estaba.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1748"/>
        <source>The database could not be checked</source>
        <translation>No se pudo verificar la base de datos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1750"/>
        <source>The database is damaged: keeping the damaged file aside…</source>
        <translation>La base de datos está dañada: apartando el archivo dañado…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1770"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1786"/>
        <source>The database file is damaged</source>
        <translation>El archivo de la base de datos está dañado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1771"/>
        <source>{reason}

Records that cannot be read may be missing. File &gt; Restore from backup… replaces the database with a backup (the damaged file is kept), or close fieldlog and open it again to have the damaged file set aside and its newest backup offered.</source>
        <translation>{reason}

Puede que falten los registros que no se pueden leer. Archivo &gt; Restaurar desde copia de seguridad… reemplaza la base de datos por una copia de seguridad (el archivo dañado se conserva); o cierre fieldlog y vuelva a abrirlo para que se aparte el archivo dañado y se ofrezca su copia de seguridad más reciente.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1777"/>
        <source>fieldlog — {database} (damaged, set aside)</source>
        <translation>fieldlog — {database} (dañada, apartada)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1787"/>
        <source>{reason}

This window closes; open fieldlog again to have the damaged file set aside.</source>
        <translation>{reason}

Esta ventana se cierra; vuelva a abrir fieldlog para que se aparte el archivo dañado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1802"/>
        <source>Quit fieldlog</source>
        <translation>Salir de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1802"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1842"/>
        <source>Database on a network share or removable disk</source>
        <translation>Base de datos en una carpeta de red o un disco extraíble</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1846"/>
        <source>The last import did not finish</source>
        <translation>La última importación no terminó</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1851"/>
        <source>The database file looks damaged: checking it…</source>
        <translation>El archivo de la base de datos parece dañado: verificándolo…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1870"/>
        <source>About fieldlog</source>
        <translation>Acerca de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1871"/>
        <source>&lt;b&gt;fieldlog {version}&lt;/b&gt;&lt;p&gt;Log volunteer ecological-restoration events offline and report the Society for Ecological Restoration&apos;s totals.&lt;/p&gt;</source>
        <translation>&lt;b&gt;fieldlog {version}&lt;/b&gt;&lt;p&gt;Registre sin conexión los eventos de voluntariado de restauración ecológica e informe los totales de la Society for Ecological Restoration (SER).&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="769"/>
        <source>activity</source>
        <translation>actividad</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="712"/>
        <source>Drag to pan · wheel to zoom · double-click to fit · click a site for its events</source>
        <translation>Arrastre para desplazar · rueda para hacer zoom · doble clic para ajustar · clic en un sitio para ver sus eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="807"/>
        <source>{site} ({country}): {events}, {participants}</source>
        <translation>{site} ({country}): {events}, {participants}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="808"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln evento</numerusform>
            <numerusform>%Ln eventos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="809"/>
        <source>%Ln participant(s)</source>
        <translation>
            <numerusform>%Ln participante</numerusform>
            <numerusform>%Ln participantes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingEditor</name>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="330"/>
        <source>The row of the sheet that holds the column headers (rows above it are skipped)</source>
        <translation>La fila de la hoja que contiene los encabezados de las columnas (las filas de arriba se omiten)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="337"/>
        <source>automatic</source>
        <translation>automático</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="338"/>
        <source>Only for dates written as text in an unusual order, e.g. %d.%m.%Y for 31.05.2026 or %m/%d/%Y for 05/31/2026; several, separated by ;, are tried in order. Leave blank otherwise.</source>
        <translation>Solo para fechas escritas como texto en un orden poco común, por ejemplo %d.%m.%Y para 31.05.2026 o %m/%d/%Y para 05/31/2026; si hay varios, separados por ;, se prueban en orden. En otro caso, déjelo en blanco.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="343"/>
        <source>Decimal co&amp;mma</source>
        <translation>Coma deci&amp;mal</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="345"/>
        <source>The sheet writes numbers with a decimal comma (2,5 for two and a half) and no thousands separators, as a CSV file saved where that is the custom does</source>
        <translation>La hoja escribe los números con coma decimal (2,5 por dos y medio) y sin separadores de miles, como un archivo CSV guardado donde esa es la costumbre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="350"/>
        <source>Header &amp;row</source>
        <translation>&amp;Fila de encabezados</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="352"/>
        <source>&amp;Date format</source>
        <translation>Formato de fe&amp;cha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="371"/>
        <source>&amp;Add constant</source>
        <translation>&amp;Agregar constante</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="373"/>
        <source>A value for a field that every row of this sheet shares (e.g. the country); {Header} takes the value of that column in the row</source>
        <translation>Un valor para un campo que comparten todas las filas de esta hoja (por ejemplo, el país); {Header} toma el valor de esa columna en la fila</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="377"/>
        <source>&lt;b&gt;Constants&lt;/b&gt; (the same value on every row; {Header} takes that column&apos;s value)</source>
        <translation>&lt;b&gt;Constantes&lt;/b&gt; (el mismo valor en todas las filas; {Header} toma el valor de esa columna)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>Column in the file</source>
        <translation>Columna del archivo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>First value</source>
        <translation>Primer valor</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>Goes to field</source>
        <translation>Va al campo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="438"/>
        <source>Column {number}: {header}</source>
        <translation>Columna {number}: {header}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="444"/>
        <source>Field for column {header}</source>
        <translation>Campo para la columna {header}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="448"/>
        <source>Unit of column {header}</source>
        <translation>Unidad de la columna {header}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="461"/>
        <source>Row {row} of this sheet is empty: set the header row to the row with the column names.</source>
        <translation>La fila {row} de esta hoja está vacía: indique como fila de encabezados la que tiene los nombres de las columnas.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="518"/>
        <source>— choose a field —</source>
        <translation>— elija un campo —</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="523"/>
        <source>value, e.g. KE or {Year}-01-01</source>
        <translation>valor, por ejemplo KE o {Year}-01-01</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="525"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="526"/>
        <source>Remove this constant</source>
        <translation>Quitar esta constante</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="41"/>
        <source>Merge {file}</source>
        <translation>Combinar {file}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="42"/>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="79"/>
        <source>Checking {file}…</source>
        <translation>Revisando {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="51"/>
        <source>Conflicts (the newer edit wins; the other is kept in the merge log):</source>
        <translation>Conflictos (gana la edición más reciente; la otra se guarda en el registro de combinación):</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="57"/>
        <source>&amp;Merge</source>
        <translation>&amp;Combinar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="61"/>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="120"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="86"/>
        <source>What merging {file} would do (nothing is written yet):</source>
        <translation>Lo que haría la combinación de {file} (todavía no se escribe nada):</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="106"/>
        <source>Merging {file}…</source>
        <translation>Combinando {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="118"/>
        <source>Merged {file}.</source>
        <translation>Se combinó {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="126"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: no se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="129"/>
        <source>{file} was not merged.</source>
        <translation>No se combinó {file}.</translation>
    </message>
</context>
<context>
    <name>OtherActivityForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="874"/>
        <source>What was done</source>
        <translation>Qué se hizo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="875"/>
        <source>Like Trail maintenance</source>
        <translation>Por ejemplo: Mantenimiento de senderos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="878"/>
        <source>Like m, boxes, surveys</source>
        <translation>Por ejemplo: m, cajas, encuestas</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="349"/>
        <source>Photos of the {record}</source>
        <translation>Fotos: {record}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="359"/>
        <source>Add photos…</source>
        <translation>Agregar fotos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="361"/>
        <source>Attach photos to the {record} (or drop photo files here)</source>
        <translation>Adjuntar fotos a este registro ({record}) (o suelte aquí archivos de fotos)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="431"/>
        <source>Loading photos…</source>
        <translation>Cargando fotos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="463"/>
        <source>The photos could not be read: {reason}</source>
        <translation>No se pudieron leer las fotos: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="469"/>
        <source>No photos of this {record} yet. Drop photo files here, or click Add photos…</source>
        <translation>Este registro ({record}) todavía no tiene fotos. Suelte aquí archivos de fotos o haga clic en Agregar fotos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="513"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="513"/>
        <source>unreadable</source>
        <translation>ilegible</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="564"/>
        <source>%Ln photo(s)</source>
        <translation>
            <numerusform>%Ln foto</numerusform>
            <numerusform>%Ln fotos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PhotoViewer</name>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="665"/>
        <source>record</source>
        <translation>registro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="666"/>
        <source>Photos of the {record}</source>
        <translation>Fotos: {record}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="683"/>
        <source>◀  Previous</source>
        <translation>◀  Anterior</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="685"/>
        <source>Left arrow</source>
        <translation>Flecha izquierda</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="687"/>
        <source>Next  ▶</source>
        <translation>Siguiente  ▶</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="689"/>
        <source>Right arrow</source>
        <translation>Flecha derecha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="696"/>
        <source>&amp;Shows</source>
        <translation>&amp;Muestra</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="700"/>
        <source>What the photo shows (Enter saves)</source>
        <translation>Lo que muestra la foto (Enter guarda)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="703"/>
        <source>&amp;Caption</source>
        <translation>&amp;Leyenda</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="705"/>
        <source>Remove…</source>
        <translation>Quitar…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="707"/>
        <source>Take this photo off the {record}</source>
        <translation>Quitar esta foto del registro ({record})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="709"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="759"/>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="769"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="806"/>
        <source>Photo not changed</source>
        <translation>Foto sin cambios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="837"/>
        <source>Take {photo} off the {record}?

The picture itself stays in the photo store and its backups.</source>
        <translation>¿Quitar {photo} del registro ({record})?

La imagen en sí se queda en el almacén de fotos y en sus copias de seguridad.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="838"/>
        <source>this photo</source>
        <translation>esta foto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="840"/>
        <source>Remove photo?</source>
        <translation>¿Quitar la foto?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="856"/>
        <source>Photo not removed</source>
        <translation>Foto no quitada</translation>
    </message>
</context>
<context>
    <name>PlantingForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="755"/>
        <source>Plants planted</source>
        <translation>Plantas plantadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="757"/>
        <source>Is the species native where it was planted?</source>
        <translation>¿La especie es nativa donde se plantó?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="759"/>
        <source>Area planted</source>
        <translation>Superficie plantada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="761"/>
        <source>Nursery, seed lot or provenance</source>
        <translation>Vivero, lote de semillas o procedencia</translation>
    </message>
</context>
<context>
    <name>QuantityField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="730"/>
        <source>The unit of the number you typed; it is converted exactly when saved</source>
        <translation>La unidad del número que escribió; se convierte con exactitud al guardar</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="167"/>
        <source>Save and &amp;next</source>
        <translation>Guardar y &amp;siguiente</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="169"/>
        <source>Enter: save, then start the next one with the same event and date</source>
        <translation>Enter: guardar y empezar el siguiente con el mismo evento y la misma fecha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="172"/>
        <source>Ctrl+S: save and close</source>
        <translation>Ctrl+S: guardar y cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="173"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="197"/>
        <source>Not saved: fix what is marked in red first.</source>
        <translation>No se guardó: primero corrija lo que está marcado en rojo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="205"/>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="216"/>
        <source>Saved, with warnings: {warnings}</source>
        <translation>Guardado, con advertencias: {warnings}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="217"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="230"/>
        <source>Not saved: {problems}</source>
        <translation>No se guardó: {problems}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="234"/>
        <source>Not saved. {reason}</source>
        <translation>No se guardó. {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="235"/>
        <source>Not saved</source>
        <translation>No guardado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="236"/>
        <source>{reason}

What you typed is still here.</source>
        <translation>{reason}

Lo que escribió sigue aquí.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="240"/>
        <location filename="../../fieldlog/ui/dialogs.py" line="263"/>
        <source>since you opened it</source>
        <translation>desde que lo abrió</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="241"/>
        <source>Not saved yet. {conflict}</source>
        <translation>Todavía no se guardó. {conflict}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="243"/>
        <source>Overwrite with mine: save what you typed here, replacing their changes.
Keep theirs: close this editor without saving; the {record} stays as they saved it.
Cancel: go back to what you typed, nothing saved yet.</source>
        <translation>Sobrescribir con los míos: guarda lo que escribió aquí y reemplaza los cambios de la otra persona.
Conservar los suyos: cierra este editor sin guardar; el registro ({record}) queda como lo guardó la otra persona.
Cancelar: vuelve a lo que escribió, todavía sin guardar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="264"/>
        <source>Not saved: {conflict} Save again to choose what to keep.</source>
        <translation>No se guardó: {conflict} Guarde de nuevo para elegir qué conservar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="278"/>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="278"/>
        <source>What you typed here is not saved. Close and discard it?</source>
        <translation>Lo que escribió aquí no está guardado. ¿Cerrar y descartarlo?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="141"/>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="253"/>
        <source>Some fields need attention (marked in red).</source>
        <translation>Algunos campos necesitan atención (marcados en rojo).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="374"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="387"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="403"/>
        <source>WGS84 degrees: -1.2367, or 1°14&apos;12&quot;S; south is negative</source>
        <translation>Grados WGS84: -1.2367, o 1°14&apos;12&quot;S; el sur es negativo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="405"/>
        <source>WGS84 degrees: 36.835, or 36°50&apos;06&quot;E; west is negative</source>
        <translation>Grados WGS84: 36.835, o 36°50&apos;06&quot;E; el oeste es negativo</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="126"/>
        <source>Made</source>
        <translation>Creada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="126"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="127"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="127"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="128"/>
        <source>Size</source>
        <translation>Tamaño</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="135"/>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia de seguridad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="136"/>
        <source>Backups of &lt;b&gt;{name}&lt;/b&gt;, newest first. Restoring one replaces the database with it; the database as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Copias de seguridad de &lt;b&gt;{name}&lt;/b&gt;, de la más reciente a la más antigua. Al restaurar una, la base de datos se reemplaza por ella; antes se hace una copia de seguridad de la base de datos actual, así que una restauración también se puede deshacer.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="140"/>
        <source>Reading the backups…</source>
        <translation>Leyendo las copias de seguridad…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="163"/>
        <source>Backups are kept in {folder}</source>
        <translation>Las copias de seguridad se guardan en {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="169"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="172"/>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="196"/>
        <source>There are no backups of this database yet. File &gt; Back up now makes one; fieldlog also makes one every 30 minutes after a change, and when it closes.</source>
        <translation>Todavía no hay copias de seguridad de esta base de datos. Archivo &gt; Hacer copia de seguridad ahora crea una; fieldlog también crea una cada 30 minutos después de un cambio, y al cerrarse.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="219"/>
        <source>The backups could not be read: {reason}</source>
        <translation>No se pudieron leer las copias de seguridad: {reason}</translation>
    </message>
</context>
<context>
    <name>SeedCollectionForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="776"/>
        <source>Seed lot id</source>
        <translation>Id del lote de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="776"/>
        <source>Like KE-2026-000123</source>
        <translation>Por ejemplo: KE-2026-000123</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="779"/>
        <source>Give the seed mass, the seed count, or both</source>
        <translation>Indique la masa de las semillas, la cantidad de semillas o ambas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="781"/>
        <source>At least 50 keeps the lot&apos;s diversity</source>
        <translation>Al menos 50 mantienen la diversidad del lote</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="783"/>
        <source>Plants in the population, roughly</source>
        <translation>Plantas en la población, aproximadamente</translation>
    </message>
</context>
<context>
    <name>SeedballMakingForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="796"/>
        <source>Seedballs made</source>
        <translation>Bombas de semillas hechas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="797"/>
        <source>Seed used</source>
        <translation>Semillas usadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="798"/>
        <source>Species in the mix</source>
        <translation>Especies en la mezcla</translation>
    </message>
</context>
<context>
    <name>SiteChoiceField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="472"/>
        <source>Type part of a site&apos;s name</source>
        <translation>Escriba parte del nombre de un sitio</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/forms.py" line="482"/>
        <source>%Ln site(s) match &apos;{text}&apos;; pick one from the list</source>
        <translation>
            <numerusform>%Ln sitio coincide con &apos;{text}&apos;; elija uno de la lista</numerusform>
            <numerusform>%Ln sitios coinciden con &apos;{text}&apos;; elija uno de la lista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="484"/>
        <source>Pick a site from the list; a new site is added in the site editor first</source>
        <translation>Elija un sitio de la lista; los sitios nuevos se agregan primero en el editor de sitios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="488"/>
        <source>Site {id}</source>
        <translation>Sitio {id}</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="430"/>
        <source>Site name</source>
        <translation>Nombre del sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="431"/>
        <source>Like Karura Forest, east gate</source>
        <translation>Por ejemplo: Bosque Karura, entrada este</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="434"/>
        <source>Town, district or park</source>
        <translation>Pueblo, distrito o parque</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="438"/>
        <source>The whole site; converted to m² when saved</source>
        <translation>Todo el sitio; se convierte a m² al guardar</translation>
    </message>
</context>
<context>
    <name>SpeciesField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1184"/>
        <source>Scientific or common names, separated by ;</source>
        <translation>Nombres científicos o comunes, separados por ;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1185"/>
        <source>Scientific or common name, like Quercus robur or oak</source>
        <translation>Nombre científico o común, como Quercus robur o roble</translation>
    </message>
</context>
<context>
    <name>TallyField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1257"/>
        <source>Add another item…</source>
        <translation>Agregar otro artículo…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1370"/>
        <source>Row {number}</source>
        <translation>Fila {number}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1371"/>
        <source>{item}: {problem}</source>
        <translation>{item}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1374"/>
        <source>Row {number}: name the item</source>
        <translation>Fila {number}: indique el nombre del artículo</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/fields.py" line="1377"/>
        <source>Total: %Ln item(s)</source>
        <translation>
            <numerusform>Total: %Ln artículo</numerusform>
            <numerusform>Total: %Ln artículos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../fieldlog/ui/tasks.py" line="160"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="40"/>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad ahora</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="41"/>
        <source>Automatic (every 30 minutes)</source>
        <translation>Automática (cada 30 minutos)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="42"/>
        <source>When fieldlog closed</source>
        <translation>Al cerrar fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="43"/>
        <source>Before an import</source>
        <translation>Antes de una importación</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="44"/>
        <source>Before a restore</source>
        <translation>Antes de una restauración</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="53"/>
        <source>Before merging {name}</source>
        <translation>Antes de combinar {name}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="56"/>
        <source>Before an upgrade of fieldlog</source>
        <translation>Antes de una actualización de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="65"/>
        <source>Today {time}</source>
        <translation>Hoy a las {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="67"/>
        <source>Yesterday {time}</source>
        <translation>Ayer a las {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="95"/>
        <source>Restored the backup of {when}: the database now holds {events} and {activities}.</source>
        <translation>Se restauró la copia de seguridad de {when}: la base de datos ahora contiene {events} y {activities}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="100"/>
        <source>The database as it was before is kept as the backup {name}; File &gt; Restore from backup… brings it back.</source>
        <translation>La base de datos tal como estaba antes se conserva como la copia de seguridad {name}; Archivo &gt; Restaurar desde copia de seguridad… la recupera.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="104"/>
        <source>The damaged file that was there is kept as {path}.</source>
        <translation>El archivo dañado que estaba allí se conserva como {path}.</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="147"/>
        <source>must be a real number, not infinity or NaN</source>
        <translation>debe ser un número real, no infinito ni NaN</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="150"/>
        <source>must be more than 0 (it is {value})</source>
        <translation>debe ser mayor que 0 (es {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="153"/>
        <source>cannot be negative (it is {value})</source>
        <translation>no puede ser un valor negativo (es {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="156"/>
        <source>cannot be more than {at_most} (it is {value})</source>
        <translation>no puede ser mayor que {at_most} (es {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="164"/>
        <source>must be a whole number (it is {value})</source>
        <translation>debe ser un número entero (es {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="179"/>
        <source>is needed when the other coordinate is given</source>
        <translation>se necesita cuando se indica la otra coordenada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="183"/>
        <source>must be between -{limit} and {limit} degrees (it is {value})</source>
        <translation>debe estar entre -{limit} y {limit} grados (es {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="190"/>
        <source>0, 0 is in the Atlantic Ocean; the coordinates were probably not filled in</source>
        <translation>0, 0 está en el océano Atlántico; probablemente no se completaron las coordenadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="196"/>
        <source>{latitude}, {longitude} is not inside {country}; check the coordinates (latitude first) and the country</source>
        <translation>el punto (latitud {latitude}, longitud {longitude}) no está dentro del país {country}; revise las coordenadas (primero la latitud) y el país</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="206"/>
        <location filename="../../fieldlog/domain/checks.py" line="208"/>
        <location filename="../../fieldlog/domain/checks.py" line="228"/>
        <location filename="../../fieldlog/domain/checks.py" line="261"/>
        <location filename="../../fieldlog/domain/checks.py" line="378"/>
        <source>is required</source>
        <translation>es un dato obligatorio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="211"/>
        <source>&apos;{given}&apos; is not an ISO 3166 country code (like KE or FR)</source>
        <translation>&apos;{given}&apos; no es un código de país ISO 3166 (como KE o FR)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="234"/>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>el evento termina ({end}) antes de empezar ({start})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="238"/>
        <source>the event lasts {hours} hours; volunteer hours derived from it count every hour, so enter the hours actually worked</source>
        <translation>el evento dura {hours} horas; las horas de voluntariado calculadas a partir de él cuentan todas esas horas, así que escriba las horas realmente trabajadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="245"/>
        <source>{volunteer_hours} hours is more than {participants} participants x {hours} hours</source>
        <translation>{volunteer_hours} horas son más que {participants} participantes x {hours} horas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="251"/>
        <source>{start} is outside {campaign} ({first} to {last})</source>
        <translation>{start} está fuera de {campaign} ({first} a {last})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="267"/>
        <source>&apos;{name}&apos; is not on the species checklist; check the spelling</source>
        <translation>&apos;{name}&apos; no está en la lista de especies; revise cómo está escrito</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="280"/>
        <source>{date} is in the future; record results once they happened</source>
        <translation>{date} es una fecha futura; registre los resultados cuando ya hayan ocurrido</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="288"/>
        <source>{date} is not within the event ({first} to {last})</source>
        <translation>{date} no está dentro de las fechas del evento ({first} a {last})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="307"/>
        <source>is required: say what was done</source>
        <translation>es un dato obligatorio: indique qué se hizo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="319"/>
        <source>{species} is listed as introduced in {country}</source>
        <translation>{species} figura como especie introducida en {country}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="323"/>
        <source>the planted area ({area} m²) is larger than the site ({site_area} m²)</source>
        <translation>la superficie plantada ({area} m²) es mayor que la del sitio ({site_area} m²)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="329"/>
        <source>{plants} plants on {area} m² is more than {most} per hectare; check the area&apos;s unit</source>
        <translation>{plants} plantas en {area} m² son más de {most} por hectárea; revise la unidad de la superficie</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="338"/>
        <source>give the seed mass or the seed count</source>
        <translation>indique la masa de semillas o el número de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="346"/>
        <source>{sampled} plants sampled is more than the {population} in the population</source>
        <translation>{sampled} plantas muestreadas son más que las {population} de la población</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="351"/>
        <source>only {sampled} plants sampled; a seed lot should come from at least {least} plants to keep its genetic diversity</source>
        <translation>solo {sampled} plantas muestreadas; un lote de semillas debería provenir de al menos {least} plantas para mantener su diversidad genética</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="366"/>
        <source>give at least one of area, weight, bags or stems removed</source>
        <translation>indique al menos uno de estos datos: superficie, peso, bolsas o tallos removidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="369"/>
        <source>{species} is native in {country}; is it really invasive here?</source>
        <translation>{species} es una especie nativa en {country}; ¿de verdad es invasora aquí?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="391"/>
        <source>give at least one of bags, weight or an item tally</source>
        <translation>indique al menos uno de estos datos: bolsas, peso o un recuento de artículos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="395"/>
        <source>{weight} kg is more than {most} kg per volunteer; check the unit (kg, not g or lb)</source>
        <translation>{weight} kg son más de {most} kg por voluntario; revise la unidad (kg, no g ni lb)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="126"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="507"/>
        <location filename="../../fieldlog/ui/models.py" line="55"/>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="127"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="432"/>
        <location filename="../../fieldlog/ui/models.py" line="56"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="128"/>
        <source>ISO code like KE, or the English name</source>
        <translation>Código ISO como KE, o el nombre en inglés</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="129"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="433"/>
        <source>Locality</source>
        <translation>Localidad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="130"/>
        <location filename="../../fieldlog/io/columns.py" line="173"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="401"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="131"/>
        <location filename="../../fieldlog/io/columns.py" line="133"/>
        <source>WGS84 decimal degrees (DMS accepted)</source>
        <translation>Grados decimales WGS84 (se acepta GMS)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="132"/>
        <location filename="../../fieldlog/io/columns.py" line="174"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="404"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="134"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="436"/>
        <source>Site area</source>
        <translation>Superficie del sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="137"/>
        <location filename="../../fieldlog/io/columns.py" line="167"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="662"/>
        <location filename="../../fieldlog/ui/models.py" line="54"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="138"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="503"/>
        <location filename="../../fieldlog/ui/models.py" line="55"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="139"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="140"/>
        <source>date, or date and time</source>
        <translation>fecha, o fecha y hora</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="141"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="144"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="520"/>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="145"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="521"/>
        <source>Organizer</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="146"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="522"/>
        <source>Organizer contact</source>
        <translation>Contacto del organizador</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="147"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="512"/>
        <location filename="../../fieldlog/ui/models.py" line="56"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="148"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="514"/>
        <location filename="../../fieldlog/ui/models.py" line="219"/>
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="149"/>
        <source>blank: participants x duration</source>
        <translation>en blanco: participantes x duración</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="151"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="526"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="667"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="156"/>
        <location filename="../../fieldlog/io/columns.py" line="166"/>
        <source>Event id</source>
        <translation>Id de evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="165"/>
        <location filename="../../fieldlog/io/columns.py" line="239"/>
        <source>Activity id</source>
        <translation>Id de actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="168"/>
        <source>the event&apos;s name as on the Events sheet</source>
        <translation>el nombre del evento tal como aparece en la hoja Eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="169"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="663"/>
        <location filename="../../fieldlog/ui/models.py" line="54"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="170"/>
        <source>blank: the event&apos;s start date</source>
        <translation>en blanco: la fecha de inicio del evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="186"/>
        <location filename="../../fieldlog/io/columns.py" line="195"/>
        <location filename="../../fieldlog/io/columns.py" line="205"/>
        <location filename="../../fieldlog/io/columns.py" line="209"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="753"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="774"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="811"/>
        <source>Species</source>
        <translation>Especie</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="187"/>
        <source>scientific name</source>
        <translation>nombre científico</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="188"/>
        <source>Plants</source>
        <translation>Plantas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="189"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="756"/>
        <source>Native status</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="190"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="758"/>
        <source>Stock type</source>
        <translation>Tipo de planta</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="191"/>
        <location filename="../../fieldlog/io/columns.py" line="211"/>
        <source>Area</source>
        <translation>Superficie</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="192"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="760"/>
        <source>Seed source</source>
        <translation>Procedencia</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="196"/>
        <source>Seed lot</source>
        <translation>Lote de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="197"/>
        <location filename="../../fieldlog/io/columns.py" line="204"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="777"/>
        <source>Seed mass</source>
        <translation>Masa de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="198"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="778"/>
        <source>Seed count</source>
        <translation>Número de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="199"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="780"/>
        <source>Plants sampled</source>
        <translation>Plantas muestreadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="200"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="782"/>
        <source>Population size</source>
        <translation>Tamaño de la población</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="203"/>
        <source>Seedballs</source>
        <translation>Bombas de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="206"/>
        <source>the seed mix, separated by ;</source>
        <translation>la mezcla de semillas, separadas por ;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="210"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="813"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="212"/>
        <location filename="../../fieldlog/io/columns.py" line="223"/>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="213"/>
        <location filename="../../fieldlog/io/columns.py" line="222"/>
        <source>Bags</source>
        <translation>Bolsas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="214"/>
        <source>Stems</source>
        <translation>Tallos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="215"/>
        <source>Cover %</source>
        <translation>Cobertura %</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="216"/>
        <source>Phenology</source>
        <translation>Fenología</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="217"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="823"/>
        <source>Disposal</source>
        <translation>Destino</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="221"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="842"/>
        <source>Cleanup type</source>
        <translation>Tipo de limpieza</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="224"/>
        <source>Distance</source>
        <translation>Distancia</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="227"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="228"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="876"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="229"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="877"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="235"/>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1263"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="236"/>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1264"/>
        <source>Count</source>
        <translation>Número</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="92"/>
        <source>Activities by kind</source>
        <translation>Actividades por tipo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="93"/>
        <source>Events and participants over time</source>
        <translation>Eventos y participantes a lo largo del tiempo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="94"/>
        <source>Top countries (events)</source>
        <translation>Países principales (eventos)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="95"/>
        <source>Top species planted (plants)</source>
        <translation>Especies más plantadas (plantas)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="96"/>
        <source>Top invasive species removed (removals)</source>
        <translation>Especies invasoras más removidas (remociones)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="97"/>
        <source>Litter by item category</source>
        <translation>Basura por categoría de artículo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="99"/>
        <source>No plantings with a species.</source>
        <translation>No hay plantaciones con especie.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="100"/>
        <source>No removals with a species.</source>
        <translation>No hay remociones con especie.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="101"/>
        <source>No litter items tallied.</source>
        <translation>No se contabilizaron artículos de basura.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="102"/>
        <source>events per day (up to {most})</source>
        <translation>eventos por día (hasta {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="103"/>
        <source>events per month (up to {most})</source>
        <translation>eventos por mes (hasta {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="104"/>
        <source>events per year (up to {most})</source>
        <translation>eventos por año (hasta {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="127"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="216"/>
        <source>Nothing recorded for this filter.</source>
        <translation>No hay nada registrado para este filtro.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="250"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="259"/>
        <source>No events for this filter.</source>
        <translation>No hay eventos para este filtro.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="279"/>
        <source>participants (up to {most})</source>
        <translation>participantes (hasta {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="297"/>
        <source>{start} to {end}</source>
        <translation>{start} a {end}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="301"/>
        <source>{period}: {events}, {participants}</source>
        <translation>{period}: {events}, {participants}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="454"/>
        <source>Outline: Natural Earth</source>
        <translation>Contornos: Natural Earth</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="498"/>
        <source>Events {filter}</source>
        <translation>Eventos {filter}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="499"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="519"/>
        <source>What the volunteers achieved</source>
        <translation>Lo que lograron los voluntarios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="525"/>
        <source>{filter} · fieldlog dashboard, {when}</source>
        <translation>{filter} · panel de fieldlog, {when}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="585"/>
        <source>fieldlog dashboard</source>
        <translation>Panel de fieldlog</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="54"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="54"/>
        <source>site</source>
        <translation>sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="55"/>
        <source>litter item</source>
        <translation>artículo de basura</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="55"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="73"/>
        <source>at {time}</source>
        <translation>a las {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="75"/>
        <source>on {date} at {time}</source>
        <translation>el {date} a las {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="97"/>
        <source>Someone else changed this {record} {when} ({fields}) {since}.</source>
        <translation>Otra persona cambió este registro ({record}) {when} {since}: {fields}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="99"/>
        <source>Someone else changed this {record} {when} {since}.</source>
        <translation>Otra persona cambió este registro ({record}) {when} {since}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="101"/>
        <source>Someone else changed this {record} ({fields}) {since}.</source>
        <translation>Otra persona cambió este registro ({record}) {since}: {fields}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="103"/>
        <source>Someone else changed this {record} {since}.</source>
        <translation>Otra persona cambió este registro ({record}) {since}.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="35"/>
        <source>The SER summary with charts, then every event and activity on the template&apos;s sheets, so the report can itself be imported by SER staff.</source>
        <translation>El resumen para SER con gráficos, y luego cada evento y actividad en las hojas de la plantilla, para que el personal de SER pueda importar el propio informe.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="38"/>
        <source>Every record and photo, deletions included, for another fieldlog: import it there with File &gt; Import. Importing it twice changes nothing.</source>
        <translation>Todos los registros y fotos, incluidas las eliminaciones, para otro fieldlog: impórtelo allí con Archivo &gt; Importar. Importarlo dos veces no cambia nada.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="41"/>
        <source>Plantings, seed collections and invasive removals as Darwin Core occurrences for a GBIF publisher, with an EML description to complete.</source>
        <translation>Plantaciones, recolecciones de semillas y remociones de invasoras como ocurrencias Darwin Core para un publicador de GBIF, con una descripción EML para completar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="44"/>
        <source>Every site with coordinates as a point, with its totals, for a map.</source>
        <translation>Cada sitio con coordenadas como un punto, con sus totales, para un mapa.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="46"/>
        <source>One CSV file per table (UTF-8, a header row), which fieldlog can import again.</source>
        <translation>Un archivo CSV por tabla (UTF-8, con fila de encabezados), que fieldlog puede volver a importar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="48"/>
        <source>The dashboard on one page: the headline figures, the charts and the map of sites, as a PDF (A4 landscape) or, named .png, as an image for a newsletter. No personal data.</source>
        <translation>El panel en una página: las cifras principales, los gráficos y el mapa de sitios, como PDF (A4 horizontal) o, con nombre .png, como imagen para un boletín. Sin datos personales.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="57"/>
        <source>the SER report</source>
        <translation>el informe para SER</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="58"/>
        <source>&amp;SER report…</source>
        <translation>Informe &amp;SER…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="59"/>
        <source>Excel workbooks</source>
        <translation>Libros de Excel</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="60"/>
        <source>the exchange package</source>
        <translation>el paquete de intercambio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="61"/>
        <source>Exchange &amp;package…</source>
        <translation>&amp;Paquete de intercambio…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="62"/>
        <source>fieldlog packages</source>
        <translation>Paquetes de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="63"/>
        <source>the Darwin Core archive</source>
        <translation>el archivo Darwin Core</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="64"/>
        <source>&amp;Darwin Core archive…</source>
        <translation>Archivo &amp;Darwin Core…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="65"/>
        <source>Zip archives</source>
        <translation>Archivos zip</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="66"/>
        <source>the sites as GeoJSON</source>
        <translation>los sitios en GeoJSON</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="67"/>
        <source>&amp;GeoJSON of sites…</source>
        <translation>&amp;GeoJSON de los sitios…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="69"/>
        <source>the CSV files</source>
        <translation>los archivos CSV</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="69"/>
        <source>&amp;CSV files…</source>
        <translation>Archivos &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="70"/>
        <source>the dashboard</source>
        <translation>el panel</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="71"/>
        <source>Dash&amp;board as PDF or PNG…</source>
        <translation>Pa&amp;nel como PDF o PNG…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="86"/>
        <source>in campaign {campaign}</source>
        <translation>de la campaña {campaign}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="91"/>
        <source>in country {code}</source>
        <translation>en el país {code}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="94"/>
        <source>from {date}</source>
        <translation>desde {date}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="97"/>
        <source>to {date}</source>
        <translation>hasta {date}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="110"/>
        <source>an activity</source>
        <translation>una actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="111"/>
        <source>with {kind}</source>
        <translation>con {kind}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="112"/>
        <source>{words} of {what}</source>
        <translation>{words} de {what}</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="73"/>
        <source>acres</source>
        <translation>acres</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="165"/>
        <source>Not a number</source>
        <translation>No es un número</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="179"/>
        <source>Write {whole} or {decimal}: {typed} could mean either</source>
        <translation>Escriba {whole} o {decimal}: {typed} podría significar cualquiera de los dos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="187"/>
        <source>Not a number; write decimals with a dot: {number}</source>
        <translation>No es un número; escriba los decimales con punto: {number}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="215"/>
        <source>Cannot be negative</source>
        <translation>No puede ser negativo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="226"/>
        <source>Write a whole number</source>
        <translation>Escriba un número entero</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="262"/>
        <source>YYYY</source>
        <translation>AAAA</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="262"/>
        <source>MM</source>
        <translation>MM</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="263"/>
        <source>DD</source>
        <translation>DD</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="268"/>
        <source>year</source>
        <translation>año</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="268"/>
        <source>month</source>
        <translation>mes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="269"/>
        <source>day</source>
        <translation>día</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="284"/>
        <source>There is no month {month}; write the date as {order}, like {example}</source>
        <translation>No existe el mes {month}; escriba la fecha como {order}, por ejemplo {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="290"/>
        <source>There is no {day} {month} {year}</source>
        <translation>No existe el {day} de {month} de {year}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="312"/>
        <source>Write the date as {order}, like {example}</source>
        <translation>Escriba la fecha como {order}, por ejemplo {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="327"/>
        <source>Write the date and time as {example}</source>
        <translation>Escriba la fecha y la hora como {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="331"/>
        <source>Add the time too, like {example}</source>
        <translation>Agregue también la hora, por ejemplo {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="335"/>
        <source>Hours go from 00 to 23</source>
        <translation>Las horas van de 00 a 23</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="337"/>
        <source>Minutes must be below 60</source>
        <translation>Los minutos deben ser menores que 60</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="339"/>
        <source>Seconds must be below 60</source>
        <translation>Los segundos deben ser menores que 60</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="95"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="96"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="97"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="98"/>
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="99"/>
        <source>Plants planted</source>
        <translation>Plantas plantadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="100"/>
        <source>Seed collected</source>
        <translation>Semillas recolectadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="101"/>
        <source>Invasives removed</source>
        <translation>Invasoras removidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="102"/>
        <source>Litter collected</source>
        <translation>Basura recolectada</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="103"/>
        <source>— ignore —</source>
        <translation>— ignorar —</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="107"/>
        <source>acres</source>
        <translation>acres</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="117"/>
        <source>All rows</source>
        <translation>Todas las filas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="118"/>
        <source>Errors</source>
        <translation>Errores</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="119"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="120"/>
        <source>New</source>
        <translation>Nuevos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="121"/>
        <source>Updated</source>
        <translation>Actualizados</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="122"/>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="123"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="126"/>
        <source>new</source>
        <translation>nuevo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="127"/>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="128"/>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="129"/>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="130"/>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="131"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="182"/>
        <source>Sheet</source>
        <translation>Hoja</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="182"/>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="183"/>
        <source>Table</source>
        <translation>Tabla</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="183"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="184"/>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="184"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="136"/>
        <source>&lt;p style=&apos;font-size: x-large&apos;&gt;&lt;b&gt;Welcome to fieldlog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Log your restoration events and what volunteers did at them: plantings, seed collection, seedballs, invasive plant pulls and litter pickups. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Start with your first event, or load sample data to look around.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size: x-large&apos;&gt;&lt;b&gt;Bienvenido a fieldlog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Registre sus eventos de restauración y lo que hicieron los voluntarios en ellos: plantaciones, recolección de semillas, bombas de semillas, remoción de plantas invasoras y recolección de basura. Todo se queda en esta computadora.&lt;/p&gt;&lt;p&gt;Empiece con su primer evento, o cargue datos de ejemplo para explorar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="142"/>
        <source>No events match the filter.</source>
        <translation>Ningún evento coincide con el filtro.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="171"/>
        <source>The backup was restored, but the database could not be opened again: {reason} Open fieldlog again.</source>
        <translation>La copia de seguridad se restauró, pero no se pudo volver a abrir la base de datos: {reason} Vuelva a abrir fieldlog.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="217"/>
        <source>This database was closed (restored from a backup, or set aside as damaged); nothing was read or written.</source>
        <translation>Esta base de datos se cerró (se restauró desde una copia de seguridad o se apartó por estar dañada); no se leyó ni se escribió nada.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="250"/>
        <source>fieldlog: no backup was made at exit: {reason}</source>
        <translation>fieldlog: no se hizo copia de seguridad al salir: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1948"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1968"/>
        <source>Backup restored</source>
        <translation>Copia de seguridad restaurada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1976"/>
        <source>fieldlog cannot open the database</source>
        <translation>fieldlog no puede abrir la base de datos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1988"/>
        <source>Restoring the backup…</source>
        <translation>Restaurando la copia de seguridad…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1995"/>
        <source>Open a fieldlog database</source>
        <translation>Abrir una base de datos de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1996"/>
        <source>fieldlog databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de datos de fieldlog (*.db *.sqlite);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="73"/>
        <source>contains a formula ({formula}), not a value; copy the column and paste it back as values only</source>
        <translation>contiene una fórmula ({formula}), no un valor; copie la columna y vuelva a pegarla pegando solo los valores</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="92"/>
        <source>holds {count} characters; a cell may hold at most {most}</source>
        <translation>tiene {count} caracteres; una celda puede tener como máximo {most}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="95"/>
        <source>contains a NUL character (the file may be damaged)</source>
        <translation>contiene un carácter NUL (puede que el archivo esté dañado)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="99"/>
        <source>or, if the whole sheet uses decimal commas, say so: tick &quot;Decimal comma&quot; when importing in the window, or write &quot;decimal_comma&quot;: true in the mapping file</source>
        <translation>o bien, si toda la hoja usa coma decimal, indíquelo: marque &quot;Coma decimal&quot; en la ventana de importación, o escriba &quot;decimal_comma&quot;: true en el archivo de asignación</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="111"/>
        <source>&apos;{text}&apos; is not a number with a decimal comma</source>
        <translation>&apos;{text}&apos; no es un número con coma decimal</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="128"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point and no thousands separator: {whole} if the comma separates thousands, {decimal} if it is a decimal comma; {declare}</source>
        <translation>&apos;{text}&apos; tiene una coma: escriba los números con punto decimal y sin separador de miles: {whole} si la coma separa los miles, {decimal} si es una coma decimal; {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="136"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point ({number}); {declare}</source>
        <translation>&apos;{text}&apos; tiene una coma: escriba los números con punto decimal ({number}); {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="139"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point and no thousands separator; {declare}</source>
        <translation>&apos;{text}&apos; tiene una coma: escriba los números con punto decimal y sin separador de miles; {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="144"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point and no thousands separator ({number}); {declare}</source>
        <translation>&apos;{text}&apos; tiene una coma: escriba los números con punto decimal y sin separador de miles ({number}); {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="150"/>
        <source>&apos;{text}&apos; is too large to be a real quantity</source>
        <translation>&apos;{text}&apos; es demasiado grande para ser una cantidad real</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="154"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; no es un número</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="174"/>
        <location filename="../../fieldlog/io/cells.py" line="179"/>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos; no es un número finito</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="198"/>
        <source>&apos;{text}&apos; is too small to be a real quantity; write 0 if there was none</source>
        <translation>&apos;{text}&apos; es demasiado pequeño para ser una cantidad real; escriba 0 si no hubo nada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="209"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; no es un número entero</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="212"/>
        <source>{number} is negative; a count cannot be below 0</source>
        <translation>{number} es negativo; un recuento no puede ser menor que 0</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="215"/>
        <source>{number} is too large to be a real count</source>
        <translation>{number} es demasiado grande para ser un recuento real</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="227"/>
        <source>{number} is negative; a quantity cannot be below 0</source>
        <translation>{number} es negativo; una cantidad no puede ser menor que 0</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="233"/>
        <source>&apos;{text}&apos; {unit} is too large to be a real quantity</source>
        <translation>&apos;{text}&apos; {unit} es demasiado grande para ser una cantidad real</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="256"/>
        <source>{text} is not a real date ({month} {year} has {last} days)</source>
        <translation>{text} no es una fecha válida ({month} de {year} tiene {last} días)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="259"/>
        <source>{text} is not a real date (there is no month {month})</source>
        <translation>{text} no es una fecha válida (no existe el mes {month})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="263"/>
        <source>the Date format of the import window, or &quot;date_format&quot; in the mapping</source>
        <translation>el campo Formato de fecha de la ventana de importación, o &quot;date_format&quot; en la asignación</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="274"/>
        <source>&apos;{text}&apos; is not a real date; write it as YYYY-MM-DD</source>
        <translation>&apos;{text}&apos; no es una fecha válida; escriba la fecha como AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="277"/>
        <source>&apos;{text}&apos; could be {one} or {other}; set the sheet&apos;s date format (for example {codes}: {declare}) instead of letting fieldlog guess, or write the date as YYYY-MM-DD ({iso} for {one})</source>
        <translation>&apos;{text}&apos; puede ser {one} o {other}; indique el formato de fecha de la hoja (por ejemplo {codes}: {declare}) en lugar de dejar que fieldlog lo adivine, o escriba la fecha como AAAA-MM-DD ({iso} para {one})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="285"/>
        <source>day/month/year</source>
        <translation>día/mes/año</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="286"/>
        <source>month/day/year</source>
        <translation>mes/día/año</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="288"/>
        <source>&apos;{text}&apos; is not written as YYYY-MM-DD; write it as {iso}, or set the sheet&apos;s date format (it looks like {order}: {codes}; {declare})</source>
        <translation>&apos;{text}&apos; no está escrito como AAAA-MM-DD; escriba la fecha como {iso}, o indique el formato de fecha de la hoja (parece estar en {order}: {codes}; {declare})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="294"/>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD or set the sheet&apos;s date format</source>
        <translation>&apos;{text}&apos; no es una fecha; escriba la fecha como AAAA-MM-DD o indique el formato de fecha de la hoja</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="304"/>
        <source>{day} {month}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="309"/>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="309"/>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="310"/>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="310"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="311"/>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="311"/>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="312"/>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="312"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="313"/>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="313"/>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="314"/>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="314"/>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="332"/>
        <source>&apos;{text}&apos; does not match the sheet&apos;s date format {formats}</source>
        <translation>&apos;{text}&apos; no coincide con {formats}, el formato de fecha de la hoja</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="354"/>
        <source>&apos;{text}&apos; is a number, not a date; format the column as dates</source>
        <translation>&apos;{text}&apos; es un número, no una fecha; dé a la columna formato de fecha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="368"/>
        <source>&apos;{text}&apos; has an impossible time of day</source>
        <translation>&apos;{text}&apos; tiene una hora imposible</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="400"/>
        <source>&apos;{text}&apos; is not one of: {choices}</source>
        <translation>&apos;{text}&apos; no es ninguno de estos: {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="428"/>
        <source>&apos;{text}&apos; is not a record id (ids look like 1b4e28ba-2fa1-11d2-883f-0016d3cca427)</source>
        <translation>&apos;{text}&apos; no es un id de registro (los ids tienen este aspecto: 1b4e28ba-2fa1-11d2-883f-0016d3cca427)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="200"/>
        <source>Sheet &apos;{sheet}&apos;: columns ignored (not mapped): {columns}</source>
        <translation>Hoja &apos;{sheet}&apos;: columnas ignoradas (sin asignar): {columns}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="204"/>
        <source>Sheet &apos;{sheet}&apos; is not a table fieldlog knows; ignored</source>
        <translation>La hoja &apos;{sheet}&apos; no es una tabla que fieldlog conozca; se ignora</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="207"/>
        <source>{count} cells begin with =, +, - or @; they are kept as plain text</source>
        <translation>{count} celdas empiezan por =, +, - o @; se guardan como texto sin más</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="334"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="340"/>
        <source>column &apos;{column}&apos;: {problem}</source>
        <translation>columna &apos;{column}&apos;: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="564"/>
        <source>a site needs its name (Site) and country (Country)</source>
        <translation>un sitio necesita su nombre (Sitio) y su país (País)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="626"/>
        <source>the same event (name, start day and site) as row {row}</source>
        <translation>el mismo evento (nombre, día de inicio y sitio) que la fila {row}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="635"/>
        <source>a new event needs {fields}</source>
        <translation>un evento nuevo necesita {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="650"/>
        <source>{fields}: an event without an id needs its name and start to be found or made; fill them in</source>
        <translation>{fields}: un evento sin id necesita su nombre y su inicio para encontrarlo o crearlo; complételos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="702"/>
        <source>there is no event with id {id} in the file or the database</source>
        <translation>no hay ningún evento con el id {id} en el archivo ni en la base de datos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="708"/>
        <source>the row does not say which event it belongs to (Event is blank)</source>
        <translation>la fila no dice a qué evento pertenece (Evento está vacío)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="720"/>
        <source>event &apos;{name}&apos; does not exist yet; to create it the row needs Participants too</source>
        <translation>el evento &apos;{name}&apos; aún no existe; para crearlo, la fila también necesita Participantes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="736"/>
        <source>{count} events are called &apos;{name}&apos;; give the Event id, or the Start, Site and Country of the one meant</source>
        <translation>hay {count} eventos llamados &apos;{name}&apos;; indique el Id de evento, o el Inicio, el Sitio y el País del que corresponde</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="741"/>
        <source>there is no event called &apos;{name}&apos;; add it to the Events sheet, or give Start, Site, Country and Participants on the row to create it</source>
        <translation>no hay ningún evento llamado &apos;{name}&apos;; agréguelo a la hoja Eventos, o indique Inicio, Sitio, País y Participantes en la fila para crearlo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="789"/>
        <source>is blank, but {field} is required</source>
        <translation>está vacía, pero {field} es obligatorio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="845"/>
        <source>a litter item row needs both the item (category) and its count</source>
        <translation>una fila de artículos de basura necesita tanto el artículo (categoría) como su número</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="853"/>
        <source>the count is 0: no items of this kind to add</source>
        <translation>el número es 0: no hay artículos de este tipo que agregar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="392"/>
        <source>a separator inside a value splits it in two unless the value is in quotes: a decimal comma in a comma-separated file, as in 2,5, must be written 2.5</source>
        <translation>un separador dentro de un valor lo divide en dos, salvo que el valor vaya entre comillas: en un archivo separado por comas, una coma decimal, como en 2,5, debe escribirse 2.5</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="507"/>
        <source>has {cells} cells but the header row has {headers}; the row may be cut short</source>
        <translation>tiene {cells} celdas, pero la fila de encabezados tiene {headers}; puede que la fila esté incompleta</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="512"/>
        <source>column {column} has no header, but this row has a value there (&apos;{value}&apos;); give the column a header</source>
        <translation>la columna {column} no tiene encabezado, pero esta fila tiene un valor en ella (&apos;{value}&apos;); póngale un encabezado a la columna</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="518"/>
        <source>has a value in column {column}, beyond the last header; the row may be shifted ({why})</source>
        <translation>tiene un valor en la columna {column}, más allá del último encabezado; puede que la fila esté desplazada ({why})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="525"/>
        <source>has {cells} cells but the header row has {headers}, so its values may be shifted ({why})</source>
        <translation>tiene {cells} celdas, pero la fila de encabezados tiene {headers}, así que puede que sus valores estén desplazados ({why})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="572"/>
        <source>&apos;{value}&apos; is not a country fieldlog knows; use an ISO code like KE or the English name</source>
        <translation>&apos;{value}&apos; no es un país que fieldlog conozca; use un código ISO como KE o el nombre en inglés</translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="83"/>
        <source>Photos</source>
        <translation>Fotos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="83"/>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="105"/>
        <source>N</source>
        <comment>compass: north</comment>
        <translation>N</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="106"/>
        <source>S</source>
        <comment>compass: south</comment>
        <translation>S</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="107"/>
        <source>E</source>
        <comment>compass: east</comment>
        <translation>E</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="108"/>
        <source>W</source>
        <comment>compass: west</comment>
        <translation>O</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="122"/>
        <source>taken {when}</source>
        <translation>tomada el {when}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="125"/>
        <source>at {position}</source>
        <translation>en {position}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="127"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} píxeles</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="148"/>
        <source>The picture of {photo} could not be shown ({file} is unreadable); `fieldlog check` checks the photo store.</source>
        <translation>No se pudo mostrar la imagen de {photo} ({file} no se puede leer); `fieldlog check` revisa el almacén de fotos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="219"/>
        <source>{photos} ({count} already there)</source>
        <translation>{photos} ({count} ya estaban)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="222"/>
        <source>Cancelled: attached {photos} of {total}; the rest were not attached.</source>
        <translation>Cancelado: se adjuntaron {photos} de {total}; el resto no se adjuntó.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="225"/>
        <source>Attached {photos}.</source>
        <translation>Se adjuntaron {photos}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="232"/>
        <source>…and {count} more.</source>
        <translation>…y {count} más.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="239"/>
        <source>Attaching stopped: {reason}</source>
        <translation>Se dejaron de adjuntar fotos: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="253"/>
        <source>Date: {date}</source>
        <translation>Fecha: {date}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="255"/>
        <source>Position: {position}</source>
        <translation>Posición: {position}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="260"/>
        <source>The photo</source>
        <translation>La foto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="263"/>
        <source>{photo} says when and where it was taken, and this {record} has no date and position of its own yet.</source>
        <translation>{photo} indica cuándo y dónde se tomó, y este registro ({record}) todavía no tiene fecha ni posición propias.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="266"/>
        <source>{photo} says when and where it was taken, and this {record} has no date of its own yet.</source>
        <translation>{photo} indica cuándo y dónde se tomó, y este registro ({record}) todavía no tiene fecha propia.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="269"/>
        <source>{photo} says when and where it was taken, and this {record} has no position of its own yet.</source>
        <translation>{photo} indica cuándo y dónde se tomó, y este registro ({record}) todavía no tiene posición propia.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="272"/>
        <source>Use it for the {record}?</source>
        <translation>¿Usarla para este registro ({record})?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="274"/>
        <source>Use them for the {record}?</source>
        <translation>¿Usarlas para este registro ({record})?</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../fieldlog/io/report.py" line="45"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="46"/>
        <location filename="../../fieldlog/io/report.py" line="573"/>
        <source>Species</source>
        <translation>Especies</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="47"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="48"/>
        <source>SER report</source>
        <translation>Informe para SER</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="60"/>
        <location filename="../../fieldlog/io/report.py" line="533"/>
        <location filename="../../fieldlog/io/report.py" line="558"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="60"/>
        <source>events</source>
        <translation>eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="61"/>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="61"/>
        <source>countries</source>
        <translation>países</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="62"/>
        <location filename="../../fieldlog/io/report.py" line="533"/>
        <source>Participants</source>
        <translation>Participantes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="62"/>
        <source>persons</source>
        <translation>personas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="63"/>
        <location filename="../../fieldlog/io/report.py" line="534"/>
        <source>Volunteer hours</source>
        <translation>Horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="64"/>
        <source>Planting activities</source>
        <translation>Actividades de plantación</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="65"/>
        <location filename="../../fieldlog/io/report.py" line="70"/>
        <location filename="../../fieldlog/io/report.py" line="78"/>
        <location filename="../../fieldlog/io/report.py" line="82"/>
        <location filename="../../fieldlog/io/report.py" line="90"/>
        <location filename="../../fieldlog/io/report.py" line="95"/>
        <source>activities</source>
        <translation>actividades</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="66"/>
        <source>Plants planted</source>
        <translation>Plantas plantadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="66"/>
        <source>plants</source>
        <translation>plantas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="67"/>
        <source>Species planted</source>
        <translation>Especies plantadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="67"/>
        <location filename="../../fieldlog/io/report.py" line="76"/>
        <location filename="../../fieldlog/io/report.py" line="88"/>
        <source>species</source>
        <translation>especies</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="68"/>
        <source>Area planted</source>
        <translation>Superficie plantada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="69"/>
        <source>Seed collections</source>
        <translation>Recolecciones de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="71"/>
        <source>Seed collected, by mass</source>
        <translation>Semillas recolectadas, por masa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="72"/>
        <source>Seed collected, by count</source>
        <translation>Semillas recolectadas, por cantidad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="73"/>
        <source>seeds</source>
        <translation>semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="74"/>
        <source>Seed lots</source>
        <translation>Lotes de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="74"/>
        <source>lots</source>
        <translation>lotes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="75"/>
        <source>Species collected</source>
        <translation>Especies recolectadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="77"/>
        <source>Seedball making activities</source>
        <translation>Actividades de elaboración de bombas de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="79"/>
        <source>Seedballs made</source>
        <translation>Bombas de semillas hechas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="80"/>
        <source>seedballs</source>
        <translation>bombas de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="81"/>
        <source>Invasive removals</source>
        <translation>Remociones de invasoras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="83"/>
        <source>Area cleared</source>
        <translation>Superficie despejada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="84"/>
        <source>Invasive plants removed, by weight</source>
        <translation>Plantas invasoras removidas, por peso</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="85"/>
        <source>Bags of invasive plants</source>
        <translation>Bolsas de plantas invasoras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="86"/>
        <location filename="../../fieldlog/io/report.py" line="91"/>
        <source>bags</source>
        <translation>bolsas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="87"/>
        <source>Invasive species removed</source>
        <translation>Especies invasoras removidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="89"/>
        <source>Litter pickups</source>
        <translation>Recolecciones de basura</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="91"/>
        <source>Bags of litter</source>
        <translation>Bolsas de basura</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="92"/>
        <source>Litter collected, by weight</source>
        <translation>Basura recolectada, por peso</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="93"/>
        <source>Litter items</source>
        <translation>Artículos de basura</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="93"/>
        <source>items</source>
        <translation>artículos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="94"/>
        <source>Distance covered</source>
        <translation>Distancia recorrida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="95"/>
        <source>Other activities</source>
        <translation>Otras actividades</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="100"/>
        <source>Plants</source>
        <translation>Plantas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="100"/>
        <source>Area (m²)</source>
        <translation>Superficie (m²)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="101"/>
        <source>Seed mass (g)</source>
        <translation>Masa de semillas (g)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="101"/>
        <source>Seed count</source>
        <translation>Número de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="102"/>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="102"/>
        <source>Bags</source>
        <translation>Bolsas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="179"/>
        <source>all events</source>
        <translation>todos los eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="302"/>
        <source>SER summary of {events}</source>
        <translation>Resumen para SER de {events}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="305"/>
        <source>Made by fieldlog {version}</source>
        <translation>Hecho con fieldlog {version}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="487"/>
        <location filename="../../fieldlog/io/report.py" line="603"/>
        <source>Events covered</source>
        <translation>Eventos incluidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="489"/>
        <location filename="../../fieldlog/io/report.py" line="602"/>
        <source>Generated at (UTC)</source>
        <translation>Fecha de generación (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="491"/>
        <location filename="../../fieldlog/io/report.py" line="604"/>
        <source>Personal data</source>
        <translation>Datos personales</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="495"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="495"/>
        <source>Figure</source>
        <translation>Cifra</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="496"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="496"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="497"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="497"/>
        <source>Reported by</source>
        <translation>Informado por</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="498"/>
        <source>Of events</source>
        <translation>De eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="498"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="515"/>
        <source>Activities by kind</source>
        <translation>Actividades por tipo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="518"/>
        <location filename="../../fieldlog/io/report.py" line="573"/>
        <source>Activity</source>
        <translation>Actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="518"/>
        <location filename="../../fieldlog/io/report.py" line="548"/>
        <location filename="../../fieldlog/io/report.py" line="574"/>
        <source>Activities</source>
        <translation>Actividades</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="519"/>
        <source>Events with it</source>
        <translation>Eventos que la incluyen</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="530"/>
        <source>By country</source>
        <translation>Por país</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="532"/>
        <location filename="../../fieldlog/services/reporting.py" line="244"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="532"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="562"/>
        <source>Events by country (the {shown} with most events)</source>
        <translation>Eventos por país (los {shown} con más eventos)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="565"/>
        <source>Events by country</source>
        <translation>Eventos por país</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="596"/>
        <source>About this report</source>
        <translation>Acerca de este informe</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="599"/>
        <source>Report</source>
        <translation>Informe</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="600"/>
        <source>Made by</source>
        <translation>Hecho por</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="601"/>
        <source>Database schema</source>
        <translation>Esquema de la base de datos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="615"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="622"/>
        <source>continued on {sheets}</source>
        <translation>continúa en {sheets}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="624"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="626"/>
        <source>The Events sheet, the activity sheets and Litter items use the columns of fieldlog&apos;s spreadsheet template, so `fieldlog import` reads this workbook back without a mapping. Every record keeps its id: importing the same report twice, or two reports that overlap, counts each record once.</source>
        <translation>La hoja Eventos, las hojas de actividades y Artículos de basura usan las columnas de la plantilla de hoja de cálculo de fieldlog, así que `fieldlog import` vuelve a leer este libro sin asignación. Cada registro conserva su id: si se importa dos veces el mismo informe, o dos informes que se superponen, cada registro se cuenta una sola vez.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="630"/>
        <source>Reported by n of N events: how many of the events this report counts gave at least one value for the figure (most fields are optional).</source>
        <translation>Informado por n de N eventos: cuántos de los eventos que cuenta este informe dieron al menos un valor para la cifra (la mayoría de los campos son opcionales).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="632"/>
        <source>Volunteer hours left blank on the Events sheet were not counted at the event; fieldlog derives them as participants × duration, and the Summary&apos;s total includes them.</source>
        <translation>Las horas de voluntariado que quedaron en blanco en la hoja Eventos no se contaron en el evento; fieldlog las calcula como participantes × duración, y el total del Resumen las incluye.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="644"/>
        <source>Included at the user&apos;s request: the organizer&apos;s name and contact are on the Events sheet. Treat this file as personal data.</source>
        <translation>Incluidos a pedido del usuario: el nombre y el contacto del organizador están en la hoja Eventos. Trate este archivo como datos personales.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="647"/>
        <source>Left out: this report holds no organizer names or contacts.</source>
        <translation>Omitidos: este informe no contiene nombres ni contactos de organizadores.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="214"/>
        <source>counted at {entered} events; derived as participants × duration at {derived} (included in the total); none at {unknown}</source>
        <translation>contadas en {entered} eventos; calculadas como participantes × duración en {derived} (incluidas en el total); ninguna en {unknown}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="219"/>
        <source>distinct countries of the events&apos; sites</source>
        <translation>países distintos de los sitios de los eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="220"/>
        <source>summed over events: a person at two events counts twice</source>
        <translation>sumados por evento: una persona que asistió a dos eventos cuenta dos veces</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="223"/>
        <source>distinct species names, ignoring case and spacing</source>
        <translation>nombres de especies distintos, sin tener en cuenta mayúsculas ni espacios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="225"/>
        <source>distinct seed lot ids, ignoring case and spacing</source>
        <translation>ids de lotes de semillas distintos, sin tener en cuenta mayúsculas ni espacios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="237"/>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="239"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="241"/>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="153"/>
        <source>Sites</source>
        <translation>Sitios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="154"/>
        <source>One row per place where events happen.</source>
        <translation>Una fila por cada lugar donde se realizan eventos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="155"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="158"/>
        <source>One row per event. Activities refer to an event by its name (or id).</source>
        <translation>Una fila por evento. Las actividades indican su evento por el nombre (o el id).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="185"/>
        <source>Planting</source>
        <translation>Plantación</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="193"/>
        <source>One row per species planted at an event.</source>
        <translation>Una fila por especie plantada en un evento.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="194"/>
        <source>Seed collection</source>
        <translation>Recolección de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="201"/>
        <source>One row per seed lot; give its mass or its seed count.</source>
        <translation>Una fila por lote de semillas; indique su masa o su número de semillas.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="202"/>
        <source>Seedball making</source>
        <translation>Bombas de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="207"/>
        <source>One row per batch of seedballs.</source>
        <translation>Una fila por tanda de bombas de semillas.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="208"/>
        <source>Invasive removal</source>
        <translation>Remoción de invasoras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="218"/>
        <source>One row per species removed; give at least one of area, weight, bags, stems.</source>
        <translation>Una fila por especie removida; indique al menos uno de estos datos: superficie, peso, bolsas, tallos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="220"/>
        <source>Litter pickup</source>
        <translation>Recolección de basura</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="225"/>
        <source>One row per pickup; its item tally goes on the Litter items sheet.</source>
        <translation>Una fila por recolección; el recuento de artículos va en la hoja Artículos de basura.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="226"/>
        <source>Other</source>
        <translation>Otras actividades</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="230"/>
        <source>Anything else volunteers did.</source>
        <translation>Cualquier otra cosa que hicieron los voluntarios.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="238"/>
        <source>Litter items</source>
        <translation>Artículos de basura</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="241"/>
        <source>One row per item category of a pickup; rows with the same event and date make one pickup.</source>
        <translation>Una fila por categoría de artículo de una recolección; las filas con el mismo evento y la misma fecha forman una recolección.</translation>
    </message>
</context>
<context>
    <name>spreadsheet_view</name>
    <message>
        <location filename="../../fieldlog/services/spreadsheet_view.py" line="66"/>
        <source>Windows (cp1252): files saved by Excel on Windows</source>
        <translation>Windows (cp1252): archivos guardados con Excel en Windows</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../fieldlog/ui/tasks.py" line="90"/>
        <source>Something went wrong with the database ({kind}: {error}).</source>
        <translation>Algo salió mal con la base de datos ({kind}: {error}).</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <location filename="../../fieldlog/io/template.py" line="33"/>
        <source>Instructions</source>
        <translation>Instrucciones</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="34"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="62"/>
        <source>Example row: delete it or write over it.</source>
        <translation>Fila de ejemplo: bórrela o escriba encima.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="97"/>
        <source>There is one sheet per table: {events}, one sheet for each kind of activity, then {litter_items}. Leave a sheet empty when you have nothing for it.</source>
        <translation>Hay una hoja por tabla: {events}, una hoja por cada tipo de actividad y luego {litter_items}. Deje vacía una hoja si no tiene nada para ella.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="99"/>
        <source>Each row is one record. Keep the sheet names and the words in row 1 as they are (except units, see below).</source>
        <translation>Cada fila es un registro. Mantenga los nombres de las hojas y las palabras de la fila 1 tal como están (salvo las unidades, vea más abajo).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="101"/>
        <source>Required columns have bold headers and a * in the tables below. Point at a header to read a note about it.</source>
        <translation>Las columnas obligatorias tienen encabezados en negrita y un * en las tablas de abajo. Pase el puntero sobre un encabezado para leer una nota sobre él.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="103"/>
        <source>Units are in brackets in the header, like &quot;{area} (m²)&quot;. You may change the unit to the one you measured in, like &quot;{area} (ha)&quot; or &quot;{weight} (lb)&quot;: fieldlog converts the numbers.</source>
        <translation>Las unidades van entre paréntesis en el encabezado, como &quot;{area} (m²)&quot;. Puede cambiar la unidad por la que usó al medir, como &quot;{area} (ha)&quot; o &quot;{weight} (lb)&quot;: fieldlog convierte los números.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="106"/>
        <source>Dates: type a real date, or text like 2026-05-30. A start or end time may follow: 2026-05-30 09:00.</source>
        <translation>Fechas: escriba una fecha real, o un texto como 2026-05-30. Puede seguir una hora de inicio o de fin: 2026-05-30 09:00.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="108"/>
        <source>{country}: the two-letter ISO code (KE, FR, US) from the drop-down, or the English name (Kenya).</source>
        <translation>{country}: el código ISO de dos letras (KE, FR, US) de la lista desplegable, o el nombre en inglés (Kenya).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="110"/>
        <source>Each activity row names its event in the {event} column, spelled as on the {events} sheet (or gives its {event_id}). If that event is neither on the {events} sheet nor already in fieldlog, add the columns {start}, {site}, {country} and {participants} to the activity sheet and fieldlog creates the event from them.</source>
        <translation>Cada fila de actividad indica su evento en la columna {event}, escrito igual que en la hoja {events} (o da su {event_id}). Si ese evento no está en la hoja {events} ni ya en fieldlog, agregue las columnas {start}, {site}, {country} y {participants} a la hoja de la actividad y fieldlog creará el evento a partir de ellas.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="114"/>
        <source>{litter_items}: one row per item category with its count. Rows with the same {event} and {date} make one litter pickup, together with the {litter_pickup} row of that {event} and {date} if there is one.</source>
        <translation>{litter_items}: una fila por categoría de artículo con su cantidad. Las filas con el mismo {event} y la misma {date} forman una recolección de basura, junto con la fila de {litter_pickup} de ese {event} y esa {date}, si la hay.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="117"/>
        <source>Text that starts with = is kept as text; fieldlog never runs it as a formula.</source>
        <translation>El texto que empieza con = se guarda como texto; fieldlog nunca lo ejecuta como fórmula.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="118"/>
        <source>Row 2 of every sheet is an example (grey italics). Delete it or write over it before you send the file.</source>
        <translation>La fila 2 de cada hoja es un ejemplo (cursiva gris). Bórrela o escriba encima antes de enviar el archivo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="120"/>
        <source>Leave {event_id} and {activity_id} blank for new records: fieldlog fills them in.</source>
        <translation>Deje {event_id} y {activity_id} en blanco para los registros nuevos: fieldlog los completa.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="121"/>
        <source>{organizer} and {organizer_contact} are personal data: they stay on your laptop and go into no report unless you ask for them.</source>
        <translation>{organizer} y {organizer_contact} son datos personales: se quedan en su computadora y no van en ningún informe a menos que usted los pida.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="211"/>
        <source>Country code</source>
        <translation>Código de país</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="211"/>
        <location filename="../../fieldlog/io/template.py" line="345"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="212"/>
        <source>Litter item</source>
        <translation>Artículo de basura</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="282"/>
        <source>Required.</source>
        <translation>Obligatorio.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="287"/>
        <source>In {unit}. Write another unit in the brackets instead ({units}) and fieldlog converts.</source>
        <translation>En {unit}. Escriba otra unidad entre los paréntesis ({units}) y fieldlog la convierte.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="291"/>
        <source>One of: {choices}.</source>
        <translation>Uno de: {choices}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="294"/>
        <source>Personal data: it stays on the laptop and goes into no report unless asked for.</source>
        <translation>Dato personal: se queda en la computadora y no va en ningún informe a menos que se pida.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="341"/>
        <source>Pick a {column}</source>
        <translation>Elija: {column}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="342"/>
        <source>{column} must be one of: {choices}. Pick one from the list.</source>
        <translation>{column} debe ser uno de: {choices}. Elija uno de la lista.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="346"/>
        <source>Use the two-letter ISO code from the list (like KE). An English country name (like Kenya) also works: choose Yes to keep it.</source>
        <translation>Use el código ISO de dos letras de la lista (como KE). También sirve un nombre de país en inglés (como Kenya): elija Sí para conservarlo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="350"/>
        <source>Whole number</source>
        <translation>Número entero</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="351"/>
        <source>{column} must be a whole number, 0 or more (no units, no decimals).</source>
        <translation>{column} debe ser un número entero, 0 o más (sin unidades ni decimales).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="354"/>
        <source>Percent</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="355"/>
        <source>{column} must be a number from 0 to 100.</source>
        <translation>{column} debe ser un número de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="358"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="359"/>
        <source>{column} must be a number, 0 or more. Write the unit in the header, not in the cell.</source>
        <translation>{column} debe ser un número, 0 o más. Escriba la unidad en el encabezado, no en la celda.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="363"/>
        <source>2026-05-30 or 2026-05-30 09:00</source>
        <translation>2026-05-30 o 2026-05-30 09:00</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="364"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="365"/>
        <source>{column} must be a date, like {example}.</source>
        <translation>{column} debe ser una fecha, como {example}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="368"/>
        <source>Latitude</source>
        <translation>Latitud</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="369"/>
        <source>Latitude is in decimal degrees from -90 to 90 (south is negative), like -1.2833. Degrees-minutes-seconds text also works: choose Yes to keep it.</source>
        <translation>La latitud va en grados decimales de -90 a 90 (el sur es negativo), como -1.2833. También sirve un texto en grados, minutos y segundos: elija Sí para conservarlo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="374"/>
        <source>Longitude</source>
        <translation>Longitud</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="375"/>
        <source>Longitude is in decimal degrees from -180 to 180 (west is negative), like 36.8167. Degrees-minutes-seconds text also works: choose Yes to keep it.</source>
        <translation>La longitud va en grados decimales de -180 a 180 (el oeste es negativo), como 36.8167. También sirve un texto en grados, minutos y segundos: elija Sí para conservarlo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="380"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="381"/>
        <source>Pick a unit from the list, or choose Yes to keep your own (like trees or nest boxes).</source>
        <translation>Elija una unidad de la lista, o elija Sí para conservar la suya (como árboles o cajas nido).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="384"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="385"/>
        <source>Pick an item category from the list, or choose Yes to keep your own words.</source>
        <translation>Elija una categoría de artículo de la lista, o elija Sí para conservar sus propias palabras.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="391"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="392"/>
        <source>text; line breaks are kept</source>
        <translation>texto; se conservan los saltos de línea</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="393"/>
        <source>blank for a new record</source>
        <translation>en blanco para un registro nuevo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="394"/>
        <source>whole number, 0 or more</source>
        <translation>número entero, 0 o más</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="395"/>
        <source>number, 0 or more</source>
        <translation>número, 0 o más</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="396"/>
        <source>date, or text YYYY-MM-DD</source>
        <translation>fecha, o texto AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="397"/>
        <source>date (and time), or text YYYY-MM-DD hh:mm</source>
        <translation>fecha (y hora), o texto AAAA-MM-DD hh:mm</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="398"/>
        <source>ISO code (KE, FR, US, …) or English name</source>
        <translation>código ISO (KE, FR, US, …) o nombre en inglés</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="399"/>
        <source>-90 to 90, decimal degrees</source>
        <translation>-90 a 90, grados decimales</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="400"/>
        <source>-180 to 180, decimal degrees</source>
        <translation>-180 a 180, grados decimales</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="401"/>
        <source>one of the list</source>
        <translation>uno de la lista</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="407"/>
        <source>the id fieldlog gave the event</source>
        <translation>el id que fieldlog le dio al evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="408"/>
        <source>the id fieldlog gave the activity</source>
        <translation>el id que fieldlog le dio a la actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="409"/>
        <location filename="../../fieldlog/io/template.py" line="410"/>
        <source>WGS84 decimal degrees (DMS accepted)</source>
        <translation>grados decimales WGS84 (se acepta GMS)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="411"/>
        <source>the event&apos;s name; activity rows use it to name their event</source>
        <translation>el nombre del evento; las filas de actividades lo usan para indicar su evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="412"/>
        <source>the campaign the event is part of, like MAD Week 2026</source>
        <translation>la campaña de la que forma parte el evento, como MAD Week 2026</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="413"/>
        <source>when the event ended; with Start it gives the volunteer hours</source>
        <translation>cuándo terminó el evento; junto con Inicio da las horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="414"/>
        <source>the name of the place</source>
        <translation>el nombre del lugar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="415"/>
        <source>town, park or area</source>
        <translation>pueblo, parque o zona</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="416"/>
        <source>the size of the whole site</source>
        <translation>el tamaño de todo el sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="417"/>
        <source>the group that ran the event</source>
        <translation>el grupo que organizó el evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="418"/>
        <source>who ran the event</source>
        <translation>quién organizó el evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="419"/>
        <source>phone number or e-mail of the organizer</source>
        <translation>teléfono o correo electrónico del organizador</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="420"/>
        <source>how many volunteers took part</source>
        <translation>cuántos voluntarios participaron</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="421"/>
        <source>anything else worth keeping</source>
        <translation>cualquier otra cosa que valga la pena guardar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="422"/>
        <source>scientific name</source>
        <translation>nombre científico</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="423"/>
        <source>how many plants were put in the ground</source>
        <translation>cuántas plantas se pusieron en la tierra</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="424"/>
        <source>whether the species is native at the site</source>
        <translation>si la especie es nativa en el sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="425"/>
        <source>what was planted</source>
        <translation>qué se plantó</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="426"/>
        <source>the area planted</source>
        <translation>la superficie plantada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="427"/>
        <source>the area cleared</source>
        <translation>la superficie despejada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="428"/>
        <source>where the seed or seedlings came from</source>
        <translation>de dónde vinieron las semillas o plántulas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="429"/>
        <source>your label for the seed lot</source>
        <translation>su etiqueta para el lote de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="430"/>
        <source>the weight of seed collected</source>
        <translation>el peso de las semillas recolectadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="431"/>
        <source>how many seeds were collected</source>
        <translation>cuántas semillas se recolectaron</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="432"/>
        <source>how many plants seed was taken from</source>
        <translation>de cuántas plantas se tomaron semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="433"/>
        <source>how many plants the population has</source>
        <translation>cuántas plantas tiene la población</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="434"/>
        <source>how many seedballs were made</source>
        <translation>cuántas bombas de semillas se hicieron</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="435"/>
        <source>the weight of seed used</source>
        <translation>el peso de las semillas usadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="436"/>
        <source>how the plants were removed</source>
        <translation>cómo se removieron las plantas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="437"/>
        <source>the weight removed or picked up</source>
        <translation>el peso removido o recolectado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="438"/>
        <source>how many bags were filled</source>
        <translation>cuántas bolsas se llenaron</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="439"/>
        <source>how many stems were removed</source>
        <translation>cuántos tallos se removieron</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="440"/>
        <source>how much of the ground the species covered before removal</source>
        <translation>qué parte del suelo cubría la especie antes de la remoción</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="441"/>
        <source>the plants&apos; life stage</source>
        <translation>la etapa de vida de las plantas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="442"/>
        <source>what happened to the removed plants</source>
        <translation>qué se hizo con las plantas removidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="443"/>
        <source>where the pickup took place</source>
        <translation>dónde se hizo la recolección</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="444"/>
        <source>the distance covered</source>
        <translation>la distancia recorrida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="445"/>
        <source>what was done</source>
        <translation>qué se hizo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="446"/>
        <source>how much was done, if it can be counted</source>
        <translation>cuánto se hizo, si se puede contar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="447"/>
        <source>the unit of Quantity</source>
        <translation>la unidad de Cantidad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="448"/>
        <source>the kind of item picked up</source>
        <translation>el tipo de artículo recolectado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="449"/>
        <source>how many of them were picked up</source>
        <translation>cuántos se recolectaron</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="457"/>
        <source>(personal data: goes into no report unless you ask)</source>
        <translation>(dato personal: no va en ningún informe a menos que usted lo pida)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="465"/>
        <source>a unit from the drop-down ({units}, …) or your own words</source>
        <translation>una unidad de la lista desplegable ({units}, …) o sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="468"/>
        <source>an item category from the drop-down, or your own words</source>
        <translation>una categoría de artículo de la lista desplegable, o sus propias palabras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="470"/>
        <source>number from 0 to 100</source>
        <translation>número de 0 a 100</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="472"/>
        <source>an {event} name from the {events} sheet or from fieldlog (or fill in {event_id} instead)</source>
        <translation>un nombre de {event} de la hoja {events} o de fieldlog (o complete {event_id} en su lugar)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="476"/>
        <source>{kind}; header unit may be changed to {units}</source>
        <translation>{kind}; la unidad del encabezado se puede cambiar a {units}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="512"/>
        <source>fieldlog spreadsheet template</source>
        <translation>Plantilla de hoja de cálculo de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="514"/>
        <source>Fill in this workbook with your volunteer events and what was done at them, then import it into fieldlog (Import in the window, or: fieldlog import FILE.xlsx).</source>
        <translation>Complete este libro con sus eventos de voluntariado y lo que se hizo en ellos, y luego impórtelo en fieldlog (Importar en la ventana, o: fieldlog import ARCHIVO.xlsx).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="519"/>
        <source>How to fill it in</source>
        <translation>Cómo completarla</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="525"/>
        <source>The sheets</source>
        <translation>Las hojas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="530"/>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="530"/>
        <source>Required</source>
        <translation>Obligatoria</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="531"/>
        <source>What it holds</source>
        <translation>Qué contiene</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="531"/>
        <source>Allowed values</source>
        <translation>Valores permitidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="532"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="535"/>
        <source>Columns of the {sheet} sheet</source>
        <translation>Columnas de la hoja {sheet}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="128"/>
        <source>Planting</source>
        <translation>Plantación</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="129"/>
        <source>Seed collection</source>
        <translation>Recolección de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="130"/>
        <source>Seedball making</source>
        <translation>Elaboración de bombas de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="131"/>
        <source>Invasive removal</source>
        <translation>Remoción de invasoras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="132"/>
        <source>Litter pickup</source>
        <translation>Recolección de basura</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="133"/>
        <source>Other</source>
        <translation>Otra actividad</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="135"/>
        <source>Native</source>
        <translation>Nativa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="136"/>
        <source>Introduced</source>
        <translation>Introducida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="137"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="139"/>
        <source>Bare root</source>
        <translation>Raíz desnuda</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="140"/>
        <source>Container</source>
        <translation>Contenedor</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="141"/>
        <source>Plug</source>
        <translation>Plántula de bandeja</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="142"/>
        <source>Cutting</source>
        <translation>Estaca</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="143"/>
        <source>Direct seed</source>
        <translation>Siembra directa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="144"/>
        <source>Seedball</source>
        <translation>Bomba de semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="146"/>
        <source>Hand pull</source>
        <translation>Arranque manual</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="147"/>
        <source>Dig</source>
        <translation>Excavación</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="148"/>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="149"/>
        <source>Mow</source>
        <translation>Desbroce</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="150"/>
        <source>Girdle</source>
        <translation>Anillado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="151"/>
        <source>Herbicide cut stump</source>
        <translation>Herbicida en tocón</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="152"/>
        <source>Herbicide foliar</source>
        <translation>Herbicida foliar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="153"/>
        <source>Smother</source>
        <translation>Sofocación</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="155"/>
        <source>Vegetative</source>
        <translation>Vegetativa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="156"/>
        <source>Flowering</source>
        <translation>En floración</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="157"/>
        <source>Seeding</source>
        <translation>Con semillas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="159"/>
        <source>Left on site</source>
        <translation>Dejado en el sitio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="160"/>
        <source>Composted</source>
        <translation>Compostado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="161"/>
        <source>Bagged landfill</source>
        <translation>Embolsado a relleno sanitario</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="162"/>
        <source>Burned</source>
        <translation>Quemado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="164"/>
        <source>Beach</source>
        <translation>Playa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="165"/>
        <source>Shore</source>
        <translation>Orilla</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="166"/>
        <source>Underwater</source>
        <translation>Subacuática</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="167"/>
        <source>Trail</source>
        <translation>Sendero</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="168"/>
        <source>Street</source>
        <translation>Calle</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="169"/>
        <source>Park</source>
        <translation>Parque</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="171"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="172"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="174"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="175"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
</TS>
