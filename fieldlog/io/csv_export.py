"""Plain CSV files of the column spec's sheets: one file per sheet, named by the sheet's key (events.csv,
planting.csv, ..., litter_items.csv), with the sheet's headers, so fieldlog imports them back without a mapping.

The files are UTF-8 *with* a byte-order mark. Excel, which most coordinators open a CSV with, reads a CSV
without one in the Windows code page and turns every accented site name (Forêt, Bogotá) into mojibake;
fieldlog's own reader, Python's utf-8-sig, pandas and LibreOffice all take the mark in their stride.

Text that a spreadsheet would run as a formula (a cell starting with =, +, -, @, tab or CR) gets a leading
apostrophe, the neutralisation OWASP recommends; `strip_formula_guard` undoes it exactly, for the importer.
"""

from __future__ import annotations

import csv
import datetime as dt
import math
from collections.abc import Sequence
from typing import TextIO

from fieldlog.io.columns import Column, Sheet

ENCODING = "utf-8-sig"
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
GUARD = "'"


def csv_name(sheet: Sheet) -> str:
    """The file a sheet is written to: its key, which the importer recognises as that table."""
    return f"{sheet.key}.csv"


def neutralise(text: str) -> str:
    """`text` with an apostrophe in front when a spreadsheet would read it as a formula.

    Text that already starts with apostrophes followed by a trigger gets one more too, so that removing one
    leading apostrophe on import (`strip_formula_guard`) gives back exactly what was stored, whatever it was.
    """
    return GUARD + text if text.lstrip(GUARD).startswith(FORMULA_TRIGGERS) else text


def strip_formula_guard(text: str) -> str:
    """The inverse of `neutralise`: one leading apostrophe removed when apostrophes and a trigger follow."""
    if text.startswith(GUARD) and text.lstrip(GUARD).startswith(FORMULA_TRIGGERS):
        return text[1:]
    return text


def csv_cell(value: object) -> str:
    """One value as CSV text: empty for None, ISO dates and times, numbers in their shortest exact form."""
    if value is None:
        return ""
    if isinstance(value, str):
        return neutralise(value)
    if isinstance(value, bool):  # before int: bool is an int
        return "TRUE" if value else "FALSE"
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""  # no NaN or inf: no spreadsheet reads them back
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="seconds" if value.second else "minutes")
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


class CsvTable:
    """One CSV file being written: the header row first, then a row per call of `write`."""

    def __init__(self, handle: TextIO, columns: Sequence[Column]) -> None:
        self._writer = csv.writer(handle, lineterminator="\r\n")  # RFC 4180 line ends
        self._width = len(columns)
        self._writer.writerow([column.header for column in columns])
        self.rows = 0

    def write(self, values: Sequence[object]) -> None:
        """Write one row of values, given in the columns' order."""
        if len(values) != self._width:
            raise ValueError(f"a row of {len(values)} values for {self._width} columns")
        self._writer.writerow([csv_cell(value) for value in values])
        self.rows += 1
