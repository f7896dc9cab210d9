"""Exchange packages between fieldlog databases: export one, preview what merging it would do, merge it.

Export writes every column of every row of the record tables (tombstones, bookkeeping and provenance
included) from one read snapshot, streamed a chunk at a time through Core selects, so importing the
package into an empty database reproduces every record exactly.

Merging goes by UUID, table by table, parents first. A record this database lacks is added (a deleted one
too, as a tombstone, so the deletion travels on); an identical one is left alone; of two different copies
the one changed last (`updated_at`) wins, and equal times fall to a rule both sides compute alike (the copy
with more fields filled, then the larger hash of the content), so merging A into B and B into A converges.
A tombstone is just a change: a deletion newer than the other copy wins, an edit newer than a deletion
brings the record back.

Conflicts. Without a history of versions fieldlog cannot know for sure that both sides edited a record, so
it remembers exchanges: every database gets an id (`app_settings.database_id`, made on its first export)
written into its packages, and after a merge it notes, per database it merged from, when that package was
made and up to when its own records were then merged (`app_settings` key `exchange:<id>`); packages carry
these notes along. A record is a conflict when the two copies' content differs and *both* copies are news
to the other side: the package's copy changed after the newest package either side had of the other's, and
this copy changed after the package's database last merged ours and after our last merge of theirs. Times
of different machines are compared, so a clock far off blurs the line; the merge itself never depends on
it. Conflicts are listed (the preview, the result, and the merge log beside the database); the rule above
decides them all the same. Between databases that never exchanged, every differing record is a conflict.

Apply reopens the package, checks that the file is byte for byte the one previewed (its SHA-256; the
preview verified every member against the manifest), backs the database up, and writes everything in one
transaction, re-deciding each record against the database as it is then. Every member's hash is checked
again as it is read; a mismatch rolls the whole merge back.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import operator
import re
import threading
import uuid
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import Any, cast

from sqlalchemy import (
    Boolean,
    Date,
    DateTime,
    Float,
    Integer,
    Select,
    String,
    Table,
    Uuid,
    bindparam,
    case,
    func,
    insert,
    or_,
    select,
    true,
    type_coerce,
    update,
)
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.types import TypeEngine

import fieldlog
from fieldlog.db.backup import backup_sqlite, rotate_backups
from fieldlog.db.bulk import insert_rows
from fieldlog.db.rollup import rebuild, rollup_of
from fieldlog.db.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from fieldlog.db.server_backup import database_label
from fieldlog.db.store import Database
from fieldlog.db.tables import ActivityRow, EventRow, ImportBatchRow, LitterItemRow, PhotoRow, SettingRow, SiteRow
from fieldlog.db.unfinished import unfinished
from fieldlog.domain.errors import DatabaseProblem, ExportFailed, PackageRejected, PhotoRejected
from fieldlog.io.atomic import atomic_path, export_path
from fieldlog.io.columns import EVENTS
from fieldlog.io.files import file_chunks, file_sha256
from fieldlog.io.package import (
    FORMAT,
    Column,
    ColumnType,
    Manifest,
    PackageReader,
    PackageWriter,
    TableSpec,
    canonical_hash,
)
from fieldlog.io.photos import shared_copy
from fieldlog.services.export_common import ExportResult, Progress, check_cancel
from fieldlog.services.photos import photo_dir, photo_dir_for, store_file
from fieldlog.services.queries import STATISTICS_AFTER, refresh_statistics
from fieldlog.services.records import Cancelled, utc_now

CHUNK = 2000
BULK_LOAD_AT = 5000  # rows into an empty table from which its indexes are built after the rows
DATABASE_ID_KEY = "database_id"
EXCHANGE_PREFIX = "exchange:"

# Parents before children: a merge inserts in this order, so every reference already resolves.
_ROWS = (ImportBatchRow, SiteRow, EventRow, ActivityRow, LitterItemRow, PhotoRow)
_RECORD_TABLES = ("sites", "events", "activities", "litter_items", "photos")
# Which columns point at which table (every record table also points at import_batches).
_PARENTS: dict[str, tuple[tuple[str, str], ...]] = {
    "import_batches": (),
    "sites": (("import_batch_id", "import_batches"),),
    "events": (("site_id", "sites"), ("import_batch_id", "import_batches")),
    "activities": (("event_id", "events"), ("import_batch_id", "import_batches")),
    "litter_items": (("activity_id", "activities"), ("import_batch_id", "import_batches")),
    "photos": (("event_id", "events"), ("activity_id", "activities"), ("import_batch_id", "import_batches")),
}
# Personal data left out of a package made for sharing (the data dictionary marks it).
# A shared photo also loses where it was taken and its file name (which may name a person); its picture is
# a copy without GPS, owner and serial numbers in its EXIF (see _write_photos).
PERSONAL: dict[str, tuple[str, ...]] = {
    "events": tuple(column.key for column in EVENTS.columns if column.personal),
    "photos": ("latitude", "longitude", "original_name")}
# Bookkeeping: not what a person edits, so not listed as a conflicting field.
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "import_batch_id", "source_sheet", "source_row"})
_NOUNS = {"import_batches": ("import batch", "import batches"), "sites": ("site", "sites"),
          "events": ("event", "events"), "activities": ("activity", "activities"),
          "litter_items": ("litter item", "litter items"), "photos": ("photo", "photos")}
_A_NOUN = {"import_batches": "an import batch", "sites": "a site", "events": "an event",
           "activities": "an activity", "litter_items": "a litter item", "photos": "a photo"}


def _table(row_type: type[Any]) -> Table:
    return cast(Table, row_type.__table__)


def _column_type(column: Any) -> ColumnType:
    kind = column.type
    if isinstance(kind, Uuid):
        return ColumnType.UUID
    if isinstance(kind, DateTime):
        return ColumnType.DATETIME
    if isinstance(kind, Date):
        return ColumnType.DATE
    if isinstance(kind, Boolean):
        return ColumnType.BOOLEAN
    if isinstance(kind, Integer):
        return ColumnType.INTEGER
    if isinstance(kind, Float):
        return ColumnType.FLOAT
    if isinstance(kind, String):
        return ColumnType.TEXT
    raise TypeError(f"no package type for column {column.name} ({kind})")


def _spec(table: Table) -> TableSpec:
    columns = []
    for column in table.columns:
        length = getattr(column.type, "length", None) if isinstance(column.type, String) else None
        columns.append(Column(column.name, _column_type(column), bool(column.nullable) and not column.primary_key,
                              length))
    return TableSpec(table.name, tuple(columns))


TABLES: tuple[tuple[TableSpec, Table], ...] = tuple((_spec(_table(row)), _table(row)) for row in _ROWS)


# -- exchange notes -------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Exchange:
    """What this database noted after merging a package of another: when that package was made (the other's
    clock) and up to when this database's own records were then known to be merged (this clock)."""

    package_made: dt.datetime
    merged_through: dt.datetime


