"""The SER summary, aggregated in SQL: one query over events, one GROUP BY over activities, one sum over
litter items, each restricted to live records of the events the filter selects.

Without a filter the queries exclude the (few) deleted events instead of including the (many) live
ones, and read the partial covering indexes of live rows; that keeps a summary of a million
activities to a scan of one narrow index instead of a million lookups.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select, union_all

from fieldlog.db.store import Database
from fieldlog.db.tables import (
    LIVE_EVENTS_INDEX,
    LIVE_ITEMS_INDEX,
    SUMMARY_INDEX,
    ActivityRow,
    EventRow,
    LitterItemRow,
    SiteRow,
)
from fieldlog.domain.summary import (
    NO_FILTER,
    InvasiveTotals,
    LitterTotals,
    OtherTotals,
    PlantingTotals,
    SeedballTotals,
    SeedCollectionTotals,
    Summary,
    SummaryFilter,
)
from fieldlog.services.queries import event_filter


def _counted(flt: SummaryFilter) -> Callable[[Any], ColumnElement[bool]]:
    """A condition on an event id column: the event is live and matches the filter."""
    if flt == NO_FILTER:
        deleted = select(EventRow.id).where(EventRow.deleted_at.is_not(None))
        return lambda column: column.not_in(deleted)
    matching = event_filter(select(EventRow.id), flt)
    return lambda column: column.in_(matching)


def _total(column: Any) -> Any:
    return func.coalesce(func.sum(column), 0)


def summarize(database: Database, flt: SummaryFilter = NO_FILTER) -> Summary:
    """The SER summary of the live records that match `flt`."""
    counted = _counted(flt)
    events = event_filter(select(func.count(), _total(EventRow.participants), _total(EventRow.volunteer_hours)),
                          flt).select_from(EventRow).with_hint(EventRow, f"INDEXED BY {LIVE_EVENTS_INDEX}", "sqlite")
    countries = select(func.count(distinct(SiteRow.country_code))).where(
        SiteRow.id.in_(event_filter(select(EventRow.site_id), flt)))
    activities = (select(ActivityRow.kind, func.count(), _total(ActivityRow.plants),
                         func.count(distinct(func.lower(ActivityRow.species))), _total(ActivityRow.area_m2),
                         _total(ActivityRow.mass_g), _total(ActivityRow.seed_count),
                         func.count(distinct(ActivityRow.seed_lot_id)), _total(ActivityRow.seedballs),
                         _total(ActivityRow.weight_kg), _total(ActivityRow.bags), _total(ActivityRow.distance_m))
                  .where(ActivityRow.deleted_at.is_(None), counted(ActivityRow.event_id))
                  .group_by(ActivityRow.kind)
                  .with_hint(ActivityRow, f"INDEXED BY {SUMMARY_INDEX}", "sqlite"))
    if flt == NO_FILTER:
        # Two selects, not one with OR, so that each reads its small index of tombstones.
        dead_activities = union_all(
            select(ActivityRow.id).where(ActivityRow.deleted_at.is_not(None)),
            select(ActivityRow.id).where(ActivityRow.event_id.in_(
                select(EventRow.id).where(EventRow.deleted_at.is_not(None)))))
        items_counted = LitterItemRow.activity_id.not_in(dead_activities)
    else:
        items_counted = LitterItemRow.activity_id.in_(select(ActivityRow.id).where(
            ActivityRow.deleted_at.is_(None), counted(ActivityRow.event_id)))
    items = (select(_total(LitterItemRow.item_count))
             .where(LitterItemRow.deleted_at.is_(None), items_counted)
             .with_hint(LitterItemRow, f"INDEXED BY {LIVE_ITEMS_INDEX}", "sqlite"))
    with database.reading() as session:
        n_events, participants, hours = session.execute(events).one()
        n_countries = int(session.scalar(countries) or 0)
        by_kind = {row[0]: row[1:] for row in session.execute(activities)}
        item_total = int(session.scalar(items) or 0)

    def figures(kind: str) -> tuple[Any, ...]:
        return by_kind.get(kind, (0,) * 11)

    n, plants, n_species, area, *_ = figures("planting")
    planting = PlantingTotals(n, int(plants), n_species, float(area))
    n, _, n_species, _, mass, seeds, lots, *_ = figures("seed_collection")
    seed = SeedCollectionTotals(n, float(mass), int(seeds), lots, n_species)
    n, *_, balls, _, _, _ = figures("seedball_making")
    seedballs = SeedballTotals(n, int(balls))
    n, _, n_species, area, _, _, _, _, weight, bags, _ = figures("invasive_removal")
    invasive = InvasiveTotals(n, float(area), float(weight), int(bags), n_species)
    n, *_, weight, bags, distance = figures("litter_pickup")
    litter = LitterTotals(n, int(bags), float(weight), item_total, float(distance))
    other = OtherTotals(figures("other")[0])
    return Summary(events=n_events, countries=n_countries, participants=int(participants),
                   volunteer_hours=float(hours or 0), planting=planting, seed_collection=seed,
                   seedball_making=seedballs, invasive_removal=invasive, litter_pickup=litter, other=other)
