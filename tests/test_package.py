"""The exchange package: lossless export, merge by UUID (idempotent, convergent, tombstones, conflicts),
`--since` packages, sharing without personal data, and every bad package refused with nothing written
(fault catalogue cases 3, 13-17 and 30).

Everything runs on real databases (SQLite files, and PostgreSQL databases when a server is given: A and B are
then both on the server) and real zips in tmp_path. Databases are copied from templates made once per module
and backend (SQLite's backup API, CREATE DATABASE ... TEMPLATE), so each test starts in milliseconds instead of
migrating anew. What needs the SQLite file (backups beside it, a killed process's marker, the query plan) is
checked on SQLite only.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import errno
import hashlib
import json
import os
import signal
import sqlite3
import stat
import subprocess
import sys
import threading
import time
import uuid
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, inspect, select, text, update

import fieldlog.io.atomic as atomic_module
import fieldlog.io.package as package_module
import fieldlog.services.exchange as exchange_module
from fieldlog.db.store import Database
from fieldlog.db.tables import ActivityRow, EventRow, ImportBatchRow, SiteRow
from fieldlog.domain.errors import ExportFailed, PackageRejected
from fieldlog.domain.records import Event, LitterItem, LitterPickup, Planting
from fieldlog.io.package import FORMAT, Limits, is_package
from fieldlog.services.database import open_store
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.exchange import (
    MergePreview,
    Outcome,
    apply_merge,
    export_package,
    merge_package,
    preview_merge,
)
from fieldlog.services.queries import refresh_statistics
from fieldlog.services.records import Cancelled, Records
from fieldlog.services.summary import summarize, summarize_from_records
from tests.conftest import REPO, TODAY, Databases, db_signature, location_of

T0 = dt.datetime(2026, 1, 10, 12, 0)  # when the demo records were made
TABLES = ("sites", "events", "activities", "litter_items")
SENTINEL = "PII-EMAIL-SENTINEL@example.org"
NAME_SENTINEL = "PII-NAME-SENTINEL Jane Example"
HOSTILE_NAME = "Robert'); DROP TABLE activities;-- \"quoted\" ünïcödé 🌱 =1+1"


# -- helpers ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def templates(module_databases: Databases) -> dict[str, str | Path]:
    """Closed databases to copy: empty, 60 demo events (seed 1) and 30 (seed 2), made at T0."""
    made = {}
    for name, events, seed in (("empty", 0, 0), ("demo", 60, 1), ("other", 30, 2)):
        made[name] = module_databases.location(name)
        database = open_store(made[name])
        if events:
            fill_demo_data(Records(database, clock=lambda: T0, today=lambda: TODAY), events=events, seed=seed)
            refresh_statistics(database)  # as the server's autovacuum would have by the time anyone exports
        database.close()
    return made


@pytest.fixture
def open_db(databases: Databases, templates: dict[str, str | Path]) -> Callable[[str, str], Database]:
    """Open a new database `name` (a folder of its own on SQLite), copied from a template."""
    return lambda name, template="empty": databases.open(name, templates[template])


def path_of(database: Database) -> Path:
    """The SQLite file of a database (on SQLite only)."""
    assert database.path is not None
    return database.path


def beside(database: Database, folder: str = "") -> set[Path]:
    """The files beside an SQLite database (in its `folder`, such as backups); none for a server database."""
    return files_under(database.path.parent / folder) if database.path is not None else set()


def assert_backup_made(database: Database, backup: Path | None) -> None:
    """A merge that writes backs an SQLite database up first; a server database has no backups to make."""
    if database.path is None:
        assert backup is None
    else:
        assert backup is not None and backup.exists()


def dump(database: Database, table: str) -> dict[str, tuple[Any, ...]]:
    """Every row of a table exactly as the database returns it to plain SQL, by id."""
    with database.engine.connect() as connection:
        result = connection.execute(text(f'SELECT * FROM "{table}"'))  # noqa: S608 (a fixed table name)
        names = list(result.keys())
        return {row[names.index("id")]: tuple(zip(names, row, strict=True)) for row in result}


def assert_same_records(a: Database, b: Database) -> None:
    for table in TABLES:
        left, right = dump(a, table), dump(b, table)
        assert left.keys() == right.keys(), table
        for key in left:
            assert left[key] == right[key], (table, key)


def assert_rollup_exact(database: Database) -> None:
    """The summary rollup agrees with the records (float sums may differ in their last bits: other order)."""
    assert summarize(database).differences(summarize_from_records(database)) == []


def clock_at(when: dt.datetime) -> Callable[[], dt.datetime]:
    return lambda: when


def records_at(database: Database, when: dt.datetime) -> Records:
    return Records(database, clock=clock_at(when), today=lambda: TODAY)


def export(database: Database, path: Path, when: dt.datetime = dt.datetime(2026, 1, 15), **options: Any) -> Path:
    """Export with the package stamped `when` (exchange notes compare these times with records' times)."""
    export_package(database, path, clock=clock_at(when), **options)
    return path


def merge(database: Database, package: Path, when: dt.datetime | None = None) -> tuple[MergePreview, Any]:
    preview = preview_merge(database, package)
    return preview, apply_merge(database, preview, clock=clock_at(when or dt.datetime(2026, 11, 21, 12)))


def first_event(database: Database, **where: Any) -> Event:
    events = Records(database).list_events(limit=None)
    return next(e for e in sorted(events, key=lambda e: str(e.id)) if all(getattr(e, k) == v for k, v in where.items()))


def activities_of(database: Database, event: Event) -> list[Any]:
    return Records(database).list_activities(event.id)


def files_under(folder: Path) -> set[Path]:
    return {path for path in folder.rglob("*")}


# -- round trip ------------------------------------------------------------------------------------------

def test_export_then_import_reproduces_every_record_exactly(open_db: Callable[..., Database],
                                                            tmp_path: Path) -> None:
    a = open_db("a", "demo")
    edits = records_at(a, dt.datetime(2026, 2, 1, 8, 30, 15, 123456))
    event = first_event(a)
    edits.update(dataclasses.replace(event, participants=event.participants + 3, notes="edited\nsecond line  kept",
                                     organizer_contact=SENTINEL, event_name=HOSTILE_NAME))
    site = Records(a).get_site(event.site_id)
    edits.update(dataclasses.replace(site, latitude=site.latitude + 0.1 + 0.2 if site.latitude else 0.3,
                                     area_m2=1 / 3))
    pickup = next(act for e in Records(a).list_events(limit=None) for act in activities_of(a, e)
                  if isinstance(act, LitterPickup))
    edits.update(dataclasses.replace(pickup, weight_kg=12.345678901234567, items=(
        LitterItem(activity_id=pickup.id, item_category=pickup.items[0].item_category, item_count=7),)))
    doomed_event = sorted(Records(a).list_events(limit=None), key=lambda e: str(e.id))[5]
    records_at(a, dt.datetime(2026, 2, 2)).delete(doomed_event.id)
    doomed_activity = activities_of(a, first_event(a))[0]
    records_at(a, dt.datetime(2026, 2, 3)).delete(doomed_activity.id)
    with a.writing("provenance") as session:  # as a spreadsheet import leaves it
        batch = session.execute(insert(ImportBatchRow).returning(ImportBatchRow.id), [{
            "file_name": "coordinator sheet.xlsx", "file_sha256": "ab" * 32, "file_format": "xlsx",
            "imported_at": dt.datetime(2026, 1, 5, 7, 0, 0, 1), "records": 2}]).scalar_one()
        session.execute(update(SiteRow).where(SiteRow.id == site.id)
                        .values(import_batch_id=batch, source_sheet="Sites", source_row=2))
        session.execute(update(EventRow).where(EventRow.id == event.id)
                        .values(import_batch_id=batch, source_sheet="Events", source_row=7))

    first = export(a, tmp_path / "a.fieldlog")
    c = open_db("c")
    preview, result = merge(c, first)
    assert preview.count(Outcome.TOMBSTONE) > 0
    assert_backup_made(c, result.backup)
    assert_same_records(a, c)
    batches_a, batches_c = dump(a, "import_batches"), dump(c, "import_batches")
    assert batches_a.items() <= batches_c.items() and len(batches_c) == len(batches_a) + 1  # + the merge itself
    assert summarize(a).differences(summarize(c)) == []  # float sums may differ in their last bits
    assert_rollup_exact(c)

    second = export(c, tmp_path / "c.fieldlog")
    with zipfile.ZipFile(first) as one, zipfile.ZipFile(second) as two:
        for table in TABLES:  # the same lines, byte for byte (rows are written in id order)
            assert one.read(f"{table}.jsonl") == two.read(f"{table}.jsonl"), table
    assert Records(c).get_event(event.id).event_name == HOSTILE_NAME  # a literal string, byte for byte
    stored = next(row for row in dump(a, "sites").values() if uuid.UUID(str(dict(row)["id"])) == site.id)
    assert dict(stored)["area_m2"] == 1 / 3 and repr(dict(stored)["area_m2"]) == repr(1 / 3)


def test_manifest_lists_every_member_with_its_hash_and_size(open_db: Callable[..., Database],
                                                           tmp_path: Path) -> None:
    a = open_db("a", "demo")
    package = tmp_path / "a.fieldlog"
    result = export_package(a, package)
    assert is_package(package)
    with zipfile.ZipFile(package) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        assert manifest["format"] == FORMAT and manifest["format_version"] == 1
        assert manifest["schema_revision"] and manifest["app_version"] and manifest["created_at"].endswith("Z")
        assert set(manifest["members"]) == set(archive.namelist()) - {"manifest.json"}
        for name, info in manifest["members"].items():
            data = archive.read(name)
            assert info == {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
        for table, info in manifest["tables"].items():
            assert info["records"] == result.counts[table] == len(archive.read(f"{table}.jsonl").splitlines())
    assert result.counts["events"] == 60 and result.counts["activities"] > 60


def test_is_package(tmp_path: Path, open_db: Callable[..., Database]) -> None:
    package = export(open_db("a", "demo"), tmp_path / "renamed.zip")
    assert is_package(package)
    (tmp_path / "sheet.csv").write_text("a,b\n1,2\n")
    with zipfile.ZipFile(tmp_path / "other.zip", "w") as other:
        other.writestr("manifest.json", '{"format": "something-else"}')
    assert not is_package(tmp_path / "sheet.csv")
    assert not is_package(tmp_path / "other.zip")
    assert not is_package(tmp_path / "missing.fieldlog")


# -- merging ---------------------------------------------------------------------------------------------

def test_merging_the_same_package_twice_changes_nothing(open_db: Callable[..., Database], tmp_path: Path) -> None:
    a, b = open_db("a", "demo"), open_db("b", "other")
    package = export(a, tmp_path / "a.fieldlog")
    first, result = merge(b, package)
    assert first.count(Outcome.ADDED, "events") == 60 and result.written == first.changes
    signature = db_signature(b)
    backups = beside(b, "backups")
    started = time.perf_counter()
    again = preview_merge(b, package)  # the very same file: known by its SHA-256, not read again
    assert time.perf_counter() - started < 1.0 and again.merged_before is not None and again.changes == 0
    assert again.summary_lines()[1].startswith("Nothing new to merge: this very file")
    result = apply_merge(b, again)
    assert result.written == 0 and result.backup is None and result.batch_id is None
    assert db_signature(b) == signature
    assert beside(b, "backups") == backups


def test_a_and_b_converge_whichever_way_they_merge(open_db: Callable[..., Database], tmp_path: Path) -> None:
    a, b = open_db("a", "demo"), open_db("b", "other")
    merge(b, export(a, tmp_path / "a0.fieldlog"), dt.datetime(2026, 1, 20))
    merge(a, export(b, tmp_path / "b0.fieldlog"), dt.datetime(2026, 1, 20))
    assert_same_records(a, b)
    # Both sides change things, some of them the same records.
    shared = sorted(Records(a).list_events(limit=None), key=lambda e: str(e.id))
    records_at(a, dt.datetime(2026, 2, 1)).update(dataclasses.replace(shared[0], participants=1))
    records_at(b, dt.datetime(2026, 2, 2)).update(dataclasses.replace(shared[0], notes="B's note"))
    records_at(a, dt.datetime(2026, 2, 3)).delete(shared[1].id)
    records_at(b, dt.datetime(2026, 2, 1)).update(dataclasses.replace(shared[1], participants=99))
    records_at(b, dt.datetime(2026, 2, 4)).delete(shared[2].id)
    records_at(a, dt.datetime(2026, 2, 5)).record_activity(Planting(
        event_id=shared[3].id, species="Quercus robur", plants=5, date=shared[3].start.date()))
    same_time = dt.datetime(2026, 2, 6)  # equal times: the rule must still pick the same copy on both sides
    records_at(a, same_time).update(dataclasses.replace(shared[4], participants=40))
    records_at(b, same_time).update(dataclasses.replace(shared[4], participants=41))

    merge(b, export(a, tmp_path / "a1.fieldlog"), dt.datetime(2026, 2, 10))
    merge(a, export(b, tmp_path / "b1.fieldlog"), dt.datetime(2026, 2, 10))
    assert_same_records(a, b)
    assert summarize(a).differences(summarize(b)) == []
    assert_rollup_exact(a)
    assert_rollup_exact(b)
    assert Records(a).get_event(shared[0].id).notes == "B's note"
    assert Records(a).get_event(shared[0].id).participants == shared[0].participants  # B's copy was newer
    assert shared[1].id not in {e.id for e in Records(b).list_events(limit=None)}  # the later deletion won
    assert shared[2].id not in {e.id for e in Records(a).list_events(limit=None)}
    # Nothing more to do either way.
    assert preview_merge(a, export(b, tmp_path / "b2.fieldlog")).changes == 0
    assert preview_merge(b, export(a, tmp_path / "a2.fieldlog")).changes == 0


def test_a_newer_edit_wins_without_a_conflict_when_only_one_side_changed(open_db: Callable[..., Database],
                                                                          tmp_path: Path) -> None:
    a, b = open_db("a", "demo"), open_db("b")
    merge(b, export(a, tmp_path / "a0.fieldlog"), dt.datetime(2026, 1, 20))
    event = first_event(a)
    records_at(a, dt.datetime(2026, 3, 1)).update(dataclasses.replace(event, participants=77))
    preview, _ = merge(b, export(a, tmp_path / "a1.fieldlog"), dt.datetime(2026, 3, 2))
    assert preview.count(Outcome.UPDATED, "events") == 1 and not preview.conflicts
    assert Records(b).get_event(event.id).participants == 77
    assert "1 event would be updated" in "\n".join(preview.summary_lines())
    # An older copy coming back (B's package from before) does not undo it.
    merge(b, tmp_path / "a0.fieldlog")
    assert Records(b).get_event(event.id).participants == 77


def test_conflicting_edits_are_listed_and_resolved_alike(open_db: Callable[..., Database], tmp_path: Path) -> None:
    a, b = open_db("a", "demo"), open_db("b")
    merge(b, export(a, tmp_path / "a0.fieldlog", dt.datetime(2026, 1, 15)), dt.datetime(2026, 1, 20))
    event = first_event(a)
    records_at(a, dt.datetime(2026, 3, 1, 9)).update(dataclasses.replace(event, participants=5))
    records_at(b, dt.datetime(2026, 3, 1, 10)).update(dataclasses.replace(event, notes="counted again"))
    other = sorted(Records(a).list_events(limit=None), key=lambda e: str(e.id))[1]
    records_at(a, dt.datetime(2026, 3, 1, 9)).update(dataclasses.replace(other, participants=6))  # A only
    a1 = export(a, tmp_path / "a1.fieldlog", dt.datetime(2026, 3, 1, 12))  # both send before either merges
    b1 = export(b, tmp_path / "b1.fieldlog", dt.datetime(2026, 3, 1, 12))

    into_b = preview_merge(b, a1)
    assert len(into_b.conflicts) == 1
    conflict = into_b.conflicts[0]
    assert (conflict.table, conflict.record_id, conflict.winner) == ("events", event.id, "here")
    assert {"participants", "notes"} <= set(conflict.fields) <= {"participants", "notes", "volunteer_hours"}
    assert conflict.here["notes"] == "counted again" and conflict.package["participants"] == 5
    assert into_b.count(Outcome.KEPT, "events") == 1 and into_b.count(Outcome.UPDATED, "events") == 1
    text = "\n".join(into_b.summary_lines())
    assert "1 conflict" in text and event.event_name in text and "this database's copy kept" in text
    result = apply_merge(b, into_b, clock=clock_at(dt.datetime(2026, 3, 2)))
    assert [(c.record_id, c.winner) for c in result.conflicts] == [(event.id, "here")]
    # beside an SQLite file; in the user data folder for a server database (conftest points it into the tests')
    assert result.log is not None and "merge-logs" in result.log.parts
    assert (result.log.parent.name == "merge-logs") == (b.path is not None)
    log = result.log.read_text()
    assert str(event.id) in log and "counted again" in log and "kept this database's copy" in log

    into_a = preview_merge(a, b1)
    assert [(c.record_id, c.winner) for c in into_a.conflicts] == [(event.id, "package")]
    apply_merge(a, into_a, clock=clock_at(dt.datetime(2026, 3, 2)))
    assert_same_records(a, b)
    assert Records(a).get_event(event.id).notes == "counted again"
    # Once resolved, the next exchange has nothing left to report.
    again = preview_merge(a, export(b, tmp_path / "b2.fieldlog", dt.datetime(2026, 3, 3)))
    assert again.changes == 0 and not again.conflicts


def test_a_deletion_propagates_and_an_older_copy_does_not_bring_it_back(open_db: Callable[..., Database],
                                                                        tmp_path: Path) -> None:
    a, b = open_db("a", "demo"), open_db("b")
    old_package = export(a, tmp_path / "a0.fieldlog")
    merge(b, old_package, dt.datetime(2026, 1, 20))
    event = first_event(a)
    activity_ids = {act.id for act in activities_of(a, event)}
    records_at(a, dt.datetime(2026, 3, 1)).delete(event.id)
    preview, _ = merge(b, export(a, tmp_path / "a1.fieldlog"), dt.datetime(2026, 3, 2))
    assert preview.count(Outcome.DELETED, "events") == 1
    assert preview.count(Outcome.DELETED, "activities") == len(activity_ids)
    live = {e.id for e in Records(b).list_events(limit=None)}
    assert event.id not in live
    assert_rollup_exact(b)
    signature = db_signature(b)
    assert preview_merge(b, old_package).merged_before is not None  # this very file: not read again
    # the same copy from before the deletion in another file, so that every record of it is decided
    again = preview_merge(b, craft(old_package, tmp_path / "a0-again.fieldlog", replace={}))
    assert again.merged_before is None
    assert again.changes == 0 and again.count(Outcome.KEPT, "events") == 1
    apply_merge(b, again)
    assert db_signature(b) == signature
    # A later edit of a deleted record (made elsewhere) is newer than the deletion, so it comes back.
    c = open_db("c")
    merge(c, old_package, dt.datetime(2026, 1, 20))
    records_at(c, dt.datetime(2026, 4, 1)).update(dataclasses.replace(event, participants=3))
    back = preview_merge(b, export(c, tmp_path / "c.fieldlog"))
    assert back.count(Outcome.RESTORED, "events") == 1


def test_a_since_package_holds_the_changes_and_their_parents_and_merges_on_its_own(
        open_db: Callable[..., Database], tmp_path: Path) -> None:
    a, b = open_db("a", "demo"), open_db("b")
    merge(b, export(a, tmp_path / "full.fieldlog"), dt.datetime(2026, 1, 20))
    events = sorted(Records(a).list_events(limit=None), key=lambda e: str(e.id))
    later = records_at(a, dt.datetime(2026, 3, 1))
    later.record_activity(Planting(event_id=events[0].id, species="Quercus robur", plants=12,
                                   date=events[0].start.date()))
    later.update(dataclasses.replace(events[1], participants=events[1].participants + 1))
    later.delete(activities_of(a, events[2])[0].id)
    result = export_package(a, tmp_path / "since.fieldlog", since=dt.date(2026, 2, 1))
    assert result.counts["events"] == 3 and result.counts["activities"] == 2
    assert result.counts["sites"] <= 3 and result.counts["litter_items"] <= 10
    with zipfile.ZipFile(tmp_path / "since.fieldlog") as archive:
        assert json.loads(archive.read("manifest.json"))["since"] == "2026-02-01"
    preview, _ = merge(b, tmp_path / "since.fieldlog")
    assert preview.count(Outcome.ADDED) == 1 and preview.count(Outcome.UPDATED) == 1
    # (a deleted litter pickup's items are deleted with it: only the activity is counted here)
    assert preview.count(Outcome.DELETED, "activities") == 1
    assert_same_records(a, b)
    assert_rollup_exact(b)
    # On its own: into a database that has none of it, the parents come along.
    fresh = open_db("fresh")
    preview, _ = merge(fresh, tmp_path / "since.fieldlog")
    assert preview.count(Outcome.ADDED, "events") == 3 and preview.count(Outcome.ADDED, "sites") >= 1
    assert preview.count(Outcome.TOMBSTONE, "activities") == 1


def test_a_package_for_sharing_holds_no_personal_data(open_db: Callable[..., Database], tmp_path: Path) -> None:
    a = open_db("a", "demo")
    event = first_event(a)
    records_at(a, dt.datetime(2026, 2, 1)).update(dataclasses.replace(
        event, organizer_contact=SENTINEL, organizer_name=NAME_SENTINEL))
    full = export(a, tmp_path / "full.fieldlog")
    shared = export(a, tmp_path / "PII-free.fieldlog", for_sharing=True)

    def every_byte(package: Path) -> bytes:
        with zipfile.ZipFile(package) as archive:
            return b"".join(archive.read(name) + name.encode() for name in archive.namelist()) + \
                package.read_bytes() + (archive.comment or b"")

    assert SENTINEL.encode() in every_byte(full)
    for sentinel in (SENTINEL, NAME_SENTINEL, "organizer1@example.org", "Organizer 1"):
        assert sentinel.encode() not in every_byte(shared), sentinel
    with zipfile.ZipFile(shared) as archive:
        assert json.loads(archive.read("manifest.json"))["for_sharing"] is True
    # Merged back where the names are known, the blanks are not taken for edits.
    preview, _ = merge(a, shared)
    assert preview.changes == 0
    assert Records(a).get_event(event.id).organizer_contact == SENTINEL
    fresh = open_db("fresh")
    merge(fresh, shared)
    assert Records(fresh).get_event(event.id).organizer_contact is None


# -- bad packages ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def good_package(templates: dict[str, str | Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    database = open_store(templates["demo"])
    try:
        return export(database, tmp_path_factory.mktemp("good") / "good.fieldlog")
    finally:
        database.close()


def craft(good: Path, target: Path, *, replace: dict[str, bytes] | None = None, drop: tuple[str, ...] = (),
          add: tuple[tuple[str | zipfile.ZipInfo, bytes], ...] = (), rehash: bool = True,
          manifest: Callable[[dict[str, Any]], None] | None = None) -> Path:
    """A copy of a good package with members replaced, dropped or added and the manifest edited."""
    with zipfile.ZipFile(good) as old:
        members = {name: old.read(name) for name in old.namelist()}
    meta = json.loads(members.pop("manifest.json"))
    for name, data in (replace or {}).items():
        members[name] = data
        if rehash:
            meta["members"][name] = {"sha256": hashlib.sha256(data).hexdigest(), "size": len(data)}
    for name in drop:
        members.pop(name)
    if manifest is not None:
        manifest(meta)
    with warnings.catch_warnings(), zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        warnings.simplefilter("ignore")  # zipfile warns about the duplicate names some cases want
        for name, data in members.items():
            new.writestr(name, data)
        for info, data in add:
            new.writestr(info, data)
        new.writestr("manifest.json", json.dumps(meta))
    return target


def lines_of(good: Path, member: str) -> list[bytes]:
    with zipfile.ZipFile(good) as archive:
        return archive.read(member).splitlines()


def edit_line(good: Path, member: str, number: int, change: Callable[[dict[str, Any]], Any]) -> bytes:
    lines = lines_of(good, member)
    row = json.loads(lines[number - 1])
    change(row)
    lines[number - 1] = json.dumps(row).encode()
    return b"\n".join(lines) + b"\n"


def _flip_case(good: Path) -> dict[str, bytes]:
    data = bytearray(b"\n".join(lines_of(good, "events.jsonl")) + b"\n")
    at = data.index(b'"event_name":"') + len(b'"event_name":"')
    data[at:at + 1] = data[at:at + 1].swapcase()
    return {"events.jsonl": bytes(data)}


def _symlink() -> zipfile.ZipInfo:
    info = zipfile.ZipInfo("photos/" + "0" * 64 + ".jpg")
    info.external_attr = (stat.S_IFLNK | 0o777) << 16
    return info


def _bump(table: str, key: str, by: int) -> Callable[[dict[str, Any]], None]:
    def change(meta: dict[str, Any]) -> None:
        if key == "size":
            meta["members"][f"{table}.jsonl"]["size"] += by
        else:
            meta["tables"][table]["records"] += by
    return change


def _set(key: str, value: Any) -> Callable[[dict[str, Any]], None]:
    return lambda meta: meta.__setitem__(key, value)


def _orphans(good: Path) -> dict[str, bytes]:
    """The events without the one the first activity belongs to."""
    parent = json.loads(lines_of(good, "activities.jsonl")[0])["event_id"]
    kept = [line for line in lines_of(good, "events.jsonl") if json.loads(line)["id"] != parent]
    return {"events.jsonl": b"\n".join(kept) + b"\n"}


def _dup_id(good: Path) -> dict[str, bytes]:
    lines = lines_of(good, "sites.jsonl")
    return {"sites.jsonl": b"\n".join([*lines, lines[0]]) + b"\n"}


ZIP_SLIP = "../../fieldlog_zip_slip_x"
# (id, how to build it from the good package, words the message must hold)
BAD: list[tuple[str, Callable[[Path, Path], Path], str]] = [
    ("hash mismatch", lambda g, t: craft(g, t, replace=_flip_case(g), rehash=False), "does not match the SHA-256"),
    ("size mismatch", lambda g, t: craft(g, t, manifest=_bump("events", "size", 1)), "but the manifest says"),
    ("zip slip", lambda g, t: craft(g, t, add=((ZIP_SLIP, b"gotcha"),)), f"unsafe path '{ZIP_SLIP}'"),
    ("zip slip listed", lambda g, t: craft(g, t, add=((ZIP_SLIP, b"x"),), manifest=lambda m: m["members"].update(
        {ZIP_SLIP: {"sha256": hashlib.sha256(b"x").hexdigest(), "size": 1}})), "unsafe path"),
    ("slip in manifest only", lambda g, t: craft(g, t, manifest=lambda m: m["members"].update(
        {"photos/../../../fieldlog_zip_slip_m": {"sha256": "0" * 64, "size": 1}})), "unsafe path"),
    ("absolute path", lambda g, t: craft(g, t, add=(("/tmp/fieldlog_zip_slip_abs", b"x"),)), "absolute path"),
    ("backslash", lambda g, t: craft(g, t, add=(("..\\..\\fieldlog_zip_slip_bs", b"x"),)), "backslash"),
    ("symlink", lambda g, t: craft(g, t, add=((_symlink(), b"/etc/passwd"),)), "symbolic link"),
    ("duplicate name", lambda g, t: craft(g, t, add=(("events.jsonl", b"{}\n"),)), "appears twice"),
    ("unlisted member", lambda g, t: craft(g, t, add=(("notes.txt", b"hello"),)), "does not list"),
    ("unknown member", lambda g, t: craft(g, t, add=(("notes.txt", b"hi"),), manifest=lambda m: m["members"].update(
        {"notes.txt": {"sha256": hashlib.sha256(b"hi").hexdigest(), "size": 2}})), "neither a table nor a photo"),
    ("missing member", lambda g, t: craft(g, t, drop=("litter_items.jsonl",)), "is missing"),
    ("newer format", lambda g, t: craft(g, t, manifest=_set("format_version", 2)), "newer fieldlog"),
    ("newer schema", lambda g, t: craft(g, t, manifest=_set("schema_revision", "0099_future")), "update fieldlog"),
    ("another format", lambda g, t: craft(g, t, manifest=_set("format", "other-app")), "not a fieldlog package"),
    ("truncated", lambda g, t: (t.write_bytes(g.read_bytes()[: g.stat().st_size // 2]), t)[1], "incomplete"),
    ("not a zip", lambda g, t: (t.write_text("event,date\nTree day,2026-05-31\n"), t)[1], "not a fieldlog package"),
    ("empty file", lambda g, t: (t.write_bytes(b""), t)[1], "not a fieldlog package"),
    ("zip without manifest", lambda g, t: (zipfile.ZipFile(t, "w").close(), t)[1], "not a fieldlog package"),
    ("manifest not json", lambda g, t: (craft(g, t), _garble_manifest(t), t)[2], "not valid JSON"),
    ("zip bomb", lambda g, t: craft(g, t, add=(("photos/" + "1" * 64 + ".jpg", bytes(30 * 2**20)),)), "expands"),
    ("malformed json line", lambda g, t: craft(g, t, replace={"events.jsonl": b"\n".join(
        [*lines_of(g, "events.jsonl")[:2], b"{not json", *lines_of(g, "events.jsonl")[3:]]) + b"\n"}),
     "events.jsonl line 3 is not valid JSON"),
    ("wrong type", lambda g, t: craft(g, t, replace={"events.jsonl": edit_line(
        g, "events.jsonl", 2, lambda r: r.__setitem__("participants", "many"))}), "events.jsonl line 2: participants"),
    ("not a number", lambda g, t: craft(g, t, replace={"activities.jsonl": edit_line(
        g, "activities.jsonl", 1, lambda r: r.__setitem__("latitude", float("nan")))}),
     "activities.jsonl line 1: NaN is not a number"),
    ("unknown field", lambda g, t: craft(g, t, replace={"sites.jsonl": edit_line(
        g, "sites.jsonl", 1, lambda r: r.__setitem__("owner", "x"))}), "unknown field 'owner'"),
    ("missing required", lambda g, t: craft(g, t, replace={"sites.jsonl": edit_line(
        g, "sites.jsonl", 4, lambda r: r.pop("name"))}), "sites.jsonl line 4: name is missing"),
    ("text too long", lambda g, t: craft(g, t, replace={"events.jsonl": edit_line(
        g, "events.jsonl", 1, lambda r: r.__setitem__("event_name", "x" * 300))}), "longer than 255"),
    ("bad id", lambda g, t: craft(g, t, replace={"events.jsonl": edit_line(
        g, "events.jsonl", 1, lambda r: r.__setitem__("id", "'); DROP TABLE events;--"))}), "expected an id"),
    ("duplicate id", lambda g, t: craft(g, t, replace=_dup_id(g), manifest=_bump("sites", "records", 1)),
     "appears twice"),
    ("record count", lambda g, t: craft(g, t, manifest=_bump("sites", "records", 1)), "the manifest says 21"),
    ("missing parent", lambda g, t: craft(g, t, replace=_orphans(g), manifest=_bump("events", "records", -1)),
     "neither in the package nor in this database"),
]


def _garble_manifest(target: Path) -> bool:
    with zipfile.ZipFile(target) as old:
        members = {name: old.read(name) for name in old.namelist()}
    members["manifest.json"] = b'{"format": "fieldlog-package", "format_version": 1,'
    with zipfile.ZipFile(target, "w") as new:
        for name, data in members.items():
            new.writestr(name, data)
    return True


@pytest.fixture(scope="module")
def victim(templates: dict[str, str | Path], module_databases: Databases) -> Database:
    """A database with records that every bad package tries (and fails) to change."""
    return module_databases.open("victim", templates["other"])


def canaries(tmp_path: Path) -> list[Path]:
    names = ("fieldlog_zip_slip_x", "fieldlog_zip_slip_m", "fieldlog_zip_slip_abs", "fieldlog_zip_slip_bs",
             "..\\..\\fieldlog_zip_slip_bs")
    folders = [tmp_path, *tmp_path.parents, Path("/tmp"), Path.cwd()]
    return [folder / name for folder in folders for name in names if (folder / name).exists()]


@pytest.mark.parametrize(("build", "words"), [pytest.param(b, w, id=i) for i, b, w in BAD])
def test_a_bad_package_is_refused_with_nothing_written(build: Callable[[Path, Path], Path], words: str,
                                                       good_package: Path, victim: Database,
                                                       tmp_path: Path) -> None:
    sandbox = tmp_path / "sandbox"
    sandbox.mkdir()
    package = build(good_package, sandbox / "incoming.fieldlog")
    before_files = files_under(tmp_path) | beside(victim)
    signature = db_signature(victim)
    cwd = Path.cwd()
    os.chdir(sandbox)  # a relative zip-slip path would land here
    try:
        with pytest.raises(PackageRejected) as caught:
            merge_package(victim, package)
    finally:
        os.chdir(cwd)
    message = str(caught.value)
    assert words in message and "incoming.fieldlog" in message
    assert "Traceback" not in message
    assert db_signature(victim) == signature
    assert files_under(tmp_path) | beside(victim) == before_files
    assert canaries(tmp_path) == []


def test_limits_on_members_and_size(good_package: Path, victim: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(package_module, "LIMITS", Limits(members=3))
    with pytest.raises(PackageRejected, match="at most 3"):
        preview_merge(victim, good_package)
    monkeypatch.setattr(package_module, "LIMITS", Limits(total_bytes=1000))
    with pytest.raises(PackageRejected, match=r"expands to .* the limit is 1,000 bytes"):
        preview_merge(victim, good_package)


def test_photo_members_are_accepted_only_when_they_match(good_package: Path, victim: Database,
                                                         tmp_path: Path) -> None:
    photo = b"\xff\xd8\xff\xe0 not really a jpeg, but bytes to hash"
    digest = hashlib.sha256(photo).hexdigest()
    name = f"photos/{digest}.jpg"

    def listed(meta: dict[str, Any]) -> None:
        meta["members"][name] = {"sha256": digest, "size": len(photo)}

    fine = craft(good_package, tmp_path / "photo.fieldlog", add=((name, photo),), manifest=listed)
    assert preview_merge(victim, fine).count(Outcome.ADDED, "events") == 60
    swapped = craft(good_package, tmp_path / "swapped.fieldlog", add=((name, photo[::-1]),), manifest=listed)
    with pytest.raises(PackageRejected, match=f"the member '{name}' does not match the SHA-256"):
        preview_merge(victim, swapped)


def test_a_record_the_database_refuses_rolls_the_whole_merge_back(good_package: Path, tmp_path: Path,
                                                                   open_db: Callable[..., Database]) -> None:
    package = craft(good_package, tmp_path / "negative.fieldlog", replace={"events.jsonl": edit_line(
        good_package, "events.jsonl", 30, lambda r: r.__setitem__("participants", -5))})
    target = open_db("target", "other")
    signature = db_signature(target)
    with pytest.raises(PackageRejected, match=r"the database refused a record of events\.jsonl"):
        merge_package(target, package)
    assert db_signature(target) == signature


@pytest.mark.parametrize("damage", ["hash", "row"])
def test_a_one_pass_merge_with_a_damaged_last_table_writes_nothing(good_package: Path, tmp_path: Path,
                                                                    open_db: Callable[..., Database],
                                                                    damage: str) -> None:
    """The one-pass merge has written every other table when it reaches the damage: all of it rolls back,
    and the backup it made first goes again (nothing changed), so the folder is as it was."""
    if damage == "hash":  # the member's bytes changed, its hash in the manifest not: found at its end
        lines = lines_of(good_package, "litter_items.jsonl")
        at = lines[-1].index(b'"item_category":"') + len(b'"item_category":"')
        lines[-1] = lines[-1][:at] + lines[-1][at:at + 1].swapcase() + lines[-1][at + 1:]  # the same size
        package = craft(good_package, tmp_path / "damaged.fieldlog", rehash=False,
                        replace={"litter_items.jsonl": b"\n".join(lines) + b"\n"})
        words = "litter_items.jsonl' does not match the SHA-256"
    else:  # a consistent package whose last row of the last table is wrong
        count = len(lines_of(good_package, "litter_items.jsonl"))
        package = craft(good_package, tmp_path / "damaged.fieldlog", replace={"litter_items.jsonl": edit_line(
            good_package, "litter_items.jsonl", count, lambda r: r.__setitem__("item_count", "many"))})
        words = f"litter_items.jsonl line {count}: item_count"
    for template in ("empty", "other"):
        target = open_db(f"target-{damage}-{template}", template)
        signature = db_signature(target)
        before = beside(target)
        with pytest.raises(PackageRejected, match=words):
            merge_package(target, package)
        assert db_signature(target) == signature
        assert beside(target) == before
        result = merge_package(target, good_package)  # and the good package then merges in one pass
        assert result.count(Outcome.ADDED, "litter_items") == len(lines_of(good_package, "litter_items.jsonl"))
        assert_backup_made(target, result.backup)
        assert_rollup_exact(target)


def schema_of(database: Database) -> list[tuple[str, str, str]]:
    """Every table's and index's definition: as SQLite holds it, or every index's as PostgreSQL's catalog has it."""
    if database.path is not None:
        connection = sqlite3.connect(f"file:{database.path}?mode=ro", uri=True)
        try:
            return sorted(connection.execute("SELECT type, name, coalesce(sql, '') FROM sqlite_master"))
        finally:
            connection.close()
    with database.engine.connect() as server:
        return sorted((table, name, definition) for table, name, definition in server.execute(text(
            "SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public'")))


def test_a_first_merge_drops_and_builds_the_indexes_again_inside_its_transaction(
        good_package: Path, tmp_path: Path, open_db: Callable[..., Database], monkeypatch: pytest.MonkeyPatch) -> None:
    """Into empty tables a large merge builds the indexes after the rows; the result is the same database as
    row-by-row inserting gives, every index is back, and a merge that fails half-way leaves them all."""
    plain = open_db("plain")
    merge_package(plain, good_package)
    monkeypatch.setattr(exchange_module, "BULK_LOAD_AT", 1)  # every table of the small package is "large"
    target = open_db("bulk")
    schema = schema_of(target)
    lines = lines_of(good_package, "litter_items.jsonl")
    damaged = craft(good_package, tmp_path / "damaged.fieldlog", replace={"litter_items.jsonl": edit_line(
        good_package, "litter_items.jsonl", len(lines), lambda r: r.__setitem__("item_count", "many"))})
    signature = db_signature(target)
    with pytest.raises(PackageRejected, match="item_count"):  # the other tables were bulk-loaded by then
        merge_package(target, damaged)
    assert schema_of(target) == schema and db_signature(target) == signature

    result = merge_package(target, good_package)
    assert result.count(Outcome.ADDED, "activities") > 0
    assert schema_of(target) == schema
    assert_same_records(plain, target)
    assert "ix_litter_items_activity_id" in {name for table in inspect(target.engine).get_table_names()
                                             for name in (i["name"] for i in inspect(target.engine).get_indexes(table))}
    if target.path is not None:
        connection = sqlite3.connect(f"file:{target.path}?mode=ro", uri=True)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]  # indexes match the rows
            plan = " ".join(str(row) for row in connection.execute(
                "EXPLAIN QUERY PLAN SELECT id FROM litter_items WHERE activity_id = x'00'"))
            assert "ix_litter_items_activity_id" in plan
        finally:
            connection.close()
    assert_rollup_exact(target)


def test_a_one_pass_merge_of_the_same_package_again_writes_nothing_and_keeps_no_backup(
        good_package: Path, open_db: Callable[..., Database]) -> None:
    target = open_db("target", "other")
    first = merge_package(target, good_package)
    assert first.written == first.manifest.records - first.count(Outcome.UNCHANGED)
    assert first.heading.startswith(good_package.name)
    signature = db_signature(target)
    backups = beside(target, "backups")
    started = time.perf_counter()
    again = merge_package(target, good_package)
    assert time.perf_counter() - started < 1.0  # the very same file: known by its SHA-256, not read again
    assert again.written == 0 and again.backup is None and again.batch_id is None
    assert again.merged_before is not None and again.summary_lines()[0].startswith("Nothing was written: this very")
    assert db_signature(target) == signature
    assert beside(target, "backups") == backups  # the no-op's backup was deleted
    assert_rollup_exact(target)


def test_the_same_records_in_another_file_are_read_and_a_restored_database_merges_again(
        good_package: Path, open_db: Callable[..., Database], databases: Databases, tmp_path: Path) -> None:
    """Only the very same bytes are skipped: another file goes through every record; a database restored
    from before the merge (a backup, a pg_dump) has no batch of it and merges the whole package again."""
    target = open_db("target", "other")
    target.engine.dispose()  # a server database is copied only while nobody is connected to it
    before = databases.location("before", location_of(target))
    merge_package(target, good_package)
    renamed = tmp_path / "copy.fieldlog"
    craft(good_package, renamed, replace={})  # the same members, written into another zip
    assert hashlib.sha256(renamed.read_bytes()).digest() != hashlib.sha256(good_package.read_bytes()).digest()
    other = merge_package(target, renamed)
    assert other.merged_before is None and other.written == 0 and other.count(Outcome.UNCHANGED) > 0
    restored = open_store(before)
    try:
        result = merge_package(restored, good_package)
        assert result.merged_before is None and result.count(Outcome.ADDED, "events") > 0
    finally:
        restored.close()


def test_a_package_changed_after_its_preview_is_not_merged(good_package: Path, tmp_path: Path,
                                                            open_db: Callable[..., Database]) -> None:
    package = tmp_path / "incoming.fieldlog"
    package.write_bytes(good_package.read_bytes())
    target = open_db("target")
    preview = preview_merge(target, package)
    craft(good_package, package, replace=_flip_case(good_package))  # a consistent, different package
    signature = db_signature(target)
    with pytest.raises(PackageRejected, match="changed since it was checked"):
        apply_merge(target, preview)
    assert db_signature(target) == signature


# -- failures while exporting, cancelling, killing -------------------------------------------------------

class _FullDisk:
    """A file whose writes fail with ENOSPC once `room` bytes were written."""

    def __init__(self, real: Any, room: int) -> None:
        self.real, self.room = real, room

    def write(self, data: bytes) -> int:
        if len(data) > self.room:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        self.room -= len(data)
        return int(self.real.write(data))

    def __getattr__(self, name: str) -> Any:
        return getattr(self.real, name)


@pytest.mark.parametrize("room", [0, 5_000, 20_000])
def test_a_full_disk_leaves_no_package(open_db: Callable[..., Database], tmp_path: Path,
                                       monkeypatch: pytest.MonkeyPatch, room: int) -> None:
    a = open_db("a", "demo")
    out = tmp_path / "out"
    out.mkdir()
    (out / "old.fieldlog").write_bytes(b"the previous package")
    monkeypatch.setattr(package_module, "open", lambda path, mode: _FullDisk(open(path, mode), room),  # noqa: SIM115
                        raising=False)
    for name in ("new.fieldlog", "old.fieldlog"):
        with pytest.raises(ExportFailed, match="the disk is full"):
            export_package(a, out / name)
    assert sorted(p.name for p in out.iterdir()) == ["old.fieldlog"]
    assert (out / "old.fieldlog").read_bytes() == b"the previous package"


def test_a_read_only_folder_leaves_no_package(open_db: Callable[..., Database], tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    a = open_db("a", "demo")
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: make the folder refuse as a read-only disk would

        def refuse(*args: Any, **kwargs: Any) -> Any:
            raise OSError(errno.EROFS, os.strerror(errno.EROFS))

        monkeypatch.setattr(atomic_module.tempfile, "mkstemp", refuse)
    else:
        folder.chmod(0o555)
    try:
        with pytest.raises(ExportFailed, match=r"read-only|may not write"):
            export_package(a, folder / "a.fieldlog")
    finally:
        folder.chmod(0o755)
        monkeypatch.undo()
    assert list(folder.iterdir()) == []
    with pytest.raises(ExportFailed, match="does not exist"):
        export_package(a, tmp_path / "no such folder" / "a.fieldlog")


def test_cancelling_an_export_leaves_no_file(open_db: Callable[..., Database], tmp_path: Path) -> None:
    a = open_db("a", "demo")
    cancel = threading.Event()
    calls: list[tuple[int, int]] = []

    def progress(done: int, total: int) -> None:
        calls.append((done, total))
        cancel.set()

    with pytest.raises(Cancelled):
        export_package(a, tmp_path / "a.fieldlog", progress=progress, cancel=cancel)
    assert calls and list(tmp_path.glob("*.fieldlog*")) == [] and list(tmp_path.glob(".a.fieldlog*")) == []


def test_cancelling_a_merge_writes_nothing(open_db: Callable[..., Database], good_package: Path) -> None:
    b = open_db("b", "other")
    signature = db_signature(b)
    cancel = threading.Event()
    with pytest.raises(Cancelled):
        preview_merge(b, good_package, progress=lambda done, total: cancel.set(), cancel=cancel)
    preview = preview_merge(b, good_package)
    cancel.clear()
    with pytest.raises(Cancelled, match="nothing was merged"):
        apply_merge(b, preview, progress=lambda done, total: cancel.set(), cancel=cancel)
    assert db_signature(b) == signature
    apply_merge(b, preview)  # and it merges fine afterwards
    assert preview_merge(b, good_package).changes == 0


_KILL_CHILD = """
import sys, time
from pathlib import Path
from fieldlog.services.database import open_store
from fieldlog.services.exchange import merge_package
database = open_store(Path(sys.argv[1]))
def progress(done, total):
    print(done, flush=True)
    time.sleep(0.2)
merge_package(database, Path(sys.argv[2]), progress=progress)
print("merged", flush=True)
"""


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs kill -9")
@pytest.mark.sqlite_only("reads the SQLite file after the kill, and the marker of an unfinished merge beside it")
def test_kill_9_during_a_merge_leaves_the_database_as_it_was(open_db: Callable[..., Database],
                                                             good_package: Path, tmp_path: Path) -> None:
    target = open_db("target", "other")
    path = path_of(target)
    target.close()
    signature, package_hash = db_signature(path), hashlib.sha256(good_package.read_bytes()).hexdigest()
    child = subprocess.Popen([sys.executable, "-c", _KILL_CHILD, str(path), str(good_package)], cwd=REPO,
                             stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None
    reports = 0
    deadline = time.monotonic() + 60
    while reports < 3 and time.monotonic() < deadline:  # one pass: every report is inside the transaction
        line = child.stdout.readline()
        if not line:
            break
        reports += 1
    child.send_signal(signal.SIGKILL)
    child.wait()
    assert reports == 3  # inside the transaction: at least one more table (reported, after a pause) to come
    assert db_signature(path) == signature
    assert hashlib.sha256(good_package.read_bytes()).hexdigest() == package_hash
    connection = sqlite3.connect(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        connection.close()
    # The next start says so, once (fault catalogue row 2), and the merge then runs whole.
    first = subprocess.run([sys.executable, "-m", "fieldlog", "--db", str(path), "summary"], cwd=REPO,
                           capture_output=True, text=True, timeout=120)
    assert first.returncode == 0, first.stderr
    assert f"The merge of {good_package.name}" in first.stderr and "did not finish" in first.stderr
    assert "Nothing from it was saved" in first.stderr and "Traceback" not in first.stderr
    writer = subprocess.run([sys.executable, "-m", "fieldlog", "--db", str(path), "backup"], cwd=REPO,
                            capture_output=True, text=True, timeout=120)
    assert writer.returncode == 0 and "did not finish" in writer.stderr  # a writer hears it, then it is gone
    again = subprocess.run([sys.executable, "-m", "fieldlog", "--db", str(path), "summary"], cwd=REPO,
                           capture_output=True, text=True, timeout=120)
    assert "did not finish" not in again.stderr
    database = open_store(path)
    try:
        preview = preview_merge(database, good_package)
        assert preview.count(Outcome.ADDED, "events") == 60
    finally:
        database.close()


def test_merging_into_itself_and_rows_as_stored(open_db: Callable[..., Database], tmp_path: Path) -> None:
    a = open_db("a", "demo")
    package = export(a, tmp_path / "self.fieldlog")
    preview = preview_merge(a, package)
    assert preview.changes == 0 and not preview.conflicts
    with a.reading() as session:
        kinds = set(session.scalars(select(ActivityRow.kind).distinct()))
    assert len(kinds) == 6  # every kind of activity went through the round trips above
