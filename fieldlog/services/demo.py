"""Realistic sample events of every kind across several countries, deterministic for a seed."""

from __future__ import annotations

import datetime as dt
import random
import threading
import uuid
from collections.abc import Iterator
from typing import Any

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
from fieldlog.io.resources import ChecklistEntry, read_checklist, read_litter_categories
from fieldlog.services.queries import STATISTICS_AFTER, refresh_statistics
from fieldlog.services.records import Progress, Records

# (country, site, locality, latitude, longitude, area m², organisation)
SITES: tuple[tuple[str, str, str, float, float, float, str], ...] = (
    ("KE", "Karura Forest", "Nairobi", -1.2367, 36.8350, 42_000, "Friends of Karura Forest"),
    ("KE", "Ngong Road Forest", "Nairobi", -1.3050, 36.7500, 18_000, "Ngong Road Forest Association"),
    ("FR", "Marais du Vigueirat", "Arles", 43.5290, 4.5580, 60_000, "Les Amis des Marais"),
    ("FR", "Forêt de Fontainebleau", "Fontainebleau", 48.4040, 2.7000, 25_000, "Ligue de protection"),
    ("US", "Acadia National Park", "Bar Harbor, Maine", 44.3386, -68.2733, 80_000, "Friends of Acadia"),
    ("US", "Presidio Native Plant Nursery", "San Francisco", 37.7989, -122.4662, 9_000, "Presidio Trust"),
    ("BR", "Floresta da Tijuca", "Rio de Janeiro", -22.9530, -43.2840, 35_000, "Instituto Terra Viva"),
    ("CO", "Humedal La Conejera", "Bogotá", 4.7630, -74.1000, 12_000, "Fundación Humedal La Conejera"),
    ("SN", "Forêt classée de Mbao", "Dakar", 14.7400, -17.3300, 30_000, "Association Sénégal Vert"),
    ("PT", "Parque Florestal de Monsanto", "Lisboa", 38.7300, -9.1900, 20_000, "Quercus"),
    ("ES", "Parque Regional del Sureste", "Madrid", 40.3000, -3.5500, 16_000, "SEO/BirdLife Madrid"),
    ("AU", "Royal National Park", "Sutherland, NSW", -34.1000, 151.0600, 50_000, "Bushcare Sutherland"),
    ("IN", "Aravalli Biodiversity Park", "New Delhi", 28.5300, 77.1400, 45_000, "iamgurgaon"),
    ("GB", "Epping Forest", "Essex", 51.6600, 0.0500, 28_000, "Epping Forest Volunteers"),
    ("DE", "Tempelhofer Feld", "Berlin", 52.4730, 13.4020, 15_000, "NABU Berlin"),
    ("ZA", "Table Mountain National Park", "Cape Town", -33.9630, 18.4030, 55_000, "Friends of Table Mountain"),
    ("CH", "Plage de la Pichette", "Vevey, Lac Léman", 46.4700, 6.8600, 2_000,
     "Association pour la Sauvegarde du Léman"),
    ("MX", "Parque Ecológico de Xochimilco", "Ciudad de México", 19.2900, -99.0950, 22_000, "Restauremos"),
    ("NZ", "Zealandia Ecosanctuary", "Wellington", -41.2900, 174.7530, 33_000, "Karori Sanctuary Trust"),
    ("JP", "Meiji Jingu Forest", "Tokyo", 35.6760, 139.6990, 14_000, "Tokyo Green Volunteers"),
)
CAMPAIGNS: tuple[tuple[str | None, dt.date, dt.date], ...] = (
    ("MAD-Week 2026", dt.date(2026, 5, 30), dt.date(2026, 6, 7)),
    ("MAD-Week 2025", dt.date(2025, 5, 31), dt.date(2025, 6, 8)),
    (None, dt.date(2025, 1, 10), dt.date(2026, 10, 31)),
)
KIND_WEIGHTS = {ActivityKind.PLANTING: 30, ActivityKind.SEED_COLLECTION: 12, ActivityKind.SEEDBALL_MAKING: 8,
                ActivityKind.INVASIVE_REMOVAL: 22, ActivityKind.LITTER_PICKUP: 22, ActivityKind.OTHER: 6}
FALLBACK_NATIVE = ("Quercus robur", "Betula pendula", "Fraxinus excelsior")
FALLBACK_INVASIVE = ("Fallopia japonica", "Ailanthus altissima", "Lantana camara")
OTHER_TASKS = (("Trail maintenance", 120.0, "m"), ("Nest boxes installed", 6.0, "boxes"),
               ("Bird survey", 1.0, "survey"), ("Mulching around saplings", 3.0, "m3"))


