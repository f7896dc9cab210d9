"""Importing a 100,000-row Planting workbook (activity rows that create their events), against bare
openpyxl reading the same file in read-only mode, touching every cell, in the same run.

Every measured run happens in a child process of its own, so its peak memory (VmHWM) is that run's
alone: the baseline's read, and fieldlog's preview + apply into a fresh SQLite file. The child that
imports then imports the same file again (nothing changed: 0 added). A third child times the preview's
first screen on a copy of the workbook that has the <dimension> element Excel writes.

The ratios here are of throughput (fieldlog's rows/s over the baseline's): higher is better, 0.5x means
fieldlog takes twice the bare read's time.

Usage: python bench/bench_import.py [ROWS] [RUNS]   (the workbook is built once and kept in bench/out/)
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import random
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _common import OUT, maxrss_mb

ROWS_PER_EVENT = 50
BUILD_VERSION = 1  # bump when the generated content changes

# Species on the shipped checklist that are native in Kenya (resources/species.csv), so rows pass the checks.
SPECIES = ("Adansonia digitata", "Afrocarpus falcatus", "Avicennia marina", "Balanites aegyptiaca",
           "Croton megalocarpus", "Faidherbia albida", "Juniperus procera", "Markhamia lutea", "Melia volkensii",
           "Olea europaea", "Prunus africana", "Rhizophora mucronata", "Senegalia senegal", "Tamarindus indica",
           "Vachellia tortilis", "Vachellia xanthophloea", "Warburgia ugandensis")
PLACES = ("Karura Forest", "Ngong Road Forest", "Oloolua Forest", "Kakamega Forest", "Mount Kenya East",
          "Aberdare Gate", "Kereita Forest", "Chyulu Hills", "Taita Hills", "Arabuko Sokoke", "Mida Creek",
          "Gazi Bay", "Lake Naivasha Shore", "Kinale Forest", "Mau Escarpment", "Machakos Hills")
STOCK = ("Container", "Container", "Container", "Bare root", "Cutting", "Plug")
NOTES = ("watered after planting", "mulched", "fenced against goats", "school group planted this plot",
         "seedlings from the county nursery", "replacement for last season's losses")


def headers() -> list[str]:
    """The template headers: the Planting sheet's own columns and the event fields a row may carry."""
    from fieldlog.domain.kinds import ActivityKind
    from fieldlog.io.columns import ACTIVITY_SHEETS, EVENTS

    planting, events = ACTIVITY_SHEETS[ActivityKind.PLANTING], EVENTS
    return [planting.column("event_name").header, events.column("start").header, events.column("site_name").header,
            events.column("country_code").header, events.column("participants").header,
            planting.column("date").header, planting.column("species").header, planting.column("plants").header,
            planting.column("native_status").header, planting.column("stock_type").header,
            planting.column("area_m2").header, planting.column("notes").header]


def planting_rows(rows: int) -> Iterator[list[Any]]:
    """`rows` Planting rows (dates and times as Python values, no note as None), ROWS_PER_EVENT per event,
    always the same for the same count: this benchmark's workbook and bench_postgresql.py's CSV share them."""
    rng = random.Random(7)
    sites = [f"{place} plot {n}" for place in PLACES for n in range(1, 7)]  # 96 sites
    first_day, days = dt.date(2024, 1, 1), (dt.date(2025, 12, 31) - dt.date(2024, 1, 1)).days
    written = 0
    number = 0
    while written < rows:
        number += 1
        site = rng.choice(sites)
        day = first_day + dt.timedelta(days=rng.randrange(days + 1))
        start = dt.datetime.combine(day, dt.time(rng.choice((8, 9, 10)), rng.choice((0, 30))))
        name = f"{site.split(' plot')[0]} planting day {number}"
        participants = rng.randint(8, 120)
        for _ in range(min(ROWS_PER_EVENT, rows - written)):
            plants = rng.randint(5, 400)
            area = round(plants * rng.uniform(2.0, 9.0), 1)
            note = rng.choice(NOTES) if rng.random() < 0.2 else None
            yield [name, start, site, "KE", participants, day, rng.choice(SPECIES), plants, "Native",
                   rng.choice(STOCK), area, note]
            written += 1


