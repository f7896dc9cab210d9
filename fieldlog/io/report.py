"""The SER report workbook (DESIGN.md, "SER report workbook"), written with XlsxWriter in constant-memory mode.

Sheets: Summary (every SER figure with how many events reported it, and charts), the detail sheets of the
column spec (Events, one per activity kind, Litter items) with exactly the template's headers, Species,
and About. The detail sheets import back without a mapping, so SER staff can aggregate many reports.

Constant-memory mode streams each sheet to a temporary file row by row, so a million activities cost no more
memory than ten; rows of one sheet must come in order, but sheets may be interleaved. A sheet that would
pass Excel's 1,048,576 rows continues on "Planting (2)" and so on.

`--lang` writes the words (sheet names, headers, labels, notes) in another shipped language; the data cells
are the same in every language (ids, dates, numbers, choice values, species names), so a French report
imports back like an English one.

Every text cell is written as a string, never through `write()` (which turns "=..." into a formula); text
that a spreadsheet program would read as a formula also gets a quote prefix (fault catalogue row 24).
fieldlog writes no formulas at all.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import tempfile
import traceback
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

import xlsxwriter
from xlsxwriter.exceptions import FileCreateError
from xlsxwriter.worksheet import Worksheet
from xlsxwriter.xmlwriter import XMLwriter

from fieldlog.domain.summary import SUMMARY_KEYS, Summary
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.io.columns import ACTIVITY_SHEETS, EVENTS, Column, Sheet, ValueType
from fieldlog.io.language import ENGLISH, Catalogue, catalogue
from fieldlog.io.table_rows import export_sheets, exported_columns

MAX_SHEET_ROWS = 1_048_576  # Excel's limit per sheet, the header row included
SUMMARY_TITLE = QT_TRANSLATE_NOOP("report", "Summary")
SPECIES_TITLE = QT_TRANSLATE_NOOP("report", "Species")
ABOUT_TITLE = QT_TRANSLATE_NOOP("report", "About")
REPORT_TITLE = QT_TRANSLATE_NOOP("report", "SER report")
SHEET_NAME_MAX = 31  # Excel's limit on a sheet's name
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"
CHART_COUNTRIES = 20  # bars in the countries chart; the table below it lists every country

# A cell whose text starts with one of these is read as a formula (or worse) by spreadsheet programs.
FORMULA_START = frozenset("=+-@\t\r\n\x00")

# The label and unit of every SER summary figure, by its dotted name in `Summary.flat()` (unit symbols are the
# same in every language; unit words are translated).
FIGURE_TEXT: dict[str, tuple[str, str]] = {
    "events": (QT_TRANSLATE_NOOP("report", "Events"), QT_TRANSLATE_NOOP("report", "events")),
    "countries": (QT_TRANSLATE_NOOP("report", "Countries"), QT_TRANSLATE_NOOP("report", "countries")),
    "participants": (QT_TRANSLATE_NOOP("report", "Participants"), QT_TRANSLATE_NOOP("report", "persons")),
    "volunteer_hours": (QT_TRANSLATE_NOOP("report", "Volunteer hours"), "h"),
    "planting.activities": (QT_TRANSLATE_NOOP("report", "Planting activities"),
                            QT_TRANSLATE_NOOP("report", "activities")),
    "planting.plants": (QT_TRANSLATE_NOOP("report", "Plants planted"), QT_TRANSLATE_NOOP("report", "plants")),
    "planting.species": (QT_TRANSLATE_NOOP("report", "Species planted"), QT_TRANSLATE_NOOP("report", "species")),
    "planting.area_m2": (QT_TRANSLATE_NOOP("report", "Area planted"), "m²"),
    "seed_collection.activities": (QT_TRANSLATE_NOOP("report", "Seed collections"),
                                   QT_TRANSLATE_NOOP("report", "activities")),
    "seed_collection.mass_g": (QT_TRANSLATE_NOOP("report", "Seed collected, by mass"), "g"),
    "seed_collection.seed_count": (QT_TRANSLATE_NOOP("report", "Seed collected, by count"),
                                   QT_TRANSLATE_NOOP("report", "seeds")),
    "seed_collection.lots": (QT_TRANSLATE_NOOP("report", "Seed lots"), QT_TRANSLATE_NOOP("report", "lots")),
    "seed_collection.species": (QT_TRANSLATE_NOOP("report", "Species collected"),
                                QT_TRANSLATE_NOOP("report", "species")),
    "seedball_making.activities": (QT_TRANSLATE_NOOP("report", "Seedball making activities"),
                                   QT_TRANSLATE_NOOP("report", "activities")),
    "seedball_making.seedballs": (QT_TRANSLATE_NOOP("report", "Seedballs made"),
                                  QT_TRANSLATE_NOOP("report", "seedballs")),
    "invasive_removal.activities": (QT_TRANSLATE_NOOP("report", "Invasive removals"),
                                    QT_TRANSLATE_NOOP("report", "activities")),
    "invasive_removal.area_m2": (QT_TRANSLATE_NOOP("report", "Area cleared"), "m²"),
    "invasive_removal.weight_kg": (QT_TRANSLATE_NOOP("report", "Invasive plants removed, by weight"), "kg"),
    "invasive_removal.bags": (QT_TRANSLATE_NOOP("report", "Bags of invasive plants"),
                              QT_TRANSLATE_NOOP("report", "bags")),
    "invasive_removal.species": (QT_TRANSLATE_NOOP("report", "Invasive species removed"),
                                 QT_TRANSLATE_NOOP("report", "species")),
    "litter_pickup.activities": (QT_TRANSLATE_NOOP("report", "Litter pickups"),
                                 QT_TRANSLATE_NOOP("report", "activities")),
    "litter_pickup.bags": (QT_TRANSLATE_NOOP("report", "Bags of litter"), QT_TRANSLATE_NOOP("report", "bags")),
    "litter_pickup.weight_kg": (QT_TRANSLATE_NOOP("report", "Litter collected, by weight"), "kg"),
    "litter_pickup.items": (QT_TRANSLATE_NOOP("report", "Litter items"), QT_TRANSLATE_NOOP("report", "items")),
    "litter_pickup.distance_m": (QT_TRANSLATE_NOOP("report", "Distance covered"), "m"),
    "other.activities": (QT_TRANSLATE_NOOP("report", "Other activities"), QT_TRANSLATE_NOOP("report", "activities")),
}

# The Species sheet's summed quantities: (column key in the activities table, header).
SPECIES_MEASURES: tuple[tuple[str, str], ...] = (
    ("plants", QT_TRANSLATE_NOOP("report", "Plants")), ("area_m2", QT_TRANSLATE_NOOP("report", "Area (m²)")),
    ("mass_g", QT_TRANSLATE_NOOP("report", "Seed mass (g)")), ("seed_count", QT_TRANSLATE_NOOP("report", "Seed count")),
    ("weight_kg", QT_TRANSLATE_NOOP("report", "Weight (kg)")), ("bags", QT_TRANSLATE_NOOP("report", "Bags")),
)


@dataclass(frozen=True, slots=True)
class FigureLine:
    """One row of the Summary sheet's table: a figure, its value and how many events reported it."""

    key: str  # dotted name, as in `Summary.flat()` ("planting.plants")
    group: str  # a sheet's English label (Events, Planting, ...): the writer translates it
    label: str  # English, from FIGURE_TEXT: the writer translates it
    unit: str  # English, from FIGURE_TEXT: the writer translates it
    value: int | float
    reported_by: int | None  # n of the N counted events; None when it does not apply
    note: str = ""  # already in the report's language (it holds numbers)


