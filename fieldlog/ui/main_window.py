"""The organizer's window: the events list with filters and totals, an event's activities, and the
editors, with undo and redo. Every database call runs on the task runner's thread.

Data safety: the window's database holds the writer's lock (db/lock.py) for as long as it is open;
backups are made on demand, every 30 minutes after a change and at close; a restore or a damaged file
found after opening closes the database on the task runner (after the work queued before it) and the
window is replaced by one on the restored file.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import gc
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QMimeData,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeySequence,
    QPalette,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldlog import APP_NAME, __version__
from fieldlog.domain.errors import (
    BackupRejected,
    DamagedDatabase,
    DatabaseInUse,
    DatabaseMovedAside,
    DatabaseProblem,
    EditConflict,
    FieldlogError,
    changed_fields,
    local_time,
)
from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.photos import Photo
from fieldlog.domain.records import Activity, Event, Site
from fieldlog.domain.summary import NO_FILTER, Summary, SummaryFilter
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP  # typed: returns str
from fieldlog.services import maintenance, safety
from fieldlog.services import photos as photo_service
from fieldlog.services.database import Database, without_password
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.export_common import ExportResult
from fieldlog.services.exports import FORMATS, ExportOptions, activity_words, is_package_file, run_export
from fieldlog.services.records import Records, Saved
from fieldlog.services.reference import ReferenceData, checklist, country_name, litter_categories
from fieldlog.services.safety import BackupInfo, RestoreResult
from fieldlog.services.spreadsheet_view import is_spreadsheet
from fieldlog.services.summary import count_events, summarize
from fieldlog.services.template import write_template
from fieldlog.ui.backup_dialog import DamagedDialog, RestoreDialog, describe_backup, restored_text
from fieldlog.ui.dashboard import DashboardView
from fieldlog.ui.dialogs import Choice, ConflictQuestion, RecordDialog, conflict_text
from fieldlog.ui.editors import EventForm, SiteForm, activity_form
from fieldlog.ui.editors.fields import CountryField, DateField, format_datetime
from fieldlog.ui.export_dialog import ExportDialog
from fieldlog.ui.formatting import FIGURES, figure_caption, format_area_m2, format_mass_g, format_number, headline
from fieldlog.ui.import_dialog import ImportDialog
from fieldlog.ui.language import (
    LANGUAGES,
    choose_language,
    chosen_language,
    install_language,
    translated,
    vocabulary,
    window_language,
)
from fieldlog.ui.merge_dialog import MergeDialog
from fieldlog.ui.models import ActivitiesModel, EventsModel, describe_activity
from fieldlog.ui.photos import (
    PICKER_FILTER,
    AttachOutcome,
    AttachRelay,
    PhotoStrip,
    PhotoViewer,
    attach_files,
    attach_report,
    offer_text,
    picture_files,
    problems_text,
)
from fieldlog.ui.tasks import TaskRunner, describe_failure

__all__ = ["EMPTY_TEXT", "EventsModel", "MainWindow", "format_area_m2", "format_mass_g", "format_number",
           "run_window"]

SAMPLE_EVENTS = 200
# Shown in the window's language: translated where shown, with `translated`.
EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "main_window",
    "<p style='font-size: x-large'><b>Welcome to fieldlog</b></p>"
    "<p>Log your restoration events and what volunteers did at them: plantings, seed collection, "
    "seedballs, invasive plant pulls and litter pickups. Everything stays on this computer.</p>"
    "<p>Start with your first event, or load sample data to look around.</p>")
NO_MATCH_TEXT = QT_TRANSLATE_NOOP("main_window", "No events match the filter.")
LAST_FOLDER_KEY = "paths/last_folder"
LAST_SERVER_KEY = "paths/last_server"  # a server database's URL, without its password
SERVER_URL_EXAMPLE = "postgresql+psycopg://coordinator@db.example.org/fieldlog"
PHOTO_SIDE_KEY = "photos/max_side"  # the longest side new photos are scaled down to; 0: kept as taken
PHOTO_SIDES = (2048, 3000, 4096)
REPLAY_ATTEMPTS = 3  # an undo re-reads a record restamped meanwhile without change at most this often
AUTO_BACKUP_MS = 30 * 60 * 1000  # a backup every 30 minutes, when something was saved meanwhile



@dataclass(frozen=True, slots=True)
class EditorReference:
    """What the editors offer as you type, read once on the database thread."""

    data: ReferenceData
    checklist: list[Any]
    litter_categories: list[Any]


Restored = tuple[RestoreResult, Database, photo_service.PhotoRestore]


def open_restored(result: RestoreResult) -> Restored:
    """Open a database file just restored, with the writer's lock, for a window; and bring back from
    `backups/photos/` the pictures its records name that the photo store lost."""
    try:
        database = safety.open_for_command(result.database, writer=True, quick_check=False)
    except FieldlogError as error:
        raise DatabaseProblem(QCoreApplication.translate(
            "main_window", "The backup was restored, but the database could not be opened again: {reason} Open "
            "fieldlog again.").format(reason=error)) from error
    return result, database, photo_service.restore_photos(database)


def restore_and_open(path: Path, backup: Path) -> Restored:
    """Restore `backup` over the database file `path` (closed everywhere in this process), then open it."""
    return open_restored(safety.restore_backup(path, backup))


def backup_facts(file: Path | None) -> BackupInfo | None:
    """The facts of the backup to offer (None when there is none or it no longer passes its checks)."""
    if file is None:
        return None
    try:
        return safety.verify_backup(file)
    except BackupRejected:
        return None


def looks_damaged(message: str) -> bool:
    """True when a failure's text is SQLite saying the file is corrupt (not merely unreadable or locked)."""
    text = message.lower()
    return "database disk image is malformed" in text or "file is not a database" in text


class Releasable(Protocol):
    """A lock that can be given back (the start's writer lock, `db.lock.Hold`)."""

    def release(self) -> None:
        """Give the lock back."""


class ClosedDatabase(Database):
    """Stands in for a database the window closed for a restore or a move-aside: every use is refused.

    The closed database itself would reconnect on its next use (SQLAlchemy reopens a disposed engine): a
    late task would then open the restored file without its lock, or create a new, empty file where a
    damaged one was moved away, which the next start would take for the database.
    """

    def __init__(self, closed: Database) -> None:
        super().__init__(closed.engine, closed.path)

    def _refused(self) -> DatabaseProblem:
        return DatabaseProblem(QCoreApplication.translate(
            "main_window", "This database was closed (restored from a backup, or set aside as damaged); "
            "nothing was read or written."))

    def reading(self) -> Any:
        """Refused: the database is closed."""
        raise self._refused()

    def writing(self, what: str = "the change") -> Any:  # untranslated: the signature of Database.writing
        """Refused: the database is closed."""
        raise self._refused()

    def quick_check(self) -> None:
        """Refused: the database is closed."""
        raise self._refused()

    def backup(self, reason: str) -> Path:
        """Refused: the database is closed."""
        raise self._refused()

    def backup_if_changed(self, reason: str = "automatic") -> Path | None:
        """Nothing to back up: the database is closed."""
        return None

    def close(self) -> None:
        """Nothing to do: the database it stands in for was closed on the task runner."""


def backup_at_exit(database: Database) -> Path | None:
    """The backup when the window closes, if anything was saved; a failure never stops the close."""
    try:
        return maintenance.backup_if_changed(database, "at-exit")
    except Exception as error:  # the window is going away: the terminal is the only place left to say it
        print(QCoreApplication.translate("main_window", "fieldlog: no backup was made at exit: {reason}").format(
            reason=describe_failure(error)), file=sys.stderr)
        return None


class ChangeCommand(QUndoCommand):
    """An edit already saved, which undo and redo replay on the database thread."""

    def __init__(self, window: MainWindow, text: str, redo: Callable[[], object], undo: Callable[[], object]) -> None:
        super().__init__(text)
        self.window, self._redo, self._undo = window, redo, undo
        self._done = True  # pushed after the save succeeded: the first redo() is a no-op

    def redo(self) -> None:
        """Do the change again."""
        if self._done:
            self._done = False
            return
        self.window.run_change(self._redo)

    def undo(self) -> None:
        """Take the change back."""
        self.window.run_change(self._undo)


class EditCommand(QUndoCommand):
    """An edit already saved (`before` -> `after`), which undo and redo save again on the database thread.

    Each replay is based on the version this window stored last (`stamp`), so the user's own undo and redo
    never conflict; when someone else changed the record meanwhile, the window asks before replacing it.
    """

    def __init__(self, window: MainWindow, text: str, before: Any, after: Any) -> None:
        super().__init__(text)
        self.window, self.before, self.after = window, before, after
        self.stamp: dt.datetime | None = after.updated_at  # the version this window stored last
        self._done = True  # pushed after the save succeeded: the first redo() is a no-op

    def redo(self) -> None:
        """Save the edit again."""
        if self._done:
            self._done = False
            return
        self.window.replay_edit(self, self.after, expected=self.before, verb="redo")

    def undo(self) -> None:
        """Put back the record as it was before the edit."""
        self.window.replay_edit(self, self.before, expected=self.after, verb="undo")


def replay(records: Records, target: Any, expected: Any, stamp: dt.datetime | None, *,
           overwrite: bool = False) -> Saved[Any]:
    """Save `target` as an undo or redo does (on the database thread), over the version last stored here.

    A later version whose content is still `expected` is this user's own too (deleting an event and
    undoing that restamps its records without changing them): saved over without asking. EditConflict
    when someone else changed what the record holds.
    """
    based_on = stamp
    for _attempt in range(REPLAY_ATTEMPTS):
        try:
            return records.update(dataclasses.replace(target, updated_at=based_on), overwrite=overwrite)
        except EditConflict as conflict:
            if changed_fields(expected, conflict.stored):
                raise
            based_on = conflict.stored.updated_at  # still checked: a save landing now is caught next time
    return records.update(dataclasses.replace(target, updated_at=based_on))


