"""Entry fields of the record editors: each reads what a volunteer types and says in place what is wrong.

Every field is a small widget: the editor (line edit, combo, table) with, under it, a message line that
shows a problem (red), a warning (amber) or a hint (grey). A field never raises on bad input: `value()`
is None and `problem()` says why in plain words. The message of a problem appears once the user has
finished with the field (Enter, Tab, leaving it) or the form asked for its record, not while they type.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from enum import Enum
from fractions import Fraction
from typing import Any, Literal, Protocol

import pycountry
from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QLocale,
    QObject,
    QPoint,
    QStringListModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent, QPalette, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QCompleter,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from fieldlog.domain.checks import Issue
from fieldlog.domain.coordinates import format_coordinate, parse_coordinate
from fieldlog.domain.errors import UnknownUnit
from fieldlog.domain.kinds import LabelledEnum, Level
from fieldlog.domain.messages import Message, Value
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP  # typed str, unlike PySide6's (object)
from fieldlog.domain.units import Dimension, convert_exact, unit
from fieldlog.services.reference import EXTRA_COUNTRIES, country_code, country_name
from fieldlog.ui.language import column_label, translated, vocabulary, window_language

ERROR_COLOUR = "#b3261e"
WARNING_COLOUR = "#8a5300"  # a dark amber: readable on white, unlike pure amber
NOTE_COLOUR = "#5f6368"
ERROR_TINT = "#fdecea"
WARNING_TINT = "#fff4d6"
BLANK_CHOICE = "—"

# The units each kind of quantity offers, in the order of the unit picker (keys of domain/units.py).
UNIT_CHOICES: dict[Dimension, tuple[str, ...]] = {
    Dimension.AREA: ("m2", "ha", "acre"),
    Dimension.MASS: ("g", "kg", "lb", "oz"),
    Dimension.LENGTH: ("m", "km", "mi"),
}
UNIT_LABELS = {"m2": "m²", "acre": QT_TRANSLATE_NOOP("fields", "acres")}

_DATE = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})")
_LOCAL_DATE = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})")  # day and month in the locale's order
_TIME = r"(?:(?:\s+|\s*T\s*)(\d{1,2})[:.h](\d{2})(?::(\d{2}))?)?"
_DATETIME = re.compile(r"(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})" + _TIME)
_LOCAL_DATETIME = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})" + _TIME)
_SIGNED = re.compile(r"([-+]?)(.*?)([eE][-+]?\d+)?")
_SPACES = re.compile(r"\s")  # plain, no-break (U+00A0) and narrow no-break (U+202F) spaces group thousands
_EXAMPLE_DAY = dt.date(2026, 5, 16)
_EXAMPLE_TIME = dt.datetime(2026, 5, 16, 9, 30)


class ChecklistEntryLike(Protocol):
    """What the species field needs of a checklist entry (services' ChecklistEntry fits)."""

    @property
    def scientific_name(self) -> str:
        """The accepted scientific name."""
        ...

    @property
    def common_names(self) -> tuple[str, ...]:
        """Common names in any language."""
        ...

    def common_names_in(self, language: str) -> tuple[str, ...]:
        """Common names in one language."""
        ...


class LitterCategoryLike(Protocol):
    """What the litter tally needs of an item category (services' LitterCategory fits)."""

    @property
    def key(self) -> str:
        """The stored key, like cigarette_butts."""
        ...

    @property
    def label(self) -> str:
        """The label people read."""
        ...


def plain_number(value: float) -> str:
    """A number as a person would type it: 20000 rather than 20000.0, full precision otherwise."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def decimal_mark() -> str:
    """The decimal mark of the default locale: "," in Spanish, French, Portuguese; "." in English."""
    return "," if QLocale().decimalPoint() == "," else "."


def local_number(value: float) -> str:
    """A number as the editors show it: full precision, the locale's decimal mark, no group separators
    (a value to edit, not to read in a table)."""
    text = plain_number(value)
    return text.replace(".", ",") if decimal_mark() == "," else text


def unit_label(symbol: str) -> str:
    """How the unit picker names a unit (m², acres)."""
    return QCoreApplication.translate("fields", UNIT_LABELS.get(symbol, symbol))


def _ungroup(whole: str, separators: str) -> str | None:
    """The digits of a whole part written with thousands grouped by one of `separators` (or not at all);
    None when it is not such a number. Every kind of space counts as a plain one."""
    if re.fullmatch(r"[0-9]*", whole):
        return whole
    spaced = _SPACES.sub(" ", whole)
    separators = _SPACES.sub(" ", separators)
    for separator in {ch for ch in spaced if ch not in "0123456789"}:
        if separator in separators and re.fullmatch(rf"[0-9]{{1,3}}(?:{re.escape(separator)}[0-9]{{3}})+", spaced):
            return spaced.replace(separator, "")
    return None


def _number_text(sign: str, body: str) -> str:
    """A number's digits with a "." decimal point, from what was typed the locale's way; ValueError in words.

    The locale's decimal mark is always a decimal mark. The other mark ("." where the decimal mark is a
    comma, "," in English) groups thousands when followed by groups of three digits; where the decimal mark
    is a comma a lone dot is read as a decimal point too, except where it could be either ("1.500").
    """
    mark = decimal_mark()
    other = "." if mark == "," else ","
    spaces = " " + QLocale().groupSeparator()
    not_a_number = QCoreApplication.translate("fields", "Not a number")
    if not re.fullmatch(r"[0-9.,\s']+", body) or not re.search(r"[0-9]", body):
        raise ValueError(not_a_number)
    if mark in body:
        whole, _, fraction = body.partition(mark)
        digits = _ungroup(whole, spaces + other)
        if digits is None or not re.fullmatch(r"[0-9]*", fraction):
            raise ValueError(not_a_number)
        return f"{digits}.{fraction}"
    if body.count(other) == 1:
        whole, _, fraction = body.partition(other)
        if re.fullmatch(r"[0-9]{1,3}", whole) and re.fullmatch(r"[0-9]{3}", fraction):
            # "1.500" is 1500 to some and 1.5 to others: ask for a form that says which.
            decimal = local_number(float(Fraction(f"{sign}{whole}.{fraction}")))
            raise ValueError(QCoreApplication.translate(
                "fields", "Write {whole} or {decimal}: {typed} could mean either").format(
                    whole=f"{sign}{whole}{fraction}", decimal=decimal, typed=f"{sign}{body}"))
        digits = _ungroup(whole, spaces)
        if digits is not None and re.fullmatch(r"[0-9]*", fraction):
            if mark == ",":
                return f"{digits}.{fraction}"
            if digits and fraction:
                raise ValueError(QCoreApplication.translate(
                    "fields", "Not a number; write decimals with a dot: {number}").format(
                        number=f"{sign}{digits}.{fraction}"))
    digits = _ungroup(body, spaces + other)
    if not digits:
        raise ValueError(not_a_number)
    return digits


def parse_number(text: str) -> Fraction | None:
    """The exact value of a decimal number typed the locale's way (a dot is read too); None when blank,
    ValueError in plain words."""
    cleaned = text.strip().replace("\u2212", "-")
    if not cleaned:
        return None
    match = _SIGNED.fullmatch(cleaned)
    assert match is not None  # every text matches: the body takes what sign and exponent do not
    sign, body, exponent = match.groups()
    return Fraction(f"{sign}{_number_text(sign, body)}{exponent or ''}")


def parse_count(text: str) -> int | None:
    """A whole number of 0 or more, thousands grouped the locale's way or not; None when blank, ValueError
    in plain words."""
    cleaned = text.strip().replace("\u2212", "-")
    if not cleaned:
        return None
    if re.fullmatch(r"-\s*\d[\d\s.,']*", cleaned):
        raise ValueError(QCoreApplication.translate("fields", "Cannot be negative"))
    cleaned = cleaned.removeprefix("+")
    digits = _ungroup(cleaned, " " + QLocale().groupSeparator())
    if digits:
        return int(digits)
    # "12.0" (or "12,0" the locale's way) is a whole number too; but "1.000" where a comma is the decimal
    # mark and a dot does not group thousands could be one or a thousand.
    mark = decimal_mark()
    whole = re.fullmatch(rf"([0-9]+)([.{re.escape(mark)}])0*", cleaned)
    if whole is not None and not (whole[2] != mark and re.fullmatch(r"[0-9]{1,3}.000", cleaned)):
        return int(whole[1])
    raise ValueError(QCoreApplication.translate("fields", "Write a whole number"))


def local_dates() -> bool:
    """True when the editors show and read dates the locale's way (day-month-year); False in English,
    where they stay ISO (2026-05-16), which English speakers on every continent read alike."""
    return QLocale().language() != QLocale.Language.English and _local_order() is not None


def _local_order() -> str | None:
    """The order of day and month in the locale's short date ("dm" or "md"), None when the year comes first."""
    shape = re.sub(r"[^dMy]", "", QLocale().dateFormat(QLocale.FormatType.ShortFormat))
    order = "".join(dict.fromkeys(shape))
    return {"dMy": "dm", "Mdy": "md"}.get(order)


