"""Reading spreadsheets row by row, safely: .xlsx with openpyxl in read-only mode, .csv with the csv module.

Nothing is loaded whole. A workbook's zip is checked before any XML is parsed (size, ratio, entries);
XML goes through defusedxml; a sheet's declared dimension is ignored, so only rows that exist are read.
A CSV's encoding comes from its byte-order mark or is strict UTF-8; bytes that are not UTF-8 stop the
import with the row and column, and another encoding (cp1252) is only used when the user chooses it.
"""

from __future__ import annotations

import codecs
import csv
import threading
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal
from xml.parsers.expat import ExpatError

import openpyxl
from openpyxl.reader import excel
from openpyxl.workbook.workbook import Workbook
from openpyxl.worksheet._read_only import ReadOnlyWorksheet
from openpyxl.worksheet._reader import FORMULA_TAG, WorkSheetParser

from fieldlog.domain.errors import FieldlogError
from fieldlog.io.cells import Formula, Raw
from fieldlog.io.csv_export import strip_formula_guard
from fieldlog.io.files import file_sha256

# openpyxl parses XML with defusedxml when it is installed; the importer relies on it.
assert openpyxl.DEFUSEDXML, "defusedxml must be installed: workbooks can carry XML entity attacks"


class _SizelessSheet(ReadOnlyWorksheet):  # type: ignore[misc]
    """A read-only sheet that does not look for its declared size when it is opened.

    openpyxl looks for the <dimension> element at open; without one (streaming writers omit it) it parses
    the whole sheet first: 11 s for 100,000 rows, on every open. fieldlog ignores declared sizes anyway
    (`_sheet_rows` reads the rows that exist)."""

    def _get_size(self) -> None:
        self._min_column = self._min_row = 1
        self._max_column = self._max_row = None


class _CellParser(WorkSheetParser):  # type: ignore[misc]
    """openpyxl's sheet parser, except that a number cell whose text is no number is read as that text.

    openpyxl reads a number cell with int() or float(): `<v>NaN</v>` or `<v>inf</v>` (which Excel never
    writes, but other programs and hostile files do) raises ValueError in the middle of the sheet, with no
    row or column to tell. As text, the cell reaches the column's reader, which refuses it in plain words
    with file, sheet, row and column ("'NaN' is not a number"); in a text column it is the text it shows.
    """

    col_counter: int  # openpyxl's: the column of the cell last read in the row

    def parse_cell(self, element: Any) -> dict[str, Any]:
        counter = self.col_counter  # a cell without a reference moves it on; a second try must not again
        try:
            return super().parse_cell(element)  # type: ignore[no-any-return]
        except ValueError:
            if element.get("t", "n") != "n" or element.find(FORMULA_TAG) is not None:
                raise
            self.col_counter = counter
            element.set("t", "str")  # a formula's cached text: read as it stands, with no conversion
            return super().parse_cell(element)  # type: ignore[no-any-return]


_OPENING = threading.Lock()  # the sheet class is swapped in openpyxl's reader only while fieldlog opens a file

MAX_UNPACKED_BYTES = 256 * 1024 * 1024  # about 400,000 rows of 12 columns
MAX_RATIO = 100  # unpacked : packed, per member; real sheets stay far below
MAX_ENTRIES = 10_000
MAX_COLUMNS = 1_000
CSV_DELIMITERS = (",", ";", "\t", "|")
csv.field_size_limit(16 * 1024 * 1024)  # long cells are refused by the cell reader, with row and column


class ImportRejected(FieldlogError):
    """A file (or a row of it) that fieldlog will not import; the message names file, sheet, row, column."""

    def __init__(self, message: str, *, needs_encoding: bool = False) -> None:
        super().__init__(message)
        self.needs_encoding = needs_encoding  # a CSV whose encoding the user must choose


class UnreadableFile(ImportRejected):
    """The file does not exist or cannot be opened at all (a usage problem rather than bad content)."""

    exit_status = 2


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A spreadsheet file to import: its path, format, content hash and sheets."""

    path: Path
    format: Literal["xlsx", "csv"]
    sha256: str
    sheets: tuple[str, ...]
    encoding: str | None = None  # CSV only
    delimiter: str | None = None  # CSV only

    @property
    def name(self) -> str:
        """The file's name as messages show it."""
        return self.path.name


