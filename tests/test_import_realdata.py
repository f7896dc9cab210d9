"""Importing every file of ../shared/realdata with a mapping written here, checked against totals computed
independently from the file itself; importing again changes nothing."""

from __future__ import annotations

import csv
import math
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldlog.db.store import Database
from fieldlog.io.mapping import Mapping, mapping_from_json
from fieldlog.services.importing import ImportPreview, RowStatus, apply_import, preview_import, write_rejected
from fieldlog.services.summary import summarize
from tests.conftest import SHARED, db_signature

REALDATA = SHARED / "realdata"
pytestmark = pytest.mark.skipif(not REALDATA.is_dir(), reason="../shared/realdata is not present in this checkout")

ACRE_M2 = 4046.8564224
SHORT_TON_KG = 907.18474

LEMAN_LITTER: dict[str, Any] = {
    "kind": "litter_pickup",
    "columns": {"Plage": "site_name", "Objet": "item_category", "Quantité": "item_count", "Poids": "weight_kg"},
    "units": {"Poids": "kg"},  # not stated in the file; the values fit kg (README)
    "constants": {"event_name": "Pla'stock {Plage} {Date}", "start": "{Date}", "country_code": "CH", "participants": 0},
    # Most dates are dd.mm.yyyy; some rows were typed m/d/yyyy (5/14/2022). The coordinator declares both.
    "date_format": ["%d.%m.%Y", "%m/%d/%Y"],
}
LEMAN_SITES: dict[str, Any] = {
    "kind": "sites",
    "columns": {"Plage": "site_name", "x": "latitude", "y": "longitude"},
    "constants": {"country_code": "CH"},
}  # x holds the latitude (README)
LEMAN_VOLUNTEERS: dict[str, Any] = {
    "kind": "sites",
    "columns": {"Plage": "site_name", "Surface plage m2": "site_area_m2"},
    "constants": {"country_code": "CH"},
}
ACADIA_EVENT = {
    "country_code": "US",
    "site_name": "Acadia National Park",
    "event_name": "Acadia invasive control {Year}",
    "start": "{Year}-01-01",
    "participants": 0,
}
ACADIA_REMOVALS: dict[str, Any] = {
    "kind": "invasive_removal",
    "columns": {
        "ScientificName": "species",
        "Treatment size/kg": "weight_kg",
        "Treatment area/inf.acres": "area_m2",
        "Treatment size/stems": "stems",
        "Notes": "notes",
    },
    "units": {"Treatment area/inf.acres": "acre"},
    "constants": ACADIA_EVENT,
}
ACADIA_HERBICIDE: dict[str, Any] = {
    "kind": "other",
    "columns": {"Herbicide (oz)": "quantity"},
    "constants": {**ACADIA_EVENT, "description": "Herbicide treatment of {ScientificName}", "unit": "oz"},
}
ACADIA_YEARS: dict[str, Any] = {
    "kind": "events",
    "columns": {"Hours": "volunteer_hours", "Notes": "notes"},
    "constants": ACADIA_EVENT,
}
TRASH_WHEELS: dict[str, Any] = {
    "kind": "litter_pickup",
    "columns": {"weight_tons": "weight_kg"},
    "units": {"weight_tons": "ton"},
    "items": {
        "num_bottles_plastic": "Plastic bottles",
        "num_polystyrene": "Polystyrene",
        "num_cig_butts": "Cigarette butts",
        "num_bottle_glass": "Glass bottles",
        "num_plastic_bags": "Plastic bags",
        "num_wrappers": "Wrappers",
        "num_sports_balls": "Sports balls",
    },
    "constants": {
        "event_name": "{wheel_name} {date}",
        "start": "{date}",
        "site_name": "{wheel_name}",
        "country_code": "US",
        "participants": 0,
    },
    "date_format": "%m/%d/%Y",
    "blank_values": ["NA"],
}
BRAND_AUDIT: dict[str, Any] = {
    "kind": "litter_pickup",
    "columns": {"parent_company": "item_category", "grand_total": "item_count", "volunteers": "participants"},
    "constants": {
        "event_name": "Break Free From Plastic brand audit {country} {year}",
        "start": "{year}-01-01",
        "site_name": "{country}",
        "country_code": "{country}",
    },
    "blank_values": ["NA"],
    "skip_rows": {"parent_company": ["Grand Total"]},
}


