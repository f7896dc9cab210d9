"""The summary rollup: SER figures added up per group of events (campaign, day, country), kept in step
with the records inside every write transaction.

A summary over a million activities then adds up a few thousand group rows instead of scanning every
activity. Every write says which events it touches (`touch_events`) before it changes them; when the
transaction is about to commit, `Rollup.refresh` recomputes the groups those events were in before and
are in after, from the records themselves. Recomputing a group (instead of adding and subtracting
differences) keeps the rollup exact whatever the write did, and one code path serves a single save, an
import of thousands of rows and a full rebuild.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, NamedTuple, cast

from sqlalchemy import String, Table, bindparam, delete, distinct, func, select, type_coerce
from sqlalchemy.orm import Session

from fieldlog.db.bulk import insert_rows
from fieldlog.db.tables import (
    ActivityRow,
    EventRow,
    LitterItemRow,
    RollupActivityRow,
    RollupEventRow,
    RollupTallyRow,
    RollupValueRow,
    SettingRow,
    SiteRow,
)

# How many ids one IN (...) lists; far below SQLite's limit of bound parameters.
CHUNK = 5000
SESSION_KEY = "fieldlog.rollup"
REBUILD_FLAG = "summary_rollup"  # app_settings key: present when the rollup must be rebuilt

# Which kinds report distinct species, and which distinct seed lots (the SER summary's figures).
SPECIES_KINDS = ("planting", "seed_collection", "invasive_removal")
LOT_KINDS = ("seed_collection",)

SUMMED = ("plants", "area_m2", "mass_g", "seed_count", "seedballs", "weight_kg", "bags", "distance_m")

# The tallies the dashboard charts: per species, the kind's measure (rollup_tallies.quantity).
TALLIED_SPECIES = {"planting": "plants", "invasive_removal": "area_m2"}
LITTER_ITEM = ("litter_pickup", "item")  # (kind, field) of the tallies per litter item category
EVENT_SITE = ("event", "site")  # ... per site (value: its id in hex; activities: events; quantity: participants)


class GroupKey(NamedTuple):
    """Which rollup group an event adds to."""

    campaign_key: str
    day: dt.date
    country_code: str


def campaign_key(campaign: str | None) -> str:
    """How a campaign name is grouped and filtered: whitespace-normalised, case-insensitive."""
    return " ".join((campaign or "").split()).casefold()


def value_key(text: str) -> str:
    """How species names and seed lots are counted as distinct: whitespace-normalised, case-insensitive."""
    return " ".join(text.split()).casefold()


def _chunks(items: list[Any]) -> Iterator[list[Any]]:
    for start in range(0, len(items), CHUNK):
        yield items[start:start + CHUNK]


def _group_keys(session: Session, event_ids: Iterable[uuid.UUID]) -> set[GroupKey]:
    """The groups of these events as stored now (deleted events included: they leave a group)."""
    keys: set[GroupKey] = set()
    for chunk in _chunks(list(event_ids)):
        rows = session.execute(select(EventRow.campaign, EventRow.start, SiteRow.country_code)
                               .join(SiteRow, SiteRow.id == EventRow.site_id)
                               .where(EventRow.id.in_(chunk)))
        keys.update(GroupKey(campaign_key(campaign), start.date(), country) for campaign, start, country in rows)
    return keys


def _members(session: Session, key: GroupKey) -> list[uuid.UUID]:
    """The live events of a group."""
    start = dt.datetime.combine(key.day, dt.time.min)
    rows = session.execute(select(EventRow.id, EventRow.campaign)
                           .join(SiteRow, SiteRow.id == EventRow.site_id)
                           .where(SiteRow.country_code == key.country_code, EventRow.deleted_at.is_(None),
                                  EventRow.start >= start, EventRow.start < start + dt.timedelta(days=1)))
    return [event_id for event_id, campaign in rows if campaign_key(campaign) == key.campaign_key]


@dataclass
class _Totals:
    """One group's figures while they are being added up."""

    events: list[int] = field(default_factory=lambda: [0, 0])  # events, participants
    hours: float = 0.0
    kinds: dict[str, list[float]] = field(default_factory=dict)  # kind -> activities, SUMMED..., items
    values: set[tuple[str, str, str]] = field(default_factory=set)  # (kind, field, value)
    tallies: dict[tuple[str, str, str], list[Any]] = field(default_factory=dict)  # -> [label, activities, quantity]

    def kind(self, kind: str) -> list[float]:
        return self.kinds.setdefault(kind, [0] * (len(SUMMED) + 2))

    def add_event(self, site_id: uuid.UUID, participants: int, hours: float | None) -> None:
        self.events[0] += 1
        self.events[1] += participants
        self.hours += hours or 0.0
        self.tally(*EVENT_SITE, site_id.hex, "", 1, participants)

    def tally(self, kind: str, name: str, value: str, label: str, activities: int, quantity: float) -> None:
        row = self.tallies.get((kind, name, value))
        if row is None:
            self.tallies[kind, name, value] = [label, activities, quantity]
            return
        row[0] = min(row[0], label)  # the smallest spelling, whatever order the rows came in
        row[1] += activities
        row[2] += quantity


