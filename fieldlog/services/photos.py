"""Photos of events and activities: the content-addressed photo store, attaching, thumbnails, integrity
and the photo side of backups.

Layout, beside the database file (as `backups/` is):

    photos/<sha256>.<ext>               the pictures, named by the SHA-256 of their bytes
    photos/.thumbs/<sha256>-<size>.jpg  thumbnails, made on demand; a cache that may be deleted any time
    backups/photos/<sha256>.<ext>       the backup copy of every picture (see `backup_photos`)

A stored picture never changes and is never deleted by fieldlog (deleting a photo leaves a tombstone
row, as for every record), so any database backup finds every picture it names in the store, unless
something outside fieldlog removed or altered it; `backups/photos/` covers that case.

Attaching copies the file into a temporary name in the store, checks the copy's hash, renames it to
its final name and only then inserts the row: a crash or a full disk leaves no row pointing at a
missing or half-written file (a stray `.tmp` at worst, removed by the next attach).
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import os
import tempfile
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import String, cast, func, or_, select
from sqlalchemy.orm import Session

from fieldlog.db.store import Database, backup_dir_for
from fieldlog.db.tables import ActivityRow, EventRow, PhotoRow
from fieldlog.domain.errors import EditConflict, FieldlogError, PhotoRejected, RecordNotFound, StorageFull
from fieldlog.domain.photos import Photo, PhotoTag
from fieldlog.domain.records import Activity
from fieldlog.io.atomic import fsync_dir
from fieldlog.io.files import file_chunks, file_sha256
from fieldlog.io.photos import THUMBNAIL_SIZE, PhotoInfo, downscale, shared_copy, thumbnail_with_info
from fieldlog.services.records import Cancelled, Records, Saved, utc_now

STORE = "photos"
THUMBS = ".thumbs"
PARTIAL_SUFFIX = ".tmp"
FILL_ATTEMPTS = 3  # reads and fills again when someone else saved the activity in between
Progress = Callable[[int, int], None]  # (done, total)


def photo_dir_for(database_path: Path) -> Path:
    """The photo store of the SQLite file `database_path`: `photos/` beside it."""
    return database_path.parent / STORE


def backup_photo_dir_for(database_path: Path) -> Path:
    """Where backups keep their copy of the photo store: `backups/photos/`."""
    return backup_dir_for(database_path) / STORE


def photo_dir(database: Database) -> Path:
    """The photo store of an open database; a server database has none (photos need a database file)."""
    if database.path is None:
        raise FieldlogError("Photos are kept beside a database file; a server database cannot store them yet.")
    return photo_dir_for(database.path)


def photo_path(database: Database, photo: Photo) -> Path:
    """The stored file of a photo."""
    return photo_dir(database) / photo.file_name


@dataclass(frozen=True, slots=True)
class Attached:
    """One attached photo: its record, and whether this attach added a row and a file."""

    photo: Photo
    source: Path
    new_row: bool  # False: the same picture was already attached to that record
    new_file: bool  # False: the store already held the picture (for this or another record)
    downscaled: bool


def _photo(row: PhotoRow) -> Photo:
    return Photo(id=row.id, created_at=row.created_at, updated_at=row.updated_at, deleted_at=row.deleted_at,
                 sha256=row.sha256, extension=row.extension, width=row.width, height=row.height,
                 size_bytes=row.size_bytes, event_id=row.event_id, activity_id=row.activity_id,
                 original_name=row.original_name, caption=row.caption, tag=PhotoTag(row.tag),
                 taken_at=row.taken_at, latitude=row.latitude, longitude=row.longitude)


def _owner(database: Database, record_id: uuid.UUID) -> tuple[str, uuid.UUID]:
    """("event" | "activity", id) of a live record, else RecordNotFound."""
    with database.reading() as session:
        return _live_owner(session, record_id)


def _live_owner(session: Session, record_id: uuid.UUID) -> tuple[str, uuid.UUID]:
    event = session.get(EventRow, record_id)
    if event is not None and event.deleted_at is None:
        return "event", record_id
    activity = session.get(ActivityRow, record_id)
    if activity is not None and activity.deleted_at is None:
        return "activity", record_id
    raise RecordNotFound(f"There is no event or activity with id {record_id} (it may have been deleted).")


def resolve_record(database: Database, text: str) -> tuple[str, uuid.UUID]:
    """("event" | "activity", id) for a record id typed by a person: the full UUID, or (when it names one
    live record only) its first characters, at least 8, as the window shows them."""
    cleaned = text.strip().lower().replace("-", "")
    try:
        return _owner(database, uuid.UUID(text.strip()))
    except ValueError:
        pass
    if len(cleaned) < 8 or any(c not in "0123456789abcdef" for c in cleaned):
        raise FieldlogError(f"'{text}' is not a record id (a UUID like 3f2b9c1e-..., or its first 8 characters).")
    found: list[tuple[str, uuid.UUID]] = []
    with database.reading() as session:
        # UUIDs are stored as 32 hex digits on SQLite; a prefix match reads the primary key index only.
        for kind, row in (("event", EventRow), ("activity", ActivityRow)):
            text_id = func.lower(func.replace(cast(row.id, String), "-", ""))  # PostgreSQL writes dashes
            ids = session.scalars(select(row.id).where(row.deleted_at.is_(None), text_id.like(f"{cleaned}%"))
                                  .limit(2))
            found += [(kind, found_id) for found_id in ids]
    if not found:
        raise RecordNotFound(f"There is no event or activity whose id starts with '{text}'.")
    if len(found) > 1:
        raise FieldlogError(f"More than one record's id starts with '{text}'; give more of it.")
    return found[0]


# -- the store -------------------------------------------------------------------------------------------




def _storage_error(error: OSError, what: str) -> FieldlogError:
    import errno

    if error.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFull(f"The disk is full: {what} was not stored. Free some space and try again.")
    return FieldlogError(f"Could not store {what}: {error.strerror or error}. Nothing was attached.")


def _store_bytes(store: Path, data: bytes | Path | Iterable[bytes], extension: str,
                 what: str) -> tuple[str, Path, bool]:
    """Put a picture into the store: (sha256, final path, True when this added the file).

    Written under a temporary name, synced, read back and hashed again, then renamed; a file already
    there under that name whose bytes no longer match is replaced by the good copy.
    """
    try:
        store.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(dir=store, prefix=f".attach-{os.getpid()}-", suffix=PARTIAL_SUFFIX)
    except OSError as error:
        raise _storage_error(error, what) from error
    partial = Path(name)
    try:
        digest = hashlib.sha256()
        with os.fdopen(fd, "wb") as out:
            for chunk in _chunks_of(data):
                digest.update(chunk)
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
        sha = digest.hexdigest()
        if file_sha256(partial) != sha:  # what reached the disk is not what was read: never reference it
            raise FieldlogError(f"The copy of {what} in {store} does not match the original (a failing disk?). "
                                "Nothing was attached.")
        final = store / f"{sha}.{extension}"
        if final.is_file() and file_sha256(final) == sha:
            return sha, final, False
        partial.chmod(0o644)
        os.replace(partial, final)
        fsync_dir(store)
        return sha, final, True
    except OSError as error:
        raise _storage_error(error, what) from error
    finally:
        partial.unlink(missing_ok=True)


def _chunks_of(data: bytes | Path | Iterable[bytes]) -> Iterator[bytes]:
    if isinstance(data, bytes):
        yield data
    elif isinstance(data, Path):
        yield from file_chunks(data)
    else:
        yield from data


def store_file(store: Path, chunks: Iterable[bytes], extension: str, what: str) -> str:
    """Put a picture that arrives in chunks (from a package) into the store, checked and synced; its SHA-256.

    An error raised by `chunks` (a package member failing its hash at its end) leaves no file behind."""
    sha, _final, _added = _store_bytes(store, chunks, extension, what)
    return sha


def _clean_partials(store: Path) -> None:
    """Remove `.attach-<pid>-*.tmp` files of attaches whose process died."""
    from fieldlog.db.lock import pid_alive

    if not store.is_dir():
        return
    for leftover in store.glob(f".attach-*{PARTIAL_SUFFIX}"):
        pid = leftover.name.split("-")[1]
        if pid.isdigit() and int(pid) != os.getpid() and not pid_alive(int(pid)):
            leftover.unlink(missing_ok=True)


def _write_cache(path: Path, data: bytes) -> None:
    """Write a cache file by rename (never a half file under the real name); no fsync: a thumbnail lost
    to a power cut is made again."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=PARTIAL_SUFFIX)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
        os.replace(name, path)
    finally:
        Path(name).unlink(missing_ok=True)


