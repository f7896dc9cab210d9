"""The dashboard's figures for a filter, every one of them added up in SQL from the summary rollup
(db.rollup: a few thousand group rows, however many activities):

- `overview`: the SER summary tiles, activities by kind, events and participants over time, the top
  countries, and the map's sites (the rollup's tallies of events per site);
- `add_charts`: the top species planted and removed and litter by item category (the rollup's tallies per
  species and per item category).

`dashboard` runs both. `tallies_from_records` computes the tallies from the records for `fieldlog check`.
Nothing here touches Qt: the PNG and PDF exports hand the figures to a renderer the UI registers
(`set_renderer`; fieldlog.app does it for `fieldlog export dashboard`), so the export table
(services.exports) and the command line stay free of Qt.
"""

from __future__ import annotations

import datetime as dt
import math
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select

from fieldlog.db.rollup import EVENT_SITE, LITTER_ITEM, TALLIED_SPECIES, value_key
from fieldlog.db.store import Database
from fieldlog.db.tables import (
    ActivityRow,
    EventRow,
    LitterItemRow,
    RollupEventRow,
    RollupTallyRow,
    SiteRow,
)
from fieldlog.domain.dashboard import (
    Bar,
    Bucket,
    CountryOutline,
    DashboardData,
    Period,
    SiteEvent,
    SitePoint,
    finite,
)
from fieldlog.domain.errors import ExportFailed
from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.summary import NO_FILTER, SummaryFilter
from fieldlog.io.language import ENGLISH
from fieldlog.services.export_common import ExportResult, Progress, check_cancel
from fieldlog.services.queries import event_filter
from fieldlog.services.summary import _in_groups, summarize

TOP = 10  # bars in the countries, species and litter charts
DAYS_BY_DAY = 62  # up to two months of days are shown day by day
MONTHS_BY_MONTH = 36  # up to three years by month, beyond by year
SITE_EVENTS_SHOWN = 200  # events listed when a site is clicked (newest first)
SUFFIXES = (".pdf", ".png")

# (figures, file to write, "pdf" or "png", language of its words)
DashboardRenderer = Callable[[DashboardData, Path, str, str], None]
_renderers: list[DashboardRenderer] = []


def set_renderer(renderer: DashboardRenderer) -> None:
    """Register how the dashboard is drawn into a file (the UI's offscreen renderer)."""
    _renderers[:] = [renderer]


def has_renderer() -> bool:
    """True when a renderer is registered."""
    return bool(_renderers)


def _counted(flt: SummaryFilter) -> Callable[[Any], ColumnElement[bool]]:
    """A condition on an event id column: the event is live and matches `flt`."""
    if flt == NO_FILTER:  # exclude the few deleted events rather than list the many live ones
        deleted = select(EventRow.id).where(EventRow.deleted_at.is_not(None))
        return lambda column: column.not_in(deleted)
    matching = event_filter(select(EventRow.id), flt)
    return lambda column: column.in_(matching)


@dataclass(frozen=True, slots=True)
class Tally:
    """One species or litter item category under a filter: its key, spelling, activities and measure."""

    value: str  # value_key of a species ('' for none written), or a litter category key
    label: str
    activities: int
    quantity: float


def _tallies_from_rollup(session: Any, kind: str, name: str, flt: SummaryFilter) -> list[Tally]:
    query = _in_groups(select(RollupTallyRow.value, func.min(RollupTallyRow.label), func.sum(RollupTallyRow.activities),
                              func.sum(RollupTallyRow.quantity))
                       .where(RollupTallyRow.kind == kind, RollupTallyRow.field == name), RollupTallyRow, flt)
    return [Tally(value, label, int(count or 0), finite(quantity))
            for value, label, count, quantity in session.execute(query.group_by(RollupTallyRow.value))]


# -- the overview (rollup and sites) ----------------------------------------------------------------------


def _kinds(data_summary: Any) -> tuple[Bar, ...]:
    bars = []
    for kind in ActivityKind:
        count = int(getattr(data_summary, kind.value).activities)
        bars.append(Bar(kind.value, kind.label, float(count), f"{count:,}"))
    return tuple(bars)


def _months_between(first: dt.date, last: dt.date) -> int:
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _bucket_of(first: dt.date, last: dt.date) -> Bucket:
    if (last - first).days + 1 <= DAYS_BY_DAY:
        return Bucket.DAY
    if _months_between(first, last) <= MONTHS_BY_MONTH:
        return Bucket.MONTH
    return Bucket.YEAR


