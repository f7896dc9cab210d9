"""Quality checks (domain.md section 8): pure functions that return issues, never raise.

Errors stop a save and name the field; warnings are shown but do not block. What needs reference
data (countries, their outlines, the species checklist) comes in through `Reference`, so the domain
stays free of any library.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from fieldlog.domain.kinds import Level, NativeStatus
from fieldlog.domain.messages import Message, Value
from fieldlog.domain.records import (
    Activity,
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
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP

MIN_PLANTS_SAMPLED = 50  # Seeds of Success and Kew MSB: sample at least 50 plants per seed lot
MAX_PLANTS_PER_HA = 40_000  # our own plausibility threshold (domain.md 8.4)
MAX_LITTER_KG_PER_VOLUNTEER = 500.0
COUNTRY_BOX_MARGIN_DEG = 0.25  # coastlines and borders are drawn coarsely in the shipped boxes

# Campaign windows that fieldlog knows; an event outside its campaign's window gets a warning.
CAMPAIGN_WINDOWS: dict[str, tuple[dt.date, dt.date]] = {
    "madweek2026": (dt.date(2026, 5, 30), dt.date(2026, 6, 7)),
}


@dataclass(frozen=True, slots=True)
class Issue:
    """One finding of a quality check: how serious, which field, and why in plain words.

    A check's `message` is a Message (context "checks"): the English sentence, keeping its words and values
    apart so the window can translate it and write the values its own way.
    """

    level: Level
    field: str
    message: str
    code: str

    @property
    def is_error(self) -> bool:
        """True when the issue stops a save."""
        return self.level is Level.ERROR


@dataclass(frozen=True, slots=True)
class BoundingBox:
    """A longitude/latitude rectangle (WGS84 degrees)."""

    min_lon: float
    min_lat: float
    max_lon: float
    max_lat: float

    def contains(self, lat: float, lon: float, margin: float = 0.0) -> bool:
        """True when the point lies inside the box widened by `margin` degrees."""
        return (self.min_lat - margin <= lat <= self.max_lat + margin
                and self.min_lon - margin <= lon <= self.max_lon + margin)


@dataclass(frozen=True, slots=True)
class SpeciesFacts:
    """What the checklist knows of a species in one country (None: it does not say)."""

    scientific_name: str
    introduced_here: bool | None = None
    native_here: bool | None = None


class Reference(Protocol):
    """Reference data the checks consult: countries and the species checklist."""

    def is_country(self, code: str) -> bool:
        """True for a known ISO 3166-1 alpha-2 code."""
        ...

    def country_boxes(self, code: str) -> Sequence[BoundingBox]:
        """Boxes that together cover the country (empty when unknown)."""
        ...

    def species_facts(self, name: str, country_code: str | None) -> SpeciesFacts | None:
        """What the checklist says of a species, or None when it is not on the checklist."""
        ...


class NoReference:
    """A reference that knows nothing: every country and species passes unchecked."""

    def is_country(self, code: str) -> bool:
        """Any two-letter code passes."""
        return len(code) == 2 and code.isalpha() and code.isupper()

    def country_boxes(self, code: str) -> Sequence[BoundingBox]:
        """No outlines: nothing to compare against."""
        return ()

    def species_facts(self, name: str, country_code: str | None) -> SpeciesFacts | None:
        """Every species is taken as written."""
        return SpeciesFacts(name)


def errors(issues: Sequence[Issue]) -> list[Issue]:
    """Only the issues that stop a save."""
    return [issue for issue in issues if issue.is_error]


def _error(field: str, code: str, text: str, **values: Value) -> Issue:
    return Issue(Level.ERROR, field, Message(text, context="checks", **values), code)


def _warning(field: str, code: str, text: str, **values: Value) -> Issue:
    return Issue(Level.WARNING, field, Message(text, context="checks", **values), code)


def _blank(text: str | None) -> bool:
    return text is None or not text.strip()


def _check_number(issues: list[Issue], field: str, value: float | None, *, positive: bool = False,
                  at_most: float | None = None) -> None:
    if value is None:
        return
    if isinstance(value, float) and not math.isfinite(value):
        issues.append(_error(field, "not_finite",
                             QT_TRANSLATE_NOOP("checks", "must be a real number, not infinity or NaN")))
    elif positive and value <= 0:
        issues.append(_error(field, "not_positive",
                             QT_TRANSLATE_NOOP("checks", "must be more than 0 (it is {value})"), value=value))
    elif value < 0:
        issues.append(_error(field, "negative",
                             QT_TRANSLATE_NOOP("checks", "cannot be negative (it is {value})"), value=value))
    elif at_most is not None and value > at_most:
        issues.append(_error(field, "too_large",
                             QT_TRANSLATE_NOOP("checks", "cannot be more than {at_most} (it is {value})"),
                             at_most=at_most, value=value))


def _check_count(issues: list[Issue], field: str, value: int | None, *, positive: bool = False) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        issues.append(_error(field, "not_whole", QT_TRANSLATE_NOOP("checks", "must be a whole number (it is {value})"),
                             value=repr(value)))
        return
    _check_number(issues, field, value, positive=positive)


def check_coordinates(latitude: float | None, longitude: float | None, country_code: str | None,
                      reference: Reference) -> list[Issue]:
    """Range, (0, 0), a missing half, and whether the point lies inside the country."""
    issues: list[Issue] = []
    if latitude is None and longitude is None:
        return issues
    if latitude is None or longitude is None:
        missing = "latitude" if latitude is None else "longitude"
        return [_error(missing, "half_coordinate",
                       QT_TRANSLATE_NOOP("checks", "is needed when the other coordinate is given"))]
    for name, value, limit in (("latitude", latitude, 90.0), ("longitude", longitude, 180.0)):
        if not math.isfinite(value) or not -limit <= value <= limit:
            issues.append(_error(name, "out_of_range",
                                 QT_TRANSLATE_NOOP("checks",
                                                   "must be between -{limit} and {limit} degrees (it is {value})"),
                                 limit=limit, value=value))
    if issues:
        return issues
    if latitude == 0 and longitude == 0:
        issues.append(_error("latitude", "null_island",
                             QT_TRANSLATE_NOOP("checks", "0, 0 is in the Atlantic Ocean; "
                                                               "the coordinates were probably not filled in")))
    elif country_code:
        boxes = reference.country_boxes(country_code)
        if boxes and not any(b.contains(latitude, longitude, COUNTRY_BOX_MARGIN_DEG) for b in boxes):
            issues.append(_warning("latitude", "outside_country",
                                   QT_TRANSLATE_NOOP("checks", "{latitude}, {longitude} is not inside {country}; "
                                                     "check the coordinates (latitude first) and the country"),
                                   latitude=latitude, longitude=longitude, country=country_code))
    return issues


def check_site(site: Site, reference: Reference) -> list[Issue]:
    """Checks of a site: name, country, coordinates and area."""
    issues: list[Issue] = []
    if _blank(site.name):
        issues.append(_error("site_name", "required", QT_TRANSLATE_NOOP("checks", "is required")))
    if _blank(site.country_code):
        issues.append(_error("country_code", "required", QT_TRANSLATE_NOOP("checks", "is required")))
    elif not reference.is_country(site.country_code):
        issues.append(_error("country_code", "unknown_country",
                             QT_TRANSLATE_NOOP("checks", "'{given}' is not an ISO 3166 country code (like KE or FR)"),
                             given=site.country_code))
    issues += check_coordinates(site.latitude, site.longitude, site.country_code, reference)
    _check_number(issues, "site_area_m2", site.area_m2)
    return issues


def _campaign_window(campaign: str | None) -> tuple[dt.date, dt.date] | None:
    if campaign is None:
        return None
    return CAMPAIGN_WINDOWS.get("".join(ch for ch in campaign.casefold() if ch.isalnum()))


def check_event(event: Event) -> list[Issue]:
    """Checks of an event: name, dates, participants and volunteer hours."""
    issues: list[Issue] = []
    if _blank(event.event_name):
        issues.append(_error("event_name", "required", QT_TRANSLATE_NOOP("checks", "is required")))
    _check_count(issues, "participants", event.participants)
    _check_number(issues, "volunteer_hours", event.volunteer_hours)
    hours = event.duration_hours
    if hours is not None and hours < 0:
        issues.append(_error("end", "end_before_start",
                             QT_TRANSLATE_NOOP("checks", "the event ends ({end}) before it starts ({start})"),
                             end=event.end or event.start, start=event.start))
    elif hours is not None and hours > 24:
        issues.append(_warning("end", "long_event",
                               QT_TRANSLATE_NOOP("checks", "the event lasts {hours} hours; volunteer hours derived "
                                                 "from it count every hour, so enter the hours actually worked"),
                               hours=round(hours)))
    if (hours is not None and hours >= 0 and event.volunteer_hours is not None
            and not event.hours_derived and event.participants >= 0
            and event.volunteer_hours > event.participants * hours + 1e-9):
        issues.append(_warning("volunteer_hours", "hours_exceed_duration",
                               QT_TRANSLATE_NOOP("checks", "{volunteer_hours} hours is more than {participants} "
                                                 "participants x {hours} hours"),
                               volunteer_hours=event.volunteer_hours, participants=event.participants, hours=hours))
    window = _campaign_window(event.campaign)
    if window and not window[0] <= event.start.date() <= window[1]:
        issues.append(_warning("start", "outside_campaign",
                               QT_TRANSLATE_NOOP("checks", "{start} is outside {campaign} ({first} to {last})"),
                               start=event.start.date(), campaign=event.campaign or "",
                               first=window[0], last=window[1]))
    return issues


def _check_species(issues: list[Issue], name: str | None, country: str | None, reference: Reference,
                   *, required: bool) -> SpeciesFacts | None:
    if _blank(name):
        if required:
            issues.append(_error("species", "required", QT_TRANSLATE_NOOP("checks", "is required")))
        return None
    assert name is not None
    facts = reference.species_facts(name, country)
    if facts is None:
        issues.append(_warning("species", "not_in_checklist",
                               QT_TRANSLATE_NOOP("checks",
                                                 "'{name}' is not on the species checklist; check the spelling"),
                               name=name))
    return facts


def check_activity(activity: Activity, event: Event | None = None, site: Site | None = None,
                   reference: Reference | None = None, today: dt.date | None = None) -> list[Issue]:
    """Checks common to every activity plus those of its kind."""
    reference = reference or NoReference()
    today = today or dt.date.today()
    issues: list[Issue] = []
    if activity.date is not None and activity.date > today:
        issues.append(_error("date", "future", QT_TRANSLATE_NOOP("checks", "{date} is in the future; record results "
                                                                         "once they happened"),
                                      date=activity.date))
    if event is not None and activity.date is not None:
        first = event.start.date()
        last = (event.end or event.start).date()
        if not first <= activity.date <= last:
            issues.append(_warning("date", "outside_event",
                                   QT_TRANSLATE_NOOP("checks", "{date} is not within the event ({first} to {last})"),
                                   date=activity.date, first=first, last=last))
    country = site.country_code if site else None
    issues += check_coordinates(activity.latitude, activity.longitude, country, reference)
    match activity:
        case Planting():
            _check_planting(issues, activity, site, country, reference)
        case SeedCollection():
            _check_seed_collection(issues, activity, country, reference)
        case SeedballMaking():
            _check_count(issues, "seedballs", activity.seedballs, positive=True)
            _check_number(issues, "seed_mass_g", activity.seed_mass_g)
        case InvasiveRemoval():
            _check_invasive_removal(issues, activity, country, reference)
        case LitterPickup():
            _check_litter_pickup(issues, activity, event)
        case OtherActivity():
            if _blank(activity.description):
                issues.append(_error("description", "required",
                                     QT_TRANSLATE_NOOP("checks", "is required: say what was done")))
            _check_number(issues, "quantity", activity.quantity)
    return issues


def _check_planting(issues: list[Issue], planting: Planting, site: Site | None, country: str | None,
                    reference: Reference) -> None:
    facts = _check_species(issues, planting.species, country, reference, required=True)
    _check_count(issues, "plants", planting.plants, positive=True)
    _check_number(issues, "area_m2", planting.area_m2)
    if facts and facts.introduced_here and planting.native_status is not NativeStatus.INTRODUCED:
        issues.append(_warning("species", "introduced_planted",
                               QT_TRANSLATE_NOOP("checks", "{species} is listed as introduced in {country}"),
                               species=facts.scientific_name, country=country or ""))
    if site and site.area_m2 and planting.area_m2 and planting.area_m2 > site.area_m2:
        issues.append(_warning("area_m2", "larger_than_site",
                               QT_TRANSLATE_NOOP("checks", "the planted area ({area} m²) is larger than "
                                                 "the site ({site_area} m²)"),
                               area=planting.area_m2, site_area=site.area_m2))
    if (planting.area_m2 and planting.area_m2 > 0 and isinstance(planting.plants, int)
            and planting.plants * 10_000 / planting.area_m2 > MAX_PLANTS_PER_HA):
        issues.append(_warning("plants", "implausible_density",
                               QT_TRANSLATE_NOOP("checks", "{plants} plants on {area} m² is more than {most} per "
                                                 "hectare; check the area's unit"),
                               plants=planting.plants, area=planting.area_m2, most=MAX_PLANTS_PER_HA))


def _check_seed_collection(issues: list[Issue], lot: SeedCollection, country: str | None,
                           reference: Reference) -> None:
    _check_species(issues, lot.species, country, reference, required=True)
    if lot.mass_g is None and lot.seed_count is None:
        issues.append(_error("mass_g", "required", QT_TRANSLATE_NOOP("checks", "give the seed mass or the seed count")))
    _check_number(issues, "mass_g", lot.mass_g, positive=True)
    _check_count(issues, "seed_count", lot.seed_count, positive=True)
    _check_count(issues, "plants_sampled", lot.plants_sampled, positive=True)
    _check_count(issues, "population_size", lot.population_size, positive=True)
    sampled, population = lot.plants_sampled, lot.population_size
    if isinstance(sampled, int) and isinstance(population, int) and sampled > population > 0:
        issues.append(_error("plants_sampled", "sampled_exceeds_population",
                             QT_TRANSLATE_NOOP("checks", "{sampled} plants sampled is more than the {population} "
                                                               "in the population"),
                             sampled=sampled, population=population))
    elif isinstance(sampled, int) and 0 < sampled < MIN_PLANTS_SAMPLED:
        issues.append(_warning("plants_sampled", "few_plants_sampled",
                               QT_TRANSLATE_NOOP("checks", "only {sampled} plants sampled; a seed lot should come "
                                                 "from at least {least} plants to keep its genetic diversity"),
                               sampled=sampled, least=MIN_PLANTS_SAMPLED))


def _check_invasive_removal(issues: list[Issue], removal: InvasiveRemoval, country: str | None,
                            reference: Reference) -> None:
    facts = _check_species(issues, removal.species, country, reference, required=True)
    _check_number(issues, "area_m2", removal.area_m2)
    _check_number(issues, "weight_kg", removal.weight_kg)
    _check_count(issues, "bags", removal.bags)
    _check_count(issues, "stems", removal.stems)
    _check_number(issues, "cover_percent", removal.cover_percent, at_most=100)
    if all(v is None for v in (removal.area_m2, removal.weight_kg, removal.bags, removal.stems)):
        issues.append(_error("area_m2", "no_amount",
                             QT_TRANSLATE_NOOP("checks", "give at least one of area, weight, bags or stems removed")))
    if facts and facts.native_here:
        issues.append(_warning("species", "native_removed",
                               QT_TRANSLATE_NOOP("checks",
                                                 "{species} is native in {country}; is it really invasive here?"),
                               species=facts.scientific_name, country=country or ""))


def check_litter_item(item: LitterItem) -> list[Issue]:
    """Checks of one line of a litter tally."""
    issues: list[Issue] = []
    if _blank(item.item_category):
        issues.append(_error("item_category", "required", QT_TRANSLATE_NOOP("checks", "is required")))
    _check_count(issues, "item_count", item.item_count, positive=True)
    return issues


def _check_litter_pickup(issues: list[Issue], pickup: LitterPickup, event: Event | None) -> None:
    _check_count(issues, "bags", pickup.bags)
    _check_number(issues, "weight_kg", pickup.weight_kg)
    _check_number(issues, "distance_m", pickup.distance_m)
    for item in pickup.items:
        issues += check_litter_item(item)
    if pickup.bags is None and pickup.weight_kg is None and not pickup.items:
        issues.append(_error("bags", "no_amount",
                             QT_TRANSLATE_NOOP("checks", "give at least one of bags, weight or an item tally")))
    if (event is not None and event.participants > 0 and pickup.weight_kg
            and pickup.weight_kg / event.participants > MAX_LITTER_KG_PER_VOLUNTEER):
        issues.append(_warning("weight_kg", "implausible_weight",
                               QT_TRANSLATE_NOOP("checks", "{weight} kg is more than {most} kg per volunteer; "
                                                 "check the unit (kg, not g or lb)"),
                               weight=pickup.weight_kg, most=MAX_LITTER_KG_PER_VOLUNTEER))
