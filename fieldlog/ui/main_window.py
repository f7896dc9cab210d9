"""The first main window: SER's headline figures and the newest events, read-only (editors come later)."""

from __future__ import annotations

import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRunnable,
    QSettings,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldlog import APP_NAME, __version__
from fieldlog.domain.errors import FieldlogError, RecordNotFound
from fieldlog.domain.records import Site
from fieldlog.domain.summary import Summary
from fieldlog.services.database import Database, open_store
from fieldlog.services.records import Records
from fieldlog.services.reference import country_name
from fieldlog.services.summary import summarize

NEWEST = 200
EMPTY_TEXT = ("<p style='font-size: large'><b>No events yet.</b></p>"
              "<p>Try <code>fieldlog demo-data</code> to see sample data; "
              "the event editors come in a later version.</p>")
AnyIndex = QModelIndex | QPersistentModelIndex


# -- numbers for people ---------------------------------------------------------------------------

def _locale() -> QLocale:
    locale = QLocale()
    locale.setNumberOptions(QLocale.NumberOption.DefaultNumberOptions)  # thousands separators, even in "C"
    return locale


def format_number(value: float) -> str:
    """A figure with thousands separators: whole from 100 up, else at most one decimal."""
    rounded = round(value) if abs(value) >= 100 else round(value, 1)
    if float(rounded).is_integer():
        return _locale().toString(int(rounded))
    return _locale().toString(float(rounded), "f", 1)


def format_mass_g(grams: float) -> str:
    """Grams below a kilogram, kilograms above."""
    return f"{format_number(grams)} g" if round(grams) < 1000 else f"{format_number(grams / 1000)} kg"


def format_area_m2(square_metres: float) -> str:
    """Square metres below a hectare, hectares above."""
    if round(square_metres) < 10_000:
        return f"{format_number(square_metres)} m²"
    return f"{format_number(square_metres / 10_000)} ha"


def _plural(count: int, noun: str) -> str:
    return f"{format_number(count)} {noun}{'s' * (count != 1)}"


def _nonzero(*figures: tuple[float, str]) -> str:
    """The texts of the figures that are not zero, joined; "0" when all are."""
    return " · ".join(text for amount, text in figures if amount) or "0"


def headline(summary: Summary) -> dict[str, str]:
    """The headline figures of a summary as text, by key."""
    seed, invasive, litter = summary.seed_collection, summary.invasive_removal, summary.litter_pickup
    return {
        "events": format_number(summary.events),
        "countries": format_number(summary.countries),
        "participants": format_number(summary.participants),
        "volunteer_hours": format_number(summary.volunteer_hours),
        "plants": format_number(summary.planting.plants),
        "seed": _nonzero((seed.mass_g, format_mass_g(seed.mass_g)),
                         (seed.seed_count, _plural(seed.seed_count, "seed"))),
        "invasive": _nonzero((invasive.area_m2, format_area_m2(invasive.area_m2)),
                             (invasive.weight_kg, f"{format_number(invasive.weight_kg)} kg")),
        "litter": _nonzero((litter.bags, _plural(litter.bags, "bag")),
                           (litter.weight_kg, f"{format_number(litter.weight_kg)} kg")),
    }


FIGURES = (("events", "Events"), ("countries", "Countries"), ("participants", "Participants"),
           ("volunteer_hours", "Volunteer hours"), ("plants", "Plants planted"), ("seed", "Seed collected"),
           ("invasive", "Invasives removed"), ("litter", "Litter collected"))


# -- what the window shows, read on the database thread --------------------------------------------

@dataclass(frozen=True, slots=True)
class EventLine:
    """One row of the events table."""

    date: str
    name: str
    site: str
    country: str
    participants: int
    volunteer_hours: float | None
    hours_derived: bool


@dataclass(frozen=True, slots=True)
class Overview:
    """The summary, how many events there are, and the newest of them."""

    summary: Summary
    total_events: int
    newest: list[EventLine]


def load_overview(database: Database, limit: int = NEWEST) -> Overview:
    """Read everything the window shows (call it on the database thread)."""
    records = Records(database)
    sites: dict[uuid.UUID, Site | None] = {}
    lines = []
    for event in records.list_events(limit=limit):
        if event.site_id not in sites:
            try:
                sites[event.site_id] = records.get_site(event.site_id)
            except RecordNotFound:
                sites[event.site_id] = None
        site = sites[event.site_id]
        lines.append(EventLine(event.start.date().isoformat(), event.event_name,
                               site.name if site else "(deleted site)",
                               country_name(site.country_code) if site else "",
                               event.participants, event.volunteer_hours, event.hours_derived))
    return Overview(summarize(database), records.count_events(), lines)


class TaskSignals(QObject):
    """Carries a background task's outcome to the UI thread."""

    done = Signal(object)
    failed = Signal(str)


class DatabaseTask(QRunnable):
    """Runs one function on the database thread and reports the result (or a message) by signal."""

    def __init__(self, work: Callable[[], object]) -> None:
        super().__init__()
        self.work = work
        self.signals = TaskSignals()

    def run(self) -> None:
        """Do the work; never lets an exception escape into Qt."""
        try:
            result = self.work()
        except FieldlogError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:
            self.signals.failed.emit(f"fieldlog could not read the database ({error}).")
        else:
            self.signals.done.emit(result)


# -- the events table ------------------------------------------------------------------------------