def _local_date_format() -> str:
    """The locale's short date format with a four-digit year (16/5/2026, not 16/5/26)."""
    return re.sub(r"y+", "yyyy", QLocale().dateFormat(QLocale.FormatType.ShortFormat))


def format_date(value: dt.date) -> str:
    """A date as the date fields show it: the locale's short form with a four-digit year, ISO in English."""
    if not local_dates():
        return f"{value:%Y-%m-%d}"
    return QLocale().toString(QDate(value.year, value.month, value.day), _local_date_format())


def format_datetime(value: dt.datetime) -> str:
    """A date and time as the date-time field shows it (24-hour time)."""
    time = f"{value:%H:%M}" if value.second == 0 else f"{value:%H:%M:%S}"
    return f"{format_date(value.date())} {time}"


def date_pattern() -> str:
    """What a date field expects, in letters: YYYY-MM-DD, or DD/MM/YYYY where dates are written the local way."""
    return _in_date_order(QCoreApplication.translate("fields", "YYYY"), QCoreApplication.translate("fields", "MM"),
                          QCoreApplication.translate("fields", "DD"))


def _date_order() -> str:
    """The order of a date's parts in words, like year-month-day or day/month/year."""
    return _in_date_order(QCoreApplication.translate("fields", "year"), QCoreApplication.translate("fields", "month"),
                          QCoreApplication.translate("fields", "day"))


def _in_date_order(year: str, month: str, day: str) -> str:
    """Three parts of a date joined as the editors expect them: year-month-day, or the locale's order."""
    if not local_dates():
        return f"{year}-{month}-{day}"
    separator = re.sub(r"[dMy]", "", _local_date_format())[:1] or "/"
    parts = (day, month) if _local_order() == "dm" else (month, day)
    return separator.join((*parts, year))


def _calendar_date(year: int, month: int, day: int) -> dt.date:
    """The date, or ValueError naming the day that does not exist."""
    if not 1 <= month <= 12:
        raise ValueError(QCoreApplication.translate(
            "fields", "There is no month {month}; write the date as {order}, like {example}").format(
                month=month, order=_date_order(), example=format_date(_EXAMPLE_DAY)))
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise ValueError(QCoreApplication.translate("fields", "There is no {day} {month} {year}").format(
            day=day, month=QLocale().monthName(month), year=year)) from None


def _date_parts(match: re.Match[str], local: bool) -> tuple[int, int, int]:
    """(year, month, day) of a matched date typed in ISO order or the locale's."""
    first, second, third = int(match[1]), int(match[2]), int(match[3])
    if not local:
        return first, second, third
    return (third, second, first) if _local_order() == "dm" else (third, first, second)


