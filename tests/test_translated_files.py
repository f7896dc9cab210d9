"""The template and the SER report in another language: the words change, the data do not.

`fieldlog template --lang es` and `fieldlog export report --lang fr` write sheet names, headers, notes,
instructions and labels from the shipped catalogues (`resources/translations/fieldlog_<lang>.ts`, read by
`fieldlog.io.language`); ids, dates, numbers, choice values and species names stay as fieldlog stores them, so a
French report imports back like an English one. Written to real .xlsx files and read back with openpyxl.

Two kinds of catalogue are used: the shipped ones (what users get), and a pseudo-language in which every marked
text comes back wrapped in ⟦ ⟧, which shows that every word a writer puts in a file goes through the catalogue
(an unmarked English word would stay unwrapped) while whatever is data stays the same.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from fieldlog.cli import main
from fieldlog.db.store import Database
from fieldlog.domain.kinds import VOCABULARY_LABELS, ActivityKind, LabelledEnum
from fieldlog.io import language as language_module
from fieldlog.io.columns import ACTIVITY_SHEETS, EVENTS, LITTER_ITEMS, TEMPLATE_SHEETS
from fieldlog.io.language import LANGUAGES, Catalogue, catalogue
from fieldlog.io.report import ABOUT_TITLE, SHEET_NAME_MAX, SPECIES_TITLE, SUMMARY_TITLE
from fieldlog.io.table_rows import export_sheets, exported_columns
from fieldlog.io.template import INSTRUCTIONS_TITLE, LISTS_TITLE, write_template
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.records import Records
from fieldlog.services.reference import countries
from fieldlog.services.reporting import export_report
from tests.conftest import Databases, location_of

PSEUDO = "fr"  # the language code the pseudo-translation stands in for
# The headers and sheets everyone sees first: once translators have done their part, each differs from English.
MAIN_SHEETS = (EVENTS, ACTIVITY_SHEETS[ActivityKind.PLANTING], LITTER_ITEMS)
MAIN_COLUMNS = ("event_name", "start", "site_name", "country_code", "participants", "species", "plants", "date")
EXCEL_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")


# -- the vocabularies -------------------------------------------------------------------------------------

def _subclasses(cls: type[LabelledEnum]) -> Iterator[type[LabelledEnum]]:
    for sub in cls.__subclasses__():
        yield sub
        yield from _subclasses(sub)


def test_every_member_of_every_vocabulary_has_its_label_marked_for_translation() -> None:
    import fieldlog.domain.photos  # noqa: F401  (PhotoTag is a LabelledEnum too)

    enums = list(_subclasses(LabelledEnum))
    assert {cls.__name__ for cls in enums} >= {"ActivityKind", "NativeStatus", "StockType", "RemovalMethod",
                                               "Phenology", "Disposal", "CleanupType", "Level", "PhotoTag"}
    missing = [f"{cls.__name__}.{member.name}: {member.label!r}" for cls in enums for member in cls
               if member.label not in VOCABULARY_LABELS]
    assert not missing, "add to VOCABULARY_LABELS in fieldlog/domain/kinds.py:\n" + "\n".join(missing)


def test_activity_sheets_are_named_after_their_kind() -> None:
    for kind, sheet in ACTIVITY_SHEETS.items():
        assert sheet.label == kind.label


# -- sheet names --------------------------------------------------------------------------------------------

def _template_names(language: str) -> list[str]:
    words = catalogue(language)
    return [words("template", INSTRUCTIONS_TITLE), *(s.label_in(language) for s in TEMPLATE_SHEETS),
            words("template", LISTS_TITLE)]


def _report_names(language: str) -> list[str]:
    words = catalogue(language)
    return [words("report", SUMMARY_TITLE), *(s.label_in(language) for s in export_sheets()),
            words("report", SPECIES_TITLE), words("report", ABOUT_TITLE)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_sheet_name_fits_excel_in_every_language(language: str) -> None:
    for names in (_template_names(language), _report_names(language)):
        for name in names:
            assert 0 < len(name) <= SHEET_NAME_MAX, f"{language}: sheet name {name!r} is over 31 characters"
            assert not EXCEL_FORBIDDEN.search(name), f"{language}: sheet name {name!r} has one of []:*?/\\"
            assert not name.startswith("'") and not name.endswith("'"), name
        assert len({name.casefold() for name in names}) == len(names), f"{language}: two sheets share a name"
    # A report's sheet past Excel's row limit continues on "<name> (2)", which the importer reads back.
    for sheet in export_sheets():
        name = sheet.label_in(language)
        assert len(f"{name} (99)") <= SHEET_NAME_MAX, f"{language}: {name!r} leaves no room for ' (99)'"


# -- the template in the shipped catalogues ---------------------------------------------------------------

@pytest.fixture(scope="module")
def english_template(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("template") / "template.xlsx"
    write_template(path, countries())
    return openpyxl.load_workbook(path)


@pytest.fixture(scope="module")
def spanish_template(tmp_path_factory: pytest.TempPathFactory) -> Any:
    path = tmp_path_factory.mktemp("template") / "plantilla.xlsx"
    assert main(["template", "--lang", "es", str(path)]) == 0
    return openpyxl.load_workbook(path)


def test_the_spanish_template_uses_the_spanish_catalogues_words(spanish_template: Any) -> None:
    words = catalogue("es")
    assert spanish_template.sheetnames == _template_names("es")
    assert spanish_template.sheetnames[0] == words("template", "Instructions")
    for sheet in TEMPLATE_SHEETS:
        worksheet = spanish_template[sheet.label_in("es")]
        headers = [cell.value for cell in worksheet[1]]
        assert headers == [column.header_in("es") for column in sheet.columns]
        assert headers[:2] == [words("columns", column.label) for column in sheet.columns[:2]]


def test_the_spanish_template_is_not_english(spanish_template: Any, english_template: Any) -> None:
    """Fails until the Spanish catalogue is translated (the words come from it, English meanwhile)."""
    english = english_template
    assert spanish_template.sheetnames[0] != english.sheetnames[0], "Instructions is not translated"
    for sheet in MAIN_SHEETS:
        assert sheet.label_in("es") != sheet.label, f"sheet {sheet.label!r} is not translated"
        assert sheet.label_in("es") in spanish_template.sheetnames
        headers = {cell.value for cell in spanish_template[sheet.label_in("es")][1]}
        for column in sheet.columns:
            if column.key in MAIN_COLUMNS:
                assert column.header_in("es") != column.header, f"column {column.label!r} is not translated"
                assert column.header_in("es") in headers and column.header not in headers


def test_the_spanish_template_holds_the_same_examples(spanish_template: Any, english_template: Any) -> None:
    english = english_template
    for sheet in TEMPLATE_SHEETS:
        ours = spanish_template[sheet.label_in("es")]
        theirs = english[sheet.label]
        for key, mine, its in zip(sheet.keys, ours[2], theirs[2], strict=True):
            if key != "notes":  # the example's note is a sentence for the reader
                assert mine.value == its.value, (sheet.key, key)


def test_english_is_the_default_and_unchanged(tmp_path: Path) -> None:
    default, english = tmp_path / "default.xlsx", tmp_path / "en.xlsx"
    write_template(default, countries())
    assert main(["template", "--lang", "en", str(english)]) == 0
    first, second = openpyxl.load_workbook(default), openpyxl.load_workbook(english)
    assert first.sheetnames == second.sheetnames == ["Instructions", *(s.label for s in TEMPLATE_SHEETS), "Lists"]
    assert _cells(first) == _cells(second)
    for sheet in TEMPLATE_SHEETS:
        assert [cell.value for cell in first[sheet.label][1]] == [column.header for column in sheet.columns]
    assert first["Instructions"]["A1"].value == "fieldlog spreadsheet template"
    assert first["Instructions"]["A6"].value.startswith("2. Each row is one record. Keep the sheet names")


def _cells(book: Any) -> dict[str, list[tuple[Any, ...]]]:
    return {ws.title: list(ws.iter_rows(values_only=True)) for ws in book.worksheets}


# -- the report in the shipped catalogues ------------------------------------------------------------------

@pytest.fixture
def demo(databases: Databases) -> Database:
    database = databases.open("demo")
    fill_demo_data(Records(database), events=40, seed=5)
    return database


def _reports(database: Database, folder: Path, other: str) -> tuple[Any, Any]:
    english, translated = folder / "report_en.xlsx", folder / f"report_{other}.xlsx"
    export_report(database, english)
    export_report(database, translated, language=other)
    return openpyxl.load_workbook(english), openpyxl.load_workbook(translated)


def _assert_same_data(english: Any, translated: Any) -> None:
    """Every detail sheet's cells below the header are equal, sheet by sheet in order; the Summary's, Species'
    and About's numbers, figure keys, countries and species names too."""
    assert len(english.worksheets) == len(translated.worksheets)
    details = len(list(export_sheets()))
    pairs = list(zip(english.worksheets, translated.worksheets, strict=True))
    for ours, theirs in pairs[1:1 + details]:
        assert [c.value for c in ours[1]] != [] and ours.max_row == theirs.max_row
        assert list(ours.iter_rows(min_row=2, values_only=True)) == list(theirs.iter_rows(min_row=2, values_only=True))
    for ours, theirs in (pairs[0], *pairs[1 + details:]):
        for mine, its in zip(ours.iter_rows(), theirs.iter_rows(), strict=True):
            for a, b in zip(mine, its, strict=True):
                if isinstance(a.value, int | float) or isinstance(b.value, int | float):
                    assert a.value == b.value, (ours.title, a.coordinate)
                elif isinstance(a.value, dt.datetime):  # generated at: the two reports were made seconds apart
                    assert isinstance(b.value, dt.datetime) and abs(a.value - b.value) < dt.timedelta(minutes=5)
    summary_en, summary_other = pairs[0]
    keys = [row[2] for row in summary_en.iter_rows(min_row=7, values_only=True) if row[2] and "." in str(row[2])]
    assert keys and keys == [row[2] for row in summary_other.iter_rows(min_row=7, values_only=True)
                             if row[2] and "." in str(row[2])]
    species_en, species_other = pairs[-2]
    assert [r[1:] for r in species_en.iter_rows(min_row=2, values_only=True)] == \
        [r[1:] for r in species_other.iter_rows(min_row=2, values_only=True)]


