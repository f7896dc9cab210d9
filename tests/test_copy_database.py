"""`fieldlog copy-database`: every record between SQLite files and PostgreSQL databases, all or nothing, idempotent.

The SQLite cases always run; the PostgreSQL ones when FIELDLOG_TEST_POSTGRESQL names a server (conftest.py).
Records are compared as the database driver reads them back (ids as UUIDs, times as datetimes, floats as
doubles), which is the same on both backends, so "equal" means every column of every row, tombstones and
provenance included.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import math
import sqlite3
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from sqlalchemy import create_engine, select, text, update
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from fieldlog.db.store import Database
from fieldlog.db.tables import Base, EventRow
from fieldlog.domain.errors import DatabaseProblem
from fieldlog.domain.records import Event, LitterPickup, Site
from fieldlog.services.copying import CopyRefused, check_copy_ends, copy_database
from fieldlog.services.database import open_store
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.importing import apply_import, preview_import
from fieldlog.services.maintenance import check_database
from fieldlog.services.photos import attach_photos, photo_dir_for, remove_photo
from fieldlog.services.records import Cancelled, Records
from fieldlog.services.summary import summarize, summarize_from_records
from tests.conftest import POSTGRESQL_VARIABLE, TODAY, backends, db_signature
from tests.test_cli import fieldlog

RECORD_TABLES = ("import_batches", "sites", "events", "activities", "litter_items", "photos")
SECRET = "s3cr%et:@/?#w0rd"

needs_postgresql = pytest.mark.skipif(
    "postgresql" not in backends(),
    reason=f"no PostgreSQL server: set {POSTGRESQL_VARIABLE} to an admin URL (`make test` starts one)")


# -- helpers ---------------------------------------------------------------------------------------------------

@contextmanager
def opened(location: str | Path) -> Iterator[Database]:
    database = open_store(location)
    try:
        yield database
    finally:
        database.close()


def jpeg(path: Path, color: tuple[int, int, int]) -> Path:
    from PIL import Image

    Image.new("RGB", (64, 48), color).save(path, "JPEG")
    return path


def rich_source(path: Path, events: int = 30) -> Path:
    """An SQLite database with demo data and everything else a copy must carry: tombstones of every record
    table, an edit, imported rows with their provenance, photos (one removed) and their pictures."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with opened(path) as database:
        records = Records(database, today=lambda: TODAY)
        fill_demo_data(records, events=events, seed=7)
        listed = records.list_events(limit=None)
        with_litter = next(event for event in listed
                           if any(isinstance(a, LitterPickup) and a.items for a in records.list_activities(event.id)))
        others = [event for event in listed if event.id != with_litter.id]
        # Photos first, so that deleting their event below leaves photo tombstones too.
        pictures = [jpeg(path.parent / f"picture-{n}.jpg", color) for n, color in
                    enumerate(((200, 30, 30), (30, 200, 30), (30, 30, 200), (90, 90, 90)))]
        attach_photos(database, with_litter.id, [pictures[0]])
        attach_photos(database, others[0].id, [pictures[1]], caption="Before the pull")
        activity = records.list_activities(others[1].id)[0]
        attached = attach_photos(database, activity.id, [pictures[2], pictures[3]])
        remove_photo(database, attached[1].photo.id)
        records.delete(with_litter.id)  # the event, its activities, their litter items and its photo
        records.delete(records.list_activities(others[2].id)[0].id)
        fresh = records.get_event(others[3].id)
        records.update(dataclasses.replace(fresh, participants=fresh.participants + 1, notes="Counted again"))
        sheet = path.parent / "planting.csv"
        sheet.write_text("Event,Start,Site,Country,Participants,Species,Plants\n"
                         "Tree day,2026-05-30,Karura Forest,KE,10,Croton megalocarpus,40\n"
                         "Tree day,2026-05-30,Karura Forest,KE,10,Markhamia lutea,5\n", encoding="utf-8")
        apply_import(database, preview_import(database, sheet))
    return path


