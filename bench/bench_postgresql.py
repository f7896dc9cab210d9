"""fieldlog on PostgreSQL (issue 9's speed bar), against baselines measured in the same run:

- the summary over 1,000,000 activities: fieldlog's `summarize` against the very SQL it sends, run through
  `psql` (the bar: within 2x); and, for context, against the aggregate over the records themselves;
- the import of a 100,000-row Planting CSV through the import service (preview + apply) into a fresh
  PostgreSQL database, against the same import into a fresh SQLite file (the bar: within 1.5x).

The server: FIELDLOG_BENCH_POSTGRESQL (an admin URL, like the tests' FIELDLOG_TEST_POSTGRESQL), else a
throw-away cluster this script starts with `.ci/postgresql-cluster` and stops at the end. The import is
measured on a server with fsync on (SQLite commits with synchronous=FULL): on the given server when its
fsync is on, else on a throw-away cluster started with `--fsync`.

The summary database is copied from bench_summary.py's SQLite file (`bench/out/summary-1000000.db`, built
by that script when missing) with COPY, then fieldlog rebuilds its rollup. On a given server it is kept
as the database `fieldlog_bench_summary_<N>` and reused while it holds the same number of activities.

How the psql baseline is timed: psql runs a script of the captured statements (their parameters inlined
with psycopg's client-side binding) with `\\timing on` and its output sent to /dev/null; the figure is the
sum of psql's own "Time:" lines, which run from sending a statement until its whole result is read. That
leaves out psql's start and login, which fieldlog does not pay either (its connection is pooled). A
second baseline, the wall time of the psql process minus that of a psql running `SELECT 1`, is printed
beside it as a check.

Usage: python bench/bench_postgresql.py [ACTIVITIES] [RUNS] [IMPORT_RUNS] [--summary-only | --import-only]
(defaults 1,000,000 activities, 7 summary runs, 3 import runs of each backend)
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from _common import OUT, load_text, maxrss_mb
from bench_import import ROWS_PER_EVENT, headers, planting_rows

REPO = Path(__file__).resolve().parent.parent
CLUSTER = REPO / ".ci" / "postgresql-cluster"
IMPORT_VERSION = 1  # bump when the generated CSV changes
RECORD_TABLES = ("import_batches", "sites", "events", "activities", "litter_items")  # parents first


# -- the server --------------------------------------------------------------------------------------

def pg_bin(program: str) -> str:
    """A PostgreSQL client program: the newest /usr/lib/postgresql/*/bin one, else the one on PATH."""
    found = sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{program}"),
                   key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.parent.name)])
    return str(found[-1]) if found else program


@contextlib.contextmanager
def throwaway_cluster(*, fsync: bool) -> Iterator[str]:
    """A cluster of our own (`.ci/postgresql-cluster`), stopped and deleted at the end; yields its admin URL."""
    folder = tempfile.mkdtemp(prefix="fieldlog-bench-pg-")
    try:
        done = subprocess.run([str(CLUSTER), "start", folder, *(["--fsync"] if fsync else [])],
                              check=True, capture_output=True, text=True)
        yield done.stdout.strip().splitlines()[-1]
    finally:
        subprocess.run([str(CLUSTER), "stop", folder], check=False)


def connect_args(url: str) -> dict[str, Any]:
    """psycopg's keyword arguments for a SQLAlchemy URL (what fieldlog's engine would pass)."""
    from sqlalchemy import create_engine

    engine = create_engine(url)
    _args, kwargs = engine.dialect.create_connect_args(engine.url)
    engine.dispose()
    return dict(kwargs)


def conninfo(url: str) -> str:
    """The libpq connection string of a URL, for psql."""
    from psycopg.conninfo import make_conninfo

    return make_conninfo(**{k: v for k, v in connect_args(url).items() if isinstance(v, str | int)})


def with_database(url: str, name: str) -> str:
    """The admin URL pointing at another database."""
    from sqlalchemy.engine import make_url

    return make_url(url).set(database=name).render_as_string(hide_password=False)


def admin(url: str) -> Any:
    """An autocommit psycopg connection (CREATE and DROP DATABASE)."""
    import psycopg

    return psycopg.connect(**connect_args(url), autocommit=True)


def setting(url: str, name: str) -> str:
    """A server setting (SHOW)."""
    with admin(url) as connection:
        return str(connection.execute(f"SHOW {name}").fetchone()[0])


def create_database(url: str, name: str) -> str:
    """A fresh empty database `name` (dropped first if left over); returns its URL."""
    with admin(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')
    return with_database(url, name)


def drop_database(url: str, name: str) -> None:
    """Drop database `name` if it exists."""
    with admin(url) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


# -- the summary database ----------------------------------------------------------------------------

def sqlite_source(wanted: int) -> Path:
    """bench_summary.py's SQLite database of `wanted` activities (built the way that script builds it)."""
    path = OUT / f"summary-{wanted}.db"
    if not path.exists() or sqlite3.connect(path).execute("SELECT count(*) FROM activities").fetchone()[0] < wanted:
        subprocess.run([sys.executable, str(Path(__file__).with_name("bench_summary.py")), str(wanted)], check=True)
    return path


def summary_database(server: str, wanted: int) -> tuple[str, str]:
    """The PostgreSQL copy of the summary database: reused when present and complete, else built.

    Returns (URL, what was done)."""
    from fieldlog.services.database import open_store
    from fieldlog.services.maintenance import rebuild_summary

    source = sqlite_source(wanted)
    with sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True) as lite:
        expected = {table: lite.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
                    for table in RECORD_TABLES}
    name = f"fieldlog_bench_summary_{wanted}"
    url = with_database(server, name)
    with admin(server) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone()
    if exists:
        try:
            with admin(url) as connection:
                have = connection.execute("SELECT count(*) FROM activities").fetchone()[0]
                rebuild = connection.execute("SELECT count(*) FROM app_settings WHERE key = 'summary_rollup'"
                                             ).fetchone()[0]
                rolled = connection.execute("SELECT count(*) FROM rollup_events").fetchone()[0]
            if have == expected["activities"] and not rebuild and rolled:
                open_store(url).close()  # migrates it if fieldlog's schema moved on since
                return url, f"reused the database {name} ({have:,} activities)"
        except Exception as error:  # whatever is wrong with the cached copy: build it again
            print(f"the cached {name} is not usable ({error}); building it again", flush=True)
    start = time.perf_counter()
    create_database(server, name)
    open_store(url).close()  # fieldlog's tables, empty
    with admin(url) as target, sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True) as lite:
        for table in RECORD_TABLES:
            theirs = {row[1] for row in lite.execute(f"PRAGMA table_info({table})")}
            ours = [row[0] for row in target.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s ORDER BY ordinal_position",
                (table,))]
            columns = [c for c in ours if c in theirs]
            listed = ", ".join(f'"{c}"' for c in columns)
            rows = lite.execute(f"SELECT {listed} FROM {table}")  # noqa: S608
            # Text COPY: PostgreSQL parses SQLite's uuid hex, ISO times and 0/1 booleans itself.
            with target.cursor() as cursor, cursor.copy(f"COPY {table} ({listed}) FROM STDIN") as copy:
                while batch := rows.fetchmany(10_000):
                    for row in batch:
                        copy.write_row(row)
        target.execute("VACUUM ANALYZE")
    loaded = time.perf_counter() - start
    database = open_store(url)
    start = time.perf_counter()
    rebuild_summary(database)  # fieldlog's own full rebuild of the rollup
    rebuilt = time.perf_counter() - start
    database.close()
    with admin(url) as connection:
        connection.execute("VACUUM ANALYZE")
    return url, (f"built the database {name}: COPY of {sum(expected.values()):,} rows from {source.name} in "
                 f"{loaded:.1f} s, fieldlog's rollup rebuild in {rebuilt:.1f} s")


# -- capturing the SQL fieldlog sends ----------------------------------------------------------------

def captured_sql(database: Any, work: Callable[[], object]) -> list[str]:
    """The statements `work` sends through the database's engine, parameters inlined (psycopg's own
    client-side binding), transaction control left out."""
    import psycopg
    from sqlalchemy import event

    statements: list[tuple[str, Any]] = []

    def listen(_conn: Any, _cursor: Any, statement: str, parameters: Any, _context: Any, _many: bool) -> None:
        statements.append((statement, parameters))

    event.listen(database.engine, "before_cursor_execute", listen)
    try:
        work()
    finally:
        event.remove(database.engine, "before_cursor_execute", listen)
    raw = database.engine.raw_connection()
    try:
        cursor = psycopg.ClientCursor(raw.driver_connection)
        return [cursor.mogrify(statement, parameters or None) for statement, parameters in statements]
    finally:
        raw.close()


def psql_script(statements: list[str], path: Path) -> Path:
    """A psql script running `statements` with \\timing, results thrown away."""
    path.write_text("\\timing on\n\\o /dev/null\n" + "".join(f"{s.rstrip().rstrip(';')};\n" for s in statements))
    return path


def run_psql(info: str, script: Path) -> tuple[float, float]:
    """(sum of psql's \\timing lines, wall time of the psql process), seconds."""
    start = time.perf_counter()
    done = subprocess.run([pg_bin("psql"), "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", info, "-f", str(script)],
                          check=True, capture_output=True, text=True)
    wall = time.perf_counter() - start
    times = [float(ms) for ms in re.findall(r"^Time: ([\d.]+) ms", done.stdout, re.MULTILINE)]
    return sum(times) / 1000, wall


def loads() -> str:
    """The load averages, for the record."""
    one, five, _fifteen = os.getloadavg()
    return f"load {one:.2f}/{five:.2f}"


def measure_summary(server: str, wanted: int, runs: int) -> None:
    """fieldlog's summary against the same SQL through psql, alternating, medians."""
    from fieldlog.domain.summary import SummaryFilter
    from fieldlog.services.database import open_store
    from fieldlog.services.summary import summarize, summarize_from_records

    url, how = summary_database(server, wanted)
    print(how, flush=True)
    database = open_store(url)
    with database.reading() as session:
        from sqlalchemy import text

        activities = session.scalar(text("SELECT count(*) FROM activities"))
    print(f"database: {activities:,} activities; server {setting(server, 'server_version')}, "
          f"shared_buffers {setting(server, 'shared_buffers')}, fsync {setting(server, 'fsync')}", flush=True)
    info = conninfo(url)
    folder = Path(tempfile.mkdtemp(prefix="fieldlog-bench-psql-"))
    flt = SummaryFilter(campaign="MAD-Week 2026", country="KE")
    cases: list[tuple[str, Callable[[], object], str]] = [
        ("summary, no filter", lambda: summarize(database), "rollup"),
        ("summary, campaign + country filter", lambda: summarize(database, flt), "rollup-filtered"),
        ("summary from the records (fieldlog check)", lambda: summarize_from_records(database), "records"),
    ]
    scripts = {key: psql_script(captured_sql(database, work), folder / f"{key}.sql") for _, work, key in cases}
    noop = psql_script(["SELECT 1"], folder / "noop.sql")
    for key, script in scripts.items():
        print(f"  SQL of {key}: {script.read_text().count(';')} statements ({script})", flush=True)
    # Warm the server's buffers and the engine's statement cache for everything.
    for _name, work, key in cases:
        work()
        run_psql(info, scripts[key])
    ours: dict[str, list[float]] = {key: [] for _, _, key in cases}
    timing: dict[str, list[float]] = {key: [] for key in scripts}
    wall: dict[str, list[float]] = {key: [] for key in scripts}
    noop_wall: list[float] = []
    load_seen = [loads()]
    for _ in range(runs):  # alternating, so drift on the shared machine hits both alike
        for _name, work, key in cases:
            start = time.perf_counter()
            work()
            ours[key].append(time.perf_counter() - start)
            seconds, total = run_psql(info, scripts[key])
            timing[key].append(seconds)
            wall[key].append(total)
        noop_wall.append(run_psql(info, noop)[1])
    load_seen.append(loads())
    database.close()

    def med(values: list[float]) -> float:
        return statistics.median(values)

    base = med(noop_wall)
    for name, _work, key in cases:
        line = (f"{name}: fieldlog median {med(ours[key]):.4f} s over {runs} runs; the same SQL in psql: "
                f"\\timing {med(timing[key]):.4f} s, ratio {med(ours[key]) / med(timing[key]):.2f}x; "
                f"psql wall minus a no-op psql ({base:.3f} s): {med(wall[key]) - base:.4f} s")
        if key.startswith("rollup"):
            line += " (bar: <= 2x \\timing)"
        print(line, flush=True)
    print(f"summary, no filter, against the aggregate over the records in psql (context): "
          f"{med(ours['rollup']):.4f} s vs {med(timing['records']):.4f} s, "
          f"ratio {med(ours['rollup']) / med(timing['records']):.2f}x", flush=True)
    print(f"machine: {' -> '.join(load_seen)} on {os.cpu_count()} cores", flush=True)
    for script in folder.iterdir():
        script.unlink()
    folder.rmdir()


# -- the import --------------------------------------------------------------------------------------

def import_csv(rows: int) -> Path:
    """bench_import.py's Planting rows (the same generator) as a CSV named planting.csv, built once."""
    import csv

    folder = OUT / f"pg-import-{rows}-v{IMPORT_VERSION}"
    path = folder / "planting.csv"  # the file's stem names the sheet: Planting rows, no mapping needed
    if path.exists():
        return path
    folder.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".tmp")
    with open(partial, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(headers())
        for name, start, *middle, day, species, plants, native, stock, area, note in planting_rows(rows):
            writer.writerow([name, start.isoformat(sep=" ", timespec="minutes"), *middle, day.isoformat(), species,
                             plants, native, stock, area, note or ""])
    partial.replace(path)
    return path


def child_import(path: Path, url: str | None) -> dict[str, float]:
    """One import (preview + apply) into a fresh database: an SQLite file, or the PostgreSQL database `url`."""
    from fieldlog.services.database import open_store
    from fieldlog.services.importing import RowStatus, apply_import, preview_import

    folder = tempfile.TemporaryDirectory(prefix="fieldlog-bench-pg-import-")
    database = open_store(url or Path(folder.name) / "import.db")
    start = time.perf_counter()
    cpu = time.process_time()
    preview = preview_import(database, path)
    previewed = time.perf_counter()
    result = apply_import(database, preview)
    done = time.perf_counter()
    cpu = time.process_time() - cpu
    assert preview.count(RowStatus.ERROR) == 0, preview.summary_lines()
    assert result.added >= len(preview.outcomes), result
    database.close()
    folder.cleanup()
    return {"preview": previewed - start, "apply": done - previewed, "total": done - start, "cpu": cpu,
            "added": result.added, "maxrss_mb": maxrss_mb()}


def run_child(path: Path, url: str | None) -> dict[str, float]:
    """One measured import in a fresh Python process."""
    done = subprocess.run([sys.executable, __file__, "--child", str(path), url or ""], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def measure_import(server: str, rows: int, runs: int) -> None:
    """The same CSV into fresh SQLite and fresh PostgreSQL databases, alternating, medians."""
    path = import_csv(rows)
    print(f"import: {rows:,} Planting rows in {path.relative_to(REPO)}, {ROWS_PER_EVENT} per event", flush=True)
    with contextlib.ExitStack() as stack:
        if setting(server, "fsync") != "on":
            server = stack.enter_context(throwaway_cluster(fsync=True))
            where = "a throw-away cluster started with fsync on"
        else:
            where = "the given server"
        print(f"import server: {where}; fsync {setting(server, 'fsync')}, synchronous_commit "
              f"{setting(server, 'synchronous_commit')}, wal_level {setting(server, 'wal_level')}", flush=True)
        lite: list[dict[str, float]] = []
        pg: list[dict[str, float]] = []
        load_seen = [loads()]
        for run in range(runs):
            name = f"fieldlog_bench_import_{os.getpid()}"
            url = create_database(server, name)
            order = [None, url] if run % 2 == 0 else [url, None]  # alternate which goes first
            try:
                for target in order:
                    (pg if target else lite).append(run_child(path, target))
            finally:
                drop_database(server, name)
            print(f"  run {run + 1}: SQLite {lite[-1]['total']:.2f} s, PostgreSQL {pg[-1]['total']:.2f} s "
                  f"({pg[-1]['total'] / lite[-1]['total']:.2f}x); {loads()}", flush=True)
        load_seen.append(loads())

    def med(runs_: list[dict[str, float]], key: str) -> float:
        return statistics.median(r[key] for r in runs_)

    ratios = [p["total"] / s["total"] for p, s in zip(pg, lite, strict=True)]
    print(f"import into SQLite (preview + apply, fresh file): median {med(lite, 'total'):.2f} s over {runs} runs "
          f"(preview {med(lite, 'preview'):.2f} s, apply {med(lite, 'apply'):.2f} s, CPU {med(lite, 'cpu'):.2f} s)",
          flush=True)
    print(f"import into PostgreSQL (the same, fresh database): median {med(pg, 'total'):.2f} s over {runs} runs "
          f"(preview {med(pg, 'preview'):.2f} s, apply {med(pg, 'apply'):.2f} s, CPU {med(pg, 'cpu'):.2f} s); "
          f"ratio {med(pg, 'total') / med(lite, 'total'):.2f}x (bar: <= 1.5x); per run "
          f"{', '.join(f'{r:.2f}x' for r in ratios)}; apply alone {med(pg, 'apply') / med(lite, 'apply'):.2f}x",
          flush=True)
    print(f"records added per import: {int(med(pg, 'added')):,}; peak memory SQLite {med(lite, 'maxrss_mb'):.0f} MB, "
          f"PostgreSQL {med(pg, 'maxrss_mb'):.0f} MB", flush=True)
    print(f"machine: {' -> '.join(load_seen)} on {os.cpu_count()} cores", flush=True)


def main() -> None:
    """Find or start a server, then measure."""
    positional = [a for a in sys.argv[1:] if not a.startswith("--")]
    wanted = int(positional[0]) if positional else 1_000_000
    runs = int(positional[1]) if len(positional) > 1 else 7
    import_runs = int(positional[2]) if len(positional) > 2 else 3
    given = os.environ.get("FIELDLOG_BENCH_POSTGRESQL")
    OUT.mkdir(exist_ok=True)
    print(f"Python {sys.version.split()[0]}; {load_text()}", flush=True)
    with contextlib.ExitStack() as stack:
        server = given or stack.enter_context(throwaway_cluster(fsync=False))
        if "--import-only" not in sys.argv:
            measure_summary(server, wanted, runs)
        if "--summary-only" not in sys.argv:
            measure_import(server, 100_000, import_runs)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        print(json.dumps(child_import(Path(sys.argv[2]), sys.argv[3] or None)), flush=True)
    else:
        main()
