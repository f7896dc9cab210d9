"""Opening a database: check it without writing, back it up, migrate it, and hand out sessions.

SQLite connections run with WAL, synchronous=FULL and foreign keys on. Transactions begin explicitly
(pysqlite's own implicit transactions are turned off): reads with BEGIN, writes with BEGIN IMMEDIATE,
so a busy database shows up when a write starts, not at its commit.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session

from fieldlog.db.backup import backup_sqlite, readonly_uri, verdict_text
from fieldlog.db.lock import Hold
from fieldlog.db.rollup import SESSION_KEY, Rollup, rebuild, rebuild_asked
from fieldlog.db.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from fieldlog.domain.errors import (
    DamagedDatabase,
    DatabaseProblem,
    DatabaseTooNew,
    NotADatabase,
    StorageFull,
)

SQLITE_MAGIC = b"SQLite format 3\x00"
WRITER_LOCK_KEY = 0x6669656C646C6F67  # "fieldlog": the PostgreSQL advisory lock its writers take
OPENER_LOCK_KEY = WRITER_LOCK_KEY + 1  # held by a program while it checks and migrates a server database
WRITE_OPTION = "fieldlog_write"


@dataclass(frozen=True, slots=True)
class Preflight:
    """What a read-only look at an existing database file found."""

    revision: str | None  # None: a new or empty database
    has_tables: bool


def _damaged(path: Path, verdict: list[tuple[Any, ...]]) -> DamagedDatabase:
    detail = verdict_text(verdict)
    return DamagedDatabase(f"{path} is damaged ({detail}). It was left untouched; restore it from a backup.",
                           detail=detail)


def preflight_sqlite(path: Path, *, quick_check: bool = True) -> Preflight:
    """Look at an SQLite file without changing it; raise when fieldlog must not open it.

    `PRAGMA quick_check` reads every page (1.5 s for a 1 GB file); without `quick_check` it still runs
    when a migration is due, so nothing is ever written into a damaged file.
    """
    if not path.exists() or path.stat().st_size == 0:
        return Preflight(None, False)
    try:
        with open(path, "rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError as error:
        raise DatabaseProblem(f"Cannot read {path}: {error.strerror or error}.") from error
    if header != SQLITE_MAGIC:
        raise NotADatabase(f"{path} is not a fieldlog database (it is not an SQLite file at all). "
                           "It was left untouched.")
    try:
        connection = sqlite3.connect(readonly_uri(path), uri=True)
        try:
            tables = {row[0] for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
            revision = None
            if "alembic_version" in tables:
                row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = row[0] if row else None
            if quick_check or revision != SCHEMA_HEAD:
                verdict = connection.execute("PRAGMA quick_check").fetchall()
                if verdict != [("ok",)]:
                    raise _damaged(path, verdict)
        finally:
            connection.close()
    except sqlite3.OperationalError as error:
        # cannot open, locked, I/O error: not proof of damage, so nothing may be done to the file for it
        raise DatabaseProblem(f"Cannot read {path} ({error}). It was left untouched.") from error
    except sqlite3.DatabaseError as error:  # SQLITE_CORRUPT, SQLITE_NOTADB
        raise DamagedDatabase(f"{path} is damaged or not a database ({error}). It was left untouched; "
                              "restore it from a backup.", detail=str(error)) from error
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(f"{path} was written by a newer version of fieldlog (schema {revision}). "
                             "Update fieldlog to open it; the file was left untouched.")
    user_tables = {t for t in tables if not t.startswith("sqlite_")}
    if user_tables and revision is None:
        raise NotADatabase(f"{path} is an SQLite database but not a fieldlog database "
                           f"(it holds {', '.join(sorted(user_tables)[:5])}). It was left untouched.")
    return Preflight(revision, bool(user_tables))


def server_name(url: URL) -> str:
    """How to name a server database to a person: its URL with the password hidden."""
    return url.render_as_string(hide_password=True)


def scrub_password(message: str, url: URL) -> str:
    """`message` with the URL's password, as typed or URL-encoded, replaced by ***."""
    password = url.password
    if password:
        for form in sorted({password, quote(password, safe=""), quote_plus(password)}, key=len, reverse=True):
            message = message.replace(form, "***")
    return message