def _parse_time(text: object) -> dt.datetime | None:
    try:
        return dt.datetime.fromisoformat(text) if isinstance(text, str) else None
    except ValueError:
        return None


def _settings(session: Session) -> tuple[uuid.UUID | None, dict[uuid.UUID, _Exchange]]:
    database_id: uuid.UUID | None = None
    exchanges: dict[uuid.UUID, _Exchange] = {}
    rows = session.execute(select(SettingRow.key, SettingRow.value).where(
        or_(SettingRow.key == DATABASE_ID_KEY, SettingRow.key.startswith(EXCHANGE_PREFIX))))
    for key, value in rows:
        try:
            if key == DATABASE_ID_KEY:
                database_id = uuid.UUID(value)
                continue
            note = json.loads(value)
            made, through = _parse_time(note.get("package_made")), _parse_time(note.get("merged_through"))
            if made is not None and through is not None:
                exchanges[uuid.UUID(key.removeprefix(EXCHANGE_PREFIX))] = _Exchange(made, through)
        except (ValueError, AttributeError):
            continue  # a damaged note only makes conflict detection coarser
    return database_id, exchanges


def _ensure_database_id(database: Database) -> uuid.UUID | None:
    """This database's id for its packages, made on its first export (None if it cannot be written)."""
    with database.reading() as session:
        current, _ = _settings(session)
    if current is not None:
        return current
    new = uuid.uuid4()
    try:
        with database.writing("the database id") as session:
            session.merge(SettingRow(key=DATABASE_ID_KEY, value=str(new)))
    except DatabaseProblem:
        return None  # a read-only database still exports; its packages then carry no id
    return new


# -- export ---------------------------------------------------------------------------------------------

# Export reads ids, times and dates as the database holds them (text in SQLite) and writes them as the
# package's text directly: parsing every value into a UUID or datetime only to print it again was most of
# the export's time. Server databases hand back typed values, which the same functions print.
_RAW_TYPES: dict[ColumnType, TypeEngine[Any]] = {
    ColumnType.UUID: String(), ColumnType.DATETIME: String(), ColumnType.DATE: String(), ColumnType.BOOLEAN: Integer()}


def _raw_columns(table: Table) -> list[Any]:
    columns: list[Any] = []
    for column in table.columns:
        raw = _RAW_TYPES.get(_column_type(column))
        columns.append(column if raw is None else type_coerce(column, raw).label(column.name))
    return columns


def _uuid_text(value: Any) -> str:
    if type(value) is str and len(value) == 32:  # SQLite: 32 hex digits
        return f"{value[:8]}-{value[8:12]}-{value[12:16]}-{value[16:20]}-{value[20:]}"
    return str(value if isinstance(value, uuid.UUID) else uuid.UUID(str(value)))


def _datetime_text(value: Any) -> str:
    if type(value) is str and len(value) == 26 and value[10] == " " and value[19] == ".":  # SQLite's format
        return value[:10] + "T" + (value[11:19] if value.endswith(".000000") else value[11:])
    moment = value if isinstance(value, dt.datetime) else dt.datetime.fromisoformat(str(value))
    return moment.isoformat()


def _date_text(value: Any) -> str:
    if type(value) is str and len(value) == 10:
        return value
    return (value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value))).isoformat()


_TEXT_OF: dict[ColumnType, Callable[[Any], object]] = {
    ColumnType.UUID: _uuid_text, ColumnType.DATETIME: _datetime_text, ColumnType.DATE: _date_text,
    ColumnType.BOOLEAN: bool}


def _changed(table: Table, since: dt.datetime) -> Any:
    return or_(table.c.updated_at >= since, table.c.deleted_at >= since)


def _selections(since: dt.datetime | None) -> list[Select[Any]]:
    """One select per table (in TABLES order): every row, or the rows changed since `since` with every
    parent they need so the package merges on its own."""
    batches, sites, events, activities, items, photos = (table for _, table in TABLES)
    # A merge's own batch row is this database's history, like its backups: no record points at it, and
    # sending it on would make every merge news to the other side, so two databases would never settle.
    imports = batches.c.file_format != FORMAT
    if since is None:
        return [select(*_raw_columns(table)).where(imports if table is batches else true()).order_by(table.c.id)
                for _, table in TABLES]
    item_where = _changed(items, since)
    photo_where = _changed(photos, since)
    activity_where = or_(_changed(activities, since),
                         activities.c.id.in_(select(items.c.activity_id).where(item_where)),
                         activities.c.id.in_(select(photos.c.activity_id).where(photo_where)))
    event_where = or_(_changed(events, since), events.c.id.in_(select(activities.c.event_id).where(activity_where)),
                      events.c.id.in_(select(photos.c.event_id).where(photo_where)))
    site_where = or_(_changed(sites, since), sites.c.id.in_(select(events.c.site_id).where(event_where)))
    batch_where = imports & or_(batches.c.imported_at >= since, *(
        batches.c.id.in_(select(table.c.import_batch_id).where(where))
        for table, where in ((sites, site_where), (events, event_where), (activities, activity_where),
                             (items, item_where), (photos, photo_where))))
    return [select(*_raw_columns(table)).where(where).order_by(table.c.id)
            for table, where in ((batches, batch_where), (sites, site_where), (events, event_where),
                                 (activities, activity_where), (items, item_where), (photos, photo_where))]


