"""Declarative tables. Activities of every kind share one table (their fields are columns, most of them
empty for any one kind), so the SER summary is one scan with GROUP BY instead of six joins."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SUMMARY_INDEX = "ix_activities_summary"
LIVE_ITEMS_INDEX = "ix_litter_items_live"
LIVE_EVENTS_INDEX = "ix_events_live"
CATEGORY_ITEMS_INDEX = "ix_litter_items_category"  # live items by category: the rollup's litter tallies


def partial_index(name: str, *columns: str, tombstones: bool = False) -> Index:
    """An index of live rows only (what every summary reads), or of tombstones (few, to exclude them)."""
    where = text("deleted_at IS NOT NULL" if tombstones else "deleted_at IS NULL")
    return Index(name, *columns, sqlite_where=where, postgresql_where=where)


ACTIVITY_KINDS = ("planting", "seed_collection", "seedball_making", "invasive_removal", "litter_pickup",
                  "other")


class Base(DeclarativeBase):
    """Base of every table, with constraint names that migrations can refer to."""

    metadata = MetaData(naming_convention=NAMING)


def _utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class RecordColumns:
    """Identity, bookkeeping times (UTC), tombstone and provenance, shared by every record table."""

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utc_now)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utc_now)
    deleted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    import_batch_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("import_batches.id", ondelete="RESTRICT"))
    source_sheet: Mapped[str | None] = mapped_column(String(255))
    source_row: Mapped[int | None] = mapped_column(Integer)


class ImportBatchRow(Base):
    """One import of a file: where it came from, so any record can be traced to its row."""

    __tablename__ = "import_batches"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    file_name: Mapped[str] = mapped_column(String(1024))
    file_sha256: Mapped[str] = mapped_column(String(64), index=True)
    file_format: Mapped[str] = mapped_column(String(32))
    imported_at: Mapped[dt.datetime] = mapped_column(DateTime, default=_utc_now)
    records: Mapped[int] = mapped_column(Integer, default=0)


class SiteRow(RecordColumns, Base):
    """A place where events happen."""

    __tablename__ = "sites"
    __table_args__ = (
        CheckConstraint("latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint("longitude BETWEEN -180 AND 180", name="longitude_range"),
    )

    name: Mapped[str] = mapped_column(String(255))
    country_code: Mapped[str] = mapped_column(String(2), index=True)
    locality: Mapped[str | None] = mapped_column(String(255))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    area_m2: Mapped[float | None] = mapped_column(Float)


class EventRow(RecordColumns, Base):
    """One volunteer event at one site."""

    __tablename__ = "events"
    __table_args__ = (
        CheckConstraint("participants >= 0", name="participants_not_negative"),
        CheckConstraint('"end" IS NULL OR "end" >= start', name="end_after_start"),
        partial_index(LIVE_EVENTS_INDEX, "site_id", "start", "campaign", "participants", "volunteer_hours"),
        partial_index("ix_events_deleted", "id", tombstones=True),
    )

    site_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("sites.id", ondelete="RESTRICT"), index=True)
    event_name: Mapped[str] = mapped_column(String(255))
    campaign: Mapped[str | None] = mapped_column(String(255), index=True)
    start: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    end: Mapped[dt.datetime | None] = mapped_column(DateTime)
    participants: Mapped[int] = mapped_column(Integer)
    volunteer_hours: Mapped[float | None] = mapped_column(Float)
    hours_derived: Mapped[bool] = mapped_column(Boolean, default=False)
    organisation: Mapped[str | None] = mapped_column(String(255))
    organizer_name: Mapped[str | None] = mapped_column(String(255))
    organizer_contact: Mapped[str | None] = mapped_column(String(255))
    notes: Mapped[str | None] = mapped_column(Text)


class ActivityRow(RecordColumns, Base):
    """An activity of any kind; `kind` says which of the optional columns apply."""

    __tablename__ = "activities"
    __table_args__ = (
        CheckConstraint("kind IN ('" + "', '".join(ACTIVITY_KINDS) + "')", name="known_kind"),
        Index("ix_activities_event_kind", "event_id", "kind"),
        # Everything the SER summary reads, for live rows only: the summary scans this index, not the
        # much wider table.
        partial_index(SUMMARY_INDEX, "kind", "event_id", "species", "seed_lot_id", "plants", "area_m2", "mass_g",
                      "seed_count", "seedballs", "weight_kg", "bags", "distance_m"),
        partial_index("ix_activities_deleted", "id", tombstones=True),
    )

    event_id: Mapped[uuid.UUID] = mapped_column(Uuid, ForeignKey("events.id", ondelete="RESTRICT"))
    kind: Mapped[str] = mapped_column(String(32))
    date: Mapped[dt.date | None] = mapped_column(Date)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    notes: Mapped[str | None] = mapped_column(Text)
    species: Mapped[str | None] = mapped_column(String(512))
    # planting
    plants: Mapped[int | None] = mapped_column(Integer)
    native_status: Mapped[str | None] = mapped_column(String(32))
    stock_type: Mapped[str | None] = mapped_column(String(32))
    seed_source: Mapped[str | None] = mapped_column(String(255))
    # seed collection
    seed_lot_id: Mapped[str | None] = mapped_column(String(255))
    mass_g: Mapped[float | None] = mapped_column(Float)
    seed_count: Mapped[int | None] = mapped_column(Integer)
    plants_sampled: Mapped[int | None] = mapped_column(Integer)
    population_size: Mapped[int | None] = mapped_column(Integer)
    # seedball making
    seedballs: Mapped[int | None] = mapped_column(Integer)
    seed_mass_g: Mapped[float | None] = mapped_column(Float)
    # invasive removal and litter pickup share area, weight and bags
    area_m2: Mapped[float | None] = mapped_column(Float)
    weight_kg: Mapped[float | None] = mapped_column(Float)
    bags: Mapped[int | None] = mapped_column(Integer)
    method: Mapped[str | None] = mapped_column(String(32))
    stems: Mapped[int | None] = mapped_column(Integer)
    cover_percent: Mapped[float | None] = mapped_column(Float)
    phenology: Mapped[str | None] = mapped_column(String(32))
    disposal: Mapped[str | None] = mapped_column(String(32))
    # litter pickup
    cleanup_type: Mapped[str | None] = mapped_column(String(32))
    distance_m: Mapped[float | None] = mapped_column(Float)
    # other
    description: Mapped[str | None] = mapped_column(Text)
    quantity: Mapped[float | None] = mapped_column(Float)
    unit: Mapped[str | None] = mapped_column(String(32))


class LitterItemRow(RecordColumns, Base):
    """One line of a litter pickup's item tally."""

    __tablename__ = "litter_items"
    __table_args__ = (
        CheckConstraint("item_count > 0", name="item_count_positive"),
        partial_index(LIVE_ITEMS_INDEX, "activity_id", "item_count"),
        partial_index(CATEGORY_ITEMS_INDEX, "item_category", "activity_id", "item_count"),
    )

    activity_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("activities.id", ondelete="RESTRICT"), index=True)
    item_category: Mapped[str] = mapped_column(String(255))
    item_count: Mapped[int] = mapped_column(Integer)