def _species_tallies(*group: Any) -> Any:
    """Per `group` (columns), kind and species as written: activities and the kind's measures (plants, area)."""
    return (select(*group, ActivityRow.kind, ActivityRow.species, func.count(),
                   func.coalesce(func.sum(ActivityRow.plants), 0), func.coalesce(func.sum(ActivityRow.area_m2), 0))
            .where(ActivityRow.deleted_at.is_(None), ActivityRow.kind.in_(tuple(TALLIED_SPECIES)))
            .group_by(*group, ActivityRow.kind, ActivityRow.species))


def _item_tallies(*group: Any) -> Any:
    """Per `group` (columns) and litter item category: the pickups that recorded it and their items."""
    return (select(*group, LitterItemRow.item_category, func.count(distinct(LitterItemRow.activity_id)),
                   func.coalesce(func.sum(LitterItemRow.item_count), 0))
            .join(ActivityRow, ActivityRow.id == LitterItemRow.activity_id)
            .where(ActivityRow.deleted_at.is_(None), LitterItemRow.deleted_at.is_(None))
            .group_by(*group, LitterItemRow.item_category))


def _add_tallies(session: Session, totals: dict[GroupKey, _Totals], species: Any, items: Any,
                 key_of: Callable[[tuple[Any, ...]], GroupKey | None], width: int) -> None:
    """Add the species and litter item tallies these queries read (the first `width` columns say the group;
    rows whose group `key_of` does not know count nowhere)."""
    for row in session.execute(species):
        key = key_of(tuple(row[:width]))
        if key is None:
            continue
        kind, written, count, plants, area = row[width:]
        label = " ".join((written or "").split())
        totals[key].tally(kind, "species", value_key(label), label, count,
                          plants if TALLIED_SPECIES[kind] == "plants" else area)
    for row in session.execute(items):
        key = key_of(tuple(row[:width]))
        if key is not None:
            category, pickups, count = row[width:]
            totals[key].tally(*LITTER_ITEM, category, category, pickups, count)
            totals[key].kind("litter_pickup")[-1] += count  # the summary's items: the sum of the categories'


def _add_event_tallies(session: Session, group_of: dict[uuid.UUID, GroupKey], totals: dict[GroupKey, _Totals],
                       chunk: list[uuid.UUID]) -> None:
    """The tallies of these events, read per event."""
    in_chunk = ActivityRow.event_id.in_(chunk)
    _add_tallies(session, totals, _species_tallies(ActivityRow.event_id).where(in_chunk),
                 _item_tallies(ActivityRow.event_id).where(in_chunk), lambda row: group_of.get(row[0]), 1)


def _add_all_tallies(session: Session, totals: dict[GroupKey, _Totals]) -> None:
    """The tallies of every live event, grouped by the database per campaign as written, day and country (far
    fewer rows than per event); the campaign's key is made here, as everywhere."""
    group = (EventRow.campaign, func.date(EventRow.start), SiteRow.country_code)
    keys: dict[tuple[Any, ...], GroupKey | None] = {}

    def joined(query: Any) -> Any:
        return (query.join(EventRow, EventRow.id == ActivityRow.event_id).join(SiteRow, SiteRow.id == EventRow.site_id)
                .where(EventRow.deleted_at.is_(None)))

    def key_of(row: tuple[Any, ...]) -> GroupKey | None:
        key = keys.get(row)
        if key is None:
            campaign, day, country = row
            key = keys[row] = GroupKey(campaign_key(campaign), dt.date.fromisoformat(str(day)[:10]), country)
        return key if key in totals else None

    _add_tallies(session, totals, joined(_species_tallies(*group)), joined(_item_tallies(*group)), key_of, 3)


