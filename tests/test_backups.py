"""Backups with rotation, restore, a damaged database at start, and one writer at a time."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldlog.db import lock
from fieldlog.db.backup import (
    STAMP_FORMAT,
    backup_sqlite,
    backups_to_keep,
    clean_partials,
    integrity_verdict,
    list_backups,
    parse_backup_name,
    rotate_backups,
)
from fieldlog.db.lock import hold_database, lock_path
from fieldlog.db.store import Database
from fieldlog.domain.errors import BackupRejected, DatabaseInUse, DatabaseMovedAside, DatabaseProblem
from fieldlog.services.database import open_store
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.maintenance import backup_if_changed
from fieldlog.services.records import Records
from fieldlog.services.safety import (
    move_aside,
    newest_good_backup,
    open_for_command,
    restore_backup,
    verify_backup,
)
from tests.test_cli import REPO, fieldlog
from tests.test_database import damage

pytestmark = pytest.mark.sqlite_only("backups, locks and moving aside work on the SQLite file")

T0 = dt.datetime(2026, 11, 21, 18, 30, tzinfo=dt.UTC)  # a Saturday


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def dump(path: Path) -> list[str]:
    """The logical content of an SQLite file: its schema and every row, as SQL."""
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def dead_pid() -> int:
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


# -- rotation ----------------------------------------------------------------------------------------------


def expected_keep(stamps: list[dt.datetime]) -> set[dt.datetime]:
    """The retention rule written out the long way: newest of each period, for the most recent periods."""
    keep = set(sorted(stamps, reverse=True)[:10])
    for count, period in ((7, lambda t: t.date()), (4, lambda t: t.isocalendar()[:2]),
                          (6, lambda t: (t.year, t.month))):
        newest: dict[object, dt.datetime] = {}
        for stamp in stamps:
            key = period(stamp)
            newest[key] = max(newest.get(key, stamp), stamp)
        keep |= set(sorted(newest.values(), reverse=True)[:count])
    return keep


def test_rotation_keeps_the_newest_10_and_7_daily_4_weekly_6_monthly() -> None:
    every_6h = [T0 - dt.timedelta(hours=6 * i) for i in range(4 * 400)]
    kept = backups_to_keep(every_6h)
    assert kept == expected_keep(every_6h)
    newest = sorted(every_6h, reverse=True)
    assert set(newest[:10]) <= kept
    assert len({t.date() for t in kept}) >= 7 and len({t.isocalendar()[:2] for t in kept}) >= 4
    assert len({(t.year, t.month) for t in kept}) >= 6
    # the newest of each of the last 7 days, 4 weeks and 6 months: nothing older than 6 months stays
    assert min(kept) >= dt.datetime(2026, 6, 1, tzinfo=dt.UTC)
    assert len(kept) < 30

    same_day = [T0 - dt.timedelta(minutes=5 * i) for i in range(25)]
    assert backups_to_keep(same_day) == set(same_day[:10])

    # a laptop used once a month keeps months, not just the calendar's last week
    monthly = [dt.datetime(2024 + (m // 12), m % 12 + 1, 15, tzinfo=dt.UTC) for m in range(24)]
    assert backups_to_keep(monthly) == set(sorted(monthly, reverse=True)[:10])
    assert backups_to_keep(monthly[:3]) == set(monthly[:3])


def fake_backup(folder: Path, stem: str, when: dt.datetime, reason: str = "automatic") -> Path:
    path = folder / f"{stem}-{when.strftime(STAMP_FORMAT)}-{reason}.db"
    path.write_bytes(b"fake")
    return path


def test_rotation_deletes_only_fieldlogs_files_of_that_database_and_dead_partials(tmp_path: Path) -> None:
    folder = tmp_path / "backups"
    folder.mkdir()
    stamps = [T0 - dt.timedelta(hours=9 * i) for i in range(300)]
    ours = {fake_backup(folder, "field-log", when): when for when in stamps}
    other = fake_backup(folder, "other", stamps[-1])
    strangers = [folder / "notes.txt", folder / "field-log-manual.db", folder / "field-log.db"]
    for path in strangers:
        path.write_text("mine")
    crashed = folder / f"field-log-{T0.strftime(STAMP_FORMAT)}-import.db.{dead_pid()}.tmp"
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        running = folder / f"field-log-{T0.strftime(STAMP_FORMAT)}-import.db.{sleeper.pid}.tmp"
        for partial in (crashed, running):
            partial.write_bytes(b"half")
        assert all(not info.path.name.endswith(".tmp") for info in list_backups(folder, counts=False))

        removed = rotate_backups(folder, "field-log")
        assert crashed in removed and not crashed.exists()
        assert running.exists()  # its process is still writing it
    finally:
        sleeper.kill()
        sleeper.wait()
    left = {path for path in ours if path.exists()}
    assert {ours[path] for path in left} == expected_keep(stamps)
    assert other.exists() and all(path.exists() for path in strangers)
    listed = list_backups(folder, "field-log", counts=False)
    assert [info.path for info in listed] == sorted(left, key=lambda p: ours[p], reverse=True)
    assert clean_partials(folder) == [running]  # the next backup cleans it once its process is gone


def test_a_backup_is_named_with_time_and_reason_and_listed_with_its_facts(database: Database, db_path: Path,
                                                                          records: Records) -> None:
    fill_demo_data(records, events=12, seed=4)
    made = database.backup("before merge of Jo's laptop!")
    stem, when, reason = parse_backup_name(made.name) or ("", T0, "")
    assert stem == "fieldlog" and reason == "before-merge-of-Jo-s-laptop"
    assert abs(dt.datetime.now(dt.UTC) - when) < dt.timedelta(minutes=1)
    [info] = list_backups(db_path.parent / "backups")
    assert (info.path, info.reason, info.events, info.size) == (made, reason, 12, made.stat().st_size)
    assert info.activities is not None and info.activities > 12
    assert "12 events" in info.label
    assert not list(made.parent.glob("*.tmp")) and not made.with_name(made.name + "-wal").exists()


def test_backup_if_changed_backs_up_only_after_a_commit(tmp_path: Path) -> None:
    database = open_for_command(tmp_path / "new.db", writer=True)  # as the window opens it
    try:
        _backups_follow_commits(database, Records(database))
    finally:
        database.close()


def _backups_follow_commits(database: Database, records: Records) -> None:
    assert backup_if_changed(database) is None  # a new database's checklist is no reason for one
    fill_demo_data(records, events=2, seed=1)
    assert database.changed_since_backup
    made = backup_if_changed(database, "at-exit")
    assert made is not None and made.name.endswith("-at-exit.db")
    assert backup_if_changed(database) is None
    fill_demo_data(records, events=1, seed=2)
    database.backup("manual")  # any backup counts
    assert backup_if_changed(database) is None


# -- kill -9 during a backup -------------------------------------------------------------------------------

BACKUP_LOOP = """
import sys
from pathlib import Path
from fieldlog.db.backup import backup_sqlite
print("ready", flush=True)
while True:
    backup_sqlite(Path(sys.argv[1]), Path(sys.argv[2]), "kill-test")
    print("done", flush=True)
