"""Copying a whole database into another: an SQLite file into a PostgreSQL database, or back, or between files.

What is copied: every record table (import batches, sites, events, activities, litter items, photos), every
column of every row, tombstones, bookkeeping times and provenance included, with the same ids. Not copied:
the species checklist (shipped with fieldlog; opening a database loads it), the summary rollup (rebuilt on
the target from the copied records, in the same transaction), and `app_settings` (facts about one database
itself: its exchange id and notes, which checklist it holds, warnings already given).

How (both ends already opened, so migrated to this version's schema and checked, by `open_store`): the source
is read in one snapshot (a REPEATABLE READ transaction on a server), a table at a time, parents first, streamed
in chunks; the target is written in one write transaction, so a failure, a lost connection or a cancel anywhere
leaves it as it was.

A target that already holds records is merged into by id, with the exchange package's rule: a record the
target lacks is added (a tombstone too); an identical one is left alone; of two different copies the one
changed last (`updated_at`) wins, equal times falling to the fuller copy, then the larger content hash. So
copying into an empty database reproduces the source exactly, copying again changes nothing, copying a newer
source over an older copy brings the copy up to date (deletions included), an edit made on the target after
the source's own is never silently reverted (it is counted as kept), and records only the target holds are
never deleted (they are counted). An SQLite target that held records is backed up first, as before a merge.

Pictures (the files photo rows name) live beside an SQLite file (services/photos.py). File to file, they are
copied into the target's photo store before the rows (checked against their SHA-256 and renamed into place, so
a row never names a half-written picture); a copy that fails removes the pictures it added that no row names.
A server database holds no pictures: copying onto one leaves them in the source's folder, copying from one
finds whatever the target's folder has; the report counts both.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    Table,
    Uuid,
    any_,
    bindparam,
    create_engine,
    func,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.engine import URL
from sqlalchemy.exc import ArgumentError, DataError, DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from fieldlog.db.backup import backup_sqlite, rotate_backups
from fieldlog.db.bulk import insert_rows
from fieldlog.db.mapping import misfit
from fieldlog.db.rollup import rebuild
from fieldlog.db.store import (
    Database,
    database_url,
    preflight_server,
    scrub_password,
    server_name,
    storage_error,
)
from fieldlog.db.tables import ActivityRow, Base, EventRow, ImportBatchRow, LitterItemRow, PhotoRow, SiteRow
from fieldlog.db.unfinished import unfinished
from fieldlog.domain.errors import DatabaseProblem
from fieldlog.io.files import file_chunks
from fieldlog.io.package import canonical_hash
from fieldlog.services.exchange import mend_orphans
from fieldlog.services.photos import photo_dir_for, store_file
from fieldlog.services.records import Cancelled

__all__ = ["CopyRefused", "CopyReport", "TableCopy", "check_copy_ends", "copy_database"]

CHUNK = 2000  # rows read, looked up and written at a time: bounded memory whatever the size of a table
Progress = Callable[[int, int], None]  # (records done, records in all)

# Parents before children, so every reference a row makes already resolves on the target.
_TABLES: tuple[Table, ...] = tuple(Base.metadata.tables[row.__tablename__] for row in (
    ImportBatchRow, SiteRow, EventRow, ActivityRow, LitterItemRow, PhotoRow))
_NOUNS = {"import_batches": ("import batch", "import batches"), "sites": ("site", "sites"),
          "events": ("event", "events"), "activities": ("activity", "activities"),
          "litter_items": ("litter item", "litter items"), "photos": ("photo", "photos")}
_SHOWN = ("sites", "events", "activities", "litter_items", "photos", "import_batches")  # order of the report
_SUMMARIZED = frozenset({"sites", "events", "activities", "litter_items"})  # what the summary rollup adds up


class CopyRefused(DatabaseProblem):
    """The copy was refused before anything was opened or written: the same database twice, or no source."""

    exit_status = 2


@dataclass(frozen=True, slots=True)
class TableCopy:
    """What the copy did with one table's rows."""

    table: str
    source_rows: int
    added: int = 0  # not in the target: added (deleted ones as tombstones)
    updated: int = 0  # the source's copy was newer: it replaced the target's
    unchanged: int = 0  # identical in both
    kept: int = 0  # the target's copy was newer (changed after the source's): left as it was
    target_only: int = 0  # rows the target holds and the source does not: left as they were

    @property
    def written(self) -> int:
        """Rows written to the target."""
        return self.added + self.updated


