"""Frozen records of the data dictionary: sites, events, the six activity kinds and litter items.

Quantities are in canonical units (m², g for seed, kg for biomass and litter, m). Times are the
site's wall-clock time without a zone; bookkeeping times (created, updated, deleted) are UTC.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import ClassVar, TypeVar

from fieldlog.domain.ids import new_id
from fieldlog.domain.kinds import (
    ActivityKind,
    CleanupType,
    Disposal,
    NativeStatus,
    Phenology,
    RemovalMethod,
    StockType,
)


@dataclass(frozen=True, slots=True, kw_only=True)
class Provenance:
    """Where an imported record came from: the import batch, sheet and 1-based row."""

    batch_id: uuid.UUID
    sheet: str | None = None
    row: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Record:
    """What every record has: an identity that never changes, bookkeeping times and a tombstone."""

    id: uuid.UUID = field(default_factory=new_id)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    deleted_at: dt.datetime | None = None
    provenance: Provenance | None = None

    @property
    def is_deleted(self) -> bool:
        """True once the record has been deleted (it stays as a tombstone)."""
        return self.deleted_at is not None


@dataclass(frozen=True, slots=True, kw_only=True)
class Site(Record):
    """A place where events happen."""

    name: str
    country_code: str
    locality: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    area_m2: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(Record):
    """One volunteer event at one site."""

    event_name: str
    site_id: uuid.UUID
    start: dt.datetime
    participants: int
    end: dt.datetime | None = None
    campaign: str | None = None
    organisation: str | None = None
    organizer_name: str | None = None
    organizer_contact: str | None = None  # personal data: never in a report unless asked for
    volunteer_hours: float | None = None
    hours_derived: bool = False
    notes: str | None = None

    @property
    def duration_hours(self) -> float | None:
        """Hours from start to end, or None without an end."""
        if self.end is None:
            return None
        return (self.end - self.start).total_seconds() / 3600


def derived_volunteer_hours(event: Event) -> float | None:
    """participants x duration, the SER rule for events that did not count hours."""
    hours = event.duration_hours
    if hours is None or hours < 0:
        return None
    return event.participants * hours


@dataclass(frozen=True, slots=True, kw_only=True)
class Activity(Record):
    """What every activity has; the kind-specific classes below add their fields."""

    kind: ClassVar[ActivityKind]
    event_id: uuid.UUID
    date: dt.date | None = None  # None: the event's start date
    latitude: float | None = None
    longitude: float | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Planting(Activity):
    """Plants put in the ground."""

    kind: ClassVar[ActivityKind] = ActivityKind.PLANTING
    species: str
    plants: int
    native_status: NativeStatus | None = None
    stock_type: StockType | None = None
    area_m2: float | None = None
    seed_source: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SeedCollection(Activity):
    """A seed lot collected from a wild population."""

    kind: ClassVar[ActivityKind] = ActivityKind.SEED_COLLECTION
    species: str
    seed_lot_id: str | None = None
    mass_g: float | None = None
    seed_count: int | None = None
    plants_sampled: int | None = None
    population_size: int | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SeedballMaking(Activity):
    """Seedballs made from a seed mix."""

    kind: ClassVar[ActivityKind] = ActivityKind.SEEDBALL_MAKING
    seedballs: int
    seed_mass_g: float | None = None
    species: str | None = None  # the mix, ';'-separated


@dataclass(frozen=True, slots=True, kw_only=True)
class InvasiveRemoval(Activity):
    """An invasive plant pulled, cut or treated."""

    kind: ClassVar[ActivityKind] = ActivityKind.INVASIVE_REMOVAL
    species: str
    method: RemovalMethod | None = None
    area_m2: float | None = None
    weight_kg: float | None = None
    bags: int | None = None
    stems: int | None = None
    cover_percent: float | None = None
    phenology: Phenology | None = None
    disposal: Disposal | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class LitterItem(Record):
    """One line of a litter tally: how many items of a category were picked up."""

    activity_id: uuid.UUID
    item_category: str
    item_count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class LitterPickup(Activity):
    """Litter picked up, in bags, weight and an item tally."""

    kind: ClassVar[ActivityKind] = ActivityKind.LITTER_PICKUP
    cleanup_type: CleanupType | None = None
    bags: int | None = None
    weight_kg: float | None = None
    distance_m: float | None = None
    items: tuple[LitterItem, ...] = ()

    @property
    def item_total(self) -> int:
        """The number of items in the tally."""
        return sum(item.item_count for item in self.items)


@dataclass(frozen=True, slots=True, kw_only=True)
class OtherActivity(Activity):
    """Anything else volunteers did, described in words."""

    kind: ClassVar[ActivityKind] = ActivityKind.OTHER
    description: str
    quantity: float | None = None
    unit: str | None = None


ACTIVITY_CLASSES: dict[ActivityKind, type[Activity]] = {
    cls.kind: cls
    for cls in (Planting, SeedCollection, SeedballMaking, InvasiveRemoval, LitterPickup, OtherActivity)
}


def activity_class(kind: ActivityKind | str) -> type[Activity]:
    """The record class of an activity kind given by key or label; ValueError if unknown."""
    return ACTIVITY_CLASSES[ActivityKind(ActivityKind.parse(kind)) if isinstance(kind, str) else kind]


RecordT = TypeVar("RecordT", bound=Record)
_MULTILINE = {"notes", "description"}


def tidy(record: RecordT) -> RecordT:
    """The record with text trimmed: runs of spaces folded (except in notes), blank optional text as None."""
    changes: dict[str, object] = {}
    for item in dataclasses.fields(record):
        value = getattr(record, item.name)
        if not isinstance(value, str) or isinstance(value, StrEnum):
            continue
        cleaned = value.strip() if item.name in _MULTILINE else " ".join(value.split())
        optional = item.default is None
        if optional and not cleaned:
            changes[item.name] = None
        elif cleaned != value:
            changes[item.name] = cleaned
    return dataclasses.replace(record, **changes) if changes else record  # type: ignore[arg-type]