def open_source(path: Path, *, encoding: str | None = None) -> SourceFile:
    """Inspect a file to import (.xlsx or .csv/.txt/.tsv); ImportRejected says why it cannot be read."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(4096)
    except FileNotFoundError:
        raise UnreadableFile(f"{path}: there is no such file") from None
    except OSError as error:
        raise UnreadableFile(f"{path}: cannot be read ({error.strerror})") from None
    suffix = path.suffix.casefold()
    if suffix in (".xlsx", ".xlsm"):
        _check_workbook(path, head)
        return SourceFile(path, "xlsx", file_sha256(path), _sheet_names(path))
    if suffix in (".csv", ".txt", ".tsv"):
        if head.startswith(b"PK\x03\x04"):
            raise ImportRejected(f"{path.name}: this is an Excel workbook with a .csv name; rename it to .xlsx")
        chosen = _encoding(path, head, encoding)
        delimiter = _delimiter(path, chosen)
        return SourceFile(path, "csv", file_sha256(path), (path.stem,), chosen, delimiter)
    if suffix == ".xls":
        raise ImportRejected(f"{path.name}: old Excel 97-2003 files (.xls) cannot be read; open it in a "
                             "spreadsheet program and save it as .xlsx")
    raise ImportRejected(f"{path.name}: fieldlog imports .xlsx and .csv files (and .fieldlog packages)")


# -- xlsx -------------------------------------------------------------------------------------------

def _check_workbook(path: Path, head: bytes) -> None:
    name = path.name
    if not head.startswith(b"PK\x03\x04"):
        text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
        if head.startswith(b"\xd0\xcf\x11\xe0"):
            raise ImportRejected(f"{name}: this is an old Excel 97-2003 file with an .xlsx name; open it in a "
                                 "spreadsheet program and save it as .xlsx")
        if text.startswith((b"<!doctype html", b"<html", b"<table", b"<?xml", b"<")):
            raise ImportRejected(f"{name}: this is a web page (HTML or XML), not an Excel workbook; open it in "
                                 "a spreadsheet program and save it as .xlsx, or save it as CSV")
        if _looks_like_text(head[:512]):
            raise ImportRejected(f"{name}: this looks like CSV text with an .xlsx name; rename it to .csv")
        raise ImportRejected(f"{name}: the file is incomplete or not an Excel workbook (it may have been cut "
                             "off while downloading)")
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise ImportRejected(f"{name}: the file is incomplete or not an Excel workbook (it may have been cut "
                             "off while downloading)") from None
    if len(members) > MAX_ENTRIES:
        raise ImportRejected(f"{name}: the workbook has {len(members):,} parts; fieldlog reads at most "
                             f"{MAX_ENTRIES:,}")
    if not any(member.filename == "xl/workbook.xml" for member in members):
        raise ImportRejected(f"{name}: the file is a zip archive but not an Excel workbook")
    unpacked = sum(member.file_size for member in members)
    if unpacked > MAX_UNPACKED_BYTES:
        raise ImportRejected(f"{name}: the workbook expands to {_megabytes(unpacked)} when unpacked; the "
                             f"limit is {_megabytes(MAX_UNPACKED_BYTES)}. Split it into smaller files.")
    for member in members:
        if member.file_size > 1 << 20 and member.file_size > MAX_RATIO * max(member.compress_size, 1):
            ratio = member.file_size // max(member.compress_size, 1)
            raise ImportRejected(f"{name}: part {member.filename} expands {ratio:,} times its packed size (the "
                                 f"limit is {MAX_RATIO}); the file is not a normal workbook")


def _megabytes(size: int) -> str:
    """A size for messages: 1.1 MB rather than a rounded 1 MB that would look within a 1 MB limit."""
    megabytes = size / 2**20
    shown = f"{megabytes:,.0f}" if megabytes >= 10 or megabytes.is_integer() else f"{megabytes:,.1f}"
    return f"{shown} MB"


_CONTROL_BYTES = frozenset(range(32)) - frozenset(b"\t\r\n") | {127}


def _looks_like_text(sample: bytes) -> bool:
    """Plain text in any common encoding (UTF-8 with or without BOM, UTF-16 with BOM, cp1252): no control bytes."""
    if sample.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        sample = sample[2:].decode("utf-16", "replace").encode("utf-8")
    return bool(sample.strip()) and not any(byte in _CONTROL_BYTES for byte in sample)


def _load(path: Path) -> Workbook:
    try:
        with _OPENING:
            excel.ReadOnlyWorksheet = _SizelessSheet
            try:
                return openpyxl.load_workbook(path, read_only=True, data_only=False, keep_links=False)
            finally:
                excel.ReadOnlyWorksheet = ReadOnlyWorksheet
    except Exception as error:
        raise ImportRejected(_unreadable_workbook(path.name, error)) from None


_UNSAFE_XML = ("EntitiesForbidden", "DTDForbidden", "ExternalReferenceForbidden", "NotSupportedError")


def _causes(error: BaseException) -> Iterator[BaseException]:
    """The error and the errors behind it (openpyxl wraps what the XML parser raised in a ValueError)."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        yield current
        current = current.__cause__ or current.__context__


