<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActivitiesModel</name>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="266"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="266"/>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="267"/>
        <source>How much</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="267"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="664"/>
        <source>Blank: the day the event starts</source>
        <translation>Vide : le jour où commence l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="689"/>
        <source>No event chosen</source>
        <translation>Aucun événement choisi</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="694"/>
        <source>{event} at {site}, {start}</source>
        <translation>{event} à {site}, {start}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="697"/>
        <source>{event}, {start}</source>
        <translation>{event}, {start}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="703"/>
        <source>Choose the event this activity belongs to first.</source>
        <translation>Choisissez d&apos;abord l&apos;événement auquel appartient cette activité.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="665"/>
        <source>Click a bar to filter the events list.</source>
        <translation>Cliquez sur une barre pour filtrer la liste des événements.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="695"/>
        <source>Click to show these events</source>
        <translation>Cliquez pour afficher ces événements</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1010"/>
        <source>Pick one from the list</source>
        <translation>Choisissez une valeur dans la liste</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="120"/>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="123"/>
        <source>Overwrite with mine</source>
        <translation>Remplacer par ma version</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="126"/>
        <source>Keep theirs</source>
        <translation>Garder leur version</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="132"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CoordinateField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="786"/>
        <source>{decimal} or {dms}</source>
        <translation>{decimal} ou {dms}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="804"/>
        <source>Read as {value}</source>
        <translation>Lu comme {value}</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1130"/>
        <source>Country name or code, like Kenya or KE</source>
        <translation>Nom ou code du pays, par ex. Kenya ou KE</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1136"/>
        <source>&apos;{text}&apos; is not a country fieldlog knows; type its name or its two-letter code, like KE</source>
        <translation>« {text} » n&apos;est pas un pays connu de fieldlog ; tapez son nom ou son code à deux lettres, par ex. KE</translation>
    </message>