def parse_date(text: str) -> dt.date | None:
    """A date typed as year-month-day, or the locale's way (16/05/2026) outside English; None when blank,
    ValueError in plain words."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match, local = _DATE.fullmatch(cleaned), False
    if match is None and local_dates():
        match, local = _LOCAL_DATE.fullmatch(cleaned), True
    if match is None:
        raise ValueError(QCoreApplication.translate("fields", "Write the date as {order}, like {example}").format(
            order=_date_order(), example=format_date(_EXAMPLE_DAY)))
    return _calendar_date(*_date_parts(match, local))


def parse_datetime(text: str) -> dt.datetime | None:
    """A date and time typed as 2026-05-16 09:30 (or with the date the locale's way); None when blank,
    ValueError in plain words."""
    cleaned = text.strip()
    if not cleaned:
        return None
    match, local = _DATETIME.fullmatch(cleaned), False
    if match is None and local_dates():
        match, local = _LOCAL_DATETIME.fullmatch(cleaned), True
    if match is None:
        raise ValueError(QCoreApplication.translate("fields", "Write the date and time as {example}").format(
            example=format_datetime(_EXAMPLE_TIME)))
    date = _calendar_date(*_date_parts(match, local))
    if match[4] is None:
        raise ValueError(QCoreApplication.translate("fields", "Add the time too, like {example}").format(
            example=format_datetime(dt.datetime.combine(date, _EXAMPLE_TIME.time()))))
    hour, minute, second = int(match[4]), int(match[5]), int(match[6] or 0)
    if hour > 23:
        raise ValueError(QCoreApplication.translate("fields", "Hours go from 00 to 23"))
    if minute > 59:
        raise ValueError(QCoreApplication.translate("fields", "Minutes must be below 60"))
    if second > 59:
        raise ValueError(QCoreApplication.translate("fields", "Seconds must be below 60"))
    return dt.datetime.combine(date, dt.time(hour, minute, second))


def _local_value(value: Value) -> str:
    match value:
        case Message():
            return local_message(value)
        case bool() | str():
            return str(value)
        case int() | float():
            return local_number(value)
        case dt.datetime():
            return format_datetime(value)
        case dt.date():
            return format_date(value)


def local_message(message: str) -> str:
    """A message in the window's language, the values it names written the local way; a plain string (not
    a `Message`) as it is."""
    if not isinstance(message, Message):
        return message
    text = translated(message.context, message.text)
    if not message.values:
        return text
    return text.format(**{name: _local_value(value) for name, value in message.values})


def issue_message(issue: Issue) -> str:
    """A check's message in the window's language, the values it names written the local way."""
    return local_message(issue.message)


def sentence(message: str) -> str:
    """A check's message as a sentence on its own: first letter capitalised."""
    message = message.strip()
    return message[:1].upper() + message[1:] if message else message


# -- the base ---------------------------------------------------------------------------------------

class Field(QWidget):
    """An entry field with its message line. Subclasses set `_problem` in `_validate()`."""

    changed = Signal()  # the value may have changed (typing, picking, loading)
    edited = Signal()  # the user changed it (not a program)

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, object_name: str = "") -> None:
        super().__init__(parent)
        self.required = required
        self._problem: str | None = None  # the text cannot be read
        self._issues: list[tuple[Level, str]] = []  # from the form: checks, "Required"
        self._note = ""
        self._revealed = False  # problems show once the user is done with the field
        self._quiet = 0  # >0 while the program sets the value
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(0, 0, 0, 0)
        self.outer.setSpacing(2)
        self.row = QHBoxLayout()
        self.row.setContentsMargins(0, 0, 0, 0)
        self.row.setSpacing(4)
        self.outer.addLayout(self.row)
        self.message_label = QLabel(self)
        self.message_label.setWordWrap(True)
        self.message_label.setTextFormat(Qt.TextFormat.PlainText)
        self.message_label.setVisible(False)
        self.outer.addWidget(self.message_label)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        if object_name:
            self.setObjectName(object_name)

    # -- naming ---------------------------------------------------------------------------------

    def setObjectName(self, name: str) -> None:  # Qt's name
        """Name the field and its parts (`name`, `name_edit`, `name_message`) for tests and styling."""
        super().setObjectName(name)
        self.message_label.setObjectName(f"{name}_message")
        for suffix, widget in self._named_parts().items():
            widget.setObjectName(f"{name}_{suffix}")

    def _named_parts(self) -> dict[str, QWidget]:
        return {"edit": self.editor()}

    # -- what subclasses provide ------------------------------------------------------------------

    def editor(self) -> QWidget:
        """The widget that takes the keyboard first."""
        raise NotImplementedError

    def focus_widgets(self) -> list[QWidget]:
        """The widgets of this field in tab order."""
        return [self.editor()]

    def value(self) -> Any:
        """The value read from the field, None when blank or unreadable."""
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        """Show a stored value (None: blank)."""
        raise NotImplementedError

    def is_blank(self) -> bool:
        """True when nothing is entered."""
        raise NotImplementedError

    def state(self) -> object:
        """What the user entered, to tell whether the form changed."""
        raise NotImplementedError

    def _validate(self) -> None:
        """Set `_problem` from the current text."""

    # -- shared behaviour -------------------------------------------------------------------------

    def clear(self) -> None:
        """Empty the field and forget its messages."""
        self.set_value(None)
        self.reset_messages()

    def problem(self) -> str | None:
        """Why the text cannot be read, or None."""
        return self._problem

    def is_valid(self) -> bool:
        """True when the text can be read (blank counts as readable)."""
        return self._problem is None

    def reveal(self) -> None:
        """Show the problem (if any) now, as after the user finished with the field."""
        self._revealed = True
        self._render()

    def reset_messages(self) -> None:
        """Hide everything the message line says, as on a fresh form."""
        self._issues = []
        self._revealed = False
        self._render()

    def set_issues(self, issues: Sequence[tuple[Level, str]]) -> None:
        """Show issues of the form's checks (errors first) under the field."""
        self._issues = sorted(issues, key=lambda issue: issue[0] is not Level.ERROR)
        self._render()

    def set_note(self, text: str) -> None:
        """A grey hint shown when there is nothing wrong."""
        self._note = text
        self._render()

    def message(self) -> str:
        """The text the message line shows (empty when hidden)."""
        return self.message_label.text() if not self.message_label.isHidden() else ""

    def message_level(self) -> Level | None:
        """How serious the shown message is; None for a hint or nothing."""
        if self.message_label.isHidden():
            return None
        level = self.message_label.property("level")
        return Level(level) if level in (Level.ERROR.value, Level.WARNING.value) else None

    def _render(self) -> None:
        lines: list[str] = []
        level: Level | None = None
        if self._problem is not None and self._revealed:
            lines, level = [self._problem], Level.ERROR
        elif self._issues:
            lines = [sentence(text) for _, text in self._issues]
            level = self._issues[0][0]
        colour, tint = NOTE_COLOUR, None
        if level is Level.ERROR:
            colour, tint = ERROR_COLOUR, ERROR_TINT
        elif level is Level.WARNING:
            colour, tint = WARNING_COLOUR, WARNING_TINT
            lines = [f"⚠ {line}" for line in lines]
        if not lines and self._note:
            lines = [self._note]
        self.message_label.setText("\n".join(lines))
        self.message_label.setProperty("level", level.value if level else "")
        self.message_label.setStyleSheet(f"color: {colour};")
        self.message_label.setVisible(bool(lines))
        self._tint(tint)
        self.editor().setAccessibleDescription(" ".join(lines))

    def _tint(self, colour: str | None) -> None:
        target = self.editor()
        palette = target.palette()
        if colour is None:
            palette = self.palette()  # back to the inherited colours
        else:
            palette.setColor(QPalette.ColorRole.Base, QColor(colour))
        target.setPalette(palette)

    def _on_change(self) -> None:
        """Re-read after every change; tell the form."""
        self._validate()
        if self._problem is None or self._revealed:
            self._render()
        if not self._quiet:
            self.edited.emit()  # first, so the form knows the user did it when it hears `changed`
        self.changed.emit()

    def _on_finished(self) -> None:
        self._revealed = True
        self._render()

    def _programmatic(self, setter: Callable[[], None]) -> None:
        self._quiet += 1
        try:
            setter()
        finally:
            self._quiet -= 1
        self._validate()
        self._render()


