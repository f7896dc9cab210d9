"""The SER report workbook: the figures and tables it shows, added up in SQL, and its detail rows streamed
from the records into `io.report`.

The Summary's figures are `summarize`'s (the same numbers `fieldlog summary --json` prints). Beside each,
"reported by n of N events" (domain.md section 7): n is how many of the N counted events gave at least one
value for it, computed with SQL aggregates over the records (the summary's index of live activities), never
by loading rows into Python.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Integer, case, cast, distinct, func, literal, null, select, union_all

from fieldlog import __version__
from fieldlog.db.migrate import current_revision
from fieldlog.db.rollup import SPECIES_KINDS, value_key
from fieldlog.db.store import Database
from fieldlog.db.tables import ActivityRow, EventRow, LitterItemRow, SiteRow
from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.summary import NO_FILTER, SUMMARY_KEYS, Summary, SummaryFilter
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.io.atomic import export_path
from fieldlog.io.columns import ACTIVITY_SHEETS, Sheet
from fieldlog.io.language import ENGLISH, catalogue
from fieldlog.io.report import (
    MAX_SHEET_ROWS,
    CountryLine,
    KindLine,
    ReportContent,
    ReportInfo,
    SpeciesLine,
    summary_figures,
    write_report,
)
from fieldlog.io.table_rows import event_rows
from fieldlog.services.export_common import ExportResult, Progress, check_cancel
from fieldlog.services.export_source import iter_event_records
from fieldlog.services.queries import event_filter
from fieldlog.services.reference import country_name
from fieldlog.services.summary import summarize

# Which column of an activity says that it reported a figure (n of N); "activities" and litter "items" need
# none of these.
_REPORTING_COLUMN = {"plants": "plants", "species": "species", "area_m2": "area_m2", "mass_g": "mass_g",
                     "seed_count": "seed_count", "lots": "seed_lot_id", "seedballs": "seedballs",
                     "weight_kg": "weight_kg", "bags": "bags", "distance_m": "distance_m"}
# The Species sheet's sums that each kind has (other columns are empty for it: summing them costs time).
_SPECIES_SUMS = {"planting": ("plants", "area_m2"), "seed_collection": ("mass_g", "seed_count"),
                 "invasive_removal": ("area_m2", "weight_kg", "bags")}
PROGRESS_EVERY = 50  # events between progress reports and cancel checks


@dataclass(frozen=True, slots=True)
class Coverage:
    """How many of the N counted events reported each summary figure (domain.md section 7: "n of N")."""

    events: int  # N
    reported: dict[str, int]  # by dotted figure name ("planting.plants"); n <= N
    hours_entered: int  # events whose volunteer hours were counted at the event
    hours_derived: int  # events whose hours fieldlog derived as participants x duration


def _counted_events(flt: SummaryFilter) -> Callable[[Any], Any]:
    """A condition on an event id column: the event is live and matches `flt`.

    Without a filter it excludes the (few) deleted events instead of listing the (many) live ones, so SQLite
    reads the summary's partial index of live activities from end to end instead of looking up every event.
    With one, the matching events are a common table expression, which a statement that uses it in several
    places computes once.
    """
    if flt == NO_FILTER:
        deleted = select(EventRow.id).where(EventRow.deleted_at.is_not(None))
        return lambda column: column.not_in(deleted)
    matching = event_filter(select(EventRow.id), flt).cte("matching")
    return lambda column: column.in_(select(matching.c.id))


def _live_activities(flt: SummaryFilter) -> tuple[Any, ...]:
    return ActivityRow.deleted_at.is_(None), _counted_events(flt)(ActivityRow.event_id)


def coverage(database: Database, flt: SummaryFilter = NO_FILTER) -> Coverage:
    """n of N for every figure of the SER summary of `flt`, in one statement."""
    counted = _counted_events(flt)
    live = (ActivityRow.deleted_at.is_(None), counted(ActivityRow.event_id))
    columns = {kind: list(dict.fromkeys(_REPORTING_COLUMN[name] for name in names if name in _REPORTING_COLUMN))
               for kind, names in SUMMARY_KEYS.items()}
    width = 1 + max(len(names) for names in columns.values())

    def row(tag: str, *figures: Any) -> list[Any]:
        # Typed padding: PostgreSQL cannot match an untyped NULL (text) with another part's count (bigint).
        return [literal(tag), *figures, *([cast(null(), Integer)] * (width - len(figures)))]

    parts: list[Any] = [event_filter(select(*row(
        "events", func.count(),
        func.count(case(((EventRow.volunteer_hours.is_not(None)) & EventRow.hours_derived.is_(False), 1))),
        func.count(case(((EventRow.volunteer_hours.is_not(None)) & EventRow.hours_derived.is_(True), 1)))))
        .select_from(EventRow), flt)]
    # Per kind, over only its own columns, per event first (the summary index is ordered by kind and event),
    # then counted: a third of the work of one pass over every column.
    for kind, names in columns.items():
        per_event = (select(ActivityRow.event_id, *(func.count(getattr(ActivityRow, c)).label(c) for c in names))
                     .where(*live, ActivityRow.kind == kind).group_by(ActivityRow.event_id)).subquery()
        parts.append(select(*row(kind, func.count(), *(func.count(case((per_event.c[c] > 0, 1))) for c in names)))
                     .select_from(per_event))
    parts.append(select(*row("items", func.count(distinct(ActivityRow.event_id)))).where(
        *live, ActivityRow.kind == ActivityKind.LITTER_PICKUP.value,
        ActivityRow.id.in_(select(LitterItemRow.activity_id).where(LitterItemRow.deleted_at.is_(None)))))
    with database.reading() as session:
        results = {tag: [int(n or 0) for n in figures] for tag, *figures in session.execute(union_all(*parts))}
    n_events, entered, derived = results["events"][:3]
    reported: dict[str, int] = {"events": n_events, "countries": n_events, "participants": n_events,
                                "volunteer_hours": entered}
    for kind, figures in SUMMARY_KEYS.items():
        count, *flagged = results[kind]
        by_column = dict(zip(columns[kind], flagged, strict=False))
        for name in figures:
            if name == "activities":
                reported[f"{kind}.{name}"] = count
            elif kind == ActivityKind.LITTER_PICKUP.value and name == "items":
                reported[f"{kind}.{name}"] = results["items"][0]
            else:
                reported[f"{kind}.{name}"] = by_column[_REPORTING_COLUMN[name]]
    return Coverage(n_events, reported, entered, derived)


def countries(database: Database, flt: SummaryFilter = NO_FILTER) -> tuple[CountryLine, ...]:
    """Events, participants and volunteer hours per country, most events first."""
    query = event_filter(select(SiteRow.country_code, func.count(), func.coalesce(func.sum(EventRow.participants), 0),
                                func.coalesce(func.sum(EventRow.volunteer_hours), 0.0))
                         .select_from(EventRow).join(SiteRow, SiteRow.id == EventRow.site_id), flt) \
        .group_by(SiteRow.country_code)
    with database.reading() as session:
        rows = session.execute(query).all()
    lines = [CountryLine(code, country_name(code), int(events), int(people), round(float(hours or 0), 6))
             for code, events, people, hours in rows]
    return tuple(sorted(lines, key=lambda line: (-line.events, line.code)))


def species_totals(database: Database, flt: SummaryFilter = NO_FILTER) -> tuple[SpeciesLine, ...]:
    """Per activity kind that names species, every species with its activities and summed quantities.

    SQL groups by the exact text, one part per kind summing only that kind's columns, in one statement (a
    filter's events are found once); names that differ only in case or spacing are then merged the way the
    summary counts distinct species (`value_key`), which SQLite's ASCII-only lower() cannot do.
    """
    live = _live_activities(flt)
    # One result column per quantity, a typed NULL where a kind has none: PostgreSQL matches a union's
    # columns by type (an untyped NULL is text), and plants summed beside areas would come back as floats.
    names = tuple(dict.fromkeys(name for sums in _SPECIES_SUMS.values() for name in sums))
    parts = [select(literal(kind), ActivityRow.species, func.count(),
                    *(func.sum(getattr(ActivityRow, name)) if name in sums
                      else cast(null(), getattr(ActivityRow, name).type) for name in names))
             .where(*live, ActivityRow.kind == kind, ActivityRow.species.is_not(None))
             .group_by(ActivityRow.species)
             for kind, sums in ((kind, _SPECIES_SUMS[kind]) for kind in SPECIES_KINDS)]
    merged: dict[tuple[str, str], tuple[dict[str, int], int, dict[str, Any]]] = {}
    with database.reading() as session:
        for kind, species, count, *values in session.execute(union_all(*parts)):
            key = (kind, value_key(species))
            spellings, activities, totals = merged.setdefault(key, ({}, 0, {}))
            spellings[species] = count
            for name, value in zip(names, values, strict=True):
                if value is not None:
                    totals[name] = totals.get(name, 0) + value
            merged[key] = (spellings, activities + count, totals)
    order = {kind: index for index, kind in enumerate(SPECIES_KINDS)}
    lines = []
    for (kind, _), (spellings, activities, totals) in sorted(merged.items(),
                                                              key=lambda item: (order[item[0][0]], item[0][1])):
        shown = min(spellings, key=lambda text: (-spellings[text], text))  # the most used spelling
        # Rounded as the Summary sheet is: a float sum's last bits depend on the order the database adds in.
        totals = {name: round(value, 6) if isinstance(value, float) else value for name, value in totals.items()}
        lines.append(SpeciesLine(ACTIVITY_SHEETS[ActivityKind(kind)].label, shown, activities, totals))
    return tuple(lines)


def _litter_item_rows(database: Database, flt: SummaryFilter) -> int:
    """How many rows the Litter items sheet gets (live items of live pickups of counted events)."""
    if flt == NO_FILTER:  # exclude the few dead pickups instead of listing the many live ones
        dead = union_all(select(ActivityRow.id).where(ActivityRow.deleted_at.is_not(None)),
                         select(ActivityRow.id).where(ActivityRow.event_id.in_(
                             select(EventRow.id).where(EventRow.deleted_at.is_not(None)))))
        counted = LitterItemRow.activity_id.not_in(dead)
    else:
        counted = LitterItemRow.activity_id.in_(select(ActivityRow.id).where(
            *_live_activities(flt), ActivityRow.kind == ActivityKind.LITTER_PICKUP.value))
    query = select(func.count()).select_from(LitterItemRow).where(LitterItemRow.deleted_at.is_(None), counted)
    with database.reading() as session:
        return int(session.scalar(query) or 0)


def _count(number: int, language: str) -> str:
    """A count in a note's text: 1,234 in English; 1 234 (no-break space) where a comma is the decimal mark."""
    grouped = f"{number:,}"
    return grouped if language == ENGLISH else grouped.replace(",", "\u00a0")