"""


def test_kill_9_during_backups_never_leaves_a_listed_bad_backup(tmp_path: Path) -> None:
    db = tmp_path / "big.db"
    open_store(db).close()
    with sqlite3.connect(db) as connection:  # a few MB, so a kill lands inside a copy
        connection.execute("CREATE TABLE padding (data BLOB)")
        connection.executemany("INSERT INTO padding VALUES (randomblob(4000))", [()] * 1000)
    folder = tmp_path / "backups"
    rng = random.Random(7)
    torn = 0
    for _ in range(6):
        child = subprocess.Popen([sys.executable, "-c", BACKUP_LOOP, str(db), str(folder)], cwd=REPO,
                                 stdout=subprocess.PIPE, text=True)
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        time.sleep(rng.uniform(0.0, 0.3))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        torn += any(folder.glob("*.tmp"))
        for info in list_backups(folder):
            assert not info.path.name.endswith(".tmp")
            assert integrity_verdict(info.path) == "ok", info.path
        assert integrity_verdict(db) == "ok"
    assert torn >= 1  # kills landed inside a copy: the case this is about
    backup_sqlite(db, folder, "after")
    assert not list(folder.glob("*.tmp"))  # the dead processes' partial files are cleaned
    assert len(list_backups(folder)) <= 10


# -- restore -----------------------------------------------------------------------------------------------


def test_restore_round_trip_keeps_the_database_it_replaces(database: Database, db_path: Path,
                                                           records: Records) -> None:
    fill_demo_data(records, events=20, seed=5)
    backup = database.backup("manual")
    fill_demo_data(records, events=7, seed=6)  # changes made after the backup
    database.close()
    changed = dump(db_path)
    assert changed != dump(backup)

    with pytest.raises(DatabaseProblem, match="still open in this program"):
        opened = open_for_command(db_path, writer=False)
        try:
            restore_backup(db_path, backup)
        finally:
            opened.close()

    crashed_copy = db_path.with_name(f".{db_path.name}.restoring-{dead_pid()}")
    crashed_copy.write_bytes(b"half a copy")  # left by a restore that was killed
    result = restore_backup(db_path, backup)
    assert dump(db_path) == dump(backup)
    assert integrity_verdict(db_path) == "ok"
    assert not crashed_copy.exists()
    assert (result.events, result.restored.path, result.moved_aside) == (20, backup, None)
    assert result.before_restore is not None and "before-restore" in result.before_restore.name
    assert dump(result.before_restore) == changed
    assert backup.exists()
    assert not db_path.with_name(db_path.name + "-wal").exists()
    assert not list(db_path.parent.glob(".*restoring*"))

    reopened = open_for_command(db_path, writer=True)
    try:
        assert reopened.backup_if_changed() is None  # nothing overwrites the restored state by itself
    finally:
        reopened.close()


CRASH_IN_WAL = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA wal_autocheckpoint=0")
connection.execute("UPDATE events SET notes = 'only in the WAL'")
connection.commit()
os.kill(os.getpid(), signal.SIGKILL)
"""