# -- text -------------------------------------------------------------------------------------------

class LineField(Field):
    """A one-line text field whose text is parsed by `parse` (a ValueError's message is the problem)."""

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, object_name: str = "",
                 placeholder: str = "", max_length: int = 0) -> None:
        self.line = QLineEdit()
        super().__init__(parent, required=required, object_name=object_name)
        if max_length:
            self.line.setMaxLength(max_length)
        self.line.setPlaceholderText(placeholder)
        self.row.addWidget(self.line, 1)
        self.setFocusProxy(self.line)
        self.line.textChanged.connect(self._on_change)
        self.line.editingFinished.connect(self._on_finished)

    def editor(self) -> QWidget:
        """The line edit."""
        return self.line

    def narrow(self, width: int) -> None:
        """Keep the line edit `width` pixels wide at the left, as short values need no more."""
        self.line.setFixedWidth(width)
        self.row.setStretch(0, 0)
        self.row.addStretch(1)

    def text(self) -> str:
        """The text as typed."""
        return self.line.text()

    def set_text(self, text: str) -> None:
        """Replace the text as the program (not an edit by the user)."""
        self._programmatic(lambda: self.line.setText(text))

    def is_blank(self) -> bool:
        """True when only spaces are typed."""
        return not self.line.text().strip()

    def state(self) -> object:
        """The text."""
        return self.line.text()

    def parse(self, text: str) -> Any:
        """The value of non-blank text; ValueError with a plain message when unreadable."""
        return " ".join(text.split())

    def _validate(self) -> None:
        try:
            if not self.is_blank():
                self.parse(self.line.text())
            self._problem = None
        except ValueError as error:
            self._problem = str(error)

    def value(self) -> Any:
        """The parsed value; None when blank or unreadable."""
        if self.is_blank():
            return None
        try:
            return self.parse(self.line.text())
        except ValueError:
            return None

    def format(self, value: Any) -> str:
        """How a stored value is shown."""
        return str(value)

    def set_value(self, value: Any) -> None:
        """Show a stored value (None: blank)."""
        self.set_text("" if value is None else self.format(value))


class TextField(LineField):
    """Free text on one line (names, ids); value is the text with runs of spaces folded."""


class NotesField(Field):
    """Free text over several lines (notes, descriptions); Tab moves on instead of typing a tab."""

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, object_name: str = "",
                 placeholder: str = "", lines: int = 3) -> None:
        self.edit = QPlainTextEdit()
        super().__init__(parent, required=required, object_name=object_name)
        self.edit.setTabChangesFocus(True)
        self.edit.setPlaceholderText(placeholder)
        height = self.edit.fontMetrics().lineSpacing() * lines + 12
        self.edit.setFixedHeight(height)
        self.row.addWidget(self.edit, 1)
        self.setFocusProxy(self.edit)
        self.edit.textChanged.connect(self._on_change)

    def editor(self) -> QWidget:
        """The text edit."""
        return self.edit

    def text(self) -> str:
        """The text as typed."""
        return self.edit.toPlainText()

    def is_blank(self) -> bool:
        """True when only spaces are typed."""
        return not self.edit.toPlainText().strip()

    def state(self) -> object:
        """The text."""
        return self.edit.toPlainText()

    def value(self) -> str | None:
        """The text without leading and trailing space; None when blank."""
        return self.edit.toPlainText().strip() or None

    def set_value(self, value: Any) -> None:
        """Show stored text."""
        self._programmatic(lambda: self.edit.setPlainText("" if value is None else str(value)))


class NumberField(LineField):
    """A decimal number typed the locale's way (a decimal comma in Spanish, French, Portuguese), in a fixed
    unit; the value is a locale-independent float."""

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, object_name: str = "",
                 placeholder: str = "") -> None:
        super().__init__(parent, required=required, object_name=object_name, placeholder=placeholder)
        self.narrow(140)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def parse(self, text: str) -> float:
        """The number as a float."""
        number = parse_number(text)
        assert number is not None
        return float(number)

    def format(self, value: Any) -> str:
        """The shortest exact text of the number, with the locale's decimal mark and no grouping."""
        return local_number(float(value))


class CountField(LineField):
    """A whole number of 0 or more (people, plants, bags)."""

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, object_name: str = "",
                 placeholder: str = "") -> None:
        super().__init__(parent, required=required, object_name=object_name, placeholder=placeholder)
        self.narrow(140)
        self.line.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def parse(self, text: str) -> int:
        """The count."""
        count = parse_count(text)
        assert count is not None
        return count

    def value(self) -> int | None:
        """The count; None when blank or unreadable."""
        result = super().value()
        return result if isinstance(result, int) else None


