"""The one task runner: every database call of the window runs on one background thread, in order;
file and image work (thumbnails, pictures for the viewer) runs on a second, small pool beside it.

One thread keeps database work serial (SQLite has one writer anyway) and off the UI thread, so the
window never freezes; results come back to the UI thread by queued signals. Long work gets a progress
dialog with Cancel. File work never touches the database: it may run while the database thread is busy.
"""

from __future__ import annotations

import itertools
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from fieldlog.domain.errors import FieldlogError

Progress = Callable[[int, int], None]
FILE_THREADS = 2  # decoding photos releases the GIL: two threads use both cores of a small laptop


class _Relay(QObject):
    """Carries every task's outcome and progress from the worker threads to the UI thread, by task number.

    Workers hold no Qt object of a task (callbacks and the work itself stay with the runner on the UI thread,
    which drops them after delivery), so no QObject is ever destroyed on a worker thread: PySide tearing down
    a QObject's connections there, while the UI thread deleted widgets, crashed the window now and then.
    """

    done = Signal(int, object)  # [result], emptied on the UI thread
    failed = Signal(int, object)  # [the exception], likewise
    progressed = Signal(int, int, int)


@dataclass
class _Pending:
    """A task the runner has queued and not yet reported, held on the UI thread."""

    work: Callable[[], Any]
    done: Callable[[Any], None] | None
    failed: Callable[[BaseException], None] | None
    progress: Progress | None


class _Task(QRunnable):
    def __init__(self, number: int, work: Callable[[], object], relay: _Relay) -> None:
        super().__init__()
        self.number, self.relay = number, relay
        self.work: Callable[[], object] | None = work

    def run(self) -> None:
        work: Callable[[], object] | None = self.work
        self.work = None  # the runner's _Pending holds the other reference, dropped on the UI thread
        failed = False
        try:
            assert work is not None
            outcome: list[object] = [work()]
        except Exception as error:  # reported to the UI thread; never escapes into Qt
            _release_locals(error)
            outcome, failed = [error], True
        work = None
        # The box hands the outcome over: the UI thread takes it out, so the worker never drops it last.
        (self.relay.failed if failed else self.relay.done).emit(self.number, outcome)


def _release_locals(error: BaseException) -> None:
    """Let go, here on the worker, of what the error's finished frames hold (the work itself among them).

    Otherwise the traceback keeps the work alive, and whichever thread drops the error last destroys it:
    now and then the worker, after the UI thread had already handled the failure. The frames stay, with
    their file and line, so the error still tells where it happened."""
    seen: set[int] = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        traceback.clear_frames(current.__traceback__)
        current = current.__cause__ or current.__context__


def describe_failure(error: BaseException) -> str:
    """Plain words for a failed task: fieldlog's own messages as they are, anything else briefly."""
    if isinstance(error, FieldlogError):
        return str(error)
    return QCoreApplication.translate("tasks", "Something went wrong with the database ({kind}: {error}).").format(
        kind=type(error).__name__, error=error)


class TaskRunner(QObject):
    """Runs functions on the database thread, one at a time, and calls back on the UI thread; file and
    image work goes to `files`, a pool of FILE_THREADS threads (`submit_file`)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self.files = QThreadPool(self)
        self.files.setMaxThreadCount(FILE_THREADS)
        self._pending: dict[int, _Pending] = {}
        self._numbers = itertools.count()
        self._relay = _Relay(self)
        self._relay.done.connect(self._deliver_done)  # queued: the relay lives on the UI thread
        self._relay.failed.connect(self._deliver_failed)
        self._relay.progressed.connect(self._deliver_progress)

    @property
    def busy(self) -> bool:
        """True while a task is queued or running."""
        return bool(self._pending)

    def submit(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
               failed: Callable[[BaseException], None] | None = None,
               progress: Progress | None = None) -> None:
        """Queue `work`; `done(result)` or `failed(error)` run on the UI thread afterwards."""
        self._queue(lambda _progress: work, done, failed, progress)

    def submit_file(self, work: Callable[[], Any], done: Callable[[Any], None] | None = None,
                    failed: Callable[[BaseException], None] | None = None) -> None:
        """Queue file or image work (never the database) on the file pool; callbacks as for `submit`."""
        self._queue(lambda _progress: work, done, failed, None, self.files)

    def _queue(self, make_work: Callable[[Progress], Callable[[], Any]], done: Callable[[Any], None] | None,
               failed: Callable[[BaseException], None] | None, progress: Progress | None,
               pool: QThreadPool | None = None) -> None:
        number = next(self._numbers)
        work = make_work(partial(self._relay.progressed.emit, number))
        self._pending[number] = _Pending(work, done, failed, progress)  # alive until delivered
        (pool or self.pool).start(_Task(number, work, self._relay))

    @Slot(int, object)
    def _deliver_done(self, number: int, outcome: list[Any]) -> None:
        result = outcome.pop()
        pending = self._pending.pop(number, None)
        if pending is not None and pending.done:
            pending.done(result)

    @Slot(int, object)
    def _deliver_failed(self, number: int, outcome: list[BaseException]) -> None:
        error = outcome.pop()
        pending = self._pending.pop(number, None)
        if pending is not None and pending.failed:
            pending.failed(error)

    @Slot(int, int, int)
    def _deliver_progress(self, number: int, step: int, total: int) -> None:
        pending = self._pending.get(number)
        if pending is not None and pending.progress:
            pending.progress(step, total)

    def submit_long(self, parent: QWidget, title: str, work: Callable[[Progress, threading.Event], Any],
                    done: Callable[[Any], None] | None = None,
                    failed: Callable[[BaseException], None] | None = None) -> QProgressDialog:
        """Queue long `work(progress, cancel)`, with a progress dialog (after a second) and Cancel."""
        cancel = threading.Event()
        dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
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

        def make_work(progress: Progress) -> Callable[[], Any]:
            return lambda: work(progress, cancel)

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
