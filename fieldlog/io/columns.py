"""The one column spec: which columns each sheet has, their labels, value types, units and vocabularies.

The spreadsheet template, the importer's header matching and the report's detail sheets all read it,
so a report can be imported again and a filled-in template needs no mapping.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from fieldlog.domain.errors import UnknownUnit
from fieldlog.domain.kinds import (
    ActivityKind,
    CleanupType,
    Disposal,
    LabelledEnum,
    NativeStatus,
    Phenology,
    RemovalMethod,
    StockType,
)
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.domain.units import Dimension, Unit, unit
from fieldlog.io.language import ENGLISH, catalogue


class ValueType(StrEnum):
    """What a column's cells hold."""

    TEXT = "text"
    LONG_TEXT = "long_text"  # notes: kept as typed, line breaks included
    ID = "id"  # a record's UUID
    INTEGER = "integer"
    NUMBER = "number"
    DATE = "date"
    DATETIME = "datetime"
    COUNTRY = "country"  # ISO 3166-1 alpha-2, or an English name
    LATITUDE = "latitude"
    LONGITUDE = "longitude"
    CHOICE = "choice"  # one member of `choices`


@dataclass(frozen=True, slots=True)
class Column:
    """One column of a sheet: its key (the data dictionary's), label, value type and canonical unit."""

    key: str
    label: str
    value_type: ValueType
    required: bool = False
    unit: str | None = None  # canonical unit symbol of a quantity (m2, g, kg, m)
    choices: type[LabelledEnum] | None = None
    personal: bool = False
    help: str = ""

    @property
    def dimension(self) -> Dimension | None:
        """What a quantity column measures (None for counts and text)."""
        return unit(self.unit).dimension if self.unit else None

    @property
    def header(self) -> str:
        """The header the template and reports write: the label with its unit."""
        return self.header_in(ENGLISH)

    def label_in(self, language: str) -> str:
        """The label in a shipped language (English when it has no translation)."""
        return catalogue(language)("columns", self.label)

    def header_in(self, language: str) -> str:
        """The header in a shipped language: the label with its unit."""
        label = self.label_in(language)
        return f"{label} ({_UNIT_SHOWN.get(self.unit, self.unit)})" if self.unit else label

    def help_in(self, language: str) -> str:
        """The help text in a shipped language ("" when the column has none)."""
        return catalogue(language)("columns", self.help) if self.help else ""


_UNIT_SHOWN = {"m2": "m²"}


@dataclass(frozen=True, slots=True)
class Sheet:
    """The columns of one table as a spreadsheet sheet."""

    key: str  # "sites", "events", "litter_items" or an activity kind
    label: str
    columns: tuple[Column, ...]
    help: str = ""

    def label_in(self, language: str) -> str:
        """The sheet's name in a shipped language (English when it has no translation)."""
        return catalogue(language)("sheets", self.label)

    def help_in(self, language: str) -> str:
        """What the sheet holds, in a shipped language ("" when it says nothing)."""
        return catalogue(language)("sheets", self.help) if self.help else ""

    @property
    def kind(self) -> ActivityKind | None:
        """The activity kind this sheet holds, or None for sites, events and litter items."""
        return ActivityKind(self.key) if self.key in ActivityKind._value2member_map_ else None

    def column(self, key: str) -> Column:
        """The column with this key; KeyError if the sheet has none."""
        for column in self.columns:
            if column.key == key:
                return column
        raise KeyError(key)

    @property
    def keys(self) -> tuple[str, ...]:
        """The column keys in sheet order."""
        return tuple(column.key for column in self.columns)


def _c(key: str, label: str, value_type: ValueType = ValueType.TEXT, **extra: object) -> Column:
    return Column(key, label, value_type, **extra)  # type: ignore[arg-type]


