"""Reading one spreadsheet cell as the value its column holds, or a reason in plain words why not.

Nothing is guessed: a date like 03/04/2024 without a declared format, a decimal comma, a formula where a
value belongs, NaN or 1e309 are refused with a message that says what to do instead.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import uuid
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from functools import lru_cache

from fieldlog.domain.coordinates import Axis, parse_coordinate
from fieldlog.domain.kinds import LabelledEnum
from fieldlog.domain.messages import Message
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.domain.units import Unit, convert_exact, unit
from fieldlog.io.columns import Column, ValueType, fold
from fieldlog.io.language import Catalogue, catalogues

MAX_CELL_CHARS = 10_000
MAX_MAGNITUDE = 10**15  # no real quantity is larger (the Earth's surface is 5.1e14 m²); keeps sums in range
MIN_EXPONENT = -15  # smaller non-zero numbers (1e-16) are not real quantities in any unit fieldlog uses
MAX_COUNT = 10**12  # far above any real count, and far below SQLite's 64-bit integer limit
FORMULA_PREFIXES = ("=", "+", "-", "@")


class CellProblem(ValueError):
    """A cell that cannot be read as its column's value; the message says why in plain words."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message  # a Message the window can translate (str(problem) is plain English)


@dataclass(frozen=True, slots=True)
class Formula:
    """A cell that holds a formula instead of a value (fieldlog never evaluates formulas)."""

    text: str

    def __str__(self) -> str:
        return self.text  # as the spreadsheet shows it in the formula bar (a header that is a formula, say)


DateFormats = str | tuple[str, ...] | None  # a sheet's declared date format(s), tried in order
Raw = str | int | float | bool | dt.datetime | dt.date | dt.time | dt.timedelta | Formula | Decimal | None


def is_blank(value: Raw, blanks: frozenset[str] = frozenset()) -> bool:
    """True for an empty cell, a cell of spaces, or one of the sheet's declared blank markers (like NA)."""
    if value is None:
        return True
    if isinstance(value, str):
        text = value.strip()
        return not text or text in blanks
    return False


def _shown(value: Raw) -> str:
    text = value.text if isinstance(value, Formula) else str(value)
    return text if len(text) <= 40 else text[:37] + "…"


def _refuse_formula(value: Raw) -> None:
    if isinstance(value, Formula):
        raise CellProblem(Message(
            QT_TRANSLATE_NOOP("messages", "contains a formula ({formula}), not a value; copy the column "
                                          "and paste it back as values only"), formula=_shown(value)))


def read_text(value: Raw) -> str:
    """Any cell as text: numbers without a spurious '.0', dates as ISO; at most 10,000 characters."""
    _refuse_formula(value)
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        text = str(int(value))
    elif isinstance(value, dt.datetime):
        text = value.isoformat(sep=" ", timespec="minutes" if not value.second else "seconds")
    elif isinstance(value, dt.date | dt.time):
        text = value.isoformat()
    else:
        text = str(value)
    if len(text) > MAX_CELL_CHARS:
        raise CellProblem(Message(
            QT_TRANSLATE_NOOP("messages", "holds {count} characters; a cell may hold at most {most}"),
            count=f"{len(text):,}", most=f"{MAX_CELL_CHARS:,}"))
    if "\x00" in text:
        raise CellProblem(Message(QT_TRANSLATE_NOOP("messages", "contains a NUL character (the file may be damaged)")))
    return text


_DECLARE_COMMA = Message(QT_TRANSLATE_NOOP("messages", 'or, if the whole sheet uses decimal commas, say so: tick '
                                                      '"Decimal comma" when importing in the window, or write '
                                                      '"decimal_comma": true in the mapping file'))


def _decimal_text(text: str, decimal_comma: bool) -> str:
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "")
    if "," in cleaned:
        if not decimal_comma:
            raise CellProblem(_comma_problem(text, cleaned))
        if "." in cleaned or cleaned.count(",") > 1:
            raise CellProblem(Message(
                QT_TRANSLATE_NOOP("messages", "'{text}' is not a number with a decimal comma"), text=_shown(text)))
        cleaned = cleaned.replace(",", ".")
    return cleaned