def thumbnail_file(store: Path, sha256: str, size: int = THUMBNAIL_SIZE) -> Path:
    """Where the thumbnail of a picture at a size is cached."""
    return store / THUMBS / f"{sha256}-{size}.jpg"


# -- attaching -------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Prepared:
    source: Path
    data: bytes | Path  # the bytes to store: the file itself, or its downscaled copy
    info: PhotoInfo
    thumbnail: bytes
    downscaled: bool


def _prepare(source: Path, max_side: int | None) -> _Prepared:
    """Check a photo in full (decoded, so a damaged one is refused) and make what attaching it stores."""
    smaller = downscale(source, max_side) if max_side else None
    data: bytes | Path = smaller if smaller is not None else source
    thumb, info = thumbnail_with_info(data, THUMBNAIL_SIZE, name=str(source))
    return _Prepared(source, data, info, thumb, smaller is not None)


def attach_photos(database: Database, record_id: uuid.UUID, sources: Sequence[Path], *,
                  max_side: int | None = None, tag: PhotoTag = PhotoTag.OTHER, caption: str | None = None,
                  clock: Callable[[], dt.datetime] = utc_now, progress: Progress | None = None,
                  cancel: threading.Event | None = None) -> list[Attached]:
    """Attach photos to an event or activity. Every file is checked first: one that is not a readable
    photo (or is too large) refuses them all with PhotoRejected, and nothing is stored.

    Then each photo is copied into the store (hash checked) and its row inserted; the same picture
    attached to the same record again adds nothing, to another record adds a row but no file.
    """
    if max_side is not None and max_side < 1:
        raise FieldlogError("The longest side to scale photos down to must be at least 1 pixel.")
    _owner(database, record_id)  # a wrong id is refused before any work
    store = photo_dir(database)
    prepared: list[_Prepared] = []
    total = len(sources) * 2
    for number, source in enumerate(sources, start=1):
        if cancel is not None and cancel.is_set():
            raise Cancelled("Cancelled: no photo was attached.")
        prepared.append(_prepare(source, max_side))
        if progress is not None:
            progress(number, total)
    _clean_partials(store)
    done: list[Attached] = []
    for number, item in enumerate(prepared, start=len(sources) + 1):
        if cancel is not None and cancel.is_set():
            break  # the ones attached so far are complete; the rest are not started
        done.append(_attach_one(database, store, record_id, item, tag=tag, caption=caption, clock=clock))
        if progress is not None:
            progress(number, total)
    return done


