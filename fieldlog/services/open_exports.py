"""The open-format exports: a Darwin Core Archive, the sites as GeoJSON, and a folder of plain CSV files.

Each covers the live events a summary filter selects (the same events as the SER report), reads them a
chunk at a time (`export_source`), writes to a temporary file beside the target and renames it only when
complete (`io.atomic.export_path`), and can be cancelled between events, leaving no file behind.
Personal data (organizer names and contacts) stays out unless asked for; GeoJSON never carries any.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import threading
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from fieldlog.db.store import Database
from fieldlog.db.tables import ActivityRow, EventRow, LitterItemRow
from fieldlog.domain.errors import ExportFailed
from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.summary import NO_FILTER, SummaryFilter
from fieldlog.io.atomic import export_path, export_paths
from fieldlog.io.csv_export import ENCODING, CsvTable, csv_name
from fieldlog.io.dwc import DatasetInfo, DwcArchive
from fieldlog.io.geojson import SiteFeature, write_feature_collection
from fieldlog.io.table_rows import event_rows, export_sheets, exported_columns
from fieldlog.services.export_common import ExportResult, Progress, check_cancel
from fieldlog.services.export_source import (
    count_selected_activities,
    count_selected_events,
    iter_event_records,
    load_sites,
)
from fieldlog.services.queries import event_filter
from fieldlog.services.reference import country_name

PROGRESS_EVERY = 200  # events between progress reports: a callback per event would flood the window's queue
ZIP64_ABOVE = 1_000_000  # occurrences; at ~400 bytes a row the occurrence file nears zip's 2 GiB limit past this


@dataclass(frozen=True, slots=True)
class OpenExportResult(ExportResult):
    """A finished export, with the records it had to leave out, by reason (not counted in `records`)."""

    left_out: dict[str, int] = field(default_factory=dict)


def _result(out: Path, counts: dict[str, int], left_out: dict[str, int]) -> OpenExportResult:
    """The result, with what was left out also in plain words (the notes the command line and window show)."""
    notes = tuple(f"{count:,} {reason} left out." for reason, count in left_out.items() if count)
    return OpenExportResult(out, counts, notes, left_out)


class _Ticker:
    """Progress reports every so many steps and at the end; a cancel check at every step."""

    def __init__(self, progress: Progress | None, cancel: threading.Event | None, total: int) -> None:
        self.progress, self.cancel, self.total = progress, cancel, total
        self.done = self._reported = 0

    def step(self, amount: int = 1) -> None:
        check_cancel(self.cancel)
        self.done += amount
        if self.progress is not None and self.done - self._reported >= PROGRESS_EVERY:
            self._reported = self.done
            self.progress(self.done, max(self.total, self.done))

    def end(self) -> None:
        check_cancel(self.cancel)
        if self.progress is not None:
            self.progress(self.done, max(self.total, self.done))


class _Countries:
    """English country names, looked up once per code."""

    def __init__(self) -> None:
        self._names: dict[str, str] = {}

    def __call__(self, code: str) -> str:
        name = self._names.get(code)
        if name is None:
            name = self._names[code] = country_name(code)
        return name


# -- Darwin Core -----------------------------------------------------------------------------------

def export_dwc(database: Database, out: Path, flt: SummaryFilter = NO_FILTER, *, include_personal: bool = False,
               progress: Progress | None = None, cancel: threading.Event | None = None) -> OpenExportResult:
    """Write a Darwin Core Archive (occurrence core) of the plantings, seed collections and invasive removals
    of the events `flt` selects; activities without coordinates (their own or their site's) are left out."""
    check_cancel(cancel)
    total = count_selected_activities(database, flt)
    ticker = _Ticker(progress, cancel, total)
    countries = _Countries()
    from fieldlog.services.exports import describe_filter

    scope = describe_filter(flt)
    with export_path(out, "the Darwin Core archive") as partial, \
            DwcArchive(partial, include_personal=include_personal, zip64=total > ZIP64_ABOVE) as archive:
        for records in iter_event_records(database, flt):
            country = countries(records.site.country_code)
            for activity in records.activities:
                archive.add(records.event, records.site, activity, country)
            ticker.step(len(records.activities))
        ticker.end()
        title = "Volunteer ecological-restoration occurrences recorded with fieldlog" + (
            f" ({scope})" if scope else "")
        archive.finish(DatasetInfo(title=title, scope=scope, pub_date=dt.date.today()))
    return _result(out, dict(archive.counts), {"occurrences without coordinates": archive.without_coordinates})


# -- GeoJSON ---------------------------------------------------------------------------------------

_KIND_FIGURES: dict[str, tuple[tuple[str, str], ...]] = {  # kind -> (property, activities column summed)
    ActivityKind.PLANTING.value: (("plants", "plants"), ("planted_area_m2", "area_m2")),
    ActivityKind.SEED_COLLECTION.value: (("seed_mass_g", "mass_g"), ("seed_count", "seed_count")),
    ActivityKind.SEEDBALL_MAKING.value: (("seedballs", "seedballs"), ("seedball_seed_mass_g", "seed_mass_g")),
    ActivityKind.INVASIVE_REMOVAL.value: (("invasive_area_m2", "area_m2"), ("invasive_weight_kg", "weight_kg"),
                                          ("invasive_bags", "bags"), ("invasive_stems", "stems")),
    ActivityKind.LITTER_PICKUP.value: (("litter_bags", "bags"), ("litter_weight_kg", "weight_kg"),
                                       ("litter_distance_m", "distance_m")),
    ActivityKind.OTHER.value: (),
}
_ACTIVITY_COUNTS = {ActivityKind.PLANTING.value: "plantings", ActivityKind.SEED_COLLECTION.value: "seed_collections",
                    ActivityKind.SEEDBALL_MAKING.value: "seedball_makings",
                    ActivityKind.INVASIVE_REMOVAL.value: "invasive_removals",
                    ActivityKind.LITTER_PICKUP.value: "litter_pickups", ActivityKind.OTHER.value: "other_activities"}
_FLOAT_COLUMNS = {"area_m2", "mass_g", "seed_mass_g", "weight_kg", "distance_m"}
_SUMMED = sorted({column for figures in _KIND_FIGURES.values() for _, column in figures})


def site_property_names() -> tuple[str, ...]:
    """The totals every site feature carries, in order."""
    names = ["events", "participants", "volunteer_hours"]
    for kind, figures in _KIND_FIGURES.items():
        names.append(_ACTIVITY_COUNTS[kind])
        names += [name for name, _ in figures]
        if kind == ActivityKind.LITTER_PICKUP.value:
            names.append("litter_items")
    return tuple(names)


def site_totals(database: Database, flt: SummaryFilter = NO_FILTER) -> dict[uuid.UUID, dict[str, int | float]]:
    """Per site, the totals of the live events `flt` selects and their live activities, added up in SQL."""
    empty = dict.fromkeys(site_property_names(), 0)
    totals: dict[uuid.UUID, dict[str, int | float]] = {}

    def of(site_id: uuid.UUID) -> dict[str, int | float]:
        found = totals.get(site_id)
        if found is None:
            found = totals[site_id] = {name: 0.0 if _is_float(name) else 0 for name in empty}
        return found

    events = event_filter(select(EventRow.site_id, func.count(EventRow.id), func.sum(EventRow.participants),
                                 func.sum(EventRow.volunteer_hours)), flt).group_by(EventRow.site_id)
    live_events = event_filter(select(EventRow.id), flt)
    columns: list[Any] = [func.sum(getattr(ActivityRow, column)) for column in _SUMMED]
    activities = (select(EventRow.site_id, ActivityRow.kind, func.count(ActivityRow.id), *columns)
                  .join(EventRow, EventRow.id == ActivityRow.event_id)
                  .where(ActivityRow.deleted_at.is_(None), ActivityRow.event_id.in_(live_events))
                  .group_by(EventRow.site_id, ActivityRow.kind))
    items = (select(EventRow.site_id, func.sum(LitterItemRow.item_count))
             .join(ActivityRow, ActivityRow.id == LitterItemRow.activity_id)
             .join(EventRow, EventRow.id == ActivityRow.event_id)
             .where(LitterItemRow.deleted_at.is_(None), ActivityRow.deleted_at.is_(None),
                    ActivityRow.event_id.in_(live_events))
             .group_by(EventRow.site_id))
    with database.reading() as session:
        for site_id, count, participants, hours in session.execute(events):
            site = of(site_id)
            site.update(events=int(count), participants=int(participants or 0), volunteer_hours=float(hours or 0))
        for site_id, kind, count, *sums in session.execute(activities):
            site = of(site_id)
            site[_ACTIVITY_COUNTS[kind]] = int(count)
            summed = dict(zip(_SUMMED, sums, strict=True))
            for name, column in _KIND_FIGURES[kind]:
                value = summed[column] or 0
                site[name] = float(value) if column in _FLOAT_COLUMNS else int(value)
        for site_id, count in session.execute(items):
            of(site_id)["litter_items"] = int(count or 0)
    return totals


def _is_float(name: str) -> bool:
    return name == "volunteer_hours" or name.endswith(("_m2", "_g", "_kg", "_m"))


def export_geojson(database: Database, out: Path, flt: SummaryFilter = NO_FILTER, *,
                   progress: Progress | None = None, cancel: threading.Event | None = None) -> OpenExportResult:
    """Write the sites of the events `flt` selects as a GeoJSON FeatureCollection with their totals; sites
    without coordinates are left out and counted."""
    check_cancel(cancel)
    sites = load_sites(database, flt)
    totals = site_totals(database, flt)
    ticker = _Ticker(progress, cancel, len(sites))
    countries = _Countries()
    empty = {name: 0.0 if _is_float(name) else 0 for name in site_property_names()}

    def features() -> Iterator[SiteFeature]:
        for site_id, site in sites.items():
            ticker.step()
            yield SiteFeature(site, countries(site.country_code), totals.get(site_id, empty))

    with export_path(out, "the GeoJSON file") as partial:
        with open(partial, "w", encoding="utf-8", newline="\n") as handle:
            written = write_feature_collection(handle, features())
        ticker.end()
    return _result(out, {"sites": written.features}, {"sites without coordinates": written.without_coordinates})


# -- CSV -------------------------------------------------------------------------------------------

def export_csv(database: Database, out_dir: Path, flt: SummaryFilter = NO_FILTER, *, include_personal: bool = False,
               progress: Progress | None = None, cancel: threading.Event | None = None) -> OpenExportResult:
    """Write one CSV file per sheet of the column spec (events.csv, planting.csv, ..., litter_items.csv) into
    `out_dir`, created if missing. Every file is written under a temporary name first, and the renames
    come only once every file is complete, so no file is ever partial."""
    check_cancel(cancel)
    created = _make_folder(out_dir)
    try:
        return _write_csv(database, out_dir, flt, include_personal, progress, cancel)
    except BaseException:
        for folder in created:  # the folders this export made, innermost first, as long as they are empty
            try:
                folder.rmdir()
            except OSError:
                break
        raise


def _make_folder(folder: Path) -> list[Path]:
    """Create `folder` and any missing parents; returns the folders made, innermost first."""
    if folder.is_dir():
        return []
    missing = [folder, *(parent for parent in folder.parents if not parent.exists())]
    try:
        folder.mkdir(parents=True)
    except FileExistsError:
        raise ExportFailed(f"Could not write the CSV files to {folder}: a file of that name is in the way. "
                           "Nothing was written; choose another folder.") from None
    except OSError as error:
        reason = _FOLDER_REASONS.get(error.errno or 0, error.strerror or str(error))
        raise ExportFailed(f"Could not create the folder {folder} for the CSV files: {reason}. Nothing was "
                           "written; choose another folder, then export again.") from error
    return [path for path in missing if path.is_dir()]


_FOLDER_REASONS = {errno.EACCES: "you may not write there", errno.EPERM: "you may not write there",
                   errno.EROFS: "the disk is read-only", errno.ENOSPC: "the disk is full",
                   errno.ENOTDIR: "part of the path is a file, not a folder"}


def _write_csv(database: Database, out_dir: Path, flt: SummaryFilter, include_personal: bool,
               progress: Progress | None, cancel: threading.Event | None) -> OpenExportResult:
    sheets = export_sheets()
    ticker = _Ticker(progress, cancel, count_selected_events(database, flt))
    # Every file is complete and on disk before the first replaces an older one (export_paths).
    with export_paths([out_dir / csv_name(sheet) for sheet in sheets], "the CSV files") as paths:
        partials = {sheet.key: path for sheet, path in zip(sheets, paths, strict=True)}
        with contextlib.ExitStack() as files:
            tables = {sheet.key: CsvTable(files.enter_context(open(partials[sheet.key], "w", encoding=ENCODING,
                                                                   newline="")),
                                          exported_columns(sheet, include_personal=include_personal))
                      for sheet in sheets}
            for records in iter_event_records(database, flt):
                for sheet, values in event_rows(records.event, records.site, records.activities,
                                                include_personal=include_personal):
                    tables[sheet.key].write(values)
                ticker.step()
            ticker.end()
        counts = {key: table.rows for key, table in tables.items()}
    return OpenExportResult(out_dir, counts)
