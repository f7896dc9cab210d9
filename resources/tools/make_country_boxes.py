"""Regenerate resources/country_boxes.csv from the country-bounding-boxes package's data module.

Usage (from the repository root, with the project's virtualenv, which has pycountry):

    python resources/tools/make_country_boxes.py path/to/country_bounding_boxes/generated.py \
        > resources/country_boxes.csv

`generated.py` (country-bounding-boxes 0.2.3, extracted from Natural Earth 1:50m admin-0 map
subunits, public domain) is read with `ast`, never imported or executed, so its Python-2-era
module does not matter. One output row per map subunit.

Natural Earth leaves `iso_a2` as "-99" for the subunits of countries split into several parts
(metropolitan France, the US, England/Scotland/Wales, mainland Spain, ...). For those the code is
resolved the way the package itself does it: the first field among iso_a3, adm0_a3, adm0_a3_is,
adm0_a3_us, gu_a3, su_a3, sov_a3 that is a real ISO 3166-1 alpha-3 code, turned into alpha-2.
Two subunits are overridden: Kosovo -> XK (user-assigned code in common use) and Jan Mayen -> SJ
(ISO 3166-1 "Svalbard and Jan Mayen"). Subunits that still resolve to nothing (Siachen Glacier)
are skipped and listed on stderr.
"""

from __future__ import annotations

import ast
import csv
import sys

import pycountry

HEADER = ["country_code", "min_lon", "min_lat", "max_lon", "max_lat"]
ISO3_FIELDS = ["iso_a3", "adm0_a3", "adm0_a3_is", "adm0_a3_us", "gu_a3", "su_a3", "sov_a3"]
SUBUNIT_OVERRIDES = {"KOS": "XK", "NJM": "SJ"}  # keyed by Natural Earth su_a3


def read_subunits(path: str) -> list[dict[str, object]]:
    """The keyword arguments of every `Country(...)` call in the `countries = [...]` list."""
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read(), filename=path)
    for node in tree.body:
        if (isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "countries"
                                                 for t in node.targets)):
            assert isinstance(node.value, ast.List)
            return [{str(kw.arg): ast.literal_eval(kw.value) for kw in call.keywords}
                    for call in node.value.elts if isinstance(call, ast.Call)]
    raise SystemExit(f"no 'countries' list in {path}")


def _iso2_of_iso3(code: object) -> str | None:
    if not isinstance(code, str) or len(code) != 3:
        return None
    country = pycountry.countries.get(alpha_3=code)
    return str(country.alpha_2) if country else None


def country_code(subunit: dict[str, object]) -> str | None:
    """The ISO 3166-1 alpha-2 code (or XK) of one Natural Earth map subunit, or None."""
    override = SUBUNIT_OVERRIDES.get(str(subunit.get("su_a3")))
    if override:
        return override
    iso2 = subunit.get("iso_a2")
    if isinstance(iso2, str) and len(iso2) == 2 and iso2.isalpha() and iso2.isupper():
        return iso2
    for field in ISO3_FIELDS:
        resolved = _iso2_of_iso3(subunit.get(field))
        if resolved:
            return resolved
    return None


def _fmt(value: float) -> str:
    return f"{round(value, 4) + 0.0:.4f}".replace("-0.0000", "0.0000")


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    rows = []
    for subunit in read_subunits(argv[1]):
        code = country_code(subunit)
        if code is None:
            print(f"skipped: {subunit.get('subunit')} ({subunit.get('su_a3')})", file=sys.stderr)
            continue
        min_lon, min_lat, max_lon, max_lat = (float(v) for v in subunit["bbox"])  # type: ignore[attr-defined]
        rows.append((code, min_lon, min_lat, max_lon, max_lat))
    rows.sort()
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(HEADER)
    for code, *box in rows:
        writer.writerow([code, *(_fmt(v) for v in box)])
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
