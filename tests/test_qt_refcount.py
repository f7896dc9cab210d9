"""Regression test: PySide6 6.12.0 on Python 3.11 drops a reference to None on every void Qt call.

After enough calls None's reference count reaches zero and the interpreter aborts with "deallocating
None". Python 3.12+ makes None immortal (its count never changes), so there the test passes trivially.
pyproject.toml pins PySide6-Essentials below 6.12 on Python < 3.12 because of this.
"""

from __future__ import annotations

import ctypes
import gc
import sys
from typing import Any

import PySide6
from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QLabel

CALLS = 10_000
CHUNK = 50  # look after every 50 rounds (150 calls): the real leak would free None long before 10,000
AnyIndex = QModelIndex | QPersistentModelIndex


class Rows(QAbstractListModel):
    """The smallest list model: a Python list of strings."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[str] = []

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        """How many strings."""
        return 0 if parent.isValid() else len(self.rows)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """The string of a row."""
        return self.rows[index.row()] if role == Qt.ItemDataRole.DisplayRole else None


def leak_message(before: int, after: int, rounds: int) -> str:
    """What to tell whoever sees this test fail."""
    python = ".".join(map(str, sys.version_info[:3]))
    return (f"PySide6 {PySide6.__version__} on Python {python} leaks references to None: "
            f"sys.getrefcount(None) fell from {before} to {after} in {rounds:,} rounds of void Qt calls "
            "(QLabel.setText, beginInsertRows, endInsertRows). The app would abort with 'deallocating "
            "None' (PySide6 6.12.0 on Python 3.11 is known to). Pin a PySide6 without the bug for this "
            "Python in pyproject.toml (the PySide6-Essentials lines in [project] dependencies).")


def test_void_qt_calls_keep_nones_refcount(qtbot: Any) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    model = Rows()
    root = QModelIndex()
    gc.collect()  # no garbage from earlier tests may be freed (and drop its Nones) during the count
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for number in range(CALLS):
            label.setText("x")
            model.beginInsertRows(root, 0, 0)
            model.rows.insert(0, str(number))
            model.endInsertRows()
            if number % CHUNK == CHUNK - 1 and (after := sys.getrefcount(None)) < before:
                for _ in range(before - after):  # give the references back so the rest of the run survives
                    ctypes.pythonapi.Py_IncRef(ctypes.py_object(None))
                raise AssertionError(leak_message(before, after, number + 1))
        after = sys.getrefcount(None)
    finally:
        gc.enable()
    assert model.rowCount() == CALLS
    assert after >= before, leak_message(before, after, CALLS)