T = ValueType
_SITE = (
    _c("site_name", QT_TRANSLATE_NOOP("columns", "Site"), required=True),
    _c("country_code", QT_TRANSLATE_NOOP("columns", "Country"), T.COUNTRY, required=True,
       help=QT_TRANSLATE_NOOP("columns", "ISO code like KE, or the English name")),
    _c("locality", QT_TRANSLATE_NOOP("columns", "Locality")),
    _c("latitude", QT_TRANSLATE_NOOP("columns", "Latitude"), T.LATITUDE,
       help=QT_TRANSLATE_NOOP("columns", "WGS84 decimal degrees (DMS accepted)")),
    _c("longitude", QT_TRANSLATE_NOOP("columns", "Longitude"), T.LONGITUDE,
       help=QT_TRANSLATE_NOOP("columns", "WGS84 decimal degrees (DMS accepted)")),
    _c("site_area_m2", QT_TRANSLATE_NOOP("columns", "Site area"), T.NUMBER, unit="m2"),
)
_EVENT_OWN = (
    _c("event_name", QT_TRANSLATE_NOOP("columns", "Event"), required=True),
    _c("campaign", QT_TRANSLATE_NOOP("columns", "Campaign")),
    _c("start", QT_TRANSLATE_NOOP("columns", "Start"), T.DATETIME, required=True,
       help=QT_TRANSLATE_NOOP("columns", "date, or date and time")),
    _c("end", QT_TRANSLATE_NOOP("columns", "End"), T.DATETIME),
)
_EVENT_PEOPLE = (
    _c("organisation", QT_TRANSLATE_NOOP("columns", "Organisation")),
    _c("organizer_name", QT_TRANSLATE_NOOP("columns", "Organizer"), personal=True),
    _c("organizer_contact", QT_TRANSLATE_NOOP("columns", "Organizer contact"), personal=True),
    _c("participants", QT_TRANSLATE_NOOP("columns", "Participants"), T.INTEGER, required=True),
    _c("volunteer_hours", QT_TRANSLATE_NOOP("columns", "Volunteer hours"), T.NUMBER,
       help=QT_TRANSLATE_NOOP("columns", "blank: participants x duration")),
)
_NOTES = _c("notes", QT_TRANSLATE_NOOP("columns", "Notes"), T.LONG_TEXT)

SITES = Sheet("sites", QT_TRANSLATE_NOOP("sheets", "Sites"), _SITE,
               QT_TRANSLATE_NOOP("sheets", "One row per place where events happen."))
EVENTS = Sheet("events", QT_TRANSLATE_NOOP("sheets", "Events"),
               (_c("event_id", QT_TRANSLATE_NOOP("columns", "Event id"), T.ID), *_EVENT_OWN, *_SITE, *_EVENT_PEOPLE,
                _NOTES),
               QT_TRANSLATE_NOOP("sheets", "One row per event. Activities refer to an event by its name (or id)."))

# The event fields an activity row may carry to create its event when it does not exist yet.
EVENT_FIELDS_ON_ACTIVITIES = tuple(c for c in EVENTS.columns if c.key not in ("event_id", "notes", "latitude",
                                                                               "longitude"))

_ACTIVITY_HEAD = (
    _c("activity_id", QT_TRANSLATE_NOOP("columns", "Activity id"), T.ID),
    _c("event_id", QT_TRANSLATE_NOOP("columns", "Event id"), T.ID),
    _c("event_name", QT_TRANSLATE_NOOP("columns", "Event"),
       help=QT_TRANSLATE_NOOP("columns", "the event's name as on the Events sheet")),
    _c("date", QT_TRANSLATE_NOOP("columns", "Date"), T.DATE,
       help=QT_TRANSLATE_NOOP("columns", "blank: the event's start date")),
)
_ACTIVITY_TAIL = (
    _c("latitude", QT_TRANSLATE_NOOP("columns", "Latitude"), T.LATITUDE),
    _c("longitude", QT_TRANSLATE_NOOP("columns", "Longitude"), T.LONGITUDE),
    _NOTES,
)


def _activity(kind: ActivityKind, label: str, *own: Column, help: str = "") -> Sheet:
    assert label == kind.label, f"the {kind} sheet is named after its kind"
    return Sheet(kind.value, label, (*_ACTIVITY_HEAD, *own, *_ACTIVITY_TAIL), help)


