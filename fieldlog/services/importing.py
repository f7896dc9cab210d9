"""Importing spreadsheets: a preview that says what every row would do, then one all-or-nothing transaction.

Identity makes the import idempotent. A row with an id (`event_id`, `activity_id`) is that record. A row
without one gets an id derived from what identifies it (a site: name and country; an event: name, start
day and site; an activity: event, kind, date, species or description, and how many rows before it in the
file had the same), so importing the same file again finds every record it wrote and adds nothing, and a
corrected quantity updates the record instead of adding a second one. An existing record the file did not
write (entered by hand) that has the same event, kind, date, species and quantity as a new row makes that
row a probable duplicate: shown in the preview and left out.

An update changes only the fields the file provides; fields the file has no column for keep their
stored values. Activity rows may carry event fields to create their event when it does not exist; they
never change an existing event (only an Events sheet does).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import threading
import uuid
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import Table, bindparam, func, insert, or_, select, update
from sqlalchemy.orm import Session

from fieldlog.db.bulk import insert_rows
from fieldlog.db.mapping import (
    ENUM_FIELDS,
    activity_from_row,
    column_fit_issues,
    event_from_row,
    litter_item_from_row,
    record_columns,
    row_class,
    site_from_row,
)
from fieldlog.db.rollup import rollup_of
from fieldlog.db.store import Database
from fieldlog.db.tables import ActivityRow, EventRow, ImportBatchRow, LitterItemRow, SiteRow
from fieldlog.db.unfinished import unfinished
from fieldlog.domain.checks import Issue, check_activity, check_event, check_litter_item, check_site
from fieldlog.domain.errors import StorageFull, record_noun
from fieldlog.domain.kinds import ActivityKind, Level
from fieldlog.domain.messages import Message
from fieldlog.domain.records import (
    ACTIVITY_CLASSES,
    Activity,
    Event,
    LitterItem,
    LitterPickup,
    Record,
    Site,
    derived_volunteer_hours,
    tidy,
)
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.io.columns import EVENTS, LITTER_ITEMS, SHEETS, SITES, Sheet
from fieldlog.io.mapping import (
    Mapping,
    MappingProblem,
    SheetReader,
    SourceRow,
    guess_mapping,
    header_conflicts,
    mixed_languages,
    sheet_headers,
    sheet_in_any_language,
)
from fieldlog.io.rejects import RejectedRow, write_rejected_rows
from fieldlog.io.sheets import ImportRejected, SourceFile, open_source, read_rows
from fieldlog.services.queries import STATISTICS_AFTER, refresh_statistics
from fieldlog.services.records import Cancelled, utc_now
from fieldlog.services.reference import ReferenceData, country_code

# Ids derived from content use this namespace, so they are the same on every laptop and every run.
NAMESPACE = uuid.UUID("2f0c7a52-4f5e-4c1e-9d55-6a3f1c0e8b47")
CHUNK = 1000  # rows read between database look-ups (and between preview updates)
TABLE_ORDER = ("sites", "events", *(kind.value for kind in ActivityKind), "litter_items")
Progress = Callable[[int, int], None]


class RowStatus(StrEnum):
    """What importing a row would do."""

    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    DUPLICATE = "duplicate"
    ERROR = "error"
    SKIPPED = "skipped"


@dataclass(frozen=True, slots=True)
class RowOutcome:
    """One source row in the preview: what it is, what importing it would do, and why."""

    sheet: str
    row: int
    table: str
    status: RowStatus
    what: str = ""
    reasons: tuple[str, ...] = ()
    record_id: uuid.UUID | None = None


@dataclass(slots=True)
class _Planned:
    """A record the import would write, with the stored version it replaces (None: new)."""

    record: Site | Event | Activity
    stored: Site | Event | Activity | None
    rows: list[tuple[str, int]]
    explicit: bool = False  # the file gave the id
    implicit: bool = False  # made for rows of another table (a site for an event); dropped when none remain

    @property
    def status(self) -> RowStatus:
        if self.stored is None:
            return RowStatus.NEW
        return RowStatus.UNCHANGED if _same(self.record, self.stored) else RowStatus.UPDATED


@dataclass(slots=True)
class _Pickup:
    """A litter pickup built from one or many rows (long form: one row per item category)."""

    id: uuid.UUID
    event_id: uuid.UUID
    values: dict[str, Any]
    items: list[tuple[str, int]]
    rows: list[tuple[str, int]]
    first: tuple[str, int]
    explicit: bool = False


@dataclass
class ImportPreview:
    """What importing a file would do, row by row, and the records it would write."""

    source: SourceFile
    mappings: tuple[Mapping, ...]
    outcomes: list[RowOutcome] = field(default_factory=list)
    ignored_columns: dict[str, list[str]] = field(default_factory=dict)
    ignored_sheets: list[str] = field(default_factory=list)
    formula_like: int = 0
    headers: dict[str, list[str]] = field(default_factory=dict)
    rejected_cells: dict[tuple[str, int], tuple[Any, ...]] = field(default_factory=dict)
    planned: list[_Planned] = field(default_factory=list)

    def count(self, status: RowStatus) -> int:
        """How many rows have this status."""
        return sum(1 for outcome in self.outcomes if outcome.status is status)

    @property
    def errors(self) -> list[RowOutcome]:
        """The rows that cannot be imported."""
        return [outcome for outcome in self.outcomes if outcome.status is RowStatus.ERROR]

    def additions(self) -> dict[str, float]:
        """Totals of what the import would add: new records per table and the new quantities."""
        totals: Counter[str] = Counter()
        for planned in self.planned:
            if planned.stored is not None:
                continue
            record = planned.record
            if isinstance(record, Site):
                totals["sites"] += 1
            elif isinstance(record, Event):
                totals["events"] += 1
                totals["participants"] += record.participants
            else:
                assert isinstance(record, Activity)
                totals[record.kind.value] += 1
                for name in ("plants", "seedballs", "seed_count", "mass_g", "weight_kg", "bags", "area_m2",
                             "stems", "distance_m"):
                    value = getattr(record, name, None)
                    if value:
                        totals[f"{record.kind.value}.{name}"] += value
                if isinstance(record, LitterPickup):
                    totals["litter_pickup.items"] += record.item_total
        return dict(totals)

    def summary_lines(self) -> list[str]:
        """The preview in a few lines of plain words."""
        counts = Counter(outcome.status for outcome in self.outcomes)
        lines = [f"{self.source.name}: " + ", ".join(f"{counts[s]:,} {s.value}" for s in RowStatus if counts[s])
                 if counts else f"{self.source.name}: no rows to import"]
        adds = self.additions()
        if adds:
            lines.append("Would add: " + _additions_text(adds))
        for sheet, columns in self.ignored_columns.items():
            if columns:
                lines.append(Message(QT_TRANSLATE_NOOP("messages", "Sheet '{sheet}': columns ignored (not mapped): "
                                                                   "{columns}"),
                                     sheet=sheet, columns=", ".join(columns)))
        for sheet in self.ignored_sheets:
            lines.append(Message(QT_TRANSLATE_NOOP("messages", "Sheet '{sheet}' is not a table fieldlog knows; "
                                                               "ignored"), sheet=sheet))
        if self.formula_like:
            lines.append(Message(QT_TRANSLATE_NOOP("messages", "{count} cells begin with =, +, - or @; they are kept "
                                                               "as plain text"), count=f"{self.formula_like:,}"))
        return lines


_NOUNS = {"sites": ("site", "sites"), "events": ("event", "events"), "planting": ("planting", "plantings"),
          "seed_collection": ("seed collection", "seed collections"),
          "seedball_making": ("seedball batch", "seedball batches"),
          "invasive_removal": ("invasive removal", "invasive removals"),
          "litter_pickup": ("litter pickup", "litter pickups"), "other": ("other activity", "other activities")}
_QUANTITY_WORDS = {"plants": "plants", "seedballs": "seedballs", "seed_count": "seeds", "mass_g": "g",
                   "weight_kg": "kg", "bags": "bags", "area_m2": "m²", "stems": "stems", "distance_m": "m",
                   "items": "items", "participants": "participants"}


def _amount(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.1f}" if abs(value) >= 100 else f"{value:.4g}"


def _additions_text(adds: dict[str, float]) -> str:
    parts = []
    for key, (one, many) in _NOUNS.items():
        count = int(adds.get(key, 0))
        if not count:
            continue
        prefix = "participants" if key == "events" else f"{key}."
        details = [f"{_amount(value)} {_QUANTITY_WORDS[name.split('.')[-1]]}" for name, value in adds.items()
                   if (name == prefix or name.startswith(prefix)) and value]
        parts.append(f"{count:,} {one if count == 1 else many}" + (f" ({', '.join(details)})" if details else ""))
    return ", ".join(parts)


@dataclass(frozen=True, slots=True)
class ImportResult:
    """What an import wrote."""

    added: int
    updated: int
    unchanged: int
    rejected: int
    duplicates: int
    batch_id: uuid.UUID | None
    backup: Path | None
    rejected_file: Path | None = None


def derived_id(*parts: object) -> uuid.UUID:
    """An id derived from what identifies a record (the same parts give the same id everywhere)."""
    return uuid.uuid5(NAMESPACE, "\x1f".join("" if part is None else str(part) for part in parts))


def _name_key(text: str) -> str:
    return " ".join(text.split()).casefold()


_BOOKKEEPING = {"id", "created_at", "updated_at", "deleted_at", "provenance"}


_CONTENT_FIELDS: dict[type[Record], tuple[str, ...]] = {}


def _content_fields(record_type: type[Record]) -> tuple[str, ...]:
    names = _CONTENT_FIELDS.get(record_type)
    if names is None:
        names = _CONTENT_FIELDS[record_type] = tuple(
            f.name for f in dataclasses.fields(record_type) if f.name not in _BOOKKEEPING)
    return names


def _content(record: Record) -> dict[str, Any]:
    values = {name: getattr(record, name) for name in _content_fields(type(record))}
    if isinstance(record, LitterPickup):
        values["items"] = sorted((item.item_category, item.item_count) for item in record.items)
    return values


def _same(new: Record, stored: Record) -> bool:
    return _content(new) == _content(stored)


def _resolve_mappings(source: SourceFile, mappings: Sequence[Mapping] | None,
                      ignored_sheets: list[str]) -> list[Mapping]:
    if mappings:
        for mapping in mappings:
            if mapping.sheet is not None and mapping.sheet not in source.sheets:
                raise ImportRejected(f"{source.name}: the mapping names sheet '{mapping.sheet}', but the file's "
                                     f"sheets are {', '.join(source.sheets)}")
        return list(mappings)
    found: list[Mapping] = []
    for sheet in source.sheets:
        # Named in any shipped language, report continuations ("Planting (2)") included.
        table = sheet_in_any_language(sheet)
        if table is None:
            ignored_sheets.append(sheet)
            continue
        headers = sheet_headers(read_rows(source, sheet), 1)
        where = f"{source.name}, sheet '{sheet}'" if source.format == "xlsx" else source.name
        conflicts = header_conflicts(table, headers)
        if conflicts:
            raise ImportRejected(f"{where}, row 1: {'; '.join(conflicts)}")
        # Only where fieldlog guesses: a mapping (the import window's, or --mapping) says itself what each
        # header means, in whatever words.
        mixed = mixed_languages(table, headers)
        if mixed:
            raise ImportRejected(f"{where}, {'; '.join(mixed)}")
        found.append(guess_mapping(table, headers, sheet))
    if found:
        return found
    ignored_sheets.clear()
    if len(source.sheets) == 1:  # one unnamed table: take the table its headers match best
        headers = sheet_headers(read_rows(source, source.sheets[0]), 1)
        guesses = [guess_mapping(table, headers, source.sheets[0]) for table in SHEETS.values()]
        best = max(guesses, key=lambda guess: len(guess.columns))
        if len(best.columns) >= 2:
            mixed = mixed_languages(best.table, headers)
            if mixed:
                raise ImportRejected(f"{source.name}, {'; '.join(mixed)}")
            return [best]
    raise ImportRejected(f"{source.name}: no sheet is named after a table fieldlog knows (Events, Planting, "
                         "Litter items, ...) and its headers do not match one; give a column mapping "
                         "(--mapping, or map the columns in the import window)")


def _issues_text(issues: Iterable[Issue], columns: dict[str, str]) -> list[str]:
    return [_in_column(where, issue.message) if (where := columns.get(issue.field))
            else Message(QT_TRANSLATE_NOOP("messages", "{field}: {problem}"), field=issue.field, problem=issue.message)
            for issue in issues]


def _in_column(header: str, problem: str) -> Message:
    """A cell's problem with the column it is in (a field's key when no column holds it)."""
    return Message(QT_TRANSLATE_NOOP("messages", "column '{column}': {problem}"), column=header, problem=problem)


class _Planner:
    """Builds the preview: reads every mapped sheet, resolves identities against the database, checks."""

    def __init__(self, database: Database, source: SourceFile, preview: ImportPreview,
                 on_outcomes: Callable[[list[RowOutcome]], None] | None, progress: Progress | None,
                 cancel: threading.Event | None, today: dt.date) -> None:
        self.database = database
        self.source = source
        self.preview = preview
        self.on_outcomes = on_outcomes
        self.progress = progress
        self.cancel = cancel
        self.today = today
        self.reference = ReferenceData()
        self.sites: dict[uuid.UUID, _Planned] = {}
        self.site_by_key: dict[tuple[str, str], uuid.UUID] = {}
        self.events: dict[uuid.UUID, _Planned] = {}
        self.event_by_key: dict[tuple[str, dt.date, uuid.UUID], uuid.UUID] = {}
        self.events_by_name: dict[str, set[uuid.UUID]] = defaultdict(set)
        self.activities: dict[uuid.UUID, _Planned] = {}
        self.pickups: dict[uuid.UUID, _Pickup] = {}
        self.pickup_by_day: dict[tuple[uuid.UUID, dt.date | None], uuid.UUID] = {}
        self.occurrences: Counter[tuple[Any, ...]] = Counter()
        self.explicit_rows: dict[uuid.UUID, tuple[str, int]] = {}
        self.stored_events: dict[uuid.UUID, Event] = {}
        self.stored_sites: dict[uuid.UUID, Site] = {}
        self.rows_read = 0
        self.inverse: dict[str, str] = {}
        self.sheet_labels: dict[str, str] = {}
        self.pending_cells: dict[tuple[str, int], tuple[Any, ...]] = {}
        self.event_activities: dict[uuid.UUID, dict[uuid.UUID, Activity]] = {}
        self.event_for_values: dict[tuple[Any, ...], uuid.UUID] = {}  # many rows name the same event
        self._load_sites()

    # -- database look-ups --------------------------------------------------------------------------

    def _load_sites(self) -> None:
        with self.database.reading() as session:
            for row in session.scalars(select(SiteRow).where(SiteRow.deleted_at.is_(None))):
                site = site_from_row(row)
                self.stored_sites[site.id] = site
                self.site_by_key.setdefault((_name_key(site.name), site.country_code), site.id)
            # Every stored event id (16 bytes each): a new event's derived id is then known to be new
            # without a query per event.
            self.stored_event_ids = set(session.scalars(select(EventRow.id)))

    def _prefetch(self, rows: Sequence[SourceRow]) -> dict[uuid.UUID, Activity]:
        """Stored events the chunk may refer to (by id or name) and stored activities by explicit id."""
        event_ids = {row.values["event_id"] for row in rows if isinstance(row.values.get("event_id"), uuid.UUID)}
        names = {str(row.values["event_name"]) for row in rows if row.values.get("event_name")}
        activity_ids = [row.values["activity_id"] for row in rows
                        if isinstance(row.values.get("activity_id"), uuid.UUID)]
        with self.database.reading() as session:
            wanted = [i for i in event_ids if i not in self.stored_events]
            conditions = []
            if wanted:
                conditions.append(EventRow.id.in_(wanted))
            if names:
                conditions.append(EventRow.event_name.in_(names))
                conditions.append(func.lower(EventRow.event_name).in_({n.lower() for n in names}))
            if conditions:
                for event_row in session.scalars(select(EventRow).where(or_(*conditions))):
                    self._remember_stored_event(event_from_row(event_row))
            return self._stored_activities(session, activity_ids)

    def _remember_stored_event(self, event: Event) -> None:
        if event.id in self.stored_events:
            return
        self.stored_events[event.id] = event
        if event.deleted_at is None:
            self.event_by_key.setdefault((_name_key(event.event_name), event.start.date(), event.site_id), event.id)
            self.events_by_name[_name_key(event.event_name)].add(event.id)

    @staticmethod
    def _stored_activities(session: Session, ids: Sequence[uuid.UUID] | None = None,
                           event_id: uuid.UUID | None = None) -> dict[uuid.UUID, Activity]:
        """Stored activities by id, or all of one event's, with their litter tallies.

        Plain rows, not ORM objects: a re-import reads every activity it wrote, and the identity map's
        bookkeeping was most of that time."""
        if not ids and event_id is None:
            return {}
        activities, items_table = cast(Table, ActivityRow.__table__), cast(Table, LitterItemRow.__table__)
        chosen = activities.c.id.in_(ids) if ids else activities.c.event_id == event_id
        rows = session.execute(select(activities).where(chosen)).all()
        items: dict[uuid.UUID, list[LitterItem]] = defaultdict(list)
        pickups = [row.id for row in rows if row.kind == ActivityKind.LITTER_PICKUP.value]
        if pickups:
            for item_row in session.execute(select(items_table).where(items_table.c.activity_id.in_(pickups),
                                                                      items_table.c.deleted_at.is_(None))):
                items[item_row.activity_id].append(litter_item_from_row(cast(LitterItemRow, item_row)))
        return {row.id: activity_from_row(cast(ActivityRow, row), tuple(items.get(row.id, ()))) for row in rows}

    def _stored_event(self, event_id: uuid.UUID) -> Event | None:
        if event_id not in self.stored_events and event_id in self.stored_event_ids:
            with self.database.reading() as session:
                row = session.get(EventRow, event_id)
                if row is not None:
                    self._remember_stored_event(event_from_row(row))
        return self.stored_events.get(event_id)

    # -- reading ------------------------------------------------------------------------------------

    def run(self, mappings: Sequence[Mapping]) -> None:
        ordered = sorted(mappings, key=lambda m: TABLE_ORDER.index(m.kind))
        for mapping in ordered:
            self._read_sheet(mapping)
        self._finish_pickups()
        self._drop_unused()
        self.preview.planned = [*self.sites.values(), *self.events.values(), *self.activities.values()]

    def _drop_unused(self) -> None:
        """Events and sites made only for rows that were then rejected are not written either."""
        used_events = {cast(Activity, p.record).event_id for p in self.activities.values()}
        self.events = {i: p for i, p in self.events.items() if not p.implicit or i in used_events}
        used_sites = {cast(Event, p.record).site_id for p in self.events.values()}
        self.sites = {i: p for i, p in self.sites.items() if not p.implicit or i in used_sites}

    def _read_sheet(self, mapping: Mapping) -> None:
        sheet = mapping.sheet or self.source.sheets[0]
        rows = read_rows(self.source, sheet, mapping.header_row)
        headers = sheet_headers(rows, mapping.header_row)
        try:
            reader = SheetReader(mapping, headers, sheet_name=sheet, file_name=self.source.name,
                                 strict_width=self.source.format == "csv", country=country_code)
        except MappingProblem as problem:
            raise ImportRejected(str(problem)) from None
        self.preview.headers[sheet] = reader.headers
        self.sheet_labels[sheet] = mapping.table.label
        self.preview.ignored_columns[sheet] = reader.ignored
        self.inverse = reader.field_sources
        chunk: list[tuple[SourceRow, tuple[Any, ...]]] = []
        for number, cells in rows:
            if self.cancel is not None and self.cancel.is_set():
                raise Cancelled("Cancelled: nothing was imported.")
            row = reader.read(number, cells)
            if row is None:
                continue
            chunk.append((row, cells))
            if len(chunk) >= CHUNK:
                self._plan_chunk(mapping.table, chunk)
                chunk = []
        self._plan_chunk(mapping.table, chunk)

    def _emit(self, outcomes: list[RowOutcome]) -> None:
        self.preview.outcomes.extend(outcomes)
        if self.on_outcomes is not None and outcomes:
            self.on_outcomes(outcomes)

    def _plan_chunk(self, table: Sheet, chunk: list[tuple[SourceRow, tuple[Any, ...]]]) -> None:
        if not chunk:
            return
        stored_activities = self._prefetch([row for row, _ in chunk])
        outcomes: list[RowOutcome] = []
        new_activities: list[tuple[_Planned, int]] = []
        for row, cells in chunk:
            self.preview.formula_like += row.formula_like
            outcome = self._plan_row(table, row, stored_activities)
            if outcome is None:  # part of a litter pickup, decided at the end
                self.pending_cells[(row.sheet, row.row)] = cells
                continue
            if outcome.status is RowStatus.ERROR:
                self.preview.rejected_cells[(row.sheet, row.row)] = cells
            planned = self.activities.get(outcome.record_id) if outcome.record_id else None
            if planned is not None and planned.stored is None and not planned.explicit:
                new_activities.append((planned, len(outcomes)))
            outcomes.append(outcome)
        self._check_moved([planned for planned, _ in new_activities])
        for planned, index in new_activities:
            if planned.stored is not None:
                outcomes[index] = dataclasses.replace(outcomes[index], status=planned.status)
                continue
            twin = self._stored_twin(cast(Activity, planned.record))
            if twin is not None:
                del self.activities[planned.record.id]
                old = outcomes[index]
                outcomes[index] = dataclasses.replace(old, status=RowStatus.DUPLICATE, reasons=(twin,))
        self.rows_read += len(chunk)
        self._emit(outcomes)
        if self.progress is not None:
            self.progress(self.rows_read, 0)

    def _plan_row(self, table: Sheet, row: SourceRow, stored: dict[uuid.UUID, Activity]) -> RowOutcome | None:
        if row.skipped:
            return RowOutcome(row.sheet, row.row, table.label, RowStatus.SKIPPED, reasons=(row.skipped,))
        if row.problems:
            return self._error(table, row, [_in_column(h, m) if h else m for h, m in row.problems])
        try:
            if table is SITES:
                return self._plan_site(row)
            if table is EVENTS:
                return self._plan_event(row)
            if table is LITTER_ITEMS:
                return self._plan_litter_item(row)
            return self._plan_activity(table, row, stored)
        except _RowError as error:
            return self._error(table, row, error.reasons)

    def _error(self, table: Sheet, row: SourceRow, reasons: Sequence[str]) -> RowOutcome:
        # once each: a cell read for two fields (a column and a constant naming it) fails twice alike
        return RowOutcome(row.sheet, row.row, table.label, RowStatus.ERROR, reasons=tuple(dict.fromkeys(reasons)))

    def _claim(self, record_id: uuid.UUID, row: SourceRow, what: str) -> None:
        first = self.explicit_rows.setdefault(record_id, (row.sheet, row.row))
        if first != (row.sheet, row.row):
            raise _RowError([f"{what} {record_id} duplicates row {first[1]}"
                             + (f" of sheet '{first[0]}'" if first[0] != row.sheet else "")])

    def _refuse(self, issues: Sequence[Issue], record: Site | Event | Activity | LitterItem) -> list[str]:
        issues = [*issues, *column_fit_issues(record)]
        problems = [i for i in issues if i.level is Level.ERROR]
        if problems:
            raise _RowError(_issues_text(problems, self.inverse))
        return _issues_text(issues, self.inverse)

    # -- sites and events ---------------------------------------------------------------------------

    def _site_for(self, values: dict[str, Any], row: SourceRow, *, update: bool) -> uuid.UUID:
        name, country = values.get("site_name"), values.get("country_code")
        if not name or not country:
            raise _RowError([Message(
                    QT_TRANSLATE_NOOP("messages", "a site needs its name (Site) and country (Country)"))])
        key = (_name_key(str(name)), str(country))
        site_id = self.site_by_key.get(key) or derived_id("site", *key)
        provided: dict[str, Any] = {"country_code": country}
        if site_id not in self.sites and site_id not in self.stored_sites:
            provided["name"] = name  # a matched site keeps its spelling: the name is how it was found
        provided.update({target: values[source] for source, target in (
            ("locality", "locality"), ("latitude", "latitude"), ("longitude", "longitude"),
            ("site_area_m2", "area_m2")) if source in values})
        planned = self.sites.get(site_id)
        stored = self.stored_sites.get(site_id)
        if planned is not None and not update:
            return site_id
        base = cast(Site, planned.record) if planned is not None else stored
        if base is not None and not update:
            return site_id
        site = tidy(dataclasses.replace(base, **provided) if base is not None else Site(id=site_id, **provided))
        self._refuse(check_site(site, self.reference), site)
        if planned is not None:
            planned.record = site
            planned.rows.append((row.sheet, row.row))
            planned.implicit = False
        else:
            self.sites[site_id] = _Planned(site, stored, [(row.sheet, row.row)], implicit=not update)
            self.site_by_key[key] = site_id
        return site_id

    def _site(self, site_id: uuid.UUID) -> Site | None:
        planned = self.sites.get(site_id)
        return cast(Site, planned.record) if planned is not None else self.stored_sites.get(site_id)

    def _plan_site(self, row: SourceRow) -> RowOutcome:
        site_id = self._site_for(row.values, row, update=True)
        planned = self.sites[site_id]
        return RowOutcome(row.sheet, row.row, SITES.label, planned.status, str(row.values["site_name"]),
                          record_id=site_id)

    _EVENT_FIELDS = ("event_name", "campaign", "start", "end", "participants", "volunteer_hours", "organisation",
                     "organizer_name", "organizer_contact", "notes")

    def _plan_event(self, row: SourceRow) -> RowOutcome:
        values = row.values
        explicit = values.get("event_id")
        if isinstance(explicit, uuid.UUID):
            self._claim(explicit, row, "Event id")
        stored = self._stored_event(explicit) if isinstance(explicit, uuid.UUID) else None
        has_site = "site_name" in values or "country_code" in values
        site_id = stored.site_id if stored is not None and not has_site else self._site_for(values, row, update=False)
        provided = {name: values[name] for name in self._EVENT_FIELDS if name in values}
        provided["site_id"] = site_id
        if stored is None and not isinstance(explicit, uuid.UUID):
            key = self._event_key(values, site_id)
            event_id = self.event_by_key.get(key) or derived_id("event", *key)
            stored = self.stored_events.get(event_id)
            if event_id in self.events or stored is not None:
                del provided["event_name"]  # found by its name: keep the spelling it has
        else:
            event_id = explicit if isinstance(explicit, uuid.UUID) else stored.id  # type: ignore[union-attr]
        planned = self.events.get(event_id)
        if planned is not None and not planned.explicit and not isinstance(explicit, uuid.UUID) and \
                planned.rows[0][0] == row.sheet:
            raise _RowError([Message(
                    QT_TRANSLATE_NOOP("messages", "the same event (name, start day and site) as row {row}"),
                    row=planned.rows[0][1])])
        base = cast(Event, planned.record) if planned is not None else stored
        if base is not None and base.deleted_at is None:
            event = dataclasses.replace(base, **provided)
        else:
            missing = [n for n in ("event_name", "start", "participants") if n not in provided]
            if missing:
                raise _RowError([Message(
                        QT_TRANSLATE_NOOP("messages", "a new event needs {fields}"), fields=", ".join(missing))])
            event = Event(id=event_id, **provided)
            stored = None
        event = self._with_hours(tidy(event), "volunteer_hours" in values)
        warnings = self._refuse(check_event(event), event)
        self._keep_event(event, stored, row, explicit=isinstance(explicit, uuid.UUID))
        return RowOutcome(row.sheet, row.row, EVENTS.label, self.events[event_id].status,
                          f"{event.event_name}, {event.start:%Y-%m-%d}", tuple(warnings), event_id)

    def _event_key(self, values: dict[str, Any], site_id: uuid.UUID) -> tuple[str, dt.date, uuid.UUID]:
        name, start = values.get("event_name"), values.get("start")
        if not name or not isinstance(start, dt.datetime):
            blank = [f"column '{self.inverse.get(key) or EVENTS.column(key).label}'"
                     for key, value in (("event_name", name), ("start", start)) if not value]
            raise _RowError([Message(
                    QT_TRANSLATE_NOOP("messages", "{fields}: an event without an id needs its name and start "
                                                  "to be found or made; fill them in"),
                    fields=" and ".join(blank))])
        return _name_key(str(name)), start.date(), site_id

    @staticmethod
    def _with_hours(event: Event, hours_given: bool) -> Event:
        if hours_given:
            return dataclasses.replace(event, hours_derived=False)
        if event.volunteer_hours is None or event.hours_derived:
            hours = derived_volunteer_hours(event)
            return dataclasses.replace(event, volunteer_hours=hours, hours_derived=hours is not None)
        return event

    def _keep_event(self, event: Event, stored: Event | None, row: SourceRow, *, explicit: bool,
                    implicit: bool = False) -> None:
        planned = self.events.get(event.id)
        if planned is None:
            self.events[event.id] = _Planned(event, stored, [(row.sheet, row.row)], explicit, implicit)
        else:
            planned.record = event
            planned.rows.append((row.sheet, row.row))
            planned.implicit = planned.implicit and implicit
        self.event_by_key[(_name_key(event.event_name), event.start.date(), event.site_id)] = event.id
        self.events_by_name[_name_key(event.event_name)].add(event.id)

    def _event(self, event_id: uuid.UUID) -> Event | None:
        planned = self.events.get(event_id)
        if planned is not None:
            return cast(Event, planned.record)
        stored = self._stored_event(event_id)
        return stored if stored is not None and stored.deleted_at is None else None

    def _event_for(self, row: SourceRow) -> Event:
        """The event an activity row belongs to, created from the fields it carries when it is new."""
        values = row.values
        key = tuple(values.get(name) for name in ("event_id", "event_name", "start", "site_name", "country_code"))
        known = self.event_for_values.get(key)
        found = self._event(known) if known is not None else None
        if found is not None:
            return found
        event = self._resolve_event(row)
        self.event_for_values[key] = event.id
        return event

    def _resolve_event(self, row: SourceRow) -> Event:
        values = row.values
        explicit = values.get("event_id")
        if isinstance(explicit, uuid.UUID):
            event = self._event(explicit)
            if event is None:
                raise _RowError([_in_column(self.inverse.get("event_id", "Event id"), Message(
                    QT_TRANSLATE_NOOP("messages", "there is no event with id {id} in the file or the database"),
                    id=str(explicit)))])
            return event
        name = values.get("event_name")
        if not name:
            raise _RowError([Message(
                    QT_TRANSLATE_NOOP("messages", "the row does not say which event it belongs to (Event is "
                                                  "blank)"))])
        creating = {"start", "site_name", "country_code"} <= set(values)
        if creating:
            site_id = self._site_for(values, row, update=False)
            key = self._event_key(values, site_id)
            event_id = self.event_by_key.get(key) or derived_id("event", *key)
            event = self._event(event_id)
            if event is not None:
                return event
            if "participants" not in values:
                raise _RowError([Message(
                        QT_TRANSLATE_NOOP("messages", "event '{name}' does not exist yet; to create it the row "
                                                      "needs Participants too"), name=str(name))])
            provided = {n: values[n] for n in self._EVENT_FIELDS if n in values and n != "notes"}
            event = self._with_hours(tidy(Event(id=event_id, site_id=site_id, **provided)),
                                     "volunteer_hours" in values)
            self._refuse(check_event(event), event)
            self._keep_event(event, None, row, explicit=False, implicit=True)
            return event
        candidates = [i for i in self.events_by_name.get(_name_key(str(name)), set()) if self._event(i) is not None]
        if len(candidates) == 1:
            found = self._event(candidates[0])
            assert found is not None
            return found
        column = self.inverse.get("event_name", "Event")
        if len(candidates) > 1:
            raise _RowError([_in_column(column, Message(
                    QT_TRANSLATE_NOOP("messages", "{count} events are called '{name}'; give the "
                                                  "Event id, or the Start, Site and Country of "
                                                  "the one meant"),
                    count=len(candidates), name=str(name)))])
        raise _RowError([_in_column(column, Message(
                QT_TRANSLATE_NOOP("messages", "there is no event called '{name}'; add it to the "
                                              "Events sheet, or give Start, Site, Country and "
                                              "Participants on the row to create it"),
                name=str(name)))])

    # -- activities ---------------------------------------------------------------------------------

    def _identity(self, kind: ActivityKind, event: Event, values: dict[str, Any], row: SourceRow) -> tuple[
            uuid.UUID, bool]:
        explicit = values.get("activity_id")
        if isinstance(explicit, uuid.UUID):
            self._claim(explicit, row, "Activity id")
            return explicit, True
        day = values.get("date")
        identifying = {
            ActivityKind.PLANTING: ("species",), ActivityKind.SEED_COLLECTION: ("species", "seed_lot_id"),
            ActivityKind.SEEDBALL_MAKING: ("species",), ActivityKind.INVASIVE_REMOVAL: ("species",),
            ActivityKind.LITTER_PICKUP: (), ActivityKind.OTHER: ("description",)}[kind]
        key = (kind.value, event.id, day, *(_name_key(str(values.get(n) or "")) for n in identifying))
        occurrence = self.occurrences[key]
        self.occurrences[key] += 1
        return derived_id(*key, occurrence), False

    def _plan_activity(self, table: Sheet, row: SourceRow, stored_activities: dict[uuid.UUID, Activity]) -> (
            RowOutcome | None):
        kind = table.kind
        assert kind is not None
        event = self._event_for(row)
        values = row.values
        if kind is ActivityKind.LITTER_PICKUP:
            return self._plan_pickup(row, event, table)
        activity_id, explicit = self._identity(kind, event, values, row)
        cls = ACTIVITY_CLASSES[kind]
        own = {f.name for f in dataclasses.fields(cls)} - _BOOKKEEPING - {"event_id", "items"}
        provided = {name: _typed(name, value) for name, value in values.items() if name in own}
        stored = stored_activities.get(activity_id)
        if stored is None and not explicit:
            stored = self._activities_of(event.id).get(activity_id)
        if stored is not None and stored.deleted_at is None and stored.kind is kind:
            activity = dataclasses.replace(stored, event_id=event.id, **provided)
        else:
            if stored is not None and stored.kind is not kind:
                raise _RowError([f"Activity id {activity_id} belongs to a {stored.kind.label.lower()} activity, "
                                 f"not {kind.label.lower()}"])
            required = [f.name for f in dataclasses.fields(cls) if f.name in own and f.default is dataclasses.MISSING
                        and f.default_factory is dataclasses.MISSING and f.name not in provided]
            if required:
                raise _RowError([_in_column(self.inverse.get(name, name), Message(
                    QT_TRANSLATE_NOOP("messages", "is blank, but {field} is required"), field=name))
                                 for name in required])
            activity = cls(id=activity_id, event_id=event.id, **provided)
            stored = None
        activity = tidy(activity)
        warnings = self._refuse(check_activity(activity, event, self._site(event.site_id), self.reference,
                                               self.today), activity)
        planned = _Planned(activity, stored, [(row.sheet, row.row)], explicit)
        self.activities[activity_id] = planned
        return RowOutcome(row.sheet, row.row, table.label, planned.status, _describe(activity), tuple(warnings),
                          activity_id)

    def _activities_of(self, event_id: uuid.UUID) -> dict[uuid.UUID, Activity]:
        """The stored activities of an event, read once per event (an event new in this file has none)."""
        cached = self.event_activities.get(event_id)
        if cached is None:
            planned = self.events.get(event_id)
            if planned is not None and planned.stored is None:
                cached = {}
            else:
                with self.database.reading() as session:
                    cached = self._stored_activities(session, event_id=event_id)
            self.event_activities[event_id] = cached
        return cached

    def _check_moved(self, planned: Sequence[_Planned]) -> None:
        """Derived ids not found under their event may still be stored (moved to another event by hand)."""
        new = {p.record.id: p for p in planned if p.stored is None}
        if not new:
            return
        with self.database.reading() as session:
            found = self._stored_activities(session, list(new))
        for activity_id, stored in found.items():
            new[activity_id].stored = stored

    def _stored_twin(self, activity: Activity) -> str | None:
        """Why a new activity looks like a stored live one (not written by an import of this file), if it does."""
        event = self._event(activity.event_id)
        start = event.start.date() if event else None
        fingerprint = _fingerprint(activity)
        for other in self._activities_of(activity.event_id).values():
            if other.deleted_at is None and other.kind is activity.kind and other.id != activity.id and \
                    (other.date or start) == (activity.date or start) and _fingerprint(other) == fingerprint:
                where = f" at '{event.event_name}'" if event else ""
                return (f"looks like the {activity.kind.label.lower()} already recorded{where} on "
                        f"{other.date or start} ({_describe(other)}); it is left out. To add it anyway, give "
                        "the row an Activity id")
        return None

    # -- litter pickups -----------------------------------------------------------------------------

    def _plan_pickup(self, row: SourceRow, event: Event, table: Sheet) -> RowOutcome | None:
        values = row.values
        long_form = "item_category" in values or "item_count" in values
        if long_form and not {"item_category", "item_count"} <= set(values):
            raise _RowError([Message(
                    QT_TRANSLATE_NOOP("messages", "a litter item row needs both the item (category) and its "
                                                  "count"))])
        own = {f.name for f in dataclasses.fields(LitterPickup)} - _BOOKKEEPING - {"event_id", "items"}
        fields_ = {name: _typed(name, value) for name, value in values.items() if name in own}
        items = list(row.items)
        if long_form:
            count = int(values["item_count"])
            if count == 0:
                nothing = Message(QT_TRANSLATE_NOOP("messages", "the count is 0: no items of this kind to add"))
                return RowOutcome(row.sheet, row.row, table.label, RowStatus.SKIPPED, reasons=(nothing,))
            item = LitterItem(activity_id=NAMESPACE, item_category=str(values["item_category"]), item_count=count)
            self._refuse(check_litter_item(item), item)
            items.append((item.item_category, item.item_count))
        explicit = values.get("activity_id")
        day = values.get("date")
        if isinstance(explicit, uuid.UUID):
            pickup_id = explicit
            if not long_form:
                self._claim(explicit, row, "Activity id")
        elif long_form:
            pickup_id = self.pickup_by_day.get((event.id, day)) or self._identity(
                ActivityKind.LITTER_PICKUP, event, values, row)[0]
        else:
            pickup_id = self._identity(ActivityKind.LITTER_PICKUP, event, values, row)[0]
        pickup = self.pickups.get(pickup_id)
        if pickup is None:
            pickup = self.pickups[pickup_id] = _Pickup(pickup_id, event.id, {}, [], [], (row.sheet, row.row),
                                                       isinstance(explicit, uuid.UUID))
            self.pickup_by_day.setdefault((event.id, day), pickup_id)
        _merge_pickup(pickup.values, fields_, summed=long_form)
        pickup.items += items
        pickup.rows.append((row.sheet, row.row))
        return None

    def _plan_litter_item(self, row: SourceRow) -> RowOutcome | None:
        values = row.values
        explicit = values.get("activity_id")
        if isinstance(explicit, uuid.UUID) and explicit in self.pickups:
            event = self._event(self.pickups[explicit].event_id)
            assert event is not None
        else:
            event = self._event_for(row)
        return self._plan_pickup(row, event, LITTER_ITEMS)

    def _finish_pickups(self) -> None:
        if not self.pickups:
            return
        with self.database.reading() as session:
            stored = self._stored_activities(session, list(self.pickups))
        outcomes: list[RowOutcome] = []
        for pickup in self.pickups.values():
            event = self._event(pickup.event_id)
            assert event is not None
            old = stored.get(pickup.id)
            items = tuple(LitterItem(activity_id=pickup.id, item_category=category, item_count=count)
                          for category, count in pickup.items)
            if old is not None and old.deleted_at is None and isinstance(old, LitterPickup):
                record = dataclasses.replace(old, event_id=event.id, items=items, **pickup.values)
            else:
                old = None
                record = LitterPickup(id=pickup.id, event_id=event.id, items=items, **pickup.values)
            record = tidy(record)
            issues = [*check_activity(record, event, self._site(event.site_id), self.reference, self.today),
                      *column_fit_issues(record)]
            errors = [i for i in issues if i.level is Level.ERROR]
            if errors:
                reasons = tuple(_issues_text(errors, self.inverse))
                outcomes += [RowOutcome(sheet, number, self.sheet_labels[sheet], RowStatus.ERROR, reasons=reasons)
                             for sheet, number in pickup.rows]
                for key in pickup.rows:
                    self.preview.rejected_cells[key] = self.pending_cells.get(key, ())
                continue
            planned = _Planned(record, old, pickup.rows, pickup.explicit)
            if old is None and not pickup.explicit and (twin := self._stored_twin(record)) is not None:
                outcomes += [RowOutcome(sheet, number, self.sheet_labels[sheet], RowStatus.DUPLICATE,
                                        _describe(record), (twin,), pickup.id)
                             for sheet, number in pickup.rows]
                continue
            self.activities[pickup.id] = planned
            warnings = tuple(_issues_text(issues, self.inverse))
            outcomes += [RowOutcome(sheet, number, self.sheet_labels[sheet], planned.status, _describe(record),
                                    warnings, pickup.id)
                         for sheet, number in pickup.rows]
        self._emit(outcomes)


class _RowError(Exception):
    def __init__(self, reasons: list[str]) -> None:
        super().__init__("; ".join(reasons))
        self.reasons = reasons


def _typed(name: str, value: Any) -> Any:
    enum = ENUM_FIELDS.get(name)
    return enum(value) if enum is not None and value is not None else value


def _merge_pickup(into: dict[str, Any], values: dict[str, Any], *, summed: bool) -> None:
    for name, value in values.items():
        if summed and name in ("bags", "weight_kg") and into.get(name) is not None:
            into[name] = into[name] + value  # long form: each item row carries its share
        else:
            into.setdefault(name, value)


def _fingerprint(activity: Activity) -> tuple[Any, ...]:
    species = getattr(activity, "species", None) or getattr(activity, "description", None) or ""
    quantities = tuple(getattr(activity, name, None) for name in (
        "plants", "mass_g", "seed_count", "seedballs", "weight_kg", "bags", "area_m2", "stems", "quantity"))
    items = sorted((i.item_category, i.item_count) for i in activity.items) \
        if isinstance(activity, LitterPickup) else ()
    return _name_key(str(species)), quantities, tuple(items)


def _describe(activity: Activity) -> str:
    match activity:
        case LitterPickup():
            parts = [f"{activity.item_total:,} items" if activity.items else "",
                     f"{activity.weight_kg:g} kg" if activity.weight_kg else ""]
            return ", ".join(p for p in parts if p) or "litter pickup"
    species = getattr(activity, "species", None) or getattr(activity, "description", None) or ""
    for name, unit in (("plants", "plants"), ("seedballs", "seedballs"), ("mass_g", "g"), ("seed_count", "seeds"),
                       ("weight_kg", "kg"), ("stems", "stems"), ("area_m2", "m²"), ("bags", "bags")):
        value = getattr(activity, name, None)
        if value:
            return f"{species}, {value:,.6g} {unit}".strip(", ")
    return str(species)


def preview_import(database: Database, path: Path, mappings: Sequence[Mapping] | None = None, *,
                   encoding: str | None = None, on_outcomes: Callable[[list[RowOutcome]], None] | None = None,
                   progress: Progress | None = None, cancel: threading.Event | None = None,
                   today: dt.date | None = None) -> ImportPreview:
    """What importing `path` would do, row by row; writes nothing. ImportRejected when the file is unusable."""
    source = open_source(path, encoding=encoding)
    ignored_sheets: list[str] = []
    chosen = _resolve_mappings(source, mappings, ignored_sheets)
    preview = ImportPreview(source, tuple(chosen), ignored_sheets=ignored_sheets)
    planner = _Planner(database, source, preview, on_outcomes, progress, cancel, today or dt.date.today())
    planner.run(chosen)
    return preview


def rejection_message(preview: ImportPreview, limit: int = 20) -> str:
    """The rows that stop an import, each with file, sheet, row, column and reason."""
    errors = preview.errors
    where = preview.source.name
    lines = [f"{where}: {len(errors):,} row{'s' if len(errors) != 1 else ''} cannot be imported, so nothing was "
             "imported (use --skip-invalid to import the other rows):"]
    for outcome in errors[:limit]:
        sheet = f", sheet '{outcome.sheet}'" if preview.source.format == "xlsx" else ""
        for reason in outcome.reasons:
            lines.append(f"  {where}{sheet}, row {outcome.row}, {reason}" if reason.startswith("column")
                         else f"  {where}{sheet}, row {outcome.row}: {reason}")
    if len(errors) > limit:
        lines.append(f"  ... and {len(errors) - limit:,} more rows")
    return "\n".join(lines)


def write_rejected(preview: ImportPreview, path: Path) -> Path:
    """Write the rejected rows with their reasons to a spreadsheet the coordinator can fix and re-import."""
    rows = [RejectedRow(outcome.sheet, outcome.row, preview.rejected_cells.get((outcome.sheet, outcome.row), ()),
                        "; ".join(outcome.reasons))
            for outcome in preview.errors]
    write_rejected_rows(path, preview.headers, rows)
    return path


def apply_import(database: Database, preview: ImportPreview, *, skip_invalid: bool = False,
                 progress: Progress | None = None, cancel: threading.Event | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> ImportResult:
    """Write what the preview planned in one transaction, after a backup; all or nothing."""
    errors = preview.errors
    if errors and not skip_invalid:
        raise ImportRejected(rejection_message(preview))
    writes = [p for p in preview.planned if p.status is not RowStatus.UNCHANGED]
    counts = Counter(outcome.status for outcome in preview.outcomes)
    if not writes:
        return ImportResult(0, 0, counts[RowStatus.UNCHANGED], len(errors), counts[RowStatus.DUPLICATE], None, None)
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled: nothing was imported.")
    try:
        backup = database.backup("import") if database.path is not None else None
    except StorageFull as error:
        raise _disk_full(preview, " (there was no room even for the backup made before it)") from error
    try:
        batch_id = _write_import(database, preview, writes, clock(), progress, cancel)
    except StorageFull as error:
        raise _disk_full(preview) from error
    added = sum(1 for p in writes if p.stored is None)
    return ImportResult(added, len(writes) - added, counts[RowStatus.UNCHANGED], len(errors),
                        counts[RowStatus.DUPLICATE], batch_id, backup)


def _disk_full(preview: ImportPreview, why: str = "") -> StorageFull:
    """Catalogue row 7: a full disk names the file and how many of its rows were not imported."""
    rows = preview.count(RowStatus.NEW) + preview.count(RowStatus.UPDATED)
    lost = (f"{rows:,} rows of {preview.source.name} would have been imported; none were" if rows != 1 else
            f"1 row of {preview.source.name} would have been imported; it was not")
    return StorageFull(f"The disk is full: the import was not saved{why}. {lost}, and nothing was written. "
                       "Free some space and try again.")


def _write_import(database: Database, preview: ImportPreview, writes: Sequence[_Planned], now: dt.datetime,
                  progress: Progress | None, cancel: threading.Event | None) -> uuid.UUID:
    """The import's one write transaction; returns its batch id."""
    batch_id = uuid.uuid4()
    written = 0
    with unfinished(database.path, f"the import of {preview.source.name}"), database.writing("the import") as session:
        session.execute(insert(ImportBatchRow), [{
            "id": batch_id, "file_name": preview.source.name[:1024], "file_sha256": preview.source.sha256,
            "file_format": preview.source.format, "imported_at": now, "records": len(writes)}])
        _refuse_if_changed_since_preview(session, preview, writes)
        rollup = rollup_of(session)
        events = {p.record.id for p in writes if isinstance(p.record, Event)}
        events |= {p.record.event_id for p in writes if isinstance(p.record, Activity)}
        rollup.touch_events(events)
        rollup.touch_activities([p.record.id for p in writes if isinstance(p.record, Activity) and p.stored])
        for planned in writes:
            if isinstance(planned.record, Site) and planned.stored is not None:
                rollup.touch_site(planned.record.id)
        for start in range(0, len(writes), CHUNK):
            if cancel is not None and cancel.is_set():
                raise Cancelled("Cancelled: nothing was imported.")
            _write_chunk(session, writes[start:start + CHUNK], batch_id, now)
            written += len(writes[start:start + CHUNK])
            if progress is not None:
                progress(written, len(writes))
    if written >= STATISTICS_AFTER:
        refresh_statistics(database)  # the server plans the next queries knowing the tables' new sizes
    return batch_id