def export_package(database: Database, out: Path, *, since: dt.date | None = None, for_sharing: bool = False,
                   progress: Progress | None = None, cancel: threading.Event | None = None,
                   clock: Callable[[], dt.datetime] = utc_now) -> ExportResult:
    """Write the exchange package: every record, or those changed since `since` with their parents."""
    check_cancel(cancel)
    database_id = _ensure_database_id(database)
    since_at = dt.datetime.combine(since, dt.time.min) if since is not None else None
    selections = _selections(since_at)
    counts: dict[str, int] = {}
    skipped: list[str] = []  # pictures missing from the photo store or damaged there
    with database.reading() as session:  # one snapshot: the tables agree with each other
        _, exchanges = _settings(session)
        totals = [int(session.scalar(select(func.count()).select_from(stmt.subquery())) or 0)
                  for stmt in selections]
        total = sum(totals)
        done = 0

        def chunks(spec: TableSpec, stmt: Select[Any]) -> Iterator[Sequence[Sequence[Any]]]:
            nonlocal done
            blank = [index for index, name in enumerate(spec.names)
                     if for_sharing and name in PERSONAL.get(spec.name, ())]
            texts = [(index, _TEXT_OF[column.type]) for index, column in enumerate(spec.columns)
                     if column.type in _TEXT_OF]
            result = session.connection().execute(stmt.execution_options(yield_per=CHUNK))
            for partition in result.partitions():
                check_cancel(cancel)
                rows: list[Sequence[Any]] = []
                for raw in partition:
                    row = list(raw)
                    for index, text in texts:
                        if row[index] is not None:
                            row[index] = text(row[index])
                    for index in blank:
                        row[index] = None
                    rows.append(row)
                yield rows
                done += len(rows)
                if progress is not None:
                    progress(done, total)

        with export_path(out, "the package") as partial, PackageWriter(
                partial, app_version=fieldlog.__version__, schema_revision=SCHEMA_HEAD, created_at=clock(),
                since=since, for_sharing=for_sharing, database_id=database_id,
                exchanges={peer: note.package_made for peer, note in exchanges.items()}) as writer:
            for (spec, _), stmt in zip(TABLES, selections, strict=True):
                try:
                    rows: Iterator[Sequence[Sequence[Any]]] = chunks(spec, stmt)
                    if spec.name == "photos":  # their pictures first: a shared copy changes a row's hash
                        rows = iter([_write_photos(database, writer, spec, [r for c in rows for r in c],
                                                   for_sharing, skipped, cancel)])
                    counts[spec.name] = writer.write_table(spec, rows)
                except (ValueError, TypeError) as error:  # a stored value JSON cannot hold (NaN, say)
                    raise ExportFailed(f"Could not write the package to {out}: a record of {spec.name} holds a "
                                       f"value that cannot be written ({error}). Nothing was written; run "
                                       "fieldlog check.") from error
    if progress is not None:
        progress(total, total)
    return ExportResult(out, counts, tuple(skipped))


def _write_photos(database: Database, writer: PackageWriter, spec: TableSpec, rows: list[Sequence[Any]],
                  for_sharing: bool, skipped: list[str], cancel: threading.Event | None) -> list[Sequence[Any]]:
    """Write the pictures of the photo rows into the package and return the rows to write after them.

    The default package carries every stored picture byte for byte. A package for sharing carries a copy
    of each live photo without GPS, owner, serial numbers and embedded thumbnail; its row then names the
    copy (its SHA-256 and size). A picture missing from the store, or whose bytes no longer match their
    name, is left out and said (its row still travels; `fieldlog check` tells the same)."""
    if not rows:
        return rows
    index = {name: number for number, name in enumerate(spec.names)}
    store = photo_dir(database)
    written: list[Sequence[Any]] = []
    for row in rows:
        check_cancel(cancel)
        sha, extension = row[index["sha256"]], row[index["extension"]]
        path = store / f"{sha}.{extension}"
        if for_sharing and row[index["deleted_at"]] is not None:
            written.append(row)  # a tombstone travels without its picture
            continue
        if not path.is_file() or file_sha256(path) != sha:
            skipped.append(f"the picture of photo {row[index['id']]} ({sha[:12]}…) is "
                           f"{'damaged' if path.is_file() else 'missing'} in {store}")
            written.append(row)
            continue
        if for_sharing:
            try:
                data = shared_copy(path, name=path.name)
            except PhotoRejected as error:
                skipped.append(f"the picture of photo {row[index['id']]} could not be copied for sharing ({error})")
                written.append(row)
                continue
            shared = hashlib.sha256(data).hexdigest()
            writer.write_photo(shared, extension, [data])
            row = list(row)
            row[index["sha256"]], row[index["size_bytes"]] = shared, len(data)
        else:
            writer.write_photo(sha, extension, file_chunks(path))
        written.append(row)
    return written



# -- merge: outcomes, conflicts, preview and result ------------------------------------------------------

class Outcome(StrEnum):
    """What a merge does with one record of the package."""

    ADDED = "added"  # not here: added
    TOMBSTONE = "tombstone"  # not here, deleted in the package: kept as deleted so the deletion travels on
    UPDATED = "updated"  # the package's copy is newer
    DELETED = "deleted"  # the package's copy is a newer deletion
    RESTORED = "restored"  # deleted here, changed later in the package: it comes back
    KEPT = "kept"  # this database's copy is newer: left as it is
    UNCHANGED = "unchanged"  # identical


WRITES = frozenset({Outcome.ADDED, Outcome.TOMBSTONE, Outcome.UPDATED, Outcome.DELETED, Outcome.RESTORED})


@dataclass(frozen=True, slots=True)
class Conflict:
    """A record changed both here and in the package since the two databases last exchanged it."""

    table: str
    record_id: uuid.UUID
    label: str
    winner: str  # "here" or "package"
    fields: tuple[str, ...]
    here_updated_at: dt.datetime
    package_updated_at: dt.datetime
    here: dict[str, Any] = field(default_factory=dict)  # the differing fields' values
    package: dict[str, Any] = field(default_factory=dict)

    def __str__(self) -> str:
        noun = _NOUNS.get(self.table, (self.table, self.table))[0]
        kept = "this database's copy kept" if self.winner == "here" else "the package's copy taken"
        return (f"{noun} '{self.label}' ({self.record_id}): changed here {self.here_updated_at:%Y-%m-%d %H:%M} and "
                f"in the package {self.package_updated_at:%Y-%m-%d %H:%M} UTC; {kept} (newer); differing: "
                f"{', '.join(self.fields)}")


Counts = dict[str, Counter[Outcome]]


def _total(counts: Counts, outcomes: frozenset[Outcome] | set[Outcome]) -> int:
    return sum(n for table in counts.values() for outcome, n in table.items() if outcome in outcomes)


def _listing(counts: Counts, outcome: Outcome) -> str:
    parts = []
    for table, (one, many) in _NOUNS.items():
        n = counts.get(table, Counter())[outcome]
        if n:
            parts.append(f"{n:,} {one if n == 1 else many}")
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


_VERBS: dict[Outcome, tuple[str, str]] = {
    Outcome.ADDED: ("would be added", "added"),
    Outcome.UPDATED: ("would be updated (the package's copy is newer)", "updated"),
    Outcome.DELETED: ("would be deleted (deleted in the package after their last change here)", "deleted"),
    Outcome.RESTORED: ("would come back (deleted here, changed later in the package)", "brought back"),
    Outcome.TOMBSTONE: ("deleted in the package and never here would be stored as deleted (so the deletion "
                        "travels on)", "deleted in the package and never here stored as deleted"),
    Outcome.KEPT: ("would stay as they are here (this database's copy is newer)",
                   "left as they are here (this database's copy is newer)"),
}
_SHOWN_CONFLICTS = 10


