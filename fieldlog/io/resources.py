"""Reading the reference files shipped in `resources/` (species checklist, litter items, country boxes)."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # the checks load only when country boxes are read, not on every start
    from fieldlog.domain.checks import BoundingBox


def resource_dir() -> Path:
    """The folder of shipped resources: inside the installed package, else the source checkout's."""
    packaged = Path(__file__).resolve().parent.parent / "resources"
    if packaged.is_dir():
        return packaged
    return Path(__file__).resolve().parent.parent.parent / "resources"


def resource_path(name: str) -> Path:
    """The path of one shipped resource file."""
    return resource_dir() / name


# The checklist's column of English common names; other languages are in `common_names_<code>` (es, fr, pt...).
COMMON_NAMES = "common_names"
ENGLISH = "en"


def _language(code: str) -> str:
    """The language part of a code: pt_BR, pt-BR and PT are all pt."""
    return code.replace("-", "_").split("_")[0].strip().lower()


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    """One species of the shipped checklist.

    `common_names` holds every name the species is known by, in all languages (English first), so that a
    name typed in any language finds it; `names_by_language` keeps them apart, for showing names in the
    user's language. Scientific names are the same in every language.
    """

    scientific_name: str
    family: str | None
    common_names: tuple[str, ...]
    native_in: frozenset[str]
    introduced_in: frozenset[str]
    # (language code, names) pairs, English first; a tuple rather than a dict so the entry stays hashable.
    names_by_language: tuple[tuple[str, tuple[str, ...]], ...] = ()

    def common_names_in(self, language: str) -> tuple[str, ...]:
        """The species' common names in one language ("en", "es", "fr", "pt"; "pt_BR" is "pt"), maybe none.

        An entry made without names by language (by hand, in tests) takes its common names as English.
        """
        code = _language(language)
        if not self.names_by_language:
            return self.common_names if code == ENGLISH else ()
        return dict(self.names_by_language).get(code, ())


@dataclass(frozen=True, slots=True)
class LitterCategory:
    """One litter item category of the shipped list."""

    key: str
    label: str
    material: str
    group: str


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(handle)


def _split(text: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (text or "").split(";") if part.strip())


def _names_by_language(row: dict[str, str]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The row's common names per language: `common_names` is English, `common_names_xx` language xx."""
    pairs = [(ENGLISH, _split(row.get(COMMON_NAMES)))]
    for column, text in row.items():
        if column and column.startswith(COMMON_NAMES + "_"):
            pairs.append((_language(column.removeprefix(COMMON_NAMES + "_")), _split(text)))
    return tuple(pairs)


def _every_name(by_language: tuple[tuple[str, tuple[str, ...]], ...]) -> tuple[str, ...]:
    """All the names of every language, English first, each once (a name shared by languages counts once)."""
    return tuple(dict.fromkeys(name for _, names in by_language for name in names))


def read_checklist(path: Path | None = None) -> list[ChecklistEntry]:
    """The species checklist (resources/species.csv), with common names by language."""
    entries = []
    for row in _rows(path or resource_path("species.csv")):
        by_language = _names_by_language(row)
        entries.append(ChecklistEntry(scientific_name=row["scientific_name"].strip(),
                                      family=(row.get("family") or "").strip() or None,
                                      common_names=_every_name(by_language),
                                      native_in=frozenset(_split(row.get("native_in"))),
                                      introduced_in=frozenset(_split(row.get("introduced_in"))),
                                      names_by_language=by_language))
    return entries


def read_litter_categories(path: Path | None = None) -> list[LitterCategory]:
    """The litter item categories (resources/litter_items.csv)."""
    return [LitterCategory(row["key"], row["label"], row["material"], row["group"])
            for row in _rows(path or resource_path("litter_items.csv"))]


def read_country_boxes(path: Path | None = None) -> dict[str, list[BoundingBox]]:
    """Bounding boxes per country code (resources/country_boxes.csv, from Natural Earth)."""
    from fieldlog.domain.checks import BoundingBox

    boxes: dict[str, list[BoundingBox]] = {}
    for row in _rows(path or resource_path("country_boxes.csv")):
        box = BoundingBox(float(row["min_lon"]), float(row["min_lat"]),
                          float(row["max_lon"]), float(row["max_lat"]))
        boxes.setdefault(row["country_code"], []).append(box)
    return boxes
