"""What every export shares: its result, its progress callback and its cancel check."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from fieldlog.services.records import Cancelled

Progress = Callable[[int, int], None]  # (done, total); total 0 when unknown


@dataclass(frozen=True, slots=True)
class ExportResult:
    """A finished export: where it is and how many records of each table it holds."""

    path: Path
    counts: dict[str, int] = field(default_factory=dict)
    notes: tuple[str, ...] = ()  # what the export left out and why, in words for the user

    @property
    def records(self) -> int:
        """How many records the export holds in all."""
        return sum(self.counts.values())


def check_cancel(cancel: threading.Event | None) -> None:
    """Raise `Cancelled` when the user asked to stop; the export's partial file is then removed."""
    if cancel is not None and cancel.is_set():
        raise Cancelled("Cancelled: no file was written.")
