"""Query pieces shared by the services: the event filter and safe LIKE patterns."""

from __future__ import annotations

import datetime as dt
import uuid
from typing import Any, TypeVar

from sqlalchemy import Select, func, or_, select

from fieldlog.db.store import Database
from fieldlog.db.tables import ActivityRow, Base, EventRow, LitterItemRow, SiteRow
from fieldlog.domain.summary import SummaryFilter

QueryT = TypeVar("QueryT", bound="Select[*tuple[Any, ...]]")


def escape_like(text: str) -> str:
    """`text` for a LIKE pattern with `\\` as escape: %, _ and \\ match themselves."""
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def event_filter(query: QueryT, flt: SummaryFilter) -> QueryT:
    """`query` (selecting from events) restricted to the live events that match `flt`."""
    query = query.where(EventRow.deleted_at.is_(None))
    if flt.campaign:
        query = query.where(func.lower(EventRow.campaign) == flt.campaign.casefold())
    if flt.date_from:
        query = query.where(EventRow.start >= dt.datetime.combine(flt.date_from, dt.time.min))
    if flt.date_to:
        query = query.where(EventRow.start < dt.datetime.combine(flt.date_to + dt.timedelta(days=1),
                                                                  dt.time.min))
    if flt.country:
        query = query.where(EventRow.site_id.in_(
            select(SiteRow.id).where(SiteRow.country_code == flt.country.upper())))
    if flt.by_activity:
        query = query.where(EventRow.id.in_(_narrowed_events(flt)))
    return query


def _narrowed_events(flt: SummaryFilter) -> Select[uuid.UUID]:
    """The events with a live activity of the filter's kind, species or litter item category."""
    activities = select(ActivityRow.event_id).where(ActivityRow.deleted_at.is_(None))
    if flt.kind:
        activities = activities.where(ActivityRow.kind == flt.kind)
    if flt.species:
        activities = activities.where(ActivityRow.species.in_(flt.species))
    if flt.litter_item:
        activities = activities.where(ActivityRow.id.in_(
            select(LitterItemRow.activity_id).where(LitterItemRow.deleted_at.is_(None),
                                                    LitterItemRow.item_category == flt.litter_item)))
    return activities


def event_search(query: QueryT, text: str | None) -> QueryT:
    """`query` (selecting from events) restricted to events whose name, campaign or site name contains
    `text` (case-insensitive); unchanged for no text."""
    if not text:
        return query
    pattern = f"%{escape_like(text)}%"
    return query.where(or_(EventRow.event_name.ilike(pattern, escape="\\"),
                           EventRow.campaign.ilike(pattern, escape="\\"),
                           EventRow.site_id.in_(select(SiteRow.id).where(SiteRow.name.ilike(pattern, escape="\\")))))


STATISTICS_AFTER = 100  # records one write adds or changes from which it refreshes the server's statistics


def refresh_statistics(database: Database) -> None:
    """On PostgreSQL, ANALYZE fieldlog's tables after a bulk write; nothing on SQLite.

    A server that has not analyzed a freshly filled table plans as if it held one row, and nests loops over
    what are thousands: the report's litter count took 13 s instead of 5 ms right after a merge of 120
    demo events. Autovacuum analyzes within a minute or so, which is when a coordinator exports. ANALYZE
    samples a bounded number of rows, so it costs milliseconds to a fraction of a second.
    """
    if database.engine.dialect.name != "postgresql":
        return
    # fieldlog's tables by name: a bare ANALYZE would also try the system catalogs, and warn about each
    tables = ", ".join(database.engine.dialect.identifier_preparer.quote(table.name)
                       for table in Base.metadata.sorted_tables)
    with database.engine.connect() as connection:
        connection.exec_driver_sql(f"ANALYZE {tables}")
        connection.commit()
