"""Each quality check of domain.md section 8: the issue's level, field and a plain message."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest

from fieldlog.domain.build import make_activity
from fieldlog.domain.checks import Issue, check_activity, check_event, check_site
from fieldlog.domain.errors import ValidationError
from fieldlog.domain.kinds import Level, NativeStatus
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
from fieldlog.io.resources import ChecklistEntry
from fieldlog.services.reference import ReferenceData

TODAY = dt.date(2026, 11, 21)
REFERENCE = ReferenceData(checklist=[
    ChecklistEntry("Prunus africana", "Rosaceae", ("African cherry",), frozenset({"KE"}), frozenset()),
    ChecklistEntry("Lantana camara", "Verbenaceae", ("Lantana",), frozenset({"MX"}), frozenset({"KE", "AU"})),
])
SITE = Site(name="Karura Forest", country_code="KE", latitude=-1.2367, longitude=36.835, area_m2=1000)
EVENT = Event(event_name="Karura day", site_id=SITE.id, start=dt.datetime(2026, 5, 31, 9),
              end=dt.datetime(2026, 5, 31, 12), participants=10, campaign="MAD-Week 2026")
EVENT_ID = EVENT.id


def codes(issues: list[Issue]) -> dict[str, tuple[Level, str]]:
    """issue code -> (level, field)."""
    return {issue.code: (issue.level, issue.field) for issue in issues}


def only(issues: list[Issue], code: str) -> Issue:
    found = [issue for issue in issues if issue.code == code]
    assert len(found) == 1, issues
    return found[0]


def test_a_good_site_event_and_planting_have_no_issues() -> None:
    planting = Planting(event_id=EVENT_ID, date=dt.date(2026, 5, 31), species="Prunus africana", plants=40,
                        area_m2=200)
    assert check_site(SITE, REFERENCE) == []
    assert check_event(EVENT) == []
    assert check_activity(planting, EVENT, SITE, REFERENCE, TODAY) == []


# -- sites and coordinates --------------------------------------------------------------------------

@pytest.mark.parametrize(("site", "code", "level", "field"), [
    (Site(name=" ", country_code="KE"), "required", Level.ERROR, "site_name"),
    (Site(name="x", country_code=""), "required", Level.ERROR, "country_code"),
    (Site(name="x", country_code="QQ"), "unknown_country", Level.ERROR, "country_code"),
    (Site(name="x", country_code="KE", latitude=123.0, longitude=36.8), "out_of_range", Level.ERROR, "latitude"),
    (Site(name="x", country_code="KE", latitude=1.0, longitude=-181.0), "out_of_range", Level.ERROR, "longitude"),
    (Site(name="x", country_code="KE", latitude=-1.2), "half_coordinate", Level.ERROR, "longitude"),
    (Site(name="x", country_code="KE", latitude=0.0, longitude=0.0), "null_island", Level.ERROR, "latitude"),
    # Paris given for a Kenyan site: inside the world, outside the country.
    (Site(name="x", country_code="KE", latitude=48.85, longitude=2.35), "outside_country", Level.WARNING,
     "latitude"),
    (Site(name="x", country_code="KE", area_m2=-5.0), "negative", Level.ERROR, "site_area_m2"),
])
def test_site_checks(site: Site, code: str, level: Level, field: str) -> None:
    issue = only(check_site(site, REFERENCE), code)
    assert (issue.level, issue.field) == (level, field)
    assert issue.message


def test_latitude_and_longitude_swapped_is_caught_as_outside_the_country() -> None:
    # Lake Geneva given as (lon, lat): 6.53, 46.40 lies in the Gulf of Guinea, not in Switzerland.
    swapped = Site(name="Plage", country_code="CH", latitude=6.53, longitude=46.40)
    assert "outside_country" in codes(check_site(swapped, REFERENCE))
    right = Site(name="Plage", country_code="CH", latitude=46.40, longitude=6.53)
    assert check_site(right, REFERENCE) == []


def test_every_part_of_a_country_counts_as_inside_it() -> None:
    corsica = Site(name="Ajaccio", country_code="FR", latitude=41.92, longitude=8.74)
    assert "outside_country" not in codes(check_site(corsica, REFERENCE))
    reunion = Site(name="Saint-Denis", country_code="RE", latitude=-20.88, longitude=55.45)
    assert "outside_country" not in codes(check_site(reunion, REFERENCE))


# -- events -------------------------------------------------------------------------------------------

def _event(**changes: object) -> Event:
    import dataclasses

    return dataclasses.replace(EVENT, **changes)  # type: ignore[arg-type]


@pytest.mark.parametrize(("event", "code", "level", "field"), [
    (_event(event_name=""), "required", Level.ERROR, "event_name"),
    (_event(participants=-3), "negative", Level.ERROR, "participants"),
    (_event(participants=2.5), "not_whole", Level.ERROR, "participants"),
    (_event(end=dt.datetime(2026, 5, 31, 8)), "end_before_start", Level.ERROR, "end"),
    (_event(end=dt.datetime(2026, 6, 2, 12)), "long_event", Level.WARNING, "end"),
    (_event(volunteer_hours=31.0), "hours_exceed_duration", Level.WARNING, "volunteer_hours"),
    (_event(volunteer_hours=-1.0), "negative", Level.ERROR, "volunteer_hours"),
    (_event(start=dt.datetime(2026, 6, 20, 9), end=dt.datetime(2026, 6, 20, 12)), "outside_campaign",
     Level.WARNING, "start"),
])
def test_event_checks(event: Event, code: str, level: Level, field: str) -> None:
    issue = only(check_event(event), code)
    assert (issue.level, issue.field) == (level, field)


def test_end_before_start_names_both_times() -> None:
    issue = only(check_event(_event(end=dt.datetime(2026, 5, 31, 8))), "end_before_start")
    assert "2026-05-31 08:00" in issue.message and "2026-05-31 09:00" in issue.message


# -- activities -------------------------------------------------------------------------------------

def activity_issues(activity: object) -> dict[str, tuple[Level, str]]:
    return codes(check_activity(activity, EVENT, SITE, REFERENCE, TODAY))  # type: ignore[arg-type]


@pytest.mark.parametrize(("activity", "code", "level", "field"), [
    # common to every kind
    (Planting(event_id=EVENT_ID, species="Prunus africana", plants=5, date=dt.date(2026, 12, 1)),
     "future", Level.ERROR, "date"),
    (Planting(event_id=EVENT_ID, species="Prunus africana", plants=5, date=dt.date(2026, 6, 3)),
     "outside_event", Level.WARNING, "date"),
    (Planting(event_id=EVENT_ID, species="Prunus africana", plants=5, latitude=95.0, longitude=1.0),
     "out_of_range", Level.ERROR, "latitude"),
    # planting
    (Planting(event_id=EVENT_ID, species="", plants=5), "required", Level.ERROR, "species"),
    (Planting(event_id=EVENT_ID, species="Prunus africana", plants=0), "not_positive", Level.ERROR, "plants"),
    (Planting(event_id=EVENT_ID, species="Prunus africana", plants=-4), "not_positive", Level.ERROR, "plants"),
    (Planting(event_id=EVENT_ID, species="Prunus africanus", plants=5), "not_in_checklist", Level.WARNING,
     "species"),
    (Planting(event_id=EVENT_ID, species="Lantana camara", plants=5), "introduced_planted", Level.WARNING,
     "species"),
    (Planting(event_id=EVENT_ID, species="Prunus africana", plants=50, area_m2=5000), "larger_than_site",
     Level.WARNING, "area_m2"),
    (Planting(event_id=EVENT_ID, species="Prunus africana", plants=500, area_m2=10), "implausible_density",
     Level.WARNING, "plants"),
    # seed collection
    (SeedCollection(event_id=EVENT_ID, species="Prunus africana"), "required", Level.ERROR, "mass_g"),
    (SeedCollection(event_id=EVENT_ID, species="Prunus africana", mass_g=-2.0), "not_positive", Level.ERROR,
     "mass_g"),
    (SeedCollection(event_id=EVENT_ID, species="Prunus africana", mass_g=20.0, plants_sampled=80,
                    population_size=60), "sampled_exceeds_population", Level.ERROR, "plants_sampled"),
    (SeedCollection(event_id=EVENT_ID, species="Prunus africana", seed_count=900, plants_sampled=12),
     "few_plants_sampled", Level.WARNING, "plants_sampled"),
    # seedball making
    (SeedballMaking(event_id=EVENT_ID, seedballs=0), "not_positive", Level.ERROR, "seedballs"),
    # invasive removal
    (InvasiveRemoval(event_id=EVENT_ID, species="Lantana camara"), "no_amount", Level.ERROR, "area_m2"),
    (InvasiveRemoval(event_id=EVENT_ID, species="Lantana camara", bags=2, cover_percent=140.0),
     "too_large", Level.ERROR, "cover_percent"),
    (InvasiveRemoval(event_id=EVENT_ID, species="Prunus africana", bags=2), "native_removed", Level.WARNING,
     "species"),
    # litter pickup
    (LitterPickup(event_id=EVENT_ID), "no_amount", Level.ERROR, "bags"),
    (LitterPickup(event_id=EVENT_ID, items=(LitterItem(activity_id=EVENT_ID, item_category="cigarette_butts",
                                                       item_count=0),)), "not_positive", Level.ERROR, "item_count"),
    (LitterPickup(event_id=EVENT_ID, weight_kg=6000.0), "implausible_weight", Level.WARNING, "weight_kg"),
    (LitterPickup(event_id=EVENT_ID, bags=-1), "negative", Level.ERROR, "bags"),
    # other
    (OtherActivity(event_id=EVENT_ID, description="  "), "required", Level.ERROR, "description"),
])
def test_activity_checks(activity: object, code: str, level: Level, field: str) -> None:
    assert activity_issues(activity)[code] == (level, field)


def test_introduced_species_planted_on_purpose_is_not_warned_twice() -> None:
    planting = Planting(event_id=EVENT_ID, species="Lantana camara", plants=5,
                        native_status=NativeStatus.INTRODUCED)
    assert "introduced_planted" not in activity_issues(planting)


def test_common_names_find_the_checklist_entry() -> None:
    assert "not_in_checklist" not in activity_issues(
        Planting(event_id=EVENT_ID, species="african cherry", plants=5))


def test_unknown_kind_and_missing_fields_name_the_field() -> None:
    with pytest.raises(ValidationError) as refused:
        make_activity("tree hugging", {"event_id": uuid.uuid4()})
    assert refused.value.issues[0].field == "kind"
    assert "tree hugging" in str(refused.value)
    with pytest.raises(ValidationError) as missing:
        make_activity("Planting", {"event_id": uuid.uuid4(), "species": "Prunus africana", "colour": "red"})
    assert {issue.field for issue in missing.value.issues} == {"plants", "colour"}
    made = make_activity("seed collection", {"event_id": EVENT_ID, "species": "Prunus africana", "mass_g": 3.0})
    assert isinstance(made, SeedCollection)