class QuantityField(NumberField):
    """A number with a unit picker; the value is in the record's canonical unit, converted exactly."""

    def __init__(self, dimension: Dimension | str, canonical_unit: str, parent: QWidget | None = None, *,
                 units: Sequence[str] | None = None, required: bool = False, object_name: str = "",
                 placeholder: str = "") -> None:
        self.dimension = Dimension(dimension)
        self.canonical_unit = unit(canonical_unit, self.dimension).symbol
        self.unit_combo = QComboBox()
        super().__init__(parent, required=required, object_name=object_name, placeholder=placeholder)
        choices = list(units or UNIT_CHOICES[self.dimension])
        if self.canonical_unit not in choices:
            choices.insert(0, self.canonical_unit)
        for key in choices:
            symbol = unit(key, self.dimension).symbol
            self.unit_combo.addItem(unit_label(symbol), symbol)
        self.unit_combo.setCurrentIndex(self.unit_combo.findData(self.canonical_unit))
        self.unit_combo.setToolTip(self.tr("The unit of the number you typed; it is converted exactly when saved"))
        self.row.insertWidget(1, self.unit_combo)
        self.unit_combo.currentIndexChanged.connect(self._on_change)
        if self.objectName():
            self.setObjectName(self.objectName())

    def _named_parts(self) -> dict[str, QWidget]:
        return {"edit": self.line, "unit": self.unit_combo}

    def focus_widgets(self) -> list[QWidget]:
        """The number, then the unit."""
        return [self.line, self.unit_combo]

    def unit(self) -> str:
        """The symbol of the unit picked (a key of domain/units.py)."""
        return str(self.unit_combo.currentData())

    def set_unit(self, symbol: str) -> None:
        """Pick the unit the number is in; UnknownUnit when the picker does not offer it."""
        index = self.unit_combo.findData(unit(symbol, self.dimension).symbol)
        if index < 0:
            raise UnknownUnit(f"'{symbol}' is not offered here")
        self._programmatic(lambda: self.unit_combo.setCurrentIndex(index))

    def value_in(self, target_unit: str) -> float | None:
        """The number converted exactly into `target_unit`; None when blank or not a number."""
        try:
            number = parse_number(self.line.text())
        except ValueError:
            return None
        if number is None:
            return None
        return float(convert_exact(number, self.unit(), unit(target_unit, self.dimension)))

    def value(self) -> float | None:
        """The quantity in the canonical unit."""
        return self.value_in(self.canonical_unit)

    def set_value(self, value: Any, unit_symbol: str | None = None) -> None:
        """Show a quantity given in the canonical unit (or in `unit_symbol`)."""
        self._programmatic(lambda: self.unit_combo.setCurrentIndex(
            self.unit_combo.findData(unit(unit_symbol or self.canonical_unit, self.dimension).symbol)))
        super().set_value(value)

    def state(self) -> object:
        """The text and the unit."""
        return (self.line.text(), self.unit())


class CoordinateField(LineField):
    """A latitude or longitude: decimal degrees or degrees, minutes and seconds."""

    def __init__(self, axis: Literal["latitude", "longitude"], parent: QWidget | None = None, *,
                 required: bool = False, object_name: str = "") -> None:
        self.axis: Literal["latitude", "longitude"] = axis
        decimal, dms = ("-1.2367", "1°14'12\"S") if axis == "latitude" else ("36.835", "36°50'06\"E")
        example = self.tr("{decimal} or {dms}").format(decimal=decimal, dms=dms)
        super().__init__(parent, required=required, object_name=object_name, placeholder=example)
        self.narrow(self.line.fontMetrics().horizontalAdvance(example) + 20)

    def parse(self, text: str) -> float:
        """Decimal degrees."""
        return parse_coordinate(text, self.axis)

    def format(self, value: Any) -> str:
        """Up to 6 decimals, without trailing zeros."""
        return format_coordinate(float(value)).rstrip("0").rstrip(".")

    def _validate(self) -> None:
        super()._validate()
        value = self.value()
        typed = self.line.text().strip()
        # DMS or a hemisphere letter: show what it was read as, so a misreading is caught at once.
        if value is not None and not re.fullmatch(r"[-+]?\d+(\.\d+)?", typed):
            self._note = self.tr("Read as {value}").format(value=format_coordinate(value))
        else:
            self._note = ""


# -- dates ------------------------------------------------------------------------------------------

class _CalendarPopup(QCalendarWidget):
    """The calendar that drops down under a date field."""

    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowFlags(Qt.WindowType.Popup)
        self.setGridVisible(True)
        self.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.activated.connect(self._pick)
        self.clicked.connect(self._pick)

    def _pick(self, date: QDate) -> None:
        self.picked.emit(date)
        self.close()


class DateField(LineField):
    """A date typed as 2026-05-16 (or the locale's way, 16/05/2026, outside English), or picked from a
    calendar (the button, Alt+Down or F4). The placeholder is the expected form unless one is given."""

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, object_name: str = "",
                 placeholder: str = "") -> None:
        self.calendar_button = QToolButton()
        super().__init__(parent, required=required, object_name=object_name,
                         placeholder=placeholder or self.pattern())
        self.calendar_button.setText("▾")
        self.calendar_button.setToolTip(self.tr("Pick from a calendar (Alt+Down)"))
        self.calendar_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Alt+Down does it from the keyboard
        self.calendar_button.clicked.connect(self.open_calendar)
        self.narrow(self._width())
        self.row.insertWidget(1, self.calendar_button)
        self.line.installEventFilter(self)
        self.calendar: _CalendarPopup | None = None

    def pattern(self) -> str:
        """What the field expects, in letters (YYYY-MM-DD, DD/MM/YYYY)."""
        return date_pattern()

    def event_day_hint(self, day: dt.date | None) -> str:
        """The placeholder of an activity's date: the event's day it stands for when blank."""
        if day is None:
            return self.pattern()
        return self.tr("Event day: {date}").format(date=format_date(day))

    def _width(self) -> int:
        # Room for the longest placeholder an activity form gives it.
        return self.line.fontMetrics().horizontalAdvance(self.event_day_hint(dt.date(2026, 12, 28))) + 20

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # Qt's name
        """Alt+Down and F4 open the calendar, as in Qt's own date edits."""
        if watched is self.line and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return super().eventFilter(watched, event)

    def _date_text(self) -> str:
        """The date part of what is typed (before a time)."""
        return re.split(r"\s+|T", self.line.text().strip(), maxsplit=1)[0]

    def _current_date(self) -> dt.date | None:
        try:
            return parse_date(self._date_text())
        except ValueError:
            return None

    def open_calendar(self) -> None:
        """Drop the calendar down under the field, on the date typed (or today)."""
        if self.calendar is None:
            self.calendar = _CalendarPopup(self)
            self.calendar.picked.connect(self._picked)
        current = self._current_date() or dt.date.today()
        self.calendar.setSelectedDate(QDate(current.year, current.month, current.day))
        self.calendar.move(self.line.mapToGlobal(QPoint(0, self.line.height())))
        self.calendar.show()
        self.calendar.setFocus()

    def _picked(self, date: QDate) -> None:
        self.line.setText(format_date(dt.date(date.year(), date.month(), date.day())))
        self.line.setFocus()
        self._on_finished()

    def parse(self, text: str) -> dt.date:
        """The date."""
        date = parse_date(text)
        assert date is not None
        return date

    def format(self, value: Any) -> str:
        """ISO date, or the locale's short form with a four-digit year outside English."""
        return format_date(value)