def attach_photo(database: Database, record_id: uuid.UUID, source: Path, *, max_side: int | None = None,
                 tag: PhotoTag = PhotoTag.OTHER, caption: str | None = None,
                 clock: Callable[[], dt.datetime] = utc_now) -> Attached:
    """Attach one photo to an event or activity (see `attach_photos`)."""
    return attach_photos(database, record_id, [source], max_side=max_side, tag=tag, caption=caption,
                         clock=clock)[0]


def _attach_one(database: Database, store: Path, record_id: uuid.UUID, item: _Prepared, *, tag: PhotoTag,
                caption: str | None, clock: Callable[[], dt.datetime]) -> Attached:
    sha, final, new_file = _store_bytes(store, item.data, item.info.extension, str(item.source))
    size = final.stat().st_size
    info = item.info
    try:
        with database.writing("the photo") as session:
            kind, _ = _live_owner(session, record_id)
            owner = PhotoRow.event_id if kind == "event" else PhotoRow.activity_id
            existing = session.scalars(select(PhotoRow).where(
                owner == record_id, PhotoRow.sha256 == sha, PhotoRow.deleted_at.is_(None)).limit(1)).first()
            if existing is not None:
                photo, new_row = _photo(existing), False
            else:
                now = clock()
                row = PhotoRow(id=uuid.uuid4(), created_at=now, updated_at=now, sha256=sha,
                               extension=info.extension, original_name=item.source.name[:1024], caption=caption,
                               tag=tag.value, taken_at=info.taken_at, latitude=info.latitude,
                               longitude=info.longitude, width=info.width, height=info.height, size_bytes=size,
                               event_id=record_id if kind == "event" else None,
                               activity_id=record_id if kind == "activity" else None)
                session.add(row)
                session.flush()
                photo, new_row = _photo(row), True
    except BaseException:
        if new_file:
            _forget_unreferenced(database, final, sha)
        raise
    with contextlib.suppress(OSError):  # the cache is a convenience: it is made again when missing
        _write_cache(thumbnail_file(store, sha), item.thumbnail)
    return Attached(photo, item.source, new_row, new_file, item.downscaled)


