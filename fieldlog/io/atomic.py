"""Writing files atomically: a temporary file in the same folder, fsync, then a rename over the target.

A crash or a full disk mid-write therefore never leaves half a file under the real name; the old file
(if any) stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from fieldlog.domain.errors import ExportFailed


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path to write to; it replaces `path` durably when the block ends without error."""
    with atomic_paths([path]) as (partial,):
        yield partial


@contextlib.contextmanager
def atomic_paths(paths: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary paths for several files that replace theirs together: every file is written and synced to
    disk before the first is renamed, so a failure while writing or syncing leaves every old file as it was."""
    partials: list[Path] = []
    try:
        for path in paths:
            fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
            os.close(fd)
            partials.append(Path(name))
            # mkstemp makes the file private (0600); an export should get the permissions any new file gets
            partials[-1].chmod(0o666 & ~_umask())
        yield partials
        for partial in partials:
            with open(partial, "rb+") as handle:
                os.fsync(handle.fileno())
        for partial, path in zip(partials, paths, strict=True):
            os.replace(partial, path)
    finally:
        for partial in partials:
            partial.unlink(missing_ok=True)
    for folder in dict.fromkeys(path.parent for path in paths):
        _fsync_dir(folder)


def _umask() -> int:
    # Read, not set-and-restore: os.umask would briefly change it for every thread of the process.
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def _fsync_dir(folder: Path) -> None:
    # Makes the rename itself durable; Windows cannot open a folder, and its rename needs no fsync.
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        with contextlib.suppress(OSError):
            os.fsync(fd)
    finally:
        os.close(fd)


_PLAIN = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "your disk quota is used up",
    errno.EROFS: "the folder is on a read-only disk",
    errno.EACCES: "you may not write to that folder",
    errno.EPERM: "you may not write to that folder",
    errno.ENOENT: "the folder does not exist",
}


@contextlib.contextmanager
def export_path(path: Path, what: str) -> Iterator[Path]:
    """`atomic_path` for an export: a failure to write becomes an `ExportFailed` saying why in plain
    words, and leaves no partial file (an older file of that name stays as it was)."""
    with export_paths([path], what) as (partial,):
        yield partial


@contextlib.contextmanager
def export_paths(paths: Sequence[Path], what: str) -> Iterator[list[Path]]:
    """`atomic_paths` for an export of several files, with `export_path`'s plain-words errors."""
    try:
        with atomic_paths(paths) as partials:
            yield partials
    except OSError as error:
        reason = _PLAIN.get(error.errno or 0, error.strerror or str(error))
        where = paths[0] if len(paths) == 1 else paths[0].parent
        raise ExportFailed(f"Could not write {what} to {where}: {reason}. Nothing was written; "
                           "free some space or choose another folder, then export again.") from error
