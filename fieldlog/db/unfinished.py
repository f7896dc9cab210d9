"""A note beside the database while a long write runs (an import, a merge), so the next start can say that
one was cut off (fault catalogue row 2). The write is one transaction, which SQLite rolls back by itself
after a crash or a kill; the note only lets fieldlog tell the user, who would otherwise wonder whether half
of their spreadsheet went in.

The note is `<database file>.unfinished`, JSON with what was being done, by which process and since when.
It is written without fsync: a note lost to a power cut costs a message, never a record.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
from collections.abc import Iterator
from pathlib import Path

from fieldlog.db.lock import pid_alive

SUFFIX = ".unfinished"


def note_path(database_path: Path) -> Path:
    """Where the note of a running import or merge into `database_path` is kept."""
    return database_path.with_name(database_path.name + SUFFIX)


@contextlib.contextmanager
def unfinished(database_path: Path | None, what: str) -> Iterator[None]:
    """Keep a note that `what` ("the import of planting.xlsx") is being written while the block runs."""
    if database_path is None:
        yield
        return
    note = note_path(database_path)
    partial = note.with_name(f"{note.name}.{os.getpid()}.tmp")
    started = dt.datetime.now(dt.UTC).replace(tzinfo=None).isoformat(timespec="seconds")
    try:
        partial.write_text(json.dumps({"what": what, "pid": os.getpid(), "started": started}), encoding="utf-8")
        os.replace(partial, note)
        written = True
    except OSError:  # a full or read-only disk: the write itself will say so; the note is a courtesy
        partial.unlink(missing_ok=True)
        written = False
    try:
        yield
    finally:
        if written:
            note.unlink(missing_ok=True)


def take_unfinished(database_path: Path, *, remove: bool = True) -> str | None:
    """The sentence about an import or merge that was cut off (and the note removed, unless `remove` is
    False: a reader leaves it for the next writer); None when there was none, or when the process writing
    it is still running."""
    note = note_path(database_path)
    try:
        raw = json.loads(note.read_text(encoding="utf-8"))
        what, pid, started = str(raw["what"]), int(raw["pid"]), str(raw["started"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        what, pid, started = "An import or merge", -1, ""
    if pid != os.getpid() and pid > 0 and pid_alive(pid):
        return None
    if remove:
        with contextlib.suppress(OSError):
            note.unlink()
    when = f" (started {started.replace('T', ' ')} UTC)" if started else ""
    return (f"{what[:1].upper()}{what[1:]}{when} did not finish: fieldlog or the computer stopped during it. "
            "Nothing from it was saved; the database is as it was before it. Run it again.")
