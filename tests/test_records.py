"""Recording, updating, deleting and listing through the service, on each backend under test."""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text

from fieldlog.db.store import Database
from fieldlog.domain.errors import EditConflict, FieldlogError, RecordNotFound, ValidationError
from fieldlog.domain.records import Event, LitterItem, LitterPickup, Planting, SeedCollection, Site
from fieldlog.domain.summary import SummaryFilter
from fieldlog.services.records import Records


def signature(database: Database) -> str:
    """A hash of every row of every record table: the database's logical content (on either backend)."""
    digest = hashlib.sha256()
    with database.engine.connect() as connection:
        for table in ("sites", "events", "activities", "litter_items", "import_batches"):
            for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY id")):  # noqa: S608
                digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def test_event_round_trip_with_derived_hours(records: Records, event: Event) -> None:
    stored = records.get_event(event.id)
    assert stored == event
    assert stored.volunteer_hours == 36.0 and stored.hours_derived  # 12 people x 3 hours
    assert stored.created_at is not None and stored.updated_at is not None


def test_counted_hours_are_kept(records: Records, site: Site) -> None:
    event = records.record_event(Event(event_name="Counted", site_id=site.id, start=dt.datetime(2026, 5, 30, 9),
                                       end=dt.datetime(2026, 5, 30, 13), participants=5,
                                       volunteer_hours=17.5)).record
    assert (event.volunteer_hours, event.hours_derived) == (17.5, False)


def test_litter_pickup_with_items_round_trips(records: Records, event: Event) -> None:
    pickup = LitterPickup(event_id=event.id, bags=3, weight_kg=12.5, distance_m=1609.344,
                          items=(LitterItem(activity_id=event.id, item_category="cigarette_butts", item_count=140),
                                 LitterItem(activity_id=event.id, item_category="plastic_bottles", item_count=22)))
    saved = records.record_activity(pickup).record
    assert isinstance(saved, LitterPickup)
    again = records.get_activity(saved.id)
    assert isinstance(again, LitterPickup)
    assert again.item_total == 162
    assert {item.activity_id for item in again.items} == {saved.id}
    assert [a.id for a in records.list_activities(event.id)] == [saved.id]


@pytest.mark.parametrize(("make", "field"), [
    (lambda site: dataclasses.replace(site, id=site.id.__class__(int=1), latitude=123.0), "latitude"),
    (lambda site: dataclasses.replace(site, id=site.id.__class__(int=2), country_code="QQ"), "country_code"),
])
def test_bad_site_is_refused_and_nothing_written(records: Records, site: Site, make: object, field: str) -> None:
    before = signature(records.database)
    with pytest.raises(ValidationError) as refused:
        records.record_site(make(site))  # type: ignore[operator]
    assert refused.value.issues[0].field == field
    assert field in str(refused.value)
    assert signature(records.database) == before


def test_bad_event_and_activity_are_refused_and_nothing_written(records: Records, event: Event) -> None:
    before = signature(records.database)
    backwards = dataclasses.replace(event, id=event.id.__class__(int=3), end=event.start - dt.timedelta(hours=1))
    with pytest.raises(ValidationError, match="end: the event ends"):
        records.record_event(backwards)
    with pytest.raises(ValidationError, match="plants: must be more than 0"):
        records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=-5))
    with pytest.raises(ValidationError, match="event_id"):
        records.record_activity(Planting(event_id=event.site_id, species="Prunus africana", plants=5))
    assert signature(records.database) == before


def test_warnings_do_not_block(records: Records, event: Event) -> None:
    saved = records.record_activity(SeedCollection(event_id=event.id, species="Prunus africana", mass_g=30.0,
                                                   plants_sampled=12))
    assert [issue.code for issue in saved.warnings] == ["few_plants_sampled"]
    assert records.get_activity(saved.record.id) == saved.record


def test_update_changes_the_record_and_its_updated_at(records: Records, event: Event) -> None:
    changed = records.update(dataclasses.replace(event, participants=20)).record
    stored = records.get_event(event.id)
    assert stored.participants == 20
    assert stored.volunteer_hours == 60.0  # derived hours follow the participants
    assert stored.created_at == event.created_at
    assert changed.updated_at is not None and event.updated_at is not None
    assert changed.updated_at >= event.updated_at


def test_delete_leaves_tombstones_and_takes_activities_along(records: Records, event: Event,
                                                             database: Database) -> None:
    planting = records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=5)).record
    records.delete(event.id)
    with pytest.raises(RecordNotFound):
        records.get_event(event.id)
    with pytest.raises(RecordNotFound):
        records.get_activity(planting.id)
    assert records.count_events() == 0
    with database.engine.connect() as connection:
        rows = [tuple(row) for row in connection.execute(text("SELECT deleted_at IS NOT NULL FROM activities"))]
    assert rows == [(True,)]  # still there, as a tombstone
    with pytest.raises(RecordNotFound):
        records.delete(event.id)


