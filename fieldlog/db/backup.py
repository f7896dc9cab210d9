"""Online backups of an SQLite database: the backup API into a temporary file, checked, then renamed.

A backup is named `<database stem>-<UTC time>-<reason>.db` in the `backups/` folder beside the
database. While it is written it is `<that name>.<process id>.tmp`; only a complete, checked, fsynced
file gets the final name, so a crash never leaves a half-written file that looks like a backup.
After each backup the folder is rotated (`backups_to_keep`) and the `.tmp` leftovers of crashed
processes are removed.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
import re
import sqlite3
import threading
import time
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path

from fieldlog.db.lock import pid_alive
from fieldlog.domain.errors import DatabaseProblem, StorageFull
from fieldlog.domain.units import byte_size_text

BACKUP_SUFFIX = ".db"
PARTIAL_SUFFIX = ".tmp"
STAMP_FORMAT = "%Y%m%dT%H%M%S%fZ"
# stem-20260521T101500123456Z-reason.db; the stem may hold dashes, the stamp pins the split
BACKUP_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{12}Z)-(?P<reason>[A-Za-z0-9_-]+)\.db$")
PARTIAL_NAME = re.compile(r"^(?P<final>.+\.db)\.(?P<pid>\d+)\.tmp$")
# A `.tmp` without a process id (an older fieldlog's) is removed once it is surely abandoned.
ORPHAN_AGE_S = 3600.0

_writing: set[Path] = set()  # this process's backups in progress (their `.tmp` must not be cleaned)
_writing_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class RetentionPolicy:
    """Which backups rotation keeps: the newest few, and the newest of each recent day, week and month."""

    newest: int = 10
    daily: int = 7
    weekly: int = 4
    monthly: int = 6


DEFAULT_POLICY = RetentionPolicy()


@dataclass(frozen=True, slots=True)
class BackupInfo:
    """One complete backup file and what is in it (counts are None when they cannot be read)."""

    path: Path
    database: str  # the stem of the database it was made of
    created: dt.datetime  # UTC, from the name
    reason: str
    size: int
    events: int | None = None
    activities: int | None = None

    @property
    def label(self) -> str:
        """A one-line description for a list a person chooses from."""
        counts = ("?" if self.events is None else f"{self.events:,}", "?" if self.activities is None
                  else f"{self.activities:,}")
        return (f"{self.created:%Y-%m-%d %H:%M:%S} UTC  {self.reason}  {counts[0]} events, {counts[1]} activities, "
                f"{byte_size_text(self.size)}")


def slug(reason: str) -> str:
    """A reason as it appears in a backup's name: letters, digits, `_` and `-` only."""
    return re.sub(r"[^A-Za-z0-9_]+", "-", reason).strip("-")[:80] or "backup"


def parse_backup_name(name: str) -> tuple[str, dt.datetime, str] | None:
    """(database stem, UTC time, reason) of a backup file name fieldlog made, else None."""
    match = BACKUP_NAME.match(name)
    if match is None:
        return None
    try:
        stamp = dt.datetime.strptime(match["stamp"], STAMP_FORMAT).replace(tzinfo=dt.UTC)
    except ValueError:
        return None
    return match["stem"], stamp, match["reason"]


def _fsync_dir(folder: Path) -> None:
    if os.name == "nt":
        return  # directories cannot be opened for fsync on Windows; NTFS journals the rename
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def verdict_text(rows: Iterable[Iterable[object]]) -> str:
    """SQLite's integrity or quick check result in a few words: "ok", or its first two findings."""
    # SQLite may put hundreds of lines into one row: the first two tell a person enough.
    lines = [line.strip() for row in rows for line in str(next(iter(row))).splitlines()
             if line.strip() and not line.startswith("***")]
    return "; ".join(lines[:2]) + ("; …" if len(lines) > 2 else "")


def integrity_verdict(path: Path) -> str:
    """`PRAGMA integrity_check` of an SQLite file, read-only; "ok" when the file is intact."""
    connection = sqlite3.connect(readonly_uri(path), uri=True)
    try:
        return verdict_text(connection.execute("PRAGMA integrity_check").fetchmany(100))
    finally:
        connection.close()


