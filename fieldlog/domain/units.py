"""The one unit converter: exact factors (as fractions) between the units people enter.

Every quantity is stored in a canonical unit (m², g or kg, m, L); conversions multiply by an exact
rational factor, so 1 acre is 4046.8564224 m² to the last digit and back again.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum
from fractions import Fraction

from fieldlog.domain.errors import UnknownUnit


class Dimension(StrEnum):
    """The kind of quantity a unit measures."""

    AREA = "area"
    MASS = "mass"
    LENGTH = "length"
    VOLUME = "volume"


@dataclass(frozen=True, slots=True)
class Unit:
    """A unit: its symbol, what it measures and its exact size in the dimension's base unit."""

    symbol: str
    dimension: Dimension
    factor: Fraction  # size in the base unit of the dimension (m², g, m, L)
    aliases: tuple[str, ...] = ()


_FOOT = Fraction("0.3048")
_MILE = Fraction("1609.344")
_YARD = Fraction("0.9144")
_POUND_G = Fraction("453.59237")

UNITS: tuple[Unit, ...] = (
    Unit("m2", Dimension.AREA, Fraction(1), ("m²", "sq m", "square metre", "square meter", "sqm")),
    Unit("ha", Dimension.AREA, Fraction(10_000), ("hectare", "hectares")),
    Unit("km2", Dimension.AREA, Fraction(1_000_000), ("km²", "square kilometre", "square kilometer")),
    Unit("acre", Dimension.AREA, 43_560 * _FOOT**2, ("acres", "ac")),
    Unit("ft2", Dimension.AREA, _FOOT**2, ("ft²", "sq ft", "square foot", "square feet")),
    Unit("mi2", Dimension.AREA, _MILE**2, ("mi²", "sq mi", "square mile", "square miles")),
    Unit("g", Dimension.MASS, Fraction(1), ("gram", "grams", "gr")),
    Unit("kg", Dimension.MASS, Fraction(1000), ("kilogram", "kilograms", "kilo", "kilos")),
    Unit("t", Dimension.MASS, Fraction(1_000_000), ("tonne", "tonnes", "metric ton")),
    Unit("ton", Dimension.MASS, 2000 * _POUND_G, ("tons", "short ton", "us ton")),
    Unit("lb", Dimension.MASS, _POUND_G, ("lbs", "pound", "pounds")),
    Unit("oz", Dimension.MASS, _POUND_G / 16, ("ounce", "ounces")),
    Unit("m", Dimension.LENGTH, Fraction(1), ("metre", "metres", "meter", "meters")),
    Unit("cm", Dimension.LENGTH, Fraction(1, 100), ("centimetre", "centimeter")),
    Unit("km", Dimension.LENGTH, Fraction(1000), ("kilometre", "kilometres", "kilometer", "kilometers")),
    Unit("ft", Dimension.LENGTH, _FOOT, ("foot", "feet")),
    Unit("yd", Dimension.LENGTH, _YARD, ("yard", "yards")),
    Unit("mi", Dimension.LENGTH, _MILE, ("mile", "miles")),
    Unit("L", Dimension.VOLUME, Fraction(1), ("l", "litre", "litres", "liter", "liters")),
    Unit("mL", Dimension.VOLUME, Fraction(1, 1000), ("ml", "millilitre", "milliliter")),
    Unit("m3", Dimension.VOLUME, Fraction(1000), ("m³", "cubic metre", "cubic meter")),
    Unit("gal", Dimension.VOLUME, Fraction("3.785411784"), ("us gal", "gallon", "gallons")),
    Unit("yd3", Dimension.VOLUME, _YARD**3 * 1000, ("yd³", "cubic yard", "cubic yards", "cu yd")),
)

_BY_NAME: dict[str, Unit] = {}
for _unit in UNITS:
    for _name in (_unit.symbol, *_unit.aliases):
        _BY_NAME[_name.casefold()] = _unit
# Symbols are case-sensitive where case matters (mL vs m); aliases fold case.
_BY_SYMBOL = {u.symbol: u for u in UNITS}

Number = int | float | Decimal | Fraction | str


def unit(name: str, dimension: Dimension | None = None) -> Unit:
    """The unit called `name` (symbol or alias, any case); UnknownUnit if unknown or of another kind."""
    key = " ".join(name.strip().split())
    found = _BY_SYMBOL.get(key) or _BY_NAME.get(key.casefold())
    if found is None:
        raise UnknownUnit(f"'{name}' is not a unit fieldlog knows")
    if dimension is not None and found.dimension is not dimension:
        raise UnknownUnit(f"'{name}' measures {found.dimension.value}, not {dimension.value}")
    return found


def units_of(dimension: Dimension) -> tuple[Unit, ...]:
    """Every unit of one dimension, in the order a unit picker shows them."""
    return tuple(u for u in UNITS if u.dimension is dimension)


def _exact(value: Number) -> Fraction:
    if isinstance(value, float):
        # A float typed as 2.5 means 2.5, not its binary approximation.
        return Fraction(repr(value))
    return Fraction(value)


def convert_exact(value: Number, from_unit: str | Unit, to_unit: str | Unit) -> Fraction:
    """`value` in `from_unit` expressed exactly in `to_unit` (same dimension)."""
    source = from_unit if isinstance(from_unit, Unit) else unit(from_unit)
    target = to_unit if isinstance(to_unit, Unit) else unit(to_unit)
    if source.dimension is not target.dimension:
        raise UnknownUnit(f"cannot convert {source.dimension.value} ({source.symbol}) to "
                          f"{target.dimension.value} ({target.symbol})")
    return _exact(value) * source.factor / target.factor


def convert(value: Number, from_unit: str | Unit, to_unit: str | Unit) -> float:
    """`value` in `from_unit` in `to_unit`, as the float nearest to the exact result."""
    return float(convert_exact(value, from_unit, to_unit))


def byte_size_text(size: int) -> str:
    """A file's size as people read it, in binary steps: 812 bytes, 1,000 bytes, 293 KB, 3.3 MB."""
    if size < 1024:
        return f"{size:,} bytes"
    value = size / 1024
    steps = ["MB", "GB"]
    shown = "KB"
    while value >= 1000 and steps:
        value, shown = value / 1024, steps.pop(0)
    return f"{value:,.0f} {shown}" if value >= 100 else f"{value:.1f} {shown}"
