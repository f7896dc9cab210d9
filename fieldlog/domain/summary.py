"""The SER summary: its filters, its figures and their JSON form (DESIGN.md, "SER summary").

Definitions (domain.md section 7): an event counts when it is not deleted and matches the filters;
countries are distinct country codes of those events' sites; participants and volunteer hours are
sums over events (derived hours included); activity figures are sums and distinct counts over the
non-deleted activities of counted events. Species are counted case-insensitively as written.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class SummaryFilter:
    """Which events a summary covers; None means no restriction. Dates are inclusive."""

    campaign: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    country: str | None = None
    # Narrowed to events with a live activity of `kind` (a dashboard bar clicked): naming one of the species
    # spellings (all that fold to one name) or, for a litter pickup, tallying the item category.
    kind: str | None = None
    species: tuple[str, ...] = ()
    litter_item: str | None = None

    @property
    def by_activity(self) -> bool:
        """True when the filter looks into the events' activities (not only campaign, dates and country)."""
        return bool(self.kind or self.species or self.litter_item)

    def by_groups(self) -> SummaryFilter:
        """The campaign, dates and country alone (what the summary rollup can select)."""
        return SummaryFilter(self.campaign, self.date_from, self.date_to, self.country)


NO_FILTER = SummaryFilter()


@dataclass(frozen=True, slots=True)
class PlantingTotals:
    """Plants put in the ground."""

    activities: int = 0
    plants: int = 0
    species: int = 0
    area_m2: float = 0.0


@dataclass(frozen=True, slots=True)
class SeedCollectionTotals:
    """Seed collected, by mass and by count, in lots."""

    activities: int = 0
    mass_g: float = 0.0
    seed_count: int = 0
    lots: int = 0
    species: int = 0


@dataclass(frozen=True, slots=True)
class SeedballTotals:
    """Seedballs made."""

    activities: int = 0
    seedballs: int = 0


@dataclass(frozen=True, slots=True)
class InvasiveTotals:
    """Invasive plants removed."""

    activities: int = 0
    area_m2: float = 0.0
    weight_kg: float = 0.0
    bags: int = 0
    species: int = 0


@dataclass(frozen=True, slots=True)
class LitterTotals:
    """Litter picked up."""

    activities: int = 0
    bags: int = 0
    weight_kg: float = 0.0
    items: int = 0
    distance_m: float = 0.0


@dataclass(frozen=True, slots=True)
class OtherTotals:
    """Other activities."""

    activities: int = 0


@dataclass(frozen=True, slots=True)
class Summary:
    """The figures SER collects from every event, for one filter."""

    events: int = 0
    countries: int = 0
    participants: int = 0
    volunteer_hours: float = 0.0
    planting: PlantingTotals = field(default_factory=PlantingTotals)
    seed_collection: SeedCollectionTotals = field(default_factory=SeedCollectionTotals)
    seedball_making: SeedballTotals = field(default_factory=SeedballTotals)
    invasive_removal: InvasiveTotals = field(default_factory=InvasiveTotals)
    litter_pickup: LitterTotals = field(default_factory=LitterTotals)
    other: OtherTotals = field(default_factory=OtherTotals)

    def flat(self) -> dict[str, int | float]:
        """Every figure under a dotted name ("events", "planting.plants", ...)."""
        figures: dict[str, int | float] = {}
        for name, value in asdict(self).items():
            if isinstance(value, dict):
                figures.update({f"{name}.{key}": item for key, item in value.items()})
            else:
                figures[name] = value
        return figures

    def differences(self, other: Summary) -> list[str]:
        """The figures that differ from `other`'s, in words (float sums compared to 1 part in 10^9)."""
        theirs = other.flat()
        return [f"{name} is {value} here and {theirs[name]} there" for name, value in self.flat().items()
                if not math.isclose(value, theirs[name], rel_tol=1e-9, abs_tol=1e-9)]

    def to_json_dict(self) -> dict[str, Any]:
        """The summary as the JSON object of DESIGN.md (exactly its keys, floats rounded to 6 places)."""
        rounded: dict[str, Any] = _rounded(asdict(self))
        return rounded


def _rounded(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _rounded(item) for key, item in value.items()}
    if isinstance(value, float):
        return round(value, 6)
    return value


SUMMARY_KEYS: dict[str, tuple[str, ...]] = {
    "planting": ("activities", "plants", "species", "area_m2"),
    "seed_collection": ("activities", "mass_g", "seed_count", "lots", "species"),
    "seedball_making": ("activities", "seedballs"),
    "invasive_removal": ("activities", "area_m2", "weight_kg", "bags", "species"),
    "litter_pickup": ("activities", "bags", "weight_kg", "items", "distance_m"),
    "other": ("activities",),
}