def readonly_uri(path: Path) -> str:
    """The URI that opens an SQLite file read-only."""
    return f"{path.resolve().as_uri()}?mode=ro"


def copy_database(source: Path, target: Path) -> str:
    """Copy SQLite file `source` (with its WAL) into the new file `target` with the backup API.

    Returns SQLite's `integrity_check` verdict of the copy ("ok" when good). The copy is a single
    self-contained file in rollback-journal mode: no `-wal` beside it.
    """
    src = sqlite3.connect(readonly_uri(source), uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
            verdict = verdict_text(dst.execute("PRAGMA integrity_check").fetchmany(100))
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    return verdict


def fsync_file(path: Path) -> None:
    """Flush a file's content to the disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def backup_sqlite(source: Path, backup_dir: Path, reason: str, *, rotate: bool = True) -> Path:
    """Copy the live database `source` into `backup_dir` with SQLite's backup API; return the new file.

    The copy is written as `*.<pid>.tmp`, verified with integrity_check, fsynced and only then renamed.
    Then the folder is rotated: older backups of this database beyond the retention policy go.
    """
    try:
        backup_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        if disk_full(error):
            raise _no_room(source, backup_dir) from error
        raise DatabaseProblem(f"Could not create the backups folder {backup_dir}: {error.strerror or error}") from error
    now = dt.datetime.now(dt.UTC)
    while True:  # a name of its own even when two backups fall in one clock tick
        final = backup_dir / f"{source.stem}-{now.strftime(STAMP_FORMAT)}-{slug(reason)}{BACKUP_SUFFIX}"
        if not final.exists():
            break
        now += dt.timedelta(microseconds=1)
    partial = final.with_name(f"{final.name}.{os.getpid()}{PARTIAL_SUFFIX}")
    with _writing_lock:
        _writing.add(partial)
    try:
        verdict = copy_database(source, partial)
        if verdict != "ok":
            raise DatabaseProblem(f"The backup of {source} failed its integrity check ({verdict}); "
                                  "the database itself may be damaged: run `fieldlog check`.")
        fsync_file(partial)
        os.replace(partial, final)
        _fsync_dir(backup_dir)
    except sqlite3.Error as error:
        if disk_full(error):
            raise _no_room(source, backup_dir) from error
        raise DatabaseProblem(f"Could not back up {source} into {backup_dir}: {error}") from error
    except OSError as error:
        if disk_full(error):
            raise _no_room(source, backup_dir) from error
        raise DatabaseProblem(f"Could not write a backup into {backup_dir}: {error.strerror or error}") from error
    finally:
        partial.unlink(missing_ok=True)
        with _writing_lock:
            _writing.discard(partial)
    if rotate:
        rotate_backups(backup_dir, source.stem)
    return final


def disk_full(error: BaseException) -> bool:
    """True when SQLite or the system said that the disk (or the user's quota) is full."""
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    if isinstance(error, sqlite3.Error):
        code = getattr(error, "sqlite_errorcode", None)  # Python 3.11+
        return code == sqlite3.SQLITE_FULL or "disk is full" in str(error).lower()
    return False


def _no_room(source: Path, backup_dir: Path) -> StorageFull:
    # The partial copy is removed by the caller's `finally`; the database itself was only read.
    return StorageFull(f"The disk is full: the backup of {source} could not be written into {backup_dir}. "
                       "Nothing was changed. Free some space and try again.")


def _period_keys(policy: RetentionPolicy) -> list[tuple[int, Callable[[dt.datetime], Hashable]]]:
    return [(policy.daily, lambda t: t.date()),
            (policy.weekly, lambda t: t.isocalendar()[:2]),
            (policy.monthly, lambda t: (t.year, t.month))]


def backups_to_keep(stamps: Iterable[dt.datetime], policy: RetentionPolicy = DEFAULT_POLICY) -> set[dt.datetime]:
    """The backup times rotation keeps (a pure function of the times, for tests with made-up ones).

    The newest `policy.newest`, plus the newest of each of the most recent `daily` days, `weekly` ISO
    weeks and `monthly` months that have a backup (UTC periods). Counting periods that have a backup
    (not calendar periods back from today) keeps a laptop used once a month from losing its history
    to the calendar.
    """
    ordered = sorted(set(stamps), reverse=True)
    keep = set(ordered[:policy.newest])
    for count, period in _period_keys(policy):
        seen: list[Hashable] = []
        for stamp in ordered:  # newest first: the first of each period is its newest
            key = period(stamp)
            if key not in seen:
                if len(seen) == count:
                    break
                seen.append(key)
                keep.add(stamp)
    return keep


def _partial_abandoned(path: Path, now: float) -> bool:
    with _writing_lock:
        if path in _writing:
            return False
    match = PARTIAL_NAME.match(path.name)
    if match is not None:
        pid = int(match["pid"])
        return pid == os.getpid() or not pid_alive(pid)  # our own: not in _writing, so a failed one
    try:
        return now - path.stat().st_mtime > ORPHAN_AGE_S
    except OSError:
        return False


def clean_partials(backup_dir: Path) -> list[Path]:
    """Remove the `.tmp` files of backups whose process died; returns what was removed."""
    removed: list[Path] = []
    if not backup_dir.is_dir():
        return removed
    now = time.time()
    for path in backup_dir.glob(f"*{PARTIAL_SUFFIX}"):
        if path.is_file() and _partial_abandoned(path, now):
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                continue  # removed by someone else, or not ours to remove: harmless
    return removed


def rotate_backups(backup_dir: Path, stem: str, policy: RetentionPolicy = DEFAULT_POLICY) -> list[Path]:
    """Delete the backups of database `stem` that the policy does not keep, and abandoned `.tmp` files.

    Only files whose names fieldlog gives its backups are considered; anything else in the folder stays.
    """
    removed = clean_partials(backup_dir)
    found: dict[dt.datetime, list[Path]] = {}
    for path in backup_dir.glob(f"*{BACKUP_SUFFIX}"):
        parsed = parse_backup_name(path.name)
        if parsed is not None and parsed[0] == stem and path.is_file():
            found.setdefault(parsed[1], []).append(path)
    keep = backups_to_keep(found, policy)
    for stamp, paths in found.items():
        if stamp in keep:
            continue
        for path in paths:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                continue  # a backup that stays a little longer does no harm
    if removed:
        _fsync_dir(backup_dir)
    return removed


def record_counts(path: Path) -> tuple[int | None, int | None]:
    """Live (not deleted) events and activities in an SQLite file, read-only; None where unreadable."""
    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True)
    except sqlite3.Error:
        return None, None
    try:
        counts: list[int | None] = []
        for table in ("events", "activities"):
            try:
                row = connection.execute(
                    f"SELECT count(*) FROM {table} WHERE deleted_at IS NULL").fetchone()  # noqa: S608
                counts.append(int(row[0]))
            except sqlite3.Error:
                counts.append(None)
        return counts[0], counts[1]
    finally:
        connection.close()


def backup_info(path: Path, *, counts: bool = True) -> BackupInfo:
    """The facts of one backup file (its name must be one fieldlog gives; else time is the file's)."""
    stat = path.stat()
    parsed = parse_backup_name(path.name)
    if parsed is None:
        stem, created, reason = path.stem, dt.datetime.fromtimestamp(stat.st_mtime, dt.UTC), "unknown"
    else:
        stem, created, reason = parsed
    events, activities = record_counts(path) if counts else (None, None)
    return BackupInfo(path, stem, created, reason, stat.st_size, events, activities)


def list_backups(backup_dir: Path, stem: str | None = None, *, counts: bool = True) -> list[BackupInfo]:
    """Complete backups in `backup_dir` (of database `stem`, or all), newest first, with their facts.

    Partial `*.tmp` files and files fieldlog did not name never count.
    """
    if not backup_dir.is_dir():
        return []
    found: list[BackupInfo] = []
    for path in backup_dir.glob(f"*{BACKUP_SUFFIX}"):
        parsed = parse_backup_name(path.name)
        if parsed is None or (stem is not None and parsed[0] != stem) or not path.is_file():
            continue
        try:
            found.append(backup_info(path, counts=counts))
        except OSError:
            continue  # removed by a rotation meanwhile
    return sorted(found, key=lambda info: (info.created, info.path.name), reverse=True)
