"""Reading the world outline shipped in `resources/world_110m.json` (Natural Earth 1:110m countries;
see resources/README.md for its source, licence and how it is made)."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path

from fieldlog.domain.dashboard import CountryOutline
from fieldlog.io.resources import resource_path


def read_world_outline(path: Path | None = None) -> tuple[CountryOutline, ...]:
    """Every country's outline (rings of lon, lat pairs, flat)."""
    if path is not None:
        return _read(path)
    return _shipped()


@cache
def _shipped() -> tuple[CountryOutline, ...]:
    return _read(resource_path("world_110m.json"))


def _read(path: Path) -> tuple[CountryOutline, ...]:
    with open(path, encoding="utf-8") as handle:
        data = json.load(handle)
    return tuple(CountryOutline(str(country.get("name", "")),
                                tuple(tuple(float(value) for value in ring) for ring in country["rings"]))
                 for country in data["countries"])