def report_content(database: Database, flt: SummaryFilter = NO_FILTER,
                   summary: Summary | None = None, language: str = ENGLISH) -> ReportContent:
    """The Summary and Species sheets' tables for `flt`; the figures' notes in `language`."""
    words = catalogue(language)
    summary = summary or summarize(database, flt)
    cover = coverage(database, flt)
    unknown = max(0, cover.events - cover.hours_entered - cover.hours_derived)
    notes = {"volunteer_hours": words("report", QT_TRANSLATE_NOOP(
                 "report", "counted at {entered} events; derived as participants × duration at {derived} (included "
                           "in the total); none at {unknown}")).format(
                 entered=_count(cover.hours_entered, language), derived=_count(cover.hours_derived, language),
                 unknown=_count(unknown, language)),
             "countries": words("report", QT_TRANSLATE_NOOP("report", "distinct countries of the events' sites")),
             "participants": words("report", QT_TRANSLATE_NOOP("report", "summed over events: a person at two events "
                                                                         "counts twice"))}
    for kind in SPECIES_KINDS:
        notes[f"{kind}.species"] = words("report", QT_TRANSLATE_NOOP("report", "distinct species names, ignoring "
                                                                               "case and spacing"))
    notes["seed_collection.lots"] = words("report", QT_TRANSLATE_NOOP("report", "distinct seed lot ids, ignoring "
                                                                               "case and spacing"))
    kinds = tuple(KindLine(ACTIVITY_SHEETS[kind].label, getattr(summary, kind.value).activities,
                           cover.reported[f"{kind.value}.activities"]) for kind in ActivityKind)
    return ReportContent(cover.events, summary_figures(summary, cover.reported, notes), kinds,
                         countries(database, flt), species_totals(database, flt))