def _forget_unreferenced(database: Database, final: Path, sha: str) -> None:
    """Remove a file this attach added when its row could not be written and no other row needs it."""
    with contextlib.suppress(Exception):  # cleanup after a failure must not hide the failure itself
        with database.reading() as session:
            used = session.scalar(select(func.count()).select_from(PhotoRow).where(PhotoRow.sha256 == sha))
        if not used:
            final.unlink(missing_ok=True)


# -- reading and editing ---------------------------------------------------------------------------------


def list_photos(database: Database, record_id: uuid.UUID) -> list[Photo]:
    """The live photos of an event or activity, in the order they were attached."""
    query = (select(PhotoRow).where(or_(PhotoRow.event_id == record_id, PhotoRow.activity_id == record_id),
                                    PhotoRow.deleted_at.is_(None))
             .order_by(PhotoRow.created_at, PhotoRow.id))
    with database.reading() as session:
        return [_photo(row) for row in session.scalars(query)]


def get_photo(database: Database, photo_id: uuid.UUID) -> Photo:
    """A live photo by id."""
    with database.reading() as session:
        row = session.get(PhotoRow, photo_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound(f"There is no photo with id {photo_id}.")
        return _photo(row)


class _Keep:
    """The caption argument's default: leave the caption as it is (None clears it)."""


KEEP = _Keep()


def update_photo(database: Database, photo_id: uuid.UUID, *, caption: str | _Keep | None = KEEP,
                 tag: PhotoTag | None = None, clock: Callable[[], dt.datetime] = utc_now) -> Photo:
    """Change a photo's caption and/or its before/after/other tag."""
    with database.writing("the photo") as session:
        row = session.get(PhotoRow, photo_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound(f"There is no photo with id {photo_id}.")
        if not isinstance(caption, _Keep):
            row.caption = (caption.strip() or None) if caption is not None else None
        if tag is not None:
            row.tag = tag.value
        row.updated_at = clock()
        return _photo(row)


def remove_photo(database: Database, photo_id: uuid.UUID, *, clock: Callable[[], dt.datetime] = utc_now) -> None:
    """Take a photo off its record (a tombstone, so the removal reaches merged copies); the stored
    picture stays, since backups and other records may name it."""
    with database.writing("the photo removal") as session:
        row = session.get(PhotoRow, photo_id)
        if row is None or row.deleted_at is not None:
            raise RecordNotFound(f"There is no photo with id {photo_id}.")
        row.deleted_at = row.updated_at = clock()


def thumbnail(database: Database, photo: Photo, size: int = THUMBNAIL_SIZE) -> Path:
    """The cached JPEG thumbnail of a photo, made now when missing (call it off the UI thread)."""
    store = photo_dir(database)
    cached = thumbnail_file(store, photo.sha256, size)
    with contextlib.suppress(OSError):
        if cached.stat().st_size > 0:
            return cached
    source = store / photo.file_name
    if not source.is_file():
        raise PhotoRejected(f"The photo {photo.original_name or photo.file_name} is missing from the photo store "
                            f"({source}); `fieldlog check` lists every missing photo.")
    data = thumbnail_with_info(source, size)[0]
    try:
        _write_cache(cached, data)
    except OSError as error:
        raise _storage_error(error, "the thumbnail") from error
    return cached


def write_shared_copy(database: Database, photo: Photo, target: Path) -> Path:
    """Write a copy of the photo without GPS, owner, serial numbers and embedded thumbnail to `target`
    (atomically); the stored original is unchanged."""
    from fieldlog.io.atomic import export_path

    data = shared_copy(photo_path(database, photo), name=photo.original_name or photo.file_name)
    with export_path(target, "the photo") as partial:
        partial.write_bytes(data)
    return target


# -- EXIF into the record --------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ExifOffer:
    """What a record's photos could fill in: a date and a position, each only where the record has none."""

    date: dt.date | None
    latitude: float | None
    longitude: float | None
    photo: Photo | None  # the photo they came from

    @property
    def empty(self) -> bool:
        """True when there is nothing to offer."""
        return self.date is None and self.latitude is None


def exif_offer(activity: Activity, photos: Iterable[Photo]) -> ExifOffer:
    """The date and position the first photo that has them offers for an activity's empty fields."""
    date: dt.date | None = None
    latitude = longitude = None
    source = None
    for photo in photos:
        if activity.date is None and date is None and photo.taken_at is not None:
            date, source = photo.taken_at.date(), source or photo
        if activity.latitude is None and activity.longitude is None and latitude is None \
                and photo.latitude is not None and photo.longitude is not None:
            latitude, longitude, source = photo.latitude, photo.longitude, source or photo
    return ExifOffer(date, latitude, longitude, source)


def fill_from_exif(database: Database, activity_id: uuid.UUID, records: Records | None = None,
                   ) -> tuple[ExifOffer, Saved[Activity] | None]:
    """Fill an activity's empty date and coordinates from its photos' EXIF (checked like any edit);
    returns what was offered and the saved activity (None when there was nothing to fill).

    Only empty fields are filled, so when someone else saves the activity between the read and the
    write (EditConflict), filling their version instead loses nothing of theirs.
    """
    records = records or Records(database)
    for attempt in range(FILL_ATTEMPTS):
        activity = records.get_activity(activity_id)
        offer = exif_offer(activity, list_photos(database, activity_id))
        if offer.empty:
            return offer, None
        changes: dict[str, object] = {}
        if offer.date is not None:
            changes["date"] = offer.date
        if offer.latitude is not None:
            changes["latitude"], changes["longitude"] = offer.latitude, offer.longitude
        try:
            return offer, records.update(dataclasses.replace(activity, **changes))  # type: ignore[arg-type]
        except EditConflict:
            if attempt == FILL_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")  # the last attempt returns or raises


# -- integrity and backups -------------------------------------------------------------------------------


def _stored_pictures(database: Database, *, live_only: bool) -> dict[str, tuple[str, int, str]]:
    """sha256 -> (extension, size in bytes, a name for messages) of the pictures rows refer to."""
    query = select(PhotoRow.sha256, PhotoRow.extension, PhotoRow.size_bytes, PhotoRow.original_name)
    if live_only:
        query = query.where(PhotoRow.deleted_at.is_(None))
    with database.reading() as session:
        return {sha: (ext, size, name or f"{sha}.{ext}") for sha, ext, size, name in session.execute(query)}


def check_photo_store(database: Database) -> list[str]:
    """Problems with the pictures the live photo records name: missing files, or files whose bytes
    no longer have their SHA-256 (altered or damaged)."""
    if database.path is None:
        return []
    store = photo_dir(database)
    problems: list[str] = []
    for sha, (ext, size, name) in sorted(_stored_pictures(database, live_only=True).items()):
        path = store / f"{sha}.{ext}"
        try:
            if path.stat().st_size != size or file_sha256(path) != sha:
                problems.append(f"photo {name} ({path.name}) was altered or damaged: its bytes no longer match")
        except FileNotFoundError:
            problems.append(f"photo {name} is missing from the photo store ({path})")
        except OSError as error:
            problems.append(f"photo {name} cannot be read ({path}: {error.strerror or error})")
    return problems


@dataclass(frozen=True, slots=True)
class PhotoBackup:
    """What `backup_photos` did: pictures copied now, already in the backup, and missing (not copied)."""

    copied: int
    already: int
    missing: tuple[str, ...]  # problems from the store: missing or damaged pictures


def backup_photos(database: Database) -> PhotoBackup:
    """Bring `backups/photos/` up to date with the store: copy every picture a photo record (live or
    deleted) names that the backup copy lacks. Pictures never change, so each is copied once ever.

    A picture that is missing or damaged in the store is not copied (a damaged file must not replace a
    good backup copy); it is reported instead. Nothing in `backups/photos/` is ever deleted: any older
    database backup may name it.
    """
    if database.path is None:
        return PhotoBackup(0, 0, ())
    store, target = photo_dir(database), backup_photo_dir_for(database.path)
    copied = already = 0
    missing: list[str] = []
    for sha, (ext, _size, name) in sorted(_stored_pictures(database, live_only=False).items()):
        file_name = f"{sha}.{ext}"
        if (target / file_name).is_file():
            already += 1
            continue
        source = store / file_name
        if not source.is_file():
            missing.append(f"photo {name} is missing from the photo store ({source})")
            continue
        try:
            got, final, added = _store_bytes(target, source, ext, str(source))
        except FieldlogError as error:
            missing.append(f"photo {name} was not backed up: {error}")
            continue
        if got != sha:  # the store's bytes no longer hash to their name: damaged, so not a backup of it
            if added:
                final.unlink(missing_ok=True)
            missing.append(f"photo {name} is damaged in the photo store and was not backed up ({source})")
            continue
        copied += int(added)
        already += int(not added)
    return PhotoBackup(copied, already, tuple(missing))


@dataclass(frozen=True, slots=True)
class PhotoRestore:
    """What `restore_photos` found after a database was restored."""

    recovered: int  # pictures copied back from `backups/photos/`
    missing: tuple[str, ...]  # pictures the restored database names that neither place holds intact


def restore_photos(database: Database) -> PhotoRestore:
    """Make sure the store holds every picture the (just restored) database names: a missing or damaged
    one is copied back from `backups/photos/` when the backup copy is intact; the rest are reported."""
    if database.path is None:
        return PhotoRestore(0, ())
    store, backup = photo_dir(database), backup_photo_dir_for(database.path)
    recovered = 0
    missing: list[str] = []
    for sha, (ext, _size, name) in sorted(_stored_pictures(database, live_only=False).items()):
        file_name = f"{sha}.{ext}"
        with contextlib.suppress(OSError):
            if file_sha256(store / file_name) == sha:
                continue
        try:
            if file_sha256(backup / file_name) == sha:
                _store_bytes(store, backup / file_name, ext, name)
                recovered += 1
                continue
        except (OSError, FieldlogError):
            pass
        missing.append(f"photo {name} ({file_name}) is in neither the photo store nor the backup of it")
    return PhotoRestore(recovered, tuple(missing))
