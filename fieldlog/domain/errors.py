"""Error types that carry a message a volunteer can read."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from fieldlog.domain.checks import Issue


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
