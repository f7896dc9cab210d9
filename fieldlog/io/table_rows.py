"""Records as rows of the column spec's sheets: what the report's detail sheets and the CSV export write.

Rows hold typed values (UUIDs as text, dates as dates, numbers as numbers, vocabulary members as their
labels), in the sheet's column order, so a report or a CSV folder imports back without a mapping.
Personal columns (organizer name and contact) are left out unless asked for.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from enum import StrEnum
from functools import cache

from fieldlog.domain.kinds import LabelledEnum
from fieldlog.domain.records import Activity, Event, LitterPickup, Site
from fieldlog.io.columns import ACTIVITY_SHEETS, EVENTS, LITTER_ITEMS, TEMPLATE_SHEETS, Column, Sheet

Value = object


@cache  # asked for every row of a million-row export
def exported_columns(sheet: Sheet, *, include_personal: bool = False) -> tuple[Column, ...]:
    """The columns an export writes for a sheet: all of them, less the personal ones unless asked for."""
    return tuple(column for column in sheet.columns if include_personal or not column.personal)


def export_sheets() -> tuple[Sheet, ...]:
    """The detail sheets an export writes, in order: events, one per activity kind, litter items."""
    return TEMPLATE_SHEETS


def _plain(value: object) -> Value:
    if isinstance(value, LabelledEnum):
        return value.label
    if isinstance(value, StrEnum):
        return value.value
    return value


def event_values(event: Event, site: Site) -> dict[str, Value]:
    """Every Events-sheet field of an event, by column key."""
    return {
        "event_id": str(event.id), "event_name": event.event_name, "campaign": event.campaign,
        "start": event.start, "end": event.end,
        "site_name": site.name, "country_code": site.country_code, "locality": site.locality,
        "latitude": site.latitude, "longitude": site.longitude, "site_area_m2": site.area_m2,
        "organisation": event.organisation, "organizer_name": event.organizer_name,
        "organizer_contact": event.organizer_contact, "participants": event.participants,
        # derived hours are left blank, as the template asks, so an import derives them again (and marks them)
        "volunteer_hours": None if event.hours_derived else event.volunteer_hours, "notes": event.notes,
    }


def activity_values(activity: Activity, event: Event) -> dict[str, Value]:
    """Every field of an activity's sheet, by column key (litter items are rows of their own)."""
    values: dict[str, Value] = {"activity_id": str(activity.id), "event_id": str(event.id),
                                "event_name": event.event_name}
    for column in ACTIVITY_SHEETS[activity.kind].columns:
        if column.key not in values:
            values[column.key] = _plain(getattr(activity, column.key))
    return values


def row(columns: Sequence[Column], values: Mapping[str, Value]) -> list[Value]:
    """The values in column order."""
    return [values.get(column.key) for column in columns]


def event_rows(event: Event, site: Site, activities: Sequence[Activity], *,
               include_personal: bool = False) -> Iterator[tuple[Sheet, list[Value]]]:
    """The rows one event gives: its Events row, a row per activity on its kind's sheet, and a Litter items
    row per item of each pickup's tally."""
    yield EVENTS, row(exported_columns(EVENTS, include_personal=include_personal), event_values(event, site))
    for activity in activities:
        sheet = ACTIVITY_SHEETS[activity.kind]
        yield sheet, row(exported_columns(sheet, include_personal=include_personal), activity_values(activity, event))
        if isinstance(activity, LitterPickup):
            for item in activity.items:
                values = {"activity_id": str(activity.id), "event_id": str(event.id), "event_name": event.event_name,
                          "date": activity.date, "item_category": item.item_category, "item_count": item.item_count}
                yield LITTER_ITEMS, row(LITTER_ITEMS.columns, values)