_TABLES = (SiteRow, EventRow, ActivityRow)


def _refuse_if_changed_since_preview(session: Session, preview: ImportPreview, writes: Sequence[_Planned]) -> None:
    """Refuse the import when a record it updates was saved by someone else after the preview read it.

    The preview compared the file with the records as they were then; writing its planned copy over a newer
    save would silently undo that save (in the fields the file has no column for, too). Asked inside the
    import's write transaction, so no save can slip in between the check and the write.
    """
    changed: list[_Planned] = []
    for row_type in _TABLES:
        planned = {p.record.id: p for p in writes if p.stored is not None and row_class(p.record) is row_type}
        ids = list(planned)
        for start in range(0, len(ids), CHUNK):
            for record_id, updated_at in session.execute(select(row_type.id, row_type.updated_at).where(
                    row_type.id.in_(ids[start:start + CHUNK]))):
                stored = planned[record_id].stored
                if stored is not None and updated_at != stored.updated_at:
                    changed.append(planned[record_id])
    if changed:
        first = changed[0]
        sheet, number = first.rows[0]
        raise ImportRejected(
            f"{preview.source.name}: {len(changed):,} of the records this import would update "
            f"{'was' if len(changed) == 1 else 'were'} changed in the database after the preview (first: the "
            f"{record_noun(first.record)} of sheet '{sheet}', row {number}), so nothing was imported: it would "
            "have undone those changes. Preview the file again, then import.")


