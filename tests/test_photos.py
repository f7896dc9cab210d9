"""Photos: real JPEGs made by Pillow with EXIF (date, GPS, orientation 6, owner, serials, an embedded
thumbnail), attached through the services and the command line; hostile files refused with nothing written."""

from __future__ import annotations

import errno
import io
import os
import shutil
import struct
import time
import uuid
import zlib
from pathlib import Path

import pytest
from PIL import ExifTags, Image

from fieldlog.db.store import Database
from fieldlog.domain.errors import PhotoRejected, RecordNotFound, StorageFull
from fieldlog.domain.photos import PhotoTag
from fieldlog.domain.records import Event, Planting
from fieldlog.io import photos as photo_io
from fieldlog.services import photos
from fieldlog.services.maintenance import backup_everything, check_database
from fieldlog.services.records import Records
from tests.conftest import db_signature
from tests.test_cli import fieldlog

pytestmark = pytest.mark.sqlite_only("photos are kept beside a database file; a server database refuses them")

# -- real photo files -------------------------------------------------------------------------------------

OWNER, SERIAL, LENS_SERIAL = "Jane Volunteer", "SN-4471-0093", "LENS-999"


def exif_payload(*, orientation: int = 6, date: str = "2026:05:31 09:12:44",
                 latitude: tuple[float, float, float] = (1, 14, 12.12), latitude_ref: str = "S",
                 longitude: tuple[float, float, float] = (36, 50, 6.0), longitude_ref: str = "E",
                 thumbnail: bytes | None = None) -> bytes:
    """An EXIF APP1 payload written byte by byte (little-endian TIFF), as a camera writes it: IFD0 with
    orientation, artist and make; the Exif IFD with the date, owner and serials; the GPS IFD; and IFD1
    holding an embedded JPEG thumbnail (Pillow's own Exif writer never writes IFD1)."""
    Entry = tuple[int, int, bytes]  # type, count, value bytes

    def ascii_(text: str) -> Entry:
        raw = text.encode() + b"\0"
        return 2, len(raw), raw

    def rationals(values: tuple[float, float, float]) -> Entry:
        return 5, 3, b"".join(struct.pack("<II", round(v * 1000), 1000) for v in values)

    def short(value: int) -> Entry:
        return 3, 1, struct.pack("<H", value)

    def long_(value: int) -> Entry:
        return 4, 1, struct.pack("<I", value)

    ifd0 = {0x0112: short(orientation), 0x013B: ascii_(OWNER), 0x010F: ascii_("TestCam"),
            0x8769: long_(0), 0x8825: long_(0)}
    exif = {0x9003: ascii_(date), 0xA430: ascii_(OWNER), 0xA431: ascii_(SERIAL), 0xA435: ascii_(LENS_SERIAL)}
    gps = {1: ascii_(latitude_ref), 2: rationals(latitude), 3: ascii_(longitude_ref), 4: rationals(longitude)}
    ifd1 = {0x0103: short(6), 0x0201: long_(0), 0x0202: long_(len(thumbnail or b""))} if thumbnail else {}

    def size(ifd: dict[int, Entry]) -> int:
        return 2 + 12 * len(ifd) + 4 if ifd else 0

    offset_exif = 8 + size(ifd0)
    offset_gps = offset_exif + size(exif)
    offset_ifd1 = offset_gps + size(gps)
    data_offset = offset_ifd1 + size(ifd1)
    ifd0[0x8769], ifd0[0x8825] = long_(offset_exif), long_(offset_gps)
    blobs = bytearray()

    def build(ifd: dict[int, Entry], next_ifd: int) -> bytes:
        out = bytearray(struct.pack("<H", len(ifd)))
        for tag in sorted(ifd):
            kind, count, raw = ifd[tag]
            if len(raw) <= 4:
                out += struct.pack("<HHI", tag, kind, count) + raw.ljust(4, b"\0")
            else:
                out += struct.pack("<HHII", tag, kind, count, data_offset + len(blobs))
                blobs.extend(raw + b"\0" * (len(raw) % 2))
        return bytes(out + struct.pack("<I", next_ifd))

    parts = [build(ifd0, offset_ifd1 if ifd1 else 0), build(exif, 0), build(gps, 0)]
    if thumbnail:
        ifd1[0x0201] = long_(data_offset + len(blobs))
        parts.append(build(ifd1, 0))
        blobs.extend(thumbnail)
    return b"Exif\0\0II*\0" + struct.pack("<I", 8) + b"".join(parts) + bytes(blobs)


