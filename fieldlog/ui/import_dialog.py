"""The import window: choose the sheets, map their columns, preview what every row would do, then import
in one step (all or nothing, after a backup).

Every read of the file and every database call runs on the window's task thread. The preview streams:
rows arrive in chunks while the file is still being read, so a big file shows its first rows at once.
"""

from __future__ import annotations

import dataclasses
import json
import threading
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QStyle,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldlog.domain.errors import FieldlogError
from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.domain.units import units_of
from fieldlog.services.database import Database
from fieldlog.services.importing import (
    ImportPreview,
    ImportResult,
    RowOutcome,
    RowStatus,
    apply_import,
    preview_import,
    rejected_path_for,
    write_rejected,
)
from fieldlog.services.records import Cancelled
from fieldlog.services.spreadsheet_view import (
    ENCODINGS,
    SHEETS,
    SPREADSHEET_SUFFIXES,
    FileLook,
    ImportRejected,
    Mapping,
    SheetLook,
    field_choices,
    guess_for,
    header_key,
    headers_key,
    load_mappings,
    look_at_file,
    look_at_sheet,
    mapping_from_json,
    mapping_problem,
    own_field_count,
    save_mappings,
    table_choices,
)
from fieldlog.ui.editors.fields import local_message
from fieldlog.ui.formatting import format_area_m2, format_mass_g, format_number
from fieldlog.ui.language import column_label, translated
from fieldlog.ui.tasks import TaskRunner, describe_failure

__all__ = ["IGNORE", "ImportDialog", "MappingEditor", "OutcomeModel", "open_import_dialog"]

# Words of constant tables are marked here and translated where shown, with `translated`.
IGNORE = QT_TRANSLATE_NOOP("import_dialog", "— ignore —")
LAST_FOLDER_KEY = "paths/last_folder"
MAPPING_KEY = "import/mappings/"  # + the key of a set of headers -> the mapping's JSON
UNIT_SHOWN = {"m2": "m²", "km2": "km²", "ft2": "ft²", "mi2": "mi²", "m3": "m³", "yd3": "yd³",
              "acre": QT_TRANSLATE_NOOP("import_dialog", "acres")}
ERROR_TINT = QColor("#f8d3d1")
DUPLICATE_TINT = QColor("#fde3a7")
INK = QColor("#1a1a1a")
AnyIndex = QModelIndex | QPersistentModelIndex

FILE_PAGE, MAPPING_PAGE, PREVIEW_PAGE, RESULT_PAGE = range(4)

# What the filter offers: (text, statuses shown; None: every row).
FILTERS: tuple[tuple[str, frozenset[RowStatus] | None], ...] = (
    (QT_TRANSLATE_NOOP("import_dialog", "All rows"), None),
    (QT_TRANSLATE_NOOP("import_dialog", "Errors"), frozenset({RowStatus.ERROR})),
    (QT_TRANSLATE_NOOP("import_dialog", "Duplicates"), frozenset({RowStatus.DUPLICATE})),
    (QT_TRANSLATE_NOOP("import_dialog", "New"), frozenset({RowStatus.NEW})),
    (QT_TRANSLATE_NOOP("import_dialog", "Updated"), frozenset({RowStatus.UPDATED})),
    (QT_TRANSLATE_NOOP("import_dialog", "Unchanged"), frozenset({RowStatus.UNCHANGED})),
    (QT_TRANSLATE_NOOP("import_dialog", "Skipped"), frozenset({RowStatus.SKIPPED})))
# A row's status as the preview shows it (the status column, the running counts).
STATUS_WORDS: dict[RowStatus, str] = {
    RowStatus.NEW: QT_TRANSLATE_NOOP("import_dialog", "new"),
    RowStatus.UPDATED: QT_TRANSLATE_NOOP("import_dialog", "updated"),
    RowStatus.UNCHANGED: QT_TRANSLATE_NOOP("import_dialog", "unchanged"),
    RowStatus.DUPLICATE: QT_TRANSLATE_NOOP("import_dialog", "duplicate"),
    RowStatus.ERROR: QT_TRANSLATE_NOOP("import_dialog", "error"),
    RowStatus.SKIPPED: QT_TRANSLATE_NOOP("import_dialog", "skipped"),
}



def _sheet_label(label: str) -> str:
    """A table's label (the column spec's sheet name, "Planting") in the window's language."""
    return QCoreApplication.translate("sheets", label)


def _encodings() -> list[tuple[str, str]]:
    """The encodings a CSV file may be read in, with their descriptions in the window's language."""
    return [(name, translated("spreadsheet_view", text)) for name, text in ENCODINGS]


def _column_help(text: str) -> str:
    """A column's help (marked with its label under `columns`) in the window's language."""
    return QCoreApplication.translate("columns", text) if text else ""


def _muted(label: QLabel) -> QLabel:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.PlaceholderText))
    label.setPalette(palette)
    return label


def _problem_style(label: QLabel) -> QLabel:
    label.setStyleSheet("color: #a01c1c;")
    return label


def _say(label: QLabel, text: str) -> None:
    """Show `text` in a label that takes no room while it has nothing to say."""
    label.setText(text)
    label.setVisible(bool(text))