def _period_start(day: dt.date, bucket: Bucket) -> dt.date:
    if bucket is Bucket.DAY:
        return day
    if bucket is Bucket.MONTH:
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _next_period(start: dt.date, bucket: Bucket) -> dt.date:
    if bucket is Bucket.DAY:
        return start + dt.timedelta(days=1)
    if bucket is Bucket.MONTH:
        return dt.date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return dt.date(start.year + 1, 1, 1)


def _label(start: dt.date, bucket: Bucket) -> str:
    if bucket is Bucket.DAY:
        return f"{start.day} {start:%b}"
    if bucket is Bucket.MONTH:
        return f"{start:%b %Y}"
    return str(start.year)


def timeline(days: Sequence[tuple[dt.date, int, int]]) -> tuple[Bucket, tuple[Period, ...]]:
    """Events and participants per day, month or year (by the span of `days`), with empty periods as 0."""
    if not days:
        return Bucket.DAY, ()
    first, last = min(day for day, _e, _p in days), max(day for day, _e, _p in days)
    bucket = _bucket_of(first, last)
    totals: dict[dt.date, list[int]] = {}
    for day, events, participants in days:
        figures = totals.setdefault(_period_start(day, bucket), [0, 0])
        figures[0] += int(events or 0)
        figures[1] += int(participants or 0)
    periods = []
    start = _period_start(first, bucket)
    while start <= last:
        following = _next_period(start, bucket)
        events, participants = totals.get(start, (0, 0))
        periods.append(Period(start, following - dt.timedelta(days=1), _label(start, bucket), events, participants))
        start = following
    return bucket, tuple(periods)


def overview(database: Database, flt: SummaryFilter = NO_FILTER) -> DashboardData:
    """The tiles, activities by kind, events over time, top countries and the map's sites for `flt`
    (species and litter charts empty: `add_detail` fills them)."""
    from fieldlog.services.reference import country_name

    summary = summarize(database, flt)
    per_day = _in_groups(select(RollupEventRow.day, func.sum(RollupEventRow.events),
                                func.sum(RollupEventRow.participants)), RollupEventRow, flt)
    per_country = _in_groups(select(RollupEventRow.country_code, func.sum(RollupEventRow.events),
                                    func.sum(RollupEventRow.participants)), RollupEventRow, flt)
    with database.reading() as session:
        days = [(day, int(events or 0), int(participants or 0)) for day, events, participants in
                session.execute(per_day.group_by(RollupEventRow.day))]
        countries = sorted(((code, int(events or 0), int(people or 0)) for code, events, people in
                            session.execute(per_country.group_by(RollupEventRow.country_code))),
                           key=lambda row: (-row[1], row[0]))
        per_site = _tallies_from_rollup(session, *EVENT_SITE, flt)
        places = {site_id: (name, code, latitude, longitude) for site_id, name, code, latitude, longitude in
                  session.execute(select(SiteRow.id, SiteRow.name, SiteRow.country_code, SiteRow.latitude,
                                         SiteRow.longitude))}
    bucket, periods = timeline(days)
    sites, without, events_without = [], 0, 0
    for tally in per_site:
        site_id = uuid.UUID(hex=tally.value)
        name, code, latitude, longitude = places[site_id]
        if latitude is None or longitude is None or not (finite(latitude) or finite(longitude)):
            without += 1  # (0, 0) is "no coordinates" too: the quality checks say so
            events_without += tally.activities
            continue
        sites.append(SitePoint(site_id, name, code, float(latitude), float(longitude), tally.activities,
                               int(tally.quantity)))
    sites.sort(key=lambda site: (-site.events, site.name))
    return DashboardData(
        flt=flt, summary=summary, kinds=_kinds(summary), bucket=bucket, timeline=periods,
        countries=tuple(Bar(code, country_name(code), float(events), f"{events:,} event{'' if events == 1 else 's'}")
                        for code, events, _people in countries[:TOP]),
        sites=tuple(sites), sites_without_coordinates=without, events_without_coordinates=events_without)


# -- the species and litter charts ----------------------------------------------------------------------


def _species_bars(tallies: Sequence[Tally], measure: Callable[[Tally], float], unit: str,
                  ) -> tuple[tuple[Bar, ...], int]:
    """The top species by `measure` (largest first) and how many activities name no species."""
    named = sorted((tally for tally in tallies if tally.value),
                   key=lambda tally: (-measure(tally), tally.label.casefold()))
    without = sum(tally.activities for tally in tallies if not tally.value)

    def words(value: float) -> str:
        return f"{int(value):,} {unit}{'' if value == 1 else 's'}"

    return tuple(Bar(tally.value, tally.label, measure(tally), words(measure(tally))) for tally in named[:TOP]), without


