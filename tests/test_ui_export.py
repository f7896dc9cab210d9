"""Exports and package merges from the window, as a user does them: File > Export, the options dialog, a
progress bar with Cancel, and a package opened with File > Import (or dropped) merged after its preview."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtWidgets import QMessageBox

from fieldlog.domain.summary import SummaryFilter
from fieldlog.services.database import Database, open_store
from fieldlog.services.demo import fill_demo_data
from fieldlog.services.exchange import export_package
from fieldlog.services.records import Records
from fieldlog.services.summary import summarize
from fieldlog.ui.export_dialog import ExportDialog
from fieldlog.ui.merge_dialog import MergeDialog
from tests.test_ui_main import open_window, settle


@pytest.fixture
def store(tmp_path: Path) -> Any:
    """A database with sample events in several countries."""
    database = open_store(tmp_path / "fieldlog.db")
    fill_demo_data(Records(database), events=40, seed=5)
    yield database
    database.close()


def _export_dialog(qtbot: Any, window: Any, key: str) -> ExportDialog:
    window.export_actions[key].trigger()
    dialog = window.findChild(ExportDialog, "export_dialog")
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    return dialog


def test_the_report_is_exported_for_the_window_filter_without_personal_data(
        qtbot: Any, store: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, store, tmp_path)
    window.country_filter.set_value("KE")
    window.apply_filters()
    settle(qtbot, window)
    dialog = _export_dialog(qtbot, window, "report")
    covers = dialog.findChild(type(dialog.problem), "export_covers")
    assert covers is not None and "Kenya" in covers.text()
    assert not dialog.personal.isChecked()
    target = tmp_path / "out" / "kenya report"
    target.parent.mkdir()
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: window.last_export is not None, timeout=60_000)
    written = target.with_name("kenya report.xlsx")
    assert window.last_export.path == written and written.exists()
    book = openpyxl.load_workbook(written, read_only=True)
    events = book["Events"]
    countries = {row[0] for row in events.iter_rows(min_row=2, values_only=True, min_col=_column(events, "Country"),
                                                     max_col=_column(events, "Country"))}
    assert countries == {"KE"}
    rows = sum(1 for _row in events.iter_rows(min_row=2, values_only=True))
    assert rows == summarize(store, SummaryFilter(country="KE")).events > 0
    assert window.statusBar().currentMessage().startswith("Wrote the SER report")


def _column(worksheet: Any, header: str) -> int:
    headers = next(worksheet.iter_rows(min_row=1, max_row=1, values_only=True))
    return list(headers).index(header) + 1


def test_an_export_to_a_missing_folder_is_refused_in_the_dialog(qtbot: Any, store: Database, tmp_path: Path) -> None:
    window = open_window(qtbot, store, tmp_path)
    dialog = _export_dialog(qtbot, window, "dwc")
    dialog.path_edit.setText(str(tmp_path / "no such folder" / "x.zip"))
    dialog.export_button.click()
    assert dialog.isVisible() and "does not exist" in dialog.problem.text()
    dialog.reject()


def test_a_failed_export_says_why_and_leaves_no_file(qtbot: Any, store: Database, tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    window = open_window(qtbot, store, tmp_path)
    target = Path("/sys/fieldlog-report.xlsx")  # a folder nobody may write to, even root
    dialog = _export_dialog(qtbot, window, "report")
    dialog.path_edit.setText(str(target))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: bool(warnings), timeout=30_000)
    assert "Could not write the SER report" in warnings[0] and "Traceback" not in warnings[0]
    assert not target.exists()
    assert "was not written" in window.statusBar().currentMessage()


def test_a_package_is_previewed_then_merged_and_merging_again_changes_nothing(
        qtbot: Any, tmp_path: Path) -> None:
    other = open_store(tmp_path / "other.db")
    fill_demo_data(Records(other), events=15, seed=9)
    package = export_package(other, tmp_path / "from other laptop.fieldlog").path
    expected = summarize(other)
    other.close()
    database = open_store(tmp_path / "coordinator.db")
    try:
        window = open_window(qtbot, database, tmp_path)
        for attempt in range(2):
            dialog = window.open_import(package)
            assert isinstance(dialog, MergeDialog)
            qtbot.waitUntil(dialog.merge_button.isEnabled, timeout=30_000)
            assert "nothing is written yet" in dialog.heading.text()
            merged: list[Any] = []
            dialog.merged.connect(merged.append)
            dialog.merge_button.click()
            qtbot.waitUntil(lambda: bool(merged), timeout=30_000)  # noqa: B023
            settle(qtbot, window)
            assert summarize(database) == expected, f"after merge {attempt + 1}"
            dialog.reject()
            qtbot.waitUntil(lambda: window.import_dialog is None, timeout=5000)
    finally:
        database.close()


@pytest.mark.parametrize("key", ["report", "package", "dwc", "geojson", "csv"])
def test_a_cancelled_export_leaves_no_file(store: Database, tmp_path: Path, key: str) -> None:
    from fieldlog.services.exports import FORMATS, ExportOptions, run_export
    from fieldlog.services.records import Cancelled

    cancel = threading.Event()
    cancel.set()
    out = tmp_path / "out" / f"export{FORMATS[key].suffix}"
    out.parent.mkdir()
    with pytest.raises(Cancelled):
        run_export(store, key, out, ExportOptions(), cancel=cancel)
    assert [p.name for p in out.parent.rglob("*") if p.is_file()] == []
