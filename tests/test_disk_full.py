"""A full disk (fault catalogue rows 6-8): saves, imports and exports that run out of space.

The database is made "full" with `PRAGMA max_page_count` on every connection it hands out (SQLite's own
tkt2920.test does the same): a write that needs one page more fails with SQLITE_FULL, as on a full disk.
Each sweep moves the failure point page by page, and at every point checks that the error says the disk is
full and nothing was saved, that every record saved before is intact, that `integrity_check` is ok, and that
the same save succeeds once there is room again. Exports write files, so there the N-th write (or fsync) of
any file raises ENOSPC instead, and stays failing as a full disk does, for every N up to the last write.
"""

from __future__ import annotations

import builtins
import datetime as dt
import errno
import gc
import hashlib
import importlib
import io
import json
import os
import random
import shutil
import subprocess
import sys
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from fieldlog.db.store import Database
from fieldlog.domain.errors import ExportFailed, StorageFull
from fieldlog.domain.records import Event, LitterItem, LitterPickup, Planting, SeedCollection, Site
from fieldlog.services.database import open_store
from fieldlog.services.importing import ImportPreview, apply_import, preview_import
from fieldlog.services.records import Records
from fieldlog.services.summary import summarize, summarize_from_records
from tests.conftest import REPO, db_signature
from tests.test_crash import copy_database, demo_database, inspect, planting_workbook, scratch

SAVE_FAILURES = 24  # failure points of single saves
IMPORT_POINTS = 24  # failure points of a 100-row import: every page it needs (about 16), or this many of them
LARGE_IMPORT_OFFSETS = (350,)  # pages of room for the 5,000-row import (it needs about 700)
EXPORT_POINTS = 12  # at most this many write (fsync, rename) failure points per export
LEAK_POINTS = 60  # every write of an export that makes at most this many, else EXPORT_POINTS of them
NATIVE_KE = ("Croton megalocarpus", "Markhamia lutea", "Melia volkensii")
LITTER = ("cigarette_butts", "lighters", "tobacco_packaging")
TODAY = dt.date(2026, 11, 21)


class PageLimit:
    """A disk that holds `pages` database pages (None: as many as SQLite allows), for every connection."""

    def __init__(self, database: Database) -> None:
        self.database = database
        self.pages: int | None = None
        self.unlimited: int | None = None
        # On checkout, not connect: the pool keeps connections, and each must see the current limit.
        event.listen(database.engine, "checkout", self._apply)

    def _apply(self, dbapi_connection: Any, _record: Any, _proxy: Any) -> None:
        if self.unlimited is None:
            self.unlimited = int(dbapi_connection.execute("PRAGMA max_page_count").fetchone()[0])
        dbapi_connection.execute(f"PRAGMA max_page_count = {self.pages or self.unlimited}")

    def page_count(self) -> int:
        """Pages the database file holds now."""
        with self.database.reading() as session:
            return int(session.connection().exec_driver_sql("PRAGMA page_count").scalar() or 0)


def summaries_agree(database: Database) -> bool:
    """The summary rollup agrees with the records."""
    return summarize(database).differences(summarize_from_records(database)) == []


def assert_intact(path: Path, saved: list[uuid.UUID]) -> None:
    """integrity_check ok, no dangling references, no pickup without its items, every saved record there."""
    snapshot = inspect(path, signed=False)
    assert snapshot.integrity == [("ok",)] and snapshot.foreign_keys == []
    assert snapshot.torn == ()
    missing = {record_id.hex for record_id in saved} - snapshot.present
    assert not missing, f"{len(missing)} saved records are gone"


# -- single saves -------------------------------------------------------------------------------------------

Saving = Event | Planting | LitterPickup | SeedCollection


