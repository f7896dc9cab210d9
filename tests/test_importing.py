"""The spreadsheet import as coordinators use it: template round trip, corrections, duplicates, provenance,
all or nothing (also when the process is killed), and updates that keep what the file does not carry."""

from __future__ import annotations

import dataclasses
import datetime as dt
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldlog.db.store import Database
from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.records import Event, InvasiveRemoval, LitterPickup, Planting, Site
from fieldlog.io.columns import ACTIVITY_SHEETS, EVENTS, LITTER_ITEMS, Sheet
from fieldlog.io.mapping import mapping_from_json
from fieldlog.services.importing import (
    ImportRejected,
    RowStatus,
    apply_import,
    derived_id,
    import_file,
    preview_import,
)
from fieldlog.services.records import Cancelled, Records
from fieldlog.services.summary import summarize, summarize_from_records
from fieldlog.services.template import write_template
from tests.conftest import REPO, db_signature

PLANTING = ACTIVITY_SHEETS[ActivityKind.PLANTING]
LITTER = ACTIVITY_SHEETS[ActivityKind.LITTER_PICKUP]
INVASIVE = ACTIVITY_SHEETS[ActivityKind.INVASIVE_REMOVAL]


def fill_template(path: Path, rows: dict[Sheet, list[dict[str, Any]]]) -> Path:
    """Write the template, replace its example rows with `rows` (by column key), as a coordinator would."""
    write_template(path)
    workbook = openpyxl.load_workbook(path)
    for sheet in (EVENTS, *ACTIVITY_SHEETS.values(), LITTER_ITEMS):
        worksheet = workbook[sheet.label]
        worksheet.delete_rows(2, worksheet.max_row)
        for number, values in enumerate(rows.get(sheet, []), start=2):
            for index, column in enumerate(sheet.columns, start=1):
                if column.key in values:
                    cell = worksheet.cell(row=number, column=index, value=values[column.key])
                    if isinstance(cell.value, str):
                        cell.data_type = "s"  # text, even when it starts with = (openpyxl would make a formula)
    workbook.save(path)
    return path


EVENT_ROWS = [
    {
        "event_name": "Karura planting day",
        "start": dt.datetime(2026, 5, 31, 9),
        "end": dt.datetime(2026, 5, 31, 12),
        "site_name": "Karura Forest",
        "country_code": "Kenya",
        "latitude": -1.2367,
        "longitude": 36.835,
        "participants": 12,
        "campaign": "MAD-Week 2026",
        "organizer_contact": "+254 700 000000",
    },
    {
        "event_name": "Lakeshore pickup",
        "start": dt.date(2026, 6, 2),
        "site_name": "Naivasha shore",
        "country_code": "KE",
        "participants": 30,
        "volunteer_hours": 75.5,
        "notes": "=cleanup total",
    },
]
PLANTING_ROWS = [
    {
        "event_name": "Karura planting day",
        "species": "Croton megalocarpus",
        "plants": 40,
        "native_status": "native",
        "area_m2": 400,
    },
    {
        "event_name": "Karura planting day",
        "date": dt.date(2026, 5, 31),
        "species": "Markhamia lutea",
        "plants": 25,
        "stock_type": "Bare root",
    },
]