# What a server's refusal means, by the words of libpq's message (the first entry whose words all occur).
_CONNECTION_HINTS = (
    (("password authentication failed",), "the server refused the user name or password "
                                          "(check ~/.pgpass or PGPASSWORD)"),
    (("no password supplied",), "the server asks for a password and none was given (~/.pgpass or PGPASSWORD)"),
    (("role", "does not exist"), "the server has no such user"),
    (("database", "does not exist"), "the server has no such database (its administrator creates it)"),
    (("permission denied",), "the user may not use this database"),
    (("could not translate host name",), "the server's host name is unknown"),
    (("no such file or directory",), "no server is listening there (is it running, is the socket folder right?)"),
    (("is too long",), "the socket folder's path is too long for the system (at most about 100 characters)"),
    (("connection refused",), "no server is listening there (is it running, are the host and port right?)"),
    (("timeout",), "the server did not answer in time"),
    (("timed out",), "the server did not answer in time"),
)


def connection_problem(error: BaseException, url: URL) -> DatabaseProblem:
    """A plain-words error for a server database that cannot be reached or read; it never holds the password."""
    detail = re.sub(r"\s+", " ", str(getattr(error, "orig", None) or error)).strip()
    lowered = detail.lower()
    hint = next((hint for words, hint in _CONNECTION_HINTS if all(word in lowered for word in words)),
                "the server refused it")
    return DatabaseProblem(scrub_password(f"Cannot open the database {server_name(url)}: {hint} ({detail}). "
                                          "Nothing was changed.", url))


