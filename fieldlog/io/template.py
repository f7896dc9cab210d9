"""The coordinator's spreadsheet template: one sheet per table of `columns.TEMPLATE_SHEETS`, with instructions,
drop-downs, typed example rows and checks that catch typing mistakes before fieldlog sees the file.

Headers are exactly `Column.header_in(language)`, so a filled-in template imports without a mapping. In another
language than English the words change (sheet names, headers, notes, instructions) but the values do not: the
example rows and the drop-downs hold what fieldlog stores (choice values such as "Bare root" stay English).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet.datavalidation import DataValidation

from fieldlog.domain.kinds import ActivityKind, LabelledEnum
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.domain.units import UNITS, units_of
from fieldlog.io.atomic import atomic_path
from fieldlog.io.columns import ACTIVITY_SHEETS, EVENTS, LITTER_ITEMS, TEMPLATE_SHEETS, Column, Sheet, ValueType
from fieldlog.io.language import ENGLISH, catalogue
from fieldlog.io.resources import read_country_boxes, read_litter_categories

INSTRUCTIONS_TITLE = QT_TRANSLATE_NOOP("template", "Instructions")
LISTS_TITLE = QT_TRANSLATE_NOOP("template", "Lists")
LAST_ROW = 10_000  # validations cover this many rows: far more than one coordinator's events
DATE_FORMAT = "yyyy-mm-dd"
DATETIME_FORMAT = "yyyy-mm-dd hh:mm"

_EXAMPLE_FONT = Font(italic=True, color="808080")
_HEADER_FILL = PatternFill("solid", fgColor="E2EFDA")
_TITLE_FONT = Font(bold=True, size=14)
_HEADING_FONT = Font(bold=True, size=12)
_BOLD = Font(bold=True)
_WRAP = Alignment(wrap_text=True, vertical="top")
# A cell whose text starts with one of these would be read as a formula by spreadsheet programs.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

_EVENT = "Riverside restoration day"
_DAY = dt.date(2026, 5, 30)

# One example event and one example row of each activity at it, all valid under fieldlog's checks
# (KE species from resources/species.csv, inside the event's dates, inside Kenya), so an unmodified
# template imports cleanly.
EXAMPLE_ROWS: Mapping[str, tuple[Mapping[str, object], ...]] = {
    "events": ({
        "event_name": _EVENT, "campaign": "MAD Week 2026",
        "start": dt.datetime(2026, 5, 30, 9, 0), "end": dt.datetime(2026, 5, 30, 13, 0),
        "site_name": "Riverside park", "country_code": "KE", "locality": "Nairobi",
        "latitude": -1.2833, "longitude": 36.8167, "site_area_m2": 20_000,
        "organisation": "Friends of Riverside Park", "organizer_name": "Amina Otieno",
        "organizer_contact": "amina@example.org", "participants": 12,
        "notes": QT_TRANSLATE_NOOP("template", "Example row: delete it or write over it."),
    },),
    ActivityKind.PLANTING.value: ({
        "event_name": _EVENT, "date": _DAY, "species": "Croton megalocarpus", "plants": 40,
        "native_status": "Native", "stock_type": "Container", "area_m2": 400, "seed_source": "Karura nursery",
    },),
    ActivityKind.SEED_COLLECTION.value: ({
        "event_name": _EVENT, "date": _DAY, "species": "Melia volkensii", "seed_lot_id": "RP-2026-01",
        "mass_g": 250.5, "plants_sampled": 50, "population_size": 120,
    },),
    ActivityKind.SEEDBALL_MAKING.value: ({
        "event_name": _EVENT, "date": _DAY, "seedballs": 300, "seed_mass_g": 150,
        "species": "Croton megalocarpus; Markhamia lutea",
    },),
    ActivityKind.INVASIVE_REMOVAL.value: ({
        "event_name": _EVENT, "date": _DAY, "species": "Lantana camara", "method": "Hand pull",
        "area_m2": 150, "weight_kg": 85.5, "bags": 6, "cover_percent": 30, "phenology": "Flowering",
        "disposal": "Composted",
    },),
    ActivityKind.LITTER_PICKUP.value: ({
        "event_name": _EVENT, "date": _DAY, "cleanup_type": "Park", "bags": 4, "weight_kg": 12.5,
        "distance_m": 1500,
    },),
    ActivityKind.OTHER.value: ({
        "event_name": _EVENT, "date": _DAY, "description": "Built a compost bay", "quantity": 2, "unit": "m3",
    },),
    LITTER_ITEMS.key: (
        {"event_name": _EVENT, "date": _DAY, "item_category": "Plastic beverage bottles", "item_count": 37},
        {"event_name": _EVENT, "date": _DAY, "item_category": "Cigarette butts", "item_count": 120},
        {"event_name": _EVENT, "date": _DAY, "item_category": "Grocery bags (plastic)", "item_count": 15},
    ),
}

# Sheet and column names go in through {placeholders}, so each language names them as its headers do.
_GENERAL = (
    QT_TRANSLATE_NOOP("template", "There is one sheet per table: {events}, one sheet for each kind of activity, "
                                  "then {litter_items}. Leave a sheet empty when you have nothing for it."),
    QT_TRANSLATE_NOOP("template", "Each row is one record. Keep the sheet names and the words in row 1 as they are "
                                  "(except units, see below)."),
    QT_TRANSLATE_NOOP("template", "Required columns have bold headers and a * in the tables below. Point at a header "
                                  "to read a note about it."),
    QT_TRANSLATE_NOOP("template", "Units are in brackets in the header, like \"{area} (m²)\". You may change the unit "
                                  "to the one you measured in, like \"{area} (ha)\" or \"{weight} (lb)\": fieldlog "
                                  "converts the numbers."),
    QT_TRANSLATE_NOOP("template", "Dates: type a real date, or text like 2026-05-30. A start or end time may follow: "
                                  "2026-05-30 09:00."),
    QT_TRANSLATE_NOOP("template", "{country}: the two-letter ISO code (KE, FR, US) from the drop-down, or the English "
                                  "name (Kenya)."),
    QT_TRANSLATE_NOOP("template", "Each activity row names its event in the {event} column, spelled as on the "
                                  "{events} sheet (or gives its {event_id}). If that event is neither on the {events} "
                                  "sheet nor already in fieldlog, add the columns {start}, {site}, {country} and "
                                  "{participants} to the activity sheet and fieldlog creates the event from them."),
    QT_TRANSLATE_NOOP("template", "{litter_items}: one row per item category with its count. Rows with the same "
                                  "{event} and {date} make one litter pickup, together with the {litter_pickup} row of "
                                  "that {event} and {date} if there is one."),
    QT_TRANSLATE_NOOP("template", "Text that starts with = is kept as text; fieldlog never runs it as a formula."),
    QT_TRANSLATE_NOOP("template", "Row 2 of every sheet is an example (grey italics). Delete it or write over it "
                                  "before you send the file."),
    QT_TRANSLATE_NOOP("template", "Leave {event_id} and {activity_id} blank for new records: fieldlog fills them in."),
    QT_TRANSLATE_NOOP("template", "{organizer} and {organizer_contact} are personal data: they stay on your laptop "
                                  "and go into no report unless you ask for them."),
)


@dataclass(frozen=True, slots=True)
class _Words:
    """The template's words in one language: its own texts, the spec's names, the vocabularies."""

    language: str

    def __call__(self, text: str) -> str:
        """A text of this module (marked in context "template")."""
        return catalogue(self.language)("template", text)

    def sheet(self, sheet: Sheet) -> str:
        """A table sheet's name."""
        return sheet.label_in(self.language)

    def header(self, column: Column) -> str:
        """A column's header (label and unit)."""
        return column.header_in(self.language)

    def label(self, column: Column) -> str:
        """A column's label."""
        return column.label_in(self.language)

    def choice(self, member: LabelledEnum) -> str:
        """A choice as it is typed (the English label fieldlog reads), with its translation beside it."""
        shown = catalogue(self.language)("vocabulary", member.label)
        return member.label if shown == member.label else f"{member.label} ({shown})"

    def names(self) -> dict[str, str]:
        """The sheet and column names the instructions mention, for their {placeholders}."""
        planting = ACTIVITY_SHEETS[ActivityKind.PLANTING]
        head = {key: self.label(EVENTS.column(key)) for key in (
            "event_id", "event_name", "start", "site_name", "country_code", "participants", "organizer_name",
            "organizer_contact")}
        return {
            "events": self.sheet(EVENTS), "litter_items": self.sheet(LITTER_ITEMS),
            "litter_pickup": self.sheet(ACTIVITY_SHEETS[ActivityKind.LITTER_PICKUP]),
            "event": head["event_name"], "event_id": head["event_id"], "start": head["start"],
            "site": head["site_name"], "country": head["country_code"], "participants": head["participants"],
            "organizer": head["organizer_name"], "organizer_contact": head["organizer_contact"],
            "activity_id": self.label(planting.column("activity_id")), "date": self.label(planting.column("date")),
            "area": self.label(planting.column("area_m2")),
            "weight": self.label(ACTIVITY_SHEETS[ActivityKind.INVASIVE_REMOVAL].column("weight_kg")),
        }


