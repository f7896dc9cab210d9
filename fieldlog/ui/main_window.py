"""The organizer's window: the events list with filters and totals, an event's activities, and the
editors, with undo and redo. Every database call runs on the task runner's thread."""

from __future__ import annotations

import gc
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldlog import APP_NAME, __version__
from fieldlog.domain.errors import FieldlogError
from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.records import Activity, Event, Site
from fieldlog.domain.summary import NO_FILTER, Summary, SummaryFilter
from fieldlog.services.database import Database, open_store
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.records import Records, Saved
from fieldlog.services.reference import ReferenceData, checklist, country_name, litter_categories
from fieldlog.services.spreadsheet_view import is_spreadsheet
from fieldlog.services.summary import count_events, summarize
from fieldlog.services.template import write_template
from fieldlog.ui.dialogs import RecordDialog
from fieldlog.ui.editors import EventForm, SiteForm, activity_form
from fieldlog.ui.editors.fields import CountryField, DateField
from fieldlog.ui.formatting import FIGURES, format_area_m2, format_mass_g, format_number, headline, plural
from fieldlog.ui.import_dialog import ImportDialog
from fieldlog.ui.models import ActivitiesModel, EventsModel
from fieldlog.ui.tasks import TaskRunner, describe_failure

__all__ = ["EMPTY_TEXT", "EventsModel", "MainWindow", "format_area_m2", "format_mass_g", "format_number",
           "run_window"]

SAMPLE_EVENTS = 200
EMPTY_TEXT = ("<p style='font-size: x-large'><b>Welcome to fieldlog</b></p>"
              "<p>Log your restoration events and what volunteers did at them: plantings, seed collection, "
              "seedballs, invasive plant pulls and litter pickups. Everything stays on this computer.</p>"
              "<p>Start with your first event, or load sample data to look around.</p>")
NO_MATCH_TEXT = "No events match the filter."
LAST_FOLDER_KEY = "paths/last_folder"


