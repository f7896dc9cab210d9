"""fieldlog on a PostgreSQL server: migrations, records, the summary and the SER report work as on SQLite; a
database with a newer schema or someone else's tables is refused untouched; a server that is down, a wrong
password or a bad URL gives a plain message that never shows the password.

The server tests need FIELDLOG_TEST_POSTGRESQL, a URL to an administrator's database (`make test` starts a
throw-away server with .ci/postgresql-cluster and sets it); each test creates its own database and drops it.
"""

from __future__ import annotations

import datetime as dt
import multiprocessing
import os
import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import quote, quote_plus

import openpyxl
import pytest
from alembic import command
from sqlalchemy import Engine, create_engine, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from fieldlog.db.migrate import alembic_config, current_revision, upgrade
from fieldlog.db.schema import KNOWN_REVISIONS, SCHEMA_HEAD
from fieldlog.domain.errors import DatabaseProblem, DatabaseTooNew, NotADatabase
from fieldlog.domain.records import Event, LitterItem, LitterPickup, Planting, SeedCollection, Site
from fieldlog.domain.summary import NO_FILTER, SummaryFilter
from fieldlog.io.resources import read_checklist, resource_path
from fieldlog.services.database import open_store
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.importing import apply_import, preview_import
from fieldlog.services.records import Records
from fieldlog.services.reporting import coverage, export_report
from fieldlog.services.summary import summarize, summarize_from_records
from tests.conftest import db_signature
from tests.test_report import flat, summary_table

ADMIN_URL_VARIABLE = "FIELDLOG_TEST_POSTGRESQL"
# Members of this role log in with a password on the test server (.ci/postgresql-cluster sets it up).
PASSWORD_GROUP = "fieldlog_password_auth"


def password_forms(password: str) -> set[str]:
    """The spellings of a password a message could leak: as typed and URL-encoded."""
    return {password, quote(password, safe=""), quote_plus(password)}


def assert_no_password(message: str, *passwords: str) -> None:
    for password in passwords:
        for form in password_forms(password):
            assert form not in message, f"{form!r} is in {message!r}"


# -- the server ----------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def admin_url() -> URL:
    """The administrator's URL from FIELDLOG_TEST_POSTGRESQL; the test skips when it is not set."""
    spelled = os.environ.get(ADMIN_URL_VARIABLE, "").strip()
    if not spelled:
        pytest.skip(f"no PostgreSQL server: set {ADMIN_URL_VARIABLE} to an admin URL such as "
                    "postgresql+psycopg://postgres@/postgres?host=/tmp/pgci/sock (`make test` starts one when "
                    "PostgreSQL is installed)")
    pytest.importorskip("psycopg", reason="psycopg is not installed (pip install -e '.[test]')")
    return make_url(spelled)