class DateTimeField(DateField):
    """A date and time typed as 2026-05-16 09:30 (site time; the date the locale's way outside English),
    or the date picked from a calendar."""

    DEFAULT_TIME = "09:00"

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, object_name: str = "") -> None:
        super().__init__(parent, required=required, object_name=object_name)

    def pattern(self) -> str:
        """The date's form, then hours and minutes."""
        time = self.tr("HH:MM")
        return f"{date_pattern()} {time}"

    def _width(self) -> int:
        return self.line.fontMetrics().horizontalAdvance(self.pattern()) + 24

    def _picked(self, date: QDate) -> None:
        # Keep a time already typed; otherwise offer a usual start and select it so typing replaces it.
        parts = re.split(r"\s+|T", self.line.text().strip(), maxsplit=1)
        time = parts[1].strip() if len(parts) > 1 and parts[1].strip() else self.DEFAULT_TIME
        day = format_date(dt.date(date.year(), date.month(), date.day()))
        self.line.setText(f"{day} {time}")
        self.line.setFocus()
        self.line.setSelection(len(day) + 1, len(time))
        self._on_finished()

    def parse(self, text: str) -> dt.datetime:
        """The date and time."""
        moment = parse_datetime(text)
        assert moment is not None
        return moment

    def format(self, value: Any) -> str:
        """The date as the date field shows it, space, hours and minutes."""
        return format_datetime(value)


# -- choices ----------------------------------------------------------------------------------------

class ChoiceField(Field):
    """A pick from a list. Editable lists complete what is typed (any part of a label, any case)."""

    def __init__(self, choices: Iterable[tuple[str, Any]] = (), parent: QWidget | None = None, *,
                 optional: bool = True, editable: bool = False, required: bool = False,
                 object_name: str = "", placeholder: str = "") -> None:
        self.combo = QComboBox()
        super().__init__(parent, required=required, object_name=object_name)
        self.optional = optional
        self.editable = editable
        self.combo.setEditable(editable)
        self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.combo.setMinimumContentsLength(18)
        self.combo.setMaxVisibleItems(15)
        if editable:
            self.combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
            line = self.combo.lineEdit()
            assert line is not None
            line.setPlaceholderText(placeholder)
            completer = QCompleter(self.combo.model(), self.combo)
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            completer.setFilterMode(Qt.MatchFlag.MatchContains)
            completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
            self.combo.setCompleter(completer)
            line.textChanged.connect(self._on_change)
            line.editingFinished.connect(self._finish_typing)
            completer.activated.connect(lambda _text: self._finish_typing())
        self.combo.currentIndexChanged.connect(self._on_change)
        self.row.addWidget(self.combo, 1)
        self.setFocusProxy(self.combo)
        self.set_choices(choices)

    def editor(self) -> QWidget:
        """The combo box."""
        return self.combo

    def set_choices(self, choices: Iterable[tuple[str, Any]]) -> None:
        """Replace the list, keeping the current value when it is still offered."""
        current = self.value()
        blank = "" if self.editable else BLANK_CHOICE

        def fill() -> None:
            self.combo.clear()
            if self.optional or not self.editable:
                self.combo.addItem(blank, None)
            for label, data in choices:
                self.combo.addItem(label, data)
        self._programmatic(fill)
        self.set_value(current)

    def _match(self, text: str) -> int:
        """The index of the item labelled `text` (any case), or -1."""
        wanted = " ".join(text.split()).casefold()
        if not wanted:
            return -1
        for index in range(self.combo.count()):
            if self.combo.itemText(index).casefold() == wanted:
                return index
        return -1

    def lookup(self, text: str) -> Any:
        """The value of typed text that matches no label; ValueError in plain words."""
        raise ValueError(self.tr("Pick one from the list"))

    def is_blank(self) -> bool:
        """True when nothing is picked or typed."""
        if self.editable:
            return not self.combo.currentText().strip()
        return self.combo.currentData() is None

    def value(self) -> Any:
        """The data of the item picked (or typed); None when blank or unknown."""
        if self.is_blank():
            return None
        if not self.editable:
            return self.combo.currentData()
        index = self._match(self.combo.currentText())
        if index >= 0:
            return self.combo.itemData(index)
        try:
            return self.lookup(self.combo.currentText())
        except ValueError:
            return None

    def _validate(self) -> None:
        self._problem = None
        if self.editable and not self.is_blank() and self._match(self.combo.currentText()) < 0:
            try:
                self.lookup(self.combo.currentText())
            except ValueError as error:
                self._problem = str(error)

    def _finish_typing(self) -> None:
        # Show the item's full label for what was typed ("ke" becomes "Kenya (KE)").
        value = self.value()
        if value is not None:
            index = self.index_of(value)
            if index >= 0 and self.combo.currentText() != self.combo.itemText(index):
                self._quiet += 1
                try:
                    self.combo.setCurrentIndex(index)
                    self.combo.setEditText(self.combo.itemText(index))
                finally:
                    self._quiet -= 1
                self._validate()
        self._on_finished()

    def index_of(self, value: Any) -> int:
        """The index of the item whose data equals `value`, or -1.

        Compared in Python: QComboBox.findData compares wrapped Python objects by identity, so a site id
        read from the database again (an equal UUID, another object) was not found.
        """
        if value is None:
            return -1
        return next((i for i in range(self.combo.count()) if self.combo.itemData(i) == value), -1)

    def set_value(self, value: Any) -> None:
        """Pick the item whose data is `value`; an unknown value is shown as typed text."""
        def pick() -> None:
            index = self.index_of(value)
            if index >= 0:
                self.combo.setCurrentIndex(index)
                if self.editable:
                    self.combo.setEditText(self.combo.itemText(index))
            elif self.editable:
                self.combo.setCurrentIndex(-1)
                self.combo.setEditText("" if value is None else self.describe(value))
            else:
                self.combo.setCurrentIndex(0 if self.combo.count() else -1)
        self._programmatic(pick)

    def describe(self, value: Any) -> str:
        """The text shown for a value that is not in the list."""
        return str(value)

    def state(self) -> object:
        """The text shown."""
        return self.combo.currentText()

    def text(self) -> str:
        """The text shown or typed."""
        return self.combo.currentText()


