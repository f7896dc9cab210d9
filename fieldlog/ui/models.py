"""Table models of the window: the events list (paged, sorted and filtered in SQL) and one event's
activities (grouped by kind)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.records import (
    Activity,
    InvasiveRemoval,
    LitterPickup,
    OtherActivity,
    Planting,
    SeedballMaking,
    SeedCollection,
)
from fieldlog.domain.summary import NO_FILTER, SummaryFilter
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.services.records import EventListing, Records
from fieldlog.services.reference import country_name
from fieldlog.ui.editors.fields import format_date
from fieldlog.ui.formatting import Counts, format_area_m2, format_mass_g, format_number
from fieldlog.ui.language import column_label, vocabulary, window_language
from fieldlog.ui.tasks import TaskRunner

AnyIndex = QModelIndex | QPersistentModelIndex
PAGE = 200
Row = tuple[int, bool, tuple[str, ...]]
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class EventsModel(QAbstractTableModel):
    """The events that match the filter, a page at a time as the view scrolls; keyed by event id.

    Counting, sorting and filtering run in SQL on the task runner's thread; the model only ever holds
    the pages the user has scrolled to.
    """

    # The column spec's labels (one word in the template and here), and the short "Hours" of this table.
    HEADERS = (QT_TRANSLATE_NOOP("columns", "Date"), QT_TRANSLATE_NOOP("columns", "Event"),
               QT_TRANSLATE_NOOP("columns", "Campaign"), QT_TRANSLATE_NOOP("columns", "Site"),
               QT_TRANSLATE_NOOP("columns", "Country"), QT_TRANSLATE_NOOP("columns", "Participants"),
               QT_TRANSLATE_NOOP("EventsModel", "Hours"))
    SORT_KEYS = ("start", "event_name", "campaign", "site_name", "country_code", "participants", "volunteer_hours")
    NUMERIC = (5, 6)

    reloaded = Signal()  # the first page of a new filter or sort has arrived
    failed = Signal(str)

    def __init__(self, runner: TaskRunner | None = None, records: Records | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner, self.records = runner, records
        # One plain tuple per loaded row: (event id as int, hours derived, the cells as text). Ints, bools
        # and strings are not tracked by Python's cycle collector, so 100,000 rows add nothing to its
        # full collections, which otherwise stall the window for 100 ms and more as the list grows.
        self.rows: list[Row] = []
        self._last: EventListing | None = None  # the last loaded line: the next page starts after it
        self.total = 0
        self.filter: SummaryFilter = NO_FILTER
        self.text = ""
        self.sort_key, self.descending = "start", True
        self._generation = 0  # pages of an older filter or sort are dropped when they arrive
        self._fetching = False

    # -- loading ----------------------------------------------------------------------------------

    def set_query(self, flt: SummaryFilter, text: str) -> None:
        """Show the events matching `flt` and `text` (read again from the first page)."""
        self.filter, self.text = flt, text.strip()
        self.reload()

    def reload(self) -> None:
        """Count and read the first page again (after a change, a filter or a sort)."""
        if self.runner is None or self.records is None:
            return
        self._generation += 1
        generation, records = self._generation, self.records
        flt, text, sort, descending = self.filter, self.text or None, self.sort_key, self.descending

        def work() -> tuple[int, list[Row], EventListing | None]:
            lines = records.event_page(flt, text, sort=sort, descending=descending, limit=PAGE)
            return (records.count_events(flt, text), [self._row(line) for line in lines],
                    lines[-1] if lines else None)

        self._fetching = True
        self.runner.submit(work, lambda result: self._first_page(generation, result), self._failed)

    def _first_page(self, generation: int, result: tuple[int, list[Row], EventListing | None]) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        total, rows, self._last = result
        self._set_rows(rows, total)
        self.reloaded.emit()

    def _failed(self, error: BaseException) -> None:
        self._fetching = False
        self.failed.emit(str(error))

    def set_lines(self, lines: Sequence[EventListing], total: int | None = None) -> None:
        """Replace every row (and how many there are in all)."""
        self._last = lines[-1] if lines else None
        self._set_rows([self._row(line) for line in lines], total)

    def _set_rows(self, rows: list[Row], total: int | None) -> None:
        self.beginResetModel()
        self.rows = rows
        self.total = len(rows) if total is None else total
        self.endResetModel()

    @staticmethod
    def _row(line: EventListing) -> Row:
        """A row as the model keeps it (made on the database thread: country names load lazily)."""
        hours = "" if line.volunteer_hours is None else format_number(line.volunteer_hours)
        cells = (format_date(line.start.date()), line.event_name, line.campaign or "", line.site_name,
                 country_name(line.country_code, window_language()), format_number(line.participants), hours)
        return line.id.int, line.hours_derived, cells

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:  # noqa: B008
        """True while rows beyond the loaded pages exist."""
        return not parent.isValid() and not self._fetching and len(self.rows) < self.total

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:  # noqa: B008
        """Read the next page on the database thread; rows are inserted when it arrives."""
        if parent.isValid() or self.runner is None or self.records is None or not self.canFetchMore():
            return
        self._fetching = True
        generation, records, offset, after = self._generation, self.records, len(self.rows), self._last
        flt, text, sort, descending = self.filter, self.text or None, self.sort_key, self.descending

        def work() -> tuple[list[Row], EventListing | None]:
            page = records.event_page(flt, text, sort=sort, descending=descending, after=after, limit=PAGE)
            return [self._row(line) for line in page], page[-1] if page else None

        self.runner.submit(work, lambda result: self._next_page(generation, offset, *result), self._failed)

    def _next_page(self, generation: int, offset: int, page: list[Row], last: EventListing | None) -> None:
        if generation != self._generation or offset != len(self.rows):
            return
        self._fetching = False
        if page:
            self._last = last
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page) - 1)
            self.rows.extend(page)
            self.endInsertRows()
        else:  # fewer events than counted (deleted meanwhile): stop asking
            self.total = len(self.rows)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort in SQL by a column (nothing to do when it is sorted so already)."""
        if not 0 <= column < len(self.SORT_KEYS):
            return
        wanted = (self.SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if wanted == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = wanted
        self.reload()

    def event_id(self, row: int) -> uuid.UUID | None:
        """The id of the event on a row."""
        return uuid.UUID(int=self.rows[row][0]) if 0 <= row < len(self.rows) else None

    def row_of(self, event_id: uuid.UUID) -> int | None:
        """The row of a loaded event, or None."""
        wanted = event_id.int
        return next((row for row, (key, _derived, _cells) in enumerate(self.rows) if key == wanted), None)

    # -- the table --------------------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows loaded so far under the invisible root; none under a row."""
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The columns of HEADERS."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, alignment and tooltips of a cell."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.rows[row][2][column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if column in self.NUMERIC else None
        if role == Qt.ItemDataRole.ToolTipRole and column == 6 and self.rows[row][1]:
            return self.tr("Not counted at the event: participants × duration.")
        if role == Qt.ItemDataRole.UserRole:
            return self.event_id(row)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            label = self.HEADERS[section]
            return self.tr(label) if section == 6 else column_label(label)
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC:
            return RIGHT
        if role == Qt.ItemDataRole.ToolTipRole and section == 6:
            return column_label(QT_TRANSLATE_NOOP("columns", "Volunteer hours"))
        return None


def _amounts(*parts: tuple[float | None, Callable[[float], str]]) -> str:
    return " · ".join(show(value) for value, show in parts if value)


def _bags(count: float) -> str:
    return Counts.tr("%Ln bag(s)", "", int(count))


def describe_activity(activity: Activity) -> tuple[str, str]:
    """What an activity was about, and how much it did, in a few words each."""
    match activity:
        case Planting():
            return activity.species, _amounts(
                (activity.plants, lambda n: Counts.tr("%Ln plant(s)", "", int(n))),
                (activity.area_m2, format_area_m2))
        case SeedCollection():
            return activity.species, _amounts(
                (activity.mass_g, format_mass_g),
                (activity.seed_count, lambda n: Counts.tr("%Ln seed(s)", "", int(n))))
        case SeedballMaking():
            return activity.species or "", _amounts(
                (activity.seedballs, lambda n: Counts.tr("%Ln seedball(s)", "", int(n))))
        case InvasiveRemoval():
            return activity.species, _amounts((activity.area_m2, format_area_m2),
                                              (activity.weight_kg, lambda kg: f"{format_number(kg)} kg"),
                                              (activity.bags, _bags))
        case LitterPickup():
            items = Counts.tr("%Ln item(s)", "", activity.item_total)
            return (items if activity.items else "",
                    _amounts((activity.bags, _bags),
                             (activity.weight_kg, lambda kg: f"{format_number(kg)} kg")))
        case OtherActivity():
            return activity.description, _amounts((activity.quantity,
                                                   lambda q: f"{format_number(q)} {activity.unit or ''}".strip()))
    return "", ""


KIND_ORDER = {kind: number for number, kind in enumerate(ActivityKind)}


class ActivitiesModel(QAbstractTableModel):
    """One event's activities, grouped by kind (the kind shown on the first row of each group)."""

    HEADERS = (QT_TRANSLATE_NOOP("ActivitiesModel", "Kind"), QT_TRANSLATE_NOOP("ActivitiesModel", "What"),
               QT_TRANSLATE_NOOP("ActivitiesModel", "How much"), QT_TRANSLATE_NOOP("ActivitiesModel", "Date"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.activities: list[Activity] = []

    def set_activities(self, activities: Sequence[Activity]) -> None:
        """Replace every row, grouped by kind."""
        self.beginResetModel()
        self.activities = sorted(activities, key=lambda a: (KIND_ORDER[a.kind], a.date or dt.date.min,
                                                            a.created_at or dt.datetime.min, str(a.id)))
        self.endResetModel()

    def activity(self, row: int) -> Activity | None:
        """The activity on a row."""
        return self.activities[row] if 0 <= row < len(self.activities) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """One row per activity."""
        return 0 if parent.isValid() else len(self.activities)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """The columns of HEADERS."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def _first_of_kind(self, row: int) -> bool:
        return row == 0 or self.activities[row - 1].kind != self.activities[row].kind

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text of a cell; the kind in bold on the first row of its group."""
        if not index.isValid():
            return None
        row, column = index.row(), index.column()
        activity = self.activities[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return vocabulary(activity.kind) if self._first_of_kind(row) else ""
            what, amount = describe_activity(activity)
            return (what, amount, format_date(activity.date) if activity.date else "")[column - 1]
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return vocabulary(activity.kind) if column == 0 else self.data(index, Qt.ItemDataRole.DisplayRole)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Column titles."""
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None
