"""The exchange package at about 100,000 activities: export, and merge into an empty database, against bare
sqlite3 doing the same work by hand in the same run.

Every measured run happens in a child process of its own (its peak memory, VmHWM, is that run's alone):

- export: `export_package` of the whole database; baseline: sqlite3 reading the same five tables and
  writing each row as a JSON line into a deflated zip member (what any dump to JSON Lines costs).
- merge: `fieldlog --db X import package.fieldlog` in a child process, the way a user runs it: the
  one-pass `merge_package` (reading and verifying every member while writing, backup, one transaction,
  summary rollup); baseline: reading the same members from the zip with `json.loads` and inserting the
  rows with sqlite3 `executemany` into an empty database of the same schema, in one transaction.
  The child's CPU time is its rusage (user + system).
- the same package imported again (nothing to do, nothing written, no backup kept).
- for comparison, the window's way: `preview_merge` + `apply_merge` (two reads of the package).

Ratios are fieldlog's seconds over the baseline's: lower is better, 2.0x means twice the bare work. Each
figure also has the child's CPU time, which a machine shared with other work stretches far less than the
wall clock; the load average is printed at the end.

Usage: python bench/bench_package.py [EVENTS] [RUNS] [--no-preview]   (32,000 demo events make about 100,000
activities; the database is built once and kept in bench/out/)
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Any

from _common import OUT, maxrss_mb

BUILD_VERSION = 1  # bump when the generated content changes
TABLES = ("import_batches", "sites", "events", "activities", "litter_items")



def build(path: Path, events: int) -> None:
    """Demo data of `events` events (about 3.4 activities each) in a fresh database."""
    from fieldlog.services.database import open_store
    from fieldlog.services.demo import fill_demo_data
    from fieldlog.services.records import Records

    partial = path.with_suffix(".partial.db")
    partial.unlink(missing_ok=True)
    database = open_store(partial)
    fill_demo_data(Records(database), events=events, seed=1)
    database.close()
    partial.rename(path)


def counts(path: Path) -> dict[str, int]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {table: connection.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]  # noqa: S608
                for table in TABLES}
    finally:
        connection.close()


# -- children: one measured run each ----------------------------------------------------------------

def child_export(source: Path, out: Path) -> dict[str, float]:
    from fieldlog.services.database import open_store
    from fieldlog.services.exchange import export_package

    database = open_store(source, quick_check=False)
    start, cpu = time.perf_counter(), time.process_time()
    result = export_package(database, out)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    database.close()
    return {"seconds": seconds, "cpu": cpu, "records": result.records, "bytes": out.stat().st_size,
            "maxrss_mb": maxrss_mb()}


def child_export_baseline(source: Path, out: Path) -> dict[str, float]:
    """Bare sqlite3: every row of the five tables as a JSON line into a deflated zip (values as stored)."""
    start, cpu = time.perf_counter(), time.process_time()
    connection = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    records = 0
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        for table in TABLES:
            cursor = connection.execute(f'SELECT * FROM "{table}" ORDER BY id')  # noqa: S608
            names = [column[0] for column in cursor.description]
            with archive.open(f"{table}.jsonl", "w") as member:
                while rows := cursor.fetchmany(2000):
                    member.write(("\n".join(json.dumps(dict(zip(names, row, strict=True)), separators=(",", ":"))
                                            for row in rows) + "\n").encode())
                    records += len(rows)
    connection.close()
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "records": records,
            "bytes": out.stat().st_size, "maxrss_mb": maxrss_mb()}


def child_import(package: Path, folder: Path) -> dict[str, float]:
    """`fieldlog import` of the package into an empty database, run as a user runs it (the CLI in a process
    of its own), then the same again; wall and CPU (rusage of the CLI's process) of each."""
    from fieldlog.services.database import open_store

    target = folder / "import.db"
    open_store(target).close()  # the empty database exists, as it would for a user
    figures: dict[str, float] = {}
    for name in ("import", "again"):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        done = subprocess.run([sys.executable, "-m", "fieldlog", "--db", str(target), "import", str(package)],
                              capture_output=True, text=True, check=False)
        figures[name] = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        figures[f"{name}_cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        figures[f"{name}_maxrss_mb"] = after.ru_maxrss / 1024
        if done.returncode != 0:
            raise SystemExit(f"fieldlog import failed: {done.stderr[-2000:]}")
    figures["seconds"], figures["cpu"] = figures["import"], figures["import_cpu"]
    figures["written"] = counts(target)["activities"]
    return figures


def child_merge(package: Path, folder: Path) -> dict[str, float]:
    from fieldlog.services.database import open_store
    from fieldlog.services.exchange import apply_merge, preview_merge

    database = open_store(folder / "merge.db")
    start, cpu = time.perf_counter(), time.process_time()
    preview = preview_merge(database, package)
    previewed = time.perf_counter()
    result = apply_merge(database, preview)
    applied, cpu = time.perf_counter(), time.process_time() - cpu
    peak = maxrss_mb()
    again = preview_merge(database, package)
    done = time.perf_counter()
    assert again.changes == 0, again.summary_lines()
    database.close()
    return {"preview": previewed - start, "apply": applied - previewed, "seconds": applied - start, "cpu": cpu,
            "written": result.written, "again": done - applied, "maxrss_mb": peak}


def child_merge_baseline(package: Path, folder: Path) -> dict[str, float]:
    """Bare sqlite3: the package's JSON lines inserted with executemany into an empty database of the same
    schema (made by fieldlog before the clock starts), in one transaction; no checks, no rollup."""
    from fieldlog.services.database import open_store

    target = folder / "bare.db"
    open_store(target).close()
    start, cpu = time.perf_counter(), time.process_time()
    connection = sqlite3.connect(target, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=FULL")
    connection.execute("PRAGMA foreign_keys=ON")
    connection.execute("BEGIN IMMEDIATE")
    records = 0
    with zipfile.ZipFile(package) as archive:
        for table in TABLES:
            with archive.open(f"{table}.jsonl") as member:
                rows: list[dict[str, Any]] = []
                for line in member:
                    rows.append(json.loads(line))
                    if len(rows) == 2000:
                        records += _insert(connection, table, rows)
                        rows = []
                records += _insert(connection, table, rows)
    connection.execute("COMMIT")
    connection.close()
    return {"seconds": time.perf_counter() - start, "cpu": time.process_time() - cpu, "records": records,
            "maxrss_mb": maxrss_mb()}


def _insert(connection: sqlite3.Connection, table: str, rows: list[dict[str, Any]]) -> int:
    if not rows:
        return 0
    names = list(rows[0])
    columns = ", ".join(f'"{name}"' for name in names)
    sql = f'INSERT INTO "{table}" ({columns}) VALUES ({", ".join("?" for _ in names)})'  # noqa: S608
    connection.executemany(sql, [tuple(row[n] for n in names) for row in rows])
    return len(rows)


def run_child(mode: str, *paths: Path) -> dict[str, float]:
    """One measured run in a fresh Python process."""
    done = subprocess.run([sys.executable, __file__, "--child", mode, *map(str, paths)], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    """Build (once) and measure."""
    numbers = [arg for arg in sys.argv[1:] if not arg.startswith("--")]
    events = int(numbers[0]) if numbers else 32_000
    repeat = int(numbers[1]) if len(numbers) > 1 else 3
    with_preview = "--no-preview" not in sys.argv  # skip the window's preview + apply for a quicker run
    OUT.mkdir(exist_ok=True)
    source = OUT / f"package-{events}-v{BUILD_VERSION}.db"
    if not source.exists():
        start = time.perf_counter()
        build(source, events)
        print(f"built {source.name} in {time.perf_counter() - start:.1f} s", flush=True)
    sizes = counts(source)
    print("database: " + ", ".join(f"{n:,} {table.replace('_', ' ')}" for table, n in sizes.items()), flush=True)

    exports, bare_exports, merges, bare_merges, imports = [], [], [], [], []
    with tempfile.TemporaryDirectory(prefix="fieldlog-bench-package-") as name:
        folder = Path(name)
        package = folder / "bench.fieldlog"
        for run in range(repeat):  # interleaved, so drift on the shared machine hits both alike
            bare_exports.append(run_child("export_baseline", source, folder / "bare.zip"))
            exports.append(run_child("export", source, package))
            for old in folder.glob("run-*"):
                for path in sorted(old.rglob("*"), reverse=True):
                    path.unlink() if path.is_file() else path.rmdir()
                old.rmdir()
            work = folder / f"run-{run}"
            work.mkdir()
            bare_merges.append(run_child("merge_baseline", package, work))
            imports.append(run_child("import", package, work))
            if with_preview:
                merges.append(run_child("merge", package, work))
    n = len(exports)
    ours, base = median(exports, "seconds"), median(bare_exports, "seconds")
    records = int(exports[0]["records"])
    print(f"export package ({records:,} records, {median(exports, 'bytes') / 2**20:.1f} MB): median {ours:.2f} s "
          f"over {n} runs; baseline (bare sqlite3 to JSON lines in a zip) {base:.2f} s; ratio {ours / base:.2f}x "
          f"(target < 30 s); CPU {median(exports, 'cpu'):.2f} s, baseline {median(bare_exports, 'cpu'):.2f} s",
          flush=True)
    print(f"export peak memory: median {median(exports, 'maxrss_mb'):.0f} MB; baseline "
          f"{median(bare_exports, 'maxrss_mb'):.0f} MB", flush=True)
    ours, base = median(imports, "seconds"), median(bare_merges, "seconds")
    print(f"fieldlog import (one pass) into an empty database ({int(imports[0]['written']):,} activities): median "
          f"{ours:.2f} s over {n} runs; baseline (bare json.loads + executemany) {base:.2f} s; ratio "
          f"{ours / base:.2f}x (target < 30 s); CPU {median(imports, 'cpu'):.2f} s (whole CLI process), baseline "
          f"{median(bare_merges, 'cpu'):.2f} s, CPU ratio {median(imports, 'cpu') / median(bare_merges, 'cpu'):.2f}x; "
          f"peak memory {median(imports, 'import_maxrss_mb'):.0f} MB", flush=True)
    print(f"the same package imported again (nothing written, no backup kept): median "
          f"{median(imports, 'again'):.2f} s, CPU {median(imports, 'again_cpu'):.2f} s", flush=True)
    if not merges:
        print(f"load average while measuring (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())} on "
              f"{os.cpu_count()} CPUs", flush=True)
        return
    ours = median(merges, "seconds")
    print(f"merge into an empty database (preview + apply, {int(merges[0]['written']):,} records written): median "
          f"{ours:.2f} s over {n} runs; baseline (bare json.loads + executemany) {base:.2f} s; "
          f"ratio {ours / base:.2f}x (target < 30 s); CPU {median(merges, 'cpu'):.2f} s, baseline "
          f"{median(bare_merges, 'cpu'):.2f} s", flush=True)
    print(f"merge: preview median {median(merges, 'preview'):.2f} s, apply median {median(merges, 'apply'):.2f} s; "
          f"peak memory median {median(merges, 'maxrss_mb'):.0f} MB; baseline "
          f"{median(bare_merges, 'maxrss_mb'):.0f} MB", flush=True)
    print(f"the same package again (preview finds nothing to do): median {median(merges, 'again'):.2f} s",
          flush=True)
    print(f"load average while measuring (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in os.getloadavg())} on "
          f"{os.cpu_count()} CPUs; wall times on a busy machine stretch, CPU times much less", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        task = {"export": child_export, "import": child_import, "export_baseline": child_export_baseline,
                "merge": child_merge, "merge_baseline": child_merge_baseline}[sys.argv[2]]
        print(json.dumps(task(Path(sys.argv[3]), Path(sys.argv[4]))), flush=True)
    else:
        main()