PHOTO_TAGS = ("before", "after", "other")


class PhotoRow(RecordColumns, Base):
    """A photo of an event or an activity; the picture is the file `<sha256>.<extension>` in the photo store.

    Two nullable links (not a kind plus an id) so the database itself keeps them pointing at real
    records (foreign keys), and a merge matches photos by their own UUID like any other record.
    """

    __tablename__ = "photos"
    __table_args__ = (
        CheckConstraint("(event_id IS NULL) <> (activity_id IS NULL)", name="one_owner"),
        CheckConstraint("tag IN ('" + "', '".join(PHOTO_TAGS) + "')", name="known_tag"),
        CheckConstraint("latitude BETWEEN -90 AND 90", name="latitude_range"),
        CheckConstraint("longitude BETWEEN -180 AND 180", name="longitude_range"),
    )

    event_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("events.id", ondelete="RESTRICT"), index=True)
    activity_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("activities.id", ondelete="RESTRICT"), index=True)
    sha256: Mapped[str] = mapped_column(String(64), index=True)
    extension: Mapped[str] = mapped_column(String(8))
    original_name: Mapped[str | None] = mapped_column(String(1024))
    caption: Mapped[str | None] = mapped_column(Text)
    tag: Mapped[str] = mapped_column(String(16), default="other")
    taken_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    size_bytes: Mapped[int] = mapped_column(Integer)


