"""Writing files atomically: a temporary file in the same folder, fsync, then a rename over the target.

A crash or a full disk mid-write therefore never leaves half a file under the real name; the old file
(if any) stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from fieldlog.domain.errors import ExportFailed


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path to write to; it replaces `path` durably when the block ends without error."""
    folder = path.parent
    fd, name = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    partial = Path(name)
    # mkstemp makes the file private (0600); an export should get the permissions any new file gets
    partial.chmod(0o666 & ~_umask())
    try:
        yield partial
        with open(partial, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, path)
    finally:
        partial.unlink(missing_ok=True)
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
    try:
        with atomic_path(path) as partial:
            yield partial
    except OSError as error:
        reason = _PLAIN.get(error.errno or 0, error.strerror or str(error))
        raise ExportFailed(f"Could not write {what} to {path}: {reason}. Nothing was written; "
                           "free some space or choose another folder, then export again.") from error