_GROUPED = re.compile(r"[-+]?[1-9]\d{0,2}(,\d{3})+")  # 1,500 or 1,234,567: a comma may separate thousands
_GROUPED_DOT = re.compile(r"[-+]?\d{1,3}(\.\d{3})+,\d+")  # 1.234,5: dots for thousands, a decimal comma


def _comma_problem(text: str, cleaned: str) -> Message:
    """Why a number with a comma is refused, and what to write instead; never a guess between the readings.
    The numbers it suggests are what to write in the file: text with a decimal point, in every language."""
    shown = _shown(text)
    if _GROUPED.fullmatch(cleaned):
        whole = cleaned.replace(",", "")
        if cleaned.count(",") == 1:  # 1,500: one and a half, or fifteen hundred?
            decimal = cleaned.replace(",", ".").rstrip("0").rstrip(".")
            return Message(QT_TRANSLATE_NOOP("messages", "'{text}' has a comma: write numbers with a decimal point and "
                                                       "no thousands separator: {whole} if the comma separates "
                                                       "thousands, {decimal} if it is a decimal comma; {declare}"),
                         text=shown, whole=whole, decimal=decimal, declare=_DECLARE_COMMA)
        return _without_separator(shown, whole)
    if _GROUPED_DOT.fullmatch(cleaned):
        return _without_separator(shown, cleaned.replace(".", "").replace(",", "."))
    if cleaned.count(",") == 1 and "." not in cleaned:
        return Message(QT_TRANSLATE_NOOP("messages", "'{text}' has a comma: write numbers with a decimal point "
                                                   "({number}); {declare}"),
                     text=shown, number=cleaned.replace(",", "."), declare=_DECLARE_COMMA)
    return Message(QT_TRANSLATE_NOOP("messages", "'{text}' has a comma: write numbers with a decimal point and no "
                                               "thousands separator; {declare}"), text=shown, declare=_DECLARE_COMMA)


def _without_separator(shown: str, number: str) -> Message:
    return Message(QT_TRANSLATE_NOOP("messages", "'{text}' has a comma: write numbers with a decimal point and no "
                                               "thousands separator ({number}); {declare}"),
                 text=shown, number=number, declare=_DECLARE_COMMA)


def _too_large(value: Raw) -> Message:
    return Message(QT_TRANSLATE_NOOP("messages", "'{text}' is too large to be a real quantity"), text=_shown(value))


def _not_a_number(value: Raw) -> Message:
    return Message(QT_TRANSLATE_NOOP("messages", "'{text}' is not a number"), text=_shown(value))


def read_number(value: Raw, *, decimal_comma: bool = False) -> Fraction:
    """A finite number of a real-world size, exactly (so unit conversion loses nothing)."""
    number = _read_number(value, decimal_comma)
    if abs(number) > MAX_MAGNITUDE:
        raise CellProblem(_too_large(value))
    return number


def _read_number(value: Raw, decimal_comma: bool) -> Fraction:
    _refuse_formula(value)
    if isinstance(value, bool | dt.date | dt.time | dt.timedelta):
        raise CellProblem(_not_a_number(value))
    if isinstance(value, int):
        return Fraction(value)
    if isinstance(value, float):
        if not math.isfinite(value):
            raise CellProblem(Message(
                QT_TRANSLATE_NOOP("messages", "'{text}' is not a finite number"), text=str(value)))
        return _exact(Decimal(repr(value)), value)
    if isinstance(value, Decimal):
        if not value.is_finite():
            raise CellProblem(Message(
                QT_TRANSLATE_NOOP("messages", "'{text}' is not a finite number"), text=str(value)))
        return _exact(value, value)
    assert isinstance(value, str)
    text = _decimal_text(value, decimal_comma)
    if re.fullmatch(r"[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?", text) is None:
        raise CellProblem(_not_a_number(value))
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise CellProblem(_not_a_number(value)) from None
    if not number.is_finite() or not math.isfinite(float(number)):
        raise CellProblem(_too_large(value))
    return _exact(number, value)


def _exact(number: Decimal, value: Raw) -> Fraction:
    # 1e-10000000 would take seconds to make exact (a denominator of ten million digits) and means nothing
    if number and number.adjusted() < MIN_EXPONENT:
        raise CellProblem(Message(
            QT_TRANSLATE_NOOP("messages", "'{text}' is too small to be a real quantity; write 0 if there was "
                                          "none"), text=_shown(value)))
    return Fraction(number)