@dataclass(frozen=True, slots=True)
class CopyReport:
    """What `copy_database` did; the target was written in one transaction (all of this, or nothing)."""

    source: str  # display names: a path, or a URL without its password
    target: str
    tables: tuple[TableCopy, ...]
    backup: Path | None = None  # the SQLite target's backup, made before it was written to
    pictures_copied: int = 0  # picture files copied into the target's photo store
    pictures_present: int = 0  # already there
    pictures_left_behind: int = 0  # in the source's folder: a server target cannot hold them
    pictures_missing: int = 0  # named by a photo row but in neither store (nor intact)
    picture_folder: Path | None = None  # the photo store the picture counts are about
    seconds: float = 0.0

    def table(self, name: str) -> TableCopy:
        """The counts of one table ("sites", "events", ...)."""
        return next(copied for copied in self.tables if copied.table == name)

    def total(self, what: str) -> int:
        """One count (a TableCopy field, or "written") added up over every table."""
        return sum(int(getattr(copied, what)) for copied in self.tables)

    def summary_lines(self) -> list[str]:
        """The copy in a few lines of plain words; the first says what was copied from where to where."""
        copied = [_count(self.table(name).source_rows, *_NOUNS[name]) for name in _SHOWN
                  if self.table(name).source_rows]
        if not copied:
            lines = [f"{self.source} holds no records: nothing was copied to {self.target}."]
        else:
            lines = [f"Copied {_joined(copied)} from {self.source} to {self.target}."]
        written, unchanged = self.total("written"), self.total("unchanged")
        if copied and not written:
            lines.append(f"Nothing was written: {'all ' if not self.total('kept') else ''}"
                         f"{unchanged:,} were already there, unchanged.")
        elif written:
            parts = [_count(self.total("added"), "record", "records") + " added"]
            if updated := self.total("updated"):
                parts.append(f"{updated:,} updated (the source's copy was newer)")
            if unchanged:
                parts.append(f"{unchanged:,} already there unchanged")
            lines.append(_joined(parts) + ".")
        if kept := self.total("kept"):
            lines.append(f"{_count(kept, 'record', 'records')} left as {'it is' if kept == 1 else 'they are'} in "
                         f"{self.target}: changed there after the source's copy (the newer change wins).")
        if only := self.total("target_only"):
            lines.append(f"{self.target} also holds {_count(only, 'record', 'records')} that {self.source} does not; "
                         f"{'it was' if only == 1 else 'they were'} left as {'it was' if only == 1 else 'they were'}.")
        lines += self._picture_lines()
        if self.backup is not None:
            lines.append(f"Backup of {self.target} made before the copy: {self.backup}")
        return lines

    def _picture_lines(self) -> list[str]:
        lines = []
        folder = self.picture_folder
        if self.pictures_copied or self.pictures_present:
            lines.append(f"Pictures: {_count(self.pictures_copied, 'picture', 'pictures')} copied to {folder}, "
                         f"{self.pictures_present:,} already there.")
        if self.pictures_left_behind:
            lines.append(f"{_count(self.pictures_left_behind, 'picture', 'pictures')} of the photos stay in {folder}: "
                         "a server database cannot hold pictures yet (the photo records were copied).")
        if self.pictures_missing:
            lines.append(f"{_count(self.pictures_missing, 'picture', 'pictures')} of the copied photos "
                         f"{'is' if self.pictures_missing == 1 else 'are'} not in {folder}; `fieldlog check` on "
                         f"{self.target} lists them.")
        return lines


def _count(number: int, one: str, many: str) -> str:
    return f"{number:,} {one if number == 1 else many}"


def _joined(parts: Sequence[str]) -> str:
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# -- before opening -------------------------------------------------------------------------------------

def _place(url: URL) -> tuple[str, str, int | None, str, str]:
    """Where a server database lives, whoever logs in: the same place is the same database."""
    socket = url.query.get("host", "")
    return (url.get_backend_name(), url.host or "", url.port, url.database or "",
            socket if isinstance(socket, str) else ",".join(socket))


