"""A database on a network share or a USB stick (fault catalogue row 39): told from the mount table, said once.

The classifier reads mount tables written here (the format of /proc/self/mounts); the warning is checked on
real databases through the services and the command line, with the system's mount table swapped for one
that puts the test's folder on a share.
"""

from __future__ import annotations

from pathlib import Path, PurePosixPath

import pytest

from fieldlog.cli import main
from fieldlog.db import storage
from fieldlog.db.storage import Storage, database_storage, storage_in_mounts
from fieldlog.services.safety import open_for_command, storage_notice

LAPTOP = """\
/dev/nvme0n1p2 / ext4 rw,relatime 0 0
proc /proc proc rw,nosuid,nodev,noexec,relatime 0 0
tmpfs /run tmpfs rw,nosuid,nodev,size=3264940k,mode=755 0 0
/dev/nvme0n1p1 /boot/efi vfat rw,relatime,fmask=0077,dmask=0077 0 0
/dev/nvme0n1p3 /home ext4 rw,relatime 0 0
nas:/volume1/field /home/ann/nas nfs4 rw,relatime,vers=4.2,addr=192.168.1.20 0 0
//server/records /mnt/office\\040share cifs rw,relatime,vers=3.1.1 0 0
/dev/sdb1 /media/ann/KINGSTON vfat rw,nosuid,nodev,relatime,uid=1000 0 0
/dev/sdc1 /media/ann/SD\\040CARD exfat rw,nosuid,nodev,relatime 0 0
/dev/sdd1 /media/ann/Backup fuseblk rw,nosuid,nodev,relatime,user_id=0 0 0
ann@field:/srv /home/ann/remote fuse.sshfs rw,nosuid,nodev,relatime,user_id=1000 0 0
gvfsd-fuse /run/user/1000/gvfs fuse.gvfsd-fuse rw,nosuid,nodev,relatime 0 0
/dev/nvme0n1p3 /home/ann/nas/local ext4 rw,relatime 0 0
fuse-overlayfs /home/ann/containers fuse.fuse-overlayfs rw,relatime 0 0
"""


@pytest.mark.parametrize(("path", "expected"), [
    ("/home/ann/fieldlog/fieldlog.db", None),  # the laptop's own disk
    ("/boot/efi/fieldlog.db", Storage("removable", "vfat", "/boot/efi")),
    ("/home/ann/nas/fieldlog.db", Storage("network", "nfs4", "/home/ann/nas")),
    ("/home/ann/nas/2026/may/fieldlog.db", Storage("network", "nfs4", "/home/ann/nas")),
    ("/home/ann/nas/local/fieldlog.db", None),  # a local disk mounted inside the share: the longest match wins
    ("/home/ann/nasty/fieldlog.db", None),  # a sibling whose name starts like the share's is not on it
    ("/mnt/office share/fieldlog.db", Storage("network", "cifs", "/mnt/office share")),  # \040 is a space
    ("/media/ann/KINGSTON/fieldlog.db", Storage("removable", "vfat", "/media/ann/KINGSTON")),
    ("/media/ann/SD CARD/data/fieldlog.db", Storage("removable", "exfat", "/media/ann/SD CARD")),
    ("/media/ann/Backup/fieldlog.db", Storage("removable", "fuseblk", "/media/ann/Backup")),
    ("/home/ann/remote/fieldlog.db", Storage("network", "fuse.sshfs", "/home/ann/remote")),
    ("/run/user/1000/gvfs/smb-share:server=nas,share=field/fieldlog.db",
     Storage("network", "fuse.gvfsd-fuse", "/run/user/1000/gvfs")),
    ("/home/ann/containers/fieldlog.db", None),  # a FUSE file system that is not a network one
    ("/run/fieldlog.db", None),  # tmpfs
])
def test_the_storage_of_a_path_from_the_mount_table(path: str, expected: Storage | None) -> None:
    assert storage_in_mounts(PurePosixPath(path).parent, LAPTOP) == expected