def _next_record(rng: random.Random, site: Site, events: list[Event]) -> Saving:
    roll = rng.random()
    if roll < 0.15:
        start = dt.datetime(2024, 1 + rng.randrange(12), 1 + rng.randrange(28), 9)
        return Event(event_name=f"Full disk day {rng.randrange(10**6)}", site_id=site.id, start=start,
                     end=start + dt.timedelta(hours=2), participants=rng.randint(1, 30), campaign="Disk full",
                     notes="n" * rng.randrange(3000))
    event_id = rng.choice(events).id
    if roll < 0.55:
        return Planting(event_id=event_id, species=rng.choice(NATIVE_KE), plants=rng.randint(1, 400),
                        notes="p" * rng.randrange(3000))
    if roll < 0.85:
        pickup_id = uuid.uuid4()
        items = tuple(LitterItem(activity_id=pickup_id, item_category=category, item_count=rng.randint(1, 50))
                      for category in rng.sample(LITTER, rng.randint(1, len(LITTER))))
        return LitterPickup(id=pickup_id, event_id=event_id, bags=rng.randint(1, 5), items=items,
                            notes=f"items={len(items)}")
    return SeedCollection(event_id=event_id, species=rng.choice(NATIVE_KE), mass_g=rng.uniform(1, 500))


def _save(records: Records, record: Saving) -> None:
    if isinstance(record, Event):
        records.record_event(record)
    else:
        records.record_activity(record)


@pytest.fixture
def scratch_path(tmp_path: Path) -> Iterator[Path]:
    """A test's own folder, on tmpfs when there is one (fsync costs time and proves nothing here)."""
    with scratch(tmp_path) as folder:
        yield folder


def test_saves_on_a_full_disk_fail_clearly_keep_everything_saved_and_work_again(scratch_path: Path) -> None:
    path = scratch_path / "fieldlog.db"
    database = open_store(path)
    limit = PageLimit(database)
    records = Records(database, today=lambda: TODAY)
    site = records.record_site(Site(name="Full disk site", country_code="KE", latitude=-1.2, longitude=36.8)).record
    events = [records.record_event(Event(event_name="Full disk day", site_id=site.id,
                                         start=dt.datetime(2024, 3, 2, 9), participants=5)).record]
    saved: list[uuid.UUID] = [site.id, events[0].id]
    rng = random.Random(6)
    try:
        for point in range(SAVE_FAILURES):
            # 0, 1 or 2 pages of room: the save that fails, and the table or index it fails in, move on each time.
            limit.pages = limit.page_count() + point % 3
            for _ in range(1000):
                record = _next_record(rng, site, events)
                before = db_signature(path)
                try:
                    _save(records, record)
                except StorageFull as error:
                    message = str(error)
                    break
                saved.append(record.id)
                if isinstance(record, Event):
                    events.append(record)
            else:
                pytest.fail(f"failure point {point}: {limit.pages} pages never filled up")
            assert "disk is full" in message and "not saved" in message, message
            assert db_signature(path) == before, f"failure point {point}: the failed save wrote something"
            assert_intact(path, saved)
            limit.pages = None  # space freed: the same record, as the form still holds it, saves now
            _save(records, record)
            saved.append(record.id)
            if isinstance(record, Event):
                events.append(record)
        assert_intact(path, saved)
        assert summaries_agree(database)
    finally:
        database.close()


# -- imports ------------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def import_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """A database with some demo data that every import below starts from (as a fresh copy)."""
    with scratch(tmp_path_factory.mktemp("disk-full")) as folder:
        yield demo_database(folder / "base.db", events=10, seed=31)


def _pages_needed(base: Path, preview: ImportPreview, folder: Path) -> tuple[int, int, dict[str, tuple[int, str]]]:
    """Pages of the base, pages after a complete import into a copy of it, and what the base holds."""
    path = copy_database(base, folder / "complete" / "fieldlog.db")
    database = open_store(path)
    try:
        limit = PageLimit(database)
        start = limit.page_count()
        apply_import(database, preview)
        end = limit.page_count()
    finally:
        database.close()
    return start, end, db_signature(base)


