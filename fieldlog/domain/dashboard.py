"""The dashboard's figures for one filter: the SER summary tiles, chart bars, a time series and the sites
for the map. Plain frozen records, filled by services.dashboard and drawn by ui.dashboard.

Every figure is a finite number (an empty selection gives zeros and empty tuples, never NaN), so a chart
never has to guard against a missing or undefined value.
"""

from __future__ import annotations

import datetime as dt
import math
import uuid
from dataclasses import dataclass, field
from enum import StrEnum

from fieldlog.domain.summary import NO_FILTER, Summary, SummaryFilter


class Chart(StrEnum):
    """The dashboard's bar charts; a clicked bar names its chart and its key."""

    KINDS = "kinds"  # key: an activity kind
    TIMELINE = "timeline"  # key: the first day of the period, ISO (a day, a month's 1st or a year's 1 Jan)
    COUNTRIES = "countries"  # key: an ISO 3166-1 alpha-2 code
    PLANTED = "planted"  # key: a species, as the rollup folds it (db.rollup.value_key)
    REMOVED = "removed"  # key: a species, as the rollup folds it
    LITTER = "litter"  # key: a litter item category


class Bucket(StrEnum):
    """How the events-over-time chart groups days: by day during a campaign week, else by month or year."""

    DAY = "day"
    MONTH = "month"
    YEAR = "year"


def finite(value: float | int | None) -> float:
    """`value` as a float, with None, NaN and infinities as 0 (what a chart draws)."""
    if value is None:
        return 0.0
    number = float(value)
    return number if math.isfinite(number) else 0.0


@dataclass(frozen=True, slots=True)
class Bar:
    """One bar: its key (what a click filters on), its label and its value."""

    key: str
    label: str
    value: float
    note: str = ""  # the value in words with its unit, for the label at the bar's end ("" : the number)


@dataclass(frozen=True, slots=True)
class Period:
    """One step of the events-over-time chart: events and participants of the days start..end."""

    start: dt.date
    end: dt.date
    label: str
    events: int
    participants: int


@dataclass(frozen=True, slots=True)
class SitePoint:
    """A site with coordinates and what happened there under the filter."""

    site_id: uuid.UUID
    name: str
    country_code: str
    latitude: float
    longitude: float
    events: int
    participants: int


@dataclass(frozen=True, slots=True)
class SiteEvent:
    """One event of a site, for the list a click on the map shows."""

    event_id: uuid.UUID
    name: str
    start: dt.datetime
    participants: int
    activities: int


@dataclass(frozen=True, slots=True)
class CountryOutline:
    """One country of the world outline: rings of (lon, lat, lon, lat, ...) in degrees."""

    name: str
    rings: tuple[tuple[float, ...], ...]


@dataclass(frozen=True, slots=True)
class DashboardData:
    """Everything the dashboard shows for one filter."""

    flt: SummaryFilter = NO_FILTER
    summary: Summary = field(default_factory=Summary)
    kinds: tuple[Bar, ...] = ()
    bucket: Bucket = Bucket.DAY
    timeline: tuple[Period, ...] = ()
    countries: tuple[Bar, ...] = ()
    planted: tuple[Bar, ...] = ()
    removed: tuple[Bar, ...] = ()
    litter: tuple[Bar, ...] = ()
    sites: tuple[SitePoint, ...] = ()
    sites_without_coordinates: int = 0  # sites of counted events that have no coordinates: not on the map
    events_without_coordinates: int = 0  # the counted events held at those sites
    plantings_without_species: int = 0  # counted in the totals, not in the species charts
    removals_without_species: int = 0

    def map_note(self) -> str:
        """What the map leaves out, in words ("" when every site is on it)."""
        if not self.sites_without_coordinates:
            return ""
        sites = self.sites_without_coordinates
        events = self.events_without_coordinates
        return (f"{sites:,} site{'' if sites == 1 else 's'} without coordinates ({events:,} "
                f"event{'' if events == 1 else 's'}) {'is' if sites == 1 else 'are'} counted but not on the map.")

    def species_note(self) -> str:
        """What the species charts leave out, in words ("" when nothing)."""
        parts = []
        if self.plantings_without_species:
            n = self.plantings_without_species
            parts.append(f"{n:,} planting{'' if n == 1 else 's'}")
        if self.removals_without_species:
            n = self.removals_without_species
            parts.append(f"{n:,} removal{'' if n == 1 else 's'}")
        if not parts:
            return ""
        return f"{' and '.join(parts)} without a species: counted in the totals, not in these charts."