def write_template(path: Path, countries: Sequence[tuple[str, str]] = (), language: str = ENGLISH) -> None:
    """Write the coordinator's spreadsheet template in `language` (a code of `fieldlog.io.language.LANGUAGES`),
    atomically: temp file in the same folder, fsync, os.replace."""
    workbook = build_template(countries, language)
    _save_atomically(workbook, Path(path))


def build_template(countries: Sequence[tuple[str, str]] = (), language: str = ENGLISH) -> Any:
    """The template as an openpyxl Workbook: Instructions, one sheet per table, then the hidden Lists."""
    words = _Words(catalogue(language).language)  # UnknownLanguage before any work
    workbook = Workbook()
    instructions = workbook.active
    instructions.title = words(INSTRUCTIONS_TITLE)
    lists = _ListsSheet(workbook.create_sheet(words(LISTS_TITLE)), countries, words)
    for sheet in TEMPLATE_SHEETS:
        _write_table_sheet(workbook.create_sheet(words.sheet(sheet)), sheet, lists, words)
    # Lists goes last and hidden: it only feeds the drop-downs.
    workbook.move_sheet(lists.worksheet, offset=len(workbook.sheetnames) - 1 - workbook.index(lists.worksheet))
    lists.worksheet.sheet_state = "hidden"
    _write_instructions(instructions, words)
    workbook.active = 0
    return workbook


