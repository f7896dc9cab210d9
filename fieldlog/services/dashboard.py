"""The dashboard's figures for a filter, every one of them aggregated in SQL.

Two steps, so the window can draw the fast part at once:

- `overview`: the SER summary tiles, activities by kind, events and participants over time and the top
  countries come from the summary rollup (db.rollup: a few thousand group rows however many activities);
  the sites for the map are one GROUP BY over the covering index of live events.
- `add_detail`: the top species planted and removed and litter by item category read the activities and
  litter items themselves (the rollup has no species or item dimension), through the partial covering
  indexes of live rows (ix_litter_items_category, migration 0006, holds the live items by category: reading
  the category from the table instead took 2.5 s on a million items).

`dashboard` runs both. Nothing here touches Qt: the PNG and PDF exports hand the figures to a renderer
the UI registers (`set_renderer`; fieldlog.app does it for `fieldlog export dashboard`), so the export
table (services.exports) and the command line stay free of Qt.
"""

from __future__ import annotations

import datetime as dt
import threading
import uuid
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, DateTime, func, literal_column, select, union_all

from fieldlog.db.store import Database
from fieldlog.db.tables import (
    ActivityRow,
    EventRow,
    LitterItemRow,
    RollupEventRow,
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
from fieldlog.services.export_common import ExportResult, Progress, check_cancel
from fieldlog.services.queries import QueryT, event_filter
from fieldlog.services.summary import _in_groups, summarize

TOP = 10  # bars in the countries, species and litter charts
DAYS_BY_DAY = 62  # up to two months of days are shown day by day
MONTHS_BY_MONTH = 36  # up to three years by month, beyond by year
SITE_EVENTS_SHOWN = 200  # events listed when a site is clicked (newest first)
SUFFIXES = (".pdf", ".png")

DashboardRenderer = Callable[[DashboardData, Path, str], None]  # (figures, file to write, "pdf" or "png")
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


def _site_filter(query: QueryT, flt: SummaryFilter, sqlite: bool) -> QueryT:
    """`event_filter` for the sites' GROUP BY site_id. On SQLite the dates are compared as `+start`, which
    keeps the planner off the index of start dates (a week of a campaign can be half the events: a lookup in
    the table for each) and on the covering index of live events, already ordered by site."""
    if not sqlite or not (flt.date_from or flt.date_to):
        return event_filter(query, flt)
    start = literal_column('+"events"."start"', DateTime)
    query = event_filter(query, replace(flt, date_from=None, date_to=None))
    if flt.date_from:
        query = query.where(start >= dt.datetime.combine(flt.date_from, dt.time.min))
    if flt.date_to:
        query = query.where(start < dt.datetime.combine(flt.date_to + dt.timedelta(days=1), dt.time.min))
    return query


def overview(database: Database, flt: SummaryFilter = NO_FILTER) -> DashboardData:
    """The tiles, activities by kind, events over time, top countries and the map's sites for `flt`
    (species and litter charts empty: `add_detail` fills them)."""
    from fieldlog.services.reference import country_name

    summary = summarize(database, flt)
    per_day = _in_groups(select(RollupEventRow.day, func.sum(RollupEventRow.events),
                                func.sum(RollupEventRow.participants)), RollupEventRow, flt)
    per_country = _in_groups(select(RollupEventRow.country_code, func.sum(RollupEventRow.events),
                                    func.sum(RollupEventRow.participants)), RollupEventRow, flt)
    per_site = (_site_filter(select(EventRow.site_id, func.count().label("events"),
                                    func.coalesce(func.sum(EventRow.participants), 0).label("participants")), flt,
                             database.engine.dialect.name == "sqlite")
                .group_by(EventRow.site_id).subquery())
    sites_query = (select(SiteRow.id, SiteRow.name, SiteRow.country_code, SiteRow.latitude, SiteRow.longitude,
                          per_site.c.events, per_site.c.participants)
                   .join(per_site, per_site.c.site_id == SiteRow.id))
    with database.reading() as session:
        days = [(day, int(events or 0), int(participants or 0)) for day, events, participants in
                session.execute(per_day.group_by(RollupEventRow.day))]
        countries = sorted(((code, int(events or 0), int(people or 0)) for code, events, people in
                            session.execute(per_country.group_by(RollupEventRow.country_code))),
                           key=lambda row: (-row[1], row[0]))
        site_rows = session.execute(sites_query).all()
    bucket, periods = timeline(days)
    sites, without, events_without = [], 0, 0
    for site_id, name, code, latitude, longitude, events, participants in site_rows:
        if latitude is None or longitude is None or not (finite(latitude) or finite(longitude)):
            without += 1  # (0, 0) is "no coordinates" too: the quality checks say so
            events_without += int(events or 0)
            continue
        sites.append(SitePoint(site_id, name, code, float(latitude), float(longitude), int(events or 0),
                               int(participants or 0)))
    sites.sort(key=lambda site: (-site.events, site.name))
    return DashboardData(
        flt=flt, summary=summary, kinds=_kinds(summary), bucket=bucket, timeline=periods,
        countries=tuple(Bar(code, country_name(code), float(events), f"{events:,} event{'' if events == 1 else 's'}")
                        for code, events, _people in countries[:TOP]),
        sites=tuple(sites), sites_without_coordinates=without, events_without_coordinates=events_without)


# -- the detail (species and litter, from the records) ----------------------------------------------------


def _by_species(session: Any, kind: ActivityKind, measure: Any, counted: Callable[[Any], ColumnElement[bool]],
                ) -> tuple[list[tuple[str, float]], int]:
    """(species as written, measure) per species, largest first, and how many activities have no species
    (NULL or blank: one more group of the same query)."""
    key = func.lower(func.trim(ActivityRow.species))
    query = (select(key, func.min(ActivityRow.species), measure, func.count())
             .where(ActivityRow.deleted_at.is_(None), ActivityRow.kind == kind.value, counted(ActivityRow.event_id))
             .group_by(key))
    named, without = [], 0
    for folded, species, value, count in session.execute(query):
        if not folded:  # counted in the totals, not in the chart
            without += int(count or 0)
            continue
        named.append((str(species).strip(), finite(value)))
    named.sort(key=lambda pair: (-pair[1], pair[0].casefold()))
    return named, without


def add_species(database: Database, data: DashboardData) -> DashboardData:
    """`data` with the top species planted and removed (and the activities without a species) filled in."""
    counted = _counted(data.flt)
    with database.reading() as session:
        planted, plantings_without = _by_species(session, ActivityKind.PLANTING,
                                                 func.coalesce(func.sum(ActivityRow.plants), 0), counted)
        removed, removals_without = _by_species(session, ActivityKind.INVASIVE_REMOVAL, func.count(), counted)

    def plants(value: float) -> str:
        return f"{int(value):,} plant{'' if value == 1 else 's'}"

    def removals(value: float) -> str:
        return f"{int(value):,} removal{'' if value == 1 else 's'}"

    return replace(data, planted=tuple(Bar(name, name, value, plants(value)) for name, value in planted[:TOP]),
                   removed=tuple(Bar(name, name, value, removals(value)) for name, value in removed[:TOP]),
                   plantings_without_species=plantings_without, removals_without_species=removals_without)


def add_litter(database: Database, data: DashboardData) -> DashboardData:
    """`data` with litter by item category filled in (and marked complete)."""
    from fieldlog.services.reference import litter_categories

    if data.flt == NO_FILTER:
        # Items of deleted activities, or of activities of deleted events, are few: exclude them (two selects,
        # each reading its small index of tombstones) rather than list the many live ones.
        dead = union_all(select(ActivityRow.id).where(ActivityRow.deleted_at.is_not(None)),
                         select(ActivityRow.id).where(ActivityRow.event_id.in_(
                             select(EventRow.id).where(EventRow.deleted_at.is_not(None)))))
        items_counted = LitterItemRow.activity_id.not_in(dead)
    else:
        items_counted = LitterItemRow.activity_id.in_(
            select(ActivityRow.id)
            .where(ActivityRow.deleted_at.is_(None), ActivityRow.kind == ActivityKind.LITTER_PICKUP.value,
                   _counted(data.flt)(ActivityRow.event_id)))
    items = (select(LitterItemRow.item_category, func.sum(LitterItemRow.item_count))
             .where(LitterItemRow.deleted_at.is_(None), items_counted)
             .group_by(LitterItemRow.item_category))
    with database.reading() as session:
        litter = sorted(((str(category), int(count or 0)) for category, count in session.execute(items)),
                        key=lambda pair: (-pair[1], pair[0]))
    labels = {category.key: category.label for category in litter_categories()}
    return replace(data, detail=True, litter=tuple(
        Bar(key, labels.get(key, key.replace("_", " ").capitalize()), float(count),
            f"{count:,} item{'' if count == 1 else 's'}") for key, count in litter[:TOP]))


def add_detail(database: Database, data: DashboardData) -> DashboardData:
    """`data` with the top species planted and removed and litter by item category filled in."""
    return add_litter(database, add_species(database, data))


def dashboard(database: Database, flt: SummaryFilter = NO_FILTER) -> DashboardData:
    """Every figure of the dashboard for `flt`."""
    return add_detail(database, overview(database, flt))


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


def export_dashboard(database: Database, out: Path, flt: SummaryFilter = NO_FILTER, *,
                     progress: Progress | None = None, cancel: threading.Event | None = None) -> ExportResult:
    """Write the dashboard for `flt` to `out` (.pdf: one A4 landscape page; .png: an image), drawn by the
    registered renderer; the file appears only when complete."""
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
    data = dashboard(database, flt)
    if progress:
        progress(2, 3)
    check_cancel(cancel)
    with export_path(out, "the dashboard") as partial:
        _renderers[0](data, partial, out.suffix.lower().lstrip("."))
        check_cancel(cancel)
    if progress:
        progress(3, 3)
    notes = tuple(note for note in (data.map_note(), data.species_note()) if note)
    return ExportResult(out, {"events": data.summary.events, "sites": len(data.sites)}, notes)


def world_outline() -> tuple[CountryOutline, ...]:
    """The world's country outlines shipped for the map (Natural Earth 1:110m, public domain)."""
    from fieldlog.io.world import read_world_outline

    return read_world_outline()