def _scroll(widget: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(widget)
    return area


# -- the preview table ------------------------------------------------------------------------------

class OutcomeModel(QAbstractTableModel):
    """The preview's rows, appended chunk by chunk as the preview decides them; filtered by status."""

    HEADERS = (QT_TRANSLATE_NOOP("import_dialog", "Sheet"), QT_TRANSLATE_NOOP("import_dialog", "Row"),
               QT_TRANSLATE_NOOP("import_dialog", "Table"), QT_TRANSLATE_NOOP("import_dialog", "Status"),
               QT_TRANSLATE_NOOP("import_dialog", "What"), QT_TRANSLATE_NOOP("import_dialog", "Reason"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.outcomes: list[RowOutcome] = []
        self.counts: Counter[RowStatus] = Counter()
        self.statuses: frozenset[RowStatus] | None = None  # None: every row is shown
        self._shown: list[int] = []  # indexes into outcomes, when filtered
        self._bold = QFont()
        self._bold.setBold(True)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Rows shown under the filter."""
        if parent.isValid():
            return 0
        return len(self.outcomes) if self.statuses is None else len(self._shown)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """Sheet, row, table, status, what, reason."""
        return 0 if parent.isValid() else len(self.HEADERS)

    def outcome(self, row: int) -> RowOutcome:
        """The outcome shown in `row`."""
        return self.outcomes[row if self.statuses is None else self._shown[row]]

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, tints for errors and duplicates, and the full reasons as a tooltip."""
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        outcome, column = self.outcome(index.row()), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return outcome.sheet
            if column == 1:
                return format_number(outcome.row)
            if column == 2:
                return _sheet_label(outcome.table)
            if column == 3:
                return translated("import_dialog", STATUS_WORDS[outcome.status])
            if column == 4:
                return outcome.what
            return "; ".join(local_message(reason) for reason in outcome.reasons)
        if role == Qt.ItemDataRole.BackgroundRole:
            if outcome.status is RowStatus.ERROR:
                return QBrush(ERROR_TINT)
            if outcome.status is RowStatus.DUPLICATE:
                return QBrush(DUPLICATE_TINT)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(INK) if outcome.status in (RowStatus.ERROR, RowStatus.DUPLICATE) else None
        if role == Qt.ItemDataRole.FontRole and column == 3 and outcome.status is RowStatus.ERROR:
            return self._bold
        if role == Qt.ItemDataRole.ToolTipRole and outcome.reasons:
            return "\n".join(local_message(reason) for reason in outcome.reasons)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The column titles."""
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return translated("import_dialog", self.HEADERS[section])
        return None

    def append(self, outcomes: Sequence[RowOutcome]) -> None:
        """Add a chunk of outcomes at the end (the rows the filter shows appear at once)."""
        if not outcomes:
            return
        start = len(self.outcomes)
        self.counts.update(outcome.status for outcome in outcomes)
        if self.statuses is None:
            self.beginInsertRows(QModelIndex(), start, start + len(outcomes) - 1)
            self.outcomes.extend(outcomes)
            self.endInsertRows()
            return
        self.outcomes.extend(outcomes)
        shown = [start + i for i, outcome in enumerate(outcomes) if outcome.status in self.statuses]
        if shown:
            first = len(self._shown)
            self.beginInsertRows(QModelIndex(), first, first + len(shown) - 1)
            self._shown.extend(shown)
            self.endInsertRows()

    def clear(self) -> None:
        """No rows (a new preview starts)."""
        self.beginResetModel()
        self.outcomes, self._shown = [], []
        self.counts = Counter()
        self.endResetModel()

    def set_filter(self, statuses: frozenset[RowStatus] | None) -> None:
        """Show only rows with these statuses (None: every row)."""
        self.beginResetModel()
        self.statuses = statuses
        self._shown = [] if statuses is None else [i for i, o in enumerate(self.outcomes) if o.status in statuses]
        self.endResetModel()


class _Relay(QObject):
    """Hands the preview's chunks from the task thread to the window (queued signals)."""

    outcomes = Signal(int, object)  # (preview generation, list of RowOutcome)
    progressed = Signal(int, int)  # (preview generation, rows read)


# -- the mapping of one sheet -----------------------------------------------------------------------

@dataclass(slots=True)
class _ColumnRow:
    header: str
    field: QComboBox
    unit: QComboBox


@dataclass(slots=True)
class _ConstantRow:
    widget: QWidget
    field: QComboBox
    value: QLineEdit


class MappingEditor(QWidget):
    """Which field each column of one sheet goes to (and in which unit), the header row, the date format and
    constants: enough to build a `Mapping`."""

    changed = Signal()
    header_row_wanted = Signal(str, int)  # (sheet, header row): the editor needs the headers of that row

    def __init__(self, look: SheetLook, table: str, mapping: Mapping | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(f"mapping_{look.name}")
        self.look, self.table = look, table
        self.fields = field_choices(table)
        self._by_key = {column.key: column for column in self.fields}
        self._kept = Mapping(kind=table)  # what the editor does not show (items, blank values...) is kept
        self.columns: dict[str, _ColumnRow] = {}
        self.constants: list[_ConstantRow] = []
        self._rebuilding = False

        self.header_row = QSpinBox()
        self.header_row.setObjectName("header_row")
        self.header_row.setRange(1, 1000)
        self.header_row.setValue(look.header_row)
        self.header_row.setToolTip(self.tr("The row of the sheet that holds the column headers "
                                           "(rows above it are skipped)"))
        self._row_timer = QTimer(self, singleShot=True, interval=350)
        self._row_timer.timeout.connect(lambda: self.header_row_wanted.emit(self.look.name, self.header_row.value()))
        self.header_row.valueChanged.connect(lambda _value: self._row_timer.start())
        self.date_format = QLineEdit()
        self.date_format.setObjectName("date_format")
        self.date_format.setPlaceholderText(self.tr("automatic"))
        self.date_format.setToolTip(self.tr("Only for dates written as text in an unusual order, e.g. %d.%m.%Y for "
                                            "31.05.2026 or %m/%d/%Y for 05/31/2026; several, separated by ;, are "
                                            "tried in order. Leave blank otherwise."))
        self.date_format.setMaximumWidth(180)
        self.date_format.textChanged.connect(lambda _text: self.changed.emit())
        self.decimal_comma = QCheckBox(self.tr("Decimal co&mma"))
        self.decimal_comma.setObjectName("decimal_comma")
        self.decimal_comma.setToolTip(self.tr("The sheet writes numbers with a decimal comma (2,5 for two and a "
                                              "half) and no thousands separators, as a CSV file saved where that "
                                              "is the custom does"))
        self.decimal_comma.toggled.connect(lambda _on: self.changed.emit())
        options = QHBoxLayout()
        row_label = QLabel(self.tr("Header &row"))
        row_label.setBuddy(self.header_row)
        date_label = QLabel(self.tr("&Date format"))
        date_label.setBuddy(self.date_format)
        options.addWidget(row_label)
        options.addWidget(self.header_row)
        options.addSpacing(18)
        options.addWidget(date_label)
        options.addWidget(self.date_format)
        options.addSpacing(18)
        options.addWidget(self.decimal_comma)
        options.addStretch(1)

        self.grid_holder = QWidget()
        self.grid_holder.setObjectName("column_grid")
        self.grid_area = _scroll(self.grid_holder)

        self.constants_box = QWidget()
        self.constants_column = QVBoxLayout(self.constants_box)
        self.constants_column.setContentsMargins(0, 0, 0, 0)
        self.constants_column.setSpacing(4)
        self.add_constant_button = QPushButton(self.tr("&Add constant"))
        self.add_constant_button.setObjectName("add_constant")
        self.add_constant_button.setToolTip(self.tr("A value for a field that every row of this sheet shares (e.g. "
                                                    "the country); {Header} takes the value of that column in the "
                                                    "row"))
        self.add_constant_button.clicked.connect(lambda: self.add_constant(focus=True))
        constants_title = QLabel(self.tr("<b>Constants</b> (the same value on every row; {Header} takes that "
                                         "column's value)"))
        constants_title.setWordWrap(True)
        constants_head = QHBoxLayout()
        constants_head.addWidget(constants_title, 1)
        constants_head.addWidget(self.add_constant_button)

        self.problem = _problem_style(QLabel())
        self.problem.setObjectName("mapping_problem")
        self.problem.setWordWrap(True)
        self.problem.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addLayout(options)
        layout.addWidget(self.grid_area, 1)
        layout.addWidget(rule)
        layout.addLayout(constants_head)
        layout.addWidget(self.constants_box)
        layout.addWidget(self.problem)
        self._build_grid()
        self.apply(mapping or guess_for(table, look))

    # -- building -----------------------------------------------------------------------------------

    def _field_combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setObjectName(name)
        combo.addItem(translated("import_dialog", IGNORE), None)
        own = own_field_count(self.table)
        for index, column in enumerate(self.fields):
            if index == own:
                combo.insertSeparator(combo.count())
            combo.addItem(column_label(column.label) + (" *" if column.required and index < own else ""),
                          column.key)
            if column.help:
                combo.setItemData(combo.count() - 1, _column_help(column.help), Qt.ItemDataRole.ToolTipRole)
        combo.setMaxVisibleItems(20)
        combo.setMinimumContentsLength(16)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return combo

    def _build_grid(self) -> None:
        old = self.grid_holder.layout()
        if old is not None:
            QWidget().setLayout(old)  # the old layout and its widgets go with a throwaway widget
        self.columns = {}
        grid = QGridLayout(self.grid_holder)
        grid.setContentsMargins(0, 0, 4, 0)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        titles = (self.tr("Column in the file"), self.tr("First value"), self.tr("Goes to field"), self.tr("Unit"))
        for column, title in enumerate(titles):
            heading = QLabel(f"<b>{title}</b>")
            grid.addWidget(heading, 0, column)
        named = [(i, h) for i, h in enumerate(self.look.headers) if h]
        for row, (index, header) in enumerate(named, start=1):
            source = QLabel(header)
            source.setToolTip(self.tr("Column {number}: {header}").format(number=index + 1, header=header))
            source.setMaximumWidth(260)
            sample = _muted(QLabel(self.look.samples[index] if index < len(self.look.samples) else ""))
            sample.setMaximumWidth(220)
            sample.setToolTip(sample.text())
            field = self._field_combo(f"field_{index}")
            field.setAccessibleName(self.tr("Field for column {header}").format(header=header))
            source.setBuddy(field)
            unit = QComboBox()
            unit.setObjectName(f"unit_{index}")
            unit.setAccessibleName(self.tr("Unit of column {header}").format(header=header))
            unit.setMinimumContentsLength(6)
            unit.setMaximumWidth(130)
            entry = _ColumnRow(header, field, unit)
            field.currentIndexChanged.connect(lambda _i, entry=entry: self._field_changed(entry))
            unit.currentIndexChanged.connect(lambda _i: self._emit_changed())
            grid.addWidget(source, row, 0)
            grid.addWidget(sample, row, 1)
            grid.addWidget(field, row, 2)
            grid.addWidget(unit, row, 3)
            self.columns[header_key(header)] = entry
            self._fill_units(entry, None)
        if not named:
            empty = self.tr("Row {row} of this sheet is empty: set the header row to the row with the column "
                            "names.").format(row=self.look.header_row)
            grid.addWidget(_muted(QLabel(empty)), 1, 0, 1, 4)
        self._fix_tab_order()
        grid.setColumnMinimumWidth(0, 150)
        grid.setColumnStretch(1, 2)
        grid.setColumnMinimumWidth(3, 90)
        grid.setColumnStretch(4, 1)  # spare width goes past the unit, not into it
        grid.setRowStretch(len(named) + 1, 1)

    def _fix_tab_order(self) -> None:
        """Tab runs down the options, the columns (field, then unit), then the constants."""
        chain: list[QWidget] = [self.header_row, self.date_format, self.decimal_comma]
        for entry in self.columns.values():
            chain += [entry.field, entry.unit]
        chain.append(self.add_constant_button)
        for constant in self.constants:
            chain += [constant.field, constant.value]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _fill_units(self, entry: _ColumnRow, chosen: str | None) -> None:
        column = self._by_key.get(entry.field.currentData() or "")
        entry.unit.blockSignals(True)
        entry.unit.clear()
        dimension = column.dimension if column is not None else None
        if column is not None and dimension is not None:
            for unit in units_of(dimension):
                shown = UNIT_SHOWN.get(unit.symbol)
                entry.unit.addItem(translated("import_dialog", shown) if shown else unit.symbol, unit.symbol)
            wanted = entry.unit.findData(chosen or column.unit)
            entry.unit.setCurrentIndex(max(wanted, 0))
        entry.unit.setVisible(dimension is not None)
        entry.unit.blockSignals(False)

    def _field_changed(self, entry: _ColumnRow) -> None:
        self._fill_units(entry, self._unit_in_header(entry.header))
        self._emit_changed()

    def _unit_in_header(self, header: str) -> str | None:
        """The unit a header names for its quantity ('Area (ha)'), as the guess reads it."""
        column = self._by_key.get(self.columns[header_key(header)].field.currentData() or "")
        if column is None or column.dimension is None:
            return None
        guessed = guess_for(self.table, dataclasses.replace(self.look, headers=(header,)))
        return guessed.units.get(header)

    def _emit_changed(self) -> None:
        if not self._rebuilding:
            self.changed.emit()

    def add_constant(self, field: str | None = None, value: str = "", *, focus: bool = False) -> _ConstantRow:
        """One more constant row (field and value)."""
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        combo = self._field_combo(f"constant_field_{len(self.constants)}")
        combo.setItemText(0, self.tr("— choose a field —"))
        if field is not None:
            combo.setCurrentIndex(max(combo.findData(field), 0))
        line = QLineEdit(value)
        line.setObjectName(f"constant_value_{len(self.constants)}")
        line.setPlaceholderText(self.tr("value, e.g. KE or {Year}-01-01"))
        remove = QToolButton()
        remove.setText(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove this constant"))
        entry = _ConstantRow(widget, combo, line)
        remove.clicked.connect(lambda: self._remove_constant(entry, focus=True))
        combo.currentIndexChanged.connect(lambda _i: self._emit_changed())
        line.textChanged.connect(lambda _t: self._emit_changed())
        row.addWidget(combo)
        row.addWidget(line, 1)
        row.addWidget(remove)
        self.constants_column.addWidget(widget)
        self.constants.append(entry)
        self._fix_tab_order()
        if focus:
            combo.setFocus()
        self._emit_changed()
        return entry

    def _remove_constant(self, entry: _ConstantRow, *, focus: bool = False) -> None:
        self.constants.remove(entry)
        entry.widget.hide()
        entry.widget.deleteLater()
        if focus:
            self.add_constant_button.setFocus()
        self._emit_changed()

    # -- reading and writing a mapping ----------------------------------------------------------------

    def apply(self, mapping: Mapping) -> None:
        """Show `mapping` (columns the sheet lacks are dropped; what the editor has no widget for is kept)."""
        self._rebuilding = True
        try:
            self._kept = mapping
            targets = {header_key(h): f for h, f in mapping.columns.items()}
            units = {header_key(h): u for h, u in mapping.units.items()}
            for key, entry in self.columns.items():
                entry.field.setCurrentIndex(max(entry.field.findData(targets.get(key)), 0)
                                            if targets.get(key) in self._by_key else 0)
                self._fill_units(entry, units.get(key) or self._unit_in_header(entry.header))
            formats = mapping.date_format
            self.date_format.setText("; ".join(formats) if isinstance(formats, tuple) else formats or "")
            self.decimal_comma.setChecked(mapping.decimal_comma)
            for constant in list(self.constants):
                self._remove_constant(constant)
            for name, value in mapping.constants.items():
                if name in self._by_key:
                    self.add_constant(name, str(value))
        finally:
            self._rebuilding = False
        if mapping.header_row != self.look.header_row:
            self.header_row.setValue(mapping.header_row)  # reads that row's headers, then applies again
        self.changed.emit()

    def set_look(self, look: SheetLook) -> None:
        """The sheet's headers changed (another header row, another encoding): rebuild, keeping the choices
        made for headers that are still there and guessing the new ones."""
        current = self.mapping()
        known = {header_key(h) for h in self.look.headers if h}
        guessed = guess_for(self.table, look)
        columns = {h: f for h, f in guessed.columns.items() if header_key(h) not in known}
        columns.update(current.columns)
        taken: set[str] = set()
        for header in list(columns):  # a field guessed for a new header and chosen for an old one: the old wins
            if columns[header] in taken or (header in guessed.columns and columns[header] in current.columns.values()
                                            and header not in current.columns):
                del columns[header]
            else:
                taken.add(columns[header])
        units = {**{h: u for h, u in guessed.units.items() if h in columns}, **current.units}
        self.look = look
        self.header_row.blockSignals(True)
        self.header_row.setValue(look.header_row)
        self.header_row.blockSignals(False)
        self._build_grid()
        self.apply(dataclasses.replace(current, header_row=look.header_row, columns=columns, units=units))

    def mapping(self) -> Mapping:
        """The mapping the editor shows."""
        columns: dict[str, str] = {}
        units: dict[str, str] = {}
        for entry in self.columns.values():
            key = entry.field.currentData()
            if not key:
                continue
            columns[entry.header] = key
            column = self._by_key.get(key)
            if column is not None and column.dimension is not None and entry.unit.currentData():
                units[entry.header] = entry.unit.currentData()
        constants = {entry.field.currentData(): entry.value.text().strip() for entry in self.constants
                     if entry.field.currentData() and entry.value.text().strip()}
        return dataclasses.replace(self._kept, kind=self.table, sheet=self.look.name,
                                   header_row=self.header_row.value(), columns=columns, units=units,
                                   constants=constants, date_format=self.date_formats(),
                                   decimal_comma=self.decimal_comma.isChecked())

    def date_formats(self) -> str | tuple[str, ...] | None:
        """The date format typed (several, separated by ;, are tried in order)."""
        formats = tuple(part.strip() for part in self.date_format.text().split(";") if part.strip())
        return None if not formats else formats[0] if len(formats) == 1 else formats

    def field_combo(self, header: str) -> QComboBox:
        """The field picker of a column (tests and keyboard users reach it by header)."""
        return self.columns[header_key(header)].field

    def unit_combo(self, header: str) -> QComboBox:
        """The unit picker of a column."""
        return self.columns[header_key(header)].unit

    def set_field(self, header: str, field: str | None, unit: str | None = None) -> None:
        """Map a column to a field (None: ignore it), optionally in a unit."""
        combo = self.field_combo(header)
        combo.setCurrentIndex(max(combo.findData(field), 0) if field else 0)
        if unit is not None:
            units = self.unit_combo(header)
            units.setCurrentIndex(units.findData(unit))

    def show_problem(self, text: str | None) -> None:
        """Say why the mapping cannot be used yet (or nothing)."""
        _say(self.problem, text or "")


# -- the window --------------------------------------------------------------------------------------

@dataclass(slots=True)
class _SheetChoice:
    look: SheetLook
    check: QCheckBox
    table: QComboBox
    note: QLabel


class ImportDialog(QDialog):
    """Import a spreadsheet: sheets, columns, preview, import. Esc closes (stopping a running preview)."""

    imported = Signal(object)  # ImportResult, after an import wrote to the database

    def __init__(self, path: Path, database: Database, runner: TaskRunner, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("import_dialog")
        self.setWindowTitle(self.tr("Import a spreadsheet"))
        self.path, self.database, self.runner, self.settings = Path(path), database, runner, settings
        self.encoding: str | None = None
        self.look: FileLook | None = None
        self.choices: dict[str, _SheetChoice] = {}
        self.editors: dict[str, MappingEditor] = {}
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.previewing = self.importing = self.reading = False
        self.closed = False
        self._generation = 0
        self._cancel: threading.Event | None = None
        self._rows_read = 0
        self.progress_dialog: Any = None
        self._relay = _Relay()  # no parent: the task thread may still hold it after the window closed
        self._relay.outcomes.connect(self._outcomes_arrived)
        self._relay.progressed.connect(self._rows_progressed)

        self.pages = QStackedWidget()
        self.pages.setObjectName("import_pages")
        for page in (self._build_file_page(), self._build_mapping_page(), self._build_preview_page(),
                     self._build_result_page()):
            self.pages.addWidget(page)

        self.back_button = QPushButton(self.tr("< &Back"))
        self.back_button.setObjectName("back_button")
        self.back_button.clicked.connect(self.go_back)
        self.next_button = QPushButton(self.tr("&Next >"))
        self.next_button.setObjectName("next_button")
        self.next_button.clicked.connect(self.go_next)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setObjectName("import_button")
        self.import_button.clicked.connect(self.start_import)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.setObjectName("close_button")
        self.close_button.clicked.connect(self.reject)
        self.import_note = QLabel()
        self.import_note.setObjectName("import_note")
        self.import_note.setWordWrap(True)
        self.import_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.import_note, 1)
        buttons.addSpacing(12)
        for button in (self.next_button, self.import_button, self.close_button):
            button.setAutoDefault(False)
            buttons.addWidget(button)
        self.back_button.setAutoDefault(False)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(line)
        layout.addLayout(buttons)
        QShortcut(QKeySequence("Alt+Left"), self, self.go_back)
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next)
        self.resize(1040, 700)
        self._show_page(FILE_PAGE)
        self.load_file(self.path)

    # -- pages ----------------------------------------------------------------------------------------

    def _title(self, text: str, explanation: str) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(2)
        title = QLabel(f"<b style='font-size: large'>{text}</b>")  # untranslated: HTML markup
        column.addWidget(title)
        words = _muted(QLabel(explanation))
        words.setWordWrap(True)
        column.addWidget(words)
        return box

    def _build_file_page(self) -> QWidget:
        page = QWidget()
        self.file_label = QLabel()
        self.file_label.setObjectName("file_label")
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.file_label.setWordWrap(True)
        self.choose_button = QPushButton(self.tr("C&hoose another file…"))
        self.choose_button.setObjectName("choose_file")
        self.choose_button.setAutoDefault(False)
        self.choose_button.clicked.connect(self.choose_file)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setObjectName("encoding")
        self.encoding_combo.addItem(self.tr("Automatic (UTF-8)"), None)
        for name, text in _encodings():
            self.encoding_combo.addItem(text.split(":")[0].strip(), name)
            self.encoding_combo.setItemData(self.encoding_combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self.encoding_combo.activated.connect(self._encoding_chosen)
        self.encoding_label = QLabel(self.tr("&Encoding"))
        self.encoding_label.setBuddy(self.encoding_combo)
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_label, 1)
        file_row.addWidget(self.encoding_label)
        file_row.addWidget(self.encoding_combo)
        file_row.addWidget(self.choose_button)
        self.sheet_holder = QWidget()
        self.sheet_holder.setObjectName("sheet_list")
        self.file_status = QLabel()
        self.file_status.setObjectName("file_status")
        self.file_status.setWordWrap(True)
        self.file_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Sheets"),
                                     self.tr("Tick the sheets to import and choose the table each one fills. "
                                             "Sheets named after a table (Events, Planting, …) are chosen for you.")))
        layout.addLayout(file_row)
        layout.addWidget(_scroll(self.sheet_holder), 1)
        layout.addWidget(self.file_status)
        return page

    def _build_mapping_page(self) -> QWidget:
        page = QWidget()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mapping_tabs")
        self.tabs.setDocumentMode(True)
        self.load_mapping_button = QPushButton(self.tr("&Load mapping…"))
        self.load_mapping_button.setObjectName("load_mapping")
        self.save_mapping_button = QPushButton(self.tr("Sa&ve mapping…"))
        self.save_mapping_button.setObjectName("save_mapping")
        for button in (self.load_mapping_button, self.save_mapping_button):
            button.setAutoDefault(False)
        self.load_mapping_button.clicked.connect(self.load_mapping)
        self.save_mapping_button.clicked.connect(self.save_mapping)
        self.mapping_status = QLabel()
        self.mapping_status.setObjectName("mapping_status")
        self.mapping_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.mapping_status, 1)
        row.addWidget(self.load_mapping_button)
        row.addWidget(self.save_mapping_button)
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Columns"), self.tr(
            "Choose the field each column of the file goes to; columns left at “{ignore}” are not imported. "
            "Fields with * are required. fieldlog remembers these choices for files with the same headers.")
            .format(ignore=translated("import_dialog", IGNORE))))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(row)
        return page

    def _build_preview_page(self) -> QWidget:
        page = QWidget()
        self.summary_label = QLabel()
        self.summary_label.setObjectName("summary_label")
        self.summary_label.setWordWrap(True)
        font = self.summary_label.font()
        font.setBold(True)
        self.summary_label.setFont(font)
        self.additions_label = QLabel()
        self.additions_label.setObjectName("additions_label")
        self.additions_label.setWordWrap(True)
        self.filter_combo = QComboBox()
        self.filter_combo.setObjectName("filter_combo")
        for text, _statuses in FILTERS:
            self.filter_combo.addItem(translated("import_dialog", text))
        self.filter_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        show_label = QLabel(self.tr("Sho&w"))
        show_label.setBuddy(self.filter_combo)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("preview_progress")
        self.progress_bar.setRange(0, 0)
        self.progress_bar.setMaximumWidth(160)
        self.progress_bar.setTextVisible(False)
        self.stop_button = QPushButton(self.tr("S&top preview"))
        self.stop_button.setObjectName("stop_preview")
        self.stop_button.setAutoDefault(False)
        self.stop_button.clicked.connect(self.stop_preview)
        self.again_button = QPushButton(self.tr("Preview a&gain"))
        self.again_button.setObjectName("preview_again")
        self.again_button.setAutoDefault(False)
        self.again_button.clicked.connect(self.start_preview)
        bar = QHBoxLayout()
        bar.addWidget(show_label)
        bar.addWidget(self.filter_combo)
        bar.addStretch(1)
        bar.addWidget(self.progress_bar)
        bar.addWidget(self.stop_button)
        bar.addWidget(self.again_button)

        self.model = OutcomeModel(self)
        self.table = QTableView()
        self.table.setObjectName("preview_table")
        self.table.setModel(self.model)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(False)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((130, 60, 120, 80, 280)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        # The whole reason of the row the cursor is on: the Reason column is too narrow for most of them.
        self.reason_label = QLabel()
        self.reason_label.setObjectName("row_reason")
        self.reason_label.setWordWrap(True)
        self.reason_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.reason_label.hide()
        self.table.selectionModel().currentRowChanged.connect(lambda current, _previous: self._show_reason(current))
        self.model.modelReset.connect(lambda: self._show_reason(QModelIndex()))

        self.notes_label = _muted(QLabel())
        self.notes_label.setObjectName("notes_label")
        self.notes_label.setWordWrap(True)
        self.notes_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.preview_status = _problem_style(QLabel())
        self.preview_status.setObjectName("preview_status")
        self.preview_status.setWordWrap(True)
        self.preview_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skip_box = QCheckBox(self.tr("&Skip invalid rows"))
        self.skip_box.setObjectName("skip_invalid")
        self.skip_box.toggled.connect(lambda _on: self._update_buttons())
        layout = QVBoxLayout(page)
        layout.addWidget(self._title(self.tr("Preview"), self.tr("What importing would do with every row. Nothing "
                                                                 "is written until you press Import.")))
        layout.addWidget(self.summary_label)
        layout.addWidget(self.additions_label)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reason_label)
        layout.addWidget(self.preview_status)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.skip_box)
        return page

    def _build_result_page(self) -> QWidget:
        page = QWidget()
        self.result_label = QLabel()
        self.result_label.setObjectName("result_label")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.result_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(page)
        self.result_title = QLabel()
        self.result_title.setObjectName("result_title")
        layout.addWidget(self.result_title)
        layout.addSpacing(6)
        layout.addWidget(self.result_label, 1)
        return page

    def _show_page(self, page: int) -> None:
        self.pages.setCurrentIndex(page)
        self.back_button.setVisible(page in (MAPPING_PAGE, PREVIEW_PAGE))
        self.next_button.setVisible(page in (FILE_PAGE, MAPPING_PAGE))
        self.import_button.setVisible(page == PREVIEW_PAGE)
        self.close_button.setText(self.tr("Close") if page == RESULT_PAGE else self.tr("Cancel"))
        self._update_buttons()
        focus: QWidget | None = {
            FILE_PAGE: next((c.check for c in self.choices.values()), None),
            MAPPING_PAGE: self.tabs.currentWidget(),
            PREVIEW_PAGE: self.table,
            RESULT_PAGE: self.close_button,
        }[page]
        if isinstance(focus, MappingEditor):
            focus = next((entry.field for entry in focus.columns.values()), focus.header_row)
        if focus is not None:
            focus.setFocus()

    def _update_buttons(self) -> None:
        page = self.pages.currentIndex()
        note, can_import = "", False
        if page == FILE_PAGE:
            self.next_button.setEnabled(not self.reading and bool(self.chosen_sheets()))
            if self.look is not None and not self.chosen_sheets() and not self.reading:
                note = self.tr("Tick at least one sheet and choose its table.")
        elif page == MAPPING_PAGE:
            broken = [name for name, editor in self.editors.items() if name in self.chosen_sheets()
                      and editor.problem.text()]
            self.next_button.setEnabled(not broken and not self.reading)
            if broken:
                note = self.tr("Fix the mapping of {sheets} first (the message under its columns says how).").format(
                    sheets=", ".join(broken))
        elif page == PREVIEW_PAGE:
            can_import, note = self._import_state()
        self.import_button.setEnabled(can_import)
        self.import_button.setToolTip("" if can_import else note)
        self.import_note.setText(note)
        default = {FILE_PAGE: self.next_button, MAPPING_PAGE: self.next_button, PREVIEW_PAGE: self.import_button,
                   RESULT_PAGE: self.close_button}[page]
        for button in (self.next_button, self.import_button, self.close_button):
            button.setDefault(button is default)

    def _import_state(self) -> tuple[bool, str]:
        """Whether Import may be pressed, and the words beside it saying why (not)."""
        if self.importing:
            return False, self.tr("Importing…")
        if self.previewing:
            return False, self.tr("Import is possible once the preview has read the whole file.")
        preview = self.preview
        if preview is None:
            return False, self.tr("Import is possible after a complete preview.")
        errors, writes = preview.count(RowStatus.ERROR), preview.count(RowStatus.NEW) + preview.count(
            RowStatus.UPDATED)
        if errors and not self.skip_box.isChecked():
            return False, self.tr("%Ln row(s) have errors: fix the file and preview again, or tick “Skip invalid "
                                  "rows” to import the others.", "", errors)
        if not writes:
            return False, self.tr("Nothing to import: every row is already in fieldlog or left out.")
        new, updated = format_number(preview.count(RowStatus.NEW)), format_number(preview.count(RowStatus.UPDATED))
        if errors:
            return True, self.tr("Ready: {new} new and {updated} updated, in one step after a backup; %Ln error "
                                 "row(s) left out.", "", errors).format(new=new, updated=updated)
        return True, self.tr("Ready: {new} new and {updated} updated, in one step after a backup.").format(
            new=new, updated=updated)

    # -- the file and its sheets --------------------------------------------------------------------------

    def choose_file(self) -> None:
        """Pick another spreadsheet."""
        patterns = " ".join(f"*{suffix}" for suffix in SPREADSHEET_SUFFIXES)
        kinds = self.tr("Spreadsheets ({patterns})").format(patterns=patterns) + ";;" + self.tr("All files (*)")
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Import a spreadsheet"), str(self.path.parent),
                                                      kinds)
        if chosen:
            self.settings.setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
            self.encoding = None
            self.encoding_combo.setCurrentIndex(0)
            self.load_file(Path(chosen))

    def _encoding_chosen(self, _index: int) -> None:
        self.encoding = self.encoding_combo.currentData()
        self.load_file(self.path)

    def load_file(self, path: Path) -> None:
        """Read the file's sheets and headers (on the task thread), then list them."""
        self.path = path
        self.preview = None
        self.skip_box.setText(self.tr("&Skip invalid rows: import the others, and write the rows with errors to "
                                      "“{file}” for fixing").format(file=rejected_path_for(path).name))
        self.file_label.setText(f"<b>{_html(path.name)}</b><br><span>{_html(str(path.parent))}</span>")
        self.file_status.setText(self.tr("Reading the file…"))
        self._clear_sheets()
        self.reading = True
        self._update_buttons()
        encoding = self.encoding
        self.runner.submit(lambda: look_at_file(path, encoding), self._file_read, self._file_failed)

    def _file_failed(self, error: BaseException) -> None:
        if self.closed:
            return
        self.reading = False
        if isinstance(error, ImportRejected) and error.needs_encoding:
            chosen = self.ask_encoding(str(error))
            if chosen is not None:
                self.load_file(self.path)
                return
        self.file_status.setText(describe_failure(error))
        _problem_style(self.file_status)
        self._update_buttons()

    def ask_encoding(self, message: str) -> str | None:
        """Ask which encoding a CSV file is in; the choice is used from then on (None: the user declined)."""
        texts = [text for _name, text in _encodings()]
        text, ok = QInputDialog.getItem(self, self.tr("Choose the file's encoding"),
                                        message + "\n\n" + self.tr("Which encoding was the file saved in?"), texts,
                                        0, False)
        if not ok or text not in texts:
            return None
        self.encoding = ENCODINGS[texts.index(text)][0]
        self.encoding_combo.setCurrentIndex(self.encoding_combo.findData(self.encoding))
        return self.encoding

    def _clear_sheets(self) -> None:
        old = self.sheet_holder.layout()
        if old is not None:
            QWidget().setLayout(old)
        self.choices = {}
        for editor in self.editors.values():
            editor.deleteLater()
        self.editors = {}
        self.tabs.clear()

    def _file_read(self, look: FileLook) -> None:
        if self.closed:
            return
        self.reading = False
        self.look = look
        self.file_status.setStyleSheet("")
        is_csv = look.source.format == "csv"
        self.encoding_label.setVisible(is_csv)
        self.encoding_combo.setVisible(is_csv)
        self._clear_sheets()
        grid = QGridLayout(self.sheet_holder)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        for column, title in enumerate((self.tr("Sheet"), self.tr("Fills the table"), self.tr("Columns"))):
            grid.addWidget(QLabel(f"<b>{title}</b>"), 0, column)
        for row, sheet in enumerate(look.sheets, start=1):
            check = QCheckBox(sheet.name)
            check.setObjectName(f"sheet_{sheet.name}")
            table = QComboBox()
            table.setObjectName(f"table_{sheet.name}")
            table.setAccessibleName(self.tr("Table for sheet {sheet}").format(sheet=sheet.name))
            table.addItem(translated("import_dialog", IGNORE), None)
            for key, label in table_choices():
                table.addItem(_sheet_label(label), key)
            note = _muted(QLabel())
            choice = _SheetChoice(sheet, check, table, note)
            remembered = self._remembered(sheet)
            wanted = remembered.kind if remembered is not None else sheet.table
            table.setCurrentIndex(max(table.findData(wanted), 0))
            check.setChecked(wanted is not None)
            table.currentIndexChanged.connect(lambda _i, choice=choice: self._table_chosen(choice))
            check.toggled.connect(lambda _on, choice=choice: self._sheet_ticked(choice))
            grid.addWidget(check, row, 0)
            grid.addWidget(table, row, 1)
            grid.addWidget(note, row, 2)
            self.choices[sheet.name] = choice
            self._describe_choice(choice)
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(look.sheets) + 1, 1)
        chosen = len(self.chosen_sheets())
        self.file_status.setText(
            self.tr("%Ln sheet(s); {chosen} chosen. Next: check the columns.", "", len(look.sheets)).format(
                chosen=format_number(chosen))
            if chosen else self.tr("No sheet is named after a table fieldlog knows, and no headers match one: choose "
                                   "the table of each sheet to import."))
        self._update_buttons()
        if self.pages.currentIndex() == FILE_PAGE:
            self._show_page(FILE_PAGE)

    def _describe_choice(self, choice: _SheetChoice) -> None:
        key = choice.table.currentData()
        look = choice.look
        if not look.named_headers:
            choice.note.setText(self.tr("row {row} is empty").format(row=look.header_row))
        elif key is None:
            choice.note.setText(self.tr("%Ln column(s); not imported", "", len(look.named_headers)))
        else:
            matched = len(guess_for(key, look).columns)
            note = self.tr("{matched} of %Ln column(s) recognised", "", len(look.named_headers)) if matched else \
                self.tr("{matched} of %Ln column(s) recognised: map them on the next page", "",
                        len(look.named_headers))
            choice.note.setText(note.format(matched=format_number(matched)))

    def _table_chosen(self, choice: _SheetChoice) -> None:
        choice.check.blockSignals(True)
        choice.check.setChecked(choice.table.currentData() is not None)
        choice.check.blockSignals(False)
        self._describe_choice(choice)
        self._update_buttons()

    def _sheet_ticked(self, choice: _SheetChoice) -> None:
        if choice.check.isChecked() and choice.table.currentData() is None:
            best = choice.look.table or "events"
            choice.table.setCurrentIndex(choice.table.findData(best))  # a ticked sheet fills some table
        elif not choice.check.isChecked():
            choice.table.blockSignals(True)
            choice.table.setCurrentIndex(0)
            choice.table.blockSignals(False)
            self._describe_choice(choice)
        self._update_buttons()

    def chosen_sheets(self) -> dict[str, str]:
        """Sheet name -> table key, for the ticked sheets, in the file's order."""
        return {name: choice.table.currentData() for name, choice in self.choices.items()
                if choice.check.isChecked() and choice.table.currentData()}

    # -- remembering mappings -------------------------------------------------------------------------

    def _remembered(self, look: SheetLook) -> Mapping | None:
        text = self.settings.value(MAPPING_KEY + headers_key(look.named_headers))
        if not text:
            return None
        try:
            return dataclasses.replace(mapping_from_json(json.loads(str(text))), sheet=look.name)
        except (ValueError, FieldlogError):
            return None  # a mapping remembered by another version: guess instead

    def _remember(self, editor: MappingEditor) -> None:
        text = json.dumps(editor.mapping().to_json(), ensure_ascii=False)
        first = self.choices[editor.look.name].look  # the headers of row 1 find it next time
        for look in (first, editor.look):
            if look.named_headers:
                self.settings.setValue(MAPPING_KEY + headers_key(look.named_headers), text)

    # -- the mapping page ---------------------------------------------------------------------------------

    def _prepare_editors(self) -> None:
        chosen = self.chosen_sheets()
        for name in list(self.editors):
            editor = self.editors[name]
            if chosen.get(name) != editor.table:
                editor.deleteLater()
                del self.editors[name]
        for name, table in chosen.items():
            if name in self.editors:
                continue
            look = self.choices[name].look
            remembered = self._remembered(look)
            editor = MappingEditor(look, table, remembered if remembered and remembered.kind == table else None)
            editor.changed.connect(lambda editor=editor: self._mapping_changed(editor))
            editor.header_row_wanted.connect(self._read_header_row)
            self.editors[name] = editor
            self._mapping_changed(editor)
        self.tabs.blockSignals(True)
        self.tabs.clear()
        for name, table in chosen.items():
            label = _sheet_label(SHEETS[table].label)
            named = name.casefold() in (label.casefold(), SHEETS[table].label.casefold())
            self.tabs.addTab(self.editors[name], name if named else f"{name} → {label}")
        self.tabs.blockSignals(False)
        for editor in self.editors.values():
            self._mark_tab(editor)

    def editor(self, sheet: str) -> MappingEditor:
        """The mapping editor of a sheet (after the sheets page)."""
        return self.editors[sheet]

    def _mapping_changed(self, editor: MappingEditor) -> None:
        if self.look is None:
            return
        problem = mapping_problem(editor.mapping(), editor.look, self.look.source)
        formats = editor.date_formats()
        listed = (formats,) if isinstance(formats, str) else formats or ()
        if problem is None and any("%" not in f for f in listed):
            problem = self.tr("The date format is written with codes like %d.%m.%Y (day.month.year); leave it "
                              "blank for dates the spreadsheet already knows.")
        editor.show_problem(problem)
        self._mark_tab(editor)
        self._update_buttons()

    def _mark_tab(self, editor: MappingEditor) -> None:
        index = self.tabs.indexOf(editor)
        if index >= 0:
            icon = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning) \
                if editor.problem.text() else QIcon()
            self.tabs.setTabIcon(index, icon)
            self.tabs.setTabToolTip(index, editor.problem.text())

    def _read_header_row(self, sheet: str, row: int) -> None:
        if self.look is None:
            return
        source = self.look.source
        self.reading = True
        self.mapping_status.setText(self.tr("Reading row {row} of {sheet}…").format(row=row, sheet=sheet))
        self._update_buttons()

        def read() -> SheetLook:
            return look_at_sheet(source, sheet, row)

        def done(look: SheetLook) -> None:
            if self.closed:
                return
            self.reading = False
            self.mapping_status.setText("")
            editor = self.editors.get(sheet)
            if editor is not None and editor.header_row.value() == look.header_row:
                editor.set_look(look)
            self._update_buttons()

        def failed(error: BaseException) -> None:
            if self.closed:
                return
            self.reading = False
            self.mapping_status.setText(describe_failure(error))
            self._update_buttons()

        self.runner.submit(read, done, failed)

    def current_mappings(self) -> list[Mapping]:
        """The mapping of every ticked sheet, in the file's order."""
        return [self.editors[name].mapping() for name in self.chosen_sheets() if name in self.editors]

    def _mapping_folder(self) -> str:
        return str(self.settings.value(LAST_FOLDER_KEY, "") or self.path.parent)

    def _mapping_filter(self) -> str:
        return self.tr("Column mappings ({patterns})").format(patterns="*.json") + ";;" + self.tr("All files (*)")

    def save_mapping(self) -> None:
        """Write the mappings of the ticked sheets to a JSON file (for the command line or next time)."""
        start = str(Path(self._mapping_folder()) / f"{self.path.stem}-mapping.json")
        chosen, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the column mapping"), start,
                                                      self._mapping_filter())
        if not chosen:
            return
        target = Path(chosen) if Path(chosen).suffix else Path(chosen).with_suffix(".json")
        self.settings.setValue(LAST_FOLDER_KEY, str(target.parent))
        try:
            save_mappings(self.current_mappings(), target)
        except OSError as error:
            self.mapping_status.setText(self.tr("The mapping was not saved: {error} ({file}).").format(
                error=error.strerror or error, file=target))
            return
        self.mapping_status.setText(self.tr("Saved the mapping to {file}.").format(file=target))

    def load_mapping(self) -> None:
        """Read a mapping file and apply it to the sheets it names (or to the sheet shown)."""
        chosen, _filter = QFileDialog.getOpenFileName(self, self.tr("Load a column mapping"), self._mapping_folder(),
                                                      self._mapping_filter())
        if not chosen:
            return
        self.settings.setValue(LAST_FOLDER_KEY, str(Path(chosen).parent))
        try:
            mappings = load_mappings(Path(chosen))
        except FieldlogError as error:
            self.mapping_status.setText(str(error))
            return
        self.apply_mappings(mappings, Path(chosen).name)

    def apply_mappings(self, mappings: Sequence[Mapping], where: str) -> None:
        """Use these mappings: each on the sheet it names, or on the sheet shown when it names none."""
        shown = self.tabs.currentWidget()
        fallback = shown.look.name if isinstance(shown, MappingEditor) else next(iter(self.choices), None)
        missing, used = [], []
        for mapping in mappings:
            sheet = mapping.sheet or fallback
            choice = self.choices.get(sheet or "")
            if choice is None:
                missing.append(mapping.sheet or "?")
                continue
            choice.table.setCurrentIndex(choice.table.findData(mapping.kind))  # ticks the sheet
            self._prepare_editors()
            self.editors[choice.look.name].apply(dataclasses.replace(mapping, sheet=choice.look.name))
            used.append(choice.look.name)
        self._prepare_editors()
        if used:
            self.tabs.setCurrentWidget(self.editors[used[0]])
        text = self.tr("Loaded {file} for {sheets}.").format(file=where, sheets=", ".join(used)) if used \
            else self.tr("Loaded {file}.").format(file=where)
        if missing:
            text += " " + self.tr("This file has no sheet {sheets}.").format(
                sheets=", ".join(repr(m) for m in missing))
        self.mapping_status.setText(text)
        self._update_buttons()

    # -- the preview ----------------------------------------------------------------------------------

    def start_preview(self) -> None:
        """Read the whole file through the mappings (on the task thread); rows appear as they are decided."""
        if self.look is None:
            return
        self.stop_preview()
        mappings = self.current_mappings()
        for name in self.chosen_sheets():
            self._remember(self.editors[name])
        self._generation += 1
        generation, cancel = self._generation, threading.Event()
        self._cancel = cancel
        self.preview = None
        self.previewing = True
        self._rows_read = 0
        self.model.clear()
        self._counts_changed()
        self.summary_label.setText(self.tr("Reading {file}…").format(file=self.path.name))
        _say(self.additions_label, "")
        _say(self.notes_label, "")
        _say(self.preview_status, "")
        self._set_running(True)
        database, path, encoding, relay = self.database, self.path, self.encoding, self._relay

        def work() -> ImportPreview:
            return preview_import(database, path, mappings, encoding=encoding,
                                  on_outcomes=lambda outcomes: relay.outcomes.emit(generation, outcomes),
                                  progress=lambda done, _total: relay.progressed.emit(generation, done),
                                  cancel=cancel)

        self.runner.submit(work, lambda preview: self._preview_done(generation, preview),
                           lambda error: self._preview_failed(generation, error))

    def stop_preview(self) -> None:
        """Stop a running preview (nothing is written either way)."""
        if self._cancel is not None:
            self._cancel.set()

    def _set_running(self, running: bool) -> None:
        self.progress_bar.setVisible(running)
        self.stop_button.setVisible(running)
        self.again_button.setVisible(not running)
        self._update_buttons()

    def _outcomes_arrived(self, generation: int, outcomes: list[RowOutcome]) -> None:
        if self.closed or generation != self._generation:
            return
        self.model.append(outcomes)
        self._counts_changed()

    def _rows_progressed(self, generation: int, rows: int) -> None:
        if self.closed or generation != self._generation or not self.previewing:
            return
        self._rows_read = rows
        self._counts_changed()

    def _counts_changed(self) -> None:
        counts = self.model.counts
        for index, (text, statuses) in enumerate(FILTERS):
            count = sum(counts.values()) if statuses is None else sum(counts[s] for s in statuses)
            self.filter_combo.setItemText(index, f"{translated('import_dialog', text)} ({format_number(count)})")
        if self.previewing:
            shown = self._status_counts(counts, " · ")
            text = self.tr("Reading {file}… %Ln row(s) so far: {statuses}", "", self._rows_read) if shown else \
                self.tr("Reading {file}… %Ln row(s) so far", "", self._rows_read)
            self.summary_label.setText(text.format(file=self.path.name, statuses=shown))

    def _additions(self, adds: dict[str, float]) -> str:
        """What an import adds, counted in the window's language: "1 site, 1 event (9 participants), 1 planting
        (60 plants, 2,500 m²)"; "" for nothing."""
        parts = []
        for key in ("sites", "events", *(kind.value for kind in ActivityKind)):
            count = int(adds.get(key, 0))
            if not count:
                continue
            prefix = "participants" if key == "events" else f"{key}."
            details = [self._amount(name.rpartition(".")[2], value) for name, value in adds.items()
                       if (name == prefix or name.startswith(prefix)) and value]
            records = self._records(key, count)
            parts.append(self.tr("{records} ({details})").format(records=records, details=", ".join(details))
                         if details else records)
        return ", ".join(parts)

    def _records(self, key: str, n: int) -> str:
        match key:
            case "sites":
                return self.tr("%Ln site(s)", "", n)
            case "events":
                return self.tr("%Ln event(s)", "", n)
            case "planting":
                return self.tr("%Ln planting(s)", "", n)
            case "seed_collection":
                return self.tr("%Ln seed collection(s)", "", n)
            case "seedball_making":
                return self.tr("%Ln seedball batch(es)", "", n)
            case "invasive_removal":
                return self.tr("%Ln invasive removal(s)", "", n)
            case "litter_pickup":
                return self.tr("%Ln litter pickup(s)", "", n)
            case _:
                return self.tr("%Ln other activit(y/ies)", "", n)

    def _amount(self, quantity: str, value: float) -> str:
        n = int(value)
        match quantity:
            case "participants":
                return self.tr("%Ln participant(s)", "", n)
            case "plants":
                return self.tr("%Ln plant(s)", "", n)
            case "seedballs":
                return self.tr("%Ln seedball(s)", "", n)
            case "seed_count":
                return self.tr("%Ln seed(s)", "", n)
            case "bags":
                return self.tr("%Ln bag(s)", "", n)
            case "stems":
                return self.tr("%Ln stem(s)", "", n)
            case "items":
                return self.tr("%Ln item(s)", "", n)
            case "mass_g":
                return format_mass_g(value)
            case "weight_kg":
                return f"{format_number(value)} kg"
            case "area_m2":
                return format_area_m2(value)
            case _:  # distance_m
                return f"{format_number(value)} m"

    def _status_counts(self, counts: dict[RowStatus, int], separator: str) -> str:
        """The rows of each status, counted: "11 new, 2 errors"."""
        parts = []
        for status in RowStatus:
            n = counts.get(status, 0)
            if not n:
                continue
            match status:
                case RowStatus.NEW:
                    parts.append(self.tr("%Ln new", "rows", n))
                case RowStatus.UPDATED:
                    parts.append(self.tr("%Ln updated", "rows", n))
                case RowStatus.UNCHANGED:
                    parts.append(self.tr("%Ln unchanged", "rows", n))
                case RowStatus.DUPLICATE:
                    parts.append(self.tr("%Ln duplicate(s)", "rows", n))
                case RowStatus.ERROR:
                    parts.append(self.tr("%Ln error(s)", "rows", n))
                case RowStatus.SKIPPED:
                    parts.append(self.tr("%Ln skipped", "rows", n))
        return separator.join(parts)

    def _filter_changed(self, index: int) -> None:
        self.model.set_filter(FILTERS[index][1])

    def _preview_done(self, generation: int, preview: ImportPreview) -> None:
        if self.closed or generation != self._generation:
            return
        self.previewing = False
        self.preview = preview
        self._cancel = None
        lines = preview.summary_lines()
        counts = Counter(outcome.status for outcome in preview.outcomes)
        self.summary_label.setText(self.tr("{file}: {statuses}").format(
            file=self.path.name, statuses=self._status_counts(counts, ", ")) if counts
            else self.tr("{file}: no rows to import").format(file=self.path.name))
        added = self._additions(preview.additions())
        _say(self.additions_label, self.tr("Would add: {what}").format(what=added) if added
             else self.tr("Would add nothing new."))
        notes = [local_message(line) for line in lines[1:] if not line.startswith("Would add")]
        left_out = [name for name in self.choices if name not in self.chosen_sheets()]
        if left_out:
            notes.append(self.tr("Sheets not imported: {sheets}").format(sheets=", ".join(left_out)))
        _say(self.notes_label, "\n".join(notes))
        self._counts_changed()
        self._set_running(False)
        if preview.count(RowStatus.ERROR) and self.filter_combo.currentIndex() == 0:
            first = self.model.index(self._first_error(), 0)
            self.table.scrollTo(first)
            self.table.setCurrentIndex(first)  # its whole reason shows under the table

    def _show_reason(self, current: QModelIndex) -> None:
        outcome = self.model.outcome(current.row()) if current.isValid() else None
        if outcome is None or not outcome.reasons:
            self.reason_label.hide()
            return
        where = self.tr("Row {row} of sheet {sheet}:").format(row=format_number(outcome.row), sheet=outcome.sheet)
        self.reason_label.setText("\n".join([where, *(local_message(reason) for reason in outcome.reasons)]))
        self.reason_label.setStyleSheet("color: #a01c1c;" if outcome.status is RowStatus.ERROR else "")
        self.reason_label.show()

    def _first_error(self) -> int:
        return next((row for row in range(self.model.rowCount())
                     if self.model.outcome(row).status is RowStatus.ERROR), 0)

    def _preview_failed(self, generation: int, error: BaseException) -> None:
        if self.closed or generation != self._generation:
            return
        self.previewing = False
        self._cancel = None
        self._set_running(False)
        if isinstance(error, Cancelled):
            self.summary_label.setText(self.tr("Preview stopped. Nothing was imported."))
            _say(self.preview_status, "")
            return
        if isinstance(error, ImportRejected) and error.needs_encoding and self.ask_encoding(str(error)):
            self._reread_then_preview()
            return
        self.summary_label.setText(self.tr("The file cannot be imported as it is."))
        _say(self.preview_status, describe_failure(error))

    def _reread_then_preview(self) -> None:
        """After a new encoding: the headers again (choices kept by header), then the preview again."""
        path, encoding = self.path, self.encoding
        self.summary_label.setText(self.tr("Reading {file} as {encoding}…").format(file=self.path.name,
                                                                                    encoding=encoding))

        def read(look: FileLook) -> None:
            if self.closed:
                return
            self.look = look
            for sheet in look.sheets:
                if sheet.name in self.choices:
                    self.choices[sheet.name].look = sheet
                editor = self.editors.get(sheet.name)
                if editor is not None:
                    editor.set_look(sheet if editor.look.header_row == 1
                                    else dataclasses.replace(sheet, header_row=editor.look.header_row))
            self.start_preview()

        self.runner.submit(lambda: look_at_file(path, encoding), read,
                           lambda error: None if self.closed else _say(self.preview_status, describe_failure(error)))

    # -- importing ----------------------------------------------------------------------------------

    def start_import(self) -> None:
        """Write what the preview planned, in one transaction after a backup, with progress and Cancel."""
        allowed, _why = self._import_state()
        preview = self.preview
        if not allowed or preview is None:
            return
        skip = self.skip_box.isChecked()
        database, path = self.database, self.path
        unwritten = self.tr("The rows with errors could not be written to {file}: {error}")  # worded on this thread

        def work(progress: Callable[[int, int], None], cancel: threading.Event) -> tuple[ImportResult, str | None]:
            result = apply_import(database, preview, skip_invalid=skip, progress=progress, cancel=cancel)
            problem = None
            if skip and preview.errors:
                target = rejected_path_for(path)
                try:
                    result = dataclasses.replace(result, rejected_file=write_rejected(preview, target))
                except (OSError, FieldlogError) as error:  # the import itself is done and stays done
                    problem = unwritten.format(file=target, error=error)
            return result, problem

        self.importing = True
        _say(self.preview_status, "")
        self._update_buttons()
        self.progress_dialog = self.runner.submit_long(self, self.tr("Importing…"), work, self._imported,
                                                       self._import_failed)

    def _imported(self, outcome: tuple[ImportResult, str | None]) -> None:
        self.importing = False
        self.progress_dialog = None
        result, problem = outcome
        self.import_result = result
        if result.batch_id is not None:
            self.imported.emit(result)
        if self.closed:
            return
        title = self.tr("Imported") if result.batch_id is not None else self.tr("Nothing imported")
        self.result_title.setText(f"<b style='font-size: large'>{title}</b>")  # untranslated: HTML markup
        self.result_label.setText(self._result_text(result, problem))
        self._show_page(RESULT_PAGE)

    def _result_text(self, result: ImportResult, problem: str | None) -> str:
        preview = self.preview
        name = _html(self.path.name)
        counts = self.tr("{file}: %Ln record(s) added, {updated} updated, {unchanged} unchanged.", "",
                         result.added).format(file=name, updated=format_number(result.updated),
                                              unchanged=format_number(result.unchanged))
        lines = [f"<p style='font-size: large'><b>{counts}</b></p>"]  # untranslated: HTML markup
        added = self._additions(preview.additions()) if preview is not None and result.added else ""
        if added:
            what = self.tr("Added: {what}.").format(what=_html(added))
            lines.append(f"<p>{what}</p>")
        if result.duplicates:
            duplicates = self.tr("%Ln row(s) were left out as probable duplicates of records already in fieldlog.",
                                 "", result.duplicates)
            lines.append(f"<p>{duplicates}</p>")
        if result.rejected:
            rejected = self.tr("%Ln row(s) with errors were not imported. They are in {file} with the reason: fix "
                               "them there and import that file.", "", result.rejected).format(
                file=f"<b>{_html(str(result.rejected_file))}</b>") if result.rejected_file else \
                self.tr("%Ln row(s) with errors were not imported.", "", result.rejected)
            lines.append(f"<p>{rejected}</p>")
        if problem:
            lines.append(f"<p style='color: #a01c1c'>{_html(problem)}</p>")  # untranslated: HTML markup
        if result.backup is not None:
            backup = self.tr("The database was backed up before the import: {file}").format(
                file=_html(str(result.backup)))
            lines.append(f"<p>{backup}</p>")
        elif result.batch_id is None:
            lines.append(f"<p>{self.tr('Nothing was written: there was nothing new.')}</p>")
        return "".join(lines)

    def _import_failed(self, error: BaseException) -> None:
        self.importing = False
        self.progress_dialog = None
        if self.closed:
            return
        if isinstance(error, Cancelled):
            _say(self.preview_status, self.tr("Import cancelled. Nothing was imported."))
        else:
            _say(self.preview_status, describe_failure(error))
        self._update_buttons()

    # -- navigation -----------------------------------------------------------------------------------

    def go_next(self) -> None:
        """On to the next page (the preview starts when it is reached)."""
        page = self.pages.currentIndex()
        if not self.next_button.isVisible() or not self.next_button.isEnabled():
            return
        if page == FILE_PAGE:
            self._prepare_editors()
            self._show_page(MAPPING_PAGE)
        elif page == MAPPING_PAGE:
            self._show_page(PREVIEW_PAGE)
            self.start_preview()

    def go_back(self) -> None:
        """Back one page (a running preview stops)."""
        page = self.pages.currentIndex()
        if page not in (MAPPING_PAGE, PREVIEW_PAGE) or self.importing:
            return
        if page == PREVIEW_PAGE:
            self.stop_preview()
        self._show_page(page - 1)

    def reject(self) -> None:
        """Esc and Cancel: stop a running preview and close (an import runs to its end or its own Cancel)."""
        if self.importing:
            return
        super().reject()

    def done(self, result: int) -> None:
        """Closing: stop what still runs for this window; late results are dropped."""
        self.stop_preview()
        self.closed = True
        super().done(result)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def open_import_dialog(path: Path, database: Database, runner: TaskRunner, settings: QSettings,
                       parent: QWidget | None = None) -> ImportDialog:
    """Show the import window for `path` (window-modal over `parent`)."""
    dialog = ImportDialog(path, database, runner, settings, parent)
    dialog.open()
    return dialog