</context>
<context>
    <name>Counts</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="78"/>
        <source>? events</source>
        <translation>? événements</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/backup_dialog.py" line="79"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="140"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="169"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="303"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="84"/>
        <source>? activities</source>
        <translation>? activités</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/backup_dialog.py" line="85"/>
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
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
            <numerusform>%Ln retrait</numerusform>
            <numerusform>%Ln retraits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="146"/>
        <location filename="../../fieldlog/ui/models.py" line="250"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln objet</numerusform>
            <numerusform>%Ln objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="162"/>
        <source>Sites (%Ln on the map, sized by events)</source>
        <translation>
            <numerusform>Sites (%Ln sur la carte, taille selon les événements)</numerusform>
            <numerusform>Sites (%Ln sur la carte, taille selon les événements)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="170"/>
        <source>%Ln site(s) without coordinates ({events}) are counted but not on the map.</source>
        <translation>
            <numerusform>%Ln site sans coordonnées ({events}) est compté mais n&apos;apparaît pas sur la carte.</numerusform>
            <numerusform>%Ln sites sans coordonnées ({events}) sont comptés mais n&apos;apparaissent pas sur la carte.</numerusform>
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
            <numerusform>%Ln plantation sans espèce : comptée dans les totaux, pas ici.</numerusform>
            <numerusform>%Ln plantations sans espèce : comptées dans les totaux, pas ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="560"/>
        <source>%Ln removal(s) without a species: counted in the totals, not here.</source>
        <translation>
            <numerusform>%Ln retrait sans espèce : compté dans les totaux, pas ici.</numerusform>
            <numerusform>%Ln retraits sans espèce : comptés dans les totaux, pas ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/formatting.py" line="77"/>
        <location filename="../../fieldlog/ui/models.py" line="241"/>
        <source>%Ln seed(s)</source>
        <translation>
            <numerusform>%Ln graine</numerusform>
            <numerusform>%Ln graines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/formatting.py" line="78"/>
        <location filename="../../fieldlog/ui/models.py" line="228"/>
        <source>%Ln bag(s)</source>
        <translation>
            <numerusform>%Ln sac</numerusform>
            <numerusform>%Ln sacs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/models.py" line="244"/>
        <source>%Ln seedball(s)</source>
        <translation>
            <numerusform>%Ln bombe à graines</numerusform>
            <numerusform>%Ln bombes à graines</numerusform>
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
            <numerusform>%Ln fichier n&apos;a pas été joint :</numerusform>
            <numerusform>%Ln fichiers n&apos;ont pas été joints :</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="242"/>
        <source>%Ln photo(s) attached; the record is otherwise unchanged.</source>
        <translation>
            <numerusform>%Ln photo jointe ; l&apos;enregistrement n&apos;a pas changé par ailleurs.</numerusform>
            <numerusform>%Ln photos jointes ; l&apos;enregistrement n&apos;a pas changé par ailleurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="249"/>
        <source>The database is damaged</source>
        <translation>La base de données est endommagée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="254"/>
        <source>{name} is damaged</source>
        <translation>{name} est endommagé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="260"/>
        <source>SQLite&apos;s check of the file found damage, so fieldlog has stopped using it. Nothing was deleted: the damaged file is kept beside it as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>La vérification SQLite du fichier a trouvé des dommages : fieldlog a donc cessé de l&apos;utiliser. Rien n&apos;a été supprimé : le fichier endommagé est conservé à côté, sous le nom &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="267"/>
        <source>The newest good backup is from &lt;b&gt;{when}&lt;/b&gt; and holds {events} and {activities}. Restoring it brings back everything saved up to then; anything saved after it is only in the damaged file.</source>
        <translation>La sauvegarde valide la plus récente date du &lt;b&gt;{when}&lt;/b&gt; et contient {events} et {activities}. La restaurer rétablit tout ce qui était enregistré jusque-là ; ce qui a été enregistré après ne se trouve que dans le fichier endommagé.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="273"/>
        <source>No good backup of it was found in the &lt;i&gt;backups&lt;/i&gt; folder beside it, and fieldlog does not start a new, empty database in its place by itself. Keep the damaged file: someone who knows SQLite may rescue its records (sqlite3&apos;s &lt;i&gt;.recover&lt;/i&gt;). To start again with an empty database, move {name} to another folder and open fieldlog again.</source>
        <translation>Aucune sauvegarde valide n&apos;a été trouvée dans le dossier &lt;i&gt;backups&lt;/i&gt; à côté, et fieldlog ne crée pas de lui-même une nouvelle base vide à sa place. Gardez le fichier endommagé : une personne qui connaît SQLite pourra peut-être récupérer ses enregistrements (commande &lt;i&gt;.recover&lt;/i&gt; de sqlite3). Pour repartir d&apos;une base vide, déplacez {name} dans un autre dossier et rouvrez fieldlog.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="279"/>
        <source>Folder: {folder}</source>
        <translation>Dossier : {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="286"/>
        <source>What SQLite reported: {detail}</source>
        <translation>Message de SQLite : {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="312"/>
        <source>Restore the backup of {when} ({events})</source>
        <translation>Restaurer la sauvegarde du {when} ({events})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="318"/>
        <source>Open another database…</source>
        <translation>Ouvrir une autre base de données…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="322"/>
        <source>Quit fieldlog</source>
        <translation>Quitter fieldlog</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="912"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="1005"/>
        <source>Click a site on the map to see its events.</source>
        <translation>Cliquez sur un site de la carte pour voir ses événements.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="972"/>
        <source>{filter} · adding up…</source>
        <translation>{filter} · calcul en cours…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="990"/>
        <source>The dashboard could not be read: {reason}</source>
        <translation>Impossible de lire le tableau de bord : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="1047"/>
        <source>&lt;b&gt;{site}&lt;/b&gt; ({country}): reading its events…</source>
        <translation>&lt;b&gt;{site}&lt;/b&gt; ({country}) : lecture de ses événements…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="1057"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="1059"/>
        <source>&lt;b&gt;{site}&lt;/b&gt; ({country}): {events}, the newest {listed} listed</source>
        <translation>&lt;b&gt;{site}&lt;/b&gt; ({country}) : {events}, les {listed} plus récents affichés</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="1061"/>
        <source>&lt;b&gt;{site}&lt;/b&gt; ({country}): {events}</source>
        <translation>&lt;b&gt;{site}&lt;/b&gt; ({country}) : {events}</translation>
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
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="839"/>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Choisir dans un calendrier (Alt+Bas)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="855"/>
        <source>Event day: {date}</source>
        <translation>Jour de l&apos;événement : {date}</translation>
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
        <translation>Nom de l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="502"/>
        <source>Like Karura planting day 2026</source>
        <translation>Par ex. Journée de plantation Karura 2026</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="504"/>
        <source>Like MAD-Week 2026</source>
        <translation>Par ex. MAD-Week 2026</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="509"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="509"/>
        <source>Local time at the site</source>
        <translation>Heure locale sur le site</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="510"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="511"/>
        <source>Local time at the site; needed to work out volunteer hours</source>
        <translation>Heure locale sur le site ; nécessaire pour calculer les heures de bénévolat</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="513"/>
        <source>People who took part</source>
        <translation>Personnes ayant participé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="516"/>
        <source>Hours everyone worked together; left blank, participants x duration is used</source>
        <translation>Heures travaillées par tous ensemble ; si vide, on prend participants x durée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="523"/>
        <source>Email or phone</source>
        <translation>E-mail ou téléphone</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="524"/>
        <source>Personal: stays on this laptop, never in a report unless you ask</source>
        <translation>Personnel : reste sur cet ordinateur, jamais dans un rapport sauf si vous le demandez</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="525"/>
        <source>Personal: stays on this laptop</source>
        <translation>Personnel : reste sur cet ordinateur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="573"/>
        <source>Typed in (empty the field to work it out from participants x duration)</source>
        <translation>Saisi (videz le champ pour le calculer à partir de participants x durée)</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/forms.py" line="584"/>
        <source>Worked out: %Ln participant(s) x {hours} h</source>
        <translation>
            <numerusform>Calculé : %Ln participant x {hours} h</numerusform>
            <numerusform>Calculé : %Ln participants x {hours} h</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="586"/>
        <source>Worked out from participants x duration once both are in</source>
        <translation>Calculé à partir de participants x durée une fois les deux saisis</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="597"/>
        <source>Site {id}…</source>
        <translation>Site {id}…</translation>
    </message>
</context>
<context>
    <name>EventsModel</name>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="57"/>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="203"/>
        <source>Not counted at the event: participants × duration.</source>
        <translation>Non compté lors de l&apos;événement : participants × durée.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="72"/>
        <source>Export {export}</source>
        <translation>Exporter {export}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="79"/>
        <source>Events {filter}, as the window is filtered</source>
        <translation>Événements {filter}, selon le filtre de la fenêtre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="80"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="83"/>
        <source>Covers:</source>
        <translation>Contenu :</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="85"/>
        <source>Leave blank to export everything</source>
        <translation>Laissez vide pour tout exporter</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="86"/>
        <source>Include personal data (organizer names and contacts)</source>
        <translation>Inclure les données personnelles (noms et coordonnées des organisateurs)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="88"/>
        <source>For sharing: leave out personal data (organizer names and contacts) and
where photos were taken, the camera&apos;s owner and serial numbers</source>
        <translation>Pour le partage : exclut les données personnelles (noms et coordonnées des organisateurs) ainsi que
le lieu de prise des photos, le propriétaire de l&apos;appareil et les numéros de série</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="92"/>
        <source>Changes since (optional):</source>
        <translation>Modifications depuis (facultatif) :</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="95"/>
        <source>Personal data stays on this laptop unless you tick this.</source>
        <translation>Les données personnelles restent sur cet ordinateur, sauf si vous cochez cette case.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="100"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="106"/>
        <source>Folder:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="106"/>
        <source>File:</source>
        <translation>Fichier :</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="112"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="132"/>
        <source>Export CSV files into</source>
        <translation>Exporter les fichiers CSV dans</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="134"/>
        <source>Save {export}</source>
        <translation>Enregistrer {export}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="158"/>
        <source>Choose where to write it.</source>
        <translation>Choisissez où l&apos;écrire.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="163"/>
        <source>{path} is a file; choose a folder.</source>
        <translation>{path} est un fichier ; choisissez un dossier.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="166"/>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="169"/>
        <source>Only changes since: {problem}</source>
        <translation>Modifications depuis : {problem}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="664"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="989"/>
        <source>Import a spreadsheet</source>
        <translation>Importer un tableur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="688"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Retour</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="691"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Suivant &gt;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="694"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="697"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="923"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="746"/>
        <source>C&amp;hoose another file…</source>
        <translation>C&amp;hoisir un autre fichier…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="752"/>
        <source>Automatic (UTF-8)</source>
        <translation>Automatique (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="757"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Encodage</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="771"/>
        <source>Sheets</source>
        <translation>Feuilles</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="772"/>
        <source>Tick the sheets to import and choose the table each one fills. Sheets named after a table (Events, Planting, …) are chosen for you.</source>
        <translation>Cochez les feuilles à importer et choisissez la table que remplit chacune. Les feuilles qui portent le nom d&apos;une table (Événements, Plantation, …) sont choisies pour vous.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="784"/>
        <source>&amp;Load mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="786"/>
        <source>Sa&amp;ve mapping…</source>
        <translation>Enre&amp;gistrer la correspondance…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="800"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1063"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="801"/>
        <source>Choose the field each column of the file goes to; columns left at “{ignore}” are not imported. Fields with * are required. fieldlog remembers these choices for files with the same headers.</source>
        <translation>Choisissez le champ où va chaque colonne du fichier ; les colonnes laissées sur « {ignore} » ne sont pas importées. Les champs marqués * sont obligatoires. fieldlog retient ces choix pour les fichiers ayant les mêmes en-têtes.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="825"/>
        <source>Sho&amp;w</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="832"/>
        <source>S&amp;top preview</source>
        <translation>Arrê&amp;ter l&apos;aperçu</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="836"/>
        <source>Preview a&amp;gain</source>
        <translation>Relancer l&apos;a&amp;perçu</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="885"/>
        <source>&amp;Skip invalid rows</source>
        <translation>Ignorer les lignes non &amp;valides</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="889"/>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="889"/>
        <source>What importing would do with every row. Nothing is written until you press Import.</source>
        <translation>Ce que l&apos;import ferait de chaque ligne. Rien n&apos;est écrit tant que vous n&apos;appuyez pas sur Importer.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="923"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="942"/>
        <source>Tick at least one sheet and choose its table.</source>
        <translation>Cochez au moins une feuille et choisissez sa table.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="948"/>
        <source>Fix the mapping of {sheets} first (the message under its columns says how).</source>
        <translation>Corrigez d&apos;abord la correspondance de {sheets} (le message sous ses colonnes indique comment).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="963"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1563"/>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="965"/>
        <source>Import is possible once the preview has read the whole file.</source>
        <translation>L&apos;import sera possible quand l&apos;aperçu aura lu tout le fichier.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="968"/>
        <source>Import is possible after a complete preview.</source>
        <translation>L&apos;import est possible après un aperçu complet.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="972"/>
        <source>%Ln row(s) have errors: fix the file and preview again, or tick “Skip invalid rows” to import the others.</source>
        <translation>
            <numerusform>%Ln ligne contient des erreurs : corrigez le fichier et relancez l&apos;aperçu, ou cochez « Ignorer les lignes non valides » pour importer les autres.</numerusform>
            <numerusform>%Ln lignes contiennent des erreurs : corrigez le fichier et relancez l&apos;aperçu, ou cochez « Ignorer les lignes non valides » pour importer les autres.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="975"/>
        <source>Nothing to import: every row is already in fieldlog or left out.</source>
        <translation>Rien à importer : chaque ligne est déjà dans fieldlog ou est exclue.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="978"/>
        <source>Ready: {new} new and {updated} updated, in one step after a backup; %Ln error row(s) left out.</source>
        <translation>
            <numerusform>Prêt : {new} nouveaux et {updated} mis à jour, en une seule fois après une sauvegarde ; %Ln ligne en erreur exclue.</numerusform>
            <numerusform>Prêt : {new} nouveaux et {updated} mis à jour, en une seule fois après une sauvegarde ; %Ln lignes en erreur exclues.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="980"/>
        <source>Ready: {new} new and {updated} updated, in one step after a backup.</source>
        <translation>Prêt : {new} nouveaux et {updated} mis à jour, en une seule fois après une sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="988"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Tableurs ({patterns})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="988"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1246"/>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1005"/>
        <source>&amp;Skip invalid rows: import the others, and write the rows with errors to “{file}” for fixing</source>
        <translation>Ignorer les lignes non &amp;valides : importer les autres et écrire les lignes en erreur dans « {file} » pour les corriger</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1008"/>
        <source>Reading the file…</source>
        <translation>Lecture du fichier…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1031"/>
        <source>Choose the file&apos;s encoding</source>
        <translation>Choisir l&apos;encodage du fichier</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1032"/>
        <source>Which encoding was the file saved in?</source>
        <translation>Dans quel encodage le fichier a-t-il été enregistré ?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1063"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1063"/>
        <source>Fills the table</source>
        <translation>Remplit la table</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1070"/>
        <source>Table for sheet {sheet}</source>
        <translation>Table pour la feuille {sheet}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1091"/>
        <source>%Ln sheet(s); {chosen} chosen. Next: check the columns.</source>
        <translation>
            <numerusform>%Ln feuille ; {chosen} choisie(s). Ensuite : vérifiez les colonnes.</numerusform>
            <numerusform>%Ln feuilles ; {chosen} choisie(s). Ensuite : vérifiez les colonnes.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1093"/>
        <source>No sheet is named after a table fieldlog knows, and no headers match one: choose the table of each sheet to import.</source>
        <translation>Aucune feuille ne porte le nom d&apos;une table connue de fieldlog, et aucun en-tête ne correspond : choisissez la table de chaque feuille à importer.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1103"/>
        <source>row {row} is empty</source>
        <translation>la ligne {row} est vide</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1105"/>
        <source>%Ln column(s); not imported</source>
        <translation>
            <numerusform>%Ln colonne ; non importée</numerusform>
            <numerusform>%Ln colonnes ; non importées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1108"/>
        <source>{matched} of %Ln column(s) recognised</source>
        <translation>
            <numerusform>{matched} sur %Ln colonne reconnue(s)</numerusform>
            <numerusform>{matched} sur %Ln colonnes reconnue(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1109"/>
        <source>{matched} of %Ln column(s) recognised: map them on the next page</source>
        <translation>
            <numerusform>{matched} sur %Ln colonne reconnue(s) : faites la correspondance à la page suivante</numerusform>
            <numerusform>{matched} sur %Ln colonnes reconnue(s) : faites la correspondance à la page suivante</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1194"/>
        <source>The date format is written with codes like %d.%m.%Y (day.month.year); leave it blank for dates the spreadsheet already knows.</source>
        <translation>Le format de date s&apos;écrit avec des codes comme %d.%m.%Y (jour.mois.année) ; laissez-le vide pour les dates que le tableur reconnaît déjà.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1213"/>
        <source>Reading row {row} of {sheet}…</source>
        <translation>Lecture de la ligne {row} de {sheet}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1246"/>
        <source>Column mappings ({patterns})</source>
        <translation>Correspondances de colonnes ({patterns})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1251"/>
        <source>Save the column mapping</source>
        <translation>Enregistrer la correspondance des colonnes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1260"/>
        <source>The mapping was not saved: {error} ({file}).</source>
        <translation>La correspondance n&apos;a pas été enregistrée : {error} ({file}).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1263"/>
        <source>Saved the mapping to {file}.</source>
        <translation>Correspondance enregistrée dans {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1267"/>
        <source>Load a column mapping</source>
        <translation>Charger une correspondance de colonnes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1297"/>
        <source>Loaded {file} for {sheets}.</source>
        <translation>{file} chargé pour {sheets}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1298"/>
        <source>Loaded {file}.</source>
        <translation>{file} chargé.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1300"/>
        <source>This file has no sheet {sheets}.</source>
        <translation>Ce fichier n&apos;a pas de feuille {sheets}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1323"/>
        <source>Reading {file}…</source>
        <translation>Lecture de {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1369"/>
        <source>Reading {file}… %Ln row(s) so far: {statuses}</source>
        <translation>
            <numerusform>Lecture de {file}… %Ln ligne pour l&apos;instant : {statuses}</numerusform>
            <numerusform>Lecture de {file}… %Ln lignes pour l&apos;instant : {statuses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1370"/>
        <source>Reading {file}… %Ln row(s) so far</source>
        <translation>
            <numerusform>Lecture de {file}… %Ln ligne pour l&apos;instant</numerusform>
            <numerusform>Lecture de {file}… %Ln lignes pour l&apos;instant</numerusform>
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
            <numerusform>%Ln site</numerusform>
            <numerusform>%Ln sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1394"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1396"/>
        <source>%Ln planting(s)</source>
        <translation>
            <numerusform>%Ln plantation</numerusform>
            <numerusform>%Ln plantations</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1398"/>
        <source>%Ln seed collection(s)</source>
        <translation>
            <numerusform>%Ln récolte de semences</numerusform>
            <numerusform>%Ln récoltes de semences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1400"/>
        <source>%Ln seedball batch(es)</source>
        <translation>
            <numerusform>%Ln lot de bombes à graines</numerusform>
            <numerusform>%Ln lots de bombes à graines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1402"/>
        <source>%Ln invasive removal(s)</source>
        <translation>
            <numerusform>%Ln retrait d&apos;invasives</numerusform>
            <numerusform>%Ln retraits d&apos;invasives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1404"/>
        <source>%Ln litter pickup(s)</source>
        <translation>
            <numerusform>%Ln ramassage de déchets</numerusform>
            <numerusform>%Ln ramassages de déchets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1406"/>
        <source>%Ln other activit(y/ies)</source>
        <translation>
            <numerusform>%Ln autre activité</numerusform>
            <numerusform>%Ln autres activités</numerusform>
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
            <numerusform>%Ln bombe à graines</numerusform>
            <numerusform>%Ln bombes à graines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1418"/>
        <source>%Ln seed(s)</source>
        <translation>
            <numerusform>%Ln graine</numerusform>
            <numerusform>%Ln graines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1420"/>
        <source>%Ln bag(s)</source>
        <translation>
            <numerusform>%Ln sac</numerusform>
            <numerusform>%Ln sacs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1422"/>
        <source>%Ln stem(s)</source>
        <translation>
            <numerusform>%Ln tige</numerusform>
            <numerusform>%Ln tiges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1424"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln objet</numerusform>
            <numerusform>%Ln objets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1443"/>
        <source>%Ln new</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln nouveau</numerusform>
            <numerusform>%Ln nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1445"/>
        <source>%Ln updated</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln mis à jour</numerusform>
            <numerusform>%Ln mis à jour</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1447"/>
        <source>%Ln unchanged</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln inchangé</numerusform>
            <numerusform>%Ln inchangés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1449"/>
        <source>%Ln duplicate(s)</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln doublon</numerusform>
            <numerusform>%Ln doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1451"/>
        <source>%Ln error(s)</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln erreur</numerusform>
            <numerusform>%Ln erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1453"/>
        <source>%Ln skipped</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln ignoré</numerusform>
            <numerusform>%Ln ignorés</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1467"/>
        <source>{file}: {statuses}</source>
        <translation>{file} : {statuses}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1469"/>
        <source>{file}: no rows to import</source>
        <translation>{file} : aucune ligne à importer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1471"/>
        <source>Would add: {what}</source>
        <translation>Ajouterait : {what}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1472"/>
        <source>Would add nothing new.</source>
        <translation>N&apos;ajouterait rien de nouveau.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1476"/>
        <source>Sheets not imported: {sheets}</source>
        <translation>Feuilles non importées : {sheets}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1490"/>
        <source>Row {row} of sheet {sheet}:</source>
        <translation>Ligne {row} de la feuille {sheet} :</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1506"/>
        <source>Preview stopped. Nothing was imported.</source>
        <translation>Aperçu arrêté. Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1512"/>
        <source>The file cannot be imported as it is.</source>
        <translation>Le fichier ne peut pas être importé tel quel.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1518"/>
        <source>Reading {file} as {encoding}…</source>
        <translation>Lecture de {file} en {encoding}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1547"/>
        <source>The rows with errors could not be written to {file}: {error}</source>
        <translation>Impossible d&apos;écrire les lignes en erreur dans {file} : {error}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1575"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1575"/>
        <source>Nothing imported</source>
        <translation>Rien d&apos;importé</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1583"/>
        <source>{file}: %Ln record(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>{file} : %Ln enregistrement ajouté, {updated} mis à jour, {unchanged} inchangé(s).</numerusform>
            <numerusform>{file} : %Ln enregistrements ajoutés, {updated} mis à jour, {unchanged} inchangé(s).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1589"/>
        <source>Added: {what}.</source>
        <translation>Ajouté : {what}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1592"/>
        <source>%Ln row(s) were left out as probable duplicates of records already in fieldlog.</source>
        <translation>
            <numerusform>%Ln ligne a été exclue comme doublon probable d&apos;un enregistrement déjà présent dans fieldlog.</numerusform>
            <numerusform>%Ln lignes ont été exclues comme doublons probables d&apos;enregistrements déjà présents dans fieldlog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1596"/>
        <source>%Ln row(s) with errors were not imported. They are in {file} with the reason: fix them there and import that file.</source>
        <translation>
            <numerusform>%Ln ligne en erreur n&apos;a pas été importée. Elle se trouve dans {file} avec la raison : corrigez-la dans ce fichier et importez-le.</numerusform>
            <numerusform>%Ln lignes en erreur n&apos;ont pas été importées. Elles se trouvent dans {file} avec la raison : corrigez-les dans ce fichier et importez-le.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1599"/>
        <source>%Ln row(s) with errors were not imported.</source>
        <translation>
            <numerusform>%Ln ligne en erreur n&apos;a pas été importée.</numerusform>
            <numerusform>%Ln lignes en erreur n&apos;ont pas été importées.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1604"/>
        <source>The database was backed up before the import: {file}</source>
        <translation>La base de données a été sauvegardée avant l&apos;import : {file}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1617"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Import annulé. Rien n&apos;a été importé.</translation>
    </message>
</context>
<context>
    <name>InvasiveRemovalForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="814"/>
        <source>Area treated</source>
        <translation>Surface traitée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="815"/>
        <source>Weight removed</source>
        <translation>Poids retiré</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="816"/>
        <source>Wet weight</source>
        <translation>Poids frais</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="817"/>
        <source>Bags filled</source>
        <translation>Sacs remplis</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="818"/>
        <source>Stems or plants</source>
        <translation>Tiges ou plants</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="819"/>
        <source>Give at least one of area, weight, bags or stems</source>
        <translation>Indiquez au moins la surface, le poids, les sacs ou les tiges</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="820"/>
        <source>Cover (%)</source>
        <translation>Recouvrement (%)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="821"/>
        <source>How much of the area the species covered</source>
        <translation>Part de la surface couverte par l&apos;espèce</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="822"/>
        <source>Life stage</source>
        <translation>Stade de développement</translation>
    </message>
</context>
<context>
    <name>LitterPickupForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="843"/>
        <source>Bags filled</source>
        <translation>Sacs remplis</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="844"/>
        <source>Weight collected</source>
        <translation>Poids ramassé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="845"/>
        <source>Distance covered</source>
        <translation>Distance parcourue</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="846"/>
        <source>Give at least one of bags, weight or an item count</source>
        <translation>Indiquez au moins les sacs, le poids ou un nombre d&apos;objets</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="847"/>
        <source>Items</source>
        <translation>Objets</translation>
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
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="411"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="413"/>
        <source>New &amp;site…</source>
        <translation>Nouveau &amp;site…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="419"/>
        <source>&amp;Edit event…</source>
        <translation>&amp;Modifier l&apos;événement…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="420"/>
        <source>Edit &amp;site…</source>
        <translation>Modifier le &amp;site…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="422"/>
        <source>&amp;Delete event</source>
        <translation>Su&amp;pprimer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="424"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="426"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="428"/>
        <source>Open a ser&amp;ver database…</source>
        <translation>Ouvrir une base sur un ser&amp;veur…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="430"/>
        <source>Back &amp;up now</source>
        <translation>Sa&amp;uvegarder maintenant</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="431"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurer une sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="435"/>
        <source>Load &amp;sample data</source>
        <translation>Charger des données de &amp;démonstration</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="437"/>
        <source>&amp;Import spreadsheet or package…</source>
        <translation>&amp;Importer un tableur ou un paquet…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="439"/>
        <source>New spreadsheet &amp;template…</source>
        <translation>Nouveau &amp;modèle de tableur…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="446"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="449"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="452"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="460"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="462"/>
        <source>New &amp;activity</source>
        <translation>Nouvelle &amp;activité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="471"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="478"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="484"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="485"/>
        <location filename="../../fieldlog/ui/main_window.py" line="804"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="486"/>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="489"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="490"/>
        <source>&amp;About fieldlog</source>
        <translation>À &amp;propos de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="495"/>
        <source>Scale down &amp;new photos</source>
        <translation>Réduire les &amp;nouvelles photos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="500"/>
        <source>Off: keep photos as taken</source>
        <translation>Désactivé : garder les photos telles quelles</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="501"/>
        <source>To {pixels} pixels on the longest side</source>
        <translation>À {pixels} pixels sur le plus grand côté</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="513"/>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="517"/>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="532"/>
        <source>fieldlog will be in {language} the next time it starts.</source>
        <translation>fieldlog sera en {language} au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="535"/>
        <source>fieldlog will follow the system&apos;s language the next time it starts.</source>
        <translation>fieldlog suivra la langue du système au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="553"/>
        <source>New event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="557"/>
        <source>Load sample data</source>
        <translation>Charger des données de démonstration</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="606"/>
        <source>Search events, sites, campaigns (Ctrl+F)</source>
        <translation>Rechercher événements, sites, campagnes (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="614"/>
        <source>Any campaign</source>
        <translation>Toutes les campagnes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="615"/>
        <location filename="../../fieldlog/ui/main_window.py" line="626"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="616"/>
        <location filename="../../fieldlog/ui/main_window.py" line="626"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="623"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="625"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="627"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="656"/>
        <source>Show all events</source>
        <translation>Afficher tous les événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="657"/>
        <source>Stop narrowing the events to this activity</source>
        <translation>Ne plus limiter les événements à cette activité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="668"/>
        <source>Showing only the events {activity}.</source>
        <translation>Seuls les événements {activity} sont affichés.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="728"/>
        <location filename="../../fieldlog/ui/main_window.py" line="945"/>
        <source>Choose an event to see what was done there.</source>
        <translation>Choisissez un événement pour voir ce qui y a été fait.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="731"/>
        <source>Edit event…</source>
        <translation>Modifier l&apos;événement…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="734"/>
        <source>Add activity</source>
        <translation>Ajouter une activité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="737"/>
        <source>Delete event</source>
        <translation>Supprimer l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="751"/>
        <source>Edit activity…</source>
        <translation>Modifier l&apos;activité…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="754"/>
        <source>Delete activity</source>
        <translation>Supprimer l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="767"/>
        <source>Choose an event to see its photos.</source>
        <translation>Choisissez un événement pour voir ses photos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="769"/>
        <source>Choose an activity in the list above to see its photos, or drop photo files on it to attach them.</source>
        <translation>Choisissez une activité dans la liste ci-dessus pour voir ses photos, ou déposez-y des fichiers photo pour les joindre.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="803"/>
        <source>&amp;Events</source>
        <translation>É&amp;vénements</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="893"/>
        <source>%Ln event(s) match the filter</source>
        <translation>
            <numerusform>%Ln événement correspond au filtre</numerusform>
            <numerusform>%Ln événements correspondent au filtre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="893"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="895"/>
        <source>{events}; scroll for more ({loaded} loaded)</source>
        <translation>{events} ; faites défiler pour en voir plus ({loaded} chargés)</translation>
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
            <numerusform>%Ln participant</numerusform>
            <numerusform>%Ln participants</numerusform>
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
            <numerusform>%Ln activité</numerusform>
            <numerusform>%Ln activités</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="973"/>
        <source>Photos of the activity</source>
        <translation>Photos de l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="977"/>
        <source>Photos of the {activity}: {what}</source>
        <translation>Photos – {activity} : {what}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="978"/>
        <source>Photos of the {activity}</source>
        <translation>Photos – {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1031"/>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1040"/>
        <source>Edit site</source>
        <translation>Modifier le site</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1051"/>
        <source>First, a site</source>
        <translation>D&apos;abord, un site</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1052"/>
        <source>Events happen at a site. Describe the site first; the event editor opens after you save it.</source>
        <translation>Les événements ont lieu sur un site. Décrivez d&apos;abord le site ; l&apos;éditeur d&apos;événement s&apos;ouvre une fois le site enregistré.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1061"/>
        <source>Edit event</source>
        <translation>Modifier l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1061"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1075"/>
        <source>Choose the event first: activities belong to an event.</source>
        <translation>Choisissez d&apos;abord l&apos;événement : les activités appartiennent à un événement.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1093"/>
        <source>Edit {activity}</source>
        <translation>Modifier : {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1093"/>
        <source>New {activity}</source>
        <translation>Nouveau : {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1103"/>
        <source>add {record}</source>
        <translation>ajout : {record}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1106"/>
        <source>edit {record}</source>
        <translation>modification : {record}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1113"/>
        <source>Saved the {record}.</source>
        <translation>Enregistré : {record}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1119"/>
        <source>Kept the {record} as someone else saved it {when}; your changes were not saved.</source>
        <translation>{record} conservé tel que quelqu&apos;un d&apos;autre l&apos;a enregistré {when} ; vos modifications n&apos;ont pas été enregistrées.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1129"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="766"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1129"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="769"/>
        <source>activity</source>
        <translation>activité</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1138"/>
        <source>Delete “{event}” and its %Ln activity(-ies)?

Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Supprimer « {event} » et son activité (%Ln) ?

Édition &gt; Annuler permet de le récupérer.</numerusform>
            <numerusform>Supprimer « {event} » et ses %Ln activités ?

Édition &gt; Annuler permet de le récupérer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1141"/>
        <source>Delete “{event}”?

Edit &gt; Undo brings it back.</source>
        <translation>Supprimer « {event} » ?

Édition &gt; Annuler permet de le récupérer.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1142"/>
        <source>Delete event?</source>
        <translation>Supprimer l&apos;événement ?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1144"/>
        <source>delete event “{event}”</source>
        <translation>suppression de l&apos;événement « {event} »</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1152"/>
        <source>Delete activity?</source>
        <translation>Supprimer l&apos;activité ?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1153"/>
        <source>Delete this {activity}?

Edit &gt; Undo brings it back.</source>
        <translation>Supprimer cette activité ({activity}) ?

Édition &gt; Annuler permet de la récupérer.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1156"/>
        <source>delete {activity}</source>
        <translation>suppression : {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1164"/>
        <source>Deleted. Edit &gt; Undo brings it back.</source>
        <translation>Supprimé. Édition &gt; Annuler permet de le récupérer.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1191"/>
        <source>since your edit</source>
        <translation>depuis votre modification</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1192"/>
        <source>Undo anyway: put back your version, replacing their changes.
Keep theirs: leave the {record} as they saved it (the undo history starts afresh).</source>
        <translation>Annuler quand même : remettre votre version, à la place de leurs modifications.
Garder leur version : laisser l&apos;élément ({record}) tel qu&apos;ils l&apos;ont enregistré (l&apos;historique d&apos;annulation repart de zéro).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1194"/>
        <source>Redo anyway: put back your version, replacing their changes.
Keep theirs: leave the {record} as they saved it (the undo history starts afresh).</source>
        <translation>Rétablir quand même : remettre votre version, à la place de leurs modifications.
Garder leur version : laisser l&apos;élément ({record}) tel qu&apos;ils l&apos;ont enregistré (l&apos;historique d&apos;annulation repart de zéro).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1196"/>
        <source>Undo anyway</source>
        <translation>Annuler quand même</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1196"/>
        <source>Redo anyway</source>
        <translation>Rétablir quand même</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1208"/>
        <source>Kept the {record} as someone else saved it; nothing was undone.</source>
        <translation>Élément ({record}) conservé tel que quelqu&apos;un d&apos;autre l&apos;a enregistré ; rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1209"/>
        <source>Kept the {record} as someone else saved it; nothing was redone.</source>
        <translation>Élément ({record}) conservé tel que quelqu&apos;un d&apos;autre l&apos;a enregistré ; rien n&apos;a été rétabli.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1230"/>
        <source>Loaded %Ln sample record(s).</source>
        <translation>
            <numerusform>%Ln enregistrement de démonstration chargé.</numerusform>
            <numerusform>%Ln enregistrements de démonstration chargés.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1233"/>
        <source>Loading sample data…</source>
        <translation>Chargement des données de démonstration…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1242"/>
        <source>Open a fieldlog database</source>
        <translation>Ouvrir une base de données fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1243"/>
        <source>fieldlog databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données fieldlog (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1249"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1277"/>
        <source>Opening {database}…</source>
        <translation>Ouverture de {database}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1262"/>
        <source>Open a server database</source>
        <translation>Ouvrir une base de données sur un serveur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1263"/>
        <source>The database&apos;s URL, as your coordinator or server administrator gave it, for example
{example}

Keep the password out of it: fieldlog reads it from ~/.pgpass or PGPASSWORD, as every
PostgreSQL program does.</source>
        <translation>L&apos;URL de la base de données, telle que votre coordinateur ou l&apos;administrateur du serveur l&apos;a donnée, par exemple
{example}

N&apos;y mettez pas le mot de passe : fieldlog le lit dans ~/.pgpass ou PGPASSWORD, comme tout
programme PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1274"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1290"/>
        <source>Database not opened</source>
        <translation>Base de données non ouverte</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1288"/>
        <source>fieldlog is already open</source>
        <translation>fieldlog est déjà ouvert</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1311"/>
        <source>Import a spreadsheet or an exchange package</source>
        <translation>Importer un tableur ou un paquet d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1312"/>
        <source>Spreadsheets and packages (*.xlsx *.xlsm *.csv *.tsv *.txt *.fieldlog);;All files (*)</source>
        <translation>Tableurs et paquets (*.xlsx *.xlsm *.csv *.tsv *.txt *.fieldlog);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1322"/>
        <source>Finish or close the import that is open first.</source>
        <translation>Terminez ou fermez d&apos;abord l&apos;import en cours.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1339"/>
        <source>Imported: {added} added, {updated} updated.</source>
        <translation>Importé : {added} ajoutés, {updated} mis à jour.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1344"/>
        <source>Merged: {summary}</source>
        <translation>Fusionné : {summary}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1401"/>
        <source>Choose an activity first, then drop its photos on its strip.</source>
        <translation>Choisissez d&apos;abord une activité, puis déposez ses photos sur son bandeau.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1410"/>
        <source>Attach photos to the event</source>
        <translation>Joindre des photos à l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1411"/>
        <source>Attach photos to the activity</source>
        <translation>Joindre des photos à l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1427"/>
        <source>Photos are being attached: wait until that is done.</source>
        <translation>Des photos sont en cours d&apos;ajout : attendez la fin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1443"/>
        <source>Attaching %Ln photo(s)…</source>
        <translation>
            <numerusform>Ajout de %Ln photo…</numerusform>
            <numerusform>Ajout de %Ln photos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1462"/>
        <source>Some files were not attached</source>
        <translation>Certains fichiers n&apos;ont pas été joints</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1463"/>
        <source>Nothing attached</source>
        <translation>Rien n&apos;a été joint</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1468"/>
        <source>Use the photo&apos;s date and place?</source>
        <translation>Utiliser la date et le lieu de la photo ?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1482"/>
        <source>fill {activity} from photo</source>
        <translation>remplir {activity} depuis la photo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1484"/>
        <source>The {activity} now has the photo&apos;s date and position.</source>
        <translation>L&apos;activité ({activity}) a maintenant la date et la position de la photo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1512"/>
        <source>Save the spreadsheet template</source>
        <translation>Enregistrer le modèle de tableur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1513"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Classeurs Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1518"/>
        <source>Writing the template to {file}…</source>
        <translation>Écriture du modèle dans {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1522"/>
        <source>The template was not saved.</source>
        <translation>Le modèle n&apos;a pas été enregistré.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1523"/>
        <source>Template not saved</source>
        <translation>Modèle non enregistré</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1524"/>
        <source>The template could not be written to {file}: {reason}</source>
        <translation>Impossible d&apos;écrire le modèle dans {file} : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1526"/>
        <source>Saved the template to {file}.</source>
        <translation>Modèle enregistré dans {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1546"/>
        <source>Writing {export} to {file}…</source>
        <translation>Écriture de {export} dans {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1549"/>
        <source>Wrote {export} to {file} (%Ln record(s)).</source>
        <translation>
            <numerusform>{export} écrit dans {file} (%Ln enregistrement).</numerusform>
            <numerusform>{export} écrit dans {file} (%Ln enregistrements).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1555"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Export annulé : aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1557"/>
        <source>{export} was not written.</source>
        <translation>{export} n&apos;a pas été écrit.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1559"/>
        <source>Export not written</source>
        <translation>Export non écrit</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1561"/>
        <source>Writing {export}…</source>
        <translation>Écriture de {export}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1573"/>
        <source>The backup was not made.</source>
        <translation>La sauvegarde n&apos;a pas été faite.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1574"/>
        <source>Backup not made</source>
        <translation>Sauvegarde non faite</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1575"/>
        <source>{reason}

The database itself was not changed.</source>
        <translation>{reason}

La base de données elle-même n&apos;a pas été modifiée.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1578"/>
        <source>Backed up to {backup}.</source>
        <translation>Sauvegardé dans {backup}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1580"/>
        <source>Backing up…</source>
        <translation>Sauvegarde en cours…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1591"/>
        <source>Backed up automatically to {file}.</source>
        <translation>Sauvegarde automatique dans {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1596"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>La sauvegarde automatique a échoué : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1625"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1732"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1736"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1821"/>
        <source>Backup not restored</source>
        <translation>Sauvegarde non restaurée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1632"/>
        <source>Restore the backup of {backup}?

The database is replaced by it: anything saved after that backup is taken out.

The current database is backed up first (as “Before a restore”), so File &gt; Restore from backup… can bring it back.</source>
        <translation>Restaurer la sauvegarde du {backup} ?

Elle remplace la base de données : tout ce qui a été enregistré après cette sauvegarde est retiré.

La base actuelle est d&apos;abord sauvegardée (sous « Avant une restauration »), pour que Fichier &gt; Restaurer une sauvegarde… puisse la récupérer.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1635"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde ?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1651"/>
        <source>Restore later</source>
        <translation>Restaurer plus tard</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1652"/>
        <source>Finish or close the editor or import that is open, then restore the backup.</source>
        <translation>Terminez ou fermez l&apos;éditeur ou l&apos;import en cours, puis restaurez la sauvegarde.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1654"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1824"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1700"/>
        <source>%Ln photo(s) copied back into the photo store from the photo backup.</source>
        <translation>
            <numerusform>%Ln photo recopiée dans la photothèque depuis la sauvegarde des photos.</numerusform>
            <numerusform>%Ln photos recopiées dans la photothèque depuis la sauvegarde des photos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1704"/>
        <source>%Ln photo(s) of the restored records cannot be found: {files}</source>
        <translation>
            <numerusform>%Ln photo des enregistrements restaurés est introuvable : {files}</numerusform>
            <numerusform>%Ln photos des enregistrements restaurés sont introuvables : {files}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1723"/>
        <source>Restored {backup}.</source>
        <translation>{backup} restauré.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1725"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1733"/>
        <source>{reason}

This window closes.</source>
        <translation>{reason}

Cette fenêtre va se fermer.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1737"/>
        <source>{reason}

The database is open as it was.</source>
        <translation>{reason}

La base de données reste ouverte telle qu&apos;elle était.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1748"/>
        <source>The database could not be checked</source>
        <translation>Impossible de vérifier la base de données</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1750"/>
        <source>The database is damaged: keeping the damaged file aside…</source>
        <translation>La base de données est endommagée : mise à l&apos;écart du fichier endommagé…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1770"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1786"/>
        <source>The database file is damaged</source>
        <translation>Le fichier de la base de données est endommagé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1771"/>
        <source>{reason}

Records that cannot be read may be missing. File &gt; Restore from backup… replaces the database with a backup (the damaged file is kept), or close fieldlog and open it again to have the damaged file set aside and its newest backup offered.</source>
        <translation>{reason}

Les enregistrements illisibles risquent de manquer. Fichier &gt; Restaurer une sauvegarde… remplace la base de données par une sauvegarde (le fichier endommagé est conservé) ; vous pouvez aussi fermer et rouvrir fieldlog pour que le fichier endommagé soit mis à l&apos;écart et sa sauvegarde la plus récente proposée.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1777"/>
        <source>fieldlog — {database} (damaged, set aside)</source>
        <translation>fieldlog — {database} (endommagée, mise à l&apos;écart)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1787"/>
        <source>{reason}

This window closes; open fieldlog again to have the damaged file set aside.</source>
        <translation>{reason}

Cette fenêtre va se fermer ; rouvrez fieldlog pour que le fichier endommagé soit mis à l&apos;écart.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1802"/>
        <source>Quit fieldlog</source>
        <translation>Quitter fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1802"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1842"/>
        <source>Database on a network share or removable disk</source>
        <translation>Base de données sur un partage réseau ou un disque amovible</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1846"/>
        <source>The last import did not finish</source>
        <translation>Le dernier import ne s&apos;est pas terminé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1851"/>
        <source>The database file looks damaged: checking it…</source>
        <translation>Le fichier de la base de données semble endommagé : vérification…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1870"/>
        <source>About fieldlog</source>
        <translation>À propos de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1871"/>
        <source>&lt;b&gt;fieldlog {version}&lt;/b&gt;&lt;p&gt;Log volunteer ecological-restoration events offline and report the Society for Ecological Restoration&apos;s totals.&lt;/p&gt;</source>
        <translation>&lt;b&gt;fieldlog {version}&lt;/b&gt;&lt;p&gt;Enregistrez hors ligne les événements bénévoles de restauration écologique et transmettez les totaux à la Society for Ecological Restoration (SER).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="712"/>
        <source>Drag to pan · wheel to zoom · double-click to fit · click a site for its events</source>
        <translation>Glisser pour déplacer · molette pour zoomer · double-clic pour tout voir · clic sur un site pour ses événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="807"/>
        <source>{site} ({country}): {events}, {participants}</source>
        <translation>{site} ({country}) : {events}, {participants}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="808"/>
        <source>%Ln event(s)</source>
        <translation>
            <numerusform>%Ln événement</numerusform>
            <numerusform>%Ln événements</numerusform>
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
    <name>MappingEditor</name>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="330"/>
        <source>The row of the sheet that holds the column headers (rows above it are skipped)</source>
        <translation>La ligne de la feuille qui contient les en-têtes de colonnes (les lignes au-dessus sont ignorées)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="337"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="338"/>
        <source>Only for dates written as text in an unusual order, e.g. %d.%m.%Y for 31.05.2026 or %m/%d/%Y for 05/31/2026; several, separated by ;, are tried in order. Leave blank otherwise.</source>
        <translation>Seulement pour les dates écrites en texte dans un ordre inhabituel, par ex. %d.%m.%Y pour 31.05.2026 ou %m/%d/%Y pour 05/31/2026 ; plusieurs formats séparés par ; sont essayés dans l&apos;ordre. Sinon, laissez vide.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="343"/>
        <source>Decimal co&amp;mma</source>
        <translation>Virgule déci&amp;male</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="345"/>
        <source>The sheet writes numbers with a decimal comma (2,5 for two and a half) and no thousands separators, as a CSV file saved where that is the custom does</source>
        <translation>La feuille écrit les nombres avec une virgule décimale (2,5 pour deux et demi) et sans séparateur de milliers, comme un fichier CSV enregistré là où c&apos;est l&apos;usage</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="350"/>
        <source>Header &amp;row</source>
        <translation>&amp;Ligne des en-têtes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="352"/>
        <source>&amp;Date format</source>
        <translation>&amp;Format de date</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="371"/>
        <source>&amp;Add constant</source>
        <translation>A&amp;jouter une constante</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="373"/>
        <source>A value for a field that every row of this sheet shares (e.g. the country); {Header} takes the value of that column in the row</source>
        <translation>Une valeur de champ commune à toutes les lignes de cette feuille (par ex. le pays) ; {Header} prend la valeur de cette colonne dans la ligne</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="377"/>
        <source>&lt;b&gt;Constants&lt;/b&gt; (the same value on every row; {Header} takes that column&apos;s value)</source>
        <translation>&lt;b&gt;Constantes&lt;/b&gt; (la même valeur sur chaque ligne ; {Header} prend la valeur de cette colonne)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>Column in the file</source>
        <translation>Colonne du fichier</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>Goes to field</source>
        <translation>Va dans le champ</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="438"/>
        <source>Column {number}: {header}</source>
        <translation>Colonne {number} : {header}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="444"/>
        <source>Field for column {header}</source>
        <translation>Champ pour la colonne {header}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="448"/>
        <source>Unit of column {header}</source>
        <translation>Unité de la colonne {header}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="461"/>
        <source>Row {row} of this sheet is empty: set the header row to the row with the column names.</source>
        <translation>La ligne {row} de cette feuille est vide : indiquez comme ligne des en-têtes celle qui contient les noms de colonnes.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="518"/>
        <source>— choose a field —</source>
        <translation>— choisir un champ —</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="523"/>
        <source>value, e.g. KE or {Year}-01-01</source>
        <translation>valeur, par ex. KE ou {Year}-01-01</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="525"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="526"/>
        <source>Remove this constant</source>
        <translation>Retirer cette constante</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="41"/>
        <source>Merge {file}</source>
        <translation>Fusionner {file}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="42"/>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="79"/>
        <source>Checking {file}…</source>
        <translation>Vérification de {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="51"/>
        <source>Conflicts (the newer edit wins; the other is kept in the merge log):</source>
        <translation>Conflits (la modification la plus récente l&apos;emporte ; l&apos;autre est gardée dans le journal de fusion) :</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="57"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="61"/>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="120"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="86"/>
        <source>What merging {file} would do (nothing is written yet):</source>
        <translation>Ce que ferait la fusion de {file} (rien n&apos;est encore écrit) :</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="106"/>
        <source>Merging {file}…</source>
        <translation>Fusion de {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="118"/>
        <source>Merged {file}.</source>
        <translation>{file} fusionné.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="126"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Annulé : rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="129"/>
        <source>{file} was not merged.</source>
        <translation>{file} n&apos;a pas été fusionné.</translation>
    </message>
</context>
<context>
    <name>OtherActivityForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="874"/>
        <source>What was done</source>
        <translation>Ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="875"/>
        <source>Like Trail maintenance</source>
        <translation>Par ex. Entretien de sentier</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="878"/>
        <source>Like m, boxes, surveys</source>
        <translation>Par ex. m, nichoirs, relevés</translation>
    </message>
</context>
<context>
    <name>PhotoStrip</name>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="349"/>
        <source>Photos of the {record}</source>
        <translation>Photos – {record}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="359"/>
        <source>Add photos…</source>
        <translation>Ajouter des photos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="361"/>
        <source>Attach photos to the {record} (or drop photo files here)</source>
        <translation>Joindre des photos ({record}) (ou déposez des fichiers photo ici)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="431"/>
        <source>Loading photos…</source>
        <translation>Chargement des photos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="463"/>
        <source>The photos could not be read: {reason}</source>
        <translation>Impossible de lire les photos : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="469"/>
        <source>No photos of this {record} yet. Drop photo files here, or click Add photos…</source>
        <translation>Pas encore de photos ({record}). Déposez des fichiers photo ici, ou cliquez sur Ajouter des photos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="513"/>
        <source>missing</source>
        <translation>manquante</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="513"/>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
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
    <name>PhotoViewer</name>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="665"/>
        <source>record</source>
        <translation>enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="666"/>
        <source>Photos of the {record}</source>
        <translation>Photos – {record}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="683"/>
        <source>◀  Previous</source>
        <translation>◀  Précédente</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="685"/>
        <source>Left arrow</source>
        <translation>Flèche gauche</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="687"/>
        <source>Next  ▶</source>
        <translation>Suivante  ▶</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="689"/>
        <source>Right arrow</source>
        <translation>Flèche droite</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="696"/>
        <source>&amp;Shows</source>
        <translation>&amp;Sujet</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="700"/>
        <source>What the photo shows (Enter saves)</source>
        <translation>Ce que montre la photo (Entrée pour enregistrer)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="703"/>
        <source>&amp;Caption</source>
        <translation>&amp;Légende</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="705"/>
        <source>Remove…</source>
        <translation>Retirer…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="707"/>
        <source>Take this photo off the {record}</source>
        <translation>Retirer cette photo ({record})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="709"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="759"/>
        <source>{number} of {count}</source>
        <translation>{number} sur {count}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="769"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="806"/>
        <source>Photo not changed</source>
        <translation>Photo non modifiée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="837"/>
        <source>Take {photo} off the {record}?

The picture itself stays in the photo store and its backups.</source>
        <translation>Retirer {photo} ({record}) ?

L&apos;image elle-même reste dans la photothèque et ses sauvegardes.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="838"/>
        <source>this photo</source>
        <translation>cette photo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="840"/>
        <source>Remove photo?</source>
        <translation>Retirer la photo ?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="856"/>
        <source>Photo not removed</source>
        <translation>Photo non retirée</translation>
    </message>
</context>
<context>
    <name>PlantingForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="755"/>
        <source>Plants planted</source>
        <translation>Plants mis en terre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="757"/>
        <source>Is the species native where it was planted?</source>
        <translation>L&apos;espèce est-elle indigène là où elle a été plantée ?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="759"/>
        <source>Area planted</source>
        <translation>Surface plantée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="761"/>
        <source>Nursery, seed lot or provenance</source>
        <translation>Pépinière, lot de semences ou provenance</translation>
    </message>
</context>
<context>
    <name>QuantityField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="730"/>
        <source>The unit of the number you typed; it is converted exactly when saved</source>
        <translation>L&apos;unité du nombre saisi ; il est converti exactement à l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="167"/>
        <source>Save and &amp;next</source>
        <translation>Enregistrer et &amp;suivant</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="169"/>
        <source>Enter: save, then start the next one with the same event and date</source>
        <translation>Entrée : enregistrer, puis commencer le suivant avec le même événement et la même date</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="172"/>
        <source>Ctrl+S: save and close</source>
        <translation>Ctrl+S : enregistrer et fermer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="173"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="197"/>
        <source>Not saved: fix what is marked in red first.</source>
        <translation>Non enregistré : corrigez d&apos;abord ce qui est marqué en rouge.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="205"/>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="216"/>
        <source>Saved, with warnings: {warnings}</source>
        <translation>Enregistré, avec des avertissements : {warnings}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="217"/>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="230"/>
        <source>Not saved: {problems}</source>
        <translation>Non enregistré : {problems}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="234"/>
        <source>Not saved. {reason}</source>
        <translation>Non enregistré. {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="235"/>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="236"/>
        <source>{reason}

What you typed is still here.</source>
        <translation>{reason}

Ce que vous avez saisi est toujours là.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="240"/>
        <location filename="../../fieldlog/ui/dialogs.py" line="263"/>
        <source>since you opened it</source>
        <translation>depuis que vous l&apos;avez ouvert</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="241"/>
        <source>Not saved yet. {conflict}</source>
        <translation>Pas encore enregistré. {conflict}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="243"/>
        <source>Overwrite with mine: save what you typed here, replacing their changes.
Keep theirs: close this editor without saving; the {record} stays as they saved it.
Cancel: go back to what you typed, nothing saved yet.</source>
        <translation>Remplacer par ma version : enregistrer ce que vous avez saisi ici, à la place de leurs modifications.
Garder leur version : fermer cet éditeur sans enregistrer ; l&apos;élément ({record}) reste tel qu&apos;ils l&apos;ont enregistré.
Annuler : revenir à ce que vous avez saisi, rien n&apos;est encore enregistré.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="264"/>
        <source>Not saved: {conflict} Save again to choose what to keep.</source>
        <translation>Non enregistré : {conflict} Enregistrez à nouveau pour choisir ce que vous gardez.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="278"/>
        <source>Discard changes?</source>
        <translation>Abandonner les modifications ?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="278"/>
        <source>What you typed here is not saved. Close and discard it?</source>
        <translation>Ce que vous avez saisi ici n&apos;est pas enregistré. Fermer et l&apos;abandonner ?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="141"/>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="253"/>
        <source>Some fields need attention (marked in red).</source>
        <translation>Certains champs sont à vérifier (marqués en rouge).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="374"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="387"/>
        <source>{field}: {message}</source>
        <translation>{field} : {message}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="403"/>
        <source>WGS84 degrees: -1.2367, or 1°14&apos;12&quot;S; south is negative</source>
        <translation>Degrés WGS84 : -1.2367, ou 1°14&apos;12&quot;S ; le sud est négatif</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="405"/>
        <source>WGS84 degrees: 36.835, or 36°50&apos;06&quot;E; west is negative</source>
        <translation>Degrés WGS84 : 36.835, ou 36°50&apos;06&quot;E ; l&apos;ouest est négatif</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="126"/>
        <source>Made</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="126"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="127"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="127"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="128"/>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="135"/>
        <source>Restore from a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="136"/>
        <source>Backups of &lt;b&gt;{name}&lt;/b&gt;, newest first. Restoring one replaces the database with it; the database as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Sauvegardes de &lt;b&gt;{name}&lt;/b&gt;, les plus récentes d&apos;abord. En restaurer une remplace la base de données par celle-ci ; la base actuelle est d&apos;abord sauvegardée, si bien qu&apos;une restauration peut elle-même être annulée.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="140"/>
        <source>Reading the backups…</source>
        <translation>Lecture des sauvegardes…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="163"/>
        <source>Backups are kept in {folder}</source>
        <translation>Les sauvegardes sont conservées dans {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="169"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="172"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="196"/>
        <source>There are no backups of this database yet. File &gt; Back up now makes one; fieldlog also makes one every 30 minutes after a change, and when it closes.</source>
        <translation>Il n&apos;y a encore aucune sauvegarde de cette base de données. Fichier &gt; Sauvegarder maintenant en crée une ; fieldlog en fait aussi une toutes les 30 minutes après une modification, et à la fermeture.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="219"/>
        <source>The backups could not be read: {reason}</source>
        <translation>Impossible de lire les sauvegardes : {reason}</translation>
    </message>
</context>
<context>
    <name>SeedCollectionForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="776"/>
        <source>Seed lot id</source>
        <translation>Identifiant du lot de semences</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="776"/>
        <source>Like KE-2026-000123</source>
        <translation>Par ex. KE-2026-000123</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="779"/>
        <source>Give the seed mass, the seed count, or both</source>
        <translation>Indiquez la masse de semences, le nombre de graines, ou les deux</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="781"/>
        <source>At least 50 keeps the lot&apos;s diversity</source>
        <translation>Au moins 50 pour préserver la diversité du lot</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="783"/>
        <source>Plants in the population, roughly</source>
        <translation>Nombre approximatif de plantes dans la population</translation>
    </message>
</context>
<context>
    <name>SeedballMakingForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="796"/>
        <source>Seedballs made</source>
        <translation>Bombes à graines fabriquées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="797"/>
        <source>Seed used</source>
        <translation>Semences utilisées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="798"/>
        <source>Species in the mix</source>
        <translation>Espèces du mélange</translation>
    </message>
</context>
<context>
    <name>SiteChoiceField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="472"/>
        <source>Type part of a site&apos;s name</source>
        <translation>Tapez une partie du nom d&apos;un site</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/forms.py" line="482"/>
        <source>%Ln site(s) match &apos;{text}&apos;; pick one from the list</source>
        <translation>
            <numerusform>%Ln site correspond à « {text} » ; choisissez-en un dans la liste</numerusform>
            <numerusform>%Ln sites correspondent à « {text} » ; choisissez-en un dans la liste</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="484"/>
        <source>Pick a site from the list; a new site is added in the site editor first</source>
        <translation>Choisissez un site dans la liste ; un nouveau site s&apos;ajoute d&apos;abord dans l&apos;éditeur de sites</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="488"/>
        <source>Site {id}</source>
        <translation>Site {id}</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="430"/>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="431"/>
        <source>Like Karura Forest, east gate</source>
        <translation>Par ex. Forêt de Karura, entrée est</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="434"/>
        <source>Town, district or park</source>
        <translation>Ville, quartier ou parc</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="438"/>
        <source>The whole site; converted to m² when saved</source>
        <translation>Le site entier ; converti en m² à l&apos;enregistrement</translation>
    </message>
</context>
<context>
    <name>SpeciesField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1184"/>
        <source>Scientific or common names, separated by ;</source>
        <translation>Noms scientifiques ou communs, séparés par ;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1185"/>
        <source>Scientific or common name, like Quercus robur or oak</source>
        <translation>Nom scientifique ou commun, par ex. Quercus robur ou chêne</translation>
    </message>
</context>
<context>
    <name>TallyField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1257"/>
        <source>Add another item…</source>
        <translation>Ajouter un autre objet…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1370"/>
        <source>Row {number}</source>
        <translation>Ligne {number}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1371"/>
        <source>{item}: {problem}</source>
        <translation>{item} : {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1374"/>
        <source>Row {number}: name the item</source>
        <translation>Ligne {number} : nommez l&apos;objet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/fields.py" line="1377"/>
        <source>Total: %Ln item(s)</source>
        <translation>
            <numerusform>Total : %Ln objet</numerusform>
            <numerusform>Total : %Ln objets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <location filename="../../fieldlog/ui/tasks.py" line="160"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>backup_dialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="40"/>
        <source>Back up now</source>
        <translation>Sauvegarde manuelle</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="41"/>
        <source>Automatic (every 30 minutes)</source>
        <translation>Automatique (toutes les 30 minutes)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="42"/>
        <source>When fieldlog closed</source>
        <translation>À la fermeture de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="43"/>
        <source>Before an import</source>
        <translation>Avant un import</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="44"/>
        <source>Before a restore</source>
        <translation>Avant une restauration</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="53"/>
        <source>Before merging {name}</source>
        <translation>Avant la fusion de {name}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="56"/>
        <source>Before an upgrade of fieldlog</source>
        <translation>Avant une mise à jour de fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="65"/>
        <source>Today {time}</source>
        <translation>Aujourd&apos;hui {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="67"/>
        <source>Yesterday {time}</source>
        <translation>Hier {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="95"/>
        <source>Restored the backup of {when}: the database now holds {events} and {activities}.</source>
        <translation>Sauvegarde du {when} restaurée : la base de données contient maintenant {events} et {activities}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="100"/>
        <source>The database as it was before is kept as the backup {name}; File &gt; Restore from backup… brings it back.</source>
        <translation>La base de données telle qu&apos;elle était avant est conservée dans la sauvegarde {name} ; Fichier &gt; Restaurer une sauvegarde… permet de la récupérer.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="104"/>
        <source>The damaged file that was there is kept as {path}.</source>
        <translation>Le fichier endommagé qui s&apos;y trouvait est conservé sous {path}.</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="147"/>
        <source>must be a real number, not infinity or NaN</source>
        <translation>doit être un vrai nombre, pas l&apos;infini ni NaN</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="150"/>
        <source>must be more than 0 (it is {value})</source>
        <translation>doit dépasser 0 (valeur : {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="153"/>
        <source>cannot be negative (it is {value})</source>
        <translation>ne peut pas être en dessous de 0 (valeur : {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="156"/>
        <source>cannot be more than {at_most} (it is {value})</source>
        <translation>ne peut pas dépasser {at_most} (valeur : {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="164"/>
        <source>must be a whole number (it is {value})</source>
        <translation>doit être un nombre entier (valeur : {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="179"/>
        <source>is needed when the other coordinate is given</source>
        <translation>est nécessaire quand l&apos;autre coordonnée est indiquée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="183"/>
        <source>must be between -{limit} and {limit} degrees (it is {value})</source>
        <translation>doit se situer entre -{limit} et {limit} degrés (valeur : {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="190"/>
        <source>0, 0 is in the Atlantic Ocean; the coordinates were probably not filled in</source>
        <translation>latitude 0 et longitude 0, c&apos;est l&apos;océan Atlantique ; les coordonnées n&apos;ont sans doute pas été remplies</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="196"/>
        <source>{latitude}, {longitude} is not inside {country}; check the coordinates (latitude first) and the country</source>
        <translation>le point (latitude {latitude}, longitude {longitude}) est hors du pays {country} ; vérifiez les coordonnées (latitude en premier) et le pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="206"/>
        <location filename="../../fieldlog/domain/checks.py" line="208"/>
        <location filename="../../fieldlog/domain/checks.py" line="228"/>
        <location filename="../../fieldlog/domain/checks.py" line="261"/>
        <location filename="../../fieldlog/domain/checks.py" line="378"/>
        <source>is required</source>
        <translation>est obligatoire</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="211"/>
        <source>&apos;{given}&apos; is not an ISO 3166 country code (like KE or FR)</source>
        <translation>« {given} » n&apos;est pas un code pays ISO 3166 (par ex. KE ou FR)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="234"/>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>l&apos;événement se termine ({end}) avant de commencer ({start})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="238"/>
        <source>the event lasts {hours} hours; volunteer hours derived from it count every hour, so enter the hours actually worked</source>
        <translation>l&apos;événement dure {hours} heures ; les heures de bénévolat calculées sur cette durée compteraient toutes ces heures, alors indiquez les heures réellement travaillées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="245"/>
        <source>{volunteer_hours} hours is more than {participants} participants x {hours} hours</source>
        <translation>{volunteer_hours} heures, c&apos;est plus que {participants} participants x {hours} heures</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="251"/>
        <source>{start} is outside {campaign} ({first} to {last})</source>
        <translation>{start} est en dehors de la campagne {campaign} (du {first} au {last})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="267"/>
        <source>&apos;{name}&apos; is not on the species checklist; check the spelling</source>
        <translation>« {name} » n&apos;est pas dans la liste des espèces ; vérifiez l&apos;orthographe</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="280"/>
        <source>{date} is in the future; record results once they happened</source>
        <translation>{date} est une date future ; enregistrez les résultats une fois l&apos;activité réalisée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="288"/>
        <source>{date} is not within the event ({first} to {last})</source>
        <translation>{date} est en dehors de l&apos;événement (du {first} au {last})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="307"/>
        <source>is required: say what was done</source>
        <translation>est obligatoire : indiquez ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="319"/>
        <source>{species} is listed as introduced in {country}</source>
        <translation>{species} figure parmi les espèces introduites dans le pays {country}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="323"/>
        <source>the planted area ({area} m²) is larger than the site ({site_area} m²)</source>
        <translation>la surface plantée ({area} m²) dépasse celle du site ({site_area} m²)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="329"/>
        <source>{plants} plants on {area} m² is more than {most} per hectare; check the area&apos;s unit</source>
        <translation>{plants} plants sur {area} m², c&apos;est plus de {most} par hectare ; vérifiez l&apos;unité de la surface</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="338"/>
        <source>give the seed mass or the seed count</source>
        <translation>indiquez la masse de semences ou le nombre de graines</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="346"/>
        <source>{sampled} plants sampled is more than the {population} in the population</source>
        <translation>{sampled} plantes échantillonnées, c&apos;est plus que les {population} de la population</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="351"/>
        <source>only {sampled} plants sampled; a seed lot should come from at least {least} plants to keep its genetic diversity</source>
        <translation>seulement {sampled} plantes échantillonnées ; un lot de semences devrait provenir d&apos;au moins {least} plantes pour préserver sa diversité génétique</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="366"/>
        <source>give at least one of area, weight, bags or stems removed</source>
        <translation>indiquez au moins la surface, le poids, les sacs ou les tiges retirés</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="369"/>
        <source>{species} is native in {country}; is it really invasive here?</source>
        <translation>{species} est indigène dans le pays {country} ; s&apos;agit-il vraiment d&apos;une espèce envahissante ici ?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="391"/>
        <source>give at least one of bags, weight or an item tally</source>
        <translation>indiquez au moins les sacs, le poids ou un décompte des objets</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="395"/>
        <source>{weight} kg is more than {most} kg per volunteer; check the unit (kg, not g or lb)</source>
        <translation>{weight} kg, c&apos;est plus de {most} kg par bénévole ; vérifiez l&apos;unité (kg, et non g ou lb)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="126"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="507"/>
        <location filename="../../fieldlog/ui/models.py" line="55"/>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="127"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="432"/>
        <location filename="../../fieldlog/ui/models.py" line="56"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="128"/>
        <source>ISO code like KE, or the English name</source>
        <translation>code ISO comme KE, ou le nom anglais</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="129"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="433"/>
        <source>Locality</source>
        <translation>Localité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="130"/>
        <location filename="../../fieldlog/io/columns.py" line="173"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="401"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="131"/>
        <location filename="../../fieldlog/io/columns.py" line="133"/>
        <source>WGS84 decimal degrees (DMS accepted)</source>
        <translation>degrés décimaux WGS84 (DMS accepté)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="132"/>
        <location filename="../../fieldlog/io/columns.py" line="174"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="404"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="134"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="436"/>
        <source>Site area</source>
        <translation>Surface du site</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="137"/>
        <location filename="../../fieldlog/io/columns.py" line="167"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="662"/>
        <location filename="../../fieldlog/ui/models.py" line="54"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="138"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="503"/>
        <location filename="../../fieldlog/ui/models.py" line="55"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="139"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="140"/>
        <source>date, or date and time</source>
        <translation>date, ou date et heure</translation>
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
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="145"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="521"/>
        <source>Organizer</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="146"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="522"/>
        <source>Organizer contact</source>
        <translation>Contact organisateur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="147"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="512"/>
        <location filename="../../fieldlog/ui/models.py" line="56"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="148"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="514"/>
        <location filename="../../fieldlog/ui/models.py" line="219"/>
        <source>Volunteer hours</source>
        <translation>Heures de bénévolat</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="149"/>
        <source>blank: participants x duration</source>
        <translation>vide : participants x durée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="151"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="526"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="667"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="156"/>
        <location filename="../../fieldlog/io/columns.py" line="166"/>
        <source>Event id</source>
        <translation>Id événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="165"/>
        <location filename="../../fieldlog/io/columns.py" line="239"/>
        <source>Activity id</source>
        <translation>Id activité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="168"/>
        <source>the event&apos;s name as on the Events sheet</source>
        <translation>le nom de l&apos;événement, comme sur la feuille Événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="169"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="663"/>
        <location filename="../../fieldlog/ui/models.py" line="54"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="170"/>
        <source>blank: the event&apos;s start date</source>
        <translation>vide : la date de début de l&apos;événement</translation>
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
        <translation>Espèce</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="187"/>
        <source>scientific name</source>
        <translation>nom scientifique</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="188"/>
        <source>Plants</source>
        <translation>Plants</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="189"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="756"/>
        <source>Native status</source>
        <translation>Statut d&apos;origine</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="190"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="758"/>
        <source>Stock type</source>
        <translation>Type de plant</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="191"/>
        <location filename="../../fieldlog/io/columns.py" line="211"/>
        <source>Area</source>
        <translation>Surface</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="192"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="760"/>
        <source>Seed source</source>
        <translation>Provenance</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="196"/>
        <source>Seed lot</source>
        <translation>Lot de semences</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="197"/>
        <location filename="../../fieldlog/io/columns.py" line="204"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="777"/>
        <source>Seed mass</source>
        <translation>Masse de semences</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="198"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="778"/>
        <source>Seed count</source>
        <translation>Nombre de graines</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="199"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="780"/>
        <source>Plants sampled</source>
        <translation>Plantes échantillonnées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="200"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="782"/>
        <source>Population size</source>
        <translation>Taille de population</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="203"/>
        <source>Seedballs</source>
        <translation>Bombes à graines</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="206"/>
        <source>the seed mix, separated by ;</source>
        <translation>le mélange de semences, séparé par ;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="210"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="813"/>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="212"/>
        <location filename="../../fieldlog/io/columns.py" line="223"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="213"/>
        <location filename="../../fieldlog/io/columns.py" line="222"/>
        <source>Bags</source>
        <translation>Sacs</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="214"/>
        <source>Stems</source>
        <translation>Tiges</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="215"/>
        <source>Cover %</source>
        <translation>Recouvrement %</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="216"/>
        <source>Phenology</source>
        <translation>Phénologie</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="217"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="823"/>
        <source>Disposal</source>
        <translation>Évacuation</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="221"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="842"/>
        <source>Cleanup type</source>
        <translation>Type de nettoyage</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="224"/>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="227"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="228"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="876"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="229"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="877"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="235"/>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1263"/>
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="236"/>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1264"/>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="92"/>
        <source>Activities by kind</source>
        <translation>Activités par type</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="93"/>
        <source>Events and participants over time</source>
        <translation>Événements et participants dans le temps</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="94"/>
        <source>Top countries (events)</source>
        <translation>Principaux pays (événements)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="95"/>
        <source>Top species planted (plants)</source>
        <translation>Principales espèces plantées (plants)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="96"/>
        <source>Top invasive species removed (removals)</source>
        <translation>Principales espèces envahissantes retirées (retraits)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="97"/>
        <source>Litter by item category</source>
        <translation>Déchets par catégorie d&apos;objet</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="99"/>
        <source>No plantings with a species.</source>
        <translation>Aucune plantation avec une espèce.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="100"/>
        <source>No removals with a species.</source>
        <translation>Aucun retrait avec une espèce.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="101"/>
        <source>No litter items tallied.</source>
        <translation>Aucun déchet compté.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="102"/>
        <source>events per day (up to {most})</source>
        <translation>événements par jour (jusqu&apos;à {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="103"/>
        <source>events per month (up to {most})</source>
        <translation>événements par mois (jusqu&apos;à {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="104"/>
        <source>events per year (up to {most})</source>
        <translation>événements par an (jusqu&apos;à {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="127"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="216"/>
        <source>Nothing recorded for this filter.</source>
        <translation>Rien d&apos;enregistré pour ce filtre.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="250"/>
        <source>{label}: {value}</source>
        <translation>{label} : {value}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="259"/>
        <source>No events for this filter.</source>
        <translation>Aucun événement pour ce filtre.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="279"/>
        <source>participants (up to {most})</source>
        <translation>participants (jusqu&apos;à {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="297"/>
        <source>{start} to {end}</source>
        <translation>du {start} au {end}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="301"/>
        <source>{period}: {events}, {participants}</source>
        <translation>{period} : {events}, {participants}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="454"/>
        <source>Outline: Natural Earth</source>
        <translation>Fond de carte : Natural Earth</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="498"/>
        <source>Events {filter}</source>
        <translation>Événements {filter}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="499"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="519"/>
        <source>What the volunteers achieved</source>
        <translation>Ce que les bénévoles ont accompli</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="525"/>
        <source>{filter} · fieldlog dashboard, {when}</source>
        <translation>{filter} · tableau de bord fieldlog, {when}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="585"/>
        <source>fieldlog dashboard</source>
        <translation>Tableau de bord fieldlog</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="54"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="54"/>
        <source>site</source>
        <translation>site</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="55"/>
        <source>litter item</source>
        <translation>déchet</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="55"/>
        <source>photo</source>
        <translation>photo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="73"/>
        <source>at {time}</source>
        <translation>à {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="75"/>
        <source>on {date} at {time}</source>
        <translation>le {date} à {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="97"/>
        <source>Someone else changed this {record} {when} ({fields}) {since}.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément ({record}) {when} ({fields}) {since}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="99"/>
        <source>Someone else changed this {record} {when} {since}.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément ({record}) {when} {since}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="101"/>
        <source>Someone else changed this {record} ({fields}) {since}.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément ({record}, {fields}) {since}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="103"/>
        <source>Someone else changed this {record} {since}.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément ({record}) {since}.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="35"/>
        <source>The SER summary with charts, then every event and activity on the template&apos;s sheets, so the report can itself be imported by SER staff.</source>
        <translation>Le résumé SER avec graphiques, puis chaque événement et activité sur les feuilles du modèle, pour que le personnel de la SER puisse lui-même importer le rapport.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="38"/>
        <source>Every record and photo, deletions included, for another fieldlog: import it there with File &gt; Import. Importing it twice changes nothing.</source>
        <translation>Tous les enregistrements et photos, suppressions comprises, pour un autre fieldlog : importez-le là-bas avec Fichier &gt; Importer. L&apos;importer deux fois ne change rien.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="41"/>
        <source>Plantings, seed collections and invasive removals as Darwin Core occurrences for a GBIF publisher, with an EML description to complete.</source>
        <translation>Plantations, récoltes de semences et retraits d&apos;invasives sous forme d&apos;occurrences Darwin Core pour un éditeur GBIF, avec une description EML à compléter.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="44"/>
        <source>Every site with coordinates as a point, with its totals, for a map.</source>
        <translation>Chaque site ayant des coordonnées, sous forme de point avec ses totaux, pour une carte.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="46"/>
        <source>One CSV file per table (UTF-8, a header row), which fieldlog can import again.</source>
        <translation>Un fichier CSV par table (UTF-8, une ligne d&apos;en-têtes), que fieldlog peut réimporter.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="48"/>
        <source>The dashboard on one page: the headline figures, the charts and the map of sites, as a PDF (A4 landscape) or, named .png, as an image for a newsletter. No personal data.</source>
        <translation>Le tableau de bord sur une page : les chiffres clés, les graphiques et la carte des sites, en PDF (A4 paysage) ou, nommé .png, en image pour une lettre d&apos;information. Aucune donnée personnelle.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="57"/>
        <source>the SER report</source>
        <translation>le rapport SER</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="58"/>
        <source>&amp;SER report…</source>
        <translation>Rapport &amp;SER…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="59"/>
        <source>Excel workbooks</source>
        <translation>Classeurs Excel</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="60"/>
        <source>the exchange package</source>
        <translation>le paquet d&apos;échange</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="61"/>
        <source>Exchange &amp;package…</source>
        <translation>&amp;Paquet d&apos;échange…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="62"/>
        <source>fieldlog packages</source>
        <translation>Paquets fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="63"/>
        <source>the Darwin Core archive</source>
        <translation>l&apos;archive Darwin Core</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="64"/>
        <source>&amp;Darwin Core archive…</source>
        <translation>Archive &amp;Darwin Core…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="65"/>
        <source>Zip archives</source>
        <translation>Archives zip</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="66"/>
        <source>the sites as GeoJSON</source>
        <translation>les sites en GeoJSON</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="67"/>
        <source>&amp;GeoJSON of sites…</source>
        <translation>&amp;GeoJSON des sites…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="69"/>
        <source>the CSV files</source>
        <translation>les fichiers CSV</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="69"/>
        <source>&amp;CSV files…</source>
        <translation>Fichiers &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="70"/>
        <source>the dashboard</source>
        <translation>le tableau de bord</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="71"/>
        <source>Dash&amp;board as PDF or PNG…</source>
        <translation>&amp;Tableau de bord en PDF ou PNG…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="86"/>
        <source>in campaign {campaign}</source>
        <translation>de la campagne {campaign}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="91"/>
        <source>in country {code}</source>
        <translation>dans le pays {code}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="94"/>
        <source>from {date}</source>
        <translation>à partir du {date}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="97"/>
        <source>to {date}</source>
        <translation>jusqu&apos;au {date}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="110"/>
        <source>an activity</source>
        <translation>une activité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="111"/>
        <source>with {kind}</source>
        <translation>avec {kind}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="112"/>
        <source>{words} of {what}</source>
        <translation>{words} ({what})</translation>
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
        <translation>Ce n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="179"/>
        <source>Write {whole} or {decimal}: {typed} could mean either</source>
        <translation>Écrivez {whole} ou {decimal} : {typed} peut signifier l&apos;un ou l&apos;autre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="187"/>
        <source>Not a number; write decimals with a dot: {number}</source>
        <translation>Ce n&apos;est pas un nombre ; écrivez les décimales avec un point : {number}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="215"/>
        <source>Cannot be negative</source>
        <translation>Ne peut pas être négatif</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="226"/>
        <source>Write a whole number</source>
        <translation>Écrivez un nombre entier</translation>
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
        <translation>JJ</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="268"/>
        <source>year</source>
        <translation>année</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="268"/>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="269"/>
        <source>day</source>
        <translation>jour</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="284"/>
        <source>There is no month {month}; write the date as {order}, like {example}</source>
        <translation>Il n&apos;y a pas de mois {month} ; écrivez la date sous la forme {order}, par ex. {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="290"/>
        <source>There is no {day} {month} {year}</source>
        <translation>Le {day} {month} {year} n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="312"/>
        <source>Write the date as {order}, like {example}</source>
        <translation>Écrivez la date sous la forme {order}, par ex. {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="327"/>
        <source>Write the date and time as {example}</source>
        <translation>Écrivez la date et l&apos;heure sous la forme {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="331"/>
        <source>Add the time too, like {example}</source>
        <translation>Ajoutez aussi l&apos;heure, par ex. {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="335"/>
        <source>Hours go from 00 to 23</source>
        <translation>Les heures vont de 00 à 23</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="337"/>
        <source>Minutes must be below 60</source>
        <translation>Les minutes doivent être inférieures à 60</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="339"/>
        <source>Seconds must be below 60</source>
        <translation>Les secondes doivent être inférieures à 60</translation>
    </message>
</context>
<context>
    <name>formatting</name>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="95"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="96"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="97"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="98"/>
        <source>Volunteer hours</source>
        <translation>Heures de bénévolat</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="99"/>
        <source>Plants planted</source>
        <translation>Plants mis en terre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="100"/>
        <source>Seed collected</source>
        <translation>Semences récoltées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="101"/>
        <source>Invasives removed</source>
        <translation>Invasives retirées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="102"/>
        <source>Litter collected</source>
        <translation>Déchets ramassés</translation>
    </message>
</context>
<context>
    <name>import_dialog</name>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="103"/>
        <source>— ignore —</source>
        <translation>— ignorer —</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="107"/>
        <source>acres</source>
        <translation>acres</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="117"/>
        <source>All rows</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="118"/>
        <source>Errors</source>
        <translation>Erreurs</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="119"/>
        <source>Duplicates</source>
        <translation>Doublons</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="120"/>
        <source>New</source>
        <translation>Nouvelles</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="121"/>
        <source>Updated</source>
        <translation>Mises à jour</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="122"/>
        <source>Unchanged</source>
        <translation>Inchangées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="123"/>
        <source>Skipped</source>
        <translation>Ignorées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="126"/>
        <source>new</source>
        <translation>nouveau</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="127"/>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="128"/>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="129"/>
        <source>duplicate</source>
        <translation>doublon</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="130"/>
        <source>error</source>
        <translation>erreur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="131"/>
        <source>skipped</source>
        <translation>ignoré</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="182"/>
        <source>Sheet</source>
        <translation>Feuille</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="182"/>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="183"/>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="183"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="184"/>
        <source>What</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="184"/>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
</context>
<context>
    <name>main_window</name>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="136"/>
        <source>&lt;p style=&apos;font-size: x-large&apos;&gt;&lt;b&gt;Welcome to fieldlog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Log your restoration events and what volunteers did at them: plantings, seed collection, seedballs, invasive plant pulls and litter pickups. Everything stays on this computer.&lt;/p&gt;&lt;p&gt;Start with your first event, or load sample data to look around.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size: x-large&apos;&gt;&lt;b&gt;Bienvenue dans fieldlog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Enregistrez vos événements de restauration et ce que les bénévoles y ont fait : plantations, récolte de semences, bombes à graines, arrachage de plantes envahissantes et ramassage de déchets. Tout reste sur cet ordinateur.&lt;/p&gt;&lt;p&gt;Commencez par votre premier événement, ou chargez des données de démonstration pour découvrir l&apos;application.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="142"/>
        <source>No events match the filter.</source>
        <translation>Aucun événement ne correspond au filtre.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="171"/>
        <source>The backup was restored, but the database could not be opened again: {reason} Open fieldlog again.</source>
        <translation>La sauvegarde a été restaurée, mais la base de données n&apos;a pas pu être rouverte : {reason} Rouvrez fieldlog.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="217"/>
        <source>This database was closed (restored from a backup, or set aside as damaged); nothing was read or written.</source>
        <translation>Cette base de données a été fermée (restaurée depuis une sauvegarde, ou mise à l&apos;écart car endommagée) ; rien n&apos;a été lu ni écrit.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="250"/>
        <source>fieldlog: no backup was made at exit: {reason}</source>
        <translation>fieldlog : aucune sauvegarde n&apos;a été faite à la fermeture : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1948"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1968"/>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1976"/>
        <source>fieldlog cannot open the database</source>
        <translation>fieldlog ne peut pas ouvrir la base de données</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1988"/>
        <source>Restoring the backup…</source>
        <translation>Restauration de la sauvegarde…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1995"/>
        <source>Open a fieldlog database</source>
        <translation>Ouvrir une base de données fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1996"/>
        <source>fieldlog databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de données fieldlog (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="73"/>
        <source>contains a formula ({formula}), not a value; copy the column and paste it back as values only</source>
        <translation>contient une formule ({formula}), pas une valeur ; copiez la colonne et recollez-la en collant uniquement les valeurs</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="92"/>
        <source>holds {count} characters; a cell may hold at most {most}</source>
        <translation>contient {count} caractères ; une cellule peut en contenir au plus {most}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="95"/>
        <source>contains a NUL character (the file may be damaged)</source>
        <translation>contient un caractère NUL (le fichier est peut-être endommagé)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="99"/>
        <source>or, if the whole sheet uses decimal commas, say so: tick &quot;Decimal comma&quot; when importing in the window, or write &quot;decimal_comma&quot;: true in the mapping file</source>
        <translation>ou, si toute la feuille utilise la virgule décimale, indiquez-le : cochez « Virgule décimale » dans la fenêtre d&apos;import, ou écrivez &quot;decimal_comma&quot;: true dans le fichier de correspondance</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="111"/>
        <source>&apos;{text}&apos; is not a number with a decimal comma</source>
        <translation>« {text} » n&apos;est pas un nombre écrit avec une virgule décimale</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="128"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point and no thousands separator: {whole} if the comma separates thousands, {decimal} if it is a decimal comma; {declare}</source>
        <translation>« {text} » contient une virgule : écrivez les nombres avec un point décimal et sans séparateur de milliers : {whole} si la virgule sépare les milliers, {decimal} si c&apos;est une virgule décimale ; {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="136"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point ({number}); {declare}</source>
        <translation>« {text} » contient une virgule : écrivez les nombres avec un point décimal ({number}) ; {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="139"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point and no thousands separator; {declare}</source>
        <translation>« {text} » contient une virgule : écrivez les nombres avec un point décimal et sans séparateur de milliers ; {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="144"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point and no thousands separator ({number}); {declare}</source>
        <translation>« {text} » contient une virgule : écrivez les nombres avec un point décimal et sans séparateur de milliers ({number}) ; {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="150"/>
        <source>&apos;{text}&apos; is too large to be a real quantity</source>
        <translation>« {text} » est trop grand pour être une quantité réelle</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="154"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>« {text} » n&apos;est pas un nombre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="174"/>
        <location filename="../../fieldlog/io/cells.py" line="179"/>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>« {text} » n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="198"/>
        <source>&apos;{text}&apos; is too small to be a real quantity; write 0 if there was none</source>
        <translation>« {text} » est trop petit pour être une quantité réelle ; écrivez 0 s&apos;il n&apos;y en avait pas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="209"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>« {text} » n&apos;est pas un nombre entier</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="212"/>
        <source>{number} is negative; a count cannot be below 0</source>
        <translation>{number} est négatif ; un comptage ne peut pas être inférieur à 0</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="215"/>
        <source>{number} is too large to be a real count</source>
        <translation>{number} est trop grand pour être un comptage réel</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="227"/>
        <source>{number} is negative; a quantity cannot be below 0</source>
        <translation>{number} est négatif ; une quantité ne peut pas être inférieure à 0</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="233"/>
        <source>&apos;{text}&apos; {unit} is too large to be a real quantity</source>
        <translation>« {text} » {unit} est trop grand pour être une quantité réelle</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="256"/>
        <source>{text} is not a real date ({month} {year} has {last} days)</source>
        <translation>{text} n&apos;est pas une date qui existe ({month} {year} compte {last} jours)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="259"/>
        <source>{text} is not a real date (there is no month {month})</source>
        <translation>{text} n&apos;est pas une date qui existe (il n&apos;y a pas de mois {month})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="263"/>
        <source>the Date format of the import window, or &quot;date_format&quot; in the mapping</source>
        <translation>le champ « Format de date » de la fenêtre d&apos;import, ou &quot;date_format&quot; dans la correspondance</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="274"/>
        <source>&apos;{text}&apos; is not a real date; write it as YYYY-MM-DD</source>
        <translation>« {text} » n&apos;est pas une date qui existe ; écrivez-la sous la forme AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="277"/>
        <source>&apos;{text}&apos; could be {one} or {other}; set the sheet&apos;s date format (for example {codes}: {declare}) instead of letting fieldlog guess, or write the date as YYYY-MM-DD ({iso} for {one})</source>
        <translation>« {text} » peut vouloir dire {one} ou {other} ; indiquez le format de date de la feuille (par exemple {codes} : {declare}) plutôt que de laisser fieldlog deviner, ou écrivez la date sous la forme AAAA-MM-JJ ({iso} pour {one})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="285"/>
        <source>day/month/year</source>
        <translation>jour/mois/année</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="286"/>
        <source>month/day/year</source>
        <translation>mois/jour/année</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="288"/>
        <source>&apos;{text}&apos; is not written as YYYY-MM-DD; write it as {iso}, or set the sheet&apos;s date format (it looks like {order}: {codes}; {declare})</source>
        <translation>« {text} » n&apos;est pas écrit sous la forme AAAA-MM-JJ ; écrivez {iso}, ou indiquez le format de date de la feuille (la date semble être en {order} : {codes} ; {declare})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="294"/>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD or set the sheet&apos;s date format</source>
        <translation>« {text} » n&apos;est pas une date ; écrivez-la sous la forme AAAA-MM-JJ ou indiquez le format de date de la feuille</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="304"/>
        <source>{day} {month}</source>
        <translation>{day} {month}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="309"/>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="309"/>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="310"/>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="310"/>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="311"/>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="311"/>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="312"/>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="312"/>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="313"/>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="313"/>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="314"/>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="314"/>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="332"/>
        <source>&apos;{text}&apos; does not match the sheet&apos;s date format {formats}</source>
        <translation>« {text} » ne correspond pas au format de date de la feuille ({formats})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="354"/>
        <source>&apos;{text}&apos; is a number, not a date; format the column as dates</source>
        <translation>« {text} » est un nombre, pas une date ; appliquez le format Date à la colonne</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="368"/>
        <source>&apos;{text}&apos; has an impossible time of day</source>
        <translation>« {text} » contient une heure qui n&apos;existe pas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="400"/>
        <source>&apos;{text}&apos; is not one of: {choices}</source>
        <translation>« {text} » ne fait pas partie de ces valeurs : {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="428"/>
        <source>&apos;{text}&apos; is not a record id (ids look like 1b4e28ba-2fa1-11d2-883f-0016d3cca427)</source>
        <translation>« {text} » n&apos;est pas un identifiant d&apos;enregistrement (un identifiant ressemble à 1b4e28ba-2fa1-11d2-883f-0016d3cca427)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="200"/>
        <source>Sheet &apos;{sheet}&apos;: columns ignored (not mapped): {columns}</source>
        <translation>Feuille « {sheet} » : colonnes ignorées (sans correspondance) : {columns}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="204"/>
        <source>Sheet &apos;{sheet}&apos; is not a table fieldlog knows; ignored</source>
        <translation>La feuille « {sheet} » n&apos;est pas une table connue de fieldlog ; ignorée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="207"/>
        <source>{count} cells begin with =, +, - or @; they are kept as plain text</source>
        <translation>{count} cellules commencent par =, +, - ou @ ; elles sont gardées comme simple texte</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="334"/>
        <source>{field}: {problem}</source>
        <translation>{field} : {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="340"/>
        <source>column &apos;{column}&apos;: {problem}</source>
        <translation>colonne « {column} » : {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="564"/>
        <source>a site needs its name (Site) and country (Country)</source>
        <translation>un site a besoin de son nom (Site) et de son pays (Pays)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="626"/>
        <source>the same event (name, start day and site) as row {row}</source>
        <translation>le même événement (nom, jour de début et site) que la ligne {row}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="635"/>
        <source>a new event needs {fields}</source>
        <translation>un nouvel événement a besoin de {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="650"/>
        <source>{fields}: an event without an id needs its name and start to be found or made; fill them in</source>
        <translation>{fields} : un événement sans identifiant a besoin de son nom et de son début pour être retrouvé ou créé ; remplissez-les</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="702"/>
        <source>there is no event with id {id} in the file or the database</source>
        <translation>aucun événement n&apos;a l&apos;identifiant {id} dans le fichier ni dans la base de données</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="708"/>
        <source>the row does not say which event it belongs to (Event is blank)</source>
        <translation>la ligne ne dit pas à quel événement elle appartient (Événement est vide)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="720"/>
        <source>event &apos;{name}&apos; does not exist yet; to create it the row needs Participants too</source>
        <translation>l&apos;événement « {name} » n&apos;existe pas encore ; pour le créer, la ligne doit aussi indiquer Participants</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="736"/>
        <source>{count} events are called &apos;{name}&apos;; give the Event id, or the Start, Site and Country of the one meant</source>
        <translation>{count} événements s&apos;appellent « {name} » ; indiquez l&apos;Id événement, ou le Début, le Site et le Pays de celui qui est visé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="741"/>
        <source>there is no event called &apos;{name}&apos;; add it to the Events sheet, or give Start, Site, Country and Participants on the row to create it</source>
        <translation>aucun événement ne s&apos;appelle « {name} » ; ajoutez-le à la feuille Événements, ou indiquez Début, Site, Pays et Participants sur la ligne pour le créer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="789"/>
        <source>is blank, but {field} is required</source>
        <translation>est vide, mais {field} est obligatoire</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="845"/>
        <source>a litter item row needs both the item (category) and its count</source>
        <translation>une ligne d&apos;objets de déchets a besoin de l&apos;objet (catégorie) et de son nombre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="853"/>
        <source>the count is 0: no items of this kind to add</source>
        <translation>le nombre est 0 : aucun objet de ce type à ajouter</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="392"/>
        <source>a separator inside a value splits it in two unless the value is in quotes: a decimal comma in a comma-separated file, as in 2,5, must be written 2.5</source>
        <translation>un séparateur à l&apos;intérieur d&apos;une valeur la coupe en deux, sauf si la valeur est entre guillemets : dans un fichier séparé par des virgules, une virgule décimale, comme dans 2,5, doit s&apos;écrire 2.5</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="507"/>
        <source>has {cells} cells but the header row has {headers}; the row may be cut short</source>
        <translation>cette ligne a {cells} cellules, mais la ligne des en-têtes en a {headers} ; elle est peut-être tronquée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="512"/>
        <source>column {column} has no header, but this row has a value there (&apos;{value}&apos;); give the column a header</source>
        <translation>la colonne {column} n&apos;a pas d&apos;en-tête, mais cette ligne y a une valeur (« {value} ») ; donnez un en-tête à la colonne</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="518"/>
        <source>has a value in column {column}, beyond the last header; the row may be shifted ({why})</source>
        <translation>cette ligne a une valeur dans la colonne {column}, au-delà du dernier en-tête ; elle est peut-être décalée ({why})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="525"/>
        <source>has {cells} cells but the header row has {headers}, so its values may be shifted ({why})</source>
        <translation>cette ligne a {cells} cellules, mais la ligne des en-têtes en a {headers} : ses valeurs sont donc peut-être décalées ({why})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="572"/>
        <source>&apos;{value}&apos; is not a country fieldlog knows; use an ISO code like KE or the English name</source>
        <translation>« {value} » n&apos;est pas un pays connu de fieldlog ; utilisez un code ISO comme KE ou le nom anglais</translation>
    </message>
</context>
<context>
    <name>photos</name>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="83"/>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="83"/>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
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
        <translation>prise le {when}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="125"/>
        <source>at {position}</source>
        <translation>à {position}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="127"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="148"/>
        <source>The picture of {photo} could not be shown ({file} is unreadable); `fieldlog check` checks the photo store.</source>
        <translation>Impossible d&apos;afficher l&apos;image de {photo} ({file} est illisible) ; `fieldlog check` vérifie la photothèque.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="219"/>
        <source>{photos} ({count} already there)</source>
        <translation>{photos} ({count} déjà présentes)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="222"/>
        <source>Cancelled: attached {photos} of {total}; the rest were not attached.</source>
        <translation>Annulé : {photos} jointe(s) sur {total} ; les autres n&apos;ont pas été jointes.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="225"/>
        <source>Attached {photos}.</source>
        <translation>Photos jointes : {photos}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="232"/>
        <source>…and {count} more.</source>
        <translation>…et {count} autres.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="239"/>
        <source>Attaching stopped: {reason}</source>
        <translation>Ajout interrompu : {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="253"/>
        <source>Date: {date}</source>
        <translation>Date : {date}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="255"/>
        <source>Position: {position}</source>
        <translation>Position : {position}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="260"/>
        <source>The photo</source>
        <translation>La photo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="263"/>
        <source>{photo} says when and where it was taken, and this {record} has no date and position of its own yet.</source>
        <translation>{photo} indique quand et où elle a été prise, et cet élément ({record}) n&apos;a pas encore de date ni de position propres.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="266"/>
        <source>{photo} says when and where it was taken, and this {record} has no date of its own yet.</source>
        <translation>{photo} indique quand et où elle a été prise, et cet élément ({record}) n&apos;a pas encore de date propre.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="269"/>
        <source>{photo} says when and where it was taken, and this {record} has no position of its own yet.</source>
        <translation>{photo} indique quand et où elle a été prise, et cet élément ({record}) n&apos;a pas encore de position propre.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="272"/>
        <source>Use it for the {record}?</source>
        <translation>L&apos;utiliser pour cet élément ({record}) ?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="274"/>
        <source>Use them for the {record}?</source>
        <translation>Les utiliser pour cet élément ({record}) ?</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../fieldlog/io/report.py" line="45"/>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="46"/>
        <location filename="../../fieldlog/io/report.py" line="573"/>
        <source>Species</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="47"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="48"/>
        <source>SER report</source>
        <translation>Rapport SER</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="60"/>
        <location filename="../../fieldlog/io/report.py" line="533"/>
        <location filename="../../fieldlog/io/report.py" line="558"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="60"/>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="61"/>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="61"/>
        <source>countries</source>
        <translation>pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="62"/>
        <location filename="../../fieldlog/io/report.py" line="533"/>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="62"/>
        <source>persons</source>
        <translation>personnes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="63"/>
        <location filename="../../fieldlog/io/report.py" line="534"/>
        <source>Volunteer hours</source>
        <translation>Heures de bénévolat</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="64"/>
        <source>Planting activities</source>
        <translation>Activités de plantation</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="65"/>
        <location filename="../../fieldlog/io/report.py" line="70"/>
        <location filename="../../fieldlog/io/report.py" line="78"/>
        <location filename="../../fieldlog/io/report.py" line="82"/>
        <location filename="../../fieldlog/io/report.py" line="90"/>
        <location filename="../../fieldlog/io/report.py" line="95"/>
        <source>activities</source>
        <translation>activités</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="66"/>
        <source>Plants planted</source>
        <translation>Plants mis en terre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="66"/>
        <source>plants</source>
        <translation>plants</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="67"/>
        <source>Species planted</source>
        <translation>Espèces plantées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="67"/>
        <location filename="../../fieldlog/io/report.py" line="76"/>
        <location filename="../../fieldlog/io/report.py" line="88"/>
        <source>species</source>
        <translation>espèces</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="68"/>
        <source>Area planted</source>
        <translation>Surface plantée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="69"/>
        <source>Seed collections</source>
        <translation>Récoltes de semences</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="71"/>
        <source>Seed collected, by mass</source>
        <translation>Semences récoltées, en masse</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="72"/>
        <source>Seed collected, by count</source>
        <translation>Semences récoltées, en nombre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="73"/>
        <source>seeds</source>
        <translation>graines</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="74"/>
        <source>Seed lots</source>
        <translation>Lots de semences</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="74"/>
        <source>lots</source>
        <translation>lots</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="75"/>
        <source>Species collected</source>
        <translation>Espèces récoltées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="77"/>
        <source>Seedball making activities</source>
        <translation>Activités de fabrication de bombes à graines</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="79"/>
        <source>Seedballs made</source>
        <translation>Bombes à graines fabriquées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="80"/>
        <source>seedballs</source>
        <translation>bombes à graines</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="81"/>
        <source>Invasive removals</source>
        <translation>Retraits d&apos;espèces envahissantes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="83"/>
        <source>Area cleared</source>
        <translation>Surface dégagée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="84"/>
        <source>Invasive plants removed, by weight</source>
        <translation>Plantes envahissantes retirées, en poids</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="85"/>
        <source>Bags of invasive plants</source>
        <translation>Sacs de plantes envahissantes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="86"/>
        <location filename="../../fieldlog/io/report.py" line="91"/>
        <source>bags</source>
        <translation>sacs</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="87"/>
        <source>Invasive species removed</source>
        <translation>Espèces envahissantes retirées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="89"/>
        <source>Litter pickups</source>
        <translation>Ramassages de déchets</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="91"/>
        <source>Bags of litter</source>
        <translation>Sacs de déchets</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="92"/>
        <source>Litter collected, by weight</source>
        <translation>Déchets ramassés, en poids</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="93"/>
        <source>Litter items</source>
        <translation>Objets de déchets</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="93"/>
        <source>items</source>
        <translation>objets</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="94"/>
        <source>Distance covered</source>
        <translation>Distance parcourue</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="95"/>
        <source>Other activities</source>
        <translation>Autres activités</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="100"/>
        <source>Plants</source>
        <translation>Plants</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="100"/>
        <source>Area (m²)</source>
        <translation>Surface (m²)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="101"/>
        <source>Seed mass (g)</source>
        <translation>Masse de semences (g)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="101"/>
        <source>Seed count</source>
        <translation>Nombre de graines</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="102"/>
        <source>Weight (kg)</source>
        <translation>Poids (kg)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="102"/>
        <source>Bags</source>
        <translation>Sacs</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="179"/>
        <source>all events</source>
        <translation>tous les événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="302"/>
        <source>SER summary of {events}</source>
        <translation>Résumé SER de {events}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="305"/>
        <source>Made by fieldlog {version}</source>
        <translation>Produit par fieldlog {version}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="487"/>
        <location filename="../../fieldlog/io/report.py" line="603"/>
        <source>Events covered</source>
        <translation>Événements couverts</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="489"/>
        <location filename="../../fieldlog/io/report.py" line="602"/>
        <source>Generated at (UTC)</source>
        <translation>Généré le (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="491"/>
        <location filename="../../fieldlog/io/report.py" line="604"/>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="495"/>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="495"/>
        <source>Figure</source>
        <translation>Indicateur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="496"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="496"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="497"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="497"/>
        <source>Reported by</source>
        <translation>Renseigné par</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="498"/>
        <source>Of events</source>
        <translation>Sur événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="498"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="515"/>
        <source>Activities by kind</source>
        <translation>Activités par type</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="518"/>
        <location filename="../../fieldlog/io/report.py" line="573"/>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="518"/>
        <location filename="../../fieldlog/io/report.py" line="548"/>
        <location filename="../../fieldlog/io/report.py" line="574"/>
        <source>Activities</source>
        <translation>Activités</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="519"/>
        <source>Events with it</source>
        <translation>Événements concernés</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="530"/>
        <source>By country</source>
        <translation>Par pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="532"/>
        <location filename="../../fieldlog/services/reporting.py" line="244"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="532"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="562"/>
        <source>Events by country (the {shown} with most events)</source>
        <translation>Événements par pays (les {shown} qui en ont le plus)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="565"/>
        <source>Events by country</source>
        <translation>Événements par pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="596"/>
        <source>About this report</source>
        <translation>À propos de ce rapport</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="599"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="600"/>
        <source>Made by</source>
        <translation>Produit par</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="601"/>
        <source>Database schema</source>
        <translation>Schéma de la base de données</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="615"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="622"/>
        <source>continued on {sheets}</source>
        <translation>suite sur {sheets}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="624"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="626"/>
        <source>The Events sheet, the activity sheets and Litter items use the columns of fieldlog&apos;s spreadsheet template, so `fieldlog import` reads this workbook back without a mapping. Every record keeps its id: importing the same report twice, or two reports that overlap, counts each record once.</source>
        <translation>La feuille Événements, les feuilles d&apos;activités et Détail des déchets utilisent les colonnes du modèle de tableur de fieldlog : `fieldlog import` relit donc ce classeur sans correspondance. Chaque enregistrement garde son identifiant : importer deux fois le même rapport, ou deux rapports qui se recoupent, compte chaque enregistrement une seule fois.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="630"/>
        <source>Reported by n of N events: how many of the events this report counts gave at least one value for the figure (most fields are optional).</source>
        <translation>Renseigné par n sur N événements : combien des événements comptés dans ce rapport ont donné au moins une valeur pour l&apos;indicateur (la plupart des champs sont facultatifs).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="632"/>
        <source>Volunteer hours left blank on the Events sheet were not counted at the event; fieldlog derives them as participants × duration, and the Summary&apos;s total includes them.</source>
        <translation>Les heures de bénévolat laissées vides sur la feuille Événements n&apos;ont pas été comptées lors de l&apos;événement ; fieldlog les calcule comme participants × durée, et le total du Résumé les inclut.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="644"/>
        <source>Included at the user&apos;s request: the organizer&apos;s name and contact are on the Events sheet. Treat this file as personal data.</source>
        <translation>Incluses à la demande de l&apos;utilisateur : le nom et le contact de l&apos;organisateur figurent sur la feuille Événements. Traitez ce fichier comme des données personnelles.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="647"/>
        <source>Left out: this report holds no organizer names or contacts.</source>
        <translation>Exclues : ce rapport ne contient ni noms ni contacts d&apos;organisateurs.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="214"/>
        <source>counted at {entered} events; derived as participants × duration at {derived} (included in the total); none at {unknown}</source>
        <translation>comptées lors de {entered} événements ; calculées comme participants × durée pour {derived} (incluses dans le total) ; aucune pour {unknown}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="219"/>
        <source>distinct countries of the events&apos; sites</source>
        <translation>pays distincts des sites des événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="220"/>
        <source>summed over events: a person at two events counts twice</source>
        <translation>somme sur les événements : une personne présente à deux événements compte deux fois</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="223"/>
        <source>distinct species names, ignoring case and spacing</source>
        <translation>noms d&apos;espèces distincts, sans tenir compte de la casse ni des espaces</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="225"/>
        <source>distinct seed lot ids, ignoring case and spacing</source>
        <translation>identifiants de lots de semences distincts, sans tenir compte de la casse ni des espaces</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="237"/>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="239"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="241"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="153"/>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="154"/>
        <source>One row per place where events happen.</source>
        <translation>Une ligne par lieu où se déroulent des événements.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="155"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="158"/>
        <source>One row per event. Activities refer to an event by its name (or id).</source>
        <translation>Une ligne par événement. Les activités désignent un événement par son nom (ou son identifiant).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="185"/>
        <source>Planting</source>
        <translation>Plantation</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="193"/>
        <source>One row per species planted at an event.</source>
        <translation>Une ligne par espèce plantée lors d&apos;un événement.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="194"/>
        <source>Seed collection</source>
        <translation>Récolte de semences</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="201"/>
        <source>One row per seed lot; give its mass or its seed count.</source>
        <translation>Une ligne par lot de semences ; indiquez sa masse ou son nombre de graines.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="202"/>
        <source>Seedball making</source>
        <translation>Bombes à graines</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="207"/>
        <source>One row per batch of seedballs.</source>
        <translation>Une ligne par fournée de bombes à graines.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="208"/>
        <source>Invasive removal</source>
        <translation>Retrait des invasives</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="218"/>
        <source>One row per species removed; give at least one of area, weight, bags, stems.</source>
        <translation>Une ligne par espèce retirée ; indiquez au moins la surface, le poids, les sacs ou les tiges.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="220"/>
        <source>Litter pickup</source>
        <translation>Ramassage de déchets</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="225"/>
        <source>One row per pickup; its item tally goes on the Litter items sheet.</source>
        <translation>Une ligne par ramassage ; le décompte des objets va sur la feuille Détail des déchets.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="226"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="230"/>
        <source>Anything else volunteers did.</source>
        <translation>Tout ce que les bénévoles ont fait d&apos;autre.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="238"/>
        <source>Litter items</source>
        <translation>Détail des déchets</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="241"/>
        <source>One row per item category of a pickup; rows with the same event and date make one pickup.</source>
        <translation>Une ligne par catégorie d&apos;objet d&apos;un ramassage ; les lignes ayant le même événement et la même date forment un seul ramassage.</translation>
    </message>
</context>
<context>
    <name>spreadsheet_view</name>
    <message>
        <location filename="../../fieldlog/services/spreadsheet_view.py" line="66"/>
        <source>Windows (cp1252): files saved by Excel on Windows</source>
        <translation>Windows (cp1252) : fichiers enregistrés par Excel sous Windows</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../fieldlog/ui/tasks.py" line="90"/>
        <source>Something went wrong with the database ({kind}: {error}).</source>
        <translation>Un problème est survenu avec la base de données ({kind} : {error}).</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <location filename="../../fieldlog/io/template.py" line="33"/>
        <source>Instructions</source>
        <translation>Mode d&apos;emploi</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="34"/>
        <source>Lists</source>
        <translation>Listes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="62"/>
        <source>Example row: delete it or write over it.</source>
        <translation>Ligne d&apos;exemple : supprimez-la ou écrivez par-dessus.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="97"/>
        <source>There is one sheet per table: {events}, one sheet for each kind of activity, then {litter_items}. Leave a sheet empty when you have nothing for it.</source>
        <translation>Il y a une feuille par table : {events}, une feuille pour chaque type d&apos;activité, puis {litter_items}. Laissez une feuille vide si vous n&apos;avez rien à y mettre.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="99"/>
        <source>Each row is one record. Keep the sheet names and the words in row 1 as they are (except units, see below).</source>
        <translation>Chaque ligne est un enregistrement. Gardez tels quels les noms des feuilles et les mots de la ligne 1 (sauf les unités, voir ci-dessous).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="101"/>
        <source>Required columns have bold headers and a * in the tables below. Point at a header to read a note about it.</source>
        <translation>Les colonnes obligatoires ont un en-tête en gras et un * dans les tableaux ci-dessous. Placez le pointeur sur un en-tête pour lire la note qui l&apos;accompagne.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="103"/>
        <source>Units are in brackets in the header, like &quot;{area} (m²)&quot;. You may change the unit to the one you measured in, like &quot;{area} (ha)&quot; or &quot;{weight} (lb)&quot;: fieldlog converts the numbers.</source>
        <translation>Les unités sont entre parenthèses dans l&apos;en-tête, par ex. « {area} (m²) ». Vous pouvez remplacer l&apos;unité par celle de vos mesures, par ex. « {area} (ha) » ou « {weight} (lb) » : fieldlog convertit les nombres.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="106"/>
        <source>Dates: type a real date, or text like 2026-05-30. A start or end time may follow: 2026-05-30 09:00.</source>
        <translation>Dates : saisissez une vraie date, ou un texte comme 2026-05-30. Une heure de début ou de fin peut suivre : 2026-05-30 09:00.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="108"/>
        <source>{country}: the two-letter ISO code (KE, FR, US) from the drop-down, or the English name (Kenya).</source>
        <translation>{country} : le code ISO à deux lettres (KE, FR, US) de la liste déroulante, ou le nom anglais (Kenya).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="110"/>
        <source>Each activity row names its event in the {event} column, spelled as on the {events} sheet (or gives its {event_id}). If that event is neither on the {events} sheet nor already in fieldlog, add the columns {start}, {site}, {country} and {participants} to the activity sheet and fieldlog creates the event from them.</source>
        <translation>Chaque ligne d&apos;activité indique son événement dans la colonne {event}, écrit comme sur la feuille {events} (ou donne son {event_id}). Si cet événement n&apos;est ni sur la feuille {events} ni déjà dans fieldlog, ajoutez les colonnes {start}, {site}, {country} et {participants} à la feuille d&apos;activité : fieldlog crée alors l&apos;événement à partir d&apos;elles.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="114"/>
        <source>{litter_items}: one row per item category with its count. Rows with the same {event} and {date} make one litter pickup, together with the {litter_pickup} row of that {event} and {date} if there is one.</source>
        <translation>{litter_items} : une ligne par catégorie d&apos;objet avec son nombre. Les lignes ayant les mêmes {event} et {date} forment un seul ramassage de déchets, avec la ligne {litter_pickup} de ces mêmes {event} et {date} s&apos;il y en a une.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="117"/>
        <source>Text that starts with = is kept as text; fieldlog never runs it as a formula.</source>
        <translation>Un texte qui commence par = est gardé comme texte ; fieldlog ne l&apos;exécute jamais comme une formule.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="118"/>
        <source>Row 2 of every sheet is an example (grey italics). Delete it or write over it before you send the file.</source>
        <translation>La ligne 2 de chaque feuille est un exemple (en italique gris). Supprimez-la ou écrivez par-dessus avant d&apos;envoyer le fichier.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="120"/>
        <source>Leave {event_id} and {activity_id} blank for new records: fieldlog fills them in.</source>
        <translation>Laissez {event_id} et {activity_id} vides pour les nouveaux enregistrements : fieldlog les remplit.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="121"/>
        <source>{organizer} and {organizer_contact} are personal data: they stay on your laptop and go into no report unless you ask for them.</source>
        <translation>{organizer} et {organizer_contact} sont des données personnelles : elles restent sur votre ordinateur et n&apos;apparaissent dans aucun rapport, sauf si vous le demandez.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="211"/>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="211"/>
        <location filename="../../fieldlog/io/template.py" line="345"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="212"/>
        <source>Litter item</source>
        <translation>Type de déchet</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="282"/>
        <source>Required.</source>
        <translation>Obligatoire.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="287"/>
        <source>In {unit}. Write another unit in the brackets instead ({units}) and fieldlog converts.</source>
        <translation>En {unit}. Écrivez une autre unité entre les parenthèses ({units}) et fieldlog convertit.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="291"/>
        <source>One of: {choices}.</source>
        <translation>Une valeur parmi : {choices}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="294"/>
        <source>Personal data: it stays on the laptop and goes into no report unless asked for.</source>
        <translation>Donnée personnelle : elle reste sur l&apos;ordinateur et n&apos;apparaît dans aucun rapport, sauf demande.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="341"/>
        <source>Pick a {column}</source>
        <translation>Choisissez : {column}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="342"/>
        <source>{column} must be one of: {choices}. Pick one from the list.</source>
        <translation>{column} doit être l&apos;une de ces valeurs : {choices}. Choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="346"/>
        <source>Use the two-letter ISO code from the list (like KE). An English country name (like Kenya) also works: choose Yes to keep it.</source>
        <translation>Utilisez le code ISO à deux lettres de la liste (par ex. KE). Un nom de pays en anglais (par ex. Kenya) fonctionne aussi : choisissez Oui pour le garder.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="350"/>
        <source>Whole number</source>
        <translation>Nombre entier</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="351"/>
        <source>{column} must be a whole number, 0 or more (no units, no decimals).</source>
        <translation>{column} doit être un nombre entier, 0 ou plus (sans unité ni décimales).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="354"/>
        <source>Percent</source>
        <translation>Pourcentage</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="355"/>
        <source>{column} must be a number from 0 to 100.</source>
        <translation>{column} doit être un nombre de 0 à 100.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="358"/>
        <source>Number</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="359"/>
        <source>{column} must be a number, 0 or more. Write the unit in the header, not in the cell.</source>
        <translation>{column} doit être un nombre, 0 ou plus. Écrivez l&apos;unité dans l&apos;en-tête, pas dans la cellule.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="363"/>
        <source>2026-05-30 or 2026-05-30 09:00</source>
        <translation>2026-05-30 ou 2026-05-30 09:00</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="364"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="365"/>
        <source>{column} must be a date, like {example}.</source>
        <translation>{column} doit être une date, par ex. {example}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="368"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="369"/>
        <source>Latitude is in decimal degrees from -90 to 90 (south is negative), like -1.2833. Degrees-minutes-seconds text also works: choose Yes to keep it.</source>
        <translation>La latitude est en degrés décimaux de -90 à 90 (le sud est négatif), par ex. -1.2833. Un texte en degrés-minutes-secondes fonctionne aussi : choisissez Oui pour le garder.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="374"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="375"/>
        <source>Longitude is in decimal degrees from -180 to 180 (west is negative), like 36.8167. Degrees-minutes-seconds text also works: choose Yes to keep it.</source>
        <translation>La longitude est en degrés décimaux de -180 à 180 (l&apos;ouest est négatif), par ex. 36.8167. Un texte en degrés-minutes-secondes fonctionne aussi : choisissez Oui pour le garder.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="380"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="381"/>
        <source>Pick a unit from the list, or choose Yes to keep your own (like trees or nest boxes).</source>
        <translation>Choisissez une unité dans la liste, ou choisissez Oui pour garder la vôtre (par ex. arbres ou nichoirs).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="384"/>
        <source>Item</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="385"/>
        <source>Pick an item category from the list, or choose Yes to keep your own words.</source>
        <translation>Choisissez une catégorie d&apos;objet dans la liste, ou choisissez Oui pour garder vos propres mots.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="391"/>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="392"/>
        <source>text; line breaks are kept</source>
        <translation>texte ; les retours à la ligne sont conservés</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="393"/>
        <source>blank for a new record</source>
        <translation>vide pour un nouvel enregistrement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="394"/>
        <source>whole number, 0 or more</source>
        <translation>nombre entier, 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="395"/>
        <source>number, 0 or more</source>
        <translation>nombre, 0 ou plus</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="396"/>
        <source>date, or text YYYY-MM-DD</source>
        <translation>date, ou texte AAAA-MM-JJ</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="397"/>
        <source>date (and time), or text YYYY-MM-DD hh:mm</source>
        <translation>date (et heure), ou texte AAAA-MM-JJ hh:mm</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="398"/>
        <source>ISO code (KE, FR, US, …) or English name</source>
        <translation>code ISO (KE, FR, US, …) ou nom anglais</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="399"/>
        <source>-90 to 90, decimal degrees</source>
        <translation>-90 à 90, degrés décimaux</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="400"/>
        <source>-180 to 180, decimal degrees</source>
        <translation>-180 à 180, degrés décimaux</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="401"/>
        <source>one of the list</source>
        <translation>une valeur de la liste</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="407"/>
        <source>the id fieldlog gave the event</source>
        <translation>l&apos;identifiant donné par fieldlog à l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="408"/>
        <source>the id fieldlog gave the activity</source>
        <translation>l&apos;identifiant donné par fieldlog à l&apos;activité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="409"/>
        <location filename="../../fieldlog/io/template.py" line="410"/>
        <source>WGS84 decimal degrees (DMS accepted)</source>
        <translation>degrés décimaux WGS84 (DMS accepté)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="411"/>
        <source>the event&apos;s name; activity rows use it to name their event</source>
        <translation>le nom de l&apos;événement ; les lignes d&apos;activité l&apos;utilisent pour désigner leur événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="412"/>
        <source>the campaign the event is part of, like MAD Week 2026</source>
        <translation>la campagne dont fait partie l&apos;événement, par ex. MAD Week 2026</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="413"/>
        <source>when the event ended; with Start it gives the volunteer hours</source>
        <translation>la fin de l&apos;événement ; avec le début, elle donne les heures de bénévolat</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="414"/>
        <source>the name of the place</source>
        <translation>le nom du lieu</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="415"/>
        <source>town, park or area</source>
        <translation>ville, parc ou secteur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="416"/>
        <source>the size of the whole site</source>
        <translation>la taille du site entier</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="417"/>
        <source>the group that ran the event</source>
        <translation>le groupe qui a organisé l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="418"/>
        <source>who ran the event</source>
        <translation>qui a organisé l&apos;événement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="419"/>
        <source>phone number or e-mail of the organizer</source>
        <translation>téléphone ou e-mail de l&apos;organisateur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="420"/>
        <source>how many volunteers took part</source>
        <translation>nombre de bénévoles ayant participé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="421"/>
        <source>anything else worth keeping</source>
        <translation>toute autre information utile</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="422"/>
        <source>scientific name</source>
        <translation>nom scientifique</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="423"/>
        <source>how many plants were put in the ground</source>
        <translation>nombre de plants mis en terre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="424"/>
        <source>whether the species is native at the site</source>
        <translation>si l&apos;espèce est indigène sur le site</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="425"/>
        <source>what was planted</source>
        <translation>ce qui a été planté</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="426"/>
        <source>the area planted</source>
        <translation>la surface plantée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="427"/>
        <source>the area cleared</source>
        <translation>la surface dégagée</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="428"/>
        <source>where the seed or seedlings came from</source>
        <translation>d&apos;où viennent les semences ou les plants</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="429"/>
        <source>your label for the seed lot</source>
        <translation>votre référence pour le lot de semences</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="430"/>
        <source>the weight of seed collected</source>
        <translation>le poids des semences récoltées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="431"/>
        <source>how many seeds were collected</source>
        <translation>nombre de graines récoltées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="432"/>
        <source>how many plants seed was taken from</source>
        <translation>nombre de plantes sur lesquelles on a récolté</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="433"/>
        <source>how many plants the population has</source>
        <translation>nombre de plantes dans la population</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="434"/>
        <source>how many seedballs were made</source>
        <translation>nombre de bombes à graines fabriquées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="435"/>
        <source>the weight of seed used</source>
        <translation>le poids des semences utilisées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="436"/>
        <source>how the plants were removed</source>
        <translation>comment les plantes ont été retirées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="437"/>
        <source>the weight removed or picked up</source>
        <translation>le poids retiré ou ramassé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="438"/>
        <source>how many bags were filled</source>
        <translation>nombre de sacs remplis</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="439"/>
        <source>how many stems were removed</source>
        <translation>nombre de tiges retirées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="440"/>
        <source>how much of the ground the species covered before removal</source>
        <translation>part du sol couverte par l&apos;espèce avant le retrait</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="441"/>
        <source>the plants&apos; life stage</source>
        <translation>le stade de développement des plantes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="442"/>
        <source>what happened to the removed plants</source>
        <translation>ce que sont devenues les plantes retirées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="443"/>
        <source>where the pickup took place</source>
        <translation>où a eu lieu le ramassage</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="444"/>
        <source>the distance covered</source>
        <translation>la distance parcourue</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="445"/>
        <source>what was done</source>
        <translation>ce qui a été fait</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="446"/>
        <source>how much was done, if it can be counted</source>
        <translation>la quantité réalisée, si elle peut se compter</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="447"/>
        <source>the unit of Quantity</source>
        <translation>l&apos;unité de la quantité</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="448"/>
        <source>the kind of item picked up</source>
        <translation>le type d&apos;objet ramassé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="449"/>
        <source>how many of them were picked up</source>
        <translation>combien ont été ramassés</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="457"/>
        <source>(personal data: goes into no report unless you ask)</source>
        <translation>(donnée personnelle : n&apos;apparaît dans aucun rapport, sauf si vous le demandez)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="465"/>
        <source>a unit from the drop-down ({units}, …) or your own words</source>
        <translation>une unité de la liste déroulante ({units}, …) ou vos propres mots</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="468"/>
        <source>an item category from the drop-down, or your own words</source>
        <translation>une catégorie d&apos;objet de la liste déroulante, ou vos propres mots</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="470"/>
        <source>number from 0 to 100</source>
        <translation>nombre de 0 à 100</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="472"/>
        <source>an {event} name from the {events} sheet or from fieldlog (or fill in {event_id} instead)</source>
        <translation>le nom d&apos;un événement ({event}) de la feuille {events} ou de fieldlog (ou remplissez plutôt {event_id})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="476"/>
        <source>{kind}; header unit may be changed to {units}</source>
        <translation>{kind} ; l&apos;unité de l&apos;en-tête peut être changée en {units}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="512"/>
        <source>fieldlog spreadsheet template</source>
        <translation>Modèle de tableur fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="514"/>
        <source>Fill in this workbook with your volunteer events and what was done at them, then import it into fieldlog (Import in the window, or: fieldlog import FILE.xlsx).</source>
        <translation>Remplissez ce classeur avec vos événements bénévoles et ce qui y a été fait, puis importez-le dans fieldlog (Importer dans la fenêtre, ou : fieldlog import FICHIER.xlsx).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="519"/>
        <source>How to fill it in</source>
        <translation>Comment le remplir</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="525"/>
        <source>The sheets</source>
        <translation>Les feuilles</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="530"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="530"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="531"/>
        <source>What it holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="531"/>
        <source>Allowed values</source>
        <translation>Valeurs autorisées</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="532"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="535"/>
        <source>Columns of the {sheet} sheet</source>
        <translation>Colonnes de la feuille {sheet}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="128"/>
        <source>Planting</source>
        <translation>Plantation</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="129"/>
        <source>Seed collection</source>
        <translation>Récolte de semences</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="130"/>
        <source>Seedball making</source>
        <translation>Bombes à graines</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="131"/>
        <source>Invasive removal</source>
        <translation>Retrait des invasives</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="132"/>
        <source>Litter pickup</source>
        <translation>Ramassage de déchets</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="133"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="135"/>
        <source>Native</source>
        <translation>Indigène</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="136"/>
        <source>Introduced</source>
        <translation>Introduite</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="137"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="139"/>
        <source>Bare root</source>
        <translation>Racines nues</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="140"/>
        <source>Container</source>
        <translation>Conteneur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="141"/>
        <source>Plug</source>
        <translation>Motte</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="142"/>
        <source>Cutting</source>
        <translation>Bouture</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="143"/>
        <source>Direct seed</source>
        <translation>Semis direct</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="144"/>
        <source>Seedball</source>
        <translation>Bombe à graines</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="146"/>
        <source>Hand pull</source>
        <translation>Arrachage manuel</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="147"/>
        <source>Dig</source>
        <translation>Déterrage</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="148"/>
        <source>Cut</source>
        <translation>Coupe</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="149"/>
        <source>Mow</source>
        <translation>Fauche</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="150"/>
        <source>Girdle</source>
        <translation>Annelage</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="151"/>
        <source>Herbicide cut stump</source>
        <translation>Herbicide sur souche</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="152"/>
        <source>Herbicide foliar</source>
        <translation>Herbicide foliaire</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="153"/>
        <source>Smother</source>
        <translation>Occultation</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="155"/>
        <source>Vegetative</source>
        <translation>Végétatif</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="156"/>
        <source>Flowering</source>
        <translation>Floraison</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="157"/>
        <source>Seeding</source>
        <translation>Fructification</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="159"/>
        <source>Left on site</source>
        <translation>Laissé sur place</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="160"/>
        <source>Composted</source>
        <translation>Composté</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="161"/>
        <source>Bagged landfill</source>
        <translation>Ensaché, en décharge</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="162"/>
        <source>Burned</source>
        <translation>Brûlé</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="164"/>
        <source>Beach</source>
        <translation>Plage</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="165"/>
        <source>Shore</source>
        <translation>Rive</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="166"/>
        <source>Underwater</source>
        <translation>Subaquatique</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="167"/>
        <source>Trail</source>
        <translation>Sentier</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="168"/>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="169"/>
        <source>Park</source>
        <translation>Parc</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="171"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="172"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="174"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="175"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
</TS>