def test_restore_over_a_crashed_writers_wal_never_applies_that_wal(tmp_path: Path) -> None:
    """A crash leaves commits in the WAL: they go into the pre-restore backup, never into the restored file."""
    db = tmp_path / "x.db"
    first = open_store(db)
    fill_demo_data(Records(first), events=3, seed=1)
    backup = first.backup("manual")
    first.close()
    crashed = subprocess.run([sys.executable, "-c", CRASH_IN_WAL, str(db)], timeout=60, check=False)
    assert crashed.returncode == -signal.SIGKILL
    assert db.with_name("x.db-wal").stat().st_size > 0

    holder = sqlite3.connect(db)  # another program reading: the old WAL cannot be emptied
    holder.execute("BEGIN")
    holder.execute("SELECT count(*) FROM events").fetchone()
    try:
        with pytest.raises(DatabaseProblem, match="Another program has"):
            restore_backup(db, backup)
    finally:
        holder.rollback()
        holder.close()
    assert dump(db) != dump(backup)  # refused: the database is as it was

    result = restore_backup(db, backup)
    assert dump(db) == dump(backup) and integrity_verdict(db) == "ok"
    assert not db.with_name("x.db-wal").exists() and not db.with_name("x.db-shm").exists()
    assert result.before_restore is not None
    with sqlite3.connect(result.before_restore) as kept:
        assert kept.execute("SELECT DISTINCT notes FROM events").fetchall() == [("only in the WAL",)]


def damaged_copy(backup: Path, to: Path) -> Path:
    to.write_bytes(backup.read_bytes())
    damage(to)
    return to


@pytest.mark.parametrize("kind", ["damaged", "text", "newer", "empty-sqlite", "other-program", "missing"])
def test_restore_refuses_a_bad_backup_and_changes_nothing(database: Database, db_path: Path, records: Records,
                                                          tmp_path: Path, kind: str) -> None:
    fill_demo_data(records, events=5, seed=1)
    good = database.backup("manual")
    database.close()
    bad = tmp_path / f"{kind}.db"
    if kind == "damaged":
        damaged_copy(good, bad)
    elif kind == "text":
        bad.write_text("a shopping list\n" * 300)
    elif kind == "newer":
        bad.write_bytes(good.read_bytes())
        with sqlite3.connect(bad) as connection:
            connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    elif kind in ("empty-sqlite", "other-program"):
        with sqlite3.connect(bad) as connection:
            if kind == "other-program":
                connection.execute("CREATE TABLE contacts (name TEXT)")
            connection.execute("PRAGMA user_version = 1")
    before = (file_hash(db_path), sorted(p.name for p in db_path.parent.rglob("*")))
    words = {"damaged": "is damaged", "text": "not an SQLite file", "newer": "newer version of fieldlog",
             "empty-sqlite": "holds no fieldlog data", "other-program": "not a fieldlog backup",
             "missing": "There is no backup file"}[kind]
    with pytest.raises(BackupRejected, match=words) as refused:
        restore_backup(db_path, bad)
    assert str(bad) in str(refused.value)
    assert refused.value.exit_status == (2 if kind == "missing" else 1)
    assert (file_hash(db_path), sorted(p.name for p in db_path.parent.rglob("*"))) == before