def _unreadable_workbook(name: str, error: BaseException, where: str = "") -> str:
    chain = list(_causes(error))
    kinds = [type(cause).__name__ for cause in chain]
    if any(kind in _UNSAFE_XML or "DefusedXml" in kind for kind in kinds):
        return f"{name}{where}: unsafe XML in the workbook (it declares entities or a DTD); it was not read"
    if any(isinstance(cause, MemoryError) for cause in chain):
        return f"{name}{where}: the workbook is too large to read"
    if any(isinstance(cause, zlib.error | zipfile.BadZipFile | EOFError) for cause in chain):
        return (f"{name}{where}: the workbook is damaged: a compressed part of it cannot be unpacked (the file "
                "may have been cut off or corrupted while copying or downloading)")
    if any(isinstance(cause, SyntaxError | ExpatError) for cause in chain):  # the XML parsers' errors
        return f"{name}{where}: the workbook is damaged: its XML is malformed, so it cannot be read"
    return f"{name}{where}: the workbook is damaged or malformed and cannot be read ({kinds[-1]})"


def _sheet_names(path: Path) -> tuple[str, ...]:
    workbook = _load(path)
    try:
        return tuple(workbook.sheetnames)
    finally:
        workbook.close()


def _xlsx_rows(source: SourceFile, sheet: str) -> Iterator[tuple[int, tuple[Raw, ...]]]:
    workbook = _load(source.path)
    try:
        if sheet not in workbook.sheetnames:
            raise ImportRejected(f"{source.name}: there is no sheet '{sheet}' (sheets: "
                                 f"{', '.join(workbook.sheetnames)})")
        worksheet: Any = workbook[sheet]
        if not isinstance(worksheet, ReadOnlyWorksheet):
            raise ImportRejected(f"{source.name}, sheet '{sheet}': this is a chart sheet, not a table")
        number = 0
        try:
            for number, cells in _sheet_rows(worksheet):
                yield number, cells
        except ImportRejected:
            raise
        except Exception as error:
            raise ImportRejected(_unreadable_workbook(source.name, error,
                                                      f", sheet '{sheet}', after row {number}")) from None
    finally:
        workbook.close()


def _sheet_rows(worksheet: Any) -> Iterator[tuple[int, tuple[Raw, ...]]]:
    """Every row of a read-only sheet, numbered as the spreadsheet shows it (missing rows as empty ones).

    As openpyxl's own `iter_rows` with no declared size (a declared A1:XFD1048576 must not drive the
    reading), but through `_CellParser`, and with at most MAX_COLUMNS cells a row.
    """
    parent = worksheet.parent
    with worksheet._get_source() as source:
        parser = _CellParser(source, worksheet._shared_strings, data_only=False, epoch=parent.epoch,
                             date_formats=parent._date_formats, timedelta_formats=parent._timedelta_formats)
        expected = 1
        for number, cells in parser.parse():
            if number < expected:  # a row repeated or out of order: openpyxl skips it too
                continue
            for missing in range(expected, number):
                yield missing, ()
            width = min(max((cell["column"] for cell in cells), default=0), MAX_COLUMNS)
            values: list[Raw] = [None] * width
            for cell in cells:
                if 1 <= cell["column"] <= width:
                    values[cell["column"] - 1] = _raw(cell["value"], cell["data_type"])
            yield number, tuple(values)
            expected = number + 1


def _raw(value: Any, data_type: str) -> Raw:
    if value is None:
        return None
    if data_type == "f":
        return Formula(str(value))
    return value  # type: ignore[no-any-return]


# -- csv --------------------------------------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
KNOWN_ENCODINGS = ("utf-8", "utf-8-sig", "utf-16", "cp1252", "latin-1")


