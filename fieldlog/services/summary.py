"""The SER summary, aggregated in SQL: one query over events and one GROUP BY over activities."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, distinct, func, select

from fieldlog.db.store import Database
from fieldlog.db.tables import ActivityRow, EventRow, LitterItemRow, SiteRow
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


def _counted_events(flt: SummaryFilter) -> Select[Any]:
    return event_filter(select(EventRow.id), flt)


def summarize(database: Database, flt: SummaryFilter = NO_FILTER) -> Summary:
    """The SER summary of the live records that match `flt`."""
    events = (select(func.count(EventRow.id), func.count(distinct(SiteRow.country_code)),
                     func.coalesce(func.sum(EventRow.participants), 0),
                     func.coalesce(func.sum(EventRow.volunteer_hours), 0.0))
              .join(SiteRow, SiteRow.id == EventRow.site_id))
    events = event_filter(events, flt)

    def total(column: Any) -> Any:
        return func.coalesce(func.sum(column), 0)

    species = func.count(distinct(func.lower(ActivityRow.species)))
    activities = (select(ActivityRow.kind, func.count(), total(ActivityRow.plants), species,
                         total(ActivityRow.area_m2), total(ActivityRow.mass_g), total(ActivityRow.seed_count),
                         func.count(distinct(ActivityRow.seed_lot_id)), total(ActivityRow.seedballs),
                         total(ActivityRow.weight_kg), total(ActivityRow.bags), total(ActivityRow.distance_m))
                  .where(ActivityRow.deleted_at.is_(None), ActivityRow.event_id.in_(_counted_events(flt)))
                  .group_by(ActivityRow.kind))
    items = (select(total(LitterItemRow.item_count))
             .join(ActivityRow, ActivityRow.id == LitterItemRow.activity_id)
             .where(LitterItemRow.deleted_at.is_(None), ActivityRow.deleted_at.is_(None),
                    ActivityRow.event_id.in_(_counted_events(flt))))
    with database.reading() as session:
        n_events, n_countries, participants, hours = session.execute(events).one()
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