@dataclass(frozen=True, slots=True)
class KindLine:
    """Activities of one kind, and at how many events."""

    label: str  # the kind's sheet label, English: the writer translates it
    activities: int
    events: int


@dataclass(frozen=True, slots=True)
class CountryLine:
    """Events, participants and volunteer hours of one country."""

    code: str
    name: str
    events: int
    participants: int
    volunteer_hours: float


@dataclass(frozen=True, slots=True)
class SpeciesLine:
    """One species of one activity kind: how many activities, and its summed quantities (None: none given)."""

    kind: str  # the kind's sheet label, English: the writer translates it
    species: str
    activities: int
    measures: Mapping[str, int | float | None]  # by SPECIES_MEASURES key


@dataclass(frozen=True, slots=True)
class ReportContent:
    """Everything of a report except the detail rows: the small tables the service adds up in SQL."""

    events: int  # N: the events the report counts
    figures: tuple[FigureLine, ...]
    kinds: tuple[KindLine, ...]
    countries: tuple[CountryLine, ...]
    species: tuple[SpeciesLine, ...]


@dataclass(frozen=True, slots=True)
class ReportInfo:
    """What the report says about itself (Summary heading, About sheet, document properties)."""

    generated_at: dt.datetime  # UTC, without tzinfo (spreadsheet cells have no zone)
    app_version: str
    schema_revision: str
    filters: tuple[tuple[str, str], ...] = ()  # (what, value) of each filter used; none: all events
    include_personal: bool = False

    @property
    def filters_text(self) -> str:
        """The filters in English words ("all events" without any)."""
        return self.filters_text_in(ENGLISH)

    def filters_text_in(self, language: str) -> str:
        """The filters in words of a shipped language; each filter's name is a text marked in context "report"."""
        words = catalogue(language)
        if not self.filters:
            return words("report", QT_TRANSLATE_NOOP("report", "all events"))
        return "; ".join(f"{words('report', name)}: {value}" for name, value in self.filters)


