"""Error types that carry a message a volunteer can read."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from fieldlog.domain.checks import Issue
    from fieldlog.domain.records import Record


class FieldlogError(Exception):
    """Base of every error fieldlog shows to a user; `str(error)` is the plain-words message."""

    exit_status = 1


class ValidationError(FieldlogError):
    """A record was refused: at least one quality check failed with level error."""

    def __init__(self, issues: Sequence[Issue], what: str = "record") -> None:
        self.issues = tuple(issues)
        lines = [f"The {what} was not saved:"]
        lines += [f"  - {issue.field}: {issue.message}" for issue in self.issues]
        super().__init__("\n".join(lines))


class RecordNotFound(FieldlogError):
    """No record (or only a deleted one) has the given id."""


# What every record has besides its content: not something a person edits, so never "a change".
_BOOKKEEPING = frozenset({"id", "created_at", "updated_at", "deleted_at", "provenance", "activity_id"})


def _content(value: Any) -> Any:
    """A value as it matters to a person: a record's own fields (a litter tally line is its category and
    count, not its id or times); a tuple of them in any order."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return tuple((f.name, _content(getattr(value, f.name)))
                     for f in dataclasses.fields(value) if f.name not in _BOOKKEEPING)
    if isinstance(value, tuple):
        return tuple(sorted((_content(item) for item in value), key=repr))
    return value


def changed_fields(before: Record, after: Record) -> tuple[str, ...]:
    """The names of the fields whose values differ between two copies of a record, in field order."""
    return tuple(f.name for f in dataclasses.fields(after)
                 if f.name not in _BOOKKEEPING
                 and _content(getattr(before, f.name, None)) != _content(getattr(after, f.name)))


def record_noun(record: Record) -> str:
    """How to name a record's kind to a person: "site", "event", "planting"."""
    kind = getattr(type(record), "kind", None)
    label = getattr(kind, "label", None)
    return str(label).lower() if label else type(record).__name__.lower()


class EditConflict(FieldlogError):
    """An edit was not saved: someone else saved the record after the edit started from it.

    `stored` is the record as it is stored now (their version, with its `updated_at`); `attempted` is the
    edit that was refused, still carrying the `updated_at` it started from. Nothing was written; saving
    `attempted` again with `Records.update(..., overwrite=True)` replaces their version.
    """

    def __init__(self, stored: Record, attempted: Record) -> None:
        self.stored = stored
        self.attempted = attempted
        when = f" {local_time(stored.updated_at)}" if stored.updated_at else ""
        super().__init__(f"Someone else changed this {record_noun(stored)}{when}, after you opened it. "
                         "Your changes were not saved, so that theirs are not lost.")

    @property
    def changed_at(self) -> dt.datetime | None:
        """When the other change was saved (UTC, without a zone, as records keep it)."""
        return self.stored.updated_at

    def changed_since(self, opened: Record) -> tuple[str, ...]:
        """The fields the other person changed, compared with the copy the edit was opened on."""
        return changed_fields(opened, self.stored)


def local_time(utc: dt.datetime, today: dt.date | None = None) -> str:
    """A stored UTC time as this computer's clock shows it: "at 14:32", or "on 3 Dec 2026 at 14:32"."""
    local = utc.replace(tzinfo=dt.UTC).astimezone()
    if local.date() == (today or dt.datetime.now().astimezone().date()):
        return f"at {local:%H:%M}"
    return f"on {local.day} {local:%b %Y} at {local:%H:%M}"


class UnknownUnit(FieldlogError):
    """A unit name that fieldlog does not know, or one of the wrong kind of quantity."""


class DatabaseProblem(FieldlogError):
    """The database cannot be opened or used; the file is left as it was."""


class NotADatabase(DatabaseProblem):
    """The file is not an SQLite database at all."""


class DamagedDatabase(DatabaseProblem):
    """The file is an SQLite database that fails its integrity check."""

    def __init__(self, message: str, *, detail: str = "") -> None:
        super().__init__(message)
        self.detail = detail  # what SQLite said, for a message that goes on to say what was done


class DatabaseMovedAside(DamagedDatabase):
    """A damaged database was moved aside (never deleted); `backup` is the newest good backup, if any."""

    def __init__(self, message: str, *, moved_to: Path, backup: Path | None, detail: str = "") -> None:
        super().__init__(message, detail=detail)
        self.moved_to = moved_to
        self.backup = backup


class DatabaseInUse(DatabaseProblem):
    """Another fieldlog process has the database open for writing (or is replacing it)."""

    def __init__(self, message: str, *, path: Path, pid: int | None) -> None:
        super().__init__(message)
        self.path = path
        self.pid = pid


class BackupRejected(DatabaseProblem):
    """A backup chosen for restoring is missing, damaged, not fieldlog's or newer; nothing was changed."""

    def __init__(self, message: str, *, unreadable: bool = False) -> None:
        super().__init__(message)
        if unreadable:
            self.exit_status = 2  # the file is missing or cannot be read: a usage problem


class DatabaseTooNew(DatabaseProblem):
    """The database was written by a newer fieldlog whose schema this version does not know."""


class StorageFull(DatabaseProblem):
    """The disk (or the folder's quota) is full; nothing was saved."""


class ExportFailed(FieldlogError):
    """An export could not be written (full disk, read-only folder); no partial file was left behind."""


class PackageRejected(FieldlogError):
    """An exchange package is damaged, unsafe or of a newer format; nothing was read from it."""


class PhotoRejected(FieldlogError):
    """A photo was not attached (not an image, damaged, too large, unreadable); nothing was stored."""

    def __init__(self, message: str, *, unreadable: bool = False) -> None:
        super().__init__(message)
        if unreadable:
            self.exit_status = 2  # the file is missing or cannot be read: a usage problem