def _import_at(base: Path, preview: ImportPreview, folder: Path, pages: int,
               before: dict[str, tuple[int, str]]) -> tuple[str, int]:
    """Import into a fresh copy of `base` on a disk of `pages` pages: it must fail whole, then succeed.
    Returns the error message and the pages the complete import filled."""
    path = copy_database(base, folder / "fieldlog.db")
    database = open_store(path)
    try:
        limit = PageLimit(database)
        limit.pages = pages
        with pytest.raises(StorageFull) as failure:
            apply_import(database, preview)
        assert db_signature(path) == before, f"{pages} pages: the failed import wrote something"
        assert_intact(path, [])
        limit.pages = None
        result = apply_import(database, preview)
        assert result.added == sum(1 for planned in preview.planned if planned.stored is None)
        assert summaries_agree(database)
        filled = limit.page_count()
    finally:
        database.close()
    return str(failure.value), filled


def _sweep(needed: int, most: int) -> list[int]:
    """Every page offset in range(needed), or `most` of them spread evenly (first and last included)."""
    if needed <= most:
        return list(range(needed))
    return sorted({round(index * (needed - 1) / (most - 1)) for index in range(most)})


def test_an_import_on_a_full_disk_fails_whole_and_succeeds_once_there_is_room(
        import_base: Path, scratch_path: Path) -> None:
    workbook = planting_workbook(scratch_path / "planting.xlsx", rows=100, events=4)
    base_db = open_store(copy_database(import_base, scratch_path / "preview" / "fieldlog.db"))
    try:
        preview = preview_import(base_db, workbook)
    finally:
        base_db.close()
    start, end, before = _pages_needed(import_base, preview, scratch_path)
    assert end > start
    for offset in _sweep(end - start, IMPORT_POINTS):
        message, _ = _import_at(import_base, preview, scratch_path / f"at-{offset}", start + offset, before)
        assert "disk is full" in message and "import was not saved" in message, message


@pytest.mark.slow
def test_a_5000_row_import_on_a_full_disk_fails_whole(import_base: Path, scratch_path: Path) -> None:
    workbook = planting_workbook(scratch_path / "planting.xlsx")
    base_db = open_store(copy_database(import_base, scratch_path / "preview" / "fieldlog.db"))
    try:
        preview = preview_import(base_db, workbook)
        start = PageLimit(base_db).page_count()
    finally:
        base_db.close()
    before = db_signature(import_base)
    for offset in LARGE_IMPORT_OFFSETS:
        message, filled = _import_at(import_base, preview, scratch_path / f"at-{offset}", start + offset, before)
        assert "disk is full" in message and "import was not saved" in message, message
        assert filled > start + offset  # the disk ran full part way through the import, not after it


def test_the_disk_full_message_of_an_import_names_the_file_and_the_rows(import_base: Path, scratch_path: Path) -> None:
    # Catalogue row 7: the import is rolled back whole, and the error says how many rows would have been imported.
    workbook = planting_workbook(scratch_path / "planting.xlsx", rows=40, events=2)
    path = copy_database(import_base, scratch_path / "db" / "fieldlog.db")
    before = db_signature(path)
    database = open_store(path)
    try:
        preview = preview_import(database, workbook)
        limit = PageLimit(database)
        limit.pages = limit.page_count()
        with pytest.raises(StorageFull) as failure:
            apply_import(database, preview)
    finally:
        database.close()
    assert str(failure.value) == ("The disk is full: the import was not saved. 40 rows of planting.xlsx would have "
                                  "been imported; none were, and nothing was written. Free some space and try again.")
    assert db_signature(path) == before


def test_the_disk_full_message_of_a_one_row_import(import_base: Path, scratch_path: Path) -> None:
    # One row fits in the pages a database already has, so a page limit cannot fail it: the message alone.
    from fieldlog.services.importing import _disk_full

    workbook = planting_workbook(scratch_path / "one.xlsx", rows=1, events=1)
    database = open_store(copy_database(import_base, scratch_path / "db" / "fieldlog.db"))
    try:
        preview = preview_import(database, workbook)
    finally:
        database.close()
    assert str(_disk_full(preview)) == ("The disk is full: the import was not saved. 1 row of one.xlsx would have "
                                        "been imported; it was not, and nothing was written. Free some space and "
                                        "try again.")


