"""Photos in the exchange package: the default package carries every picture byte for byte and a merge puts
them into the receiving store; `--for-sharing` carries copies without GPS, owner and serial numbers; a
missing picture is said, a damaged one refused with nothing written. Real JPEGs (Pillow, with EXIF), real
SQLite files and real zips."""

from __future__ import annotations

import hashlib
import io
import json
import sqlite3
import zipfile
from pathlib import Path
from typing import Any

import pytest
from PIL import ExifTags, Image

from fieldlog.db.store import Database
from fieldlog.domain.errors import PackageRejected
from fieldlog.domain.photos import PhotoTag
from fieldlog.domain.records import Event, Planting
from fieldlog.services import photos
from fieldlog.services.database import open_store
from fieldlog.services.exchange import Outcome, export_package, merge_package
from fieldlog.services.maintenance import check_database
from fieldlog.services.records import Records
from tests.conftest import db_signature
from tests.test_cli import fieldlog
from tests.test_photos import LENS_SERIAL, OWNER, SERIAL, camera_jpeg

pytestmark = pytest.mark.sqlite_only("photos are kept beside a database file; a server database refuses them")


@pytest.fixture
def planting(records: Records, event: Event) -> Planting:
    saved = records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=20)).record
    assert isinstance(saved, Planting)
    return saved


@pytest.fixture
def attached(database: Database, event: Event, planting: Planting, tmp_path: Path) -> list[photos.Attached]:
    """Three photos: a before and an after of the planting, one of the event, and a removed one."""
    done = [photos.attach_photo(database, planting.id, camera_jpeg(tmp_path / "IMG_0001.JPG"), tag=PhotoTag.BEFORE),
            photos.attach_photo(database, planting.id,
                                camera_jpeg(tmp_path / "IMG_0002.JPG", date="2026:06:30 16:00:00"),
                                tag=PhotoTag.AFTER, caption="Three weeks on"),
            photos.attach_photo(database, event.id, camera_jpeg(tmp_path / "IMG_0003.JPG", orientation=1))]
    gone = photos.attach_photo(database, event.id, camera_jpeg(tmp_path / "IMG_0004.JPG", orientation=3))
    photos.remove_photo(database, gone.photo.id)
    return [*done, gone]


def open_empty(folder: Path) -> Database:
    folder.mkdir(parents=True)
    return open_store(folder / "fieldlog.db")


def photo_rows(database: Database) -> dict[str, tuple[Any, ...]]:
    assert database.path is not None
    connection = sqlite3.connect(f"file:{database.path}?mode=ro", uri=True)
    try:
        cursor = connection.execute("SELECT * FROM photos")
        names = [column[0] for column in cursor.description]
        return {row[names.index("id")]: tuple(zip(names, row, strict=True)) for row in cursor}
    finally:
        connection.close()


def store_bytes(database: Database) -> dict[str, bytes]:
    store = photos.photo_dir(database)
    return {path.name: path.read_bytes() for path in store.glob("*.*") if path.is_file()}


def test_a_package_carries_every_photo_byte_for_byte(database: Database, attached: list[photos.Attached],
                                                      tmp_path: Path) -> None:
    package = tmp_path / "out" / "a.fieldlog"
    package.parent.mkdir()
    result = export_package(database, package)
    assert result.counts["photos"] == 4 and result.notes == ()
    with zipfile.ZipFile(package) as archive:
        members = {name: archive.read(name) for name in archive.namelist() if name.startswith("photos/")}
    originals = store_bytes(database)
    assert {name.removeprefix("photos/"): data for name, data in members.items()} == originals
    assert all(hashlib.sha256(data).hexdigest() == name.split(".")[0] for name, data in originals.items())

    target = open_empty(tmp_path / "coordinator")
    merged = merge_package(target, package)
    assert merged.count(Outcome.ADDED, "photos") == 3 and merged.count(Outcome.TOMBSTONE, "photos") == 1
    assert photo_rows(target) == photo_rows(database)
    assert store_bytes(target) == originals  # every picture, byte for byte, in the receiving store
    assert check_database(target).ok
    listed = photos.list_photos(target, attached[1].photo.activity_id)  # type: ignore[arg-type]
    assert [(p.tag, p.caption) for p in listed] == [(PhotoTag.BEFORE, None), (PhotoTag.AFTER, "Three weeks on")]

    again = tmp_path / "out" / "again.fieldlog"
    export_package(target, again)
    with zipfile.ZipFile(package) as one, zipfile.ZipFile(again) as two:
        assert one.read("photos.jsonl") == two.read("photos.jsonl")
        assert {n for n in one.namelist() if n.startswith("photos/")} == {n for n in two.namelist()
                                                                          if n.startswith("photos/")}
    assert merge_package(target, package).written == 0  # merging it twice changes nothing