class EventsModel(QAbstractTableModel):
    """The newest events, read-only."""

    HEADERS = ("Date", "Event", "Site", "Country", "Participants", "Volunteer hours")
    NUMERIC = (4, 5)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.lines: list[EventLine] = []

    def set_lines(self, lines: list[EventLine]) -> None:
        """Replace every row."""
        self.beginResetModel()
        self.lines = list(lines)
        self.endResetModel()

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows under the invisible root; none under a row."""
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The columns of HEADERS."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment and tooltips of a cell."""
        if not index.isValid():
            return None
        line, column = self.lines[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            hours = "" if line.volunteer_hours is None else format_number(line.volunteer_hours)
            return (line.date, line.name, line.site, line.country,
                    format_number(line.participants), hours)[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ToolTipRole and column == 5 and line.hours_derived:
            return "Not counted at the event: participants × duration."
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None


# -- the window ------------------------------------------------------------------------------------

class MainWindow(QMainWindow):
    """SER's headline figures above a read-only table of the newest events."""

    loaded = Signal()

    def __init__(self, database: Database, settings: QSettings | None = None) -> None:
        super().__init__()
        self.database = database
        self.settings = settings or QSettings()
        self.pool = QThreadPool(self)  # every database task runs here, one at a time
        self.pool.setMaxThreadCount(1)
        self.is_loaded = False
        self._pending: TaskSignals | None = None
        self.setWindowTitle(f"fieldlog — {database.display_name}")
        self._build_menus()

        self.figures: dict[str, QLabel] = {}
        strip = QFrame()
        strip.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(strip)
        grid.setContentsMargins(16, 12, 16, 12)
        grid.setHorizontalSpacing(24)
        grid.setVerticalSpacing(14)
        for number, (key, caption) in enumerate(FIGURES):
            grid.addWidget(self._figure(key, caption), number // 4, number % 4)
        for column in range(4):
            grid.setColumnStretch(column, 1)

        self.count_label = QLabel()
        self.loading_label = QLabel("Loading…", alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.empty_label = QLabel(EMPTY_TEXT, alignment=Qt.AlignmentFlag.AlignCenter, wordWrap=True)
        self.events_model = EventsModel(self)
        self.table = self._build_table()
        self.pages = QStackedWidget()
        for page in (self.loading_label, self.empty_label, self.table):
            self.pages.addWidget(page)

        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(10)
        layout.addWidget(strip)
        layout.addWidget(self.count_label)
        layout.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        if not self.restoreGeometry(self.settings.value("window/geometry", b"")):  # type: ignore[arg-type]
            self.resize(1100, 700)
        self.reload()

    def _build_menus(self) -> None:
        quit_action = QAction("&Quit", self)
        quit_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
                                 or [QKeySequence("Ctrl+Q")])
        quit_action.triggered.connect(self.close)
        about_action = QAction("&About fieldlog", self)
        about_action.triggered.connect(self.show_about)
        self.menuBar().addMenu("&File").addAction(quit_action)
        self.menuBar().addMenu("&Help").addAction(about_action)

    def _figure(self, key: str, caption: str) -> QWidget:
        value, label = QLabel("…"), QLabel(caption)
        font = value.font()
        font.setPointSizeF(font.pointSizeF() * 1.45)
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

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.events_model)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setShowGrid(False)
        table.setStyleSheet("QTableView::item { padding: 0 8px; }"
                            "QHeaderView::section { padding: 5px 11px; border: none;"
                            " border-bottom: 1px solid palette(mid); background: palette(window); }")
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setSectionsClickable(False)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        fit, stretch, free = (QHeaderView.ResizeMode.ResizeToContents, QHeaderView.ResizeMode.Stretch,
                              QHeaderView.ResizeMode.Interactive)
        for column, mode in enumerate((fit, stretch, free, fit, fit, fit)):
            header.setSectionResizeMode(column, mode)
        header.resizeSection(2, 240)
        return table

    def reload(self) -> None:
        """Read the summary and the newest events again, off the UI thread."""
        self.is_loaded = False
        self.loading_label.setText("Loading…")
        self.pages.setCurrentWidget(self.loading_label)
        database = self.database
        task = DatabaseTask(lambda: load_overview(database))
        task.signals.done.connect(self._show_overview)
        task.signals.failed.connect(self._show_failure)
        self._pending = task.signals  # keeps the signals alive until they are delivered
        self.pool.start(task)

    def _show_overview(self, overview: Overview) -> None:
        self._pending = None
        for key, text in headline(overview.summary).items():
            self.figures[key].setText(text)
        self.events_model.set_lines(overview.newest)
        total, shown = overview.total_events, len(overview.newest)
        if total > shown:
            self.count_label.setText(f"Showing the newest {format_number(shown)} "
                                     f"of {format_number(total)} events")
        else:
            self.count_label.setText(f"{_plural(total, 'event')}, newest first" if total else "")
        self.pages.setCurrentWidget(self.table if shown else self.empty_label)
        self.is_loaded = True
        self.loaded.emit()

    def _show_failure(self, message: str) -> None:
        self._pending = None
        self.loading_label.setText(message)

    def show_about(self) -> None:
        """The About box: version and what this window is."""
        QMessageBox.about(self, "About fieldlog",
                          f"<b>fieldlog {__version__}</b><p>Log volunteer ecological-restoration events "
                          "offline and report the Society for Ecological Restoration's totals.</p>")

    def closeEvent(self, event: QCloseEvent) -> None:
        """Remember the window geometry, and let running database work finish."""
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.pool.clear()
        self.pool.waitForDone()
        super().closeEvent(event)


def run_window(location: str) -> int:
    """Open the database at a path or URL and show the main window until the user quits."""
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    app.setApplicationVersion(__version__)
    try:
        database = open_store(location)
    except FieldlogError as error:
        QMessageBox.critical(None, "fieldlog cannot open the database", str(error))
        return 1
    try:
        window = MainWindow(database)
        window.show()
        return app.exec()
    finally:
        database.close()