def test_a_later_mount_on_the_same_folder_hides_the_earlier() -> None:
    mounts = "/dev/sda1 / ext4 rw 0 0\n/dev/sdb1 /mnt/stick vfat rw 0 0\nnas:/x /mnt/stick nfs rw 0 0\n"
    assert storage_in_mounts(PurePosixPath("/mnt/stick"), mounts) == Storage("network", "nfs", "/mnt/stick")
    mounts = "nas:/x /mnt/stick nfs rw 0 0\n/dev/sdb1 /mnt/stick ext4 rw 0 0\n"
    assert storage_in_mounts(PurePosixPath("/mnt/stick"), mounts) is None


def test_an_empty_or_odd_mount_table_claims_nothing() -> None:
    assert storage_in_mounts(PurePosixPath("/home/ann"), "") is None
    assert storage_in_mounts(PurePosixPath("/home/ann"), "garbage\n\n/dev/sda1\n") is None


def _share(folder: Path, fstype: str = "nfs4") -> str:
    """A mount table that puts `folder` on a share of type `fstype`."""
    return f"/dev/sda1 / ext4 rw 0 0\nnas:/field {folder.resolve().as_posix()} {fstype} rw 0 0\n"


def test_database_storage_looks_at_the_folder_of_the_file(tmp_path: Path) -> None:
    mounts = _share(tmp_path / "stick", "vfat")
    (tmp_path / "stick").mkdir()
    assert database_storage(tmp_path / "stick" / "new.db", mounts) == Storage(
        "removable", "vfat", str((tmp_path / "stick").resolve()))  # the file need not exist yet
    assert database_storage(tmp_path / "fieldlog.db", mounts) is None


def test_a_link_into_a_share_is_on_the_share(tmp_path: Path) -> None:
    (tmp_path / "share").mkdir()
    (tmp_path / "here").symlink_to(tmp_path / "share")
    storage_found = database_storage(tmp_path / "here" / "fieldlog.db", _share(tmp_path / "share"))
    assert storage_found is not None and storage_found.kind == "network"


def test_a_writer_is_warned_once_and_a_reader_until_then(tmp_path: Path) -> None:
    path = tmp_path / "fieldlog.db"
    mounts = _share(tmp_path)
    reader = open_for_command(path, writer=False)  # creates it
    try:
        first = storage_notice(reader, mounts=mounts)
        assert first is not None and storage_notice(reader, mounts=mounts) == first  # nothing recorded by a reader
    finally:
        reader.close()
    writer = open_for_command(path, writer=True)
    try:
        assert not writer.changed_since_backup
        notice = storage_notice(writer, mounts=mounts)
        assert notice == first
        assert notice.startswith(f"The database {path} is on a network share (nfs4 at {tmp_path.resolve()}). ")
        assert "damaged when the connection drops" in notice and "Keep the database on this computer's own disk" \
            in notice
        assert storage_notice(writer, mounts=mounts) is None  # said once
        assert not writer.changed_since_backup  # the note is no reason for a backup
        assert storage_notice(writer, mounts="/dev/sda1 / ext4 rw 0 0\n") is None  # on its own disk: nothing
        stick = storage_notice(writer, mounts=_share(tmp_path, "exfat"))  # another medium: said again
        assert stick is not None and "removable disk (exfat at" in stick and "USB stick" in stick
    finally:
        writer.close()
    again = open_for_command(path, writer=False)
    try:
        assert storage_notice(again, mounts=_share(tmp_path, "exfat")) is None  # remembered across opens
    finally:
        again.close()


def test_the_command_line_warns_on_the_first_open_only(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]) -> None:
    table = tmp_path / "mounts"
    table.write_text(_share(tmp_path / "data", "cifs"), encoding="utf-8")
    monkeypatch.setattr(storage, "MOUNTS", table)
    db = tmp_path / "data" / "fieldlog.db"
    assert main(["backup"], location=str(db)) == 0
    err = capsys.readouterr().err
    assert f"fieldlog: warning: The database {db} is on a network share (cifs at " in err, err
    assert "Traceback" not in err
    assert main(["backup"], location=str(db)) == 0
    assert "warning" not in capsys.readouterr().err