def _litter_bars(tallies: Sequence[Tally]) -> tuple[Bar, ...]:
    from fieldlog.services.reference import litter_categories

    labels = {category.key: category.label for category in litter_categories()}
    ranked = sorted(tallies, key=lambda tally: (-tally.quantity, tally.value))
    return tuple(Bar(tally.value, labels.get(tally.value, tally.value.replace("_", " ").capitalize()), tally.quantity,
                     f"{int(tally.quantity):,} item{'' if tally.quantity == 1 else 's'}") for tally in ranked[:TOP])


def with_charts(data: DashboardData, planted: Sequence[Tally], removed: Sequence[Tally],
                litter: Sequence[Tally]) -> DashboardData:
    """`data` with the species and litter charts drawn from these tallies."""
    planted_bars, plantings_without = _species_bars(planted, lambda tally: tally.quantity, "plant")
    removed_bars, removals_without = _species_bars(removed, lambda tally: float(tally.activities), "removal")
    return replace(data, planted=planted_bars, removed=removed_bars, litter=_litter_bars(litter),
                   plantings_without_species=plantings_without, removals_without_species=removals_without)


CHARTED = (("planting", "species"), ("invasive_removal", "species"), LITTER_ITEM)  # (kind, field) of each chart
Tallies = tuple[list[Tally], list[Tally], list[Tally], list[Tally]]  # planted, removed, litter, sites


def tallies_from_rollup(database: Database, flt: SummaryFilter = NO_FILTER) -> Tallies:
    """The planted, removed, litter and site tallies of the rollup groups `flt` selects."""
    with database.reading() as session:
        planted, removed, litter = (_tallies_from_rollup(session, kind, name, flt) for kind, name in CHARTED)
        return planted, removed, litter, _tallies_from_rollup(session, *EVENT_SITE, flt)


def add_charts(database: Database, data: DashboardData) -> DashboardData:
    """`data` with the top species planted and removed and litter by item category, from the rollup's
    tallies of the groups `data.flt` selects."""
    with database.reading() as session:
        tallies = [_tallies_from_rollup(session, kind, name, data.flt) for kind, name in CHARTED]
    return with_charts(data, *tallies)


def tallies_from_records(database: Database, flt: SummaryFilter = NO_FILTER) -> Tallies:
    """The planted, removed, litter and site tallies computed from the records themselves, without the
    rollup (slower; `fieldlog check` and the tests hold them equal to the rollup's)."""
    counted = _counted(flt)
    live = (ActivityRow.deleted_at.is_(None), counted(ActivityRow.event_id))
    species = (select(ActivityRow.kind, ActivityRow.species, func.count(),
                      func.coalesce(func.sum(ActivityRow.plants), 0), func.coalesce(func.sum(ActivityRow.area_m2), 0))
               .where(*live, ActivityRow.kind.in_(tuple(TALLIED_SPECIES)))
               .group_by(ActivityRow.kind, ActivityRow.species))
    items = (select(LitterItemRow.item_category, func.count(distinct(LitterItemRow.activity_id)),
                    func.coalesce(func.sum(LitterItemRow.item_count), 0))
             .join(ActivityRow, ActivityRow.id == LitterItemRow.activity_id)
             .where(*live, LitterItemRow.deleted_at.is_(None)).group_by(LitterItemRow.item_category))
    by_kind: dict[str, dict[str, list[Any]]] = {kind: {} for kind in TALLIED_SPECIES}
    with database.reading() as session:
        for kind, written, count, plants, area in session.execute(species):
            label = " ".join((written or "").split())
            row = by_kind[kind].setdefault(value_key(label), [label, 0, 0.0])
            row[0] = min(row[0], label)
            row[1] += count
            row[2] += plants if TALLIED_SPECIES[kind] == "plants" else area
        litter = [Tally(category, category, int(count), finite(quantity))
                  for category, count, quantity in session.execute(items)]
        sites = [Tally(site_id.hex, "", int(count), finite(participants)) for site_id, count, participants in
                 session.execute(event_filter(select(EventRow.site_id, func.count(),
                                                     func.coalesce(func.sum(EventRow.participants), 0)), flt)
                                 .group_by(EventRow.site_id))]
    planted, removed = ([Tally(value, label, count, finite(quantity))
                         for value, (label, count, quantity) in by_kind[kind].items()] for kind in TALLIED_SPECIES)
    return planted, removed, litter, sites