def test_a_site_with_events_cannot_be_deleted(records: Records, event: Event, site: Site) -> None:
    with pytest.raises(FieldlogError, match="still has 1 event"):
        records.delete(site.id)
    records.delete(event.id)
    records.delete(site.id)
    assert records.list_sites() == []


def test_list_and_search_events(records: Records, site: Site) -> None:
    for day in range(1, 6):
        records.record_event(Event(event_name=f"Day {day} 100% native_", site_id=site.id,
                                   start=dt.datetime(2026, 6, day, 9), participants=day,
                                   campaign="MAD-Week 2026" if day < 4 else None))
    assert records.count_events() == 5
    assert [e.participants for e in records.list_events(limit=2)] == [5, 4]
    assert [e.participants for e in records.list_events(offset=3)] == [2, 1]
    assert records.count_events(SummaryFilter(campaign="mad-week 2026")) == 3
    assert records.count_events(SummaryFilter(date_from=dt.date(2026, 6, 2), date_to=dt.date(2026, 6, 3))) == 2
    assert records.count_events(SummaryFilter(country="KE")) == 5
    assert records.count_events(SummaryFilter(country="FR")) == 0
    # LIKE wildcards typed by a user match themselves
    assert records.count_events(text="100%") == 5
    assert records.count_events(text="0%") == 5
    assert records.count_events(text="%") == 5
    assert records.count_events(text="_ 1") == 0
    assert records.count_events(text="karura") == 5  # the site's name
    assert records.count_events(text="Robert'); DROP TABLE events;--") == 0
    assert records.count_events() == 5


def test_recording_the_same_record_twice_is_refused_in_words(records: Records, site: Site) -> None:
    with pytest.raises(FieldlogError, match="same id is already stored"):
        records.record_site(site)
    assert len(records.list_sites()) == 1


@pytest.mark.sqlite_only("fills the disk with SQLite's max_page_count")
def test_a_full_disk_refuses_the_save_and_keeps_what_was_saved(records: Records, event: Event,
                                                                database: Database) -> None:
    from sqlalchemy import event as sa_event

    from fieldlog.domain.errors import StorageFull

    @sa_event.listens_for(database.engine, "connect")
    def tiny(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute("PRAGMA max_page_count = 1")  # type: ignore[attr-defined]

    database.engine.dispose()  # new connections get the limit: the file cannot grow any more
    big = "x" * 20_000
    with pytest.raises(StorageFull, match="disk is full"):
        for _ in range(20):
            records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=1, notes=big))
    sa_event.remove(database.engine, "connect", tiny)
    database.engine.dispose()
    assert records.get_event(event.id) == event
    records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=1))


# -- edits that someone else's save overtook ---------------------------------------------------------------

def test_an_edit_of_a_record_someone_else_saved_meanwhile_is_refused_and_nothing_written(
        records: Records, event: Event, database: Database, database_location: str | Path) -> None:
    from fieldlog.services.database import open_store

    other = open_store(database_location)  # someone else: another connection pool on the same database
    try:
        theirs = Records(other).update(dataclasses.replace(event, participants=30, notes="counted at the gate"))
    finally:
        other.close()
    before = signature(database)
    mine = dataclasses.replace(event, event_name="Karura planting morning")  # edited from the copy read first
    with pytest.raises(EditConflict) as raised:
        records.update(mine)
    conflict = raised.value
    assert signature(database) == before  # nothing of mine was written
    assert conflict.stored == records.get_event(event.id) == theirs.record  # the record as it is now
    assert conflict.changed_at == theirs.record.updated_at
    assert conflict.changed_since(event) == ("participants", "volunteer_hours", "notes")
    assert isinstance(conflict.attempted, Event) and conflict.attempted.event_name == "Karura planting morning"
    assert conflict.attempted.updated_at == event.updated_at  # the version the edit started from
    assert "Someone else changed this event" in str(conflict) and "not saved" in str(conflict)
    # Asked and answered "overwrite with mine": saved over theirs.
    saved = records.update(mine, overwrite=True).record
    assert records.get_event(event.id) == saved
    assert (saved.event_name, saved.participants, saved.notes) == ("Karura planting morning", 12, None)
    assert saved.updated_at is not None and theirs.record.updated_at is not None
    assert saved.updated_at > theirs.record.updated_at


def test_successive_edits_from_what_was_stored_never_conflict(records: Records, site: Site, event: Event) -> None:
    """The stamp read back equals the one written, to the microsecond, on every backend: no false conflict."""
    current = event
    for participants in range(13, 23):
        current = records.update(dataclasses.replace(current, participants=participants)).record  # as returned
        assert records.get_event(event.id).updated_at == current.updated_at
        current = records.update(dataclasses.replace(records.get_event(event.id), notes=f"n{participants}")).record
    assert records.get_event(event.id).participants == 22
    edited_site = records.update(dataclasses.replace(site, locality="Nairobi north")).record
    assert records.update(dataclasses.replace(records.get_site(site.id), area_m2=5.0)).record.area_m2 == 5.0
    assert edited_site.updated_at is not None


