"""Shared fixtures: a freshly migrated database opened through the services, on each backend under test.

The `database` fixture (and `records`, `site`, `event` on top of it) runs on SQLite always, in a file in a
temporary folder, and also on PostgreSQL when FIELDLOG_TEST_POSTGRESQL names a server's admin database
(`make test` starts a throw-away server and sets it). Each PostgreSQL test gets its own database, copied
from a template migrated once per test session (and per xdist worker), and dropped after the test.

A test that cannot run on a server (it reads or damages the SQLite file, uses its backups, locks or photos)
is marked `@pytest.mark.sqlite_only("why")`: its PostgreSQL variant is not generated.

A test that needs more databases than one, on the same backend (a package exported from laptop A and merged
into coordinator B), takes them from `databases` (dropped after the test) or, for databases a whole module
shares (a demo data set built once), from `module_databases` (dropped at the module's end): each hands out
new migrated databases and copies of closed ones. `backend` is parametrized per module, so a module's tests
run on SQLite and then on PostgreSQL, and a module-scoped database is built once per backend.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import shutil
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


def pytest_configure(config: pytest.Config) -> None:
    """Keep what fieldlog writes into the user's folders (a server database's backups and merge logs, the
    log file) out of the home folder of whoever runs the tests."""
    import tempfile

    home = Path(tempfile.mkdtemp(prefix="fieldlog-tests-"))
    for variable in ("XDG_DATA_HOME", "XDG_STATE_HOME"):
        os.environ[variable] = str(home / variable.lower())


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """One variant of each test on `backend` per backend; only SQLite's for a test marked sqlite_only."""
    if "backend" not in metafunc.fixturenames:
        return
    names = backends()
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        names = ["sqlite"]
    # Module scope groups a module's tests by backend, so databases a module shares are built once per backend.
    metafunc.parametrize("backend", names, indirect=True, scope="module")


@pytest.fixture(scope="module")
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


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A migrated SQLite file (with the checklist) that new SQLite test databases are copied from."""
    path = tmp_path_factory.mktemp("sqlite-template") / "fieldlog.db"
    open_store(path).close()
    return path


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a closed or open SQLite database (its WAL included), by SQLite's backup API."""
    import sqlite3

    target.parent.mkdir(parents=True, exist_ok=True)
    old, new = sqlite3.connect(f"file:{source}?mode=ro", uri=True), sqlite3.connect(target)
    try:
        old.backup(new)
    finally:
        new.close()
        old.close()


class Databases:
    """New databases on one backend, each migrated and empty or a copy of another (closed) one.

    On SQLite each is a file in a folder of its own (its backups and merge logs go beside it); on PostgreSQL
    a database copied from the session's template (or from the given one) by CREATE DATABASE ... TEMPLATE.
    `close` closes what `open` opened and drops the server databases made.
    """

    def __init__(self, backend: str, folder: Path, request: pytest.FixtureRequest) -> None:
        self.backend, self.folder = backend, folder
        self._sqlite_template: Path | None = None
        self._server: tuple[Any, str] | None = None
        if backend == "postgresql":
            self._server = request.getfixturevalue("postgresql_template")
        else:
            self._sqlite_template = request.getfixturevalue("sqlite_template")
        self._opened: list[Database] = []
        self._made: list[str] = []

    def location(self, name: str, copy_of: str | Path | None = None) -> str | Path:
        """Where a new database called `name` is (a file path or a URL): empty, or a copy of `copy_of`."""
        if self._server is None:
            assert self._sqlite_template is not None
            path = self.folder / name / "fieldlog.db"
            if path.exists():
                raise ValueError(f"a database {name!r} was made already")
            copy_sqlite(Path(copy_of) if copy_of is not None else self._sqlite_template, path)
            return path
        from sqlalchemy import make_url, text

        admin, template = self._server
        source = template if copy_of is None else make_url(str(copy_of)).database
        made = f"fieldlog_test_{uuid.uuid4().hex[:12]}"
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{made}" TEMPLATE "{source}"'))
        self._made.append(made)
        return _database_url(admin, made)

    def open(self, name: str, copy_of: str | Path | None = None) -> Database:
        """A new database (see `location`), opened through the services; closed by `close`."""
        database = open_store(self.location(name, copy_of))
        self._opened.append(database)
        return database

    def close(self) -> None:
        """Close every database opened here and drop every server database made here."""
        for database in self._opened:
            database.close()
        self._opened.clear()
        if self._server is not None:
            for name in self._made:
                _drop(self._server[0], name)
        self._made.clear()

    @contextlib.contextmanager
    def scratch(self, folder: Path) -> Iterator[Databases]:
        """Databases on the same backend that are gone when the block ends (one Hypothesis example's)."""
        made = Databases.__new__(Databases)
        made.backend, made.folder = self.backend, folder
        made._sqlite_template, made._server = self._sqlite_template, self._server
        made._opened, made._made = [], []
        try:
            yield made
        finally:
            made.close()
            shutil.rmtree(folder, ignore_errors=True)