def read_count(value: Raw, *, decimal_comma: bool = False) -> int:
    """A whole number of 0 or more."""
    if type(value) is int and 0 <= value <= MAX_COUNT:  # a number cell: most of an import's counts
        return value
    number = _read_number(value, decimal_comma)
    if number.denominator != 1:
        raise CellProblem(Message(QT_TRANSLATE_NOOP("messages", "'{text}' is not a whole number"), text=_shown(value)))
    if number < 0:
        raise CellProblem(Message(
            QT_TRANSLATE_NOOP("messages", "{number} is negative; a count cannot be below 0"), number=str(number)))
    if number > MAX_COUNT:
        raise CellProblem(Message(
            QT_TRANSLATE_NOOP("messages", "{number} is too large to be a real count"), number=f"{int(number):,}"))
    return int(number)


def read_quantity(value: Raw, source: Unit | None, canonical: str, *, decimal_comma: bool = False) -> float:
    """A quantity of 0 or more converted exactly from the source column's unit to the canonical unit."""
    if source is None and (type(value) is int or type(value) is float):
        amount = float(value)  # already in the canonical unit: no exact conversion needed
        if 0 <= amount <= MAX_MAGNITUDE and (not amount or amount >= 10.0**MIN_EXPONENT):  # NaN fails too
            return amount
    number = read_number(value, decimal_comma=decimal_comma)
    if number < 0:
        raise CellProblem(Message(QT_TRANSLATE_NOOP("messages", "{number} is negative; a quantity cannot be below 0"),
                                number=f"{float(number):g}"))
    if source is not None:
        number = convert_exact(number, source, unit(canonical))
        if number > MAX_MAGNITUDE:
            raise CellProblem(Message(
                QT_TRANSLATE_NOOP("messages", "'{text}' {unit} is too large to be a real quantity"),
                text=_shown(value), unit=source.symbol))
    return float(number)


_NUMERIC_DATE = re.compile(r"(\d{1,4})[./-](\d{1,2})[./-](\d{1,4})")


def _iso_date(text: str) -> dt.date | None:
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text)
    if match is None:
        return None
    year, month, day = (int(part) for part in match.groups())
    return _real_date(year, month, day, text)


