"""The one task runner: every database call of the window runs on one background thread, in order;
file and image work (thumbnails, pictures for the viewer) runs on a second, small pool beside it.

One thread keeps database work serial (SQLite has one writer anyway) and off the UI thread, so the
window never freezes; results come back to the UI thread by queued signals. Long work gets a progress
dialog with Cancel. File work never touches the database: it may run while the database thread is busy.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldlog.domain.errors import FieldlogError

Progress = Callable[[int, int], None]
FILE_THREADS = 2  # decoding photos releases the GIL: two threads use both cores of a small laptop


class TaskSignals(QObject):
    """Carries a task's outcome (and progress) to the UI thread.

    It lives on the UI thread and its slots receive its own signals, so a signal emitted on the
    database thread is queued and the callbacks run on the UI thread.
    """

    done = Signal(object)
    failed = Signal(object)  # the exception
    progressed = Signal(int, int)

    def __init__(self, on_done: Callable[[Any], None], on_failed: Callable[[BaseException], None],
                 on_progress: Callable[[int, int], None] | None = None) -> None:
        super().__init__()
        self._on_done, self._on_failed, self._on_progress = on_done, on_failed, on_progress
        self.done.connect(self._deliver_done)
        self.failed.connect(self._deliver_failed)
        self.progressed.connect(self._deliver_progress)

    @Slot(object)
    def _deliver_done(self, result: object) -> None:
        self._on_done(result)

    @Slot(object)
    def _deliver_failed(self, error: BaseException) -> None:
        self._on_failed(error)

    @Slot(int, int)
    def _deliver_progress(self, step: int, total: int) -> None:
        if self._on_progress:
            self._on_progress(step, total)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], object], signals: TaskSignals) -> None:
        super().__init__()
        self.work = work
        self.signals = signals

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as error:  # reported to the UI thread; never escapes into Qt
            self.signals.failed.emit(error)
        else:
            self.signals.done.emit(result)


def describe_failure(error: BaseException) -> str:
    """Plain words for a failed task: fieldlog's own messages as they are, anything else briefly."""
    if isinstance(error, FieldlogError):
        return str(error)
    return f"Something went wrong with the database ({type(error).__name__}: {error})."


class TaskRunner(QObject):
    """Runs functions on the database thread, one at a time, and calls back on the UI thread; file and
    image work goes to `files`, a pool of FILE_THREADS threads (`submit_file`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.files = QThreadPool(self)
        self.files.setMaxThreadCount(FILE_THREADS)
        self._in_flight: set[TaskSignals] = set()

    @property
    def busy(self) -> bool:
        """True while a task is queued or running."""
        return bool(self._in_flight)

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
               failed: Callable[[BaseException], None] | None = None,
               progress: Callable[[int, int], None] | None = None) -> TaskSignals:
        """Queue `work`; `done(result)` or `failed(error)` run on the UI thread afterwards."""
        return self._queue(lambda _signals: work, done, failed, progress)

    def submit_file(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
                    failed: Callable[[BaseException], None] | None = None) -> TaskSignals:
        """Queue file or image work (never the database) on the file pool; callbacks as for `submit`."""
        return self._queue(lambda _signals: work, done, failed, None, self.files)

    def _queue(self, make_work: Callable[[TaskSignals], Callable[[], Any]], done: Callable[[Any], None] | None,
               failed: Callable[[BaseException], None] | None,
               progress: Callable[[int, int], None] | None, pool: QThreadPool | None = None) -> TaskSignals:
        def finish_then(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def handler(value: Any) -> None:
                self._in_flight.discard(signals)
                if callback:
                    callback(value)
            return handler

        signals = TaskSignals(finish_then(done), finish_then(failed), progress)
        self._in_flight.add(signals)  # keeps the signals alive until they are delivered
        (pool or self.pool).start(_Task(make_work(signals), signals))
        return signals

    def submit_long(self, parent: QWidget, title: str, work: Callable[[Progress, threading.Event], Any],
                    done: Callable[[Any], None] | None = None,
                    failed: Callable[[BaseException], None] | None = None) -> QProgressDialog:
        """Queue long `work(progress, cancel)`, with a progress dialog (after a second) and Cancel."""
        cancel = threading.Event()
        dialog = QProgressDialog(title, "Cancel", 0, 0, parent)
        dialog.setObjectName("progress_dialog")
        dialog.setWindowTitle("fieldlog")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(1000)
        dialog.canceled.connect(cancel.set)

        def close_then(callback: Callable[[Any], None] | None) -> Callable[[Any], None]:
            def handler(value: Any) -> None:
                dialog.reset()
                dialog.deleteLater()
                if callback:
                    callback(value)
            return handler

        def show_progress(step: int, total: int) -> None:
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(step, max(total, 1)))

        def make_work(signals: TaskSignals) -> Callable[[], Any]:
            return lambda: work(signals.progressed.emit, cancel)

        self._queue(make_work, close_then(done), close_then(failed), show_progress)
        return dialog

    def clear(self) -> None:
        """Drop the tasks not started yet, database and file work alike (at exit)."""
        self.pool.clear()
        self.files.clear()

    def wait(self) -> None:
        """Block until every queued task has run (at exit, and in tests)."""
        self.files.waitForDone()
        self.pool.waitForDone()