def check_copy_ends(source: str | Path, target: str | Path) -> None:
    """Refuse, before either is opened, a copy of a database onto itself or from a database that does not exist.

    Opening creates a database that is not there; the source must not be created (a mistyped path would copy
    nothing and say it did). A server source that holds no fieldlog tables is refused for the same reason.
    """
    source_url, source_path = database_url(source)  # DatabaseProblem for a URL that cannot be read
    target_url, target_path = database_url(target)
    if source_path is not None and target_path is not None:
        same = source_path.resolve() == target_path.resolve()
        with contextlib.suppress(OSError):
            same = same or os.path.samefile(source_path, target_path)
        if same:
            raise CopyRefused(f"--from and --to name the same database ({source_path}): nothing to copy.")
    elif source_path is None and target_path is None and _place(source_url) == _place(target_url):
        raise CopyRefused(f"--from and --to name the same database ({server_name(target_url)}): nothing to copy.")
    if source_path is not None:
        if not source_path.is_file():
            raise CopyRefused(f"There is no database file {source_path} to copy from.")
        return
    try:
        engine = create_engine(source_url, poolclass=NullPool)
    except (ImportError, ArgumentError):
        return  # opening it says what is wrong, in the same words as for --db
    try:
        if preflight_server(engine).revision is None:
            raise CopyRefused(f"{server_name(source_url)} holds no fieldlog database (it has no fieldlog tables): "
                              "nothing to copy from it. Nothing was changed.")
    finally:
        engine.dispose()


def _identity(database: Database) -> tuple[Any, ...]:
    """What tells two open databases apart: the file, or the server's cluster id and the database's name."""
    if database.path is not None:
        try:
            stat = database.path.stat()
            return ("file", stat.st_dev, stat.st_ino)
        except OSError:
            return ("file", str(database.path.resolve()))
    with contextlib.suppress(DBAPIError), database.engine.connect() as connection:
        # Every user may read the cluster's id; two URLs for one server (a name and an address, a socket
        # and localhost) then still compare equal.
        row = connection.execute(text("SELECT (SELECT system_identifier FROM pg_control_system()), "
                                      "current_database()")).one()
        return ("server", *row)
    return ("server", *_place(database.url))


# -- reading the source and writing the target ----------------------------------------------------------

class _Failure:
    """Turns a driver's error on one end into a message without its password."""

    def __init__(self, source: Database, target: Database) -> None:
        self.source, self.target = source, target

    def _scrubbed(self, message: str) -> str:
        for database in (self.source, self.target):
            if database.path is None:
                message = scrub_password(message, database.url)
        return message

    def _detail(self, error: DBAPIError) -> str:
        return " ".join(str(error.orig or error).split())

    def reading(self, error: DBAPIError) -> DatabaseProblem:
        if self.source.path is None and error.connection_invalidated:
            what = f"the connection to {self.source.display_name} was lost"
        else:
            what = f"{self.source.display_name} could not be read"
        return DatabaseProblem(self._scrubbed(f"The copy failed: {what} ({self._detail(error)}). Nothing was "
                                              f"copied; {self.target.display_name} is as it was."))

    def check_fits(self, table: Table, rows: list[dict[str, Any]]) -> None:
        """Refuse, naming it, a row a server would refuse: SQLite keeps a text longer than its column's length,
        and whole numbers beyond 32 bits, as they are; PostgreSQL enforces both."""
        for row in rows:
            for column in table.columns:
                if row[column.name] is not None and (problem := misfit(column, row[column.name])) is not None:
                    raise DatabaseProblem(self._scrubbed(
                        f"The copy failed: the {column.name.replace('_', ' ')} of {_NOUNS[table.name][0]} "
                        f"{row['id']} in {self.source.display_name} {problem} in {self.target.display_name}. "
                        "Correct it and copy again; nothing was copied."))

    def writing(self, error: DBAPIError, table: str | None) -> DatabaseProblem:
        name = self.target.display_name
        if isinstance(error, (IntegrityError, DataError)) and table is not None:
            message = (f"The copy failed: {name} refused one of the {_NOUNS[table][1]} of "
                       f"{self.source.display_name} ({self._detail(error)}). Nothing was copied.")
        elif self.target.path is None and error.connection_invalidated:
            message = (f"The copy failed: the connection to {name} was lost ({self._detail(error)}). Nothing was "
                       "copied: the server undoes an unfinished transaction.")
        elif self.target.path is not None:
            message = str(storage_error(error, f"the copy from {self.source.display_name}"))
        else:
            message = f"The copy failed: {name} refused it ({self._detail(error)}). Nothing was copied."
        return DatabaseProblem(self._scrubbed(message))


