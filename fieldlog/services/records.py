"""Recording, updating, deleting (tombstones) and listing sites, events and activities."""

from __future__ import annotations

import dataclasses
import datetime as dt
import threading
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar, cast

from sqlalchemy import ColumnElement, Select, Table, and_, func, or_, select, update
from sqlalchemy.orm import Session

from fieldlog.db.bulk import insert_rows
from fieldlog.db.mapping import (
    activity_from_row,
    column_fit_issues,
    event_from_row,
    litter_item_from_row,
    record_columns,
    row_class,
    site_from_row,
)
from fieldlog.db.rollup import rollup_of
from fieldlog.db.store import Database
from fieldlog.db.tables import ActivityRow, EventRow, LitterItemRow, PhotoRow, RecordColumns, SiteRow
from fieldlog.domain.checks import (
    Issue,
    Reference,
    check_activity,
    check_event,
    check_site,
)
from fieldlog.domain.errors import EditConflict, FieldlogError, RecordNotFound, ValidationError, record_noun
from fieldlog.domain.ids import new_id
from fieldlog.domain.kinds import Level
from fieldlog.domain.records import (
    Activity,
    Event,
    LitterItem,
    LitterPickup,
    Record,
    Site,
    derived_volunteer_hours,
    tidy,
)
from fieldlog.domain.summary import NO_FILTER, SummaryFilter
from fieldlog.services.queries import escape_like, event_filter, event_search
from fieldlog.services.reference import ReferenceData
from fieldlog.services.summary import count_events

R = TypeVar("R", Site, Event, Activity)
StampedT = TypeVar("StampedT", bound=Record)
RowT = TypeVar("RowT", SiteRow, EventRow, ActivityRow)
Progress = Callable[[int, int], None]  # (done, total)
BATCH_ROWS = 5000


@dataclass(frozen=True, slots=True)
class EventListing:
    """One line of the events list: the event with its site's name and country."""

    id: uuid.UUID
    start: dt.datetime
    event_name: str
    campaign: str | None
    site_name: str
    country_code: str
    participants: int
    volunteer_hours: float | None
    hours_derived: bool


# The columns the events list can be sorted by, in SQL.
EVENT_SORTS = {"start": EventRow.start, "event_name": EventRow.event_name, "campaign": EventRow.campaign,
               "site_name": SiteRow.name, "country_code": SiteRow.country_code,
               "participants": EventRow.participants, "volunteer_hours": EventRow.volunteer_hours}


def _beyond(column: Any, value: object, last_id: uuid.UUID, descending: bool, nullable: bool) -> ColumnElement[bool]:
    """Rows after (value, last_id) in the order `column` desc nulls last / asc nulls first, then id.

    The bound on `column` alone comes first so that SQLite can range-scan an index of it.
    """
    if value is None:  # among the nulls: they come last when descending, first when ascending
        tie = and_(column.is_(None), EventRow.id > last_id)
        return tie if descending else or_(tie, column.is_not(None))
    bound, strictly = (column <= value, column < value) if descending else (column >= value, column > value)
    after = and_(bound, or_(strictly, EventRow.id > last_id))
    return or_(after, column.is_(None)) if descending and nullable else after


NULLABLE_SORTS = {"campaign", "volunteer_hours"}


class Cancelled(FieldlogError):
    """The user cancelled a long task; nothing of it was written."""


@dataclass(frozen=True, slots=True)
class Saved(Generic[R]):
    """A record as it was stored, with the warnings its checks raised."""

    record: R
    warnings: tuple[Issue, ...] = ()


