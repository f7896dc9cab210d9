"""Column mappings (the JSON format of DESIGN.md) and reading a sheet's rows through one.

A mapping says which table a sheet fills, which source column feeds which field (and in which unit),
which fields are constants (`{Header}` takes that row's value), how dates are written, and, beyond
DESIGN.md's example: `items` (a wide litter tally: one count column per item category), `blank_values`
(cells such as NA or - that mean "not recorded"), `skip_rows` (pseudo-rows such as "Grand Total") and
`decimal_comma`. Without a mapping, a sheet's headers are matched to the column spec by key or label, in
any shipped language (a French template or report needs no mapping either), and sheets are found by their
name in any shipped language; a sheet whose headers mix languages is refused, naming the odd cells.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable, Sequence
from collections.abc import Mapping as MappingType
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from fieldlog.domain.errors import FieldlogError, UnknownUnit
from fieldlog.domain.messages import Message
from fieldlog.domain.translatable import QT_TRANSLATE_NOOP
from fieldlog.domain.units import Unit, unit
from fieldlog.io.cells import FORMULA_PREFIXES, CellProblem, Formula, Raw, is_blank, read_cell, read_count, read_text
from fieldlog.io.columns import (
    LITTER_ITEMS,
    SHEETS,
    Column,
    Sheet,
    ValueType,
    fold,
    header_unit,
    mappable_columns,
    split_header,
)
from fieldlog.io.language import ENGLISH, LANGUAGES, Catalogue, catalogues

_KEYS = {"kind", "sheet", "header_row", "columns", "units", "constants", "date_format", "items", "blank_values",
         "skip_rows", "decimal_comma"}


class MappingProblem(FieldlogError):
    """A mapping that cannot be used as written; the message says which entry and why."""


def header_key(header: object) -> str:
    """How source headers are compared: spacing (trailing spaces, line breaks) and case ignored."""
    return " ".join(str(header).split()).casefold() if header is not None else ""


@dataclass(frozen=True, slots=True)
class Mapping:
    """How one sheet of a source file becomes records of one table."""

    kind: str
    sheet: str | None = None  # None: the first sheet
    header_row: int = 1
    columns: dict[str, str] = field(default_factory=dict)  # source header -> field key
    units: dict[str, str] = field(default_factory=dict)  # source header -> unit it is written in
    constants: dict[str, Any] = field(default_factory=dict)  # field key -> value or "{Header}" template
    date_format: str | tuple[str, ...] | None = None  # several: tried in order (a sheet typed by two people)
    items: dict[str, str] = field(default_factory=dict)  # source header -> litter item category
    blank_values: tuple[str, ...] = ()
    skip_rows: dict[str, tuple[str, ...]] = field(default_factory=dict)  # source header -> values to skip
    decimal_comma: bool = False

    @property
    def table(self) -> Sheet:
        """The column spec of the table this mapping fills."""
        return SHEETS[self.kind]

    def to_json(self) -> dict[str, Any]:
        """The mapping as the JSON object of the mapping file format (defaults left out)."""
        data: dict[str, Any] = {"kind": self.kind}
        if self.sheet is not None:
            data["sheet"] = self.sheet
        data["header_row"] = self.header_row
        for name in ("columns", "units", "constants", "items"):
            if value := getattr(self, name):
                data[name] = dict(value)
        if self.date_format:
            data["date_format"] = self.date_format if isinstance(self.date_format, str) else list(self.date_format)
        if self.blank_values:
            data["blank_values"] = list(self.blank_values)
        if self.skip_rows:
            data["skip_rows"] = {key: list(values) for key, values in self.skip_rows.items()}
        if self.decimal_comma:
            data["decimal_comma"] = True
        return data


def mapping_from_json(data: Any, where: str = "the mapping") -> Mapping:
    """A mapping from its JSON object; MappingProblem names the entry that is wrong."""
    if not isinstance(data, dict):
        raise MappingProblem(f"{where}: a mapping is a JSON object like {{\"kind\": \"planting\", ...}}")
    unknown = sorted(set(data) - _KEYS)
    if unknown:
        raise MappingProblem(f"{where}: unknown entries {', '.join(unknown)} (known: {', '.join(sorted(_KEYS))})")
    kind = data.get("kind")
    if not isinstance(kind, str) or kind not in SHEETS:
        given = f" ('{kind}' is not one)" if kind is not None else ""
        raise MappingProblem(f"{where}: \"kind\" must be one of {', '.join(SHEETS)}{given}")

    def table(name: str, value_type: type = str) -> dict[str, Any]:
        value = data.get(name, {})
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise MappingProblem(f"{where}: \"{name}\" must be an object of column headers")
        for key, item in value.items():
            if not isinstance(item, value_type):
                raise MappingProblem(f"{where}: \"{name}\" entry '{key}' must be {value_type.__name__}")
        return dict(value)

    header_row = data.get("header_row", 1)
    if not isinstance(header_row, int) or isinstance(header_row, bool) or not 1 <= header_row <= 1000:
        raise MappingProblem(f"{where}: \"header_row\" must be a row number from 1 to 1000")
    sheet = data.get("sheet")
    if sheet is not None and not isinstance(sheet, str):
        raise MappingProblem(f"{where}: \"sheet\" must be a sheet name")
    date_format = data.get("date_format")
    formats = [date_format] if isinstance(date_format, str) else date_format
    if date_format is not None and (not isinstance(formats, list) or not formats or
                                    not all(isinstance(f, str) and "%" in f for f in formats)):
        raise MappingProblem(f"{where}: \"date_format\" must be a format like %d.%m.%Y (or a list of them)")
    if isinstance(date_format, list):
        date_format = tuple(date_format)
    blanks = data.get("blank_values", [])
    if not isinstance(blanks, list) or not all(isinstance(b, str) for b in blanks):
        raise MappingProblem(f"{where}: \"blank_values\" must be a list of texts like [\"NA\", \"-\"]")
    skip = data.get("skip_rows", {})
    if not isinstance(skip, dict) or not all(isinstance(v, list) and all(isinstance(x, str) for x in v)
                                             for v in skip.values()):
        raise MappingProblem(f"{where}: \"skip_rows\" must map a column header to a list of values")
    decimal_comma = data.get("decimal_comma", False)
    if not isinstance(decimal_comma, bool):
        raise MappingProblem(f"{where}: \"decimal_comma\" must be true or false")
    constants = data.get("constants", {})
    if not isinstance(constants, dict):
        raise MappingProblem(f"{where}: \"constants\" must be an object of field keys")
    mapping = Mapping(kind=kind, sheet=sheet, header_row=header_row, columns=table("columns"),
                      units=table("units"), constants=dict(constants), date_format=date_format,
                      items=table("items"), blank_values=tuple(blanks),
                      skip_rows={k: tuple(v) for k, v in skip.items()}, decimal_comma=decimal_comma)
    _check_targets(mapping, where)
    return mapping


def _check_targets(mapping: Mapping, where: str) -> None:
    allowed = {column.key: column for column in mappable_columns(mapping.table)}
    for source, target in mapping.columns.items():
        if target not in allowed:
            raise MappingProblem(f"{where}: column '{source}' maps to '{target}', which is not a field of "
                                 f"{mapping.table.label} (fields: {', '.join(allowed)})")
    for name in mapping.constants:
        if name not in allowed:
            raise MappingProblem(f"{where}: constant '{name}' is not a field of {mapping.table.label}")
    if mapping.items and mapping.kind != "litter_pickup":
        raise MappingProblem(f"{where}: \"items\" (a litter tally) only applies to kind litter_pickup")
    for source, unit_name in mapping.units.items():
        column = allowed.get(mapping.columns.get(source) or "")
        if column is None or column.dimension is None:
            raise MappingProblem(f"{where}: unit given for '{source}', which is not mapped to a quantity")
        try:
            unit(unit_name, column.dimension)
        except UnknownUnit as error:
            raise MappingProblem(f"{where}: unit of '{source}': {error}") from None


def load_mappings(path: Path) -> list[Mapping]:
    """The mappings of a mapping file (one object, or a list of them, one per sheet)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise MappingProblem(f"{path}: there is no such mapping file") from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise MappingProblem(f"{path.name}: not a readable JSON mapping file ({error})") from None
    items = data if isinstance(data, list) else [data]
    return [mapping_from_json(item, f"{path.name}" + (f", mapping {n}" if len(items) > 1 else ""))
            for n, item in enumerate(items, start=1)]


