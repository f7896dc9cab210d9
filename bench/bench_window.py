"""The window (offscreen): start to a populated window on 1,000,003 activities, applying a filter, saving
from the editor, and scrolling through 100,000 events; each against a baseline measured in the same run.

Usage: python bench/bench_window.py   (needs bench/out/summary-1000000.db from bench_summary.py; builds
bench/out/window-100000.db once with `fieldlog demo-data --events 100000`)
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _common import OUT, report, timed

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # read when the QApplication is made

from PySide6.QtCore import QEventLoop, QMessageLogContext, QSettings, QTimer, QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from fieldlog.domain.kinds import ActivityKind
from fieldlog.domain.records import Event, Planting, Site
from fieldlog.domain.summary import SummaryFilter
from fieldlog.services.database import Database, open_store
from fieldlog.services.records import Records
from fieldlog.ui.main_window import MainWindow
from fieldlog.ui.models import PAGE

REPO = Path(__file__).resolve().parent.parent
BIG = OUT / "summary-1000000.db"
SCROLL_EVENTS = 100_000
SCROLL_DB = OUT / f"window-{SCROLL_EVENTS}.db"
START_RUNS, FILTER_RUNS, SAVE_RUNS = 7, 8, 50
CAMPAIGN = "MAD-Week 2026"

# Figure 1, in a fresh process each: open the database, show the window, leave as soon as it is loaded.
# Both processes end with os._exit right after a synchronous repaint, so neither pays for teardown.
START_WINDOW = """
import os, sys
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from fieldlog.services.database import open_store
from fieldlog.ui.main_window import MainWindow
app = QApplication(sys.argv)
database = open_store(sys.argv[1], quick_check=False)  # as run_window does: the check runs once shown
window = MainWindow(database, settings=QSettings(sys.argv[2], QSettings.Format.IniFormat))
def done():
    window.repaint()
    os._exit(0)
window.loaded.connect(done)
window.show()
app.exec()
"""
START_BARE = """
import os, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QTableView())
window.resize(1280, 760)
def done():
    window.repaint()
    os._exit(0)
window.show()
QTimer.singleShot(0, done)
app.exec()
"""


class Counter:
    """Counts a signal's emissions."""

    def __init__(self) -> None:
        self.count = 0

    def tick(self, *_args: Any) -> None:
        """One more emission."""
        self.count += 1


def quiet_offscreen(_mode: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    """Qt's messages on stderr, less the offscreen plugin's note on every dialog."""
    if "propagateSizeHints" not in message:
        print(message, file=sys.stderr)


def run_until(condition: Callable[[], bool], timeout: float = 600.0) -> None:
    """Run the event loop (sleeping while idle) until `condition()` holds."""
    guard = QTimer(interval=50)  # wakes the loop now and then, so the deadline is seen
    guard.start()
    deadline = time.perf_counter() + timeout
    try:
        while not condition():
            if time.perf_counter() > deadline:
                raise TimeoutError("the window did not get there in time")
            QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    finally:
        guard.stop()


def settle(window: MainWindow) -> None:
    """Wait until the window has no database work queued and its posted events are handled."""
    run_until(lambda: not window.runner.busy)
    QApplication.processEvents()


def settings(folder: Path) -> QSettings:
    """Window settings in a scratch file (never the user's)."""
    return QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)


def open_window(database: Database, folder: Path) -> MainWindow:
    """A shown window, loaded and idle."""
    window = MainWindow(database, settings=settings(folder))
    window.show()
    run_until(lambda: window.is_loaded)
    settle(window)
    return window


def close_window(window: MainWindow) -> None:
    """Close and delete a window (its runner finishes first)."""
    window.close()
    window.deleteLater()
    QApplication.processEvents()