def utc_now() -> dt.datetime:
    """The current time in UTC, without a zone (as the database stores it)."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class Records:
    """Use cases for single records. Every save is one durable transaction; nothing is written when a
    check fails."""

    def __init__(self, database: Database, reference: Reference | None = None,
                 clock: Callable[[], dt.datetime] = utc_now,
                 today: Callable[[], dt.date] = dt.date.today) -> None:
        self.database = database
        self.reference: Reference = reference or ReferenceData()
        self._clock = clock
        self._today = today

    # -- checks ---------------------------------------------------------------------------------

    def _refuse_on_errors(self, issues: Sequence[Issue], what: str,
                          record: Site | Event | Activity) -> tuple[Issue, ...]:
        issues = [*issues, *column_fit_issues(record)]
        if any(issue.level is Level.ERROR for issue in issues):
            raise ValidationError([i for i in issues if i.level is Level.ERROR], what)
        return tuple(issues)

    def _live(self, session: Session, row_type: type[RowT], record_id: uuid.UUID, field: str) -> RowT:
        row = session.get(row_type, record_id)
        if row is None or row.deleted_at is not None:
            raise ValidationError([Issue(Level.ERROR, field, f"no {row_type.__tablename__[:-1]} "
                                                            f"with id {record_id}", "missing_parent")])
        return row

    def _with_hours(self, event: Event) -> Event:
        if event.volunteer_hours is None or event.hours_derived:
            hours = derived_volunteer_hours(event)
            return dataclasses.replace(event, volunteer_hours=hours, hours_derived=hours is not None)
        return event

    def check_event_record(self, event: Event) -> list[Issue]:
        """Every quality issue of an event as it stands (the UI calls this as the user types)."""
        return check_event(self._with_hours(event))

    def check_activity_record(self, activity: Activity) -> list[Issue]:
        """Every quality issue of an activity, judged against its event and site."""
        with self.database.reading() as session:
            event_row = session.get(EventRow, activity.event_id)
            event = event_from_row(event_row) if event_row else None
            site_row = session.get(SiteRow, event_row.site_id) if event_row else None
            site = site_from_row(site_row) if site_row else None
        return check_activity(activity, event, site, self.reference, self._today())

    # -- writes ---------------------------------------------------------------------------------

    def _stamped(self, record: StampedT, *, new: bool) -> StampedT:
        record = tidy(record)
        now = self._clock()
        if new:
            return dataclasses.replace(record, created_at=record.created_at or now, updated_at=now)
        return dataclasses.replace(record, updated_at=now)

    def _claim(self, session: Session, record: R, based_on: dt.datetime | None, *,
               overwrite: bool) -> R:
        """Check, inside the write transaction, that the stored record is still the version the edit
        started from (`based_on`); return the record with the stamp it will be stored under.

        Writers take turns (BEGIN IMMEDIATE, or the advisory lock), so nothing can change the row between
        this check and the write that follows it.
        """
        row = cast(RecordColumns | None, session.get(row_class(record), record.id))
        if row is None:
            raise RecordNotFound(f"There is no {record_noun(record)} with id {record.id} to change.")
        if row.deleted_at is not None:
            raise RecordNotFound(f"This {record_noun(record)} was deleted after you opened it (here or by someone "
                                 "else), so your changes were not saved.")
        if not overwrite and row.updated_at != based_on:
            raise EditConflict(self._as_record(session, row), dataclasses.replace(record, updated_at=based_on))
        if record.updated_at is not None and record.updated_at <= row.updated_at:
            # A clock that stands still or lags (a test's, another computer's) still gives a new version,
            # later than the one replaced, so the next stale edit is caught and merges prefer this one.
            record = dataclasses.replace(record, updated_at=row.updated_at + dt.timedelta(microseconds=1))
        return record

    def _as_record(self, session: Session, row: RecordColumns) -> Site | Event | Activity:
        """A stored row as the record it holds (an activity with its litter items)."""
        if isinstance(row, SiteRow):
            return site_from_row(row)
        if isinstance(row, EventRow):
            return event_from_row(row)
        assert isinstance(row, ActivityRow)
        return self._activities(session, [row])[0]

    def _write(self, session: Session, record: Site | Event | Activity | LitterItem, *, new: bool) -> None:
        columns = record_columns(record)
        if new:
            session.add(row_class(record)(**columns))
            return
        row = cast(RecordColumns | None, session.get(row_class(record), record.id))
        if row is None or row.deleted_at is not None:
            raise RecordNotFound(f"There is no record with id {record.id} to change (it may have been "
                                 "deleted).")
        for name, value in columns.items():
            if name != "created_at":
                setattr(row, name, value)

    def _save_site(self, site: Site, *, new: bool, overwrite: bool = False) -> Saved[Site]:
        site = dataclasses.replace(tidy(site), country_code=site.country_code.strip().upper())
        warnings = self._refuse_on_errors(check_site(site, self.reference), "site", site)
        based_on = site.updated_at
        site = self._stamped(site, new=new)
        with self.database.writing("the site") as session:
            if not new:
                site = self._claim(session, site, based_on, overwrite=overwrite)
                rollup_of(session).touch_site(site.id)
            self._write(session, site, new=new)
        return Saved(site, warnings)

    def _save_event(self, event: Event, *, new: bool, overwrite: bool = False) -> Saved[Event]:
        event = self._with_hours(tidy(event))
        warnings = self._refuse_on_errors(check_event(event), "event", event)
        based_on = event.updated_at
        event = self._stamped(event, new=new)
        with self.database.writing("the event") as session:
            if not new:
                event = self._claim(session, event, based_on, overwrite=overwrite)
            self._live(session, SiteRow, event.site_id, "site_name")
            rollup_of(session).touch_events([event.id])
            self._write(session, event, new=new)
        return Saved(event, warnings)

    def _save_activity(self, activity: Activity, *, new: bool, overwrite: bool = False) -> Saved[Activity]:
        based_on = activity.updated_at
        activity = self._stamped(activity, new=new)
        with self.database.writing("the activity") as session:
            if not new:
                activity = self._claim(session, activity, based_on, overwrite=overwrite)
            if isinstance(activity, LitterPickup):
                # The tally is part of the pickup: its lines carry the pickup's stamp (one save, one version).
                stamp = activity.updated_at
                activity = dataclasses.replace(activity, items=tuple(
                    dataclasses.replace(tidy(item), activity_id=activity.id, created_at=item.created_at or stamp,
                                        updated_at=stamp)
                    for item in activity.items))
            event_row = self._live(session, EventRow, activity.event_id, "event_id")
            site_row = session.get(SiteRow, event_row.site_id)
            issues = check_activity(activity, event_from_row(event_row),
                                    site_from_row(site_row) if site_row else None,
                                    self.reference, self._today())
            warnings = self._refuse_on_errors(issues, f"{activity.kind.label.lower()} activity", activity)
            rollup = rollup_of(session)
            rollup.touch_events([activity.event_id])
            if not new:  # it may move from another event
                rollup.touch_activities([activity.id])
            self._write(session, activity, new=new)
            if isinstance(activity, LitterPickup):
                activity = self._write_tally(session, activity, new=new)
        return Saved(activity, warnings)

    def _write_tally(self, session: Session, pickup: LitterPickup, *, new: bool) -> LitterPickup:
        """Store a pickup's item tally as a whole; returns the pickup as stored.

        Lines the edit kept (same id) are updated in place, and brought back when an undo restores a line
        the edit had removed; lines no longer in the tally are tombstoned; new lines are added.
        """
        if not new:
            session.execute(update(LitterItemRow)
                            .where(LitterItemRow.activity_id == pickup.id, LitterItemRow.deleted_at.is_(None),
                                   LitterItemRow.id.not_in([item.id for item in pickup.items]))
                            .values(deleted_at=pickup.updated_at, updated_at=pickup.updated_at))
        session.flush()
        stored: list[LitterItem] = []
        seen: set[uuid.UUID] = set()
        for item in pickup.items:
            row = None if new or item.id in seen else session.get(LitterItemRow, item.id)
            if row is not None and row.activity_id == pickup.id:
                for name, value in record_columns(item).items():
                    if name != "created_at":
                        setattr(row, name, value)
            else:
                if row is not None or item.id in seen:  # another line's id (a copied line): this one gets its own
                    item = dataclasses.replace(item, id=new_id())
                session.add(LitterItemRow(**record_columns(item)))
            seen.add(item.id)
            stored.append(item)
        return dataclasses.replace(pickup, items=tuple(stored))

    def record_site(self, site: Site) -> Saved[Site]:
        """Store a new site."""
        return self._save_site(site, new=True)

    def record_event(self, event: Event) -> Saved[Event]:
        """Store a new event; blank volunteer hours are derived from participants x duration."""
        return self._save_event(event, new=True)

    def record_activity(self, activity: Activity) -> Saved[Activity]:
        """Store a new activity (a litter pickup with its item tally)."""
        return self._save_activity(activity, new=True)

    def update(self, record: R, *, overwrite: bool = False) -> Saved[R]:
        """Replace a stored record with a changed copy of it (same id); checks run again.

        `record.updated_at` must be the stored record's, as it was read: the version the edit started
        from. When someone else saved the record since, nothing is written and EditConflict carries the
        record as it is stored now; `overwrite=True` saves over their version anyway. A record deleted
        meanwhile raises RecordNotFound. The returned record carries the new `updated_at`: give that to
        the next edit (or undo) of the same record.
        """
        match record:
            case Site():
                return self._save_site(record, new=False, overwrite=overwrite)
            case Event():
                return self._save_event(record, new=False, overwrite=overwrite)
            case Activity():
                return self._save_activity(record, new=False, overwrite=overwrite)
        raise TypeError(f"cannot update a {type(record).__name__}")

    def delete(self, record_id: uuid.UUID) -> None:
        """Delete a site, event or activity by leaving a tombstone; an event takes its activities along.

        A site that still has events is refused: delete or move its events first.
        """
        now = self._clock()
        with self.database.writing("the deletion") as session:
            if (site := session.get(SiteRow, record_id)) is not None and site.deleted_at is None:
                live_events = session.scalar(select(func.count()).select_from(EventRow).where(
                    EventRow.site_id == record_id, EventRow.deleted_at.is_(None)))
                if live_events:
                    raise FieldlogError(f"The site '{site.name}' still has {live_events} event(s); "
                                        "delete them or move them to another site first.")
                site.deleted_at = site.updated_at = now
                return
            activity_ids: Select[uuid.UUID]
            if (event := session.get(EventRow, record_id)) is not None and event.deleted_at is None:
                rollup_of(session).touch_events([event.id])
                event.deleted_at = event.updated_at = now
                activity_ids = select(ActivityRow.id).where(ActivityRow.event_id == record_id)
            elif (activity := session.get(ActivityRow, record_id)) is not None and activity.deleted_at is None:
                rollup_of(session).touch_events([activity.event_id])
                activity_ids = select(ActivityRow.id).where(ActivityRow.id == record_id)
            else:
                raise RecordNotFound(f"There is no record with id {record_id} to delete.")
            session.execute(update(LitterItemRow).where(LitterItemRow.activity_id.in_(activity_ids),
                                                        LitterItemRow.deleted_at.is_(None))
                            .values(deleted_at=now, updated_at=now))
            # Photos go with their record (the pictures stay in the store: a restore brings the rows back).
            session.execute(update(PhotoRow).where(_photos_of(record_id, activity_ids),
                                                   PhotoRow.deleted_at.is_(None))
                            .values(deleted_at=now, updated_at=now))
            session.execute(update(ActivityRow).where(ActivityRow.id.in_(activity_ids),
                                                      ActivityRow.deleted_at.is_(None))
                            .values(deleted_at=now, updated_at=now))

    def restore(self, record_id: uuid.UUID) -> None:
        """Undo a delete: the record comes back, with what its deletion took along (same moment)."""
        now = self._clock()
        with self.database.writing("the restore") as session:
            row = (session.get(SiteRow, record_id) or session.get(EventRow, record_id)
                   or session.get(ActivityRow, record_id))
            if row is None or row.deleted_at is None:
                raise RecordNotFound(f"There is no deleted record with id {record_id} to bring back.")
            when = row.deleted_at
            if isinstance(row, EventRow):
                self._live(session, SiteRow, row.site_id, "site_name")
                rollup_of(session).touch_events([row.id])
                activity_ids = select(ActivityRow.id).where(ActivityRow.event_id == row.id,
                                                            ActivityRow.deleted_at == when)
            elif isinstance(row, ActivityRow):
                self._live(session, EventRow, row.event_id, "event_id")
                rollup_of(session).touch_events([row.event_id])
                activity_ids = select(ActivityRow.id).where(ActivityRow.id == row.id)
            if not isinstance(row, SiteRow):
                session.execute(update(LitterItemRow).where(LitterItemRow.activity_id.in_(activity_ids),
                                                            LitterItemRow.deleted_at == when)
                                .values(deleted_at=None, updated_at=now))
                session.execute(update(PhotoRow).where(_photos_of(row.id, activity_ids),
                                                       PhotoRow.deleted_at == when)
                                .values(deleted_at=None, updated_at=now))
                session.execute(update(ActivityRow).where(ActivityRow.id.in_(activity_ids),
                                                          ActivityRow.deleted_at == when)
                                .values(deleted_at=None, updated_at=now))
            row.deleted_at = None
            row.updated_at = now

    # -- reads ----------------------------------------------------------------------------------

    @staticmethod
    def _stored(session: Session, row_type: type[RowT], record_id: uuid.UUID) -> RowT:
        row = session.get(row_type, record_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound(f"There is no {row_type.__tablename__[:-1]} with id {record_id}.")
        return row

    def get_site(self, site_id: uuid.UUID) -> Site:
        """A live site by id."""
        with self.database.reading() as session:
            return site_from_row(self._stored(session, SiteRow, site_id))

    def get_event(self, event_id: uuid.UUID) -> Event:
        """A live event by id."""
        with self.database.reading() as session:
            return event_from_row(self._stored(session, EventRow, event_id))

    def get_activity(self, activity_id: uuid.UUID) -> Activity:
        """A live activity by id, with its litter items."""
        with self.database.reading() as session:
            return self._activities(session, [self._stored(session, ActivityRow, activity_id)])[0]

    def _activities(self, session: Session, rows: Sequence[ActivityRow]) -> list[Activity]:
        pickups = [row.id for row in rows if row.kind == LitterPickup.kind.value]
        items: dict[uuid.UUID, list[LitterItem]] = {}
        if pickups:
            for item_row in session.scalars(select(LitterItemRow).where(
                    LitterItemRow.activity_id.in_(pickups), LitterItemRow.deleted_at.is_(None))
                    .order_by(LitterItemRow.created_at, LitterItemRow.item_category)):
                items.setdefault(item_row.activity_id, []).append(litter_item_from_row(item_row))
        return [activity_from_row(row, tuple(items.get(row.id, ()))) for row in rows]

    def list_sites(self, text: str | None = None) -> list[Site]:
        """Live sites by name, optionally only those whose name contains `text`."""
        query = select(SiteRow).where(SiteRow.deleted_at.is_(None)).order_by(SiteRow.name)
        if text:
            query = query.where(SiteRow.name.ilike(f"%{escape_like(text)}%", escape="\\"))
        with self.database.reading() as session:
            return [site_from_row(row) for row in session.scalars(query)]

    def _event_query(self, flt: SummaryFilter, text: str | None) -> Select[EventRow]:
        return event_search(event_filter(select(EventRow), flt), text)

    def list_events(self, flt: SummaryFilter = NO_FILTER, text: str | None = None,
                    offset: int = 0, limit: int | None = 200) -> list[Event]:
        """Live events matching the filter and text, newest first, a page at a time."""
        query = self._event_query(flt, text).order_by(EventRow.start.desc(), EventRow.id)
        query = query.offset(offset).limit(limit)
        with self.database.reading() as session:
            return [event_from_row(row) for row in session.scalars(query)]

    def event_page(self, flt: SummaryFilter = NO_FILTER, text: str | None = None, *, sort: str = "start",
                   descending: bool = True, after: EventListing | None = None, offset: int = 0,
                   limit: int = 200) -> list[EventListing]:
        """One page of the events list, filtered and sorted in SQL; ties are broken by id, so pages
        never overlap. Give the last line of the page before as `after` (keyset paging: every page
        costs what the first does), or an `offset`."""
        column = EVENT_SORTS[sort]
        order = column.desc().nulls_last() if descending else column.asc().nulls_first()  # as SQLite, everywhere
        query = (self._event_query(flt, text)
                 .with_only_columns(EventRow.id, EventRow.start, EventRow.event_name, EventRow.campaign,
                                    SiteRow.name, SiteRow.country_code, EventRow.participants,
                                    EventRow.volunteer_hours, EventRow.hours_derived)
                 .join(SiteRow, SiteRow.id == EventRow.site_id)
                 .order_by(order, EventRow.id)
                 .offset(offset).limit(limit))
        if after is not None:
            query = query.where(_beyond(column, getattr(after, sort), after.id, descending,
                                        nullable=sort in NULLABLE_SORTS))
        with self.database.reading() as session:
            return [EventListing(*row) for row in session.execute(query)]

    def count_events(self, flt: SummaryFilter = NO_FILTER, text: str | None = None) -> int:
        """How many live events match the filter and text (without text, read from the rollup)."""
        if not text:
            return count_events(self.database, flt)  # from the rollup (unless filtered by activity)
        query = self._event_query(flt, text).with_only_columns(func.count(EventRow.id))
        with self.database.reading() as session:
            return int(session.scalar(query) or 0)

    def campaigns(self) -> list[str]:
        """The campaign names in use, for pickers."""
        query = (select(EventRow.campaign).where(EventRow.deleted_at.is_(None), EventRow.campaign.is_not(None))
                 .distinct().order_by(EventRow.campaign))
        with self.database.reading() as session:
            return [name for name in session.scalars(query) if name]

    def list_activities(self, event_id: uuid.UUID) -> list[Activity]:
        """The live activities of an event, by kind and date."""
        query = (select(ActivityRow).where(ActivityRow.event_id == event_id, ActivityRow.deleted_at.is_(None))
                 .order_by(ActivityRow.kind, ActivityRow.date, ActivityRow.created_at))
        with self.database.reading() as session:
            return self._activities(session, list(session.scalars(query)))

    # -- many records at once -------------------------------------------------------------------

    def record_batch(self, records: Iterable[Site | Event | Activity], *, total: int = 0,
                     progress: Progress | None = None, cancel: threading.Event | None = None) -> int:
        """Store many new records in one transaction (all or nothing); returns how many were stored.

        Records are checked like single saves; parents must come before their children. The first
        record with an error stops the batch and nothing is written.
        """
        sites: dict[uuid.UUID, Site] = {}
        events: dict[uuid.UUID, Event] = {}
        pending: dict[Table, list[dict[str, object]]] = {}
        stored = 0
        today = self._today()

        def queue(record: Site | Event | Activity | LitterItem) -> None:
            table = row_class(record).__table__
            assert isinstance(table, Table)
            row = dict.fromkeys(table.columns.keys())
            row.update(record_columns(record))
            pending.setdefault(table, []).append(row)

        touched: set[uuid.UUID] = set()

        def flush(session: Session) -> None:
            rollup_of(session).touch_events(touched)
            touched.clear()
            for table in (SiteRow.__table__, EventRow.__table__, ActivityRow.__table__, LitterItemRow.__table__):
                assert isinstance(table, Table)
                if rows := pending.pop(table, None):
                    insert_rows(session, table, rows)  # COPY on PostgreSQL (db/bulk.py)

        with self.database.writing("the records") as session:
            for number, record in enumerate(records, start=1):
                if cancel is not None and cancel.is_set():
                    raise Cancelled("Cancelled: nothing was saved.")
                record = self._stamped(record, new=True)
                match record:
                    case Site():
                        self._refuse_on_errors(check_site(record, self.reference), f"site #{number}", record)
                        sites[record.id] = record
                    case Event():
                        record = self._with_hours(record)
                        self._refuse_on_errors(check_event(record), f"event #{number}", record)
                        if record.site_id not in sites:
                            sites[record.site_id] = site_from_row(
                                self._live(session, SiteRow, record.site_id, "site_name"))
                        events[record.id] = record
                        touched.add(record.id)
                    case Activity():
                        if record.event_id not in events:
                            events[record.event_id] = event_from_row(
                                self._live(session, EventRow, record.event_id, "event_id"))
                        event = events[record.event_id]
                        touched.add(record.event_id)
                        issues = check_activity(record, event, sites.get(event.site_id), self.reference, today)
                        self._refuse_on_errors(issues, f"{record.kind.label.lower()} activity #{number}", record)
                        if isinstance(record, LitterPickup):
                            for item in record.items:
                                queue(self._stamped(dataclasses.replace(item, activity_id=record.id), new=True))
                queue(record)
                stored += 1
                if sum(len(rows) for rows in pending.values()) >= BATCH_ROWS:
                    flush(session)
                    if progress is not None:
                        progress(stored, total)
            flush(session)
        if progress is not None:
            progress(stored, total)
        return stored


def _photos_of(record_id: uuid.UUID, activity_ids: Select[uuid.UUID]) -> ColumnElement[bool]:
    """The photos of a record and of the activities its deletion takes along."""
    return or_(PhotoRow.event_id == record_id, PhotoRow.activity_id.in_(activity_ids))
