"""Coordinates as volunteers type them: decimal degrees, DMS, hemisphere letters, plain-words errors."""

from __future__ import annotations

import math
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from fieldlog.domain.coordinates import format_coordinate, parse_coordinate


@pytest.mark.parametrize(("text", "axis", "expected"), [
    ("-12.5", "latitude", -12.5),
    ("12.5", "latitude", 12.5),
    ("+12.5", "latitude", 12.5),
    ("12.5 S", "latitude", -12.5),
    ("12.5S", "latitude", -12.5),
    ("12.5 n", "latitude", 12.5),
    ("12°34'56\"S", "latitude", -(12 + 34 / 60 + 56 / 3600)),
    ("12° 34′ 56.7″ S", "latitude", -(12 + 34 / 60 + 56.7 / 3600)),
    ("12 34 56 S", "latitude", -(12 + 34 / 60 + 56 / 3600)),
    ("12°34.5'N", "latitude", 12 + 34.5 / 60),
    ("N 12 34 56", "latitude", 12 + 34 / 60 + 56 / 3600),
    ("S 1 14 12", "latitude", -(1 + 14 / 60 + 12 / 3600)),
    ("-12°34'56\"", "latitude", -(12 + 34 / 60 + 56 / 3600)),
    ("12º34''", "latitude", 12 + 34 / 3600),  # º for °, two apostrophes for the seconds sign
    ("36°50'06\"E", "longitude", 36 + 50 / 60 + 6 / 3600),
    ("W 122 25 9.9", "longitude", -(122 + 25 / 60 + 9.9 / 3600)),
    ("−73.9857", "longitude", -73.9857),  # a typographic minus
    ("180", "longitude", 180.0),
    ("-90", "latitude", -90.0),
    ("90 S", "latitude", -90.0),
    ("0", "latitude", 0.0),
    ("  .5 ", "latitude", 0.5),
])
def test_accepted_forms(text: str, axis: str, expected: float) -> None:
    assert parse_coordinate(text, axis) == pytest.approx(expected, abs=1e-12)  # type: ignore[arg-type]


def test_dms_is_exact_to_the_last_digit() -> None:
    # deg + min/60 + sec/3600 computed exactly, then rounded once.
    assert parse_coordinate("12 30 0", "latitude") == 12.5
    assert parse_coordinate("1 14 12 S", "latitude") == -float(1 + Fraction(14, 60) + Fraction(12, 3600))


@pytest.mark.parametrize(("text", "axis", "message"), [
    ("123", "latitude", "Latitude must be between -90 and 90"),
    ("-90.5", "latitude", "Latitude must be between -90 and 90"),
    ("90 0 1 N", "latitude", "Latitude must be between -90 and 90"),
    ("181 W", "longitude", "Longitude must be between -180 and 180"),
    ("12 61 0", "latitude", "Minutes must be below 60"),
    ("12°60'", "latitude", "Minutes must be below 60"),
    ("12 30 60", "latitude", "Seconds must be below 60"),
    ("12 E", "latitude", "E is a longitude direction; a latitude takes N or S"),
    ("N 12", "longitude", "N is a latitude direction; a longitude takes E or W"),
    ("-12 S", "latitude", "Use either a minus sign or a direction letter (N, S, E, W), not both"),
    ("12.5 30", "latitude", "Only the last number may have decimals"),
    ("12,5", "latitude", "Use a dot for decimals: 12.5"),
    ("abc", "latitude", "Could not read 'abc' as a coordinate; write 12.345 or 12°20'42\"S"),
    ("12 N 30", "latitude", "Could not read"),
    ("N 12 S", "latitude", "Could not read"),
    ("12'", "latitude", "Could not read"),
    ("12\" 30'", "latitude", "Could not read"),
    ("1 2 3 4", "latitude", "Could not read"),
    ("nan", "latitude", "Could not read"),
    ("inf", "longitude", "Could not read"),
    ("1e5", "latitude", "Could not read"),
    ("12-5", "latitude", "Could not read"),
    ("", "latitude", "Write the latitude"),
    ("   ", "longitude", "Write the longitude"),
])
def test_refused_with_plain_words(text: str, axis: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        parse_coordinate(text, axis)  # type: ignore[arg-type]
    assert str(caught.value).startswith(message)


def test_format_has_six_places() -> None:
    assert format_coordinate(-1.2367) == "-1.236700"
    assert format_coordinate(36.8350004) == "36.835000"
    assert format_coordinate(-0.0000001) == "0.000000"  # no "-0.000000"


@given(st.floats(min_value=-90, max_value=90, allow_nan=False))
def test_decimal_latitude_round_trips(value: float) -> None:
    text = format_coordinate(value)
    parsed = parse_coordinate(text, "latitude")
    assert parsed == pytest.approx(value, abs=5e-7)
    assert format_coordinate(parsed) == text


@given(st.floats(min_value=-180, max_value=180, allow_nan=False))
def test_decimal_longitude_round_trips(value: float) -> None:
    text = format_coordinate(value)
    assert format_coordinate(parse_coordinate(text, "longitude")) == text


@given(degrees=st.integers(0, 179), minutes=st.integers(0, 59),
       seconds=st.decimals(min_value=0, max_value="59.99", places=2), west=st.booleans(),
       style=st.sampled_from(["{d}°{m}'{s}\"{h}", "{d} {m} {s} {h}", "{h} {d} {m} {s}", "{d}° {m}′ {s}″ {h}"]))
def test_dms_longitude_round_trips(degrees: int, minutes: int, seconds: object, west: bool, style: str) -> None:
    hemisphere = "W" if west else "E"
    text = style.format(d=degrees, m=minutes, s=seconds, h=hemisphere)
    expected = (degrees + minutes / 60 + float(str(seconds)) / 3600) * (-1 if west else 1)
    parsed = parse_coordinate(text, "longitude")
    assert math.isclose(parsed, expected, abs_tol=1e-9)
    assert parse_coordinate(format_coordinate(parsed), "longitude") == pytest.approx(parsed, abs=5e-7)


@given(st.text(max_size=20))
def test_any_text_parses_or_says_why(text: str) -> None:
    try:
        value = parse_coordinate(text, "latitude")
    except ValueError as error:
        assert str(error)  # a message for the volunteer, never an empty one
    else:
        assert -90 <= value <= 90 and math.isfinite(value)
