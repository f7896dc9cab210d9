"""The coordinator's spreadsheet template, written to real files and read back with openpyxl."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldlog.domain.checks import check_activity, check_event, check_site
from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.records import ACTIVITY_CLASSES, Event, LitterItem, LitterPickup, Site
from fieldlog.domain.units import UNITS
from fieldlog.io.columns import EVENTS, LITTER_ITEMS, TEMPLATE_SHEETS, Sheet, ValueType
from fieldlog.io.template import LAST_ROW, LISTS_TITLE, write_template
from fieldlog.services.reference import ReferenceData, countries

TODAY = dt.date(2026, 11, 21)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.xlsx"
    write_template(path, countries())
    return path


@pytest.fixture(scope="module")
def book(template: Path) -> Any:
    return openpyxl.load_workbook(template)


def _validations(worksheet: Any) -> dict[str, Any]:
    """Each validation by the column letter of its range (every range is one column, rows 2..LAST_ROW)."""
    found: dict[str, Any] = {}
    for validation in worksheet.data_validations.dataValidation:
        for cell_range in validation.sqref.ranges:
            assert cell_range.min_row == 2 and cell_range.max_row == LAST_ROW
            assert cell_range.min_col == cell_range.max_col
            found[openpyxl.utils.get_column_letter(cell_range.min_col)] = validation
    return found


def _letter(sheet: Sheet, key: str) -> str:
    return openpyxl.utils.get_column_letter(sheet.keys.index(key) + 1)


def _example_rows(book: Any, sheet: Sheet) -> list[dict[str, Any]]:
    rows = book[sheet.label].iter_rows(min_row=2, values_only=True)
    return [dict(zip(sheet.keys, row, strict=True)) for row in rows if any(v is not None for v in row)]


def test_sheets_in_order_with_headers_from_the_column_spec(book: Any) -> None:
    assert book.sheetnames == ["Instructions", *(s.label for s in TEMPLATE_SHEETS), LISTS_TITLE]
    assert book.active.title == "Instructions"
    assert book[LISTS_TITLE].sheet_state == "hidden"
    for sheet in TEMPLATE_SHEETS:
        worksheet = book[sheet.label]
        assert [cell.value for cell in worksheet[1]] == [c.header for c in sheet.columns]
        assert [cell.font.b for cell in worksheet[1]] == [c.required for c in sheet.columns]
        assert worksheet.freeze_panes == "A2"
        assert worksheet.auto_filter.ref.startswith("A1:")
        assert all(worksheet.column_dimensions[_letter(sheet, k)].width >= 10 for k in sheet.keys)


def test_header_comments_carry_help_and_personal_notes(book: Any) -> None:
    for sheet in TEMPLATE_SHEETS:
        for index, column in enumerate(sheet.columns, start=1):
            comment = book[sheet.label].cell(row=1, column=index).comment
            if column.help:
                assert comment is not None and column.help[1:] in comment.text
            if column.personal:
                assert comment is not None and "Personal data" in comment.text


def test_choice_columns_have_drop_downs_of_their_labels(book: Any) -> None:
    checked = 0
    for sheet in TEMPLATE_SHEETS:
        validations = _validations(book[sheet.label])
        for column in sheet.columns:
            if column.value_type is not ValueType.CHOICE:
                continue
            assert column.choices is not None
            validation = validations[_letter(sheet, column.key)]
            assert validation.type == "list" and validation.allow_blank and validation.showErrorMessage
            assert validation.errorStyle in (None, "stop") and validation.error
            assert validation.formula1.strip('"').split(",") == [m.label for m in column.choices]
            checked += 1
    assert checked == 6


def test_country_drop_down_reads_the_hidden_lists_sheet(book: Any) -> None:
    validation = _validations(book[EVENTS.label])[_letter(EVENTS, "country_code")]
    assert validation.type == "list" and validation.allow_blank
    assert validation.formula1.startswith(f"'{LISTS_TITLE}'!$A$2:$A$")
    # A warning, not a stop: an English country name is accepted too.
    assert validation.errorStyle == "warning" and "English" in validation.error
    lists = book[LISTS_TITLE]
    last = int(validation.formula1.rsplit("$", 1)[1])
    codes = {lists.cell(row=row, column=1).value for row in range(2, last + 1)}
    assert {"KE", "FR", "US", "XK"} <= codes and len(codes) == last - 1 > 240
    names = {lists.cell(row=row, column=1).value: lists.cell(row=row, column=2).value for row in range(2, last + 1)}
    assert names["KE"] == "Kenya"


def test_without_country_names_the_lists_still_hold_every_code(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path)
    lists = openpyxl.load_workbook(path)[LISTS_TITLE]
    codes = [row[0] for row in lists.iter_rows(min_row=2, max_col=1, values_only=True) if row[0]]
    assert "KE" in codes and len(codes) > 200


def test_number_date_coordinate_and_unit_validations(book: Any) -> None:
    for sheet in TEMPLATE_SHEETS:
        validations = _validations(book[sheet.label])
        for column in sheet.columns:
            validation = validations.get(_letter(sheet, column.key))
            match column.value_type:
                case ValueType.INTEGER:
                    assert (validation.type, validation.operator, validation.formula1) == (
                        "whole", "greaterThanOrEqual", "0")
                case ValueType.NUMBER:
                    assert validation.type == "decimal" and validation.formula1 == "0"
                case ValueType.DATE | ValueType.DATETIME:
                    assert validation.type == "date" and validation.operator == "between"
                case ValueType.LATITUDE:
                    assert (validation.type, validation.formula1, validation.formula2) == ("decimal", "-90", "90")
                case ValueType.LONGITUDE:
                    assert (validation.type, validation.formula1, validation.formula2) == (
                        "decimal", "-180", "180")
                case ValueType.TEXT | ValueType.LONG_TEXT | ValueType.ID if column.key not in ("unit",
                                                                                             "item_category"):
                    assert validation is None
            if validation is not None:
                assert validation.allow_blank and validation.showErrorMessage and validation.error
    other = ACTIVITY_SHEETS_BY_KIND[ActivityKind.OTHER]
    unit = _validations(book[other.label])[_letter(other, "unit")]
    assert unit.type == "list" and unit.formula1.strip('"').split(",") == [u.symbol for u in UNITS]
    item = _validations(book[LITTER_ITEMS.label])[_letter(LITTER_ITEMS, "item_category")]
    assert item.type == "list" and item.formula1.startswith(f"'{LISTS_TITLE}'!$C$2")


ACTIVITY_SHEETS_BY_KIND = {sheet.kind: sheet for sheet in TEMPLATE_SHEETS if sheet.kind is not None}


def test_instructions_explain_every_sheet_and_column(book: Any) -> None:
    text = "\n".join(str(value) for row in book["Instructions"].iter_rows(values_only=True)
                     for value in row if value is not None)
    for sheet in TEMPLATE_SHEETS:
        assert f"Columns of the {sheet.label} sheet" in text
        for column in sheet.columns:
            assert column.header in text
    for phrase in ("Area (ha)", "2026-05-30", "Event id", "Start, Site, Country and Participants",
                   "same Event and Date", "starts with =", "example", "*"):
        assert phrase in text


def test_example_rows_are_typed_and_marked(book: Any) -> None:
    for sheet in TEMPLATE_SHEETS:
        worksheet = book[sheet.label]
        rows = _example_rows(book, sheet)
        assert rows, sheet.label
        assert all(row["event_name"] == "Riverside restoration day" for row in rows)
        for row in rows:
            for column in sheet.columns:
                value = row[column.key]
                if value is None:
                    continue
                match column.value_type:
                    case ValueType.DATE | ValueType.DATETIME:
                        assert isinstance(value, dt.datetime)
                    case ValueType.INTEGER:
                        assert type(value) is int
                    case ValueType.NUMBER | ValueType.LATITUDE | ValueType.LONGITUDE:
                        assert isinstance(value, int | float)
        for cell in worksheet[2]:
            if cell.value is not None:
                assert cell.font.i
            if isinstance(cell.value, dt.datetime):
                assert cell.number_format in ("yyyy-mm-dd", "yyyy-mm-dd hh:mm")
    assert book[EVENTS.label].cell(row=2, column=EVENTS.keys.index("start") + 1).number_format == "yyyy-mm-dd hh:mm"
    assert len(_example_rows(book, LITTER_ITEMS)) > 1


def test_example_rows_pass_every_quality_check(book: Any) -> None:
    """An unmodified template must import cleanly, so its examples raise no error and no warning."""
    reference = ReferenceData()
    (event_row,) = _example_rows(book, EVENTS)
    site = Site(name=event_row["site_name"], country_code=event_row["country_code"], locality=event_row["locality"],
                latitude=event_row["latitude"], longitude=event_row["longitude"],
                area_m2=float(event_row["site_area_m2"]))
    event = Event(event_name=event_row["event_name"], site_id=site.id, start=event_row["start"],
                  end=event_row["end"], campaign=event_row["campaign"], participants=event_row["participants"],
                  organisation=event_row["organisation"], organizer_name=event_row["organizer_name"],
                  organizer_contact=event_row["organizer_contact"], notes=event_row["notes"])
    assert check_site(site, reference) == []
    assert check_event(event) == []
    for kind, sheet in ACTIVITY_SHEETS_BY_KIND.items():
        (row,) = _example_rows(book, sheet)
        values: dict[str, Any] = {"event_id": event.id}
        for column in sheet.columns:
            value = row[column.key]
            if value is None or column.key in ("activity_id", "event_id", "event_name"):
                continue
            if column.choices is not None:
                value = column.choices.parse(value)
            elif column.value_type is ValueType.DATE:
                value = value.date()
            elif column.value_type is ValueType.NUMBER:
                value = float(value)
            values[column.key] = value
        activity = ACTIVITY_CLASSES[kind](**values)
        if isinstance(activity, LitterPickup):
            items = tuple(LitterItem(activity_id=activity.id, item_category=item["item_category"],
                                     item_count=item["item_count"])
                          for item in _example_rows(book, LITTER_ITEMS)
                          if item["event_name"] == row["event_name"] and item["date"] == row["date"])
            assert len(items) == 3
            activity = LitterPickup(**{**values, "items": items})
        assert check_activity(activity, event, site, reference, today=TODAY) == [], kind


def test_text_like_a_formula_is_written_as_text(tmp_path: Path) -> None:
    path = tmp_path / "t.xlsx"
    write_template(path, [("KE", "=HYPERLINK(\"http://evil\")")])
    lists = openpyxl.load_workbook(path)[LISTS_TITLE]
    assert lists["B2"].value == "=HYPERLINK(\"http://evil\")"
    assert lists["B2"].data_type == "s"


def test_writing_over_a_file_replaces_it(tmp_path: Path) -> None:
    path = tmp_path / "template.xlsx"
    path.write_bytes(b"old contents")
    write_template(path, countries())
    assert openpyxl.load_workbook(path).sheetnames[0] == "Instructions"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["template.xlsx"]


def test_a_failed_write_leaves_the_old_file_and_no_temp_file(tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "template.xlsx"
    path.write_bytes(b"old contents")

    def fail(self: Any, filename: Any) -> None:
        Path(filename).write_bytes(b"half a workbook")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(openpyxl.Workbook, "save", fail)
    with pytest.raises(OSError, match="No space"):
        write_template(path, countries())
    assert path.read_bytes() == b"old contents"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["template.xlsx"]