def _mappings(*items: dict[str, Any], sheets: tuple[str, ...] = ()) -> list[Mapping]:
    return [
        mapping_from_json({**item, **({"sheet": sheet} if sheet else {})})
        for item, sheet in zip(items, sheets or (None,) * len(items), strict=True)
    ]


def _csv(name: str) -> list[dict[str, str]]:
    with open(REALDATA / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _sheet(name: str, sheet: str) -> list[dict[str, Any]]:
    workbook = openpyxl.load_workbook(REALDATA / name, read_only=True)
    rows: Iterator[tuple[Any, ...]] = workbook[sheet].iter_rows(values_only=True)
    headers = next(rows)
    table = [dict(zip(headers, row, strict=False)) for row in rows if any(v is not None for v in row)]
    workbook.close()
    return table


def _number(text: Any) -> float:
    return 0.0 if text in (None, "", "NA") else float(text)


def _import_twice(
    database: Database, path: Path, mappings: list[Mapping], *, skip_invalid: bool = False
) -> ImportPreview:
    """Import, then import again and check the second run finds everything already there."""
    preview = preview_import(database, path, mappings)
    apply_import(database, preview, skip_invalid=skip_invalid)
    before = db_signature(database)
    again = preview_import(database, path, mappings)
    result = apply_import(database, again, skip_invalid=skip_invalid)
    assert (result.added, result.updated) == (0, 0)
    assert again.count(RowStatus.NEW) == again.count(RowStatus.UPDATED) == 0
    assert again.count(RowStatus.UNCHANGED) == preview.count(RowStatus.NEW)
    assert db_signature(database) == before
    return preview


@pytest.mark.parametrize("source", ["csv", "xlsx"])
def test_leman_litter_survey(database: Database, source: str) -> None:
    if source == "csv":
        rows = _csv("litter/plastock_leman_macrolitter_2022.csv")
        path, mappings = REALDATA / "litter/plastock_leman_macrolitter_2022.csv", _mappings(LEMAN_LITTER)
    else:
        rows = _sheet("litter_pickup_leman_2022.xlsx", "Relevés 2022")
        path, mappings = REALDATA / "litter_pickup_leman_2022.xlsx", _mappings(LEMAN_LITTER, sheets=("Relevés 2022",))
    preview = _import_twice(database, path, mappings)
    assert not preview.errors
    summary = summarize(database)
    pairs = {(row["Plage"].strip().casefold(), str(row["Date"]).strip()) for row in rows}
    assert summary.events == summary.litter_pickup.activities == len(pairs)
    assert summary.litter_pickup.items == sum(int(_number(row["Quantité"])) for row in rows)
    assert summary.litter_pickup.weight_kg == pytest.approx(sum(_number(row["Poids"]) for row in rows))
    assert summary.countries == 1
    assert preview.ignored_columns[preview.outcomes[0].sheet] == [
        "Aire",
        "Temps",
        "Position",
        "Substrat",
        "Saison",
        "Détail",
        "Code",
        "OPSAR",
        "UNEP",
    ]


def test_leman_dates_typed_another_way_are_refused_by_row_without_the_second_format(database: Database) -> None:
    one_format = {**LEMAN_LITTER, "date_format": "%d.%m.%Y"}
    rows = _csv("litter/plastock_leman_macrolitter_2022.csv")
    odd = [number for number, row in enumerate(rows, start=2) if "/" in row["Date"]]
    before = db_signature(database)
    preview = preview_import(database, REALDATA / "litter/plastock_leman_macrolitter_2022.csv", _mappings(one_format))
    assert [outcome.row for outcome in preview.errors] == odd
    assert all(reason.startswith("column 'Date'") for outcome in preview.errors for reason in outcome.reasons)
    with pytest.raises(Exception, match=r"row \d+, column 'Date'"):
        apply_import(database, preview)
    assert db_signature(database) == before


def test_leman_workbook_with_three_sheets_in_one_go(database: Database) -> None:
    path = REALDATA / "litter_pickup_leman_2022.xlsx"
    mappings = _mappings(
        LEMAN_SITES, LEMAN_VOLUNTEERS, LEMAN_LITTER, sheets=("Plages GPS", "Bénévoles", "Relevés 2022")
    )
    _import_twice(database, path, mappings)
    names = {
        str(row["Plage"]).strip().casefold()
        for sheet in ("Plages GPS", "Bénévoles", "Relevés 2022")
        for row in _sheet("litter_pickup_leman_2022.xlsx", sheet)
    }
    from fieldlog.services.records import Records

    sites = Records(database).list_sites()
    assert len(sites) == len(names)  # 'Anthy' and 'Anthy-Séchex' stay two sites, as written
    gps = {str(row["Plage"]).strip().casefold(): row for row in _sheet("litter_pickup_leman_2022.xlsx", "Plages GPS")}
    for site in sites:
        if site.name.casefold() in gps:
            assert (site.latitude, site.longitude) == pytest.approx(
                (gps[site.name.casefold()]["x"], gps[site.name.casefold()]["y"])
            )


@pytest.mark.parametrize(
    ("name", "mapping"),
    [
        ("litter/plastock_leman_beaches_gps.csv", LEMAN_SITES),
        ("litter/plastock_leman_volunteers_time.csv", LEMAN_VOLUNTEERS),
    ],
)
def test_leman_site_lists(database: Database, name: str, mapping: dict[str, Any]) -> None:
    preview = _import_twice(database, REALDATA / name, _mappings(mapping))
    rows = _csv(name)
    assert preview.count(RowStatus.NEW) == len(rows) == 25
    from fieldlog.services.records import Records

    sites = {site.name: site for site in Records(database).list_sites()}
    if "x" in rows[0]:
        assert sum(site.latitude or 0 for site in sites.values()) == pytest.approx(sum(float(r["x"]) for r in rows))
        assert all(45 < (site.latitude or 0) < 47 and 5 < (site.longitude or 0) < 8 for site in sites.values())
    else:  # the header has a line break and the volunteers' a trailing space; the mapping still finds them
        assert sum(site.area_m2 or 0 for site in sites.values()) == sum(float(r["Surface plage\nm2"]) for r in rows)


def test_trash_wheels_wide_item_tally_in_short_tons(database: Database) -> None:
    name = "litter/trash_wheels_baltimore_2014_2023.csv"
    preview = _import_twice(database, REALDATA / name, _mappings(TRASH_WHEELS))
    rows = _csv(name)
    assert preview.count(RowStatus.NEW) == len(rows) == 993
    summary = summarize(database)
    assert summary.litter_pickup.activities == len(rows)
    assert summary.events == len({(row["wheel_name"], row["date"]) for row in rows})
    assert summary.litter_pickup.weight_kg == pytest.approx(sum(_number(r["weight_tons"]) for r in rows) * SHORT_TON_KG)
    counted = [column for column in TRASH_WHEELS["items"]]
    assert summary.litter_pickup.items == sum(int(_number(row[c])) for row in rows for c in counted)


def test_brand_audit_keeps_every_item_accounted_for(database: Database, tmp_path: Path) -> None:
    name = "litter/bffp_brand_audit_2019_2020.csv"
    preview = preview_import(database, REALDATA / name, _mappings(BRAND_AUDIT))
    apply_import(database, preview, skip_invalid=True)
    rejected = write_rejected(preview, tmp_path / "rejected.xlsx")
    rows = _csv(name)
    total = sum(int(_number(row["grand_total"])) for row in rows if row["parent_company"] != "Grand Total")
    sheet = openpyxl.load_workbook(rejected, read_only=True).worksheets[0]
    values = sheet.iter_rows(values_only=True)
    headers = next(values)
    assert headers[:2] == ("Problem", "Source row")
    left_out = [dict(zip(headers, row, strict=False)) for row in values]
    assert len(left_out) == len(preview.errors) > 0
    assert all(row["Problem"] for row in left_out)
    imported = summarize(database).litter_pickup.items
    assert imported + sum(int(_number(row["grand_total"])) for row in left_out) == total
    assert preview.count(RowStatus.SKIPPED) >= sum(1 for row in rows if row["parent_company"] == "Grand Total")
    # 'EMPTY' is no country: those rows are refused, by row and column, not guessed
    empty = next(o for o in preview.errors if "'EMPTY'" in " ".join(o.reasons))
    assert empty.reasons[0].startswith("column 'country'")


@pytest.mark.parametrize("source", ["csv", "xlsx"])
def test_acadia_removals_in_acres(database: Database, source: str) -> None:
    if source == "csv":
        rows = _csv("invasive/acadia_ipm_species_by_year_detail.csv")
        path, mappings = REALDATA / "invasive/acadia_ipm_species_by_year_detail.csv", _mappings(ACADIA_REMOVALS)
    else:
        rows = _sheet("invasive_removal_acadia_1988_2022.xlsx", "Species by year")
        path = REALDATA / "invasive_removal_acadia_1988_2022.xlsx"
        mappings = _mappings(ACADIA_REMOVALS, sheets=("Species by year",))
    preview = _import_twice(database, path, mappings, skip_invalid=True)
    amounts = ("Treatment area/inf.acres", "Treatment size/stems", "Treatment size/kg")
    usable = [
        row
        for row in rows
        if row["ScientificName"] not in (None, "") and any(row[column] not in (None, "") for column in amounts)
    ]
    summary = summarize(database)
    assert summary.invasive_removal.activities == len(usable) == preview.count(RowStatus.NEW)
    assert len(preview.errors) == len(rows) - len(usable)
    assert summary.invasive_removal.area_m2 == pytest.approx(
        sum(_number(row["Treatment area/inf.acres"]) for row in usable) * ACRE_M2
    )
    assert summary.invasive_removal.species == len({row["ScientificName"].strip().casefold() for row in usable})
    assert summary.events == len({row["Year"] for row in usable})


def test_acadia_herbicide_as_other_activities_then_yearly_hours_update_the_same_events(database: Database) -> None:
    herbicide = _import_twice(
        database, REALDATA / "invasive/acadia_ipm_species_by_year.csv", _mappings(ACADIA_HERBICIDE)
    )
    rows = _csv("invasive/acadia_ipm_species_by_year.csv")
    assert herbicide.count(RowStatus.NEW) == len(rows)
    years = _csv("invasive/acadia_ipm_annual_summary.csv")
    preview = preview_import(database, REALDATA / "invasive/acadia_ipm_annual_summary.csv", _mappings(ACADIA_YEARS))
    known = {row["Year"] for row in rows}
    adds_something = [row for row in years if row["Year"] in known and (row["Hours"] or row["Notes"])]
    assert preview.count(RowStatus.UPDATED) == len(adds_something)
    assert preview.count(RowStatus.UNCHANGED) == sum(1 for row in years if row["Year"] in known) - len(adds_something)
    assert preview.count(RowStatus.NEW) == sum(1 for row in years if row["Year"] not in known)
    apply_import(database, preview)
    summary = summarize(database)
    assert summary.events == len({row["Year"] for row in years} | known)
    assert summary.other.activities == len(rows)
    assert summary.volunteer_hours == pytest.approx(sum(_number(row["Hours"]) for row in years))
    assert not math.isnan(summary.volunteer_hours)


def test_acadia_workbook_both_sheets(database: Database) -> None:
    path = REALDATA / "invasive_removal_acadia_1988_2022.xlsx"
    _import_twice(
        database,
        path,
        _mappings(ACADIA_REMOVALS, ACADIA_YEARS, sheets=("Species by year", "Annual summary")),
        skip_invalid=True,
    )
    years = _sheet("invasive_removal_acadia_1988_2022.xlsx", "Annual summary")
    summary = summarize(database)
    assert summary.events == len(years)
    assert summary.volunteer_hours == pytest.approx(sum(_number(row["Hours"]) for row in years))


def test_item_code_list_is_not_a_table_and_is_refused_clearly(
    database: Database, database_location: str | Path
) -> None:
    from fieldlog.cli import main

    before = db_signature(database)
    database.close()
    status = main(["import", str(REALDATA / "litter/plastock_litter_item_codes.csv")], location=str(database_location))
    assert status == 1
    assert db_signature(database) == before