class EnumField(ChoiceField):
    """A pick of one member of a fieldlog vocabulary (kinds.py), blank allowed where it is optional."""

    def __init__(self, enum: type[LabelledEnum], parent: QWidget | None = None, *, optional: bool = True,
                 object_name: str = "") -> None:
        self.enum = enum
        # The member stays the item's data; people read its label in the window's language.
        labels = [(vocabulary(member), member) for member in enum]
        super().__init__(labels, parent, optional=optional, object_name=object_name, required=not optional)
        self.combo.setMinimumContentsLength(max(len(label) for label, _member in labels))

    def value(self) -> LabelledEnum | None:
        """The member picked, None for the blank choice."""
        data = super().value()
        # Qt keeps item data as plain str; give back the member the records expect.
        return self.enum(data) if data is not None else None

    def set_value(self, value: Any) -> None:
        """Pick a member (given as member, key or label)."""
        if isinstance(value, str) and not isinstance(value, Enum):
            value = self.enum.parse(value)
        super().set_value(value)


def country_choices() -> list[tuple[str, str]]:
    """Every ISO 3166-1 country (plus Kosovo) as ("Kenya (KE)", "KE"), by name."""
    codes = {str(country.alpha_2) for country in pycountry.countries} | set(EXTRA_COUNTRIES)
    language = window_language()
    return sorted(((f"{country_name(code, language)} ({code})", code) for code in codes), key=lambda c: c[0].casefold())


class CountryField(ChoiceField):
    """A country by name (in any shipped language) or ISO code, completed as typed; the value is the alpha-2
    code."""

    def __init__(self, parent: QWidget | None = None, *, required: bool = False, object_name: str = "") -> None:
        super().__init__(country_choices(), parent, editable=True, required=required, object_name=object_name,
                         placeholder=self.tr("Country name or code, like Kenya or KE"))

    def lookup(self, text: str) -> str:
        """The code of a country's name (English or a shipped language's), official name or code."""
        code = country_code(text)
        if code is None:
            raise ValueError(self.tr("'{text}' is not a country fieldlog knows; type its name "
                                     "or its two-letter code, like KE").format(text=text.strip()))
        return code


# -- species ----------------------------------------------------------------------------------------

SCIENTIFIC_ROLE = Qt.ItemDataRole.UserRole + 1
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 2  # every name of a species, so a name in any language completes


class _SpeciesCompleter(QCompleter):
    """Completes on any part of a scientific or common name and inserts the scientific name."""

    def __init__(self, model: QStandardItemModel, line: QLineEdit, multiple: bool) -> None:
        super().__init__(model, line)
        self._line = line
        self._multiple = multiple
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCompletionRole(SEARCH_ROLE)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def _head(self) -> str:
        """The names before the one being typed, in a mix."""
        text = self._line.text()
        return text[: text.rfind(";") + 1] if self._multiple and ";" in text else ""

    def pathFromIndex(self, index: Any) -> str:  # Qt's name
        """The scientific name of the row, after the names already in the mix."""
        name = str(index.data(SCIENTIFIC_ROLE) or index.data())
        head = self._head()
        return f"{head} {name}" if head else name

    def splitPath(self, path: str) -> list[str]:  # Qt's name
        """Match on the name being typed (the last of a mix)."""
        return [path.split(";")[-1].strip() if self._multiple else path.strip()]


class SpeciesField(LineField):
    """A species name, completed from the checklist's scientific and common names; new names are kept.

    With `multiple`, the field holds a mix of names separated by ';' and completes the last one.
    """

    def __init__(self, checklist: Sequence[ChecklistEntryLike] = (), parent: QWidget | None = None, *,
                 multiple: bool = False, required: bool = False, object_name: str = "") -> None:
        placeholder = (self.tr("Scientific or common names, separated by ;") if multiple
                       else self.tr("Scientific or common name, like Quercus robur or oak"))
        super().__init__(parent, required=required, object_name=object_name, placeholder=placeholder)
        self.multiple = multiple
        self.model = QStandardItemModel(self)
        self._scientific: dict[str, str] = {}  # folded scientific name -> spelling
        self._common: dict[str, set[str]] = {}  # folded common name -> scientific names
        self.set_checklist(checklist)
        self.completer = _SpeciesCompleter(self.model, self.line, multiple)
        self.line.setCompleter(self.completer)
        self.completer.activated[str].connect(self._completed)  # type: ignore[index]

    def _completed(self, text: str) -> None:
        # QLineEdit does not always put a chosen completion in by itself (it leaves a mix's text as
        # typed), so make sure the chosen name is what the field holds.
        if self.line.text() != text:
            self.line.setText(text)
        self._on_finished()

    def set_checklist(self, checklist: Sequence[ChecklistEntryLike]) -> None:
        """Offer the names of these checklist entries."""
        self.model.clear()
        self._scientific.clear()
        self._common.clear()
        language = window_language()
        for entry in sorted(checklist, key=lambda e: e.scientific_name.casefold()):
            commons = ", ".join(entry.common_names_in(language))  # scientific names are never translated
            item = QStandardItem(f"{entry.scientific_name} — {commons}" if commons else entry.scientific_name)
            item.setData(entry.scientific_name, SCIENTIFIC_ROLE)
            item.setData(" — ".join((entry.scientific_name, *entry.common_names)), SEARCH_ROLE)
            item.setToolTip(entry.scientific_name)
            self.model.appendRow(item)
            self._scientific[entry.scientific_name.casefold()] = entry.scientific_name
            for name in entry.common_names:
                self._common.setdefault(name.casefold(), set()).add(entry.scientific_name)

    def scientific_name(self, name: str) -> str:
        """The checklist's scientific name for a scientific or (unambiguous) common name; else `name`."""
        folded = " ".join(name.split()).casefold()
        if folded in self._scientific:
            return self._scientific[folded]
        matches = self._common.get(folded, set())
        return next(iter(matches)) if len(matches) == 1 else " ".join(name.split())

    def parse(self, text: str) -> str:
        """The name(s) as the checklist spells them; names it lacks are kept as typed."""
        if not self.multiple:
            return self.scientific_name(text)
        names = [self.scientific_name(part) for part in text.split(";") if part.strip()]
        return ";".join(names)

    def format(self, value: Any) -> str:
        """A mix is shown with a space after each ';'."""
        return "; ".join(part.strip() for part in str(value).split(";")) if self.multiple else str(value)

    def _on_finished(self) -> None:
        # A common name or a differently cased name typed in full becomes the checklist's spelling.
        value = self.value()
        if value is not None and self.format(value) != self.line.text().strip():
            self.line.setText(self.format(value))
        super()._on_finished()