class SpeciesRow(Base):
    """The species checklist shipped in resources/ (scientific names, common names, status)."""

    __tablename__ = "species_checklist"

    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    scientific_name: Mapped[str] = mapped_column(String(255), unique=True)
    family: Mapped[str | None] = mapped_column(String(128))
    common_names: Mapped[str | None] = mapped_column(Text)  # ';'-separated
    native_in: Mapped[str | None] = mapped_column(Text)  # ';'-separated ISO country codes
    introduced_in: Mapped[str | None] = mapped_column(Text)


class SettingRow(Base):
    """Key-value facts about the database itself (for example which checklist it holds)."""

    __tablename__ = "app_settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class RollupKey:
    """The group a rollup row adds up: events of one campaign (casefolded, '' for none), on one day, in
    one country. Summary filters select whole groups, so a summary adds up groups, not records."""

    campaign_key: Mapped[str] = mapped_column(String(255), primary_key=True, sort_order=-3)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True, sort_order=-2)
    country_code: Mapped[str] = mapped_column(String(2), primary_key=True, sort_order=-1)


class RollupEventRow(RollupKey, Base):
    """Live events, participants and volunteer hours of one group (kept by db.rollup on every write)."""

    __tablename__ = "rollup_events"
    __table_args__ = ({"sqlite_with_rowid": False},)

    events: Mapped[int] = mapped_column(Integer)
    participants: Mapped[int] = mapped_column(Integer)
    volunteer_hours: Mapped[float] = mapped_column(Float)


class RollupActivityRow(RollupKey, Base):
    """Live activities of one kind in one group, with the sums the SER summary reports."""

    __tablename__ = "rollup_activities"
    __table_args__ = ({"sqlite_with_rowid": False},)

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    activities: Mapped[int] = mapped_column(Integer)
    plants: Mapped[int] = mapped_column(Integer)
    area_m2: Mapped[float] = mapped_column(Float)
    mass_g: Mapped[float] = mapped_column(Float)
    seed_count: Mapped[int] = mapped_column(Integer)
    seedballs: Mapped[int] = mapped_column(Integer)
    weight_kg: Mapped[float] = mapped_column(Float)
    bags: Mapped[int] = mapped_column(Integer)
    distance_m: Mapped[float] = mapped_column(Float)
    litter_items: Mapped[int] = mapped_column(Integer)


class RollupValueKey:
    """A value (a species, a seed lot, a litter category, a site) of one kind's field in one rollup group,
    keyed value first: a chart or a distinct count reads one kind's field in key order."""

    kind: Mapped[str] = mapped_column(String(32), primary_key=True)
    field: Mapped[str] = mapped_column(String(16), primary_key=True)
    value: Mapped[str] = mapped_column(String(512), primary_key=True)
    campaign_key: Mapped[str] = mapped_column(String(255), primary_key=True)
    day: Mapped[dt.date] = mapped_column(Date, primary_key=True)
    country_code: Mapped[str] = mapped_column(String(2), primary_key=True)


class RollupValueRow(RollupValueKey, Base):
    """One distinct value (a species, a seed lot) that activities of one kind in one group recorded:
    distinct counts over many groups need the values themselves, not per-group counts."""

    __tablename__ = "rollup_values"
    __table_args__ = (
        Index("ix_rollup_values_group", "campaign_key", "day", "country_code"),  # to refresh one group
        {"sqlite_with_rowid": False},
    )


class RollupTallyRow(RollupValueKey, Base):
    """What the activities of one kind in one group recorded per species or per litter item category, and
    the group's events per site: the dashboard's charts and map add these up over the groups a filter
    selects, as the summary adds up groups.

    `value` is the grouping key (value_key of a species, a litter category key, '' for activities without a
    species; a site's id in hex), `label` its smallest spelling as written ('' for sites). `activities`
    counts activities (events for a site); `quantity` is the measure: plants for a planted species, area
    cleared in m² for a removed species, items for a litter category, participants for a site."""

    __tablename__ = "rollup_tallies"
    __table_args__ = (
        Index("ix_rollup_tallies_group", "campaign_key", "day", "country_code"),  # to refresh one group
        {"sqlite_with_rowid": False},
    )

    label: Mapped[str] = mapped_column(String(512))
    activities: Mapped[int] = mapped_column(Integer)
    quantity: Mapped[float] = mapped_column(Float)