# -- a real full filesystem ---------------------------------------------------------------------------------

TMPFS_SIZES = int(os.environ.get("FIELDLOG_TMPFS_SIZES", "4"))  # the nightly run uses 50
TMPFS_STEP = 24 * 1024  # bytes between one size and the next


def _tmpfs(mount: Path, size: int | None) -> None:
    options = f"size={size}" if size is not None else "remount,size=64m"
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(mount)], check=True, capture_output=True)


def _fill_real_disk(base: Path, workbook: Path, mount: Path, size: int) -> dict[str, Any]:
    """One size: the database on a tmpfs that small; save until it is full, import and export, grow it, save,
    import and export again."""
    from fieldlog.domain.errors import FieldlogError
    from fieldlog.services.exports import ExportOptions, run_export
    from fieldlog.services.importing import import_file

    path = copy_database(base, mount / "data" / "fieldlog.db")
    result: dict[str, Any] = {"size": size}
    database = open_store(path)
    try:
        records = Records(database, today=lambda: TODAY)
        event = records.list_events()[0]
        rng = random.Random(size)
        saved: list[uuid.UUID] = []
        for _ in range(5000):
            record = Planting(event_id=event.id, species=rng.choice(NATIVE_KE), plants=rng.randint(1, 400),
                              notes="r" * rng.randrange(2000))
            try:
                records.record_activity(record)
            except FieldlogError as error:
                result.update(error=type(error).__name__, message=str(error))
                break
            saved.append(record.id)
        snapshot = inspect(path, signed=False)
        result.update(saved=len(saved), integrity=snapshot.integrity == [("ok",)] and not snapshot.foreign_keys,
                      kept=not {i.hex for i in saved} - snapshot.present, failed_absent=record.id.hex not in
                      snapshot.present)
        before = db_signature(path)
        try:
            import_file(database, workbook)
        except FieldlogError as error:
            result.update(import_error=type(error).__name__, import_message=str(error))
        else:
            result.update(import_error="", import_message="")
        result["import_wrote"] = db_signature(path) != before
        for key, name in (("report", "report.xlsx"), ("csv", "csv")):
            try:
                run_export(database, key, mount / name, ExportOptions())
            except ExportFailed as error:
                result[f"{key}_message"] = str(error)
            else:
                result[f"{key}_message"] = ""
        result["left_behind"] = sorted(str(p.relative_to(mount)) for p in mount.rglob("*")
                                       if p.is_file() and p.parent != path.parent)
        _tmpfs(mount, None)  # space freed
        records.record_activity(record)
        _, imported = import_file(database, workbook)
        run_export(database, "report", mount / "report.xlsx", ExportOptions())
        result["recovered"] = (record.id.hex in inspect(path, signed=False).present and imported.added > 0
                               and (mount / "report.xlsx").exists())
    finally:
        database.close()
    return result


def tmpfs_child() -> None:
    """Run in a private mount namespace (see the test below): one JSON line of findings per tmpfs size."""
    base, workbook, mount, sizes = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), json.loads(sys.argv[4])
    for size in sizes:
        _tmpfs(mount, size)
        try:
            result = _fill_real_disk(base, workbook, mount, size)
        except Exception as error:  # reported, not raised: the parent shows which size failed and how
            result = {"size": size, "crashed": f"{type(error).__name__}: {error}"}
        finally:
            gc.collect()  # an abandoned ZipFile (see _settle) is collected before the unmount; lazy all the same
            subprocess.run(["umount", "--lazy", str(mount)], check=True)
        print(json.dumps(result), flush=True)


