"""The SER report workbook of the 1,000,000-activity database (bench_summary.py's, built once in bench/out/),
against two baselines measured in the same run, each writing as many 12-column typed rows as the report
has detail rows: bare openpyxl in write-only mode, and bare XlsxWriter in constant-memory mode (the writer
the report uses).

Every measured run happens in a child process of its own, so its peak memory (VmHWM) is that run's alone.
Another child times reading the records without writing anything (iter_event_records and the rows of the
column spec), which is the floor the workbook's writing adds to, and the SQL aggregates of the Summary and
Species sheets. The "proposed" children patch a proposal for export_source into their process (a sargable
keyset condition and a Core-based activity reader; see sargable_iter_event_records) to show what it gains.

Ratios are of throughput (rows/s over the baseline's): higher is better.

Usage: python bench/bench_report.py [ACTIVITIES] [RUNS] [all|current|proposed]
"""

from __future__ import annotations

import datetime as dt
import json
import resource
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

from _common import OUT

SHEET_ROWS = 1_048_576  # Excel's limit per sheet, the header included
HEADERS = ["Activity id", "Event", "Date", "Start", "Species", "Plants", "Area (m²)", "Latitude", "Longitude",
           "Stock type", "Bags", "Notes"]


def maxrss_mb() -> float:
    """This process's peak resident memory: VmHWM on Linux (ru_maxrss would carry the parent's peak)."""
    try:
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")) / 1024
    except (OSError, StopIteration):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


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


def child_read(db: Path, proposed: bool = False) -> dict[str, float]:
    """fieldlog: the SQL of the Summary and Species sheets, then reading the rows alone (no workbook)."""
    from fieldlog.io.table_rows import event_rows
    from fieldlog.services import reporting
    from fieldlog.services.database import open_store

    if proposed:
        install_proposed_reader()
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


# -- a proposal for export_source (the lead's file), measured here by patching it in a child -------------

def core_activities_of(session: Any, event_ids: Any) -> dict[Any, list[Any]]:
    """export_source._activities_of reading with SQLAlchemy Core instead of the ORM: the same query and order,
    rows as plain tuples (no identity map, no instance state), the same domain records (db.mapping's
    *_from_row read columns by attribute, which Core rows have too)."""
    from sqlalchemy import select

    from fieldlog.db.mapping import activity_from_row, litter_item_from_row
    from fieldlog.db.tables import ActivityRow, LitterItemRow

    activities, items_table = ActivityRow.__table__.c, LitterItemRow.__table__.c
    rows = session.execute(select(ActivityRow.__table__).where(activities.event_id.in_(event_ids),
                                                               activities.deleted_at.is_(None))
                           .order_by(activities.event_id, activities.kind, activities.date, activities.created_at,
                                     activities.id)).all()
    pickups = [row.id for row in rows if row.kind == "litter_pickup"]
    items: dict[Any, list[Any]] = {}
    if pickups:
        for item in session.execute(select(LitterItemRow.__table__).where(
                items_table.activity_id.in_(pickups), items_table.deleted_at.is_(None))
                .order_by(items_table.activity_id, items_table.item_category, items_table.id)):
            items.setdefault(item.activity_id, []).append(litter_item_from_row(item))
    by_event: dict[Any, list[Any]] = {}
    for row in rows:
        by_event.setdefault(row.event_id, []).append(activity_from_row(row, tuple(items.get(row.id, ()))))
    return by_event


def sargable_iter_event_records(database: Any, flt: Any = None, *, chunk: int = 500) -> Iterator[Any]:
    """export_source.iter_event_records with its keyset condition made sargable: `start >= last start AND
    (start > last start OR id > last id)`. With bound parameters SQLite cannot turn the original
    `start > ? OR (start = ? AND id > ?)` into a range, so every page scanned the start index from the
    beginning: quadratic in the number of events (1.2 s per late page at 320,000 events, 0.004 s with this)."""
    from sqlalchemy import select

    from fieldlog.db.mapping import event_from_row, site_from_row
    from fieldlog.db.tables import EventRow, SiteRow
    from fieldlog.domain.summary import NO_FILTER
    from fieldlog.services import export_source
    from fieldlog.services.queries import event_filter

    flt = flt or NO_FILTER
    sites = export_source.load_sites(database, flt)
    query = event_filter(select(EventRow), flt).order_by(EventRow.start, EventRow.id)
    after: tuple[Any, Any] | None = None
    while True:
        page = query
        if after is not None:
            start, last_id = after
            page = page.where(EventRow.start >= start, (EventRow.start > start) | (EventRow.id > last_id))
        with database.reading() as session:
            events = [event_from_row(row) for row in session.scalars(page.limit(chunk))]
            if not events:
                return
            activities = export_source._activities_of(session, [event.id for event in events])
        for event in events:
            site = sites.get(event.site_id)
            if site is None:
                with database.reading() as session:
                    site = sites[event.site_id] = site_from_row(session.get_one(SiteRow, event.site_id))
            yield export_source.EventRecords(event, site, tuple(activities.get(event.id, ())))
        after = (events[-1].start, events[-1].id)


