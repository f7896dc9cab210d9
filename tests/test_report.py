"""The SER report workbook: its Summary equals `summary --json`, n of N is right, no formulas and no personal
data get in, it imports back without a mapping (idempotently, also past a sheet's row limit), and a failed or
cancelled export leaves no file."""

from __future__ import annotations

import datetime as dt
import errno
import threading
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import xlsxwriter.workbook
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl.utils.escape import unescape

from fieldlog import __version__
from fieldlog.db.store import Database
from fieldlog.domain.errors import ExportFailed
from fieldlog.domain.ids import new_id
from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.records import Event, LitterItem, LitterPickup, Planting, SeedCollection, Site
from fieldlog.domain.summary import NO_FILTER, SummaryFilter
from fieldlog.io import atomic
from fieldlog.io.columns import ACTIVITY_SHEETS, EVENTS, LITTER_ITEMS, ValueType
from fieldlog.io.report import FORMULA_START, ReportContent, ReportInfo, write_report
from fieldlog.io.table_rows import export_sheets, exported_columns
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.importing import import_file
from fieldlog.services.queries import refresh_statistics
from fieldlog.services.records import Cancelled, Records
from fieldlog.services.reporting import coverage, export_report
from fieldlog.services.summary import summarize
from tests.conftest import Databases

NAME_SENTINEL = "PII-NAME-SENTINEL Zebedee Quux"
EMAIL_SENTINEL = "PII-EMAIL-SENTINEL@example.org"
HOSTILE = ('=HYPERLINK("http://x","y")', "+1 555 0100", "-2 degrees", "@SUM(A1:A9)", "=1+1", "-", "+")


def flat(figures: dict[str, Any]) -> dict[str, Any]:
    """`summary --json` as dotted names ("planting.plants")."""
    out: dict[str, Any] = {}
    for key, value in figures.items():
        if isinstance(value, dict):
            out.update({f"{key}.{name}": item for name, item in value.items()})
        else:
            out[key] = value
    return out


def summary_table(path: Path) -> dict[str, tuple[Any, Any, Any]]:
    """The Summary sheet's figures: key -> (value, reported by n, of N)."""
    sheet = openpyxl.load_workbook(path, read_only=True)["Summary"]
    table: dict[str, tuple[Any, Any, Any]] = {}
    header: tuple[Any, ...] | None = None
    for row in sheet.iter_rows(values_only=True):
        if header is None:
            header = row if row[:3] == ("Group", "Figure", "Key") else None
            continue
        if not row[2]:
            break
        table[row[2]] = (row[3], row[5], row[6])
    return table


def all_cells(path: Path) -> Iterator[tuple[str, Any]]:
    workbook = openpyxl.load_workbook(path)
    for worksheet in workbook.worksheets:
        for row in worksheet.iter_rows():
            for cell in row:
                if cell.value is not None:
                    yield worksheet.title, cell


@pytest.fixture(scope="module")
def demo(module_databases: Databases) -> Database:
    """A demo database of 120 events (about 380 activities) in 17 countries, on the module's backend."""
    database = module_databases.open("demo")
    fill_demo_data(Records(database), events=120, seed=11)
    refresh_statistics(database)  # as the server's autovacuum would have by the time anyone exports
    return database