def _real_date(year: int, month: int, day: int, text: str) -> dt.date:
    try:
        return dt.date(year, month, day)
    except ValueError:
        if 1 <= month <= 12:
            last = ((dt.date(year + month // 12, month % 12 + 1, 1)) - dt.timedelta(days=1)).day
            raise CellProblem(Message(
                QT_TRANSLATE_NOOP("messages", "{text} is not a real date ({month} {year} has {last} days)"),
                text=text, month=_MONTHS[month - 1], year=str(year), last=last)) from None
        raise CellProblem(Message(
            QT_TRANSLATE_NOOP("messages", "{text} is not a real date (there is no month {month})"),
            text=text, month=month)) from None


_DECLARE_DATES = Message(QT_TRANSLATE_NOOP("messages", 'the Date format of the import window, or "date_format" in '
                                                      'the mapping'))


def _undeclared(text: str) -> CellProblem:
    match = _NUMERIC_DATE.fullmatch(text)
    if match is not None and len(match[1]) <= 2 and len(match[3]) == 4:
        first, second, year = int(match[1]), int(match[2]), int(match[3])
        separator = text[len(match[1])]
        if not first or not second or min(first, second) > 12:
            return CellProblem(Message(
                QT_TRANSLATE_NOOP("messages", "'{text}' is not a real date; write it as YYYY-MM-DD"), text=text))
        if first <= 12 and second <= 12 and first != second:
            return CellProblem(Message(
                QT_TRANSLATE_NOOP("messages", "'{text}' could be {one} or {other}; set the sheet's date format "
                                              "(for example {codes}: {declare}) instead of letting "
                                              "fieldlog guess, or write the date as YYYY-MM-DD ({iso} "
                                              "for {one})"),
                text=text, one=_day_month(first, second), other=_day_month(second, first),
                codes=f"%d{separator}%m{separator}%Y", declare=_DECLARE_DATES,
                iso=_iso(year, second, first)))
        day, month = (first, second) if first > 12 or first == second else (second, first)
        order, codes = ((Message(QT_TRANSLATE_NOOP("messages", "day/month/year")), "%d{0}%m{0}%Y") if day == first
                        else (Message(QT_TRANSLATE_NOOP("messages", "month/day/year")), "%m{0}%d{0}%Y"))
        return CellProblem(Message(
            QT_TRANSLATE_NOOP("messages", "'{text}' is not written as YYYY-MM-DD; write it as {iso}, or set "
                                          "the sheet's date format (it looks like {order}: {codes}; "
                                          "{declare})"),
            text=text, iso=_iso(year, month, day), order=order, codes=codes.format(separator),
            declare=_DECLARE_DATES))
    return CellProblem(Message(
        QT_TRANSLATE_NOOP("messages", "'{text}' is not a date; write it as YYYY-MM-DD or set the sheet's date "
                                      "format"), text=_shown(text)))


def _iso(year: int, month: int, day: int) -> str:
    """The ISO spelling of a date the cell may mean (not checked: the hint only shows the shape)."""
    return f"{year:04d}-{month:02d}-{day:02d}"


def _day_month(day: int, month: int) -> Message:
    return Message(QT_TRANSLATE_NOOP("messages", "{day} {month}"), day=day, month=_MONTHS[month - 1])


# Month names for the messages (not strftime's, which follow the process's C locale, not the window's).
_MONTHS = tuple(Message(name) for name in (
    QT_TRANSLATE_NOOP("messages", "January"), QT_TRANSLATE_NOOP("messages", "February"),
    QT_TRANSLATE_NOOP("messages", "March"), QT_TRANSLATE_NOOP("messages", "April"),
    QT_TRANSLATE_NOOP("messages", "May"), QT_TRANSLATE_NOOP("messages", "June"),
    QT_TRANSLATE_NOOP("messages", "July"), QT_TRANSLATE_NOOP("messages", "August"),
    QT_TRANSLATE_NOOP("messages", "September"), QT_TRANSLATE_NOOP("messages", "October"),
    QT_TRANSLATE_NOOP("messages", "November"), QT_TRANSLATE_NOOP("messages", "December")))


def _with_format(text: str, date_formats: DateFormats) -> dt.datetime:
    formats = (date_formats,) if isinstance(date_formats, str) else tuple(date_formats or ())
    for date_format in formats:  # the sheet's formats in the order declared: the first that fits wins
        try:
            return dt.datetime.strptime(text, date_format)
        except ValueError:
            continue
    match = _NUMERIC_DATE.fullmatch(text)
    if match is not None:  # the right shape: say which part is impossible
        for date_format in formats:
            parsed = _shape(date_format, match)
            if parsed is not None:
                _real_date(*parsed, text)
    shown = " or ".join(formats)
    raise CellProblem(Message(
        QT_TRANSLATE_NOOP("messages", "'{text}' does not match the sheet's date format {formats}"),
        text=_shown(text), formats=shown))


def _shape(date_format: str, match: re.Match[str]) -> tuple[int, int, int] | None:
    order = re.findall(r"%([dmYy])", date_format)
    if sorted(order) not in (["Y", "d", "m"], ["d", "m", "y"]):
        return None
    parts = dict(zip(order, (int(group) for group in match.groups()), strict=True))
    year = parts.get("Y", parts.get("y", 0) + 2000)
    return year, parts["m"], parts["d"]


def read_datetime(value: Raw, date_format: DateFormats = None) -> dt.datetime:
    """A date and time: a real date cell, ISO text, or text in the sheet's declared format."""
    _refuse_formula(value)
    if isinstance(value, dt.datetime):
        return value.replace(tzinfo=None, microsecond=0)
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time.min)
    if not isinstance(value, str):
        raise CellProblem(Message(
            QT_TRANSLATE_NOOP("messages", "'{text}' is a number, not a date; format the column as dates"),
            text=_shown(value)))
    text = " ".join(value.split())
    if date_format:
        return _with_format(text, date_format)
    if (day := _iso_date(text)) is not None:
        return dt.datetime.combine(day, dt.time.min)
    match = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})[T ](\d{1,2}):(\d{2})(?::(\d{2}))?", text)
    if match is not None:
        day = _real_date(int(match[1]), int(match[2]), int(match[3]), text)
        try:
            return dt.datetime.combine(day, dt.time(int(match[4]), int(match[5]), int(match[6] or 0)))
        except ValueError:
            raise CellProblem(Message(
                QT_TRANSLATE_NOOP("messages", "'{text}' has an impossible time of day"), text=text)) from None
    raise _undeclared(text)


