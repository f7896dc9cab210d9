"""The dashboard on a database of 1,000,000 activities (issue 8): the first complete draw and a filter change,
against the bare SQL aggregates run by the sqlite3 module in the same run.

"Complete draw" is from asking the DashboardView for a filter until every figure (all from the summary
rollup, the map's sites from the events) is in and the whole view is painted (grabbed into a pixmap). The
view runs its queries on the task runner's database thread, as in the window.

The benchmark works on its own copy of bench/out/summary-1000000.db (made with SQLite's backup API from a
read-only connection, since another benchmark may be reading the original): bench/out/dashboard/. Opening
it the first time migrates it and fills the rollup (about a minute); that is timed and printed too.

Usage: QT_QPA_PLATFORM=offscreen python bench/bench_dashboard.py [RUNS]
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

from _common import OUT, report, timed
from PySide6.QtCore import QEventLoop, QTimer, SignalInstance
from PySide6.QtWidgets import QApplication

from fieldlog.domain.summary import SummaryFilter
from fieldlog.services.dashboard import dashboard
from fieldlog.services.database import open_store
from fieldlog.services.exports import describe_filter
from fieldlog.ui.dashboard import DashboardView, render_image
from fieldlog.ui.tasks import TaskRunner

SOURCE = OUT / "summary-1000000.db"
COPY = OUT / "dashboard" / "dashboard-1000000.db"

# What services.dashboard asks for, written by hand for the bare sqlite3 module (no filter).
RAW_ROLLUP = ("""SELECT sum(events), sum(participants), sum(volunteer_hours), count(DISTINCT country_code)
                 FROM rollup_events""",
              """SELECT kind, sum(activities), sum(plants), sum(area_m2), sum(mass_g), sum(seed_count),
                 sum(seedballs), sum(weight_kg), sum(bags), sum(distance_m), sum(litter_items)
                 FROM rollup_activities GROUP BY kind""",
              "SELECT kind, field, count(DISTINCT value) FROM rollup_values GROUP BY kind, field",
              "SELECT day, sum(events), sum(participants) FROM rollup_events GROUP BY day",
              "SELECT country_code, sum(events), sum(participants) FROM rollup_events GROUP BY country_code",
              """SELECT s.id, s.name, s.latitude, s.longitude, e.n, e.p FROM sites s JOIN (
                 SELECT site_id, count(*) AS n, sum(participants) AS p FROM events INDEXED BY ix_events_live
                 WHERE deleted_at IS NULL GROUP BY site_id) e ON e.site_id = s.id""")
RAW_DETAIL = ("""SELECT value, min(label), sum(activities), sum(quantity) FROM rollup_tallies
                 WHERE kind = 'planting' AND field = 'species' GROUP BY value""",
              """SELECT value, min(label), sum(activities), sum(quantity) FROM rollup_tallies
                 WHERE kind = 'invasive_removal' AND field = 'species' GROUP BY value""",
              """SELECT value, min(label), sum(activities), sum(quantity) FROM rollup_tallies
                 WHERE kind = 'litter_pickup' AND field = 'item' GROUP BY value""")
FILTERS = (SummaryFilter(campaign="MAD-Week 2026", country="KE"), SummaryFilter(country="FR"),
           SummaryFilter(date_from=dt.date(2026, 5, 30), date_to=dt.date(2026, 6, 7)))


def _copy() -> Path:
    if not COPY.exists():
        if not SOURCE.exists():  # bench_summary.py builds it (once; about ten minutes) and measures the summary
            subprocess.run([sys.executable, str(Path(__file__).with_name("bench_summary.py"))], check=True)
        COPY.parent.mkdir(parents=True, exist_ok=True)
        source = sqlite3.connect(f"file:{SOURCE}?mode=ro", uri=True)
        target = sqlite3.connect(COPY)
        source.backup(target)
        target.close()
        source.close()
    return COPY


def _wait(view: DashboardView, signal: SignalInstance, start: Callable[[], None]) -> float:
    """Seconds from `start()` to `signal` and the view painted."""
    loop = QEventLoop()
    signal.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    began = time.perf_counter()
    start()
    loop.exec()
    view.grab()  # paint every chart and the map
    elapsed = time.perf_counter() - began
    signal.disconnect(loop.quit)
    return elapsed


def main() -> None:
    """Copy (once) and measure."""
    runs = int(sys.argv[1]) if len(sys.argv) > 1 else 5
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    path = _copy()
    app = QApplication.instance() or QApplication([])
    began = time.perf_counter()
    database = open_store(path)  # the first time: migrated, and the rollup rebuilt
    print(f"database opened in {time.perf_counter() - began:.1f} s", flush=True)
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as connection:
        activities = connection.execute("SELECT count(*) FROM activities").fetchone()[0]
    print(f"database: {activities:,} activities", flush=True)
    raw = sqlite3.connect(f"file:{path}?mode=ro", uri=True)

    def raw_all() -> None:
        for query in RAW_ROLLUP + RAW_DETAIL:
            raw.execute(query).fetchall()

    raw_all()  # warm the page cache for everyone
    runner = TaskRunner()
    view = DashboardView(runner, lambda: database)
    view.resize(1400, 1100)
    view.show()
    app.processEvents()
    baseline_all = timed(raw_all, runs)
    def idle() -> None:  # every task of the view done and delivered
        while True:
            view.runner.wait()
            app.processEvents()
            if not view.runner.busy:
                return

    first = []
    for _ in range(runs):
        first.append(_wait(view, view.loaded, view.refresh))
        idle()
    print(f"dashboard complete draw, the process's very first: {first[0]:.3f} s", flush=True)
    report("dashboard complete draw, no filter (1M activities), vs the bare SQL aggregates", first, baseline_all)
    for flt in FILTERS:  # from no filter to this one, as when the user picks it in the filter bar
        complete = []
        for _ in range(runs):
            view.set_filter(SummaryFilter())
            idle()
            complete.append(_wait(view, view.loaded, lambda flt=flt: view.set_filter(flt)))  # type: ignore[misc]
            idle()
        report(f"dashboard filter change to {describe_filter(flt)} ({view.data.summary.events:,} events), "
               "complete draw", complete)
    report("dashboard figures without the view (services.dashboard.dashboard), no filter",
           timed(lambda: dashboard(database), 3), baseline_all)
    data = dashboard(database)
    report("dashboard page drawn into an image (PNG export's painting, 3200 x 2262)",
           timed(lambda: render_image(data, 2.0), 3))
    runner.wait()
    view.close()
    database.close()


if __name__ == "__main__":
    main()