def save_mappings(mappings: Sequence[Mapping], path: Path) -> None:
    """Write mappings as a mapping file (a list when there are several)."""
    data: Any = [m.to_json() for m in mappings]
    path.write_text(json.dumps(data[0] if len(data) == 1 else data, indent=2, ensure_ascii=False) + "\n",
                    encoding="utf-8")


# -- matching sheets and headers in every shipped language -------------------------------------------

# How the importer's messages about mixed languages name a language (those messages are English).
LANGUAGE_NAMES = {"en": "English", "es": "Spanish", "fr": "French", "pt": "Portuguese"}
EXCEL_SHEET_NAME = 31  # Excel cuts sheet names to 31 characters: a long translated label may arrive cut


@dataclass(frozen=True, slots=True)
class _Name:
    """What one folded header names: the column, how strongly (lower wins) and in which languages."""

    rank: int
    column: Column
    languages: frozenset[str]  # the languages whose label or header of `column` this is; empty for the key
    named: frozenset[str] = frozenset()  # those of them that translate it (English always): named in messages


def _header_names(table: Sheet) -> dict[str, _Name]:
    """Folded key, label and header of each column of `table` in every language -> what it names.

    Keys and English names rank first, in column order (as the English-only matching always did), so a
    translation that happens to equal another column's English name never takes that name over. Built once
    per table (not per sheet or row), and again only when the catalogues are read again."""
    return _header_table(table, catalogues())


