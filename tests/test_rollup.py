"""The summary rollup stays equal to the summary computed from the records, whatever the writes do."""

from __future__ import annotations

import dataclasses
import datetime as dt
import math
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldlog.domain.records import (
    Activity,
    Event,
    InvasiveRemoval,
    LitterItem,
    LitterPickup,
    Planting,
    SeedballMaking,
    SeedCollection,
    Site,
)
from fieldlog.domain.summary import NO_FILTER, Summary, SummaryFilter
from fieldlog.services.dashboard import tallies_from_records, tallies_from_rollup
from fieldlog.services.database import open_store
from fieldlog.services.records import Records
from fieldlog.services.summary import summarize, summarize_from_records

COUNTRIES = ("KE", "FR", "BR")
CAMPAIGNS = (None, "MAD-Week 2026", "mad-week 2026", "Spring Clean")
DAYS = tuple(dt.date(2026, 5, 28) + dt.timedelta(days=n) for n in range(6))
SPECIES = ("Prunus africana", "prunus africana", "Lantana camara", "Acacia mearnsii", "Épilobe", "ÉPILOBE")
FILTERS = (NO_FILTER, SummaryFilter(campaign="MAD-WEEK 2026"), SummaryFilter(country="ke"),
           SummaryFilter(date_from=DAYS[1], date_to=DAYS[3]),
           SummaryFilter(campaign="Spring Clean", country="FR", date_from=DAYS[2]))


def assert_same(rollup: Summary, direct: Summary) -> None:
    """Equal figures; float sums may differ in the last bits because they are added in another order."""
    assert rollup.differences(direct) == []


def assert_same_tallies(rollup: Any, direct: Any) -> None:
    """The dashboard's species and litter tallies agree, each one (float sums to the last bits)."""
    for kept, counted in zip(rollup, direct, strict=True):
        assert sorted(t.value for t in kept) == sorted(t.value for t in counted)
        by_value = {t.value: t for t in counted}
        for tally in kept:
            expected = by_value[tally.value]
            assert (tally.label, tally.activities) == (expected.label, expected.activities)
            assert math.isclose(tally.quantity, expected.quantity, rel_tol=1e-9, abs_tol=1e-9)


def activity(kind: int, event_id: Any, draw: Any) -> Activity:
    """One activity of a kind chosen by number, with figures drawn by hypothesis."""
    species = draw(st.sampled_from(SPECIES))
    amount = draw(st.integers(1, 500))
    match kind:
        case 0:
            return Planting(event_id=event_id, species=species, plants=amount, area_m2=amount * 1.5)
        case 1:
            return SeedCollection(event_id=event_id, species=species, mass_g=amount / 3,
                                  seed_lot_id=draw(st.sampled_from(("L-1", "l-1", "L-2", None))), plants_sampled=60)
        case 2:
            return SeedballMaking(event_id=event_id, seedballs=amount)
        case 3:
            return InvasiveRemoval(event_id=event_id, species=species, area_m2=amount * 0.1, weight_kg=amount / 7,
                                   bags=amount % 5)
        case _:
            categories = draw(st.sets(st.sampled_from(("cigarette_butts", "plastic_bottles")), min_size=1))
            return LitterPickup(event_id=event_id, bags=amount % 3, weight_kg=amount / 9,
                                items=tuple(LitterItem(activity_id=event_id, item_category=category,
                                                       item_count=amount) for category in sorted(categories)))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_rollup_equals_records_after_any_writes(tmp_path_factory: Any, data: st.DataObject) -> None:
    draw = data.draw
    database = open_store(tmp_path_factory.mktemp("rollup") / "fieldlog.db")
    records = Records(database, today=lambda: dt.date(2026, 11, 21))
    try:
        sites = [records.record_site(Site(name=f"Site {code}", country_code=code)).record for code in COUNTRIES]
        events: list[Event] = []
        activities: list[Activity] = []
        for _ in range(draw(st.integers(1, 12))):
            action = draw(st.sampled_from(("event", "activity", "activity", "move_event", "delete",
                                           "update_activity", "move_site", "batch")))
            if action == "event" or not events:
                start = dt.datetime.combine(draw(st.sampled_from(DAYS)), dt.time(draw(st.integers(0, 23))))
                events.append(records.record_event(Event(
                    event_name="E", site_id=draw(st.sampled_from(sites)).id, start=start,
                    participants=draw(st.integers(0, 40)), campaign=draw(st.sampled_from(CAMPAIGNS)))).record)
            elif action == "activity":
                activities.append(records.record_activity(
                    activity(draw(st.integers(0, 4)), draw(st.sampled_from(events)).id, draw)).record)
            elif action == "move_event":
                event = draw(st.sampled_from(events))
                moved = dataclasses.replace(event, start=dt.datetime.combine(draw(st.sampled_from(DAYS)),
                                                                             dt.time(10)),
                                            campaign=draw(st.sampled_from(CAMPAIGNS)),
                                            site_id=draw(st.sampled_from(sites)).id)
                events[events.index(event)] = records.update(moved).record
            elif action == "delete":
                target = draw(st.sampled_from(events + activities))
                records.delete(target.id)
                if isinstance(target, Event):
                    events.remove(target)
                    activities = [a for a in activities if a.event_id != target.id]
                else:
                    activities.remove(target)
            elif action == "update_activity" and activities:
                old = draw(st.sampled_from(activities))
                new = dataclasses.replace(activity(["planting", "seed_collection", "seedball_making",
                                                    "invasive_removal", "litter_pickup"].index(old.kind.value),
                                                   draw(st.sampled_from(events)).id, draw), id=old.id,
                                          updated_at=old.updated_at)  # the version it replaces
                activities[activities.index(old)] = records.update(new).record
            elif action == "move_site":
                site = draw(st.sampled_from(sites))
                changed = records.update(dataclasses.replace(
                    site, country_code=draw(st.sampled_from(COUNTRIES)))).record
                sites[sites.index(site)] = changed
            elif action == "batch":
                start = dt.datetime.combine(draw(st.sampled_from(DAYS)), dt.time(9))
                new_event = Event(event_name="B", site_id=sites[0].id, start=start, participants=5,
                                  campaign=draw(st.sampled_from(CAMPAIGNS)))
                batch = [new_event, activity(0, new_event.id, draw), activity(4, new_event.id, draw),
                         activity(1, draw(st.sampled_from(events)).id, draw)]
                records.record_batch(batch)
                events.append(records.get_event(new_event.id))
        for flt in FILTERS:
            assert_same(summarize(database, flt), summarize_from_records(database, flt))
            assert_same_tallies(tallies_from_rollup(database, flt), tallies_from_records(database, flt))
    finally:
        database.close()


