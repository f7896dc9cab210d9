"""A Spanish template filled in and imported, and a French report imported back, give the summary of their
English twins: the files' words change with `--lang`, their data do not.

Both twins are written by fieldlog's own writers (the command line's `template --lang` and `export report
--lang` call them), filled or read with openpyxl, and imported into their own real databases.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldlog.domain.kinds import ActivityKind, LabelledEnum, NativeStatus, RemovalMethod
from fieldlog.io.columns import ACTIVITY_SHEETS, EVENTS, Sheet
from fieldlog.io.language import catalogue
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.importing import import_file
from fieldlog.services.records import Records
from fieldlog.services.reporting import export_report
from fieldlog.services.summary import summarize
from fieldlog.services.template import write_template
from tests.conftest import Databases

PLANTING = ACTIVITY_SHEETS[ActivityKind.PLANTING]
INVASIVE = ACTIVITY_SHEETS[ActivityKind.INVASIVE_REMOVAL]
ROWS: dict[Sheet, list[dict[str, Any]]] = {
    EVENTS: [{"event_name": "Día de plantación", "start": dt.datetime(2026, 5, 16, 9), "site_name": "Cerro Verde",
              "country_code": "CO", "participants": 18, "volunteer_hours": 54}],
    PLANTING: [{"event_name": "Día de plantación", "species": "Alnus acuminata", "plants": 120,
                "native_status": NativeStatus.NATIVE, "area_m2": 2500.5}],
    INVASIVE: [{"event_name": "Día de plantación", "species": "Ulex europaeus", "method": RemovalMethod.HAND_PULL,
                "weight_kg": 12.25, "bags": 4}],
}


def fill(template: Path, language: str) -> Path:
    """Append ROWS under each sheet's example rows, found by the sheet's name and headers in `language`,
    choices written as a volunteer of that language picks them (their translated label)."""
    book = openpyxl.load_workbook(template)
    for sheet, rows in ROWS.items():
        worksheet = book[sheet.label_in(language)]
        headers = [cell.value for cell in worksheet[1]]
        column_of = {column.key: headers.index(column.header_in(language)) + 1 for column in sheet.columns}
        start = max(row for row in range(1, worksheet.max_row + 1)
                    if any(worksheet.cell(row, c).value is not None for c in column_of.values())) + 1
        for offset, values in enumerate(rows):
            for key, value in values.items():
                if isinstance(value, LabelledEnum):
                    value = catalogue(language)("vocabulary", value.label)
                worksheet.cell(start + offset, column_of[key], value)
    out = template.with_name(f"filled-{template.name}")
    book.save(out)
    return out


def test_a_spanish_template_filled_in_imports_to_the_summary_of_its_english_twin(databases: Databases,
                                                                                  tmp_path: Path) -> None:
    english, spanish = databases.open("en"), databases.open("es")
    write_template(tmp_path / "en.xlsx", "en")
    write_template(tmp_path / "es.xlsx", "es")
    assert openpyxl.load_workbook(tmp_path / "es.xlsx").sheetnames != openpyxl.load_workbook(
        tmp_path / "en.xlsx").sheetnames, "the Spanish template has English sheet names"
    for database, language in ((english, "en"), (spanish, "es")):
        preview, result = import_file(database, fill(tmp_path / f"{language}.xlsx", language))
        assert not preview.errors, [outcome.reasons for outcome in preview.errors]
        assert result.added > len(ROWS)
    assert summarize(spanish).differences(summarize(english)) == []
    planted = summarize(spanish).planting.plants
    assert planted >= 120  # the rows typed in went in, beside the template's examples
    names = {event.event_name for event in Records(spanish).list_events()}
    assert "Día de plantación" in names


def test_a_french_report_imports_back_to_the_summary_of_its_english_twin(databases: Databases,
                                                                        tmp_path: Path) -> None:
    source = databases.open("source")
    fill_demo_data(Records(source), events=25, seed=7)
    english_report = export_report(source, tmp_path / "report-en.xlsx").path
    french_report = export_report(source, tmp_path / "report-fr.xlsx", language="fr").path
    assert "Summary" not in openpyxl.load_workbook(french_report).sheetnames
    english, french = databases.open("en"), databases.open("fr")
    for database, report in ((english, english_report), (french, french_report)):
        preview, _ = import_file(database, report)
        assert not preview.errors, [outcome.reasons for outcome in preview.errors]
    # Float sums compared to 1 part in 10^9: PostgreSQL adds the rows of each database in its own order.
    assert summarize(french).differences(summarize(english)) == []
    assert summarize(english).differences(summarize(source)) == []


@pytest.mark.parametrize("language", ["es", "fr", "pt"])
def test_the_shipped_catalogues_translate_the_files_words(language: str) -> None:
    """The twins above differ in words, not only in name: the main sheets and headers are translated."""
    words = catalogue(language)
    assert words("sheets", "Events") != "Events" and words("sheets", "Planting") != "Planting"
    assert words("columns", "Species") != "Species" and words("columns", "Plants") != words("columns", "Species")