def summary_figures(summary: Summary, reported: Mapping[str, int | None],
                    notes: Mapping[str, str] | None = None) -> tuple[FigureLine, ...]:
    """The Summary table's rows: every figure of `summary.to_json_dict()` in its order, with n of N."""
    values = summary.to_json_dict()
    lines: list[FigureLine] = []
    for key in ("events", "countries", "participants", "volunteer_hours"):
        label, unit = FIGURE_TEXT[key]
        lines.append(FigureLine(key, EVENTS.label, label, unit, values[key], reported.get(key),
                                (notes or {}).get(key, "")))
    for kind, names in SUMMARY_KEYS.items():
        group = ACTIVITY_SHEETS[kind].label  # type: ignore[index]  # SUMMARY_KEYS are ActivityKind values
        for name in names:
            key = f"{kind}.{name}"
            label, unit = FIGURE_TEXT[key]
            lines.append(FigureLine(key, group, label, unit, values[kind][name], reported.get(key),
                                    (notes or {}).get(key, "")))
    return tuple(lines)


class _ReportFile:
    """The report's file, opened and closed by fieldlog rather than by XlsxWriter.

    XlsxWriter (3.3) closes the ZipFile it writes the report with only when every part was written: after a
    failure (a full disk while zipping) that ZipFile stays open with the file, which Windows then cannot
    delete, and it writes its directory into the file whenever it is collected. Given this object instead of
    a path, `ReportWriter` closes the file whatever happens; what an abandoned ZipFile writes after that goes
    nowhere (the partial report is thrown away anyway), so its late directory raises nothing either.
    """

    def __init__(self, path: Path) -> None:
        self.name = str(path)
        self._handle: BinaryIO = open(path, "wb")  # noqa: SIM115 (closed by close())
        self._position = 0  # once closed: where an abandoned ZipFile believes it is writing

    @property
    def closed(self) -> bool:
        return bool(self._handle.closed)

    def write(self, data: bytes) -> int:
        if self.closed:
            self._position += len(data)
            return len(data)
        return self._handle.write(data)

    def tell(self) -> int:
        return self._position if self.closed else self._handle.tell()

    def seek(self, offset: int, whence: int = 0) -> int:
        if self.closed:
            self._position = offset if whence == 0 else self._position + offset
            return self._position
        return self._handle.seek(offset, whence)

    def flush(self) -> None:
        if not self.closed:
            self._handle.flush()

    def close(self) -> None:
        self._handle.close()


class _Worksheet(Worksheet):  # type: ignore[misc]  # XlsxWriter has no type information
    """A worksheet that writes numbers in Python's shortest exact form.

    XlsxWriter writes 16 significant digits, which changes some doubles (0.1 + 0.2 comes back as 0.3), so a
    report imported into the database it came from would "update" those records; repr() round-trips.
    """

    def _xml_number_element(self, number: Any, attributes: Sequence[tuple[str, Any]] = ()) -> None:
        attr = "".join(f' {key}="{value}"' for key, value in attributes)  # only r= and s=: nothing to escape
        kind = type(number)
        text = repr(number) if kind is float or kind is int else repr(float(number))  # bool, Decimal: a number
        self.fh.write(f"<c{attr}><v>{text}</v></c>")


@dataclass(slots=True)
class _Target:
    """One detail sheet being written: its worksheets (continuations included) and where the next row goes."""

    sheet: Sheet
    columns: tuple[Column, ...]
    worksheets: list[Any]
    row: int = 1  # the next row index on the worksheet in use (0 is the header)
    part: int = 1  # how many of its worksheets are in use; the last of them is being written
    count: int = 0  # data rows written, over all its worksheets


