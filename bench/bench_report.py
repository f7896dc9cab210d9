"""The SER report workbook of the 1,000,000-activity database (bench_summary.py's, built once in bench/out/),
against two baselines measured in the same run, each writing as many 12-column typed rows as the report
has detail rows: bare openpyxl in write-only mode, and bare XlsxWriter in constant-memory mode (the writer
the report uses).

Every measured run happens in a child process of its own, so its peak memory (VmHWM) is that run's alone.
Another child times reading the records without writing anything (iter_event_records and the rows of the
column spec), which is the floor the workbook's writing adds to, and the SQL aggregates of the Summary and
Species sheets. (An earlier version also had "proposed" children that patched a faster reader into
export_source; that reader is the app's own now.)

Ratios are of throughput (rows/s over the baseline's): higher is better.

Usage: python bench/bench_report.py [ACTIVITIES] [RUNS]
"""

from __future__ import annotations

import datetime as dt
import json
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from _common import OUT, maxrss_mb

SHEET_ROWS = 1_048_576  # Excel's limit per sheet, the header included
HEADERS = ["Activity id", "Event", "Date", "Start", "Species", "Plants", "Area (m²)", "Latitude", "Longitude",
           "Stock type", "Bags", "Notes"]



def database_path(activities: int) -> Path:
    """bench_summary.py's database of `activities` activities, built here (as bench_summary.py builds it) only
    when it is not there yet: a database that exists is used as it is, since other benchmarks share it."""
    from fieldlog.services.database import open_store
    from fieldlog.services.demo import fill_demo_data
    from fieldlog.services.records import Records

    OUT.mkdir(exist_ok=True)
    path = OUT / f"summary-{activities}.db"
    if not path.exists():
        database = open_store(path)
        start = time.perf_counter()
        fill_demo_data(Records(database), events=int(activities / 3.125) + 1, seed=7)
        print(f"built {path.name} in {time.perf_counter() - start:.1f} s", flush=True)
        database.close()
    return path


def typed_rows(count: int) -> Iterator[list[Any]]:
    """`count` rows of 12 typed values like an activity sheet's: ids and text, dates, numbers, some blanks.
    A pool of rows is cycled, so making them costs next to nothing beside the writing."""
    pool = []
    for n in range(997):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=n % 600)
        pool.append([str(uuid.UUID(int=n * 7919 + 1)), f"Karura Forest restoration day {n}", day,
                     dt.datetime.combine(day, dt.time(9, 30)), "Croton megalocarpus", 10 + n % 400,
                     float(n % 97) * 4.5, -1.2367 + n / 1e6, 36.835 - n / 1e6, "Container", n % 30,
                     "watered after planting" if n % 5 == 0 else None])
    for n in range(count):
        yield pool[n % len(pool)]


# -- children: one measured run each ----------------------------------------------------------------------

def child_openpyxl(rows: int) -> dict[str, float]:
    """Bare openpyxl write-only: header and `rows` rows, a new sheet every SHEET_ROWS rows."""
    from openpyxl import Workbook

    folder = tempfile.TemporaryDirectory(prefix="fieldlog-bench-report-", dir=OUT)
    start = time.perf_counter()
    workbook = Workbook(write_only=True)
    sheet: Any = None
    written = SHEET_ROWS
    for values in typed_rows(rows):  # openpyxl gives dates and datetimes a date format itself
        if written >= SHEET_ROWS:
            sheet = workbook.create_sheet(f"Rows {len(workbook.worksheets) + 1}")
            sheet.append(HEADERS)
            written = 1
        sheet.append(values)
        written += 1
    path = Path(folder.name) / "openpyxl.xlsx"
    workbook.save(path)
    seconds = time.perf_counter() - start
    size = path.stat().st_size
    folder.cleanup()
    return {"seconds": seconds, "rows": rows, "maxrss_mb": maxrss_mb(), "mb": size / 2**20}


def child_xlsxwriter(rows: int) -> dict[str, float]:
    """Bare XlsxWriter constant_memory: the same rows, each cell by its type's method (as the report writes)."""
    import xlsxwriter

    folder = tempfile.TemporaryDirectory(prefix="fieldlog-bench-report-", dir=OUT)
    path = Path(folder.name) / "xlsxwriter.xlsx"
    start = time.perf_counter()
    workbook = xlsxwriter.Workbook(str(path), {"constant_memory": True, "tmpdir": folder.name,
                                               "strings_to_formulas": False, "strings_to_urls": False,
                                               "use_zip64": True})
    date_format = workbook.add_format({"num_format": "yyyy-mm-dd"})
    datetime_format = workbook.add_format({"num_format": "yyyy-mm-dd hh:mm"})
    sheet: Any = None
    row_number = SHEET_ROWS
    for values in typed_rows(rows):
        if row_number >= SHEET_ROWS:
            sheet = workbook.add_worksheet(f"Rows {len(workbook.worksheets()) + 1}")
            for col, header in enumerate(HEADERS):
                sheet.write_string(0, col, header)
            row_number = 1
        for col, value in enumerate(values):
            if value is None:
                continue
            if isinstance(value, str):
                sheet.write_string(row_number, col, value)
            elif isinstance(value, dt.datetime):
                sheet.write_datetime(row_number, col, value, datetime_format)
            elif isinstance(value, dt.date):
                sheet.write_datetime(row_number, col, value, date_format)
            else:
                sheet.write_number(row_number, col, value)
        row_number += 1
    workbook.close()
    seconds = time.perf_counter() - start
    size = path.stat().st_size
    folder.cleanup()
    return {"seconds": seconds, "rows": rows, "maxrss_mb": maxrss_mb(), "mb": size / 2**20}


