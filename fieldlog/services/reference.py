"""Reference data for the quality checks: ISO countries (pycountry), country boxes and the checklist."""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Sequence
from functools import cache, cached_property

import pycountry

from fieldlog.domain.checks import BoundingBox, SpeciesFacts
from fieldlog.io.language import ENGLISH, LANGUAGES
from fieldlog.io.resources import (
    ChecklistEntry,
    LitterCategory,
    read_checklist,
    read_country_boxes,
    read_litter_categories,
)

# User-assigned codes in common use that ISO 3166-1 itself does not list.
EXTRA_COUNTRIES = {"XK": "Kosovo"}
# Names still in everyday use that ISO has since replaced.
FORMER_NAMES = {"turkey": "TR", "swaziland": "SZ", "macedonia": "MK", "burma": "MM", "ivory coast": "CI",
                "czech republic": "CZ", "cape verde": "CV", "east timor": "TL", "holland": "NL"}


def _folded(name: str) -> str:
    """A country name without accents, case, punctuation or '&' (Côte d'Ivoire = Cote D_ivoire)."""
    plain = unicodedata.normalize("NFKD", name.replace("&", " and ")).encode("ascii", "ignore").decode()
    return "".join(ch for ch in plain.casefold() if ch.isalnum())


@cache
def _country_words(language: str) -> gettext.NullTranslations:
    """pycountry's own translations of the country names into a language (none for English)."""
    if language == ENGLISH:
        return gettext.NullTranslations()
    return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[language], fallback=True)


@cache
def _names_folded() -> dict[str, str]:
    """Folded name -> code, for English names first, then the names in every shipped language."""
    names = {_folded(name): code for name, code in FORMER_NAMES.items()}
    for language in LANGUAGES:
        words = _country_words(language)
        for country in pycountry.countries:
            for attribute in ("name", "official_name", "common_name"):
                if (name := getattr(country, attribute, None)) is not None:
                    names.setdefault(_folded(words.gettext(name)), str(country.alpha_2))
    return names


def country_code(text: str) -> str | None:
    """The ISO 3166-1 alpha-2 code for a code or a country's name in a shipped language, or None."""
    cleaned = " ".join(text.split())
    if not cleaned:
        return None
    if cleaned.upper() in EXTRA_COUNTRIES:
        return cleaned.upper()
    for code, name in EXTRA_COUNTRIES.items():
        if cleaned.casefold() == name.casefold():
            return code
    try:
        return str(pycountry.countries.lookup(cleaned).alpha_2)
    except LookupError:
        return _names_folded().get(_folded(cleaned))


def country_name(code: str, language: str = ENGLISH) -> str:
    """The name of a country code in a shipped language, English by default (the code itself when unknown)."""
    if code in EXTRA_COUNTRIES:
        return EXTRA_COUNTRIES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    words = _country_words(language)
    common = getattr(country, "common_name", None)
    if common is not None and (translated := words.gettext(common)) != common:
        return translated
    return words.gettext(str(country.name)) if language != ENGLISH or common is None else str(common)


def countries() -> list[tuple[str, str]]:
    """Every country as (alpha-2 code, English name), by name, for pickers."""
    known = [(str(c.alpha_2), country_name(str(c.alpha_2))) for c in pycountry.countries]
    return sorted(known + list(EXTRA_COUNTRIES.items()), key=lambda pair: pair[1])


def checklist() -> list[ChecklistEntry]:
    """The species checklist shipped in resources/ (scientific and common names), for completion."""
    return read_checklist()


def species_display_name(entry: ChecklistEntry, language: str) -> str:
    """The species as the window shows it in a language: "Acacia dealbata (mimosa)" in French.

    The scientific name never changes with the language; the first common name in `language` follows it
    in brackets, and without a name in that language the scientific name stands alone.
    """
    names = entry.common_names_in(language)
    return f"{entry.scientific_name} ({names[0]})" if names else entry.scientific_name


def litter_categories() -> list[LitterCategory]:
    """The litter item categories shipped in resources/, in their order."""
    return read_litter_categories()


class ReferenceData:
    """The `Reference` the quality checks use, loaded lazily from pycountry and `resources/`."""

    def __init__(self, checklist: Sequence[ChecklistEntry] | None = None) -> None:
        self._checklist = checklist

    @cached_property
    def _boxes(self) -> dict[str, list[BoundingBox]]:
        return read_country_boxes()

    @cached_property
    def _species(self) -> dict[str, ChecklistEntry]:
        entries = self._checklist if self._checklist is not None else read_checklist()
        index: dict[str, ChecklistEntry] = {}
        for entry in entries:
            for name in entry.common_names:
                index.setdefault(name.casefold(), entry)
        for entry in entries:  # scientific names win over a common name spelled the same
            index[entry.scientific_name.casefold()] = entry
        return index

    def entry(self, name: str) -> ChecklistEntry | None:
        """The checklist entry for a scientific name or a common name in any language, or None."""
        return self._species.get(" ".join(name.split()).casefold())

    def display_name(self, name: str, language: str) -> str:
        """A species name (as stored or typed) shown in a language: "Acacia dealbata (silver wattle)" in English.

        A name the checklist does not know is shown as it is (trimmed), never translated; a seedball mix
        ("Quercus suber;Ulex europaeus") shows each of its species.
        """
        if ";" in name:
            return "; ".join(self.display_name(part, language) for part in name.split(";") if part.strip())
        entry = self.entry(name)
        return species_display_name(entry, language) if entry else " ".join(name.split())

    def is_country(self, code: str) -> bool:
        """True for an ISO 3166-1 alpha-2 code (or XK)."""
        return code in EXTRA_COUNTRIES or (
            len(code) == 2 and code.isupper() and pycountry.countries.get(alpha_2=code) is not None)

    def country_boxes(self, code: str) -> Sequence[BoundingBox]:
        """The Natural Earth boxes of a country."""
        return self._boxes.get(code, ())

    def species_facts(self, name: str, country_code: str | None) -> SpeciesFacts | None:
        """What the checklist says of `name` (scientific or common) in a country."""
        entry = self.entry(name)
        if entry is None:
            return None
        native = introduced = None
        if country_code and (entry.native_in or entry.introduced_in):
            native = country_code in entry.native_in
            introduced = country_code in entry.introduced_in
        return SpeciesFacts(entry.scientific_name, introduced_here=introduced, native_here=native)