class _Generator:
    def __init__(self, seed: int, checklist: list[ChecklistEntry], litter: list[str]) -> None:
        self.rng = random.Random(seed)
        self.litter = litter
        self.natives: dict[str, list[str]] = {}
        self.invasives: dict[str, list[str]] = {}
        for country in {s[0] for s in SITES}:
            self.natives[country] = sorted(e.scientific_name for e in checklist if country in e.native_in) \
                or list(FALLBACK_NATIVE)
            self.invasives[country] = sorted(e.scientific_name for e in checklist if country in e.introduced_in) \
                or list(FALLBACK_INVASIVE)

    def records(self, events: int) -> Iterator[Site | Event | Activity]:
        rng = self.rng
        site_ids: list[uuid.UUID] = []
        for country, name, locality, lat, lon, area, _ in SITES:
            site = Site(name=name, country_code=country, locality=locality,
                        latitude=lat, longitude=lon, area_m2=area)
            site_ids.append(site.id)
            yield site
        kinds = list(KIND_WEIGHTS)
        weights = list(KIND_WEIGHTS.values())
        for number in range(events):
            index = rng.randrange(len(SITES))
            country, site_name, _, lat, lon, _, organisation = SITES[index]
            campaign, first, last = rng.choices(CAMPAIGNS, weights=(5, 3, 2))[0]
            day = first + dt.timedelta(days=rng.randrange((last - first).days + 1))
            start = dt.datetime.combine(day, dt.time(rng.choice((8, 9, 10, 13, 14)), rng.choice((0, 30))))
            hours = rng.choice((2, 2.5, 3, 3.5, 4, 5, 6))
            participants = rng.randint(4, 80)
            counted = rng.random() < 0.3
            event = Event(event_name=f"{site_name} {self._verb(rng)} {day:%d %b %Y}",
                          site_id=site_ids[index], start=start, end=start + dt.timedelta(hours=hours),
                          participants=participants, campaign=campaign, organisation=organisation,
                          organizer_name=f"Organizer {number % 97 + 1}",
                          organizer_contact=f"organizer{number % 97 + 1}@example.org",
                          volunteer_hours=round(participants * hours * rng.uniform(0.7, 1.0), 1) if counted
                          else None)
            yield event
            count = rng.choice((1, 1, 2, 3, 3, 4, 5, 6))
            chosen = [kinds[number % len(kinds)], *rng.choices(kinds, weights=weights, k=count - 1)]
            for kind in chosen:
                yield self._activity(kind, event, country, lat, lon, participants)

    @staticmethod
    def _verb(rng: random.Random) -> str:
        return rng.choice(("restoration day", "volunteer morning", "community workday", "clean-up & planting"))

    def _activity(self, kind: ActivityKind, event: Event, country: str, lat: float, lon: float,
                  participants: int) -> Activity:
        rng = self.rng
        common: dict[str, Any] = {"id": new_id(), "event_id": event.id, "date": event.start.date(),
                  "latitude": round(lat + rng.uniform(-0.002, 0.002), 6),
                  "longitude": round(lon + rng.uniform(-0.002, 0.002), 6)}
        match kind:
            case ActivityKind.PLANTING:
                plants = rng.randint(10, 40) * participants // 4 + 5
                return Planting(**common, species=rng.choice(self.natives[country]), plants=plants,
                                native_status=NativeStatus.NATIVE, stock_type=rng.choice(list(StockType)),
                                area_m2=float(plants * rng.choice((2, 4, 6, 10))),
                                seed_source=rng.choice(("local nursery", "community seed bank", None)))
            case ActivityKind.SEED_COLLECTION:
                population = rng.randint(60, 3000)
                return SeedCollection(**common, species=rng.choice(self.natives[country]),
                                      seed_lot_id=f"{country}-{event.start:%Y}-{rng.randrange(10**6):06d}",
                                      mass_g=round(rng.uniform(5, 900), 1),
                                      seed_count=rng.choice((None, rng.randint(200, 20_000))),
                                      plants_sampled=rng.randint(50, min(population, 400)),
                                      population_size=population)
            case ActivityKind.SEEDBALL_MAKING:
                mix = rng.sample(self.natives[country], k=min(3, len(self.natives[country])))
                return SeedballMaking(**common, seedballs=rng.randint(50, 1500),
                                      seed_mass_g=round(rng.uniform(20, 500), 1), species=";".join(mix))
            case ActivityKind.INVASIVE_REMOVAL:
                return InvasiveRemoval(**common, species=rng.choice(self.invasives[country]),
                                       method=rng.choice((RemovalMethod.HAND_PULL, RemovalMethod.DIG,
                                                          RemovalMethod.CUT)),
                                       area_m2=float(rng.randint(20, 3000)),
                                       weight_kg=round(rng.uniform(5, 400), 1), bags=rng.randint(1, 40),
                                       stems=rng.choice((None, rng.randint(50, 4000))),
                                       cover_percent=float(rng.randint(5, 90)),
                                       phenology=rng.choice(list(Phenology)), disposal=rng.choice(list(Disposal)))
            case ActivityKind.LITTER_PICKUP:
                pickup_id = common["id"]
                categories = rng.sample(self.litter, k=min(len(self.litter), rng.randint(2, 8)))
                items = tuple(LitterItem(activity_id=pickup_id, item_category=category,
                                         item_count=rng.randint(1, 250)) for category in categories)
                return LitterPickup(**common, cleanup_type=rng.choice(list(CleanupType)),
                                    bags=rng.randint(1, 30), weight_kg=round(rng.uniform(2, 180), 1),
                                    distance_m=float(rng.randint(200, 5000)), items=items)
            case _:
                task, quantity, unit = rng.choice(OTHER_TASKS)
                return OtherActivity(**common, description=task, quantity=quantity, unit=unit)


def demo_records(events: int, seed: int = 1) -> Iterator[Site | Event | Activity]:
    """The sample records: the sites first, then each event followed by its activities."""
    litter = [category.key for category in read_litter_categories()]
    return _Generator(seed, read_checklist(), litter).records(events)


def fill_demo_data(records: Records, events: int = 200, seed: int = 1, progress: Progress | None = None,
                   cancel: threading.Event | None = None) -> int:
    """Add sample events of every kind to the database; returns the number of records stored."""
    stored = records.record_batch(demo_records(events, seed), total=len(SITES) + events * 4,
                                  progress=progress, cancel=cancel)
    if stored >= STATISTICS_AFTER:
        refresh_statistics(records.database)  # a report right after would otherwise be planned blind on a server
    return stored
