"""The live records an export covers, read from the database a chunk of events at a time.

Every export that writes records by event (the SER report, Darwin Core, CSV) reads them here, so they all
cover the same events for the same filter and none of them loads a whole table: events stream in start
order, and each chunk's activities (with their litter items) come in one query per chunk.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from sqlalchemy import Select, Table, func, select
from sqlalchemy.orm import Session

from fieldlog.db.mapping import activity_from_row, event_from_row, litter_item_from_row, site_from_row
from fieldlog.db.store import Database
from fieldlog.db.tables import ActivityRow, EventRow, LitterItemRow, SiteRow
from fieldlog.domain.records import Activity, Event, LitterItem, Site
from fieldlog.domain.summary import NO_FILTER, SummaryFilter
from fieldlog.services.queries import event_filter

CHUNK_EVENTS = 500


@dataclass(frozen=True, slots=True)
class EventRecords:
    """One live event with its site and its live activities (litter pickups carry their live items)."""

    event: Event
    site: Site
    activities: tuple[Activity, ...]


def load_sites(database: Database, flt: SummaryFilter = NO_FILTER) -> dict[uuid.UUID, Site]:
    """The sites of the live events `flt` selects, by id, in order of name then id (sites are few: hundreds,
    not millions)."""
    used = event_filter(select(EventRow.site_id), flt)
    with database.reading() as session:
        sites = [site_from_row(row) for row in session.scalars(select(SiteRow).where(SiteRow.id.in_(used)))]
    # Sorted here, by code point: a server sorts text by its collation (ä beside a, case ignored at first),
    # SQLite by bytes, and the same records must give the same GeoJSON file on either.
    return {site.id: site for site in sorted(sites, key=lambda site: (site.name, site.id))}


def count_selected_events(database: Database, flt: SummaryFilter = NO_FILTER) -> int:
    """How many live events `flt` selects (for progress bars)."""
    with database.reading() as session:
        return int(session.scalar(event_filter(select(func.count(EventRow.id)), flt)) or 0)


def count_selected_activities(database: Database, flt: SummaryFilter = NO_FILTER) -> int:
    """How many live activities the live events `flt` selects have (for progress bars)."""
    events = event_filter(select(EventRow.id), flt)
    with database.reading() as session:
        return int(session.scalar(select(func.count(ActivityRow.id)).where(
            ActivityRow.deleted_at.is_(None), ActivityRow.event_id.in_(events))) or 0)


def iter_event_records(database: Database, flt: SummaryFilter = NO_FILTER, *,
                       chunk: int = CHUNK_EVENTS) -> Iterator[EventRecords]:
    """Every live event `flt` selects, by start then id, with its site and live activities.

    Reads in chunks of `chunk` events, each in its own read transaction, so memory stays flat however
    many records there are; a caller may stop at any point.
    """
    sites = load_sites(database, flt)
    query: Select[EventRow] = event_filter(select(EventRow), flt).order_by(EventRow.start, EventRow.id)
    after: tuple[object, uuid.UUID] | None = None
    while True:
        page = query
        if after is not None:
            start, last_id = after
            # `start >= ? AND (start > ? OR id > ?)`: SQLite reads this as a range of the start index; the
            # plainer `start > ? OR (start = ? AND id > ?)` made every page scan it from the beginning
            page = page.where(EventRow.start >= start, (EventRow.start > start) | (EventRow.id > last_id))
        with database.reading() as session:
            events = [event_from_row(row) for row in session.scalars(page.limit(chunk))]
            if not events:
                return
            activities = _activities_of(session, [event.id for event in events])
        for event in events:
            site = sites.get(event.site_id)
            if site is None:  # its site was deleted under it: read it anyway, the event still counts
                with database.reading() as session:
                    site = sites[event.site_id] = site_from_row(session.get_one(SiteRow, event.site_id))
            yield EventRecords(event, site, tuple(activities.get(event.id, ())))
        after = (events[-1].start, events[-1].id)


def _activities_of(session: Session, event_ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, list[Activity]]:
    # Core rows, not ORM entities: no identity map or instance state for a million rows (the mapping
    # functions read columns by attribute, which Core rows have too)
    activities, items_table = _table(ActivityRow), _table(LitterItemRow)
    rows = session.execute(
        select(activities).where(activities.c.event_id.in_(event_ids), activities.c.deleted_at.is_(None))
        .order_by(activities.c.event_id, activities.c.kind, activities.c.date, activities.c.created_at,
                  activities.c.id)).all()
    pickups = [row.id for row in rows if row.kind == "litter_pickup"]
    items: dict[uuid.UUID, list[LitterItem]] = {}
    if pickups:
        for item_row in session.execute(
                select(items_table).where(items_table.c.activity_id.in_(pickups), items_table.c.deleted_at.is_(None))):
            items.setdefault(item_row.activity_id, []).append(litter_item_from_row(item_row))  # type: ignore[arg-type]
        # A pickup's items by category then id, sorted here: categories are free text, which a server would
        # order by its collation and SQLite by bytes; the same records must give the same files on either.
        for tally in items.values():
            tally.sort(key=lambda item: (item.item_category, item.id))
    by_event: dict[uuid.UUID, list[Activity]] = {}
    for row in rows:
        by_event.setdefault(row.event_id, []).append(
            activity_from_row(row, tuple(items.get(row.id, ()))))  # type: ignore[arg-type]
    return by_event


def _table(row_type: type[ActivityRow] | type[LitterItemRow]) -> Table:
    table = row_type.__table__
    assert isinstance(table, Table)
    return table