def plain_source(path: Path) -> Path:
    """An SQLite database with a few demo events."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with opened(path) as database:
        fill_demo_data(Records(database), events=3, seed=7)
    return path


def dump(database: Database) -> dict[str, dict[uuid.UUID, dict[str, Any]]]:
    """Every row of every record table by id, every column as the driver reads it back."""
    with database.engine.connect() as connection:
        return {name: {row.id: dict(row._mapping) for row in connection.execute(select(Base.metadata.tables[name]))}
                for name in RECORD_TABLES}


def assert_same_records(one: Database, other: Database) -> None:
    mine, theirs = dump(one), dump(other)
    for name in RECORD_TABLES:
        assert mine[name].keys() == theirs[name].keys(), name
        for record_id, row in mine[name].items():
            assert theirs[name][record_id] == row, (name, record_id)
    assert summarize(one).differences(summarize(other)) == []
    assert summarize(other).differences(summarize_from_records(other)) == []  # the target's rollup is right


def assert_rich(database: Database) -> None:
    """The database holds what rich_source made: tombstones of every kind, provenance, photos."""
    rows = dump(database)
    for name in ("events", "activities", "litter_items", "photos"):
        assert any(row["deleted_at"] is not None for row in rows[name].values()), name
    assert rows["import_batches"]
    assert any(row["import_batch_id"] is not None and row["source_row"] for row in rows["activities"].values())
    assert len(rows["photos"]) == 4 and any(row["caption"] == "Before the pull" for row in rows["photos"].values())


def pictures_in(folder: Path) -> set[str]:
    return {path.name for path in folder.glob("*.*") if path.is_file()} if folder.is_dir() else set()


def backup_files(path: Path) -> list[Path]:
    folder = path.parent / "backups"
    return sorted(p for p in folder.glob("*") if p.is_file()) if folder.is_dir() else []


# -- file to file (always) ----------------------------------------------------------------------------------------

def test_sqlite_to_sqlite_copies_every_record_and_picture_and_again_changes_nothing(tmp_path: Path) -> None:
    source = rich_source(tmp_path / "laptop" / "fieldlog.db")
    target = tmp_path / "coordinator" / "fieldlog.db"
    with opened(source) as a, opened(target) as b:
        report = copy_database(a, b)
        assert_rich(b)
        assert_same_records(a, b)
        assert report.table("events").source_rows == len(dump(a)["events"]) == report.table("events").added
        assert report.total("kept") == report.total("target_only") == 0
        # The pictures of every photo row (the removed one's too) are in the target's store, intact.
        assert pictures_in(photo_dir_for(target)) == pictures_in(photo_dir_for(source)) != set()
        assert report.pictures_copied == 4 and report.pictures_missing == 0
        assert check_database(b).ok, check_database(b).problems
        lines = report.summary_lines()
        assert lines[0].startswith("Copied ") and ", 31 events, " in lines[0]  # 30 demo events, 1 imported
        assert lines[0].endswith(f"from {source} to {target}.")
        assert "photos" in lines[0] and "import batch" in lines[0]
        before = db_signature(b)

        again = copy_database(a, b)
        assert again.total("written") == 0 and again.total("unchanged") == report.total("source_rows")
        assert again.pictures_present == 4 and again.pictures_copied == 0 and again.backup is None
        assert "Nothing was written" in again.summary_lines()[1]
    assert db_signature(target) == before
    assert backup_files(target) == []  # the backup made before the second copy went: nothing was written


def test_a_target_with_records_of_its_own_keeps_them_and_the_newer_copy_wins(database: Database,
                                                                             tmp_path: Path) -> None:
    source = rich_source(tmp_path / "laptop" / "fieldlog.db")
    with opened(source) as a:
        copy_database(a, database)
        here, there = Records(a), Records(database)
        first, second = here.list_events(limit=None)[:2]
        keep_there = here.get_event(first.id)
        here.update(dataclasses.replace(keep_there, participants=keep_there.participants + 5))  # older edit ...
        edited_there = there.get_event(first.id)
        there.update(dataclasses.replace(edited_there, participants=edited_there.participants + 7))  # ... newer
        newer_here = here.get_event(second.id)
        here.update(dataclasses.replace(newer_here, participants=newer_here.participants + 1))
        dropped = here.list_activities(second.id)[0]
        here.delete(dropped.id)
        site = there.record_site(Site(name="Coordinator's own site", country_code="UG")).record
        own = there.record_event(Event(event_name="Coordinator's own event", site_id=site.id,
                                       start=dt.datetime(2026, 6, 2, 9), participants=4)).record

        report = copy_database(a, database)
        assert report.table("events").kept == 1 and report.table("events").updated == 1
        assert report.table("activities").updated == 1
        assert report.table("events").target_only == 1 and report.table("sites").target_only == 1
        lines = "\n".join(report.summary_lines())
        assert "left as it is" in lines and "also holds 2 records" in lines
        assert there.get_event(first.id).participants == edited_there.participants + 7  # not reverted
        assert there.get_event(second.id).participants == newer_here.participants + 1
        assert dropped.id not in {activity.id for activity in there.list_activities(second.id)}
        assert there.get_event(own.id).event_name == "Coordinator's own event"
        assert summarize(database).differences(summarize_from_records(database)) == []
        if database.path is not None:  # an SQLite target that held records is backed up first
            assert report.backup is not None and report.backup.is_file()
        before = db_signature(database)
        assert copy_database(a, database).total("written") == 0
        assert db_signature(database) == before


@pytest.mark.parametrize("how", ["cancel at the first chunk", "cancel before the commit", "error in the middle"])
def test_a_cancelled_or_failed_copy_writes_nothing(database: Database, tmp_path: Path, how: str) -> None:
    source = rich_source(tmp_path / "laptop" / "fieldlog.db")
    Records(database).record_site(Site(name="Here already", country_code="KE"))
    before = db_signature(database)
    cancel = threading.Event()

    def progress(done: int, total: int) -> None:
        if how == "cancel at the first chunk" or (how == "cancel before the commit" and done == total):
            cancel.set()
        elif how == "error in the middle" and done > total // 2:
            raise OSError("the disk went away")

    with opened(source) as a, pytest.raises(Cancelled if how.startswith("cancel") else OSError):
        copy_database(a, database, progress=progress, cancel=cancel)
    assert db_signature(database) == before
    if database.path is not None:
        assert pictures_in(photo_dir_for(database.path)) == set()  # the pictures it had copied went again
        assert backup_files(database.path) == []


def test_the_same_database_twice_is_refused(tmp_path: Path) -> None:
    path = plain_source(tmp_path / "a" / "fieldlog.db")
    for spelled in (path, tmp_path / "a" / "." / "fieldlog.db", f"sqlite:///{path}"):
        with pytest.raises(CopyRefused, match="same database"):
            check_copy_ends(path, spelled)
    before = db_signature(path)
    with opened(path) as one, opened(path) as two, pytest.raises(CopyRefused, match="same database"):
        copy_database(one, two)
    assert db_signature(path) == before


# -- the command line -----------------------------------------------------------------------------------------

def test_the_command_copies_file_to_file(tmp_path: Path) -> None:
    a, b = tmp_path / "a.db", tmp_path / "b" / "b.db"
    assert fieldlog("--db", str(a), "demo-data", "--events", "30").returncode == 0
    done = fieldlog("copy-database", "--from", str(a), "--to", str(b))
    assert done.returncode == 0, done.stderr
    first = done.stdout.splitlines()[0]
    assert first.startswith("Copied 20 sites, 30 events, ") and first.endswith(f"from {a} to {b}.")
    assert "litter items" in first
    summary = fieldlog("--db", str(a), "summary", "--json").stdout
    assert json.loads(fieldlog("--db", str(b), "summary", "--json").stdout) == json.loads(summary)
    again = fieldlog("copy-database", "--from", str(a), "--to", str(b))
    assert again.returncode == 0 and "Nothing was written" in again.stdout


def test_the_command_refuses_a_missing_source_or_the_same_file(tmp_path: Path) -> None:
    missing, b = tmp_path / "typo.db", tmp_path / "b.db"
    done = fieldlog("copy-database", "--from", str(missing), "--to", str(b))
    assert done.returncode == 2 and "There is no database file" in done.stderr and "Traceback" not in done.stderr
    assert not missing.exists() and not b.exists()
    assert fieldlog("--db", str(b), "demo-data", "--events", "2").returncode == 0
    same = fieldlog("copy-database", "--from", str(b), "--to", str(tmp_path / "." / "b.db"))
    assert same.returncode == 2 and "same database" in same.stderr
    usage = fieldlog("copy-database", "--from", str(b))
    assert usage.returncode == 2 and "--to" in usage.stderr


def test_the_command_refuses_a_target_with_a_newer_schema_untouched(tmp_path: Path) -> None:
    a, b = plain_source(tmp_path / "a" / "a.db"), tmp_path / "b.db"
    open_store(b).close()
    with sqlite3.connect(b) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before_a, before_b = db_signature(a), db_signature(b)
    done = fieldlog("copy-database", "--from", str(a), "--to", str(b))
    assert done.returncode == 1 and "newer version of fieldlog" in done.stderr and "Traceback" not in done.stderr
    assert (db_signature(a), db_signature(b)) == (before_a, before_b)


@pytest.mark.parametrize("url", [
    f"postgresql+psycopg://coordinator:{quote(SECRET, safe='')}@/fieldlog?host=/tmp/fieldlog-no-server-{{}}",
    f"postgresql+psycopg://coordinator:{quote(SECRET, safe='')}@db.example.org:notaport/fieldlog",
    f"nosuchdb://coordinator:{quote(SECRET, safe='')}@db.example.org/fieldlog",
], ids=["server-down", "bad-port", "unknown-kind"])
@pytest.mark.parametrize("direction", ["to", "from"])
def test_a_server_that_is_down_or_a_bad_url_says_so_without_the_password(tmp_path: Path, url: str,
                                                                          direction: str) -> None:
    url = url.replace("{}", uuid.uuid4().hex[:8])
    a = plain_source(tmp_path / "a" / "a.db")
    before = db_signature(a)
    ends = ("--from", str(a), "--to", url) if direction == "to" else ("--from", url, "--to", str(tmp_path / "b.db"))
    done = fieldlog("copy-database", *ends)
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr and done.stderr.startswith("fieldlog: ")
    for form in (SECRET, quote(SECRET, safe="")):
        assert form not in done.stderr + done.stdout
    if "server-down" in url or "no-server" in url:
        assert "no server is listening" in done.stderr or "driver is not installed" in done.stderr
    assert db_signature(a) == before
    assert not (tmp_path / "b.db").exists()


# -- PostgreSQL --------------------------------------------------------------------------------------------------

@needs_postgresql
def test_sqlite_to_postgresql_to_sqlite_reproduces_every_record(tmp_path: Path, postgresql_url: str) -> None:
    source = rich_source(tmp_path / "laptop" / "fieldlog.db")
    back = tmp_path / "back" / "fieldlog.db"
    with opened(source) as a, opened(postgresql_url) as server:
        there = copy_database(a, server)
        assert_rich(server)
        assert_same_records(a, server)
        # The photo rows went; their pictures cannot, and the report says where they stay.
        assert there.pictures_left_behind == 4 and there.picture_folder == photo_dir_for(source)
        assert any("stay in" in line for line in there.summary_lines())
        signature = db_signature(server)
        assert copy_database(a, server).total("written") == 0
        assert db_signature(server) == signature

        with opened(back) as c:
            home = copy_database(server, c)
            assert_rich(c)
            assert_same_records(a, c)
            assert home.pictures_missing == 4 and home.picture_folder == photo_dir_for(back)
            assert copy_database(server, c).total("written") == 0
            # The pictures are put back beside the file, and the copy is whole again.
            copy_database(a, c)
            assert check_database(c).ok, check_database(c).problems
            assert_same_records(a, c)


@needs_postgresql
def test_the_command_copies_to_postgresql_and_back(tmp_path: Path, postgresql_url: str) -> None:
    a, c = tmp_path / "a.db", tmp_path / "c.db"
    assert fieldlog("--db", str(a), "demo-data", "--events", "30").returncode == 0
    there = fieldlog("copy-database", "--from", str(a), "--to", postgresql_url)
    assert there.returncode == 0, there.stderr
    assert there.stdout.startswith("Copied 20 sites, 30 events, ")
    assert fieldlog("copy-database", "--from", postgresql_url, "--to", str(c)).returncode == 0
    mine, theirs = (json.loads(fieldlog("--db", location, "summary", "--json").stdout)
                    for location in (str(a), postgresql_url))
    assert close(mine, theirs)
    assert json.loads(fieldlog("--db", str(c), "summary", "--json").stdout) == mine


def close(one: Any, other: Any) -> bool:
    if isinstance(one, dict):
        return one.keys() == other.keys() and all(close(one[key], other[key]) for key in one)
    if isinstance(one, float):
        return math.isclose(one, other, rel_tol=1e-9)
    return bool(one == other)


@needs_postgresql
def test_a_connection_lost_in_the_middle_writes_nothing(tmp_path: Path, postgresql_url: str,
                                                        postgresql_template: tuple[Any, str]) -> None:
    admin, _ = postgresql_template
    source = rich_source(tmp_path / "laptop" / "fieldlog.db")
    name = make_url(postgresql_url).database
    with opened(source) as a, opened(postgresql_url) as server:
        before = db_signature(server)

        def drop(done: int, total: int) -> None:  # the network goes, as far as the server can tell
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE datname = :name AND pid <> pg_backend_pid()"), {"name": name})

        with pytest.raises(DatabaseProblem) as caught:
            copy_database(a, server, progress=drop)
        message = str(caught.value)
        assert "connection" in message and "lost" in message and "Nothing was copied" in message
        assert db_signature(server) == before


@needs_postgresql
def test_a_record_the_server_cannot_hold_is_named_and_nothing_is_written(tmp_path: Path,
                                                                         postgresql_url: str) -> None:
    source = plain_source(tmp_path / "laptop" / "fieldlog.db")
    with opened(source) as a:
        records = Records(a)
        event = records.list_events(limit=None)[-1]
        # SQLite keeps a text longer than its column's declared length (fieldlog refuses one now; an older
        # fieldlog or another program may have written it); PostgreSQL refuses it.
        with a.writing() as session:
            session.execute(update(EventRow).where(EventRow.id == event.id)
                            .values(event_name="Planting day " * 24 + "end"))
        with opened(postgresql_url) as server:
            before = db_signature(server)
            with pytest.raises(DatabaseProblem) as caught:
                copy_database(a, server)
            assert str(event.id) in str(caught.value) and "315 characters" in str(caught.value)
            assert "event name" in str(caught.value) and "nothing was copied" in str(caught.value)
            assert db_signature(server) == before


@needs_postgresql
def test_two_spellings_of_one_server_database_are_refused(tmp_path: Path, postgresql_url: str) -> None:
    url = make_url(postgresql_url)
    other = url.update_query_dict({"host": str(url.query.get("host", "")) + "/"}) if url.query.get("host") \
        else url.set(host="127.0.0.1" if url.host in (None, "localhost") else "localhost")
    spelled = other.render_as_string(hide_password=False)
    check_copy_ends(postgresql_url, spelled)  # they look different ...
    with opened(postgresql_url) as one, opened(spelled) as two:
        before = db_signature(one)
        with pytest.raises(CopyRefused, match="same database"):  # ... but are one database
            copy_database(one, two)
        assert db_signature(one) == before


@needs_postgresql
def test_a_newer_server_schema_or_an_empty_server_source_is_refused(
        tmp_path: Path, postgresql_url: str, postgresql_template: tuple[Any, str]) -> None:
    admin, _ = postgresql_template
    a = plain_source(tmp_path / "a" / "a.db")
    engine = create_engine(postgresql_url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = '9999_from_the_future'"))
        before = db_signature(engine)
        done = fieldlog("copy-database", "--from", str(a), "--to", postgresql_url)
        assert done.returncode == 1 and "newer version of fieldlog" in done.stderr
        assert db_signature(engine) == before
    finally:
        engine.dispose()
    bare = f"fieldlog_bare_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{bare}"'))
    try:
        url = admin.url.set(database=bare).render_as_string(hide_password=False)
        done = fieldlog("copy-database", "--from", url, "--to", str(tmp_path / "b.db"))
        assert done.returncode == 2 and "holds no fieldlog database" in done.stderr
        bare_engine = create_engine(url, poolclass=NullPool)
        try:
            assert db_signature(bare_engine) == {}  # not migrated: nothing was written into it
        finally:
            bare_engine.dispose()
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{bare}" WITH (FORCE)'))


@needs_postgresql
def test_a_wrong_password_is_refused_without_showing_it(tmp_path: Path,
                                                        postgresql_template: tuple[Any, str]) -> None:
    admin, _ = postgresql_template
    with admin.connect() as connection:
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'fieldlog_password_auth'")).first() is None:
            pytest.skip("the server has no role fieldlog_password_auth (.ci/postgresql-cluster creates it)")
    role, right, wrong = f"fieldlog_pw_{uuid.uuid4().hex[:12]}", f"Right%{uuid.uuid4().hex[:8]}", SECRET
    name = f"fieldlog_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.connection.driver_connection.execute(
            f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{right}' IN ROLE fieldlog_password_auth")
        connection.execute(text(f'CREATE DATABASE "{name}" OWNER "{role}"'))
    try:
        a = plain_source(tmp_path / "a" / "a.db")
        url = admin.url.set(database=name, username=role, password=wrong).render_as_string(hide_password=False)
        done = fieldlog("copy-database", "--from", str(a), "--to", url)
        if done.returncode == 0:
            pytest.skip("the server let the role in with a wrong password (it trusts local logins)")
        assert done.returncode == 1 and "password" in done.stderr and role in done.stderr
        for form in (wrong, quote(wrong, safe="")):
            assert form not in done.stderr + done.stdout
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))

