"""Species names by language: scientific names stay as they are in every language; common names show in the
user's language where the checklist has them, and a common name typed in any language finds its species."""

from __future__ import annotations

import csv
import datetime as dt
import uuid
from pathlib import Path
from typing import Any

import pytest

from fieldlog.db.store import Database
from fieldlog.domain.checks import check_activity
from fieldlog.domain.records import Planting
from fieldlog.io.language import LANGUAGES
from fieldlog.io.resources import ChecklistEntry, read_checklist, resource_path
from fieldlog.services.importing import preview_import
from fieldlog.services.reference import ReferenceData, checklist, species_display_name

NOT_ON_CHECKLIST = "not on the species checklist"


def name_column(language: str) -> str:
    """The checklist column of a language's common names."""
    return "common_names" if language == "en" else f"common_names_{language}"


@pytest.fixture(scope="module")
def reference() -> ReferenceData:
    return ReferenceData()


def by_name(name: str) -> ChecklistEntry:
    [entry] = [e for e in checklist() if e.scientific_name == name]
    return entry


# -- the shipped file -------------------------------------------------------------------------------

def test_every_row_has_the_header_columns_and_a_name_column_per_language() -> None:
    with open(resource_path("species.csv"), encoding="utf-8", newline="") as handle:
        header, *rows = list(csv.reader(handle))
    assert {name_column(language) for language in LANGUAGES} <= set(header)
    assert {"scientific_name", "family", "native_in", "introduced_in"} <= set(header)
    assert rows and all(len(row) == len(header) for row in rows), "a row with a missing or extra column"


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_name_is_given_twice_in_a_language(language: str) -> None:
    # A name given to two species would find either when typed: the checklist must not be ambiguous.
    seen: dict[str, str] = {}
    with open(resource_path("species.csv"), encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle):
            for name in (part.strip() for part in row[name_column(language)].split(";") if part.strip()):
                species = row["scientific_name"]
                assert name.casefold() not in seen, f"{name!r} names {seen.get(name.casefold())} and {species}"
                seen[name.casefold()] = species


def test_a_common_name_in_any_language_names_one_species_only() -> None:
    owners: dict[str, set[str]] = {}
    for entry in read_checklist():
        for name in entry.common_names:
            owners.setdefault(name.casefold(), set()).add(entry.scientific_name)
    assert {name: species for name, species in owners.items() if len(species) > 1} == {}


# -- loading ---------------------------------------------------------------------------------------

def test_the_checklist_loads_every_species_names_by_language() -> None:
    entries = read_checklist()
    assert len(entries) > 150
    for entry in entries:
        in_each = [entry.common_names_in(language) for language in LANGUAGES]
        # common_names is every name of every language, English first, each once
        assert set(entry.common_names) == {name for names in in_each for name in names}, entry.scientific_name
        assert entry.common_names[: len(in_each[0])] == in_each[0]
        assert len(set(entry.common_names)) == len(entry.common_names)
    # every shipped language has names for a good part of the checklist
    for language in LANGUAGES:
        assert sum(1 for e in entries if e.common_names_in(language)) > 60, language


def test_names_are_filed_under_their_language() -> None:
    cork = by_name("Quercus suber")
    assert cork.common_names_in("en") == ("cork oak",)
    assert cork.common_names_in("es") == ("alcornoque",)
    assert cork.common_names_in("fr") == ("chêne-liège",)
    assert cork.common_names_in("pt") == ("sobreiro",)
    assert cork.common_names_in("pt_BR") == cork.common_names_in("pt-BR") == ("sobreiro",)
    assert cork.common_names_in("de") == ()  # a language the checklist has no column for
    # the French name that used to sit among the English ones is French now
    assert "sapin pectiné" not in by_name("Abies alba").common_names_in("en")
    assert "sapin pectiné" in by_name("Abies alba").common_names_in("fr")


def test_a_checklist_without_language_columns_still_reads_as_english(tmp_path: Path) -> None:
    path = tmp_path / "species.csv"
    path.write_text("scientific_name,family,common_names,native_in,introduced_in\n"
                    "Quercus suber,Fagaceae,cork oak,ES;PT,\n", encoding="utf-8")
    [entry] = read_checklist(path)
    assert entry.common_names == entry.common_names_in("en") == ("cork oak",)
    assert entry.common_names_in("es") == ()


def test_an_entry_made_by_hand_takes_its_names_as_english() -> None:
    entry = ChecklistEntry("Prunus africana", "Rosaceae", ("African cherry",), frozenset({"KE"}), frozenset())
    assert entry.common_names_in("en") == ("African cherry",)
    assert entry.common_names_in("fr") == ()