@pytest.fixture(scope="module")
def admin(admin_url: URL) -> Iterator[Engine]:
    """An autocommit engine on the admin database (CREATE and DROP DATABASE run outside transactions)."""
    engine = create_engine(admin_url, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except OperationalError as error:  # set but unreachable: a broken setup, not a reason to skip
        pytest.fail(f"{ADMIN_URL_VARIABLE} is set but the server cannot be used: {error.orig}")
    yield engine
    engine.dispose()


@contextmanager
def scratch_database(admin: Engine, owner: str | None = None) -> Iterator[URL]:
    """A new, empty database of a unique name (owned by `owner`), dropped afterwards whatever happens."""
    name = f"fieldlog_test_{uuid.uuid4().hex[:16]}"
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"' + (f' OWNER "{owner}"' if owner else "")))
    try:
        yield admin.url.set(database=name)
    finally:
        with admin.connect() as connection:
            # FORCE: a connection a failed test left open must not keep the database (and its disk) alive.
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


@pytest.fixture
def pg_url(admin: Engine) -> Iterator[URL]:
    """The URL of an empty database of this test's own."""
    with scratch_database(admin) as url:
        yield url


def spelled(url: URL) -> str:
    """The URL as fieldlog's --db takes it, password included (str(url) would hide it as ***)."""
    return url.render_as_string(hide_password=False)


def pg_signature(url: URL) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of its rows, read without fieldlog (which refuses such databases)."""
    engine = create_engine(url, poolclass=NullPool)
    try:
        return db_signature(engine)
    finally:
        engine.dispose()


def execute(url: URL, *statements: str) -> None:
    engine = create_engine(url, poolclass=NullPool)
    try:
        with engine.begin() as connection:
            for statement in statements:
                connection.execute(text(statement))
    finally:
        engine.dispose()


# -- opening and migrating -----------------------------------------------------------------------------------

def test_an_empty_database_is_migrated_to_the_head_revision(pg_url: URL) -> None:
    database = open_store(spelled(pg_url))
    try:
        assert current_revision(database.engine) == SCHEMA_HEAD
        assert database.path is None and database.backup_dir is None
        command.check(alembic_config(database.engine))  # the models and the migrations agree on PostgreSQL too
    finally:
        database.close()
    open_store(spelled(pg_url)).close()  # opened again: at the head, nothing to do


def test_an_older_schema_is_migrated_in_place(pg_url: URL) -> None:
    engine = create_engine(pg_url, poolclass=NullPool)
    try:
        upgrade(engine, KNOWN_REVISIONS[-2])
        assert current_revision(engine) == KNOWN_REVISIONS[-2]
    finally:
        engine.dispose()
    database = open_store(spelled(pg_url))  # no backup folder on a server: the upgrade is one transaction instead
    try:
        assert current_revision(database.engine) == SCHEMA_HEAD
    finally:
        database.close()


def _open_after(start: Any, url: str, results: Any) -> None:
    """In a process of its own: wait for the others, open the database, and say how it went."""
    start.wait(timeout=60)
    try:
        open_store(url).close()
        results.put("opened")
    except Exception as error:
        results.put(f"{type(error).__name__}: {error}")


@pytest.mark.parametrize("revision", [None, KNOWN_REVISIONS[-2]], ids=["new", "older"])
def test_programs_opening_a_database_at_the_same_moment_migrate_it_once(pg_url: URL, revision: str | None) -> None:
    if revision is not None:
        engine = create_engine(pg_url, poolclass=NullPool)
        try:
            upgrade(engine, revision)
        finally:
            engine.dispose()
    context = multiprocessing.get_context("spawn")
    start, results = context.Barrier(3), context.Queue()
    programs = [context.Process(target=_open_after, args=(start, spelled(pg_url), results)) for _ in range(3)]
    for program in programs:
        program.start()
    for program in programs:
        program.join(timeout=120)
    assert [program.exitcode for program in programs] == [0, 0, 0]
    assert sorted(results.get(timeout=5) for _ in programs) == ["opened"] * 3
    database = open_store(spelled(pg_url))
    try:
        assert current_revision(database.engine) == SCHEMA_HEAD
        with database.reading() as session:
            species = session.scalar(text("SELECT count(*) FROM species_checklist"))
        assert species == len(read_checklist(resource_path("species.csv")))
    finally:
        database.close()


def test_a_connection_lost_in_the_middle_of_an_import_writes_nothing(pg_url: URL, admin: Engine,
                                                                     tmp_path: Path) -> None:
    password = "n3twork-Dr0p"  # the test server trusts local users and ignores it; it must not show either
    database = open_store(spelled(pg_url.set(password=password)))
    try:
        path = tmp_path / "plantings.csv"
        path.write_text("Event,Start,Site,Country,Participants,Species,Plants\n" + "".join(
            f"Day {n % 40},2026-05-{n % 28 + 1:02},Site {n % 40},KE,10,Croton megalocarpus,{n + 1}\n"
            for n in range(2500)), encoding="utf-8")
        preview = preview_import(database, path)
        before = db_signature(database)

        def drop_connections() -> None:
            with admin.connect() as connection:
                connection.execute(text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                                        "WHERE datname = :name"), {"name": pg_url.database})

        def drop_the_connection(written: int, _total: int) -> None:
            if written >= 1000:  # one chunk of the transaction is on the server; the rest never arrives
                drop_connections()

        with pytest.raises(DatabaseProblem) as refused:
            apply_import(database, preview, progress=drop_the_connection)
        message = str(refused.value)
        assert "connection to the database server was lost" in message and "nothing of it was written" in message
        assert_no_password(message, password)
        assert db_signature(database) == before  # and the database answers again at once
        assert apply_import(database, preview).added == len(preview.planned)
        drop_connections()  # a server restart while fieldlog sits idle: its pooled connections are dead
        assert len(Records(database).list_sites()) == 40
    finally:
        database.close()


# -- records, the summary and the report ---------------------------------------------------------------------

def test_records_summarize_as_the_records_add_up(pg_url: URL) -> None:
    database = open_store(spelled(pg_url))
    try:
        records = Records(database)
        site = records.record_site(Site(name="Karura Forest", country_code="KE", locality="Nairobi",
                                        latitude=-1.2367, longitude=36.835)).record
        event = records.record_event(Event(event_name="Karura planting day", site_id=site.id,
                                           start=dt.datetime(2026, 5, 31, 9), end=dt.datetime(2026, 5, 31, 12),
                                           participants=12, campaign="MAD-Week 2026")).record
        day = dt.date(2026, 5, 31)
        records.record_activity(Planting(event_id=event.id, date=day, species="Croton megalocarpus", plants=40,
                                         area_m2=100.0))
        records.record_activity(Planting(event_id=event.id, date=day, species="croton  Megalocarpus", plants=5))
        records.record_activity(SeedCollection(event_id=event.id, date=day, species="Melia volkensii",
                                               seed_lot_id="L-1", mass_g=250.5, seed_count=300))
        pickup = LitterPickup(event_id=event.id, date=day, bags=3, weight_kg=4.5)
        records.record_activity(LitterPickup(id=pickup.id, event_id=event.id, date=day, bags=3, weight_kg=4.5,
                                             items=(LitterItem(activity_id=pickup.id, item_category="Bottles",
                                                               item_count=12),)))
        dropped = records.record_activity(Planting(event_id=event.id, date=day, species="Prunus africana",
                                                   plants=7)).record
        records.delete(dropped.id)

        summary = summarize(database)
        assert summary == summarize_from_records(database)
        assert (summary.events, summary.countries, summary.participants) == (1, 1, 12)
        assert summary.planting.activities == 2 and summary.planting.plants == 45
        assert summary.planting.species == 1  # the two spellings are one species
        assert summary.seed_collection.seed_count == 300 and summary.litter_pickup.items == 12
        assert len(records.list_activities(event.id)) == 4

        fill_demo_data(Records(database), events=40, seed=5)  # every kind, several countries and campaigns
        for flt in (NO_FILTER, SummaryFilter(country="ke"), SummaryFilter(campaign="mad-week 2026"),
                    SummaryFilter(date_from=dt.date(2025, 6, 1), date_to=dt.date(2026, 6, 3))):
            # Equal to 1 part in 10^9, as `fieldlog check` compares them: PostgreSQL adds floats up in whatever
            # order it reads them (SQLite's sum compensates rounding), so the last bits may differ.
            assert summarize(database, flt).differences(summarize_from_records(database, flt)) == [], flt
    finally:
        database.close()


def test_the_ser_report_is_written_from_postgresql(pg_url: URL, tmp_path: Path) -> None:
    database = open_store(spelled(pg_url))
    try:
        fill_demo_data(Records(database), events=60, seed=11)
        path = tmp_path / "report.xlsx"
        export_report(database, path)
        expected = flat(summarize(database).to_json_dict())
        table = summary_table(path)
        assert {key: value for key, (value, _, _) in table.items()} == expected
        assert {key: n for key, (_, n, _) in table.items()} == coverage(database).reported
        species = list(openpyxl.load_workbook(path, read_only=True)["Species"].iter_rows(values_only=True))
        plantings = [row for row in species[1:] if row[0] == "Planting"]
        assert plantings and sum(row[3] or 0 for row in plantings) == summarize(database).planting.plants
        # Summed plants stay whole numbers (a union with the areas' column would make them floats).
        assert all(isinstance(row[3], int) for row in plantings if row[3] is not None)
    finally:
        database.close()


# -- refusals ------------------------------------------------------------------------------------------------

def test_a_newer_schema_is_refused_and_left_untouched(pg_url: URL) -> None:
    open_store(spelled(pg_url)).close()
    execute(pg_url, "UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = pg_signature(pg_url)
    with pytest.raises(DatabaseTooNew, match="newer version of fieldlog") as caught:
        open_store(spelled(pg_url))
    assert "9999_from_the_future" in str(caught.value)
    assert pg_signature(pg_url) == before


def test_a_database_that_is_not_fieldlogs_is_refused_and_left_untouched(pg_url: URL) -> None:
    execute(pg_url, "CREATE TABLE birds (id integer PRIMARY KEY, name text NOT NULL)",
            "INSERT INTO birds VALUES (1, 'Hadada ibis'), (2, 'Superb starling')")
    before = pg_signature(pg_url)
    with pytest.raises(NotADatabase, match="not a fieldlog database") as caught:
        open_store(spelled(pg_url))
    assert "birds" in str(caught.value)
    assert pg_signature(pg_url) == before
    assert set(before) == {"birds"}  # no alembic_version, no fieldlog table beside them


def test_a_wrong_password_is_refused_without_showing_it(admin: Engine) -> None:
    with admin.connect() as connection:
        if connection.execute(text("SELECT 1 FROM pg_roles WHERE rolname = :name"),
                              {"name": PASSWORD_GROUP}).first() is None:
            pytest.skip(f"the server has no role {PASSWORD_GROUP} whose members log in with a password "
                        "(.ci/postgresql-cluster creates it)")
    role = f"fieldlog_pw_{uuid.uuid4().hex[:12]}"
    right = f"Right%pass@{uuid.uuid4().hex[:8]}:/?"  # a % (ConfigParser's interpolation) and URL specials
    wrong = f"Wrong%pass@{uuid.uuid4().hex[:8]}"
    with admin.connect() as connection:
        # Straight to psycopg: through SQLAlchemy a % in the statement text would arrive doubled.
        connection.connection.driver_connection.execute(  # type: ignore[union-attr]
            f"CREATE ROLE \"{role}\" LOGIN PASSWORD '{right}' IN ROLE {PASSWORD_GROUP}")
    try:
        with scratch_database(admin, owner=role) as url:
            # The right password opens and migrates it: the URL with its % reaches Alembic safely.
            database = open_store(spelled(url.set(username=role, password=right)))
            try:
                assert current_revision(database.engine) == SCHEMA_HEAD
                assert_no_password(database.display_name, right)
            finally:
                database.close()
            try:
                open_store(spelled(url.set(username=role, password=wrong))).close()
            except DatabaseProblem as error:
                message = str(error)
            else:
                pytest.skip("the server let the role in with a wrong password (it trusts local logins)")
            assert "password" in message and role in message
            assert_no_password(message, right, wrong)
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP ROLE IF EXISTS "{role}"'))


# -- no server needed ----------------------------------------------------------------------------------------

SECRET = "s3cr%et:@/?#w0rd"


def test_a_server_that_is_down_gives_a_message_without_the_password() -> None:
    # A short folder: a unix socket's path must stay under 108 bytes, and pytest's tmp_path can be longer.
    folder = f"/tmp/fieldlog-no-server-{uuid.uuid4().hex[:8]}"
    url = URL.create("postgresql+psycopg", username="coordinator", password=SECRET, database="fieldlog",
                     query={"host": folder})
    with pytest.raises(DatabaseProblem) as caught:
        open_store(spelled(url))
    message = str(caught.value)
    assert_no_password(message, SECRET)
    assert "coordinator" in message  # which database it was, told without the password
    try:
        import psycopg  # noqa: F401
    except ImportError:
        assert "driver is not installed" in message
    else:
        assert "no server is listening" in message


def test_a_socket_folder_too_long_for_the_system_is_said_so() -> None:
    pytest.importorskip("psycopg", reason="the PostgreSQL driver is not installed")
    url = URL.create("postgresql+psycopg", username="coordinator", password=SECRET, database="fieldlog",
                     query={"host": "/tmp/" + "a-very-long-folder-name-" * 6})
    with pytest.raises(DatabaseProblem) as caught:
        open_store(spelled(url))
    assert "path is too long" in str(caught.value)
    assert_no_password(str(caught.value), SECRET)


@pytest.mark.parametrize("location", [
    f"postgresql+psycopg://coordinator:{quote(SECRET, safe='')}@db.example.org:notaport/fieldlog",
    f"nosuchdb://coordinator:{quote(SECRET, safe='')}@db.example.org/fieldlog",
    f"://coordinator:{quote(SECRET, safe='')}@db.example.org/fieldlog",
], ids=["bad-port", "unknown-kind", "no-kind"])
def test_a_bad_url_gives_a_message_without_the_password(location: str) -> None:
    with pytest.raises(DatabaseProblem) as caught:
        open_store(location)
    assert_no_password(str(caught.value), SECRET)


def test_alembic_gets_the_engine_and_never_the_url(tmp_path: Path) -> None:
    # A % in the path (or a password) broke Alembic's ConfigParser; the URL is not handed over at all now.
    database = open_store(tmp_path / "100% volunteers" / "fieldlog.db")
    try:
        assert current_revision(database.engine) == SCHEMA_HEAD
        config = alembic_config(database.engine)
        assert config.get_main_option("sqlalchemy.url") is None
        assert config.attributes["engine"] is database.engine
    finally:
        database.close()


def test_writers_in_several_connections_at_once_lose_nothing(pg_url: URL) -> None:
    """Four writers, each with its own connection, record activities into the same rollup group at once: every
    activity is kept, no writer fails, and the stored totals equal the records (one writer at a time, as on
    SQLite)."""
    setup = open_store(spelled(pg_url))
    try:
        records = Records(setup)
        site = records.record_site(Site(name="Karura Forest", country_code="KE")).record
        event = records.record_event(Event(event_name="Karura planting day", site_id=site.id,
                                           start=dt.datetime(2026, 5, 31, 9), participants=40)).record
    finally:
        setup.close()
    failures: list[BaseException] = []
    start = threading.Barrier(4)

    def writer(number: int) -> None:
        database = open_store(spelled(pg_url))
        try:
            writer_records = Records(database)
            start.wait()
            for step in range(12):
                writer_records.record_activity(Planting(event_id=event.id, date=dt.date(2026, 5, 31),
                                                        species=f"Species {number}", plants=step + 1))
        except BaseException as error:  # reported below, with the others
            failures.append(error)
        finally:
            database.close()

    threads = [threading.Thread(target=writer, args=(number,)) for number in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert not failures, failures
    database = open_store(spelled(pg_url))
    try:
        summary = summarize(database)
        assert summary.differences(summarize_from_records(database)) == []
        assert (summary.planting.activities, summary.planting.plants, summary.planting.species) == (48, 4 * 78, 4)
    finally:
        database.close()