@pytest.mark.sqlite_only("rewrites the SQLite file as an older fieldlog left it")
def test_upgrade_fills_the_rollup_from_existing_records(tmp_path: Path, records: Records, event: Event) -> None:
    """A database from before the rollup is summarized the same once opened (rebuilt after migrating)."""
    records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=40))
    path = records.database.path
    assert path is not None
    expected = summarize(records.database)
    records.database.close()
    with sqlite3.connect(path) as connection:  # what an older fieldlog left: no rollup, flag to rebuild
        for table in ("rollup_events", "rollup_activities", "rollup_values", "rollup_tallies"):
            connection.execute(f"DELETE FROM {table}")  # noqa: S608 (names from the tuple above)
        connection.execute("INSERT INTO app_settings (key, value) VALUES ('summary_rollup', 'rebuild')")
    reopened = open_store(path)
    try:
        assert summarize(reopened) == expected
        assert summarize(reopened).planting.plants == 40
        planted, _removed, _litter, sites = tallies_from_rollup(reopened)
        assert [(t.activities, t.quantity) for t in sites] == [(1, event.participants)]
        assert [(t.label, t.activities, t.quantity) for t in planted] == [("Prunus africana", 1, 40.0)]
    finally:
        reopened.close()


def test_moving_records_between_groups_moves_their_figures(records: Records, site: Site, event: Event) -> None:
    """An activity moved to another event, and a site moved to another country, leave their old group."""
    other_site = records.record_site(Site(name="Camargue", country_code="FR")).record
    other = records.record_event(Event(event_name="Later", site_id=other_site.id,
                                       start=dt.datetime(2026, 6, 3, 9), participants=3)).record
    planting = records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=40)).record
    kenya = SummaryFilter(country="KE")
    assert summarize(records.database, kenya).planting.plants == 40
    records.update(dataclasses.replace(planting, event_id=other.id))
    assert summarize(records.database, kenya).planting.plants == 0
    assert summarize(records.database, SummaryFilter(country="FR")).planting.plants == 40
    records.update(dataclasses.replace(other_site, country_code="KE"))
    assert summarize(records.database, kenya).planting.plants == 40
    assert summarize(records.database, kenya).events == 2
    for flt in FILTERS:
        assert_same(summarize(records.database, flt), summarize_from_records(records.database, flt))