def _summary(name: str, manifest: Manifest, counts: Counts, conflicts: Sequence[Conflict], *,
             done: bool) -> list[str]:
    made = f"{manifest.created_at:%Y-%m-%d %H:%M} UTC"
    head = (f"{name}: {manifest.records:,} records exported by fieldlog {manifest.app_version} on {made}"
            + (f" (changes since {manifest.since:%Y-%m-%d})" if manifest.since else "")
            + ("; personal data was left out" if manifest.for_sharing else ""))
    lines = [head]
    unchanged = _total(counts, {Outcome.UNCHANGED})
    if not _total(counts, WRITES):
        lines.append(f"{'Nothing was written' if done else 'Nothing new to merge'}: "
                     f"{'all ' if not _total(counts, {Outcome.KEPT}) else ''}"
                     f"{unchanged:,} records {'were' if done else 'are'} already here.")
    for outcome, (future, past) in _VERBS.items():
        if _total(counts, {outcome}):
            lines.append(f"{_listing(counts, outcome)} {past if done else future}.")
    if unchanged and _total(counts, WRITES):
        lines.append(f"{unchanged:,} records {'were' if done else 'are'} already here unchanged.")
    if conflicts:
        lines.append(f"{len(conflicts):,} conflict{'s' if len(conflicts) != 1 else ''} (changed both here and in "
                     "the package; the newer change wins):")
        lines += [f"  {conflict}" for conflict in conflicts[:_SHOWN_CONFLICTS]]
        if len(conflicts) > _SHOWN_CONFLICTS:
            lines.append(f"  … and {len(conflicts) - _SHOWN_CONFLICTS:,} more (every one is in the merge log)")
    return lines


@dataclass(frozen=True, slots=True)
class MergePreview:
    """What merging a package would do; nothing has been written."""

    path: Path
    sha256: str
    manifest: Manifest
    counts: Counts
    conflicts: tuple[Conflict, ...]
    merged_before: dt.datetime | None = None  # this very file was merged then: it was not read again

    def count(self, outcome: Outcome, table: str | None = None) -> int:
        """How many records (of one table, or all) would have this outcome."""
        return sum(n for name, c in self.counts.items() if table in (None, name) for o, n in c.items() if o == outcome)

    @property
    def changes(self) -> int:
        """How many records the merge would write."""
        return _total(self.counts, WRITES)

    def summary_lines(self) -> list[str]:
        """The preview in a few lines of plain words."""
        lines = _summary(self.path.name, self.manifest, self.counts, self.conflicts, done=False)
        if self.merged_before is not None:
            return [lines[0], f"Nothing new to merge: this very file (the same SHA-256) was merged into this "
                              f"database on {self.merged_before:%Y-%m-%d %H:%M} UTC, and nothing in it can be "
                              "newer than what is here now."]
        return lines


@dataclass(frozen=True, slots=True)
class MergeResult:
    """What a merge wrote."""

    path: Path
    manifest: Manifest
    counts: Counts
    conflicts: tuple[Conflict, ...]
    backup: Path | None
    log: Path | None
    batch_id: uuid.UUID | None
    notes: tuple[str, ...] = ()
    merged_before: dt.datetime | None = None  # this very file was merged then: nothing was read or written

    def count(self, outcome: Outcome, table: str | None = None) -> int:
        """How many records (of one table, or all) had this outcome."""
        return sum(n for name, c in self.counts.items() if table in (None, name) for o, n in c.items() if o == outcome)

    @property
    def written(self) -> int:
        """How many records the merge wrote."""
        return _total(self.counts, WRITES)

    @property
    def heading(self) -> str:
        """The package in one line (what a preview's summary begins with)."""
        return _summary(self.path.name, self.manifest, {}, (), done=True)[0]

    def summary_lines(self) -> list[str]:
        """The merge in a few lines of plain words (the package itself was described by the preview)."""
        if self.merged_before is not None:
            return [f"Nothing was written: this very file (the same SHA-256) was merged into this database on "
                    f"{self.merged_before:%Y-%m-%d %H:%M} UTC, and nothing in it can be newer than what is here "
                    "now.", *self.notes]
        lines = _summary(self.path.name, self.manifest, self.counts, self.conflicts, done=True)[1:]
        if self.backup is not None:
            lines.append(f"Backup made before the merge: {self.backup}")
        if self.log is not None:
            lines.append(f"Merge log: {self.log}")
        return lines + list(self.notes)


# -- merge: deciding ------------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class _Peer:
    """How far this database and the package's database were in step when they last exchanged."""

    package_news_after: dt.datetime | None  # package copies changed after this are news here
    local_news_after: dt.datetime | None  # copies here changed after this are news to the package's database
    same_database: bool = False

    def both_changed(self, package: dict[str, Any], here: dict[str, Any]) -> bool:
        if self.same_database:
            return False
        package_news = self.package_news_after is None or package["updated_at"] > self.package_news_after
        local_news = self.local_news_after is None or here["updated_at"] > self.local_news_after
        return package_news and local_news


def _peer(session: Session, manifest: Manifest) -> _Peer:
    mine, exchanges = _settings(session)
    source = manifest.database_id
    if source is None:
        return _Peer(None, None)
    if source == mine:
        return _Peer(None, None, same_database=True)
    note = exchanges.get(source)
    # They had our records up to our package they last merged; we had theirs up to their package we last
    # merged, and ours were merged up to then. A copy older than what both sides had is no news to either.
    theirs_of_ours = manifest.exchanges.get(mine) if mine is not None else None
    ours_of_theirs = note.package_made if note is not None else None
    merged_here = note.merged_through if note is not None else None
    return _Peer(_latest(theirs_of_ours, ours_of_theirs), _latest(theirs_of_ours, merged_here))


def _latest(*moments: dt.datetime | None) -> dt.datetime | None:
    known = [moment for moment in moments if moment is not None]
    return max(known) if known else None


def _fuller(row: dict[str, Any]) -> tuple[int, str]:
    return sum(value is not None for value in row.values()), canonical_hash(row)


def _package_wins(package: dict[str, Any], here: dict[str, Any]) -> bool:
    """The deterministic rule: the later change; on equal times the fuller copy, then the larger hash."""
    if package["updated_at"] != here["updated_at"]:
        return bool(package["updated_at"] > here["updated_at"])
    return _fuller(package) > _fuller(here)