def install_proposed_reader() -> None:
    """Patch both proposals into this process: the sargable keyset and the Core activity reader."""
    from fieldlog.services import export_source, reporting

    export_source._activities_of = core_activities_of  # type: ignore[assignment]
    export_source.iter_event_records = sargable_iter_event_records  # type: ignore[assignment]
    reporting.iter_event_records = sargable_iter_event_records  # type: ignore[attr-defined]


def child_export(db: Path, proposed: bool = False) -> dict[str, float]:
    """fieldlog: export_report of the whole database, in a process of its own (for its peak memory)."""
    from fieldlog.services.database import open_store
    from fieldlog.services.reporting import export_report

    if proposed:
        install_proposed_reader()
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
    which = sys.argv[3] if len(sys.argv) > 3 else "all"  # all | current | proposed (and the baselines)
    db = database_path(activities)
    with sqlite3.connect(db) as connection:
        have = connection.execute("SELECT count(*) FROM activities").fetchone()[0]
    print(f"database: {have:,} activities ({db.name})", flush=True)

    runs: dict[str, list[dict[str, float]]] = {}
    for _ in range(repeat):  # interleaved, so drift on the shared machine hits all alike
        for mode in ("export", "read", "export-proposed", "read-proposed"):
            if which == "all" or mode.endswith("proposed") == (which == "proposed"):
                runs.setdefault(mode, []).append(run_child(mode, str(db)))
        rows = int(next(iter(runs.values()))[-1]["rows"])
        for mode in ("openpyxl", "xlsxwriter"):
            runs.setdefault(mode, []).append(run_child(mode, str(rows)))
    n = repeat
    base, xw = runs["openpyxl"], runs["xlsxwriter"]
    base_rate = rows / median(base, "seconds")
    xw_rate = rows / median(xw, "seconds")
    first = runs.get("export") or runs["export-proposed"]
    counts = ", ".join(f"{key[6:]} {int(value):,}" for key, value in first[0].items() if key.startswith("count_"))
    print(f"report rows: {rows:,} ({counts}) on {int(first[0]['sheets'])} sheets; file "
          f"{median(first, 'mb'):.0f} MB", flush=True)
    print(f"bare openpyxl write-only, {rows:,} rows of 12 typed columns: median {median(base, 'seconds'):.1f} s "
          f"over {n} runs = {base_rate:,.0f} rows/s; peak memory {median(base, 'maxrss_mb'):.0f} MB; "
          f"file {median(base, 'mb'):.0f} MB", flush=True)
    print(f"bare XlsxWriter constant_memory, the same rows: median {median(xw, 'seconds'):.1f} s over {n} runs "
          f"= {xw_rate:,.0f} rows/s; ratio to openpyxl {xw_rate / base_rate:.2f}x; peak memory "
          f"{median(xw, 'maxrss_mb'):.0f} MB; file {median(xw, 'mb'):.0f} MB", flush=True)
    for mode, what in (("export", "export_report, whole database"),
                       ("export-proposed", "export_report with the proposed reader (sargable keyset + Core)")):
        if mode not in runs:
            continue
        ours = runs[mode]
        assert median(ours, "rows") == rows
        rate = rows / median(ours, "seconds")
        print(f"{what}: median {median(ours, 'seconds'):.1f} s over {n} runs = {rate:,.0f} rows/s; baseline "
              f"(openpyxl) {base_rate:,.0f} rows/s; ratio {rate / base_rate:.2f}x (target >= 1.0x); ratio to bare "
              f"XlsxWriter {rate / xw_rate:.2f}x; peak memory {median(ours, 'maxrss_mb'):.0f} MB (target < 500 MB), "
              f"{median(ours, 'open_mb'):.0f} MB after open_store", flush=True)
    for mode, what in (("read", "reading the rows alone (iter_event_records + event_rows, no workbook)"),
                       ("read-proposed", "reading the rows alone with the proposed reader")):
        if mode not in runs:
            continue
        reads = runs[mode]
        assert median(reads, "rows") == rows
        export = runs[mode.replace("read", "export")]
        print(f"{what}: median {median(reads, 'read'):.1f} s over {n} runs = {rows / median(reads, 'read'):,.0f} "
              f"rows/s, {median(reads, 'read') / median(export, 'seconds'):.0%} of that export's time", flush=True)
    reads = runs.get("read") or runs["read-proposed"]
    print(f"Summary and Species tables (summarize, n of N, countries, species in SQL): median "
          f"{median(reads, 'content'):.2f} s over {n} runs", flush=True)


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        mode, argument = sys.argv[2], sys.argv[3]
        if mode in ("openpyxl", "xlsxwriter"):
            result = {"openpyxl": child_openpyxl, "xlsxwriter": child_xlsxwriter}[mode](int(argument))
        else:
            task = child_export if mode.startswith("export") else child_read
            result = task(Path(argument), proposed=mode.endswith("proposed"))
        print(json.dumps(result), flush=True)
    else:
        main()
