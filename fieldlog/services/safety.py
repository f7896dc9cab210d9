"""Data safety: one writer per database, a damaged file set aside at start, and restoring a backup.

How the command line and the window use it:

- `open_for_command(location, writer=...)` opens a database with its lock (db/lock.py): writers
  (the window, import, demo-data, backup, check --repair) exclusively, readers (summary, export,
  check) beside them. A second writer gets `DatabaseInUse`. A damaged file is moved aside as
  `<name>.corrupt-<UTC time>` (its `-wal`/`-shm` along with it, nothing deleted) and
  `DatabaseMovedAside` names that file and the newest backup that passes `integrity_check`; until a
  backup is restored, opening the path again says the same instead of starting an empty database.
- `restore_backup(database_path, backup_file)` checks the backup, keeps the current database (a
  backup of it, or the damaged file moved aside) and swaps the file atomically. The caller must have
  closed every `Database` it has on that file: the swap needs the file to itself.
- `storage_notice(database)` is the warning, once, that the file is on a network share or a removable
  disk (fault catalogue row 39; db/storage.py tells which).
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import SQLAlchemyError

from fieldlog.db.backup import (
    BackupInfo,
    backup_info,
    backup_sqlite,
    copy_database,
    fsync_file,
    integrity_verdict,
    list_backups,
    record_counts,
)
from fieldlog.db.lock import Hold, hold_database, open_here, pid_alive
from fieldlog.db.schema import SCHEMA_HEAD
from fieldlog.db.storage import database_storage, storage_warning
from fieldlog.db.store import (
    SQLITE_MAGIC,
    Database,
    backup_dir_for,
    database_url,
    preflight_sqlite,
)
from fieldlog.db.tables import SettingRow
from fieldlog.db.unfinished import take_unfinished
from fieldlog.domain.errors import (
    BackupRejected,
    DamagedDatabase,
    DatabaseInUse,
    DatabaseMovedAside,
    DatabaseProblem,
    DatabaseTooNew,
    NotADatabase,
)
from fieldlog.io.atomic import fsync_dir
from fieldlog.services.database import open_store

__all__ = ["BackupInfo", "RestoreResult", "backups_of", "database_file", "hold_for_window", "move_aside",
           "moved_aside_files", "newest_good_backup", "open_for_command", "restore_backup", "set_aside_damaged",
           "storage_notice", "verify_backup"]

SIDECARS = ("-wal", "-shm", "-journal")
CORRUPT_MARK = ".corrupt-"
STORAGE_WARNED_KEY = "storage_warned"  # app_settings: the storage it was last warned about
_CORRUPT_NAME = re.compile(r"\.corrupt-\d{8}T\d{6}Z$")
ALONE_WAIT_S = 10.0  # how long a restore or a move-aside waits for running readers (a summary) to finish


@dataclass(frozen=True, slots=True)
class RestoreResult:
    """What a restore did: the backup it restored, what it kept of the old database, the new counts."""

    database: Path
    restored: BackupInfo
    before_restore: Path | None  # the backup of the database as it was, when it was readable
    moved_aside: Path | None  # the old file, when it was damaged or not a database
    events: int | None
    activities: int | None


# -- opening --------------------------------------------------------------------------------------------


def database_file(location: str | Path) -> Path | None:
    """The SQLite file a database location names, or None for a server database."""
    return database_url(location)[1]


def hold_for_window(path: Path) -> Hold:
    """The writer's lock on a database file for a window's whole session (raises DatabaseInUse)."""
    return hold_database(path, writer=True)


def open_for_command(location: str | Path, *, writer: bool, quick_check: bool = True) -> Database:
    """Open a database for a command or the window, with its lock; a damaged file is set aside.

    Raises DatabaseInUse when another process writes to it (writer) or is replacing it, and
    DatabaseMovedAside when the file was damaged (or was set aside earlier and nothing restored yet).
    The lock goes with `Database.close()`.
    """
    _url, path = database_url(location)
    if path is None:
        return open_store(location, quick_check=quick_check)  # a server keeps its own locks
    hold: Hold | None
    try:
        hold = hold_database(path, writer=writer)
    except DatabaseInUse:
        raise
    except DatabaseProblem:
        if writer:
            raise
        hold = None  # a reader on a read-only medium: there is nothing it could spoil
    try:
        upgrading: Hold | None = None
        if not path.exists():
            _before_creating(path)
        elif not writer and preflight_sqlite(path, quick_check=False).revision not in (None, SCHEMA_HEAD):
            # Opening will migrate: a write, so even a reader needs the writer's lock for it.
            upgrading = hold_database(path, writer=True)
        try:
            database = open_store(location, quick_check=quick_check)
        finally:
            if upgrading is not None:
                upgrading.release()
    except DatabaseMovedAside:
        if hold is not None:
            hold.release()
        raise
    except DamagedDatabase as error:
        if hold is not None:
            hold.release()  # the move-aside claims the file alone; this process must not count itself
        raise set_aside_damaged(path, error) from error
    except BaseException:
        if hold is not None:
            hold.release()
        raise
    database.hold = hold
    database.changed_since_backup = False  # opening (a checklist update) is no reason for a backup
    return database


def unfinished_notice(database: Database) -> str | None:
    """What to tell someone opening the database when an import or merge into it was cut off (the
    transaction rolled back by itself). A writer hears it once; a reader until a writer has opened it."""
    if database.path is None:
        return None
    return take_unfinished(database.path, remove=database.hold is not None and database.hold.writer)


def storage_notice(database: Database, *, mounts: str | None = None) -> str | None:
    """The warning to show when the database file is on a network share or a removable disk, the first time
    it is opened there; else None. `mounts` is a mount table's text (by default this system's).

    A writer records in the database that the warning was given (for that share or disk), so that it is
    said once; a reader has nothing to record it in and says it every time.
    """
    if database.path is None:
        return None
    storage = database_storage(database.path, mounts)
    if storage is None:
        return None
    mark = f"{storage.kind} {storage.fstype} {storage.mount_point}"
    changed = database.changed_since_backup
    try:
        with database.reading() as session:
            if session.scalar(select(SettingRow.value).where(SettingRow.key == STORAGE_WARNED_KEY)) == mark:
                return None
        if database.hold is not None and database.hold.writer:
            with database.writing("the note that the storage warning was shown") as session:
                session.merge(SettingRow(key=STORAGE_WARNED_KEY, value=mark))
    except (DatabaseProblem, SQLAlchemyError):
        pass  # a read-only or full medium, say: the warning is given again next time
    finally:
        database.changed_since_backup = changed  # a note to itself is no reason for a backup
    return storage_warning(database.path, storage)


def _before_creating(path: Path) -> None:
    """Refuse to start an empty database where a damaged one was set aside; set orphaned journals aside."""
    moved = moved_aside_files(path)
    if moved:
        backup = newest_good_backup(backup_dir_for(path), path.stem)
        raise DatabaseMovedAside(
            f"{path} is missing: it was damaged and moved aside to {moved[0]}. fieldlog does not start a new, "
            f"empty database in its place by itself.{_backup_sentence(backup, path)}",
            moved_to=moved[0], backup=backup.path if backup else None)
    if any(path.with_name(path.name + side).exists() for side in SIDECARS):
        # A journal without its database would be applied to the new, empty file: corruption.
        with hold_database(path, writer=True, alone=True, wait=ALONE_WAIT_S):
            if not path.exists():
                _move_sidecars(path, path.with_name(f"{path.name}.orphan-{_stamp()}"))


def set_aside_damaged(path: Path, error: DamagedDatabase) -> DamagedDatabase:
    """Move a database found damaged aside; returns the error to show the user.

    That is DatabaseMovedAside naming the moved file and the newest good backup, or (when it cannot be
    moved now) a DamagedDatabase saying why. For the window, whose quick check runs after opening:
    close the Database first, then call this.
    """
    detail = error.detail or str(error)
    if open_here(path):
        return DamagedDatabase(f"{path} is damaged ({detail}). Close it, then open it again: the damaged file "
                               "will be moved aside and the newest good backup offered.", detail=detail)
    try:
        with hold_database(path, writer=True, alone=True, wait=ALONE_WAIT_S):
            try:
                preflight_sqlite(path)
            except DamagedDatabase:
                pass
            else:  # restored or replaced by another process meanwhile: nothing to set aside any more
                return DamagedDatabase(f"{path} was damaged a moment ago but has been replaced since; run the "
                                       "command again.", detail=detail)
            moved = move_aside(path)
    except DatabaseInUse as busy:
        return DamagedDatabase(f"{path} is damaged ({detail}). {busy} Then run the command again: the damaged "
                               "file will be moved aside and the newest good backup offered.", detail=detail)
    except OSError as failure:
        return DamagedDatabase(f"{path} is damaged ({detail}) and could not be moved aside "
                               f"({failure.strerror or failure}); it was left as it is.", detail=detail)
    backup = newest_good_backup(backup_dir_for(path), path.stem)
    return DatabaseMovedAside(
        f"{path} is damaged ({detail}). It was moved aside to {moved}; nothing was deleted."
        f"{_backup_sentence(backup, path)}", moved_to=moved, backup=backup.path if backup else None, detail=detail)


def _backup_sentence(backup: BackupInfo | None, path: Path) -> str:
    if backup is None:
        return f" No good backup of it was found in {backup_dir_for(path)}."
    return (f" The newest good backup is {backup.path} (made {backup.created:%Y-%m-%d %H:%M} UTC, "
            f"{_counted(backup.events, 'event')}, {_counted(backup.activities, 'activity')}).")


def _counted(number: int | None, noun: str) -> str:
    plural = noun[:-1] + "ies" if noun.endswith("y") else noun + "s"
    if number is None:
        return f"? {plural}"
    return f"{number:,} {noun if number == 1 else plural}"


# -- moving aside ---------------------------------------------------------------------------------------


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")




def _move_sidecars(path: Path, target: Path) -> None:
    for side in SIDECARS:
        source = path.with_name(path.name + side)
        if source.exists():
            os.rename(source, target.with_name(target.name + side))


def move_aside(path: Path) -> Path:
    """Rename a damaged database to `<name>.corrupt-<UTC time>` beside it, its `-wal`/`-shm` along with it.

    Nothing is deleted. The caller holds the database alone (no connection open). The main file goes
    first: if the process dies between the renames, the path holds no database, and a journal left
    there is set aside before any new file is made (`_before_creating`), never applied to one.
    """
    stamp = dt.datetime.now(dt.UTC)
    while True:
        target = path.with_name(f"{path.name}{CORRUPT_MARK}{stamp:%Y%m%dT%H%M%SZ}")
        if not any(target.with_name(target.name + side).exists() for side in ("", *SIDECARS)):
            break
        stamp += dt.timedelta(seconds=1)
    os.rename(path, target)
    _move_sidecars(path, target)
    fsync_dir(path.parent)
    return target


def moved_aside_files(path: Path) -> list[Path]:
    """The damaged copies of database `path` that were moved aside beside it, newest first."""
    if not path.parent.is_dir():
        return []
    found = [p for p in path.parent.glob(f"{path.name}{CORRUPT_MARK}*")
             if _CORRUPT_NAME.search(p.name) and p.name.startswith(path.name + CORRUPT_MARK)]
    return sorted(found, key=lambda p: p.name, reverse=True)


# -- backups --------------------------------------------------------------------------------------------


def backups_of(database_path: Path, *, counts: bool = True) -> list[BackupInfo]:
    """The backups of a database file (in `backups/` beside it), newest first, with their facts."""
    return list_backups(backup_dir_for(database_path), database_path.stem, counts=counts)


def verify_backup(file: Path) -> BackupInfo:
    """The facts of a backup that can be restored (fieldlog's, intact, not newer), else BackupRejected.

    Reads the file only (read-only connections): nothing is changed anywhere.
    """
    if not file.is_file():
        raise BackupRejected(f"There is no backup file {file}.", unreadable=True)
    try:
        with open(file, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise BackupRejected(f"Cannot read the backup {file}: {error.strerror or error}.", unreadable=True) from error
    if header != SQLITE_MAGIC:
        raise BackupRejected(f"{file} is not a fieldlog backup (it is not an SQLite file at all). "
                             "Nothing was changed.")
    try:
        preflight = preflight_sqlite(file, quick_check=False)
        verdict = integrity_verdict(file)
    except DatabaseTooNew as error:
        raise BackupRejected(f"{file} was made by a newer version of fieldlog; update fieldlog to restore it. "
                             "Nothing was changed.") from error
    except DamagedDatabase as error:
        raise _damaged_backup(file, error.detail or str(error)) from error
    except NotADatabase as error:
        raise BackupRejected(f"{file} is an SQLite database but not a fieldlog backup. Nothing was changed.") \
            from error
    except DatabaseProblem as error:
        raise BackupRejected(f"Cannot read the backup {file} ({error}). Nothing was changed.") from error
    except sqlite3.DatabaseError as error:
        raise _damaged_backup(file, str(error)) from error
    if verdict != "ok":
        raise _damaged_backup(file, verdict)
    if not preflight.has_tables or preflight.revision is None:
        raise BackupRejected(f"{file} holds no fieldlog data. Nothing was changed.")
    return backup_info(file)


def _damaged_backup(file: Path, detail: str) -> BackupRejected:
    return BackupRejected(f"The backup {file} is damaged ({detail}) and cannot be restored. Nothing was changed; "
                          "choose another backup (`fieldlog restore --list` shows them).")


def newest_good_backup(backup_dir: Path, stem: str | None = None) -> BackupInfo | None:
    """The newest backup in `backup_dir` (of database `stem`) that passes `integrity_check`, or None."""
    for candidate in list_backups(backup_dir, stem, counts=False):
        try:
            return verify_backup(candidate.path)
        except BackupRejected:
            continue
    return None


# -- restoring ------------------------------------------------------------------------------------------


def restore_backup(database_path: Path, backup_file: Path, *, wait: float = ALONE_WAIT_S) -> RestoreResult:
    """Replace the database file with a backup, atomically; the current database is kept first.

    The backup is checked (SQLite, fieldlog's, `integrity_check`, not from a newer version). The current
    file is backed up (reason `before-restore`), or moved aside when it is damaged or not a database.
    Then a checked copy of the backup made beside the database replaces it with `os.replace`.
    Close every `Database` on the file before calling this (the window included); other processes
    are kept out by the lock, and one writing to it gets DatabaseInUse. The restored file is migrated
    (after a backup) when it is next opened, if it is from an older version.
    """
    backup_file = Path(os.path.abspath(backup_file))
    database_path = Path(os.path.abspath(database_path))
    restored = verify_backup(backup_file)  # before the lock: a bad choice is refused at once
    if open_here(database_path):
        raise DatabaseProblem(f"{database_path} is still open in this program; close it before restoring a backup.")
    with hold_database(database_path, writer=True, alone=True, wait=wait):
        _clean_restore_leftovers(database_path)
        temp = database_path.with_name(f".{database_path.name}.restoring-{os.getpid()}")
        try:
            # Copied first: the backup rotation below may then drop the file being restored.
            verdict = copy_database(backup_file, temp)
            if verdict != "ok":
                raise _damaged_backup(backup_file, verdict)
            fsync_file(temp)
            before, moved = _keep_current(database_path)
            os.replace(temp, database_path)
            fsync_dir(database_path.parent)
        except OSError as error:
            raise DatabaseProblem(f"Could not restore {database_path}: {error.strerror or error}. "
                                  "Nothing was deleted.") from error
        except sqlite3.Error as error:
            raise DatabaseProblem(f"Could not restore {database_path} ({error}). The database was not changed.") \
                from error
        finally:
            for leftover in (temp, temp.with_name(temp.name + "-journal")):
                leftover.unlink(missing_ok=True)
        # Only now, and only empty or index files: the old WAL was checkpointed into the old file
        # (kept in its backup) before the swap, so nothing of it can be applied to the restored file.
        for side in ("-wal", "-shm"):
            stale = database_path.with_name(database_path.name + side)
            if stale.exists() and (side == "-shm" or stale.stat().st_size == 0):
                stale.unlink(missing_ok=True)
    events, activities = record_counts(database_path)
    return RestoreResult(database_path, restored, before, moved, events, activities)


def _clean_restore_leftovers(path: Path) -> None:
    """Remove the half-made copies of restores whose process died (never the database itself)."""
    for leftover in path.parent.glob(f".{path.name}.restoring-*"):
        pid = leftover.name.rsplit("-", 2 if leftover.name.endswith("-journal") else 1)[1]
        if pid.isdigit() and (int(pid) == os.getpid() or not pid_alive(int(pid))):
            leftover.unlink(missing_ok=True)


def _keep_current(path: Path) -> tuple[Path | None, Path | None]:
    """Keep the database about to be replaced: a backup of it when readable, else moved aside.

    Either way no WAL of the old file is left at the path when this returns.
    """
    if not path.exists():
        if any(path.with_name(path.name + side).exists() for side in SIDECARS):
            _move_sidecars(path, path.with_name(f"{path.name}.orphan-{_stamp()}"))
        return None, None
    try:
        preflight_sqlite(path)
    except DamagedDatabase:
        return None, move_aside(path)
    except NotADatabase:
        with open(path, "rb") as handle:
            sqlite = handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
        if not sqlite:
            return None, move_aside(path)
    except DatabaseTooNew:
        pass  # a newer version's file is still a good database: it is backed up like any other
    before = backup_sqlite(path, backup_dir_for(path), "before-restore", rotate=False)
    _checkpoint(path)
    return before, None


def _checkpoint(path: Path) -> None:
    """Write the old file's WAL into it and let SQLite remove the WAL (the last connection closing does)."""
    connection = sqlite3.connect(path, timeout=1.0)  # a reader of another program: do not wait long
    try:
        busy, _log, _done = connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()
    wal = path.with_name(path.name + "-wal")
    journal = path.with_name(path.name + "-journal")
    if busy or (wal.exists() and wal.stat().st_size > 0) or (journal.exists() and journal.stat().st_size > 0):
        raise DatabaseProblem(f"Another program has {path} open (its journal could not be written into it); "
                              "close it and try again. The database was not changed.")