ACTIVITY_SHEETS: dict[ActivityKind, Sheet] = {sheet.kind: sheet for sheet in (  # type: ignore[misc]
    _activity(ActivityKind.PLANTING, QT_TRANSLATE_NOOP("sheets", "Planting"),
              _c("species", QT_TRANSLATE_NOOP("columns", "Species"), required=True,
                 help=QT_TRANSLATE_NOOP("columns", "scientific name")),
              _c("plants", QT_TRANSLATE_NOOP("columns", "Plants"), T.INTEGER, required=True),
              _c("native_status", QT_TRANSLATE_NOOP("columns", "Native status"), T.CHOICE, choices=NativeStatus),
              _c("stock_type", QT_TRANSLATE_NOOP("columns", "Stock type"), T.CHOICE, choices=StockType),
              _c("area_m2", QT_TRANSLATE_NOOP("columns", "Area"), T.NUMBER, unit="m2"),
              _c("seed_source", QT_TRANSLATE_NOOP("columns", "Seed source")),
              help=QT_TRANSLATE_NOOP("sheets", "One row per species planted at an event.")),
    _activity(ActivityKind.SEED_COLLECTION, QT_TRANSLATE_NOOP("sheets", "Seed collection"),
              _c("species", QT_TRANSLATE_NOOP("columns", "Species"), required=True),
              _c("seed_lot_id", QT_TRANSLATE_NOOP("columns", "Seed lot")),
              _c("mass_g", QT_TRANSLATE_NOOP("columns", "Seed mass"), T.NUMBER, unit="g"),
              _c("seed_count", QT_TRANSLATE_NOOP("columns", "Seed count"), T.INTEGER),
              _c("plants_sampled", QT_TRANSLATE_NOOP("columns", "Plants sampled"), T.INTEGER),
              _c("population_size", QT_TRANSLATE_NOOP("columns", "Population size"), T.INTEGER),
              help=QT_TRANSLATE_NOOP("sheets", "One row per seed lot; give its mass or its seed count.")),
    _activity(ActivityKind.SEEDBALL_MAKING, QT_TRANSLATE_NOOP("sheets", "Seedball making"),
              _c("seedballs", QT_TRANSLATE_NOOP("columns", "Seedballs"), T.INTEGER, required=True),
              _c("seed_mass_g", QT_TRANSLATE_NOOP("columns", "Seed mass"), T.NUMBER, unit="g"),
              _c("species", QT_TRANSLATE_NOOP("columns", "Species"),
                 help=QT_TRANSLATE_NOOP("columns", "the seed mix, separated by ;")),
              help=QT_TRANSLATE_NOOP("sheets", "One row per batch of seedballs.")),
    _activity(ActivityKind.INVASIVE_REMOVAL, QT_TRANSLATE_NOOP("sheets", "Invasive removal"),
              _c("species", QT_TRANSLATE_NOOP("columns", "Species"), required=True),
              _c("method", QT_TRANSLATE_NOOP("columns", "Method"), T.CHOICE, choices=RemovalMethod),
              _c("area_m2", QT_TRANSLATE_NOOP("columns", "Area"), T.NUMBER, unit="m2"),
              _c("weight_kg", QT_TRANSLATE_NOOP("columns", "Weight"), T.NUMBER, unit="kg"),
              _c("bags", QT_TRANSLATE_NOOP("columns", "Bags"), T.INTEGER),
              _c("stems", QT_TRANSLATE_NOOP("columns", "Stems"), T.INTEGER),
              _c("cover_percent", QT_TRANSLATE_NOOP("columns", "Cover %"), T.NUMBER),
              _c("phenology", QT_TRANSLATE_NOOP("columns", "Phenology"), T.CHOICE, choices=Phenology),
              _c("disposal", QT_TRANSLATE_NOOP("columns", "Disposal"), T.CHOICE, choices=Disposal),
              help=QT_TRANSLATE_NOOP("sheets", "One row per species removed; give at least one of "
                                               "area, weight, bags, stems.")),
    _activity(ActivityKind.LITTER_PICKUP, QT_TRANSLATE_NOOP("sheets", "Litter pickup"),
              _c("cleanup_type", QT_TRANSLATE_NOOP("columns", "Cleanup type"), T.CHOICE, choices=CleanupType),
              _c("bags", QT_TRANSLATE_NOOP("columns", "Bags"), T.INTEGER),
              _c("weight_kg", QT_TRANSLATE_NOOP("columns", "Weight"), T.NUMBER, unit="kg"),
              _c("distance_m", QT_TRANSLATE_NOOP("columns", "Distance"), T.NUMBER, unit="m"),
              help=QT_TRANSLATE_NOOP("sheets", "One row per pickup; its item tally goes on the Litter items sheet.")),
    _activity(ActivityKind.OTHER, QT_TRANSLATE_NOOP("sheets", "Other"),
              _c("description", QT_TRANSLATE_NOOP("columns", "Description"), required=True),
              _c("quantity", QT_TRANSLATE_NOOP("columns", "Quantity"), T.NUMBER),
              _c("unit", QT_TRANSLATE_NOOP("columns", "Unit")),
              help=QT_TRANSLATE_NOOP("sheets", "Anything else volunteers did.")),
)}