@lru_cache(maxsize=64)
def _header_table(table: Sheet, shipped: tuple[Catalogue, ...]) -> dict[str, _Name]:
    columns = mappable_columns(table)
    spellings: dict[tuple[str, str], set[str]] = {}  # (folded name, column key) -> languages
    translated: dict[tuple[str, str], set[str]] = {}  # the same, without languages that leave it English
    ranked: dict[str, tuple[int, Column]] = {}
    def rank(name: str, value: int, column: Column) -> None:
        if name not in ranked or value < ranked[name][0]:
            ranked[name] = (value, column)

    for index, column in enumerate(columns):
        rank(fold(column.key), index, column)
    for order, language in enumerate(LANGUAGES):
        for index, column in enumerate(columns):
            for name in {fold(column.label_in(language)), fold(column.header_in(language))}:
                rank(name, order * len(columns) + index, column)  # English: order 0, like the keys
                spellings.setdefault((name, column.key), set()).add(language)
                if language == ENGLISH or ("columns", column.label) in shipped[order].texts:
                    translated.setdefault((name, column.key), set()).add(language)
    names = {name: _Name(rank, column, frozenset(spellings.get((name, column.key), ())),
                         frozenset(translated.get((name, column.key), ())))
             for name, (rank, column) in ranked.items()}
    return names


def _header_name(table: Sheet, header: str) -> _Name | None:
    name, _unit = split_header(header)
    names = _header_names(table)
    found = [names[key] for key in {fold(header), fold(name)} if key in names]
    if not found:
        return None
    best = min(found, key=lambda candidate: candidate.rank)
    if header.strip() == best.column.key or name == best.column.key:
        return _Name(best.rank, best.column, frozenset())  # written as the field's key (area_m2): no language
    same = [f for f in found if f.column is best.column]
    return _Name(best.rank, best.column, frozenset().union(*(f.languages for f in same)),
                 frozenset().union(*(f.named for f in same)))


def match_any_language(table: Sheet, header: str) -> tuple[Column, Unit | None] | None:
    """The column a header names by key, or by label or header in any shipped language (ignoring case and a
    unit in parentheses), with the unit written in the header when it is one fieldlog knows for that quantity."""
    found = _header_name(table, header)
    if found is None:
        return None
    return found.column, header_unit(found.column, split_header(header)[1])


def sheet_in_any_language(name: str) -> Sheet | None:
    """The table a sheet's name names: its key or label in any shipped language (any case), also as Excel
    cuts a long name, and also a report's continuation sheet ('Planting (2)')."""
    names = _sheet_table(catalogues())
    found = names.get(fold(name))
    if found is None:
        # "Planting (2)": a report continues a sheet there past Excel's row limit (io/report.py).
        continued = re.fullmatch(r"(.*?)\s*\(\d+\)", name.strip(), re.DOTALL)
        if continued is not None:
            found = names.get(fold(continued[1]))
    return found


@lru_cache(maxsize=8)
def _sheet_table(shipped: tuple[Catalogue, ...]) -> dict[str, Sheet]:
    """Folded key and name of every table in every language (also as Excel cuts it) -> the table."""
    del shipped  # the cache's key: the names are read through each sheet's label_in
    table: dict[str, Sheet] = {}
    for sheet in SHEETS.values():
        table.setdefault(fold(sheet.key), sheet)
    for language in LANGUAGES:  # English first: its names win over a translation that equals one
        for sheet in SHEETS.values():
            label = sheet.label_in(language)
            table.setdefault(fold(label), sheet)
            table.setdefault(fold(label[:EXCEL_SHEET_NAME]), sheet)
    return table


def _languages_text(languages: Iterable[str]) -> str:
    return " or ".join(LANGUAGE_NAMES[language] for language in LANGUAGES if language in set(languages))


def mixed_languages(table: Sheet, headers: Sequence[Raw], header_row: int = 1) -> list[str]:
    """The header cells written in another language than the sheet's other headers, each with its cell and
    the header to write instead. A header that is the same word in several languages (Notes in English and
    French) counts for each of them, one a language leaves untranslated (English) for that language too, and
    one written as the column's key for none."""
    named: list[tuple[int, str, _Name]] = []
    for index, header in enumerate(headers):
        if is_blank(header) or isinstance(header, Formula):
            continue
        text = " ".join(str(header).split())
        found = _header_name(table, text)
        if found is not None and found.languages:
            named.append((index, text, found))
    counts = {language: sum(language in found.languages for _, _, found in named) for language in LANGUAGES}
    sheet_language = max(LANGUAGES, key=lambda language: counts[language])  # a tie: the first of LANGUAGES
    problems = []
    for index, text, found in named:
        if sheet_language in found.languages:
            continue
        unit_text = split_header(text)[1]
        label = found.column.label_in(sheet_language)
        instead = f"{label} ({unit_text})" if unit_text else label
        problems.append(f"cell {get_column_letter(index + 1)}{header_row}: '{text}' is {_languages_text(found.named)} "
                        f"while the other headers are {LANGUAGE_NAMES[sheet_language]}; write '{instead}' (or use "
                        "one language for all headers)")
    return problems


def guess_mapping(table: Sheet, headers: Sequence[Raw], sheet: str | None = None, header_row: int = 1) -> Mapping:
    """A mapping that takes every header matching a column of `table` by key or label (any language)."""
    columns: dict[str, str] = {}
    units: dict[str, str] = {}
    taken: set[str] = set()
    for header in headers:
        if is_blank(header) or isinstance(header, Formula):
            continue
        text = " ".join(str(header).split())
        found = match_any_language(table, text)
        if found is None or found[0].key in taken:
            continue
        column, header_unit_found = found
        columns[text] = column.key
        taken.add(column.key)
        if header_unit_found is not None and header_unit_found.symbol != column.unit:
            units[text] = header_unit_found.symbol
    return Mapping(kind=table.key, sheet=sheet, header_row=header_row, columns=columns, units=units)


