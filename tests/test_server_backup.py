"""Backups of a server (PostgreSQL) database: `fieldlog backup` runs pg_dump, or exports a package without it.

The server tests need FIELDLOG_TEST_POSTGRESQL (an admin URL, as for tests/test_postgresql.py); without it
they skip. "pg_dump is missing" is made by the environment, as a user's machine would have it: PATH holds
no pg_dump and FIELDLOG_PG_DUMP says to look on PATH only (else fieldlog would find the server's own
copy in /usr/lib/postgresql/*/bin).
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest

from fieldlog.cli import main
from fieldlog.db.backup import STAMP_FORMAT
from fieldlog.db.server_backup import (
    PG_DUMP_VARIABLE,
    database_label,
    dump_database,
    find_pg_dump,
    libpq_connection,
    parse_name,
    rotate,
)
from fieldlog.domain.errors import DatabaseProblem
from fieldlog.domain.records import Event, Site
from fieldlog.services.database import open_store
from fieldlog.services.records import Records
from tests.conftest import POSTGRESQL_VARIABLE, db_signature

SERVER = os.environ.get(POSTGRESQL_VARIABLE, "").strip()
needs_server = pytest.mark.skipif(not SERVER, reason=f"needs a PostgreSQL server: set {POSTGRESQL_VARIABLE} "
                                                      "to its admin URL (docs/postgresql.md)")
PASSWORD = "s3cret p@ss:w/rd?%x"  # every character a URL must encode


# -- without a server ----------------------------------------------------------------------------------

def test_the_password_goes_to_the_environment_never_the_connection_string() -> None:
    from sqlalchemy import create_engine

    pytest.importorskip("psycopg")
    engine = create_engine(f"postgresql+psycopg://coordinator:{quote(PASSWORD, safe='')}@db.example.org:5433/"
                           "fieldlog?sslmode=require")
    info, environment = libpq_connection(engine)
    assert environment == {"PGPASSWORD": PASSWORD}
    assert PASSWORD not in info and quote(PASSWORD, safe="") not in info and "s3cret" not in info
    for part in ("host='db.example.org'", "port='5433'", "user='coordinator'", "dbname='fieldlog'",
                 "sslmode='require'"):
        assert part in info
    assert database_label(engine.url) == "fieldlog@db.example.org-5433"
    engine.dispose()


def test_a_socket_database_is_labelled_local() -> None:
    from sqlalchemy.engine import make_url

    assert database_label(make_url("postgresql+psycopg://postgres@/fieldlog?host=/var/run/postgresql")) == \
        "fieldlog@local"


def test_rotation_keeps_the_newest_and_one_a_day(tmp_path: Path) -> None:
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
    for day in range(30):
        for hour in (9, 17):
            stamp = (start + dt.timedelta(days=day, hours=hour)).strftime(STAMP_FORMAT)
            (tmp_path / f"fieldlog@local-{stamp}-manual.dump").write_bytes(b"x")
    (tmp_path / "notes.txt").write_text("not ours")
    (tmp_path / f"other@local-{start.strftime(STAMP_FORMAT)}-manual.dump").write_bytes(b"x")
    rotate(tmp_path, "fieldlog@local")
    kept = sorted(p.name for p in tmp_path.iterdir() if (parse_name(p.name) or ("",))[0] == "fieldlog@local")
    assert 10 <= len(kept) < 60
    assert kept[-1].startswith(f"fieldlog@local-{(start + dt.timedelta(days=29, hours=17)).strftime(STAMP_FORMAT)}")
    assert (tmp_path / "notes.txt").exists()  # what fieldlog did not name stays
    assert (tmp_path / f"other@local-{start.strftime(STAMP_FORMAT)}-manual.dump").exists()


def test_fieldlog_pg_dump_names_the_program_and_only_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.setenv(PG_DUMP_VARIABLE, "pg_dump")
    assert find_pg_dump() is None  # not on PATH, and the installed folders are not searched
    monkeypatch.setenv(PG_DUMP_VARIABLE, "")
    assert find_pg_dump() is None  # empty: never use pg_dump
    program = _script(tmp_path / "pg_dump", "exit 0")
    monkeypatch.setenv(PG_DUMP_VARIABLE, "pg_dump")
    assert find_pg_dump() == program


def test_backup_to_is_for_a_server(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["backup", "--to", str(tmp_path / "elsewhere")], str(tmp_path / "fieldlog.db")) == 2
    assert "--to is for a server database" in capsys.readouterr().err


# -- on a server ---------------------------------------------------------------------------------------

def _script(path: Path, body: str) -> Path:
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(path.stat().st_mode | stat.S_IXUSR | stat.S_IXGRP | stat.S_IXOTH)
    return path


def _admin() -> Any:
    from sqlalchemy import create_engine
    from sqlalchemy.pool import NullPool

    return create_engine(SERVER, isolation_level="AUTOCOMMIT", poolclass=NullPool)


def _sql(*statements: str) -> None:
    from sqlalchemy import text

    admin = _admin()
    try:
        with admin.connect() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        admin.dispose()


@pytest.fixture
def server_database() -> Iterator[tuple[str, str]]:
    """(name, URL) of a new empty database; dropped afterwards with its restored copy."""
    from sqlalchemy.engine import make_url

    name = f"fieldlog_backup_{uuid.uuid4().hex[:12]}"
    _sql(f'CREATE DATABASE "{name}"')
    try:
        yield name, make_url(SERVER).set(database=name).render_as_string(hide_password=False)
    finally:
        _sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)',
             f'DROP DATABASE IF EXISTS "{name}_restored" WITH (FORCE)')


@pytest.fixture
def password_role() -> Iterator[tuple[str, bool]]:
    """(name, whether the server makes it log in with the password) of a role with PASSWORD; dropped after.

    Ask for it before `server_database`: the database it owns must be dropped first."""
    from sqlalchemy import text

    role = f"fieldlog_backup_{uuid.uuid4().hex[:8]}"
    admin = _admin()
    with admin.connect() as connection:
        enforced = connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = 'fieldlog_password_auth'")
                                      ).first() is not None
        connection.execute(text(f"CREATE ROLE {role} LOGIN PASSWORD '{PASSWORD}'"
                                + (" IN ROLE fieldlog_password_auth" if enforced else "")))
    try:
        yield role, enforced
    finally:
        with admin.connect() as connection:
            connection.execute(text(f"DROP ROLE IF EXISTS {role}"))
        admin.dispose()


def _fill(url: str) -> None:
    from fieldlog.services.demo import fill_demo_data

    database = open_store(url)
    try:
        fill_demo_data(Records(database), events=12, seed=3)
    finally:
        database.close()


def _signature(url: str) -> dict[str, tuple[int, str]]:
    from sqlalchemy import create_engine

    engine = create_engine(url)
    try:
        return db_signature(engine)
    finally:
        engine.dispose()


def _pg_tool(name: str) -> str:
    found = find_pg_dump()
    assert found is not None, "the server tests need PostgreSQL's client programs"
    return str(found.with_name(name))


def _restore(dump: Path, server_url: str, name: str) -> str:
    """The documented restore: a new empty database, then pg_restore into it in one transaction."""
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    _sql(f'CREATE DATABASE "{name}"')
    target = make_url(server_url).set(database=name)
    engine = create_engine(target)
    info, environment = libpq_connection(engine)
    engine.dispose()
    subprocess.run([_pg_tool("pg_restore"), "--no-owner", "--exit-on-error", "--single-transaction",
                    f"--dbname={info}", str(dump)], check=True, capture_output=True, text=True,
                   env={**os.environ, **environment})
    return target.render_as_string(hide_password=False)


@needs_server
def test_a_dump_restores_the_records_as_they_were(server_database: tuple[str, str], tmp_path: Path,
                                                  capsys: pytest.CaptureFixture[str]) -> None:
    name, url = server_database
    _fill(url)
    before = _signature(url)
    assert main(["backup", "--to", str(tmp_path)], url) == 0
    out = capsys.readouterr().out
    dumps = list(tmp_path.glob("*.dump"))
    assert len(dumps) == 1 and str(dumps[0]) in out and "pg_dump custom-format dump" in out
    assert not list(tmp_path.glob("*.tmp"))
    assert stat.S_IMODE(dumps[0].stat().st_mode) == 0o600  # organizers' contacts are in it
    assert parse_name(dumps[0].name) is not None

    database = open_store(url)  # then the database changes
    try:
        records = Records(database)
        site = records.record_site(Site(name="After the backup", country_code="KE", latitude=-1.2,
                                        longitude=36.8)).record
        records.record_event(Event(event_name="Not in the backup", site_id=site.id, start=dt.datetime(2026, 6, 1, 9),
                                   participants=4))
    finally:
        database.close()
    assert _signature(url) != before

    restored = _restore(dumps[0], url, f"{name}_restored")
    assert _signature(restored) == before
    database = open_store(restored)  # and fieldlog opens the restored database as its own
    try:
        assert all(e.event_name != "Not in the backup" for e in Records(database).list_events())
    finally:
        database.close()


@needs_server
def test_the_password_is_never_on_the_command_line_or_in_messages(
        password_role: tuple[str, bool], server_database: tuple[str, str], tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from sqlalchemy.engine import make_url

    name, _url = server_database
    role, enforced = password_role
    _sql(f'ALTER DATABASE "{name}" OWNER TO {role}')
    url = make_url(_url).set(username=role, password=PASSWORD).render_as_string(hide_password=False)
    _fill(url)  # the role creates fieldlog's tables, so it may dump them
    real = find_pg_dump()
    assert real is not None
    # A pg_dump on PATH that notes what it was given, then runs the real one.
    seen = tmp_path / "seen"
    wrapper = tmp_path / "bin"
    wrapper.mkdir()
    _script(wrapper / "pg_dump", f'printf "%s\\n" "$0" "$@" > {seen}\n'
                                 f'[ -n "$PGPASSWORD" ] && echo PGPASSWORD-set >> {seen}\nexec {real} "$@"')
    monkeypatch.setenv("PATH", f"{wrapper}{os.pathsep}{os.environ.get('PATH', '')}")
    monkeypatch.delenv(PG_DUMP_VARIABLE, raising=False)
    monkeypatch.delenv("PGPASSWORD", raising=False)
    assert main(["backup", "--to", str(tmp_path / "dumps")], url) == 0
    captured = capsys.readouterr()
    arguments = seen.read_text()
    assert "PGPASSWORD-set" in arguments and f"user='{role}'" in arguments
    for form in (PASSWORD, quote(PASSWORD, safe=""), "s3cret"):
        assert form not in arguments
        assert form not in captured.out + captured.err
    # When the server makes the role log in with its password, the dump proves PGPASSWORD got there.
    assert len(list((tmp_path / "dumps").glob("*.dump"))) == 1, enforced

    # A pg_dump that fails and repeats the password it was given: fieldlog's message leaves it out.
    _script(wrapper / "pg_dump", 'echo "pg_dump: error: FATAL: password authentication failed ($PGPASSWORD)" >&2; '
                                 "exit 1")
    database = open_store(url)
    try:
        with pytest.raises(DatabaseProblem) as raised:
            dump_database(database.engine, tmp_path / "failed", "manual", wrapper / "pg_dump")
    finally:
        database.close()
    assert "password authentication failed" in str(raised.value) and "s3cret" not in str(raised.value)
    assert not list((tmp_path / "failed").iterdir())  # no partial file left


@needs_server
def test_without_pg_dump_a_package_is_exported(server_database: tuple[str, str], tmp_path: Path) -> None:
    _name, url = server_database
    _fill(url)
    empty = tmp_path / "empty-path"
    empty.mkdir()
    environment = {**os.environ, "PATH": str(empty), PG_DUMP_VARIABLE: "pg_dump",
                   "XDG_DATA_HOME": str(tmp_path / "data")}
    done = subprocess.run([sys.executable, "-m", "fieldlog", "--db", url, "backup"], capture_output=True, text=True,
                          env=environment, check=False)
    assert done.returncode == 0, done.stderr
    assert "exchange package, because pg_dump was not found" in done.stdout
    packages = list((tmp_path / "data").rglob("*.fieldlog"))
    assert len(packages) == 1 and packages[0].parent.name.endswith("@local") and str(packages[0]) in done.stdout

    # The package holds every record: merged into an empty database it gives the same counts.
    from sqlalchemy import func, select

    from fieldlog.db.tables import ActivityRow, EventRow
    from fieldlog.services.exchange import merge_package

    copy = open_store(tmp_path / "copy.db")
    source = open_store(url)
    try:
        merge_package(copy, packages[0])
        for table in (EventRow, ActivityRow):
            counts = []
            for database in (source, copy):
                with database.reading() as session:
                    counts.append(session.scalar(select(func.count()).select_from(table)))
            assert counts[0] == counts[1] and counts[0]
    finally:
        copy.close()
        source.close()


@needs_server
def test_the_default_folder_is_in_the_user_data_folder(server_database: tuple[str, str], tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from fieldlog.services.server_backup import backup_server, default_server_backup_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    name, url = server_database
    database = open_store(url)
    try:
        folder = default_server_backup_dir(database)
        assert folder == tmp_path / "fieldlog" / "backups" / f"{name}@local" or sys.platform != "linux"
        made = backup_server(database)
        assert made.method == "pg_dump" and made.path.parent == folder
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
        assert database.backup_if_changed() is None  # no automatic dumps of a server database
    finally:
        database.close()
    shutil.rmtree(folder)