# Long form: one row per item category; rows sharing event and date make one litter pickup.
LITTER_ITEM_FIELDS = (
    _c("item_category", QT_TRANSLATE_NOOP("columns", "Item"), required=True),
    _c("item_count", QT_TRANSLATE_NOOP("columns", "Count"), T.INTEGER, required=True),
)
LITTER_ITEMS = Sheet("litter_items", QT_TRANSLATE_NOOP("sheets", "Litter items"),
                     (_c("activity_id", QT_TRANSLATE_NOOP("columns", "Activity id"), T.ID), *_ACTIVITY_HEAD[1:],
                      *LITTER_ITEM_FIELDS),
                     QT_TRANSLATE_NOOP("sheets", "One row per item category of a pickup; rows with the same event "
                                                 "and date make one pickup."))

SHEETS: dict[str, Sheet] = {sheet.key: sheet for sheet in (EVENTS, *ACTIVITY_SHEETS.values(), LITTER_ITEMS, SITES)}
TEMPLATE_SHEETS = (EVENTS, *ACTIVITY_SHEETS.values(), LITTER_ITEMS)


def fold(text: str) -> str:
    """How headers and sheet names are compared: case, spacing and punctuation ignored."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


_UNIT_IN_HEADER = re.compile(r"^(?P<name>.*?)\s*[(\[](?P<unit>[^)\]]*)[)\]]\s*$", re.DOTALL)


def split_header(header: str) -> tuple[str, str | None]:
    """A header's name and the unit written in parentheses after it, if any ('Area (ha)' -> 'Area', 'ha')."""
    match = _UNIT_IN_HEADER.match(header.strip())
    if match is None:
        return header.strip(), None
    return match["name"].strip(), match["unit"].strip() or None


def sheet_for_name(name: str) -> Sheet | None:
    """The sheet whose key or label is `name` (any case), so a named sheet needs no mapping."""
    wanted = fold(name)
    for sheet in SHEETS.values():
        if wanted in (fold(sheet.key), fold(sheet.label)):
            return sheet
    return None


def mappable_columns(sheet: Sheet) -> tuple[Column, ...]:
    """Every field a source column of this sheet may be mapped to (activities also take event fields)."""
    columns = list(sheet.columns)
    if sheet.kind is not None or sheet is LITTER_ITEMS:
        own = set(sheet.keys)
        columns += [c for c in EVENT_FIELDS_ON_ACTIVITIES if c.key not in own]
    if sheet.kind is ActivityKind.LITTER_PICKUP:
        columns += LITTER_ITEM_FIELDS
    return tuple(columns)


def match_header(sheet: Sheet, header: str) -> tuple[Column, Unit | None] | None:
    """The column a header names by key or label (ignoring case and a unit in parentheses), with the unit
    written in the header when it is one fieldlog knows for that quantity."""
    name, unit_text = split_header(header)
    wanted = {fold(header), fold(name)}
    for column in mappable_columns(sheet):
        if wanted & {fold(column.key), fold(column.label), fold(column.header)}:
            return column, header_unit(column, unit_text)
    return None


def header_unit(column: Column, unit_text: str | None) -> Unit | None:
    """The unit a header declares for a quantity column, or None when it declares none (or not one of its kind)."""
    if unit_text is None or column.dimension is None:
        return None
    try:
        return unit(unit_text, column.dimension)
    except UnknownUnit:
        return None
