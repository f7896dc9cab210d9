"""Shared fixtures: a real SQLite database file in a temporary folder, opened through the services."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from fieldlog.db.store import Database
from fieldlog.domain.records import Event, Site
from fieldlog.services.database import open_store
from fieldlog.services.records import Records

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
TODAY = dt.date(2026, 11, 21)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    """Where the test's database file lives."""
    return tmp_path / "data" / "fieldlog.db"


@pytest.fixture
def database(db_path: Path) -> Iterator[Database]:
    """A freshly created, migrated database."""
    db = open_store(db_path)
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


def db_signature(path: Path) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of all its rows: equal before and after means nothing was written."""
    import hashlib
    import sqlite3

    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = [name for (name,) in connection.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")]
        signature = {}
        for table in tables:
            rows = sorted(repr(row) for row in connection.execute(f'SELECT * FROM "{table}"'))  # noqa: S608
            signature[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        return signature
    finally:
        connection.close()