def child_read(db: Path) -> dict[str, float]:
    """fieldlog: the SQL of the Summary and Species sheets, then reading the rows alone (no workbook)."""
    from fieldlog.io.table_rows import event_rows
    from fieldlog.services import reporting
    from fieldlog.services.database import open_store

    database = open_store(db, quick_check=False)
    start = time.perf_counter()
    reporting.report_content(database)
    content = time.perf_counter() - start

    start = time.perf_counter()
    read = 0
    for records in reporting.iter_event_records(database):
        for _ in event_rows(records.event, records.site, records.activities):
            read += 1
    reading = time.perf_counter() - start
    after_read = maxrss_mb()
    database.close()
    return {"content": content, "read": reading, "rows": read, "read_mb": after_read}


def child_export(db: Path) -> dict[str, float]:
    """fieldlog: export_report of the whole database, in a process of its own (for its peak memory)."""
    from fieldlog.services.database import open_store
    from fieldlog.services.reporting import export_report

    database = open_store(db, quick_check=False)
    opened = maxrss_mb()
    folder = tempfile.TemporaryDirectory(prefix="fieldlog-bench-report-", dir=OUT)
    path = Path(folder.name) / "report.xlsx"
    start = time.perf_counter()
    result = export_report(database, path)
    seconds = time.perf_counter() - start
    size = path.stat().st_size
    sheets = _sheet_count(path)
    folder.cleanup()
    database.close()
    return {"seconds": seconds, "rows": result.records, "maxrss_mb": maxrss_mb(), "open_mb": opened,
            "mb": size / 2**20, "sheets": sheets, **{f"count_{key}": value for key, value in result.counts.items()}}


def _sheet_count(path: Path) -> int:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return sum(1 for name in archive.namelist() if name.startswith("xl/worksheets/sheet"))


def run_child(mode: str, argument: str) -> dict[str, float]:
    """One measured run in a fresh Python process (its raw figures are printed at once, indented)."""
    done = subprocess.run([sys.executable, __file__, "--child", mode, argument], check=True,
                          capture_output=True, text=True)
    result: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"  {mode}: {json.dumps(result)}", flush=True)
    return result


def median(runs: list[dict[str, float]], key: str) -> float:
    return statistics.median(run[key] for run in runs)


def main() -> None:
    """Build (once) and measure."""
    activities = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
    repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    db = database_path(activities)
    with sqlite3.connect(db) as connection:
        have = connection.execute("SELECT count(*) FROM activities").fetchone()[0]
    print(f"database: {have:,} activities ({db.name})", flush=True)

    runs: dict[str, list[dict[str, float]]] = {}
    for _ in range(repeat):  # interleaved, so drift on the shared machine hits all alike
        for mode in ("export", "read"):
            runs.setdefault(mode, []).append(run_child(mode, str(db)))
        rows = int(runs["export"][-1]["rows"])
        for mode in ("openpyxl", "xlsxwriter"):
            runs.setdefault(mode, []).append(run_child(mode, str(rows)))
    n = repeat
    base, xw = runs["openpyxl"], runs["xlsxwriter"]
    base_rate = rows / median(base, "seconds")
    xw_rate = rows / median(xw, "seconds")
    ours = runs["export"]
    counts = ", ".join(f"{key[6:]} {int(value):,}" for key, value in ours[0].items() if key.startswith("count_"))
    print(f"report rows: {rows:,} ({counts}) on {int(ours[0]['sheets'])} sheets; file "
          f"{median(ours, 'mb'):.0f} MB", flush=True)
    print(f"bare openpyxl write-only, {rows:,} rows of 12 typed columns: median {median(base, 'seconds'):.1f} s "
          f"over {n} runs = {base_rate:,.0f} rows/s; peak memory {median(base, 'maxrss_mb'):.0f} MB; "
          f"file {median(base, 'mb'):.0f} MB", flush=True)
    print(f"bare XlsxWriter constant_memory, the same rows: median {median(xw, 'seconds'):.1f} s over {n} runs "
          f"= {xw_rate:,.0f} rows/s; ratio to openpyxl {xw_rate / base_rate:.2f}x; peak memory "
          f"{median(xw, 'maxrss_mb'):.0f} MB; file {median(xw, 'mb'):.0f} MB", flush=True)
    assert median(ours, "rows") == rows
    rate = rows / median(ours, "seconds")
    print(f"export_report, whole database: median {median(ours, 'seconds'):.1f} s over {n} runs = {rate:,.0f} "
          f"rows/s; baseline (openpyxl) {base_rate:,.0f} rows/s; ratio {rate / base_rate:.2f}x (target >= 1.0x); "
          f"ratio to bare XlsxWriter {rate / xw_rate:.2f}x; peak memory {median(ours, 'maxrss_mb'):.0f} MB "
          f"(target < 500 MB), {median(ours, 'open_mb'):.0f} MB after open_store", flush=True)
    reads = runs["read"]
    assert median(reads, "rows") == rows
    print(f"reading the rows alone (iter_event_records + event_rows, no workbook): median "
          f"{median(reads, 'read'):.1f} s over {n} runs = {rows / median(reads, 'read'):,.0f} rows/s, "
          f"{median(reads, 'read') / median(ours, 'seconds'):.0%} of that export's time", flush=True)
    print(f"Summary and Species tables (summarize, n of N, countries, species in SQL): median "
          f"{median(reads, 'content'):.2f} s over {n} runs", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        mode, argument = sys.argv[2], sys.argv[3]
        if mode in ("openpyxl", "xlsxwriter"):
            result = {"openpyxl": child_openpyxl, "xlsxwriter": child_xlsxwriter}[mode](int(argument))
        else:
            result = (child_export if mode == "export" else child_read)(Path(argument))
        print(json.dumps(result), flush=True)
    else:
        main()