def test_template_round_trip_keeps_every_value(database: Database, tmp_path: Path) -> None:
    path = fill_template(
        tmp_path / "filled.xlsx",
        {
            EVENTS: EVENT_ROWS,
            PLANTING: PLANTING_ROWS,
            LITTER: [{"event_name": "Lakeshore pickup", "bags": 7, "weight_kg": 41.5, "cleanup_type": "Shore"}],
            LITTER_ITEMS: [
                {"event_name": "Lakeshore pickup", "item_category": "Plastic bottles", "item_count": 120},
                {"event_name": "Lakeshore pickup", "item_category": "Bottle caps", "item_count": 80},
            ],
        },
    )
    preview, result = import_file(database, path)
    assert not preview.errors
    assert (result.added, result.updated) == (2 + 2 + 2 + 1, 0)  # sites, events, plantings, one pickup
    records = Records(database)
    events = {event.event_name: event for event in records.list_events()}
    karura, lake = events["Karura planting day"], events["Lakeshore pickup"]
    assert (karura.start, karura.end, karura.participants, karura.campaign) == (
        dt.datetime(2026, 5, 31, 9),
        dt.datetime(2026, 5, 31, 12),
        12,
        "MAD-Week 2026",
    )
    assert karura.volunteer_hours == 36 and karura.hours_derived
    assert karura.organizer_contact == "+254 700 000000"
    assert (lake.volunteer_hours, lake.hours_derived, lake.notes) == (75.5, False, "=cleanup total")
    site = records.get_site(karura.site_id)
    assert (site.name, site.country_code, site.latitude, site.longitude) == ("Karura Forest", "KE", -1.2367, 36.835)
    plantings = sorted(records.list_activities(karura.id), key=lambda a: a.species)  # type: ignore[attr-defined]
    assert [(p.species, p.plants, p.date) for p in plantings] == [  # type: ignore[attr-defined]
        ("Croton megalocarpus", 40, None),
        ("Markhamia lutea", 25, dt.date(2026, 5, 31)),
    ]
    assert isinstance(plantings[0], Planting) and plantings[0].area_m2 == 400
    assert plantings[1].stock_type == "bare_root"  # type: ignore[attr-defined]
    (pickup,) = records.list_activities(lake.id)
    assert isinstance(pickup, LitterPickup)
    assert (pickup.bags, pickup.weight_kg, pickup.item_total) == (7, 41.5, 200)
    assert sorted((i.item_category, i.item_count) for i in pickup.items) == [
        ("Bottle caps", 80),
        ("Plastic bottles", 120),
    ]
    # provenance: every record points back to its file, sheet and row
    assert pickup.provenance is not None and pickup.provenance.sheet == "Litter pickup"
    assert plantings[0].provenance is not None and plantings[0].provenance.row == 2
    assert summarize(database) == summarize_from_records(database)