@pytest.fixture(scope="module")
def demo_report(demo: Database, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database's report, no filter."""
    path = tmp_path_factory.mktemp("report") / "report.xlsx"
    export_report(demo, path)
    return path


# -- the Summary sheet ------------------------------------------------------------------------------------

@pytest.mark.parametrize("flt", [NO_FILTER, SummaryFilter(country="ke"), SummaryFilter(campaign="mad-week 2026"),
                                 SummaryFilter(date_from=dt.date(2025, 6, 1), date_to=dt.date(2026, 6, 3),
                                               country="FR")], ids=["all", "country", "campaign", "dates"])
def test_the_summary_sheet_shows_the_figures_of_summary_json(demo: Database, tmp_path: Path,
                                                             flt: SummaryFilter) -> None:
    path = tmp_path / "report.xlsx"
    export_report(demo, path, flt)
    expected = flat(summarize(demo, flt).to_json_dict())
    table = summary_table(path)
    assert {key: value for key, (value, _, _) in table.items()} == expected
    assert list(table) == list(expected)  # the same order as the JSON
    n_events = expected["events"]
    assert n_events > 0
    for key, (value, n, of) in table.items():
        assert isinstance(value, int | float) and not isinstance(value, bool), key
        assert of == n_events and 0 <= n <= n_events, key
        if key.endswith(".activities"):
            assert (n == 0) == (value == 0), key  # a kind some event did has at least one event reporting it
    cover = coverage(demo, flt)
    assert {key: n for key, (_, n, _) in table.items()} == cover.reported


def test_the_summary_sheet_has_charts_and_the_tables_they_draw(demo: Database, demo_report: Path) -> None:
    summary = summarize(demo)
    rows = list(openpyxl.load_workbook(demo_report, read_only=True)["Summary"].iter_rows(values_only=True))
    start = next(i for i, row in enumerate(rows) if row[0] == "Activities by kind") + 2
    kinds = {row[0]: row[1] for row in rows[start:start + len(ActivityKind)]}
    assert kinds == {ACTIVITY_SHEETS[kind].label: getattr(summary, kind.value).activities for kind in ActivityKind}
    start = next(i for i, row in enumerate(rows) if row[0] == "By country") + 2
    countries = [row for row in rows[start:] if row[0]]
    assert len(countries) == summary.countries
    assert sum(row[2] for row in countries) == summary.events
    assert sum(row[3] for row in countries) == summary.participants
    assert [row[2] for row in countries] == sorted((row[2] for row in countries), reverse=True)
    with zipfile.ZipFile(demo_report) as archive:
        charts = [name for name in archive.namelist() if name.startswith("xl/charts/chart")]
        assert len(charts) == 2
        assert b"Summary!$A$" in archive.read(charts[0])  # drawn from the sheet's own table


def test_n_of_n_counts_the_events_that_gave_a_value(records: Records, database: Database, tmp_path: Path) -> None:
    ke = records.record_site(Site(name="Karura Forest", country_code="KE")).record
    fr = records.record_site(Site(name="Marais", country_code="FR")).record

    def event(name: str, site: Site, **extra: Any) -> Event:
        return records.record_event(Event(event_name=name, site_id=site.id, start=dt.datetime(2026, 5, 31, 9),
                                          participants=10, **extra)).record

    counted = event("Counted hours", ke, end=dt.datetime(2026, 5, 31, 12), volunteer_hours=25.0)
    derived = event("Derived hours", ke, end=dt.datetime(2026, 5, 31, 11))
    no_hours = event("No end, no hours", fr)
    gone = event("Deleted", fr, volunteer_hours=5.0)
    day = dt.date(2026, 5, 31)
    records.record_activity(Planting(event_id=counted.id, date=day, species="Croton megalocarpus", plants=40,
                                     area_m2=100.0))
    records.record_activity(Planting(event_id=counted.id, date=day, species="Markhamia lutea", plants=10))
    records.record_activity(Planting(event_id=derived.id, date=day, species="Croton megalocarpus", plants=5))
    records.record_activity(SeedCollection(event_id=derived.id, date=day, species="Melia volkensii", seed_count=300))
    pickup = LitterPickup(event_id=no_hours.id, date=day, bags=3)
    records.record_activity(pickup)
    pickup_id = new_id()
    records.record_activity(LitterPickup(id=pickup_id, event_id=counted.id, date=day, weight_kg=4.5,
                                         items=(LitterItem(activity_id=pickup_id, item_category="Bottles",
                                                           item_count=12),)))
    dropped = records.record_activity(Planting(event_id=no_hours.id, date=day, species="Prunus africana",
                                               plants=7, area_m2=9.0)).record
    records.record_activity(Planting(event_id=gone.id, date=day, species="Olea europaea", plants=70, area_m2=5.0))
    records.delete(dropped.id)
    records.delete(gone.id)

    cover = coverage(database)
    assert cover.events == 3 and cover.hours_entered == 1 and cover.hours_derived == 1
    expected = {"events": 3, "countries": 3, "participants": 3, "volunteer_hours": 1,
                "planting.activities": 2, "planting.plants": 2, "planting.species": 2, "planting.area_m2": 1,
                "seed_collection.activities": 1, "seed_collection.mass_g": 0, "seed_collection.seed_count": 1,
                "seed_collection.lots": 0, "seed_collection.species": 1,
                "seedball_making.activities": 0, "seedball_making.seedballs": 0,
                "invasive_removal.activities": 0, "invasive_removal.area_m2": 0, "invasive_removal.weight_kg": 0,
                "invasive_removal.bags": 0, "invasive_removal.species": 0,
                "litter_pickup.activities": 2, "litter_pickup.bags": 1, "litter_pickup.weight_kg": 1,
                "litter_pickup.items": 1, "litter_pickup.distance_m": 0, "other.activities": 0}
    assert cover.reported == expected
    path = tmp_path / "report.xlsx"
    export_report(database, path)
    table = summary_table(path)
    assert {key: n for key, (_, n, _) in table.items()} == expected
    assert {of for _, _, of in table.values()} == {3}
    assert table["planting.plants"][0] == 55 and table["volunteer_hours"][0] == 45.0
    assert coverage(database, SummaryFilter(country="KE")).reported == expected | {
        "events": 2, "countries": 2, "participants": 2, "litter_pickup.activities": 1, "litter_pickup.bags": 0}
    # The Species sheet: one row per species and kind, with its activities and summed quantities.
    species = [row for row in openpyxl.load_workbook(path, read_only=True)["Species"].iter_rows(values_only=True)]
    assert species[0][:5] == ("Activity", "Species", "Activities", "Plants", "Area (m²)")
    assert species[1:] == [
        ("Planting", "Croton megalocarpus", 2, 45, 100.0, None, None, None, None),
        ("Planting", "Markhamia lutea", 1, 10, None, None, None, None, None),
        ("Seed collection", "Melia volkensii", 1, None, None, None, 300, None, None)]


def test_the_species_sheet_agrees_with_the_summary(demo: Database, demo_report: Path) -> None:
    summary = summarize(demo)
    rows = list(openpyxl.load_workbook(demo_report, read_only=True)["Species"].iter_rows(values_only=True))[1:]
    for kind in ("planting", "seed_collection", "invasive_removal"):
        label = ACTIVITY_SHEETS[ActivityKind(kind)].label
        mine = [row for row in rows if row[0] == label]
        assert len(mine) == getattr(summary, kind).species
        assert sum(row[2] for row in mine) == getattr(summary, kind).activities
    assert sum(row[3] for row in rows if row[0] == "Planting") == summary.planting.plants


# -- detail sheets ------------------------------------------------------------------------------------------

def test_detail_sheets_have_the_templates_headers_typed_cells_and_frozen_headers(demo: Database,
                                                                                 demo_report: Path) -> None:
    workbook = openpyxl.load_workbook(demo_report)
    expected_titles = ["Summary", *(sheet.label for sheet in export_sheets()), "Species", "About"]
    assert workbook.sheetnames == expected_titles
    for sheet in export_sheets():
        worksheet = workbook[sheet.label]
        columns = exported_columns(sheet)
        assert [cell.value for cell in worksheet[1]] == [column.header for column in columns]
        assert worksheet.freeze_panes == "A2"
        assert worksheet.auto_filter.ref and worksheet.auto_filter.ref.startswith("A1:")
        assert worksheet.max_row > 1, sheet.label
        for index, column in enumerate(columns, start=1):
            assert worksheet.column_dimensions[openpyxl.utils.get_column_letter(index)].width >= 10
            for cell in next(worksheet.iter_cols(min_col=index, max_col=index, min_row=2)):
                if cell.value is None:
                    continue
                match column.value_type:
                    case ValueType.INTEGER:
                        assert cell.data_type == "n" and isinstance(cell.value, int), (sheet.label, column.key)
                    case ValueType.NUMBER | ValueType.LATITUDE | ValueType.LONGITUDE:
                        assert cell.data_type == "n", (sheet.label, column.key)
                    case ValueType.DATE:
                        assert cell.is_date and cell.number_format == "yyyy-mm-dd", (sheet.label, column.key)
                    case ValueType.DATETIME:
                        assert cell.is_date and "hh:mm" in cell.number_format, (sheet.label, column.key)
                    case _:
                        assert cell.data_type == "s", (sheet.label, column.key)
    assert workbook["Events"].max_row - 1 == summarize(demo).events


def test_the_about_sheet_says_what_the_report_is(demo: Database, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    result = export_report(demo, path, SummaryFilter(campaign="MAD-Week 2026"))
    rows = {row[0]: row[1:] for row in openpyxl.load_workbook(path, read_only=True)["About"].iter_rows(values_only=True)
            if row[0]}
    assert rows["Made by"][0] == f"fieldlog {__version__}"
    assert rows["Database schema"][0].startswith("000")
    assert isinstance(rows["Generated at (UTC)"][0], dt.datetime)
    assert "MAD-Week 2026" in rows["Events covered"][0]
    assert rows["Personal data"][0].startswith("Left out")
    for sheet in export_sheets():
        assert rows[sheet.label][0] == result.counts[sheet.key]
    assert result.counts["events"] == summarize(demo, SummaryFilter(campaign="MAD-Week 2026")).events
    with zipfile.ZipFile(path) as archive:
        core = archive.read("docProps/core.xml").decode()
    assert "<dc:title>SER report</dc:title>" in core and "<dc:creator></dc:creator>" in core


# -- formulas and personal data -----------------------------------------------------------------------------

def test_user_text_that_looks_like_a_formula_stays_text(records: Records, database: Database, databases: Databases,
                                                       tmp_path: Path) -> None:
    site = records.record_site(Site(name="=cmd|' /C calc'!A0", country_code="KE", latitude=-1.25,
                                    longitude=36.8)).record
    for number, text in enumerate(HOSTILE):
        event = records.record_event(Event(event_name=text if number else f"{text} day", site_id=site.id,
                                           start=dt.datetime(2026, 5, 31, 9), participants=3, notes=text,
                                           organisation=text)).record
        records.record_activity(Planting(event_id=event.id, species="Croton megalocarpus", plants=4, notes=text,
                                         seed_source=text))
    path = tmp_path / "report.xlsx"
    export_report(database, path)
    latitude = exported_columns(EVENTS).index(EVENTS.column("latitude")) + 1
    texts: list[str] = []
    for title, cell in all_cells(path):
        assert cell.data_type != "f", (title, cell.coordinate, cell.value)
        if isinstance(cell.value, str):
            texts.append(cell.value)
            if cell.value[:1] in FORMULA_START:
                assert cell.quotePrefix, (title, cell.coordinate, cell.value)
        if title == "Events" and cell.column == latitude and cell.row > 1:  # a genuine negative number
            assert cell.data_type == "n" and cell.value == -1.25
    for text in HOSTILE:
        assert texts.count(text) >= 3 + (text != HOSTILE[0]), text
    assert '=HYPERLINK("http://x","y") day' in texts
    with zipfile.ZipFile(path) as archive:
        sheets = b"".join(archive.read(name) for name in archive.namelist() if name.startswith("xl/worksheets/"))
    assert b"<f>" not in sheets and b"<f " not in sheets
    other = databases.open("other")  # and the text imports back as it was
    import_file(other, path)
    names = {event.event_name for event in Records(other).list_events()}
    assert names == {f"{HOSTILE[0]} day", *HOSTILE[1:]}
    assert {event.notes for event in Records(other).list_events()} == set(HOSTILE)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.sampled_from(sorted(FORMULA_START)), st.text(max_size=20)), min_size=1, max_size=8),
       st.lists(st.floats(allow_nan=False, allow_infinity=False) | st.integers(-10**15, 10**15), max_size=4))