def _write_chunk(session: Session, chunk: Sequence[_Planned], batch_id: uuid.UUID, now: dt.datetime) -> None:
    inserts: dict[Table, list[dict[str, Any]]] = defaultdict(list)
    updates: dict[Table, list[dict[str, Any]]] = defaultdict(list)
    replaced_tallies: list[uuid.UUID] = []
    items_table = cast(Table, LitterItemRow.__table__)
    for row_type in _TABLES:  # parents before children
        table = cast(Table, row_type.__table__)
        blank = dict.fromkeys(table.columns.keys())
        for planned in chunk:
            record = planned.record
            if row_class(record) is not row_type:
                continue
            sheet, number = planned.rows[0]
            # Bookkeeping set on the column values directly: dataclasses.replace per record cost seconds.
            source = {"import_batch_id": batch_id, "source_sheet": sheet[:255], "source_row": number,
                      "updated_at": now}
            columns = {**blank, **record_columns(record), **source,
                       "created_at": planned.stored.created_at if planned.stored is not None else now}
            if planned.stored is None:
                inserts[table].append(columns)
            else:
                columns["_id"] = columns.pop("id")
                updates[table].append(columns)
            if isinstance(record, LitterPickup):
                if planned.stored is not None:
                    replaced_tallies.append(record.id)
                item_blank = dict.fromkeys(items_table.columns.keys())
                for item in record.items:
                    inserts[items_table].append({**item_blank, **record_columns(item), **source, "created_at": now})
    for row_type in _TABLES:
        table = cast(Table, row_type.__table__)
        if inserts.get(table):
            insert_rows(session, table, inserts[table])  # COPY on PostgreSQL: a statement per row cost 2x
        if updates.get(table):
            names = [n for n in updates[table][0] if n not in ("_id", "created_at")]
            session.execute(update(table).where(table.c.id == bindparam("_id"))
                            .values({n: bindparam(n) for n in names}), updates[table])
    if replaced_tallies:
        session.execute(update(LitterItemRow).where(LitterItemRow.activity_id.in_(replaced_tallies),
                                                    LitterItemRow.deleted_at.is_(None))
                        .values(deleted_at=now, updated_at=now))
    if inserts.get(items_table):
        insert_rows(session, items_table, inserts[items_table])


def import_file(database: Database, path: Path, mappings: Sequence[Mapping] | None = None, *,
                encoding: str | None = None, skip_invalid: bool = False, rejected_path: Path | None = None,
                progress: Progress | None = None, cancel: threading.Event | None = None) -> tuple[
                    ImportPreview, ImportResult]:
    """Preview and apply in one call (the command line's import)."""
    preview = preview_import(database, path, mappings, encoding=encoding, progress=progress, cancel=cancel)
    result = apply_import(database, preview, skip_invalid=skip_invalid, progress=progress, cancel=cancel)
    if skip_invalid and preview.errors and rejected_path is not None:
        result = dataclasses.replace(result, rejected_file=write_rejected(preview, rejected_path))
    return preview, result



def rejected_path_for(source: Path) -> Path:
    """Where rejected rows go by default: beside the source file, or here when its folder is read-only."""
    name = f"{source.stem}-rejected.xlsx"
    return source.with_name(name) if os.access(source.parent, os.W_OK) else Path.cwd() / name