def preflight_server(engine: Engine) -> Preflight:
    """Look at a server database without changing it; raise when fieldlog must not open it.

    The same refusals as `preflight_sqlite`: a newer schema, or tables that are not fieldlog's. The login
    happens here, so a server that is down or a wrong password is reported before anything else.
    """
    name = server_name(engine.url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            revision: str | None = None
            if "alembic_version" in tables:
                revision = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            connection.rollback()
    except DBAPIError as error:
        raise connection_problem(error, engine.url) from error
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise DatabaseTooNew(f"{name} was written by a newer version of fieldlog (schema {revision}). "
                             "Update fieldlog to open it; the database was left untouched.")
    if tables and revision is None:
        raise NotADatabase(f"{name} is not a fieldlog database (it holds {', '.join(sorted(tables)[:5])}). "
                           "It was left untouched.")
    return Preflight(revision, bool(tables))


def _engine_for(url: URL) -> Engine:
    """An engine for `url`, or a DatabaseProblem when fieldlog cannot talk to that kind of database."""
    try:
        if url.get_backend_name() == "sqlite":
            return create_engine(url)
        # A server connection can drop (network, server restart): each one is tried before use, so the
        # first action after a drop works instead of failing on a dead pooled connection.
        return create_engine(url, pool_pre_ping=True)
    except ImportError as error:  # the driver (psycopg for postgresql+psycopg://) is not installed
        raise DatabaseProblem(f"Cannot open {server_name(url)}: its database driver is not installed "
                              f"({error.name or error}). For PostgreSQL install fieldlog's extra "
                              "'postgresql' and use a postgresql+psycopg:// URL.") from error
    except ArgumentError as error:  # NoSuchModuleError: a dialect SQLAlchemy does not know
        raise DatabaseProblem(f"Cannot open {server_name(url)}: fieldlog does not know the database kind "
                              f"{url.drivername!r}.") from error


def backup_dir_for(path: Path) -> Path:
    """The folder of backups of the SQLite file `path`: `backups/` beside it."""
    return path.parent / "backups"


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # we issue BEGIN ourselves (see module docstring)
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            cursor.execute("PRAGMA synchronous=FULL")
            cursor.execute("PRAGMA foreign_keys=ON")
            cursor.execute("PRAGMA busy_timeout=10000")
        finally:
            cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        write = connection.get_execution_options().get(WRITE_OPTION, False)
        connection.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def storage_error(error: DBAPIError, what: str) -> DatabaseProblem:
    """A plain-words error for a failed database write (disk full, read-only, locked, connection lost)."""
    if error.connection_invalidated:  # the server went away mid-transaction, which it then rolled back
        return DatabaseProblem(f"The connection to the database server was lost: {what} was not saved, and "
                               "nothing of it was written. Check the network or the server, then try again.")
    text = str(error.orig).lower()
    if "disk is full" in text or "database or disk is full" in text:
        return StorageFull(f"The disk is full: {what} was not saved. Free some space and try again.")
    if "readonly" in text or "read-only" in text:
        return DatabaseProblem(f"The database cannot be written (read-only file or folder): "
                               f"{what} was not saved.")
    if "unique constraint" in text:
        return DatabaseProblem(f"A record with the same id is already stored: {what} was not saved again.")
    if "locked" in text or "busy" in text:
        return DatabaseProblem(f"The database is busy in another program: {what} was not saved. "
                               "Try again in a moment.")
    return DatabaseProblem(f"The database refused the change: {what} was not saved ({error.orig}).")


class Database:
    """An open database: its engine, where its file and backups live, and sessions for work.

    `changed_since_backup` turns true when a write transaction commits and false when a backup is
    made; `backup_if_changed` is what a periodic timer and the end of a session call. `hold` is the
    lock (db/lock.py) the opener took for it; closing the database gives it back.
    """

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self._writer = engine.execution_options(**{WRITE_OPTION: True})
        self.changed_since_backup = False
        self.hold: Hold | None = None

    @property
    def url(self) -> URL:
        """The database URL (its password hidden when printed)."""
        return self.engine.url

    @property
    def display_name(self) -> str:
        """How to name the database to a person (file path, or URL without password)."""
        return str(self.path) if self.path else self.engine.url.render_as_string(hide_password=True)

    @property
    def backup_dir(self) -> Path | None:
        """The folder of backups beside an SQLite file; None on a server database."""
        return backup_dir_for(self.path) if self.path else None

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads; nothing it does is committed."""
        with Session(self.engine, expire_on_commit=False) as session:
            yield session

    @contextmanager
    def writing(self, what: str = "the change") -> Iterator[Session]:
        """A session in one write transaction, committed durably on success, rolled back on error.

        Writers note the events they change with `rollup_of(session)`; the summary rollup of those
        events' groups is brought up to date just before the commit, in the same transaction.
        """
        try:
            with Session(self._writer, expire_on_commit=False) as session, session.begin():
                if self.engine.dialect.name == "postgresql":
                    # One writer at a time, as SQLite's BEGIN IMMEDIATE gives: two writers recomputing the same
                    # rollup group at once would collide on its rows or leave it stale. Released at the end of
                    # the transaction; readers never wait for it.
                    session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITER_LOCK_KEY})
                session.info[SESSION_KEY] = tracker = Rollup(session)
                yield session
                tracker.refresh()
        except DBAPIError as error:
            raise storage_error(error, what) from error
        self.changed_since_backup = True  # committed

    def quick_check(self) -> None:
        """Raise DamagedDatabase when SQLite's quick check finds damage (reads every page)."""
        if self.path is None:
            return
        try:
            with self.reading() as session:
                verdict = [tuple(row) for row in session.connection().exec_driver_sql("PRAGMA quick_check")]
        except DBAPIError as error:
            # Damage the check cannot even walk past ("database disk image is malformed") is damage too; a
            # busy or locked file (OperationalError) is not.
            if isinstance(error.orig, sqlite3.DatabaseError) and not isinstance(error.orig, sqlite3.OperationalError):
                raise _damaged(self.path, [(str(error.orig),)]) from error
            raise
        if verdict != [("ok",)]:
            raise _damaged(self.path, verdict)

    def backup(self, reason: str) -> Path:
        """An online backup into the backups folder (older ones rotated out); returns the file."""
        if self.path is None or self.backup_dir is None:
            # A server database is dumped by services.server_backup (pg_dump, or a package export without it).
            raise DatabaseProblem("A server database is backed up with pg_dump (`fieldlog backup`), not by copying "
                                  "a file.")
        # Cleared first: a write committed on another thread while the copy runs marks it again.
        changed, self.changed_since_backup = self.changed_since_backup, False
        try:
            return backup_sqlite(self.path, self.backup_dir, reason)
        except BaseException:
            self.changed_since_backup = self.changed_since_backup or changed
            raise

    def backup_if_changed(self, reason: str = "automatic") -> Path | None:
        """A backup when something was committed since the last one (or since opening); else None.

        A server database: None. The periodic and at-exit backups would pg_dump the whole shared database
        each time; the server is backed up on demand (`fieldlog backup`) and on the server's own schedule.
        """
        if self.path is None or not self.changed_since_backup:
            return None
        return self.backup(reason)

    def close(self) -> None:
        """Close every pooled connection and give back the database's lock."""
        self.engine.dispose()
        if self.hold is not None:
            self.hold.release()


def database_url(location: str | Path) -> tuple[URL, Path | None]:
    """A database URL for a file path or URL text, and the file path when it is SQLite."""
    spelled = str(location)
    if "://" in spelled:
        try:
            url = make_url(spelled)
        except (ArgumentError, ValueError) as error:
            # The text is not repeated: it may hold a password.
            raise DatabaseProblem("The database URL cannot be read; it looks like "
                                  "postgresql+psycopg://user@host:5432/dbname.") from error
        if url.get_backend_name() == "sqlite" and url.database not in (None, "", ":memory:"):
            return url, Path(url.database or "")
        return url, None
    path = Path(spelled).expanduser()
    return URL.create("sqlite+pysqlite", database=str(path)), path


def open_database(location: str | Path, *, quick_check: bool = True) -> Database:
    """Open (creating if needed) the database at a path or URL, migrated to this version's schema.

    A database that is not fieldlog's, is damaged, or is newer than this version is refused before
    anything is written. An existing database is backed up before any migration.
    """
    url, path = database_url(location)
    preflight = Preflight(None, False)
    if path is not None:
        preflight = preflight_sqlite(path, quick_check=quick_check)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise DatabaseProblem(f"Cannot create the folder {path.parent}: {error.strerror}.") from error
    engine = _engine_for(url)
    if url.get_backend_name() == "sqlite":
        _install_sqlite_hooks(engine)
    database = Database(engine, path)
    try:
        with _one_opener_at_a_time(engine):
            if url.get_backend_name() != "sqlite":
                preflight = preflight_server(engine)
            _bring_up_to_date(database, preflight)
    except DBAPIError as error:
        database.close()
        raise storage_error(error, "the database upgrade") from error
    except BaseException:
        database.close()
        raise
    return database


@contextmanager
def _one_opener_at_a_time(engine: Engine) -> Iterator[None]:
    """On a server, hold a lock while this program checks and migrates the database.

    Two programs opening a new or older database at the same moment would both migrate it, and the second
    would fail on tables the first just made. With the lock the second waits, then finds it up to date. An
    SQLite file needs none: its opener holds the file's lock (db/lock.py).
    """
    if engine.dialect.name != "postgresql":
        yield
        return
    try:
        connection = engine.connect()
        # A session-level lock (it outlives the transactions of the migration), given back explicitly
        # below: the connection returns to the pool, where an unreleased lock would stay held.
        connection.execute(text("SELECT pg_advisory_lock(:key)"), {"key": OPENER_LOCK_KEY})
        connection.commit()
    except DBAPIError as error:
        raise connection_problem(error, engine.url) from error
    try:
        yield
    finally:
        try:
            connection.execute(text("SELECT pg_advisory_unlock(:key)"), {"key": OPENER_LOCK_KEY})
            connection.commit()
        except DBAPIError:
            connection.invalidate()  # the server closes a lost session's locks itself
        connection.close()


def _bring_up_to_date(database: Database, preflight: Preflight) -> None:
    """Migrate a database whose schema is not this version's, and rebuild the rollup when it asks."""
    path = database.path
    if preflight.revision != SCHEMA_HEAD:
        # A server database is not copied first (that is pg_dump's job, docs/postgresql.md); its
        # migration is still all or nothing, as PostgreSQL runs the DDL inside the one transaction.
        if preflight.revision is not None and path is not None:
            database.backup(f"before-upgrade-from-{preflight.revision}")
        from fieldlog.db.migrate import upgrade  # Alembic loads only when there is work for it

        upgrade(database.engine)
    with database.reading() as session:
        asked = rebuild_asked(session)
    if asked:
        with database.writing("the summary totals") as session:
            rebuild(session)