# -- a typed name finds its species ----------------------------------------------------------------

@pytest.mark.parametrize("typed", ["cork oak", "alcornoque", "Alcornoque", "chêne-liège", "sobreiro",
                                   "  Quercus   suber "])
def test_a_name_in_any_language_resolves_to_the_scientific_name(reference: ReferenceData, typed: str) -> None:
    facts = reference.species_facts(typed, "PT")
    assert facts is not None and facts.scientific_name == "Quercus suber"
    assert facts.native_here is True


def test_a_spanish_name_passes_the_checklist_check_like_an_english_one(reference: ReferenceData) -> None:
    today = dt.date(2026, 6, 1)
    for typed in ("tamarind", "tamarindo", "tamarinier"):
        planting = Planting(event_id=uuid.uuid4(), species=typed, plants=5)
        assert "not_in_checklist" not in {i.code for i in check_activity(planting, reference=reference, today=today)}
    unknown = Planting(event_id=uuid.uuid4(), species="tamarindoo", plants=5)
    assert "not_in_checklist" in {i.code for i in check_activity(unknown, reference=reference, today=today)}


def test_a_spreadsheet_with_spanish_species_names_imports_without_checklist_warnings(database: Database,
                                                                                    tmp_path: Path) -> None:
    path = tmp_path / "planting.csv"
    lines = ["Event,Start,Site,Country,Participants,Species,Plants"]
    lines += [f"Día del árbol,2026-05-30,Karura Forest,KE,10,{species},{plants}"
              for species, plants in (("tamarindo", 12), ("tamarind", 3), ("no such tree", 4))]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    outcomes = preview_import(database, path).outcomes
    warned = [any(NOT_ON_CHECKLIST in reason for reason in outcome.reasons) for outcome in outcomes]
    assert warned == [False, False, True]


# -- display names ---------------------------------------------------------------------------------

@pytest.mark.parametrize(("language", "shown"), [
    ("en", "Acacia dealbata (silver wattle)"),
    ("fr", "Acacia dealbata (mimosa)"),
    ("es", "Acacia dealbata (mimosa)"),
    ("pt", "Acacia dealbata (mimosa)"),
])
def test_display_name_per_language(language: str, shown: str) -> None:
    assert species_display_name(by_name("Acacia dealbata"), language) == shown


def test_display_name_keeps_the_scientific_name_and_stands_alone_without_a_name_in_the_language() -> None:
    assert species_display_name(by_name("Quercus robur"), "es") == "Quercus robur (roble común)"
    assert species_display_name(by_name("Quercus robur"), "pt") == "Quercus robur (carvalho-alvarinho)"
    assert species_display_name(by_name("Croton megalocarpus"), "fr") == "Croton megalocarpus"
    assert species_display_name(by_name("Croton megalocarpus"), "en") == "Croton megalocarpus (croton tree)"


def test_display_name_of_a_stored_or_typed_name(reference: ReferenceData) -> None:
    assert reference.display_name("Quercus suber", "fr") == "Quercus suber (chêne-liège)"
    assert reference.display_name("alcornoque", "en") == "Quercus suber (cork oak)"  # a typed common name
    assert reference.display_name(" Not  on the list ", "es") == "Not on the list"  # never translated
    # a seedball mix shows each of its species
    assert (reference.display_name("Quercus suber;Ulex europaeus", "pt")
            == "Quercus suber (sobreiro); Ulex europaeus (tojo)")


def test_the_species_field_turns_a_name_typed_in_any_language_into_the_scientific_name(qtbot: Any) -> None:
    from fieldlog.ui.editors.fields import SpeciesField

    field = SpeciesField(checklist())
    qtbot.addWidget(field)
    assert field.parse("alcornoque") == field.parse("cork oak") == field.parse("sobreiro") == "Quercus suber"
    mix = SpeciesField(checklist(), multiple=True)
    qtbot.addWidget(mix)
    assert mix.parse("chêne-liège; tojo") == "Quercus suber;Ulex europaeus"


def test_countries_are_named_in_the_window_language_and_read_back_in_any() -> None:
    """Files keep English names; the window shows the local one, and a name typed in any language is known."""
    from fieldlog.services.reference import country_code, country_name

    assert [country_name("BR", code) for code in ("en", "es", "fr", "pt")] == ["Brazil", "Brasil", "Brésil", "Brasil"]
    assert country_name("GB", "fr") == "Royaume-Uni" and country_name("GB") == "United Kingdom"
    assert {country_code(name) for name in ("Brazil", "Brésil", "brasil")} == {"BR"}
    assert country_code("Estados Unidos") == "US" and country_code("Quénia") == "KE"