def _filters(flt: SummaryFilter) -> tuple[tuple[str, str], ...]:
    shown: list[tuple[str, str]] = []
    # The names are English, marked for the report's words: ReportInfo.filters_text_in translates them.
    if flt.campaign:
        shown.append((QT_TRANSLATE_NOOP("report", "Campaign"), flt.campaign))
    if flt.date_from:
        shown.append((QT_TRANSLATE_NOOP("report", "From"), flt.date_from.isoformat()))
    if flt.date_to:
        shown.append((QT_TRANSLATE_NOOP("report", "To"), flt.date_to.isoformat()))
    if flt.country:
        code = flt.country.strip().upper()
        shown.append((QT_TRANSLATE_NOOP("report", "Country"), f"{code} ({country_name(code)})"))
    return tuple(shown)


def _detail_rows(database: Database, flt: SummaryFilter, *, include_personal: bool, total: int,
                 progress: Progress | None, cancel: threading.Event | None) -> Iterator[tuple[Sheet, Sequence[object]]]:
    done = 0
    for number, records in enumerate(iter_event_records(database, flt), start=1):
        event = records.event
        if event.hours_derived:
            # Blank, as the template asks for hours nobody counted: an import derives them again and keeps
            # them marked derived, so a report imported into its own database changes nothing.
            event = dataclasses.replace(event, volunteer_hours=None)
        for sheet, values in event_rows(event, records.site, records.activities, include_personal=include_personal):
            yield sheet, values
            done += 1
        if number % PROGRESS_EVERY == 0:
            check_cancel(cancel)
            if progress is not None:
                progress(done, total)
    check_cancel(cancel)
    if progress is not None:
        progress(done, total)


