"""Reading and writing coordinates the way volunteers type them: decimal degrees or degrees-minutes-seconds.

Accepted: `-12.5`, `12.5 S`, `12°34'56"S`, `12° 34′ 56.7″ S`, `12 34 56 S`, `12°34.5'N`, `N 12 34 56`.
A decimal comma (`12,5`) is refused rather than guessed, because `12,5` could also be a pair of numbers.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Literal

Axis = Literal["latitude", "longitude"]

_LIMITS: dict[str, int] = {"latitude": 90, "longitude": 180}
_HEMISPHERES: dict[str, tuple[str, str]] = {"latitude": ("N", "S"), "longitude": ("E", "W")}
_NEGATIVE = {"S", "W"}

# Look-alike characters people paste from documents and GPS apps, mapped to the plain ones.
_FOLD = str.maketrans({
    "º": "°", "˚": "°", "′": "'", "’": "'", "‘": "'", "`": "'", "´": "'",
    "″": '"', "“": '"', "”": '"', "−": "-", "–": "-", "\u00a0": " ",
})
_TOKEN = re.compile(r"\d+\.?\d*|\.\d+|[°'\"]|[-+]|[A-Za-z]+|\S")
_MARK_POSITION = {"°": 0, "'": 1, '"': 2}


def _unreadable(text: str) -> ValueError:
    return ValueError(f"Could not read '{text.strip()}' as a coordinate; write 12.345 or 12°20'42\"S")


def _hemisphere(letters: str, axis: Axis, text: str) -> str:
    letter = letters.upper()
    allowed = _HEMISPHERES[axis]
    if letter in allowed:
        return letter
    if letter in ("N", "S", "E", "W"):
        other = "longitude" if axis == "latitude" else "latitude"
        raise ValueError(f"{letter} is a {other} direction; a {axis} takes {allowed[0]} or {allowed[1]}")
    raise _unreadable(text)


def _parts(tokens: list[str], text: str) -> list[str | None]:
    """Degrees, minutes and seconds (None when not given) from number and mark tokens."""
    parts: list[str | None] = [None, None, None]
    position = 0  # the next place an unmarked number goes to
    index = 0
    while index < len(tokens):
        number = tokens[index]
        if not (number[0].isdigit() or number[0] == "."):
            raise _unreadable(text)
        index += 1
        place = position
        if index < len(tokens) and tokens[index] in _MARK_POSITION:
            place = _MARK_POSITION[tokens[index]]
            index += 1
        # Marks must come in order (degrees, then minutes, then seconds) and the degrees first.
        if place < position or place > 2 or (place > 0 and parts[0] is None):
            raise _unreadable(text)
        parts[place] = number
        position = place + 1
    if parts[0] is None:
        raise _unreadable(text)
    return parts


def parse_coordinate(text: str, axis: Axis) -> float:
    """A latitude or longitude in decimal degrees from decimal or DMS text; ValueError in plain words."""
    cleaned = text.translate(_FOLD).replace("''", '"').strip()
    if not cleaned:
        raise ValueError(f"Write the {axis}, like 12.345 or 12°20'42\"S")
    if re.fullmatch(r"[-+]?\s*\d+,\d+\s*[A-Za-z]?", cleaned):
        raise ValueError(f"Use a dot for decimals: {cleaned.replace(',', '.')}")
    tokens = _TOKEN.findall(cleaned)
    hemisphere: str | None = None
    if tokens and tokens[0].isalpha():
        hemisphere = _hemisphere(tokens.pop(0), axis, text)
    if tokens and tokens[-1].isalpha():
        if hemisphere is not None:
            raise _unreadable(text)
        hemisphere = _hemisphere(tokens.pop(), axis, text)
    sign = 1
    if tokens and tokens[0] in ("-", "+"):
        sign = -1 if tokens.pop(0) == "-" else 1
        if hemisphere is not None and sign < 0:
            raise ValueError("Use either a minus sign or a direction letter (N, S, E, W), not both")
    if not tokens:
        raise _unreadable(text)
    degrees, minutes, seconds = _parts(tokens, text)
    assert degrees is not None
    given = [part for part in (degrees, minutes, seconds) if part is not None]
    if any("." in part for part in given[:-1]):
        raise ValueError("Only the last number may have decimals, like 12°34.5' or 12°34'56.7\"")
    value = Fraction(degrees)
    for name, part, divisor in (("Minutes", minutes, 60), ("Seconds", seconds, 3600)):
        if part is None:
            continue
        amount = Fraction(part)
        if amount >= 60:
            raise ValueError(f"{name} must be below 60")
        value += amount / divisor
    if hemisphere in _NEGATIVE:
        sign = -1
    limit = _LIMITS[axis]
    if value > limit:
        raise ValueError(f"{axis.capitalize()} must be between -{limit} and {limit}")
    return float(sign * value)


def format_coordinate(value: float) -> str:
    """Decimal degrees with 6 places (about 10 cm), as stored and exported."""
    text = f"{value:.6f}"
    return "0.000000" if text == "-0.000000" else text