@dataclass(frozen=True, slots=True)
class EditorReference:
    """What the editors offer as you type, read once on the database thread."""

    data: ReferenceData
    checklist: list[Any]
    litter_categories: list[Any]


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
        self.import_dialog: ImportDialog | None = None
        self.is_loaded = False
        self.owns_database = False  # a database this window opened itself closes with it
        self.successor: MainWindow | None = None
        self._any_events = False  # the database holds events at all (else the welcome shows)
        self._after_site = False  # a site saved because an event needed one: the event editor follows
        self._totals_ready = self._events_ready = False
        self._select_after_reload: uuid.UUID | None = None
        self.setWindowTitle(f"fieldlog — {database.display_name}")

        self.figures: dict[str, QLabel] = {}
        self.events_model = EventsModel(self.runner, self.records, self)
        self.events_model.reloaded.connect(self._events_shown)
        self.events_model.failed.connect(self._show_failure)
        self.activities_model = ActivitiesModel(self)
        self._build_actions()
        self._build_menus()

        self.loading_label = QLabel("Loading…", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.welcome = self._build_welcome()
        self.pages = QStackedWidget()
        self.pages.setObjectName("pages")
        self.workspace = self._build_workspace()
        for page in (self.loading_label, self.welcome, self.workspace):
            self.pages.addWidget(page)
        self.setCentralWidget(self.pages)
        self.statusBar().setObjectName("status_bar")
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window opens the import

        if not self.restoreGeometry(self._setting_bytes("window/geometry")):
            self.resize(1280, 760)
        if not self.splitter.restoreState(self._setting_bytes("window/splitter")):
            self.splitter.setSizes([620, 380])  # the list gets the larger share
        self.table.horizontalHeader().restoreState(self._setting_bytes("window/events_header"))
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
        self.new_event_action = self._action("&New event…", self.new_event, QKeySequence.StandardKey.New,
                                             "new_event_action")
        self.new_site_action = self._action("New &site…", self.new_site, "Ctrl+Shift+N", "new_site_action")
        self.activity_actions = {
            kind: self._action(f"{kind.label}…", partial(self.new_activity, kind), f"Ctrl+{number}",
                               f"new_{kind.value}_action")
            for number, kind in enumerate(ActivityKind, start=1)}
        self.edit_action = self._action("&Edit event…", self.edit_event, "Ctrl+E", "edit_event_action")
        self.edit_site_action = self._action("Edit &site…", self.edit_site, "Ctrl+Shift+E", "edit_site_action")
        self.delete_action = self._action("&Delete event", self.delete_event, QKeySequence.StandardKey.Delete,
                                          "delete_event_action")
        self.find_action = self._action("&Find", self.focus_search, QKeySequence.StandardKey.Find, "find_action")
        self.open_action = self._action("&Open database…", self.open_database, QKeySequence.StandardKey.Open,
                                        "open_database_action")
        self.sample_action = self._action("Load &sample data", self.load_sample_data, None, "sample_data_action")
        self.import_action = self._action("&Import spreadsheet…", self.import_spreadsheet, "Ctrl+I", "import_action")
        self.template_action = self._action("New spreadsheet &template…", self.save_template, None,
                                            "template_action")
        self.quit_action = self._action("&Quit", self.close, QKeySequence.StandardKey.Quit, "quit_action")
        if not self.quit_action.shortcuts():
            self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Undo))
        self.undo_action.setObjectName("undo_action")
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts([*QKeySequence.keyBindings(QKeySequence.StandardKey.Redo),
                                       QKeySequence("Ctrl+Y")])
        self.redo_action.setObjectName("redo_action")
        for action in (self.undo_action, self.redo_action):
            self.addAction(action)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addActions([self.new_event_action, self.new_site_action])
        self.activity_menu = QMenu("New &activity", self)
        self.activity_menu.addActions(list(self.activity_actions.values()))
        file_menu.addMenu(self.activity_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.open_action)
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.template_action])
        file_menu.addSeparator()
        file_menu.addAction(self.sample_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addActions([self.edit_action, self.edit_site_action, self.delete_action, self.find_action])
        help_menu = self.menuBar().addMenu("&Help")
        help_menu.addAction(self._action("&About fieldlog", self.show_about, None, "about_action"))

    def _build_welcome(self) -> QWidget:
        page = QWidget()
        page.setObjectName("welcome")
        text = QLabel(EMPTY_TEXT, wordWrap=True, alignment=Qt.AlignmentFlag.AlignCenter)
        text.setObjectName("welcome_text")
        text.setFixedWidth(560)
        self.empty_label = text
        self.welcome_new = QPushButton("New event…")
        self.welcome_new.setObjectName("welcome_new_event")
        self.welcome_new.setDefault(True)
        self.welcome_new.clicked.connect(self.new_event)
        self.welcome_sample = QPushButton("Load sample data")
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
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText("Search events, sites, campaigns (Ctrl+F)")
        self.search.setClearButtonEnabled(True)
        self.campaign_filter = QComboBox()
        self.campaign_filter.setObjectName("campaign_filter")
        self.campaign_filter.setEditable(True)
        self.campaign_filter.setMinimumWidth(150)
        campaign_line = self.campaign_filter.lineEdit()
        assert campaign_line is not None
        campaign_line.setPlaceholderText("Any campaign")
        self.from_filter = DateField(object_name="from_filter", placeholder="From")
        self.to_filter = DateField(object_name="to_filter", placeholder="To")
        for field in (self.from_filter, self.to_filter):
            field.setMaximumWidth(150)
        self.country_filter = CountryField(object_name="country_filter")
        self.country_filter.setMinimumWidth(170)
        self.clear_filters_button = QToolButton()
        self.clear_filters_button.setObjectName("clear_filters")
        self.clear_filters_button.setText("Clear")
        self.clear_filters_button.clicked.connect(self.clear_filters)
        for caption, widget, stretch in (("", self.search, 3), ("Campaign", self.campaign_filter, 1),
                                         ("From", self.from_filter, 0), ("To", self.to_filter, 0),
                                         ("Country", self.country_filter, 1)):
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
            figures.addWidget(self._figure(key, caption), 1)

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
        self.no_match = QLabel(NO_MATCH_TEXT, alignment=Qt.AlignmentFlag.AlignCenter)
        self.no_match.setObjectName("no_match")
        self.list_pages = QStackedWidget()
        self.list_pages.addWidget(self.table)
        self.list_pages.addWidget(self.no_match)
        left = QWidget()
        left_column = QVBoxLayout(left)
        left_column.setContentsMargins(0, 0, 0, 0)
        left_column.addWidget(self.list_pages, 1)
        left_column.addWidget(self.count_label)

        self.event_title = QLabel("Choose an event to see what was done there.", wordWrap=True)
        self.event_title.setObjectName("event_title")
        self.event_title.setTextFormat(Qt.TextFormat.RichText)
        self.edit_button = QPushButton("Edit event…")
        self.edit_button.setObjectName("edit_event_button")
        self.edit_button.clicked.connect(self.edit_event)
        self.add_button = QPushButton("Add activity")
        self.add_button.setObjectName("add_activity_button")
        self.add_button.setMenu(self.activity_menu)
        self.delete_button = QPushButton("Delete event")
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
        self.edit_activity_button = QPushButton("Edit activity…")
        self.edit_activity_button.setObjectName("edit_activity_button")
        self.edit_activity_button.clicked.connect(self.edit_activity)
        self.delete_activity_button = QPushButton("Delete activity")
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
        right_column.addWidget(self.event_title)
        right_column.addLayout(buttons)
        right_column.addWidget(self.activities_table, 1)
        right_column.addLayout(activity_buttons)

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
        page_column.addWidget(self.splitter, 1)
        self._update_buttons()
        return page

    # -- reading ----------------------------------------------------------------------------------

    def current_filter(self) -> SummaryFilter:
        """The filter the bar describes (fields that cannot be read count as blank)."""
        campaign = self.campaign_filter.currentText().strip() or None
        start = self.from_filter.value() if self.from_filter.problem() is None else None
        end = self.to_filter.value() if self.to_filter.problem() is None else None
        country = self.country_filter.value() if self.country_filter.problem() is None else None
        return SummaryFilter(campaign=campaign, date_from=start, date_to=end, country=country)

    def apply_filters(self) -> None:
        """Show the events and totals for the filter bar (counted, sorted and filtered in SQL)."""
        self._filter_timer.stop()
        self.events_model.set_query(self.current_filter(), self.search.text())
        self._load_totals()

    def clear_filters(self) -> None:
        """Back to every event."""
        for filter_field in (self.from_filter, self.to_filter, self.country_filter):
            filter_field.clear()
        self.campaign_filter.setEditText("")
        self.search.clear()
        self.apply_filters()

    def focus_search(self) -> None:
        """Find: jump to the search box."""
        self.search.setFocus()
        self.search.selectAll()

    def refresh(self) -> None:
        """Read the totals, the events and the open event again (after a change)."""
        self._totals_ready = self._events_ready = False
        self.events_model.set_query(self.current_filter(), self.search.text())
        self._load_totals()
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
        self.count_label.setText(f"{plural(total, 'event')}" + (" match the filter" if filtered else "")
                                 + ("" if shown >= total else f"; scroll for more ({format_number(shown)} loaded)"))
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
            self.runner.submit(self.database.quick_check, failed=self._damage_found)

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
        if loaded is None:
            self.current_event = self.current_site = None
            self.event_title.setText("Choose an event to see what was done there.")
            self.activities_model.set_activities([])
        else:
            event, site, activities = loaded
            self.current_event, self.current_site = event, site
            hours = "" if event.volunteer_hours is None else f" · {format_number(event.volunteer_hours)} h"
            campaign = f" · {event.campaign}" if event.campaign else ""
            self.event_title.setText(
                f"<b style='font-size: large'>{_html(event.event_name)}</b><br>"
                f"{event.start:%Y-%m-%d %H:%M} · {_html(site.name)}, {_html(country_name(site.country_code))}"
                f"{_html(campaign)}<br>{plural(event.participants, 'participant')}{hours} · "
                f"{plural(len(activities), 'activity', 'activities')}")
            self.activities_model.set_activities(activities)
        self._update_buttons()

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
            SiteForm(reference.data), self.records.record_site, self.runner, title="New site", parent=self)))

    def edit_site(self) -> None:
        """Open the site editor on the chosen event's site (its country moves the event's totals)."""
        site = self.current_site
        if site is None:
            return
        self._with_reference(lambda reference: self._open_dialog(RecordDialog(
            SiteForm(reference.data), self.records.update, self.runner, title="Edit site", original=site,
            parent=self)))

    def new_event(self) -> None:
        """Open the event editor (a site comes first when there is none)."""
        records = self.records
        self.runner.submit(lambda: (records.list_sites(), records.campaigns()), self._open_event_editor)

    def _open_event_editor(self, loaded: tuple[list[Site], list[str]], original: Event | None = None) -> None:
        sites, campaigns = loaded
        if not sites:
            QMessageBox.information(self, "First, a site", "Events happen at a site. Describe the site first; "
                                    "the event editor opens after you save it.")
            self._after_site = True
            self.new_site()
            return
        form = EventForm(sites, campaigns=campaigns)
        if original is None and self.current_event is not None and self.current_event.site_id in {s.id for s in sites}:
            form.field("site_id").set_value(self.current_event.site_id)
            form.mark_clean()
        save = self.records.record_event if original is None else self.records.update
        self._open_dialog(RecordDialog(form, save, self.runner, title="Edit event" if original else "New event",
                                       original=original, parent=self))

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
            self.statusBar().showMessage("Choose the event first: activities belong to an event.", 5000)
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
            title = f"{'Edit' if original else 'New'} {kind.label.lower()}"
            self._open_dialog(RecordDialog(form, save, self.runner, title=title, original=original, parent=self))

        self._with_reference(open_with)

    def _record_saved(self, saved: Saved[Any], original: Any) -> None:
        record, records = saved.record, self.records
        noun = type(record).__name__.lower() if not isinstance(record, Activity) else record.kind.label.lower()
        if original is None:
            command = ChangeCommand(self, f"add {noun}", partial(records.restore, record.id),
                                    partial(records.delete, record.id))
        else:
            command = ChangeCommand(self, f"edit {noun}", partial(records.update, record),
                                    partial(records.update, original))
        self.undo_stack.push(command)
        if isinstance(record, Event):
            self._select_after_reload = record.id
        if isinstance(record, Site) and self._after_site:
            self._after_site = False
            QTimer.singleShot(0, self.new_event)
        self.statusBar().showMessage(f"Saved the {noun}.", 4000)
        self.refresh()

    def delete_event(self) -> None:
        """Delete the chosen event and its activities, after asking (undo brings them back)."""
        event = self.current_event
        if event is None:
            return
        count = self.activities_model.rowCount()
        if QMessageBox.question(self, "Delete event?", f"Delete “{event.event_name}”"
                                + (f" and its {plural(count, 'activity', 'activities')}"
                                   if count else "") + "?\n\nEdit > Undo brings it back.") \
                != QMessageBox.StandardButton.Yes:
            return
        self._delete(event.id, f"delete event “{event.event_name}”")

    def delete_activity(self) -> None:
        """Delete the chosen activity, after asking (undo brings it back)."""
        activity = self.activities_model.activity(self.activities_table.currentIndex().row())
        if activity is None:
            return
        if QMessageBox.question(self, "Delete activity?", f"Delete this {activity.kind.label.lower()}?\n\n"
                                "Edit > Undo brings it back.") != QMessageBox.StandardButton.Yes:
            return
        self._delete(activity.id, f"delete {activity.kind.label.lower()}")

    def _delete(self, record_id: uuid.UUID, text: str) -> None:
        records = self.records

        def deleted(_result: object) -> None:
            self.undo_stack.push(ChangeCommand(self, text, partial(records.delete, record_id),
                                               partial(records.restore, record_id)))
            self.statusBar().showMessage("Deleted. Edit > Undo brings it back.", 6000)
            self.refresh()

        self.runner.submit(partial(records.delete, record_id), deleted, self._show_failure_error)

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
            self.statusBar().showMessage(f"Loaded {format_number(stored)} sample records.", 6000)
            self.refresh()

        self.runner.submit_long(self, "Loading sample data…",
                                lambda progress, cancel: fill_demo_data(records, SAMPLE_EVENTS, progress=progress,
                                                                        cancel=cancel),
                                loaded, self._show_failure_error)

    def open_database(self) -> None:
        """Open another database file in a new window (this one closes); the folder is remembered."""
        start = str(self.settings.value(LAST_FOLDER_KEY, "") or (self.database.path.parent if self.database.path
                                                                 else Path.home()))
        chosen, _filter = QFileDialog.getOpenFileName(self, "Open a fieldlog database", start,
                                                      "fieldlog databases (*.db *.sqlite);;All files (*)")
        if not chosen:
            return
        self.settings.setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
        self.statusBar().showMessage(f"Opening {chosen}…")
        self.runner.submit(partial(open_store, chosen), self._switch_to, self._show_failure_error)

    def _switch_to(self, database: Database) -> None:
        successor = MainWindow(database, self.settings)
        successor.owns_database = True
        successor.show()
        self.successor = successor  # kept alive by this (closed, not deleted) window
        self.close()

    # -- importing --------------------------------------------------------------------------------

    def _start_folder(self) -> str:
        return str(self.settings.value(LAST_FOLDER_KEY, "") or (self.database.path.parent if self.database.path
                                                                else Path.home()))

    def import_spreadsheet(self) -> None:
        """Choose a spreadsheet (.xlsx, .csv) and open the import window on it; the folder is remembered."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self, "Import a spreadsheet", self._start_folder(),
            "Spreadsheets (*.xlsx *.xlsm *.csv *.tsv *.txt);;All files (*)")
        if chosen:
            self.settings.setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
            self.open_import(Path(chosen))

    def open_import(self, path: Path) -> ImportDialog | None:
        """Open the import window on `path` (one at a time)."""
        if self.import_dialog is not None:
            self.import_dialog.raise_()
            self.import_dialog.activateWindow()
            self.statusBar().showMessage("Finish or close the import that is open first.", 6000)
            return None
        dialog = ImportDialog(path, self.database, self.runner, self.settings, self)
        self.import_dialog = dialog
        dialog.imported.connect(self._imported)
        dialog.finished.connect(lambda _result: self._import_closed(dialog))
        dialog.open()
        return dialog

    def _imported(self, result: Any) -> None:
        self.statusBar().showMessage(f"Imported: {format_number(result.added)} added, "
                                     f"{format_number(result.updated)} updated.", 8000)
        self.refresh()

    def _import_closed(self, dialog: ImportDialog) -> None:
        if self.import_dialog is dialog:
            self.import_dialog = None
        dialog.deleteLater()
        self.activateWindow()

    @staticmethod
    def dropped_spreadsheet(mime: QMimeData) -> Path | None:
        """The one local spreadsheet file a drag carries, if it carries one."""
        files = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()] if mime.hasUrls() else []
        return files[0] if len(files) == 1 and is_spreadsheet(files[0]) else None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        """Accept a spreadsheet file dragged over the window."""
        if self.dropped_spreadsheet(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        """Keep accepting the spreadsheet while it moves over the window."""
        if self.dropped_spreadsheet(event.mimeData()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        """A spreadsheet dropped on the window opens the import window on it."""
        path = self.dropped_spreadsheet(event.mimeData())
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        QTimer.singleShot(0, lambda: self.open_import(path))  # after the drag has finished

    def save_template(self) -> None:
        """Write the coordinator's spreadsheet template where the user chooses; the folder is remembered."""
        start = str(Path(self._start_folder()) / "fieldlog-template.xlsx")
        chosen, _filter = QFileDialog.getSaveFileName(self, "Save the spreadsheet template", start,
                                                      "Excel workbooks (*.xlsx)")
        if not chosen:
            return
        path = Path(chosen) if Path(chosen).suffix.lower() == ".xlsx" else Path(chosen + ".xlsx")
        self.settings.setValue(LAST_FOLDER_KEY, str(path.parent))
        self.statusBar().showMessage(f"Writing the template to {path}…")

        def failed(error: BaseException) -> None:
            words = f"{error.strerror or error}" if isinstance(error, OSError) else describe_failure(error)
            self.statusBar().showMessage("The template was not saved.", 8000)
            QMessageBox.warning(self, "Template not saved", f"The template could not be written to {path}: "
                                f"{words}")

        self.runner.submit(lambda: write_template(path),
                           lambda _result: self.statusBar().showMessage(f"Saved the template to {path}.", 8000),
                           failed)

    # -- the rest ---------------------------------------------------------------------------------

    def _damage_found(self, error: BaseException) -> None:
        QMessageBox.critical(self, "The database file is damaged",
                             f"{describe_failure(error)}\n\nRecords that cannot be read may be missing. Close "
                             "fieldlog, keep a copy of the file, and restore the newest backup from the backups "
                             "folder beside it.")

    def _show_failure(self, message: str) -> None:
        self.statusBar().showMessage(message, 15000)
        if not self.is_loaded:
            self.loading_label.setText(message)

    def _show_failure_error(self, error: BaseException) -> None:
        if isinstance(error, FieldlogError) and "Cancelled" in str(error):
            self.statusBar().showMessage(str(error), 6000)
            return
        self._show_failure(describe_failure(error))
        QMessageBox.warning(self, "fieldlog", describe_failure(error))

    def show_about(self) -> None:
        """The About box: version and what fieldlog is for."""
        QMessageBox.about(self, "About fieldlog",
                          f"<b>fieldlog {__version__}</b><p>Log volunteer ecological-restoration events "
                          "offline and report the Society for Ecological Restoration's totals.</p>")

    def closeEvent(self, event: QCloseEvent) -> None:
        """Ask about unsaved typing, remember the layout, and let database work finish."""
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
        self.runner.pool.clear()
        self.runner.wait()
        if self.owns_database:
            self.database.close()
        super().closeEvent(event)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def run_window(location: str) -> int:
    """Open the database at a path or URL and show the main window until the user quits.

    Opening runs on a background thread: an upgrade of a big database (a migration and the summary
    rebuild can take a minute) shows a busy dialog instead of nothing.
    """
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    assert isinstance(app, QApplication)
    opener = TaskRunner()
    busy = QProgressDialog("Opening the database…", "", 0, 0)
    busy.setObjectName("opening_dialog")
    busy.setWindowTitle(APP_NAME)
    busy.setCancelButton(None)  # an upgrade is one transaction: it cannot stop halfway
    busy.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)  # closing it must not end the app
    busy.setMinimumDuration(0)
    QTimer.singleShot(700, lambda: busy.show() if opener.busy else None)  # only when it is slow
    windows: list[MainWindow] = []

    def opened(database: Database) -> None:
        window = MainWindow(database)
        window.owns_database = True
        windows.append(window)
        window.show()
        busy.close()

    def refused(error: BaseException) -> None:
        busy.close()
        QMessageBox.critical(None, "fieldlog cannot open the database", describe_failure(error))
        app.exit(1)

    # The window runs SQLite's quick check itself once it is shown.
    opener.submit(partial(open_store, location, quick_check=False), opened, refused)
    return app.exec()
