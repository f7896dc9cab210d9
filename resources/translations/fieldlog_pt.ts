<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
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
        <translation>O quê</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="267"/>
        <source>How much</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/models.py" line="267"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>ActivityForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="664"/>
        <source>Blank: the day the event starts</source>
        <translation>Em branco: o dia em que o evento começa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="689"/>
        <source>No event chosen</source>
        <translation>Nenhum evento escolhido</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="694"/>
        <source>{event} at {site}, {start}</source>
        <translation>{event} em {site}, {start}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="697"/>
        <source>{event}, {start}</source>
        <translation>{event}, {start}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="703"/>
        <source>Choose the event this activity belongs to first.</source>
        <translation>Escolha primeiro o evento a que esta atividade pertence.</translation>
    </message>
</context>
<context>
    <name>ChartWidget</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="665"/>
        <source>Click a bar to filter the events list.</source>
        <translation>Clique numa barra para filtrar a lista de eventos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="695"/>
        <source>Click to show these events</source>
        <translation>Clique para mostrar estes eventos</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1010"/>
        <source>Pick one from the list</source>
        <translation>Escolha um da lista</translation>
    </message>
</context>
<context>
    <name>ConflictQuestion</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="120"/>
        <source>Changed by someone else</source>
        <translation>Alterado por outra pessoa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="123"/>
        <source>Overwrite with mine</source>
        <translation>Substituir pela minha versão</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="126"/>
        <source>Keep theirs</source>
        <translation>Manter a versão da outra pessoa</translation>
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
        <translation>{decimal} ou {dms}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="804"/>
        <source>Read as {value}</source>
        <translation>Lido como {value}</translation>
    </message>
