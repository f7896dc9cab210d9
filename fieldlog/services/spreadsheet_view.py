"""Read-only looks at a spreadsheet for the import window: its sheets, their headers and sample values,
the table each sheet most likely fills, and whether a mapping can be used with a sheet's headers.

The window may not import the io layer, so what it needs from there (the mapping type and its file
format, the column spec, the import's error types) is re-exported here. Nothing here touches the
database; reading runs wherever the caller runs it (the window: its task thread).
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from itertools import islice
from pathlib import Path

from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.io.cells import Formula, Raw, is_blank
from fieldlog.io.columns import SHEETS, Column, Sheet, fold, mappable_columns
from fieldlog.io.mapping import (
    Mapping,
    MappingProblem,
    SheetReader,
    guess_mapping,
    header_key,
    load_mappings,
    mapping_from_json,
    save_mappings,
    sheet_headers,
    sheet_in_any_language,
)
from fieldlog.io.sheets import ImportRejected, SourceFile, open_source, read_rows

__all__ = [
    "ENCODINGS",
    "SHEETS",
    "SPREADSHEET_SUFFIXES",
    "Column",
    "FileLook",
    "ImportRejected",
    "Mapping",
    "MappingProblem",
    "Sheet",
    "SheetLook",
    "SourceFile",
    "field_choices",
    "guess_for",
    "header_key",
    "headers_key",
    "is_spreadsheet",
    "load_mappings",
    "look_at_file",
    "look_at_sheet",
    "mapping_from_json",
    "mapping_problem",
    "own_field_count",
    "save_mappings",
    "table_choices",
]

SAMPLE_ROWS = 20  # data rows read after the header row for the sample values
SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".csv", ".tsv", ".txt")
# What a user may choose when a CSV is not UTF-8 (the reader finds UTF-8 and byte-order marks itself).
ENCODINGS = (("cp1252", QT_TRANSLATE_NOOP("spreadsheet_view", "Windows (cp1252): files saved by Excel on Windows")),
             ("latin-1", "Latin-1 (ISO 8859-1)"),
             ("utf-16", "UTF-16"))


@dataclass(frozen=True, slots=True)
class SheetLook:
    """One sheet as the import window shows it before any mapping: headers, samples and the best guess."""

    name: str
    header_row: int
    headers: tuple[str, ...]  # tidied header texts in column order; "" for a blank header
    samples: tuple[str, ...]  # per header: the first value below it (in the first rows), as text
    table: str | None  # the table key the sheet most likely fills, None when nothing fits
    recognised: int  # how many headers match a column of that table

    @property
    def named_headers(self) -> tuple[str, ...]:
        """The headers that are not blank."""
        return tuple(header for header in self.headers if header)


@dataclass(frozen=True, slots=True)
class FileLook:
    """A spreadsheet to import: the source file and a look at every sheet."""

    source: SourceFile
    sheets: tuple[SheetLook, ...]


def table_choices() -> list[tuple[str, str]]:
    """(table key, label) of every table a sheet can fill, in the order the window offers them."""
    return [(sheet.key, sheet.label) for sheet in SHEETS.values()]


def field_choices(table: str) -> tuple[Column, ...]:
    """The fields a source column of `table` may be mapped to (activities also take event fields)."""
    return mappable_columns(SHEETS[table])


def own_field_count(table: str) -> int:
    """How many of `field_choices(table)` are the table's own columns (the rest are event fields)."""
    return len(SHEETS[table].columns)


def headers_key(headers: Sequence[str]) -> str:
    """A short key of a set of headers (order, case, spacing and punctuation ignored), to remember a mapping by."""
    folded = sorted({fold(header) for header in headers if header and fold(header)})
    return hashlib.sha256("\x1f".join(folded).encode("utf-8")).hexdigest()[:32]


def guess_for(table: str, look: SheetLook) -> Mapping:
    """The mapping that takes every header of the sheet matching a field of `table` by key or label."""
    return guess_mapping(SHEETS[table], look.headers, look.name, look.header_row)


def _guess_table(name: str, headers: Sequence[str]) -> tuple[str | None, int]:
    named = sheet_in_any_language(name)
    if named is not None:
        return named.key, len(guess_mapping(named, headers).columns)
    best: tuple[str | None, int] = (None, 0)
    for sheet in SHEETS.values():
        matched = len(guess_mapping(sheet, headers).columns)
        if matched > best[1]:
            best = (sheet.key, matched)
    return best if best[1] >= 2 else (None, best[1])


def _text(value: Raw) -> str:
    if isinstance(value, Formula):
        return value.text if value.text.startswith("=") else f"={value.text}"
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return f"{value:.15g}"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time():
            return value.date().isoformat()  # a date typed into a date cell
        return value.isoformat(sep=" ", timespec="minutes") if not value.second else value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    text = " ".join(str(value).split())
    return text if len(text) <= 60 else text[:57] + "…"


def look_at_sheet(source: SourceFile, sheet: str, header_row: int = 1) -> SheetLook:
    """A sheet's headers (row `header_row`) and a sample value for each; ImportRejected when unreadable."""
    rows = read_rows(source, sheet, header_row)
    try:
        head = list(islice(rows, header_row + SAMPLE_ROWS))
    finally:
        close = getattr(rows, "close", None)
        if close is not None:
            close()  # the workbook is closed now, not when the generator is collected
    raw_headers = sheet_headers(head, header_row)
    headers = tuple("" if is_blank(h) or isinstance(h, Formula) else " ".join(str(h).split()) for h in raw_headers)
    samples = ["" for _ in headers]
    for number, cells in head:
        if number <= header_row:
            continue
        for index, cell in enumerate(cells[:len(headers)]):
            if not samples[index] and not is_blank(cell):
                samples[index] = _text(cell)
    table, recognised = _guess_table(sheet, headers)
    return SheetLook(sheet, header_row, headers, tuple(samples), table, recognised)


def look_at_file(path: Path, encoding: str | None = None) -> FileLook:
    """Open a spreadsheet and look at each of its sheets; ImportRejected says why a file cannot be read
    (`needs_encoding` when the user must choose a CSV's encoding)."""
    source = open_source(Path(path), encoding=encoding)
    return FileLook(source, tuple(look_at_sheet(source, sheet) for sheet in source.sheets))


def mapping_problem(mapping: Mapping, look: SheetLook, source: SourceFile) -> str | None:
    """Why the import would refuse `mapping` for this sheet (missing required fields, a header it names that
    the sheet lacks, two columns for one field), in plain words; None when it can be used."""
    try:
        SheetReader(mapping, look.headers, sheet_name=look.name, file_name=source.name,
                    strict_width=source.format == "csv")
    except MappingProblem as problem:
        return str(problem)
    except KeyError as error:  # a constant or column naming a field the table does not have
        return f"{error.args[0]} is not a field of {mapping.table.label}"
    return None


def is_spreadsheet(path: Path) -> bool:
    """True for a file the import window reads (by its name)."""
    return path.suffix.casefold() in SPREADSHEET_SUFFIXES