def test_a_french_report_holds_the_same_data_as_the_english_one(demo: Database, tmp_path: Path) -> None:
    english, french = _reports(demo, tmp_path, "fr")
    assert french.sheetnames == _report_names("fr")
    for sheet, worksheet in zip(export_sheets(), french.worksheets[1:], strict=False):
        assert worksheet.title == sheet.label_in("fr")
        assert [c.value for c in worksheet[1]] == [c.header_in("fr") for c in exported_columns(sheet)]
    _assert_same_data(english, french)


def test_the_english_report_is_unchanged_by_the_language_option(demo: Database, tmp_path: Path) -> None:
    english, again = _reports(demo, tmp_path, "en")
    assert english.sheetnames == ["Summary", *(s.label for s in export_sheets()), "Species", "About"]
    assert _cells(english).keys() == _cells(again).keys()
    for title in english.sheetnames:
        if title not in ("Summary", "About"):  # those two say when they were made
            assert _cells(english)[title] == _cells(again)[title]
    assert english["Summary"]["A1"].value == "SER report" and english["About"]["A1"].value == "About this report"


def test_the_command_line_writes_a_report_in_a_language(demo: Database, tmp_path: Path) -> None:
    out = tmp_path / "rapport.xlsx"
    assert main(["--db", str(location_of(demo)), "export", "report", "--lang", "fr", str(out)]) == 0
    assert openpyxl.load_workbook(out).sheetnames == _report_names("fr")