def test_a_real_full_filesystem(scratch_path: Path) -> None:
    # A tmpfs of a few hundred KB in a mount namespace of our own (no root needed, nothing mounted for others):
    # the disk really fills, under SQLite's WAL and -shm files and the exports' temporary files alike.
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    base = scratch_path / "base" / "fieldlog.db"
    base.parent.mkdir()
    database = open_store(base)
    try:
        records = Records(database, today=lambda: TODAY)
        site = records.record_site(Site(name="Tmpfs site", country_code="KE", latitude=-1.2, longitude=36.8)).record
        records.record_event(Event(event_name="Tmpfs day", site_id=site.id, start=dt.datetime(2024, 3, 2, 9),
                                   participants=4))
    finally:
        database.close()
    workbook = planting_workbook(scratch_path / "planting.xlsx", rows=40, events=2)
    mount = scratch_path / "mnt"
    mount.mkdir()
    # Room for the database, its -shm (32 KB) and a first WAL, then a little more at every size.
    smallest = base.stat().st_size + 96 * 1024
    sizes = [smallest + step * TMPFS_STEP for step in range(TMPFS_SIZES)]
    child = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c",
                            "from tests.test_disk_full import tmpfs_child; tmpfs_child()",
                            str(base), str(workbook), str(mount), json.dumps(sizes)],
                           cwd=REPO, capture_output=True, text=True, timeout=600)
    if child.returncode and "unshare" in child.stderr:
        pytest.skip(f"no mount namespace here: {child.stderr.strip()}")
    assert child.returncode == 0, child.stderr[-3000:]
    results = [json.loads(line) for line in child.stdout.splitlines()]
    assert len(results) == len(sizes)
    for result in results:
        where = f"tmpfs of {result['size']:,} bytes: {result}"
        assert "crashed" not in result, where
        assert result["error"] == "StorageFull" and "disk is full" in result["message"], where
        assert result["integrity"] and result["kept"] and result["failed_absent"], where
        # The import fails in the backup before it (no room for a copy of the database) or in its transaction:
        # either way StorageFull, naming the file and the rows that were not imported.
        assert result["import_error"] == "StorageFull", where
        assert result["import_message"].startswith("The disk is full: the import was not saved"), where
        assert "40 rows of planting.xlsx would have been imported; none were" in result["import_message"], where
        assert not result["import_wrote"], where
        for key in ("report", "csv"):
            message = result[f"{key}_message"]
            assert "disk is full" in message and "Nothing was written" in message, where
        assert result["left_behind"] == [], where
        assert result["recovered"], where



def _fill(folder: Path) -> Path:
    """Write a filler file into `folder` until the disk is full; returns it (delete it to free the space)."""
    filler = folder / "filler"
    with open(filler, "wb", buffering=0) as handle:
        for size in (1 << 16, 1 << 12, 1 << 9):
            try:
                while True:
                    handle.write(b"\0" * size)
            except OSError as error:
                assert error.errno == errno.ENOSPC, error
    return filler


def backup_child() -> None:
    """Run in a private mount namespace: the database on a tmpfs that is then filled to the last byte; one
    JSON line of what a manual backup and an import said, and whether they work once there is room."""
    from fieldlog.domain.errors import FieldlogError
    from fieldlog.services.importing import import_file

    base, workbook, mount = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    _tmpfs(mount, base.stat().st_size * 4 + 512 * 1024)
    result: dict[str, Any] = {}
    try:
        path = copy_database(base, mount / "data" / "fieldlog.db")
        database = open_store(path)
        try:
            database.backup("first")  # the backups folder exists: the copy itself must meet the full disk
            backups = path.parent / "backups"
            kept = sorted(p.name for p in backups.iterdir())
            filler = _fill(mount)
            before = db_signature(path)
            for what, action in (("backup", lambda: database.backup("manual")),
                                 ("import", lambda: import_file(database, workbook))):
                try:
                    action()
                except FieldlogError as error:
                    result[what] = [type(error).__name__, str(error)]
                else:
                    result[what] = ["", ""]
            result["unchanged"] = db_signature(path) == before
            result["backups_kept"] = sorted(p.name for p in backups.iterdir()) == kept
            filler.unlink()  # space freed
            _, imported = import_file(database, workbook)
            result["recovered"] = imported.added > 0 and len(list(backups.iterdir())) == len(kept) + 1
        finally:
            database.close()
    except Exception as error:  # reported, not raised: the parent shows what happened
        result["crashed"] = f"{type(error).__name__}: {error}"
    finally:
        subprocess.run(["umount", "--lazy", str(mount)], check=True)
    print(json.dumps(result), flush=True)


