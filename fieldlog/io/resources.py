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


@dataclass(frozen=True, slots=True)
class ChecklistEntry:
    """One species of the shipped checklist."""

    scientific_name: str
    family: str | None
    common_names: tuple[str, ...]
    native_in: frozenset[str]
    introduced_in: frozenset[str]


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


def read_checklist(path: Path | None = None) -> list[ChecklistEntry]:
    """The species checklist (resources/species.csv)."""
    return [ChecklistEntry(scientific_name=row["scientific_name"].strip(),
                           family=(row.get("family") or "").strip() or None,
                           common_names=_split(row.get("common_names")),
                           native_in=frozenset(_split(row.get("native_in"))),
                           introduced_in=frozenset(_split(row.get("introduced_in"))))
            for row in _rows(path or resource_path("species.csv"))]


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