def test_restore_moves_a_damaged_database_aside_instead_of_backing_it_up(database: Database, db_path: Path,
                                                                         records: Records) -> None:
    fill_demo_data(records, events=5, seed=1)
    good = database.backup("manual")
    database.close()
    damage(db_path)
    damaged = db_path.read_bytes()
    result = restore_backup(db_path, good)
    assert result.before_restore is None and result.moved_aside is not None
    assert result.moved_aside.read_bytes() == damaged
    assert dump(db_path) == dump(good)


def test_move_aside_takes_the_wal_along_and_newest_good_backup_skips_bad_ones(database: Database, db_path: Path,
                                                                              records: Records) -> None:
    fill_demo_data(records, events=3, seed=1)
    older = database.backup("manual")
    newer = database.backup("manual")
    damage(newer)
    database.close()
    assert newest_good_backup(db_path.parent / "backups", "fieldlog") == verify_backup(older)
    assert newest_good_backup(db_path.parent / "backups", "elsewhere") is None
    for side in ("-wal", "-shm"):
        db_path.with_name(db_path.name + side).write_bytes(b"journal " + side.encode())
    moved = move_aside(db_path)
    assert moved.name.startswith("fieldlog.db.corrupt-") and not db_path.exists()
    for side in ("-wal", "-shm"):
        assert not db_path.with_name(db_path.name + side).exists()
        assert moved.with_name(moved.name + side).read_bytes() == b"journal " + side.encode()


# -- the command line: damaged at start, restore, one writer ------------------------------------------------


