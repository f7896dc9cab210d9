"""Sites as a GeoJSON FeatureCollection (RFC 7946): one Point per site, [longitude, latitude], WGS84.

Each feature carries the site's own fields and the totals of the events exported there. A site without
coordinates has no place on a map: it is left out and counted in the collection's foreign member
`sites_without_coordinates`. Features are written one at a time, and JSON has no NaN or infinity, so a
non-finite number is written as null (fieldlog never stores one, but a file must stay valid JSON).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, TextIO

from fieldlog.domain.records import Site

LEFT_OUT_MEMBER = "sites_without_coordinates"
ROUND_TO = 6  # float sums of many rows carry noise past this (0.30000000000000004); SER's summary rounds alike


@dataclass(frozen=True, slots=True)
class SiteFeature:
    """A site with its country's English name and its totals (figure name -> number)."""

    site: Site
    country: str
    totals: Mapping[str, int | float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Written:
    """What a FeatureCollection holds: the sites written, and those left out for want of coordinates."""

    features: int
    without_coordinates: int


def _number(value: int | float | None) -> int | float | None:
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, float):
        return round(value, ROUND_TO) if math.isfinite(value) else None
    return value


def feature(item: SiteFeature) -> dict[str, Any] | None:
    """The GeoJSON Feature of a site, or None when it has no coordinates."""
    site = item.site
    if site.latitude is None or site.longitude is None:
        return None
    lon, lat = _number(site.longitude), _number(site.latitude)
    if lon is None or lat is None:
        return None
    properties: dict[str, Any] = {
        "site_id": str(site.id), "name": site.name, "country_code": site.country_code, "country": item.country,
        "locality": site.locality, "area_m2": _number(site.area_m2),
    }
    properties.update({name: _number(value) for name, value in item.totals.items()})
    return {"type": "Feature", "id": str(site.id), "geometry": {"type": "Point", "coordinates": [lon, lat]},
            "properties": properties}


def write_feature_collection(handle: TextIO, sites: Iterable[SiteFeature]) -> Written:
    """Write the sites as a FeatureCollection to `handle`, one feature at a time."""
    handle.write('{"type": "FeatureCollection", "features": [')
    written = left_out = 0
    for item in sites:
        shape = feature(item)
        if shape is None:
            left_out += 1
            continue
        handle.write(",\n" if written else "\n")
        handle.write(json.dumps(shape, ensure_ascii=False, allow_nan=False))
        written += 1
    handle.write(f'\n], "{LEFT_OUT_MEMBER}": {left_out}}}\n')
    return Written(written, left_out)
