"""The SER summary. `summarize` adds up the rollup groups (db.rollup) the filter selects: a few thousand
rows however many activities there are. `summarize_from_records` computes the same figures from the
records themselves; `fieldlog check` compares the two, and the tests hold them equal.

The direct computation excludes the (few) deleted events instead of including the (many) live ones,
and reads the partial covering indexes of live rows, so even it is one scan of a narrow index.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import ColumnElement, distinct, func, select, union_all

from fieldlog.db.rollup import LOT_KINDS, SPECIES_KINDS, SUMMED, campaign_key
from fieldlog.db.store import Database
from fieldlog.db.tables import (
    ACTIVITY_KINDS,
    ActivityRow,
    EventRow,
    LitterItemRow,
    RollupActivityRow,
    RollupEventRow,
    RollupKey,
    RollupValueKey,
    RollupValueRow,
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
from fieldlog.services.queries import QueryT, event_filter, event_search


def _counted(flt: SummaryFilter, text: str | None) -> Callable[[Any], ColumnElement[bool]]:
    """A condition on an event id column: the event is live and matches the filter and text."""
    if flt == NO_FILTER and not text:
        deleted = select(EventRow.id).where(EventRow.deleted_at.is_not(None))
        return lambda column: column.not_in(deleted)
    matching = event_search(event_filter(select(EventRow.id), flt), text)
    return lambda column: column.in_(matching)


Figures = dict[str, Any]  # activities, the SUMMED sums and litter_items of one kind


def _total(column: Any) -> Any:
    return func.coalesce(func.sum(column), 0)


def _in_groups(query: QueryT, table: type[RollupKey | RollupValueKey], flt: SummaryFilter) -> QueryT:
    """`query` restricted to the rollup groups `flt` selects (a filter by activity selects no whole groups)."""
    if flt.by_activity:
        raise ValueError("the rollup cannot select events by their activities")
    if flt.campaign:
        query = query.where(table.campaign_key == campaign_key(flt.campaign))
    if flt.date_from:
        query = query.where(table.day >= flt.date_from)
    if flt.date_to:
        query = query.where(table.day <= flt.date_to)
    if flt.country:
        query = query.where(table.country_code == flt.country.strip().upper())
    return query


def summarize(database: Database, flt: SummaryFilter = NO_FILTER, text: str | None = None) -> Summary:
    """The SER summary of the live records that match `flt`, added up from the rollup; with a search
    `text` (event, campaign or site name) or a filter by activity, computed from the matching records instead."""
    if text or flt.by_activity:
        return summarize_from_records(database, flt, text)
    events = _in_groups(select(_total(RollupEventRow.events), _total(RollupEventRow.participants),
                               _total(RollupEventRow.volunteer_hours),
                               func.count(distinct(RollupEventRow.country_code))), RollupEventRow, flt)
    activities = _in_groups(select(RollupActivityRow.kind, _total(RollupActivityRow.activities),
                                   *(_total(getattr(RollupActivityRow, name)) for name in SUMMED),
                                   _total(RollupActivityRow.litter_items)), RollupActivityRow, flt)
    values = _in_groups(select(RollupValueRow.kind, RollupValueRow.field, func.count(distinct(RollupValueRow.value))),
                        RollupValueRow, flt)
    with database.reading() as session:
        n_events, participants, hours, n_countries = session.execute(events).one()
        by_kind = {kind: dict(zip(("activities", *SUMMED, "litter_items"), figures, strict=True))
                   for kind, *figures in session.execute(activities.group_by(RollupActivityRow.kind))}
        distinct_counts = {(kind, name): count for kind, name, count in session.execute(
            values.group_by(RollupValueRow.kind, RollupValueRow.field))}
    return _assemble(n_events, n_countries, participants, hours, by_kind, distinct_counts)


def count_events(database: Database, flt: SummaryFilter = NO_FILTER) -> int:
    """How many live events match `flt`, from the rollup (the events list's count; from the events themselves
    for a filter by activity)."""
    if flt.by_activity:
        query = event_filter(select(func.count(EventRow.id)), flt)
    else:
        query = _in_groups(select(_total(RollupEventRow.events)), RollupEventRow, flt)
    with database.reading() as session:
        return int(session.scalar(query) or 0)


def summarize_from_records(database: Database, flt: SummaryFilter = NO_FILTER, text: str | None = None) -> Summary:
    """The same summary computed from the records themselves, without the rollup (slower; a check)."""
    counted = _counted(flt, text)
    events = event_search(event_filter(select(func.count(), _total(EventRow.participants),
                                              _total(EventRow.volunteer_hours)), flt), text)
    events = events.select_from(EventRow)
    countries = select(func.count(distinct(SiteRow.country_code))).where(
        SiteRow.id.in_(event_search(event_filter(select(EventRow.site_id), flt), text)))
    live: tuple[Any, ...] = (ActivityRow.deleted_at.is_(None), counted(ActivityRow.event_id))
    if flt.by_activity:
        # Every kind, said: the planner then seeks (kind, event) in the covering index of live activities for
        # each matching event instead of reading every activity of tens of thousands of events from the table
        # (on a million activities: 1.6 s a query instead of 4-20 s).
        live += (ActivityRow.kind.in_(ACTIVITY_KINDS),)
    activities = (select(ActivityRow.kind, func.count(), *(_total(getattr(ActivityRow, name)) for name in SUMMED))
                  .where(*live).group_by(ActivityRow.kind))
    distinct_values = (select(ActivityRow.kind, func.count(distinct(func.lower(ActivityRow.species))),
                              func.count(distinct(func.lower(ActivityRow.seed_lot_id))))
                       .where(*live).group_by(ActivityRow.kind))
    if flt == NO_FILTER and not text:
        # Two selects, not one with OR, so that each reads its small index of tombstones.
        dead_activities = union_all(
            select(ActivityRow.id).where(ActivityRow.deleted_at.is_not(None)),
            select(ActivityRow.id).where(ActivityRow.event_id.in_(
                select(EventRow.id).where(EventRow.deleted_at.is_not(None)))))
        items_counted = LitterItemRow.activity_id.not_in(dead_activities)
    else:
        pickups = select(ActivityRow.id).where(*live)
        if flt.by_activity:  # only pickups have items: far fewer ids to look up among the items
            pickups = pickups.where(ActivityRow.kind == "litter_pickup")
        items_counted = LitterItemRow.activity_id.in_(pickups)
    items = (select(_total(LitterItemRow.item_count))
             .where(LitterItemRow.deleted_at.is_(None), items_counted))
    with database.reading() as session:
        n_events, participants, hours = session.execute(events).one()
        n_countries = int(session.scalar(countries) or 0)
        by_kind = {kind: dict(zip(("activities", *SUMMED), figures, strict=True))
                   for kind, *figures in session.execute(activities)}
        distinct_counts: dict[tuple[str, str], int] = {}
        for kind, species, lots in session.execute(distinct_values):
            if kind in SPECIES_KINDS:
                distinct_counts[kind, "species"] = species
            if kind in LOT_KINDS:
                distinct_counts[kind, "lot"] = lots
        if "litter_pickup" in by_kind:
            by_kind["litter_pickup"]["litter_items"] = int(session.scalar(items) or 0)
    return _assemble(n_events, n_countries, participants, hours, by_kind, distinct_counts)


def _assemble(n_events: int, n_countries: int, participants: Any, hours: Any, by_kind: dict[str, Figures],
              distinct_counts: dict[tuple[str, str], int]) -> Summary:
    def figures(kind: str) -> Figures:
        return by_kind.get(kind) or dict.fromkeys(("activities", *SUMMED, "litter_items"), 0)

    def species(kind: str) -> int:
        return int(distinct_counts.get((kind, "species"), 0))

    planted, seed, balls = figures("planting"), figures("seed_collection"), figures("seedball_making")
    removed, litter = figures("invasive_removal"), figures("litter_pickup")
    return Summary(
        events=int(n_events or 0), countries=int(n_countries or 0), participants=int(participants or 0),
        volunteer_hours=float(hours or 0),
        planting=PlantingTotals(planted["activities"], int(planted["plants"]), species("planting"),
                                float(planted["area_m2"])),
        seed_collection=SeedCollectionTotals(seed["activities"], float(seed["mass_g"]), int(seed["seed_count"]),
                                             int(distinct_counts.get(("seed_collection", "lot"), 0)),
                                             species("seed_collection")),
        seedball_making=SeedballTotals(balls["activities"], int(balls["seedballs"])),
        invasive_removal=InvasiveTotals(removed["activities"], float(removed["area_m2"]),
                                        float(removed["weight_kg"]), int(removed["bags"]),
                                        species("invasive_removal")),
        litter_pickup=LitterTotals(litter["activities"], int(litter["bags"]), float(litter["weight_kg"]),
                                   int(litter.get("litter_items", 0)), float(litter["distance_m"])),
        other=OtherTotals(figures("other")["activities"]))