def test_the_unmodified_template_imports_its_example(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    write_template(path)
    preview = preview_import(database, path)
    assert not preview.errors and preview.count(RowStatus.NEW) > 0
    assert set(preview.ignored_sheets) == {"Instructions", "Lists"}


def _planting_csv(path: Path, rows: list[tuple[str, str]]) -> Path:
    lines = ["Event,Start,Site,Country,Participants,Species,Plants"]
    lines += [f"Tree day,2026-05-30,Karura Forest,KE,10,{species},{plants}" for species, plants in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_corrected_file_updates_the_corrected_rows_and_adds_nothing_twice(database: Database, tmp_path: Path) -> None:
    first = _planting_csv(
        tmp_path / "planting.csv", [("Croton megalocarpus", "40"), ("Markhamia lutea", "-5"), ("Melia volkensii", "12")]
    )
    preview, result = import_file(database, first, skip_invalid=True)
    assert [o.status for o in preview.outcomes] == [RowStatus.NEW, RowStatus.ERROR, RowStatus.NEW]
    assert "negative" in preview.outcomes[1].reasons[0] and "'Plants'" in preview.outcomes[1].reasons[0]
    corrected = _planting_csv(
        tmp_path / "planting.csv", [("Croton megalocarpus", "45"), ("Markhamia lutea", "5"), ("Melia volkensii", "12")]
    )
    preview, result = import_file(database, corrected)
    assert [o.status for o in preview.outcomes] == [RowStatus.UPDATED, RowStatus.NEW, RowStatus.UNCHANGED]
    assert (result.added, result.updated, result.unchanged) == (1, 1, 1)
    summary = summarize(database)
    assert (summary.events, summary.planting.activities, summary.planting.plants) == (1, 3, 45 + 5 + 12)
    _, again = import_file(database, corrected)
    assert (again.added, again.updated) == (0, 0)


def test_a_record_saved_after_the_preview_stops_the_import_until_previewed_again(database: Database,
                                                                                 tmp_path: Path) -> None:
    import_file(database, _planting_csv(tmp_path / "planting.csv", [("Croton megalocarpus", "40")]))
    corrected = _planting_csv(tmp_path / "planting.csv", [("Croton megalocarpus", "45")])
    preview = preview_import(database, corrected)
    assert [o.status for o in preview.outcomes] == [RowStatus.UPDATED]
    records = Records(database)  # someone else, between the preview and the import
    [planting] = records.list_activities(records.list_events()[0].id)
    records.update(dataclasses.replace(planting, notes="two counted twice"))
    before = db_signature(database)
    with pytest.raises(ImportRejected) as refused:
        apply_import(database, preview)
    assert "changed in the database after the preview" in str(refused.value)
    assert "sheet 'planting', row 2" in str(refused.value) and "Preview the file again" in str(refused.value)
    assert db_signature(database) == before
    apply_import(database, preview_import(database, corrected))  # previewed again: it keeps their note
    [planting] = records.list_activities(records.list_events()[0].id)
    assert (planting.plants, planting.notes) == (45, "two counted twice")


def test_rows_like_a_hand_entered_activity_are_flagged_not_added(database: Database, tmp_path: Path) -> None:
    records = Records(database)
    site = records.record_site(Site(name="Karura Forest", country_code="KE")).record
    event = records.record_event(
        Event(event_name="Tree day", site_id=site.id, start=dt.datetime(2026, 5, 30), participants=10)
    ).record
    records.record_activity(Planting(event_id=event.id, species="Croton megalocarpus", plants=40))
    path = _planting_csv(tmp_path / "planting.csv", [("croton  megalocarpus", "40"), ("Croton megalocarpus", "41")])
    preview = preview_import(database, path)
    assert [o.status for o in preview.outcomes] == [RowStatus.DUPLICATE, RowStatus.NEW]
    assert "already recorded" in preview.outcomes[0].reasons[0]
    result = apply_import(database, preview)
    assert (result.added, result.duplicates) == (1, 1)
    assert summarize(database).planting.plants == 40 + 41


def test_an_update_keeps_what_the_file_has_no_column_for(database: Database, tmp_path: Path) -> None:
    records = Records(database)
    site = records.record_site(Site(name="Karura Forest", country_code="KE", locality="Nairobi")).record
    event = records.record_event(
        Event(
            event_name="Tree day",
            site_id=site.id,
            start=dt.datetime(2026, 5, 30, 9),
            participants=10,
            organisation="Friends of Karura",
        )
    ).record
    path = tmp_path / "events.csv"
    path.write_text(f"Event id,Participants\n{event.id},14\n", encoding="utf-8")
    preview, result = import_file(database, path)
    assert [o.status for o in preview.outcomes] == [RowStatus.UPDATED] and result.updated == 1
    stored = records.get_event(event.id)
    assert (stored.participants, stored.organisation, stored.site_id) == (14, "Friends of Karura", site.id)
    assert records.get_site(site.id).locality == "Nairobi"


def test_activity_rows_create_missing_events_once_and_never_change_existing_ones(
    database: Database, tmp_path: Path
) -> None:
    path = _planting_csv(tmp_path / "planting.csv", [("Croton megalocarpus", "40"), ("Markhamia lutea", "3")])
    import_file(database, path)
    (event,) = Records(database).list_events()
    assert event.id == derived_id("event", "tree day", dt.date(2026, 5, 30), event.site_id)
    path.write_text(path.read_text().replace(",10,", ",99,"), encoding="utf-8")
    preview, _ = import_file(database, path)
    assert {o.status for o in preview.outcomes} == {RowStatus.UNCHANGED}
    assert Records(database).get_event(event.id).participants == 10


def test_an_activity_naming_an_unknown_event_says_how_to_fix_it(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "planting.csv"
    path.write_text("Event,Species,Plants\nNo such day,Croton megalocarpus,4\n", encoding="utf-8")
    with pytest.raises(ImportRejected, match=r"planting\.csv, row 2, column 'Event': there is no event called"):
        import_file(database, path)


def test_a_failed_import_writes_nothing_and_says_every_bad_row(database: Database, tmp_path: Path) -> None:
    path = _planting_csv(
        tmp_path / "planting.csv",
        [("Croton megalocarpus", str(n)) for n in range(1, 99)] + [("Markhamia lutea", "x"), ("", "3")],
    )
    before = db_signature(database)
    with pytest.raises(ImportRejected) as caught:
        import_file(database, path)
    message = str(caught.value)
    assert "row 100, column 'Plants': 'x' is not a number" in message
    assert "row 101, column 'Species'" in message and "nothing was imported" in message
    assert db_signature(database) == before
    backups = database.backup_dir  # None on a server database
    assert backups is None or not backups.exists() or not any(backups.iterdir())


@pytest.mark.sqlite_only("an import backs up the SQLite file first; a server database has no backups folder")
def test_an_import_is_backed_up_first_and_cancel_writes_nothing(
    database: Database, db_path: Path, tmp_path: Path
) -> None:
    path = _planting_csv(tmp_path / "planting.csv", [("Croton megalocarpus", str(n)) for n in range(1, 30)])
    preview = preview_import(database, path)
    before = db_signature(db_path)
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        apply_import(database, preview, cancel=cancel)
    assert db_signature(db_path) == before
    with pytest.raises(Cancelled):
        preview_import(database, path, cancel=cancel)
    result = apply_import(database, preview)
    assert result.backup is not None and result.backup.exists()
    assert result.added == 29 + 2


def test_several_mappings_one_per_sheet_and_wide_item_tallies(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "group.xlsx"
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.title = "Pickups"
    sheet.append(["Beach", "Day", "Bottles", "Caps", "Weight (lb)"])
    sheet.append(["Diani", "12/06/2026", 30, 0, 10])
    sheet.append(["Diani", "13/06/2026", 5, 7, 2.5])
    workbook.save(path)
    mapping = mapping_from_json(
        {
            "kind": "litter_pickup",
            "sheet": "Pickups",
            "columns": {"Weight (lb)": "weight_kg"},
            "items": {"Bottles": "Plastic bottles", "Caps": "Bottle caps"},
            "constants": {
                "event_name": "Diani cleanup {Day}",
                "start": "{Day}",
                "site_name": "{Beach}",
                "country_code": "KE",
                "participants": 8,
            },
            "date_format": "%d/%m/%Y",
        }
    )
    preview, _ = import_file(database, path, [mapping])
    assert not preview.errors
    summary = summarize(database)
    assert (summary.events, summary.litter_pickup.items) == (2, 30 + 5 + 7)
    assert summary.litter_pickup.weight_kg == pytest.approx(12.5 * 0.45359237)


WRITER = """
import sys
from pathlib import Path
from fieldlog.services.database import open_store
from fieldlog.services.importing import import_file
database = open_store(sys.argv[1])
print("ready", flush=True)
import_file(database, Path(sys.argv[2]))
print("done", flush=True)
"""


@pytest.mark.slow
@pytest.mark.sqlite_only("kills a writer and reads the SQLite file with sqlite3")
def test_killing_the_process_mid_import_leaves_old_or_all(database: Database, db_path: Path, tmp_path: Path) -> None:
    rows = 5000
    path = _planting_csv(tmp_path / "planting.csv", [("Croton megalocarpus", str(n % 90 + 1)) for n in range(rows)])
    database.close()
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    for delay in (0.3, 0.8, 1.5, 3.0):
        before = summarize_count(db_path)
        child = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(db_path), str(path)], stdout=subprocess.PIPE, env=env, text=True
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(delay)
        child.send_signal(signal.SIGKILL)
        child.wait()
        after = summarize_count(db_path)
        assert after in (before, rows), f"killed after {delay} s: {after} activities stored"
    check = subprocess.run(
        [sys.executable, "-m", "fieldlog", "--db", str(db_path), "check"], env=env, capture_output=True, text=True
    )
    assert check.returncode == 0, check.stderr


def summarize_count(db_path: Path) -> int:
    import sqlite3

    with sqlite3.connect(db_path) as connection:
        return int(connection.execute("SELECT count(*) FROM activities WHERE deleted_at IS NULL").fetchone()[0])


def test_invasive_rows_convert_units_declared_in_headers(database: Database, tmp_path: Path) -> None:
    path = tmp_path / "invasive_removal.csv"
    path.write_text(
        "Event,Start,Site,Country,Participants,Species,Area (ha),Weight (lb)\n"
        "Pull day,2026-06-01,Karura Forest,KE,5,Lantana camara,0.25,100\n",
        encoding="utf-8",
    )
    preview, _ = import_file(database, path)
    assert not preview.errors
    (removal,) = Records(database).list_activities(Records(database).list_events()[0].id)
    assert isinstance(removal, InvasiveRemoval)
    assert (removal.area_m2, removal.weight_kg) == (2500, pytest.approx(45.359237))


def test_rejected_rows_can_be_fixed_in_their_spreadsheet_and_imported(database: Database, tmp_path: Path) -> None:
    path = _planting_csv(tmp_path / "planting.csv", [("Croton megalocarpus", "40"), ("Markhamia lutea", "many"),
                                                      ("Melia volkensii", "0")])
    rejected = tmp_path / "planting-rejected.xlsx"
    preview, result = import_file(database, path, skip_invalid=True, rejected_path=rejected)
    assert (result.added, result.rejected, result.rejected_file) == (3, 2, rejected)
    workbook = openpyxl.load_workbook(rejected)
    sheet = workbook.worksheets[0]
    headers = [cell.value for cell in sheet[1]]
    assert headers[:2] == ["Problem", "Source row"]
    assert [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)] == [3, 4]
    assert "'many' is not a number" in str(sheet["A2"].value)
    plants = headers.index("Plants") + 1
    sheet.cell(row=2, column=plants, value=7)
    sheet.cell(row=3, column=plants, value=9)
    workbook.save(rejected)
    preview, result = import_file(database, rejected)
    assert (result.added, result.updated) == (2, 0)
    assert preview.ignored_columns[sheet.title] == ["Problem", "Source row"]
    assert summarize(database).planting.plants == 40 + 7 + 9


def test_template_round_trip_through_the_report(database: Database, tmp_path: Path) -> None:
    """Filled template -> import -> SER report: the report's detail sheets hold every value typed in."""
    from fieldlog.services.reporting import export_report

    filled = {
        EVENTS: [{**EVENT_ROWS[0], "organizer_contact": None}, EVENT_ROWS[1]],
        PLANTING: PLANTING_ROWS,
        LITTER: [{"event_name": "Lakeshore pickup", "bags": 7, "weight_kg": 41.5, "cleanup_type": "Shore"}],
        LITTER_ITEMS: [{"event_name": "Lakeshore pickup", "item_category": "Plastic bottles", "item_count": 120}],
    }
    preview, _result = import_file(database, fill_template(tmp_path / "filled.xlsx", filled))
    assert not preview.errors
    report = export_report(database, tmp_path / "report.xlsx").path
    book = openpyxl.load_workbook(report, read_only=True)
    for sheet, rows in filled.items():
        worksheet = book[sheet.label]
        header, *body = worksheet.iter_rows(values_only=True)
        by_key = {column.key: header.index(column.header) for column in sheet.columns if column.header in header}
        exported = [dict(zip(header, row, strict=True)) for row in body]
        assert len(exported) == len(rows), sheet.label
        for typed in rows:
            match = [row for row in exported
                     if all(_same_cell(row[header[by_key[key]]], value)
                            for key, value in typed.items() if key in by_key and value is not None
                            and key != "country_code")]
            assert len(match) == 1, (sheet.label, typed)
            if sheet is EVENTS:
                assert match[0]["Country"] == "KE"


def _same_cell(cell: Any, typed: Any) -> bool:
    """A report cell holds what was typed: dates as dates (a date typed for a date-time is midnight),
    vocabulary members by their label."""
    if isinstance(typed, dt.date) and not isinstance(typed, dt.datetime) and isinstance(cell, dt.datetime):
        return cell == dt.datetime.combine(typed, dt.time())
    if isinstance(typed, str) and isinstance(cell, str):
        return cell.casefold() == typed.casefold()
    return bool(cell == typed)