def _add_up(session: Session, members: dict[GroupKey, list[uuid.UUID]]) -> dict[GroupKey, _Totals]:
    """The figures of each group, read per event in chunks and added up here."""
    group_of = {event_id: key for key, ids in members.items() for event_id in ids}
    totals: dict[GroupKey, _Totals] = {key: _Totals() for key in members}
    live_activity = ActivityRow.deleted_at.is_(None)
    for chunk in _chunks(list(group_of)):
        for event_id, site_id, participants, hours in session.execute(
                select(EventRow.id, EventRow.site_id, EventRow.participants, EventRow.volunteer_hours)
                .where(EventRow.id.in_(chunk))):
            totals[group_of[event_id]].add_event(site_id, participants, hours)
        sums = [func.coalesce(func.sum(getattr(ActivityRow, name)), 0) for name in SUMMED]
        for event_id, kind, count, *figures in session.execute(
                select(ActivityRow.event_id, ActivityRow.kind, func.count(), *sums)
                .where(ActivityRow.event_id.in_(chunk), live_activity)
                .group_by(ActivityRow.event_id, ActivityRow.kind)):
            row = totals[group_of[event_id]].kind(kind)
            row[0] += count
            for index, figure in enumerate(figures, start=1):
                row[index] += figure
        for event_id, kind, species, lot in session.execute(
                select(ActivityRow.event_id, ActivityRow.kind, ActivityRow.species, ActivityRow.seed_lot_id)
                .where(ActivityRow.event_id.in_(chunk), live_activity,
                       ActivityRow.kind.in_(SPECIES_KINDS + LOT_KINDS)).distinct()):
            values = totals[group_of[event_id]].values
            if species and kind in SPECIES_KINDS:
                values.add((kind, "species", value_key(species)))
            if lot and kind in LOT_KINDS:
                values.add((kind, "lot", value_key(lot)))
        _add_event_tallies(session, group_of, totals, chunk)
    return totals


def _tables() -> tuple[Table, Table, Table, Table]:
    tables = (RollupEventRow.__table__, RollupActivityRow.__table__, RollupValueRow.__table__,
              RollupTallyRow.__table__)
    assert all(isinstance(table, Table) for table in tables)
    return cast(tuple[Table, Table, Table, Table], tables)


def _store(session: Session, totals: dict[GroupKey, _Totals]) -> None:
    events, activities, values, tallies = [], [], [], []
    for key, group in totals.items():
        where = key._asdict()
        if group.events[0]:
            events.append(where | {"events": group.events[0], "participants": group.events[1],
                                   "volunteer_hours": group.hours})
        for kind, (count, *figures, items) in group.kinds.items():
            activities.append(where | {"kind": kind, "activities": count, "litter_items": items}
                              | dict(zip(SUMMED, figures, strict=True)))
        values += [where | {"kind": kind, "field": name, "value": value} for kind, name, value in group.values]
        tallies += [where | {"kind": kind, "field": name, "value": value, "label": label, "activities": count,
                             "quantity": quantity}
                    for (kind, name, value), (label, count, quantity) in group.tallies.items()]
    for table, rows in zip(_tables(), (events, activities, values, tallies), strict=True):
        for chunk in _chunks(rows):
            insert_rows(session, table, chunk)  # COPY on PostgreSQL: a rebuild stores hundreds of thousands


def _clear(session: Session, keys: Iterable[GroupKey]) -> None:
    params = [key._asdict() for key in keys]
    if not params:
        return
    for table in _tables():
        columns = table.c
        session.execute(delete(table).where(columns.campaign_key == bindparam("campaign_key"),
                                                      columns.day == bindparam("day"),
                                                      columns.country_code == bindparam("country_code")), params)


def refresh_groups(session: Session, keys: set[GroupKey]) -> None:
    """Recompute the rollup rows of these groups from the live records."""
    _clear(session, keys)
    _store(session, _add_up(session, {key: _members(session, key) for key in keys}))