def test_a_damaged_database_is_moved_aside_and_its_backup_restored(tmp_path: Path,
                                                                   capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    assert fieldlog("--db", str(db), "demo-data", "--events", "30").returncode == 0
    backed = fieldlog("--db", str(db), "backup")
    assert backed.returncode == 0
    [backup] = list((tmp_path / "backups").glob("x-*.db"))
    before = summary_json(db)  # in this process: one process start less
    damage(db)
    damaged = db.read_bytes()

    done = fieldlog("--db", str(db), "summary")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    [moved] = tmp_path.glob("x.db.corrupt-*[0-9]Z")
    assert moved.read_bytes() == damaged and not db.exists()
    assert "is damaged" in done.stderr and f"moved aside to {moved}" in done.stderr
    assert f"The newest good backup is {backup}" in done.stderr and "30 events" in done.stderr
    assert f"fieldlog --db {db} restore {backup}" in done.stderr
    # until something is restored, no empty database appears in its place (in-process test below)

    listed = run_cli(capsys, "--db", str(db), "restore", "--list")  # in this process: quicker
    assert listed.returncode == 0 and str(backup) in listed.stdout and "30 events" in listed.stdout
    restored = fieldlog("--db", str(db), "restore", str(backup))
    assert restored.returncode == 0, restored.stderr
    assert "30 events" in restored.stdout
    after = fieldlog("--db", str(db), "summary", "--json")
    assert after.returncode == 0 and json.loads(after.stdout) == before
    assert moved.read_bytes() == damaged  # still kept

    bad = run_cli(capsys, "--db", str(db), "restore", str(moved))
    assert bad.returncode == 1 and "is damaged" in bad.stderr and "nothing was changed" in bad.stderr.lower()
    assert summary_json(db) == before


def run_cli(capsys: pytest.CaptureFixture[str], *args: str) -> subprocess.CompletedProcess[str]:
    """`fieldlog ARGS` in this process (its locks still meet other processes' locks)."""
    from fieldlog.cli import main

    capsys.readouterr()
    code = main(list(args))
    out, err = capsys.readouterr()
    return subprocess.CompletedProcess(list(args), code, out, err)


def summary_json(db: Path) -> object:
    from fieldlog.services.summary import summarize

    database = open_for_command(db, writer=False)
    try:
        return json.loads(json.dumps(summarize(database).to_json_dict()))
    finally:
        database.close()


HOLD = """
import sys, time
from pathlib import Path
from fieldlog.db.lock import hold_database
from fieldlog.services.safety import open_for_command
if sys.argv[2] == "lock":
    held = hold_database(Path(sys.argv[1]), writer=True)
else:
    database = open_for_command(sys.argv[1], writer=sys.argv[2] == "writer")
print("ready", flush=True)
time.sleep(120)
"""


def holding(db: Path, how: str) -> subprocess.Popen[str]:
    """A process that has the database open (as a writer or a reader) until it is killed."""
    child = subprocess.Popen([sys.executable, "-c", HOLD, str(db), how], cwd=REPO, stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline() == "ready\n"
    return child


def kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    if child.stdout is not None:
        child.stdout.close()


def test_a_second_writer_is_refused_until_the_first_dies(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "x.db"
    made = open_store(db)
    fill_demo_data(Records(made), events=3, seed=1)
    made.close()
    first = holding(db, "writer")
    try:
        second = fieldlog("--db", str(db), "demo-data", "--events", "1")
        restore = run_cli(capsys, "--db", str(db), "restore", str(db))
        for refused in (second, restore):
            assert refused.returncode == 1 and "Traceback" not in refused.stderr
            assert (f"fieldlog is already open on {db} (process {first.pid}); close it first"
                    in refused.stderr), refused.stderr
        reader = run_cli(capsys, "--db", str(db), "summary", "--json")  # readers run beside the writer
        assert reader.returncode == 0 and json.loads(reader.stdout)["events"] == 3
    finally:
        kill(first)
    assert lock_path(db).exists()  # the stale file of a killed process blocks nobody
    assert fieldlog("--db", str(db), "demo-data", "--events", "1").returncode == 0


def test_a_restore_waits_for_readers_and_never_swaps_the_file_under_them(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    made = open_store(db)
    fill_demo_data(Records(made), events=2, seed=1)
    backup = made.backup("manual")
    made.close()
    reader = holding(db, "reader")
    try:
        before = file_hash(db)
        with pytest.raises(DatabaseInUse, match="still reading"):
            restore_backup(db, backup, wait=0.2)
        assert file_hash(db) == before
    finally:
        kill(reader)
    assert restore_backup(db, backup).events == 2


def test_a_reader_that_would_upgrade_the_schema_needs_the_writers_lock(tmp_path: Path) -> None:
    from sqlalchemy import create_engine

    from fieldlog.db.migrate import upgrade
    from fieldlog.db.schema import KNOWN_REVISIONS
    from fieldlog.db.store import database_url

    old = tmp_path / "old.db"
    engine = create_engine(database_url(old)[0])
    upgrade(engine, KNOWN_REVISIONS[0])
    engine.dispose()
    before = file_hash(old)
    writer = holding(old, "lock")
    try:
        with pytest.raises(DatabaseInUse, match="already open"):
            open_for_command(old, writer=False)
        assert file_hash(old) == before and not (tmp_path / "backups").exists()
    finally:
        kill(writer)
    open_for_command(old, writer=False).close()  # now it may upgrade


# -- the lock in one process, and its fallback without fcntl -------------------------------------------------


def test_holds_in_one_process_share_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with hold_database(db, writer=True), hold_database(db, writer=True), hold_database(db, writer=False):
        assert lock.open_here(db) == 3
        assert lock_path(db).read_text().strip() == str(os.getpid())
    assert lock.open_here(db) == 0
    assert lock_path(db).read_text() == ""


@pytest.fixture
def without_fcntl(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setattr(lock, "_use_fcntl", False)
    yield


@pytest.mark.usefixtures("without_fcntl")
def test_the_o_excl_fallback_takes_over_a_dead_process_lock(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    lock_path(db).write_text(f"{dead_pid()}\n")  # left by a crash
    with hold_database(db, writer=True):
        assert lock_path(db).read_text().strip() == str(os.getpid())
    assert not lock_path(db).exists()
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        lock_path(db).write_text(f"{sleeper.pid}\n")
        with pytest.raises(DatabaseInUse, match=rf"already open on .*\(process {sleeper.pid}\)"):
            hold_database(db, writer=True)
        assert lock_path(db).read_text().strip() == str(sleeper.pid)
        with hold_database(db, writer=False):
            pass  # readers need no lock file here
    finally:
        sleeper.kill()
        sleeper.wait()


def test_a_damaged_database_opened_in_process_is_moved_aside(database: Database, db_path: Path,
                                                            records: Records) -> None:
    fill_demo_data(records, events=4, seed=2)
    good = database.backup("manual")
    database.close()
    damage(db_path)
    with pytest.raises(DatabaseMovedAside) as moved:
        open_for_command(db_path, writer=False)
    assert moved.value.backup == good and moved.value.moved_to.exists() and not db_path.exists()
    assert lock.open_here(db_path) == 0
    with pytest.raises(DatabaseMovedAside):
        open_for_command(db_path, writer=True)
    restore_backup(db_path, good)
    open_for_command(db_path, writer=True).close()


def test_a_journal_without_its_database_is_set_aside_before_a_new_one_is_made(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    stray = db.with_name("x.db-wal")
    stray.write_bytes(b"frames of some other file")
    open_for_command(db, writer=True).close()
    assert integrity_verdict(db) == "ok"
    [kept] = tmp_path.glob("x.db.orphan-*-wal")
    assert kept.read_bytes() == b"frames of some other file"