</context>
<context>
    <name>CountryField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1130"/>
        <source>Country name or code, like Kenya or KE</source>
        <translation>Nome ou código do país, como Kenya ou KE</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1136"/>
        <source>&apos;{text}&apos; is not a country fieldlog knows; type its name or its two-letter code, like KE</source>
        <translation>&apos;{text}&apos; não é um país que o fieldlog conheça; escreva o nome ou o código de duas letras, como KE</translation>
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
        <translation>? atividades</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/backup_dialog.py" line="85"/>
        <source>%Ln activity(-ies)</source>
        <translation>
            <numerusform>%Ln atividade</numerusform>
            <numerusform>%Ln atividades</numerusform>
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
            <numerusform>%Ln remoção</numerusform>
            <numerusform>%Ln remoções</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="146"/>
        <location filename="../../fieldlog/ui/models.py" line="250"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="162"/>
        <source>Sites (%Ln on the map, sized by events)</source>
        <translation>
            <numerusform>Locais (%Ln no mapa, tamanho conforme os eventos)</numerusform>
            <numerusform>Locais (%Ln no mapa, tamanho conforme os eventos)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="170"/>
        <source>%Ln site(s) without coordinates ({events}) are counted but not on the map.</source>
        <translation>
            <numerusform>%Ln local sem coordenadas ({events}) é contado, mas não aparece no mapa.</numerusform>
            <numerusform>%Ln locais sem coordenadas ({events}) são contados, mas não aparecem no mapa.</numerusform>
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
            <numerusform>%Ln plantio sem espécie: contado nos totais, não aqui.</numerusform>
            <numerusform>%Ln plantios sem espécie: contados nos totais, não aqui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/dashboard.py" line="560"/>
        <source>%Ln removal(s) without a species: counted in the totals, not here.</source>
        <translation>
            <numerusform>%Ln remoção sem espécie: contada nos totais, não aqui.</numerusform>
            <numerusform>%Ln remoções sem espécie: contadas nos totais, não aqui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/formatting.py" line="77"/>
        <location filename="../../fieldlog/ui/models.py" line="241"/>
        <source>%Ln seed(s)</source>
        <translation>
            <numerusform>%Ln semente</numerusform>
            <numerusform>%Ln sementes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/formatting.py" line="78"/>
        <location filename="../../fieldlog/ui/models.py" line="228"/>
        <source>%Ln bag(s)</source>
        <translation>
            <numerusform>%Ln saco</numerusform>
            <numerusform>%Ln sacos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/models.py" line="244"/>
        <source>%Ln seedball(s)</source>
        <translation>
            <numerusform>%Ln bola de sementes</numerusform>
            <numerusform>%Ln bolas de sementes</numerusform>
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
            <numerusform>%Ln arquivo não foi anexado:</numerusform>
            <numerusform>%Ln arquivos não foram anexados:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/photos.py" line="242"/>
        <source>%Ln photo(s) attached; the record is otherwise unchanged.</source>
        <translation>
            <numerusform>%Ln foto anexada; o registro não foi alterado de outra forma.</numerusform>
            <numerusform>%Ln fotos anexadas; o registro não foi alterado de outra forma.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DamagedDialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="249"/>
        <source>The database is damaged</source>
        <translation>A base de dados está danificada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="254"/>
        <source>{name} is damaged</source>
        <translation>{name} está danificado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="260"/>
        <source>SQLite&apos;s check of the file found damage, so fieldlog has stopped using it. Nothing was deleted: the damaged file is kept beside it as &lt;b&gt;{name}&lt;/b&gt;.</source>
        <translation>A verificação do SQLite encontrou danos no arquivo, por isso o fieldlog deixou de o usar. Nada foi apagado: o arquivo danificado fica guardado ao lado, como &lt;b&gt;{name}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="267"/>
        <source>The newest good backup is from &lt;b&gt;{when}&lt;/b&gt; and holds {events} and {activities}. Restoring it brings back everything saved up to then; anything saved after it is only in the damaged file.</source>
        <translation>A cópia de segurança válida mais recente é de &lt;b&gt;{when}&lt;/b&gt; e contém {events} e {activities}. Restaurá-la recupera tudo o que foi guardado até esse momento; o que foi guardado depois só está no arquivo danificado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="273"/>
        <source>No good backup of it was found in the &lt;i&gt;backups&lt;/i&gt; folder beside it, and fieldlog does not start a new, empty database in its place by itself. Keep the damaged file: someone who knows SQLite may rescue its records (sqlite3&apos;s &lt;i&gt;.recover&lt;/i&gt;). To start again with an empty database, move {name} to another folder and open fieldlog again.</source>
        <translation>Não foi encontrada nenhuma cópia de segurança válida na pasta &lt;i&gt;backups&lt;/i&gt; ao lado, e o fieldlog não cria sozinho uma base de dados nova e vazia no seu lugar. Guarde o arquivo danificado: alguém que conheça o SQLite poderá recuperar os registros (com o &lt;i&gt;.recover&lt;/i&gt; do sqlite3). Para recomeçar com uma base de dados vazia, mova {name} para outra pasta e abra o fieldlog de novo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="279"/>
        <source>Folder: {folder}</source>
        <translation>Pasta: {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="286"/>
        <source>What SQLite reported: {detail}</source>
        <translation>O que o SQLite indicou: {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="312"/>
        <source>Restore the backup of {when} ({events})</source>
        <translation>Restaurar a cópia de segurança de {when} ({events})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="318"/>
        <source>Open another database…</source>
        <translation>Abrir outra base de dados…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="322"/>
        <source>Quit fieldlog</source>
        <translation>Sair do fieldlog</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="912"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="1005"/>
        <source>Click a site on the map to see its events.</source>
        <translation>Clique num local do mapa para ver os seus eventos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="972"/>
        <source>{filter} · adding up…</source>
        <translation>{filter} · cálculo dos totais…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="990"/>
        <source>The dashboard could not be read: {reason}</source>
        <translation>Não foi possível ler o painel: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="1047"/>
        <source>&lt;b&gt;{site}&lt;/b&gt; ({country}): reading its events…</source>
        <translation>&lt;b&gt;{site}&lt;/b&gt; ({country}): leitura dos eventos…</translation>
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
        <translation>&lt;b&gt;{site}&lt;/b&gt; ({country}): {events}; os {listed} mais recentes na lista</translation>
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
            <numerusform>%Ln atividade</numerusform>
            <numerusform>%Ln atividades</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="839"/>
        <source>Pick from a calendar (Alt+Down)</source>
        <translation>Escolher num calendário (Alt+Baixo)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="855"/>
        <source>Event day: {date}</source>
        <translation>Dia do evento: {date}</translation>
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
        <translation>Nome do evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="502"/>
        <source>Like Karura planting day 2026</source>
        <translation>Como Dia de plantio em Karura 2026</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="504"/>
        <source>Like MAD-Week 2026</source>
        <translation>Como MAD-Week 2026</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="509"/>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="509"/>
        <source>Local time at the site</source>
        <translation>Hora local no local do evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="510"/>
        <source>Ends</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="511"/>
        <source>Local time at the site; needed to work out volunteer hours</source>
        <translation>Hora local no local do evento; necessária para calcular as horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="513"/>
        <source>People who took part</source>
        <translation>Pessoas que participaram</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="516"/>
        <source>Hours everyone worked together; left blank, participants x duration is used</source>
        <translation>Horas trabalhadas por todos em conjunto; em branco, usa-se participantes x duração</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="523"/>
        <source>Email or phone</source>
        <translation>E-mail ou telefone</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="524"/>
        <source>Personal: stays on this laptop, never in a report unless you ask</source>
        <translation>Pessoal: fica neste computador e nunca vai para um relatório, a menos que o peça</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="525"/>
        <source>Personal: stays on this laptop</source>
        <translation>Pessoal: fica neste computador</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="573"/>
        <source>Typed in (empty the field to work it out from participants x duration)</source>
        <translation>Escrito à mão (esvazie o campo para calcular a partir de participantes x duração)</translation>
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
        <translation>Calculado a partir de participantes x duração quando ambos estiverem preenchidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="597"/>
        <source>Site {id}…</source>
        <translation>Local {id}…</translation>
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
        <translation>Não contadas no evento: participantes × duração.</translation>
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
        <translation>Eventos {filter}, conforme o filtro da janela</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="80"/>
        <source>All events</source>
        <translation>Todos os eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="83"/>
        <source>Covers:</source>
        <translation>Abrange:</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="85"/>
        <source>Leave blank to export everything</source>
        <translation>Deixe em branco para exportar tudo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="86"/>
        <source>Include personal data (organizer names and contacts)</source>
        <translation>Incluir dados pessoais (nomes e contatos dos organizadores)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="88"/>
        <source>For sharing: leave out personal data (organizer names and contacts) and
where photos were taken, the camera&apos;s owner and serial numbers</source>
        <translation>Para partilhar: deixa de fora os dados pessoais (nomes e contatos dos organizadores) e
o local onde as fotos foram tiradas, o dono da câmera e os números de série</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="92"/>
        <source>Changes since (optional):</source>
        <translation>Alterações desde (opcional):</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="95"/>
        <source>Personal data stays on this laptop unless you tick this.</source>
        <translation>Os dados pessoais ficam neste computador, a menos que marque esta opção.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="100"/>
        <source>Browse…</source>
        <translation>Procurar…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="106"/>
        <source>Folder:</source>
        <translation>Pasta:</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="106"/>
        <source>File:</source>
        <translation>Arquivo:</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="112"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="132"/>
        <source>Export CSV files into</source>
        <translation>Exportar os arquivos CSV para</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="134"/>
        <source>Save {export}</source>
        <translation>Guardar {export}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="158"/>
        <source>Choose where to write it.</source>
        <translation>Escolha onde o gravar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="163"/>
        <source>{path} is a file; choose a folder.</source>
        <translation>{path} é um arquivo; escolha uma pasta.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="166"/>
        <source>The folder {folder} does not exist.</source>
        <translation>A pasta {folder} não existe.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="169"/>
        <source>Only changes since: {problem}</source>
        <translation>Só alterações desde: {problem}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="664"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="989"/>
        <source>Import a spreadsheet</source>
        <translation>Importar uma planilha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="688"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Voltar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="691"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Avançar &gt;</translation>
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
        <translation>Escol&amp;her outro arquivo…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="752"/>
        <source>Automatic (UTF-8)</source>
        <translation>Automática (UTF-8)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="757"/>
        <source>&amp;Encoding</source>
        <translation>&amp;Codificação</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="771"/>
        <source>Sheets</source>
        <translation>Folhas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="772"/>
        <source>Tick the sheets to import and choose the table each one fills. Sheets named after a table (Events, Planting, …) are chosen for you.</source>
        <translation>Marque as folhas a importar e escolha a tabela que cada uma preenche. As folhas com o nome de uma tabela (Eventos, Plantio, …) são escolhidas automaticamente.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="784"/>
        <source>&amp;Load mapping…</source>
        <translation>Carregar &amp;mapeamento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="786"/>
        <source>Sa&amp;ve mapping…</source>
        <translation>&amp;Guardar mapeamento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="800"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1063"/>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="801"/>
        <source>Choose the field each column of the file goes to; columns left at “{ignore}” are not imported. Fields with * are required. fieldlog remembers these choices for files with the same headers.</source>
        <translation>Escolha o campo para onde vai cada coluna do arquivo; as colunas deixadas em “{ignore}” não são importadas. Os campos com * são obrigatórios. O fieldlog lembra-se destas escolhas para arquivos com os mesmos cabeçalhos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="825"/>
        <source>Sho&amp;w</source>
        <translation>Mos&amp;trar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="832"/>
        <source>S&amp;top preview</source>
        <translation>&amp;Parar a pré-visualização</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="836"/>
        <source>Preview a&amp;gain</source>
        <translation>Pré-visualizar &amp;de novo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="885"/>
        <source>&amp;Skip invalid rows</source>
        <translation>&amp;Omitir linhas inválidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="889"/>
        <source>Preview</source>
        <translation>Pré-visualização</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="889"/>
        <source>What importing would do with every row. Nothing is written until you press Import.</source>
        <translation>O que a importação faria com cada linha. Nada é gravado até clicar em Importar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="923"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="942"/>
        <source>Tick at least one sheet and choose its table.</source>
        <translation>Marque pelo menos uma folha e escolha a sua tabela.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="948"/>
        <source>Fix the mapping of {sheets} first (the message under its columns says how).</source>
        <translation>Corrija primeiro o mapeamento de {sheets} (a mensagem por baixo das colunas explica como).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="963"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1563"/>
        <source>Importing…</source>
        <translation>Importação em curso…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="965"/>
        <source>Import is possible once the preview has read the whole file.</source>
        <translation>A importação fica disponível quando a pré-visualização tiver lido o arquivo inteiro.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="968"/>
        <source>Import is possible after a complete preview.</source>
        <translation>A importação fica disponível depois de uma pré-visualização completa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="972"/>
        <source>%Ln row(s) have errors: fix the file and preview again, or tick “Skip invalid rows” to import the others.</source>
        <translation>
            <numerusform>%Ln linha tem erros: corrija o arquivo e pré-visualize de novo, ou marque “Omitir linhas inválidas” para importar as outras.</numerusform>
            <numerusform>%Ln linhas têm erros: corrija o arquivo e pré-visualize de novo, ou marque “Omitir linhas inválidas” para importar as outras.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="975"/>
        <source>Nothing to import: every row is already in fieldlog or left out.</source>
        <translation>Nada a importar: todas as linhas já estão no fieldlog ou foram deixadas de fora.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="978"/>
        <source>Ready: {new} new and {updated} updated, in one step after a backup; %Ln error row(s) left out.</source>
        <translation>
            <numerusform>Pronto: {new} novos e {updated} atualizados, de uma só vez, após uma cópia de segurança; %Ln linha com erros deixada de fora.</numerusform>
            <numerusform>Pronto: {new} novos e {updated} atualizados, de uma só vez, após uma cópia de segurança; %Ln linhas com erros deixadas de fora.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="980"/>
        <source>Ready: {new} new and {updated} updated, in one step after a backup.</source>
        <translation>Pronto: {new} novos e {updated} atualizados, de uma só vez, após uma cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="988"/>
        <source>Spreadsheets ({patterns})</source>
        <translation>Planilhas ({patterns})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="988"/>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1246"/>
        <source>All files (*)</source>
        <translation>Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1005"/>
        <source>&amp;Skip invalid rows: import the others, and write the rows with errors to “{file}” for fixing</source>
        <translation>&amp;Omitir linhas inválidas: importar as outras e gravar as linhas com erros em “{file}” para correção</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1008"/>
        <source>Reading the file…</source>
        <translation>Leitura do arquivo…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1031"/>
        <source>Choose the file&apos;s encoding</source>
        <translation>Escolha a codificação do arquivo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1032"/>
        <source>Which encoding was the file saved in?</source>
        <translation>Em que codificação foi gravado o arquivo?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1063"/>
        <source>Sheet</source>
        <translation>Folha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1063"/>
        <source>Fills the table</source>
        <translation>Preenche a tabela</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1070"/>
        <source>Table for sheet {sheet}</source>
        <translation>Tabela da folha {sheet}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1091"/>
        <source>%Ln sheet(s); {chosen} chosen. Next: check the columns.</source>
        <translation>
            <numerusform>%Ln folha; escolhidas: {chosen}. A seguir: verifique as colunas.</numerusform>
            <numerusform>%Ln folhas; escolhidas: {chosen}. A seguir: verifique as colunas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1093"/>
        <source>No sheet is named after a table fieldlog knows, and no headers match one: choose the table of each sheet to import.</source>
        <translation>Nenhuma folha tem o nome de uma tabela que o fieldlog conheça, e nenhum cabeçalho corresponde a uma: escolha a tabela de cada folha a importar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1103"/>
        <source>row {row} is empty</source>
        <translation>a linha {row} está vazia</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1105"/>
        <source>%Ln column(s); not imported</source>
        <translation>
            <numerusform>%Ln coluna; não importada</numerusform>
            <numerusform>%Ln colunas; não importadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1108"/>
        <source>{matched} of %Ln column(s) recognised</source>
        <translation>
            <numerusform>Reconhecidas: {matched} de %Ln coluna</numerusform>
            <numerusform>Reconhecidas: {matched} de %Ln colunas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1109"/>
        <source>{matched} of %Ln column(s) recognised: map them on the next page</source>
        <translation>
            <numerusform>Reconhecidas: {matched} de %Ln coluna; faça o mapeamento na página seguinte</numerusform>
            <numerusform>Reconhecidas: {matched} de %Ln colunas; faça o mapeamento na página seguinte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1194"/>
        <source>The date format is written with codes like %d.%m.%Y (day.month.year); leave it blank for dates the spreadsheet already knows.</source>
        <translation>O formato de data escreve-se com códigos como %d.%m.%Y (dia.mês.ano); deixe-o em branco para datas que a planilha já reconhece.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1213"/>
        <source>Reading row {row} of {sheet}…</source>
        <translation>Leitura da linha {row} de {sheet}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1246"/>
        <source>Column mappings ({patterns})</source>
        <translation>Mapeamentos de colunas ({patterns})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1251"/>
        <source>Save the column mapping</source>
        <translation>Guardar o mapeamento de colunas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1260"/>
        <source>The mapping was not saved: {error} ({file}).</source>
        <translation>O mapeamento não foi guardado: {error} ({file}).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1263"/>
        <source>Saved the mapping to {file}.</source>
        <translation>Mapeamento guardado em {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1267"/>
        <source>Load a column mapping</source>
        <translation>Carregar um mapeamento de colunas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1297"/>
        <source>Loaded {file} for {sheets}.</source>
        <translation>{file} carregado para {sheets}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1298"/>
        <source>Loaded {file}.</source>
        <translation>{file} carregado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1300"/>
        <source>This file has no sheet {sheets}.</source>
        <translation>Este arquivo não tem a folha {sheets}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1323"/>
        <source>Reading {file}…</source>
        <translation>Leitura de {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1369"/>
        <source>Reading {file}… %Ln row(s) so far: {statuses}</source>
        <translation>
            <numerusform>Leitura de {file}… %Ln linha até agora: {statuses}</numerusform>
            <numerusform>Leitura de {file}… %Ln linhas até agora: {statuses}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1370"/>
        <source>Reading {file}… %Ln row(s) so far</source>
        <translation>
            <numerusform>Leitura de {file}… %Ln linha até agora</numerusform>
            <numerusform>Leitura de {file}… %Ln linhas até agora</numerusform>
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
            <numerusform>%Ln local</numerusform>
            <numerusform>%Ln locais</numerusform>
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
            <numerusform>%Ln plantio</numerusform>
            <numerusform>%Ln plantios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1398"/>
        <source>%Ln seed collection(s)</source>
        <translation>
            <numerusform>%Ln colheita de sementes</numerusform>
            <numerusform>%Ln colheitas de sementes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1400"/>
        <source>%Ln seedball batch(es)</source>
        <translation>
            <numerusform>%Ln lote de bolas de sementes</numerusform>
            <numerusform>%Ln lotes de bolas de sementes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1402"/>
        <source>%Ln invasive removal(s)</source>
        <translation>
            <numerusform>%Ln remoção de invasoras</numerusform>
            <numerusform>%Ln remoções de invasoras</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1404"/>
        <source>%Ln litter pickup(s)</source>
        <translation>
            <numerusform>%Ln recolha de lixo</numerusform>
            <numerusform>%Ln recolhas de lixo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1406"/>
        <source>%Ln other activit(y/ies)</source>
        <translation>
            <numerusform>%Ln outra atividade</numerusform>
            <numerusform>%Ln outras atividades</numerusform>
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
            <numerusform>%Ln bola de sementes</numerusform>
            <numerusform>%Ln bolas de sementes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1418"/>
        <source>%Ln seed(s)</source>
        <translation>
            <numerusform>%Ln semente</numerusform>
            <numerusform>%Ln sementes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1420"/>
        <source>%Ln bag(s)</source>
        <translation>
            <numerusform>%Ln saco</numerusform>
            <numerusform>%Ln sacos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1422"/>
        <source>%Ln stem(s)</source>
        <translation>
            <numerusform>%Ln caule</numerusform>
            <numerusform>%Ln caules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1424"/>
        <source>%Ln item(s)</source>
        <translation>
            <numerusform>%Ln item</numerusform>
            <numerusform>%Ln itens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1443"/>
        <source>%Ln new</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln novo</numerusform>
            <numerusform>%Ln novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1445"/>
        <source>%Ln updated</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln atualizado</numerusform>
            <numerusform>%Ln atualizados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1447"/>
        <source>%Ln unchanged</source>
        <comment>rows</comment>
        <translation>
            <numerusform>%Ln sem alterações</numerusform>
            <numerusform>%Ln sem alterações</numerusform>
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
            <numerusform>%Ln erro</numerusform>
            <numerusform>%Ln erros</numerusform>
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
        <translation>{file}: nenhuma linha para importar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1471"/>
        <source>Would add: {what}</source>
        <translation>Adicionaria: {what}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1472"/>
        <source>Would add nothing new.</source>
        <translation>Não acrescentaria nada de novo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1476"/>
        <source>Sheets not imported: {sheets}</source>
        <translation>Folhas não importadas: {sheets}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1490"/>
        <source>Row {row} of sheet {sheet}:</source>
        <translation>Linha {row} da folha {sheet}:</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1506"/>
        <source>Preview stopped. Nothing was imported.</source>
        <translation>Pré-visualização interrompida. Nada foi importado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1512"/>
        <source>The file cannot be imported as it is.</source>
        <translation>O arquivo não pode ser importado tal como está.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1518"/>
        <source>Reading {file} as {encoding}…</source>
        <translation>Leitura de {file} como {encoding}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1547"/>
        <source>The rows with errors could not be written to {file}: {error}</source>
        <translation>Não foi possível gravar as linhas com erros em {file}: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1575"/>
        <source>Imported</source>
        <translation>Importado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1575"/>
        <source>Nothing imported</source>
        <translation>Nada importado</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1583"/>
        <source>{file}: %Ln record(s) added, {updated} updated, {unchanged} unchanged.</source>
        <translation>
            <numerusform>{file}: %Ln registro adicionado, {updated} atualizados, {unchanged} sem alterações.</numerusform>
            <numerusform>{file}: %Ln registros adicionados, {updated} atualizados, {unchanged} sem alterações.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1589"/>
        <source>Added: {what}.</source>
        <translation>Adicionado: {what}.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1592"/>
        <source>%Ln row(s) were left out as probable duplicates of records already in fieldlog.</source>
        <translation>
            <numerusform>%Ln linha foi deixada de fora por ser provavelmente um duplicado de um registro que já está no fieldlog.</numerusform>
            <numerusform>%Ln linhas foram deixadas de fora por serem provavelmente duplicados de registros que já estão no fieldlog.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1596"/>
        <source>%Ln row(s) with errors were not imported. They are in {file} with the reason: fix them there and import that file.</source>
        <translation>
            <numerusform>%Ln linha com erros não foi importada. Está em {file}, com o motivo: corrija-a aí e importe esse arquivo.</numerusform>
            <numerusform>%Ln linhas com erros não foram importadas. Estão em {file}, com o motivo: corrija-as aí e importe esse arquivo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/import_dialog.py" line="1599"/>
        <source>%Ln row(s) with errors were not imported.</source>
        <translation>
            <numerusform>%Ln linha com erros não foi importada.</numerusform>
            <numerusform>%Ln linhas com erros não foram importadas.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1604"/>
        <source>The database was backed up before the import: {file}</source>
        <translation>Foi feita uma cópia de segurança da base de dados antes da importação: {file}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="1617"/>
        <source>Import cancelled. Nothing was imported.</source>
        <translation>Importação cancelada. Nada foi importado.</translation>
    </message>
</context>
<context>
    <name>InvasiveRemovalForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="814"/>
        <source>Area treated</source>
        <translation>Área tratada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="815"/>
        <source>Weight removed</source>
        <translation>Peso removido</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="816"/>
        <source>Wet weight</source>
        <translation>Peso fresco</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="817"/>
        <source>Bags filled</source>
        <translation>Sacos cheios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="818"/>
        <source>Stems or plants</source>
        <translation>Caules ou plantas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="819"/>
        <source>Give at least one of area, weight, bags or stems</source>
        <translation>Indique pelo menos um destes: área, peso, sacos ou caules</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="820"/>
        <source>Cover (%)</source>
        <translation>Cobertura (%)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="821"/>
        <source>How much of the area the species covered</source>
        <translation>Quanto da área a espécie cobria</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="822"/>
        <source>Life stage</source>
        <translation>Fase de vida</translation>
    </message>
</context>
<context>
    <name>LitterPickupForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="843"/>
        <source>Bags filled</source>
        <translation>Sacos cheios</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="844"/>
        <source>Weight collected</source>
        <translation>Peso recolhido</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="845"/>
        <source>Distance covered</source>
        <translation>Distância percorrida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="846"/>
        <source>Give at least one of bags, weight or an item count</source>
        <translation>Indique pelo menos um destes: sacos, peso ou contagem de itens</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="847"/>
        <source>Items</source>
        <translation>Itens</translation>
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
        <translation>Carregamento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="411"/>
        <source>&amp;New event…</source>
        <translation>&amp;Novo evento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="413"/>
        <source>New &amp;site…</source>
        <translation>Novo &amp;local…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="419"/>
        <source>&amp;Edit event…</source>
        <translation>&amp;Editar evento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="420"/>
        <source>Edit &amp;site…</source>
        <translation>Editar &amp;local…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="422"/>
        <source>&amp;Delete event</source>
        <translation>&amp;Apagar evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="424"/>
        <source>&amp;Find</source>
        <translation>&amp;Procurar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="426"/>
        <source>&amp;Open database…</source>
        <translation>A&amp;brir base de dados…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="428"/>
        <source>Open a ser&amp;ver database…</source>
        <translation>Abrir base de dados de ser&amp;vidor…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="430"/>
        <source>Back &amp;up now</source>
        <translation>Fazer &amp;cópia de segurança agora</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="431"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Restaurar cópia de segurança…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="435"/>
        <source>Load &amp;sample data</source>
        <translation>Carregar dados de &amp;exemplo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="437"/>
        <source>&amp;Import spreadsheet or package…</source>
        <translation>&amp;Importar planilha ou pacote…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="439"/>
        <source>New spreadsheet &amp;template…</source>
        <translation>Novo &amp;modelo de planilha…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="446"/>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="449"/>
        <source>&amp;Undo</source>
        <translation>&amp;Desfazer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="452"/>
        <source>&amp;Redo</source>
        <translation>&amp;Refazer</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="460"/>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="462"/>
        <source>New &amp;activity</source>
        <translation>Nova &amp;atividade</translation>
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
        <translation>&amp;Painel</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="486"/>
        <source>&amp;Settings</source>
        <translation>&amp;Configurações</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="489"/>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="490"/>
        <source>&amp;About fieldlog</source>
        <translation>&amp;Sobre o fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="495"/>
        <source>Scale down &amp;new photos</source>
        <translation>Reduzir &amp;novas fotos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="500"/>
        <source>Off: keep photos as taken</source>
        <translation>Desligado: manter as fotos como foram tiradas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="501"/>
        <source>To {pixels} pixels on the longest side</source>
        <translation>Para {pixels} pixels no lado maior</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="513"/>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="517"/>
        <source>System language</source>
        <translation>Idioma do sistema</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="532"/>
        <source>fieldlog will be in {language} the next time it starts.</source>
        <translation>O fieldlog estará em {language} da próxima vez que for iniciado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="535"/>
        <source>fieldlog will follow the system&apos;s language the next time it starts.</source>
        <translation>O fieldlog seguirá o idioma do sistema da próxima vez que for iniciado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="553"/>
        <source>New event…</source>
        <translation>Novo evento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="557"/>
        <source>Load sample data</source>
        <translation>Carregar dados de exemplo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="606"/>
        <source>Search events, sites, campaigns (Ctrl+F)</source>
        <translation>Procurar eventos, locais, campanhas (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="614"/>
        <source>Any campaign</source>
        <translation>Qualquer campanha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="615"/>
        <location filename="../../fieldlog/ui/main_window.py" line="626"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="616"/>
        <location filename="../../fieldlog/ui/main_window.py" line="626"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="623"/>
        <source>Clear</source>
        <translation>Limpar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="625"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="627"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="656"/>
        <source>Show all events</source>
        <translation>Mostrar todos os eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="657"/>
        <source>Stop narrowing the events to this activity</source>
        <translation>Deixar de limitar os eventos a esta atividade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="668"/>
        <source>Showing only the events {activity}.</source>
        <translation>Apenas os eventos {activity}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="728"/>
        <location filename="../../fieldlog/ui/main_window.py" line="945"/>
        <source>Choose an event to see what was done there.</source>
        <translation>Escolha um evento para ver o que foi feito nele.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="731"/>
        <source>Edit event…</source>
        <translation>Editar evento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="734"/>
        <source>Add activity</source>
        <translation>Adicionar atividade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="737"/>
        <source>Delete event</source>
        <translation>Apagar evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="751"/>
        <source>Edit activity…</source>
        <translation>Editar atividade…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="754"/>
        <source>Delete activity</source>
        <translation>Apagar atividade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="767"/>
        <source>Choose an event to see its photos.</source>
        <translation>Escolha um evento para ver as suas fotos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="769"/>
        <source>Choose an activity in the list above to see its photos, or drop photo files on it to attach them.</source>
        <translation>Escolha uma atividade na lista acima para ver as suas fotos, ou largue arquivos de fotos sobre ela para os anexar.</translation>
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
            <numerusform>%Ln evento corresponde ao filtro</numerusform>
            <numerusform>%Ln eventos correspondem ao filtro</numerusform>
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
        <translation>{events}; role para ver mais ({loaded} carregados)</translation>
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
            <numerusform>%Ln atividade</numerusform>
            <numerusform>%Ln atividades</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="973"/>
        <source>Photos of the activity</source>
        <translation>Fotos da atividade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="977"/>
        <source>Photos of the {activity}: {what}</source>
        <translation>Fotos de {activity}: {what}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="978"/>
        <source>Photos of the {activity}</source>
        <translation>Fotos de {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1031"/>
        <source>New site</source>
        <translation>Novo local</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1040"/>
        <source>Edit site</source>
        <translation>Editar local</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1051"/>
        <source>First, a site</source>
        <translation>Primeiro, um local</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1052"/>
        <source>Events happen at a site. Describe the site first; the event editor opens after you save it.</source>
        <translation>Os eventos acontecem num local. Descreva primeiro o local; o editor do evento abre depois de o guardar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1061"/>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1061"/>
        <source>New event</source>
        <translation>Novo evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1075"/>
        <source>Choose the event first: activities belong to an event.</source>
        <translation>Escolha primeiro o evento: as atividades pertencem a um evento.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1093"/>
        <source>Edit {activity}</source>
        <translation>Editar {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1093"/>
        <source>New {activity}</source>
        <translation>Nova atividade: {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1103"/>
        <source>add {record}</source>
        <translation>adicionar {record}</translation>
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
        <translation>Ficou {record} tal como outra pessoa o guardou {when}; as suas alterações não foram guardadas.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1129"/>
        <source>site</source>
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="766"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1129"/>
        <source>event</source>
        <translation>evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="769"/>
        <source>activity</source>
        <translation>atividade</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1138"/>
        <source>Delete “{event}” and its %Ln activity(-ies)?

Edit &gt; Undo brings it back.</source>
        <translation>
            <numerusform>Apagar “{event}” e a sua %Ln atividade?

Editar &gt; Desfazer recupera-o.</numerusform>
            <numerusform>Apagar “{event}” e as suas %Ln atividades?

Editar &gt; Desfazer recupera-o.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1141"/>
        <source>Delete “{event}”?

Edit &gt; Undo brings it back.</source>
        <translation>Apagar “{event}”?

Editar &gt; Desfazer recupera-o.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1142"/>
        <source>Delete event?</source>
        <translation>Apagar o evento?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1144"/>
        <source>delete event “{event}”</source>
        <translation>apagar o evento “{event}”</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1152"/>
        <source>Delete activity?</source>
        <translation>Apagar a atividade?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1153"/>
        <source>Delete this {activity}?

Edit &gt; Undo brings it back.</source>
        <translation>Apagar esta atividade ({activity})?

Editar &gt; Desfazer recupera-a.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1156"/>
        <source>delete {activity}</source>
        <translation>apagar {activity}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1164"/>
        <source>Deleted. Edit &gt; Undo brings it back.</source>
        <translation>Apagado. Editar &gt; Desfazer recupera-o.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1191"/>
        <source>since your edit</source>
        <translation>depois da sua edição</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1192"/>
        <source>Undo anyway: put back your version, replacing their changes.
Keep theirs: leave the {record} as they saved it (the undo history starts afresh).</source>
        <translation>Desfazer mesmo assim: repõe a sua versão, substituindo as alterações da outra pessoa.
Manter a versão da outra pessoa: deixa {record} como a outra pessoa guardou (o histórico de desfazer recomeça).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1194"/>
        <source>Redo anyway: put back your version, replacing their changes.
Keep theirs: leave the {record} as they saved it (the undo history starts afresh).</source>
        <translation>Refazer mesmo assim: repõe a sua versão, substituindo as alterações da outra pessoa.
Manter a versão da outra pessoa: deixa {record} como a outra pessoa guardou (o histórico de desfazer recomeça).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1196"/>
        <source>Undo anyway</source>
        <translation>Desfazer mesmo assim</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1196"/>
        <source>Redo anyway</source>
        <translation>Refazer mesmo assim</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1208"/>
        <source>Kept the {record} as someone else saved it; nothing was undone.</source>
        <translation>Ficou {record} tal como outra pessoa o guardou; nada foi desfeito.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1209"/>
        <source>Kept the {record} as someone else saved it; nothing was redone.</source>
        <translation>Ficou {record} tal como outra pessoa o guardou; nada foi refeito.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1230"/>
        <source>Loaded %Ln sample record(s).</source>
        <translation>
            <numerusform>%Ln registro de exemplo carregado.</numerusform>
            <numerusform>%Ln registros de exemplo carregados.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1233"/>
        <source>Loading sample data…</source>
        <translation>Carregamento dos dados de exemplo…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1242"/>
        <source>Open a fieldlog database</source>
        <translation>Abrir uma base de dados do fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1243"/>
        <source>fieldlog databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de dados do fieldlog (*.db *.sqlite);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1249"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1277"/>
        <source>Opening {database}…</source>
        <translation>Abertura de {database}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1262"/>
        <source>Open a server database</source>
        <translation>Abrir uma base de dados de servidor</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1263"/>
        <source>The database&apos;s URL, as your coordinator or server administrator gave it, for example
{example}

Keep the password out of it: fieldlog reads it from ~/.pgpass or PGPASSWORD, as every
PostgreSQL program does.</source>
        <translation>O URL da base de dados, tal como o coordenador ou o administrador do servidor o indicou, por exemplo
{example}

Não inclua a senha: o fieldlog lê-a de ~/.pgpass ou de PGPASSWORD, como qualquer
programa PostgreSQL.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1274"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1290"/>
        <source>Database not opened</source>
        <translation>Base de dados não aberta</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1288"/>
        <source>fieldlog is already open</source>
        <translation>O fieldlog já está aberto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1311"/>
        <source>Import a spreadsheet or an exchange package</source>
        <translation>Importar uma planilha ou um pacote de intercâmbio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1312"/>
        <source>Spreadsheets and packages (*.xlsx *.xlsm *.csv *.tsv *.txt *.fieldlog);;All files (*)</source>
        <translation>Planilhas e pacotes (*.xlsx *.xlsm *.csv *.tsv *.txt *.fieldlog);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1322"/>
        <source>Finish or close the import that is open first.</source>
        <translation>Termine ou feche primeiro a importação que está aberta.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1339"/>
        <source>Imported: {added} added, {updated} updated.</source>
        <translation>Importado: {added} adicionados, {updated} atualizados.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1344"/>
        <source>Merged: {summary}</source>
        <translation>Junção concluída: {summary}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1401"/>
        <source>Choose an activity first, then drop its photos on its strip.</source>
        <translation>Escolha primeiro uma atividade e depois largue as fotos na faixa dela.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1410"/>
        <source>Attach photos to the event</source>
        <translation>Anexar fotos ao evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1411"/>
        <source>Attach photos to the activity</source>
        <translation>Anexar fotos à atividade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1427"/>
        <source>Photos are being attached: wait until that is done.</source>
        <translation>Há fotos a ser anexadas: aguarde até terminar.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1443"/>
        <source>Attaching %Ln photo(s)…</source>
        <translation>
            <numerusform>Anexação de %Ln foto…</numerusform>
            <numerusform>Anexação de %Ln fotos…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1462"/>
        <source>Some files were not attached</source>
        <translation>Alguns arquivos não foram anexados</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1463"/>
        <source>Nothing attached</source>
        <translation>Nada anexado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1468"/>
        <source>Use the photo&apos;s date and place?</source>
        <translation>Usar a data e o lugar da foto?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1482"/>
        <source>fill {activity} from photo</source>
        <translation>preencher {activity} a partir da foto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1484"/>
        <source>The {activity} now has the photo&apos;s date and position.</source>
        <translation>{activity}: agora tem a data e a posição da foto.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1512"/>
        <source>Save the spreadsheet template</source>
        <translation>Guardar o modelo de planilha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1513"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Pastas de trabalho do Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1518"/>
        <source>Writing the template to {file}…</source>
        <translation>Gravação do modelo em {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1522"/>
        <source>The template was not saved.</source>
        <translation>O modelo não foi guardado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1523"/>
        <source>Template not saved</source>
        <translation>Modelo não guardado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1524"/>
        <source>The template could not be written to {file}: {reason}</source>
        <translation>Não foi possível gravar o modelo em {file}: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1526"/>
        <source>Saved the template to {file}.</source>
        <translation>Modelo guardado em {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1546"/>
        <source>Writing {export} to {file}…</source>
        <translation>Gravação de {export} em {file}…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1549"/>
        <source>Wrote {export} to {file} (%Ln record(s)).</source>
        <translation>
            <numerusform>{export} gravado em {file} (%Ln registro).</numerusform>
            <numerusform>{export} gravado em {file} (%Ln registros).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1555"/>
        <source>Export cancelled: no file was written.</source>
        <translation>Exportação cancelada: nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1557"/>
        <source>{export} was not written.</source>
        <translation>{export} não foi gravado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1559"/>
        <source>Export not written</source>
        <translation>Exportação não gravada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1561"/>
        <source>Writing {export}…</source>
        <translation>Gravação de {export}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1573"/>
        <source>The backup was not made.</source>
        <translation>A cópia de segurança não foi feita.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1574"/>
        <source>Backup not made</source>
        <translation>Cópia de segurança não feita</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1575"/>
        <source>{reason}

The database itself was not changed.</source>
        <translation>{reason}

A base de dados em si não foi alterada.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1578"/>
        <source>Backed up to {backup}.</source>
        <translation>Cópia de segurança feita em {backup}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1580"/>
        <source>Backing up…</source>
        <translation>Cópia de segurança em curso…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1591"/>
        <source>Backed up automatically to {file}.</source>
        <translation>Cópia de segurança automática feita em {file}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1596"/>
        <source>The automatic backup failed: {reason}</source>
        <translation>A cópia de segurança automática falhou: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1625"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1732"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1736"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1821"/>
        <source>Backup not restored</source>
        <translation>Cópia de segurança não restaurada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1632"/>
        <source>Restore the backup of {backup}?

The database is replaced by it: anything saved after that backup is taken out.

The current database is backed up first (as “Before a restore”), so File &gt; Restore from backup… can bring it back.</source>
        <translation>Restaurar a cópia de segurança de {backup}?

A base de dados é substituída por ela: tudo o que foi guardado depois dessa cópia é retirado.

Antes, é feita uma cópia de segurança da base de dados atual (como “Antes de uma restauração”), para que Arquivo &gt; Restaurar cópia de segurança… a possa recuperar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1635"/>
        <source>Restore this backup?</source>
        <translation>Restaurar esta cópia de segurança?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1651"/>
        <source>Restore later</source>
        <translation>Restaurar mais tarde</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1652"/>
        <source>Finish or close the editor or import that is open, then restore the backup.</source>
        <translation>Termine ou feche o editor ou a importação que está aberta e depois restaure a cópia de segurança.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1654"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1824"/>
        <source>Restoring the backup…</source>
        <translation>Restauração da cópia de segurança em curso…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1700"/>
        <source>%Ln photo(s) copied back into the photo store from the photo backup.</source>
        <translation>
            <numerusform>%Ln foto copiada de volta para o repositório de fotos a partir da cópia de segurança das fotos.</numerusform>
            <numerusform>%Ln fotos copiadas de volta para o repositório de fotos a partir da cópia de segurança das fotos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/main_window.py" line="1704"/>
        <source>%Ln photo(s) of the restored records cannot be found: {files}</source>
        <translation>
            <numerusform>%Ln foto dos registros restaurados não foi encontrada: {files}</numerusform>
            <numerusform>%Ln fotos dos registros restaurados não foram encontradas: {files}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1723"/>
        <source>Restored {backup}.</source>
        <translation>{backup} restaurada.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1725"/>
        <source>Backup restored</source>
        <translation>Cópia de segurança restaurada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1733"/>
        <source>{reason}

This window closes.</source>
        <translation>{reason}

Esta janela vai fechar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1737"/>
        <source>{reason}

The database is open as it was.</source>
        <translation>{reason}

A base de dados está aberta como estava.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1748"/>
        <source>The database could not be checked</source>
        <translation>Não foi possível verificar a base de dados</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1750"/>
        <source>The database is damaged: keeping the damaged file aside…</source>
        <translation>A base de dados está danificada: o arquivo danificado vai ser posto de parte…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1770"/>
        <location filename="../../fieldlog/ui/main_window.py" line="1786"/>
        <source>The database file is damaged</source>
        <translation>O arquivo da base de dados está danificado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1771"/>
        <source>{reason}

Records that cannot be read may be missing. File &gt; Restore from backup… replaces the database with a backup (the damaged file is kept), or close fieldlog and open it again to have the damaged file set aside and its newest backup offered.</source>
        <translation>{reason}

Podem faltar registros que não se conseguem ler. Arquivo &gt; Restaurar cópia de segurança… substitui a base de dados por uma cópia de segurança (o arquivo danificado é guardado); ou feche o fieldlog e abra-o de novo para pôr de parte o arquivo danificado e receber a proposta da cópia de segurança mais recente.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1777"/>
        <source>fieldlog — {database} (damaged, set aside)</source>
        <translation>fieldlog — {database} (danificada, posta de parte)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1787"/>
        <source>{reason}

This window closes; open fieldlog again to have the damaged file set aside.</source>
        <translation>{reason}

Esta janela vai fechar; abra o fieldlog de novo para pôr de parte o arquivo danificado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1802"/>
        <source>Quit fieldlog</source>
        <translation>Sair do fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1802"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1842"/>
        <source>Database on a network share or removable disk</source>
        <translation>Base de dados numa pasta de rede ou num disco removível</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1846"/>
        <source>The last import did not finish</source>
        <translation>A última importação não terminou</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1851"/>
        <source>The database file looks damaged: checking it…</source>
        <translation>O arquivo da base de dados parece danificado: verificação em curso…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1870"/>
        <source>About fieldlog</source>
        <translation>Sobre o fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1871"/>
        <source>&lt;b&gt;fieldlog {version}&lt;/b&gt;&lt;p&gt;Log volunteer ecological-restoration events offline and report the Society for Ecological Restoration&apos;s totals.&lt;/p&gt;</source>
        <translation>&lt;b&gt;fieldlog {version}&lt;/b&gt;&lt;p&gt;Anote eventos de voluntariado em restauração ecológica sem ligação à internet e comunique os totais à Society for Ecological Restoration (SER).&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>MapWidget</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="712"/>
        <source>Drag to pan · wheel to zoom · double-click to fit · click a site for its events</source>
        <translation>Arraste para deslocar · roda para ampliar · duplo clique para ajustar · clique num local para ver os eventos</translation>
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
        <translation>A linha da folha que contém os cabeçalhos das colunas (as linhas acima dela são ignoradas)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="337"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="338"/>
        <source>Only for dates written as text in an unusual order, e.g. %d.%m.%Y for 31.05.2026 or %m/%d/%Y for 05/31/2026; several, separated by ;, are tried in order. Leave blank otherwise.</source>
        <translation>Só para datas escritas como texto numa ordem pouco habitual, por exemplo %d.%m.%Y para 31.05.2026 ou %m/%d/%Y para 05/31/2026; vários formatos, separados por ;, são testados por ordem. Caso contrário, deixe em branco.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="343"/>
        <source>Decimal co&amp;mma</source>
        <translation>Vírgula deci&amp;mal</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="345"/>
        <source>The sheet writes numbers with a decimal comma (2,5 for two and a half) and no thousands separators, as a CSV file saved where that is the custom does</source>
        <translation>A folha escreve os números com vírgula decimal (2,5 para dois e meio) e sem separadores de milhares, como um arquivo CSV gravado onde esse é o costume</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="350"/>
        <source>Header &amp;row</source>
        <translation>&amp;Linha de cabeçalho</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="352"/>
        <source>&amp;Date format</source>
        <translation>&amp;Formato de data</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="371"/>
        <source>&amp;Add constant</source>
        <translation>&amp;Adicionar constante</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="373"/>
        <source>A value for a field that every row of this sheet shares (e.g. the country); {Header} takes the value of that column in the row</source>
        <translation>Um valor de um campo comum a todas as linhas desta folha (por exemplo, o país); {Header} toma o valor dessa coluna na linha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="377"/>
        <source>&lt;b&gt;Constants&lt;/b&gt; (the same value on every row; {Header} takes that column&apos;s value)</source>
        <translation>&lt;b&gt;Constantes&lt;/b&gt; (o mesmo valor em todas as linhas; {Header} toma o valor dessa coluna)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>Column in the file</source>
        <translation>Coluna no arquivo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>First value</source>
        <translation>Primeiro valor</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>Goes to field</source>
        <translation>Vai para o campo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="431"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="438"/>
        <source>Column {number}: {header}</source>
        <translation>Coluna {number}: {header}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="444"/>
        <source>Field for column {header}</source>
        <translation>Campo da coluna {header}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="448"/>
        <source>Unit of column {header}</source>
        <translation>Unidade da coluna {header}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="461"/>
        <source>Row {row} of this sheet is empty: set the header row to the row with the column names.</source>
        <translation>A linha {row} desta folha está vazia: indique como linha de cabeçalho a linha com os nomes das colunas.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="518"/>
        <source>— choose a field —</source>
        <translation>— escolha um campo —</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="523"/>
        <source>value, e.g. KE or {Year}-01-01</source>
        <translation>valor, por exemplo KE ou {Year}-01-01</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="525"/>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="526"/>
        <source>Remove this constant</source>
        <translation>Remover esta constante</translation>
    </message>
</context>
<context>
    <name>MergeDialog</name>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="41"/>
        <source>Merge {file}</source>
        <translation>Juntar {file}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="42"/>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="79"/>
        <source>Checking {file}…</source>
        <translation>Verificação de {file}…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="51"/>
        <source>Conflicts (the newer edit wins; the other is kept in the merge log):</source>
        <translation>Conflitos (vale a edição mais recente; a outra fica no registro da junção):</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="57"/>
        <source>&amp;Merge</source>
        <translation>&amp;Juntar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="61"/>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="120"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="86"/>
        <source>What merging {file} would do (nothing is written yet):</source>
        <translation>O que a junção de {file} faria (ainda nada foi gravado):</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="106"/>
        <source>Merging {file}…</source>
        <translation>Junção de {file} em curso…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="118"/>
        <source>Merged {file}.</source>
        <translation>{file} foi juntado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="126"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Cancelado: nada foi gravado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/merge_dialog.py" line="129"/>
        <source>{file} was not merged.</source>
        <translation>{file} não foi juntado.</translation>
    </message>
</context>
<context>
    <name>OtherActivityForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="874"/>
        <source>What was done</source>
        <translation>O que foi feito</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="875"/>
        <source>Like Trail maintenance</source>
        <translation>Como Manutenção de trilhos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="878"/>
        <source>Like m, boxes, surveys</source>
        <translation>Como m, caixas, levantamentos</translation>
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
        <translation>Adicionar fotos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="361"/>
        <source>Attach photos to the {record} (or drop photo files here)</source>
        <translation>Anexar fotos a {record} (ou largue aqui os arquivos das fotos)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="431"/>
        <source>Loading photos…</source>
        <translation>Carregamento das fotos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="463"/>
        <source>The photos could not be read: {reason}</source>
        <translation>Não foi possível ler as fotos: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="469"/>
        <source>No photos of this {record} yet. Drop photo files here, or click Add photos…</source>
        <translation>Ainda não há fotos ({record}). Largue aqui arquivos de fotos ou clique em Adicionar fotos…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="513"/>
        <source>missing</source>
        <translation>em falta</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="513"/>
        <source>unreadable</source>
        <translation>ilegível</translation>
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
        <translation>Seta para a esquerda</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="687"/>
        <source>Next  ▶</source>
        <translation>Seguinte  ▶</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="689"/>
        <source>Right arrow</source>
        <translation>Seta para a direita</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="696"/>
        <source>&amp;Shows</source>
        <translation>&amp;Mostra</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="700"/>
        <source>What the photo shows (Enter saves)</source>
        <translation>O que a foto mostra (Enter guarda)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="703"/>
        <source>&amp;Caption</source>
        <translation>&amp;Legenda</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="705"/>
        <source>Remove…</source>
        <translation>Remover…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="707"/>
        <source>Take this photo off the {record}</source>
        <translation>Retirar esta foto de {record}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="709"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="759"/>
        <source>{number} of {count}</source>
        <translation>{number} de {count}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="769"/>
        <source>Loading…</source>
        <translation>Carregamento…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="806"/>
        <source>Photo not changed</source>
        <translation>Foto não alterada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="837"/>
        <source>Take {photo} off the {record}?

The picture itself stays in the photo store and its backups.</source>
        <translation>Retirar {photo} de {record}?

A imagem em si fica no repositório de fotos e nas suas cópias de segurança.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="838"/>
        <source>this photo</source>
        <translation>esta foto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="840"/>
        <source>Remove photo?</source>
        <translation>Remover a foto?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="856"/>
        <source>Photo not removed</source>
        <translation>Foto não removida</translation>
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
        <translation>A espécie é nativa no lugar onde foi plantada?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="759"/>
        <source>Area planted</source>
        <translation>Área plantada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="761"/>
        <source>Nursery, seed lot or provenance</source>
        <translation>Viveiro, lote de sementes ou proveniência</translation>
    </message>
</context>
<context>
    <name>QuantityField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="730"/>
        <source>The unit of the number you typed; it is converted exactly when saved</source>
        <translation>A unidade do número escrito; é convertida com exatidão ao guardar</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="167"/>
        <source>Save and &amp;next</source>
        <translation>Guardar e &amp;continuar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="169"/>
        <source>Enter: save, then start the next one with the same event and date</source>
        <translation>Enter: guardar e começar o seguinte com o mesmo evento e a mesma data</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="170"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="172"/>
        <source>Ctrl+S: save and close</source>
        <translation>Ctrl+S: guardar e fechar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="173"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="197"/>
        <source>Not saved: fix what is marked in red first.</source>
        <translation>Não guardado: corrija primeiro o que está marcado em vermelho.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="205"/>
        <source>Saving…</source>
        <translation>Gravação em curso…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="216"/>
        <source>Saved, with warnings: {warnings}</source>
        <translation>Guardado, com avisos: {warnings}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="217"/>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="230"/>
        <source>Not saved: {problems}</source>
        <translation>Não guardado: {problems}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="234"/>
        <source>Not saved. {reason}</source>
        <translation>Não guardado. {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="235"/>
        <source>Not saved</source>
        <translation>Não guardado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="236"/>
        <source>{reason}

What you typed is still here.</source>
        <translation>{reason}

O que escreveu continua aqui.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="240"/>
        <location filename="../../fieldlog/ui/dialogs.py" line="263"/>
        <source>since you opened it</source>
        <translation>depois de o ter aberto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="241"/>
        <source>Not saved yet. {conflict}</source>
        <translation>Ainda não guardado. {conflict}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="243"/>
        <source>Overwrite with mine: save what you typed here, replacing their changes.
Keep theirs: close this editor without saving; the {record} stays as they saved it.
Cancel: go back to what you typed, nothing saved yet.</source>
        <translation>Substituir pela minha versão: guarda o que escreveu aqui, substituindo as alterações da outra pessoa.
Manter a versão da outra pessoa: fecha este editor sem guardar; {record} fica como a outra pessoa guardou.
Cancelar: volta ao que escreveu, ainda sem nada guardado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="264"/>
        <source>Not saved: {conflict} Save again to choose what to keep.</source>
        <translation>Não guardado: {conflict} Guarde de novo para escolher o que manter.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="278"/>
        <source>Discard changes?</source>
        <translation>Descartar as alterações?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="278"/>
        <source>What you typed here is not saved. Close and discard it?</source>
        <translation>O que escreveu aqui não está guardado. Fechar e descartar?</translation>
    </message>
</context>
<context>
    <name>RecordForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="141"/>
        <source>* required</source>
        <translation>* obrigatório</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="253"/>
        <source>Some fields need attention (marked in red).</source>
        <translation>Alguns campos precisam de atenção (marcados em vermelho).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="374"/>
        <source>Required</source>
        <translation>Obrigatório</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="387"/>
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="403"/>
        <source>WGS84 degrees: -1.2367, or 1°14&apos;12&quot;S; south is negative</source>
        <translation>Graus WGS84: -1.2367, ou 1°14&apos;12&quot;S; o sul é negativo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="405"/>
        <source>WGS84 degrees: 36.835, or 36°50&apos;06&quot;E; west is negative</source>
        <translation>Graus WGS84: 36.835, ou 36°50&apos;06&quot;E; o oeste é negativo</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="126"/>
        <source>Made</source>
        <translation>Feita em</translation>
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
        <translation>Atividades</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="128"/>
        <source>Size</source>
        <translation>Tamanho</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="135"/>
        <source>Restore from a backup</source>
        <translation>Restaurar a partir de uma cópia de segurança</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="136"/>
        <source>Backups of &lt;b&gt;{name}&lt;/b&gt;, newest first. Restoring one replaces the database with it; the database as it is now is backed up first, so a restore can itself be undone.</source>
        <translation>Cópias de segurança de &lt;b&gt;{name}&lt;/b&gt;, da mais recente para a mais antiga. Restaurar uma substitui a base de dados por ela; antes disso, é feita uma cópia de segurança da base de dados atual, por isso a própria restauração pode ser anulado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="140"/>
        <source>Reading the backups…</source>
        <translation>Leitura das cópias de segurança…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="163"/>
        <source>Backups are kept in {folder}</source>
        <translation>As cópias de segurança ficam em {folder}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="169"/>
        <source>&amp;Restore…</source>
        <translation>&amp;Restaurar…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="172"/>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="196"/>
        <source>There are no backups of this database yet. File &gt; Back up now makes one; fieldlog also makes one every 30 minutes after a change, and when it closes.</source>
        <translation>Ainda não há cópias de segurança desta base de dados. Arquivo &gt; Fazer cópia de segurança agora cria uma; o fieldlog também cria uma a cada 30 minutos depois de uma alteração, e ao fechar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="219"/>
        <source>The backups could not be read: {reason}</source>
        <translation>Não foi possível ler as cópias de segurança: {reason}</translation>
    </message>
</context>
<context>
    <name>SeedCollectionForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="776"/>
        <source>Seed lot id</source>
        <translation>Identificador do lote de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="776"/>
        <source>Like KE-2026-000123</source>
        <translation>Como KE-2026-000123</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="779"/>
        <source>Give the seed mass, the seed count, or both</source>
        <translation>Indique a massa das sementes, o número de sementes ou ambos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="781"/>
        <source>At least 50 keeps the lot&apos;s diversity</source>
        <translation>Pelo menos 50 mantêm a diversidade do lote</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="783"/>
        <source>Plants in the population, roughly</source>
        <translation>Plantas na população, aproximadamente</translation>
    </message>
</context>
<context>
    <name>SeedballMakingForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="796"/>
        <source>Seedballs made</source>
        <translation>Bolas de sementes feitas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="797"/>
        <source>Seed used</source>
        <translation>Sementes usadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="798"/>
        <source>Species in the mix</source>
        <translation>Espécies na mistura</translation>
    </message>
</context>
<context>
    <name>SiteChoiceField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="472"/>
        <source>Type part of a site&apos;s name</source>
        <translation>Escreva parte do nome de um local</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/forms.py" line="482"/>
        <source>%Ln site(s) match &apos;{text}&apos;; pick one from the list</source>
        <translation>
            <numerusform>%Ln local corresponde a &apos;{text}&apos;; escolha-o na lista</numerusform>
            <numerusform>%Ln locais correspondem a &apos;{text}&apos;; escolha um na lista</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="484"/>
        <source>Pick a site from the list; a new site is added in the site editor first</source>
        <translation>Escolha um local da lista; um local novo é primeiro adicionado no editor de locais</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="488"/>
        <source>Site {id}</source>
        <translation>Local {id}</translation>
    </message>
</context>
<context>
    <name>SiteForm</name>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="430"/>
        <source>Site name</source>
        <translation>Nome do local</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="431"/>
        <source>Like Karura Forest, east gate</source>
        <translation>Como Floresta de Karura, portão leste</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="434"/>
        <source>Town, district or park</source>
        <translation>Cidade, distrito ou parque</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/forms.py" line="438"/>
        <source>The whole site; converted to m² when saved</source>
        <translation>O local inteiro; convertido em m² ao guardar</translation>
    </message>
</context>
<context>
    <name>SpeciesField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1184"/>
        <source>Scientific or common names, separated by ;</source>
        <translation>Nomes científicos ou comuns, separados por ;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1185"/>
        <source>Scientific or common name, like Quercus robur or oak</source>
        <translation>Nome científico ou comum, como Quercus robur ou carvalho</translation>
    </message>
</context>
<context>
    <name>TallyField</name>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1257"/>
        <source>Add another item…</source>
        <translation>Adicionar outro item…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1370"/>
        <source>Row {number}</source>
        <translation>Linha {number}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1371"/>
        <source>{item}: {problem}</source>
        <translation>{item}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1374"/>
        <source>Row {number}: name the item</source>
        <translation>Linha {number}: indique o nome do item</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldlog/ui/editors/fields.py" line="1377"/>
        <source>Total: %Ln item(s)</source>
        <translation>
            <numerusform>Total: %Ln item</numerusform>
            <numerusform>Total: %Ln itens</numerusform>
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
        <translation>Cópia de segurança manual</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="41"/>
        <source>Automatic (every 30 minutes)</source>
        <translation>Automática (a cada 30 minutos)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="42"/>
        <source>When fieldlog closed</source>
        <translation>Ao fechar o fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="43"/>
        <source>Before an import</source>
        <translation>Antes de uma importação</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="44"/>
        <source>Before a restore</source>
        <translation>Antes de uma restauração</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="53"/>
        <source>Before merging {name}</source>
        <translation>Antes de juntar {name}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="56"/>
        <source>Before an upgrade of fieldlog</source>
        <translation>Antes de uma atualização do fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="65"/>
        <source>Today {time}</source>
        <translation>Hoje {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="67"/>
        <source>Yesterday {time}</source>
        <translation>Ontem {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="95"/>
        <source>Restored the backup of {when}: the database now holds {events} and {activities}.</source>
        <translation>Cópia de segurança de {when} restaurada: a base de dados contém agora {events} e {activities}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="100"/>
        <source>The database as it was before is kept as the backup {name}; File &gt; Restore from backup… brings it back.</source>
        <translation>A base de dados tal como estava antes fica guardada como a cópia de segurança {name}; Arquivo &gt; Restaurar cópia de segurança… recupera-a.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/backup_dialog.py" line="104"/>
        <source>The damaged file that was there is kept as {path}.</source>
        <translation>O arquivo danificado que lá estava fica guardado como {path}.</translation>
    </message>
</context>
<context>
    <name>checks</name>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="147"/>
        <source>must be a real number, not infinity or NaN</source>
        <translation>tem de ser um número real, não infinito nem NaN</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="150"/>
        <source>must be more than 0 (it is {value})</source>
        <translation>tem de ser maior que 0 (é {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="153"/>
        <source>cannot be negative (it is {value})</source>
        <translation>não pode ser menor que 0 (é {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="156"/>
        <source>cannot be more than {at_most} (it is {value})</source>
        <translation>não pode ser maior que {at_most} (é {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="164"/>
        <source>must be a whole number (it is {value})</source>
        <translation>tem de ser um número inteiro (é {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="179"/>
        <source>is needed when the other coordinate is given</source>
        <translation>é necessária quando se indica a outra coordenada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="183"/>
        <source>must be between -{limit} and {limit} degrees (it is {value})</source>
        <translation>tem de estar entre -{limit} e {limit} graus (é {value})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="190"/>
        <source>0, 0 is in the Atlantic Ocean; the coordinates were probably not filled in</source>
        <translation>0, 0 fica no oceano Atlântico; as coordenadas provavelmente não foram preenchidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="196"/>
        <source>{latitude}, {longitude} is not inside {country}; check the coordinates (latitude first) and the country</source>
        <translation>o ponto (latitude {latitude}, longitude {longitude}) não fica dentro do país {country}; verifique as coordenadas (primeiro a latitude) e o país</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="206"/>
        <location filename="../../fieldlog/domain/checks.py" line="208"/>
        <location filename="../../fieldlog/domain/checks.py" line="228"/>
        <location filename="../../fieldlog/domain/checks.py" line="261"/>
        <location filename="../../fieldlog/domain/checks.py" line="378"/>
        <source>is required</source>
        <translation>é de preenchimento obrigatório</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="211"/>
        <source>&apos;{given}&apos; is not an ISO 3166 country code (like KE or FR)</source>
        <translation>&apos;{given}&apos; não é um código de país ISO 3166 (como KE ou FR)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="234"/>
        <source>the event ends ({end}) before it starts ({start})</source>
        <translation>o evento termina ({end}) antes de começar ({start})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="238"/>
        <source>the event lasts {hours} hours; volunteer hours derived from it count every hour, so enter the hours actually worked</source>
        <translation>o evento dura {hours} horas; as horas de voluntariado calculadas a partir dele contam todas essas horas, por isso indique as horas realmente trabalhadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="245"/>
        <source>{volunteer_hours} hours is more than {participants} participants x {hours} hours</source>
        <translation>{volunteer_hours} horas são mais do que {participants} participantes x {hours} horas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="251"/>
        <source>{start} is outside {campaign} ({first} to {last})</source>
        <translation>{start} fica fora da campanha {campaign} ({first} a {last})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="267"/>
        <source>&apos;{name}&apos; is not on the species checklist; check the spelling</source>
        <translation>&apos;{name}&apos; não está na lista de espécies; verifique a ortografia</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="280"/>
        <source>{date} is in the future; record results once they happened</source>
        <translation>{date} está no futuro; anote os resultados só depois de acontecerem</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="288"/>
        <source>{date} is not within the event ({first} to {last})</source>
        <translation>{date} fica fora das datas do evento ({first} a {last})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="307"/>
        <source>is required: say what was done</source>
        <translation>é de preenchimento obrigatório: descreva o que foi feito</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="319"/>
        <source>{species} is listed as introduced in {country}</source>
        <translation>{species} consta como espécie introduzida em {country}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="323"/>
        <source>the planted area ({area} m²) is larger than the site ({site_area} m²)</source>
        <translation>a área plantada ({area} m²) é maior do que a área do local ({site_area} m²)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="329"/>
        <source>{plants} plants on {area} m² is more than {most} per hectare; check the area&apos;s unit</source>
        <translation>{plants} plantas em {area} m² são mais de {most} por hectare; verifique a unidade da área</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="338"/>
        <source>give the seed mass or the seed count</source>
        <translation>indique a massa de sementes ou o número de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="346"/>
        <source>{sampled} plants sampled is more than the {population} in the population</source>
        <translation>{sampled} plantas amostradas são mais do que as {population} da população</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="351"/>
        <source>only {sampled} plants sampled; a seed lot should come from at least {least} plants to keep its genetic diversity</source>
        <translation>apenas {sampled} plantas amostradas; um lote de sementes deve vir de pelo menos {least} plantas para manter a sua diversidade genética</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="366"/>
        <source>give at least one of area, weight, bags or stems removed</source>
        <translation>indique pelo menos um destes: área, peso, sacos ou caules removidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="369"/>
        <source>{species} is native in {country}; is it really invasive here?</source>
        <translation>{species} é uma espécie nativa em {country}; é mesmo invasora aqui?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="391"/>
        <source>give at least one of bags, weight or an item tally</source>
        <translation>indique pelo menos um destes: sacos, peso ou contagem de itens</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/checks.py" line="395"/>
        <source>{weight} kg is more than {most} kg per volunteer; check the unit (kg, not g or lb)</source>
        <translation>{weight} kg são mais de {most} kg por voluntário; verifique a unidade (kg, não g nem lb)</translation>
    </message>
</context>
<context>
    <name>columns</name>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="126"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="507"/>
        <location filename="../../fieldlog/ui/models.py" line="55"/>
        <source>Site</source>
        <translation>Local</translation>
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
        <translation>Código ISO como KE, ou o nome em inglês</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="129"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="433"/>
        <source>Locality</source>
        <translation>Localidade</translation>
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
        <translation>Graus decimais WGS84 (aceita-se GMS)</translation>
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
        <translation>Área do local</translation>
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
        <translation>Campanha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="139"/>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="140"/>
        <source>date, or date and time</source>
        <translation>data, ou data e hora</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="141"/>
        <source>End</source>
        <translation>Fim</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="144"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="520"/>
        <source>Organisation</source>
        <translation>Organização</translation>
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
        <translation>Contato do organizador</translation>
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
        <translation>em branco: participantes x duração</translation>
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
        <translation>ID do evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="165"/>
        <location filename="../../fieldlog/io/columns.py" line="239"/>
        <source>Activity id</source>
        <translation>ID da atividade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="168"/>
        <source>the event&apos;s name as on the Events sheet</source>
        <translation>o nome do evento, como na folha Eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="169"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="663"/>
        <location filename="../../fieldlog/ui/models.py" line="54"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="170"/>
        <source>blank: the event&apos;s start date</source>
        <translation>em branco: a data de início do evento</translation>
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
        <translation>Espécie</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="187"/>
        <source>scientific name</source>
        <translation>nome científico</translation>
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
        <translation>Origem da espécie</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="190"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="758"/>
        <source>Stock type</source>
        <translation>Tipo de material</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="191"/>
        <location filename="../../fieldlog/io/columns.py" line="211"/>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="192"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="760"/>
        <source>Seed source</source>
        <translation>Origem das sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="196"/>
        <source>Seed lot</source>
        <translation>Lote de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="197"/>
        <location filename="../../fieldlog/io/columns.py" line="204"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="777"/>
        <source>Seed mass</source>
        <translation>Massa de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="198"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="778"/>
        <source>Seed count</source>
        <translation>Número de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="199"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="780"/>
        <source>Plants sampled</source>
        <translation>Plantas amostradas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="200"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="782"/>
        <source>Population size</source>
        <translation>Tamanho da população</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="203"/>
        <source>Seedballs</source>
        <translation>Bolas de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="206"/>
        <source>the seed mix, separated by ;</source>
        <translation>a mistura de sementes, separadas por ;</translation>
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
        <translation>Sacos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="214"/>
        <source>Stems</source>
        <translation>Caules</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="215"/>
        <source>Cover %</source>
        <translation>Cobertura %</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="216"/>
        <source>Phenology</source>
        <translation>Fenologia</translation>
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
        <translation>Tipo de limpeza</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="224"/>
        <source>Distance</source>
        <translation>Distância</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="227"/>
        <source>Description</source>
        <translation>Descrição</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="228"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="876"/>
        <source>Quantity</source>
        <translation>Quantidade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="229"/>
        <location filename="../../fieldlog/ui/editors/forms.py" line="877"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="235"/>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1263"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="236"/>
        <location filename="../../fieldlog/ui/editors/fields.py" line="1264"/>
        <source>Count</source>
        <translation>Contagem</translation>
    </message>
</context>
<context>
    <name>dashboard</name>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="92"/>
        <source>Activities by kind</source>
        <translation>Atividades por tipo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="93"/>
        <source>Events and participants over time</source>
        <translation>Eventos e participantes ao longo do tempo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="94"/>
        <source>Top countries (events)</source>
        <translation>Principais países (eventos)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="95"/>
        <source>Top species planted (plants)</source>
        <translation>Espécies mais plantadas (plantas)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="96"/>
        <source>Top invasive species removed (removals)</source>
        <translation>Espécies invasoras mais removidas (remoções)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="97"/>
        <source>Litter by item category</source>
        <translation>Lixo por categoria de item</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="99"/>
        <source>No plantings with a species.</source>
        <translation>Nenhum plantio com espécie.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="100"/>
        <source>No removals with a species.</source>
        <translation>Nenhuma remoção com espécie.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="101"/>
        <source>No litter items tallied.</source>
        <translation>Nenhum item de lixo contado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="102"/>
        <source>events per day (up to {most})</source>
        <translation>eventos por dia (até {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="103"/>
        <source>events per month (up to {most})</source>
        <translation>eventos por mês (até {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="104"/>
        <source>events per year (up to {most})</source>
        <translation>eventos por ano (até {most})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="127"/>
        <location filename="../../fieldlog/ui/dashboard.py" line="216"/>
        <source>Nothing recorded for this filter.</source>
        <translation>Nada registrado para este filtro.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="250"/>
        <source>{label}: {value}</source>
        <translation>{label}: {value}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="259"/>
        <source>No events for this filter.</source>
        <translation>Nenhum evento para este filtro.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="279"/>
        <source>participants (up to {most})</source>
        <translation>participantes (até {most})</translation>
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
        <translation>Todos os eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="519"/>
        <source>What the volunteers achieved</source>
        <translation>O que os voluntários alcançaram</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="525"/>
        <source>{filter} · fieldlog dashboard, {when}</source>
        <translation>{filter} · painel do fieldlog, {when}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dashboard.py" line="585"/>
        <source>fieldlog dashboard</source>
        <translation>Painel do fieldlog</translation>
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
        <translation>local</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="55"/>
        <source>litter item</source>
        <translation>item de lixo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="55"/>
        <source>photo</source>
        <translation>foto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="73"/>
        <source>at {time}</source>
        <translation>às {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="75"/>
        <source>on {date} at {time}</source>
        <translation>em {date} às {time}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="97"/>
        <source>Someone else changed this {record} {when} ({fields}) {since}.</source>
        <translation>Outra pessoa alterou este registro ({record}) {when} ({fields}) {since}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="99"/>
        <source>Someone else changed this {record} {when} {since}.</source>
        <translation>Outra pessoa alterou este registro ({record}) {when} {since}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="101"/>
        <source>Someone else changed this {record} ({fields}) {since}.</source>
        <translation>Outra pessoa alterou este registro ({record}) ({fields}) {since}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/dialogs.py" line="103"/>
        <source>Someone else changed this {record} {since}.</source>
        <translation>Outra pessoa alterou este registro ({record}) {since}.</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="35"/>
        <source>The SER summary with charts, then every event and activity on the template&apos;s sheets, so the report can itself be imported by SER staff.</source>
        <translation>O resumo para a SER com gráficos e, a seguir, todos os eventos e atividades nas folhas do modelo, para que o pessoal da SER possa importar o próprio relatório.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="38"/>
        <source>Every record and photo, deletions included, for another fieldlog: import it there with File &gt; Import. Importing it twice changes nothing.</source>
        <translation>Todos os registros e fotos, incluindo o que foi apagado, para outro fieldlog: importe-o lá com Arquivo &gt; Importar. Importá-lo duas vezes não altera nada.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="41"/>
        <source>Plantings, seed collections and invasive removals as Darwin Core occurrences for a GBIF publisher, with an EML description to complete.</source>
        <translation>Plantios, colheitas de sementes e remoções de invasoras como ocorrências Darwin Core para um publicador do GBIF, com uma descrição EML a completar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="44"/>
        <source>Every site with coordinates as a point, with its totals, for a map.</source>
        <translation>Cada local com coordenadas como um ponto, com os seus totais, para um mapa.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="46"/>
        <source>One CSV file per table (UTF-8, a header row), which fieldlog can import again.</source>
        <translation>Um arquivo CSV por tabela (UTF-8, com uma linha de cabeçalho), que o fieldlog pode voltar a importar.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/export_dialog.py" line="48"/>
        <source>The dashboard on one page: the headline figures, the charts and the map of sites, as a PDF (A4 landscape) or, named .png, as an image for a newsletter. No personal data.</source>
        <translation>O painel numa página: os números principais, os gráficos e o mapa dos locais, em PDF (A4 horizontal) ou, com o nome terminado em .png, como imagem para um boletim informativo. Sem dados pessoais.</translation>
    </message>
</context>
<context>
    <name>exports</name>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="57"/>
        <source>the SER report</source>
        <translation>o relatório SER</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="58"/>
        <source>&amp;SER report…</source>
        <translation>&amp;Relatório SER…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="59"/>
        <source>Excel workbooks</source>
        <translation>Pastas de trabalho do Excel</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="60"/>
        <source>the exchange package</source>
        <translation>o pacote de intercâmbio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="61"/>
        <source>Exchange &amp;package…</source>
        <translation>&amp;Pacote de intercâmbio…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="62"/>
        <source>fieldlog packages</source>
        <translation>Pacotes do fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="63"/>
        <source>the Darwin Core archive</source>
        <translation>o arquivo Darwin Core</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="64"/>
        <source>&amp;Darwin Core archive…</source>
        <translation>Arquivo &amp;Darwin Core…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="65"/>
        <source>Zip archives</source>
        <translation>Arquivos Zip</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="66"/>
        <source>the sites as GeoJSON</source>
        <translation>os locais em GeoJSON</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="67"/>
        <source>&amp;GeoJSON of sites…</source>
        <translation>&amp;GeoJSON dos locais…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="69"/>
        <source>the CSV files</source>
        <translation>os arquivos CSV</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="69"/>
        <source>&amp;CSV files…</source>
        <translation>Arquivos &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="70"/>
        <source>the dashboard</source>
        <translation>o painel</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="71"/>
        <source>Dash&amp;board as PDF or PNG…</source>
        <translation>Pai&amp;nel em PDF ou PNG…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="86"/>
        <source>in campaign {campaign}</source>
        <translation>da campanha {campaign}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="91"/>
        <source>in country {code}</source>
        <translation>no país {code}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="94"/>
        <source>from {date}</source>
        <translation>a partir de {date}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="97"/>
        <source>to {date}</source>
        <translation>até {date}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="110"/>
        <source>an activity</source>
        <translation>uma atividade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/exports.py" line="111"/>
        <source>with {kind}</source>
        <translation>com {kind}</translation>
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
        <translation>Não é um número</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="179"/>
        <source>Write {whole} or {decimal}: {typed} could mean either</source>
        <translation>Escreva {whole} ou {decimal}: {typed} pode significar qualquer um dos dois</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="187"/>
        <source>Not a number; write decimals with a dot: {number}</source>
        <translation>Não é um número; escreva as casas decimais com ponto: {number}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="215"/>
        <source>Cannot be negative</source>
        <translation>Não pode ser negativo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="226"/>
        <source>Write a whole number</source>
        <translation>Escreva um número inteiro</translation>
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
        <translation>ano</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="268"/>
        <source>month</source>
        <translation>mês</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="269"/>
        <source>day</source>
        <translation>dia</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="284"/>
        <source>There is no month {month}; write the date as {order}, like {example}</source>
        <translation>Não existe o mês {month}; escreva a data como {order}, por exemplo {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="290"/>
        <source>There is no {day} {month} {year}</source>
        <translation>Não existe o dia {day} {month} {year}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="312"/>
        <source>Write the date as {order}, like {example}</source>
        <translation>Escreva a data como {order}, por exemplo {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="327"/>
        <source>Write the date and time as {example}</source>
        <translation>Escreva a data e a hora como {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="331"/>
        <source>Add the time too, like {example}</source>
        <translation>Acrescente também a hora, por exemplo {example}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="335"/>
        <source>Hours go from 00 to 23</source>
        <translation>As horas vão de 00 a 23</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="337"/>
        <source>Minutes must be below 60</source>
        <translation>Os minutos têm de ser menos de 60</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/editors/fields.py" line="339"/>
        <source>Seconds must be below 60</source>
        <translation>Os segundos têm de ser menos de 60</translation>
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
        <translation>Sementes colhidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="101"/>
        <source>Invasives removed</source>
        <translation>Invasoras removidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/formatting.py" line="102"/>
        <source>Litter collected</source>
        <translation>Lixo recolhido</translation>
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
        <translation>Todas as linhas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="118"/>
        <source>Errors</source>
        <translation>Erros</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="119"/>
        <source>Duplicates</source>
        <translation>Duplicados</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="120"/>
        <source>New</source>
        <translation>Novos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="121"/>
        <source>Updated</source>
        <translation>Atualizados</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="122"/>
        <source>Unchanged</source>
        <translation>Sem alterações</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="123"/>
        <source>Skipped</source>
        <translation>Omitidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="126"/>
        <source>new</source>
        <translation>novo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="127"/>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="128"/>
        <source>unchanged</source>
        <translation>sem alterações</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="129"/>
        <source>duplicate</source>
        <translation>duplicado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="130"/>
        <source>error</source>
        <translation>erro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="131"/>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="182"/>
        <source>Sheet</source>
        <translation>Folha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="182"/>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="183"/>
        <source>Table</source>
        <translation>Tabela</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="183"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/import_dialog.py" line="184"/>
        <source>What</source>
        <translation>O quê</translation>
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
        <translation>&lt;p style=&apos;font-size: x-large&apos;&gt;&lt;b&gt;Bem-vindo ao fieldlog&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Anote os seus eventos de restauração e o que os voluntários fizeram neles: plantios, colheita de sementes, bolas de sementes, arranque de plantas invasoras e recolha de lixo. Tudo fica neste computador.&lt;/p&gt;&lt;p&gt;Comece pelo seu primeiro evento ou carregue dados de exemplo para explorar.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="142"/>
        <source>No events match the filter.</source>
        <translation>Nenhum evento corresponde ao filtro.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="171"/>
        <source>The backup was restored, but the database could not be opened again: {reason} Open fieldlog again.</source>
        <translation>A cópia de segurança foi restaurada, mas não foi possível abrir de novo a base de dados: {reason} Abra o fieldlog de novo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="217"/>
        <source>This database was closed (restored from a backup, or set aside as damaged); nothing was read or written.</source>
        <translation>Esta base de dados foi fechada (restaurada a partir de uma cópia de segurança, ou posta de parte por estar danificada); nada foi lido nem gravado.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="250"/>
        <source>fieldlog: no backup was made at exit: {reason}</source>
        <translation>fieldlog: não foi feita cópia de segurança ao sair: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1948"/>
        <source>Opening the database…</source>
        <translation>Abertura da base de dados…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1968"/>
        <source>Backup restored</source>
        <translation>Cópia de segurança restaurada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1976"/>
        <source>fieldlog cannot open the database</source>
        <translation>O fieldlog não consegue abrir a base de dados</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1988"/>
        <source>Restoring the backup…</source>
        <translation>Restauração da cópia de segurança em curso…</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1995"/>
        <source>Open a fieldlog database</source>
        <translation>Abrir uma base de dados do fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/main_window.py" line="1996"/>
        <source>fieldlog databases (*.db *.sqlite);;All files (*)</source>
        <translation>Bases de dados do fieldlog (*.db *.sqlite);;Todos os arquivos (*)</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="73"/>
        <source>contains a formula ({formula}), not a value; copy the column and paste it back as values only</source>
        <translation>contém uma fórmula ({formula}), não um valor; copie a coluna e cole-a de novo só como valores</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="92"/>
        <source>holds {count} characters; a cell may hold at most {most}</source>
        <translation>tem {count} caracteres; uma célula pode ter no máximo {most}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="95"/>
        <source>contains a NUL character (the file may be damaged)</source>
        <translation>contém um caractere NUL (o arquivo pode estar danificado)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="99"/>
        <source>or, if the whole sheet uses decimal commas, say so: tick &quot;Decimal comma&quot; when importing in the window, or write &quot;decimal_comma&quot;: true in the mapping file</source>
        <translation>ou, se a folha inteira usar vírgula decimal, indique-o: marque &quot;Vírgula decimal&quot; na janela de importação, ou escreva &quot;decimal_comma&quot;: true no arquivo de mapeamento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="111"/>
        <source>&apos;{text}&apos; is not a number with a decimal comma</source>
        <translation>&apos;{text}&apos; não é um número com vírgula decimal</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="128"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point and no thousands separator: {whole} if the comma separates thousands, {decimal} if it is a decimal comma; {declare}</source>
        <translation>&apos;{text}&apos; tem uma vírgula: escreva os números com ponto decimal e sem separador de milhares: {whole} se a vírgula separa os milhares, {decimal} se é uma vírgula decimal; {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="136"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point ({number}); {declare}</source>
        <translation>&apos;{text}&apos; tem uma vírgula: escreva os números com ponto decimal ({number}); {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="139"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point and no thousands separator; {declare}</source>
        <translation>&apos;{text}&apos; tem uma vírgula: escreva os números com ponto decimal e sem separador de milhares; {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="144"/>
        <source>&apos;{text}&apos; has a comma: write numbers with a decimal point and no thousands separator ({number}); {declare}</source>
        <translation>&apos;{text}&apos; tem uma vírgula: escreva os números com ponto decimal e sem separador de milhares ({number}); {declare}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="150"/>
        <source>&apos;{text}&apos; is too large to be a real quantity</source>
        <translation>&apos;{text}&apos; é grande demais para ser uma quantidade real</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="154"/>
        <source>&apos;{text}&apos; is not a number</source>
        <translation>&apos;{text}&apos; não é um número</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="174"/>
        <location filename="../../fieldlog/io/cells.py" line="179"/>
        <source>&apos;{text}&apos; is not a finite number</source>
        <translation>&apos;{text}&apos; não é um número finito</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="198"/>
        <source>&apos;{text}&apos; is too small to be a real quantity; write 0 if there was none</source>
        <translation>&apos;{text}&apos; é pequeno demais para ser uma quantidade real; escreva 0 se não houve nada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="209"/>
        <source>&apos;{text}&apos; is not a whole number</source>
        <translation>&apos;{text}&apos; não é um número inteiro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="212"/>
        <source>{number} is negative; a count cannot be below 0</source>
        <translation>{number} é negativo; uma contagem não pode ser menor que 0</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="215"/>
        <source>{number} is too large to be a real count</source>
        <translation>{number} é grande demais para ser uma contagem real</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="227"/>
        <source>{number} is negative; a quantity cannot be below 0</source>
        <translation>{number} é negativo; uma quantidade não pode ser menor que 0</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="233"/>
        <source>&apos;{text}&apos; {unit} is too large to be a real quantity</source>
        <translation>&apos;{text}&apos; {unit} é grande demais para ser uma quantidade real</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="256"/>
        <source>{text} is not a real date ({month} {year} has {last} days)</source>
        <translation>{text} não é uma data válida ({month} de {year} tem {last} dias)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="259"/>
        <source>{text} is not a real date (there is no month {month})</source>
        <translation>{text} não é uma data válida (não existe o mês {month})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="263"/>
        <source>the Date format of the import window, or &quot;date_format&quot; in the mapping</source>
        <translation>o campo &quot;Formato de data&quot; da janela de importação, ou &quot;date_format&quot; no mapeamento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="274"/>
        <source>&apos;{text}&apos; is not a real date; write it as YYYY-MM-DD</source>
        <translation>&apos;{text}&apos; não é uma data válida; escreva-a como AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="277"/>
        <source>&apos;{text}&apos; could be {one} or {other}; set the sheet&apos;s date format (for example {codes}: {declare}) instead of letting fieldlog guess, or write the date as YYYY-MM-DD ({iso} for {one})</source>
        <translation>&apos;{text}&apos; pode ser {one} ou {other}; defina o formato de data da folha (por exemplo {codes}: {declare}) em vez de deixar o fieldlog adivinhar, ou escreva a data como AAAA-MM-DD ({iso} para {one})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="285"/>
        <source>day/month/year</source>
        <translation>dia/mês/ano</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="286"/>
        <source>month/day/year</source>
        <translation>mês/dia/ano</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="288"/>
        <source>&apos;{text}&apos; is not written as YYYY-MM-DD; write it as {iso}, or set the sheet&apos;s date format (it looks like {order}: {codes}; {declare})</source>
        <translation>&apos;{text}&apos; não está no formato AAAA-MM-DD; escreva {iso}, ou defina o formato de data da folha (parece ser {order}: {codes}; {declare})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="294"/>
        <source>&apos;{text}&apos; is not a date; write it as YYYY-MM-DD or set the sheet&apos;s date format</source>
        <translation>&apos;{text}&apos; não é uma data; escreva-a como AAAA-MM-DD ou defina o formato de data da folha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="304"/>
        <source>{day} {month}</source>
        <translation>{day} de {month}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="309"/>
        <source>January</source>
        <translation>janeiro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="309"/>
        <source>February</source>
        <translation>fevereiro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="310"/>
        <source>March</source>
        <translation>março</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="310"/>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="311"/>
        <source>May</source>
        <translation>maio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="311"/>
        <source>June</source>
        <translation>junho</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="312"/>
        <source>July</source>
        <translation>julho</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="312"/>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="313"/>
        <source>September</source>
        <translation>setembro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="313"/>
        <source>October</source>
        <translation>outubro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="314"/>
        <source>November</source>
        <translation>novembro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="314"/>
        <source>December</source>
        <translation>dezembro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="332"/>
        <source>&apos;{text}&apos; does not match the sheet&apos;s date format {formats}</source>
        <translation>&apos;{text}&apos; não corresponde ao formato de data da folha {formats}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="354"/>
        <source>&apos;{text}&apos; is a number, not a date; format the column as dates</source>
        <translation>&apos;{text}&apos; é um número, não uma data; formate a coluna como data</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="368"/>
        <source>&apos;{text}&apos; has an impossible time of day</source>
        <translation>&apos;{text}&apos; tem uma hora do dia impossível</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="400"/>
        <source>&apos;{text}&apos; is not one of: {choices}</source>
        <translation>&apos;{text}&apos; não é nenhuma destas opções: {choices}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/cells.py" line="428"/>
        <source>&apos;{text}&apos; is not a record id (ids look like 1b4e28ba-2fa1-11d2-883f-0016d3cca427)</source>
        <translation>&apos;{text}&apos; não é um ID de registro (os IDs são assim: 1b4e28ba-2fa1-11d2-883f-0016d3cca427)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="200"/>
        <source>Sheet &apos;{sheet}&apos;: columns ignored (not mapped): {columns}</source>
        <translation>Folha &apos;{sheet}&apos;: colunas ignoradas (sem mapeamento): {columns}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="204"/>
        <source>Sheet &apos;{sheet}&apos; is not a table fieldlog knows; ignored</source>
        <translation>A folha &apos;{sheet}&apos; não é uma tabela que o fieldlog conheça; ignorada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="207"/>
        <source>{count} cells begin with =, +, - or @; they are kept as plain text</source>
        <translation>{count} células começam por =, +, - ou @; são guardadas como texto simples</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="334"/>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="340"/>
        <source>column &apos;{column}&apos;: {problem}</source>
        <translation>coluna &apos;{column}&apos;: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="564"/>
        <source>a site needs its name (Site) and country (Country)</source>
        <translation>um local precisa do seu nome (Local) e do seu país (País)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="626"/>
        <source>the same event (name, start day and site) as row {row}</source>
        <translation>o mesmo evento (nome, dia de início e local) que a linha {row}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="635"/>
        <source>a new event needs {fields}</source>
        <translation>um evento novo precisa de {fields}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="650"/>
        <source>{fields}: an event without an id needs its name and start to be found or made; fill them in</source>
        <translation>{fields}: um evento sem ID precisa do seu nome e do seu início para ser encontrado ou criado; preencha-os</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="702"/>
        <source>there is no event with id {id} in the file or the database</source>
        <translation>não há nenhum evento com o ID {id} no arquivo nem na base de dados</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="708"/>
        <source>the row does not say which event it belongs to (Event is blank)</source>
        <translation>a linha não diz a que evento pertence (Evento está em branco)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="720"/>
        <source>event &apos;{name}&apos; does not exist yet; to create it the row needs Participants too</source>
        <translation>o evento &apos;{name}&apos; ainda não existe; para criá-lo, a linha também precisa de Participantes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="736"/>
        <source>{count} events are called &apos;{name}&apos;; give the Event id, or the Start, Site and Country of the one meant</source>
        <translation>há {count} eventos chamados &apos;{name}&apos;; indique o ID do evento, ou o Início, o Local e o País do evento em causa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="741"/>
        <source>there is no event called &apos;{name}&apos;; add it to the Events sheet, or give Start, Site, Country and Participants on the row to create it</source>
        <translation>não há nenhum evento chamado &apos;{name}&apos;; adicione-o à folha Eventos, ou indique Início, Local, País e Participantes na linha para criá-lo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="789"/>
        <source>is blank, but {field} is required</source>
        <translation>está em branco, mas {field} é de preenchimento obrigatório</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="845"/>
        <source>a litter item row needs both the item (category) and its count</source>
        <translation>uma linha de itens de lixo precisa do item (categoria) e da sua contagem</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/importing.py" line="853"/>
        <source>the count is 0: no items of this kind to add</source>
        <translation>a contagem é 0: não há itens deste tipo para adicionar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="392"/>
        <source>a separator inside a value splits it in two unless the value is in quotes: a decimal comma in a comma-separated file, as in 2,5, must be written 2.5</source>
        <translation>um separador dentro de um valor divide-o em dois, a menos que o valor esteja entre aspas: uma vírgula decimal num arquivo separado por vírgulas, como em 2,5, tem de ser escrita 2.5</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="507"/>
        <source>has {cells} cells but the header row has {headers}; the row may be cut short</source>
        <translation>tem {cells} células, mas a linha de cabeçalho tem {headers}; a linha pode estar incompleta</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="512"/>
        <source>column {column} has no header, but this row has a value there (&apos;{value}&apos;); give the column a header</source>
        <translation>a coluna {column} não tem cabeçalho, mas esta linha tem um valor nela (&apos;{value}&apos;); dê um cabeçalho à coluna</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="518"/>
        <source>has a value in column {column}, beyond the last header; the row may be shifted ({why})</source>
        <translation>tem um valor na coluna {column}, depois do último cabeçalho; a linha pode estar deslocada ({why})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="525"/>
        <source>has {cells} cells but the header row has {headers}, so its values may be shifted ({why})</source>
        <translation>tem {cells} células, mas a linha de cabeçalho tem {headers}, por isso os seus valores podem estar deslocados ({why})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/mapping.py" line="572"/>
        <source>&apos;{value}&apos; is not a country fieldlog knows; use an ISO code like KE or the English name</source>
        <translation>&apos;{value}&apos; não é um país que o fieldlog conheça; use um código ISO como KE ou o nome em inglês</translation>
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
        <translation>Todos os arquivos</translation>
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
        <translation>L</translation>
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
        <translation>tirada {when}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="125"/>
        <source>at {position}</source>
        <translation>em {position}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="127"/>
        <source>{width} × {height} pixels</source>
        <translation>{width} × {height} pixels</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="148"/>
        <source>The picture of {photo} could not be shown ({file} is unreadable); `fieldlog check` checks the photo store.</source>
        <translation>Não foi possível mostrar a imagem de {photo} ({file} está ilegível); `fieldlog check` verifica o repositório de fotos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="219"/>
        <source>{photos} ({count} already there)</source>
        <translation>{photos} ({count} já estavam lá)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="222"/>
        <source>Cancelled: attached {photos} of {total}; the rest were not attached.</source>
        <translation>Cancelado: {photos} de {total} anexadas; as restantes não foram anexadas.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="225"/>
        <source>Attached {photos}.</source>
        <translation>Anexadas: {photos}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="232"/>
        <source>…and {count} more.</source>
        <translation>…e mais {count}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="239"/>
        <source>Attaching stopped: {reason}</source>
        <translation>Anexação interrompida: {reason}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="253"/>
        <source>Date: {date}</source>
        <translation>Data: {date}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="255"/>
        <source>Position: {position}</source>
        <translation>Posição: {position}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="260"/>
        <source>The photo</source>
        <translation>A foto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="263"/>
        <source>{photo} says when and where it was taken, and this {record} has no date and position of its own yet.</source>
        <translation>{photo} indica quando e onde foi tirada, e este registro ({record}) ainda não tem data nem posição próprias.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="266"/>
        <source>{photo} says when and where it was taken, and this {record} has no date of its own yet.</source>
        <translation>{photo} indica quando e onde foi tirada, e este registro ({record}) ainda não tem data própria.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="269"/>
        <source>{photo} says when and where it was taken, and this {record} has no position of its own yet.</source>
        <translation>{photo} indica quando e onde foi tirada, e este registro ({record}) ainda não tem posição própria.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="272"/>
        <source>Use it for the {record}?</source>
        <translation>Usá-la para este registro ({record})?</translation>
    </message>
    <message>
        <location filename="../../fieldlog/ui/photos.py" line="274"/>
        <source>Use them for the {record}?</source>
        <translation>Usá-las para este registro ({record})?</translation>
    </message>
</context>
<context>
    <name>report</name>
    <message>
        <location filename="../../fieldlog/io/report.py" line="45"/>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="46"/>
        <location filename="../../fieldlog/io/report.py" line="573"/>
        <source>Species</source>
        <translation>Espécies</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="47"/>
        <source>About</source>
        <translation>Sobre</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="48"/>
        <source>SER report</source>
        <translation>Relatório SER</translation>
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
        <translation>pessoas</translation>
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
        <translation>Atividades de plantio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="65"/>
        <location filename="../../fieldlog/io/report.py" line="70"/>
        <location filename="../../fieldlog/io/report.py" line="78"/>
        <location filename="../../fieldlog/io/report.py" line="82"/>
        <location filename="../../fieldlog/io/report.py" line="90"/>
        <location filename="../../fieldlog/io/report.py" line="95"/>
        <source>activities</source>
        <translation>atividades</translation>
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
        <translation>Espécies plantadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="67"/>
        <location filename="../../fieldlog/io/report.py" line="76"/>
        <location filename="../../fieldlog/io/report.py" line="88"/>
        <source>species</source>
        <translation>espécies</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="68"/>
        <source>Area planted</source>
        <translation>Área plantada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="69"/>
        <source>Seed collections</source>
        <translation>Colheitas de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="71"/>
        <source>Seed collected, by mass</source>
        <translation>Sementes colhidas, por massa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="72"/>
        <source>Seed collected, by count</source>
        <translation>Sementes colhidas, por número</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="73"/>
        <source>seeds</source>
        <translation>sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="74"/>
        <source>Seed lots</source>
        <translation>Lotes de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="74"/>
        <source>lots</source>
        <translation>lotes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="75"/>
        <source>Species collected</source>
        <translation>Espécies colhidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="77"/>
        <source>Seedball making activities</source>
        <translation>Atividades de produção de bolas de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="79"/>
        <source>Seedballs made</source>
        <translation>Bolas de sementes feitas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="80"/>
        <source>seedballs</source>
        <translation>bolas de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="81"/>
        <source>Invasive removals</source>
        <translation>Remoções de invasoras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="83"/>
        <source>Area cleared</source>
        <translation>Área limpa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="84"/>
        <source>Invasive plants removed, by weight</source>
        <translation>Plantas invasoras removidas, por peso</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="85"/>
        <source>Bags of invasive plants</source>
        <translation>Sacos de plantas invasoras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="86"/>
        <location filename="../../fieldlog/io/report.py" line="91"/>
        <source>bags</source>
        <translation>sacos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="87"/>
        <source>Invasive species removed</source>
        <translation>Espécies invasoras removidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="89"/>
        <source>Litter pickups</source>
        <translation>Recolhas de lixo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="91"/>
        <source>Bags of litter</source>
        <translation>Sacos de lixo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="92"/>
        <source>Litter collected, by weight</source>
        <translation>Lixo recolhido, por peso</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="93"/>
        <source>Litter items</source>
        <translation>Itens de lixo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="93"/>
        <source>items</source>
        <translation>itens</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="94"/>
        <source>Distance covered</source>
        <translation>Distância percorrida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="95"/>
        <source>Other activities</source>
        <translation>Outras atividades</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="100"/>
        <source>Plants</source>
        <translation>Plantas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="100"/>
        <source>Area (m²)</source>
        <translation>Área (m²)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="101"/>
        <source>Seed mass (g)</source>
        <translation>Massa de sementes (g)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="101"/>
        <source>Seed count</source>
        <translation>Número de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="102"/>
        <source>Weight (kg)</source>
        <translation>Peso (kg)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="102"/>
        <source>Bags</source>
        <translation>Sacos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="179"/>
        <source>all events</source>
        <translation>todos os eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="302"/>
        <source>SER summary of {events}</source>
        <translation>Resumo SER de {events}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="305"/>
        <source>Made by fieldlog {version}</source>
        <translation>Feito com o fieldlog {version}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="487"/>
        <location filename="../../fieldlog/io/report.py" line="603"/>
        <source>Events covered</source>
        <translation>Eventos abrangidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="489"/>
        <location filename="../../fieldlog/io/report.py" line="602"/>
        <source>Generated at (UTC)</source>
        <translation>Gerado em (UTC)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="491"/>
        <location filename="../../fieldlog/io/report.py" line="604"/>
        <source>Personal data</source>
        <translation>Dados pessoais</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="495"/>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="495"/>
        <source>Figure</source>
        <translation>Indicador</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="496"/>
        <source>Key</source>
        <translation>Chave</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="496"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="497"/>
        <source>Unit</source>
        <translation>Unidade</translation>
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
        <translation>Atividades por tipo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="518"/>
        <location filename="../../fieldlog/io/report.py" line="573"/>
        <source>Activity</source>
        <translation>Atividade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="518"/>
        <location filename="../../fieldlog/io/report.py" line="548"/>
        <location filename="../../fieldlog/io/report.py" line="574"/>
        <source>Activities</source>
        <translation>Atividades</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="519"/>
        <source>Events with it</source>
        <translation>Eventos com ela</translation>
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
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="562"/>
        <source>Events by country (the {shown} with most events)</source>
        <translation>Eventos por país (os {shown} com mais eventos)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="565"/>
        <source>Events by country</source>
        <translation>Eventos por país</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="596"/>
        <source>About this report</source>
        <translation>Sobre este relatório</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="599"/>
        <source>Report</source>
        <translation>Relatório</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="600"/>
        <source>Made by</source>
        <translation>Feito com</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="601"/>
        <source>Database schema</source>
        <translation>Esquema da base de dados</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="615"/>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="622"/>
        <source>continued on {sheets}</source>
        <translation>continua em {sheets}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="624"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="626"/>
        <source>The Events sheet, the activity sheets and Litter items use the columns of fieldlog&apos;s spreadsheet template, so `fieldlog import` reads this workbook back without a mapping. Every record keeps its id: importing the same report twice, or two reports that overlap, counts each record once.</source>
        <translation>A folha Eventos, as folhas de atividades e Itens de lixo usam as colunas do modelo de planilha do fieldlog, por isso `fieldlog import` volta a ler esta pasta de trabalho sem mapeamento. Cada registro mantém o seu ID: importar o mesmo relatório duas vezes, ou dois relatórios que se sobrepõem, conta cada registro uma só vez.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="630"/>
        <source>Reported by n of N events: how many of the events this report counts gave at least one value for the figure (most fields are optional).</source>
        <translation>Informado por n de N eventos: quantos dos eventos contados neste relatório deram pelo menos um valor para o indicador (a maioria dos campos é opcional).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="632"/>
        <source>Volunteer hours left blank on the Events sheet were not counted at the event; fieldlog derives them as participants × duration, and the Summary&apos;s total includes them.</source>
        <translation>As horas de voluntariado deixadas em branco na folha Eventos não foram contadas no evento; o fieldlog calcula-as como participantes × duração, e o total do Resumo inclui-as.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="644"/>
        <source>Included at the user&apos;s request: the organizer&apos;s name and contact are on the Events sheet. Treat this file as personal data.</source>
        <translation>Incluídos a pedido de quem fez o relatório: o nome e o contato do organizador estão na folha Eventos. Trate este arquivo como dados pessoais.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/report.py" line="647"/>
        <source>Left out: this report holds no organizer names or contacts.</source>
        <translation>Deixados de fora: este relatório não contém nomes nem contatos de organizadores.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="214"/>
        <source>counted at {entered} events; derived as participants × duration at {derived} (included in the total); none at {unknown}</source>
        <translation>contadas em {entered} eventos; calculadas como participantes × duração em {derived} (incluídas no total); nenhuma em {unknown}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="219"/>
        <source>distinct countries of the events&apos; sites</source>
        <translation>países distintos dos locais dos eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="220"/>
        <source>summed over events: a person at two events counts twice</source>
        <translation>somados por evento: uma pessoa em dois eventos conta duas vezes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="223"/>
        <source>distinct species names, ignoring case and spacing</source>
        <translation>nomes de espécies distintos, sem contar maiúsculas e espaços</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="225"/>
        <source>distinct seed lot ids, ignoring case and spacing</source>
        <translation>IDs de lotes de sementes distintos, sem contar maiúsculas e espaços</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="237"/>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="239"/>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <location filename="../../fieldlog/services/reporting.py" line="241"/>
        <source>To</source>
        <translation>Até</translation>
    </message>
</context>
<context>
    <name>sheets</name>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="153"/>
        <source>Sites</source>
        <translation>Locais</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="154"/>
        <source>One row per place where events happen.</source>
        <translation>Uma linha por lugar onde acontecem eventos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="155"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="158"/>
        <source>One row per event. Activities refer to an event by its name (or id).</source>
        <translation>Uma linha por evento. As atividades indicam o evento pelo nome (ou pelo ID).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="185"/>
        <source>Planting</source>
        <translation>Plantio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="193"/>
        <source>One row per species planted at an event.</source>
        <translation>Uma linha por espécie plantada num evento.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="194"/>
        <source>Seed collection</source>
        <translation>Colheita de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="201"/>
        <source>One row per seed lot; give its mass or its seed count.</source>
        <translation>Uma linha por lote de sementes; indique a massa ou o número de sementes.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="202"/>
        <source>Seedball making</source>
        <translation>Bolas de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="207"/>
        <source>One row per batch of seedballs.</source>
        <translation>Uma linha por fornada de bolas de sementes.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="208"/>
        <source>Invasive removal</source>
        <translation>Remoção de invasoras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="218"/>
        <source>One row per species removed; give at least one of area, weight, bags, stems.</source>
        <translation>Uma linha por espécie removida; indique pelo menos um destes: área, peso, sacos, caules.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="220"/>
        <source>Litter pickup</source>
        <translation>Recolha de lixo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="225"/>
        <source>One row per pickup; its item tally goes on the Litter items sheet.</source>
        <translation>Uma linha por recolha; a contagem dos itens vai na folha Itens de lixo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="226"/>
        <source>Other</source>
        <translation>Outras atividades</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="230"/>
        <source>Anything else volunteers did.</source>
        <translation>Tudo o mais que os voluntários fizeram.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="238"/>
        <source>Litter items</source>
        <translation>Itens de lixo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/columns.py" line="241"/>
        <source>One row per item category of a pickup; rows with the same event and date make one pickup.</source>
        <translation>Uma linha por categoria de item de uma recolha; as linhas com o mesmo evento e a mesma data formam uma recolha.</translation>
    </message>
</context>
<context>
    <name>spreadsheet_view</name>
    <message>
        <location filename="../../fieldlog/services/spreadsheet_view.py" line="66"/>
        <source>Windows (cp1252): files saved by Excel on Windows</source>
        <translation>Windows (cp1252): arquivos gravados pelo Excel no Windows</translation>
    </message>
</context>
<context>
    <name>tasks</name>
    <message>
        <location filename="../../fieldlog/ui/tasks.py" line="90"/>
        <source>Something went wrong with the database ({kind}: {error}).</source>
        <translation>Ocorreu um problema com a base de dados ({kind}: {error}).</translation>
    </message>
</context>
<context>
    <name>template</name>
    <message>
        <location filename="../../fieldlog/io/template.py" line="33"/>
        <source>Instructions</source>
        <translation>Instruções</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="34"/>
        <source>Lists</source>
        <translation>Listas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="62"/>
        <source>Example row: delete it or write over it.</source>
        <translation>Linha de exemplo: apague-a ou escreva por cima.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="97"/>
        <source>There is one sheet per table: {events}, one sheet for each kind of activity, then {litter_items}. Leave a sheet empty when you have nothing for it.</source>
        <translation>Há uma folha por tabela: {events}, uma folha para cada tipo de atividade e depois {litter_items}. Deixe uma folha vazia quando não tiver nada para ela.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="99"/>
        <source>Each row is one record. Keep the sheet names and the words in row 1 as they are (except units, see below).</source>
        <translation>Cada linha é um registro. Mantenha os nomes das folhas e as palavras da linha 1 como estão (exceto as unidades, veja abaixo).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="101"/>
        <source>Required columns have bold headers and a * in the tables below. Point at a header to read a note about it.</source>
        <translation>As colunas obrigatórias têm o cabeçalho em negrito e um * nas tabelas abaixo. Aponte para um cabeçalho para ler uma nota sobre ele.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="103"/>
        <source>Units are in brackets in the header, like &quot;{area} (m²)&quot;. You may change the unit to the one you measured in, like &quot;{area} (ha)&quot; or &quot;{weight} (lb)&quot;: fieldlog converts the numbers.</source>
        <translation>As unidades estão entre parênteses no cabeçalho, como &quot;{area} (m²)&quot;. Pode mudar a unidade para aquela em que mediu, como &quot;{area} (ha)&quot; ou &quot;{weight} (lb)&quot;: o fieldlog converte os números.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="106"/>
        <source>Dates: type a real date, or text like 2026-05-30. A start or end time may follow: 2026-05-30 09:00.</source>
        <translation>Datas: escreva uma data verdadeira ou um texto como 2026-05-30. Pode seguir-se uma hora de início ou de fim: 2026-05-30 09:00.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="108"/>
        <source>{country}: the two-letter ISO code (KE, FR, US) from the drop-down, or the English name (Kenya).</source>
        <translation>{country}: o código ISO de duas letras (KE, FR, US) da lista de opções, ou o nome em inglês (Kenya).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="110"/>
        <source>Each activity row names its event in the {event} column, spelled as on the {events} sheet (or gives its {event_id}). If that event is neither on the {events} sheet nor already in fieldlog, add the columns {start}, {site}, {country} and {participants} to the activity sheet and fieldlog creates the event from them.</source>
        <translation>Cada linha de atividade indica o seu evento na coluna {event}, escrito como na folha {events} (ou dá o seu {event_id}). Se esse evento não estiver na folha {events} nem já no fieldlog, acrescente as colunas {start}, {site}, {country} e {participants} à folha da atividade e o fieldlog cria o evento a partir delas.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="114"/>
        <source>{litter_items}: one row per item category with its count. Rows with the same {event} and {date} make one litter pickup, together with the {litter_pickup} row of that {event} and {date} if there is one.</source>
        <translation>{litter_items}: uma linha por categoria de item, com a sua contagem. As linhas com o mesmo {event} e a mesma {date} formam uma recolha de lixo, junto com a linha de {litter_pickup} desse {event} e dessa {date}, se existir.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="117"/>
        <source>Text that starts with = is kept as text; fieldlog never runs it as a formula.</source>
        <translation>O texto que começa por = é mantido como texto; o fieldlog nunca o executa como fórmula.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="118"/>
        <source>Row 2 of every sheet is an example (grey italics). Delete it or write over it before you send the file.</source>
        <translation>A linha 2 de cada folha é um exemplo (em itálico cinza). Apague-a ou escreva por cima antes de enviar o arquivo.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="120"/>
        <source>Leave {event_id} and {activity_id} blank for new records: fieldlog fills them in.</source>
        <translation>Deixe {event_id} e {activity_id} em branco nos registros novos: o fieldlog preenche-os.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="121"/>
        <source>{organizer} and {organizer_contact} are personal data: they stay on your laptop and go into no report unless you ask for them.</source>
        <translation>{organizer} e {organizer_contact} são dados pessoais: ficam no seu computador e não entram em nenhum relatório, a menos que os peça.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="211"/>
        <source>Country code</source>
        <translation>Código do país</translation>
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
        <translation>Item de lixo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="282"/>
        <source>Required.</source>
        <translation>Obrigatório.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="287"/>
        <source>In {unit}. Write another unit in the brackets instead ({units}) and fieldlog converts.</source>
        <translation>Em {unit}. Escreva outra unidade entre os parênteses ({units}) e o fieldlog converte.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="291"/>
        <source>One of: {choices}.</source>
        <translation>Um destes: {choices}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="294"/>
        <source>Personal data: it stays on the laptop and goes into no report unless asked for.</source>
        <translation>Dados pessoais: ficam no computador e não entram em nenhum relatório, a menos que sejam pedidos.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="341"/>
        <source>Pick a {column}</source>
        <translation>Escolha: {column}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="342"/>
        <source>{column} must be one of: {choices}. Pick one from the list.</source>
        <translation>{column} tem de ser um destes: {choices}. Escolha um da lista.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="346"/>
        <source>Use the two-letter ISO code from the list (like KE). An English country name (like Kenya) also works: choose Yes to keep it.</source>
        <translation>Use o código ISO de duas letras da lista (como KE). O nome do país em inglês (como Kenya) também serve: escolha Sim para o manter.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="350"/>
        <source>Whole number</source>
        <translation>Número inteiro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="351"/>
        <source>{column} must be a whole number, 0 or more (no units, no decimals).</source>
        <translation>{column} tem de ser um número inteiro, 0 ou mais (sem unidades nem casas decimais).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="354"/>
        <source>Percent</source>
        <translation>Percentagem</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="355"/>
        <source>{column} must be a number from 0 to 100.</source>
        <translation>{column} tem de ser um número de 0 a 100.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="358"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="359"/>
        <source>{column} must be a number, 0 or more. Write the unit in the header, not in the cell.</source>
        <translation>{column} tem de ser um número, 0 ou mais. Escreva a unidade no cabeçalho, não na célula.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="363"/>
        <source>2026-05-30 or 2026-05-30 09:00</source>
        <translation>2026-05-30 ou 2026-05-30 09:00</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="364"/>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="365"/>
        <source>{column} must be a date, like {example}.</source>
        <translation>{column} tem de ser uma data, como {example}.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="368"/>
        <source>Latitude</source>
        <translation>Latitude</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="369"/>
        <source>Latitude is in decimal degrees from -90 to 90 (south is negative), like -1.2833. Degrees-minutes-seconds text also works: choose Yes to keep it.</source>
        <translation>A latitude é em graus decimais de -90 a 90 (o sul é negativo), como -1.2833. Um texto em graus-minutos-segundos também serve: escolha Sim para o manter.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="374"/>
        <source>Longitude</source>
        <translation>Longitude</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="375"/>
        <source>Longitude is in decimal degrees from -180 to 180 (west is negative), like 36.8167. Degrees-minutes-seconds text also works: choose Yes to keep it.</source>
        <translation>A longitude é em graus decimais de -180 a 180 (o oeste é negativo), como 36.8167. Um texto em graus-minutos-segundos também serve: escolha Sim para o manter.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="380"/>
        <source>Unit</source>
        <translation>Unidade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="381"/>
        <source>Pick a unit from the list, or choose Yes to keep your own (like trees or nest boxes).</source>
        <translation>Escolha uma unidade da lista, ou escolha Sim para manter a sua (como árvores ou ninhos artificiais).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="384"/>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="385"/>
        <source>Pick an item category from the list, or choose Yes to keep your own words.</source>
        <translation>Escolha uma categoria de item da lista, ou escolha Sim para manter as suas próprias palavras.</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="391"/>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="392"/>
        <source>text; line breaks are kept</source>
        <translation>texto; as quebras de linha são mantidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="393"/>
        <source>blank for a new record</source>
        <translation>em branco para um registro novo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="394"/>
        <source>whole number, 0 or more</source>
        <translation>número inteiro, 0 ou mais</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="395"/>
        <source>number, 0 or more</source>
        <translation>número, 0 ou mais</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="396"/>
        <source>date, or text YYYY-MM-DD</source>
        <translation>data, ou texto AAAA-MM-DD</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="397"/>
        <source>date (and time), or text YYYY-MM-DD hh:mm</source>
        <translation>data (e hora), ou texto AAAA-MM-DD hh:mm</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="398"/>
        <source>ISO code (KE, FR, US, …) or English name</source>
        <translation>código ISO (KE, FR, US, …) ou nome em inglês</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="399"/>
        <source>-90 to 90, decimal degrees</source>
        <translation>-90 a 90, graus decimais</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="400"/>
        <source>-180 to 180, decimal degrees</source>
        <translation>-180 a 180, graus decimais</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="401"/>
        <source>one of the list</source>
        <translation>um da lista</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="407"/>
        <source>the id fieldlog gave the event</source>
        <translation>o ID que o fieldlog deu ao evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="408"/>
        <source>the id fieldlog gave the activity</source>
        <translation>o ID que o fieldlog deu à atividade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="409"/>
        <location filename="../../fieldlog/io/template.py" line="410"/>
        <source>WGS84 decimal degrees (DMS accepted)</source>
        <translation>graus decimais WGS84 (aceita-se GMS)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="411"/>
        <source>the event&apos;s name; activity rows use it to name their event</source>
        <translation>o nome do evento; as linhas de atividades usam-no para indicar o seu evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="412"/>
        <source>the campaign the event is part of, like MAD Week 2026</source>
        <translation>a campanha de que o evento faz parte, como MAD Week 2026</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="413"/>
        <source>when the event ended; with Start it gives the volunteer hours</source>
        <translation>quando o evento terminou; com o Início dá as horas de voluntariado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="414"/>
        <source>the name of the place</source>
        <translation>o nome do lugar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="415"/>
        <source>town, park or area</source>
        <translation>cidade, parque ou zona</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="416"/>
        <source>the size of the whole site</source>
        <translation>o tamanho do local inteiro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="417"/>
        <source>the group that ran the event</source>
        <translation>o grupo que organizou o evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="418"/>
        <source>who ran the event</source>
        <translation>quem organizou o evento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="419"/>
        <source>phone number or e-mail of the organizer</source>
        <translation>telefone ou e-mail do organizador</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="420"/>
        <source>how many volunteers took part</source>
        <translation>quantos voluntários participaram</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="421"/>
        <source>anything else worth keeping</source>
        <translation>tudo o mais que valha a pena guardar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="422"/>
        <source>scientific name</source>
        <translation>nome científico</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="423"/>
        <source>how many plants were put in the ground</source>
        <translation>quantas plantas foram postas na terra</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="424"/>
        <source>whether the species is native at the site</source>
        <translation>se a espécie é nativa no local</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="425"/>
        <source>what was planted</source>
        <translation>o que foi plantado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="426"/>
        <source>the area planted</source>
        <translation>a área plantada</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="427"/>
        <source>the area cleared</source>
        <translation>a área limpa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="428"/>
        <source>where the seed or seedlings came from</source>
        <translation>de onde vieram as sementes ou as mudas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="429"/>
        <source>your label for the seed lot</source>
        <translation>a sua etiqueta para o lote de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="430"/>
        <source>the weight of seed collected</source>
        <translation>o peso das sementes colhidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="431"/>
        <source>how many seeds were collected</source>
        <translation>quantas sementes foram colhidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="432"/>
        <source>how many plants seed was taken from</source>
        <translation>de quantas plantas se colheram sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="433"/>
        <source>how many plants the population has</source>
        <translation>quantas plantas tem a população</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="434"/>
        <source>how many seedballs were made</source>
        <translation>quantas bolas de sementes foram feitas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="435"/>
        <source>the weight of seed used</source>
        <translation>o peso das sementes usadas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="436"/>
        <source>how the plants were removed</source>
        <translation>como as plantas foram removidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="437"/>
        <source>the weight removed or picked up</source>
        <translation>o peso removido ou recolhido</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="438"/>
        <source>how many bags were filled</source>
        <translation>quantos sacos foram enchidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="439"/>
        <source>how many stems were removed</source>
        <translation>quantos caules foram removidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="440"/>
        <source>how much of the ground the species covered before removal</source>
        <translation>quanto do terreno a espécie cobria antes da remoção</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="441"/>
        <source>the plants&apos; life stage</source>
        <translation>a fase de vida das plantas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="442"/>
        <source>what happened to the removed plants</source>
        <translation>o que foi feito às plantas removidas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="443"/>
        <source>where the pickup took place</source>
        <translation>onde foi feita a recolha</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="444"/>
        <source>the distance covered</source>
        <translation>a distância percorrida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="445"/>
        <source>what was done</source>
        <translation>o que foi feito</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="446"/>
        <source>how much was done, if it can be counted</source>
        <translation>quanto foi feito, se puder ser contado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="447"/>
        <source>the unit of Quantity</source>
        <translation>a unidade da Quantidade</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="448"/>
        <source>the kind of item picked up</source>
        <translation>o tipo de item recolhido</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="449"/>
        <source>how many of them were picked up</source>
        <translation>quantos foram recolhidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="457"/>
        <source>(personal data: goes into no report unless you ask)</source>
        <translation>(dados pessoais: não entram em nenhum relatório, a menos que os peça)</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="465"/>
        <source>a unit from the drop-down ({units}, …) or your own words</source>
        <translation>uma unidade da lista de opções ({units}, …) ou as suas próprias palavras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="468"/>
        <source>an item category from the drop-down, or your own words</source>
        <translation>uma categoria de item da lista de opções, ou as suas próprias palavras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="470"/>
        <source>number from 0 to 100</source>
        <translation>número de 0 a 100</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="472"/>
        <source>an {event} name from the {events} sheet or from fieldlog (or fill in {event_id} instead)</source>
        <translation>um nome de {event} da folha {events} ou do fieldlog (ou preencha antes {event_id})</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="476"/>
        <source>{kind}; header unit may be changed to {units}</source>
        <translation>{kind}; a unidade do cabeçalho pode ser mudada para {units}</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="512"/>
        <source>fieldlog spreadsheet template</source>
        <translation>Modelo de planilha do fieldlog</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="514"/>
        <source>Fill in this workbook with your volunteer events and what was done at them, then import it into fieldlog (Import in the window, or: fieldlog import FILE.xlsx).</source>
        <translation>Preencha esta pasta de trabalho com os seus eventos de voluntariado e o que foi feito neles, e depois importe-a no fieldlog (Importar na janela, ou: fieldlog import ARQUIVO.xlsx).</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="519"/>
        <source>How to fill it in</source>
        <translation>Como preencher</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="525"/>
        <source>The sheets</source>
        <translation>As folhas</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="530"/>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="530"/>
        <source>Required</source>
        <translation>Obrigatória</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="531"/>
        <source>What it holds</source>
        <translation>O que contém</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="531"/>
        <source>Allowed values</source>
        <translation>Valores permitidos</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="532"/>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <location filename="../../fieldlog/io/template.py" line="535"/>
        <source>Columns of the {sheet} sheet</source>
        <translation>Colunas da folha {sheet}</translation>
    </message>
</context>
<context>
    <name>vocabulary</name>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="128"/>
        <source>Planting</source>
        <translation>Plantio</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="129"/>
        <source>Seed collection</source>
        <translation>Colheita de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="130"/>
        <source>Seedball making</source>
        <translation>Bolas de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="131"/>
        <source>Invasive removal</source>
        <translation>Remoção de invasoras</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="132"/>
        <source>Litter pickup</source>
        <translation>Recolha de lixo</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="133"/>
        <source>Other</source>
        <translation>Outra</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="135"/>
        <source>Native</source>
        <translation>Nativa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="136"/>
        <source>Introduced</source>
        <translation>Introduzida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="137"/>
        <source>Unknown</source>
        <translation>Desconhecida</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="139"/>
        <source>Bare root</source>
        <translation>Raiz nua</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="140"/>
        <source>Container</source>
        <translation>Recipiente</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="141"/>
        <source>Plug</source>
        <translation>Torrão</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="142"/>
        <source>Cutting</source>
        <translation>Estaca</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="143"/>
        <source>Direct seed</source>
        <translation>Semeadura direta</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="144"/>
        <source>Seedball</source>
        <translation>Bola de sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="146"/>
        <source>Hand pull</source>
        <translation>Arranque manual</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="147"/>
        <source>Dig</source>
        <translation>Escavação</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="148"/>
        <source>Cut</source>
        <translation>Corte</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="149"/>
        <source>Mow</source>
        <translation>Ceifa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="150"/>
        <source>Girdle</source>
        <translation>Anelamento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="151"/>
        <source>Herbicide cut stump</source>
        <translation>Herbicida em toco</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="152"/>
        <source>Herbicide foliar</source>
        <translation>Herbicida foliar</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="153"/>
        <source>Smother</source>
        <translation>Abafamento</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="155"/>
        <source>Vegetative</source>
        <translation>Vegetativa</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="156"/>
        <source>Flowering</source>
        <translation>Em floração</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="157"/>
        <source>Seeding</source>
        <translation>Com sementes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="159"/>
        <source>Left on site</source>
        <translation>Deixado no local</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="160"/>
        <source>Composted</source>
        <translation>Compostado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="161"/>
        <source>Bagged landfill</source>
        <translation>Ensacado para aterro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="162"/>
        <source>Burned</source>
        <translation>Queimado</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="164"/>
        <source>Beach</source>
        <translation>Praia</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="165"/>
        <source>Shore</source>
        <translation>Margem</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="166"/>
        <source>Underwater</source>
        <translation>Subaquática</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="167"/>
        <source>Trail</source>
        <translation>Trilho</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="168"/>
        <source>Street</source>
        <translation>Rua</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="169"/>
        <source>Park</source>
        <translation>Parque</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="171"/>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="172"/>
        <source>Warning</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="174"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location filename="../../fieldlog/domain/kinds.py" line="175"/>
        <source>After</source>
        <translation>Depois</translation>
    </message>
</context>
</TS>
