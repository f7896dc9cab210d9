"""Error types that carry a message a volunteer can read."""

from __future__ import annotations

from collections.abc import Sequence
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


class DatabaseTooNew(DatabaseProblem):
    """The database was written by a newer fieldlog whose schema this version does not know."""


class StorageFull(DatabaseProblem):
    """The disk (or the folder's quota) is full; nothing was saved."""


class ExportFailed(FieldlogError):
    """An export could not be written (full disk, read-only folder); no partial file was left behind."""


class PackageRejected(FieldlogError):
    """An exchange package is damaged, unsafe or of a newer format; nothing was read from it."""