@contextlib.contextmanager
def _snapshot(source: Database, failure: _Failure) -> Iterator[Connection]:
    """One consistent read of the whole source: every table as it was at one moment."""
    with source.reading() as session:
        # SQLite's read transaction (BEGIN, WAL) is a snapshot already; PostgreSQL's default READ COMMITTED
        # would let a table read later see a child whose parent, read earlier, did not exist yet.
        options = {"isolation_level": "REPEATABLE READ"} if source.engine.dialect.name == "postgresql" else {}
        try:
            connection = session.connection(execution_options=options)
            if options:
                connection.execute(text("SET TRANSACTION READ ONLY"))
        except DBAPIError as error:
            raise failure.reading(error) from error
        yield connection


def _source_chunks(connection: Connection, table: Table, failure: _Failure) -> Iterator[list[dict[str, Any]]]:
    """A table's rows, a chunk at a time (a server streams them through a server-side cursor)."""
    try:
        result = connection.execute(select(table).execution_options(yield_per=CHUNK))
        names = tuple(result.keys())
        for partition in result.partitions():
            yield [dict(zip(names, row, strict=True)) for row in partition]
    except DBAPIError as error:
        raise failure.reading(error) from error


def _fuller(row: dict[str, Any]) -> tuple[int, str]:
    return sum(value is not None for value in row.values()), canonical_hash(row)


def _source_wins(source: dict[str, Any], target: dict[str, Any]) -> bool:
    """The exchange package's rule, so that a copy and a merge agree: the later change, then the fuller copy,
    then the larger hash of the content."""
    if source["updated_at"] != target["updated_at"]:
        return bool(source["updated_at"] > target["updated_at"])
    return _fuller(source) > _fuller(target)


@dataclass
class _Tally:
    source_rows: int
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: int = 0

    def frozen(self, table: str, target_only: int) -> TableCopy:
        return TableCopy(table, self.source_rows, self.added, self.updated, self.unchanged, self.kept, target_only)