# -- a pseudo-language: every marked word goes through the catalogue ------------------------------------------

class _Wrapped(dict[tuple[str, str], str]):
    """Every text of every context, "translated" as ⟦text⟧."""

    def get(self, key: tuple[str, str], default: Any = None) -> str:  # type: ignore[override]
        return f"⟦{key[1]}⟧"


@pytest.fixture
def pseudo(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    catalogue.cache_clear()
    real = language_module._read
    monkeypatch.setattr(language_module, "_read", lambda code: _Wrapped() if code == PSEUDO else real(code))
    assert isinstance(catalogue(PSEUDO), Catalogue)
    yield PSEUDO
    catalogue.cache_clear()


def _texts(worksheet: Any) -> list[tuple[str, str]]:
    return [(cell.coordinate, cell.value) for row in worksheet.iter_rows() for cell in row
            if isinstance(cell.value, str)]


def test_every_word_of_the_template_is_translated_and_no_value_is(pseudo: str, tmp_path: Path,
                                                                   english_template: Any) -> None:
    path = tmp_path / "pseudo.xlsx"
    write_template(path, countries(), pseudo)
    book = openpyxl.load_workbook(path)
    english = english_template
    assert all(name.startswith("⟦") for name in book.sheetnames)
    for sheet in TEMPLATE_SHEETS:
        worksheet = book[sheet.label_in(pseudo)]
        for cell, column in zip(worksheet[1], sheet.columns, strict=True):
            assert cell.value.startswith(f"⟦{column.label}⟧"), cell.value
            assert cell.comment is None or "⟦" in cell.comment.text
        for validation in worksheet.data_validations.dataValidation:
            assert "⟦" in validation.errorTitle and "⟦" in validation.error
        examples = english[sheet.label]
        for key, mine, its in zip(sheet.keys, worksheet[2], examples[2], strict=True):
            assert mine.value == its.value or key == "notes"
            if mine.value in ("Native", "Container", "Hand pull"):  # a drop-down offers what fieldlog reads
                assert f'"{mine.value}' in str(_validation_of(worksheet, mine.column_letter).formula1) or \
                    f",{mine.value}" in str(_validation_of(worksheet, mine.column_letter).formula1)
    instructions = book.worksheets[0]
    untranslated = [(where, text) for where, text in _texts(instructions) if "⟦" not in text]
    assert not untranslated, untranslated
    lists = book.worksheets[-1]
    assert all(cell.value.startswith("⟦") for cell in lists[1])


def _validation_of(worksheet: Any, letter: str) -> Any:
    for validation in worksheet.data_validations.dataValidation:
        if any(openpyxl.utils.get_column_letter(r.min_col) == letter for r in validation.sqref.ranges):
            return validation
    raise AssertionError(letter)


def test_every_word_of_the_report_is_translated_and_no_value_is(pseudo: str, demo: Database, tmp_path: Path) -> None:
    english, translated = _reports(demo, tmp_path, pseudo)
    assert all(name.startswith("⟦") for name in translated.sheetnames)
    _assert_same_data(english, translated)
    details = len(list(export_sheets()))
    for worksheet in translated.worksheets[1:1 + details]:
        assert all(cell.value.startswith("⟦") for cell in worksheet[1])
    # What stays as it is: figure keys, unit symbols, countries, species names, the program's version.
    summary, species, about = translated.worksheets[0], translated.worksheets[-2], translated.worksheets[-1]
    english_summary = english.worksheets[0]
    data = {cell.value for row in english_summary.iter_rows(min_row=7, min_col=3, max_col=3) for cell in row}
    by_country = next(cell.row for cell in english_summary["A"] if cell.value == "By country")
    data |= {cell.value for row in english_summary.iter_rows(min_row=by_country + 2, max_col=2) for cell in row}
    data |= {"h", "m²", "g", "kg", "m"}
    untranslated = [(where, text) for where, text in _texts(summary) if "⟦" not in text and text not in data]
    assert not untranslated, untranslated
    assert all("⟦" in text for where, text in _texts(species) if where[0] != "B" or where == "B1")
    labels = [text for where, text in _texts(about) if where[0] == "A"]
    assert labels and all("⟦" in text for text in labels)
    notes = [text for where, text in _texts(about) if where[0] == "B" and len(text) > 60]
    assert len(notes) >= 3 and all("⟦" in text for text in notes)