def export_report(database: Database, out: Path, flt: SummaryFilter = NO_FILTER, *, include_personal: bool = False,
                  progress: Progress | None = None, cancel: threading.Event | None = None,
                  sheet_rows: int = MAX_SHEET_ROWS, language: str = ENGLISH) -> ExportResult:
    """Write the SER report workbook of `flt` to `out`, atomically; without personal data unless asked.

    `language` (a code of `fieldlog.io.language.LANGUAGES`) is the words': sheet names, headers, labels and
    notes. The data cells are the same in every language, so the report imports back alike.

    `sheet_rows` is the most rows a sheet holds (header included) before it continues on "Planting (2)" and
    so on: Excel's limit, smaller only in tests. ExportFailed when the file cannot be written, Cancelled
    when `cancel` is set; either way no file is left at `out`.
    """
    catalogue(language)  # UnknownLanguage before any work
    check_cancel(cancel)
    generated_at = dt.datetime.now(dt.UTC).replace(tzinfo=None, microsecond=0)
    summary = summarize(database, flt)
    content = report_content(database, flt, summary, language)
    planned = {"events": summary.events, "litter_items": _litter_item_rows(database, flt),
               **{kind.value: getattr(summary, kind.value).activities for kind in ActivityKind}}
    info = ReportInfo(generated_at=generated_at, app_version=__version__,
                      schema_revision=current_revision(database.engine) or "none",
                      filters=_filters(flt), include_personal=include_personal)
    rows = _detail_rows(database, flt, include_personal=include_personal, total=sum(planned.values()),
                        progress=progress, cancel=cancel)
    with export_path(out, "the SER report") as partial:
        counts = write_report(partial, info, content, rows, planned=planned, max_rows=sheet_rows, language=language)
    return ExportResult(out, counts)