def _add_up_all(session: Session) -> dict[GroupKey, _Totals]:
    """The figures of every group: the same sums as `_add_up`, read in one pass over each table.

    No lists of ids: every live record is read once, grouped per event by the database. Ids are read as the
    database holds them (text) on both sides of the lookup, which saves converting each into a UUID.
    """
    event_id, activity_event = type_coerce(EventRow.id, String), type_coerce(ActivityRow.event_id, String)
    group_of: dict[Any, GroupKey] = {}
    totals: dict[GroupKey, _Totals] = {}
    for key_id, campaign, start, country, site_id, participants, hours in session.execute(
            select(event_id, EventRow.campaign, EventRow.start, SiteRow.country_code, EventRow.site_id,
                   EventRow.participants, EventRow.volunteer_hours)
            .join(SiteRow, SiteRow.id == EventRow.site_id).where(EventRow.deleted_at.is_(None))):
        group_key = GroupKey(campaign_key(campaign), start.date(), country)
        group_of[key_id] = group_key
        group = totals.get(group_key)
        if group is None:
            group = totals[group_key] = _Totals()
        group.add_event(site_id, participants, hours)
    live_activity = ActivityRow.deleted_at.is_(None)
    sums = [func.coalesce(func.sum(getattr(ActivityRow, name)), 0) for name in SUMMED]
    for key_id, kind, count, *figures in session.execute(
            select(activity_event, ActivityRow.kind, func.count(), *sums).where(live_activity)
            .group_by(ActivityRow.event_id, ActivityRow.kind)):
        key = group_of.get(key_id)
        if key is None:  # a live activity of a deleted event counts nowhere
            continue
        row = totals[key].kind(kind)
        row[0] += count
        for index, figure in enumerate(figures, start=1):
            row[index] += figure
    for key_id, kind, species, lot in session.execute(
            select(activity_event, ActivityRow.kind, ActivityRow.species, ActivityRow.seed_lot_id)
            .where(live_activity, ActivityRow.kind.in_(SPECIES_KINDS + LOT_KINDS)).distinct()):
        key = group_of.get(key_id)
        if key is None:
            continue
        values = totals[key].values
        if species and kind in SPECIES_KINDS:
            values.add((kind, "species", value_key(species)))
        if lot and kind in LOT_KINDS:
            values.add((kind, "lot", value_key(lot)))
    _add_all_tallies(session, totals)
    return totals


def rebuild(session: Session) -> None:
    """Recompute the whole rollup from the live records (after a migration, or a repair, or a big merge)."""
    for table in _tables():
        session.execute(delete(table))
    _store(session, _add_up_all(session))
    session.execute(delete(SettingRow).where(SettingRow.key == REBUILD_FLAG))


def rebuild_asked(session: Session) -> bool:
    """True when a migration (or a repair) left the flag asking for a rebuild."""
    return session.scalar(select(SettingRow.value).where(SettingRow.key == REBUILD_FLAG)) is not None


class Rollup:
    """The events one write transaction touches, and the groups they were in before it."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self.events: set[uuid.UUID] = set()
        self.groups_before: set[GroupKey] = set()

    def touch_events(self, event_ids: Iterable[uuid.UUID]) -> None:
        """Note events about to be written (call before changing them: their old group is read now)."""
        new = set(event_ids) - self.events
        if new:
            self.groups_before |= _group_keys(self.session, new)
            self.events |= new

    def touch_activities(self, activity_ids: Iterable[uuid.UUID]) -> None:
        """Note the events of activities about to be written."""
        for chunk in _chunks(list(activity_ids)):
            self.touch_events(self.session.scalars(
                select(ActivityRow.event_id).where(ActivityRow.id.in_(chunk))).all())

    def touch_site(self, site_id: uuid.UUID) -> None:
        """Note every event of a site about to change (its country moves them to another group)."""
        self.touch_events(self.session.scalars(select(EventRow.id).where(EventRow.site_id == site_id)).all())

    def refresh(self) -> None:
        """Bring the groups touched in this transaction up to date (before it commits)."""
        if not self.events:
            return
        self.session.flush()
        refresh_groups(self.session, self.groups_before | _group_keys(self.session, self.events))
        self.events.clear()
        self.groups_before.clear()


def rollup_of(session: Session) -> Rollup:
    """The rollup tracker of a write session (made by `Database.writing`)."""
    tracker = session.info.get(SESSION_KEY)
    if not isinstance(tracker, Rollup):
        raise RuntimeError("rollup_of() needs a session from Database.writing()")
    return tracker