def build(path: Path, rows: int) -> None:
    """A Planting workbook of `rows` rows, written with openpyxl's write-only mode."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Planting")
    sheet.append(headers())
    for row in planting_rows(rows):
        sheet.append(row)
    workbook.save(path)


def with_dimension(source: Path, target: Path, rows: int) -> None:
    """The same workbook with the <dimension> element Excel and LibreOffice write (openpyxl's write-only
    mode leaves it out, and openpyxl's read-only mode then parses the whole sheet on every open to size it)."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for member in old.infolist():
            data = old.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                from openpyxl.utils import get_column_letter

                last = get_column_letter(len(headers()))
                data = data.replace(b"<sheetViews>", f'<dimension ref="A1:{last}{rows + 1}" /><sheetViews>'.encode(), 1)
                assert b"<dimension " in data
            new.writestr(member, data)



# -- children: one measured run each ----------------------------------------------------------------

def child_baseline(path: Path) -> dict[str, float]:
    """Bare openpyxl: open read-only and touch every cell value of the sheet."""
    import openpyxl

    start = time.perf_counter()
    workbook = openpyxl.load_workbook(path, read_only=True)
    rows = 0
    for row in workbook["Planting"].iter_rows():
        for cell in row:
            cell.value  # noqa: B018
        rows += 1
    workbook.close()
    return {"seconds": time.perf_counter() - start, "rows": rows - 1, "maxrss_mb": maxrss_mb()}


def child_import(path: Path) -> dict[str, float]:
    """fieldlog: preview + apply into a fresh database, then the same file again."""
    from fieldlog.services.database import open_store
    from fieldlog.services.importing import RowStatus, apply_import, preview_import

    folder = tempfile.TemporaryDirectory(prefix="fieldlog-bench-import-")
    database = open_store(Path(folder.name) / "import.db")
    before = maxrss_mb()
    first: list[float] = []

    def on_outcomes(outcomes: list[Any]) -> None:
        if not first and outcomes:
            first.append(time.perf_counter())

    start = time.perf_counter()
    preview = preview_import(database, path, on_outcomes=on_outcomes)
    previewed = time.perf_counter()
    result = apply_import(database, preview)
    applied = time.perf_counter()
    peak = maxrss_mb()
    rows = len(preview.outcomes)
    assert preview.count(RowStatus.ERROR) == 0, preview.summary_lines()
    assert result.added >= rows, result  # every row, plus its events and sites

    again = time.perf_counter()
    preview2 = preview_import(database, path)
    result2 = apply_import(database, preview2)
    done = time.perf_counter()
    assert result2.added == 0 and result2.updated == 0, result2
    database.close()
    folder.cleanup()
    return {"rows": rows, "added": result.added, "first_outcomes": first[0] - start, "preview": previewed - start,
            "apply": applied - previewed, "total": applied - start, "maxrss_mb": peak, "open_mb": before,
            "reimport": done - again, "reimport_unchanged": result2.unchanged,
            "warnings": sum(1 for o in preview.outcomes if o.reasons)}


def child_first(path: Path) -> dict[str, float]:
    """fieldlog: preview until the first outcomes are delivered (the first screen), then stop."""
    from fieldlog.services.database import open_store
    from fieldlog.services.importing import preview_import

    class Delivered(Exception):
        pass

    def on_outcomes(outcomes: list[Any]) -> None:
        raise Delivered

    folder = tempfile.TemporaryDirectory(prefix="fieldlog-bench-import-")
    database = open_store(Path(folder.name) / "first.db")
    start = time.perf_counter()
    with contextlib.suppress(Delivered):
        preview_import(database, path, on_outcomes=on_outcomes)
    seconds = time.perf_counter() - start
    database.close()
    folder.cleanup()
    return {"first_outcomes": seconds}


def run_child(mode: str, path: Path) -> dict[str, float]:
    """One measured run in a fresh Python process."""
    done = subprocess.run([sys.executable, __file__, "--child", mode, str(path)], check=True,
                          capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    """Build (once) and measure."""
    rows = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    OUT.mkdir(exist_ok=True)
    path = OUT / f"import-{rows}-v{BUILD_VERSION}.xlsx"
    if not path.exists():
        start = time.perf_counter()
        build(path, rows)
        print(f"built {path.name} ({path.stat().st_size / 2**20:.1f} MB) in {time.perf_counter() - start:.1f} s",
              flush=True)
    excel_like = path.with_name(path.stem + "-dimension.xlsx")
    if not excel_like.exists():
        with_dimension(path, excel_like, rows)
    print(f"workbook: {rows:,} Planting rows, {len(headers())} typed columns, {ROWS_PER_EVENT} rows per event",
          flush=True)

    base, base_dim, ours, first = [], [], [], []
    for _ in range(repeat):  # interleaved, so drift on the shared machine hits both alike
        base.append(run_child("baseline", path))
        base_dim.append(run_child("baseline", excel_like))
        ours.append(run_child("import", path))
        first.append(run_child("first", excel_like))
    n = len(ours)
    base_rate = rows / median(base, "seconds")
    ours_rate = rows / median(ours, "total")
    print(f"bare openpyxl read-only, every cell: median {median(base, 'seconds'):.2f} s over {n} runs "
          f"= {base_rate:,.0f} rows/s; peak memory {median(base, 'maxrss_mb'):.0f} MB", flush=True)
    print(f"import (preview + apply, fresh database): median {median(ours, 'total'):.2f} s over {n} runs "
          f"= {ours_rate:,.0f} rows/s; baseline {base_rate:,.0f} rows/s; ratio {ours_rate / base_rate:.2f}x "
          f"(target >= 0.5x)", flush=True)
    dim_rate = rows / median(base_dim, "seconds")
    print(f"the same import against bare openpyxl on the copy with <dimension> (no whole-sheet scan on open, "
          f"which fieldlog skips too): baseline median {median(base_dim, 'seconds'):.2f} s = {dim_rate:,.0f} rows/s; "
          f"ratio {ours_rate / dim_rate:.2f}x", flush=True)
    print(f"import peak memory (whole process): median {median(ours, 'maxrss_mb'):.0f} MB over {n} runs "
          f"(target < 400 MB); baseline {median(base, 'maxrss_mb'):.0f} MB; "
          f"ratio {median(ours, 'maxrss_mb') / median(base, 'maxrss_mb'):.2f}x; "
          f"after open_store {median(ours, 'open_mb'):.0f} MB", flush=True)
    print(f"preview, first outcomes delivered: median {median(ours, 'first_outcomes'):.3f} s over {n} runs "
          f"(target < 2 s)", flush=True)
    print(f"preview, first outcomes, the same workbook with the <dimension> element Excel writes: median "
          f"{median(first, 'first_outcomes'):.3f} s over {n} runs (target < 2 s)", flush=True)
    print(f"preview, whole: median {median(ours, 'preview'):.2f} s over {n} runs; "
          f"apply: median {median(ours, 'apply'):.2f} s ({int(median(ours, 'added')):,} records added)", flush=True)
    print(f"re-import, unchanged (0 added): median {median(ours, 'reimport'):.2f} s over {n} runs "
          f"= {rows / median(ours, 'reimport'):,.0f} rows/s; ratio to baseline "
          f"{rows / median(ours, 'reimport') / base_rate:.2f}x", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        task = {"baseline": child_baseline, "import": child_import, "first": child_first}[sys.argv[2]]
        print(json.dumps(task(Path(sys.argv[3]))), flush=True)
    else:
        main()
