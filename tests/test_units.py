"""The one unit converter: exact factors from domain.md, round trips, refusals."""

from fractions import Fraction

import pytest

from fieldlog.domain.errors import UnknownUnit
from fieldlog.domain.units import Dimension, convert, convert_exact, unit, units_of


@pytest.mark.parametrize(("value", "source", "target", "expected"), [
    (1, "ha", "m2", "10000"),
    (1, "acre", "ha", "0.40468564224"),
    (1, "acre", "m2", "4046.8564224"),
    (1, "ft2", "m2", "0.09290304"),
    (1, "mi2", "m2", "2589988.110336"),
    (1, "ft", "m", "0.3048"),
    (1, "mi", "km", "1.609344"),
    (1, "yd", "m", "0.9144"),
    (1, "lb", "kg", "0.45359237"),
    (1, "oz", "g", "28.349523125"),
    (1, "ton", "kg", "907.18474"),
    (1, "t", "kg", "1000"),
    (1, "gal", "L", "3.785411784"),
    (1, "yd3", "L", "764.554857984"),
    ("2.5", "kg", "g", "2500"),
])
def test_conversions_are_exact(value: object, source: str, target: str, expected: str) -> None:
    assert convert_exact(value, source, target) == Fraction(expected)  # type: ignore[arg-type]


def test_floats_mean_what_was_typed() -> None:
    # 0.1 acre is 404.68564224 m², not the binary neighbour of 0.1 times the factor.
    assert convert_exact(0.1, "acre", "m2") == Fraction("404.68564224")
    assert convert(0.1, "acre", "m2") == 404.68564224


def test_round_trip_returns_the_same_number() -> None:
    for dimension in Dimension:
        for source in units_of(dimension):
            for target in units_of(dimension):
                there = convert_exact("123.456", source, target)
                assert convert_exact(there, target, source) == Fraction("123.456")


@pytest.mark.parametrize(("name", "symbol"), [
    ("m²", "m2"), ("Hectares", "ha"), ("acres", "acre"), ("LBS", "lb"), ("Kilograms", "kg"),
    ("miles", "mi"), ("feet", "ft"), ("litre", "L"), ("mL", "mL"), ("m", "m"), ("cubic yards", "yd3"),
])
def test_names_people_type_are_understood(name: str, symbol: str) -> None:
    assert unit(name).symbol == symbol


def test_unknown_units_and_wrong_dimensions_are_refused() -> None:
    with pytest.raises(UnknownUnit, match="furlongs"):
        unit("furlongs")
    with pytest.raises(UnknownUnit, match="measures mass"):
        unit("kg", Dimension.AREA)
    with pytest.raises(UnknownUnit, match="cannot convert"):
        convert(1, "kg", "m2")


def test_file_sizes_read_as_people_read_them() -> None:
    from fieldlog.domain.units import byte_size_text

    assert [byte_size_text(n) for n in (0, 812, 1000, 300_000, 3_500_000, 16 * 2**20, 8 * 2**30)] == [
        "0 bytes", "812 bytes", "1,000 bytes", "293 KB", "3.3 MB", "16.0 MB", "8.0 GB"]