# -- litter tally -----------------------------------------------------------------------------------

class TallyField(Field):
    """A litter item tally: one row per category with a count; more rows for categories not listed."""

    COUNT_COLUMN = 1

    def __init__(self, categories: Sequence[LitterCategoryLike] = (), parent: QWidget | None = None, *,
                 object_name: str = "") -> None:
        self.table = QTableWidget(0, 2)
        self.add_button = QPushButton(self.tr("Add another item…"))
        self.total_label = QLabel()
        super().__init__(parent, object_name=object_name)
        self._labels = {category.key: category.label for category in categories}
        self._keys = [category.key for category in categories]
        self._row_problems: dict[int, str] = {}
        self.table.setHorizontalHeaderLabels([column_label(QT_TRANSLATE_NOOP("columns", "Item")),
                                              column_label(QT_TRANSLATE_NOOP("columns", "Count"))])
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.table.setColumnWidth(1, 90)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                                   | QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        # Tab leaves the table (arrows move inside it), so a keyboard user is not trapped in 45 rows.
        self.table.setTabKeyNavigation(False)
        # About ten rows: enough to see the list is long, short enough for the fields below at 768 px.
        self.table.setFixedHeight(self.table.verticalHeader().defaultSectionSize() * 10
                                  + self.table.horizontalHeader().sizeHint().height() + 4)
        self.row.addWidget(self.table, 1)
        below = QHBoxLayout()
        below.addWidget(self.total_label, 1)
        below.addWidget(self.add_button)
        self.outer.insertLayout(1, below)
        self.add_button.clicked.connect(self.add_category_row)
        self.table.itemChanged.connect(self._item_changed)
        self.setFocusProxy(self.table)
        self._fill({})
        if object_name:
            self.setObjectName(object_name)

    def _named_parts(self) -> dict[str, QWidget]:
        return {"edit": self.table, "add": self.add_button}

    def editor(self) -> QWidget:
        """The table."""
        return self.table

    def focus_widgets(self) -> list[QWidget]:
        """The table, then the button that adds a row."""
        return [self.table, self.add_button]

    def _fill(self, counts: dict[str, int]) -> None:
        def fill() -> None:
            self.table.setRowCount(0)
            for key in [*self._keys, *(k for k in counts if k not in self._labels)]:
                self._append(key, counts.get(key), editable_category=key not in self._labels)
        self._programmatic(fill)

    def _append(self, key: str, count: int | None, *, editable_category: bool) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        name = QTableWidgetItem(self._labels.get(key, key))
        name.setData(Qt.ItemDataRole.UserRole, key if not editable_category else None)
        if not editable_category:
            name.setFlags(name.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.table.setItem(row, 0, name)
        cell = QTableWidgetItem("" if count is None else str(count))
        cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, 1, cell)
        return row

    def add_category_row(self) -> None:
        """A new row whose category the user names, ready to type in."""
        row = self._append("", None, editable_category=True)
        self.table.setCurrentCell(row, 0)
        item = self.table.item(row, 0)
        assert item is not None
        self.table.editItem(item)

    def category(self, row: int) -> str:
        """The stored category of a row: a listed key, or the name typed for a new one."""
        item = self.table.item(row, 0)
        if item is None:
            return ""
        key = item.data(Qt.ItemDataRole.UserRole)
        return str(key) if key else " ".join(item.text().split())

    def count_text(self, row: int) -> str:
        """The count typed in a row."""
        item = self.table.item(row, self.COUNT_COLUMN)
        return item.text() if item is not None else ""

    def set_count(self, category: str, count: int | None) -> None:
        """Type a count for a category (added as a new row when it is not listed)."""
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, self.COUNT_COLUMN)
            if self.category(row) == category and cell is not None:
                cell.setText("" if count is None else str(count))
                return
        row = self._append(category, count, editable_category=True)
        self._item_changed(self.table.item(row, self.COUNT_COLUMN))

    def _item_changed(self, _item: QTableWidgetItem | None = None) -> None:
        if self._quiet:
            return
        self._revealed = True  # a cell is committed only when the user is done with it
        self._on_change()

    def _validate(self) -> None:
        self._row_problems = {}
        total = 0
        for row in range(self.table.rowCount()):
            text = self.count_text(row)
            caption = self.table.item(row, 0)
            name = caption.text().strip() if caption is not None else ""
            try:
                count = parse_count(text)
            except ValueError as error:
                item = name or self.tr("Row {number}").format(number=row + 1)
                self._row_problems[row] = self.tr("{item}: {problem}").format(item=item, problem=error)
                continue
            if count and not self.category(row):
                self._row_problems[row] = self.tr("Row {number}: name the item").format(number=row + 1)
            total += count or 0
        self._problem = "\n".join(self._row_problems.values()) or None
        self.total_label.setText(self.tr("Total: %Ln item(s)", "", total))
        self._quiet += 1
        try:
            for row in range(self.table.rowCount()):
                cell = self.table.item(row, self.COUNT_COLUMN)
                if cell is not None:
                    cell.setBackground(QColor(ERROR_TINT) if row in self._row_problems else QColor(0, 0, 0, 0))
        finally:
            self._quiet -= 1

    def _tint(self, colour: str | None) -> None:
        """Rows are tinted one by one instead of the whole table."""

    def value(self) -> tuple[tuple[str, int], ...]:
        """(category, count) of every row with a count above 0."""
        items: list[tuple[str, int]] = []
        for row in range(self.table.rowCount()):
            try:
                count = parse_count(self.count_text(row))
            except ValueError:
                continue
            if count and self.category(row):
                items.append((self.category(row), count))
        return tuple(items)

    def set_value(self, value: Any) -> None:
        """Show a tally given as (category, count) pairs (None: empty)."""
        counts: dict[str, int] = {}
        for category, count in value or ():
            counts[category] = counts.get(category, 0) + count
        self._fill(counts)

    def is_blank(self) -> bool:
        """True when no row has a count."""
        return not any(self.count_text(row).strip() for row in range(self.table.rowCount()))

    def state(self) -> object:
        """Every row's category and count."""
        return tuple((self.category(row), self.count_text(row)) for row in range(self.table.rowCount()))


def string_list_completer(words: Iterable[str], parent: QObject) -> QCompleter:
    """A case-insensitive, contains-matching completer over a few words (campaigns, units)."""
    completer = QCompleter(QStringListModel(sorted(set(words), key=str.casefold), parent), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer
