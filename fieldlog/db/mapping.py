"""Row <-> record mapping: the only place that knows how records sit in the tables."""

from __future__ import annotations

from dataclasses import fields
from enum import StrEnum
from typing import Any

from sqlalchemy import ColumnElement, Integer

from fieldlog.db.tables import ActivityRow, EventRow, LitterItemRow, RecordColumns, SiteRow
from fieldlog.domain.checks import Issue
from fieldlog.domain.kinds import (
    ActivityKind,
    CleanupType,
    Disposal,
    Level,
    NativeStatus,
    Phenology,
    RemovalMethod,
    StockType,
)
from fieldlog.domain.records import (
    ACTIVITY_CLASSES,
    Activity,
    Event,
    LitterItem,
    LitterPickup,
    Provenance,
    Record,
    Site,
)

ENUM_FIELDS: dict[str, type[StrEnum]] = {
    "native_status": NativeStatus,
    "stock_type": StockType,
    "method": RemovalMethod,
    "phenology": Phenology,
    "disposal": Disposal,
    "cleanup_type": CleanupType,
}
_BOOKKEEPING = {"id", "created_at", "updated_at", "deleted_at", "provenance"}
_NOT_COLUMNS = _BOOKKEEPING | {"items"}


_FIELDS: dict[type[Record], list[str]] = {}


def _own_fields(record_type: type[Record]) -> list[str]:
    # Kept per class: an import maps a hundred thousand records, and fields() builds its tuple each call.
    names = _FIELDS.get(record_type)
    if names is None:
        names = _FIELDS[record_type] = [f.name for f in fields(record_type) if f.name not in _NOT_COLUMNS]
    return names


def _bookkeeping_columns(record: Record) -> dict[str, Any]:
    columns: dict[str, Any] = {"id": record.id, "deleted_at": record.deleted_at}
    if record.created_at is not None:
        columns["created_at"] = record.created_at
    if record.updated_at is not None:
        columns["updated_at"] = record.updated_at
    if record.provenance is not None:
        columns["import_batch_id"] = record.provenance.batch_id
        columns["source_sheet"] = record.provenance.sheet
        columns["source_row"] = record.provenance.row
    return columns


def _bookkeeping_fields(row: RecordColumns) -> dict[str, Any]:
    provenance = None
    if row.import_batch_id is not None:
        provenance = Provenance(batch_id=row.import_batch_id, sheet=row.source_sheet, row=row.source_row)
    return {"id": row.id, "created_at": row.created_at, "updated_at": row.updated_at,
            "deleted_at": row.deleted_at, "provenance": provenance}


def _plain(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


def record_columns(record: Site | Event | Activity | LitterItem) -> dict[str, Any]:
    """The column values of a record's row (without the litter items of a pickup)."""
    columns = {name: _plain(getattr(record, name)) for name in _own_fields(type(record))}
    columns.update(_bookkeeping_columns(record))
    if isinstance(record, Activity):
        columns["kind"] = record.kind.value
    return columns


RowClass = type[SiteRow] | type[EventRow] | type[ActivityRow] | type[LitterItemRow]


def row_class(record: Site | Event | Activity | LitterItem) -> RowClass:
    """The table a record is stored in."""
    match record:
        case Site():
            return SiteRow
        case Event():
            return EventRow
        case Activity():
            return ActivityRow
        case LitterItem():
            return LitterItemRow
    raise TypeError(f"not a stored record: {type(record).__name__}")


def site_from_row(row: SiteRow) -> Site:
    """The site record of a row."""
    return Site(**{name: getattr(row, name) for name in _own_fields(Site)}, **_bookkeeping_fields(row))


def event_from_row(row: EventRow) -> Event:
    """The event record of a row."""
    return Event(**{name: getattr(row, name) for name in _own_fields(Event)}, **_bookkeeping_fields(row))


def litter_item_from_row(row: LitterItemRow) -> LitterItem:
    """The litter item record of a row."""
    return LitterItem(**{name: getattr(row, name) for name in _own_fields(LitterItem)},
                      **_bookkeeping_fields(row))


def activity_from_row(row: ActivityRow, items: tuple[LitterItem, ...] = ()) -> Activity:
    """The activity record of a row, of the class its kind names."""
    cls = ACTIVITY_CLASSES[ActivityKind(row.kind)]
    values: dict[str, Any] = {}
    for name in _own_fields(cls):
        value = getattr(row, name)
        if value is not None and name in ENUM_FIELDS:
            value = ENUM_FIELDS[name](value)
        values[name] = value
    if cls is LitterPickup:
        values["items"] = items
    return cls(**values, **_bookkeeping_fields(row))


INTEGER_LIMIT = 2**31 - 1  # a 32-bit INTEGER column on PostgreSQL


def misfit(column: ColumnElement[Any], value: Any) -> str | None:
    """Why `value` does not fit `column` on every backend, in words; None when it fits.

    SQLite stores any text length and any whole number in any column; PostgreSQL refuses a text longer than
    its column's length and a number beyond 32 bits. Checking here keeps both backends alike.
    """
    limit = getattr(column.type, "length", None)
    if isinstance(value, str) and limit is not None and len(value) > limit:
        return f"is {len(value):,} characters long; at most {limit:,} fit"
    if isinstance(column.type, Integer) and isinstance(value, int) and not -INTEGER_LIMIT - 1 <= value <= INTEGER_LIMIT:
        return f"is {value:,}, more than fieldlog can store (at most {INTEGER_LIMIT:,})"
    return None


def column_fit_issues(record: Site | Event | Activity | LitterItem) -> list[Issue]:
    """An error for each value of the record (and of a pickup's item tally) too long or too large to store."""
    table = row_class(record).__table__
    issues = [Issue(Level.ERROR, "site_name" if isinstance(record, Site) and name == "name" else name, problem,
                    "does_not_fit")
              for name, value in record_columns(record).items()
              if name in table.c and (problem := misfit(table.c[name], value)) is not None]
    if isinstance(record, LitterPickup):
        issues += [Issue(Level.ERROR, "items", f"an {issue.field.replace('_', ' ')} {issue.message}",
                         issue.code)
                   for item in record.items for issue in column_fit_issues(item)]
    return issues
