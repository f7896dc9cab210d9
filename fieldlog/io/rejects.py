"""The spreadsheet of rejected rows: each row as it was in the source, with the reason, ready to fix and re-import."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font

from fieldlog.io.atomic import atomic_path
from fieldlog.io.cells import Formula

MAX_SHEET_TITLE = 31


@dataclass(frozen=True, slots=True)
class RejectedRow:
    """A source row that was not imported, with its cells and why."""

    sheet: str
    row: int
    cells: tuple[Any, ...]
    reason: str


def text_cell(worksheet: Any, value: Any, font: Font | None = None) -> WriteOnlyCell:
    """A write-only cell; text is always stored as text, never as a formula (even when it starts with =)."""
    if isinstance(value, Formula):
        value = value.text
    cell = WriteOnlyCell(worksheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"  # openpyxl would store "=..." as a formula
    if font is not None:
        cell.font = font
    return cell


def write_rejected_rows(path: Path, headers: Mapping[str, Sequence[str]], rows: Sequence[RejectedRow]) -> None:
    """One sheet per source sheet: its headers, then each rejected row with 'Problem' and 'Source row' first."""
    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    by_sheet: dict[str, list[RejectedRow]] = {}
    for row in rows:
        by_sheet.setdefault(row.sheet, []).append(row)
    for sheet, sheet_rows in by_sheet.items():
        worksheet = workbook.create_sheet(_title(sheet, workbook.sheetnames))
        worksheet.freeze_panes = "C2"
        titles = ["Problem", "Source row", *headers.get(sheet, ())]
        worksheet.append([text_cell(worksheet, title, bold) for title in titles])
        for row in sheet_rows:
            worksheet.append([text_cell(worksheet, row.reason), row.row,
                              *(text_cell(worksheet, value) for value in row.cells)])
    with atomic_path(path) as temporary:
        workbook.save(temporary)


def _title(sheet: str, taken: Sequence[str]) -> str:
    title = "".join(" " if ch in "[]:*?/\\" else ch for ch in sheet)[:MAX_SHEET_TITLE] or "Sheet"
    candidate, number = title, 2
    while candidate in taken:
        suffix = f" ({number})"
        candidate, number = title[:MAX_SHEET_TITLE - len(suffix)] + suffix, number + 1
    return candidate
