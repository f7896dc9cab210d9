"""The long crash-consistency run: many SIGKILLs of writers saving records, importing 5,000 rows and merging a
package, checked after every kill (tests/test_crash.py holds the harness); prints one line per figure.

    .venv/bin/python bench/crash_soak.py --kills 1000 --modes single
    .venv/bin/python bench/crash_soak.py --kills 10000            # 70% single, 15% import, 15% merge, as in the tests

Each mode's kills are split over `--jobs` processes (2: both cores), each with its own writer server and files.
The exit status is 1 when any kill lost, tore or damaged anything.
"""

from __future__ import annotations

import argparse
import math
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))  # the harness lives in tests/, which is not installed

from tests.test_crash import (  # noqa: E402
    SHARES,
    Figures,
    ForkServer,
    demo_database,
    planting_workbook,
    run_batch,
    run_single,
    scratch,
)

FIGURES = (
    ("kills", "kills"),
    ("acknowledged", "acknowledged writes (single: saves and deletions; import/merge: runs that printed done)"),
    ("in_doubt", "unacknowledged writes found committed (killed between commit and acknowledgment)"),
    ("lost", "acknowledged records lost"),
    ("extra", "kills that left more than one unacknowledged write"),
    ("torn", "torn records (a litter pickup without all its items)"),
    ("integrity_failures", "integrity_check or foreign_key_check failures"),
    ("summary_mismatches", "summary rollup differing from the records"),
    ("old", "kills that left the old database"),
    ("complete", "kills that left the complete import or merge"),
    ("partial", "kills that left anything else"),
    ("source_changed", "source files changed (the workbook or the package)"),
    ("listed_partial_backups", "partial backups offered as backups"),
)


def job(mode: str, kills: int, seed: int, tmp: str) -> Figures:
    """One process's share of a mode's kills, with its own writer server and files."""
    with scratch(Path(tmp)) as folder:
        server = ForkServer(folder / "writers.log")
        try:
            if mode == "single":
                return run_single(server, folder, kills, seed)
            files = folder / "files"
            files.mkdir()
            if mode == "import":
                base = demo_database(files / "base.db", events=20, seed=11)
                source = planting_workbook(files / "planting.xlsx")
            else:
                from fieldlog.services.database import open_store
                from fieldlog.services.exchange import export_package

                laptop = open_store(demo_database(files / "laptop.db", events=60, seed=21))
                try:
                    export_package(laptop, files / "laptop.fieldlog")
                finally:
                    laptop.close()
                base, source = demo_database(files / "base.db", events=30, seed=22), files / "laptop.fieldlog"
            return run_batch(server, mode, base, source, folder, kills, seed)
        finally:
            server.close()


def main() -> None:
    """Run the kills and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=1000, help="kills in all (split by mode as in the tests)")
    parser.add_argument("--modes", default="single,import,merge")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--tmp", default="/tmp", help="folder used when there is no tmpfs (/dev/shm)")
    args = parser.parse_args()
    modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    share = sum(SHARES[mode] for mode in modes)
    began = time.monotonic()
    futures = []
    with ProcessPoolExecutor(args.jobs) as pool:
        for mode in modes:
            kills = math.ceil(args.kills * SHARES[mode] / share)
            for part in range(args.jobs):
                count = kills // args.jobs + (part < kills % args.jobs)
                if count:
                    futures.append((mode, pool.submit(job, mode, count, args.seed * 1000 + part, args.tmp)))
    totals = {mode: Figures(mode) for mode in modes}
    for mode, future in futures:
        totals[mode].merge(future.result())
    failed = False
    for mode in modes:
        figures = totals[mode]
        for name, label in FIGURES:
            if mode == "single" and name in ("old", "complete", "partial", "source_changed", "listed_partial_backups"):
                continue
            if mode != "single" and name in ("in_doubt", "extra"):
                continue
            print(f"{mode}: {label}: {getattr(figures, name):,}", flush=True)
        if mode != "single" and figures.kills:
            print(f"{mode}: all or nothing: {100 * (figures.old + figures.complete) / figures.kills:.1f}%")
        print(f"{mode}: seconds of work (both jobs): {figures.seconds:,.0f}")
        for problem in figures.problems:
            print(f"{mode}: PROBLEM {problem}")
        failed |= bool(figures.problems)
    print(f"wall-clock seconds: {time.monotonic() - began:,.0f}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