def _label(table: str, row: dict[str, Any]) -> str:
    match table:
        case "sites":
            return str(row.get("name") or "")
        case "events":
            return str(row.get("event_name") or "")
        case "activities":
            what = row.get("species") or row.get("description") or ""
            return f"{str(row.get('kind') or '').replace('_', ' ')} {what}".strip()
        case "litter_items":
            return str(row.get("item_category") or "")
    return str(row.get("file_name") or row.get("id"))


def _decide(table: str, package: dict[str, Any], here: dict[str, Any] | None, peer: _Peer,
            for_sharing: bool) -> tuple[Outcome, Conflict | None]:
    if here is None:
        return (Outcome.TOMBSTONE if package.get("deleted_at") is not None else Outcome.ADDED), None
    if table == "import_batches":  # written once, never edited: the first copy stays
        return Outcome.UNCHANGED, None
    if for_sharing:  # the package left personal data out; that is not an edit that blanks it here
        for name in PERSONAL.get(table, ()):
            package[name] = here[name]
    if package == here:
        return Outcome.UNCHANGED, None
    if not _package_wins(package, here):
        outcome = Outcome.KEPT
    elif here["deleted_at"] is None and package["deleted_at"] is not None:
        outcome = Outcome.DELETED
    elif here["deleted_at"] is not None and package["deleted_at"] is None:
        outcome = Outcome.RESTORED
    else:
        outcome = Outcome.UPDATED
    differing = tuple(name for name in package if name not in _BOOKKEEPING and package[name] != here[name])
    conflict = None
    if differing and peer.both_changed(package, here):
        conflict = Conflict(table, package["id"], _label(table, here), "here" if outcome is Outcome.KEPT else "package",
                            differing, here["updated_at"], package["updated_at"],
                            {name: here[name] for name in differing}, {name: package[name] for name in differing})
    return outcome, conflict


# -- merge: the pass over the package -------------------------------------------------------------------

@dataclass
class _Tally:
    counts: Counts = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    newest: dt.datetime | None = None  # the latest updated_at in the package
    missing_pictures: int = 0  # photos written whose picture is neither in the package nor in the store

    def records_written(self) -> int:
        return _total({t: c for t, c in self.counts.items() if t in _RECORD_TABLES}, WRITES)