@dataclass
class _Copy:
    """One pass over the source, writing into the target's transaction."""

    session: Session
    failure: _Failure
    progress: Progress | None
    cancel: threading.Event | None
    total: int
    done: int = 0
    pictures: dict[str, str] = field(default_factory=dict)  # sha256 -> extension of the source's photo rows

    def check_cancel(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled("Cancelled: nothing was copied.")

    def table(self, source: Connection, table: Table, source_rows: int) -> TableCopy:
        """Copy one table; the source's errors arrive as DatabaseProblem already, the target's are worded here."""
        try:
            return self._table(source, table, source_rows)
        except DBAPIError as error:
            raise self.failure.writing(error, table.name) from error

    def _table(self, source: Connection, table: Table, source_rows: int) -> TableCopy:
        target = self.session.connection()
        empty = target.scalar(select(table.c.id).limit(1)) is None  # then there is nothing to look up
        tally = _Tally(source_rows)
        for chunk in _source_chunks(source, table, self.failure):
            self.check_cancel()
            if table.name == "photos":
                self.pictures.update((row["sha256"], row["extension"]) for row in chunk)
            self._chunk(target, table, chunk, tally, empty)
            self.done += len(chunk)
            if self.progress is not None:
                self.progress(self.done, self.total)
        stored = int(target.scalar(select(func.count()).select_from(table)) or 0)
        # Every source row's id is in the target now, so the rest are the target's own.
        return tally.frozen(table.name, stored - tally.source_rows)

    def _chunk(self, target: Connection, table: Table, chunk: list[dict[str, Any]], tally: _Tally,
               empty: bool) -> None:
        if target.dialect.name == "postgresql":
            self.failure.check_fits(table, chunk)
        here: dict[uuid.UUID, dict[str, Any]] = {}
        if not empty:
            result = target.execute(select(table).where(_among(target, table, [row["id"] for row in chunk])))
            keys = tuple(result.keys())
            here = {row.id: dict(zip(keys, row, strict=True)) for row in result}
        inserts: list[dict[str, Any]] = []
        updates: list[dict[str, Any]] = []
        for row in chunk:
            stored = here.get(row["id"])
            if stored is None:
                inserts.append(row)
            elif stored == row:
                tally.unchanged += 1
            elif table.name != "import_batches" and _source_wins(row, stored):  # a batch is written once
                updates.append(row)
            else:
                tally.kept += 1
        if inserts:
            insert_rows(target, table, inserts)
            tally.added += len(inserts)
        if updates:
            names = [column.name for column in table.columns if column.name != "id"]
            target.execute(update(table).where(table.c.id == bindparam("_id"))
                           .values({name: bindparam(name) for name in names}),
                           [{**{name: row[name] for name in names}, "_id": row["id"]} for row in updates])
            tally.updated += len(updates)


def _among(connection: Connection, table: Table, ids: list[uuid.UUID]) -> ColumnElement[bool]:
    """`id IN (ids)`; on PostgreSQL `id = ANY(array)`, one parameter instead of thousands for psycopg to parse."""
    if connection.dialect.name == "postgresql":
        return table.c.id == any_(bindparam("ids", ids, type_=postgresql.ARRAY(Uuid)))
    return table.c.id.in_(ids)


def _holds_records(database: Database) -> bool:
    with database.reading() as session:
        return any(session.scalar(select(table.c.id).limit(1)) is not None for table in _TABLES)


# -- pictures -------------------------------------------------------------------------------------------

def _pictures_named(database: Database) -> dict[str, str]:
    """sha256 -> extension of every picture the database's photo rows name (deleted ones too: a restored
    photo needs its picture)."""
    with database.reading() as session:
        return {sha: extension for sha, extension in session.execute(
            select(PhotoRow.sha256, PhotoRow.extension).distinct())}


@dataclass
class _Pictures:
    """Pictures copied from one photo store into another, and which of them this copy added."""

    source: Path
    target: Path
    copied: int = 0
    present: int = 0
    missing: int = 0
    added: list[Path] = field(default_factory=list)
    done: set[str] = field(default_factory=set)

    def copy(self, pictures: dict[str, str], cancel: threading.Event | None) -> None:
        for sha, extension in sorted(pictures.items()):
            if sha in self.done:
                continue
            if cancel is not None and cancel.is_set():
                raise Cancelled("Cancelled: nothing was copied.")
            self.done.add(sha)
            name = f"{sha}.{extension}"
            final = self.target / name
            if final.is_file():  # pictures never change: one stored under its hash is that picture
                self.present += 1
                continue
            original = self.source / name
            if not original.is_file():
                self.missing += 1
                continue
            got = store_file(self.target, file_chunks(original), extension, str(original))
            if got != sha:  # the source's copy is damaged: not the picture its rows name
                (self.target / f"{got}.{extension}").unlink(missing_ok=True)
                self.missing += 1
                continue
            self.added.append(final)
            self.copied += 1

    def forget(self, target: Database) -> None:
        """After a failed copy: remove the pictures this copy added that no photo row of the target names."""
        if not self.added:
            return
        with contextlib.suppress(Exception):  # cleaning up must not hide the failure itself
            named = _pictures_named(target)
            for path in self.added:
                if path.name.split(".")[0] not in named:
                    path.unlink(missing_ok=True)


def _missing_pictures(folder: Path, pictures: dict[str, str]) -> int:
    return sum(not (folder / f"{sha}.{extension}").is_file() for sha, extension in pictures.items())


# -- the use case ---------------------------------------------------------------------------------------

def copy_database(source: Database, target: Database, *, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> CopyReport:
    """Copy every record of `source` into `target` in one transaction (merging by id, the newer copy winning)."""
    started = time.monotonic()
    if _identity(source) == _identity(target):
        raise CopyRefused(f"{source.display_name} and {target.display_name} are the same database: nothing to copy.")
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled: nothing was copied.")
    failure = _Failure(source, target)
    pictures: _Pictures | None = None
    if source.path is not None and target.path is not None:
        pictures = _Pictures(photo_dir_for(source.path), photo_dir_for(target.path))
    backup: Path | None = None
    changed = target.changed_since_backup
    try:
        if pictures is not None:
            # Before the rows: a committed row never names a picture that is not in the store yet.
            pictures.copy(_pictures_named(source), cancel)
        if target.path is not None and target.backup_dir is not None and _holds_records(target):
            backup = backup_sqlite(target.path, target.backup_dir, "before-copy", rotate=False)
        tables, named = _copy_rows(source, target, failure, progress, cancel)
    except BaseException:
        if pictures is not None:
            pictures.forget(target)
        if backup is not None:
            backup.unlink(missing_ok=True)
        raise
    if not any(copied.written for copied in tables):
        # Nothing was written: the database is as it was, and so is whether it needs a backup; the one made
        # before the copy is the database as it still is.
        target.changed_since_backup = changed
        if backup is not None:
            backup.unlink(missing_ok=True)
            backup = None
    elif backup is not None and target.backup_dir is not None and target.path is not None:
        rotate_backups(target.backup_dir, target.path.stem)  # kept out of rotation until the copy committed
    report = CopyReport(source.display_name, target.display_name, tuple(tables), backup)
    if pictures is not None:
        pictures.copy(named, None)  # photos added to the source while the pictures were being copied
        report = _with_pictures(report, pictures.target, copied=pictures.copied, present=pictures.present,
                                missing=pictures.missing)
    elif source.path is not None and named:  # onto a server: the pictures stay where they are
        folder = photo_dir_for(source.path)
        report = _with_pictures(report, folder, left_behind=len(named) - _missing_pictures(folder, named))
    elif target.path is not None and named:  # from a server: whatever the target's folder already holds
        folder = photo_dir_for(target.path)
        report = _with_pictures(report, folder, missing=_missing_pictures(folder, named))
    return _with_seconds(report, time.monotonic() - started)


def _copy_rows(source: Database, target: Database, failure: _Failure, progress: Progress | None,
               cancel: threading.Event | None) -> tuple[list[TableCopy], dict[str, str]]:
    """The rows, in one read of the source and one write transaction on the target."""
    what = f"the copy from {source.display_name}"
    with _snapshot(source, failure) as reading:
        try:
            counts = {table.name: int(reading.scalar(select(func.count()).select_from(table)) or 0)
                      for table in _TABLES}
        except DBAPIError as error:
            raise failure.reading(error) from error
        with unfinished(target.path, what), target.writing(what) as session:
            had_records = _holds_records_in(session)
            copy = _Copy(session, failure, progress, cancel, sum(counts.values()))
            tables = [copy.table(reading, table, counts[table.name]) for table in _TABLES]
            copy.check_cancel()
            try:
                if had_records and any(copied.written for copied in tables):
                    # Merged one by one, rows can leave a live child under a deleted parent; mended as a
                    # package merge mends them, so copies and merges converge.
                    mend_orphans(session)
                if any(copied.written for copied in tables if copied.table in _SUMMARIZED):
                    if target.engine.dialect.name == "postgresql":
                        # Tables just filled have no statistics yet: without them the planner chose plans
                        # that made the rebuild take 15 s instead of 4 s for 36,000 records.
                        session.execute(text("ANALYZE " + ", ".join(
                            table.name for table in _TABLES if table.name in _SUMMARIZED)))
                    rebuild(session)  # the summary totals, from the records as they now are
            except DBAPIError as error:
                raise failure.writing(error, None) from error
    return tables, copy.pictures


def _holds_records_in(session: Session) -> bool:
    return any(session.scalar(select(table.c.id).limit(1)) is not None for table in _TABLES)


def _with_pictures(report: CopyReport, folder: Path, *, copied: int = 0, present: int = 0, left_behind: int = 0,
                   missing: int = 0) -> CopyReport:
    return replace(report, picture_folder=folder, pictures_copied=copied, pictures_present=present,
                   pictures_left_behind=left_behind, pictures_missing=missing)


def _with_seconds(report: CopyReport, seconds: float) -> CopyReport:
    return replace(report, seconds=seconds)

