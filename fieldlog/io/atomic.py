"""Writing files atomically: a temporary file in the same folder, fsync, then a rename over the target.

A crash or a full disk mid-write therefore never leaves half a file under the real name; the old file
(if any) stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import shutil
import tempfile
from collections.abc import Iterator, Sequence
from pathlib import Path

from fieldlog.domain.errors import ExportFailed


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path to write to; it replaces `path` durably when the block ends without error."""
    with atomic_paths([path]) as (partial,):
        yield partial


class PartlyReplaced(OSError):
    """Renaming a set of files failed part-way and some of the files already replaced could not be put back.

    `replaced` are the targets that now hold the new file; `kept` maps each of them that had an older file
    to where that older file is kept (beside it, under a hidden name)."""

    def __init__(self, error: OSError, replaced: Sequence[Path], kept: dict[Path, Path]) -> None:
        super().__init__(error.errno, error.strerror)
        self.replaced = tuple(replaced)
        self.kept = dict(kept)


@contextlib.contextmanager
def atomic_paths(paths: Sequence[Path]) -> Iterator[list[Path]]:
    """Temporary paths for several files that replace theirs together, or not at all.

    Every file is written and synced to disk before the first is renamed, so a failure while writing or
    syncing leaves every old file as it was. A rename refused part-way (a full disk or quota, a file open in
    another program on Windows) puts back the files already replaced: each older file that a later rename
    could still need is kept under a hard link (or a copy, where the disk has no hard links) until the last
    rename is done. If even putting back fails, `PartlyReplaced` says which files are new and where the
    older ones are.
    """
    partials: list[Path] = []
    kept: dict[Path, Path] = {}  # target -> its older file, for putting back
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
        for path in paths[:-1]:  # the last rename has nothing after it to undo
            if path.exists():
                kept[path] = _keep(path)
        _replace_all(partials, paths, kept)
    finally:
        for partial in partials:
            partial.unlink(missing_ok=True)
        for older in kept.values():
            older.unlink(missing_ok=True)
    for folder in dict.fromkeys(path.parent for path in paths):
        fsync_dir(folder)


def _keep(path: Path) -> Path:
    """A second name for the file at `path` (a hard link), or a copy where links are not possible."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".old.tmp")
    os.close(fd)
    older = Path(name)
    try:
        older.unlink()
        try:
            os.link(path, older)
        except OSError as error:
            if error.errno not in _NO_LINKS:
                raise
            shutil.copy2(path, older)  # FAT and exFAT sticks, some network shares
    except BaseException:
        older.unlink(missing_ok=True)
        raise
    return older


_NO_LINKS = {errno.EPERM, errno.EXDEV, errno.EMLINK, errno.ENOSYS, errno.EOPNOTSUPP, errno.ENOTSUP}


def _replace_all(partials: Sequence[Path], paths: Sequence[Path], kept: dict[Path, Path]) -> None:
    done: list[Path] = []
    for partial, path in zip(partials, paths, strict=True):
        try:
            os.replace(partial, path)
        except OSError as error:
            stuck = [target for target in reversed(done) if not _put_back(target, kept.get(target))]
            if stuck:  # their older files are not removed: the error says where they are
                raise PartlyReplaced(error, stuck, {t: kept.pop(t) for t in stuck if t in kept}) from error
            raise
        done.append(path)


def _put_back(path: Path, older: Path | None) -> bool:
    """Undo one replacement: the older file back under its name, or the new file gone. True when done."""
    try:
        if older is None:
            path.unlink()
            return True
        try:
            os.replace(older, path)  # atomic; needs no room, but a disk that refused a rename may refuse it
        except OSError:
            path.unlink()  # the same without a rename: the new file's name goes, the older file's comes back
            os.link(older, path)
            older.unlink()
        return True
    except OSError:
        return False


def _umask() -> int:
    # Read, not set-and-restore: os.umask would briefly change it for every thread of the process.
    with contextlib.suppress(OSError, ValueError):
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("Umask:"):
                return int(line.split()[1], 8)
    return 0o022


def fsync_dir(folder: Path) -> None:
    """Make a rename in `folder` durable (best effort: Windows cannot open a folder, and needs no fsync)."""
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
    except PartlyReplaced as error:  # only when even putting the older files back failed
        reason = _PLAIN.get(error.errno or 0, error.strerror or str(error))
        states = [f"{path.name} ({'the new export' if path.exists() else 'missing'}"
                  + (f"; the older file is kept as {error.kept[path].name}" if path in error.kept else "") + ")"
                  for path in error.replaced]
        raise ExportFailed(f"Could not write {what} to {paths[0].parent}: {reason}. The export stopped part-way "
                           f"and these files could not be put back as they were: {', '.join(states)}; the other "
                           "files are as they were. Free some space, then export again.") from error
    except OSError as error:
        reason = _PLAIN.get(error.errno or 0, error.strerror or str(error))
        where = paths[0] if len(paths) == 1 else paths[0].parent
        raise ExportFailed(f"Could not write {what} to {where}: {reason}. Nothing was written; "
                           "free some space or choose another folder, then export again.") from error