def _encoding(path: Path, head: bytes, chosen: str | None) -> str:
    for bom, name in _BOMS:
        if head.startswith(bom):
            return name
    if chosen is not None:
        try:
            codecs.lookup(chosen)
        except LookupError:
            raise ImportRejected(f"{path.name}: '{chosen}' is not an encoding fieldlog knows") from None
        return chosen
    if head.startswith(b"SQLite format 3\x00"):
        raise ImportRejected(f"{path.name}: this is an SQLite database, not a CSV file; fieldlog imports .xlsx "
                             "and .csv spreadsheets and .fieldlog packages (open a fieldlog database with "
                             "File > Open database or --db)")
    if head.count(b"\x00") > len(head) // 4:
        # UTF-16 text has a zero in every other byte; other binary files have zeros in long runs
        if b"\x00\x00\x00\x00" in head:
            raise ImportRejected(f"{path.name}: this is not a text file (it holds binary data), so it cannot be "
                                 "a CSV; fieldlog imports .xlsx and .csv spreadsheets and .fieldlog packages")
        raise ImportRejected(f"{path.name}: the file looks like UTF-16 text without a byte-order mark; "
                             "choose its encoding", needs_encoding=True)
    return "utf-8"


def _lines(handle: BinaryIO, encoding: str) -> Iterator[str]:
    """Text lines; bytes the encoding cannot read survive as lone surrogates, found per cell later."""
    if encoding.startswith("utf-16"):
        # Whole-stream decoding: UTF-16 lines cannot be split on the byte b"\n".
        reader = codecs.getreader(encoding)(handle, "surrogateescape")
        yield from iter(lambda: reader.readline(keepends=True), "")
        return
    decode = codecs.getincrementaldecoder(encoding)(errors="surrogateescape").decode
    for line in handle:
        yield decode(line)


def _delimiter(path: Path, encoding: str) -> str:
    with open(path, "rb") as handle:
        first = next(_lines(handle, encoding), "")
    counts = {candidate: 0 for candidate in CSV_DELIMITERS}
    quoted = False
    for char in first:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(CSV_DELIMITERS, key=lambda candidate: counts[candidate])
    return best if counts[best] else ","


_CSV_REASONS = {
    "unexpected end of data": "a quoted cell is never closed (a \" is missing), so the rest of the file "
                              "would be one cell",
    "field larger than field limit": "a cell is far too long",
    "expected after": "a cell has text after its closing quote (a \" inside a quoted cell must be written "
                      "twice, as \"\")",
    "new-line character seen in unquoted field": "a line break (carriage return) outside quotes splits a row; if "
                                                 "the whole file uses old Mac line endings, save it again as CSV",
}


def _csv_rows(source: SourceFile, header_row: int) -> Iterator[tuple[int, tuple[Raw, ...]]]:
    assert source.encoding is not None and source.delimiter is not None
    number = 0
    headers: list[str] = []
    with open(source.path, "rb") as handle:
        reader = csv.reader(_lines(handle, source.encoding), delimiter=source.delimiter, strict=True)
        try:
            for number, cells in enumerate(reader, start=1):
                if number == header_row:
                    headers = cells
                _check_decoded(source, number, cells, headers)
                # fieldlog's CSV export guards formula-like text with an apostrophe; take it off again
                yield number, tuple(strip_formula_guard(cell) if cell[:1] == "'" else cell
                                    for cell in cells[:MAX_COLUMNS])
        except csv.Error as error:
            reason = str(error)
            reason = next((text for key, text in _CSV_REASONS.items() if key in reason), reason)
            raise ImportRejected(f"{source.name}, row {number + 1}: the CSV is damaged: {reason}") from None


def _check_decoded(source: SourceFile, number: int, cells: list[str], headers: list[str]) -> None:
    try:
        "".join(cells).encode("utf-8")
    except UnicodeEncodeError:
        for column, cell in enumerate(cells, start=1):
            bad = next((ch for ch in cell if "\udc80" <= ch <= "\udcff"), None)
            if bad is not None:
                encoding = (source.encoding or "utf-8").removesuffix("-sig")
                header = " ".join(headers[column - 1].split()) if column <= len(headers) else ""
                where = f"column '{header}'" if header and number != 1 else f"column {column}"
                raise ImportRejected(
                    f"{source.name}, row {number}, {where}: byte 0x{ord(bad) - 0xDC00:02X} is not valid "
                    f"{encoding.upper()} (in '{cell.encode('utf-8', 'replace').decode()[:40]}'); choose the "
                    "file's encoding (files saved by Excel on Windows are often cp1252)",
                    needs_encoding=True) from None


def read_rows(source: SourceFile, sheet: str, header_row: int = 1) -> Iterator[tuple[int, tuple[Raw, ...]]]:
    """Every row of a sheet as (1-based row number, raw cells), streaming; ImportRejected on damage."""
    if source.format == "xlsx":
        return _xlsx_rows(source, sheet)
    return _csv_rows(source, header_row)