class _Pass:
    """One read of the package against the database: deciding every record, and (when writing) writing."""

    def __init__(self, session: Session, reader: PackageReader, peer: _Peer, *, write: bool,
                 progress: Progress | None, cancel: threading.Event | None, store: Path | None = None) -> None:
        self.session, self.reader, self.peer, self.write = session, reader, peer, write
        self.store = store  # the photo store, where a merge puts the pictures of the photos it writes
        self.pictures: dict[str, str] = {}  # sha256 -> extension of the photos written
        self.connection = session.connection()  # Core statements without the ORM's per-call overhead
        self.progress, self.cancel = progress, cancel
        self.tally = _Tally()
        self.lines: dict[str, dict[uuid.UUID, int]] = {}  # the package's ids per table, with their line
        self.written_activities: set[uuid.UUID] = set()
        self.done = 0
        self.total = reader.manifest.records
        self.empty = False  # the table being read had no rows when its turn came: nothing to look up
        # Into a database without events (a first merge), every group of the rollup is new: rather than
        # noting each touched event and refreshing groups one by one, the whole rollup is rebuilt at the end.
        self.rebuild = write and self._is_empty(_table(EventRow))

    def _is_empty(self, table: Table) -> bool:
        return self.connection.scalar(select(table.c.id).limit(1)) is None

    def run(self) -> _Tally:
        for spec, table in TABLES:
            self.tally.counts[spec.name] = Counter()
            # Ids are unique within the package's table (checked below), so a table empty before its own
            # rows are written holds none of them: no look-ups.
            self.empty = self._is_empty(table)
            lines: dict[uuid.UUID, int] = {}
            self.lines[spec.name] = lines
            with self._bulk_load(spec, table):
                chunk: list[tuple[int, dict[str, Any]]] = []
                for number, row in self.reader.rows(spec):
                    earlier = lines.setdefault(row["id"], number)
                    if earlier != number:
                        raise PackageRejected(f"{self.reader.name}: {spec.member} line {number}: the id "
                                              f"{row['id']} appears twice (also on line {earlier}); the package "
                                              "is damaged")
                    chunk.append((number, row))
                    if len(chunk) >= CHUNK:
                        self._chunk(spec, table, chunk)
                        chunk = []
                if chunk:
                    self._chunk(spec, table, chunk)
        self._store_pictures()
        self.reader.verify_rest()
        return self.tally

    def _store_pictures(self) -> None:
        """Copy the pictures of the photos written into the store (each checked against the manifest as it
        is read), before the transaction commits: no row is committed whose picture is not stored."""
        if not self.pictures:
            return
        in_package = self.reader.photos()
        for sha, extension in sorted(self.pictures.items()):
            self._check_cancel()
            stored = self.store / f"{sha}.{extension}" if self.store is not None else None
            if stored is not None and stored.is_file() and file_sha256(stored) == sha:
                continue
            member = in_package.get(sha)
            if member is None or self.store is None:
                self.tally.missing_pictures += 1
                continue
            store_file(self.store, self.reader.member_chunks(member), extension, f"the picture {member}")

    @contextlib.contextmanager
    def _bulk_load(self, spec: TableSpec, table: Table) -> Iterator[None]:
        """Many rows into an empty table (a coordinator's first merge): its secondary indexes are dropped
        and built again at the end, sorting once instead of inserting every row into every index (in the
        benchmark, 40% less work for SQLite). The DDL is part of the merge's transaction: a failed or
        cancelled merge rolls it back with the rows."""
        info = self.reader.manifest.tables.get(spec.name)
        if not (self.write and self.empty and info is not None and info.records >= BULK_LOAD_AT):
            yield
            return
        indexes = sorted(table.indexes, key=lambda index: str(index.name))
        for index in indexes:
            index.drop(self.connection, checkfirst=True)
        yield
        for index in indexes:
            index.create(self.connection)

    def _check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("Cancelled: nothing was merged." if self.write else "Cancelled.")

    def _check_parents(self, spec: TableSpec, chunk: list[tuple[int, dict[str, Any]]]) -> None:
        for column, parent in _PARENTS[spec.name]:
            in_package = self.lines[parent]
            missing = {row[column] for _, row in chunk if row[column] is not None and row[column] not in in_package}
            if not missing:
                continue
            parent_table = TABLES[[s.name for s, _ in TABLES].index(parent)][1]
            stored = set(self.connection.scalars(select(parent_table.c.id).where(parent_table.c.id.in_(missing))))
            for number, row in chunk:
                if row[column] in missing and row[column] not in stored:
                    raise PackageRejected(f"{self.reader.name}: {spec.member} line {number}: {column} {row[column]} "
                                          f"refers to {_A_NOUN[parent]} that is neither in the package nor in "
                                          "this database; the package is incomplete")

    def _chunk(self, spec: TableSpec, table: Table, chunk: list[tuple[int, dict[str, Any]]]) -> None:
        self._check_cancel()
        self._check_parents(spec, chunk)
        here: dict[uuid.UUID, dict[str, Any]] = {}
        if not self.empty:
            ids = [row["id"] for _, row in chunk]
            here = {row.id: dict(row._mapping)
                    for row in self.connection.execute(select(table).where(table.c.id.in_(ids)))}
        counts = self.tally.counts[spec.name]
        for_sharing = self.reader.manifest.for_sharing
        writes: list[tuple[Outcome, dict[str, Any]]] = []
        for _, row in chunk:
            stored = here.get(row["id"])
            outcome, conflict = _decide(spec.name, row, stored, self.peer, for_sharing)
            counts[outcome] += 1
            if conflict is not None:
                self.tally.conflicts.append(conflict)
            if outcome in WRITES:
                writes.append((outcome, row))
            stamp = row.get("updated_at") or row.get("imported_at")
            if stamp is not None and (self.tally.newest is None or stamp > self.tally.newest):
                self.tally.newest = stamp
        if self.write and writes:
            self._write(spec, table, writes, here)
        self.done += len(chunk)
        if self.progress is not None:
            self.progress(self.done, self.total)

    def _write(self, spec: TableSpec, table: Table, writes: list[tuple[Outcome, dict[str, Any]]],
               here: dict[uuid.UUID, dict[str, Any]]) -> None:
        inserts = [row for outcome, row in writes if outcome in (Outcome.ADDED, Outcome.TOMBSTONE)]
        updates = [row for outcome, row in writes if outcome not in (Outcome.ADDED, Outcome.TOMBSTONE)]
        if spec.name == "photos":
            self.pictures.update((row["sha256"], row["extension"]) for _, row in writes)
        rollup = rollup_of(self.session)
        # The rollup reads the groups these records' events are in now, before they change.
        match None if self.rebuild else spec.name:
            case "sites":
                for row in updates:
                    rollup.touch_site(row["id"])
            case "events":
                rollup.touch_events(row["id"] for _, row in writes)
            case "activities":
                rollup.touch_events({row["event_id"] for _, row in writes}
                                    | {here[row["id"]]["event_id"] for row in updates})
                self.written_activities.update(row["id"] for _, row in writes)
            case "litter_items":  # an activity written here had its events touched then
                rollup.touch_activities(list(({row["activity_id"] for _, row in writes}
                                              | {here[row["id"]]["activity_id"] for row in updates})
                                             - self.written_activities))
        try:
            if inserts:
                self._insert(spec, table, inserts)
            if updates:
                names = [name for name in spec.names if name != "id"]
                self.connection.execute(update(table).where(table.c.id == bindparam("_id"))
                                     .values({name: bindparam(name) for name in names}),
                                     [{**{name: row[name] for name in names}, "_id": row["id"]} for row in updates])
        except IntegrityError as error:
            raise PackageRejected(f"{self.reader.name}: the database refused a record of {spec.member} "
                                  f"({error.orig}); nothing was merged") from error


    def _insert(self, spec: TableSpec, table: Table, rows: list[dict[str, Any]]) -> None:
        """Insert rows through the driver, converting a column at a time: SQLAlchemy's per-value parameter
        handling was a third of a large merge. On PostgreSQL by COPY: psycopg's executemany was 2-3.7 s of
        a 3,000-event package's 21,800 rows, COPY 0.7-0.9 s. Other drivers go through Core as usual."""
        if self.connection.dialect.name == "postgresql":
            insert_rows(self.connection, table, rows)
            return
        compiled = insert(table).compile(dialect=self.connection.dialect)
        order = compiled.positiontup
        if not compiled.positional or order is None or sorted(order) != sorted(spec.names):
            self.connection.execute(insert(table), rows)
            return
        dialect = self.connection.dialect
        pick = operator.itemgetter(*order)
        columns: list[Sequence[Any]] = list(zip(*map(pick, rows), strict=True))
        for index, name in enumerate(order):
            processor = table.c[name].type.dialect_impl(dialect).bind_processor(dialect)
            if processor is not None:
                columns[index] = _converted(columns[index], processor)
        self.connection.exec_driver_sql(str(compiled), list(zip(*columns, strict=True)))


def _iso_datetime(value: dt.datetime) -> str:
    return value.isoformat(" ", "microseconds")


def _iso_date(value: dt.date) -> str:
    return value.isoformat()


def _uuid_hex(value: uuid.UUID) -> str:
    return value.hex


# The dialect's conversion of a column's values, and the same done by a C method where the two agree on
# samples (checked once per conversion): ids, times and dates are most of a package's values.
_SAMPLES: tuple[tuple[Callable[[Any], str], tuple[Any, ...]], ...] = (
    (_uuid_hex, (uuid.UUID(int=0x1B4E28BA2FA111D2883F0016D3CCA427),)),
    (_iso_datetime, (dt.datetime(2026, 5, 31, 9, 0), dt.datetime(987, 1, 2, 3, 4, 5, 67))),
    (_iso_date, (dt.date(2026, 5, 31), dt.date(987, 1, 2))),
)
_FAST: dict[Callable[[Any], Any], Callable[[Any], Any] | None] = {}


def _fast_form(processor: Callable[[Any], Any]) -> Callable[[Any], Any] | None:
    if processor not in _FAST:
        _FAST[processor] = None
        for fast, samples in _SAMPLES:
            with contextlib.suppress(Exception):
                if all(processor(sample) == fast(sample) for sample in samples):
                    _FAST[processor] = fast
                    break
    return _FAST[processor]


def _converted(values: Sequence[Any], processor: Callable[[Any], Any]) -> list[Any]:
    """A column's values as the driver takes them."""
    match _fast_form(processor):
        case fast if fast is _uuid_hex:
            return [None if value is None else value.hex for value in values]
        case fast if fast is _iso_datetime:
            return [None if value is None else value.isoformat(" ", "microseconds") for value in values]
        case fast if fast is _iso_date:
            return [None if value is None else value.isoformat() for value in values]
    return [None if value is None else processor(value) for value in values]


# -- merge: the use cases -------------------------------------------------------------------------------

