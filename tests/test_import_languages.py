"""Importing spreadsheets written in any shipped language, and the cells a volunteer's locale gets wrong.

A template or report in Spanish, French or Portuguese (sheet names, headers, vocabulary cells) imports like
its English twin; a sheet whose headers mix languages is refused naming the odd cells; a decimal comma in
an English CSV and a date in a local format are refused naming the cell, with what to write instead; a
refused import writes nothing. Files are real .xlsx (openpyxl) and CSV (csv module) files, imported into
real databases.

Most tests read the shipped catalogues (resources/translations), so they test the words translators
actually wrote (while a catalogue is empty they compare English with English). The tests marked "with a
stand-in catalogue" read a small one made here, so that matching across languages is always exercised.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldlog.db.store import Database
from fieldlog.domain.kinds import ActivityKind, LabelledEnum, NativeStatus, StockType
from fieldlog.domain.records import Planting
from fieldlog.io import language
from fieldlog.io.cells import read_choice
from fieldlog.io.columns import ACTIVITY_SHEETS, EVENTS, LITTER_ITEMS, SHEETS, Sheet
from fieldlog.io.language import LANGUAGES, catalogue
from fieldlog.io.mapping import match_any_language, sheet_in_any_language
from fieldlog.services.importing import ImportRejected, import_file, preview_import
from fieldlog.services.records import Records
from tests.conftest import Databases, db_signature

PLANTING = ACTIVITY_SHEETS[ActivityKind.PLANTING]
LITTER = ACTIVITY_SHEETS[ActivityKind.LITTER_PICKUP]
TRANSLATED = [code for code in LANGUAGES if code != "en"]

EVENT_ROWS = [
    {"event_name": "Karura planting day", "start": dt.datetime(2026, 5, 31, 9), "end": dt.datetime(2026, 5, 31, 12),
     "site_name": "Karura Forest", "country_code": "KE", "participants": 12, "notes": "first day"},
    {"event_name": "Lakeshore pickup", "start": dt.date(2026, 6, 2), "site_name": "Naivasha shore",
     "country_code": "KE", "participants": 30, "volunteer_hours": 75.5},
]
PLANTING_ROWS = [
    {"event_name": "Karura planting day", "species": "Croton megalocarpus", "plants": 40,
     "native_status": NativeStatus.NATIVE, "area_m2": 400},
    {"event_name": "Karura planting day", "date": dt.date(2026, 5, 31), "species": "Markhamia lutea", "plants": 25,
     "stock_type": StockType.BARE_ROOT, "notes": "by the river"},
]
LITTER_ROWS = [{"event_name": "Lakeshore pickup", "bags": 7, "weight_kg": 41.5}]
ITEM_ROWS = [{"event_name": "Lakeshore pickup", "item_category": "Plastic bottles", "item_count": 120},
             {"event_name": "Lakeshore pickup", "item_category": "Bottle caps", "item_count": 80}]
FILLED: dict[Sheet, list[dict[str, Any]]] = {EVENTS: EVENT_ROWS, PLANTING: PLANTING_ROWS, LITTER: LITTER_ROWS,
                                              LITTER_ITEMS: ITEM_ROWS}


def in_language(code: str, value: Any) -> Any:
    """A cell as a volunteer using that language writes it: vocabulary members by their translated label."""
    if isinstance(value, LabelledEnum):
        return catalogue(code)("vocabulary", value.label)
    return value


def write_workbook(path: Path, code: str, rows: dict[Sheet, list[dict[str, Any]]],
                   headers: dict[Sheet, list[str]] | None = None) -> Path:
    """A workbook as the template in language `code` is filled in: sheet names, headers and vocabulary cells
    in that language (`headers` replaces a sheet's header row)."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for sheet, values in rows.items():
        worksheet = workbook.create_sheet(sheet.label_in(code))
        worksheet.append((headers or {}).get(sheet) or [column.header_in(code) for column in sheet.columns])
        for row in values:
            worksheet.append([in_language(code, row.get(column.key)) for column in sheet.columns])
    workbook.save(path)
    return path


def stored(database: Database) -> list[tuple[Any, ...]]:
    """What an import stored, without ids and times: events, plantings and the litter tally."""
    records = Records(database)
    found: list[tuple[Any, ...]] = []
    for event in sorted(records.list_events(), key=lambda e: e.event_name):
        site = records.get_site(event.site_id)
        found.append((event.event_name, event.start, event.end, event.participants, event.volunteer_hours,
                      event.notes, site.name, site.country_code))
        for activity in sorted(records.list_activities(event.id), key=lambda a: (a.kind, str(a.date))):
            if isinstance(activity, Planting):
                found.append((activity.species, activity.plants, activity.native_status, activity.stock_type,
                              activity.area_m2, activity.date, activity.notes))
            else:
                found.append((activity.kind, getattr(activity, "bags", None), getattr(activity, "weight_kg", None),
                              sorted((i.item_category, i.item_count) for i in activity.items)))
    return found


def rejected(database: Database, path: Path) -> str:
    """Import `path`, expecting a refusal that writes nothing; the message."""
    before = db_signature(database)
    with pytest.raises(ImportRejected) as refusal:
        import_file(database, path)
    assert db_signature(database) == before, "a refused import wrote to the database"
    message = str(refusal.value)
    assert path.name in message and "Traceback" not in message
    return message


@pytest.fixture
def stand_in(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Small Spanish and French catalogues in place of the shipped ones, for the test's duration."""
    texts = {
        "es": {("sheets", "Planting"): "Plantación", ("sheets", "Events"): "Eventos",
               ("columns", "Event"): "Evento", ("columns", "Date"): "Fecha", ("columns", "Species"): "Especie",
               ("columns", "Plants"): "Plantas", ("columns", "Area"): "Superficie",
               ("columns", "Native status"): "Origen", ("columns", "Stock type"): "Tipo de planta",
               ("columns", "Notes"): "Notas", ("columns", "Latitude"): "Latitud", ("columns", "Longitude"): "Longitud",
               ("columns", "Activity id"): "Id de actividad", ("columns", "Event id"): "Id de evento",
               ("columns", "Seed source"): "Origen de la semilla",
               ("vocabulary", "Native"): "Nativa", ("vocabulary", "Bare root"): "Raíz desnuda"},
        # French shares "Notes" with English (and "Date"), as the real French catalogue will.
        "fr": {("sheets", "Planting"): "Plantation", ("columns", "Species"): "Espèce", ("columns", "Notes"): "Notes",
               ("columns", "Plants"): "Plants", ("columns", "Event"): "Événement", ("columns", "Date"): "Date"},
    }

    def read(code: str) -> dict[tuple[str, str], str]:
        return dict(texts.get(code, {}))

    monkeypatch.setattr(language, "_read", read)
    language.catalogue.cache_clear()
    yield
    language.catalogue.cache_clear()


# -- a template or report in any language -------------------------------------------------------------

@pytest.mark.parametrize("code", TRANSLATED)
def test_a_filled_template_in_any_language_imports_like_its_english_twin(
        databases: Databases, tmp_path: Path, code: str) -> None:
    english, translated = databases.open("en"), databases.open(code)
    twin = write_workbook(tmp_path / "template-en.xlsx", "en", FILLED)
    path = write_workbook(tmp_path / f"template-{code}.xlsx", code, FILLED)
    english_preview, english_result = import_file(english, twin)
    preview, result = import_file(translated, path)
    assert not preview.errors, [outcome.reasons for outcome in preview.errors]
    assert not preview.ignored_sheets and not any(preview.ignored_columns.values())
    assert preview.additions() == english_preview.additions()
    assert (result.added, result.updated) == (english_result.added, english_result.updated) == (2 + 2 + 2 + 1, 0)
    assert stored(translated) == stored(english)
    again, _ = import_file(translated, path)  # its ids come from what the rows say, not from their language
    assert {outcome.status.value for outcome in again.outcomes} == {"unchanged"}


@pytest.mark.parametrize("code", TRANSLATED)
def test_a_report_translated_into_any_language_imports_back_like_the_english_one(
        databases: Databases, tmp_path: Path, code: str) -> None:
    """A report's detail sheets, a continuation sheet ('Planting (2)') included, in another language."""
    from fieldlog.services.reporting import export_report

    source = databases.open("source")
    import_file(source, write_workbook(tmp_path / "filled.xlsx", "en", FILLED))
    report = export_report(source, tmp_path / "report.xlsx").path
    book = openpyxl.load_workbook(report)
    for sheet in SHEETS.values():
        if sheet.label not in book.sheetnames:
            continue
        worksheet = book[sheet.label]
        if sheet is PLANTING:  # the second planting row continues on "Planting (2)", as past Excel's row limit
            continued = book.create_sheet(f"{sheet.label_in(code)} (2)")
            continued.append([cell.value for cell in worksheet[1]])
            continued.append([cell.value for cell in worksheet[3]])
            worksheet.delete_rows(3)
        worksheet.title = sheet.label_in(code)
        by_header = {column.header: column for column in sheet.columns}
        for worksheets in (worksheet, *([book[f"{sheet.label_in(code)} (2)"]] if sheet is PLANTING else [])):
            columns = [by_header.get(str(cell.value)) for cell in worksheets[1]]
            for cell, column in zip(worksheets[1], columns, strict=True):
                if column is not None:
                    cell.value = column.header_in(code)
            for row in worksheets.iter_rows(min_row=2):
                for cell, column in zip(row, columns, strict=False):
                    if column is not None and column.choices is not None and isinstance(cell.value, str):
                        cell.value = in_language(code, column.choices.parse(cell.value))
    book.save(tmp_path / f"report-{code}.xlsx")
    english, translated = databases.open("en"), databases.open(code)
    english_preview, _ = import_file(english, report)
    preview, _ = import_file(translated, tmp_path / f"report-{code}.xlsx")
    assert not preview.errors, [outcome.reasons for outcome in preview.errors]
    assert preview.additions() == english_preview.additions()
    assert sorted(preview.ignored_sheets) == sorted(english_preview.ignored_sheets)  # Summary, Species, About
    assert stored(translated) == stored(english)


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_header_sheet_name_and_vocabulary_label_of_a_language_names_its_own_field(code: str) -> None:
    """What the catalogues say must not make one field's header in a language another field's."""
    for sheet in SHEETS.values():
        assert sheet_in_any_language(sheet.label_in(code)) is sheet, (code, sheet.label_in(code))
        assert sheet_in_any_language(f"{sheet.label_in(code)} (2)") is sheet
        for column in sheet.columns:
            for header in (column.header_in(code), column.label_in(code), column.header_in(code).upper()):
                found = match_any_language(sheet, header)
                assert found is not None and found[0] is column, (code, sheet.key, header)
            if column.choices is not None:
                for member in column.choices:
                    assert read_choice(in_language(code, member), column.choices) == member.value, (code, member)


@pytest.mark.parametrize("code", TRANSLATED)
def test_one_english_header_in_a_translated_sheet_is_refused_naming_its_cell(
        database: Database, tmp_path: Path, code: str) -> None:
    """With the shipped catalogues: skipped while this language translates no planting header yet."""
    differing = [(index, column) for index, column in enumerate(PLANTING.columns)
                 if match_any_language(PLANTING, column.header) is not None
                 and column.header_in(code).casefold() != column.header.casefold()
                 and column.header.casefold() not in {c.header_in(code).casefold() for c in PLANTING.columns}]
    if len(differing) < 3:  # with two, English and this language would tie
        pytest.skip(f"the {code} catalogue translates too few planting headers yet")
    index, odd = differing[-1]
    headers = [column.header_in(code) for column in PLANTING.columns]
    headers[index] = odd.header
    path = write_workbook(tmp_path / f"mixed-{code}.xlsx", code, {EVENTS: EVENT_ROWS, PLANTING: PLANTING_ROWS},
                          {PLANTING: headers})
    letter = openpyxl.utils.get_column_letter(index + 1)
    message = rejected(database, path)
    assert f"sheet '{PLANTING.label_in(code)}', cell {letter}1: '{odd.header}' is English" in message
    assert f"write '{odd.header_in(code)}' (or use one language for all headers)" in message


def test_a_spanish_template_with_one_english_header_is_refused_with_a_stand_in_catalogue(
        stand_in: None, database: Database, tmp_path: Path) -> None:
    headers = [column.header_in("es") for column in PLANTING.columns]
    plants = PLANTING.keys.index("plants")
    headers[plants] = "Plants"
    path = write_workbook(tmp_path / "plantacion.xlsx", "es", {EVENTS: EVENT_ROWS, PLANTING: PLANTING_ROWS},
                          {PLANTING: headers})
    letter = openpyxl.utils.get_column_letter(plants + 1)
    message = rejected(database, path)
    assert (f"plantacion.xlsx, sheet 'Plantación', cell {letter}1: 'Plants' is English or French while the other "
            "headers are Spanish; write 'Plantas' (or use one language for all headers)") in message
    assert message.count("cell ") == 1  # the other headers (Id de actividad, ..., Notas) are all Spanish

    # The header with a unit keeps its unit in what to write instead.
    headers = [column.header_in("es") for column in PLANTING.columns]
    headers[PLANTING.keys.index("area_m2")] = "Area (ha)"
    path = write_workbook(tmp_path / "superficie.xlsx", "es", {PLANTING: PLANTING_ROWS}, {PLANTING: headers})
    assert "'Area (ha)' is English while the other headers are Spanish; write 'Superficie (ha)'" in rejected(
        database, path)


def test_headers_shared_by_two_languages_count_for_both_with_a_stand_in_catalogue(
        stand_in: None, database: Database, tmp_path: Path) -> None:
    """French 'Notes', 'Date' and 'Plants' are English too: a French sheet with them is one language."""
    headers = [column.header_in("fr") for column in PLANTING.columns]
    assert {"Notes", "Date", "Plants", "Espèce", "Événement"} <= set(headers)
    path = write_workbook(tmp_path / "plantation.xlsx", "fr", {EVENTS: EVENT_ROWS, PLANTING: PLANTING_ROWS},
                          {PLANTING: headers})
    preview = preview_import(database, path)
    assert not preview.errors, [outcome.reasons for outcome in preview.errors]
    assert preview.additions()["planting"] == 2

    # Nor does a header written as the field's key (species) count for any language.
    headers = [column.header_in("es") for column in PLANTING.columns]
    headers[PLANTING.keys.index("species")] = "species"
    preview = preview_import(database, write_workbook(tmp_path / "keys.xlsx", "es", {
        EVENTS: EVENT_ROWS, PLANTING: PLANTING_ROWS}, {PLANTING: headers}))
    assert not preview.errors and preview.additions()["planting"] == 2


def test_spanish_sheet_names_headers_and_vocabulary_import_with_a_stand_in_catalogue(
        stand_in: None, databases: Databases, tmp_path: Path) -> None:
    english, spanish = databases.open("en"), databases.open("es")
    twin = write_workbook(tmp_path / "en.xlsx", "en", {EVENTS: EVENT_ROWS, PLANTING: PLANTING_ROWS})
    path = write_workbook(tmp_path / "es.xlsx", "es", {EVENTS: EVENT_ROWS, PLANTING: PLANTING_ROWS})
    book = openpyxl.load_workbook(path, read_only=True)
    assert book.sheetnames == ["Eventos", "Plantación"]
    assert "Especie" in next(book["Plantación"].iter_rows(values_only=True))
    assert "Nativa" in [row[PLANTING.keys.index("native_status")]
                        for row in book["Plantación"].iter_rows(values_only=True)]
    book.close()
    import_file(english, twin)
    preview, result = import_file(spanish, path)
    assert not preview.errors and result.added == 2 + 2 + 2
    assert stored(spanish) == stored(english)
    assert ("Croton megalocarpus", 40, "native", None, 400, None, None) in stored(spanish)


def test_a_mapping_is_not_refused_for_mixing_languages_with_a_stand_in_catalogue(
        stand_in: None, database: Database, tmp_path: Path) -> None:
    """The import window's (or --mapping's) mapping says what each header means, in whatever words."""
    from fieldlog.io.mapping import mapping_from_json

    headers = [column.header_in("es") for column in PLANTING.columns]
    headers[PLANTING.keys.index("plants")] = "Plants"
    path = write_workbook(tmp_path / "mapped.xlsx", "es", {EVENTS: EVENT_ROWS, PLANTING: PLANTING_ROWS},
                          {PLANTING: headers})
    mappings = [mapping_from_json({"kind": "events", "sheet": "Eventos", "columns": {
                    column.header_in("es"): column.key for column in EVENTS.columns}}),
                mapping_from_json({"kind": "planting", "sheet": "Plantación", "columns": dict(zip(
                    headers, PLANTING.keys, strict=True))})]
    preview, result = import_file(database, path, mappings)
    assert not preview.errors and result.added == 6


# -- a decimal comma or a local date where the file has no declared format --------------------------------

def write_csv(path: Path, header: list[str], rows: list[list[Any]], *, quote: bool = True) -> Path:
    """A CSV as an English-locale spreadsheet program saves one: commas between cells, quotes where needed."""
    if quote:
        with path.open("w", newline="", encoding="utf-8") as handle:
            csv.writer(handle).writerows([header, *rows])
    else:  # as typed by hand: a value with a comma is not quoted
        path.write_text("\r\n".join(",".join(map(str, row)) for row in [header, *rows]) + "\r\n", encoding="utf-8")
    return path


@pytest.fixture
def lakeshore(database: Database, tmp_path: Path) -> Database:
    """A database holding the event 'Lakeshore pickup'."""
    events = write_csv(tmp_path / "Events.csv", ["Event", "Start", "Site", "Country", "Participants"],
                       [["Lakeshore pickup", "2026-06-02", "Naivasha shore", "KE", 30]])
    _preview, result = import_file(database, events)
    assert result.added == 2
    return database


PICKUP_HEADER = ["Event", "Date", "Bags", "Weight (kg)", "Notes"]


def pickups(weight: str = "4.5", bags: str = "3", day: str = "2026-06-02") -> list[list[Any]]:
    """Six pickup rows (spreadsheet rows 2-7); the last carries the given weight, bags and date."""
    rows: list[list[Any]] = [["Lakeshore pickup", f"2026-06-0{n}", 1, "2.5", f"stretch {n}"] for n in range(2, 7)]
    return [*rows, ["Lakeshore pickup", day, bags, weight, "the pier"]]


def test_a_decimal_comma_in_an_english_csv_is_refused_naming_its_cell(lakeshore: Database, tmp_path: Path) -> None:
    path = write_csv(tmp_path / "Litter pickup.csv", PICKUP_HEADER, pickups(weight="2,5"))
    message = rejected(lakeshore, path)
    assert ("Litter pickup.csv, row 7, column 'Weight (kg)': '2,5' has a comma: write numbers with a decimal "
            "point (2.5)") in message
    assert '"decimal_comma": true' in message  # how to declare a file written with decimal commas
    assert message.count(", row ") == 1


def test_a_comma_that_may_separate_thousands_is_refused_with_both_readings(lakeshore: Database,
                                                                           tmp_path: Path) -> None:
    path = write_csv(tmp_path / "Litter pickup.csv", PICKUP_HEADER, pickups(weight="1,500", bags="1,200"))
    message = rejected(lakeshore, path)
    assert ("row 7, column 'Weight (kg)': '1,500' has a comma: write numbers with a decimal point and no "
            "thousands separator: 1500 if the comma separates thousands, 1.5 if it is a decimal comma") in message
    assert "row 7, column 'Bags': '1,200' has a comma" in message
    assert "1200 if the comma separates thousands, 1.2 if it is a decimal comma" in message


def test_an_unquoted_decimal_comma_that_splits_a_cell_is_refused_not_read_shifted(lakeshore: Database,
                                                                                   tmp_path: Path) -> None:
    """Typed by hand, 2,5 becomes two cells: 2 under Weight and 5 under Notes, one cell past the header."""
    rows = pickups()
    rows[-1] = ["Lakeshore pickup", "2026-06-02", 3, "2,5", ""]
    path = write_csv(tmp_path / "Litter pickup.csv", PICKUP_HEADER, rows, quote=False)
    message = rejected(lakeshore, path)
    assert "row 7: has 6 cells but the header row has 5, so its values may be shifted" in message
    assert "a decimal comma in a comma-separated file, as in 2,5, must be written 2.5" in message


@pytest.mark.parametrize(("day", "reason"), [
    ("16/05/2026", "'16/05/2026' is not written as YYYY-MM-DD; write it as 2026-05-16, or set the sheet's date "
                   "format (it looks like day/month/year: %d/%m/%Y"),
    ("5/16/2026", "'5/16/2026' is not written as YYYY-MM-DD; write it as 2026-05-16, or set the sheet's date "
                  "format (it looks like month/day/year: %m/%d/%Y"),
    ("05/06/2026", "'05/06/2026' could be 5 June or 6 May; set the sheet's date format (for example %d/%m/%Y"),
    ("16.05.2026", "'16.05.2026' is not written as YYYY-MM-DD; write it as 2026-05-16, or set the sheet's date "
                   "format (it looks like day/month/year: %d.%m.%Y"),
])
def test_a_date_in_a_local_format_is_refused_naming_its_cell(lakeshore: Database, tmp_path: Path, day: str,
                                                              reason: str) -> None:
    path = write_csv(tmp_path / "Litter pickup.csv", PICKUP_HEADER, pickups(day=day))
    message = rejected(lakeshore, path)
    assert f"Litter pickup.csv, row 7, column 'Date': {reason}" in message
    assert "the Date format of the import window, or \"date_format\" in the mapping" in message
    if day == "05/06/2026":
        assert "instead of letting fieldlog guess, or write the date as YYYY-MM-DD (2026-06-05 for 5 June)" in message


def test_a_local_date_typed_as_text_in_a_workbook_is_refused_naming_its_sheet_and_cell(
        database: Database, tmp_path: Path) -> None:
    rows = [*PLANTING_ROWS[:1], {**PLANTING_ROWS[1], "date": "31/05/2026"}]
    path = write_workbook(tmp_path / "filled.xlsx", "en", {EVENTS: EVENT_ROWS, PLANTING: rows})
    message = rejected(database, path)
    assert ("filled.xlsx, sheet 'Planting', row 3, column 'Date': '31/05/2026' is not written as YYYY-MM-DD; "
            "write it as 2026-05-31") in message
