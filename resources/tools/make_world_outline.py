"""Regenerate resources/world_110m.json (the dashboard map's country outlines) from Natural Earth's
1:110m admin-0 countries as packaged in the npm package `world-atlas` (countries-110m.json, TopoJSON).

Usage (from the repository root; `npm pack world-atlas` fetches the package through the npm registry):

    npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz
    python resources/tools/make_world_outline.py package/countries-110m.json > resources/world_110m.json

The TopoJSON's quantized, delta-encoded arcs are decoded into plain rings of longitude/latitude pairs,
rounded to 0.01 degree (about 1 km, far below what a 1:110m outline shows); a ring that crosses the
antimeridian is unwrapped so its longitudes stay continuous (they may then pass 180 or -180). Output: one JSON object
{"source", "licence", "countries": [{"name", "id", "rings": [[lon, lat, lon, lat, ...], ...]}]}, with
each ring as a flat list to keep the file small. Only the standard library is used.
"""

from __future__ import annotations

import json
import sys
from typing import Any

SOURCE = ("Natural Earth 1:110m Cultural Vectors, Admin 0 - Countries (naturalearthdata.com), as TopoJSON in "
          "the npm package world-atlas 2.0.2 (countries-110m.json, github.com/topojson/world-atlas)")
LICENCE = ("Natural Earth data is in the public domain; world-atlas (the conversion to TopoJSON) is under the ISC "
           "licence, copyright Mike Bostock")


def decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Every arc as absolute longitude/latitude points (undoing the quantization and delta encoding)."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((x * sx + tx, y * sy + ty))
        arcs.append(points)
    return arcs


def ring(indices: list[int], arcs: list[list[tuple[float, float]]]) -> list[float]:
    """A ring from its arc indices (a negative index ~i is arc i reversed); arcs share end points."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    flat: list[float] = []
    last = None
    shift = 0.0
    for lon, lat in points:
        # A ring that crosses the antimeridian is unwrapped (longitudes run on past 180 or below -180) so it
        # never has an edge across the whole map; the map draws such a ring once more, shifted by 360.
        if last is not None and lon + shift - last[0] > 180:
            shift -= 360
        elif last is not None and lon + shift - last[0] < -180:
            shift += 360
        point = (round(lon + shift, 2), round(lat, 2))
        if point != last:
            flat.extend(point)
            last = point
    return flat


def main() -> None:
    with open(sys.argv[1], encoding="utf-8") as handle:
        topology = json.load(handle)
    arcs = decode_arcs(topology)
    countries = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        if geometry["type"] == "Polygon":
            polygons = [geometry["arcs"]]
        elif geometry["type"] == "MultiPolygon":
            polygons = geometry["arcs"]
        else:
            continue
        rings = [ring(indices, arcs) for polygon in polygons for indices in polygon]
        countries.append({"name": geometry.get("properties", {}).get("name", ""), "id": geometry.get("id", ""),
                          "rings": [r for r in rings if len(r) >= 6]})
    json.dump({"source": SOURCE, "licence": LICENCE, "countries": countries}, sys.stdout,
              separators=(",", ":"), ensure_ascii=False)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