def _check_schema(reader: PackageReader) -> None:
    manifest = reader.manifest
    if manifest.schema_revision not in KNOWN_REVISIONS:
        raise PackageRejected(f"{reader.name}: the package was made by a newer fieldlog ({manifest.app_version}, "
                              f"database schema {manifest.schema_revision}); update fieldlog to merge it")
    known = {spec.name for spec, _ in TABLES}
    unknown = sorted(set(manifest.tables) - known)
    if unknown:
        raise PackageRejected(f"{reader.name}: the package holds a table this fieldlog does not know "
                              f"({unknown[0]}); update fieldlog to merge it")


def preview_merge(database: Database, path: Path, *, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> MergePreview:
    """Read and verify a package and say what merging it would do; nothing is written."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled.")
    with PackageReader(path) as reader:
        _check_schema(reader)
        merged = _merged_before(database, reader.sha256)
        if merged is not None:  # see _merged_before: reading it again could find nothing to write
            return MergePreview(path, reader.sha256, reader.manifest, {}, (), merged)
        with database.reading() as session:
            tally = _Pass(session, reader, _peer(session, reader.manifest), write=False, progress=progress,
                          cancel=cancel).run()
        return MergePreview(path, reader.sha256, reader.manifest, tally.counts, tuple(tally.conflicts))


def _safe_stem(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_-]+", "-", Path(name).stem).strip("-")[:40] or "package"


def apply_merge(database: Database, preview: MergePreview, *, progress: Progress | None = None,
                cancel: threading.Event | None = None,
                clock: Callable[[], dt.datetime] = utc_now) -> MergeResult:
    """Merge the previewed package in one transaction after a backup; all or nothing."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled: nothing was merged.")
    name = preview.path.name
    if not preview.changes:
        log, notes = _log(database, preview.path, preview.sha256, preview.manifest, preview.counts,
                          preview.conflicts, clock(), None)
        return MergeResult(preview.path, preview.manifest, preview.counts, preview.conflicts, None, log, None, notes,
                           preview.merged_before)
    with PackageReader(preview.path) as reader:
        if reader.sha256 != preview.sha256:
            raise PackageRejected(f"{name} changed since it was checked; check it again before merging. Nothing "
                                  "was merged.")
        _check_schema(reader)
        backup = database.backup(f"before-merge-{_safe_stem(name)}") if database.path is not None else None
        return _merge_pass(database, reader, backup, progress=progress, cancel=cancel, clock=clock)


def _merge_pass(database: Database, reader: PackageReader, backup: Path | None, *, progress: Progress | None,
                cancel: threading.Event | None, clock: Callable[[], dt.datetime],
                drop_idle_backup: bool = False) -> MergeResult:
    """Read, verify, decide and write the whole package in one write transaction (the backup is made)."""
    name = reader.name
    now = clock()
    batch_id: uuid.UUID | None = None
    with unfinished(database.path, f"the merge of {name}"), database.writing(f"the merge of {name}") as session:
        peer = _peer(session, reader.manifest)
        store = photo_dir_for(database.path) if database.path is not None else None
        merge = _Pass(session, reader, peer, write=True, progress=progress, cancel=cancel, store=store)
        tally = merge.run()
        if _total(tally.counts, WRITES):
            mend_orphans(session)
        if not merge.rebuild:
            _rebuild_when_cheaper(session)
        elif _total({t: c for t, c in tally.counts.items() if t != "import_batches"}, WRITES):
            rebuild(session)
        if tally.records_written():
            batch_id = uuid.uuid4()
            session.execute(insert(ImportBatchRow), [{
                "id": batch_id, "file_name": name[:1024], "file_sha256": reader.sha256, "file_format": FORMAT,
                "imported_at": now, "records": tally.records_written()}])
        source = reader.manifest.database_id
        if source is not None and not peer.same_database and _total(tally.counts, WRITES):
            _note_exchange(session, source, reader.manifest.created_at, max(now, tally.newest or now))
    if tally.records_written() >= STATISTICS_AFTER:
        refresh_statistics(database)  # the server plans the next queries knowing the tables' new sizes
    if drop_idle_backup and not _total(tally.counts, WRITES):
        backup = None  # the caller deletes the backup of a merge that wrote nothing
    log, notes = _log(database, reader.path, reader.sha256, reader.manifest, tally.counts, tally.conflicts, now,
                      backup)
    if tally.missing_pictures:
        notes = (f"{tally.missing_pictures:,} photo{'s' if tally.missing_pictures != 1 else ''} came without "
                 "its picture (it was missing where the package was made); fieldlog check lists them.", *notes)
    return MergeResult(reader.path, reader.manifest, tally.counts, tuple(tally.conflicts), backup, log, batch_id,
                       notes)


def _later(first: Any, second: Any) -> Any:
    """The later of two times in SQL (SQLite's two-argument max() is not PostgreSQL's greatest())."""
    return case((first >= second, first), else_=second)


def mend_orphans(session: Session) -> None:
    """Records merged one by one can leave a live child under a deleted parent: one laptop deleted an event
    (or a site) while the other added to it. Both sides mend it alike, from the merged rows alone, so they
    still converge: a deleted event takes its activities, their items and the photos along, as a delete here does (same
    `deleted_at`, so restoring the event brings them back); a site that still has live events is live, as a
    site with events cannot be deleted here. Neither changes what the summary counts (it counts live events)."""
    events, activities, items, sites, photos = (_table(row) for row in (EventRow, ActivityRow, LitterItemRow,
                                                                         SiteRow, PhotoRow))
    for child, parent, link in ((activities, events, activities.c.event_id),
                                (items, activities, items.c.activity_id),
                                (photos, events, photos.c.event_id), (photos, activities, photos.c.activity_id)):
        gone = select(parent.c.deleted_at).where(parent.c.id == link).scalar_subquery()
        session.execute(update(child).where(child.c.deleted_at.is_(None), gone.is_not(None))
                        .values(deleted_at=gone, updated_at=_later(child.c.updated_at, gone))
                        .execution_options(synchronize_session=False))
    newest_event = (select(func.max(events.c.updated_at))
                    .where(events.c.site_id == sites.c.id, events.c.deleted_at.is_(None)).scalar_subquery())
    session.execute(update(sites).where(sites.c.deleted_at.is_not(None), newest_event.is_not(None))
                    .values(deleted_at=None, updated_at=_later(sites.c.updated_at, newest_event))
                    .execution_options(synchronize_session=False))