def test_a_backup_on_a_real_full_disk_says_the_disk_is_full(import_base: Path, scratch_path: Path) -> None:
    # The backup before an import (and any other) on a disk with no room left: StorageFull in plain words, not a
    # DatabaseProblem quoting SQLite; the import's message names the file and its rows; nothing is written.
    if shutil.which("unshare") is None:
        pytest.skip("unshare is not installed")
    workbook = planting_workbook(scratch_path / "planting.xlsx", rows=40, events=2)
    mount = scratch_path / "mnt"
    mount.mkdir()
    child = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", sys.executable, "-c",
                            "from tests.test_disk_full import backup_child; backup_child()",
                            str(import_base), str(workbook), str(mount)],
                           cwd=REPO, capture_output=True, text=True, timeout=600)
    if child.returncode and "unshare" in child.stderr:
        pytest.skip(f"no mount namespace here: {child.stderr.strip()}")
    assert child.returncode == 0, child.stderr[-3000:]
    result = json.loads(child.stdout.splitlines()[-1])
    assert "crashed" not in result, result
    kind, message = result["backup"]
    assert kind == "StorageFull", result
    assert message.startswith("The disk is full: the backup of ") and "Nothing was changed" in message, message
    kind, message = result["import"]
    assert kind == "StorageFull", result
    assert message.startswith("The disk is full: the import was not saved (there was no room even for the backup "
                              "made before it). 40 rows of planting.xlsx would have been imported; none were, "
                              "and nothing was written."), message
    assert result["unchanged"] and result["backups_kept"], result  # no partial backup left or listed
    assert result["recovered"], result

# -- exports ------------------------------------------------------------------------------------------------

class FullDisk:
    """Counts calls (writes, fsyncs or renames); from the `fail_at`-th on, each raises ENOSPC, as a full disk
    stays full. Files opened for writing are remembered, to check that a failed export closed them all."""

    def __init__(self, fail_at: int | None = None) -> None:
        self.fail_at = fail_at
        self.calls = 0
        self.opened: list[_Writing] = []

    def hit(self) -> None:
        """One more call: fail it when the disk is full by now."""
        self.calls += 1
        if self.fail_at is not None and self.calls >= self.fail_at:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    def left_open(self) -> list[str]:
        """Files opened for writing that are still open."""
        return [str(handle.name) for handle in self.opened if not handle.closed]


class _Writing:
    """A file opened for writing whose writes go through a FullDisk first."""

    def __init__(self, handle: Any, disk: FullDisk) -> None:
        self._handle = handle
        self._disk = disk

    def write(self, data: Any) -> int:
        self._disk.hit()
        return int(self._handle.write(data))

    def writelines(self, lines: Any) -> None:
        for line in lines:
            self.write(line)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)

    def __iter__(self) -> Iterator[Any]:
        return iter(self._handle)

    def __enter__(self) -> _Writing:
        return self

    def __exit__(self, *exc: object) -> None:
        self._handle.close()