def test_a_package_for_sharing_carries_pictures_without_gps_owner_or_serials(
        database: Database, attached: list[photos.Attached], tmp_path: Path) -> None:
    package = tmp_path / "shared.fieldlog"
    done = fieldlog("--db", str(database.path), "export", "package", str(package), "--for-sharing")
    assert done.returncode == 0, done.stderr
    with zipfile.ZipFile(package) as archive:
        names = archive.namelist()
        pictures = {name: archive.read(name) for name in names if name.startswith("photos/")}
        rows = [json.loads(line) for line in archive.read("photos.jsonl").splitlines()]
        everything = b"".join(archive.read(name) for name in names)
    assert len(pictures) == 3  # the live photos; a removed one travels as a tombstone without its picture
    for text in (OWNER, SERIAL, LENS_SERIAL, "IMG_000"):
        assert text.encode() not in everything, text
    for name, data in pictures.items():
        assert hashlib.sha256(data).hexdigest() == name.removeprefix("photos/").split(".")[0]
        exif = Image.open(io.BytesIO(data)).getexif()
        assert not exif.get_ifd(ExifTags.IFD.GPSInfo) and ExifTags.Base.Artist not in exif
    for row in rows:
        assert row["latitude"] is None and row["longitude"] is None and row["original_name"] is None
        assert row["deleted_at"] is not None or f"photos/{row['sha256']}.{row['extension']}" in pictures
    originals = {attach.photo.sha256 for attach in attached}
    assert not originals & {row["sha256"] for row in rows if row["deleted_at"] is None}  # the copies, not these

    target = open_empty(tmp_path / "ser")
    merge_package(target, package)
    stored = store_bytes(target)
    assert {name: data for name, data in stored.items()} == {n.removeprefix("photos/"): d for n, d in pictures.items()}
    assert check_database(target).ok


def test_a_missing_picture_is_said_and_its_photo_still_travels(database: Database, attached: list[photos.Attached],
                                                                tmp_path: Path) -> None:
    lost = attached[0].photo
    photos.photo_path(database, lost).unlink()
    package = tmp_path / "a.fieldlog"
    result = export_package(database, package)
    assert len(result.notes) == 1 and "missing" in result.notes[0] and lost.sha256[:12] in result.notes[0]
    target = open_empty(tmp_path / "coordinator")
    merged = merge_package(target, package)
    assert merged.count(Outcome.ADDED, "photos") == 3
    assert any("came without its picture" in line for line in merged.summary_lines())
    problems = check_database(target)
    assert not problems.ok and lost.sha256[:12] in "\n".join(problems.problems)


def test_a_damaged_picture_in_a_package_is_refused_with_nothing_written(
        database: Database, attached: list[photos.Attached], tmp_path: Path) -> None:
    package = tmp_path / "a.fieldlog"
    export_package(database, package)
    damaged = tmp_path / "damaged.fieldlog"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(damaged, "w") as out:
        for info in source.infolist():
            data = source.read(info)
            if info.filename.startswith("photos/") and info.filename.endswith(".jpg") and b"\xff\xd9" in data[-2:]:
                data = data[:-40] + bytes(38) + data[-2:]  # same size, other bytes: the manifest's hash fails
            out.writestr(info, data)
    target = open_empty(tmp_path / "coordinator")
    assert target.path is not None
    signature = db_signature(target.path)
    with pytest.raises(PackageRejected, match="does not match the SHA-256"):
        merge_package(target, damaged)
    assert db_signature(target.path) == signature
    store = photos.photo_dir(target)
    assert not store.exists() or not [p for p in store.rglob("*") if p.is_file()]  # no picture, no partial