def test_any_text_starting_with_a_trigger_is_written_as_quoted_text(tmp_path: Path,
                                                                    pieces: list[tuple[str, str]],
                                                                    numbers: list[float]) -> None:
    texts = [start + rest for start, rest in pieces]
    path = tmp_path / "hostile.xlsx"
    info = ReportInfo(generated_at=dt.datetime(2026, 6, 1), app_version="test", schema_revision="test")
    columns = exported_columns(EVENTS)
    rows = [(EVENTS, [text, *([None] * (len(columns) - 1))]) for text in texts]
    rows.append((EVENTS, [None, None, None, None, None, None, None, None, *numbers]))
    write_report(path, info, ReportContent(0, (), (), (), ()), rows)
    worksheet = openpyxl.load_workbook(path)["Events"]
    for number, text in enumerate(texts, start=2):
        cell = worksheet.cell(row=number, column=1)
        assert cell.data_type == "s" and cell.quotePrefix
        # Control characters are stored as OOXML escapes (_x000D_), which Excel reads back as the character.
        assert unescape(cell.value) == text
    for index, number in enumerate(numbers, start=9):
        cell = worksheet.cell(row=len(texts) + 2, column=index)
        assert cell.data_type == "n" and cell.value == number  # exact: every double round-trips


@pytest.fixture
def personal(records: Records) -> Records:
    """A database whose organizer is a sentinel name with a sentinel e-mail address."""
    site = records.record_site(Site(name="Karura Forest", country_code="KE")).record
    event = records.record_event(Event(event_name="Karura planting day", site_id=site.id,
                                       start=dt.datetime(2026, 5, 31, 9), end=dt.datetime(2026, 5, 31, 12),
                                       participants=12, organizer_name=NAME_SENTINEL,
                                       organizer_contact=EMAIL_SENTINEL)).record
    records.record_activity(Planting(event_id=event.id, species="Croton megalocarpus", plants=40))
    return records