def tally_differences(database: Database) -> list[str]:
    """Where the rollup's species and litter tallies differ from the records, in words ([] when equal)."""
    differences = []
    for chart, kept, counted in zip(("planted species", "removed species", "litter items", "events per site"),
                                    tallies_from_rollup(database),
                                    tallies_from_records(database), strict=True):
        kept_by, counted_by = {t.value: t for t in kept}, {t.value: t for t in counted}
        for value in sorted(kept_by.keys() | counted_by.keys()):
            old, new = kept_by.get(value), counted_by.get(value)
            if (old is None or new is None or old.activities != new.activities or old.label != new.label
                    or not math.isclose(old.quantity, new.quantity, rel_tol=1e-9, abs_tol=1e-6)):
                differences.append(f"{chart} {value or '(none)'!r}: stored {_tally_words(old)}, "
                                   f"records {_tally_words(new)}")
    return differences


def _tally_words(tally: Tally | None) -> str:
    return "nothing" if tally is None else f"{tally.activities} activities, {tally.quantity:g}"


def species_spellings(database: Database, kind: str, value: str) -> tuple[str, ...]:
    """Every spelling of a species (`value`: its value_key) that live activities of `kind` record: what a
    filter by that species matches, exactly, on any database."""
    query = (select(ActivityRow.species).where(ActivityRow.deleted_at.is_(None), ActivityRow.kind == kind,
                                               ActivityRow.species.is_not(None)).distinct())
    with database.reading() as session:
        return tuple(sorted(written for written in session.scalars(query) if written and value_key(written) == value))


def dashboard(database: Database, flt: SummaryFilter = NO_FILTER) -> DashboardData:
    """Every figure of the dashboard for `flt`."""
    return add_charts(database, overview(database, flt))


def site_events(database: Database, site_id: uuid.UUID, flt: SummaryFilter = NO_FILTER,
                limit: int = SITE_EVENTS_SHOWN) -> tuple[tuple[SiteEvent, ...], int]:
    """The counted events of a site (newest first, at most `limit`) with their activity counts, and how many
    there are in all."""
    events = event_filter(select(EventRow.id), flt).where(EventRow.site_id == site_id)
    activities = (select(func.count()).select_from(ActivityRow)
                  .where(ActivityRow.event_id == EventRow.id, ActivityRow.deleted_at.is_(None))
                  .correlate(EventRow).scalar_subquery())
    query = (event_filter(select(EventRow.id, EventRow.event_name, EventRow.start, EventRow.participants,
                                 activities), flt)
             .where(EventRow.site_id == site_id).order_by(EventRow.start.desc(), EventRow.event_name).limit(limit))
    with database.reading() as session:
        total = int(session.scalar(select(func.count()).select_from(events.subquery())) or 0)
        rows = session.execute(query).all()
    return tuple(SiteEvent(event_id, name, start, int(participants or 0), int(count or 0))
                 for event_id, name, start, participants, count in rows), total


def export_dashboard(database: Database, out: Path, flt: SummaryFilter = NO_FILTER, *, language: str = ENGLISH,
                     progress: Progress | None = None, cancel: threading.Event | None = None) -> ExportResult:
    """Write the dashboard for `flt` to `out` (.pdf: one A4 landscape page; .png: an image), drawn by the
    registered renderer with its words in `language`; the file appears only when complete."""
    from fieldlog.io.atomic import export_path

    if out.suffix.lower() not in SUFFIXES:
        wrong = ExportFailed(f"The dashboard is written as a PDF or a PNG image: name the file .pdf or .png "
                             f"(not {out.name}).")
        wrong.exit_status = 2  # a usage problem
        raise wrong
    if not _renderers:
        raise ExportFailed("The dashboard cannot be drawn here: its renderer (the window's) is not loaded.")
    if progress:
        progress(0, 3)
    check_cancel(cancel)
    data = dashboard(database, flt.by_groups())  # what the window's dashboard shows for the same filter
    if progress:
        progress(2, 3)
    check_cancel(cancel)
    with export_path(out, "the dashboard") as partial:
        _renderers[0](data, partial, out.suffix.lower().lstrip("."), language)
        check_cancel(cancel)
    if progress:
        progress(3, 3)
    notes = tuple(note for note in (data.map_note(), data.species_note()) if note)
    return ExportResult(out, {"events": data.summary.events, "sites": len(data.sites)}, notes)


def world_outline() -> tuple[CountryOutline, ...]:
    """The world's country outlines shipped for the map (Natural Earth 1:110m, public domain)."""
    from fieldlog.io.world import read_world_outline

    return read_world_outline()