def start_figure(folder: Path) -> None:
    """Figure 1: process start to a shown, populated window on the 1M-activity database."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    ini = str(folder / "start-settings.ini")

    def run(code: str, *args: str) -> None:
        subprocess.run([sys.executable, "-c", code, *args], check=True, capture_output=True, cwd=REPO, env=env,
                       timeout=120)

    ours, bare = [], []
    run(START_WINDOW, str(BIG), ini)  # warm the page cache and the bytecode
    run(START_BARE)
    for _ in range(START_RUNS):  # alternate, so drift on the shared machine hits both alike
        ours += timed(lambda: run(START_WINDOW, str(BIG), ini), 1)
        bare += timed(lambda: run(START_BARE), 1)
    report("start to a shown, populated window (1M activities) vs an empty QMainWindow + QTableView", ours, bare)


def filter_figure(folder: Path) -> None:
    """Figure 2: apply_filters() until the first page of the filtered events is shown."""
    database = open_store(BIG)
    window = open_window(database, folder)
    reloaded = Counter()
    window.events_model.reloaded.connect(reloaded.tick)
    chosen = {"country KE": (None, "KE"), f"campaign {CAMPAIGN!r} + country KE": (CAMPAIGN, "KE")}
    ours: dict[str, list[float]] = {name: [] for name in chosen}
    for run in range(FILTER_RUNS + 1):  # alternate the filters; the first round warms up
        for name, (campaign, country) in chosen.items():
            window.campaign_filter.setEditText(campaign or "")
            window.country_filter.set_value(country)
            assert window.current_filter() == SummaryFilter(campaign=campaign, country=country)
            settle(window)
            before = reloaded.count
            start = time.perf_counter()
            window.apply_filters()
            run_until(lambda before=before: reloaded.count > before)
            elapsed = time.perf_counter() - start
            assert window.events_model.rowCount() == min(PAGE, window.events_model.total) > 0
            if run:
                ours[name].append(elapsed)
            settle(window)  # the totals and the selected event load after the page; not timed
    close_window(window)

    records = Records(database)
    flts = {name: SummaryFilter(campaign=campaign, country=country) for name, (campaign, country) in chosen.items()}
    bare: dict[str, list[float]] = {name: [] for name in chosen}
    for _ in range(FILTER_RUNS):
        for name, flt in flts.items():
            bare[name] += timed(lambda flt=flt: (records.count_events(flt), records.event_page(flt, limit=PAGE)), 1)
    for name in chosen:
        report(f"filter {name} to the first page shown, vs count_events + event_page direct", ours[name],
               bare[name], unit="ms")
    database.close()


def save_figure(folder: Path) -> None:
    """Figure 3: the planting editor's Save and next, until the form is ready for the next record."""
    database = open_store(folder / "editor.db")
    records = Records(database)
    site = records.record_site(Site(name="Karura Forest", country_code="KE", latitude=-1.2367,
                                    longitude=36.835)).record
    event = records.record_event(Event(event_name="Bench", site_id=site.id, start=dt.datetime(2026, 5, 31, 9),
                                       end=dt.datetime(2026, 5, 31, 12), participants=12)).record
    window = open_window(database, folder)
    run_until(lambda: window.current_event is not None and not window.runner.busy)
    window.new_activity(ActivityKind.PLANTING)
    run_until(lambda: window.dialog is not None)
    dialog = window.dialog
    assert dialog is not None
    form = dialog.form
    saved = Counter()
    dialog.saved.connect(saved.tick)

    def save_one() -> float:
        form.field("species").set_value("Prunus africana")
        form.field("plants").set_value(40)
        assert not form.has_errors(), form.issues()
        settle(window)  # the window's refresh after the previous save (the user is typing meanwhile)
        before = saved.count
        start = time.perf_counter()
        dialog.submit(close=False)
        run_until(lambda: saved.count > before)
        elapsed = time.perf_counter() - start
        assert form.field("species").is_blank() and form.field("plants").is_blank()
        return elapsed

    for _ in range(3):
        save_one()  # warm up
    ours = [save_one() for _ in range(SAVE_RUNS)]
    settle(window)
    close_window(window)

    def direct() -> None:
        records.record_activity(Planting(event_id=event.id, species="Prunus africana", plants=40))

    direct()
    report("save one planting from the editor until it is ready for the next, vs record_activity direct", ours,
           timed(direct, SAVE_RUNS), unit="ms")
    database.close()


def scroll_figure(folder: Path) -> None:
    """Figure 4: scroll to the bottom of 100,000 events, page by page; the UI thread's longest stall."""
    if not SCROLL_DB.exists():
        start = time.perf_counter()
        subprocess.run([str(Path(sys.executable).parent / "fieldlog"), "--db", str(SCROLL_DB), "demo-data",
                        "--events", str(SCROLL_EVENTS)], check=True, cwd=REPO)
        print(f"built {SCROLL_DB.name} in {time.perf_counter() - start:.1f} s", flush=True)
    database = open_store(SCROLL_DB)
    window = open_window(database, folder)
    model, table = window.events_model, window.table
    ticks: list[float] = []
    probe = QTimer(interval=10)  # a 10 ms tick; a longer gap between two ticks is the UI thread blocked
    probe.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def longest_gap() -> float:
        return max(after - before for before, after in itertools.pairwise(ticks))

    probe.start()  # baseline: the same probe while the window idles
    idle_until = time.perf_counter() + 2.0
    run_until(lambda: time.perf_counter() > idle_until)
    idle_stall = longest_gap()
    ticks.clear()

    scroller = QTimer(interval=16)  # the user drags the scroll bar to the bottom, 60 times a second
    scroller.timeout.connect(table.scrollToBottom)
    start = time.perf_counter()
    scroller.start()
    run_until(lambda: model.rowCount() >= model.total)
    total = time.perf_counter() - start
    scroller.stop()
    probe.stop()
    stall, pages = longest_gap(), model.total // PAGE
    assert model.rowCount() == model.total >= SCROLL_EVENTS, (model.rowCount(), model.total)
    settle(window)
    close_window(window)

    records = Records(database)

    def direct_pages() -> None:
        after = None
        while page := records.event_page(after=after, limit=PAGE):
            after = page[-1]

    report(f"scroll through {model.total:,} events ({pages} pages): longest UI stall, vs the probe idle", [stall],
           [idle_stall], unit="ms")
    report("scroll through all events: total time, vs the same pages read direct", [total], timed(direct_pages, 1))
    database.close()


def main() -> None:
    """Measure."""
    if not BIG.exists():
        sys.exit(f"{BIG} is missing: run bench/bench_summary.py first")
    OUT.mkdir(exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="fieldlog-bench-"))
    qInstallMessageHandler(quiet_offscreen)
    _app = QApplication.instance() or QApplication([sys.argv[0]])
    figures = {"start": start_figure, "filter": filter_figure, "save": save_figure, "scroll": scroll_figure}
    for name in sys.argv[1:] or figures:
        figures[name](folder)


if __name__ == "__main__":
    main()
