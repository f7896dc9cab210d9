"""The task runner: results come back on the UI thread, and every task is let go there too.

A task's work (and whatever it holds: the window, a dialog) must never be destroyed on a worker thread:
PySide tearing down a Qt object's connections there, while the UI thread deleted widgets, crashed the
window now and then (a SIGBUS in QMetaObject::Connection's destructor, caught under gdb)."""

from __future__ import annotations

import threading
from typing import Any

from fieldlog.ui.tasks import TaskRunner


class Work:
    """A task that records on which thread it was destroyed."""

    def __init__(self, deaths: list[bool], fail: bool = False) -> None:
        self.deaths, self.fail = deaths, fail

    def __call__(self) -> int:
        if self.fail:
            raise ValueError("no such thing")
        return 42

    def __del__(self) -> None:
        self.deaths.append(threading.current_thread() is threading.main_thread())


def test_tasks_are_reported_and_let_go_on_the_ui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    deaths: list[bool] = []
    results: list[object] = []
    errors: list[BaseException] = []  # kept with their tracebacks, as a window showing or logging them would
    for number in range(40):
        runner.submit(Work(deaths, fail=number % 4 == 0), results.append, errors.append)
    for _ in range(10):
        runner.submit_file(Work(deaths), results.append)
    qtbot.waitUntil(lambda: len(results) + len(errors) == 50 and not runner.busy, timeout=10_000)
    runner.wait()
    assert results == [42] * 40 and [str(error) for error in errors] == ["no such thing"] * 10
    # A failed task's traceback lets go of the task: had it kept it, whichever thread dropped the error last
    # would destroy the task, now and then the worker (it failed CI once in 1,400 tests).
    qtbot.waitUntil(lambda: len(deaths) == 50, timeout=10_000)
    assert all(deaths), f"{deaths.count(False)} of 50 tasks were destroyed on a worker thread"


class Result:
    """A task's result that records on which thread it was destroyed."""

    def __init__(self, deaths: list[bool]) -> None:
        self.deaths = deaths

    def __del__(self) -> None:
        self.deaths.append(threading.current_thread() is threading.main_thread())


def test_results_are_let_go_on_the_ui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    deaths: list[bool] = []
    delivered: list[str] = []
    for _ in range(100):
        runner.submit(lambda: Result(deaths), lambda result: delivered.append(type(result).__name__))
        runner.submit_file(lambda: Result(deaths), lambda result: delivered.append(type(result).__name__))
    qtbot.waitUntil(lambda: len(delivered) == 200 and not runner.busy, timeout=10_000)
    runner.wait()
    qtbot.waitUntil(lambda: len(deaths) == 200, timeout=10_000)
    assert all(deaths), f"{deaths.count(False)} of 200 results were destroyed on a worker thread"


def test_progress_of_a_long_task_reaches_the_ui_thread(qtbot: Any) -> None:
    runner = TaskRunner()
    seen: list[tuple[int, int, bool]] = []
    done: list[object] = []

    def work(progress: Any, cancel: threading.Event) -> str:
        for step in range(1, 4):
            progress(step, 3)
        return "finished"

    original = runner._deliver_progress

    def spy(number: int, step: int, total: int) -> None:
        seen.append((step, total, threading.current_thread() is threading.main_thread()))
        original(number, step, total)

    # Before the task starts: a queued signal goes to the slots connected when it is emitted.
    runner._relay.progressed.disconnect(runner._deliver_progress)
    runner._relay.progressed.connect(spy)
    dialog = runner.submit_long(None, "Working…", work, done.append)  # type: ignore[arg-type]
    dialog.setMinimumDuration(0)
    qtbot.waitUntil(lambda: done == ["finished"], timeout=10_000)
    assert seen == [(1, 3, True), (2, 3, True), (3, 3, True)]