class ReportWriter:
    """Writes one report workbook: detail rows as they come, then the Summary, Species and About sheets.

    Use `add` for every detail row, then `finish`; on any error call `abort` (the partial file is the
    caller's to remove: `export_path` does).
    """

    def __init__(self, path: Path, info: ReportInfo, planned: Mapping[str, int] | None = None, *,
                 max_rows: int = MAX_SHEET_ROWS, language: str = ENGLISH) -> None:
        if max_rows < 2:
            raise ValueError("a sheet needs room for its header and at least one row")
        self.info = info
        self.max_rows = max_rows
        self.language = language
        self.words: Catalogue = catalogue(language)  # UnknownLanguage before any file is made
        self.summary_title = self._tr(SUMMARY_TITLE)
        # XlsxWriter's temporary files (a sheet's rows, then every part before zipping) go into a folder of
        # their own beside the report: the same disk, so "disk full" is that disk's answer and a small /tmp
        # does not matter, and removing the folder removes what XlsxWriter leaves behind when it fails.
        self._parts = tempfile.TemporaryDirectory(dir=path.parent, prefix=".fieldlog-report-",
                                                  ignore_cleanup_errors=True)
        try:
            self._file = _ReportFile(path)
        except BaseException:
            self._parts.cleanup()
            raise
        self.workbook: Any = xlsxwriter.Workbook(self._file, {
            "constant_memory": True, "tmpdir": self._parts.name,
            "strings_to_formulas": False, "strings_to_urls": False, "strings_to_numbers": False,
            "nan_inf_to_errors": False, "use_zip64": True})
        self.workbook.set_properties({
            "title": self._tr(REPORT_TITLE),
            "subject": self._tr(QT_TRANSLATE_NOOP("report", "SER summary of {events}")).format(
                events=info.filters_text_in(language)),
            "author": "", "manager": "", "company": "", "category": "", "keywords": "",
            "comments": self._tr(QT_TRANSLATE_NOOP("report", "Made by fieldlog {version}")).format(
                version=info.app_version),
            "created": info.generated_at})
        book = self.workbook
        self.bold = book.add_format({"bold": True})
        self.title = book.add_format({"bold": True, "font_size": 14})
        self.heading = book.add_format({"bold": True, "font_size": 12})
        self.header = book.add_format({"bold": True, "bg_color": "#E2EFDA", "bottom": 1, "valign": "top"})
        self.quoted = book.add_format({"quote_prefix": True})
        self.date = book.add_format({"num_format": DATE_FORMAT})
        self.datetime = book.add_format({"num_format": DATETIME_FORMAT})
        self.integer = book.add_format({"num_format": "#,##0"})
        self.decimal = book.add_format({"num_format": "#,##0.0##"})
        self.wrap = book.add_format({"text_wrap": True, "valign": "top"})
        # Sheet order is creation order: Summary first, then every detail sheet with the continuations its
        # planned row count needs, then Species and About.
        self.summary_sheet = self._sheet(self.summary_title)
        self.targets: dict[str, _Target] = {}
        for sheet in export_sheets():
            columns = exported_columns(sheet, include_personal=info.include_personal)
            parts = max(1, -(-(planned or {}).get(sheet.key, 0) // (max_rows - 1)))
            worksheets = [self._detail_sheet(sheet, columns, part) for part in range(1, parts + 1)]
            self.targets[sheet.key] = _Target(sheet, columns, worksheets)
        self.species_sheet = self._sheet(self._tr(SPECIES_TITLE))
        self.about_sheet = self._sheet(self._tr(ABOUT_TITLE))
        self.summary_sheet.activate()

    # -- words --------------------------------------------------------------------------------------

    def _tr(self, text: str) -> str:
        """A text of this report (marked in context "report") in the report's language."""
        return self.words("report", text)

    def _sheet_label(self, label: str) -> str:
        """A column-spec sheet's English label (Events, Planting, ...) in the report's language."""
        return self.words("sheets", label)

    def _part_name(self, sheet: Sheet, part: int) -> str:
        """The name of a detail sheet's worksheet: "Planting", then "Planting (2)" and so on."""
        label = sheet.label_in(self.language)
        if part == 1:
            return label
        suffix = f" ({part})"
        # The importer reads "<label> (n)" as a continuation; a label too long for that is cut rather than
        # failing the report (tests/test_translated_files.py checks the shipped labels leave room).
        return label[:SHEET_NAME_MAX - len(suffix)] + suffix

    # -- detail sheets ------------------------------------------------------------------------------

    def _sheet(self, name: str) -> Any:
        return self.workbook.add_worksheet(name, worksheet_class=_Worksheet)

    def _detail_sheet(self, sheet: Sheet, columns: Sequence[Column], part: int) -> Any:
        worksheet = self._sheet(self._part_name(sheet, part))
        for index, column in enumerate(columns):
            header = column.header_in(self.language)
            worksheet.write_string(0, index, header, self.header)
            worksheet.set_column(index, index, _width(column, header))
        worksheet.freeze_panes(1, 0)
        return worksheet

    def add(self, sheet: Sheet, values: Sequence[object]) -> None:
        """Write one row of a detail sheet (values in `exported_columns` order), continuing on a new
        worksheet when this one is full."""
        target = self.targets[sheet.key]
        if target.row >= self.max_rows:
            target.part += 1
            if target.part > len(target.worksheets):  # more rows than planned: continue at the end
                target.worksheets.append(self._detail_sheet(sheet, target.columns, target.part))
            target.row = 1
        self._write_row(target.worksheets[target.part - 1], target.row, values)
        target.row += 1
        target.count += 1

    def _write_row(self, worksheet: Any, row: int, values: Sequence[object]) -> None:
        # The innermost loop of a report: dispatch on the exact type first, the common cases cheaply.
        for col, value in enumerate(values):
            if value is None:
                continue
            kind = type(value)
            if kind is str:
                self._text(worksheet, row, col, value)  # type: ignore[arg-type]
            elif kind is int or kind is float:
                self._number(worksheet, row, col, value)  # type: ignore[arg-type]
            elif kind is dt.datetime:
                self._when(worksheet, row, col, value, self.datetime)  # type: ignore[arg-type]
            elif kind is dt.date:
                self._when(worksheet, row, col, value, self.date)  # type: ignore[arg-type]
            else:
                self._other(worksheet, row, col, value)

    def _text(self, worksheet: Any, row: int, col: int, text: str) -> None:
        if text and text[0] in FORMULA_START:
            worksheet.write_string(row, col, text, self.quoted)
        else:
            worksheet.write_string(row, col, text)

    def _number(self, worksheet: Any, row: int, col: int, number: float, cell_format: Any = None) -> None:
        if isinstance(number, Decimal):
            number = float(number)
        if isinstance(number, float) and not math.isfinite(number):
            worksheet.write_string(row, col, repr(number), cell_format)  # Excel has no NaN; never an error formula
        else:
            worksheet.write_number(row, col, number, cell_format)

    def _when(self, worksheet: Any, row: int, col: int, when: dt.date, cell_format: Any) -> None:
        if when.year < 1900:  # before Excel's calendar: ISO text, which the importer reads as a date
            worksheet.write_string(row, col, when.isoformat(sep=" ") if isinstance(when, dt.datetime)
                                   else when.isoformat())
        else:
            worksheet.write_datetime(row, col, when, cell_format)

    def _other(self, worksheet: Any, row: int, col: int, value: object) -> None:
        if isinstance(value, bool):
            worksheet.write_boolean(row, col, value)
        elif isinstance(value, int | float | Decimal):  # a server database's sums may be Decimal
            self._number(worksheet, row, col, float(value) if isinstance(value, Decimal) else value)
        elif isinstance(value, dt.datetime):
            self._when(worksheet, row, col, value, self.datetime)
        elif isinstance(value, dt.date):
            self._when(worksheet, row, col, value, self.date)
        else:  # str subclasses (enums), UUIDs, anything else: its text
            self._text(worksheet, row, col, str(value))

    # -- the end ------------------------------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Data rows written so far, by sheet key (events, planting, …, litter_items)."""
        return {key: target.count for key, target in self.targets.items()}

    def finish(self, content: ReportContent) -> dict[str, int]:
        """Write the Summary, Species and About sheets and close the workbook; returns the row counts."""
        for target in self.targets.values():
            for part, worksheet in enumerate(target.worksheets, start=1):
                # Full parts end at the last row; a planned continuation that was not needed has its header.
                last = self.max_rows - 1 if part < target.part else target.row - 1 if part == target.part else 0
                worksheet.autofilter(0, 0, last, len(target.columns) - 1)
        self._write_summary(content)
        self._write_species(content.species)
        self._write_about()
        try:
            try:
                self.workbook.close()
                self._file.close()  # its last write (the buffer's) may fail too
            except FileCreateError as error:  # XlsxWriter wraps the OSError; export_path wants it plain
                cause = error.args[0] if error.args else None
                raise cause if isinstance(cause, OSError) else OSError(str(error)) from error
        except BaseException as error:
            self._release(error)
            raise
        self._release()
        return self.counts()

    def abort(self) -> None:
        """Release and remove the temporary files without writing the workbook."""
        if not self.workbook.fileclosed:
            for worksheet in self.workbook.worksheets():
                worksheet._opt_close()  # constant-memory row files; XlsxWriter has no public way
            self.workbook.fileclosed = True
        self._release()

    def _release(self, error: BaseException | None = None) -> None:
        """Close the report's file and remove XlsxWriter's temporary files, after `error` too.

        XlsxWriter writes each part of the workbook (a sheet's XML, the styles, ...) into a temporary file
        before zipping it; a write that fails leaves that part's file open. Those files are closed here, so
        that none stays open (Windows could not remove it with its folder).
        """
        try:
            with contextlib.suppress(OSError):  # a failed close of a failed report is no news
                self._file.close()
            if error is not None:
                _close_part_files([self.workbook, *self.workbook.worksheets(), *_failed_calls_locals(error)])
        finally:
            self._parts.cleanup()

    def _write_summary(self, content: ReportContent) -> None:
        ws = self.summary_sheet
        tr = self._tr
        for col, width in enumerate((18, 34, 28, 16, 11, 13, 11, 70)):
            ws.set_column(col, col, width)
        ws.write_string(0, 0, tr(REPORT_TITLE), self.title)
        ws.write_string(1, 0, tr(QT_TRANSLATE_NOOP("report", "Events covered")))
        self._text(ws, 1, 1, self.info.filters_text_in(self.language))
        ws.write_string(2, 0, tr(QT_TRANSLATE_NOOP("report", "Generated at (UTC)")))
        ws.write_datetime(2, 1, self.info.generated_at, self.datetime)
        ws.write_string(3, 0, tr(QT_TRANSLATE_NOOP("report", "Personal data")))
        ws.write_string(3, 1, self._personal_text(self.info.include_personal))
        row = 5
        headers: tuple[str, ...] = (
            QT_TRANSLATE_NOOP("report", "Group"), QT_TRANSLATE_NOOP("report", "Figure"),
            QT_TRANSLATE_NOOP("report", "Key"), QT_TRANSLATE_NOOP("report", "Value"),
            QT_TRANSLATE_NOOP("report", "Unit"), QT_TRANSLATE_NOOP("report", "Reported by"),
            QT_TRANSLATE_NOOP("report", "Of events"), QT_TRANSLATE_NOOP("report", "Note"))
        for col, text in enumerate(headers):
            ws.write_string(row, col, tr(text), self.header)
        first = row + 1
        for line in content.figures:
            row += 1
            ws.write_string(row, 0, self._sheet_label(line.group))
            ws.write_string(row, 1, tr(line.label))
            ws.write_string(row, 2, line.key)
            self._number(ws, row, 3, line.value, self.integer if isinstance(line.value, int) else self.decimal)
            ws.write_string(row, 4, tr(line.unit))
            if line.reported_by is not None:
                ws.write_number(row, 5, line.reported_by, self.integer)
                ws.write_number(row, 6, content.events, self.integer)
            if line.note:
                self._text(ws, row, 7, line.note)
        row += 2
        by_kind = tr(QT_TRANSLATE_NOOP("report", "Activities by kind"))
        ws.write_string(row, 0, by_kind, self.heading)
        row += 1
        headers = (QT_TRANSLATE_NOOP("report", "Activity"), QT_TRANSLATE_NOOP("report", "Activities"),
                   QT_TRANSLATE_NOOP("report", "Events with it"))
        for col, text in enumerate(headers):
            ws.write_string(row, col, tr(text), self.header)
        kinds_first = row + 1
        for kind in content.kinds:
            row += 1
            ws.write_string(row, 0, self._sheet_label(kind.label))
            ws.write_number(row, 1, kind.activities, self.integer)
            ws.write_number(row, 2, kind.events, self.integer)
        kinds_last = row
        row += 2
        ws.write_string(row, 0, tr(QT_TRANSLATE_NOOP("report", "By country")), self.heading)
        row += 1
        headers = (QT_TRANSLATE_NOOP("report", "Country"), QT_TRANSLATE_NOOP("report", "Name"),
                   QT_TRANSLATE_NOOP("report", "Events"), QT_TRANSLATE_NOOP("report", "Participants"),
                   QT_TRANSLATE_NOOP("report", "Volunteer hours"))
        for col, text in enumerate(headers):
            ws.write_string(row, col, tr(text), self.header)
        countries_first = row + 1
        for country in content.countries:
            row += 1
            self._text(ws, row, 0, country.code)
            self._text(ws, row, 1, country.name)
            ws.write_number(row, 2, country.events, self.integer)
            ws.write_number(row, 3, country.participants, self.integer)
            self._number(ws, row, 4, country.volunteer_hours, self.decimal)
        summary = self.summary_title  # the charts' ranges name the sheet as it is called in this language
        if any(kind.activities for kind in content.kinds):
            chart = self.workbook.add_chart({"type": "column"})
            chart.add_series({"name": tr(QT_TRANSLATE_NOOP("report", "Activities")),
                              "categories": [summary, kinds_first, 0, kinds_last, 0],
                              "values": [summary, kinds_first, 1, kinds_last, 1],
                              "data_labels": {"value": True}})
            chart.set_title({"name": by_kind})
            chart.set_legend({"none": True})
            ws.insert_chart(first - 1, 9, chart, {"x_scale": 1.3, "y_scale": 1.1})
        if content.countries:
            shown = min(len(content.countries), CHART_COUNTRIES)
            chart = self.workbook.add_chart({"type": "bar"})
            chart.add_series({"name": tr(QT_TRANSLATE_NOOP("report", "Events")),
                              "categories": [summary, countries_first, 1, countries_first + shown - 1, 1],
                              "values": [summary, countries_first, 2, countries_first + shown - 1, 2]})
            if shown < len(content.countries):
                title = tr(QT_TRANSLATE_NOOP("report", "Events by country (the {shown} with most events)")).format(
                    shown=shown)
            else:
                title = tr(QT_TRANSLATE_NOOP("report", "Events by country"))
            chart.set_title({"name": title})
            chart.set_legend({"none": True})
            chart.set_y_axis({"reverse": True})  # most events at the top, as in the table
            ws.insert_chart(first + 17, 9, chart, {"x_scale": 1.3, "y_scale": max(1.1, shown / 14)})

    def _write_species(self, lines: Sequence[SpeciesLine]) -> None:
        ws = self.species_sheet
        headers = (QT_TRANSLATE_NOOP("report", "Activity"), QT_TRANSLATE_NOOP("report", "Species"),
                   QT_TRANSLATE_NOOP("report", "Activities"), *(header for _, header in SPECIES_MEASURES))
        for col, text in enumerate(headers):
            ws.write_string(0, col, self._tr(text), self.header)
            ws.set_column(col, col, 18 if col == 0 else 36 if col == 1 else 13)
        row = 0
        for line in lines:
            row += 1
            ws.write_string(row, 0, self._sheet_label(line.kind))
            self._text(ws, row, 1, line.species)
            ws.write_number(row, 2, line.activities, self.integer)
            for col, (key, _) in enumerate(SPECIES_MEASURES, start=3):
                value = line.measures.get(key)
                if value is not None:
                    self._number(ws, row, col, value, self.integer if isinstance(value, int) else self.decimal)
        ws.freeze_panes(1, 0)
        ws.autofilter(0, 0, max(row, 1), len(headers) - 1)

    def _write_about(self) -> None:
        ws = self.about_sheet
        tr = self._tr
        ws.set_column(0, 0, 24)
        ws.set_column(1, 1, 100)
        ws.write_string(0, 0, tr(QT_TRANSLATE_NOOP("report", "About this report")), self.title)
        info = self.info
        rows: list[tuple[str, object]] = [
            (QT_TRANSLATE_NOOP("report", "Report"), tr(REPORT_TITLE)),
            (QT_TRANSLATE_NOOP("report", "Made by"), f"fieldlog {info.app_version}"),
            (QT_TRANSLATE_NOOP("report", "Database schema"), info.schema_revision),
            (QT_TRANSLATE_NOOP("report", "Generated at (UTC)"), info.generated_at),
            (QT_TRANSLATE_NOOP("report", "Events covered"), info.filters_text_in(self.language)),
            (QT_TRANSLATE_NOOP("report", "Personal data"), self._personal_text(info.include_personal)),
        ]
        row = 1
        for label, value in rows:
            row += 1
            ws.write_string(row, 0, tr(label), self.bold)
            if isinstance(value, dt.datetime):
                ws.write_datetime(row, 1, value, self.datetime)
            else:
                self._text(ws, row, 1, str(value))
        row += 2
        ws.write_string(row, 0, tr(QT_TRANSLATE_NOOP("report", "Records")), self.heading)
        for target in self.targets.values():
            row += 1
            ws.write_string(row, 0, self._part_name(target.sheet, 1), self.bold)
            ws.write_number(row, 1, target.count, self.integer)
            if target.part > 1:
                names = ", ".join(self._part_name(target.sheet, part) for part in range(2, target.part + 1))
                ws.write_string(row, 2, tr(QT_TRANSLATE_NOOP("report", "continued on {sheets}")).format(sheets=names))
        row += 2
        ws.write_string(row, 0, tr(QT_TRANSLATE_NOOP("report", "Notes")), self.heading)
        notes = (
            QT_TRANSLATE_NOOP("report", "The Events sheet, the activity sheets and Litter items use the columns of "
                                        "fieldlog's spreadsheet template, so `fieldlog import` reads this workbook "
                                        "back without a mapping. Every record keeps its id: importing the same "
                                        "report twice, or two reports that overlap, counts each record once."),
            QT_TRANSLATE_NOOP("report", "Reported by n of N events: how many of the events this report counts gave "
                                        "at least one value for the figure (most fields are optional)."),
            QT_TRANSLATE_NOOP("report", "Volunteer hours left blank on the Events sheet were not counted at the "
                                        "event; fieldlog derives them as participants × duration, and the Summary's "
                                        "total includes them."),
        )
        for note in notes:
            row += 1
            text = tr(note)
            self._text(ws, row, 1, text)
            ws.set_row(row, 15 * max(1, -(-len(text) // 95)), self.wrap)

    def _personal_text(self, included: bool) -> str:
        if included:
            return self._tr(QT_TRANSLATE_NOOP("report", "Included at the user's request: the organizer's name and "
                                                        "contact are on the Events sheet. Treat this file as personal "
                                                        "data."))
        return self._tr(QT_TRANSLATE_NOOP("report", "Left out: this report holds no organizer names or contacts."))


_WIDTHS = {ValueType.ID: 38, ValueType.DATE: 12, ValueType.DATETIME: 17, ValueType.LONG_TEXT: 50,
           ValueType.COUNTRY: 10, ValueType.LATITUDE: 11, ValueType.LONGITUDE: 11}
_WIDE_TEXT = {"event_name": 40, "site_name": 28, "species": 30, "description": 30, "organisation": 30,
              "organizer_name": 24, "organizer_contact": 28, "campaign": 18, "item_category": 30}


def _failed_calls_locals(error: BaseException) -> list[object]:
    """The local variables of the calls that `error` (and its causes) came out of."""
    found: list[object] = []
    seen: set[int] = set()
    pending: list[BaseException | None] = [error]
    while pending:
        current = pending.pop()
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        found += [value for frame, _ in traceback.walk_tb(current.__traceback__) for value in frame.f_locals.values()]
        pending += [current.__cause__, current.__context__]
    return found


def _close_part_files(candidates: Iterable[object]) -> None:
    """Close the file of every XlsxWriter part writer among `candidates` that opened one itself (the part
    writers derive from XMLwriter, except Theme, which has the same two attributes)."""
    for part in candidates:
        if not isinstance(part, XMLwriter) and not type(part).__module__.startswith("xlsxwriter."):
            continue
        handle: Any = getattr(part, "fh", None)
        if getattr(part, "internal_fh", False) and hasattr(handle, "close"):
            with contextlib.suppress(OSError, ValueError):
                handle.close()


def _width(column: Column, header: str) -> int:
    width = _WIDTHS.get(column.value_type) or _WIDE_TEXT.get(column.key) or 14
    return max(width, len(header) + 3)


def write_report(path: Path, info: ReportInfo, content: ReportContent,
                 rows: Iterable[tuple[Sheet, Sequence[object]]], *, planned: Mapping[str, int] | None = None,
                 max_rows: int = MAX_SHEET_ROWS, language: str = ENGLISH) -> dict[str, int]:
    """Write a whole report workbook to `path` (not atomically: give it a temporary path); returns the
    detail rows written by sheet key. `planned` (rows expected per sheet key) places continuation sheets
    right after the sheet they continue; `language` is the words' (a code of `fieldlog.io.language.LANGUAGES`)."""
    writer = ReportWriter(path, info, planned, max_rows=max_rows, language=language)
    try:
        for sheet, values in rows:
            writer.add(sheet, values)
        return writer.finish(content)
    except BaseException:
        writer.abort()
        raise
