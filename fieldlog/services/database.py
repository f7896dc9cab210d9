"""Opening the database for the app: migrate, then make sure it holds the shipped checklist."""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import URL

from fieldlog.db.store import Database, database_url, open_database
from fieldlog.db.tables import SettingRow, SpeciesRow
from fieldlog.io.resources import read_checklist, resource_path

__all__ = ["Database", "open_store", "sync_checklist", "without_password"]

CHECKLIST_KEY = "species_checklist_sha256"


def open_store(location: str | Path, *, quick_check: bool = True) -> Database:
    """Open the database at a path or URL, migrated and with the current species checklist.

    The window passes `quick_check=False` and runs `Database.quick_check` once it is shown.
    """
    database = open_database(location, quick_check=quick_check)
    try:
        sync_checklist(database)
    except BaseException:
        database.close()
        raise
    return database


def sync_checklist(database: Database, checklist: Path | None = None) -> bool:
    """Load the shipped species checklist into the database when it changed; True when it did."""
    path = checklist or resource_path("species.csv")
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    with database.reading() as session:
        current = session.scalar(select(SettingRow.value).where(SettingRow.key == CHECKLIST_KEY))
    if current == digest:
        return False
    entries = read_checklist(path)
    with database.writing("the species checklist") as session:
        # Asked again under the write lock: another program opening the database may have loaded it meanwhile.
        if session.scalar(select(SettingRow.value).where(SettingRow.key == CHECKLIST_KEY)) == digest:
            return False
        session.execute(delete(SpeciesRow))
        if entries:
            session.execute(insert(SpeciesRow), [
                {"scientific_name": e.scientific_name, "family": e.family,
                 "common_names": ";".join(e.common_names) or None,
                 "native_in": ";".join(sorted(e.native_in)) or None,
                 "introduced_in": ";".join(sorted(e.introduced_in)) or None} for e in entries])
        session.merge(SettingRow(key=CHECKLIST_KEY, value=digest))
    return True


def without_password(location: str) -> str:
    """A database path or URL as it may be remembered or shown: a server URL loses its password.

    Raises DatabaseProblem when the URL cannot be read.
    """
    url, path = database_url(location)
    if path is not None or url.password is None:
        return location.strip()
    bare = URL.create(url.drivername, url.username, None, url.host, url.port, url.database, url.query)
    return bare.render_as_string(hide_password=False)
