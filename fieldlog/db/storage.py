"""Where a database file lives: this computer's own disk, or a network share or removable disk.

SQLite's locking and its durable commits rely on the file system keeping its promises; a network share
(NFS, SMB) may not, and a USB stick pulled out or a share dropped in the middle of a write damages the file
(SQLite's "How to corrupt", sections 2 and 3.1). Fault catalogue row 39: fieldlog warns on the first open.

On Linux the kind of storage is read from the mount table (`/proc/self/mounts`): the file system type of
the mount that holds the database's folder. On Windows a UNC path (`\\\\server\\share`) or the drive's type
tells. Elsewhere (macOS) nothing is claimed.
"""

from __future__ import annotations

import contextlib
import os
import re
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Literal

MOUNTS = Path("/proc/self/mounts")

# File systems reached over a network; a FUSE file system is named `fuse.<program>`.
NETWORK_TYPES = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "ncpfs", "afs", "coda", "ceph", "glusterfs", "9p",
    "davfs", "lustre", "gpfs", "beegfs", "fuse.sshfs", "fuse.rclone", "fuse.s3fs", "fuse.gvfsd-fuse",
    "fuse.gvfs-fuse-daemon", "fuse.davfs2", "fuse.glusterfs", "fuse.cephfs", "fuse.smbnetfs", "fuse.curlftpfs",
    "fuse.onedriver", "fuse.gcsfuse", "fuse.goofys", "fuse.juicefs", "fuse.seaweedfs", "fuse.keybase",
})
# File systems of USB sticks, memory cards, discs, and disks formatted for Windows (through FUSE: fuseblk),
# which on a Linux laptop are nearly always external.
REMOVABLE_TYPES = frozenset({"vfat", "msdos", "fat", "exfat", "fuseblk", "ntfs", "ntfs3", "udf", "iso9660"})

Kind = Literal["network", "removable"]


@dataclass(frozen=True, slots=True)
class Storage:
    """Network or removable storage that holds a database: what kind, its file system and where mounted."""

    kind: Kind
    fstype: str
    mount_point: str


def _unescape(field: str) -> str:
    # The mount table writes a space, tab, newline and backslash in a path as \040, \011, \012 and \134.
    return re.sub(r"\\([0-7]{3})", lambda match: chr(int(match[1], 8)), field)


def _kind(fstype: str) -> Kind | None:
    name = fstype.lower()
    if name in NETWORK_TYPES or name.split(".")[0] in NETWORK_TYPES:
        return "network"
    if name in REMOVABLE_TYPES:
        return "removable"
    return None


def storage_in_mounts(path: PurePosixPath, mounts: str) -> Storage | None:
    """The network or removable storage holding the absolute `path` according to a mount table's text (the
    format of /proc/self/mounts); None when it is an ordinary local file system or not found."""
    best: tuple[int, str, str] | None = None  # (length of the mount point, mount point, type)
    for line in mounts.splitlines():
        fields = line.split()
        if len(fields) < 3:
            continue
        point = PurePosixPath(_unescape(fields[1]))
        if path != point and point not in path.parents:
            continue
        length = len(point.parts)
        if best is None or length >= best[0]:  # the longest match; of equal ones the later mount hides the earlier
            best = (length, str(point), fields[2])
    if best is None:
        return None
    kind = _kind(best[2])
    return Storage(kind, best[2], best[1]) if kind is not None else None


def _windows_storage(path: Path) -> Storage | None:
    text = str(path)
    if text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\")):
        return Storage("network", "smb", "\\".join(text.split("\\")[:4]))
    if text.startswith("\\\\?\\UNC\\"):
        return Storage("network", "smb", text[:text.find("\\", 8)])
    drive = os.path.splitdrive(text)[0]
    if not drive:
        return None
    import ctypes  # only here: Windows

    drive_type = ctypes.windll.kernel32.GetDriveTypeW(drive + "\\")  # type: ignore[attr-defined]
    kinds: dict[int, Kind] = {2: "removable", 4: "network"}  # DRIVE_REMOVABLE, DRIVE_REMOTE
    kind = kinds.get(int(drive_type))
    return Storage(kind, "", drive) if kind is not None else None


def database_storage(path: Path, mounts: str | None = None) -> Storage | None:
    """The network or removable storage that holds the database file `path`, or None (its own disk, or it
    cannot be told). `mounts` is a mount table's text; by default this system's."""
    folder = Path(os.path.abspath(path)).parent
    if os.name == "nt" and mounts is None:
        try:
            return _windows_storage(folder)
        except (OSError, AttributeError, ValueError):
            return None
    if mounts is None:
        try:
            mounts = MOUNTS.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None  # not Linux (macOS has no mount table file): nothing is claimed
    with contextlib.suppress(OSError):
        folder = folder.resolve()  # a symbolic link into a share is on the share
    return storage_in_mounts(PurePosixPath(folder.as_posix()), mounts)


def storage_warning(path: Path, storage: Storage) -> str:
    """The warning in plain words for a database on `storage`."""
    if storage.kind == "network":
        where = f"a network share ({storage.fstype} at {storage.mount_point})" if storage.fstype else \
            f"a network drive ({storage.mount_point})"
        risk = ("A database on a network share can be damaged when the connection drops while it is written, or "
                "when two computers open it at once.")
    else:
        where = f"a removable disk ({storage.fstype} at {storage.mount_point})" if storage.fstype else \
            f"a removable disk ({storage.mount_point})"
        risk = "A database on a USB stick or memory card is damaged when the stick is pulled out while it is written."
    return (f"The database {path} is on {where}. {risk} Keep the database on this computer's own disk; to move "
            "records to another computer, export a package (fieldlog export package) and import it there.")