class _ListsSheet:
    """The hidden sheet with the long drop-down lists (a list typed into a validation holds 255 characters)."""

    def __init__(self, worksheet: Any, countries: Sequence[tuple[str, str]], words: _Words) -> None:
        self.worksheet = worksheet
        pairs = sorted({code.strip().upper(): name for code, name in countries if code.strip()}.items())
        if not pairs:
            # Without names from the caller the shipped country boxes still give every code.
            with contextlib.suppress(OSError):
                pairs = [(code, "") for code in sorted(read_country_boxes())]
        if not pairs:
            pairs = [("KE", "Kenya")]
        try:
            items = [category.label for category in read_litter_categories()]
        except OSError:
            items = []
        headers = (QT_TRANSLATE_NOOP("template", "Country code"), QT_TRANSLATE_NOOP("template", "Country"),
                   QT_TRANSLATE_NOOP("template", "Litter item"))
        for column, header in enumerate(headers, start=1):
            cell = worksheet.cell(row=1, column=column, value=words(header))
            cell.font = _BOLD
        for row, (code, name) in enumerate(pairs, start=2):
            _put(worksheet, row, 1, code)
            _put(worksheet, row, 2, name or None)
        for row, label in enumerate(items, start=2):
            _put(worksheet, row, 3, label)
        title = worksheet.title.replace("'", "''")  # a quote in a sheet's name is doubled in a formula
        self.countries = f"'{title}'!$A$2:$A${len(pairs) + 1}"
        self.litter_items = f"'{title}'!$C$2:$C${len(items) + 1}" if items else None
        worksheet.column_dimensions["A"].width = 14
        worksheet.column_dimensions["B"].width = 40
        worksheet.column_dimensions["C"].width = 44