class MainWindow(QMainWindow):
    """Filters and totals above the events list; the selected event and its activities beside it."""

    loaded = Signal()  # the first page of events and the totals are shown

    def __init__(self, database: Database, settings: QSettings | None = None,
                 records: Records | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.database = database
        self.records = records or Records(database)
        self.settings = settings or QSettings()
        self.runner = TaskRunner(self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setObjectName("undo_stack")
        self.reference: EditorReference | None = None
        self.current_event: Event | None = None
        self.current_site: Site | None = None
        self.dialog: RecordDialog | None = None
        self.import_dialog: ImportDialog | MergeDialog | None = None
        self.last_export: ExportResult | None = None
        self.is_loaded = False
        self.owns_database = False  # a database this window opened itself closes with it
        self.successor: MainWindow | None = None
        self.restore_dialog: RestoreDialog | None = None
        self.damage_dialog: DamagedDialog | None = None
        self.photo_viewer: PhotoViewer | None = None
        self.conflict_question: ConflictQuestion | None = None  # asked when an undo meets someone else's save
        self.attach_progress: QProgressDialog | None = None  # while photos are being attached
        self._busy: QProgressDialog | None = None
        self._replacing = False  # a restore or a move-aside is under way: the database is (being) closed
        self._database_closed = False  # closed by a restore or a move-aside: no at-exit backup of it
        self._lost: tuple[DatabaseMovedAside, BackupInfo | None] | None = None  # damaged, set aside
        self._damage_checked = False  # the quick check ran or is queued (once per window)
        self._any_events = False  # the database holds events at all (else the welcome shows)
        self._after_site = False  # a site saved because an event needed one: the event editor follows
        self._totals_ready = self._events_ready = False
        self._select_after_reload: uuid.UUID | None = None
        self.setWindowTitle(self.tr("fieldlog — {database}").format(database=database.display_name))

        self.figures: dict[str, QLabel] = {}
        self.events_model = EventsModel(self.runner, self.records, self)
        self.events_model.reloaded.connect(self._events_shown)
        self.events_model.failed.connect(self._show_failure)
        self.activities_model = ActivitiesModel(self)
        self._build_actions()
        self._build_menus()

        self.loading_label = QLabel(self.tr("Loading…"), alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.welcome = self._build_welcome()
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.workspace = self._build_workspace()
        for page in (self.loading_label, self.welcome, self.workspace):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.statusBar().setObjectName("status_bar")
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window opens the import; photos are attached

        if not self.restoreGeometry(self._setting_bytes("window/geometry")):
            self.resize(1280, 760)
        if not self.splitter.restoreState(self._setting_bytes("window/splitter")):
            self.splitter.setSizes([620, 380])  # the list gets the larger share
        self.table.horizontalHeader().restoreState(self._setting_bytes("window/events_header"))
        self.backup_timer = QTimer(self, interval=AUTO_BACKUP_MS)
        self.backup_timer.setObjectName("backup_timer")
        self.backup_timer.timeout.connect(self.automatic_backup)
        if database.path is not None:  # a server database is backed up with the server's own tools
            self.backup_timer.start()
        self.refresh()
        # After the first page: the editors need it only once the user opens one.
        self.runner.submit(self._read_reference, self._reference_loaded, self._show_failure_error)

    # -- building ---------------------------------------------------------------------------------

    def _setting_bytes(self, key: str) -> QByteArray:
        value = self.settings.value(key)
        return value if isinstance(value, QByteArray) else QByteArray()

    def _action(self, text: str, slot: Callable[[], object], shortcut: QKeySequence.StandardKey | str | None = None,
                name: str = "") -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(QKeySequence.keyBindings(shortcut))
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(name or text.replace("&", "").replace("…", "").strip().lower().replace(" ", "_"))
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_event_action = self._action(self.tr("&New event…"), self.new_event, QKeySequence.StandardKey.New,
                                             "new_event_action")
        self.new_site_action = self._action(self.tr("New &site…"), self.new_site, "Ctrl+Shift+N",
                                            "new_site_action")
        self.activity_actions = {
            kind: self._action(f"{vocabulary(kind)}…", partial(self.new_activity, kind), f"Ctrl+{number}",
                               f"new_{kind.value}_action")
            for number, kind in enumerate(ActivityKind, start=1)}
        self.edit_action = self._action(self.tr("&Edit event…"), self.edit_event, "Ctrl+E", "edit_event_action")
        self.edit_site_action = self._action(self.tr("Edit &site…"), self.edit_site, "Ctrl+Shift+E",
                                             "edit_site_action")
        self.delete_action = self._action(self.tr("&Delete event"), self.delete_event,
                                          QKeySequence.StandardKey.Delete, "delete_event_action")
        self.find_action = self._action(self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find,
                                        "find_action")
        self.open_action = self._action(self.tr("&Open database…"), self.open_database,
                                        QKeySequence.StandardKey.Open, "open_database_action")
        self.open_server_action = self._action(self.tr("Open a ser&ver database…"), self.open_server_database,
                                               None, "open_server_database_action")
        self.backup_action = self._action(self.tr("Back &up now"), self.backup_now, None, "backup_now_action")
        self.restore_action = self._action(self.tr("&Restore from backup…"), self.show_restore_dialog, None,
                                           "restore_action")
        # A server database is backed up with pg_dump (or as a package); it is restored with the server's tools.
        self.restore_action.setEnabled(self.database.path is not None)
        self.sample_action = self._action(self.tr("Load &sample data"), self.load_sample_data, None,
                                          "sample_data_action")
        self.import_action = self._action(self.tr("&Import spreadsheet or package…"), self.import_spreadsheet,
                                          "Ctrl+I", "import_action")
        self.template_action = self._action(self.tr("New spreadsheet &template…"), self.save_template, None,
                                            "template_action")
        self.export_actions = {
            key: self._action(translated("exports", export.menu), partial(self.export, key), None,
                              f"export_{key}_action")
            for key, export in FORMATS.items()}
        self.export_actions["report"].setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit, "quit_action")
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.setObjectName("undo_action")
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                                       QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("redo_action")
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addActions([self.new_event_action, self.new_site_action])
        self.activity_menu = QMenu(self.tr("New &activity"), self)
        self.activity_menu.addActions(list(self.activity_actions.values()))
        file_menu.addMenu(self.activity_menu)
        file_menu.addSeparator()
        file_menu.addActions([self.open_action, self.open_server_action])
        file_menu.addSeparator()
        file_menu.addActions([self.backup_action, self.restore_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.template_action])
        export_menu = file_menu.addMenu(self.tr("&Export"))
        export_menu.setObjectName("export_menu")
        export_menu.addActions(list(self.export_actions.values()))
        file_menu.addSeparator()
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.edit_site_action, self.delete_action, self.find_action])
        edit_menu.addSeparator()
        edit_menu.addMenu(self._photo_size_menu())
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(self._action(self.tr("&Dashboard"), self.show_dashboard, "Ctrl+D", "dashboard_action"))
        settings_menu = self.menuBar().addMenu(self.tr("&Settings"))
        settings_menu.setObjectName("settings_menu")
        settings_menu.addMenu(self._language_menu())
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About fieldlog"), self.show_about, None, "about_action"))

    def _photo_size_menu(self) -> QMenu:
        """Edit > Scale down new photos: off (the default, photos are kept as taken) or a longest side; the
        date and GPS position of a scaled-down photo are kept."""
        menu = QMenu(self.tr("Scale down &new photos"), self)
        menu.setObjectName("photo_size_menu")
        group = QActionGroup(menu)
        chosen = self.photo_max_side()
        for side in (None, *PHOTO_SIDES):
            action = menu.addAction(self.tr("Off: keep photos as taken") if side is None else
                                    self.tr("To {pixels} pixels on the longest side").format(
                                        pixels=format_number(side)))
            action.setCheckable(True)
            action.setChecked(side == chosen)
            action.setData(side or 0)
            group.addAction(action)
        group.triggered.connect(lambda action: self.settings.setValue(PHOTO_SIDE_KEY, int(action.data())))
        return menu

    def _language_menu(self) -> QMenu:
        """Settings > Language: the system's language, or one of the shipped ones named in its own words (so
        a reader of it finds it whatever the window speaks now). It applies from the next start."""
        menu = QMenu(self.tr("&Language"), self)
        menu.setObjectName("language_menu")
        group = QActionGroup(menu)  # exclusive: one language at a time
        chosen = chosen_language(self.settings)
        for code, name in (("", self.tr("System language")), *LANGUAGES.items()):
            action = menu.addAction(name)
            action.setObjectName(f"language_{code or 'system'}")
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
        group.triggered.connect(self._language_chosen)
        return menu

    def _language_chosen(self, action: QAction) -> None:
        """Remember the language chosen in the menu; every widget is built in it from the next start."""
        code = str(action.data() or "")
        choose_language(self.settings, code)
        if code:
            message = self.tr("fieldlog will be in {language} the next time it starts.").format(
                language=LANGUAGES[code])
        else:
            message = self.tr("fieldlog will follow the system's language the next time it starts.")
        self.statusBar().showMessage(message, 15000)

    def photo_max_side(self) -> int | None:
        """The longest side new photos are scaled down to, or None to keep them as taken."""
        try:
            side = int(self.settings.value(PHOTO_SIDE_KEY, 0) or 0)  # type: ignore[call-overload]
        except (TypeError, ValueError):
            return None
        return side if side in PHOTO_SIDES else None

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcome")
        text = QLabel(translated("main_window", EMPTY_TEXT), wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        text.setObjectName("welcome_text")
        text.setFixedWidth(560)
        self.empty_label = text
        self.welcome_new = QPushButton(self.tr("New event…"))
        self.welcome_new.setObjectName("welcome_new_event")
        self.welcome_new.setDefault(True)
        self.welcome_new.clicked.connect(self.new_event)
        self.welcome_sample = QPushButton(self.tr("Load sample data"))
        self.welcome_sample.setObjectName("welcome_sample_data")
        self.welcome_sample.clicked.connect(self.load_sample_data)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.welcome_new)
        buttons.addWidget(self.welcome_sample)
        buttons.addStretch(1)
        column = QVBoxLayout(page)
        column.addStretch(1)
        centred = QHBoxLayout()  # a layout, not an alignment flag, so the label keeps its height-for-width
        centred.addStretch(1)
        centred.addWidget(text)
        centred.addStretch(1)
        column.addLayout(centred)
        column.addSpacing(12)
        column.addLayout(buttons)
        column.addStretch(2)
        return page

    def _figure(self, key: str, caption: str) -> QWidget:
        value, label = QLabel("…"), QLabel(caption)
        value.setObjectName(f"figure_{key}")
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        value.setFont(font)
        palette = label.palette()
        palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
        label.setPalette(palette)
        self.figures[key] = value
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(value)
        column.addWidget(label)
        return box

    def _build_filters(self) -> QWidget:
        bar = QWidget()
        lines = QVBoxLayout(bar)
        lines.setContentsMargins(0, 0, 0, 0)
        lines.setSpacing(4)
        row = QHBoxLayout()
        lines.addLayout(row)
        lines.addWidget(self._build_narrowing())
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search events, sites, campaigns (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.campaign_filter = QComboBox()
        self.campaign_filter.setObjectName("campaign_filter")
        self.campaign_filter.setEditable(True)
        self.campaign_filter.setMinimumWidth(150)
        campaign_line = self.campaign_filter.lineEdit()
        assert campaign_line is not None
        campaign_line.setPlaceholderText(self.tr("Any campaign"))
        self.from_filter = DateField(object_name="from_filter", placeholder=self.tr("From"))
        self.to_filter = DateField(object_name="to_filter", placeholder=self.tr("To"))
        for field in (self.from_filter, self.to_filter):
            field.setMaximumWidth(150)
        self.country_filter = CountryField(object_name="country_filter")
        self.country_filter.setMinimumWidth(170)
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.setText(self.tr("Clear"))
        self.clear_filters_button.clicked.connect(self.clear_filters)
        for caption, widget, stretch in (("", self.search, 3), (self.tr("Campaign"), self.campaign_filter, 1),
                                         (self.tr("From"), self.from_filter, 0), (self.tr("To"), self.to_filter, 0),
                                         (self.tr("Country"), self.country_filter, 1)):
            if caption:
                label = QLabel(caption)
                label.setBuddy(widget)
                row.addWidget(label)
            row.addWidget(widget, stretch, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.clear_filters_button, 0, Qt.AlignmentFlag.AlignTop)
        self._filter_timer = QTimer(self, singleShot=True, interval=250)  # typing settles before a query
        self._filter_timer.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(lambda _text: self._filter_timer.start())
        self.campaign_filter.currentTextChanged.connect(lambda _text: self._filter_timer.start())
        for filter_field in (self.from_filter, self.to_filter, self.country_filter):
            filter_field.changed.connect(self._filter_timer.start)
        return bar

    def _build_narrowing(self) -> QWidget:
        """The line under the filter bar that says what a clicked dashboard bar narrowed the events to."""
        self.narrowing = SummaryFilter()  # only its kind, species and litter item count
        self.narrowing_bar = QFrame()
        self.narrowing_bar.setObjectName("narrowing_bar")
        self.narrowing_bar.setStyleSheet("#narrowing_bar { background: #e8f1ea; border: 1px solid #b9d3bf; "
                                         "border-radius: 4px; }")
        line = QHBoxLayout(self.narrowing_bar)
        line.setContentsMargins(8, 2, 2, 2)
        self.narrowing_label = QLabel()
        self.narrowing_label.setObjectName("narrowing_label")
        self.narrowing_label.setStyleSheet("border: none;")
        remove = QToolButton()
        remove.setObjectName("clear_narrowing")
        remove.setText(self.tr("Show all events"))
        remove.setToolTip(self.tr("Stop narrowing the events to this activity"))
        remove.setAutoRaise(True)
        remove.clicked.connect(lambda: self._narrow(SummaryFilter()))
        line.addWidget(self.narrowing_label, 1)
        line.addWidget(remove)
        self.narrowing_bar.hide()
        return self.narrowing_bar

    def _narrow(self, flt: SummaryFilter) -> None:
        """Narrow the events to the activity part of `flt` (kind, species, litter item), or stop narrowing."""
        self.narrowing = SummaryFilter(kind=flt.kind, species=flt.species, litter_item=flt.litter_item)
        self.narrowing_label.setText(self.tr("Showing only the events {activity}.").format(
            activity=activity_words(self.narrowing, window_language())) if self.narrowing.by_activity else "")
        self.narrowing_bar.setVisible(self.narrowing.by_activity)
        self.apply_filters()

    def _build_table(self, model: Any, name: str) -> QTableView:
        table = QTableView()
        table.setObjectName(name)
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        # No style sheet: it makes every paint of a long table several times slower.
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        # Rows of one fixed height: the view then never measures rows, however many pages are loaded.
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        return table

    def _build_workspace(self) -> QWidget:
        strip = QFrame()
        strip.setObjectName("totals")
        strip.setFrameShape(QFrame.Shape.StyledPanel)
        figures = QHBoxLayout(strip)
        figures.setContentsMargins(14, 8, 14, 8)
        figures.setSpacing(18)
        for key, caption in FIGURES:
            figures.addWidget(self._figure(key, figure_caption(caption)), 1)

        self.table = self._build_table(self.events_model, "events_table")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        header = self.table.horizontalHeader()
        header.setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        for column, width in enumerate((90, 220, 105, 140, 95, 88, 62)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)  # the event's name takes the spare room
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._event_chosen())
        self.table.doubleClicked.connect(lambda _index: self.edit_event())
        self.count_label = QLabel()
        self.count_label.setObjectName("count_label")
        self.no_match = QLabel(translated("main_window", NO_MATCH_TEXT), alignment=Qt.AlignmentFlag.AlignCenter)
        self.no_match.setObjectName("no_match")
        self.list_pages = QStackedWidget()
        self.list_pages.addWidget(self.table)
        self.list_pages.addWidget(self.no_match)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.list_pages, 1)
        left_column.addWidget(self.count_label)

        self.event_title = QLabel(self.tr("Choose an event to see what was done there."), wordWrap=True)
        self.event_title.setObjectName("event_title")
        self.event_title.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton(self.tr("Edit event…"))
        self.edit_button.setObjectName("edit_event_button")
        self.edit_button.clicked.connect(self.edit_event)
        self.add_button = QPushButton(self.tr("Add activity"))
        self.add_button.setObjectName("add_activity_button")
        self.add_button.setMenu(self.activity_menu)
        self.delete_button = QPushButton(self.tr("Delete event"))
        self.delete_button.setObjectName("delete_event_button")
        self.delete_button.clicked.connect(self.delete_event)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.activities_table = self._build_table(self.activities_model, "activities_table")
        activity_header = self.activities_table.horizontalHeader()
        activity_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        activity_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.activities_table.doubleClicked.connect(lambda _index: self.edit_activity())
        self.activities_table.selectionModel().currentRowChanged.connect(
            lambda _current, _previous: self._activity_chosen())
        self.edit_activity_button = QPushButton(self.tr("Edit activity…"))
        self.edit_activity_button.setObjectName("edit_activity_button")
        self.edit_activity_button.clicked.connect(self.edit_activity)
        self.delete_activity_button = QPushButton(self.tr("Delete activity"))
        self.delete_activity_button.setObjectName("delete_activity_button")
        self.delete_activity_button.clicked.connect(self.delete_activity)
        activity_buttons = QHBoxLayout()
        activity_buttons.addWidget(self.edit_activity_button)
        activity_buttons.addWidget(self.delete_activity_button)
        activity_buttons.addStretch(1)
        right = QWidget()
        right.setObjectName("event_detail")
        right_column = QVBoxLayout(right)
        right_column.setContentsMargins(6, 0, 0, 0)
        self.event_photos = PhotoStrip(self.runner, lambda: self.database, name="event_photos",
                                       noun=self.tr("event"),
                                       empty_hint=self.tr("Choose an event to see its photos."))
        self.activity_photos = PhotoStrip(self.runner, lambda: self.database, name="activity_photos",
                                          noun=self.tr("activity"), empty_hint=self.tr("Choose an activity in the list "
                                          "above to see its photos, or drop photo files on it to attach them."))
        for photo_strip in (self.event_photos, self.activity_photos):
            photo_strip.add_requested.connect(partial(self.choose_photos, photo_strip))
            photo_strip.files_dropped.connect(partial(self._photos_dropped_on, photo_strip))
            photo_strip.open_requested.connect(partial(self.open_photo_viewer, photo_strip))
        right_column.addWidget(self.event_title)
        right_column.addLayout(buttons)
        right_column.addWidget(self.event_photos)
        right_column.addSpacing(4)
        right_column.addWidget(self.activities_table, 1)
        right_column.addLayout(activity_buttons)
        right_column.addWidget(self.activity_photos)

        self.splitter = QSplitter()
        self.splitter.setObjectName("splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setChildrenCollapsible(False)

        page = QWidget()
        page_column = QVBoxLayout(page)
        page_column.setContentsMargins(10, 10, 10, 6)
        page_column.setSpacing(8)
        page_column.addWidget(strip)
        page_column.addWidget(self._build_filters())
        # The events list and the dashboard share the filter bar: a tab each.
        self.dashboard = DashboardView(self.runner, lambda: self.database)
        self.dashboard.filter_requested.connect(self._filter_from_dashboard)
        self.views = QTabWidget()
        self.views.setObjectName("views")
        self.views.setDocumentMode(True)
        self.views.addTab(self.splitter, self.tr("&Events"))
        self.views.addTab(self.dashboard, self.tr("&Dashboard"))
        # The dashboard has its own tiles: the events' totals above would only repeat them.
        self.views.currentChanged.connect(
            lambda _index: strip.setVisible(self.views.currentWidget() is not self.dashboard))
        page_column.addWidget(self.views, 1)
        self._update_buttons()
        return page

    # -- reading ----------------------------------------------------------------------------------

    def current_filter(self) -> SummaryFilter:
        """The filter the bar describes (fields that cannot be read count as blank)."""
        campaign = self.campaign_filter.currentText().strip() or None
        start = self.from_filter.value() if self.from_filter.problem() is None else None
        end = self.to_filter.value() if self.to_filter.problem() is None else None
        country = self.country_filter.value() if self.country_filter.problem() is None else None
        return SummaryFilter(campaign=campaign, date_from=start, date_to=end, country=country,
                             kind=self.narrowing.kind, species=self.narrowing.species,
                             litter_item=self.narrowing.litter_item)

    def apply_filters(self) -> None:
        """Show the events and totals for the filter bar (counted, sorted and filtered in SQL)."""
        self._filter_timer.stop()
        self.events_model.set_query(self.current_filter(), self.search.text())
        self._load_totals()
        if self.dashboard.flt != self.current_filter().by_groups():  # narrowing the events leaves it as it is
            self.dashboard.set_filter(self.current_filter().by_groups())

    def _filter_from_dashboard(self, flt: SummaryFilter) -> None:
        """A dashboard bar was clicked: put its filter in the bar and show the events it selects."""
        self.country_filter.set_value(flt.country)
        self.from_filter.set_value(flt.date_from)
        self.to_filter.set_value(flt.date_to)
        self._narrow(flt)
        self.views.setCurrentWidget(self.splitter)

    def show_dashboard(self) -> None:
        """Switch to the dashboard tab (or back to the events)."""
        self.views.setCurrentWidget(self.splitter if self.views.currentWidget() is self.dashboard else self.dashboard)

    def clear_filters(self) -> None:
        """Back to every event."""
        for filter_field in (self.from_filter, self.to_filter, self.country_filter):
            filter_field.clear()
        self.campaign_filter.setEditText("")
        self.search.clear()
        self._narrow(SummaryFilter())

    def focus_search(self) -> None:
        """Find: jump to the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        """Read the totals, the events and the open event again (after a change)."""
        self._totals_ready = self._events_ready = False
        self.events_model.set_query(self.current_filter(), self.search.text())
        self._load_totals()
        self.dashboard.set_filter(self.current_filter().by_groups())  # loads when the dashboard is shown
        self.runner.submit(self.records.campaigns, self._campaigns_loaded)  # after what the user waits for
        if self.current_event is not None:
            self._load_event(self.current_event.id)

    def _campaigns_loaded(self, campaigns: list[str]) -> None:
        text = self.campaign_filter.currentText()
        self.campaign_filter.blockSignals(True)
        self.campaign_filter.clear()
        self.campaign_filter.addItems(["", *campaigns])
        self.campaign_filter.setEditText(text)
        self.campaign_filter.blockSignals(False)

    def _load_totals(self) -> None:
        database, flt, text = self.database, self.current_filter(), self.search.text().strip() or None
        self.runner.submit(lambda: (summarize(database, flt, text),
                                    count_events(database) if flt != NO_FILTER or text else None),
                           self._show_totals, self._show_failure_error)

    def _show_totals(self, result: tuple[Summary, int | None]) -> None:
        summary, all_events = result  # all_events: only asked when a filter or search narrows the totals
        for key, text in headline(summary).items():
            self.figures[key].setText(text)
        self._any_events = (summary.events if all_events is None else all_events) > 0
        self._totals_ready = True
        self._maybe_loaded()

    def _events_shown(self) -> None:
        model = self.events_model
        shown, total = model.rowCount(), model.total
        filtered = model.filter != NO_FILTER or bool(model.text)
        events = self.tr("%Ln event(s) match the filter", "", total) if filtered else self.tr("%Ln event(s)", "", total)
        if shown < total:
            events = self.tr("{events}; scroll for more ({loaded} loaded)").format(events=events,
                                                                                  loaded=format_number(shown))
        self.count_label.setText(events)
        self.list_pages.setCurrentWidget(self.table if total else self.no_match)
        wanted = self._select_after_reload or (self.current_event.id if self.current_event else None)
        self._select_after_reload = None
        row = model.row_of(wanted) if wanted else None
        if row is None and total:
            row = 0
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(model.index(row, 0))
        else:
            self._show_event(None)
        self._events_ready = True
        self._maybe_loaded()

    def _maybe_loaded(self) -> None:
        if not (self._totals_ready and self._events_ready):
            return
        filtered = self.events_model.filter != NO_FILTER or bool(self.events_model.text)
        empty = not self._any_events and not filtered and self.events_model.total == 0
        self.pages.setCurrentWidget(self.welcome if empty else self.workspace)
        if not self.is_loaded:
            self.is_loaded = True
            self.loaded.emit()
            # SQLite's quick check reads every page (seconds for a big file): after the window is shown.
            self._check_for_damage()

    def _event_chosen(self) -> None:
        index = self.table.currentIndex()
        event_id = self.events_model.event_id(index.row()) if index.isValid() else None
        if event_id is None:
            self._show_event(None)
        elif self.current_event is None or self.current_event.id != event_id:
            self._load_event(event_id)

    def _load_event(self, event_id: uuid.UUID) -> None:
        records = self.records

        def work() -> tuple[Event, Site, list[Activity]]:
            event = records.get_event(event_id)
            return event, records.get_site(event.site_id), records.list_activities(event_id)

        self.runner.submit(work, self._show_event, lambda _error: self._show_event(None))

    def _show_event(self, loaded: tuple[Event, Site, list[Activity]] | None) -> None:
        chosen = self.activities_model.activity(self.activities_table.currentIndex().row())
        if loaded is None:
            self.current_event = self.current_site = None
            self.event_title.setText(self.tr("Choose an event to see what was done there."))
            self.activities_model.set_activities([])
            self.event_photos.show_record(None)
        else:
            event, site, activities = loaded
            self.current_event, self.current_site = event, site
            country = country_name(site.country_code, window_language())
            place = self.tr("{site}, {country}").format(site=site.name, country=country)
            facts = [self.tr("%Ln participant(s)", "", event.participants)]
            if event.volunteer_hours is not None:
                facts.append(self.tr("{hours} h").format(hours=format_number(event.volunteer_hours)))
            facts.append(self.tr("%Ln activity(-ies)", "", len(activities)))
            when_where = " · ".join([format_datetime(event.start.replace(second=0)), place,
                                     *([event.campaign] if event.campaign else [])])
            self.event_title.setText(f"<b style='font-size: large;'>{_html(event.event_name)}</b>"
                                     f"<br>{_html(when_where)}<br>{_html(' · '.join(facts))}")
            self.activities_model.set_activities(activities)
            self.event_photos.show_record(event.id)
            if chosen is not None and chosen.event_id == event.id:  # the same activity stays chosen
                row = next((n for n, a in enumerate(self.activities_model.activities) if a.id == chosen.id), None)
                if row is not None:
                    self.activities_table.selectRow(row)
        self._activity_chosen(reload=True)
        self._update_buttons()

    def _activity_chosen(self, reload: bool = False) -> None:
        activity = self.activities_model.activity(self.activities_table.currentIndex().row())
        if activity is None:
            self.activity_photos.show_record(None, self.tr("Photos of the activity"))
            return
        what = describe_activity(activity)[0] if activity.kind is not ActivityKind.LITTER_PICKUP else ""
        kind = vocabulary(activity.kind).lower()
        title = (self.tr("Photos of the {activity}: {what}").format(activity=kind, what=_elided(what)) if what
                 else self.tr("Photos of the {activity}").format(activity=kind))
        self.activity_photos.show_record(activity.id, title, reload=reload)

    def _update_buttons(self) -> None:
        chosen = self.current_event is not None
        for widget in (self.edit_button, self.delete_button, self.add_button, self.edit_activity_button,
                       self.delete_activity_button, self.edit_action, self.edit_site_action, self.delete_action):
            widget.setEnabled(chosen)

    def _reference_loaded(self, reference: EditorReference) -> None:
        first = self.reference is None
        self.reference = reference
        if first:
            # What is alive now (libraries, reference data, widgets) lives as long as the window. Out of
            # the cycle collector's sight, its full collections stay short: they had stalled scrolling
            # for 50-80 ms each. Objects frozen here are still freed when nothing refers to them.
            gc.freeze()

    # -- editing ----------------------------------------------------------------------------------

    def _open_dialog(self, dialog: RecordDialog) -> None:
        self.dialog = dialog
        dialog.saved.connect(self._record_saved)
        dialog.kept_theirs.connect(self._kept_theirs)
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()

    def _dialog_closed(self, dialog: RecordDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
        self.activateWindow()  # keyboard shortcuts work again at once

    def _read_reference(self) -> EditorReference:
        """The reference data (on the database thread: it reads files and warms the checks' caches)."""
        data = self.records.reference if isinstance(self.records.reference, ReferenceData) else ReferenceData()
        data.species_facts("", None)
        return EditorReference(data, checklist(), litter_categories())

    def _with_reference(self, then: Callable[[EditorReference], None]) -> None:
        """Run `then` once the reference data has loaded (it loads at start, on the database thread)."""
        if self.reference is not None:
            then(self.reference)
        else:
            def loaded(reference: EditorReference) -> None:
                self._reference_loaded(reference)
                then(reference)

            self.runner.submit(self._read_reference, loaded)

    def new_site(self) -> None:
        """Open the site editor for a new site."""
        self._with_reference(lambda reference: self._open_dialog(RecordDialog(
            SiteForm(reference.data), self.records.record_site, self.runner, title=self.tr("New site"),
            parent=self)))

    def edit_site(self) -> None:
        """Open the site editor on the chosen event's site (its country moves the event's totals)."""
        site = self.current_site
        if site is None:
            return
        self._with_reference(lambda reference: self._open_dialog(RecordDialog(
            SiteForm(reference.data), self.records.update, self.runner, title=self.tr("Edit site"), original=site,
            parent=self)))

    def new_event(self) -> None:
        """Open the event editor (a site comes first when there is none)."""
        records = self.records
        self.runner.submit(lambda: (records.list_sites(), records.campaigns()), self._open_event_editor)

    def _open_event_editor(self, loaded: tuple[list[Site], list[str]], original: Event | None = None) -> None:
        sites, campaigns = loaded
        if not sites:
            QMessageBox.information(self, self.tr("First, a site"), self.tr(
                "Events happen at a site. Describe the site first; the event editor opens after you save it."))
            self._after_site = True
            self.new_site()
            return
        form = EventForm(sites, campaigns=campaigns)
        if original is None and self.current_event is not None and self.current_event.site_id in {s.id for s in sites}:
            form.field("site_id").set_value(self.current_event.site_id)
            form.mark_clean()
        save = self.records.record_event if original is None else self.records.update
        title = self.tr("Edit event") if original else self.tr("New event")
        self._open_dialog(RecordDialog(form, save, self.runner, title=title, original=original, parent=self))

    def edit_event(self) -> None:
        """Open the editor on the chosen event."""
        event, records = self.current_event, self.records
        if event is None:
            return
        self.runner.submit(lambda: (records.list_sites(), records.campaigns()),
                           lambda loaded: self._open_event_editor(loaded, original=event))

    def new_activity(self, kind: ActivityKind) -> None:
        """Open the editor for a new activity of `kind` at the chosen event."""
        if self.current_event is None:
            self.statusBar().showMessage(self.tr("Choose the event first: activities belong to an event."), 5000)
            return
        self._open_activity_editor(kind, None)

    def edit_activity(self) -> None:
        """Open the editor on the chosen activity."""
        activity = self.activities_model.activity(self.activities_table.currentIndex().row())
        if activity is not None:
            self._open_activity_editor(activity.kind, activity)

    def _open_activity_editor(self, kind: ActivityKind, original: Activity | None) -> None:
        event, site = self.current_event, self.current_site

        def open_with(reference: EditorReference) -> None:
            form = activity_form(kind, event, site, reference=reference.data, checklist=reference.checklist,
                                 litter_categories=reference.litter_categories)
            save = self.records.record_activity if original is None else self.records.update
            label = vocabulary(kind).lower()
            title = (self.tr("Edit {activity}") if original else self.tr("New {activity}")).format(activity=label)
            self._open_dialog(RecordDialog(form, save, self.runner, title=title, original=original, parent=self))

        self._with_reference(open_with)

    def _record_saved(self, saved: Saved[Any], original: Any) -> None:
        record, records = saved.record, self.records
        noun = self.noun(record)
        command: QUndoCommand
        if original is None:
            command = ChangeCommand(self, self.tr("add {record}").format(record=noun),
                                    partial(records.restore, record.id), partial(records.delete, record.id))
        else:
            command = EditCommand(self, self.tr("edit {record}").format(record=noun), original, record)
        self.undo_stack.push(command)
        if isinstance(record, Event):
            self._select_after_reload = record.id
        if isinstance(record, Site) and self._after_site:
            self._after_site = False
            QTimer.singleShot(0, self.new_event)
        self.statusBar().showMessage(self.tr("Saved the {record}.").format(record=noun), 4000)
        self.refresh()

    def _kept_theirs(self, stored: Any) -> None:
        """The user dropped an edit for the version someone else saved: show theirs."""
        when = local_time(stored.updated_at) if stored.updated_at else ""
        self.statusBar().showMessage(self.tr("Kept the {record} as someone else saved it {when}; your changes were "
                                             "not saved.").format(record=self.noun(stored), when=when), 8000)
        if isinstance(stored, Event):
            self._select_after_reload = stored.id
        self.refresh()

    def noun(self, record: Any) -> str:
        """How the window names a record's kind in a sentence: "event", "site", or the activity's kind."""
        if isinstance(record, Activity):
            return vocabulary(record.kind).lower()
        return self.tr("site") if isinstance(record, Site) else self.tr("event")

    def delete_event(self) -> None:
        """Delete the chosen event and its activities, after asking (undo brings them back)."""
        event = self.current_event
        if event is None:
            return
        count = self.activities_model.rowCount()
        if count:
            question = self.tr("Delete “{event}” and its %Ln activity(-ies)?\n\nEdit > Undo brings it back.", "",
                               count).format(event=event.event_name)
        else:
            question = self.tr("Delete “{event}”?\n\nEdit > Undo brings it back.").format(event=event.event_name)
        if QMessageBox.question(self, self.tr("Delete event?"), question) != QMessageBox.StandardButton.Yes:
            return
        self._delete(event.id, self.tr("delete event “{event}”").format(event=event.event_name))

    def delete_activity(self) -> None:
        """Delete the chosen activity, after asking (undo brings it back)."""
        activity = self.activities_model.activity(self.activities_table.currentIndex().row())
        if activity is None:
            return
        noun = self.noun(activity)
        if QMessageBox.question(self, self.tr("Delete activity?"), self.tr(
                "Delete this {activity}?\n\nEdit > Undo brings it back.").format(activity=noun)) \
                != QMessageBox.StandardButton.Yes:
            return
        self._delete(activity.id, self.tr("delete {activity}").format(activity=noun))

    def _delete(self, record_id: uuid.UUID, text: str) -> None:
        records = self.records

        def deleted(_result: object) -> None:
            self.undo_stack.push(ChangeCommand(self, text, partial(records.delete, record_id),
                                               partial(records.restore, record_id)))
            self.statusBar().showMessage(self.tr("Deleted. Edit > Undo brings it back."), 6000)
            self.refresh()

        self.runner.submit(partial(records.delete, record_id), deleted, self._show_failure_error)

    def replay_edit(self, command: EditCommand, target: Any, *, expected: Any, verb: str,
                    overwrite: bool = False) -> None:
        """Save `target` for an undo or redo of an edit; ask first when someone else changed the record."""
        records, stamp = self.records, command.stamp

        def done(saved: Saved[Any]) -> None:
            command.stamp = saved.record.updated_at
            self.refresh()

        def failed(error: BaseException) -> None:
            if isinstance(error, EditConflict):
                self._ask_about_replay(command, target, expected, verb, error)
                return
            self.undo_stack.clear()  # the stack no longer matches the database
            self._show_failure_error(error)
            self.refresh()

        self.runner.submit(partial(replay, records, target, expected, stamp, overwrite=overwrite), done, failed)

    def _ask_about_replay(self, command: EditCommand, target: Any, expected: Any, verb: str,
                          conflict: EditConflict) -> None:
        noun, undoing = self.noun(conflict.stored), verb == "undo"
        text = conflict_text(conflict, expected, since=self.tr("since your edit"))
        details = (self.tr("Undo anyway: put back your version, replacing their changes.\nKeep theirs: leave the "
                           "{record} as they saved it (the undo history starts afresh).") if undoing else
                   self.tr("Redo anyway: put back your version, replacing their changes.\nKeep theirs: leave the "
                           "{record} as they saved it (the undo history starts afresh).")).format(record=noun)
        mine = self.tr("Undo anyway") if undoing else self.tr("Redo anyway")
        self.conflict_question = question = ConflictQuestion(self, text, details, mine=mine, cancel=False)

        def answered(choice: Choice) -> None:
            self.conflict_question = None
            question.deleteLater()
            if choice is Choice.OVERWRITE:
                self.replay_edit(command, target, expected=expected, verb=verb, overwrite=True)
                return
            # The stack already moved past this command; replaying the rest over their version would
            # only ask again, so it starts afresh.
            self.undo_stack.clear()
            kept = (self.tr("Kept the {record} as someone else saved it; nothing was undone.") if undoing else
                    self.tr("Kept the {record} as someone else saved it; nothing was redone."))
            self.statusBar().showMessage(kept.format(record=noun), 8000)
            self.refresh()

        question.answered.connect(answered)
        question.open()

    def run_change(self, change: Callable[[], object]) -> None:
        """Replay an undo or redo on the database thread, then show the result."""
        def failed(error: BaseException) -> None:
            self.undo_stack.clear()  # the stack no longer matches the database
            self._show_failure_error(error)
            self.refresh()

        self.runner.submit(change, lambda _result: self.refresh(), failed)

    def load_sample_data(self) -> None:
        """Fill the database with the sample events (with progress and Cancel)."""
        records = self.records

        def loaded(stored: int) -> None:
            self.statusBar().showMessage(self.tr("Loaded %Ln sample record(s).", "", stored), 6000)
            self.refresh()

        self.runner.submit_long(self, self.tr("Loading sample data…"),
                                lambda progress, cancel: fill_demo_data(records, SAMPLE_EVENTS, progress=progress,
                                                                        cancel=cancel),
                                loaded, self._show_failure_error)

    def open_database(self) -> None:
        """Open another database file in a new window (this one closes); the folder is remembered."""
        start = str(self.settings.value(LAST_FOLDER_KEY, "") or (self.database.path.parent if self.database.path
                                                                 else Path.home()))
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Open a fieldlog database"), start,
                                                      self.tr("fieldlog databases (*.db *.sqlite);;All files (*)"))
        if not chosen:
            if self._lost is not None:
                self._offer_damaged()  # this window has no database left: back to the choices
            return
        self.settings.setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
        self.statusBar().showMessage(self.tr("Opening {database}…").format(database=chosen))
        # With its writer's lock (a second fieldlog on the file is refused); the new window runs the
        # quick check itself once it is shown.
        self.runner.submit(partial(safety.open_for_command, chosen, writer=True, quick_check=False),
                           self._switch_to, partial(self._open_refused, Path(chosen)))

    def open_server_database(self) -> None:
        """Ask for a PostgreSQL database's URL and open it in a new window (this one closes).

        A refusal (server down, wrong password, not a fieldlog database) leaves this window on its database.
        """
        last = str(self.settings.value(LAST_SERVER_KEY, "") or "")
        typed, accepted = QInputDialog.getText(
            self, self.tr("Open a server database"),
            self.tr("The database's URL, as your coordinator or server administrator gave it, for example\n"
                    "{example}\n\n"
                    "Keep the password out of it: fieldlog reads it from ~/.pgpass or PGPASSWORD, as every\n"
                    "PostgreSQL program does.").format(example=SERVER_URL_EXAMPLE),
            QLineEdit.EchoMode.Normal, last or "postgresql+psycopg://")
        typed = typed.strip()
        if not accepted or not typed or typed == "postgresql+psycopg://":
            return
        try:
            remembered = without_password(typed)
        except FieldlogError as error:
            QMessageBox.warning(self, self.tr("Database not opened"), str(error))
            return
        self.settings.setValue(LAST_SERVER_KEY, remembered)
        self.statusBar().showMessage(self.tr("Opening {database}…").format(database=remembered))
        self.runner.submit(partial(safety.open_for_command, typed, writer=True, quick_check=False),
                           self._switch_to, partial(self._open_refused, None))

    def _open_refused(self, path: Path | None, error: BaseException) -> None:
        self.statusBar().clearMessage()
        if isinstance(error, DatabaseMovedAside) and path is not None:  # that file was damaged: set aside
            self.runner.submit(partial(backup_facts, error.backup),
                               lambda backup: self._offer_damaged(error, backup, path))
            return
        if isinstance(error, DatabaseInUse):
            QMessageBox.warning(self, self.tr("fieldlog is already open"), str(error))
        else:
            QMessageBox.warning(self, self.tr("Database not opened"), describe_failure(error))
        if self._lost is not None:
            self._offer_damaged()

    def _switch_to(self, database: Database) -> None:
        successor = MainWindow(database, self.settings)
        successor.owns_database = True
        successor.show()
        self.successor = successor  # kept alive by this (closed, not deleted) window
        self.close()  # closing this window's database gives back its lock

    # -- importing --------------------------------------------------------------------------------

    def _start_folder(self) -> str:
        return str(self.settings.value(LAST_FOLDER_KEY, "") or (self.database.path.parent if self.database.path
                                                                else Path.home()))

    def import_spreadsheet(self) -> None:
        """Choose a spreadsheet (.xlsx, .csv) or an exchange package (.fieldlog) and open the import window on
        it; the folder is remembered."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Import a spreadsheet or an exchange package"), self._start_folder(),
            self.tr("Spreadsheets and packages (*.xlsx *.xlsm *.csv *.tsv *.txt *.fieldlog);;All files (*)"))
        if chosen:
            self.settings.setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
            self.open_import(Path(chosen))

    def open_import(self, path: Path) -> ImportDialog | MergeDialog | None:
        """Open the import window on `path` (one at a time): a spreadsheet's, or a package's merge window."""
        if self.import_dialog is not None:
            self.import_dialog.raise_()
            self.import_dialog.activateWindow()
            self.statusBar().showMessage(self.tr("Finish or close the import that is open first."), 6000)
            return None
        dialog: ImportDialog | MergeDialog
        if is_package_file(path):
            dialog = MergeDialog(path, self.database, self.runner, self)
            dialog.merged.connect(self._merged)
        else:
            dialog = ImportDialog(path, self.database, self.runner, self.settings, self)
            dialog.imported.connect(self._imported)
        self.import_dialog = dialog
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        dialog.open()
        if isinstance(dialog, MergeDialog):
            dialog.start()
        return dialog

    def _imported(self, result: Any) -> None:
        self.statusBar().showMessage(self.tr("Imported: {added} added, {updated} updated.").format(
            added=format_number(result.added), updated=format_number(result.updated)), 8000)
        self.refresh()

    def _merged(self, result: Any) -> None:
        self.statusBar().showMessage(self.tr("Merged: {summary}").format(summary=" ".join(result.summary_lines()[:1])),
                                     8000)
        self.refresh()

    def _import_closed(self, dialog: ImportDialog | MergeDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.deleteLater()
        self.activateWindow()

    @staticmethod
    def dropped_spreadsheet(mime: QMimeData) -> Path | None:
        """The one local spreadsheet or package file a drag carries, if it carries one."""
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        if len(files) != 1:
            return None
        return files[0] if is_spreadsheet(files[0]) or is_package_file(files[0]) else None

    def dropped_photos(self, mime: QMimeData) -> list[Path]:
        """The photo files a drag carries, when an event is shown to attach them to."""
        if self.current_event is None or not mime.hasUrls() or self.dropped_spreadsheet(mime) is not None:
            return []
        return picture_files(Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile())

    def _accept_drag(self, event: QDropEvent) -> None:
        if self.dropped_spreadsheet(event.mimeData()) is not None or self.dropped_photos(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a spreadsheet file, or photos when an event is shown, dragged over the window."""
        self._accept_drag(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting the spreadsheet or the photos while they move over the window."""
        self._accept_drag(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A spreadsheet dropped on the window opens the import window on it; photos are attached to the
        event shown (dropped on the activity's photo strip, to the activity)."""
        path = self.dropped_spreadsheet(event.mimeData())
        photos = self.dropped_photos(event.mimeData())
        if path is None and not photos:
            event.ignore()
            return
        event.acceptProposedAction()
        if path is None:
            QTimer.singleShot(0, lambda: self._photos_dropped_on(self.event_photos, photos))
            return
        self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        QTimer.singleShot(0, lambda: self.open_import(path))  # after the drag has finished

    # -- photos -----------------------------------------------------------------------------------

    def _photos_dropped_on(self, photo_strip: PhotoStrip, files: list[Path]) -> None:
        if photo_strip.record_id is None:
            self.statusBar().showMessage(self.tr("Choose an activity first, then drop its photos on its strip."),
                                         8000)
            return
        self.attach_photo_files(files, photo_strip.record_id)

    def choose_photos(self, photo_strip: PhotoStrip) -> None:
        """Pick photo files (several at once) and attach them to the strip's record; the folder is remembered."""
        if photo_strip.record_id is None:
            return
        title = (self.tr("Attach photos to the event") if photo_strip is self.event_photos else
                 self.tr("Attach photos to the activity"))
        chosen, _filter = QFileDialog.getOpenFileNames(self, title, self._start_folder(), PICKER_FILTER)
        if chosen:
            self.settings.setValue(LAST_FOLDER_KEY, str(Path(chosen[0]).parent))
            self.attach_photo_files([Path(name) for name in chosen], photo_strip.record_id)

    def attach_photo_files(self, paths: list[Path], record_id: uuid.UUID | None = None) -> QProgressDialog | None:
        """Attach files to an event or activity (default: the event shown) on the database thread, with
        progress and Cancel; each photo appears in the strip as soon as it is stored. Files that are not
        readable photos are listed afterwards; an activity without a date or position is offered its
        photos' EXIF date and position."""
        if record_id is None:
            record_id = self.current_event.id if self.current_event is not None else None
        if record_id is None or not paths:
            return None
        if self.attach_progress is not None:
            self.statusBar().showMessage(self.tr("Photos are being attached: wait until that is done."), 6000)
            return None
        photo_strip = self.activity_photos if record_id == self.activity_photos.record_id else self.event_photos
        database, records, max_side = self.database, self.records, self.photo_max_side()
        relay = AttachRelay(self)
        relay.attached.connect(lambda photo: self._photo_attached(photo))

        def finished(outcome: AttachOutcome | None, error: BaseException | None = None) -> None:
            self.attach_progress = None
            relay.deleteLater()
            if error is not None:
                self._show_failure_error(error)
                return
            assert outcome is not None
            self._photos_attached(outcome)

        attaching = self.tr("Attaching %Ln photo(s)…", "", len(paths))
        self.statusBar().showMessage(attaching)
        self.attach_progress = self.runner.submit_long(
            self, attaching,
            lambda progress, cancel: attach_files(database, records, record_id, paths, relay, progress, cancel,
                                                  max_side=max_side),
            finished, lambda error: finished(None, error))
        if photo_strip.record_id == record_id:
            photo_strip.setFocus()
        return self.attach_progress

    def _photo_attached(self, photo: Photo) -> None:
        for photo_strip in (self.event_photos, self.activity_photos):
            if photo_strip.record_id == photo.record_id:
                photo_strip.add_photos([photo])

    def _photos_attached(self, outcome: AttachOutcome) -> None:
        self.statusBar().showMessage(attach_report(outcome), 10000)
        if outcome.refused or outcome.stopped:
            title = (self.tr("Some files were not attached") if outcome.attached or outcome.already else
                     self.tr("Nothing attached"))
            QMessageBox.warning(self, title, problems_text(outcome))
        activity, offer = outcome.activity, outcome.offer
        if activity is None or offer is None or offer.empty:
            return
        if QMessageBox.question(self, self.tr("Use the photo's date and place?"), offer_text(offer, activity)) \
                != QMessageBox.StandardButton.Yes:
            return
        database, records = self.database, self.records

        def filled(result: tuple[photo_service.ExifOffer, Saved[Activity] | None]) -> None:
            saved = result[1]
            if saved is None:
                return
            noun = self.noun(activity)
            # Only empty fields were filled: undo empties them again, whatever else the activity holds now.
            offered = result[0]
            filled_in: dict[str, Any] = {**({"date": None} if offered.date is not None else {}),
                         **({"latitude": None, "longitude": None} if offered.latitude is not None else {})}
            self.undo_stack.push(EditCommand(self, self.tr("fill {activity} from photo").format(activity=noun),
                                             dataclasses.replace(saved.record, **filled_in), saved.record))
            self.statusBar().showMessage(self.tr("The {activity} now has the photo's date and position.").format(
                activity=noun), 8000)
            self.refresh()

        self.runner.submit(partial(photo_service.fill_from_exif, database, activity.id, records), filled,
                           self._show_failure_error)

    def open_photo_viewer(self, photo_strip: PhotoStrip, row: int) -> PhotoViewer | None:
        """Show the strip's photos from `row` on in the viewer."""
        if not photo_strip.photos or not 0 <= row < len(photo_strip.photos):
            return None
        previous = self.photo_viewer
        if previous is not None and previous.isVisible():
            previous.show_photo(row)
            return previous
        if previous is not None and not previous.saving:
            previous.deleteLater()
        viewer = PhotoViewer(photo_strip.photos, row, self.runner, lambda: self.database,
                             record_noun=photo_strip.noun, parent=self)
        viewer.changed.connect(photo_strip.update_photo)
        viewer.removed.connect(photo_strip.remove_photo)
        self.photo_viewer = viewer
        viewer.open()
        return viewer

    def save_template(self) -> None:
        """Write the coordinator's spreadsheet template where the user chooses; the folder is remembered."""
        start = str(Path(self._start_folder()) / "fieldlog-template.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the spreadsheet template"), start,
                                                      self.tr("Excel workbooks (*.xlsx)"))
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix.lower() == ".xlsx" else Path(chosen + ".xlsx")
        self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        self.statusBar().showMessage(self.tr("Writing the template to {file}…").format(file=path))

        def failed(error: BaseException) -> None:
            words = f"{error.strerror or error}" if isinstance(error, OSError) else describe_failure(error)
            self.statusBar().showMessage(self.tr("The template was not saved."), 8000)
            QMessageBox.warning(self, self.tr("Template not saved"), self.tr(
                "The template could not be written to {file}: {reason}").format(file=path, reason=words))

        saved = self.tr("Saved the template to {file}.").format(file=path)
        language = window_language()  # the template speaks the window's language
        self.runner.submit(lambda: write_template(path, language),
                           lambda _result: self.statusBar().showMessage(saved, 8000), failed)

    # -- exporting --------------------------------------------------------------------------------

    def export(self, key: str) -> ExportDialog | None:
        """Ask what and where (the window's filter, personal data, the file), then write the export in the
        background with a progress bar and Cancel; the file appears only when complete."""
        dialog = ExportDialog(FORMATS[key], self.current_filter(), Path(self._start_folder()), self)
        dialog.accepted.connect(lambda: self._run_export(key, dialog.path(), dialog.options()))
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
        return dialog

    def _run_export(self, key: str, path: Path, options: ExportOptions) -> None:
        export = FORMATS[key]
        self.settings.setValue(LAST_FOLDER_KEY, str(path if export.folder else path.parent))
        database, title = self.database, translated("exports", export.title)
        self.statusBar().showMessage(self.tr("Writing {export} to {file}…").format(export=title, file=path))

        def written(result: ExportResult) -> None:
            self.statusBar().showMessage(self.tr("Wrote {export} to {file} (%Ln record(s)).", "", result.records)
                                         .format(export=title, file=result.path), 10000)
            self.last_export = result

        def failed(error: BaseException) -> None:
            if isinstance(error, FieldlogError) and "Cancelled" in str(error):
                self.statusBar().showMessage(self.tr("Export cancelled: no file was written."), 8000)
                return
            self.statusBar().showMessage(self.tr("{export} was not written.").format(export=title[:1].upper()
                                                                                      + title[1:]), 10000)
            QMessageBox.warning(self, self.tr("Export not written"), describe_failure(error))

        self.runner.submit_long(self, self.tr("Writing {export}…").format(export=title),
                                lambda progress, cancel: run_export(database, key, path, options,
                                                                    progress=progress, cancel=cancel),
                                written, failed)

    # -- backups and restoring --------------------------------------------------------------------

    def backup_now(self) -> None:
        """Back the database up now, on the task runner; the status bar says where the backup went."""
        database = self.database

        def failed(error: BaseException) -> None:
            self.statusBar().showMessage(self.tr("The backup was not made."), 10000)
            QMessageBox.warning(self, self.tr("Backup not made"), self.tr(
                "{reason}\n\nThe database itself was not changed.").format(reason=describe_failure(error)))

        def made(backup: object) -> None:
            self.statusBar().showMessage(self.tr("Backed up to {backup}.").format(backup=backup), 15000)

        self.statusBar().showMessage(self.tr("Backing up…"))
        self.runner.submit(partial(maintenance.backup_now, database), made, failed)

    def automatic_backup(self) -> None:
        """The 30-minute timer's backup, on the task runner: only when something was saved since the last one."""
        if self._replacing or self._database_closed or self.database.path is None:
            return
        database = self.database

        def done(made: Path | None) -> None:
            if made is not None:
                self.statusBar().showMessage(self.tr("Backed up automatically to {file}.").format(file=made.name),
                                             8000)

        def failed(error: BaseException) -> None:
            # Every 30 minutes: a line in the status bar, not a box that interrupts someone typing.
            self.statusBar().showMessage(self.tr("The automatic backup failed: {reason}").format(
                reason=describe_failure(error)), 60000)

        self.runner.submit(partial(maintenance.backup_if_changed, database, "automatic"), done, failed)

    def show_restore_dialog(self) -> RestoreDialog | None:
        """List the database's backups, newest first; Restore (after asking) replaces the database with one."""
        path = self.database.path
        if path is None or self._database_closed:
            return None
        if self.restore_dialog is not None:
            self.restore_dialog.raise_()
            return self.restore_dialog
        dialog = RestoreDialog(path, self.runner, self)
        dialog.restore_requested.connect(self._restore_chosen)
        dialog.finished.connect(lambda _result: self._restore_dialog_closed(dialog))
        self.restore_dialog = dialog
        dialog.open()
        dialog.load()
        return dialog

    def _restore_dialog_closed(self, dialog: RestoreDialog) -> None:
        if self.restore_dialog is dialog:
            self.restore_dialog = None
        dialog.deleteLater()

    def _restore_chosen(self, info: BackupInfo) -> None:
        # Checked before asking: a damaged or foreign file is refused while the database is still open.
        def refused(error: BaseException) -> None:
            QMessageBox.warning(self.restore_dialog or self, self.tr("Backup not restored"), describe_failure(error))

        self.runner.submit(partial(safety.verify_backup, info.path), self._confirm_restore, refused)

    def _confirm_restore(self, info: BackupInfo) -> None:
        parent = self.restore_dialog or self
        question = self.tr(
            "Restore the backup of {backup}?\n\nThe database is replaced by it: anything saved after that backup "
            "is taken out.\n\nThe current database is backed up first (as “Before a restore”), so File > Restore "
            "from backup… can bring it back.").format(backup=describe_backup(info))
        if QMessageBox.question(parent, self.tr("Restore this backup?"), question) != QMessageBox.StandardButton.Yes:
            return
        if self.restore_dialog is not None:
            self.restore_dialog.accept()
        self.restore(info.path)

    def restore(self, backup: Path) -> None:
        """Replace the database with a backup, then show the restored records in a new window.

        On the task runner, after the work queued before it: close the database (the restore needs the file
        to itself), restore, open the restored file. A failure leaves the database as it was, open again.
        """
        path, database = self.database.path, self.database
        if path is None:
            return
        if self.dialog is not None or self.import_dialog is not None:
            QMessageBox.information(self, self.tr("Restore later"), self.tr(
                "Finish or close the editor or import that is open, then restore the backup."))
            return
        self._begin_replacing(self.tr("Restoring the backup…"))
        records, closed = self.records, self._stand_in()

        def work() -> Restored:
            records.database = closed  # only now: the tasks queued before this one had the database itself
            database.close()
            try:
                result = safety.restore_backup(path, backup)
            except Exception:
                database.hold = safety.hold_for_window(path)  # not restored: carry on with it, locked again
                records.database = database
                raise
            return open_restored(result)

        self.runner.submit(work, self._restored, partial(self._restore_failed, database))

    def _stand_in(self) -> ClosedDatabase:
        """Put a ClosedDatabase in the window in place of its database, for the work asked from now on."""
        closed = ClosedDatabase(self.database)
        self.database = closed
        self._database_closed = True
        return closed

    def _take_back(self, database: Database) -> None:
        """Carry on with `database` after all (a restore or move-aside that did not happen)."""
        self.database = self.records.database = database
        self._database_closed = False

    def _begin_replacing(self, text: str) -> None:
        self._replacing = True
        self.backup_timer.stop()
        busy = QProgressDialog(text, "", 0, 0, self)
        busy.setObjectName("busy_dialog")
        busy.setWindowTitle(APP_NAME)
        busy.setCancelButton(None)  # a restore is one atomic swap: there is no half-way to stop at
        busy.setWindowModality(Qt.WindowModality.WindowModal)
        busy.setMinimumDuration(0)
        busy.setMinimumWidth(380)
        busy.show()
        self._busy = busy

    def restored_message(self, result: RestoreResult, pictures: photo_service.PhotoRestore) -> str:
        """What a restore did, in words: the records, and the pictures brought back or missing."""
        # A method, not a module function: pyside6-lupdate records plural forms for tr() only, not translate().
        text = restored_text(result)
        if pictures.recovered:
            text += "\n\n" + self.tr("%Ln photo(s) copied back into the photo store from the photo backup.", "",
                                      pictures.recovered)
        if pictures.missing:
            files = "; ".join(pictures.missing[:5]) + ("; …" if len(pictures.missing) > 5 else "")
            text += "\n\n" + self.tr("%Ln photo(s) of the restored records cannot be found: {files}", "",
                                      len(pictures.missing)).format(files=files)
        return text

    def _end_replacing(self) -> None:
        self._replacing = False
        if self._busy is not None:
            self._busy.close()
            self._busy.deleteLater()
            self._busy = None
        if not self._database_closed and self.database.path is not None:
            self.backup_timer.start()

    def _restored(self, outcome: Restored) -> None:
        result, database, pictures = outcome
        self._end_replacing()
        self._switch_to(database)
        successor = self.successor
        assert successor is not None
        successor.statusBar().showMessage(self.tr("Restored {backup}.").format(backup=result.restored.path.name),
                                          15000)
        QMessageBox.information(successor, self.tr("Backup restored"), self.restored_message(result, pictures))

    def _restore_failed(self, database: Database, error: BaseException) -> None:
        if self.records.database is database:  # locked again, as it was
            self._take_back(database)
        self._end_replacing()
        if self._database_closed:  # restored but not opened, or its lock was taken meanwhile
            QMessageBox.critical(self, self.tr("Backup not restored"), self.tr(
                "{reason}\n\nThis window closes.").format(reason=describe_failure(error)))
            self.close()
            return
        QMessageBox.warning(self, self.tr("Backup not restored"), self.tr(
            "{reason}\n\nThe database is open as it was.").format(reason=describe_failure(error)))
        self.refresh()

    # -- a damaged database -----------------------------------------------------------------------

    def _damage_found(self, error: BaseException) -> None:
        """The quick check after opening found damage: set the file aside, then offer its newest good backup."""
        path, database = self.database.path, self.database
        if self._replacing or self._database_closed:
            return
        if not isinstance(error, DamagedDatabase) or path is None:
            QMessageBox.critical(self, self.tr("The database could not be checked"), describe_failure(error))
            return
        self._begin_replacing(self.tr("The database is damaged: keeping the damaged file aside…"))
        records, closed = self.records, self._stand_in()

        def work() -> tuple[DamagedDatabase, BackupInfo | None]:
            records.database = closed
            database.close()  # setting the file aside needs it to itself, this process included
            found = safety.set_aside_damaged(path, error)
            if isinstance(found, DatabaseMovedAside):
                return found, backup_facts(found.backup)
            database.hold = safety.hold_for_window(path)  # not moved (a reader has it): carry on with it
            records.database = database
            return found, None

        self.runner.submit(work, partial(self._set_aside, database), self._set_aside_failed)

    def _set_aside(self, database: Database, outcome: tuple[DamagedDatabase, BackupInfo | None]) -> None:
        found, backup = outcome
        if not isinstance(found, DatabaseMovedAside):
            self._take_back(database)
            self._end_replacing()
            QMessageBox.critical(self, self.tr("The database file is damaged"), self.tr(
                "{reason}\n\nRecords that cannot be read may be missing. File > Restore from backup… replaces the "
                "database with a backup (the damaged file is kept), or close fieldlog and open it again to have the "
                "damaged file set aside and its newest backup offered.").format(reason=describe_failure(found)))
            return
        self._end_replacing()
        self._lost = (found, backup)
        self.setWindowTitle(self.tr("fieldlog — {database} (damaged, set aside)").format(
            database=self.database.display_name))
        self.pages.setEnabled(False)
        for action in self.actions():
            action.setEnabled(action in (self.open_action, self.quit_action))
        self._offer_damaged()

    def _set_aside_failed(self, error: BaseException) -> None:
        self._end_replacing()
        QMessageBox.critical(self, self.tr("The database file is damaged"), self.tr(
            "{reason}\n\nThis window closes; open fieldlog again to have the damaged file set aside.").format(
                reason=describe_failure(error)))
        self.close()

    def _offer_damaged(self, error: DatabaseMovedAside | None = None, backup: BackupInfo | None = None,
                       path: Path | None = None) -> None:
        """The damaged-database dialog: this window's own file (set aside), or a file Open database… found
        damaged (then Close keeps this window as it is)."""
        own = error is None
        if error is None:
            if self._lost is None:
                return
            error, backup = self._lost
            path = self.database.path
        assert path is not None
        dialog = DamagedDialog(error, backup, self, quit_text=self.tr("Quit fieldlog") if own else self.tr("Close"))
        self.damage_dialog = dialog

        def chosen(_result: int) -> None:
            self.damage_dialog = None
            dialog.deleteLater()
            if dialog.choice == DamagedDialog.RESTORE and backup is not None:
                self._restore_damaged(path, error, backup)
            elif dialog.choice == DamagedDialog.OPEN:
                self.open_database()
            elif own:
                self.close()

        dialog.finished.connect(chosen)
        dialog.open()

    def _restore_damaged(self, path: Path, error: DatabaseMovedAside, backup: BackupInfo) -> None:
        def failed(failure: BaseException) -> None:
            self._end_replacing()
            QMessageBox.warning(self, self.tr("Backup not restored"), describe_failure(failure))
            self._offer_damaged(None if self._lost else error, backup, path)

        self._begin_replacing(self.tr("Restoring the backup…"))
        self.runner.submit(partial(restore_and_open, path, backup.path), self._restored, failed)

    # -- the rest ---------------------------------------------------------------------------------

    def _check_for_damage(self) -> None:
        """Run SQLite's quick check once per window, on the task runner; damage goes to `_damage_found`."""
        if self._damage_checked:
            return
        self._damage_checked = True
        self.runner.submit(self.database.quick_check, failed=self._damage_found)
        # Fault catalogue row 39: a database on a network share or a USB stick is said once, in plain words.
        self.runner.submit(partial(safety.storage_notice, self.database), self._warn_about_storage)
        # Fault catalogue row 2: an import or merge cut off last time (it rolled back by itself) is said once.
        self.runner.submit(partial(safety.unfinished_notice, self.database), self._tell_unfinished)

    def _warn_about_storage(self, notice: str | None) -> None:
        if notice:
            QMessageBox.warning(self, self.tr("Database on a network share or removable disk"), notice)

    def _tell_unfinished(self, notice: str | None) -> None:
        if notice:
            QMessageBox.information(self, self.tr("The last import did not finish"), notice)

    def _show_failure(self, message: str) -> None:
        if looks_damaged(message) and not self._damage_checked:
            # SQLite's words, not plain ones: the quick check says what it is, and the window offers a backup.
            message = self.tr("The database file looks damaged: checking it…")
            self._check_for_damage()
        self.statusBar().showMessage(message, 15000)
        if not self.is_loaded:
            self.loading_label.setText(message)

    def _show_failure_error(self, error: BaseException) -> None:
        if isinstance(error, FieldlogError) and "Cancelled" in str(error):
            self.statusBar().showMessage(str(error), 6000)
            return
        message = describe_failure(error)
        if self._database_closed or self._replacing or looks_damaged(message):
            self._show_failure(message)  # work that reached a damaged or closed database: no box for each
            return
        self._show_failure(message)
        QMessageBox.warning(self, "fieldlog", message)

    def show_about(self) -> None:
        """The About box: version and what fieldlog is for."""
        QMessageBox.about(self, self.tr("About fieldlog"), self.tr(
            "<b>fieldlog {version}</b><p>Log volunteer ecological-restoration events offline and report the "
            "Society for Ecological Restoration's totals.</p>").format(version=__version__))

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved typing, remember the layout, let database work finish, and back up what changed."""
        if self._replacing:  # the database is closed for a restore or a move-aside: the window goes after it
            event.ignore()
            return
        if self.import_dialog is not None:
            self.import_dialog.reject()  # stops a running preview; refused while an import runs
            if self.import_dialog is not None and self.import_dialog.isVisible():
                event.ignore()
                return
        if self.dialog is not None:
            self.dialog.reject()  # asks when something typed is not saved
            if self.dialog is not None and self.dialog.isVisible():
                event.ignore()
                return
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/events_header", self.table.horizontalHeader().saveState())
        self.runner.clear()
        self.backup_timer.stop()
        self.runner.wait()
        if not self._database_closed and self.database.path is not None:
            # Here, not on the runner: the close waits for it anyway, and a result queued to a window that
            # is going away would be delivered to nobody.
            backup_at_exit(self.database)
        if self.owns_database:
            self.database.close()
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _elided(text: str, length: int = 40) -> str:
    return text if len(text) <= length else text[:length - 1].rstrip() + "…"


def open_first(location: str, hold: Releasable | None = None) -> Database:
    """Open the start-up database for the window with its writer's lock; `hold` is the lock the start took.

    A damaged file is set aside (DatabaseMovedAside). The database's own lock takes over from `hold`.
    """
    path = safety.database_file(location)
    try:
        database = safety.open_for_command(location, writer=True, quick_check=False)
    except DamagedDatabase as error:
        if isinstance(error, DatabaseMovedAside) or hold is None or path is None:
            raise
        # The start's own lock kept the file from being set aside (it counts as open here): let go, set aside.
        hold.release()
        raise safety.set_aside_damaged(path, error) from error
    finally:
        if hold is not None:
            hold.release()
    return database


def run_window(location: str, hold: Releasable | None = None) -> int:
    """Open the database at a path or URL and show the main window until the user quits.

    Opening runs on a background thread: an upgrade of a big database (a migration and the summary
    rebuild can take a minute) shows a busy dialog instead of nothing. `hold` is the writer's lock the
    start took (app.py); the window's database carries it on, so closing the database gives it back.
    A database found damaged is set aside and its newest good backup offered.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    assert isinstance(app, QApplication)
    # Before any widget: each is built in the language chosen in Settings, or the system's.
    install_language(chosen_language(QSettings()))
    opener = TaskRunner()
    busy = QProgressDialog(QCoreApplication.translate("main_window", "Opening the database…"), "", 0, 0)
    busy.setObjectName("opening_dialog")
    busy.setWindowTitle(APP_NAME)
    busy.setCancelButton(None)  # an upgrade is one transaction: it cannot stop halfway
    busy.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # closing it must not end the app
    busy.setMinimumDuration(0)
    QTimer.singleShot(700, lambda: busy.show() if opener.busy else None)  # only when it is slow
    windows: list[MainWindow] = []
    dialogs: list[DamagedDialog] = []

    def opened(database: Database) -> None:
        window = MainWindow(database)
        window.owns_database = True
        windows.append(window)
        window.show()
        busy.close()

    def restored(outcome: Restored) -> None:
        result, database, pictures = outcome
        opened(database)
        QMessageBox.information(windows[-1], QCoreApplication.translate("main_window", "Backup restored"),
                                windows[-1].restored_message(result, pictures))

    def refused(error: BaseException) -> None:
        busy.close()
        if isinstance(error, DatabaseMovedAside):
            opener.submit(partial(backup_facts, error.backup), lambda backup: offer(error, backup))
            return
        QMessageBox.critical(None, QCoreApplication.translate("main_window", "fieldlog cannot open the database"),
                             describe_failure(error))
        app.exit(1)

    def offer(error: DatabaseMovedAside, backup: BackupInfo | None) -> None:
        dialog = DamagedDialog(error, backup)
        dialog.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # its choice decides, not its closing
        dialogs.append(dialog)

        def chosen(_result: int) -> None:
            path = safety.database_file(location)
            if dialog.choice == DamagedDialog.RESTORE and backup is not None and path is not None:
                busy.setLabelText(QCoreApplication.translate("main_window", "Restoring the backup…"))
                busy.show()
                opener.submit(partial(restore_and_open, path, backup.path), restored, refused)
                return
            if dialog.choice == DamagedDialog.OPEN:
                start = str(path.parent) if path is not None else str(Path.home())
                other, _filter = QFileDialog.getOpenFileName(
                    None, QCoreApplication.translate("main_window", "Open a fieldlog database"), start,
                    QCoreApplication.translate("main_window", "fieldlog databases (*.db *.sqlite);;All files (*)"))
                if other:
                    opener.submit(partial(safety.open_for_command, other, writer=True, quick_check=False),
                                  opened, refused)
                    return
            app.exit(1)

        dialog.finished.connect(chosen)
        dialog.open()

    # The window runs SQLite's quick check itself once it is shown.
    opener.submit(partial(open_first, location, hold), opened, refused)
    return app.exec()