@pytest.mark.parametrize("microsecond", [0, 1, 500_000, 999_999])
def test_a_stamp_round_trips_exactly(database: Database, site: Site, microsecond: int) -> None:
    stamp = dt.datetime(2026, 11, 30, 14, 32, 7, microsecond)
    stamped = Records(database, clock=lambda: stamp)
    saved = stamped.record_event(Event(event_name="Round trip", site_id=site.id, start=dt.datetime(2026, 6, 1, 9),
                                       participants=4)).record
    read = stamped.get_event(saved.id)
    assert read.updated_at == stamp == saved.updated_at and stamp.microsecond == microsecond
    assert stamped.list_events(text="Round trip")[0].updated_at == stamp
    Records(database).update(dataclasses.replace(read, participants=5))  # no conflict with what was read


def test_a_clock_that_stands_still_still_gives_every_save_a_new_version(database: Database, site: Site) -> None:
    frozen = Records(database, clock=lambda: dt.datetime(2026, 3, 1, 9))
    event = frozen.record_event(Event(event_name="Frozen", site_id=site.id, start=dt.datetime(2026, 6, 1, 9),
                                      participants=4)).record
    first = frozen.update(dataclasses.replace(event, participants=5)).record
    assert first.updated_at != event.updated_at
    with pytest.raises(EditConflict):  # based on the version before `first`: caught although the clock stood still
        frozen.update(dataclasses.replace(event, notes="stale"))
    second = frozen.update(dataclasses.replace(first, notes="fresh")).record
    assert event.updated_at is not None and first.updated_at is not None and second.updated_at is not None
    assert event.updated_at < first.updated_at < second.updated_at == frozen.get_event(event.id).updated_at


def test_a_site_and_an_activity_conflict_like_an_event(records: Records, site: Site, event: Event) -> None:
    planting = records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=5)).record
    assert isinstance(planting, Planting)
    Records(records.database).update(dataclasses.replace(planting, plants=7))
    with pytest.raises(EditConflict) as raised:
        records.update(dataclasses.replace(planting, notes="watered"))
    assert raised.value.changed_since(planting) == ("plants",)
    assert "this planting" in str(raised.value)
    Records(records.database).update(dataclasses.replace(site, locality="Nairobi, Kenya"))
    with pytest.raises(EditConflict, match="this site"):
        records.update(dataclasses.replace(site, area_m2=1.0))
    assert records.get_site(site.id).locality == "Nairobi, Kenya"


def test_a_litter_tally_belongs_to_its_pickup(records: Records, event: Event) -> None:
    """Editing a pickup keeps its unchanged tally lines; a tally changed by someone else is a conflict."""
    pickup = records.record_activity(LitterPickup(event_id=event.id, bags=2, items=(
        LitterItem(activity_id=event.id, item_category="cigarette_butts", item_count=140),
        LitterItem(activity_id=event.id, item_category="plastic_bottles", item_count=22)))).record
    assert isinstance(pickup, LitterPickup)
    assert {item.updated_at for item in pickup.items} == {pickup.updated_at}  # one save, one version
    # An edit of the bags only, with the tally lines as read (same ids): saved in place.
    read = records.get_activity(pickup.id)
    assert isinstance(read, LitterPickup)
    bags = records.update(dataclasses.replace(read, bags=3)).record
    assert isinstance(bags, LitterPickup) and records.get_activity(pickup.id) == bags
    assert [item.id for item in bags.items] == [item.id for item in pickup.items]
    # Someone else changes only the tally: my edit of the bags (from the copy before) asks.
    theirs = dataclasses.replace(bags, items=bags.items[:1])
    Records(records.database).update(theirs)
    with pytest.raises(EditConflict) as raised:
        records.update(dataclasses.replace(bags, bags=4))
    assert raised.value.changed_since(bags) == ("items",)
    # Putting a removed line back (an undo does) brings the same line back, not a copy.
    stored = records.get_activity(pickup.id)
    back = records.update(dataclasses.replace(bags, updated_at=stored.updated_at)).record
    assert isinstance(back, LitterPickup) and back.item_total == 162
    assert sorted(item.id for item in back.items) == sorted(item.id for item in pickup.items)
    assert records.get_activity(pickup.id) == back


def test_an_edit_of_a_record_deleted_meanwhile_says_so(records: Records, event: Event) -> None:
    Records(records.database).delete(event.id)
    with pytest.raises(RecordNotFound, match="was deleted after you opened it"):
        records.update(dataclasses.replace(event, participants=3))
    with pytest.raises(RecordNotFound, match="There is no event"):
        records.update(dataclasses.replace(event, id=event.id.__class__(int=9)))
