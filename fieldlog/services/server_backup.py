"""Backing up a server (PostgreSQL) database: `pg_dump` when it is installed, else an exchange package.

Where: `<user data folder>/backups/<database>@<host>/` (the folder that holds fieldlog's own database and
its backups, so a coordinator finds every backup in one place, private to the user), or a folder the
caller names. Backups there are rotated like the SQLite file's (newest 10, then one a day, week, month).

When: on demand only (`fieldlog backup`, the window's Back up now). Not before every import or merge, and
not every 30 minutes as an SQLite file is: an import is one transaction, all or nothing, and traceable to
its batch; a dump reads the whole shared database (hundreds of megabytes for a million activities) for
every small import; and a server database is the server's to back up on its schedule (pg_dump from
cron, or WAL archiving), not each coordinator's laptop's.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path

from fieldlog import APP_NAME
from fieldlog.db.server_backup import (
    PACKAGE_SUFFIX,
    database_label,
    dump_database,
    find_pg_dump,
    make_folder,
    new_backup_path,
    rotate,
)
from fieldlog.db.store import Database
from fieldlog.domain.errors import DatabaseProblem
from fieldlog.services.export_common import Progress

__all__ = ["ServerBackup", "backup_server", "default_server_backup_dir", "find_pg_dump"]


@dataclass(frozen=True, slots=True)
class ServerBackup:
    """A backup of a server database: the file, and how it was made."""

    path: Path
    method: str  # "pg_dump" or "package"
    tool: Path | None = None  # the pg_dump that wrote it

    @property
    def description(self) -> str:
        """What the file is, for a message to the user."""
        if self.method == "pg_dump":
            return (f"a pg_dump custom-format dump (made with {self.tool}); restore it into an empty database "
                    "with pg_restore")
        return ("an exchange package, because pg_dump was not found (install PostgreSQL's client programs, or "
                "set FIELDLOG_PG_DUMP to one); `fieldlog import` merges it into an empty database")


def default_server_backup_dir(database: Database) -> Path:
    """Where the backups of a server database go: `backups/<database>@<host>/` in the user data folder."""
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "backups" / database_label(database.url)


def backup_server(database: Database, reason: str = "manual", *, to: Path | None = None,
                  progress: Progress | None = None, cancel: threading.Event | None = None) -> ServerBackup:
    """Back up a server database into `to` (a folder; default `default_server_backup_dir`): with pg_dump
    when it is installed, else as an exchange package export. Only the default folder is rotated."""
    if database.path is not None:
        raise DatabaseProblem(f"{database.display_name} is a database file; its backups are made with "
                              "SQLite's backup API (`fieldlog backup` without --to).")
    folder = to if to is not None else default_server_backup_dir(database)
    label = database_label(database.url)
    pg_dump = find_pg_dump()
    if pg_dump is not None:
        dumped = dump_database(database.engine, folder, reason, pg_dump, label=label)
        result = ServerBackup(dumped.path, "pg_dump", dumped.pg_dump)
    else:
        from fieldlog.services.exchange import export_package

        make_folder(folder)
        # export_package writes a partial file and renames it when complete, as every export does.
        written = export_package(database, new_backup_path(folder, label, reason, PACKAGE_SUFFIX),
                                 progress=progress, cancel=cancel)
        written.path.chmod(0o600)  # like a dump: organizers' contacts are in it
        result = ServerBackup(written.path, "package")
    if to is None:
        rotate(folder, label)
    return result
