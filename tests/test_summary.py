"""The SER summary against figures computed by hand on a small fixture."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.records import (
    Event,
    InvasiveRemoval,
    LitterItem,
    LitterPickup,
    OtherActivity,
    Planting,
    SeedballMaking,
    SeedCollection,
    Site,
)
from fieldlog.domain.summary import SUMMARY_KEYS, SummaryFilter
from fieldlog.services.records import Records
from fieldlog.services.summary import summarize


@pytest.fixture
def fixture(records: Records) -> Records:
    """Two countries, three live events and one deleted, activities of every kind, one deleted."""
    ke = records.record_site(Site(name="Karura", country_code="KE", latitude=-1.24, longitude=36.84)).record
    fr = records.record_site(Site(name="Camargue", country_code="FR", latitude=43.53, longitude=4.56)).record
    e1 = records.record_event(Event(event_name="K1", site_id=ke.id, start=dt.datetime(2026, 5, 30, 9),
                                    end=dt.datetime(2026, 5, 30, 12), participants=10,
                                    campaign="MAD-Week 2026")).record  # 30 h derived
    e2 = records.record_event(Event(event_name="K2", site_id=ke.id, start=dt.datetime(2026, 6, 2, 9),
                                    end=dt.datetime(2026, 6, 2, 11), participants=4, volunteer_hours=7.5,
                                    campaign="MAD-Week 2026")).record
    e3 = records.record_event(Event(event_name="C1", site_id=fr.id, start=dt.datetime(2025, 9, 14, 14),
                                    end=dt.datetime(2025, 9, 14, 18), participants=20)).record  # 80 h
    gone = records.record_event(Event(event_name="Gone", site_id=fr.id, start=dt.datetime(2026, 6, 1, 9),
                                      participants=99)).record
    add = records.record_activity
    add(Planting(event_id=e1.id, species="Prunus africana", plants=40, area_m2=100.0))
    add(Planting(event_id=e1.id, species="prunus africana ", plants=10))
    add(Planting(event_id=e2.id, species="Croton megalocarpus", plants=25, area_m2=50.5))
    add(SeedCollection(event_id=e1.id, species="Prunus africana", seed_lot_id="KE-1", mass_g=120.0,
                       plants_sampled=60))
    add(SeedCollection(event_id=e3.id, species="Juncus maritimus", seed_lot_id="FR-1", seed_count=5000,
                       plants_sampled=55))
    add(SeedCollection(event_id=e3.id, species="Juncus maritimus", seed_lot_id="FR-1", mass_g=30.5,
                       plants_sampled=55))
    add(SeedballMaking(event_id=e2.id, seedballs=300, species="Prunus africana;Croton megalocarpus"))
    add(InvasiveRemoval(event_id=e1.id, species="Lantana camara", area_m2=400.0, weight_kg=55.5, bags=6))
    add(InvasiveRemoval(event_id=e3.id, species="Carpobrotus edulis", area_m2=1000.0, bags=10))
    deleted = add(InvasiveRemoval(event_id=e3.id, species="Baccharis halimifolia", area_m2=9999.0)).record
    records.delete(deleted.id)
    add(LitterPickup(event_id=e3.id, bags=4, weight_kg=18.25, distance_m=2000.0,
                     items=(LitterItem(activity_id=e3.id, item_category="cigarette_butts", item_count=300),
                            LitterItem(activity_id=e3.id, item_category="plastic_bottles", item_count=41))))
    add(LitterPickup(event_id=e2.id, weight_kg=1.75))
    add(OtherActivity(event_id=e2.id, description="Trail maintenance", quantity=100.0, unit="m"))
    add(Planting(event_id=gone.id, species="Quercus robur", plants=1000))
    add(LitterPickup(event_id=gone.id, bags=50,
                     items=(LitterItem(activity_id=gone.id, item_category="x", item_count=999),)))
    records.delete(gone.id)
    return records


def test_summary_equals_hand_computed_figures(fixture: Records) -> None:
    summary = summarize(fixture.database).to_json_dict()
    assert summary == {
        "events": 3, "countries": 2, "participants": 34, "volunteer_hours": 117.5,
        "planting": {"activities": 3, "plants": 75, "species": 2, "area_m2": 150.5},
        "seed_collection": {"activities": 3, "mass_g": 150.5, "seed_count": 5000, "lots": 2, "species": 2},
        "seedball_making": {"activities": 1, "seedballs": 300},
        "invasive_removal": {"activities": 2, "area_m2": 1400.0, "weight_kg": 55.5, "bags": 16, "species": 2},
        "litter_pickup": {"activities": 2, "bags": 4, "weight_kg": 20.0, "items": 341, "distance_m": 2000.0},
        "other": {"activities": 1},
    }


def test_filters(fixture: Records) -> None:
    mad = summarize(fixture.database, SummaryFilter(campaign="MAD-Week 2026"))
    assert (mad.events, mad.countries, mad.participants, mad.volunteer_hours) == (2, 1, 14, 37.5)
    assert mad.planting.plants == 75 and mad.litter_pickup.items == 0 and mad.litter_pickup.weight_kg == 1.75
    france = summarize(fixture.database, SummaryFilter(country="FR"))
    assert (france.events, france.participants, france.seed_collection.lots) == (1, 20, 1)
    assert france.litter_pickup.items == 341
    june = summarize(fixture.database, SummaryFilter(date_from=dt.date(2026, 6, 1), date_to=dt.date(2026, 6, 2)))
    assert (june.events, june.participants, june.seedball_making.seedballs) == (1, 4, 300)
    nothing = summarize(fixture.database, SummaryFilter(date_from=dt.date(2030, 1, 1)))
    assert nothing.events == 0 and nothing.planting.plants == 0


def test_empty_database_summary_has_every_key(records: Records) -> None:
    data = summarize(records.database).to_json_dict()
    assert set(data) == {"events", "countries", "participants", "volunteer_hours", *SUMMARY_KEYS}
    for kind, keys in SUMMARY_KEYS.items():
        assert tuple(data[kind]) == keys
    assert set(SUMMARY_KEYS) == {kind.value for kind in ActivityKind}