def _put(worksheet: Any, row: int, column: int, value: object) -> Any:
    cell = worksheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell.data_type = "s"  # text, never a formula
    return cell


def _write_table_sheet(worksheet: Any, sheet: Sheet, lists: _ListsSheet, words: _Words) -> None:
    examples = EXAMPLE_ROWS.get(sheet.key, ())
    for index, column in enumerate(sheet.columns, start=1):
        letter = get_column_letter(index)
        header = words.header(column)
        cell = _put(worksheet, 1, index, header)
        cell.font = _BOLD if column.required else Font()
        cell.fill = _HEADER_FILL
        cell.alignment = Alignment(vertical="top")
        note = _header_note(column, words)
        if note:
            cell.comment = Comment(note, "fieldlog", width=260, height=max(80, 18 * (len(note) // 40 + 2)))
        for row, example in enumerate(examples, start=2):
            value = example.get(column.key)
            if value is None:
                continue
            if column.key == "notes":  # words for the reader, not a value
                value = words(str(value))
            cell = _put(worksheet, row, index, value)
            cell.font = _EXAMPLE_FONT
            if isinstance(value, dt.datetime):
                cell.number_format = DATETIME_FORMAT
            elif isinstance(value, dt.date):
                cell.number_format = DATE_FORMAT
        validation = _validation(column, sheet, lists, words)
        if validation is not None:
            validation.add(f"{letter}2:{letter}{LAST_ROW}")
            worksheet.add_data_validation(validation)
        widest = max([len(header) + 3, *(len(_shown(e.get(column.key))) + 2 for e in examples)])
        width = 38 if column.value_type is ValueType.ID else min(max(widest, 10), 45)
        worksheet.column_dimensions[letter].width = width
    last = get_column_letter(len(sheet.columns))
    worksheet.freeze_panes = "A2"
    worksheet.auto_filter.ref = f"A1:{last}{1 + len(examples)}"
    worksheet.print_title_rows = "1:1"


def _shown(value: object) -> str:
    if isinstance(value, dt.datetime):
        return "2026-05-30 09:00"
    if isinstance(value, dt.date):
        return "2026-05-30"
    return "" if value is None else str(value)


def _header_note(column: Column, words: _Words) -> str:
    lines = [words(QT_TRANSLATE_NOOP("template", "Required.")) if column.required else ""]
    if column.help:
        text = column.help_in(words.language)
        lines.append(text[0].upper() + text[1:] + ".")
    if column.unit:
        lines.append(words(QT_TRANSLATE_NOOP("template", "In {unit}. Write another unit in the brackets instead "
                                                         "({units}) and fieldlog converts.")).format(
            unit=column.header.rsplit("(", 1)[1].rstrip(")"), units=_other_units(column)))
    if column.choices is not None:
        lines.append(words(QT_TRANSLATE_NOOP("template", "One of: {choices}.")).format(
            choices=", ".join(words.choice(member) for member in column.choices)))
    if column.personal:
        lines.append(words(QT_TRANSLATE_NOOP("template", "Personal data: it stays on the laptop and goes into no "
                                                         "report unless asked for.")))
    return "\n".join(line for line in lines if line)


def _other_units(column: Column) -> str:
    dimension = column.dimension
    return ", ".join(u.symbol for u in units_of(dimension) if u.symbol != column.unit) if dimension else ""


# Excel refuses a workbook whose validation title passes 32 characters or whose message passes 255: a long
# translation is cut rather than breaking the file.
_TITLE_MAX = 32
_MESSAGE_MAX = 255


def _list(formula: str, title: str, message: str, *, strict: bool = True) -> Any:
    # "warning" lets people keep a value the list does not offer (an English country name, their own
    # item category) after a question; "stop" refuses it.
    return DataValidation(type="list", formula1=formula, allow_blank=True, showDropDown=False,
                          showErrorMessage=True, errorStyle="stop" if strict else "warning",
                          errorTitle=title[:_TITLE_MAX], error=message[:_MESSAGE_MAX])


def _number(kind: str, operator: str, low: float, high: float | None, title: str, message: str,
            *, strict: bool = True) -> Any:
    return DataValidation(type=kind, operator=operator, formula1=_formula(low),
                          formula2=None if high is None else _formula(high), allow_blank=True,
                          showErrorMessage=True, errorStyle="stop" if strict else "warning",
                          errorTitle=title[:_TITLE_MAX], error=message[:_MESSAGE_MAX])


def _formula(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


_FIRST_DAY = to_excel(dt.datetime(1900, 1, 1))
_LAST_DAY = to_excel(dt.datetime(2199, 12, 31))


def _validation(column: Column, sheet: Sheet, lists: _ListsSheet, words: _Words) -> Any | None:
    label = words.label(column)
    match column.value_type:
        case ValueType.CHOICE if column.choices is not None:
            # The list holds what fieldlog reads back (the English labels), whatever the template's language.
            labels = [member.label for member in column.choices]
            return _list('"' + ",".join(labels) + '"',
                         words(QT_TRANSLATE_NOOP("template", "Pick a {column}")).format(column=label.lower()),
                         words(QT_TRANSLATE_NOOP("template", "{column} must be one of: {choices}. Pick one from the "
                                                             "list.")).format(column=label, choices=", ".join(labels)))
        case ValueType.COUNTRY:
            return _list(lists.countries, words(QT_TRANSLATE_NOOP("template", "Country")),
                         words(QT_TRANSLATE_NOOP("template", "Use the two-letter ISO code from the list (like KE). An "
                                                             "English country name (like Kenya) also works: choose Yes "
                                                             "to keep it.")), strict=False)
        case ValueType.INTEGER:
            return _number("whole", "greaterThanOrEqual", 0, None, words(QT_TRANSLATE_NOOP("template", "Whole number")),
                           words(QT_TRANSLATE_NOOP("template", "{column} must be a whole number, 0 or more (no units, "
                                                               "no decimals).")).format(column=label))
        case ValueType.NUMBER if column.key == "cover_percent":
            return _number("decimal", "between", 0, 100, words(QT_TRANSLATE_NOOP("template", "Percent")),
                           words(QT_TRANSLATE_NOOP("template", "{column} must be a number from 0 to 100.")).format(
                               column=label))
        case ValueType.NUMBER:
            return _number("decimal", "greaterThanOrEqual", 0, None, words(QT_TRANSLATE_NOOP("template", "Number")),
                           words(QT_TRANSLATE_NOOP("template", "{column} must be a number, 0 or more. Write the unit "
                                                               "in the header, not in the cell.")).format(column=label))
        case ValueType.DATE | ValueType.DATETIME:
            example = ("2026-05-30" if column.value_type is ValueType.DATE
                       else words(QT_TRANSLATE_NOOP("template", "2026-05-30 or 2026-05-30 09:00")))
            return _number("date", "between", _FIRST_DAY, _LAST_DAY, words(QT_TRANSLATE_NOOP("template", "Date")),
                           words(QT_TRANSLATE_NOOP("template", "{column} must be a date, like {example}.")).format(
                               column=label, example=example))
        case ValueType.LATITUDE:
            return _number("decimal", "between", -90, 90, words(QT_TRANSLATE_NOOP("template", "Latitude")),
                           words(QT_TRANSLATE_NOOP("template", "Latitude is in decimal degrees from -90 to 90 (south "
                                                               "is negative), like -1.2833. Degrees-minutes-seconds "
                                                               "text also works: choose Yes to keep it.")),
                           strict=False)
        case ValueType.LONGITUDE:
            return _number("decimal", "between", -180, 180, words(QT_TRANSLATE_NOOP("template", "Longitude")),
                           words(QT_TRANSLATE_NOOP("template", "Longitude is in decimal degrees from -180 to 180 (west "
                                                               "is negative), like 36.8167. Degrees-minutes-seconds "
                                                               "text also works: choose Yes to keep it.")),
                           strict=False)
    if sheet.kind is ActivityKind.OTHER and column.key == "unit":
        return _list('"' + ",".join(u.symbol for u in UNITS) + '"', words(QT_TRANSLATE_NOOP("template", "Unit")),
                     words(QT_TRANSLATE_NOOP("template", "Pick a unit from the list, or choose Yes to keep your own "
                                                         "(like trees or nest boxes).")), strict=False)
    if sheet is LITTER_ITEMS and column.key == "item_category" and lists.litter_items:
        return _list(lists.litter_items, words(QT_TRANSLATE_NOOP("template", "Item")),
                     words(QT_TRANSLATE_NOOP("template", "Pick an item category from the list, or choose Yes to keep "
                                                         "your own words.")), strict=False)
    return None


_KIND_TEXT = {
    ValueType.TEXT: QT_TRANSLATE_NOOP("template", "text"),
    ValueType.LONG_TEXT: QT_TRANSLATE_NOOP("template", "text; line breaks are kept"),
    ValueType.ID: QT_TRANSLATE_NOOP("template", "blank for a new record"),
    ValueType.INTEGER: QT_TRANSLATE_NOOP("template", "whole number, 0 or more"),
    ValueType.NUMBER: QT_TRANSLATE_NOOP("template", "number, 0 or more"),
    ValueType.DATE: QT_TRANSLATE_NOOP("template", "date, or text YYYY-MM-DD"),
    ValueType.DATETIME: QT_TRANSLATE_NOOP("template", "date (and time), or text YYYY-MM-DD hh:mm"),
    ValueType.COUNTRY: QT_TRANSLATE_NOOP("template", "ISO code (KE, FR, US, …) or English name"),
    ValueType.LATITUDE: QT_TRANSLATE_NOOP("template", "-90 to 90, decimal degrees"),
    ValueType.LONGITUDE: QT_TRANSLATE_NOOP("template", "-180 to 180, decimal degrees"),
    ValueType.CHOICE: QT_TRANSLATE_NOOP("template", "one of the list"),
}


# What a column holds, in plain words, for the columns whose spec has no help text.
_WHAT = {
    "event_id": QT_TRANSLATE_NOOP("template", "the id fieldlog gave the event"),
    "activity_id": QT_TRANSLATE_NOOP("template", "the id fieldlog gave the activity"),
    "latitude": QT_TRANSLATE_NOOP("template", "WGS84 decimal degrees (DMS accepted)"),
    "longitude": QT_TRANSLATE_NOOP("template", "WGS84 decimal degrees (DMS accepted)"),
    "event_name": QT_TRANSLATE_NOOP("template", "the event's name; activity rows use it to name their event"),
    "campaign": QT_TRANSLATE_NOOP("template", "the campaign the event is part of, like MAD Week 2026"),
    "end": QT_TRANSLATE_NOOP("template", "when the event ended; with Start it gives the volunteer hours"),
    "site_name": QT_TRANSLATE_NOOP("template", "the name of the place"),
    "locality": QT_TRANSLATE_NOOP("template", "town, park or area"),
    "site_area_m2": QT_TRANSLATE_NOOP("template", "the size of the whole site"),
    "organisation": QT_TRANSLATE_NOOP("template", "the group that ran the event"),
    "organizer_name": QT_TRANSLATE_NOOP("template", "who ran the event"),
    "organizer_contact": QT_TRANSLATE_NOOP("template", "phone number or e-mail of the organizer"),
    "participants": QT_TRANSLATE_NOOP("template", "how many volunteers took part"),
    "notes": QT_TRANSLATE_NOOP("template", "anything else worth keeping"),
    "species": QT_TRANSLATE_NOOP("template", "scientific name"),
    "plants": QT_TRANSLATE_NOOP("template", "how many plants were put in the ground"),
    "native_status": QT_TRANSLATE_NOOP("template", "whether the species is native at the site"),
    "stock_type": QT_TRANSLATE_NOOP("template", "what was planted"),
    "planting.area_m2": QT_TRANSLATE_NOOP("template", "the area planted"),
    "invasive_removal.area_m2": QT_TRANSLATE_NOOP("template", "the area cleared"),
    "seed_source": QT_TRANSLATE_NOOP("template", "where the seed or seedlings came from"),
    "seed_lot_id": QT_TRANSLATE_NOOP("template", "your label for the seed lot"),
    "mass_g": QT_TRANSLATE_NOOP("template", "the weight of seed collected"),
    "seed_count": QT_TRANSLATE_NOOP("template", "how many seeds were collected"),
    "plants_sampled": QT_TRANSLATE_NOOP("template", "how many plants seed was taken from"),
    "population_size": QT_TRANSLATE_NOOP("template", "how many plants the population has"),
    "seedballs": QT_TRANSLATE_NOOP("template", "how many seedballs were made"),
    "seed_mass_g": QT_TRANSLATE_NOOP("template", "the weight of seed used"),
    "method": QT_TRANSLATE_NOOP("template", "how the plants were removed"),
    "weight_kg": QT_TRANSLATE_NOOP("template", "the weight removed or picked up"),
    "bags": QT_TRANSLATE_NOOP("template", "how many bags were filled"),
    "stems": QT_TRANSLATE_NOOP("template", "how many stems were removed"),
    "cover_percent": QT_TRANSLATE_NOOP("template", "how much of the ground the species covered before removal"),
    "phenology": QT_TRANSLATE_NOOP("template", "the plants' life stage"),
    "disposal": QT_TRANSLATE_NOOP("template", "what happened to the removed plants"),
    "cleanup_type": QT_TRANSLATE_NOOP("template", "where the pickup took place"),
    "distance_m": QT_TRANSLATE_NOOP("template", "the distance covered"),
    "description": QT_TRANSLATE_NOOP("template", "what was done"),
    "quantity": QT_TRANSLATE_NOOP("template", "how much was done, if it can be counted"),
    "unit": QT_TRANSLATE_NOOP("template", "the unit of Quantity"),
    "item_category": QT_TRANSLATE_NOOP("template", "the kind of item picked up"),
    "item_count": QT_TRANSLATE_NOOP("template", "how many of them were picked up"),
}


def _what(column: Column, sheet: Sheet, words: _Words) -> str:
    text = (column.help_in(words.language) or words(_WHAT.get(f"{sheet.key}.{column.key}") or _WHAT.get(column.key)
                                                     or _KIND_TEXT[column.value_type]))
    if column.personal:
        text += " " + words(QT_TRANSLATE_NOOP("template", "(personal data: goes into no report unless you ask)"))
    return text[0].upper() + text[1:]


def _allowed(column: Column, sheet: Sheet, words: _Words) -> str:
    if column.choices is not None:
        return ", ".join(words.choice(member) for member in column.choices)
    if sheet.kind is ActivityKind.OTHER and column.key == "unit":
        return words(QT_TRANSLATE_NOOP("template", "a unit from the drop-down ({units}, …) or your own words")).format(
            units=", ".join(u.symbol for u in UNITS[:6]))
    if sheet is LITTER_ITEMS and column.key == "item_category":
        return words(QT_TRANSLATE_NOOP("template", "an item category from the drop-down, or your own words"))
    if column.key == "cover_percent":
        return words(QT_TRANSLATE_NOOP("template", "number from 0 to 100"))
    if column.key == "event_name" and sheet.key != "events":
        return words(QT_TRANSLATE_NOOP("template", "an {event} name from the {events} sheet or from fieldlog (or fill "
                                                   "in {event_id} instead)")).format(**words.names())
    text = words(_KIND_TEXT[column.value_type])
    if column.unit:
        text = words(QT_TRANSLATE_NOOP("template", "{kind}; header unit may be changed to {units}")).format(
            kind=text, units=_other_units(column))
    return text


_INSTRUCTION_WIDTHS = (26, 11, 62, 62)
_LINE_HEIGHT = 15  # points per line of 11-point text


def _lines(text: str, width: float) -> int:
    # Spreadsheet programs do not grow a row for wrapped text on their own, so estimate its lines.
    return sum(max(1, -(-len(part) // max(1, int(width)))) for part in text.split("\n"))


def _paragraph(worksheet: Any, row: int, text: str, font: Any = None) -> None:
    cell = _put(worksheet, row, 1, text)
    cell.alignment = _WRAP
    if font is not None:
        cell.font = font
    worksheet.merge_cells(start_row=row, start_column=1, end_row=row, end_column=len(_INSTRUCTION_WIDTHS))
    worksheet.row_dimensions[row].height = _LINE_HEIGHT * _lines(text, sum(_INSTRUCTION_WIDTHS) * 0.95)


def _table_row(worksheet: Any, row: int, values: Sequence[str], font: Any = None) -> None:
    for index, value in enumerate(values, start=1):
        cell = _put(worksheet, row, index, value or None)
        cell.alignment = _WRAP
        if font is not None:
            cell.font = font
    worksheet.row_dimensions[row].height = _LINE_HEIGHT * max(
        _lines(value, width * 0.95) for value, width in zip(values, _INSTRUCTION_WIDTHS, strict=False))


def _write_instructions(worksheet: Any, words: _Words) -> None:
    for index, width in enumerate(_INSTRUCTION_WIDTHS, start=1):
        worksheet.column_dimensions[get_column_letter(index)].width = width
    _paragraph(worksheet, 1, words(QT_TRANSLATE_NOOP("template", "fieldlog spreadsheet template")), _TITLE_FONT)
    worksheet.row_dimensions[1].height = 22
    _paragraph(worksheet, 2, words(QT_TRANSLATE_NOOP("template", "Fill in this workbook with your volunteer events and "
                                                                 "what was done at them, then import it into fieldlog "
                                                                 "(Import in the window, or: fieldlog import "
                                                                 "FILE.xlsx).")))
    row = 4
    _paragraph(worksheet, row, words(QT_TRANSLATE_NOOP("template", "How to fill it in")), _HEADING_FONT)
    names = words.names()
    for number, line in enumerate(_GENERAL, start=1):
        row += 1
        _paragraph(worksheet, row, f"{number}. {words(line).format(**names)}")
    row += 2
    _paragraph(worksheet, row, words(QT_TRANSLATE_NOOP("template", "The sheets")), _HEADING_FONT)
    for sheet in TEMPLATE_SHEETS:
        row += 1
        _table_row(worksheet, row, (words.sheet(sheet), "", sheet.help_in(words.language)))
        worksheet.cell(row=row, column=1).font = _BOLD
    headings = (QT_TRANSLATE_NOOP("template", "Column"), QT_TRANSLATE_NOOP("template", "Required"),
                QT_TRANSLATE_NOOP("template", "What it holds"), QT_TRANSLATE_NOOP("template", "Allowed values"))
    required = words(QT_TRANSLATE_NOOP("template", "yes"))
    for sheet in TEMPLATE_SHEETS:
        row += 2
        _paragraph(worksheet, row, words(QT_TRANSLATE_NOOP("template", "Columns of the {sheet} sheet")).format(
            sheet=words.sheet(sheet)), _HEADING_FONT)
        row += 1
        _table_row(worksheet, row, tuple(words(text) for text in headings), _BOLD)
        for index in range(1, 5):
            worksheet.cell(row=row, column=index).fill = _HEADER_FILL
        for column in sheet.columns:
            row += 1
            header = words.header(column)
            _table_row(worksheet, row, (f"{header} *" if column.required else header,
                                        required if column.required else "", _what(column, sheet, words),
                                        _allowed(column, sheet, words)))
            if column.required:
                worksheet.cell(row=row, column=1).font = _BOLD


def _save_atomically(workbook: Any, path: Path) -> None:
    with atomic_path(path) as partial:
        workbook.save(partial)