def jpeg_bytes(size: tuple[int, int] = (400, 200), exif: bytes = b"", color: tuple[int, int, int] = (200, 30, 30),
               ) -> bytes:
    """A JPEG whose left half is blue and right half `color`, so a rotation shows."""
    image = Image.new("RGB", size, color)
    image.paste((20, 20, 220), (0, 0, size[0] // 2, size[1]))
    out = io.BytesIO()
    image.save(out, "JPEG", quality=90, exif=exif)
    return out.getvalue()


def camera_jpeg(path: Path, **exif: object) -> Path:
    """A 400 x 200 JPEG with orientation 6, a date, GPS south of the equator, owner, serials and a thumbnail."""
    path.write_bytes(jpeg_bytes(exif=exif_payload(thumbnail=jpeg_bytes((64, 32)), **exif)))  # type: ignore[arg-type]
    return path


def patched_jpeg(path: Path, width: int, height: int) -> Path:
    """A small real JPEG whose frame header (SOF0) claims other dimensions."""
    data = bytearray(jpeg_bytes((64, 48)))
    sof = data.index(b"\xff\xc0")
    data[sof + 5:sof + 9] = struct.pack(">HH", height, width)
    path.write_bytes(bytes(data))
    return path


def png_claiming(path: Path, width: int, height: int) -> Path:
    """A PNG whose IHDR (with a valid CRC) claims `width` x `height` pixels over a few bytes of data."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(b"\0" * 64))
                     + chunk(b"IEND", b""))
    return path


def store_files(database: Database) -> list[str]:
    """Every file under the photo store (thumbnails and leftovers included)."""
    store = photos.photo_dir(database)
    return sorted(str(p.relative_to(store)) for p in store.rglob("*") if p.is_file()) if store.exists() else []


@pytest.fixture
def planting(records: Records, event: Event) -> Planting:
    """A planting without a date or coordinates of its own."""
    saved = records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=20)).record
    assert isinstance(saved, Planting)
    return saved


# -- reading photos ---------------------------------------------------------------------------------------


def test_exif_date_position_and_orientation_are_read(tmp_path: Path) -> None:
    info = photo_io.read_photo_info(camera_jpeg(tmp_path / "a.jpg"))
    assert info.format == "JPEG" and info.extension == "jpg"
    assert info.orientation == 6
    assert (info.width, info.height) == (200, 400)  # as shown: turned a quarter
    assert info.taken_at is not None and info.taken_at.isoformat() == "2026-05-31T09:12:44"
    assert info.latitude == pytest.approx(-(1 + 14 / 60 + 12.12 / 3600))
    assert info.longitude == pytest.approx(36 + 50 / 60 + 6 / 3600)


def test_photo_without_exif_has_no_date_or_position(tmp_path: Path) -> None:
    path = tmp_path / "plain.jpg"
    path.write_bytes(jpeg_bytes())
    info = photo_io.read_photo_info(path)
    assert (info.orientation, info.taken_at, info.latitude, info.longitude) == (1, None, None, None)
    assert (info.width, info.height) == (400, 200)


def test_thumbnail_respects_orientation(tmp_path: Path) -> None:
    thumb = Image.open(io.BytesIO(photo_io.make_thumbnail(camera_jpeg(tmp_path / "a.jpg"), 128)))
    assert thumb.format == "JPEG"
    assert thumb.size == (64, 128)  # 400 x 200 with orientation 6 is shown portrait
    # Orientation 6: the camera was turned clockwise, so the picture's left (blue) half is shown on top.
    top, bottom = thumb.getpixel((32, 10)), thumb.getpixel((32, 118))
    assert isinstance(top, tuple) and isinstance(bottom, tuple)
    assert top[2] > 150 and top[0] < 100, top
    assert bottom[0] > 150 and bottom[2] < 100, bottom


def test_downscale_keeps_date_and_position(tmp_path: Path) -> None:
    smaller = photo_io.downscale(camera_jpeg(tmp_path / "a.jpg"), 100)
    assert smaller is not None
    assert Image.open(io.BytesIO(smaller)).size == (100, 50)
    info = photo_io.read_photo_info(smaller)
    assert info.taken_at is not None and info.taken_at.day == 31
    assert info.latitude == pytest.approx(-1.2367, abs=1e-4) and info.orientation == 6
    assert photo_io.downscale(tmp_path / "a.jpg", 400) is None  # already small enough


def test_shared_copy_has_no_gps_owner_serials_or_thumbnail(tmp_path: Path) -> None:
    original = camera_jpeg(tmp_path / "a.jpg")
    before = original.read_bytes()
    assert Image.open(original).getexif().get_ifd(ExifTags.IFD.IFD1)  # the fixture really has a thumbnail
    shared = photo_io.shared_copy(original)
    assert original.read_bytes() == before  # the original is untouched
    image = Image.open(io.BytesIO(shared))
    exif = image.getexif()
    assert ExifTags.IFD.GPSInfo not in exif and not exif.get_ifd(ExifTags.IFD.GPSInfo)
    assert not exif.get_ifd(ExifTags.IFD.IFD1)
    assert ExifTags.Base.Artist not in exif
    sub = exif.get_ifd(ExifTags.IFD.Exif)
    for tag in (ExifTags.Base.CameraOwnerName, ExifTags.Base.BodySerialNumber, ExifTags.Base.LensSerialNumber):
        assert tag not in sub
    for text in (OWNER, SERIAL, LENS_SERIAL):
        assert text.encode() not in shared
    assert shared.count(b"\xff\xd8") == 1  # no second JPEG (thumbnail) inside
    # what stays: when and which way up, and the very same picture
    assert sub[ExifTags.Base.DateTimeOriginal] == "2026:05:31 09:12:44"
    assert exif[ExifTags.Base.Orientation] == 6
    assert image.tobytes() == Image.open(original).tobytes()


# -- attaching --------------------------------------------------------------------------------------------


def test_attach_stores_the_file_by_hash_then_the_row(database: Database, planting: Planting,
                                                     tmp_path: Path) -> None:
    source = camera_jpeg(tmp_path / "IMG_0001.JPG")
    attached = photos.attach_photo(database, planting.id, source, tag=PhotoTag.BEFORE, caption="Bare slope")
    photo = attached.photo
    assert attached.new_row and attached.new_file and not attached.downscaled
    assert photo.sha256 == photos.file_sha256(source) and photo.extension == "jpg"
    stored = photos.photo_path(database, photo)
    assert stored == database.path.parent / "photos" / f"{photo.sha256}.jpg"  # type: ignore[union-attr]
    assert stored.read_bytes() == source.read_bytes()
    assert (photo.activity_id, photo.event_id, photo.tag, photo.caption) == (planting.id, None, PhotoTag.BEFORE,
                                                                             "Bare slope")
    assert (photo.width, photo.height, photo.size_bytes) == (200, 400, source.stat().st_size)
    assert photo.original_name == "IMG_0001.JPG"
    assert photo.taken_at is not None and photo.latitude == pytest.approx(-1.2367, abs=1e-4)
    assert photos.list_photos(database, planting.id) == [photo]
    # the thumbnail was cached while attaching, and is found again without decoding
    thumb = photos.thumbnail(database, photo)
    assert thumb == stored.parent / ".thumbs" / f"{photo.sha256}-256.jpg"
    assert Image.open(thumb).size == (128, 256)
    assert store_files(database) == [f".thumbs/{photo.sha256}-256.jpg", f"{photo.sha256}.jpg"]


def test_same_picture_twice_is_stored_once(database: Database, planting: Planting, event: Event,
                                           tmp_path: Path) -> None:
    source = camera_jpeg(tmp_path / "a.jpg")
    copy = shutil.copy(source, tmp_path / "copy of a.jpg")
    first = photos.attach_photo(database, planting.id, source)
    again = photos.attach_photo(database, planting.id, Path(copy))
    assert not again.new_row and not again.new_file and again.photo == first.photo
    assert len(photos.list_photos(database, planting.id)) == 1
    other = photos.attach_photo(database, event.id, source)  # another record: a row of its own, the same file
    assert other.new_row and not other.new_file and other.photo.event_id == event.id
    assert other.photo.id != first.photo.id
    assert [name for name in store_files(database) if not name.startswith(".")] == [f"{first.photo.sha256}.jpg"]


def test_attach_downscaled_keeps_exif(database: Database, planting: Planting, tmp_path: Path) -> None:
    attached = photos.attach_photo(database, planting.id, camera_jpeg(tmp_path / "a.jpg"), max_side=100)
    assert attached.downscaled
    photo = attached.photo
    assert (photo.width, photo.height) == (50, 100)
    assert photo.taken_at is not None and photo.latitude is not None
    stored = photos.photo_path(database, photo)
    assert photos.file_sha256(stored) == photo.sha256 and stored.stat().st_size == photo.size_bytes


def test_caption_tag_and_removal(database: Database, planting: Planting, tmp_path: Path) -> None:
    photo = photos.attach_photo(database, planting.id, camera_jpeg(tmp_path / "a.jpg")).photo
    changed = photos.update_photo(database, photo.id, caption="  After one year ", tag=PhotoTag.AFTER)
    assert (changed.caption, changed.tag) == ("After one year", PhotoTag.AFTER)
    assert photos.update_photo(database, photo.id, tag=PhotoTag.OTHER).caption == "After one year"
    photos.remove_photo(database, photo.id)
    assert photos.list_photos(database, planting.id) == []
    assert photos.photo_path(database, photo).exists()  # the picture stays: backups may name it
    with pytest.raises(RecordNotFound):
        photos.get_photo(database, photo.id)


def test_exif_fills_an_empty_activity_date_and_position(database: Database, records: Records,
                                                        planting: Planting, tmp_path: Path) -> None:
    photos.attach_photo(database, planting.id, camera_jpeg(tmp_path / "a.jpg"))
    offer, saved = photos.fill_from_exif(database, planting.id, records)
    assert saved is not None and offer.date is not None and offer.date.isoformat() == "2026-05-31"
    activity = records.get_activity(planting.id)
    assert activity.date == offer.date and activity.latitude == pytest.approx(-1.2367, abs=1e-4)
    assert photos.fill_from_exif(database, planting.id, records)[1] is None  # nothing empty any more


def test_short_record_ids(database: Database, planting: Planting, event: Event) -> None:
    assert photos.resolve_record(database, str(planting.id)) == ("activity", planting.id)
    assert photos.resolve_record(database, str(event.id)[:8]) == ("event", event.id)
    with pytest.raises(RecordNotFound):
        photos.resolve_record(database, str(uuid.uuid4()))


# -- bad input: refused fast, nothing written -------------------------------------------------------------


def _not_an_image(path: Path) -> Path:
    path.write_text("Species,Plants\nPrunus africana,20\n")
    return path


def _truncated(path: Path) -> Path:
    data = camera_jpeg(path).read_bytes()
    path.write_bytes(data[: len(data) * 2 // 3])
    return path


def _gif(path: Path) -> Path:
    Image.new("RGB", (20, 20)).save(path, "GIF")
    return path


def _heic(path: Path) -> Path:
    path.write_bytes(b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + os.urandom(200))
    return path


BAD = {
    "not an image": (_not_an_image, "not a photo"),
    "truncated JPEG": (_truncated, "truncated"),
    "PNG claiming 65,500 x 65,500": (lambda p: png_claiming(p, 65_500, 65_500), "4.3 gigapixels"),
    "JPEG claiming 65,500 x 65,500": (lambda p: patched_jpeg(p, 65_500, 65_500), "too large"),
    "100 megapixels": (lambda p: patched_jpeg(p, 10_000, 10_000), "100 megapixels"),
    "a format fieldlog does not take (GIF)": (_gif, "GIF"),
    "a format Pillow cannot read (HEIC)": (_heic, "HEIC"),
    "empty file": (lambda p: (p.write_bytes(b""), p)[1], "empty"),
}


@pytest.mark.parametrize("case", list(BAD))
def test_bad_photos_are_refused_fast_with_nothing_written(case: str, database: Database, planting: Planting,
                                                          db_path: Path, tmp_path: Path) -> None:
    make, words = BAD[case]
    good = camera_jpeg(tmp_path / "good.jpg")
    bad = make(tmp_path / "bad.jpg")
    before = db_signature(db_path)
    started = time.perf_counter()
    with pytest.raises(PhotoRejected) as caught:
        photos.attach_photos(database, planting.id, [good, bad])  # one bad file: none is attached
    assert time.perf_counter() - started < 1.0
    assert words in str(caught.value) and str(bad) in str(caught.value)
    assert caught.value.exit_status == 1
    assert db_signature(db_path) == before
    assert store_files(database) == []


def test_a_missing_file_is_a_usage_error(database: Database, planting: Planting, tmp_path: Path) -> None:
    with pytest.raises(PhotoRejected, match="no such file") as caught:
        photos.attach_photo(database, planting.id, tmp_path / "nowhere.jpg")
    assert caught.value.exit_status == 2


def test_unknown_record_stores_nothing(database: Database, db_path: Path, tmp_path: Path) -> None:
    before = db_signature(db_path)
    with pytest.raises(RecordNotFound):
        photos.attach_photo(database, uuid.uuid4(), camera_jpeg(tmp_path / "a.jpg"))
    assert db_signature(db_path) == before and store_files(database) == []


def test_disk_full_while_storing_leaves_no_row_and_no_file(database: Database, planting: Planting, db_path: Path,
                                                           tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = camera_jpeg(tmp_path / "a.jpg")
    before = db_signature(db_path)

    def full(*_args: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(photos.os, "replace", full)
    with pytest.raises(StorageFull, match="disk is full"):
        photos.attach_photo(database, planting.id, source)
    assert db_signature(db_path) == before and store_files(database) == []


# -- integrity and backups --------------------------------------------------------------------------------


def test_check_reports_missing_and_altered_photos(database: Database, planting: Planting, event: Event,
                                                  tmp_path: Path) -> None:
    first = photos.attach_photo(database, planting.id, camera_jpeg(tmp_path / "a.jpg")).photo
    second = photos.attach_photo(database, event.id, camera_jpeg(tmp_path / "b.jpg", orientation=1)).photo
    report = check_database(database)
    assert report.ok, report.problems
    assert report.counts["photos"] == 2
    photos.photo_path(database, first).unlink()
    altered = photos.photo_path(database, second)
    altered.write_bytes(altered.read_bytes()[:-10] + b"0123456789")
    problems = check_database(database).problems
    assert any("a.jpg is missing" in p for p in problems), problems
    assert any("b.jpg" in p and "altered" in p for p in problems), problems
    photos.thumbnail_file(photos.photo_dir(database), first.sha256).unlink()  # so it must be made again
    with pytest.raises(PhotoRejected, match="missing from the photo store"):
        photos.thumbnail(database, first)


def test_backup_copies_photos_and_restore_brings_them_back(database: Database, planting: Planting,
                                                           tmp_path: Path) -> None:
    photo = photos.attach_photo(database, planting.id, camera_jpeg(tmp_path / "a.jpg")).photo
    _, backed = backup_everything(database)
    assert (backed.copied, backed.already, backed.missing) == (1, 0, ())
    assert backup_everything(database)[1].already == 1  # each picture is copied once ever
    copy = photos.backup_photo_dir_for(database.path) / photo.file_name  # type: ignore[arg-type]
    assert photos.file_sha256(copy) == photo.sha256
    stored = photos.photo_path(database, photo)
    stored.unlink()  # lost from the store after the backup
    restored = photos.restore_photos(database)
    assert (restored.recovered, restored.missing) == (1, ())
    assert photos.file_sha256(stored) == photo.sha256
    stored.unlink()
    copy.unlink()
    missing = photos.restore_photos(database)
    assert missing.recovered == 0 and len(missing.missing) == 1 and "a.jpg" in missing.missing[0]


# -- the command line -------------------------------------------------------------------------------------


def test_cli_attach_check_and_backup(database: Database, planting: Planting, event: Event, db_path: Path,
                                     tmp_path: Path) -> None:
    database.close()  # the command runs in its own process
    db = str(db_path)
    source = camera_jpeg(tmp_path / "IMG_0001.JPG")
    done = fieldlog("--db", db, "attach", str(planting.id)[:8], str(source))
    assert done.returncode == 0, done.stderr
    assert "IMG_0001.JPG: attached to activity" in done.stdout and "EXIF: taken 2026-05-31 09:12:44" in done.stdout
    assert "--use-exif" in done.stdout  # the activity has no date or coordinates: offered, not done
    again = fieldlog("--db", db, "attach", str(planting.id), str(source), "--use-exif")
    assert again.returncode == 0, again.stderr
    assert "was already attached" in again.stdout and "Filled the activity's date 2026-05-31" in again.stdout
    to_event = fieldlog("--db", db, "attach", str(event.id), str(source), "--max-side", "100", "--tag", "after")
    assert to_event.returncode == 0 and "(50 x 100, scaled down)" in to_event.stdout, to_event.stdout
    checked = fieldlog("--db", db, "check")
    assert checked.returncode == 0 and "2 photos" in checked.stdout, checked.stderr
    backed = fieldlog("--db", db, "backup")
    assert backed.returncode == 0 and "2 pictures copied" in backed.stdout, backed.stdout + backed.stderr
    for stored in (db_path.parent / "photos").glob("*.jpg"):
        stored.unlink()
    checked = fieldlog("--db", db, "check")
    assert checked.returncode == 1 and "missing from the photo store" in checked.stderr
    assert "Traceback" not in checked.stderr


def test_cli_refuses_bad_photos(database: Database, planting: Planting, db_path: Path, tmp_path: Path) -> None:
    database.close()
    before = db_signature(db_path)
    bad = png_claiming(tmp_path / "bomb.png", 65_500, 65_500)
    done = fieldlog("--db", str(db_path), "attach", str(planting.id), str(camera_jpeg(tmp_path / "a.jpg")), str(bad))
    assert done.returncode == 1 and str(bad) in done.stderr and "too large" in done.stderr
    assert "Traceback" not in done.stderr
    missing = fieldlog("--db", str(db_path), "attach", str(planting.id), str(tmp_path / "gone.jpg"))
    assert missing.returncode == 2 and "gone.jpg" in missing.stderr
    usage = fieldlog("--db", str(db_path), "attach", str(planting.id), str(bad), "--max-side", "0")
    assert usage.returncode == 2
    unknown = fieldlog("--db", str(db_path), "attach", str(uuid.uuid4()), str(tmp_path / "a.jpg"))
    assert unknown.returncode == 1 and "no event or activity" in unknown.stderr
    assert db_signature(db_path) == before
    assert not (db_path.parent / "photos").exists()


def test_photos_go_with_their_record_and_come_back_with_it(database: Database, records: Records,
                                                          planting: Planting, event: Event,
                                                          tmp_path: Path) -> None:
    of_event = photos.attach_photo(database, event.id, camera_jpeg(tmp_path / "a.jpg")).photo
    of_planting = photos.attach_photo(database, planting.id, camera_jpeg(tmp_path / "b.jpg", orientation=1)).photo
    removed_before = photos.attach_photo(database, event.id, camera_jpeg(tmp_path / "c.jpg", orientation=3)).photo
    photos.remove_photo(database, removed_before.id)
    records.delete(planting.id)
    assert photos.list_photos(database, planting.id) == [] and len(photos.list_photos(database, event.id)) == 1
    records.restore(planting.id)
    assert [p.id for p in photos.list_photos(database, planting.id)] == [of_planting.id]
    records.delete(event.id)  # the event takes its activities and every photo of both along
    assert photos.list_photos(database, event.id) == [] and photos.list_photos(database, planting.id) == []
    assert (photos.photo_dir(database) / of_event.file_name).is_file()  # the pictures stay in the store
    records.restore(event.id)
    assert [p.id for p in photos.list_photos(database, event.id)] == [of_event.id]  # not the one removed before
    assert [p.id for p in photos.list_photos(database, planting.id)] == [of_planting.id]