def read_date(value: Raw, date_format: DateFormats = None) -> dt.date:
    """A calendar date (a time of day, if any, is dropped)."""
    return read_datetime(value, date_format).date()


def read_coordinate(value: Raw, column: Column) -> float:
    """A latitude or longitude in decimal degrees from a number or DMS text, within its range."""
    _refuse_formula(value)
    axis: Axis = "latitude" if column.value_type is ValueType.LATITUDE else "longitude"
    limit = 90 if axis == "latitude" else 180
    if isinstance(value, int | float) and not isinstance(value, bool):
        if not math.isfinite(value) or abs(value) > limit:
            raise CellProblem(f"{axis} {value:g} is outside -{limit}..{limit}")
        return float(value)
    try:
        return parse_coordinate(read_text(value), axis)
    except ValueError as error:
        raise CellProblem(str(error)) from None


def read_choice(value: Raw, choices: type[LabelledEnum]) -> str:
    """The stored key of the vocabulary member the cell names by key or label, in any shipped language."""
    text = read_text(value)
    try:
        return choices.parse(text).value  # its key or English label: most cells, no catalogue needed
    except ValueError:
        member = translated_choices(choices).get(fold(text))
        if member is None:
            raise CellProblem(Message(QT_TRANSLATE_NOOP("messages", "'{text}' is not one of: {choices}"),
                                      text=text, choices=", ".join(member.label for member in choices))) from None
        return member.value


def translated_choices(choices: type[LabelledEnum]) -> dict[str, LabelledEnum]:
    """Folded label in a shipped language other than English -> member, built once per vocabulary.

    A label that names two members in different languages keeps the first language's member (the order of
    LANGUAGES); the key and English label (LabelledEnum.parse) come before any of these."""
    return _translated_choices(choices, catalogues())


@lru_cache(maxsize=64)
def _translated_choices(choices: type[LabelledEnum], shipped: tuple[Catalogue, ...]) -> dict[str, LabelledEnum]:
    table: dict[str, LabelledEnum] = {}
    for texts in shipped[1:]:  # English is LabelledEnum.parse's
        for member in choices:
            table.setdefault(fold(texts("vocabulary", member.label)), member)
    return table


def read_id(value: Raw) -> uuid.UUID:
    """A record id (UUID)."""
    text = read_text(value).strip()
    try:
        return uuid.UUID(text)
    except ValueError:
        raise CellProblem(Message(QT_TRANSLATE_NOOP("messages", "'{text}' is not a record id (ids look like "
                                                            "1b4e28ba-2fa1-11d2-883f-0016d3cca427)"),
                                text=_shown(text))) from None


def read_cell(value: Raw, column: Column, *, source_unit: Unit | None = None, date_format: DateFormats = None,
              decimal_comma: bool = False) -> object:
    """A non-blank cell read as `column`'s value (country names are left as text for the caller)."""
    match column.value_type:
        case ValueType.TEXT | ValueType.COUNTRY:
            return " ".join(read_text(value).split())
        case ValueType.LONG_TEXT:
            return read_text(value).strip()
        case ValueType.ID:
            return read_id(value)
        case ValueType.INTEGER:
            return read_count(value, decimal_comma=decimal_comma)
        case ValueType.NUMBER:
            if column.unit is None:
                number = read_number(value, decimal_comma=decimal_comma)
                return float(number)
            return read_quantity(value, source_unit, column.unit, decimal_comma=decimal_comma)
        case ValueType.DATE:
            return read_date(value, date_format)
        case ValueType.DATETIME:
            return read_datetime(value, date_format)
        case ValueType.LATITUDE | ValueType.LONGITUDE:
            return read_coordinate(value, column)
        case ValueType.CHOICE:
            assert column.choices is not None
            return read_choice(value, column.choices)
    raise AssertionError(column.value_type)