def _archive_bytes(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return b"\n".join([archive.comment, *(name.encode() for name in archive.namelist()),
                           *(archive.read(name) for name in archive.namelist())])


def test_no_personal_data_in_any_byte_of_the_report(personal: Records, database: Database, tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    export_report(database, path)
    content = _archive_bytes(path)
    for sentinel in (EMAIL_SENTINEL, NAME_SENTINEL, "PII-"):
        assert sentinel.encode() not in content
    headers = [cell.value for cell in openpyxl.load_workbook(path)["Events"][1]]
    assert "Organizer" not in headers and "Organizer contact" not in headers

    asked = tmp_path / "with-personal.xlsx"
    export_report(database, asked, include_personal=True)
    content = _archive_bytes(asked)
    assert EMAIL_SENTINEL.encode() in content and NAME_SENTINEL.encode() in content
    about = {row[0]: row[1] for row in openpyxl.load_workbook(asked)["About"].iter_rows(values_only=True) if row[0]}
    assert about["Personal data"].startswith("Included")


# -- importing a report back ----------------------------------------------------------------------------

def test_a_report_imports_back_into_an_empty_database_and_twice_adds_nothing(demo: Database, demo_report: Path,
                                                                            databases: Databases,
                                                                            tmp_path: Path) -> None:
    other = databases.open("other")
    preview, result = import_file(other, demo_report)
    assert sorted(preview.ignored_sheets) == ["About", "Species", "Summary"]
    assert result.rejected == 0 and result.duplicates == 0
    assert summarize(other).differences(summarize(demo)) == []
    _, again = import_file(other, demo_report)
    assert (again.added, again.updated) == (0, 0)
    # The imported copy reports the same: derived hours stayed derived, ids stayed the same.
    copy = tmp_path / "copy.xlsx"
    export_report(other, copy)
    assert summary_table(copy) == summary_table(demo_report)


def test_a_report_imported_into_its_own_database_changes_nothing(databases: Databases, tmp_path: Path) -> None:
    database = databases.open("own")
    fill_demo_data(Records(database), events=40, seed=5)
    path = tmp_path / "report.xlsx"
    export_report(database, path)
    _, result = import_file(database, path)
    assert (result.added, result.updated, result.rejected, result.duplicates) == (0, 0, 0, 0)


def test_overlapping_reports_count_each_record_once(demo: Database, demo_report: Path, databases: Databases,
                                                    tmp_path: Path) -> None:
    kenya = tmp_path / "kenya.xlsx"
    export_report(demo, kenya, SummaryFilter(country="KE"))
    other = databases.open("aggregate")
    import_file(other, kenya)
    assert summarize(other).differences(summarize(demo, SummaryFilter(country="KE"))) == []
    _, result = import_file(other, demo_report)
    assert result.updated == 0
    assert summarize(other).differences(summarize(demo)) == []


def test_a_sheet_past_the_row_limit_continues_and_imports_back(demo: Database, databases: Databases,
                                                               tmp_path: Path) -> None:
    path = tmp_path / "report.xlsx"
    result = export_report(demo, path, sheet_rows=40)
    workbook = openpyxl.load_workbook(path, read_only=True)
    planting = ACTIVITY_SHEETS[ActivityKind.PLANTING]
    parts = [name for name in workbook.sheetnames if name.startswith(planting.label)]
    assert parts[:2] == ["Planting", "Planting (2)"] and len(parts) == -(-result.counts["planting"] // 39)
    assert workbook.sheetnames.index(parts[-1]) < workbook.sheetnames.index("Seed collection")
    for name in parts:
        rows = list(workbook[name].iter_rows(values_only=True))
        assert list(rows[0]) == [column.header for column in exported_columns(planting)]
        assert 1 < len(rows) <= 40
    assert sum(len(list(workbook[name].iter_rows())) - 1 for name in workbook.sheetnames
               if name.startswith(LITTER_ITEMS.label)) == result.counts["litter_items"]
    other = databases.open("other")
    import_file(other, path)
    assert summarize(other).differences(summarize(demo)) == []


def test_numbers_keep_every_digit(records: Records, database: Database, tmp_path: Path) -> None:
    site = records.record_site(Site(name="Karura Forest", country_code="KE", area_m2=0.1 + 0.2)).record
    event = records.record_event(Event(event_name="Day", site_id=site.id, start=dt.datetime(2026, 5, 31, 9, 0, 17),
                                       participants=3, volunteer_hours=1 / 3)).record
    records.record_activity(Planting(event_id=event.id, species="Croton megalocarpus", plants=4, area_m2=2 / 3))
    path = tmp_path / "report.xlsx"
    export_report(database, path)
    workbook = openpyxl.load_workbook(path, read_only=True)
    events = list(workbook["Events"].iter_rows(values_only=True))
    row = dict(zip(events[0], events[1], strict=True))
    assert row["Site area (m²)"] == 0.1 + 0.2 and row["Volunteer hours"] == 1 / 3
    assert row["Start"] == dt.datetime(2026, 5, 31, 9, 0, 17)
    plantings = list(workbook["Planting"].iter_rows(values_only=True))
    assert dict(zip(plantings[0], plantings[1], strict=True))["Area (m²)"] == 2 / 3
    _, result = import_file(database, path)
    assert (result.added, result.updated) == (0, 0)


# -- failures -------------------------------------------------------------------------------------------------

def _leftovers(folder: Path) -> list[Path]:
    return sorted(folder.iterdir())


def test_a_read_only_folder_is_a_clear_error_and_leaves_no_file(demo: Database, tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    real = atomic.tempfile.mkstemp

    def refuse(*args: Any, **kwargs: Any) -> Any:  # root ignores permission bits: say what the disk would say
        if Path(kwargs.get("dir", ".")) == folder:
            raise OSError(errno.EROFS, "Read-only file system")
        return real(*args, **kwargs)

    monkeypatch.setattr(atomic.tempfile, "mkstemp", refuse)
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportFailed, match="read-only"):
            export_report(demo, folder / "report.xlsx")
    finally:
        folder.chmod(0o700)
    assert _leftovers(folder) == []


def test_a_full_disk_while_packing_leaves_no_file(demo: Database, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    def full(self: Any) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(xlsxwriter.workbook.Workbook, "_store_workbook", full)
    (tmp_path / "report.xlsx").write_bytes(b"the old report")
    with pytest.raises(ExportFailed, match="disk is full"):
        export_report(demo, tmp_path / "report.xlsx")
    assert _leftovers(tmp_path) == [tmp_path / "report.xlsx"]
    assert (tmp_path / "report.xlsx").read_bytes() == b"the old report"


def test_cancel_leaves_no_file(demo: Database, tmp_path: Path) -> None:
    cancel = threading.Event()
    seen: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        seen.append((done, total))
        cancel.set()  # the user presses Cancel as soon as the first progress shows

    with pytest.raises(Cancelled):
        export_report(demo, tmp_path / "report.xlsx", progress=progress, cancel=cancel)
    assert _leftovers(tmp_path) == []
    assert seen and seen[0][1] > seen[0][0] > 0

    done: list[tuple[int, int]] = []
    result = export_report(demo, tmp_path / "report.xlsx", progress=lambda d, t: done.append((d, t)))
    assert done[-1] == (result.records, result.records)
    assert _leftovers(tmp_path) == [tmp_path / "report.xlsx"]
