"""Online backups of an SQLite database: the backup API into a temporary file, checked, then renamed."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
from pathlib import Path

from fieldlog.domain.errors import DatabaseProblem

BACKUP_SUFFIX = ".db"
PARTIAL_SUFFIX = ".tmp"


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def backup_sqlite(source: Path, backup_dir: Path, reason: str) -> Path:
    """Copy the live database `source` into `backup_dir` with SQLite's backup API; return the new file.

    The copy is written as `*.tmp`, verified with integrity_check, fsynced and only then renamed, so a
    crash never leaves a half-written file that looks like a backup.
    """
    backup_dir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%S%fZ")
    stem = f"{source.stem}-{stamp}-{reason}"
    final = backup_dir / f"{stem}{BACKUP_SUFFIX}"
    partial = backup_dir / f"{stem}{BACKUP_SUFFIX}{PARTIAL_SUFFIX}"
    try:
        src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)
                verdict = dst.execute("PRAGMA integrity_check").fetchone()[0]
                # A backup is one self-contained file: no -wal beside it.
                dst.execute("PRAGMA journal_mode=DELETE")
            finally:
                dst.close()
        finally:
            src.close()
        if verdict != "ok":
            raise DatabaseProblem(f"The backup of {source} failed its integrity check ({verdict}).")
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, final)
        _fsync_dir(backup_dir)
    except sqlite3.Error as error:
        raise DatabaseProblem(f"Could not back up {source} into {backup_dir}: {error}") from error
    except OSError as error:
        raise DatabaseProblem(f"Could not write a backup into {backup_dir}: {error.strerror or error}") from error
    finally:
        partial.unlink(missing_ok=True)
    return final


def list_backups(backup_dir: Path) -> list[Path]:
    """Complete backups in `backup_dir`, newest first (partial `*.tmp` files never count)."""
    if not backup_dir.is_dir():
        return []
    return sorted((p for p in backup_dir.glob(f"*{BACKUP_SUFFIX}") if p.is_file()),
                  key=lambda p: p.stat().st_mtime_ns, reverse=True)
