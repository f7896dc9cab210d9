"""Opening, migrating and refusing databases; connection settings; identities."""

from __future__ import annotations

import hashlib
import sqlite3
import uuid
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Column, Integer, Table, text

from fieldlog.db.backup import list_backups
from fieldlog.db.migrate import alembic_config, head_matches_known, upgrade
from fieldlog.db.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from fieldlog.db.store import Database, database_url, open_database
from fieldlog.db.tables import Base
from fieldlog.domain.errors import DamagedDatabase, DatabaseTooNew, NotADatabase
from fieldlog.services.database import open_store
from fieldlog.services.records import Records

RECORD_TABLES = ("sites", "events", "activities", "litter_items")


def file_hash(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.sqlite_only("SQLite's PRAGMAs")
def test_connection_settings(database: Database) -> None:
    with database.engine.connect() as connection:
        assert connection.execute(text("PRAGMA journal_mode")).scalar() == "wal"
        assert connection.execute(text("PRAGMA synchronous")).scalar() == 2  # FULL
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


def test_new_database_is_at_head_and_alembic_check_passes(database: Database) -> None:
    with database.engine.connect() as connection:
        assert [tuple(row) for row in connection.execute(text("SELECT version_num FROM alembic_version"))] == [
            (SCHEMA_HEAD,)]
        assert connection.execute(text("SELECT count(*) FROM species_checklist")).scalar_one() > 50
    command.check(alembic_config(database.engine))  # models and migrations agree
    assert head_matches_known()


def test_a_model_change_without_a_migration_fails_the_check(database: Database) -> None:
    extra = Table("unmigrated_table", Base.metadata, Column("id", Integer, primary_key=True))
    try:
        with pytest.raises(Exception, match=r"unmigrated_table|New upgrade operations"):
            command.check(alembic_config(database.engine))
    finally:
        Base.metadata.remove(extra)


@pytest.mark.sqlite_only("reads the ids as the SQLite file stores them")
def test_every_record_table_has_uuid_identities(database: Database, db_path: Path, records: object,
                                                event: object) -> None:
    for name in RECORD_TABLES:
        table = Base.metadata.tables[name]
        assert [c.name for c in table.primary_key.columns] == ["id"]
        assert table.c.id.type.python_type is uuid.UUID
        for column in ("created_at", "updated_at", "deleted_at", "import_batch_id", "source_sheet", "source_row"):
            assert column in table.c, (name, column)
    with sqlite3.connect(db_path) as connection:
        for name in ("sites", "events"):
            for (value,) in connection.execute(f"SELECT id FROM {name}"):  # noqa: S608
                assert uuid.UUID(value).version == 4


def test_upgrade_from_the_first_migration_keeps_data_and_backs_up_first(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    url, _ = database_url(path)
    from sqlalchemy import create_engine

    engine = create_engine(url)
    upgrade(engine, KNOWN_REVISIONS[0])
    site_id = uuid.uuid4().hex
    with engine.begin() as connection:
        connection.execute(text(
            "INSERT INTO sites (id, name, country_code, created_at, updated_at) "
            "VALUES (:id, 'Old site', 'KE', '2025-01-01 00:00:00', '2025-01-01 00:00:00')"), {"id": site_id})
    engine.dispose()

    database = open_store(path)
    try:
        with sqlite3.connect(path) as connection:
            assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == SCHEMA_HEAD
            assert connection.execute("SELECT name FROM sites").fetchall() == [("Old site",)]
        backups = list_backups(tmp_path / "backups")
        assert len(backups) == 1 and "before-upgrade-from-0001_core" in backups[0].path.name
        assert backups[0].reason == "before-upgrade-from-0001_core" and backups[0].database == "old"
        with sqlite3.connect(backups[0].path) as old:
            assert old.execute("SELECT version_num FROM alembic_version").fetchone()[0] == KNOWN_REVISIONS[0]
            assert old.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        database.close()


@pytest.mark.sqlite_only("backups of the SQLite file")
def test_opening_at_head_makes_no_backup(db_path: Path, database: Database) -> None:
    database.close()
    open_store(db_path).close()
    assert list_backups(db_path.parent / "backups") == []


@pytest.mark.sqlite_only("writes and hashes the SQLite file (tests/test_postgresql.py does this on a server)")
def test_a_newer_schema_is_refused_and_left_untouched(db_path: Path, database: Database) -> None:
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '0099_from_the_future'")
    before = file_hash(db_path)
    with pytest.raises(DatabaseTooNew, match="newer version of fieldlog"):
        open_database(db_path)
    assert file_hash(db_path) == before


def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 50)
    before = file_hash(path)
    with pytest.raises(NotADatabase, match="not an SQLite file"):
        open_database(path)
    assert file_hash(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.db"]


def test_another_programs_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE contacts (name TEXT)")
    before = file_hash(path)
    with pytest.raises(NotADatabase, match="not a fieldlog database"):
        open_database(path)
    assert file_hash(path) == before


def damage(path: Path) -> None:
    """Overwrite the middle of the file with garbage, as a bad sector or a cut-off copy would."""
    data = bytearray(path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(page * 2, min(len(data), page * 6), 7):
        data[offset] = 0xA5
    path.write_bytes(bytes(data))


@pytest.mark.sqlite_only("damages the SQLite file")
def test_a_damaged_database_is_refused_and_left_untouched(db_path: Path, database: Database,
                                                          records: object, event: object) -> None:
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damage(db_path)
    before = file_hash(db_path)
    with pytest.raises(DamagedDatabase, match="damaged") as refused:
        open_database(db_path)
    assert file_hash(db_path) == before
    # what SQLite found, in a few words (quick_check can list hundreds of lines in one row)
    assert refused.value.detail and "\n" not in str(refused.value) and len(str(refused.value)) < 400


def test_a_database_that_cannot_be_read_is_not_called_damaged(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """Only SQLite's word that the file is corrupt may lead to moving it aside, never a failure to open it."""
    from fieldlog.db.store import preflight_sqlite
    from fieldlog.domain.errors import DatabaseProblem

    path = tmp_path / "x.db"
    open_store(path).close()

    def cannot_open(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("unable to open database file")

    monkeypatch.setattr(sqlite3, "connect", cannot_open)
    with pytest.raises(DatabaseProblem, match="Cannot read") as refused:
        preflight_sqlite(path)
    assert not isinstance(refused.value, DamagedDatabase)


@pytest.mark.sqlite_only("damages the SQLite file")
def test_the_window_path_checks_for_damage_after_opening(db_path: Path, database: Database,
                                                        records: Records) -> None:
    """Opened without the slow check (as the window does), the damage is still found by quick_check()."""
    from fieldlog.services.demo import fill_demo_data

    fill_demo_data(records, events=60, seed=3)
    database.close()
    with sqlite3.connect(db_path) as connection:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    data = bytearray(db_path.read_bytes())
    page = int.from_bytes(data[16:18], "big")
    for offset in range(len(data) - page * 3, len(data) - page, 5):  # leaf pages the start does not read
        data[offset] = 0xA5
    db_path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase):
        open_database(db_path)  # the default open checks every page
    opened = open_database(db_path, quick_check=False)
    try:
        with pytest.raises(DamagedDatabase, match="damaged"):
            opened.quick_check()
    finally:
        opened.close()