def inject(monkeypatch: pytest.MonkeyPatch, kind: str, fail_at: int | None) -> FullDisk:
    """Send every file write, fsync or rename (`kind`) through a FullDisk."""
    disk = FullDisk(fail_at)
    if kind == "write":
        real_open = builtins.open

        def faulty_open(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
            handle = real_open(file, mode, *args, **kwargs)
            if not any(flag in mode for flag in "wax+"):
                return handle
            disk.opened.append(writing := _Writing(handle, disk))
            return writing

        # builtins.open is io.open; zipfile and tempfile call io.open, most code the builtin.
        monkeypatch.setattr(builtins, "open", faulty_open)
        monkeypatch.setattr(io, "open", faulty_open)
    elif kind == "fsync":  # a full disk can refuse the flush of data written earlier (NFS, quotas, thin disks)
        real_fsync = os.fsync

        def faulty_fsync(fd: int) -> None:
            disk.hit()
            real_fsync(fd)

        monkeypatch.setattr(os, "fsync", faulty_fsync)
    else:  # rename(2) fails with ENOSPC when the folder needs a block for the new name
        real_replace = os.replace

        def faulty_replace(source: Any, target: Any, **kwargs: Any) -> None:
            disk.hit()
            real_replace(source, target, **kwargs)

        monkeypatch.setattr(os, "replace", faulty_replace)
    return disk


def folder_state(folder: Path) -> dict[str, str]:
    """Every file under `folder` (hidden temporary files included) with a hash of its bytes."""
    return {str(path.relative_to(folder)): hashlib.sha256(path.read_bytes()).hexdigest()
            for path in sorted(folder.rglob("*")) if path.is_file()}


@pytest.fixture(scope="module")
def export_database(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """A small demo database to export from."""
    with scratch(tmp_path_factory.mktemp("exports")) as folder:
        database = open_store(demo_database(folder / "fieldlog.db", events=8, seed=41))
        yield database
        database.close()


EXPORTS = {"report": "report.xlsx", "package": "laptop.fieldlog", "dwc": "dwc.zip", "geojson": "sites.geojson",
           "csv": "csv"}


def _exporter(key: str) -> Callable[[Database, Path], object]:
    try:
        from fieldlog.services.exports import ExportOptions, run_export

        needed = {"report": "reporting", "package": "exchange"}.get(key, "open_exports")
        importlib.import_module(f"fieldlog.services.{needed}")
    except ImportError as error:
        pytest.skip(f"the {key} export is not available yet ({error})")
    return lambda database, out: run_export(database, key, out, ExportOptions())


def _export_cases() -> list[Any]:
    return [pytest.param(key, kind, id=f"{key}-{kind}")
            for key in EXPORTS for kind in ("write", "fsync", "rename")]


def _count(export: Callable[[Database, Path], object], database: Database, folder: Path, key: str, kind: str,
           monkeypatch: pytest.MonkeyPatch) -> int:
    """How many writes (fsyncs, renames) a complete export makes."""
    with monkeypatch.context() as patch:
        counted = inject(patch, kind, None)
        export(database, _fresh(folder) / EXPORTS[key])
    assert counted.calls > 0, f"no {kind} of the {key} export was seen"
    return counted.calls


def _settle(disk: FullDisk) -> list[str]:
    """Room on the disk again; returns the files the export left open, after collecting them now.

    A ZipFile left open writes its directory when it is collected (XlsxWriter abandons its own after a failed
    write; io/report.py closes the file under it): with room, quietly, instead of raising from some later garbage
    collection (even in the middle of pytest parsing a source file).
    """
    disk.fail_at = None
    left = disk.left_open()
    if left:
        gc.collect()
    return left


@pytest.mark.parametrize(("key", "kind"), _export_cases())
def test_an_export_to_a_full_disk_leaves_no_partial_file(
        export_database: Database, scratch_path: Path, monkeypatch: pytest.MonkeyPatch, key: str, kind: str) -> None:
    export = _exporter(key)
    calls = _count(export, export_database, scratch_path / "counting", key, kind, monkeypatch)
    complete = set(folder_state(scratch_path / "counting"))
    old = _fresh(scratch_path / "old")
    export(export_database, old / EXPORTS[key])
    folder = _fresh(scratch_path / "exports")
    target = folder / EXPORTS[key]
    for number, fail_at in enumerate(_sweep(calls, EXPORT_POINTS), start=1):
        # Every other point starts with an older export in place, which must survive unchanged.
        _clear(folder)
        if number % 2:
            _copy_tree(old, folder)
        before = folder_state(folder)
        where = f"{key}: {kind} {fail_at + 1} of {calls} failed"
        with monkeypatch.context() as patch:
            disk = inject(patch, kind, fail_at + 1)
            try:
                export(export_database, target)
            except ExportFailed as error:
                disk.fail_at = None  # room again before the failed export's objects are freed (see _settle)
                message = str(error)
            else:
                message = ""
            _settle(disk)
        if message:
            assert "disk is full" in message and "Nothing was written" in message, f"{where}: {message}"
            assert folder_state(folder) == before, f"{where}: the folder changed"
            continue
        # Only an fsync of the folder, after the rename, may fail without failing the export: the files are
        # complete by then. The export is then whole, with nothing else left behind.
        assert kind == "fsync" and disk.calls > fail_at, f"{where}, yet the export did not fail"
        assert set(folder_state(folder)) == complete, f"{where}: the export succeeded but left other files"
    _clear(folder)
    export(export_database, target)  # space freed: the export works again
    assert set(folder_state(folder)) == complete


@pytest.mark.parametrize("key", list(EXPORTS))
def test_a_failed_export_closes_every_file_it_opened(
        export_database: Database, scratch_path: Path, monkeypatch: pytest.MonkeyPatch, key: str) -> None:
    # Linux removes an open file; Windows refuses, and the partial file would stay beside the target.
    export = _exporter(key)
    calls = _count(export, export_database, scratch_path / "counting", key, "write", monkeypatch)
    folder = _fresh(scratch_path / "exports")
    points = _sweep(calls, LEAK_POINTS if calls <= LEAK_POINTS else EXPORT_POINTS)
    for fail_at in points:
        _clear(folder)
        with monkeypatch.context() as patch:
            disk = inject(patch, "write", fail_at + 1)
            try:
                export(export_database, folder / EXPORTS[key])
            except ExportFailed:
                disk.fail_at = None  # room again before the failed export's objects are freed (see _settle)
            else:
                pytest.fail(f"{key}: write {fail_at + 1} of {calls} failed, yet the export did not")
            left = _settle(disk)
        assert left == [], f"{key}: write {fail_at + 1} of {calls} failed"


def test_a_failed_report_stays_quiet_and_closed_while_the_disk_stays_full(
        export_database: Database, scratch_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # XlsxWriter abandons its ZipFile when a write fails while it zips the parts; collected later (the disk
    # still full), it must not raise from a destructor ("Exception ignored in ...": a traceback on the user's
    # screen) nor reopen anything. Every 40th write of the report, the failure kept until after collection.
    export = _exporter("report")
    calls = _count(export, export_database, scratch_path / "counting", "report", "write", monkeypatch)
    folder = _fresh(scratch_path / "exports")
    unraisable: list[str] = []
    monkeypatch.setattr(sys, "unraisablehook", lambda hook: unraisable.append(repr(hook.exc_value)))
    for fail_at in range(1, calls + 1, 40):
        with monkeypatch.context() as patch:
            disk = inject(patch, "write", fail_at)
            with pytest.raises(ExportFailed, match="the disk is full"):
                export(export_database, folder / "report.xlsx")
            gc.collect()
            assert disk.left_open() == [], f"write {fail_at} of {calls} failed"
        assert unraisable == [], f"write {fail_at} of {calls} failed"
        assert list(folder.iterdir()) == [], f"write {fail_at} of {calls} failed"


def _fresh(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def _clear(folder: Path) -> None:
    for path in sorted(folder.rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()


def _copy_tree(source: Path, target: Path) -> None:
    for path in source.rglob("*"):
        if path.is_file():
            copy = target / path.relative_to(source)
            copy.parent.mkdir(parents=True, exist_ok=True)
            copy.write_bytes(path.read_bytes())