def header_conflicts(table: Sheet, headers: Sequence[Raw]) -> list[str]:
    """Headers that name the same field (like 'Area (m²)' and 'Area (ha)'): a guess cannot choose between them."""
    seen: dict[str, str] = {}
    conflicts = []
    for header in headers:
        if is_blank(header) or isinstance(header, Formula):
            continue
        text = " ".join(str(header).split())
        found = match_any_language(table, text)
        if found is None:
            continue
        key = found[0].key
        if key in seen and header_key(seen[key]) == header_key(text):
            continue  # the same header twice: the sheet reader says so, with both column numbers
        if key in seen:
            conflicts.append(f"columns '{seen[key]}' and '{text}' both mean {key}; delete or rename one of them")
        else:
            seen[key] = text
    return conflicts


# -- reading rows through a mapping -----------------------------------------------------------------

@dataclass(slots=True)
class SourceRow:
    """One row read through a mapping: typed field values, a litter tally, and the problems found."""

    sheet: str
    row: int
    values: dict[str, Any] = field(default_factory=dict)
    items: list[tuple[str, int]] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (column header or field, reason)
    skipped: str | None = None  # why the row is left out on purpose (a "Grand Total" row)
    formula_like: int = 0  # text cells starting with = + - @, stored as literal text


@dataclass(frozen=True, slots=True)
class _Source:
    index: int
    header: str
    column: Column
    unit: Unit | None


_PLACEHOLDER = re.compile(r"\{([^{}]+)\}")
_SPLIT_VALUE = Message(QT_TRANSLATE_NOOP("messages", "a separator inside a value splits it in two unless the value "
                                                    "is in quotes: a decimal comma in a comma-separated file, as in "
                                                    "2,5, must be written 2.5"))


