"""Hostile and broken spreadsheets through the real `fieldlog import` (fault catalogue cases 15-29 and 37).

Every test builds its file in tmp_path, imports it with the command line into a real database that already
holds records (an SQLite file, and a PostgreSQL database when a server is given), and checks: the exit
status (1 rejected, 2 only for a missing file), a message that names the file and, where they apply, the
sheet, row and column with the reason in plain words, no traceback, and, on rejection, that the database's
logical signature (every row of every table) and its backups folder (SQLite) are exactly as before.
"""

from __future__ import annotations

import csv
import io
import json
import re
import time
import uuid
import zipfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fieldlog.cli import main
from tests.conftest import Databases, query_at, signature_at
from tests.hostile import (
    COLUMN,
    FORMULA_TEXTS,
    HEADER,
    LAUGHS,
    XXE,
    damaged_xlsx,
    entity_xlsx,
    good_row,
    huge_dimension_xlsx,
    lying_sizes_xlsx,
    member,
    number_cell_xlsx,
    planting_xlsx,
    raw_csv,
    rewrite_zip,
    write_csv,
    write_xlsx,
    zeros_member,
)

# -- helpers ---------------------------------------------------------------------------------------------

query = query_at


def plantings(db: str | Path) -> int:
    return int(query(db, "SELECT count(*) FROM activities WHERE kind = 'planting'")[0][0])


@dataclass
class Run:
    code: int
    out: str
    err: str
    seconds: float


@dataclass
class Seeded:
    """A database that already holds records, and a way to import into it through the command line."""

    db: str | Path  # an SQLite file or a server database's URL
    folder: Path
    capsys: pytest.CaptureFixture[str]

    def import_(self, *args: str | Path) -> Run:
        self.capsys.readouterr()
        started = time.perf_counter()
        code = main(["import", *map(str, args)], location=str(self.db))
        seconds = time.perf_counter() - started
        captured = self.capsys.readouterr()
        for text in (captured.out, captured.err):
            assert "Traceback" not in text and 'File "' not in text, text
        return Run(code, captured.out, captured.err, seconds)

    def state(self) -> tuple[dict[str, tuple[int, str]], list[str]]:
        """Every row of every table, and the backups beside an SQLite file (a server database has none)."""
        backups = self.db.parent / "backups" if isinstance(self.db, Path) else None
        return signature_at(self.db), sorted(p.name for p in backups.iterdir()) if backups and backups.exists() else []

    def rejected(self, *args: str | Path, expect: Sequence[str] = (), status: int = 1) -> Run:
        """Import, expecting a rejection with these message fragments; nothing may be written."""
        before = self.state()
        run = self.import_(*args)
        assert run.code == status, (run.out, run.err)
        message = run.err
        assert message.startswith("fieldlog: ") or "cannot be imported" in message, message
        source = Path(args[0])
        assert source.name in message, message
        for fragment in expect:
            assert fragment in message, f"{fragment!r} not in:\n{message}"
        assert self.state() == before, "a rejected import changed the database"
        return run


