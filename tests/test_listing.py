"""The events list pages, sorts and counts in SQL; deletes can be undone; reference lists for pickers."""

from __future__ import annotations

import datetime as dt

import pytest

from fieldlog.domain.errors import RecordNotFound
from fieldlog.domain.records import Event, LitterItem, LitterPickup, Planting, Site
from fieldlog.domain.summary import SummaryFilter
from fieldlog.services.records import Records
from fieldlog.services.reference import countries, litter_categories
from fieldlog.services.summary import summarize


@pytest.fixture
def many(records: Records) -> Records:
    """Two sites in two countries and 25 events over 25 days."""
    ke = records.record_site(Site(name="Karura", country_code="KE")).record
    fr = records.record_site(Site(name="Camargue", country_code="FR")).record
    for n in range(25):
        records.record_event(Event(event_name=f"Event {n:02d}", site_id=(ke, fr)[n % 2].id,
                                   start=dt.datetime(2026, 5, 1, 9) + dt.timedelta(days=n), participants=n,
                                   campaign="MAD-Week 2026" if n < 10 else None))
    return records


def test_pages_cover_every_event_once_in_order(many: Records) -> None:
    pages = [many.event_page(offset=offset, limit=10) for offset in (0, 10, 20)]
    names = [line.event_name for page in pages for line in page]
    assert names == [f"Event {n:02d}" for n in reversed(range(25))]
    assert pages[0][0].site_name == "Karura" and pages[0][0].country_code == "KE"


def test_sorting_and_filtering_run_in_sql(many: Records) -> None:
    by_site = many.event_page(sort="site_name", descending=False, limit=100)
    assert [line.site_name for line in by_site] == ["Camargue"] * 12 + ["Karura"] * 13
    by_people = many.event_page(sort="participants", descending=False, limit=3)
    assert [line.participants for line in by_people] == [0, 1, 2]
    kenya = SummaryFilter(country="KE", campaign="mad-week 2026")
    assert {line.country_code for line in many.event_page(kenya)} == {"KE"}
    assert many.count_events(kenya) == len(many.event_page(kenya)) == 5
    assert many.count_events(text="event 1") == 10  # Event 10 to Event 19
    assert many.campaigns() == ["MAD-Week 2026"]


def test_restore_brings_back_an_event_with_what_its_delete_took(records: Records, event: Event) -> None:
    planting = records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=40)).record
    pickup = records.record_activity(LitterPickup(event_id=event.id, bags=2, items=(
        LitterItem(activity_id=event.id, item_category="cigarette_butts", item_count=30),))).record
    earlier = records.record_activity(Planting(event_id=event.id, species="Croton", plants=5)).record
    records.delete(earlier.id)  # deleted before the event: stays deleted when the event comes back
    before = summarize(records.database)
    records.delete(event.id)
    assert summarize(records.database).events == 0
    records.restore(event.id)
    assert summarize(records.database) == before
    assert {a.id for a in records.list_activities(event.id)} == {planting.id, pickup.id}
    assert records.get_activity(pickup.id).items[0].item_count == 30  # type: ignore[attr-defined]
    with pytest.raises(RecordNotFound):
        records.restore(event.id)  # not deleted any more


def test_pickers_get_countries_and_litter_categories() -> None:
    pairs = dict(countries())
    assert pairs["KE"] == "Kenya" and pairs["XK"] == "Kosovo"
    keys = [category.key for category in litter_categories()]
    assert "cigarette_butts" in keys and len(keys) == len(set(keys))


def test_totals_follow_a_text_search(many: Records) -> None:
    """The totals strip of a search adds up exactly the events the search lists."""
    found = summarize(many.database, text="event 1")
    assert found.events == many.count_events(text="event 1") == 10
    assert found.participants == sum(range(10, 20))
    kenya = SummaryFilter(country="KE")
    assert summarize(many.database, kenya, text="event 1").events == 5
    assert summarize(many.database, text="Camargue").events == 12  # the site's name counts too


@pytest.mark.parametrize("sort", ["start", "event_name", "campaign", "site_name", "country_code", "participants",
                                  "volunteer_hours"])
@pytest.mark.parametrize("descending", [True, False])
def test_keyset_pages_list_every_event_once_in_the_sorted_order(many: Records, sort: str, descending: bool) -> None:
    """Paging from the last line shown gives what OFFSET gives, with ties and empty values (campaign,
    hours) in any order."""
    everything = many.event_page(sort=sort, descending=descending, limit=1000)
    pages, after = [], None
    while page := many.event_page(sort=sort, descending=descending, after=after, limit=4):
        pages += page
        after = page[-1]
    assert [line.id for line in pages] == [line.id for line in everything]
    assert len(everything) == 25