def signature_at(location: str | Path) -> dict[str, tuple[int, str]]:
    """`db_signature` of the (closed) database at a file path or URL, read without opening it through fieldlog."""
    if isinstance(location, Path):
        return db_signature(location)
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(location, poolclass=NullPool)
    try:
        return db_signature(engine)
    finally:
        engine.dispose()


def query_at(location: str | Path, sql: str, *parameters: Any) -> list[tuple[Any, ...]]:
    """Rows of a query (with `?` placeholders) against the database at a file path or URL, apart from fieldlog."""
    return _run_at(location, sql, parameters, write=False)


def execute_at(location: str | Path, sql: str, *parameters: Any) -> None:
    """Run one statement (with `?` placeholders) against the database at a file path or URL, apart from
    fieldlog, and commit it: a hand edit."""
    _run_at(location, sql, parameters, write=True)


def _run_at(location: str | Path, sql: str, parameters: tuple[Any, ...], *, write: bool) -> list[tuple[Any, ...]]:
    if isinstance(location, Path):
        import sqlite3

        connection = sqlite3.connect(f"file:{location}" + ("" if write else "?mode=ro"), uri=True)
        try:
            with connection:
                return connection.execute(sql, parameters).fetchall()
        finally:
            connection.close()
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    engine = create_engine(location, poolclass=NullPool)
    try:
        with engine.begin() as connection:  # a read commits nothing
            # psycopg takes %s where sqlite3 takes ?, and then reads a literal % as %%.
            result = connection.exec_driver_sql(sql.replace("%", "%%").replace("?", "%s"), parameters)
            return [tuple(row) for row in result] if result.returns_rows else []
    finally:
        engine.dispose()


def location_of(database: Database) -> str | Path:
    """What open_store (or `--db`) takes to open this database again: its file or its URL."""
    return database.path or database.url.render_as_string(hide_password=False)


@pytest.fixture
def databases(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[Databases]:
    """Fresh databases for this test on its backend (a second laptop, a coordinator), gone after it."""
    made = Databases(backend, tmp_path / "databases", request)
    yield made
    made.close()


@pytest.fixture(scope="module")
def module_databases(backend: str, tmp_path_factory: pytest.TempPathFactory,
                     request: pytest.FixtureRequest) -> Iterator[Databases]:
    """Databases a module's tests share on its backend (demo data built once), gone at the module's end."""
    made = Databases(backend, tmp_path_factory.mktemp(f"module-{backend}"), request)
    yield made
    made.close()


@pytest.fixture(autouse=True)
def no_unanswered_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """A message box nobody answers would wait for a click forever and stall the whole run: the test fails
    instead. A test that expects one answers it by patching the same method itself."""
    from PySide6.QtWidgets import QMessageBox

    def unexpected(kind: str) -> Any:
        def show(_parent: Any, title: str, text: str, *_args: Any, **_kwargs: Any) -> Any:
            raise AssertionError(f"an unexpected {kind} message box: {title}: {text}")
        return show

    for kind in ("critical", "warning", "information", "question"):
        monkeypatch.setattr(QMessageBox, kind, unexpected(kind))


_application: list[Any] = []  # the tests' one QApplication, kept alive for the session


@pytest.fixture(scope="session")
def qapp(qapp_args: list[str]) -> Any:
    """pytest-qt's application, speaking English as the tests read it: the English catalogue
    (resources/translations/fieldlog_en.qm, built by `make`) gives the plural forms, "1 bag" and "3 bags"."""
    from PySide6.QtWidgets import QApplication

    from fieldlog.ui.language import install_language

    app = QApplication.instance() or QApplication(qapp_args)
    _application.append(app)
    install_language("en")
    return app


@pytest.fixture
def in_spanish(qapp: Any) -> Iterator[None]:
    """The window in Spanish with the shipped catalogue (numbers and dates too), English again after."""
    from fieldlog.ui.language import install_language

    assert install_language("es") == "es"
    try:
        yield
    finally:
        install_language("en")


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