@pytest.fixture(scope="module")
def seeded_template(module_databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> str | Path:
    """Built once per module and backend: two events (Beach day, Tree day), one planting, and 3 demo events
    (as tests/hostile.py's seed_database)."""
    location = module_databases.location("seeded")
    folder = tmp_path_factory.mktemp("seed")
    events = write_csv(folder / "events.csv", [["Beach day", "2024-05-01", "Karura Forest", "KE", "10"],
                                               ["Tree day", "2024-05-02", "Karura Forest", "KE", "5"]],
                       ["Event", "Start", "Site", "Country", "Participants"])
    planting = write_csv(folder / "planting.csv", [good_row(0, Species="Acacia tortilis")])
    for args in (["import", str(events)], ["import", str(planting)], ["demo-data", "--events", "3"]):
        assert main(args, location=str(location)) == 0, args
    return location


@pytest.fixture
def seeded(seeded_template: str | Path, databases: Databases, tmp_path: Path,
           capsys: pytest.CaptureFixture[str]) -> Seeded:
    files = tmp_path / "files"
    files.mkdir()
    return Seeded(databases.location("target", seeded_template), files, capsys)


# -- the file itself is unusable -------------------------------------------------------------------------

def test_missing_file_is_a_usage_error(seeded: Seeded) -> None:
    seeded.rejected(seeded.folder / "nowhere.xlsx", expect=["there is no such file"], status=2)


@pytest.mark.parametrize("keep", [0.1, 0.5, 0.9, -10, -1])
def test_truncated_xlsx(seeded: Seeded, keep: float) -> None:
    whole = planting_xlsx(seeded.folder / "whole.xlsx", [good_row(1)]).read_bytes()
    cut = seeded.folder / "truncated.xlsx"
    cut.write_bytes(whole[:int(len(whole) * keep)] if keep > 0 else whole[:len(whole) + int(keep)])
    seeded.rejected(cut, expect=["the file is incomplete or not an Excel workbook",
                                 "cut off while downloading"])


def test_xlsx_with_a_damaged_part(seeded: Seeded) -> None:
    seeded.rejected(damaged_xlsx(seeded.folder),
                    expect=["the workbook is damaged: a compressed part of it cannot be unpacked"])


@pytest.mark.parametrize(("content", "expect"), [
    (b"<!DOCTYPE html>\n<html><body><table><tr><td>Event</td><td>Species</td></tr></table></body></html>",
     "this is a web page (HTML or XML), not an Excel workbook"),
    (b"\xef\xbb\xbf<html><head><meta charset='utf-8'></head><table><tr><td>1</td></tr></table></html>",
     "this is a web page (HTML or XML), not an Excel workbook"),
    (",".join(HEADER).encode() + b"\r\nTree day,2024-05-02,Prunus africana,4,,,,\r\n",
     "this looks like CSV text with an .xlsx name; rename it to .csv"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old Excel 97-2003 file"),
    (b"", "the file is incomplete or not an Excel workbook"),
])
def test_fake_xlsx(seeded: Seeded, content: bytes, expect: str) -> None:
    fake = seeded.folder / "not_really.xlsx"
    fake.write_bytes(content)
    seeded.rejected(fake, expect=[expect])


def test_zip_that_is_not_a_workbook(seeded: Seeded) -> None:
    fake = seeded.folder / "photos.xlsx"
    with zipfile.ZipFile(fake, "w") as archive:
        archive.writestr("DCIM/001.jpg", b"\xff\xd8\xff" + b"0" * 100)
    seeded.rejected(fake, expect=["a zip archive but not an Excel workbook"])


def test_workbook_renamed_to_csv(seeded: Seeded) -> None:
    renamed = planting_xlsx(seeded.folder / "planting.xlsx", [good_row(1)]).rename(seeded.folder / "planting.csv")
    seeded.rejected(renamed, expect=["an Excel workbook with a .csv name; rename it to .xlsx"])


# -- zip bombs ------------------------------------------------------------------------------------------

def test_workbook_that_expands_to_300_mb(seeded: Seeded) -> None:
    base = planting_xlsx(seeded.folder / "base.xlsx", [good_row(1)])
    bomb = zeros_member(seeded.folder / "zipbomb_shaped.xlsx", base, 300, level=1)
    assert bomb.stat().st_size < 3 * 2**20
    run = seeded.rejected(bomb, expect=["the workbook expands to 300 MB when unpacked; the limit is 256 MB"])
    assert run.seconds < 2


def test_workbook_over_the_size_limit(seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("fieldlog.io.sheets.MAX_UNPACKED_BYTES", 2**20)
    base = planting_xlsx(seeded.folder / "base.xlsx", [good_row(1)])
    padded = rewrite_zip(base, seeded.folder / "padded.xlsx",
                         {"xl/media/image1.bin": uuid.uuid4().bytes * (2**20 // 16 + 4096)})
    seeded.rejected(padded, expect=["the workbook expands to 1.1 MB when unpacked; the limit is 1 MB"])


def test_workbook_part_with_a_huge_compression_ratio(seeded: Seeded) -> None:
    base = planting_xlsx(seeded.folder / "base.xlsx", [good_row(1)])
    bomb = zeros_member(seeded.folder / "ratio_bomb.xlsx", base, 20, level=9)
    assert bomb.stat().st_size < 100_000
    run = seeded.rejected(bomb, expect=["part xl/worksheets/sheet1.xml expands", "times its packed size",
                                        "not a normal workbook"])
    assert run.seconds < 2


def test_workbook_with_too_many_parts(seeded: Seeded, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("fieldlog.io.sheets.MAX_ENTRIES", 50)
    base = planting_xlsx(seeded.folder / "base.xlsx", [good_row(1)])
    many = rewrite_zip(base, seeded.folder / "many.xlsx", {f"xl/extra/{n}.xml": b"<x/>" for n in range(60)})
    seeded.rejected(many, expect=["parts; fieldlog reads at most 50"])


def test_workbook_part_that_lies_about_its_size(seeded: Seeded) -> None:
    """20 MB of zeros declared as 100 bytes: the size checks pass, and unpacking stops at the declared size."""
    run = seeded.rejected(lying_sizes_xlsx(seeded.folder), expect=["the workbook is damaged"])
    assert run.seconds < 5


# -- XML tricks ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("part", "dtd", "entity"), [
    ("xl/sharedStrings.xml", LAUGHS, "lol9"),
    ("xl/worksheets/sheet1.xml", LAUGHS, "lol9"),
    ("xl/worksheets/sheet1.xml", XXE, "xxe"),
    ("xl/workbook.xml", LAUGHS, "lol9"),
])
def test_xml_entity_tricks(seeded: Seeded, part: str, dtd: str, entity: str) -> None:
    hostile = entity_xlsx(seeded.folder, part, dtd, entity)
    run = seeded.rejected(hostile, expect=["unsafe XML in the workbook"])
    assert run.seconds < 5
    assert "root:" not in run.out + run.err


# -- dimensions ----------------------------------------------------------------------------------------

def test_huge_declared_dimension_reads_only_real_rows(seeded: Seeded) -> None:
    huge = huge_dimension_xlsx(seeded.folder, [good_row(1)])
    before = plantings(seeded.db)
    run = seeded.import_(huge)
    assert run.code == 0, run.err
    assert "1 new" in run.out and "1 record added" in run.out
    assert plantings(seeded.db) == before + 1
    assert run.seconds < 5


# -- formulas and formula-like text ---------------------------------------------------------------------

def test_real_formula_where_a_value_belongs(seeded: Seeded) -> None:
    rows = [good_row(1), good_row(2, Plants="=I2*1000")]
    workbook = planting_xlsx(seeded.folder / "formula_injection.xlsx", rows, text_only=False)
    seeded.rejected(workbook, expect=["formula_injection.xlsx, sheet 'Planting', row 3, column 'Plants': "
                                      "contains a formula (=I2*1000), not a value",
                                      "paste it back as values only", "nothing was imported"])


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
def test_formula_like_text_is_stored_as_literal_text(seeded: Seeded, kind: str) -> None:
    rows = [good_row(i + 1, Notes=text) for i, text in enumerate(FORMULA_TEXTS)]
    path = seeded.folder / f"formula_injection.{kind}"
    if kind == "csv":
        write_csv(path, rows)
    else:
        planting_xlsx(path, rows)
    run = seeded.import_(path)
    assert run.code == 0, run.err
    assert f"{len(FORMULA_TEXTS)} cells begin with =, +, - or @; they are kept as plain text" in run.out
    stored = {species: notes for species, notes in query(
        seeded.db, "SELECT species, notes FROM activities WHERE kind = 'planting'")}
    for row in rows:
        assert stored[row[COLUMN["Species"]]].encode() == row[COLUMN["Notes"]].encode()


# -- values a cell must not hold ------------------------------------------------------------------------

BAD_VALUES = [
    pytest.param("Latitude", "123.4", "Latitude must be between -90 and 90", id="latitude-123.4"),
    pytest.param("Longitude", "-181", "must be between -180 and 180", id="longitude-181"),
    pytest.param("Date", "2024-02-30", "2024-02-30 is not a real date (February 2024 has 29 days)", id="feb-30"),
    pytest.param("Date", "03/04/2024", "'03/04/2024' could be 3 April or 4 March; set the sheet's date format",
                 id="ambiguous-date"),
    pytest.param("Plants", "-5", "-5 is negative; a count cannot be below 0", id="negative-count"),
    pytest.param("Area (m²)", "-2.5", "negative; a quantity cannot be below 0", id="negative-area"),
    pytest.param("Plants", "NaN", "'NaN' is not a number", id="nan"),
    pytest.param("Area (m²)", "nan", "'nan' is not a number", id="nan-lower"),
    pytest.param("Area (m²)", "1e309", "'1e309' is too large to be a real quantity", id="1e309"),
    pytest.param("Area (m²)", "1e300", "'1e300' is too large to be a real quantity", id="1e300"),
    pytest.param("Area (m²)", "1e-10000000", "'1e-10000000' is too small to be a real quantity", id="1e-10000000"),
    pytest.param("Plants", "99999999999999999999", "99,999,999,999,999,999,999 is too large to be a real count",
                 id="count-beyond-sqlite-integer"),
    pytest.param("Area (m²)", "5e-324", "'5e-324' is too small to be a real quantity", id="5e-324"),
    pytest.param("Area (m²)", "inf", "'inf' is not a number", id="inf"),
    pytest.param("Area (m²)", "-Infinity", "is not a number", id="minus-infinity"),
    pytest.param("Plants", "1,5", "'1,5' has a comma: write numbers with a decimal point (1.5)", id="decimal-comma"),
    pytest.param("Area (m²)", "1.234,5", "has a comma", id="thousands-dot-decimal-comma"),
    pytest.param("Plants", "2.5", "'2.5' is not a whole number", id="fractional-count"),
    pytest.param("Plants", "twelve", "'twelve' is not a number", id="words"),
    pytest.param("Species", "", "species is required", id="blank-required"),
]


@pytest.mark.parametrize("kind", ["csv", "xlsx"])
@pytest.mark.parametrize(("header", "value", "reason"), BAD_VALUES)
def test_invalid_value(seeded: Seeded, kind: str, header: str, value: str, reason: str) -> None:
    rows = [good_row(1), good_row(2), good_row(3, **{header: value}), good_row(4)]
    path = seeded.folder / f"invalid_values.{kind}"
    if kind == "csv":
        write_csv(path, rows)
        sheet = ""
    else:
        planting_xlsx(path, rows)
        sheet = ", sheet 'Planting'"
    where = f"invalid_values.{kind}{sheet}, row 4"
    if header == "Species":
        expect = [f"{where}, column 'Species'", reason]
    else:
        expect = [f"{where}, column '{header}': ", reason]
    seeded.rejected(path, expect=[*expect, "1 row cannot be imported, so nothing was imported"])


@pytest.mark.parametrize(("number", "reason"), [
    ("1e309", "'inf' is not a finite number"),
    ("-1e309", "'-inf' is not a finite number"),
    ("5e-324", "'5e-324' is too small to be a real quantity"),  # once a ZeroDivisionError in the plant density check
    ("1e300", "'1e+300' is too large to be a real quantity"),
    # openpyxl cannot read these as numbers at all (int() raises): read as the cell's text, named like any cell
    ("NaN", "'NaN' is not a number"),
    ("inf", "'inf' is not a number"),
    ("-Infinity", "'-Infinity' is not a number"),
    ("12abc", "'12abc' is not a number"),
])
def test_extreme_number_cells_in_xlsx_xml(seeded: Seeded, number: str, reason: str) -> None:
    """A number cell whose XML holds what Excel never writes (a crafted file can)."""
    hostile = number_cell_xlsx(seeded.folder, number)
    seeded.rejected(hostile, expect=[f"extreme.xlsx, sheet 'Planting', row 2, column 'Area (m²)': {reason}",
                                     "1 row cannot be imported, so nothing was imported"])


def test_a_nan_cell_without_a_cell_reference_names_its_own_column(seeded: Seeded) -> None:
    """Cells may leave out their reference (r="E2"); the one read again as text must not shift the others."""
    base = number_cell_xlsx(seeded.folder, "NaN", name="nan.xlsx")
    sheet = member(base, "xl/worksheets/sheet1.xml")
    row = re.search(r'<row r="2".*?</row>', sheet, re.S)
    assert row is not None and '<v>NaN</v>' in row.group()
    bare = re.sub(r'(<c) r="[A-Z]+2"', r"\1", row.group())
    assert ' r="E2"' not in bare
    hostile = rewrite_zip(base, seeded.folder / "unreferenced.xlsx",
                          {"xl/worksheets/sheet1.xml": sheet.replace(row.group(), bare).encode()})
    run = seeded.rejected(hostile, expect=["unreferenced.xlsx, sheet 'Planting', row 2, column 'Area (m²)': "
                                           "'NaN' is not a number"])
    assert run.err.count("row 2, column") == 1, run.err  # the cells after it are read in their own columns


def test_all_invalid_values_are_reported_in_one_pass(seeded: Seeded) -> None:
    bad = [("Latitude", "123.4"), ("Date", "2024-02-30"), ("Date", "03/04/2024"), ("Plants", "-5"),
           ("Plants", "NaN"), ("Area (m²)", "1e309"), ("Plants", "1,5"), ("Species", "")]
    rows = [good_row(i + 1, **{header: value}) for i, (header, value) in enumerate(bad)]
    run = seeded.rejected(write_csv(seeded.folder / "invalid_values.csv", rows),
                          expect=["8 rows cannot be imported"])
    for number in range(2, 10):
        assert f"invalid_values.csv, row {number}" in run.err


def test_declared_date_format_and_decimal_comma_make_the_same_cells_valid(seeded: Seeded) -> None:
    rows = [good_row(1, Date="02/05/2024", **{"Area (m²)": "1,5"})]
    path = write_csv(seeded.folder / "european.csv", rows, delimiter=";")
    seeded.rejected(path, expect=["could be 2 May or 5 February", "has a comma"])
    mapping = seeded.folder / "map.json"
    mapping.write_text(json.dumps({"kind": "planting", "columns": {h: k for h, k in zip(
        HEADER, ["event_name", "date", "species", "plants", "area_m2", "latitude", "longitude", "notes"],
        strict=True)}, "date_format": "%d/%m/%Y", "decimal_comma": True}))
    run = seeded.import_(path, "--mapping", mapping)
    assert run.code == 0, run.err
    assert [(str(date), area) for date, area in query(seeded.db, "SELECT date, area_m2 FROM activities "
                                                      "WHERE species = ?", rows[0][COLUMN["Species"]])] == [
        ("2024-05-02", 1.5)]  # SQLite stores the date as text, PostgreSQL as a date


# -- activity kinds -------------------------------------------------------------------------------------

def test_mapping_with_an_unknown_activity_kind(seeded: Seeded) -> None:
    path = write_csv(seeded.folder / "hugs.csv", [good_row(1)])
    mapping = seeded.folder / "hugs.json"
    mapping.write_text(json.dumps({"kind": "tree_hugging", "columns": {"Species": "species"}}))
    before = seeded.state()
    run = seeded.import_(path, "--mapping", mapping)
    assert run.code == 1
    assert "hugs.json" in run.err and '"kind" must be one of' in run.err and "planting" in run.err
    assert seeded.state() == before


def test_sheet_of_an_unknown_kind_is_ignored_with_a_notice(seeded: Seeded) -> None:
    """A sheet that names no table is left out and said so; the known sheets import."""
    path = write_xlsx(seeded.folder / "mixed.xlsx", {
        "Planting": [HEADER, good_row(1)],
        "Tree hugging": [["Event", "Date", "Trees hugged"], ["Tree day", "2024-05-02", "40"]]})
    before = plantings(seeded.db)
    run = seeded.import_(path)
    assert run.code == 0, run.err
    assert "Sheet 'Tree hugging' is not a table fieldlog knows; ignored" in run.out
    assert plantings(seeded.db) == before + 1


def test_only_sheet_of_an_unknown_kind_is_rejected(seeded: Seeded) -> None:
    """With nothing fieldlog knows in the file, nothing is imported and the user is told to map it."""
    path = write_xlsx(seeded.folder / "hugs.xlsx", {
        "Tree hugging": [["Hugger", "Trees hugged"], ["Ann", "40"]]})
    seeded.rejected(path, expect=["no sheet is named after a table fieldlog knows", "--mapping"])


# -- encodings -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
@pytest.mark.parametrize("skip_invalid", [False, True])
def test_mixed_encodings_in_one_csv(seeded: Seeded, bom: bytes, skip_invalid: bool) -> None:
    lines = [",".join(HEADER).encode(),
             "Tree day,2024-05-02,Croton megalocarpus,3,,,,Müller’s group".encode(),
             b"Tree day,2024-05-02,Caf\xe9 tree,4,,,,cp1252 row",
             "Tree day,2024-05-02,Prunus africana,5,,,,naïve".encode()]
    path = seeded.folder / "mixed_encoding.csv"
    path.write_bytes(bom + b"\r\n".join(lines) + b"\r\n")
    args = [path, "--skip-invalid", "--rejected", seeded.folder / "out.xlsx"] if skip_invalid else [path]
    seeded.rejected(*args, expect=["mixed_encoding.csv, row 3, column 'Species': byte 0xE9 is not valid UTF-8",
                                   "choose the file's encoding"])
    assert not query(seeded.db, "SELECT count(*) FROM activities WHERE species LIKE ? OR notes LIKE ?",
                     "%\ufffd%", "%\ufffd%")[0][0]


def test_cp1252_csv_imports_when_the_user_chooses_the_encoding(seeded: Seeded) -> None:
    path = seeded.folder / "planting.csv"
    path.write_bytes(b"\r\n".join([",".join(HEADER).encode(),
                                    "Tree day,2024-05-02,Café tree,4,,,,naïve – ok".encode("cp1252")]) + b"\r\n")
    seeded.rejected(path, expect=["row 2, column 'Species': byte 0xE9 is not valid UTF-8"])
    run = seeded.import_(path, "--encoding", "cp1252")
    assert run.code == 0, run.err
    assert query(seeded.db, "SELECT notes FROM activities WHERE species = 'Café tree'") == [("naïve – ok",)]


def test_utf16_tab_separated_unicode_text_from_excel(seeded: Seeded) -> None:
    rows = [good_row(1, Species="Podocarpus falcatus", Notes="Müller’s café, “quoted”"),
            good_row(2, Species="Ocotea usambarensis", Notes="naïve – 東京")]
    text = "\r\n".join("\t".join(row) for row in [HEADER, *rows]) + "\r\n"
    path = seeded.folder / "planting.txt"
    path.write_bytes(text.encode("utf-16"))  # with its BOM, little-endian here
    assert path.read_bytes()[:2] in (b"\xff\xfe", b"\xfe\xff")
    run = seeded.import_(path)
    assert run.code == 0, run.err
    for row in rows:
        stored = query(seeded.db, "SELECT plants, notes, latitude FROM activities WHERE species = ?",
                       row[COLUMN["Species"]])
        assert stored == [(int(row[COLUMN["Plants"]]), row[COLUMN["Notes"]], float(row[COLUMN["Latitude"]]))]


def test_utf16_without_bom_asks_for_the_encoding(seeded: Seeded) -> None:
    text = "\r\n".join("\t".join(row) for row in [HEADER, good_row(1)]) + "\r\n"
    path = seeded.folder / "planting.txt"
    path.write_bytes(text.encode("utf-16-le"))
    seeded.rejected(path, expect=["looks like UTF-16 text without a byte-order mark; choose its encoding"])


# -- structural CSV damage ------------------------------------------------------------------------------

def test_quoted_newline_is_valid(seeded: Seeded) -> None:
    path = raw_csv(seeded.folder / "planting.csv",
                   b'Tree day,2024-05-02,Prunus africana,5,,,,"first line\r\nsecond line"',
                   b"Tree day,2024-05-02,Markhamia lutea,6,,,,after")
    run = seeded.import_(path)
    assert run.code == 0, run.err
    assert query(seeded.db, "SELECT notes FROM activities WHERE species = 'Prunus africana'") == [
        ("first line\r\nsecond line",)]


@pytest.mark.parametrize(("line", "expect"), [
    (b"Tree day,2024-05-02,Prunus africana", ["row 3: has 3 cells but the header row has 8"]),
    (b"Tree day,2024-05-02,Prunus africana,5,,,,note,surplus",
     ["row 3: has a value in column 9, beyond the last header"]),
    (b'Tree day,2024-05-02,"Prunus africana,5,,,,note',
     ["row 3: the CSV is damaged: a quoted cell is never closed"]),
    (b'Tree day,2024-05-02,"Prunus" africana,5,,,,note',
     ["row 3: the CSV is damaged: a cell has text after its closing quote"]),
    (b"Tree day,2024-05-02,Prunus\rafricana,5,,,,note",
     ["row 3: the CSV is damaged: a line break (carriage return) outside quotes splits a row"]),
    (b"Tree day,2024-05-02,Prunus\x00africana,5,,,,note", ["row 3, column 'Species': contains a NUL character"]),
    (b"Tree day,2024-05-02,Prunus africana,5,,,,note\x00", ["row 3, column 'Notes': contains a NUL character"]),
    (b"Tree day,2024-05-02,Prunus africana,5,,,," + b"x" * 200_000,
     ["row 3, column 'Notes': holds 200,000 characters; a cell may hold at most 10,000"]),
], ids=["short-row", "long-row", "unterminated-quote", "text-after-quote", "lone-cr", "nul-in-species",
        "nul-in-notes", "200kB-cell"])
def test_structural_csv_damage(seeded: Seeded, line: bytes, expect: list[str]) -> None:
    path = raw_csv(seeded.folder / "structural_mess.csv",
                   b"Tree day,2024-05-02,Croton megalocarpus,4,,,,fine", line,
                   b"Tree day,2024-05-02,Markhamia lutea,6,,,,fine too")
    seeded.rejected(path, expect=[f"structural_mess.csv, {fragment}" for fragment in expect])


def test_200kb_cell_in_xlsx(seeded: Seeded) -> None:
    path = planting_xlsx(seeded.folder / "long_cell.xlsx", [good_row(1), good_row(2, Notes="y" * 30_000)])
    seeded.rejected(path, expect=["sheet 'Planting', row 3, column 'Notes': holds 30,000 characters"])


# -- identities and headers -----------------------------------------------------------------------------

def test_duplicate_ids_within_a_file(seeded: Seeded) -> None:
    same = str(uuid.uuid4())
    header = ["Activity id", *HEADER]
    rows = [[str(uuid.uuid4()), *good_row(1)], [same, *good_row(2)], [str(uuid.uuid4()), *good_row(3)],
            [same, *good_row(4)]]
    path = write_csv(seeded.folder / "duplicate_rows.csv", rows, header)
    seeded.rejected(path, expect=[f"duplicate_rows.csv, row 5: Activity id {same} duplicates row 3"])


def test_reimporting_the_same_file_adds_nothing(seeded: Seeded) -> None:
    path = write_csv(seeded.folder / "planting.csv", [good_row(i) for i in range(1, 6)])
    first = seeded.import_(path)
    assert first.code == 0 and "5 records added" in first.out
    after_first = signature_at(seeded.db)
    again = seeded.import_(path)
    assert again.code == 0 and "5 unchanged" in again.out
    assert "Nothing new to import; 5 rows already present" in again.out
    assert signature_at(seeded.db) == after_first


def test_duplicate_headers(seeded: Seeded) -> None:
    header = ["Event", "Date", "Species", "Plants", "Plants"]
    path = write_csv(seeded.folder / "planting.csv", [["Tree day", "2024-05-02", "Prunus africana", "4", "40"]],
                     header)
    seeded.rejected(path, expect=["planting.csv, row 1: the header 'Plants' appears twice (columns 4 and 5)"])


def test_duplicate_headers_differing_in_case_and_spaces(seeded: Seeded) -> None:
    header = ["Event", "Date", "Species", "Plants", " plants  "]
    path = write_csv(seeded.folder / "planting.csv", [["Tree day", "2024-05-02", "Prunus africana", "4", "40"]],
                     header)
    seeded.rejected(path, expect=["the header 'Plants' appears twice (columns 4 and 5)"])


def test_two_headers_for_the_same_field_are_an_error_naming_both(seeded: Seeded) -> None:
    header = ["Event", "Date", "Species", "Plants", "Area (m²)", "Area (ha)"]
    path = write_csv(seeded.folder / "planting.csv",
                     [["Tree day", "2024-05-02", "Prunus africana", "4", "100", "2"]], header)
    seeded.rejected(path, expect=["'Area (m²)'", "'Area (ha)'"])


@pytest.mark.parametrize(("missing", "expect"), [
    ("Species", "no column for the required field species (Species)"),
    ("Plants", "no column for the required field plants (Plants)"),
    ("Event", "no column says which event a row belongs to"),
])
def test_missing_required_header(seeded: Seeded, missing: str, expect: str) -> None:
    keep = [i for i, h in enumerate(HEADER) if h != missing]
    path = write_csv(seeded.folder / "planting.csv", [[good_row(1)[i] for i in keep]], [HEADER[i] for i in keep])
    seeded.rejected(path, expect=[expect])


def test_spoofed_and_padded_headers_are_matched_or_ignored_with_a_notice(seeded: Seeded) -> None:
    header = [" event ", "DATE", "Species\n", "Plants  ", "id; DROP TABLE activities;--", "Notes"]
    row = ["Tree day", "2024-05-02", "Prunus africana", "4", "x'); DELETE FROM events;--", "ok"]
    run = seeded.import_(write_csv(seeded.folder / "planting.csv", [row], header))
    assert run.code == 0, run.err
    assert "columns ignored (not mapped): id; DROP TABLE activities;--" in run.out
    assert query(seeded.db, "SELECT plants FROM activities WHERE species = 'Prunus africana'") == [(4,)]
    assert query(seeded.db, "SELECT count(*) FROM events")[0][0] >= 2


def test_formula_in_the_header_row_is_named_by_its_text(seeded: Seeded) -> None:
    path = write_xlsx(seeded.folder / "formula_header.xlsx", {"Planting": [
        [*HEADER[:4], '=CONCAT("No","tes")'], [*good_row(1)[:4], "x"]]}, text_only=False)
    run = seeded.import_(path)
    assert run.code == 0, run.err
    assert """columns ignored (not mapped): =CONCAT("No","tes")""" in run.out


def test_data_under_a_blank_header_is_reported(seeded: Seeded) -> None:
    path = write_csv(seeded.folder / "planting.csv", [["Tree day", "2024-05-02", "important note", "Prunus africana",
                                                       "3"]], ["Event", "Date", "", "Species", "Plants"])
    run = seeded.import_(path)
    assert re.search(r"column 3\b", run.out + run.err), run.out


# -- all or nothing, and --skip-invalid -----------------------------------------------------------------

def test_one_bad_row_in_100_writes_nothing_then_skip_invalid_imports_99(seeded: Seeded) -> None:
    rows = [good_row(i) for i in range(1, 101)]
    rows[49] = good_row(50, Plants="-3")  # source row 51
    path = write_csv(seeded.folder / "planting.csv", rows)
    before = plantings(seeded.db)
    seeded.rejected(path, expect=["planting.csv: 1 row cannot be imported, so nothing was imported",
                                  "planting.csv, row 51, column 'Plants': -3 is negative"])
    before_dry = seeded.state()
    dry = seeded.import_(path, "--dry-run")
    assert dry.code == 1 and "Dry run: nothing was written." in dry.out
    assert "planting, row 51: error: column 'Plants': -3 is negative" in dry.out
    assert seeded.state() == before_dry

    rejected = seeded.folder / "rejected.xlsx"
    run = seeded.import_(path, "--skip-invalid", "--rejected", rejected)
    assert run.code == 0, run.err
    assert "Imported 99 rows: 99 records added" in run.out and "1 row was not imported" in run.out
    assert plantings(seeded.db) == before + 99
    workbook = openpyxl.load_workbook(rejected)
    sheet = workbook[workbook.sheetnames[0]]
    table = [list(r) for r in sheet.iter_rows(values_only=True)]
    assert table[0] == ["Problem", "Source row", *HEADER]
    assert len(table) == 2 and table[1][1] == 51 and "-3 is negative" in table[1][0]
    assert table[1][2:] == [*rows[49][:3], "-3", *rows[49][4:]]

    # the coordinator fixes the row, drops the two report columns and imports the file again
    sheet.delete_cols(1, 2)
    sheet.cell(row=2, column=COLUMN["Plants"] + 1, value=3)
    fixed = seeded.folder / "planting-fixed.xlsx"
    workbook.save(fixed)
    again = seeded.import_(fixed)
    assert again.code == 0, again.err
    assert "1 record added" in again.out
    assert plantings(seeded.db) == before + 100
    # and the original file now adds nothing
    third = seeded.import_(path, "--skip-invalid", "--rejected", rejected)
    assert third.code == 0 and "Nothing new to import" in third.out
    assert plantings(seeded.db) == before + 100


def test_rejected_rows_file_imports_as_it_is_once_fixed(seeded: Seeded) -> None:
    """The report columns 'Problem' and 'Source row' need not be deleted: they are ignored, with a notice."""
    path = write_csv(seeded.folder / "planting.csv", [good_row(1), good_row(2, Plants="-4")])
    rejected = seeded.folder / "planting-rejected.xlsx"
    assert seeded.import_(path, "--skip-invalid", "--rejected", rejected).code == 0
    workbook = openpyxl.load_workbook(rejected)
    sheet = workbook.active
    assert sheet is not None and sheet.cell(row=1, column=COLUMN["Plants"] + 3).value == "Plants"
    sheet.cell(row=2, column=COLUMN["Plants"] + 3, value=4)
    workbook.save(rejected)
    run = seeded.import_(rejected)
    assert run.code == 0, run.err
    assert "columns ignored (not mapped): Problem, Source row" in run.out and "1 record added" in run.out
    assert query(seeded.db, "SELECT plants FROM activities WHERE species = ?", good_row(2)[COLUMN["Species"]]) == [(4,)]


# -- property: random mutations of a valid CSV ----------------------------------------------------------

HOSTILE = st.one_of(
    st.text(max_size=30),
    st.sampled_from(["", " ", "NaN", "nan", "inf", "-inf", "1e309", "-1e309", "1,5", "1.234,5", "-1", "0",
                     "2024-02-30", "03/04/2024", "31/12/2024", "2024-13-01", "123.4", "-91", "=1+1", "@x", "+1",
                     "-x", '"', '""', "\x00", "\r", "\n", "\t", "\ufeff", "\ud800", "x" * 10_001,
                     "1e-400", "99999999999999999999999999", "0x10", "١٢", "TRUE", "N/A", "Tree day",
                     "Beach day", str(uuid.UUID(int=1))]),
    st.integers(min_value=-10**20, max_value=10**20).map(str),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
)


# Examples per backend: each gets a fresh copy of the seeded database, which a server makes in about 0.3 s.
MUTATION_EXAMPLES = {"sqlite": 100, "postgresql": 15}
MUTATIONS = st.lists(st.tuples(st.integers(0, 2), st.integers(0, len(HEADER) - 1), HOSTILE), min_size=1, max_size=4)
RAW = st.none() | st.tuples(st.integers(0, 400), st.binary(min_size=1, max_size=4))


def test_random_cell_mutations_import_or_reject_cleanly(
        backend: str, seeded_template: str | Path, databases: Databases, tmp_path: Path,
        capsys: pytest.CaptureFixture[str]) -> None:
    @settings(max_examples=MUTATION_EXAMPLES[backend], deadline=None,
              suppress_health_check=[HealthCheck.function_scoped_fixture])
    @given(mutations=MUTATIONS, raw=RAW)
    def example(mutations: list[tuple[int, int, str]], raw: tuple[int, bytes] | None) -> None:
        folder = tmp_path / uuid.uuid4().hex
        with databases.scratch(folder) as scratch:
            folder.mkdir(parents=True)
            db = scratch.location("target", seeded_template)
            rows = [good_row(i) for i in range(1, 4)]
            for row, column, value in mutations:
                rows[row][column] = value
            buffer = io.StringIO(newline="")
            csv.writer(buffer, lineterminator="\r\n").writerows([HEADER, *rows])
            data = buffer.getvalue().encode("utf-8", "surrogatepass")
            if raw is not None:  # a few bytes spliced into a data row
                offset = len(",".join(HEADER).encode()) + 2 + raw[0] % max(len(data) - len(HEADER) * 8, 1)
                data = data[:offset] + raw[1] + data[offset:]
            path = folder / "planting.csv"
            path.write_bytes(data)
            seeded = Seeded(db, folder, capsys)
            before = seeded.state()
            run = seeded.import_(path)
            assert run.code in (0, 1), (run.code, run.err)
            if run.code == 1:
                assert "planting.csv" in run.err
                assert re.search(r"\brow \d+", run.err), run.err
                assert seeded.state() == before

    example()
