"""Shared fixtures: a freshly migrated database opened through the services, on each backend under test.

The `database` fixture (and `records`, `site`, `event` on top of it) runs on SQLite always, in a file in a
temporary folder, and also on PostgreSQL when FIELDLOG_TEST_POSTGRESQL names a server's admin database
(`make test` starts a throw-away server and sets it). Each PostgreSQL test gets its own database, copied
from a template migrated once per test session (and per xdist worker), and dropped after the test.

A test that cannot run on a server (it reads or damages the SQLite file, uses its backups, locks or photos)
is marked `@pytest.mark.sqlite_only("why")`: its PostgreSQL variant is not generated.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine

from fieldlog.db.store import Database
from fieldlog.domain.records import Event, Site
from fieldlog.services.database import open_store
from fieldlog.services.records import Records

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
TODAY = dt.date(2026, 11, 21)

POSTGRESQL_VARIABLE = "FIELDLOG_TEST_POSTGRESQL"


def backends() -> list[str]:
    """The backends the `database` fixture runs on: SQLite, and PostgreSQL when a server is given."""
    return ["sqlite", "postgresql"] if os.environ.get(POSTGRESQL_VARIABLE, "").strip() else ["sqlite"]


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """One variant of each test on `backend` per backend; only SQLite's for a test marked sqlite_only."""
    if "backend" not in metafunc.fixturenames:
        return
    names = backends()
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        names = ["sqlite"]
    metafunc.parametrize("backend", names, indirect=True, scope="function")


@pytest.fixture
def backend(request: pytest.FixtureRequest) -> str:
    """"sqlite" or "postgresql" (parametrized by pytest_generate_tests)."""
    return str(request.param)


# -- PostgreSQL ----------------------------------------------------------------------------------------------

def _admin_engine() -> Any:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(os.environ[POSTGRESQL_VARIABLE].strip(), isolation_level="AUTOCOMMIT",
                         poolclass=NullPool)


def _database_url(admin: Any, name: str) -> str:
    return str(admin.url.set(database=name).render_as_string(hide_password=False))


def _drop(admin: Any, name: str) -> None:
    from sqlalchemy import text

    with admin.connect() as connection:
        connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture(scope="session")
def postgresql_template() -> Iterator[tuple[Any, str]]:
    """The admin engine and a migrated database (with the checklist) that test databases are copied from."""
    from sqlalchemy import text

    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[test]')")
    admin = _admin_engine()
    name = f"fieldlog_template_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        open_store(_database_url(admin, name)).close()
        yield admin, name
    finally:
        _drop(admin, name)
        admin.dispose()


@pytest.fixture
def postgresql_url(postgresql_template: tuple[Any, str]) -> Iterator[str]:
    """The URL of a new database for this test, copied from the template; dropped afterwards."""
    from sqlalchemy import text

    admin, template = postgresql_template
    name = f"fieldlog_test_{uuid.uuid4().hex[:12]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
    try:
        yield _database_url(admin, name)
    finally:
        _drop(admin, name)


@pytest.fixture
def english() -> Iterator[None]:
    """Format numbers as in US English for the duration of a test."""
    from PySide6.QtCore import QLocale

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


# -- the database and records --------------------------------------------------------------------------------

@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's SQLite database file lives."""
    return tmp_path / "data" / "fieldlog.db"


@pytest.fixture
def database_location(backend: str, request: pytest.FixtureRequest) -> str | Path:
    """What open_store is given for the test's database: the SQLite file's path or a server URL."""
    if backend == "postgresql":
        return str(request.getfixturevalue("postgresql_url"))
    return Path(request.getfixturevalue("db_path"))


@pytest.fixture
def database(database_location: str | Path) -> Iterator[Database]:
    """A freshly created, migrated database on the test's backend."""
    db = open_store(database_location)
    yield db
    db.close()


@pytest.fixture
def records(database: Database) -> Records:
    """The record service over the test database, with a fixed 'today'."""
    return Records(database, today=lambda: TODAY)


@pytest.fixture
def site(records: Records) -> Site:
    """A stored site in Nairobi."""
    return records.record_site(Site(name="Karura Forest", country_code="KE", locality="Nairobi",
                                    latitude=-1.2367, longitude=36.835, area_m2=40_000)).record


@pytest.fixture
def event(records: Records, site: Site) -> Event:
    """A stored MAD-Week event at the Nairobi site: 12 people for 3 hours."""
    return records.record_event(Event(event_name="Karura planting day", site_id=site.id,
                                      start=dt.datetime(2026, 5, 31, 9), end=dt.datetime(2026, 5, 31, 12),
                                      participants=12, campaign="MAD-Week 2026")).record


def db_signature(where: Path | Database | Engine) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of all its rows: equal before and after means nothing was written.

    `where` is an SQLite file (read through sqlite3, read-only), an open database on either backend, or an
    engine (a server database fieldlog refuses to open).
    """
    import sqlite3

    if isinstance(where, (Database, Engine)):
        from sqlalchemy import inspect, text

        engine = where.engine if isinstance(where, Database) else where
        with engine.connect() as connection:
            return {table: _rows_signature(repr(tuple(row)) for row in connection.execute(
                        text(f'SELECT * FROM "{table}"')))  # noqa: S608 (names the database listed itself)
                    for table in sorted(inspect(connection).get_table_names())}
    reader = sqlite3.connect(f"file:{where}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in reader.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        return {table: _rows_signature(repr(row) for row in reader.execute(f'SELECT * FROM "{table}"'))  # noqa: S608
                for table in tables}
    finally:
        reader.close()


def _rows_signature(rows: Iterable[str]) -> tuple[int, str]:
    import hashlib

    ordered = sorted(rows)
    return len(ordered), hashlib.sha256("\n".join(ordered).encode()).hexdigest()