def merge_package(database: Database, path: Path, *, progress: Progress | None = None,
                  cancel: threading.Event | None = None,
                  clock: Callable[[], dt.datetime] = utc_now) -> MergeResult:
    """Merge a package in one pass (the command line's merge): read it once, verifying every member's hash
    and every row as it goes, deciding and writing in one transaction after a backup; all or nothing.

    A damaged member (its hash is checked at its end), a refused record or a cancel raises inside the
    transaction, which rolls back. The backup made before it is kept only when the merge wrote something:
    a merge that fails or finds nothing to write deletes it again (it is not rotated in until the merge has
    committed, so rotation never dropped an older backup for it), and a refused package leaves no file behind.
    """
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled: nothing was merged.")
    with PackageReader(path) as reader:
        _check_schema(reader)
        merged = _merged_before(database, reader.sha256)
        if merged is not None:
            return MergeResult(path, reader.manifest, {}, (), None, None, None, merged_before=merged)
        if database.path is None or database.backup_dir is None:
            return _merge_pass(database, reader, None, progress=progress, cancel=cancel, clock=clock)
        changed, folder = database.changed_since_backup, database.backup_dir
        made_folder = not folder.exists()
        backup = backup_sqlite(database.path, database.backup_dir, f"before-merge-{_safe_stem(path.name)}",
                               rotate=False)
        try:
            result = _merge_pass(database, reader, backup, progress=progress, cancel=cancel, clock=clock,
                                 drop_idle_backup=True)
        except BaseException:
            _drop_backup(backup, made_folder)
            raise
    if result.backup is None:  # nothing was written: the database is as it was, and so is its backup state
        _drop_backup(backup, made_folder)
        database.changed_since_backup = changed
    else:  # committed after the backup (writing() marked the database changed since it)
        rotate_backups(database.backup_dir, database.path.stem)
    return result


def _merged_before(database: Database, sha256: str) -> dt.datetime | None:
    """When this very package file was merged into this database (a batch of its SHA-256), or None.

    Merging the same bytes again can write nothing: every record here is the package's copy or one changed
    since (newer, so it wins), and a deletion here is newer than the copy it deleted. So the one-pass merge
    skips reading a package it has merged already (a coordinator importing a laptop's file twice). A backup
    restored from before that merge has no such batch, and merges it whole again."""
    with database.reading() as session:
        return session.scalar(select(func.max(ImportBatchRow.imported_at)).where(
            ImportBatchRow.file_sha256 == sha256, ImportBatchRow.file_format == FORMAT))


REBUILD_AT = 2000  # touched events from which recomputing the whole rollup may beat refreshing groups


def _rebuild_when_cheaper(session: Session) -> None:
    """When a merge touched a large share of all events (a first merge into a new database, say), recompute
    the whole rollup in a few set queries instead of refreshing its groups one by one (half the time)."""
    rollup = rollup_of(session)
    if len(rollup.events) < REBUILD_AT:
        return
    events = int(session.scalar(select(func.count()).select_from(EventRow)) or 0)
    if len(rollup.events) * 3 >= events:
        rebuild(session)
        rollup.events.clear()  # nothing left for the refresh at commit: the rebuild covered every group
        rollup.groups_before.clear()


def _note_exchange(session: Session, source: uuid.UUID, made: dt.datetime, through: dt.datetime) -> None:
    _, exchanges = _settings(session)
    old = exchanges.get(source)
    if old is not None:
        made, through = max(made, old.package_made), max(through, old.merged_through)
    session.merge(SettingRow(key=f"{EXCHANGE_PREFIX}{source}", value=json.dumps(
        {"package_made": made.isoformat(), "merged_through": through.isoformat()})))


def _drop_backup(backup: Path, made_folder: bool) -> None:
    """Delete the backup of a merge that changed nothing (and the backups folder, when it made it)."""
    with contextlib.suppress(OSError):
        backup.unlink(missing_ok=True)
        if made_folder:
            backup.parent.rmdir()


def merge_log_dir(database: Database) -> Path:
    """Where merge logs go: `merge-logs/` beside the database file; for a server database, which has no
    folder of its own, `merge-logs/<database>@<host>/` in the user data folder (beside its backups)."""
    if database.path is not None:
        return database.path.parent / "merge-logs"
    from platformdirs import user_data_path

    return user_data_path(fieldlog.APP_NAME, appauthor=False) / "merge-logs" / database_label(database.url)


def _text(value: Any) -> str:
    if value is None:
        return "(empty)"
    return repr(value) if isinstance(value, str) else str(value)


def _log(database: Database, path: Path, sha256: str, manifest: Manifest, counts: Counts,
         conflicts: Sequence[Conflict], now: dt.datetime, backup: Path | None) -> tuple[Path | None, tuple[str, ...]]:
    """Write the merge log (what was merged, every conflict and how it was resolved); returns its path."""
    folder = merge_log_dir(database)
    if not conflicts and not _total(counts, WRITES):
        return None, ()
    stem = f"{now:%Y%m%dT%H%M%S}-{_safe_stem(path.name)}"
    target = folder / f"{stem}.txt"
    number = 1
    while target.exists():  # never over an earlier merge's log
        number += 1
        target = folder / f"{stem}-{number}.txt"
    lines = [f"fieldlog merge of {path} (SHA-256 {sha256}) into {database.display_name}",
             f"merged at {now:%Y-%m-%d %H:%M:%S} UTC by fieldlog {fieldlog.__version__}",
             f"package made at {manifest.created_at:%Y-%m-%d %H:%M:%S} UTC by fieldlog {manifest.app_version}, "
             f"database {manifest.database_id or 'unknown'}"]
    if backup is not None:
        lines.append(f"backup before the merge: {backup}")
    lines += ["", *_summary(path.name, manifest, counts, conflicts[:0], done=True)[1:], ""]
    lines.append(f"{len(conflicts):,} conflicts (changed on both sides since the databases last exchanged; "
                 "the newer change was kept):")
    for conflict in conflicts:
        noun = _NOUNS.get(conflict.table, (conflict.table,))[0]
        kept = "kept this database's copy" if conflict.winner == "here" else "took the package's copy"
        lines.append(f"- {noun} {conflict.record_id} '{conflict.label}': changed here "
                     f"{conflict.here_updated_at:%Y-%m-%d %H:%M:%S}, in the package "
                     f"{conflict.package_updated_at:%Y-%m-%d %H:%M:%S} UTC; {kept}")
        for name in conflict.fields:
            lines.append(f"    {name}: here {_text(conflict.here.get(name))}, "
                         f"package {_text(conflict.package.get(name))}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with atomic_path(target) as partial:
            partial.write_text("\n".join(lines) + "\n", encoding="utf-8")
    except OSError as error:
        return None, (f"The merge log could not be written to {folder} ({error.strerror or error}); the merge "
                      "itself is complete.",)
    return target, ()