class SheetReader:
    """Reads the rows of one sheet through a mapping, after checking the mapping against its headers."""

    def __init__(self, mapping: Mapping, headers: Sequence[Raw], *, sheet_name: str, file_name: str,
                 strict_width: bool = False, country: Callable[[str], str | None] | None = None) -> None:
        self.mapping = mapping
        self.sheet_name = sheet_name
        self.where = f"{file_name}, sheet '{sheet_name}'" if not strict_width else file_name
        self.strict_width = strict_width
        self._country = country
        self._blanks = frozenset(mapping.blank_values)
        self.headers = [" ".join(str(h).split()) if not is_blank(h) else "" for h in headers]
        self.width = max((i + 1 for i, h in enumerate(self.headers) if h), default=0)
        position = self._positions()
        self.sources: list[_Source] = []
        fields: dict[str, str] = {}
        allowed = {c.key: c for c in mappable_columns(mapping.table)}
        for source_header, target in mapping.columns.items():
            index = self._find(position, source_header, "column")
            column = allowed[target]
            if target in fields:
                raise MappingProblem(f"{self.where}: columns '{fields[target]}' and '{source_header}' both map "
                                     f"to {target}; map only one of them")
            fields[target] = source_header
            self.sources.append(_Source(index, self.headers[index], column, self._unit(source_header, column)))
        self.items = [(self._find(position, header, "item column"), category)
                      for header, category in mapping.items.items()]
        self.skips = [(self._find(position, header, "skip_rows column"), frozenset(values))
                      for header, values in mapping.skip_rows.items()]
        self.constants: dict[str, tuple[Column, Any]] = {}
        for name, value in mapping.constants.items():
            if name in fields:
                raise MappingProblem(f"{self.where}: {name} is both a mapped column ('{fields[name]}') and a "
                                     "constant; keep one")
            if isinstance(value, str):
                for placeholder in _PLACEHOLDER.findall(value):
                    self._find(position, placeholder, f"constant {name}'s placeholder")
            self.constants[name] = (allowed[name], value)
        self._position = position
        self.field_sources = {source.column.key: source.header for source in self.sources}
        for name, (_, value) in self.constants.items():
            placeholders = _PLACEHOLDER.findall(value) if isinstance(value, str) else []
            self.field_sources[name] = ", ".join(self.headers[position[header_key(p)]] for p in placeholders) \
                if placeholders else f"constant {name}"
        used = {s.index for s in self.sources} | {i for i, _ in self.items} | {i for i, _ in self.skips}
        used |= {position[header_key(p)] for _, v in self.constants.values() if isinstance(v, str)
                 for p in _PLACEHOLDER.findall(v)}
        self.ignored = [h for i, h in enumerate(self.headers) if h and i not in used]
        self._unnamed = [i for i, h in enumerate(self.headers[:self.width]) if not h]
        self._check_required(set(fields) | set(self.constants))

    def _positions(self) -> dict[str, int]:
        position: dict[str, int] = {}
        for index, header in enumerate(self.headers):
            if not header:
                continue
            key = header_key(header)
            if key in position:
                first = self.headers[position[key]]
                if any(header_key(h) == key for h in self.mapping.columns) or not self.mapping.columns:
                    raise MappingProblem(f"{self.where}, row {self.mapping.header_row}: the header '{first}' "
                                         f"appears twice (columns {position[key] + 1} and {index + 1}); rename "
                                         "one of them")
                continue
            position[key] = index
        return position

    def _find(self, position: dict[str, int], header: str, what: str) -> int:
        index = position.get(header_key(header))
        if index is None:
            shown = ", ".join(f"'{h}'" for h in self.headers if h) or "none"
            raise MappingProblem(f"{self.where}: the mapping's {what} '{header}' is not a header in row "
                                 f"{self.mapping.header_row} (headers: {shown})")
        return index

    def _unit(self, source_header: str, column: Column) -> Unit | None:
        declared = next((u for h, u in self.mapping.units.items() if header_key(h) == header_key(source_header)),
                        None)
        found = unit(declared, column.dimension) if declared is not None else \
            header_unit(column, split_header(source_header)[1])
        return None if found is None or found.symbol == column.unit else found  # None: nothing to convert

    def _check_required(self, given: set[str]) -> None:
        table = self.mapping.table
        # With an id column, rows may name stored records and change a few fields; rows that create a
        # record are still checked one by one.
        by_id = {"event_id", "activity_id"} & given & set(table.keys)
        if table is not LITTER_ITEMS and by_id & {table.keys[0]}:
            return
        missing = [c for c in table.columns if c.required and c.key not in given]
        if (table.kind is not None or table is LITTER_ITEMS) and not {"event_id", "event_name"} & given:
            raise MappingProblem(f"{self.where}: no column says which event a row belongs to (map a column "
                                 "to event_name or event_id, or give event_name as a constant)")
        if table.key == "litter_pickup" and self.items:
            missing = [c for c in missing if c.key not in ("item_category", "item_count")]
        if missing:
            names = ", ".join(f"{c.key} ({c.header})" for c in missing)
            raise MappingProblem(f"{self.where}: no column for the required field{'s' if len(missing) > 1 else ''} "
                                 f"{names}; map a column to it or give it as a constant")

    def read(self, number: int, cells: Sequence[Raw]) -> SourceRow | None:
        """One row through the mapping; None for a row with nothing in it."""
        if all(is_blank(cell, self._blanks) for cell in cells):
            return None
        row = SourceRow(self.sheet_name, number)
        for index, values in self.skips:
            if index < len(cells) and not is_blank(cells[index]) and read_text(cells[index]).strip() in values:
                row.skipped = f"'{self.headers[index]}' is {read_text(cells[index]).strip()}"
                return row
        if self.strict_width and len(cells) < self.width:
            row.problems.append(("", Message(QT_TRANSLATE_NOOP("messages", "has {cells} cells but the header row "
                                                                           "has {headers}; the row may be cut short"),
                                             cells=len(cells), headers=self.width)))
        for index in self._unnamed:
            if index < len(cells) and not is_blank(cells[index], self._blanks):
                row.problems.append(("", Message(QT_TRANSLATE_NOOP("messages", "column {column} has no header, but "
                                                                               "this row has a value there "
                                                                               "('{value}'); give the column a header"),
                                                 column=index + 1, value=read_text(cells[index])[:40])))
        extra = next((i for i in range(self.width, len(cells)) if not is_blank(cells[i])), None)
        if extra is not None:
            row.problems.append(("", Message(QT_TRANSLATE_NOOP("messages", "has a value in column {column}, beyond "
                                                                           "the last header; the row may be shifted "
                                                                           "({why})"),
                                             column=extra + 1, why=_SPLIT_VALUE)))
        elif self.strict_width and len(cells) > len(self.headers):
            # Blank past the end, but one cell too many: the row's values moved right (an unquoted 2,5 read
            # as 2 and 5 in a comma-separated file), and reading it would put 5 under the next header.
            row.problems.append(("", Message(QT_TRANSLATE_NOOP("messages", "has {cells} cells but the header row "
                                                                           "has {headers}, so its values may be "
                                                                           "shifted ({why})"),
                                             cells=len(cells), headers=len(self.headers), why=_SPLIT_VALUE)))
        for source in self.sources:
            cell = cells[source.index] if source.index < len(cells) else None
            self._read_into(row, source.header, source.column, cell, source.unit)
        for key, (column, value) in self.constants.items():
            self._read_into(row, self.field_sources[key], column, self._constant(value, cells), None)
        for index, category in self.items:
            cell = cells[index] if index < len(cells) else None
            if is_blank(cell, self._blanks):
                continue
            try:
                count = read_count(cell, decimal_comma=self.mapping.decimal_comma)
            except CellProblem as problem:
                row.problems.append((self.headers[index], problem.message))
                continue
            if count:
                row.items.append((category, count))
        return row

    def _constant(self, value: Any, cells: Sequence[Raw]) -> Raw:
        if not isinstance(value, str):
            return value  # type: ignore[no-any-return]

        def cell(header: str) -> Raw:
            index = self._position[header_key(header)]
            return cells[index] if index < len(cells) else None

        whole = _PLACEHOLDER.fullmatch(value)
        if whole is not None:  # keep the cell's type (a real date stays a date)
            return cell(whole[1])
        return _PLACEHOLDER.sub(lambda m: "" if is_blank(cell(m[1]), self._blanks) else read_text(cell(m[1])), value)

    def _read_into(self, row: SourceRow, header: str, column: Column, cell: Raw, source_unit: Unit | None) -> None:
        if is_blank(cell, self._blanks):
            return
        try:
            value = read_cell(cell, column, source_unit=source_unit, date_format=self.mapping.date_format,
                              decimal_comma=self.mapping.decimal_comma)
        except CellProblem as problem:
            row.problems.append((header, problem.message))
            return
        if column.value_type is ValueType.COUNTRY and self._country is not None:
            code = self._country(str(value))
            if code is None:
                row.problems.append((header, Message(QT_TRANSLATE_NOOP("messages", "'{value}' is not a country "
                                                                                   "fieldlog knows; use an ISO code "
                                                                                   "like KE or the English name"),
                                                     value=str(value))))
                return
            value = code
        if isinstance(value, str) and value.startswith(FORMULA_PREFIXES) and isinstance(cell, str):
            row.formula_like += 1
        row.values[column.key] = value


def sheet_headers(rows: Iterable[tuple[int, tuple[Raw, ...]]], header_row: int) -> tuple[Raw, ...]:
    """The header cells of a sheet (the rows before them are skipped)."""
    for number, cells in rows:
        if number == header_row:
            return cells
    return ()


def describe(mapping: Mapping) -> MappingType[str, str]:
    """Source header -> field key, items included, for showing a mapping."""
    shown = dict(mapping.columns)
    shown.update({header: f"item: {category}" for header, category in mapping.items.items()})
    return shown
